"""What a selection of the article shows, to fill a new fact's form: the country or body it
names, the person it names, and the words it quotes. A field it cannot read stays empty, and
the form asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from db.draft.countries import gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.titles import TITLE, display_title
from db.factfile.document import Named
from db.factfile.folding import fold

_QUOTED = lazy_compile(r"“([^”]+)”|\"([^\"]+)\"")
_LEADING_TITLE = rf"(?:{TITLE} )+"
_TITLE_BEFORE = rf"\b((?:{TITLE} )*{TITLE}) $"
_NAME = lazy_compile(r"\b[A-Z][\w'’-]+(?: (?:van |de |von )?[A-Z][\w'’-]+)+")


class SelectionReading(NamedTuple):
    party: str
    """A country or body the selection names: one of the sheet's, else a country by name."""
    person: str
    """A person of the sheet the selection names (by any spelling), else a name it holds."""
    quote: str
    """The words the selection quotes, without the quotation marks."""
    title: str = ""
    """The title standing before the person's name ("Deputy Mayor")."""


def read_selection(
    words: str, *, people: Sequence[Named], parties: Sequence[Named]
) -> SelectionReading:
    folded = fold(words)
    party = _first_named(folded, parties)
    if not party:
        mentions = gazetteer().find(words)
        party = mentions[0].country.name if mentions else ""
    person = _first_named(folded, people)
    quoted = _QUOTED.search(words)
    quote = (quoted.group(1) or quoted.group(2)).strip().rstrip(",") if quoted else ""
    title = ""
    if person:
        before = words[: folded.find(fold(person))]
        titled = re.search(_TITLE_BEFORE, before, re.IGNORECASE)
        title = display_title(titled.group(1)) if titled else ""
    else:
        unquoted = _QUOTED.sub(" ", words)
        named = next((name for name in _NAME.findall(unquoted) if fold(name) != fold(party)), "")
        titled = re.match(_LEADING_TITLE, named, re.IGNORECASE)
        if titled and titled.end() < len(named):
            title, named = display_title(titled.group(0).strip()), named[titled.end() :]
        person = named
    return SelectionReading(party=party, person=person, quote=quote, title=title)


def _first_named(folded: str, named: Sequence[Named]) -> str:
    """The name of the entry the text names first, by where in the text it stands."""
    found = [
        (position, entry.name)
        for entry in named
        if (position := folded.find(fold(entry.name))) >= 0 and entry.name.strip()
    ]
    return min(found)[1] if found else ""
