"""The ``factsheet`` command: open the window, or seed, list and export from the shell."""

from __future__ import annotations

from viewer.cli.main import main

__all__ = ["main"]
