"""Which entity (one person, country or body across every sheet) a sheet's person or party is.

Links are never guessed. A country is its ISO code where the fact file gives one, else its
name; a body is its name; both folded, as no two countries share a name. A person is linked
to the same person in other sheets only through the fact file's ``entity`` (a name such as
"Ada Lovelace" or "ada-lovelace", folded), since two different people may share a name;
a person without one is an entity of their own sheet.
"""

from __future__ import annotations

from typing import NamedTuple

from db.factfile import Record
from db.text_folding import slug
from db.vocabulary import PartyKind

PERSON = "person"


class EntityKey(NamedTuple):
    kind: str
    key: str
    name: str


def person_entity(record: Record, sheet_slug: str) -> EntityKey:
    linked = record.text("entity")
    key = slug(linked) if linked else f"{sheet_slug}/{record.text('key')}"
    return EntityKey(PERSON, key or f"{sheet_slug}/{record.text('key')}", record.text("name"))


def party_entity(record: Record, kind: PartyKind) -> EntityKey:
    code = record.text("code")
    key = code if code else slug(record.text("name")) or record.text("key")
    return EntityKey(kind.value, key, record.text("name"))
