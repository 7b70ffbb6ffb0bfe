"""A sheet's fact file as data to correct: find an entry by its key, name it as a person reads
it, find or make the person or country a new fact names, and write the file out again.

Pure data work with no database: db/store/corrections.py reads the stored file, changes it here and
writes the sheet back from the result.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import Any, NamedTuple

from db.draft.countries import gazetteer
from db.draft.keys import unique_key
from db.factfile.folding import fold, slug
from db.factfile.shape import SECTIONS
from db.factfile.vocabulary import role_label, status_label
from db.factfile.writing import toml_text

Entry = dict[str, Any]

_KIND_WORDS = {
    "memberships": "member",
    "attendees": "attendee",
    "absences": "absence",
    "statements": "statement by",
    "people": "person",
    "slips": "slip",
}
_NOT_READ_BACK = ("evidence", "reviewed", "reviewed_by", "reviewed_at")


class Named(NamedTuple):
    """A person, country or body of the sheet: its key and its name."""

    key: str
    name: str


def split_key(key: str) -> tuple[str, str | None]:
    """A fact's key as its section and identity: ``attendees:putin`` → (attendees, putin);
    a single section's fact (``event``) has no identity."""
    section, _, identity = key.partition(":")
    return section, identity or None


class FactDocument:
    """One fact file, parsed, with the comment lines that head it kept for writing it back."""

    def __init__(self, text: str) -> None:
        self.data: dict[str, Any] = tomllib.loads(text)
        head = []
        for line in text.splitlines():
            if line.startswith("#") or not line.strip():
                head.append(line)
            else:
                break
        self.head = "\n".join(head).strip()
        self.verbatim: str | None = None
        """The whole file as it is to be written, when it is given rather than made."""

    def text(self) -> str:
        if self.verbatim is not None:
            return self.verbatim
        sections = {
            name: self.data[name] for name in SECTIONS if self.data.get(name) not in (None, [])
        }
        body = toml_text(sections)
        return f"{self.head}\n\n{body}" if self.head else body

    def entries(self, section: str) -> list[Entry]:
        """The section's entries, the list itself, so that changing it changes the file."""
        found = self.data.setdefault(section, [])
        if isinstance(found, dict):
            return [found]
        entries: list[Entry] = found
        return entries

    def find(self, key: str) -> Entry | None:
        section, identity = split_key(key)
        shape = SECTIONS.get(section)
        if shape is None:
            return None
        if not shape.many:
            entry: Entry | None = self.data.get(section)
            return entry
        field = shape.identity or ""
        return next((e for e in self.entries(section) if e.get(field) == identity), None)

    def put(self, key: str, entry: Entry | None) -> None:
        """Replace the entry ``key`` names with ``entry`` in its place, add it at the end of
        its section when it is new, or take it out when ``entry`` is None."""
        section, _ = split_key(key)
        if not SECTIONS[section].many:
            if entry is None:
                self.data.pop(section, None)
            else:
                self.data[section] = entry
            return
        entries = self.entries(section)
        current = self.find(key)
        if current is None:
            if entry is not None:
                entries.append(entry)
            return
        index = next(i for i, found in enumerate(entries) if found is current)
        if entry is None:
            del entries[index]
        else:
            entries[index] = entry

    def keyed_entries(self) -> Iterator[tuple[str, Entry]]:
        """Every entry that is a fact (it carries evidence), with its key."""
        for section, shape in SECTIONS.items():
            if not shape.evidenced or section not in self.data:
                continue
            for entry in self.entries(section):
                yield self.key_of(section, entry), entry

    def key_of(self, section: str, entry: Entry) -> str:
        identity = SECTIONS[section].identity
        return f"{section}:{entry[identity]}" if identity else section

    def name_of(self, key: str) -> str:
        """The name of the person, country or body ``key`` (without its section) names."""
        for section in ("people", "countries", "bodies"):
            entry = self.find(f"{section}:{key}")
            if entry is not None:
                return str(entry.get("name", key))
        return key

    def describe(self, key: str) -> str:
        """The fact as a person names it: "attendee" or "member" and the name."""
        section, identity = split_key(key)
        words = _KIND_WORDS.get(section, section)
        entry = self.find(key) or {}
        if section in ("memberships", "attendees", "absences") and identity:
            return f"{words} {self.name_of(identity)}"
        if section == "statements":
            speaker = self.name_of(str(entry.get("speaker", "")))
            opening = " ".join(str(entry.get("text", "")).split()[:5])
            return f"{words} {speaker} “{opening}…”"
        if section in ("people", "slips"):
            return f"{words} {entry.get('name') or entry.get('text') or identity}"
        return words

    def reads(self, key: str) -> str:
        """What the fact says now, in a few words, for a message."""
        entry = self.find(key)
        if entry is None:
            return "nothing (it was removed)"
        section, _ = split_key(key)
        identity = SECTIONS[section].identity
        shown = [
            f"{name} {self._shown(name, value)}"
            for name, value in entry.items()
            if name not in _NOT_READ_BACK and name != identity
        ]
        return ", ".join(shown) or "as before"

    def _shown(self, name: str, value: Any) -> str:
        if isinstance(value, list):
            return "[" + ", ".join(repr(item) for item in value) + "]"
        if name in ("member", "person", "represents", "sent", "speaker"):
            return repr(self.name_of(str(value)))
        labels = {"status": status_label, "role": role_label}
        return repr(labels[name](str(value)) if name in labels else value)

    def people(self) -> list[Named]:
        return [Named(str(e["key"]), str(e["name"])) for e in self.entries("people")]

    def parties(self) -> list[Named]:
        return [
            Named(str(e["key"]), str(e["name"]))
            for section in ("countries", "bodies")
            for e in self.entries(section)
        ]

    def taken_keys(self, section: str) -> set[str]:
        return {str(e.get("key", "")) for e in self.entries(section)}

    def person_key(self, name: str, *, evidence: list[Any], review: Entry) -> str:
        """The key of the person called ``name`` (or spelled so), made with ``evidence`` when
        the sheet has nobody of that name."""
        wanted = fold(name.strip())
        for entry in self.entries("people"):
            spellings = [entry.get("name", ""), *entry.get("variants", [])]
            if wanted in (fold(str(spelling)) for spelling in spellings) or wanted == fold(
                str(entry.get("key"))
            ):
                return str(entry["key"])
        key = unique_key(slug(name) or "person", self.taken_keys("people"))
        self.entries("people").append(
            {
                "key": key,
                "name": name.strip(),
                "entity": name.strip(),
                **review,
                "evidence": evidence,
            }
        )
        return key

    def party_key(self, name: str) -> str:
        """The key of the country or body called ``name``, made as a country when new."""
        wanted = fold(name.strip())
        for party in self.parties():
            if wanted in (fold(party.name), fold(party.key)):
                return party.key
        taken = self.taken_keys("countries") | self.taken_keys("bodies")
        known = gazetteer().country_named(name.strip())
        key = unique_key(slug(name) or "country", taken)
        code = {"code": known.code} if known is not None and known.code else {}
        self.entries("countries").append({"key": key, "name": name.strip(), **code})
        return key

    def references(self) -> Iterator[tuple[Entry, str]]:
        """Every field of every entry that names a person: the entry and the field."""
        for section, shape in SECTIONS.items():
            for name, field in shape.fields.items():
                if "people" in field.refers_to:
                    for entry in self.entries(section) if shape.many else ():
                        if name in entry:
                            yield entry, name
