"""Write a file so that a failure leaves no partial file and an existing one untouched."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from db.errors import ExportError


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "its folder does not exist"
    if error.errno == errno.EISDIR:
        return "it is a folder"
    return error.strerror or type(error).__name__


def check_target(target: Path) -> None:
    if target.is_dir():
        raise ExportError(f"{target}: cannot be written, it is a folder")
    if not target.parent.is_dir():
        raise ExportError(f"{target}: cannot be written, its folder does not exist")


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new one gets the usual ones (mkstemp's are 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder, moved onto the target only if the block succeeds."""
    check_target(target)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot be written, {_reason(error)}") from None
    os.close(handle)
    temporary = Path(name)
    os.chmod(temporary, _mode_for(target))
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(f"{target}: cannot be written, {_reason(error)}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_text_atomically(target: Path, write: Callable[[Path], None]) -> None:
    with temporary_beside(target) as temporary:
        write(temporary)
