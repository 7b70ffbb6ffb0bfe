"""Read and check a fact file (TOML) and the article it describes, before anything is written.

Every fault is reported as a :class:`SeedError` naming the file, the line and the fact, so a
person editing the fact file can go straight to it. Nothing here touches a database.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from db.errors import SeedError
from db.factfile.anchoring import (
    QuoteAmbiguous,
    QuoteFinder,
    QuoteNotFound,
    anchor_quote,
    paragraph_starts,
)
from db.factfile.folding import slug
from db.factfile.shape import (
    FACT_KEY_LONGEST,
    REQUIRED_SECTIONS,
    REVIEW_FIELDS,
    SECTIONS,
    Field,
    Section,
)
from db.factfile.vocabulary import StatementKind
from db.rows import Evidence

BYTE_ORDER_MARK = "\ufeff"
"""Put first by some editors on Windows; not part of the fact file's text."""
MAX_ARTICLE_BYTES = 5_000_000
"""Some hundred times the longest news article: a larger file is a mistaken argument (a video,
a database dump), refused before it is read whole into memory."""
MAX_FACT_FILE_BYTES = 2_000_000
FACT_FILE_BYTES_PER_ARTICLE_BYTE = 4
"""A fact file may hold 2 MB, and four bytes more for each byte of its article: its quotes are
the article's words, and a draft quotes some of them twice (a statement's words and their
sentence), so whatever `factsheet draft` writes, `factsheet add` takes."""


def fact_file_limit(article_bytes: int) -> int:
    """The most bytes a fact file about an article of ``article_bytes`` may have."""
    return MAX_FACT_FILE_BYTES + FACT_FILE_BYTES_PER_ARTICLE_BYTE * article_bytes


@dataclass(frozen=True)
class Record:
    """One checked entry of the fact file; ``key`` names it in the database and in errors."""

    section: str
    key: str
    line: int
    values: Mapping[str, Any]
    evidence: tuple[Evidence, ...]

    def text(self, name: str) -> str:
        value = self.values.get(name, "")
        return str(value)

    @property
    def reviewed(self) -> bool:
        """False for a drafted fact that nobody has checked against the article yet."""
        return bool(self.values.get("reviewed", True))

    @property
    def stamp(self) -> str:
        """A digest of the entry as written: it moves on whenever the fact is changed."""
        return entry_stamp(self.values)


_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)
"""Made once: ``json.dumps`` with any option makes a new encoder for every entry."""


def entry_stamp(entry: Mapping[str, Any]) -> str:
    """A digest of a fact file entry's fields and evidence, the same however it is laid out."""
    canonical = _CANONICAL_JSON.encode(entry)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class FactFile:
    path: Path
    article: str
    digest: str
    records: Mapping[str, tuple[Record, ...]]
    text: str
    """The fact file as written, kept with the sheet so its data can travel with a PDF."""

    def one(self, section: str) -> Record | None:
        found = self.records.get(section, ())
        return found[0] if found else None

    def many(self, section: str) -> tuple[Record, ...]:
        return self.records.get(section, ())


class _Article:
    """The article's text, with what anchoring many quotes in it needs, worked out once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraph_starts = paragraph_starts(text)
        self.finder = QuoteFinder(text)


class _Lines:
    """Finds the line of a section's n-th entry and of a field within it (tomllib gives none).

    Headers are indexed once, so finding every entry's line costs no more than reading the file."""

    def __init__(self, raw: str) -> None:
        self.lines = raw.splitlines()
        self.headers: list[tuple[int, str]] = []
        self.entries: dict[str, list[int]] = {}
        header = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
        for number, line in enumerate(self.lines, start=1):
            match = header.match(line)
            if match:
                self.headers.append((number, match.group(1)))
                self.entries.setdefault(match.group(1), []).append(number)
        self.header_lines = [number for number, _ in self.headers]

    def of_entry(self, section: str, index: int) -> int:
        seen = self.entries.get(section, [])
        return seen[index] if index < len(seen) else 1

    def of_field(self, entry_line: int, text: str) -> int:
        following = bisect.bisect_right(self.header_lines, entry_line)
        stop = (
            self.header_lines[following]
            if following < len(self.header_lines)
            else len(self.lines) + 1
        )
        for number in range(entry_line, stop):
            if text in self.lines[number - 1]:
                return number
        return entry_line


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SeedError(
            path.name, f"is not UTF-8 text (bad byte at offset {error.start})"
        ) from None


def read_fact_file(
    path: Path, *, article: Path | None = None, article_text: str | None = None
) -> FactFile:
    """Parse, check and anchor a fact file and its article; raise SeedError on the first fault.

    The article is the file ``[source] file`` names, beside the fact file, unless ``article``
    is given (`factsheet add ARTICLE FACTS`), whose text is ``article_text`` when given (the
    text taken out of an HTML page); either way its SHA-256 must be the one recorded.
    """
    raw = _decode(path, _read_bytes(path)).removeprefix(BYTE_ORDER_MARK)
    document = _parse(path.name, raw)
    lines = _Lines(raw)
    text = _read_article(path, document, lines, article, article_text)
    _check_size(path.name, len(raw.encode("utf-8")), len(text.encode("utf-8")))
    return _checked(path, raw, document, lines, text)


def fact_file_from_text(raw: str, *, path: Path, article: str) -> FactFile:
    """A fact file made in memory (a draft made in the window) for the article text
    ``article``, checked as if it had been read from ``path``."""
    document = _parse(path.name, raw)
    lines = _Lines(raw)
    source = document.get("source")
    recorded = source.get("sha256") if isinstance(source, dict) else None
    if recorded != hashlib.sha256(article.encode("utf-8")).hexdigest():
        raise SeedError(path.name, "is not about the article it was given (their SHA-256 differ)")
    _check_size(path.name, len(raw.encode("utf-8")), len(article.encode("utf-8")))
    return _checked(path, raw, document, lines, article)


def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        _check_size(name, size, MAX_ARTICLE_BYTES)
        return path.read_bytes()
    except FileNotFoundError:
        raise SeedError(name, "does not exist") from None
    except IsADirectoryError:
        raise SeedError(name, "is a folder, not a fact file") from None
    except PermissionError:
        raise SeedError(name, "cannot be read (permission denied)") from None


def _check_size(name: str, size: int, article_bytes: int) -> None:
    limit = fact_file_limit(article_bytes)
    if size > limit:
        raise SeedError(
            name,
            f"is {size:,} bytes, more than a fact file may be ({limit:,} bytes: "
            f"{MAX_FACT_FILE_BYTES:,}, and {FACT_FILE_BYTES_PER_ARTICLE_BYTE} for each byte "
            "of its article)",
        )


def _parse(name: str, raw: str) -> dict[str, Any]:
    if not raw.strip():
        raise SeedError(name, "is empty")
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        at_line = re.search(r" \(at line (\d+)", message)
        reason = message[: at_line.start()] if at_line else message
        line = int(at_line.group(1)) if at_line else None
        raise SeedError(name, f"is not valid TOML: {reason}", line=line) from None
    except RecursionError:
        raise SeedError(name, "is nested too deeply to be a fact file") from None


def _checked(
    path: Path, raw: str, document: Mapping[str, Any], lines: _Lines, article: str
) -> FactFile:
    name = path.name
    records = _check_sections(name, document, lines, _Article(article))
    _check_references(name, records)
    _check_quotes_are_verbatim(name, records, article)
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return FactFile(path=path, article=article, digest=digest, records=records, text=raw)


def _read_article(
    path: Path,
    document: Mapping[str, Any],
    lines: _Lines,
    given: Path | None,
    given_text: str | None,
) -> str:
    source = document.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("file"), str):
        raise SeedError(path.name, "has no [source] section naming the article file", line=1)
    line = lines.of_field(lines.of_entry("source", 0), "file")
    named = source["file"]
    article_path = given or path.parent / named
    if given is None and not article_path.is_file():
        raise SeedError(path.name, f"names the article {named}, which cannot be found", line=line)
    data = _article_bytes(article_path) if given_text is None else given_text.encode("utf-8")
    expected = source.get("sha256")
    actual = hashlib.sha256(data).hexdigest()
    if expected != actual:
        sha_line = lines.of_field(lines.of_entry("source", 0), "sha256")
        if given is not None and Path(named).name != given.name:
            raise SeedError(
                path.name,
                f"is about the article {named}, not {given.name} (their SHA-256 differ)",
                line=line,
            )
        raise SeedError(
            path.name,
            f"the article {article_path.name} has changed since the facts were written "
            f"(its SHA-256 is {actual[:12]}…, the fact file expects {str(expected)[:12]}…)",
            line=sha_line,
        )
    return _decode(article_path, data)


def _article_bytes(path: Path) -> bytes:
    """The article's bytes, refusing what cannot be an article before its digest is taken."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise SeedError(name, f"is {size:,} bytes, more than an article may be (5 MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SeedError(name, "does not exist") from None
    except IsADirectoryError:
        raise SeedError(name, "is a folder, not an article") from None
    except PermissionError:
        raise SeedError(name, "cannot be read (permission denied)") from None
    if not data.strip():
        raise SeedError(name, "is empty")
    if b"\x00" in data:
        raise SeedError(name, "is a binary file, not an article")
    return data


def _check_sections(
    name: str, document: Mapping[str, Any], lines: _Lines, article: _Article
) -> dict[str, tuple[Record, ...]]:
    for section in document:
        if section not in SECTIONS:
            raise SeedError(
                name, f"has an unknown section [{section}]", line=_top_line(lines, section)
            )
    for section in REQUIRED_SECTIONS:
        if section not in document:
            raise SeedError(name, f"has no [{section}] section")
    records: dict[str, tuple[Record, ...]] = {}
    for section, shape in SECTIONS.items():
        if section not in document:
            continue
        value = document[section]
        entries = value if shape.many else [value]
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            expected = f"[[{section}]] entries" if shape.many else f"a [{section}] table"
            raise SeedError(
                name, f"section {section} should be {expected}", line=_top_line(lines, section)
            )
        checked = []
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            line = lines.of_entry(section, index)
            record = _check_entry(name, section, shape, entry, line, lines, article)
            if record.key in seen:
                raise SeedError(
                    name,
                    f"{record.key} is listed twice (first at line {seen[record.key]})",
                    line=line,
                )
            seen[record.key] = line
            checked.append(record)
        records[section] = tuple(checked)
    return records


def _top_line(lines: _Lines, section: str) -> int:
    return next((number for number, found in lines.headers if found == section), 1)


def _check_entry(
    name: str,
    section: str,
    shape: Section,
    entry: Mapping[str, Any],
    line: int,
    lines: _Lines,
    article: _Article,
) -> Record:
    identity = entry.get(shape.identity) if shape.identity else None
    key = f"{section}:{identity}" if isinstance(identity, str) else section
    allowed = set(shape.fields) | (set(REVIEW_FIELDS) | {"evidence"} if shape.evidenced else set())
    for field_name in entry:
        if field_name not in allowed:
            raise SeedError(
                name,
                f"{key} has an unknown field {field_name!r}",
                line=lines.of_field(line, field_name),
            )
    for field_name, field in shape.fields.items():
        if field_name not in entry:
            if field.required:
                raise SeedError(name, f"{key} is missing the field {field_name!r}", line=line)
            continue
        _check_value(
            name, key, field_name, field, entry[field_name], lines.of_field(line, field_name)
        )
    if shape.identity and isinstance(identity, str):
        longest = FACT_KEY_LONGEST - len(section) - 1
        _check_length(
            name, key, shape.identity, longest, identity, lines.of_field(line, shape.identity)
        )
    for field_name, field in REVIEW_FIELDS.items():
        if field_name in entry:
            _check_value(
                name, key, field_name, field, entry[field_name], lines.of_field(line, field_name)
            )
    if "reviewed_at" in entry:
        _check_moment(name, key, entry["reviewed_at"], lines.of_field(line, "reviewed_at"))
    if section == "date":
        _check_iso_date(name, key, entry["value"], lines.of_field(line, "value"))
    evidence: tuple[Evidence, ...] = ()
    if shape.evidenced:
        evidence = _anchor_evidence(name, key, entry, line, lines, article)
    return Record(section=section, key=key, line=line, values=dict(entry), evidence=evidence)


_TYPE_WORDS = {str: "text", int: "a whole number", bool: "true or false", list: "a list of text"}


def _check_value(name: str, key: str, field_name: str, field: Field, value: Any, line: int) -> None:
    wrong_type = not isinstance(value, field.kind) or (
        field.kind is int and isinstance(value, bool)
    )
    if field.kind is list and not wrong_type:
        wrong_type = not all(isinstance(item, str) for item in value)
    if wrong_type:
        raise SeedError(
            name,
            f"{key} field {field_name!r} should be {_TYPE_WORDS[field.kind]}, "
            f"not {type(value).__name__}",
            line=line,
        )
    if field.kind is str and not value.strip() and field.required:
        raise SeedError(name, f"{key} field {field_name!r} is empty", line=line)
    if field.choices and value not in field.choices:
        allowed = ", ".join(field.choices)
        raise SeedError(
            name,
            f"{key} field {field_name!r} is {value!r}, which is not one of: {allowed}",
            line=line,
        )
    if field.pattern is not None and not field.pattern.fullmatch(value):
        raise SeedError(
            name, f"{key} field {field_name!r} is {_short(value)}, not {field.form}", line=line
        )
    _check_length(
        name, key, field_name, field.longest, slug(value) if field.folded else value, line
    )


def _check_length(
    name: str, key: str, field_name: str, longest: int | None, value: str, line: int
) -> None:
    """Refuse what one database would store and another refuse: each column has one width."""
    if longest is not None and len(value) > longest:
        raise SeedError(
            name,
            f"{_short(key)} field {field_name!r} is {len(value):,} characters long, "
            f"more than the {longest} it may have",
            line=line,
        )


def _check_moment(name: str, key: str, value: str, line: int) -> None:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise SeedError(
            name,
            f"{key} reviewed_at {value!r} is not a moment like 2024-07-04T09:30:00+00:00",
            line=line,
        ) from None


def _check_iso_date(name: str, key: str, value: str, line: int) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise SeedError(
            name, f"{key} value {value!r} is not a date like 2024-07-04", line=line
        ) from None


def _anchor_evidence(
    name: str,
    key: str,
    entry: Mapping[str, Any],
    line: int,
    lines: _Lines,
    article: _Article,
) -> tuple[Evidence, ...]:
    quotes = entry.get("evidence")
    if quotes is not None and not isinstance(quotes, list):
        raise SeedError(
            name,
            f'{key} evidence should be a list of quotes, such as evidence = ["…"]',
            line=lines.of_field(line, "evidence"),
        )
    if not isinstance(quotes, list) or not quotes:
        raise SeedError(name, f"{key} has no evidence quote", line=line)
    anchors = []
    for item in quotes:
        quote, occurrence = _quote_and_hint(name, key, item, line)
        quote_line = lines.of_field(line, quote[:40]) if quote else line
        try:
            anchors.append(
                anchor_quote(
                    article.text,
                    quote,
                    occurrence=occurrence,
                    starts=article.paragraph_starts,
                    finder=article.finder,
                )
            )
        except QuoteAmbiguous as error:
            raise SeedError(
                name,
                f"{key} quote {_short(quote)} occurs {error.count} times in the article; "
                "add occurrence = N to say which",
                line=quote_line,
            ) from None
        except QuoteNotFound as error:
            raise SeedError(name, f"{key} quote {_short(quote)} {error}", line=quote_line) from None
    return tuple(anchors)


def _quote_and_hint(name: str, key: str, item: Any, line: int) -> tuple[str, int | None]:
    if isinstance(item, str):
        return item, None
    if (
        isinstance(item, dict)
        and set(item) <= {"quote", "occurrence"}
        and isinstance(item.get("quote"), str)
        and isinstance(item.get("occurrence", 1), int)
    ):
        return item["quote"], item.get("occurrence")
    raise SeedError(
        name, f"{key} evidence should be quotes, or {{ quote = …, occurrence = N }}", line=line
    )


def _short(quote: str) -> str:
    return repr(quote if len(quote) <= 60 else quote[:57] + "…")


def _check_references(name: str, records: Mapping[str, tuple[Record, ...]]) -> None:
    keys = {
        section: {record.values[SECTIONS[section].identity or ""] for record in found}
        for section, found in records.items()
        if SECTIONS[section].identity
    }
    parties = keys.get("countries", set()) & keys.get("bodies", set())
    if parties:
        raise SeedError(name, f"{sorted(parties)[0]!r} is both a country and a body")
    for section, found in records.items():
        for record in found:
            for field_name, field in SECTIONS[section].fields.items():
                value = record.values.get(field_name)
                if not field.refers_to or value is None:
                    continue
                if not any(value in keys.get(target, set()) for target in field.refers_to):
                    targets = " or ".join(field.refers_to)
                    raise SeedError(
                        name,
                        f"{record.key} field {field_name!r} names {value!r}, "
                        f"which is not in {targets}",
                        line=record.line,
                    )


def _single_spaced(text: str) -> str:
    return " ".join(text.split())


def _check_quotes_are_verbatim(
    name: str, records: Mapping[str, tuple[Record, ...]], article: str
) -> None:
    """A direct quote must be the article's words, and a spelling variant must be in it.

    White space is compared as one space, so a quote may say "challenging. Despite" where the
    article broke the line between the two words."""
    for record in records.get("statements", ()):
        if record.values["kind"] != StatementKind.QUOTE:
            continue
        words = _single_spaced(record.values["text"])
        if not any(words in _single_spaced(anchor.exact) for anchor in record.evidence):
            raise SeedError(
                name,
                f"{record.key} is a direct quote, but its text is not inside its evidence",
                line=record.line,
            )
    for record in records.get("people", ()):
        for variant in record.values.get("variants", []):
            if variant not in article:
                raise SeedError(
                    name,
                    f"{record.key} variant {variant!r} is not in the article",
                    line=record.line,
                )
