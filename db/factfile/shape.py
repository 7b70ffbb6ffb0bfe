"""The shape of a fact file: its sections, their fields, and where each field is stored.

docs/fact-file.md describes the same shape for people; the reader checks every fact file
against this one, and seeding writes each field to the column named here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    kind: type
    required: bool = True
    refers_to: tuple[str, ...] = ()
    """Sections whose keys this field names (a person, a country or a body)."""
    choices: tuple[str, ...] = ()
    """The only values allowed; empty for an open vocabulary."""
    pattern: re.Pattern[str] | None = None
    """A form the value must have, described by ``form`` in errors."""
    form: str = ""
    column: str | None = None
    """The database column the value is stored in, when it differs from the field's name."""
    longest: int | None = None
    """The most characters the value may have: its column's width, the same on every database."""
    folded: bool = False
    """``longest`` counts the value as the entity key it becomes (folded to a slug)."""

    def stored_as(self, name: str) -> str:
        return self.column or name


@dataclass(frozen=True)
class Section:
    """The shape of one section: a single table, or an array of tables (``many``).

    An evidenced section's entries carry ``evidence`` quotes, and may say ``reviewed = false``
    (a drafted fact nobody has checked yet)."""

    fields: Mapping[str, Field]
    many: bool = False
    identity: str | None = None
    evidenced: bool = True


FACT_KEY_LONGEST = 256
"""The width of a fact's key, which is its section and its identity (``statements:KEY``)."""
KEY_LONGEST = 120
"""A key fits every column made from it: a person's or party's own key (128 characters) and a
person's entity key, which is the sheet's slug, a slash and the key (256)."""
ENTITY_LONGEST = 256

TEXT = Field(str)
OPTIONAL_TEXT = Field(str, required=False)
_KEY = Field(str, longest=KEY_LONGEST)
LABEL_LONGEST = 64
"""The width of a status's or a role's column."""
_LABEL = Field(str, longest=LABEL_LONGEST)
_ENTITY_NAME = Field(str, longest=ENTITY_LONGEST, folded=True)
_PEOPLE = ("people",)
_PARTIES = ("countries", "bodies")

SECTIONS: Mapping[str, Section] = {
    "source": Section(
        {
            "file": Field(str, longest=256),
            "sha256": Field(
                str, pattern=re.compile(r"[0-9a-f]{64}"), form="64 lowercase hexadecimal digits"
            ),
            "title": TEXT,
            "publisher": OPTIONAL_TEXT,
            "year": Field(int, required=False),
            "copyright": OPTIONAL_TEXT,
        }
    ),
    "sheet": Section(
        {
            "slug": Field(
                str,
                pattern=re.compile(r"[a-z0-9][a-z0-9-]*"),
                form="lowercase letters, digits and hyphens, such as summit-2024",
                longest=128,
            ),
            "title": TEXT,
            "summary": OPTIONAL_TEXT,
            "language": Field(
                str,
                required=False,
                pattern=re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
                form="a language tag such as en or pt-BR",
                longest=35,
            ),
        },
        evidenced=False,
    ),
    "event": Section({"name": TEXT, "place": OPTIONAL_TEXT, "day": OPTIONAL_TEXT}),
    "date": Section({"value": TEXT, "inferred": Field(bool), "basis": OPTIONAL_TEXT}),
    "organization": Section(
        {
            "name": TEXT,
            "abbreviation": OPTIONAL_TEXT,
            "founded": Field(int, required=False),
            "purpose": OPTIONAL_TEXT,
            "description": OPTIONAL_TEXT,
        }
    ),
    "countries": Section(
        {
            "key": _KEY,
            "name": _ENTITY_NAME,
            "code": Field(
                str,
                required=False,
                pattern=re.compile(r"[A-Z]{2}"),
                form="an ISO 3166 code of two capital letters, such as KZ",
            ),
        },
        many=True,
        identity="key",
        evidenced=False,
    ),
    "bodies": Section(
        {
            "key": _KEY,
            "name": _ENTITY_NAME,
            "abbreviation": OPTIONAL_TEXT,
            "kind": Field(str, required=False, column="category"),
        },
        many=True,
        identity="key",
        evidenced=False,
    ),
    "memberships": Section(
        {
            "member": Field(str, refers_to=_PARTIES, column="party_id"),
            "status": _LABEL,
            "joined": OPTIONAL_TEXT,
            "note": OPTIONAL_TEXT,
        },
        many=True,
        identity="member",
    ),
    "people": Section(
        {
            "key": _KEY,
            "name": TEXT,
            "variants": Field(list, required=False),
            "named": Field(bool, required=False),
            # The same person in other sheets: people with one entity are one person.
            "entity": Field(str, required=False, longest=ENTITY_LONGEST, folded=True),
        },
        many=True,
        identity="key",
    ),
    "attendees": Section(
        {
            "person": Field(str, refers_to=_PEOPLE, column="person_id"),
            "title": OPTIONAL_TEXT,
            "represents": Field(str, refers_to=_PARTIES, column="party_id"),
            "role": _LABEL,
            "note": OPTIONAL_TEXT,
        },
        many=True,
        identity="person",
    ),
    "absences": Section(
        {
            "person": Field(str, refers_to=_PEOPLE, column="person_id"),
            "title": OPTIONAL_TEXT,
            "represents": Field(str, refers_to=_PARTIES, column="party_id"),
            "sent": Field(str, required=False, refers_to=_PEOPLE, column="sent_person_id"),
            "reason": OPTIONAL_TEXT,
        },
        many=True,
        identity="person",
    ),
    "statements": Section(
        {
            "key": _KEY,
            "speaker": Field(str, refers_to=_PEOPLE, column="speaker_id"),
            "kind": Field(str, choices=("quote", "paraphrase")),
            "text": TEXT,
            "context": OPTIONAL_TEXT,
            "when": Field(str, required=False, column="said_when"),
            "where": Field(str, required=False, column="said_where"),
            "via": OPTIONAL_TEXT,
            "topic": OPTIONAL_TEXT,
        },
        many=True,
        identity="key",
    ),
    "slips": Section(
        {"kind": _LABEL, "text": TEXT, "correction": TEXT, "note": OPTIONAL_TEXT},
        many=True,
        identity="text",
    ),
}
REQUIRED_SECTIONS = ("source", "sheet", "event")

REVIEW_FIELDS: Mapping[str, Field] = {
    "reviewed": Field(bool, required=False),
    "reviewed_by": OPTIONAL_TEXT,
    "reviewed_at": OPTIONAL_TEXT,
}
"""Fields every evidenced entry may have besides its own: whether a person has checked it
against the article (false for a draft), who did, and when (ISO 8601)."""


def text_columns(section: str) -> dict[str, str]:
    """The section's plain text fields that are stored as they are: field name → column.

    Left out: ``key`` (every fact's key is stored with the fact itself), references (stored
    as ids) and closed vocabularies (stored by whoever reads them)."""
    return {
        name: field.stored_as(name)
        for name, field in SECTIONS[section].fields.items()
        if field.kind is str and not field.refers_to and not field.choices and name != "key"
    }
