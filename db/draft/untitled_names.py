"""Whether a name written with no title is a person's, by what the text around it says.

A courtesy title or a style of address says so, there ("Mrs. Lind", "the Honourable Ola Lind")
or at another mention ("Mr Lind"); so does a verb of saying ("Anna Berg said", "said Anna
Berg"), an aside ("Anna Berg, the …", "X, 77,"), a verb and "his" or "her" after the name (after
an auxiliary too: "X began her speech", "X had seen his share"), or a list of the people the
sentence speaks of ("World leaders including X and Y"). A family name alone is a person's where
it says a quote ("“…,” Moreau said", "“…,” added Moreau"; not a city's or a news source's), and
a full name is where it completes the family name someone was named by before.
"""

from __future__ import annotations

import re

from db.draft.cities import city_named
from db.draft.forms_of_address import ADDRESSED, HONORIFIC_BEFORE
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Person
from db.draft.name_matching import KnownNames, spelt_similarly
from db.draft.text import UPPER
from db.draft.titles import TITLE_PATTERN
from db.draft.words import SPEECH_VERB, WORD
from db.factfile.folding import fold

# "X, who", "X said", "X, 77,", "X as he posed", "X began his speech", "X joined other BRICS
# leaders": what follows a name that makes it a person's.
_INTRODUCES_AFTER = lazy_compile(
    rf"(?:,[ ](?:who|whose|the|a|an|speaking|addressing)\b|,?[ ](?:{SPEECH_VERB})\b|,[ ]\d{{2}},"
    # "X, highest representative of the bloc": a description with no "the", as translated
    r"|,[ ](?:[a-z]+[ ])?representative[ ]of\b"
    r"|,?[ ](?:as|when|while|after|before|because|where)[ ](?:he|she)\b"
    r"|[ ](?:(?:has|had|have|was|is|will|would)[ ])?[a-z]{3,}[ ](?:his|her)[ ]"
    r"|[ ][a-z]{3,}ed[ ](?:other|fellow)[ ](?:[\w-]+[ ])?(?:leaders|heads|presidents))"
)
# "said X", "said Palestinian spokesman X": no preposition between ("said with X"); any verb
# in the past set straight after a quote ("…,” agreed X", "…,” wrote X").
_INTRODUCES_BEFORE = lazy_compile(
    r"(?:\b(?:said|says|added|according[ ]to)|[,”\"’][”\"’,][ ](?:[a-z]{2,}ed|wrote))[ ]"
    r"(?:(?!(?:with|to|of|for|by|and|from|on|in|at|the|a|an)[ ])[\w.-]+[ ]){0,3}$"
)
# "“…,” Macron said", "“…,” said Macron", "“…,” added Macron": a lone family name saying a
# quote.
_QUOTE_BEFORE_NAME = lazy_compile(rf"[”\"],?[ ](?P<verb>(?:{SPEECH_VERB})[ ])?$")
_SAYS_AFTER = lazy_compile(rf"[ ](?:{SPEECH_VERB})\b")
# "Macron told reporters: “…", "Macron added: “…", "Macron noted that “…": a lone family name
# saying the quote that follows it.
_SAYS_THE_QUOTE_AFTER = lazy_compile(
    rf"[ ](?:{SPEECH_VERB})(?:[ ][a-z]+){{0,2}}?(?::|,|[ ]that)?[ ][“\"]"
)
# "Maria Lopes of …", "Maria Lopes from …": a name before the body someone is of.
_SOMEONE_OF = lazy_compile(rf"[{UPPER}][\w.’'-]*[ ](?:of|from)[ ]$")
# "As an Arctic State, the country …": what a run after "a" or "an" names is a kind, no one.
_INDEFINITE_BEFORE = lazy_compile(r"\b[Aa]n?[ ]$")
# "all the countries of South America, a forum …": what countries are of is a place, no one
_COUNTRIES_OF_BEFORE = lazy_compile(r"\b(?:countries|nations|states|peoples)[ ]of[ ](?:the[ ])?$")
# "editor of the daily newspaper Le Phare, said …": a name after what it names is no one's
_PUBLICATION_BEFORE = lazy_compile(
    r"\b(?:newspaper|daily|weekly|magazine|journal|broadcaster|channel|website)[ ]$"
)
_NAME_GOES_ON = lazy_compile(rf"\.?[ ](?:{WORD})[ ](?:{WORD})")
# "World leaders including A B and C D", "dignitaries such as A B, C D", "Senior officials,
# including A B, C D": names set in a list of the people the sentence speaks of are people's,
# titled or not.
_LISTED_AMONG_PEOPLE = lazy_compile(
    r"\b(?i:leaders|heads[ ]of[ ](?:state|government)|dignitaries|delegates|guests|officials)"
    r"(?:[ ](?!including|such)[\w’'-]+){0,3}?,?[ ](?:including|such[ ]as|among[ ]them)[ ]"
    rf"(?:(?:{WORD})(?:[ ](?:{WORD}))+(?:,[ ]|,?[ ]and[ ]))*$"
)


def addressed_family_names(text: str) -> set[str]:
    """The family names the text gives after "Mr", "Mrs" …: a full name ending in one is a
    person's."""
    return {found.group("name").split()[-1] for found in ADDRESSED.finditer(text)}


def introduced_plainly(
    name: str,
    start: int,
    end: int,
    *,
    text: str,
    known: KnownNames,
    persons: list[Person],
    addressed: set[str],
) -> bool:
    """An untitled name counts when the sentence treats it as a person's, or the text
    gives it a courtesy title or a style of address, there ("Mrs. Lind", "the Honourable
    Ola Lind") or at another mention ("Mr Lind")."""
    if HONORIFIC_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _SOMEONE_OF.search(text, max(0, start - 40), start):
        return False  # "Maria Lopes of Al Lagoon said": the one she is of, no one
    if _INDEFINITE_BEFORE.search(text, max(0, start - 3), start):
        return False  # "As a Lagoon State, the country will join": a kind of thing
    if _COUNTRIES_OF_BEFORE.search(text, max(0, start - 20), start):
        return False  # "the countries of South America, a forum": a place
    if _PUBLICATION_BEFORE.search(text, max(0, start - 12), start):
        return False  # "the daily Le Phare, said": a newspaper
    if len(name.split()) < 2:
        return _says_a_quote(text, known, persons, name, start, end)
    return bool(
        _INTRODUCES_AFTER.match(text, end)
        or _LISTED_AMONG_PEOPLE.search(text, max(0, start - 160), start)
        or _completes_a_known_name(known, name)
        or _INTRODUCES_BEFORE.search(text, max(0, start - 50), start)
        or name.split()[-1] in addressed
    )


def _completes_a_known_name(known: KnownNames, name: str) -> bool:
    """ "Col Gaddafi, right, greets …", then "Muammar Gaddafi's home town": the full name
    of someone the text named by the family name alone before."""
    named = known.named(name.split()[-1])
    return any(" " not in person.name for person in named)


def _says_a_quote(
    text: str, known: KnownNames, persons: list[Person], name: str, start: int, end: int
) -> bool:
    """ "“…,” Macron said", "Macron added: “…”": a family name alone is a person's where it
    says a quote, but not a city's ("Moscow said"), nor a body's the page writes with "the"
    ("the Kremlin") or as a news source ("Xinhua reported"), nor a known name misspelt or
    made into a nickname from its first word ("Budisan" of "Budi Santoso")."""
    quote = _QUOTE_BEFORE_NAME.search(text, max(0, start - 20), start)
    said_before = quote is not None and bool(quote.group("verb") or _SAYS_AFTER.match(text, end))
    if not (said_before or _SAYS_THE_QUOTE_AFTER.match(text, end)):
        return False
    if _NAME_GOES_ON.match(text, end) or TITLE_PATTERN.fullmatch(name):
        return False  # "said Amb. Stephen Mbundi": a title cut short before the name
    if any(spelt_similarly(fold(name), fold(run)) for run in known.runs):
        return False  # "Varadkar" after "Leo Vardkar": a slip, found once all are read
    firsts = {fold(person.name.split()[0]) for person in persons}
    if any(len(first) >= 4 and fold(name).startswith(first) for first in firsts):
        return False  # "Jokowi" after "Joko Widodo": a name made from a known one
    source = (
        rf"\b(?:[Tt]he[ ]{name}\b|{name}(?:['’]s)?[ ](?:news[ ])?(?:agency|reported|reports))"
        rf"|\({name}\)"  # a dateline's credit, "BEIJING, Dec 16 (Xinhua) --"
    )
    return not (name.isupper() or city_named(name) or re.search(source, text))
