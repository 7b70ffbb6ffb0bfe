"""What the window remembers between runs, read from and written to a QSettings passed in."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"
TAB = "window/tab"
SHEET = "window/sheet"
LAST_FOLDER = "files/last_folder"
USER_NAME = "corrections/user_name"


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_int(settings: QSettings, key: str, default: int) -> int:
    value = settings.value(key, default)
    try:
        return int(str(value))
    except ValueError:
        return default


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """Put ``window`` where and as large as it was last, else nine tenths of the screen at
    most."""
    geometry = read_bytes(settings, GEOMETRY)
    if geometry is None or not window.restoreGeometry(geometry):
        screen = QGuiApplication.primaryScreen().availableGeometry()
        window.resize(min(1280, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))


def read_text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value if isinstance(value, str) else ""


def last_folder(settings: QSettings) -> Path:
    stored = read_text(settings, LAST_FOLDER)
    return Path(stored) if stored and Path(stored).is_dir() else Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_FOLDER, str(path.parent))


def user_name(settings: QSettings) -> str:
    """The name corrections and reviews are recorded under: as set in Preferences, else the
    login name."""
    stored = read_text(settings, USER_NAME).strip()
    if stored:
        return stored
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
