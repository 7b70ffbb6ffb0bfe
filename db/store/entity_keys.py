"""Which entity (one person, country or body across every sheet) a sheet's person or party is.

Links are never guessed. A country is its ISO code where the fact file gives one, else its
name; a body is its name; both folded, as no two countries share a name. A person is linked
to the same person in other sheets only through the fact file's ``entity`` (a name such as
"Ada Lovelace" or "ada-lovelace", folded), since two different people may share a name;
a person without one is an entity of their own sheet.
"""

from __future__ import annotations

from typing import NamedTuple

from db.factfile.folding import slug
from db.factfile.reading import Record
from db.factfile.vocabulary import PartyKind

PERSON = "person"


class EntityKey(NamedTuple):
    kind: str
    key: str
    name: str


def person_entity(record: Record, sheet_slug: str) -> EntityKey:
    return person_entity_of(
        key=record.text("key"),
        name=record.text("name"),
        sheet_slug=sheet_slug,
        linked=record.text("entity"),
    )


def person_entity_of(*, key: str, name: str, sheet_slug: str, linked: str = "") -> EntityKey:
    """The same for a person given by value (a stored row being upgraded, for one)."""
    linked_key = slug(linked) if linked else ""
    return EntityKey(PERSON, linked_key or f"{sheet_slug}/{key}", name)


def party_entity(record: Record, kind: PartyKind) -> EntityKey:
    return party_entity_of(
        kind=kind.value, key=record.text("key"), name=record.text("name"), code=record.text("code")
    )


def party_entity_of(*, kind: str, key: str, name: str, code: str) -> EntityKey:
    """The same for a party given by value (a stored row being upgraded, for one)."""
    return EntityKey(kind, code or slug(name) or key, name)
