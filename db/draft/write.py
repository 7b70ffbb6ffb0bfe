"""``factsheet draft``: read an article, draft its facts, write the fact file beside it.

The fact file names its article relative to the fact file's own folder (``../news/a.txt`` when
they are apart), so the two can be moved together; only where no relative path exists (another
drive on Windows) is the article's absolute path written. An HTML page's main text is saved as
a ``.txt`` file beside the fact file, since evidence quotes must be the seeded text's exact words.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from db.atomic_file import write_atomically
from db.draft.article import read_article
from db.draft.errors import DraftError
from db.draft.extract import draft_facts
from db.draft.render import render
from db.errors import SeedError
from db.factfile import FactFile, fact_file_from_text


@dataclass(frozen=True)
class DraftPlan:
    """What ``factsheet draft`` will write: the fact file, and for a page its text."""

    article: Path
    facts: Path
    text: Path | None

    @property
    def targets(self) -> tuple[Path, ...]:
        return (self.facts,) if self.text is None else (self.facts, self.text)


def plan_draft(article: Path, facts: Path) -> DraftPlan:
    is_page = article.suffix.lower() in (".html", ".htm")
    text = facts.with_name(f"{article.stem}.txt") if is_page else None
    return DraftPlan(article=article, facts=facts, text=text)


def write_draft(plan: DraftPlan) -> int:
    """Draft and write; returns the number of facts drafted. Raises DraftError on bad input."""
    article = read_article(plan.article)
    draft = draft_facts(article.text)
    article_file = plan.article
    if article.from_html and plan.text is not None:
        write_atomically(plan.text, article.text.encode("utf-8"))
        article_file = plan.text
    rendered = render(draft, article.text, _file_name(article_file, plan.facts))
    _as_added(rendered, plan.article, article.text)
    write_atomically(plan.facts, rendered.encode("utf-8"))
    return (
        len(draft.memberships) + len(draft.attendees) + len(draft.absences) + len(draft.statements)
    )


def _file_name(article: Path, facts: Path) -> str:
    folder = facts.resolve().parent
    try:
        return Path(os.path.relpath(article.resolve(), folder)).as_posix()
    except ValueError:
        return str(article.resolve())


def draft_in_memory(article_path: Path, *, taken_slugs: Collection[str] = ()) -> FactFile:
    """A checked draft of the article, never written to a file: what File ▸ New sheet from
    article adds to the database, under a slug none of ``taken_slugs`` has."""
    article = read_article(article_path)
    text = render(
        draft_facts(article.text), article.text, article_path.name, taken_slugs=taken_slugs
    )
    return _as_added(text, article_path, article.text)


def _as_added(draft: str, article_path: Path, article: str) -> FactFile:
    """The draft checked as `factsheet add` will check it, so that a draft is never written
    that add would refuse. Should the check fail (a fault of the draft's, not the user's),
    the sentence names the article, the one file the user gave."""
    try:
        return fact_file_from_text(draft, path=article_path, article=article)
    except SeedError as error:
        raise DraftError(
            f"{article_path}: its draft would not be accepted ({error.reason}); "
            "please report this fault of the draft"
        ) from None
