"""Import the data layer on a background thread while the window is being put on screen.

SQLAlchemy takes about as long to import as Qt. Started once the window frame exists, the
import runs while the main thread waits in the event loop for the window to be drawn (Qt then
holds no Python lock); the main thread's own import of the data layer later finds it done, or
waits for the rest. Started earlier, it would slow the window's own start by competing for the
interpreter.
"""

from __future__ import annotations

import importlib
import threading

DATA_MODULES = ("db.store.session", "db.store.queries")


def _import_data_layer() -> None:
    try:
        for name in DATA_MODULES:
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the main thread imports it again and reports the error
        return


def preload_data_layer() -> threading.Thread:
    thread = threading.Thread(target=_import_data_layer, name="preload-data-layer", daemon=True)
    thread.start()
    return thread
