"""Whom the words of an attribution stand for: a pronoun ("he said"), an office ("the Danish
minister said", "the prime minister of Norway"), a description ("the 61-year-old", "his
Norwegian counterpart"), and the named subject of a sentence they look back to.

A pronoun, or a style standing for a name ("His Highness added"), looks back past sentences
whose subject is a pronoun or such a style too, or no one, or that are only quoted words (a
speech running on), or that repeat words printed before (a pull quote), over a dateline
opening the report ("OSLO (AP) — the King X opened …"), and stops at one whose subject is
two or more joined by "and" ("X, Y and Z met.": he could be any), or
someone unnamed who serves a named person ("Lund's spokesman said", "an aide to Lund
said", "Lund aide Berg said" is Berg's); a subject may be an office set off before the name it is ("the president of Sweden, X,
defended …", "the President of Côte d'Ivoire, H.E. X advised"); it looks past a photo's caption and never takes one
named in a clause opening the sentence ("When X arrived, Y …" is Y); "His Highness" stands
only for a monarch or a prince; a word read as a name that a body's name goes on from ("the
African Union") is no one; an office opening a sentence ("The Queen spoke …") is its one holder, also one whose
title is part of the name ("Queen X II"). "He" or "she" is never one the text speaks of as the
other sex ("X said his …", "Ms X").
"""

from __future__ import annotations

import re

from db.draft.attendance import named_hosts
from db.draft.attribution_words import (
    ACCORDING_SOURCE,
    ANY_VERB_THE_ONE_BEFORE,
    BODY_NOUN,
    DESCRIBED_SAID,
    DESCRIBED_SUBJECT,
    JOINED_BEFORE,
    LEADING_PRONOUN,
    OPENING_CLAUSE,
    OPENING_MARKS,
    PREPOSITION_BEFORE,
    PRONOUN_SAID,
    PUNCTUATION_AFTER,
    QUOTE_SPEECH_VERB,
    REFERRING_SUBJECT,
    SAID_THE_ONE_BEFORE,
    SAYING,
    SUBJECT_LEAD,
    TITLES_ONLY,
)
from db.draft.countries import Country, gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person
from db.draft.naming import REGNAL_TITLES
from db.draft.page_chrome import is_caption
from db.draft.quote_marks import SINGLE_CLOSING, SINGLE_OPENING
from db.draft.text import UPPER, Span, Text
from db.draft.titles import LEADING_ROLES, TITLE, TITLE_PATTERN, display_title, role_for
from db.draft.words import OF_A_PLACE_AFTER, POSSESSIVE_S

# Words between two names of a list: ", ", ", Finnish President ", ", and " before its last
_LISTED_BEFORE = lazy_compile(rf",[ ](?P<last>and[ ])?(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*")
_AGE_AFTER_NAME = lazy_compile(r",[ ](\d{1,3})(?=[,.;:)])")
_AGE_BEFORE_NAME = lazy_compile(rf"\b(\d{{1,3}})-year-old[ ](?:[{UPPER}][\w.’'-]*[ ]){{0,4}}$")
_ATTRIBUTED_TO_THE_ONE_BEFORE = lazy_compile(
    rf"(?:[,?!][”\"’]|[”\"’],)(?:{SAID_THE_ONE_BEFORE.pattern}|{ANY_VERB_THE_ONE_BEFORE.pattern})"
)
# "According to X, other issues were discussed.": a sentence X is the source of
_ACCORDING_OPENING = lazy_compile(rf"\s*According[ ]to[ ](?P<source>{ACCORDING_SOURCE}),")
# What tells whether one named is a man or a woman: a pronoun for them straight after a verb
# of saying that takes no one told ("X said his country …", "X added she would"; not "X told
# her"), or a courtesy before the name.
_SEX_AFTER_NAME = lazy_compile(
    r"(?:,[ ]\d{1,3},)?[ ](?:said|says|added|stressed|insisted|noted|explained|argued|declared"
    r"|announced)[ ](?:that[ ])?(?P<pronoun>he|she|his|her)\b"
)
_COURTESY_BEFORE = lazy_compile(r"\b(?P<courtesy>Mr|Mrs|Ms|Miss|Madam|Madame)\.?[ ]$")
# A sentence whose subject cannot be "he" or "she" either, which a pronoun looks past: "But it
# is a blow.", "Pacific analysts say …"
_NO_ONE_ELSE = lazy_compile(
    r"\s*(?:(?:But|And|Yet|So|Still)[ ])?(?:it|they|this|there|these|those|we)\b"
    r"|\s*(?:[A-Z][\w-]*[ ])?(?:[a-z]+[ ])?(?:analysts|experts|officials|observers|critics"
    r"|diplomats|sources|leaders|members|people)[ ]",
    re.IGNORECASE,
)
# A sentence that is only quoted words, as a speech running on over paragraphs prints them.
_WHOLE_QUOTE = lazy_compile(r'\s*[“"«„][^“”"«»„]*[”"»“]?[\s.,;:!?]*')
_PRONOUN_CHAIN = 10  # sentences a pronoun looks back through: a long speech reported line by line
_REPEATED_LENGTH = 20  # shorter words may well be written twice
# "the Chinese leader", "the Peruvian head of state": whoever leads the country named.
_LEADING_OFFICES = frozenset({"leader", "head of state", "head of government"})
_BODY_HEADS = frozenset({"chief", "head"})
# Words before an office that make it another's than the holder named ("the incoming
# president", "the late king").
_NAMES_BEFORE = 40  # characters before a name its office and body are written in
_TO_COME_OR_GONE = lazy_compile(r"(?i:incoming|next|future|late|then|designate|elect|would-be|new)")
_FOREIGN_MINISTER = lazy_compile(
    r"(?i:^(?:foreign|external[ ]affairs)[ ](?:minister|secretary)$|^minister[ ]of[ ]foreign"
    r"|^secretary[ ]of[ ]state$|^top[ ]diplomat$)"
)
_BARE_APOSTROPHE = lazy_compile(r"s['’][ ]\w")  # "Andres' speech": a name ending in s owns it
# "X said", "X previously said", "X also told", "X, the bloc's chair, said", "X, who said"
_SAID_AFTER_NAME = lazy_compile(
    # "President X of Brazil declared": the country after the name
    rf"{OF_A_PLACE_AFTER}?"
    rf"(?:(?:,[ ][^,“”\"]{{1,120}}){{1,3}},|,[ ]who)?"
    r"[ ](?:(?:[a-z]+ly|also|later|then|again|once)[ ])?"
    r"(?:(?:has|had|have)[ ])?"
    rf"(?:{QUOTE_SPEECH_VERB})\b"
)
# "X, said, “…”": a comma slipped between the speaker and the verb that the quote follows
_SAID_AFTER_A_SLIPPED_COMMA = lazy_compile(rf",[ ](?:{QUOTE_SPEECH_VERB})[,:]?[ ]?[“\"]")
# "“…,” said X": a verb put before its speaker (never "told", whose name is the listener's).
_SAID_BEFORE_NAME = lazy_compile(
    r"(?:\b(?:said|says|added|adds|asked|continued|replied|concluded|wrote)"
    r"|(?:[,?!][”\"’]|[”\"’],)[ ](?:[a-z]{2,}ed|wrote))[ ](?:[^ ,.;“”\"]+[ ]){0,4}$"
)
# "“…,” told X": "told" just after the quote, its speaker named next, as reports translated
# from Turkish write it
_TOLD_AFTER_QUOTE = lazy_compile(r"(?:[,?!][”\"’]|[”\"’],)[ ]told[ ](?:[^ ,.;“”\"]+[ ]){0,4}$")
# "was opened by Swedish President": the one named next does what the passive says.
_PASSIVE_BY = lazy_compile(
    r"\b(?:was|were|is|are|been|being)[ ](?:[a-z]+[ ])?[a-z]+(?:ed|en)"
    r"(?:[ ](?:off|up|out|down|aside|away|back))?[ ]by[ ](?:the[ ])?"
    rf"(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*$"
)
# "Hopes remain, with Prime Minister X once again apologising …": X does what the clause says
_WITH_BEFORE = lazy_compile(r",[ ]with[ ](?:[A-Z][\w.’'-]*[ ]){0,5}$")
_DOING_AFTER = lazy_compile(r"[ ](?:once[ ]again[ ]|again[ ]|also[ ])?[a-z]{2,}ing\b")
_WHO_AFTER = lazy_compile(r",?[ ]who[ ](?!(?:is|was|are|were)[ ](?:the|a|an|also)\b)")
_BY_BEFORE = lazy_compile(
    rf"\b(?:[a-z]+(?:ed|en)[ ]by)[ ](?:the[ ])?(?:(?:[{UPPER}][\w.’'-]*|(?i:{TITLE}))[ ])*$"
)
# "Lund aide Berg", "a Lund spokesman": a name serving as a word for whom someone serves.
_SERVES_NAMED = lazy_compile(
    r"[ ](?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|allies|ally|loyalists?)\b"
)
_ROYAL_STYLE = lazy_compile(
    r"\s*(?:[^,“”\"]{1,120},\s){0,2}(?:His|Her)[ ](?:Royal[ ])?(?:Highness|Majesty)\b"
)
# The regnal titles names are written with, but the pope, and the titles of other monarchs
_ROYAL_TITLES = (REGNAL_TITLES - {"pope"}) | {"grand duke", "grand duchess", "monarch"}
_ROYAL = lazy_compile(
    rf"\b(?:{'|'.join(sorted(title.replace(' ', '[ ]') for title in _ROYAL_TITLES))})\b",
    re.IGNORECASE,
)
# Words for whoever reigns, whatever their title: "the monarch said" after "King X".
_MONARCH = frozenset({"monarch", "sovereign"})
# A line with no closing punctuation over a sentence's first line: a heading, no subject.
_HEADING_LINE = lazy_compile(r"[^\n.!?:;,“”\"]{1,80}\n\s*")


def holder_described(
    text: Text, who: str, office: str, offset: int, spoken: Mentions, *, running_on: bool = False
) -> Person | None:
    """ "the Norwegian minister said", "the PM said": the person last named before ``offset``
    whose title has that office and whose country the words name; None when another such
    person is named in the same paragraph as them or after ("the prime minister" after a
    paragraph naming two prime ministers). When no one named holds it, the one just spoken
    of whose title the text never gives ("X said … ⏎ The Prime Minister said …")."""
    words = [word.removesuffix("'s").removesuffix("’s") for word in who.split()]
    country, qualifiers = _country_and_qualifiers(words)  # "the South African president"
    whole = office_named(qualifiers, office)  # "Secretary General", not "General"
    monarch = whole.casefold() in _MONARCH  # "the Saudi monarch": a king, an emir, a sultan
    if whole.casefold() == "host" and country is None:  # "the host said", "the summit host"
        hosts = named_hosts(text, Mentions(list(spoken.ending_by(offset))[::-1]))
        return hosts[0] if len(hosts) == 1 else None
    of_a_body = country is None and bool(qualifiers) and _names_a_body(qualifiers, spoken, offset)
    if not (monarch or TITLE_PATTERN.fullmatch(whole) or of_a_body and whole in _BODY_HEADS):
        return None  # "the Council said": a body, not an office
    if of_a_body:
        return _body_official(" ".join(qualifiers), whole, offset, spoken)
    if country is None and POSSESSIVE_S.search(who):
        return None  # "Lund's spokesman": someone unnamed of someone's
    unread = qualifiers[: len(qualifiers) - len(whole.split()) + 1]
    if any(_TO_COME_OR_GONE.fullmatch(word) for word in unread):
        return None  # "the incoming president", "the late king": not the one named
    names = [word for word in unread if word[:1].isupper()]  # "the G20 president"
    office = display_title(whole).casefold()
    fitting = [
        mention
        for mention in spoken.ending_by(offset)
        if (
            (
                mention.person.title is not None
                and holds_office(mention.person.title, office, leads_a_country=country is not None)
            )
            or _named_with(text, mention, office)  # "Kremlin spokesman X" … "the spokesman"
            or mention.person.name.casefold().startswith(f"{office} ")  # "Queen X II"
            or (monarch and _royal(mention.person))
        )
        and (
            country is None
            or (mention.person.party is not None and mention.person.party.key == country.key)
        )
        and _named_after(text, mention, names)
    ]
    if not fitting:
        named = None
        if country is not None:
            named = _sole_holder_of_unknown_country(
                text, office, offset, spoken
            ) or _sole_untitled_leader_of(country, office, offset, spoken)
        return named or _untitled_one_spoken_of(text, office, country, offset, spoken)
    latest = fitting[0]
    since = text.paragraphs[text.paragraph_index(latest.span.start)].start
    if any(m.person is not latest.person and m.span.start >= since for m in fitting):
        # "“…,” he said. ⏎ “…,” the emir said.": two emirs named, but the one spoken of
        running = subject_before(text, offset, spoken) if running_on else None
        return running if any(m.person is running for m in fitting) else None
    return latest.person


def _untitled_one_spoken_of(
    text: Text, office: str, country: Country | None, offset: int, spoken: Mentions
) -> Person | None:
    """ "X said Asean … ⏎ The Prime Minister said …": a report names a person without their
    title, then speaks of them by their office, as newsrooms write a second reference; the
    one spoken of just before is meant when no one the text names (of that country, if the
    words give one) holds that office, and their country, if known, is not another."""
    person = subject_before(text, offset, spoken)
    if person is None or person.title is not None:
        return None
    if country is not None and person.party is not None and person.party.key != country.key:
        return None
    if any(
        mention.person.title is not None
        and holds_office(mention.person.title, office, leads_a_country=country is not None)
        and (
            country is None
            or mention.person.party is None
            or mention.person.party.key == country.key
        )
        for mention in spoken
    ):
        return None  # the office is someone's the text names: not the untitled one's
    return person


def counterpart_of(
    text: Text, match: re.Match[str], offset: int, spoken: Mentions
) -> Person | None:
    """Who "his Norwegian counterpart" is: the one of that country named before ``offset``
    holding the office of the one just spoken of, who is of another country."""
    subject = subject_before(text, offset, spoken)
    country = gazetteer().country_named(match.group("country"))
    if subject is None or subject.title is None or country is None:
        return None
    if subject.party is not None and subject.party.key == country.key:
        return None
    *qualifiers, office = subject.title.split()
    return holder_described(
        text, " ".join([match.group("country"), *qualifiers]), office, offset, spoken
    )


def _named_after(text: Text, mention: Mention, names: list[str]) -> bool:
    """Whether the name is written just after the names an office is described by ("the
    Kremlin spokesman" for "Kremlin spokesman X"; not "the G20 president" for "President X")."""
    before = text.text[max(0, mention.span.start - _NAMES_BEFORE) : mention.span.end].split()
    return all(name in before for name in names)


def office_holder(
    text: Text, office_of: re.Match[str], offset: int, spoken: Mentions, *, running_on: bool = False
) -> Person | None:
    """ "the prime minister of Norway", "the head of the bloc": the holder of an office written
    before the country or body it is of; no one's where the words name neither ("the president
    of the World Bank" no one named serves, "the head of the Danish delegation")."""
    of = office_of.group("of")
    named = gazetteer().forms.get(of)
    if not ((named and not named[1]) or _names_a_body(of.split(), spoken, offset)):
        return None
    *qualifiers, office = office_of.group("office").split()  # "the prime minister of …"
    return holder_described(
        text, " ".join([of, *qualifiers]), office, offset, spoken, running_on=running_on
    )


def _names_a_body(words: list[str], spoken: Mentions, offset: int) -> bool:
    """Whether the words before an office name a body: a word for one ("the bloc's", "the
    alliance chief") or the name of one someone named serves ("the Lagoon Union chief")."""
    if len(words) == 1 and BODY_NOUN.fullmatch(words[0]):
        return True
    return any(_serves(mention.person, " ".join(words)) for mention in spoken.ending_by(offset))


def _serves(person: Person, body: str) -> bool:
    """Whether the person holds an office of the body named (any body, for a word for one)."""
    party = person.party
    if party is None or party.is_country or not person.title:
        return False  # an office held for a body is the body's, whatever it is called
    return bool(BODY_NOUN.fullmatch(body)) or body in (party.name, party.abbreviation)


def _body_official(body: str, office: str, offset: int, spoken: Mentions) -> Person | None:
    """ "the NATO chief", "the bloc's secretary-general": the one person named before
    ``offset`` who holds that office of that body, or its chief or head any office of it; a
    word for a body ("the bloc's") names one only where those named serve one body alone."""
    before = list(spoken.ending_by(offset))
    bodies = {
        mention.person.party.key
        for mention in before
        if mention.person.party is not None and not mention.person.party.is_country
    }
    if BODY_NOUN.fullmatch(body) and len(bodies) != 1:
        return None
    if office.casefold() == "head" and any(_royal(mention.person) for mention in before):
        return None  # a monarch may be a body's head ("the head of the Commonwealth")
    holders = {
        id(mention.person): mention.person
        for mention in before
        if _serves(mention.person, body)
        and (
            office.casefold() in _BODY_HEADS
            or holds_office(mention.person.title or "", office.casefold(), leads_a_country=False)
        )
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _country_and_qualifiers(words: list[str]) -> tuple[Country | None, list[str]]:
    """The country the words before an office name, one word or more ("Norwegian", "South
    African"), and the words left that may belong to the office."""
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            country = gazetteer().country_named(" ".join(words[first : first + size]))
            if country:
                return country, words[:first] + words[first + size :]
    return None, words


def office_named(words: list[str], office: str) -> str:
    """The whole office the words before ``office`` name with it: "foreign minister" in "the
    Norwegian foreign minister", not any minister."""
    for first in range(len(words)):
        phrase = " ".join([*words[first:], office])
        if TITLE_PATTERN.fullmatch(phrase):
            return phrase
    return office


def _sole_holder_of_unknown_country(
    text: Text, office: str, offset: int, spoken: Mentions
) -> Person | None:
    """ "said the Honduran president" where the article never gives the president named
    before a country: theirs, when they are the only person named with that office whose
    country is not another's."""
    holders = {
        id(mention.person): mention.person
        for mention in spoken.ending_by(offset)
        if mention.person.party is None
        and (
            (
                mention.person.title
                and holds_office(mention.person.title, office, leads_a_country=True)
            )
            or _named_with(text, mention, office)
        )
    }
    if len(holders) != 1:
        return None
    (holder,) = holders.values()
    return holder


def _sole_untitled_leader_of(
    country: Country, office: str, offset: int, spoken: Mentions
) -> Person | None:
    """ "the Hungarian president recalled" after "X (Hungary)": the one person named for that
    country, whose title the text never gives, when the office is one that leads a country."""
    if role_for(display_title(office), represents_country=True) not in LEADING_ROLES:
        return None
    of_country = {
        id(mention.person): mention.person
        for mention in spoken.ending_by(offset)
        if mention.person.party is not None and mention.person.party.key == country.key
    }
    if len(of_country) != 1:
        return None
    (person,) = of_country.values()
    return person if person.title is None else None


def one_of_age(text: Text, age: str, person: Person | None, spoken: Mentions) -> Person | None:
    """Who "the 61-year-old" is: the one person the text gives that age; else ``person``, the
    one just spoken of, unless the text gives them another age or several that one."""
    ages: dict[int, set[str]] = {}
    for mention in spoken:
        after = _AGE_AFTER_NAME.match(text.text, mention.span.end)
        before = _AGE_BEFORE_NAME.search(
            text.text, max(0, mention.span.start - 80), mention.span.start
        )
        for given in (after, before):
            if given:
                ages.setdefault(id(mention.person), set()).add(given.group(1))
    of_that_age = {
        id(mention.person): mention.person
        for mention in spoken
        if age in ages.get(id(mention.person), ())
    }
    if of_that_age:
        return next(iter(of_that_age.values())) if len(of_that_age) == 1 else None
    return person if person is None or id(person) not in ages else None


def holds_office(title: str, office: str, *, leads_a_country: bool) -> bool:
    """Whether ``title`` is the office a description names: "the prime minister" a Prime
    Minister, "the minister" a Foreign Minister but no Prime Minister; "the Chinese leader"
    the head of state or government of the country named."""
    if office in _LEADING_OFFICES and leads_a_country:
        return role_for(title, represents_country=True) in LEADING_ROLES
    if office == "premier":
        return role_for(title, represents_country=True) == "head-of-government"
    if office == "top diplomat":  # as news calls a foreign minister
        return _FOREIGN_MINISTER.search(title) is not None
    return re.search(_office_words(office), title.casefold()) is not None


def _office_words(office: str) -> str:
    """A pattern for ``office`` in a title: "minister" not in "Prime Minister", "president"
    not in "Vice President"; "Secretary-General" also written "Secretary General"."""
    lesser = (
        r"(?<!prime[ ])(?<!vice[ ])(?<!vice-)(?<!deputy[ ])(?<!under-)(?<!under[ ])"
        if " " not in office
        else ""
    )
    words = r"[- ]".join(re.escape(word) for word in re.split(r"[- ]", office))
    return rf"(?i:{lesser}\b{words}\b)"


def _named_with(text: Text, mention: Mention, office: str) -> bool:
    """Whether the words just before a mention name the office: "spokesman Ivan Petrov"."""
    before = text.text[max(0, mention.span.start - 60) : mention.span.start]
    return re.search(rf"{_office_words(office)}[ ](?:[{UPPER}][\w.’'-]*[ ])*$", before) is not None


def named_as_possessive(text: Text, mention: Mention) -> bool:
    """ "Lund's spokesman", "Andres' speech", "Lund aide Berg": the name is not who acts in
    its clause."""
    return (
        text.text[mention.span.end : mention.span.end + 2] in ("'s", "’s")
        or bool(_BARE_APOSTROPHE.match(text.text, mention.span.end - 1))
        or bool(_SERVES_NAMED.match(text.text, mention.span.end))
    )


def said_after(text: Text, mention: Mention) -> bool:
    """ "X said", "X, the bloc's chair, said", and a name set off by commas with its titles:
    "Norway's president, X, said", "the host, President X, told" (not "Y, the deputy of Z,
    said", which is Y's), and "X, said, “…”" with X opening the sentence, the comma a slip
    (not "Y, who spoke after X, said", Y's)."""
    start, end = mention.span.start, mention.span.end
    comma = text.text.rfind(", ", max(0, start - 60), start)
    return bool(
        _SAID_AFTER_NAME.match(text.text, end)
        or (
            _SAID_AFTER_A_SLIPPED_COMMA.match(text.text, end) is not None
            and "," not in text.text[text.sentence_at(start).start : start]
        )
        or (
            comma != -1
            and TITLES_ONLY.fullmatch(text.text, comma + 2, start)
            and text.text[end : end + 1] == ","
            and _SAID_AFTER_NAME.match(text.text, end + 1)
        )
    )


def pronoun_referent(text: Text, offset: int, pronoun: str, spoken: Mentions) -> Person | None:
    """Whom "he" or "she" at ``offset`` stands for, as ``subject_before`` finds them, unless
    the text speaks of them as the other sex ("X said his …" is no "she"): then the one meant
    is someone else, whom the words do not name."""
    person = subject_before(text, offset, spoken)
    if person is None or _sexes(text, person, spoken) == {_OTHER_SEX[pronoun.casefold()]}:
        return None
    return person


_OTHER_SEX = {"he": "she", "she": "he"}


def _sexes(text: Text, person: Person, spoken: Mentions) -> set[str]:
    """ "he" and/or "she", as the text speaks of the person: by the pronoun after their speech
    verb ("X said his …") or a courtesy before their name ("Ms X")."""
    found = set()
    for mention in spoken:
        if mention.person is not person:
            continue
        said = _SEX_AFTER_NAME.match(text.text, mention.span.end)
        if said:
            found.add("he" if said.group("pronoun") in ("he", "his") else "she")
        courtesy = _COURTESY_BEFORE.search(
            text.text, max(0, mention.span.start - 10), mention.span.start
        )
        if courtesy:
            found.add("he" if courtesy.group("courtesy") == "Mr" else "she")
    return found


# up to two phrases set off by commas before a sentence's subject: "In his speech, …"
_OPENING_PHRASES = r"\s*(?:[^,“”\"]{1,120},\s){0,2}"
# A sentence whose subject is a country's leader, as "the leader" refers back only to one who
# leads that country: "In his speech, Norway's first elected leader took …"
_COUNTRYS_LEADER = lazy_compile(
    rf"{_OPENING_PHRASES}(?P<country>[A-Z][\w-]*)['’]s[ ]"
    r"(?:[a-z][\w-]*[ ]){0,3}?leader\b"
)


def subject_before(text: Text, offset: int, spoken: Mentions) -> Person | None:
    """Whom "he" or "she" at ``offset`` stands for: the named subject of its sentence before
    it, else of the sentence just before ("X met Y. “…,” he said" is X's), going further back
    while those sentences' subjects are pronouns too. None when a sentence on the way has a
    subject that is no named person: after "An official briefed reporters." the pronoun is
    the official's, not that of someone named further back."""
    index = text.sentence_index(offset)
    span = Span(text.sentences[index].start, offset)
    # "His Highness" stands for a king or a prince, not whoever met one
    royal = _ROYAL_STYLE.match(text.text, span.start) is not None
    acting: set[int] = set()  # others the sentences on the way make act in a clause
    led: set[str] = set()  # the countries whose leader a sentence on the way makes its subject
    for _sentence in range(_PRONOUN_CHAIN):
        royal = royal or _ROYAL_STYLE.match(text.text, span.start, span.end) is not None
        # a caption's own sentences say whom a pronoun in it means
        own_line = "\n" not in text.text[span.start : offset]
        person, pronoun = named_subject(text, span, spoken, in_caption=own_line)
        if person is None and (leader := _COUNTRYS_LEADER.match(text.text, span.start, span.end)):
            led.add(leader.group("country"))
            pronoun = True
        elif person is None and not pronoun and _a_countrys_doing(text, span):
            pronoun = True  # "Besides, Chile makes …": no one a "he" after it may mean
        impersonal = person is None and _impersonal(text, span)
        acting.update(
            id(mention.person)
            for mention in spoken.starting_in(span)
            if impersonal or _acts_in_a_clause(text, span, mention)
        )
        if person is not None or not pronoun or index == 0:
            if person is None or (royal and not _royal(person)):
                return None
            if acting - {id(person)} - _in_the_subjects_aside(text, span, person, spoken):
                return None
            if led and (person.party is None or {person.party.name} != led):
                return None
            return person
        index -= 1
        span = text.sentences[index]
    return None


# a sentence whose subject is a country: "Besides, as a major exporter, Chile makes …"
_SUBJECT = lazy_compile(
    rf"{_OPENING_PHRASES}(?P<subject>[A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,3}})[ ][a-z]"
)


def _a_countrys_doing(text: Text, span: Span) -> bool:
    """Whether the sentence's subject is a country, which a "he" after it cannot mean."""
    subject = _SUBJECT.match(text.text, span.start, span.end)
    if subject is None:
        return False
    countries, words = gazetteer(), subject.group("subject")
    return countries.country_named(words) is not None and not countries.is_demonym(words)


# an aside set off after a sentence's subject, a participle's: "X, standing in for Y who …,"
_PARTICIPLE_ASIDE = lazy_compile(r",[ ][a-z]+ing[ ][^,;]*")


def _in_the_subjects_aside(text: Text, span: Span, person: Person, spoken: Mentions) -> set[int]:
    """The others named in an aside after the subject ("X, standing in for Y who stayed away,
    made an appeal"): acting in a clause there, they are still only what tells of X, and a
    "he" after the sentence is X."""
    mentions = spoken.starting_in(span)
    subject = next((mention for mention in mentions if mention.person is person), None)
    if subject is None:
        return set()
    return {
        id(mention.person)
        for mention in mentions
        if mention.span.start > subject.span.end
        and _PARTICIPLE_ASIDE.fullmatch(text.text, subject.span.end, mention.span.start)
    }


def _impersonal(text: Text, span: Span) -> bool:
    """Whether a sentence's subject is "it", "there", "this" or the like, no person: one it
    names ("It is unclear whether X will sign.") may as well be whom a "he" after it means."""
    return (
        _NO_ONE_ELSE.match(text.text, span.start, span.end) is not None
        and LEADING_PRONOUN.match(text.text, span.start, span.end) is None
    )


def _acts_in_a_clause(text: Text, sentence: Span, mention: Mention) -> bool:
    """Whether a name is the subject of a clause of its own ("Y, who takes over, …") or the
    one acting in a passive ("… was succeeded by Y"): "he" after it may as well mean them."""
    return bool(
        _WHO_AFTER.match(text.text, mention.span.end, sentence.end)
        or _BY_BEFORE.search(text.text, sentence.start, mention.span.start)
    )


def _royal(person: Person) -> bool:
    """Whether a person's title or name is a monarch's or a prince's ("Prince X", "Emir")."""
    return _ROYAL.search(f"{person.title or ''} {person.name}") is not None


def named_subject(
    text: Text, span: Span, spoken: Mentions, *, in_caption: bool = False
) -> tuple[Person | None, bool]:
    """The named person ``span`` makes its subject or speaker, if any; and, if none, whether
    its subject is a pronoun (or it has no words), so that the one before says who. A caption
    is read only for a pronoun ``in_caption`` itself."""
    line_start = text.text.rfind("\n", 0, span.start) + 1
    line_end = text.text.find("\n", span.start)
    line = text.text[line_start : len(text.text) if line_end == -1 else line_end]
    if not in_caption and is_caption(line):
        return None, True  # a photo's caption stands between the pronoun and who it means
    heading = _HEADING_LINE.match(text.text, span.start, span.end)
    if (  # "Regional tensions ⏎ President X used his address …"
        heading
        and text.text[heading.end() : heading.end() + 1].isupper()
        and not spoken.starting_in(Span(span.start, heading.end()))
    ):  # not a line a page wraps: "Swedish Prime Minister X ⏎ said …"
        span = Span(heading.end(), span.end)
    according = _ACCORDING_OPENING.match(text.text, span.start, span.end)
    if according:
        source = spoken.starting_in(Span(according.start("source"), according.end("source")))
        if len(source) == 1 and not named_as_possessive(text, source[0]):
            return source[0].person, False
    clause = OPENING_CLAUSE.match(text.text, span.start, span.end)
    mentions = spoken.starting_in(Span(clause.end() if clause else span.start, span.end))
    for mention in mentions:
        if _TOLD_AFTER_QUOTE.search(text.text, span.start, mention.span.start):
            return mention.person, False  # "“…,” told X."
        if named_as_possessive(text, mention) or PREPOSITION_BEFORE.search(
            text.text, span.start, mention.span.start
        ):
            continue  # "Lund's spokesman said", "an aide to Lund said": the one who speaks
        if said_after(text, mention) or _SAID_BEFORE_NAME.search(
            text.text, span.start, mention.span.start
        ):
            return mention.person, False  # "X said …", "“…,” said X."
    if mentions and SUBJECT_LEAD.fullmatch(text.text, span.start, mentions[0].span.start):
        if named_as_possessive(text, mentions[0]):
            return None, False  # "Lund's spokesman said …": someone unnamed
        if _a_list_of_names(text, mentions):
            return None, False  # "X and Y met.", "X, Y and Z met": "he" could be any
        return mentions[0].person, False
    if len({id(mention.person) for mention in mentions}) == 1 and _PASSIVE_BY.search(
        text.text, span.start, mentions[0].span.start
    ):
        return mentions[0].person, False  # "The summit was opened by X.": X acts, alone
    alone = len({id(mention.person) for mention in mentions}) == 1
    if alone and _doing_with(text, span, mentions[0]):
        return mentions[0].person, False  # "Hopes remain, with X apologising": X acts, alone
    subject = DESCRIBED_SUBJECT.match(text.text, span.start, span.end)
    referring = REFERRING_SUBJECT.match(text.text, span.start, span.end)
    if subject and not mentions and not referring:  # "The Queen spoke fondly of …"
        office = subject.group("office")
        return holder_described(text, subject.group("who"), office, span.start, spoken), False
    described = DESCRIBED_SAID.search(text.text, span.start, span.end)
    if described:  # "“…,” the PM said."
        office = described.group("office")
        return holder_described(
            text, described.group("who"), office, described.start(), spoken
        ), False
    words = text.text[span.start : span.end]
    pronoun = (
        not words.strip(PUNCTUATION_AFTER + "“‘")
        or _WHOLE_QUOTE.fullmatch(words) is not None  # a speech going on names no one new
        or _within_a_quote(text, span.start)  # "“We failed. I am sad to say so.” He added"
        or _ATTRIBUTED_TO_THE_ONE_BEFORE.search(words) is not None  # "…,” said the former …"
        # "“Our concern” is “the north,” he said": quoted words the subject, no one new
        or (words.lstrip()[:1] in OPENING_MARKS + "‘" and not mentions and not SAYING.search(words))
        or LEADING_PRONOUN.match(words) is not None
        or PRONOUN_SAID.search(words) is not None
        or _NO_ONE_ELSE.match(words) is not None
        or REFERRING_SUBJECT.match(words) is not None  # "the leader" is the one before too
        or _repeats_earlier_words(text, span)  # a pull quote the page prints twice
    )
    return None, pronoun


def _doing_with(text: Text, span: Span, mention: Mention) -> bool:
    """Whether a sentence whose subject is no one has the person act in a clause of "with"
    ("Hopes remain, with X once again apologising to …"): "he" after it means them."""
    return bool(
        _WITH_BEFORE.search(text.text, span.start, mention.span.start)
        and _DOING_AFTER.match(text.text, mention.span.end, span.end)
    )


def _a_list_of_names(text: Text, mentions: list[Mention]) -> bool:
    """Whether the names opening a sentence are two or more joined by "and", after any set off
    by commas before them ("X and Y", "X, Y and Z", "X, President Y, and Z")."""
    for before, after in zip(mentions, mentions[1:], strict=False):
        if JOINED_BEFORE.search(text.text, before.span.start, after.span.start):
            return True
        listed = _LISTED_BEFORE.fullmatch(text.text, before.span.end, after.span.start)
        if listed is None:
            return False
        if listed.group("last"):
            return True
    return False


def _within_a_quote(text: Text, offset: int) -> bool:
    """Whether ``offset`` lies in a quote its paragraph opened before it: a sentence of a
    speech running on, whatever its words ("I am sad to say …"), names no one new."""
    before = text.text[text.paragraph_at(offset).start : offset]
    return (
        before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or len(SINGLE_OPENING.findall(before)) > len(SINGLE_CLOSING.findall(before))
    )


def _repeats_earlier_words(text: Text, span: Span) -> bool:
    """Whether ``span`` is words the page printed before (a pull quote, a caption)."""
    words = text.text[span.start : span.end].strip(PUNCTUATION_AFTER + "“‘")
    return len(words) >= _REPEATED_LENGTH and text.text.find(words) < span.start
