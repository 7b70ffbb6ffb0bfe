"""The text of a PDF as poppler reads it: by the structure tree (what a screen reader follows)
and by the content stream, line by line."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.external_tools import need_programs


def _run(*arguments: str) -> str:
    need_programs(arguments[0], package="poppler-utils")
    return subprocess.run(arguments, capture_output=True, text=True, check=True).stdout


def structure_texts(path: Path) -> list[str]:
    """The text of every marked-content sequence, as `pdfinfo -struct-text` prints it."""
    texts = []
    for line in _run("pdfinfo", "-struct-text", str(path)).splitlines():
        line = line.strip()
        if len(line) >= 2 and line[0] == line[-1] == '"':
            texts.append(line[1:-1])
    return texts


def raw_lines(path: Path) -> list[str]:
    """The text in the order it is painted, a line of the page per line (`pdftotext -raw`)."""
    return _run("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-").splitlines()


def glued_words(path: Path) -> list[str]:
    """Words a reader following the structure would hear that are no words on the page: two
    words run together where a line wraps. A word the page breaks after a hyphen is one word."""
    words: set[str] = set()
    lines = [line.split() for line in raw_lines(path)]
    for line, following in zip(lines, [*lines[1:], []], strict=True):
        words.update(line)
        if line and following and line[-1].endswith("-"):
            words.add(line[-1] + following[0])
    return [word for text in structure_texts(path) for word in text.split() if word not in words]
