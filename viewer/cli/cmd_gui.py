"""``factsheet`` or ``factsheet gui``: the window, when there is a display to open it on."""

from __future__ import annotations

import os
import sys

from viewer.cli.exit_status import FAILURE
from viewer.window.app import run_window


def run(url_argument: str | None) -> int:
    no_display = _no_display()
    if no_display:
        print(f"factsheet: {no_display}", file=sys.stderr)
        return FAILURE

    return run_window(url_argument)


def _no_display() -> str:
    """Why the window cannot open here, if it cannot: on Linux, Qt would otherwise abort with
    a long message about platform plugins that points at the wrong cause."""
    if not sys.platform.startswith("linux"):
        return ""
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return ""
    return (
        "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set); `factsheet export -o FILE.pdf` works without one"
    )
