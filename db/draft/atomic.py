"""Write a file whole or not at all: a temporary file beside the target, synced, then renamed.

A crash or a full disk leaves the target as it was, never half of a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from db.draft.errors import DraftError


def write_text_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one step; raise DraftError when it cannot."""
    if path.is_dir():
        raise DraftError(f"{path}: cannot be written, it is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise DraftError(f"{path}: cannot be written, its folder does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise DraftError(f"{path}: cannot be written, permission denied") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise DraftError(f"{path}: cannot be written ({error.strerror or error})") from None
