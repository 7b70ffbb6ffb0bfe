"""Titles of office as English news writes them, and what each says of a person's role.

"Norwegian President", "Prime Minister … of", "U.N. Secretary-General", "Denmark's prime
minister": a title may be capitalised before a name or written in lower case after it.
"""

from __future__ import annotations

import re

from db.draft.lazy_regex import lazy_compile
from db.factfile.shape import LABEL_LONGEST

_MODIFIER = (
    r"(?:acting|interim|former|outgoing|incoming|deputy|vice|first|chief|special"
    r"|lieutenant(?=[ ]governor))"
)
# "Prime Minster X": a misspelling common enough in print to read as the title
_CORE = (
    # "Presidente X", "Président Y": a caption kept in the meeting's languages (not "Presidente
    # de la República", a Spanish title written after a name: SPANISH_TITLE)
    # "Minister-President X", as German states and Belgian regions call their heads
    r"(?:minister-president"
    r"|prime[ ]mini?ster|(?-i:PM)|president|(?:president[ea]|présidente?)(?![ ]d[eu][ ])|premier|chancellor|king|queen|emir|amir|sultan"
    r"|ruler"  # "Dubai Ruler X", "Ruler of Sharjah X": an emirate's
    r"|head[ ]of[ ](?:state|government)|taoiseach|beretitenti"  # Kiribati's president
    # "Deputy Head X", "Delegation Head X": before a name only, or before where a search for
    # the title before a name stops ("the Council head ⏐X")
    r"|head(?=[ ](?-i:[A-Z])|[ ]$)"
    r"|head(?=[ ]of[ ]the[ ](?-i:[A-Z]))"  # "the head of the Lagoon Commission, X"
    r"|advis[eo]r(?=[ ](?-i:[A-Z]))"  # "Chief Adviser X", as Bangladesh's caretaker head is
    r"|crown[ ]prince(?:ss)?|prince(?:ss)?|grand[ ]duke|grand[ ]duchess|emperor|leader"
    r"|first[ ]lady|first[ ]gentleman"
    r"|counterpart|colleague|deputy|chief|state[ ]coun[cs][ei]ll?or|governor[- ]general"
    r"|under[- ]?secretary(?:[- ]general)?|managing[ ]director|spokes(?:man|woman|person)"
    r"|executive[ ]secretary"
    r"|supreme[ ]leader|ayatollah|secretary[- ]general|director[- ]general|secretary[ ]of[ ]state"
    r"|secretary(?=[ ](?-i:[A-Z]))"  # "Secretary X", as American news writes the cabinet
    r"|foreign[ ]secretary|(?:high|plenipotentiary|permanent)[ ]representative|mayor|governor"
    r"|ambassador|envoy"
    r"|(?:high[ ])?commissioner"
    r"|chair(?:man|woman|person)?|speaker|senator|pope|host"
    r"|top[ ]diplomat"  # "Norway's top diplomat, X", as news calls a foreign minister
    # A portfolio's title, whose first word is no determiner or preposition: not "represented
    # by Minister X", whose "by" is no portfolio
    r"|(?<!['’])(?!(?:the|his|her|its|their|a|an|as|by|with|to|of|for|from|and|or|at|in|on)[ ])"
    # "Foreign Minister X", "External Affairs Minister X"
    r"(?:(?:[a-z]+[ ]affairs|[a-z]+)[ ]minister"
    # "Finance Secretary X", "Foreign Affairs Secretary X": a portfolio's secretary
    r"|(?:[a-z]+[ ]affairs|[a-z]+)[ ]secretary\b(?![ -]general)"
    # "Communications Director X", "National Security Adviser X": a field's director or adviser
    r"|(?:national[ ])?[a-z]+[ ](?:director|advis[eo]r)\b(?![ -]general))"
    # "Minister of Health", "Minister Responsible for Foreign Affairs", as Oman titles its own
    r"|minister(?:[ ](?:of|responsible[ ]for)[ ][a-z]+(?:[ ]affairs)?)?"
    # "Secretary of External Affairs, X", "Secretary of the Ministry of Foreign Affairs, X"
    r"|secretary[ ]of[ ](?:the[ ]ministry[ ]of[ ])?[a-z]+[ ]affairs)"
)
# A line break may part a modifier from its office, where a report's lines were broken short
# ("Special⏎Envoy").
# "Defence Minister II X": Brunei numbers a portfolio's second minister.
TITLE = (
    rf"(?:{_MODIFIER}[ \n-]){{0,2}}{_CORE}"
    r"(?:-elect|-designate|-at-large|-in-office|(?<=minister)[ ](?-i:II)(?!\w))?"
)
TITLE_PATTERN = lazy_compile(rf"\b{TITLE}\b", re.IGNORECASE)
# Spanish titles written after a name in a list an English report keeps as the meeting wrote it
# ("X – Presidente de la República de Chile", "Y – Ministra de Economía de …").
SPANISH_TITLE = (
    r"(?:vice[ ]?)?(?:president[ea]|canciller"
    r"|ministr[oa](?:[ ]de[ ](?!la[ ])[^\W\d_]+(?:[ ][^\W\d_]+)?)?)"
)

HEAD_OF_STATE = frozenset(
    {
        "president",
        "presidente",
        "presidenta",
        "président",
        "présidente",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "grand duke",
        "head of state",
        "beretitenti",
    }
)
HEAD_OF_GOVERNMENT = frozenset(
    {"prime minister", "premier", "chancellor", "head of government", "taoiseach"}
)
INTERNATIONAL = frozenset(
    {
        "secretary-general",
        "under-secretary-general",
        "director-general",
        "high representative",
        "executive secretary",
    }
)
# Offices that make someone an international official when they serve a body, not a country
# ("AU Commission Chairperson X", "European Commissioner X"), as its deputy does.
_BODY_OFFICES = frozenset(
    {
        "president",
        "managing director",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "commissioner",
        # a body's envoy is its official: "Ambassador X, Special Envoy of the Lagoon Union"
        "ambassador",
        "envoy",
    }
)
_SECOND = ("deputy ", "vice ", "vice-")
_ACTING = ("acting ", "interim ")
_STILL_IN_OFFICE = "outgoing "  # "Outgoing Prime Minister X" still holds the office
_SPECIAL = "special "  # a "Special Envoy" is an envoy
_NUMBERED = " ii"  # a "Foreign Minister II" is a foreign minister


_SMALL_WORDS = frozenset({"of", "to", "in", "and", "the", "for", "de", "la"})
# the title as it is meant, however shortened or misspelt
_ABBREVIATED = {"PM": "Prime Minister", "Minster": "Minister", "minster": "minister"}
# Titles that say what someone is only beside the country they lead or mirror ("Danish
# leader X", "his Finnish counterpart X", "her Polish colleague X", as translated copy calls a
# counterpart); alone they are no office.
NEEDS_COUNTRY = frozenset({"leader", "counterpart", "colleague"})
# … but for an office of that name: "Supreme Leader X", as a theocracy calls its head
_OWN_OFFICES = frozenset({"supreme leader"})


def needs_country(title: str) -> bool:
    """Whether a title says who someone is only beside a country ("leader X", "his counterpart
    X"), not an office of its own ("Supreme Leader X")."""
    words = display_title(title).casefold()
    return words.split()[-1] in NEEDS_COUNTRY and not words.endswith(tuple(_OWN_OFFICES))


COUNTERPARTS = frozenset({"counterpart", "colleague"})
# The roles of those who lead a country, acting or not: a state's head or its government's.
LEADING_ROLES = frozenset({"head-of-state", "acting-head-of-state", "head-of-government"})
# … those of them who host a summit in their country, and lead a state by the office they hold
HEAD_ROLES = frozenset({"head-of-state", "head-of-government"})
# "the President of the host country", "president of host country Chile": the office of the
# meeting's country
OF_THE_HOST = r"of[ ](?:the[ ])?host[ ](?:country|nation|state)"


def display_title(words: str) -> str:
    """``"acting president"`` → ``"Acting President"``; hyphenated words keep their hyphen,
    small words stay small and a name in it keeps its case ("Ambassador to Estonia")."""
    words = " ".join(_ABBREVIATED.get(word, word) for word in words.split())
    return "-".join(
        " ".join(
            word if word in _SMALL_WORDS or word[1:] != word[1:].lower() else word.capitalize()
            for word in part.split()
        )
        for part in words.split("-")
    )


def serves_a_body(title: str) -> bool:
    """Whether the title is an international body's own office ("Secretary-General")."""
    return role_for(title, represents_country=True) == "international-official"


# the state an office is of, named by its form: "of the Republic", "of the Federation", "of the
# Commonwealth" (of Dominica, not the body of that name)
_OF_THE_STATE = lazy_compile(
    r"[ ]of[ ]the[ ](?:republic|federation|kingdom|confederation|commonwealth)$"
)


def role_for(title: str, *, represents_country: bool) -> str:
    """The role a title gives at a meeting: a known role code, or the title as a slug."""
    core = display_title(title).casefold().replace("secretary general", "secretary-general")
    core = core.removeprefix(_STILL_IN_OFFICE).removeprefix(_SPECIAL).removesuffix(_NUMBERED)
    core = _OF_THE_STATE.sub("", core)  # "President of the Republic" is the president
    acting = core.startswith(_ACTING)
    for prefix in _ACTING:
        core = core.removeprefix(prefix)
    office = next(
        (core.removeprefix(second) for second in _SECOND if core.startswith(second)), core
    )
    if office in INTERNATIONAL or not represents_country and office in _BODY_OFFICES:
        return "international-official"  # a body's president is no head of state
    if core in HEAD_OF_STATE:
        return "acting-head-of-state" if acting else "head-of-state"
    if core in HEAD_OF_GOVERNMENT:
        return "head-of-government"
    as_written = re.sub(r"[^a-z]+", "-", core).strip("-")
    if len(as_written) <= LABEL_LONGEST:
        return as_written
    # a title read too far ("… of Norway HRH Prince Ola bin …"): its first words, whole
    return as_written[: LABEL_LONGEST + 1].rsplit("-", 1)[0]
