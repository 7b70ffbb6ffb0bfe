"""Error details go to a log file in the user's log directory; the user sees one sentence.

Its imports are made when logging is set up, not when this module is imported, so that the
window can start before them.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOGGER_NAME = "factsheet"


def log_path() -> Path:
    import platformdirs

    return platformdirs.user_log_path("factsheet", appauthor=False) / "factsheet.log"


def configure_logging() -> Path | None:
    """Send warnings and errors to a rotating log file; called once, from the entry point."""
    import logging.handlers

    logger = logging.getLogger(LOGGER_NAME)
    if logger.handlers:
        return log_path()
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return path


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)
