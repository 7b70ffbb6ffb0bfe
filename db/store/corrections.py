"""Correct a sheet fact by fact: edit, remove or add a fact, add evidence to one, merge two
people, and undo any of these.

Each correction is made to the sheet's stored fact file, checked exactly as `factsheet add`
checks a fact file, and written in one transaction that rewrites the sheet from it, so the
window, the PDF (PDF/A-3b carries the file) and `factsheet facts` agree at once. A correction
names its fact by key, with the stamp the fact had when it was shown: a fact another person
changed since is left as it is, and the refusal says who changed it, when, and what it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from db.draft.evidence import evidence as evidence_item
from db.draft.keys import unique_key
from db.draft.text import Span
from db.errors import FactsheetError, SeedError
from db.factfile.anchoring import QuoteFinder
from db.factfile.document import Entry, FactDocument, Named, split_key
from db.factfile.folding import slug as slug_of
from db.factfile.reading import entry_stamp, fact_file_from_text
from db.factfile.shape import REVIEW_FIELDS, SECTIONS
from db.rows import SheetIdentity
from db.store.schema import fact_table, sheet_table, source_table
from db.store.session import Database
from db.store.sheet_identity import check_unchanged
from db.store.sheet_writer import FactMark, delete_sheet, now_iso, write_sheet


class CorrectionError(FactsheetError):
    """A correction that cannot be made; nothing was changed."""


class Corrected(NamedTuple):
    """A correction made: what it did, to which fact, and the file before and after, which
    is all an undo or redo needs."""

    done: str
    """What was done, as an Edit menu names it: "remove attendee Ada Lovelace"."""
    key: str
    stamp: str
    """The fact's stamp now ("" once removed)."""
    before: str
    after: str


class SheetNames(NamedTuple):
    """The people and parties a correction may name, for the window's choices."""

    people: list[Named]
    parties: list[Named]


Change = Callable[[FactDocument, "_Context"], tuple[str, str]]
"""Changes the document; returns what it did and the key of the fact it changed."""


class _Context(NamedTuple):
    location: str
    article: str
    current: str
    """The fact file as stored before this correction."""
    marks: Mapping[str, FactMark]
    review: Entry
    """The fields that mark a fact reviewed by this user now."""


class Review(NamedTuple):
    by: str
    at: str


def reviews(database: Database, *, fact_ids: Sequence[int]) -> dict[int, Review]:
    """Who checked each of these facts, and when, where the sheet records it."""
    fact = fact_table.c
    with database.read() as connection:
        rows = connection.execute(
            select(fact.id, fact.reviewed_by, fact.reviewed_at).where(
                fact.id.in_(list(fact_ids)), fact.reviewed_by != ""
            )
        )
        return {row.id: Review(row.reviewed_by, row.reviewed_at) for row in rows}


def fact_names(database: Database, *, slug: str) -> SheetNames:
    with database.read() as connection:
        document = FactDocument(_sheet(connection, database.location, slug).fact_file)
    return SheetNames(people=document.people(), parties=document.parties())


def edit_fact(
    database: Database,
    *,
    slug: str,
    key: str,
    stamp: str | None,
    changes: Mapping[str, Any],
    user: str,
    shown: Mapping[str, Any] | None = None,
) -> Corrected:
    """Set fields of the fact ``key``; an empty value leaves an optional field out. The fact
    must still have ``stamp`` (when given) and the ``shown`` values; it is marked reviewed."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        entry = dict(_current(document, context, key, stamp, shown))
        section, _ = split_key(key)
        fields = SECTIONS[section].fields
        for name, value in changes.items():
            if name not in fields or name == SECTIONS[section].identity:
                raise CorrectionError(
                    f"{context.location}: the {document.describe(key)} has no field {name!r} "
                    "that can be changed"
                )
            if value in ("", [], None) and not fields[name].required:
                entry.pop(name, None)
            else:
                entry[name] = value
        document.put(key, _reviewed(entry, context))
        return f"edit {document.describe(key)}", key

    return _correct(database, slug=slug, user=user, change=change)


def remove_fact(database: Database, *, slug: str, key: str, stamp: str, user: str) -> Corrected:
    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        _current(document, context, key, stamp)
        done = f"remove {document.describe(key)}"
        document.put(key, None)
        return done, key

    return _correct(database, slug=slug, user=user, change=change)


def add_evidence(
    database: Database, *, slug: str, key: str, stamp: str, start: int, end: int, user: str
) -> Corrected:
    """Add the article's words from ``start`` to ``end`` to the evidence of the fact ``key``."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        entry = dict(_current(document, context, key, stamp))
        quote = _quote(context, start, end)
        if quote in entry.get("evidence", []):
            raise CorrectionError(
                f"{context.location}: the {document.describe(key)} has those words as "
                "evidence already"
            )
        entry["evidence"] = [*entry.get("evidence", []), quote]
        document.put(key, _reviewed(entry, context))
        return f"add evidence to the {document.describe(key)}", key

    return _correct(database, slug=slug, user=user, change=change)


def add_member(
    database: Database, *, slug: str, member: str, status: str, start: int, end: int, user: str
) -> Corrected:
    """Add ``member`` (a country or body of the sheet, or a new country) with ``status``."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        entry = {"member": document.party_key(member), "status": status}
        return _added(document, context, "memberships", entry, start, end)

    return _correct(database, slug=slug, user=user, change=change)


def add_attendee(
    database: Database,
    *,
    slug: str,
    person: str,
    represents: str,
    role: str,
    title: str = "",
    start: int,
    end: int,
    user: str,
) -> Corrected:
    """Add ``person`` (a person of the sheet, or a new one) as attending for ``represents``."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        entry = {
            "person": _person(document, context, person, start, end),
            **({"title": title} if title else {}),
            "represents": document.party_key(represents),
            "role": role,
        }
        return _added(document, context, "attendees", entry, start, end)

    return _correct(database, slug=slug, user=user, change=change)


def add_absence(
    database: Database,
    *,
    slug: str,
    person: str,
    represents: str,
    title: str = "",
    sent: str = "",
    start: int,
    end: int,
    user: str,
) -> Corrected:
    """Add that ``person`` stayed away from the event, and whom they sent, if anyone."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        entry = {
            "person": _person(document, context, person, start, end),
            **({"title": title} if title else {}),
            "represents": document.party_key(represents),
            **({"sent": _person(document, context, sent, start, end)} if sent else {}),
        }
        return _added(document, context, "absences", entry, start, end)

    return _correct(database, slug=slug, user=user, change=change)


def add_statement(
    database: Database,
    *,
    slug: str,
    speaker: str,
    text: str,
    kind: str,
    start: int,
    end: int,
    user: str,
) -> Corrected:
    """Add what ``speaker`` said: ``text``, a direct quote (inside the selection) or a
    paraphrase."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        speaker_key = _person(document, context, speaker, start, end)
        opening = " ".join(text.split()[:4])
        key = unique_key(slug_of(f"{speaker_key} {opening}"), document.taken_keys("statements"))
        entry = {"key": key, "speaker": speaker_key, "kind": kind, "text": text}
        return _added(document, context, "statements", entry, start, end)

    return _correct(database, slug=slug, user=user, change=change)


def merge_people(database: Database, *, slug: str, keep: str, absorb: str, user: str) -> Corrected:
    """Make the people ``keep`` and ``absorb`` (keys) one person, ``keep``: every fact about
    ``absorb`` becomes one about ``keep``, and ``absorb``'s spellings become its variants."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        kept_key, absorbed_key = f"people:{keep}", f"people:{absorb}"
        kept = _current(document, context, kept_key, None)
        absorbed = _current(document, context, absorbed_key, None)
        if keep == absorb:
            raise CorrectionError(f"{context.location}: a person cannot be merged with itself")
        done = f"merge {absorbed['name']} into {kept['name']}"
        spellings = [absorbed["name"], *absorbed.get("variants", []), *kept.get("variants", [])]
        variants = [name for name in dict.fromkeys(spellings) if name != kept["name"]]
        merged = {**kept, "variants": variants}
        merged["evidence"] = _joined(kept["evidence"], absorbed["evidence"])
        document.put(kept_key, _reviewed(merged, context))
        document.put(absorbed_key, None)
        for section in ("attendees", "absences"):
            _merge_entries(document, section, keep, absorb)
        for entry, field in document.references():
            if entry[field] == absorb:
                entry[field] = keep
        return done, kept_key

    return _correct(database, slug=slug, user=user, change=change)


def restore_fact_file(
    database: Database, *, slug: str, text: str, expected: str, done: str, user: str
) -> Corrected:
    """Put the sheet's fact file back to ``text`` (an undo, or its redo), refused when the
    sheet is no longer as ``expected`` left it (another person has changed it since)."""

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        if context.current != expected:
            changed = max(
                context.marks.values(),
                key=lambda mark: (mark.changed_at, bool(mark.changed_by)),
                default=None,
            )
            by = _changed_by(changed.changed_by, changed.changed_at) if changed else ""
            raise CorrectionError(
                f"{context.location}: the sheet {slug!r} was changed by "
                f"{by or 'another program'} since; {done} cannot be undone or redone"
            )
        document.data, document.verbatim = FactDocument(text).data, text
        return done, ""

    return _correct(database, slug=slug, user=user, change=change)


def mark_reviewed(
    database: Database, *, sheet: SheetIdentity, fact_ids: Collection[int], user: str
) -> int:
    """Mark drafted facts of ``sheet`` as checked against the article by ``user`` now, in the
    sheet and its fact file; returns how many changed. Refused (SheetChangedError) if the
    sheet was removed or replaced meanwhile: its fact ids may by then be another sheet's."""
    if not fact_ids:
        return 0
    fact = fact_table.c
    with database.read() as connection:
        keys: list[str] = list(
            connection.execute(
                select(fact.key).where(
                    fact.id.in_(list(fact_ids)),
                    fact.sheet_id == sheet.sheet_id,
                    fact.reviewed.is_(False),
                )
            ).scalars()
        )
    marked: list[str] = []

    def change(document: FactDocument, context: _Context) -> tuple[str, str]:
        for key in keys:
            entry = document.find(key)
            if entry is not None and entry.get("reviewed") is False:
                document.put(key, _reviewed(entry, context))
                marked.append(key)
        return f"mark {len(marked)} facts reviewed", ""

    _correct(database, slug=sheet.slug, user=user, change=change, shown=sheet)
    return len(marked)


def _correct(
    database: Database,
    *,
    slug: str,
    user: str,
    change: Change,
    shown: SheetIdentity | None = None,
) -> Corrected:
    """Make ``change`` to the sheet's fact file and write the sheet anew from it, in one
    transaction; with ``shown``, only while the sheet is still the one the window read."""
    location = database.location
    with database.write() as connection:
        if shown is not None:
            check_unchanged(connection, shown, location)
        sheet = _sheet(connection, location, slug)
        marks = {
            row.key: FactMark(row.stamp, row.changed_by, row.changed_at)
            for row in connection.execute(
                select(
                    fact_table.c.key,
                    fact_table.c.stamp,
                    fact_table.c.changed_by,
                    fact_table.c.changed_at,
                ).where(fact_table.c.sheet_id == sheet.id)
            )
        }
        # Without a name (a program marking facts), the mark says only that they were checked.
        review = {"reviewed_by": user, "reviewed_at": now_iso()} if user else {}
        context = _Context(location, sheet.text, sheet.fact_file, marks, review)
        document = FactDocument(sheet.fact_file)
        done, key = change(document, context)
        text = document.text()
        try:
            fact_file = fact_file_from_text(text, path=Path(f"{slug}.toml"), article=sheet.text)
        except SeedError as error:
            reason = str(error).split(": ", 1)[-1]
            raise CorrectionError(f"{location}: cannot {done}: {reason}") from None
        delete_sheet(connection, sheet.id)
        write_sheet(connection, fact_file, changed_by=user, kept=marks)
    entry = document.find(key) if key else None
    stamp = entry_stamp(entry) if entry is not None else ""
    return Corrected(done=done, key=key, stamp=stamp, before=sheet.fact_file, after=text)


def _sheet(connection: Connection, location: str, slug: str) -> Any:
    found = connection.execute(
        select(sheet_table.c.id, sheet_table.c.fact_file, source_table.c.text)
        .join(source_table, sheet_table.c.source_id == source_table.c.id)
        .where(sheet_table.c.slug == slug)
    ).first()
    if found is None:
        raise CorrectionError(
            f"{location}: the sheet {slug!r} was removed by another program since it was "
            "shown, so nothing was changed"
        )
    if not found.fact_file.strip():
        raise CorrectionError(f"{location}: the sheet {slug!r} keeps no fact file to correct")
    return found


def _current(
    document: FactDocument,
    context: _Context,
    key: str,
    stamp: str | None,
    shown: Mapping[str, Any] | None = None,
) -> Entry:
    """The fact ``key`` as it is now, refused when it moved on from what the window showed."""
    entry = document.find(key)
    if entry is None:
        raise CorrectionError(
            f"{context.location}: the {document.describe(key)} was removed by another person "
            "since it was shown, so nothing was changed"
        )
    moved = stamp is not None and entry_stamp(entry) != stamp
    if shown is not None:
        moved = moved or any(entry.get(name, "") != value for name, value in shown.items())
    if moved:
        mark = context.marks.get(key)
        changed = _changed_by(mark.changed_by if mark else "", mark.changed_at if mark else "")
        raise CorrectionError(
            f"{context.location}: the {document.describe(key)} was changed by {changed}; "
            f"it now reads {document.reads(key)}, so nothing was changed"
        )
    return entry


def _changed_by(user: str, iso: str) -> str:
    """ "anna at 2024-07-04 09:30 UTC", as far as the database knows who and when."""
    who = user or "another program"
    return f"{who} at {moment(iso)}" if iso else who


def moment(iso: str) -> str:
    """``2024-07-04T09:30:05+00:00`` as ``2024-07-04 09:30 UTC``."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso


def _reviewed(entry: Entry, context: _Context) -> Entry:
    """``entry`` marked as checked by this user now, its evidence last as in a fact file."""
    kept = {
        name: value for name, value in entry.items() if name not in (*REVIEW_FIELDS, "evidence")
    }
    return {**kept, **context.review, "evidence": entry.get("evidence", [])}


def _quote(context: _Context, start: int, end: int) -> Any:
    if not 0 <= start < end <= len(context.article):
        raise CorrectionError(f"{context.location}: select some words of the article first")
    return evidence_item(QuoteFinder(context.article), Span(start, end))


def _person(document: FactDocument, context: _Context, name: str, start: int, end: int) -> str:
    if not name.strip():
        raise CorrectionError(f"{context.location}: the fact needs a person's name")
    return document.person_key(name, evidence=[_quote(context, start, end)], review=context.review)


def _added(
    document: FactDocument, context: _Context, section: str, entry: Entry, start: int, end: int
) -> tuple[str, str]:
    key = document.key_of(section, entry)
    if document.find(key) is not None:
        raise CorrectionError(
            f"{context.location}: the sheet has the {document.describe(key)} already; "
            "add the words as evidence to it instead"
        )
    document.put(key, _reviewed({**entry, "evidence": [_quote(context, start, end)]}, context))
    return f"add {document.describe(key)}", key


def _joined(first: list[Any], second: list[Any]) -> list[Any]:
    return [*first, *(quote for quote in second if quote not in first)]


def _merge_entries(document: FactDocument, section: str, keep: str, absorb: str) -> None:
    """One entry of ``section`` for the merged person: the kept one, with both evidences."""
    kept, absorbed = document.find(f"{section}:{keep}"), document.find(f"{section}:{absorb}")
    if kept is None or absorbed is None:
        return
    document.put(
        f"{section}:{keep}", {**kept, "evidence": _joined(kept["evidence"], absorbed["evidence"])}
    )
    document.put(f"{section}:{absorb}", None)
