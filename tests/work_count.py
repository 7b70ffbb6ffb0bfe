"""Work counted rather than timed: the lines of the project's own code a call runs.

A count does not depend on how busy the machine is, so a test can tell linear work from
quadratic work by the ratio of two counts, with no wall-clock limit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
DATA_LAYER = str(PROJECT / "db")


def lines_run(call: Callable[[], object], *, under: str = DATA_LAYER) -> int:
    """How many lines of code in files under ``under`` running ``call`` executes."""
    count = 0

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(under):
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return count
