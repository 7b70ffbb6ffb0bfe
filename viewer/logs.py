"""Error details go to a log file in the user's log directory; the user sees one sentence."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

LOGGER_NAME = "factsheet"


def log_path() -> Path:
    return platformdirs.user_log_path("factsheet", appauthor=False) / "factsheet.log"


def configure_logging() -> Path | None:
    """Send warnings and errors to a rotating log file; called once, from ``main()`` only."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return path


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)
