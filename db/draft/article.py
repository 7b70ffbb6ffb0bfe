"""Read the article a draft is made from: plain UTF-8 text, or the main text of an HTML page.

Every fault is one sentence naming the file. Articles have the size limit seeding gives them
(db.factfile.reading.MAX_ARTICLE_BYTES).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.draft.errors import DraftError
from db.factfile.reading import MAX_ARTICLE_BYTES

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Article:
    """The text the facts are drawn from; ``from_html`` when it was taken out of a page."""

    path: Path
    text: str
    from_html: bool


def read_article(path: Path) -> Article:
    """Read ``path``; raise DraftError with one plain sentence when it is not a usable article."""
    data = _read_bytes(path)
    if b"\x00" in data:
        raise DraftError(f"{path}: is a binary file, not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DraftError(f"{path}: is not UTF-8 text (bad byte at offset {error.start})") from None
    if not text.strip():
        raise DraftError(f"{path}: is empty")
    if path.suffix.lower() in HTML_SUFFIXES:
        from db.draft.html_text import PageTooDeep, main_text

        try:
            extracted = main_text(text)
        except PageTooDeep as error:
            raise DraftError(
                f"{path}: is an HTML page {error}, too deep to read all of its text"
            ) from None
        if not extracted:
            raise DraftError(f"{path}: is an HTML page with no article text in it")
        return Article(path=path, text=extracted, from_html=True)
    return Article(path=path, text=text, from_html=False)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise DraftError(f"{path}: is {size:,} bytes, more than an article may be (5 MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise DraftError(f"{path}: does not exist") from None
    except IsADirectoryError:
        raise DraftError(f"{path}: is a folder, not an article") from None
    except PermissionError:
        raise DraftError(f"{path}: cannot be read (permission denied)") from None
