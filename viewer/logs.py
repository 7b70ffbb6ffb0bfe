"""Error details go to a log file in the user's log directory; the user sees one sentence.

Its imports are made when logging is set up, not when this module is imported, so that the
window can start before them.
"""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs

LOGGER_NAME = "factsheet"


def log_path() -> Path:
    return platformdirs.user_log_path("factsheet", appauthor=False) / "factsheet.log"


MAX_LOG_BYTES = 1_000_000
"""A log larger than this is moved aside (to ``factsheet.log.1``) when logging is set up."""


def configure_logging() -> Path | None:
    """Send warnings and errors, ours and the libraries', to the log file; called once, from
    the entry point.

    The log is kept small by moving a full one aside at start-up rather than with
    logging.handlers' rotating handler, whose imports (sockets, pickle, queues) would cost
    every start more than the rare rotation is worth.
    """
    logger = logging.getLogger(LOGGER_NAME)
    if logger.handlers:
        return log_path()
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(f"{path.name}.1"))
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    logger.propagate = False
    # A library's warnings (the database driver's, as a server stops) go to the log too: with
    # no handler of their own, Python would print them to the terminal beside our sentence.
    logging.getLogger().addHandler(handler)
    return path


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)
