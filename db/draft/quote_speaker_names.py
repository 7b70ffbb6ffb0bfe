"""How a quote's speaker is written around their name, on either side of a quote: offices and
courtesy titles before a name ("said Bloc Chair and President Dr. X"), an office of a country or
a body ("the president of Kenya"), "his Norwegian counterpart", a description set off before
the name ("the summit's host, President X"), and a name joined to another's ("said X and Y"),
whose words are no one's alone.
"""

from __future__ import annotations

from db.draft.attribution_words import (
    BODY_NOUN,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE

# Offices and words of address before a name, set off by commas or not: "its chair", "the
# former president", "President,", "Bloc Chair and Prime Minister".
OFFICES_SET_OFF = lazy_compile(
    rf"(?:(?:the|its|their|his|her|former|then|and|of|(?i:{TITLE})|[{UPPER}][\w.’'-]*)[ ,]+)*"
)
# "…,” said the head of the African Union Commission", "the chief of the bloc said", "said
# the president of Kenya": an office written before what it is of, a country or a body.
_OF_WORD = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][\w’'-]*)"  # "U.S.", "Kenya", not a stop
OFFICE_OF = (
    r"[Tt]he[ ](?P<office>[A-Za-z][a-z]+(?:[- ][A-Za-z][a-z]+)?)[ ]of[ ](?:the[ ])?"
    rf"(?P<of>{_OF_WORD}(?:[ ]{_OF_WORD}){{0,4}}|{BODY_NOUN.pattern})"
)
# "his Norwegian counterpart": one of that country holding the office of the one spoken of
COUNTERPART = rf"(?:[Hh]is|[Hh]er)[ ](?P<country>[{UPPER}][\w-]+)[ ]counterpart"
# "…,” the summit's host, President X, told": a description of the speaker set off before
# their name.
_DESCRIPTION_SET_OFF = lazy_compile(r"[\s,”\"’]*(?:the|its|their)[ ][^,.;“”\"]{1,60},[ ]")
# Offices written before a name, however many: "ASEAN Chairman and Prime Minister of Thailand"
OFFICES = lazy_compile(rf"(?:(?:[{UPPER}][\w.’'-]*|of|the|and|(?i:{TITLE}))[ ]){{1,10}}")
# "…,” while X emphasizes “…”": a clause of its own set against the one before
_SET_AGAINST = lazy_compile(r"\b(?:but|yet|while|whereas)\b")
# "…,” said X and Y", "X, along with Y, said": a name another is joined to, who speaks too.
# "…,” said X, Y and Z": the comma opening a list the words are said by all of
_WITH_ANOTHER = lazy_compile(
    rf"(?:[ ]and|[ ]nor|[ ]as[ ]well[ ]as|,[ ](?:along|together)[ ]with"
    rf"|,(?=[ ][^,;.“”\"]{{1,80}}(?:,[ ][^,;.“”\"]{{1,80}})?,?[ ]and[ ]))"
    rf"[ ](?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*"
)
_INITIALISM = lazy_compile(rf"\b(?:[{UPPER}]\.){{2,}}")
_COURTESY_TITLE = lazy_compile(
    r"\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|Amb|Hon|Gen|Sen|Rep|Gov|Col|Lt|Capt|H\.E)\."
)


def no_courtesy(words: str) -> str:
    """Words with their courtesy titles ("Dr.", "Mrs.") taken out."""
    return _COURTESY_TITLE.sub("", words)


def joined_to_another(text: Text, mention: Mention, spoken: Mentions) -> bool:
    """Whether the name is joined to another's as one who speaks with them: "said X and Y",
    "X, along with Y, said"."""
    joined = _WITH_ANOTHER.match(text.text, mention.span.end)
    return joined is not None and any(
        other.person is not mention.person
        for other in spoken.starting_in(Span(mention.span.end, joined.end() + 1))
    )


def no_description(between: str) -> str:
    """Words between a quote and its speaker's name without a description of them set off
    first: "…,” the summit's host, President X, told"."""
    description = _DESCRIPTION_SET_OFF.match(between)
    return between[description.end() :] if description else between


def only_titles(between: str) -> bool:
    """What may stand between a quote and its speaker's name: an office or a courtesy title
    ("Mrs."), an initialism ("U.S."), no clause of its own (not "…,” while X emphasizes
    “…”", whose subject speaks the next quote)."""
    words = _INITIALISM.sub("", _COURTESY_TITLE.sub("", between)).strip(' ,”"')
    return (
        len(words) <= 60
        and not any(mark in words for mark in ',.;:“”"')
        and not _SET_AGAINST.search(words)
    )
