"""Write a file so that a failure leaves no partial file and an existing one untouched.

The bytes go to a temporary file beside the target. Only once every byte is known to be on the
disk (written in full, flushed with fsync, and the file's size read back) does the temporary
file replace the target. A full disk may otherwise go unnoticed: a write can end early, and
some file systems report the fault only when the file is synced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from db.errors import ExportError


def reason(error: OSError) -> str:
    """The plain words for why a file could not be written."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "its folder does not exist"
    if error.errno == errno.EISDIR:
        return "it is a folder"
    return error.strerror or type(error).__name__


def check_target(target: Path) -> None:
    """Refuse a target that can never be written, before any work goes into its contents."""
    if target.is_dir():
        raise ExportError(f"{target}: cannot be written, it is a folder")
    if not target.parent.is_dir():
        raise ExportError(f"{target}: cannot be written, its folder does not exist")


def write_atomically(target: Path, data: bytes) -> None:
    """Put ``data`` in ``target``: all of it, or, on any fault, nothing and the old file kept."""
    write_all_atomically([(target, data)])


def write_all_atomically(files: Sequence[tuple[Path, bytes]]) -> None:
    """Put each file's data in it: every file whole, or, on any fault, none of them changed.

    Every file is written in full beside its target before any target is replaced, so a full
    disk met by the last file leaves the first neither half written nor replaced."""
    for target, _data in files:
        check_target(target)
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files:
            staged.append((_staged(target, data), target))
        for temporary, target in staged:
            try:
                os.replace(temporary, target)
                sync_folder(target.parent)
            except OSError as error:
                raise ExportError(f"{target}: cannot be written, {reason(error)}") from None
    finally:
        for temporary, _target in staged:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


def _staged(target: Path, data: bytes) -> Path:
    """A temporary file beside ``target`` holding every byte of ``data``, synced to the disk."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot be written, {reason(error)}") from None
    temporary = Path(name)
    try:
        try:
            os.chmod(temporary, _mode_for(target))
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        if temporary.stat().st_size != len(data):
            raise OSError(errno.ENOSPC, "the file came out shorter than what was written")
    except OSError as error:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise ExportError(f"{target}: cannot be written, {reason(error)}") from None
    return temporary


def _write_all(handle: int, data: bytes) -> None:
    """os.write may write less than asked; go on until it is all written or the disk says no."""
    remaining = memoryview(data)
    while remaining:
        written = os.write(handle, remaining)
        if written == 0:
            raise OSError(errno.ENOSPC, "no more bytes could be written")
        remaining = remaining[written:]


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new one gets the usual ones (mkstemp's are 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def sync_folder(folder: Path) -> None:
    """Make the rename survive a power cut; folders cannot be synced everywhere (Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
