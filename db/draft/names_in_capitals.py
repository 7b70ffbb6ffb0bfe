"""A person named in capitals: a heading over what someone does, or a lead's kicker.

"SWEDEN PRIME MINISTER ERIK LUND", "FINNISH VICE PRESIDENT AINO LAHTI" over a line, the name
written as the text goes on to write it ("PRESIDENT LUND SPEAKS" is a caption's); or the
capitals a lead opens with ("TAOISEACH ANNA BYRNE is visiting …"); or a television script's
speaker, named after the title of a country ("PRESIDENT OF PERU, ANA LOPES, SAYING:").
"""

from __future__ import annotations

import re

from db.draft.countries import Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Person
from db.draft.name_matching import KnownNames
from db.draft.parties import country_party
from db.draft.text import Span
from db.draft.titles import TITLE_PATTERN, display_title

_CAPTION_VERB = lazy_compile(
    r"(?:Speaks|Addresses|Arrives|Attends|Meets|Says|Greets|Waves|Listens|Gestures|Poses"
    r"|Shakes|Talks|Delivers|Walks|Looks|Holds|Signs|Leaves|Visits|Smiles|Reacts)"
)

# a television script's speaker after the title of a country: "PRESIDENT OF PERU, ANA LOPES,"
_NAME_AFTER_COUNTRY = lazy_compile(r",[ ](?P<name>[A-Z][A-Z'-]+(?:[ ][A-Z][A-Z'-]+){1,3}),")


def line_in_capitals(text: str, run: re.Match[str]) -> bool:
    """Whether the whole line of a run is in capitals, a heading's, not a lead's kicker."""
    line_end = text.find("\n", run.end())
    return text[
        text.rfind("\n", 0, run.start()) + 1 : None if line_end == -1 else line_end
    ].isupper()


def person_in_capitals(
    text: str, countries: Gazetteer, known: KnownNames, run: re.Match[str], *, heading: bool
) -> Person | None:
    """A heading in capitals over what someone does ("SWEDEN PRIME MINISTER ERIK LUND",
    "FINNISH VICE PRESIDENT AINO LAHTI"), the name written as the text goes on to write it,
    which a heading's name must then do ("PRESIDENT LUND SPEAKS" is a caption); or a kicker, the
    capitals a lead opens with ("TAOISEACH ANNA BYRNE is visiting …"); None where the run names
    no one new."""
    words = run.group(0)
    title = TITLE_PATTERN.search(words)
    if title is None:
        return None
    end = title.end()
    while more := TITLE_PATTERN.match(words, end + 1):  # "FIRST DEPUTY PRIME MINISTER"
        end = more.end()
    name = words[end:].strip().title()
    prefix = words[: title.start()].strip()
    named_after = _NAME_AFTER_COUNTRY.match(text, run.end()) if name.startswith("Of ") else None
    if named_after:  # "PRESIDENT OF PERU, ANA LOPES, SAYING:": the title's country, then the name
        prefix, name = name.removeprefix("Of "), named_after.group("name").title()
    elif name.startswith("Of "):
        return None
    if len(name.split()) < 2 or known.knows(name):
        return None
    country = countries.country_named(prefix) or countries.country_named(prefix.title())
    if (prefix and country is None and not named_after) or len(name.split()) > 4:
        return None  # "ANA RUIZ PRESIDENT OF PERU SPEAKS AT …": a caption
    if heading and not _written_on(text, name):
        return None
    return Person(
        key="",
        name=name,
        introduced=Span(run.start(), named_after.end("name") if named_after else run.end()),
        title=display_title(words[title.start() : end].lower()),
        party=country_party(country) if country else None,
    )


def _written_on(text: str, name: str) -> bool:
    """Whether the text writes a heading's name as a name ("Lund", "Lahti"), and the name
    is not a caption's "LUND SPEAKS"."""
    words = name.split()
    if _CAPTION_VERB.fullmatch(words[-1]):
        return False
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in (words[0], words[-1]))
