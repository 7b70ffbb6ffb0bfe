"""Programs outside Python that some tests read the PDF with (poppler, veraPDF's engine).

Where one is missing the test skips with one line saying what to install; in CI, which
installs them (`.ci/run`), a missing program fails the test instead, so it cannot pass unseen.
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.postgres_server import REQUIRED_VARIABLE


def in_ci() -> bool:
    return bool(os.environ.get(REQUIRED_VARIABLE)) or os.environ.get("CI") == "true"


def missing(reason: str) -> None:
    """Skip the test for ``reason``, or fail it where CI should have provided the program."""
    if in_ci():
        pytest.fail(f"{reason} (CI installs it: see .ci/run)")
    pytest.skip(reason)


def need_programs(*names: str, package: str) -> None:
    absent = [name for name in names if shutil.which(name) is None]
    if absent:
        missing(f"{', '.join(absent)} not found: install {package}")
