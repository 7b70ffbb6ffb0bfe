"""Python's cycle collector paused while the command line makes a PDF.

A long sheet's export creates hundreds of thousands of small objects (blocks, layouts,
structure elements) that all live until the file is written, and the collector, started by
every few hundred new objects, walks them again and again: a seventh of the time of a
10,000-statement export. Reference counting frees memory as usual meanwhile; only objects that
refer to each other in a cycle wait until the collector runs again.

Only the command line pauses it. The collector is one for the whole process, and in the window
an export runs on a worker thread while the window's own thread goes on creating and deleting
widgets; the window's export is left as it was.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    was_running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_running:
            gc.enable()
