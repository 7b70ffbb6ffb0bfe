"""A name written straight after an office and the long name of the body or state it serves.

"President of European Bank for Reconstruction and Development Suma Chakrabarti", "Secretary
General of the BSEC Michael Christides", "Head of the UN Regional Center for Preventive
Diplomacy for Central Asian Countries Kakha Imnadze": no comma parts the body's name from the
person's, so one run of capitalised words holds the last words of the body and the name. The
name is the words after the last one that ends a body's name (its noun, an abbreviation, a
country), when they all may be a name's; where no such word shows where the body ends, the run
is left unread rather than cut by guess.
"""

from __future__ import annotations

import re

from db.draft.countries import Gazetteer
from db.draft.name_bounds import ABBREVIATION, MEMBERS_NOUNS, OFFICE_NOUNS
from db.draft.name_matching import is_initial
from db.draft.office_patterns import OFFICE_ENDS, ends_a_portfolio, plural_title
from db.draft.parties import SERVED_BODY_NOUNS
from db.draft.text import UPPER
from db.draft.titles import TITLE, TITLE_PATTERN
from db.draft.words import NOT_NAMES, PARTICLE_WORDS

# A word of a body's name, or a small word between two: "European Bank for Reconstruction and "
_BODY_WORD = rf"(?:[{UPPER}][\w’'-]*|for|and|of|on|in|to|the)"
_BODY_WORDS = re.compile(rf"(?:{_BODY_WORD}[ ])*")
_OF = " of "
_LOOK_BACK = 150
_LONGEST_TITLE = 80
# "President of European Bank for Reconstruction and ", "Head of the UN Regional Center for
# Preventive Diplomacy for ": an office, "of", and the body's words before the run
OFFICE_OF_A_BODY_BEFORE = re.compile(
    rf"(?P<title>{TITLE})[ ]of[ ](?:the[ ])?"
    # the body's words hold no office: "Secretary of State X and Vice President of the …"
    rf"(?P<body>(?:(?!{TITLE}\b)(?-i:{_BODY_WORD})[ ]){{0,12}})$",
    re.IGNORECASE,
)


def office_of_a_body_before(text: str, end: int) -> re.Match[str] | None:
    """The office, "of" and the body's words right before ``end`` ("President of European Bank
    for Reconstruction and "), if so. The office's pattern is long, so it is looked for only
    before an "of" that only a body's words follow up to ``end``."""
    window_start = max(0, end - _LOOK_BACK)
    first = None
    at = text.rfind(_OF, window_start, end)
    while at >= 0 and _BODY_WORDS.fullmatch(text, at + len(_OF), end):
        first, at = at, text.rfind(_OF, window_start, at)
    if first is None:
        return None
    return OFFICE_OF_A_BODY_BEFORE.search(text, max(window_start, first - _LONGEST_TITLE), end)


_PARTICLES = frozenset(PARTICLE_WORDS.split())
_LONGEST_NAME = 5
# "… Kanak Socialiste (FLNKS)": an abbreviation in brackets after a run says it names a body
ABBREVIATION_AFTER_RUN = re.compile(r"[ ]\([A-Z.]{2,8}\)")


def _ends_a_body(countries: Gazetteer, word: str) -> bool:
    """Whether a word may end the name of a body or a state: no person's name goes on it."""
    return (
        word in SERVED_BODY_NOUNS
        or word in MEMBERS_NOUNS
        or word in OFFICE_NOUNS
        or ends_a_portfolio(word)
        or plural_title(word)  # "Chairwoman of the Council of Ministers X"
        or ABBREVIATION.fullmatch(word) is not None
        or countries.country_named(word) is not None
    )


def _may_be_in_a_name(countries: Gazetteer, word: str) -> bool:
    """Whether a word after the body's last may be part of a person's name."""
    if word in _PARTICLES or is_initial(word):
        return True
    return not (
        word in NOT_NAMES
        or word in OFFICE_ENDS
        or _ends_a_body(countries, word)
        or countries.is_demonym(word)
        or TITLE_PATTERN.fullmatch(word) is not None
    )


def names_a_body(countries: Gazetteer, words: str) -> bool:
    """Whether words hold a noun of bodies or an abbreviation ("European Bank for …", "UN
    Regional Center …"), not a portfolio's ("Foreign Trade") or a country's words alone."""
    return not countries.find(words) and any(
        word in SERVED_BODY_NOUNS or ABBREVIATION.fullmatch(word) for word in words.split()
    )


def name_start_after_a_body(countries: Gazetteer, words: list[str]) -> int | None:
    """Where the name begins among a run's words that go on from a body's name, or None: after
    the last word that ends the body, when at least two words follow and all may be a name's."""
    ends = [index for index, word in enumerate(words) if _ends_a_body(countries, word)]
    if not ends:
        return None
    name = words[ends[-1] + 1 :]
    if not 2 <= len(name) <= _LONGEST_NAME:
        return None
    if not all(_may_be_in_a_name(countries, word) for word in name):
        return None
    return ends[-1] + 1
