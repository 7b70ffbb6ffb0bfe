"""Plain files the app loads at run time: icons, the desktop entry and the PDF template."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(files(__name__).joinpath(name)))


def read_text(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")
