"""Shared fixtures. Qt runs offscreen and nothing touches the user's own folders."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="factsheet-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ.pop("FACTSHEET_DB", None)

from db.seed import bundled_fact_files, seed_database  # noqa: E402
from db.session import Database, open_database  # noqa: E402

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded database, built once; tests that change it take a copy."""
    path = tmp_path_factory.mktemp("seeded") / "factsheet.sqlite3"
    seed_database(f"sqlite:///{path}")
    return path


@pytest.fixture
def seeded_url(seeded_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "factsheet.sqlite3"
    shutil.copyfile(seeded_file, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def database(seeded_url: str) -> Iterator[Database]:
    opened = open_database(seeded_url)
    yield opened
    opened.close()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of seeds/ to break in a test; returns the fact file's path."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return folder / bundled_fact_files()[0].name


class SmallDisk:
    """A real file system of a few kilobytes, mounted for one test, so a test meets a full or
    read-only disk exactly as the program would."""

    def __init__(self, mount_point: Path) -> None:
        self.path = mount_point

    def fill(self) -> None:
        """Take up every free byte."""
        filler = (self.path / "filler").open("wb", buffering=0)
        with contextlib.suppress(OSError), filler:
            while True:
                filler.write(b"\0" * 4096)

    def make_read_only(self) -> None:
        _mount("-o", "remount,ro", str(self.path))


def _mount(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 128 KB tmpfs; skipped where this process may not mount one (not root, or no mount)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; the short-write tests cover the same code")
    mounted = _mount("-t", "tmpfs", "-o", "size=128k", "tmpfs", str(mount_point))
    if mounted.returncode != 0:
        pytest.skip(f"a small tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def finish_background_work(qtbot: Any, widget: Any, *, timeout_ms: int = 20_000) -> None:
    """Wait until every job ``widget`` started on a worker thread has ended (long, since the
    machine running the tests may be busy: this bounds a hang, it times nothing)."""
    from viewer.background import BackgroundJob

    qtbot.waitUntil(
        lambda: not [job for job in widget.findChildren(BackgroundJob) if job.running],
        timeout=timeout_ms,
    )
