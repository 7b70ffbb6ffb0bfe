"""Whose each person is, read once everyone is named, where their introduction did not say.

A later mention may say it ("Rwanda's Kagame", "Kagame of Rwanda"), or the office named again
with no name ("Norway's Prime Minister also spoke"), or the one someone accompanies ("X was
accompanied by Foreign Minister Y"), or the one country their sentence names, or the country
the text says hosts, whose own newsroom names its leader with no country ("President X").
"""

from __future__ import annotations

import re

from db.draft.countries import Country, Gazetteer
from db.draft.forms_of_address import ADDRESS_BEFORE
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Person
from db.draft.office_patterns import TITLE_BEFORE, opens_offices_first
from db.draft.other_occasions import ANOTHER_MEETING
from db.draft.parties import (
    OF_AFTER,
    POSSESSIVE_BEFORE,
    REPRESENTED_BY_BEFORE,
    PartyReader,
    country_party,
)
from db.draft.quote_marks import find_quotes
from db.draft.text import UPPER, Span, Text
from db.draft.titles import HEAD_ROLES, TITLE, TITLE_PATTERN, role_for
from db.draft.words import WORD

# "X was accompanied by", "X arrived with", "X's delegation includes", "Accompanying X were":
# those named after it are of X's party.
_COMPANIONS_OF = lazy_compile(
    r"\b(?:accompanied[ ]by|(?:arriv|travel+|flew|fly|flies|came|comes)\w*[ ]with"
    r"|delegation[ ](?:includes|included|including|comprises|comprised|was[ ]made[ ]up[ ]of))[ ]"
    r"|\b(?P<before>Accompanying)[ ]",
)
_BE_AFTER = lazy_compile(r"[ ](?:were|was|are|is)[ ]")
# What may stand between the words above and a companion: others listed, with their titles.
_LISTED_COMPANIONS = lazy_compile(
    rf"(?:(?:and|his|her|its|their|the|as[ ]well[ ]as|also)[ ]|(?:{WORD}),?[ ]|{TITLE},?[ ])*",
    re.IGNORECASE,
)
_POSSESSIVES = ("'s", "’s")
# "Yap Governor X", "Lagos Mayor Y": a place's own office, opened by the place, which says whose
# they are even where the country table does not know it
_PLACE_OF_OFFICE = lazy_compile(
    rf"[{UPPER}][\w-]+[ ](?:Lieutenant[ ])?(?:Governor|Mayor)[ ](?=[{UPPER}])"
)
# "the Peruvian-led bloc", "the Norwegian Sea Forum": a country in a word or a name of something
# else, not whose someone is
_NOT_ITS_PEOPLE_AFTER = lazy_compile(rf"-|[ ](?!(?i:{TITLE})\b)[{UPPER}]")
# What a country's possessive may be followed by to say whose someone is: "Chile's
# delegation", "Norway's prime minister"; not "Kiribati's departure".
_ITS_OWN_AFTER = lazy_compile(
    rf"(?i:{TITLE})\b|(?:[\w-]+[ ])?(?:delegation|team|side|behalf|representatives?|government)\b"
)
# What follows an office no name follows: "Norway's prime minister also spoke", "… the Danish
# king."; not "Norway's prime minister Ola Berg", nor "…, Ola Berg"
_NO_NAME_AFTER = lazy_compile(r"[ ][a-z]|[.;:]")
# "his Brazilian counterpart, X": the country of the one mirrored, never of the one who has them
_COUNTERPART_AFTER = lazy_compile(r"[ ](?:counterparts?|colleagues?)\b")
# "… the Minister of Foreign Affairs of Chile": a country an office after a name serves
_OF_BEFORE = lazy_compile(r"[ ]of[ ](?:the[ ])?$")
_PLACE_AFTER = lazy_compile(r"[ ](?:capital|city|town|port|resort|island|coast|border|soil)\b")
# "in Norway", "in the Chinese Government", "Tromso, Norway": a country named as where things
# happen, not whose; nor is one inside a longer name ("the Latin American Economic System"),
# though a sentence may open with a word before it ("Representing Norway was X").
_PLACE_BEFORE = lazy_compile(
    # "left yesterday for Chile": where one travels to
    r"(?:\b(?:left|leaves|leaving|depart\w*|head(?:s|ed)|set[ ]off|flew|flies)[ ](?:\w+[ ]){0,2}?for"
    # "for Santiago, capital of Chile": the country a place is named in
    r"|\b(?:capital|city|town|port)[ ]of(?:[ ]the)?"
    # "in eastern Chile", "in north-western Peru": a region of the country, a place too
    r"|\b(?:in|at|to|from|into|across|near)(?:[ ]the)?(?:[ ](?:[a-z]+-)?(?:north|south|east|west)"
    r"(?:ern)?|[ ]central)?"
    rf"|[{UPPER}][\w-]+,"
    rf"|(?<=[\w,][ ])(?!The[ ])[{UPPER}][\w-]+)[ ]$"
)


def _owns(text: str, country: Span, introduction: Span) -> bool:
    """ "South Sudan's President X": the country's possessive just before an introduction is
    that person's country."""
    possessive = text[country.end - 2 : country.end] in _POSSESSIVES or (
        text[country.end : country.end + 2] in _POSSESSIVES
    )
    return possessive and 0 <= introduction.start - country.end <= 4


def parties_from_mentions(
    mentions: list[Mention], article: Text, countries: Gazetteer, parties: PartyReader
) -> None:
    """Someone first named without a country, later "Rwanda's Kagame", "Kagame of Rwanda"
    or "President of Rwanda, H.E Kagame" in a roll, is that country's."""
    text = article.text
    for mention in mentions:
        person = mention.person
        if person.party is not None:
            continue
        possessive = POSSESSIVE_BEFORE.search(
            text, max(0, mention.span.start - 40), mention.span.start
        )
        of = OF_AFTER.match(text, mention.span.end)
        for words in (possessive and possessive.group("who"), of and of.group("of")):
            country = countries.country_named(words) if words else None
            if country:
                person.party = country_party(country)
                break
        if person.party is None and (office := _office_before(article.text, mention.span.start)):
            person.party = parties.named_in(office)


def _office_before(text: str, start: int) -> str | None:
    """The office, with its country, set off before a later mention in a roll whose every
    name follows its office: "… President of Niger, H.E X" names X's country."""
    address = ADDRESS_BEFORE.search(text, max(0, start - 30), start)
    end = address.start() if address else start
    office = TITLE_BEFORE.search(text, max(0, end - 80), end)
    if office is None or not opens_offices_first(text, office.start()):
        return None
    return office.group("title")


def parties_of_offices_named_again(
    persons: list[Person], article: Text, countries: Gazetteer
) -> None:
    """Someone named by office and name with no country is the country's whose office the
    text names again, with no name ("Prime Minister X said … Norway's Prime Minister also
    discussed …", "the Norwegian prime minister"), when no one else holds that office
    without a country, nor anyone of that country with it; not in the sentence that names
    the holder ("President X said the Finnish President had come" tells of another)."""
    text = article.text
    for mention in countries.find(text):
        if not (mention.adjective or mention.possessive):
            continue
        office = TITLE_PATTERN.match(text, mention.span.end + 1)
        if office is None or not _NO_NAME_AFTER.match(text, office.end()):
            continue
        title = office.group(0).casefold()
        holders = [p for p in persons if (p.title or "").casefold() == title]
        unplaced = [holder for holder in holders if holder.party is None]
        if (
            len(unplaced) == 1
            and mention.span.start not in article.sentence_at(unplaced[0].introduced.start)
            and not any(
                holder.party is not None and holder.party.key == mention.country.key
                for holder in holders
            )
        ):
            country = mention.country
            unplaced[0].party = country_party(country)


def parties_of_companions(mentions: list[Mention], article: Text) -> None:
    """A titled person with no country named beside them who accompanies someone of a
    country ("X was accompanied by Foreign Minister Y", "Accompanying X were Y and Z") is
    of that country."""
    text = article.text
    for mention in mentions:
        person = mention.person
        if person.party is not None or person.title is None:
            continue
        sentence = article.sentence_at(mention.span.start)
        cues = list(_COMPANIONS_OF.finditer(text, sentence.start, mention.span.start))
        cue = cues[-1] if cues else None
        if cue is None or not _LISTED_COMPANIONS.fullmatch(text, cue.end(), mention.span.start):
            continue
        if cue.group("before"):  # "Accompanying X were Y": the one just before "were"
            led = [
                m
                for m in mentions
                if cue.end() <= m.span.start < mention.span.start
                and _BE_AFTER.match(text, m.span.end)
            ][:1]
        else:
            led = [m for m in mentions if sentence.start <= m.span.start < cue.start()][-1:]
        leader = led[0].person if led else None
        if leader is not None and leader.party is not None and leader.party.is_country:
            person.party = leader.party


def _represented_countries(article: Text, persons: list[Person]) -> dict[int, set[str]]:
    """By the number of their sentence, the keys of the countries a sentence says someone
    represents ("Chile is represented by President Y"): named as theirs there, they are not
    another's to infer."""
    keys: dict[int, set[str]] = {}
    for person in persons:
        if person.party is None:
            continue
        start = person.introduced.start
        sentence = article.sentence_at(start)
        if REPRESENTED_BY_BEFORE.search(article.text, max(sentence.start, start - 60), start):
            number = article.sentence_index(start)
            keys.setdefault(number, set()).add(person.party.key)
    return keys


def _ends_anothers_office(text: str, country: Span, person: Person, near: list[Person]) -> bool:
    """ "A, the Minister of … of Chile in the presence of B": a country after "of" that ends
    the office set off after the name nearest before it is that one's, not another's."""
    before = [other for other in near if other.introduced.end <= country.start]
    holder = max(before, key=lambda other: other.introduced.end, default=None)
    return (
        holder is not None
        and holder is not person
        and text.startswith(",", holder.introduced.end)
        and _OF_BEFORE.search(text, holder.introduced.end, country.start) is not None
    )


def infer_parties(persons: list[Person], article: Text, countries: Gazetteer) -> None:
    """A titled person with no country named beside them belongs to the one country their
    sentence names, if it names exactly one ("Peru is … so acting President X attended")
    outside another person's introduction ("Danish" in "Danish President Y" is Y's) and outside
    quoted words ("President Y said: "Chile must act"" speaks of Chile).
    Joined by "and" to someone with a country ("Norway's King X and Crown Prince Y"), they
    share it."""
    given = {id(person) for person in persons if person.party is not None}
    introductions_by_sentence: dict[int, list[Span]] = {}
    represented_by_sentence = _represented_countries(article, persons)
    # a country in someone's quoted words is what they speak of, not whose they are
    quoted = [quote.inner for quote in find_quotes(article)]
    persons_by_sentence: dict[int, list[Person]] = {}
    for person in persons:
        number = article.sentence_index(person.introduced.start)
        persons_by_sentence.setdefault(number, []).append(person)
        if id(person) in given:
            introductions_by_sentence.setdefault(number, []).append(person.introduced)
    for index, person in enumerate(persons):
        if person.party is not None or person.title is None:
            continue
        if _PLACE_OF_OFFICE.match(article.text, person.introduced.start):
            continue  # the country of the place named with the office is not known
        before = persons[index - 1] if index else None
        if (
            before is not None
            and id(before) in given
            and before.title is not None  # not "Brazil's Ruiz and Pope Benedictus"
            and article.text[before.introduced.end : person.introduced.start] == " and "
            # not "Colombian President X and Ecuadorian President Y": a word of its own
            and TITLE_PATTERN.match(article.text, person.introduced.start) is not None
        ):
            person.party = before.party
            continue
        number = article.sentence_index(person.introduced.start)
        sentence = article.sentences[number]
        others = [
            span for span in introductions_by_sentence.get(number, ()) if span.start in sentence
        ]
        # "X is attending, while Chile is represented by President Y": Y's country is no other's
        represented = represented_by_sentence.get(number, set())
        named = {
            mention.country
            for mention in countries.find(article.text, sentence.start, sentence.end)
            if not any(mention.span.start in span for span in quoted)
            and not any(
                mention.span.start in span or _owns(article.text, mention.span, span)
                for span in others
            )
            and not _PLACE_BEFORE.search(article.text, sentence.start, mention.span.start)
            and not _PLACE_AFTER.match(article.text, mention.span.end)
            and not _COUNTERPART_AFTER.match(article.text, mention.span.end)
            and not _NOT_ITS_PEOPLE_AFTER.match(article.text, mention.span.end)
            and article.text[mention.span.start - 1 : mention.span.start] != "-"
            and mention.country.key not in represented
            and not _ends_anothers_office(
                article.text, mention.span, person, persons_by_sentence[number]
            )
            and not (
                mention.possessive and not _ITS_OWN_AFTER.match(article.text, mention.span.end + 1)
            )
        }
        if len(named) == 1:
            country = named.pop()
            person.party = country_party(country)
            person.party_inferred = True


# "Norway has been hosting leaders", "Norway will host the summit", "Norway hosts": the country
# named just before says it hosts
_HOSTS_AFTER = lazy_compile(
    r"[ ](?:(?:has[ ]been|is|was|will[ ]be)[ ]hosting|hosts|hosted|(?:will|to)[ ]host)\b"
)
# … and what it hosts is a meeting or those who meet ("hosts the summit", "will host leaders",
# "Norway hosts."), not "hosts the bloc's secretariat"
_A_MEETING_HOSTED = lazy_compile(
    r"[.,;]|[ ](?:[\w’'-]+[ ]){0,4}?(?:summits?|meetings?|leaders|heads|talks|conferences?"
    r"|forums?|gatherings?|sessions?|delegations?|counterparts)\b",
    re.IGNORECASE,
)
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def parties_of_the_host(persons: list[Person], article: Text, countries: Gazetteer) -> None:
    """The one head of state or government with no country given is the host's, when the
    text says one country hosts this meeting ("Latvia has been hosting leaders … President X
    said"): a report from the host country names its own leader so. Not when the host's
    leader is named with it, nor when the meeting hosted is another ("will host the next
    summit", "hosted the 2019 summit")."""
    hosts = _hosting_countries(article, countries)
    unplaced = [
        person
        for person in persons
        if person.party is None
        and person.title is not None
        and role_for(person.title, represents_country=True) in HEAD_ROLES
    ]
    if len(hosts) != 1 or len(unplaced) != 1:
        return
    host = hosts.pop()
    if any(person.party is not None and person.party.key == host.key for person in persons):
        return
    unplaced[0].party = country_party(host)
    unplaced[0].party_inferred = True


def _hosting_countries(article: Text, countries: Gazetteer) -> set[Country]:
    """The countries the text says host a meeting, each named before "hosts", "will host" …,
    in words that tell of no other meeting."""
    text = article.text
    hosting = set()
    for mention in countries.find(text):
        hosts = _HOSTS_AFTER.match(text, mention.span.end)
        if (
            mention.adjective
            or mention.possessive
            or hosts is None
            or not _A_MEETING_HOSTED.match(text, hosts.end())
        ):
            continue
        rest = text[hosts.end() : article.sentence_at(mention.span.start).end]
        if not (ANOTHER_MEETING.search(rest) or _YEAR.search(rest)):
            hosting.add(mention.country)
    return hosting
