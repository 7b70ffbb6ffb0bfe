"""Lists that pair leaders with their countries, an office said once for all of them.

"the presidents of Norway, X; Chile, Y", "the prime ministers of Chile and Peru, X and Y(,
respectively)", "Chile's and Peru's premiers, X and Y", "the prime ministers of Chile (X) and Peru (Y)", "the presidents of Chile, Peru
and Norway — X, Y and Z —", "Chile and Peru were represented by X and Y, respectively", "Prime
Ministers A of Nepal, B of Bhutan and C", and the rolls of a communiqué: "• Ana Lopes, Chile",
"…: Ana Lopes, Chile; Ola Berg, Norway;", "Chile — President X", "Chile: HE President X".
"""

from __future__ import annotations

import re

from db.draft.countries import Country, Gazetteer
from db.draft.forms_of_address import ADDRESS_WORDS
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Party, Person
from db.draft.office_patterns import TITLE_ENDS, follows_a_name
from db.draft.parties import country_party
from db.draft.text import UPPER, Text
from db.draft.titles import NEEDS_COUNTRY, TITLE, TITLE_PATTERN, display_title
from db.draft.words import CAPITALISED_RUN, NUMBER_WORDS, WORD

# "Chile — President X; Peru — President Y", "• Chile – X": a list's country before its person;
# not a dateline's ("OSLO, Norway — President X")
COUNTRY_DASH_BEFORE = lazy_compile(
    rf"(?:^|(?<=[;:,•])(?<![A-Z]{{2}},)[ ]|(?<=\n))[ \t]*(?P<country>(?:{WORD})(?:[ ](?:of[ ]|the[ ])?(?:{WORD})){{0,4}})"
    r"[ ]?[—–][ ]?$",
    re.MULTILINE,
)
# "Chile: HE President X", "… Peru: HE President Y" in a communiqué's roll: the country of a
# line, or of an item run on after the last one's name, labels the title after its colon; "the
# leaders of Chile (President X), Peru (President Y)": a country labels the title in brackets
# (a name with an "and" too: "Trinidad and Tobago (Prime Minister Z)")
LABEL_BEFORE = lazy_compile(
    rf"(?P<label>(?:{WORD})(?:[ ](?:of[ ]|the[ ]|and[ ](?:the[ ])?)?(?:{WORD})){{0,5}})"
    r"(?:[ ]{0,8}(?P<colon>:)[ ]|[ ]\()"  # a roll's colons may be aligned: "Kenya   : X"
    rf"(?:{ADDRESS_WORDS}[ ])*$"
)
_COUNTRY_PAIRED = lazy_compile(
    rf"(?:;|[ ]of|\b[Ff]rom|:|,[ ]and|(?P<joined>[ ]and))[ ](?![Ff]rom\b)"
    rf"(?P<country>(?:{WORD})(?:[ ](?:{WORD})){{0,3}}),[ ]$"
)
# "• Ana Lopes, Chile": a list's line giving a name, then its country (and maybe an office).
_LINE_OPENING = lazy_compile(r"(?:^|\n)[ \t]*(?:[-•*–—·][ \t]*)?$")
_COUNTRY_ITEM_AFTER = lazy_compile(
    rf",[ ](?P<country>(?:{WORD})(?:[ ](?:of[ ]|the[ ])?(?:{WORD})){{0,4}}?)"
    rf"(?=[ \t]*(?:\n|$)|[ ]and[ ]|[ ](?i:{TITLE})\b)"
)
# "• X, Minister of Health, Chile (representing …);": a roll's country after a name's office
COUNTRY_AFTER_OFFICE = lazy_compile(
    rf",[ ](?P<country>(?:{WORD})(?:[ ](?:and[ ]|of[ ]|the[ ])?(?:{WORD})){{0,4}}?)"
    r"(?=[ ]?[(;]|[ \t]*(?:\n|$))"
)
# "Chile and Peru were represented by X and Y, respectively"
_REPRESENTED_RESPECTIVELY = lazy_compile(
    r"(?P<states>[^.;:]{3,120}?)[ ](?:was|were|is|are|will[ ]be)[ ]represented[ ]by[ ]"
    r"(?P<envoys>[^.;]{3,240}?),?[ ]respectively\b"
)
# "his counterparts: X, Chile; Y, Peru; and Z, Norway": a list of names and countries set apart
# by semicolons, an item after the colon, a semicolon or the "and" that opens the last
# (before the name's form of address: "…; The Hon. X, …")
_SEMICOLON_ITEM_OPENING = lazy_compile(r"(?:[:;]|;?[ ]and)[ ](?:The[ ])?$")
_SEMICOLON_ITEM_AFTER = lazy_compile(
    rf",[ ](?P<country>(?:{WORD})(?:[ ](?:of[ ]|the[ ])?(?:{WORD})){{0,4}}?)(?=;|[.][ \n]|[.]$)"
)
# "the presidents of Chile, Peru and Brazil, X, Y and Z(, respectively)", "the leaders of Chile
# and Peru — X and Y —": an office said once in the plural, its countries, then their people.
# "the presidents of Chile and Peru", "counterparts from Chile and Peru"
_PLURAL_OFFICE_OF = lazy_compile(
    rf"\b(?P<title>{TITLE})s[ ](?:of|from)[ ](?:the[ ])?", re.IGNORECASE
)
# where the countries end and the names begin: a comma, a dash, or a space before the first name
# ("counterparts from Chile and Peru Ana Ruiz and Pedro Soto")
_COUNTRIES_END = lazy_compile(rf",[ ]|[ ][—–-][ ]|[ ](?=[{UPPER}])")
_NAMES_GO_ON = lazy_compile(r",[ ](?!and[ ])|(?P<last>,?[ ]and[ ])")
# "the prime ministers of Romania (X), Bulgaria (Y) and Serbia (Z)": each name in brackets after
# its country, the office said once in the plural before the list.
_COUNTRY_BEFORE_BRACKET = lazy_compile(rf"(?P<country>(?:{WORD})(?:[ ](?:{WORD})){{0,3}})[ ]?\($")
_PLURAL_TITLE_OF = lazy_compile(
    rf"\b(?P<title>{TITLE})s[ ](?:of|from)[ ](?:the[ ])?[^.;:()]*(?:\([^()]*\)[^.;:()]*)*$",
    re.IGNORECASE,
)
LIST_SEPARATOR = lazy_compile(r"(,[ ](?:and[ ])?|[ ]and[ ])")
_PAIR_ENDS = lazy_compile(r"[;.,]|[ ]and\b|$")
# " of the Republic" of "A, Prime Minister of the Republic of Chile, B": the state's name in full
# opens before its country's word
_STATE_OPENING = lazy_compile(r"[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}$")
# "Prime Ministers A of Nepal, B of Bhutan and C", "attended by presidents A of Nepal, …", "the
# four presidents, A of Nepal, B of Bhutan": a word in the plural, and the names after an
# office in it each with its country; after a comma only as so many ("After talks with the
# foreign ministers, A of Nepal said" is not one of them)
_PLURAL_WORD = lazy_compile(
    rf"\b(?:[A-Za-z][a-z]+s[ ]|(?:{'|'.join(NUMBER_WORDS)}|\d+)[ ](?:[a-z]+[ ])?[a-z]+s,[ ])"
)
_LISTED_WITH_COUNTRIES = lazy_compile(
    r"(?:(?:[A-Z][\w.’'-]*[ ]){1,4}of[ ](?:the[ ])?[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,2}"
    r"(?:,[ ]|,?[ ]and[ ]))*"
)


def titles_of_an_office_in_the_plural(persons: list[Person], text: Text) -> None:
    """An untitled person listed after an office in the plural holds it: "Prime Ministers A of
    Nepal, B of Bhutan and C of Peru" are three prime ministers, and so are those "attended by
    prime ministers A of Nepal, …", the office in lower case."""
    for person in persons:
        if person.title is None and (office := _office_in_the_plural_before(person, text)):
            person.title = office


def _office_in_the_plural_before(person: Person, text: Text) -> str | None:
    """The office in the plural nearest before a person's name that a list of names with their
    countries leads on from to the name, if any; a name ending in "s" in the list ("Luis
    Vela of Peru") is no plural office, and the search goes on before it."""
    name_start = text.text.find(person.name, person.introduced.start)
    if name_start < 0:
        return None
    sentence = text.sentence_at(person.introduced.start)
    plurals = list(_PLURAL_WORD.finditer(text.text, sentence.start, name_start))
    for plural in reversed(plurals):
        if not _LISTED_WITH_COUNTRIES.fullmatch(text.text, plural.end(), name_start):
            continue
        if office := office_in_the_plural_ending(text.text[sentence.start : plural.end()]):
            return office
    return None


# "Presidents Ana Ruiz and Ola Berg", "Ministers A (Finance) and B (Foreign Affairs)": an office
# in the plural, capitalised as a title before names is (not "whose country chairs X"), then the
# names that hold it
_NAME_BEFORE = r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}(?:[ ]\([^()]{1,40}\))?"
_PLURAL_BEFORE_NAMES = lazy_compile(
    rf"\b(?P<plural>[A-Z][a-z]+s)[ ](?:{_NAME_BEFORE}(?:,[ ]|,?[ ]and[ ]))*$"
)


def office_before_names(text: Text, name_start: int) -> str | None:
    """The office a name holds as one of a list of names after it in the plural ("Presidents
    Ana Ruiz and Ola Berg", "Governors A, B and C"); not an office that says something only
    beside a country ("leaders X and Y")."""
    sentence = text.sentence_at(name_start)
    before = text.text[sentence.start : name_start]
    plural = _PLURAL_BEFORE_NAMES.search(before)
    if plural is None:
        return None
    office = office_in_the_plural_ending(before[: plural.end("plural")])
    if office is None or office.casefold().split()[-1] in NEEDS_COUNTRY:
        return None
    return office


def list_start(text: Text, name_start: int) -> int:
    """Where the list of names that ``name_start`` is in begins, at the office in the plural
    that opens it ("Ambassadors A and B": where "Ambassadors" begins, for B); ``name_start``
    where the name is in no such list."""
    sentence = text.sentence_at(name_start)
    plural = _PLURAL_BEFORE_NAMES.search(text.text, sentence.start, name_start)
    return plural.start() if plural is not None else name_start


def office_in_the_plural_ending(words: str) -> str | None:
    """The office, one holder's, whose plural ``words`` end in ("… the Foreign Ministers",
    "attended by presidents, "), if they end in one."""
    plural = words.rstrip(", ")
    if not plural.endswith("s"):
        return None
    ending = plural[:-1].split(" ")
    for count in (3, 2, 1):  # "Foreign Ministers", "Presidents"
        office = " ".join(ending[-count:])
        if len(ending) >= count and TITLE_PATTERN.fullmatch(office):
            return display_title(office)
    return None


def country_item(article: Text, countries: Gazetteer, start: int, end: int) -> Party | None:
    """The country a list's line gives after the name opening it ("• Ana Lopes, Chile"), or
    an item of a list set apart by semicolons ("…: Ana Lopes, Chile; Ola Berg, Norway;"), or
    that item's last part after the name's office ("…: Ana Lopes, Prime Minister and Minister
    of Trade, Chile; …")."""
    text = article.text
    item = _COUNTRY_ITEM_AFTER.match(text, end)
    if item is None or not _LINE_OPENING.search(text, max(0, start - 8), start):
        sentence = article.sentence_at(start)
        if (
            not _SEMICOLON_ITEM_OPENING.search(text, max(0, start - 6), start)
            or text.count(";", sentence.start, sentence.end) < 2
        ):
            return None
        item = _SEMICOLON_ITEM_AFTER.match(text, end)
        if item is None:
            return _country_ending_item(text, countries, end, sentence.end)
    found = countries.country_named(item.group("country"))
    return country_party(found) if found else None


def _country_ending_item(
    text: str, countries: Gazetteer, end: int, sentence_end: int
) -> Party | None:
    """The country a roll's item names last, after the name's office and a comma: a roll
    gives each leader's offices in full ("Prime Minister and Minister of Trade") and then the
    state, as communiqués write them."""
    item_end = text.find(";", end, sentence_end)
    words = text[end : sentence_end if item_end < 0 else item_end]
    last = words.rsplit(", ", 1)[-1].strip().removesuffix(".")
    found = countries.country_named(last) if ", " in words else None
    return country_party(found) if found else None


def country_paired(article: Text, countries: Gazetteer, start: int, end: int) -> Party | None:
    """The country a list pairs a name with: "the presidents of Norway, X; Chile, Y, and
    Peru, Z" (or "Chile, Y and Peru, Z"), "From Peru, X; from Chile, Y" (a run that ends
    the pair, not a city before its country)."""
    text = article.text
    pair = _COUNTRY_PAIRED.search(text, max(0, start - 60), start)
    if pair is None:
        return None
    if pair.group("joined"):  # "Chile, X; Peru, Y and Ghana, Z are …": a list's last pair
        if ";" not in text[article.sentence_at(start).start : start]:
            return None
    elif not _PAIR_ENDS.match(text, end):
        return None
    before = _STATE_OPENING.search(text, max(0, pair.start() - 40), pair.start())
    office_end = before.start() if before else pair.start()
    title = TITLE_ENDS.search(text, max(0, office_end - 40), office_end)
    if title and follows_a_name(article.text, title.start()):
        return None  # "A, Prime Minister of (the Republic of) Nepal, B": the country is A's
    found = countries.country_named(pair.group("country"))
    return country_party(found) if found else None


def respective(
    article: Text, countries: Gazetteer, start: int, end: int
) -> tuple[str, Party] | None:
    """The office and country a name takes in "the prime ministers of Chile and Peru, X and
    Y, respectively" or "Serbia's and Bulgaria's premiers, X and Y": the countries, however
    many, in the order of the names."""
    text = article.text
    if paired := _possessives_paired(article, countries, start, end):
        return paired
    offices = list(_PLURAL_OFFICE_OF.finditer(text, max(0, start - 400), start))
    if not offices:
        return None
    office = offices[-1]
    for boundary in _COUNTRIES_END.finditer(text, office.end(), start + 1):
        names = _names_listed(article, boundary.end())
        if (start, end) not in names:
            continue
        listed = _countries_listed(countries, text[office.end() : boundary.start()], len(names))
        if listed:
            country = listed[names.index((start, end))]
            return office.group("title"), country_party(country)
    return None


# "Serbia's and Bulgaria's premiers, ": the countries' possessives, then the office in the plural
_POSSESSIVES_BEFORE = lazy_compile(
    r"(?P<countries>(?:[A-Z][\w-]*[ ]){0,3}[A-Z][\w-]*['’]s(?:,?[ ]and[ ]|,[ ])"
    r"(?:(?:[A-Z][\w-]*[ ]){0,3}[A-Z][\w-]*['’]s(?:,?[ ]and[ ]|,[ ]|[ ]))+)"
    r"(?P<office>[a-z]+(?:[ ][a-z]+)?)s,[ ]$"
)
_COMMA = lazy_compile(r",[ ]")
_POSSESSIVE_ENDS = lazy_compile(r"['’]s(?:,?[ ]and[ ]|,[ ]|[ ]|$)")


def _possessives_paired(
    article: Text, countries: Gazetteer, start: int, end: int
) -> tuple[str, Party] | None:
    """The office and country a name takes in "Serbia's and Bulgaria's premiers, X and Y":
    the countries' possessives in the order of the names."""
    text = article.text
    for opening in (comma.end() for comma in _COMMA.finditer(text, max(0, start - 300), start)):
        before = _POSSESSIVES_BEFORE.search(text, max(0, opening - 120), opening)
        office = before and TITLE_PATTERN.fullmatch(before.group("office"))
        names = _names_listed(article, opening) if office else []
        if not before or not office or (start, end) not in names:
            continue
        owners = [part for part in _POSSESSIVE_ENDS.split(before.group("countries")) if part]
        found = [country for owner in owners if (country := countries.country_named(owner))]
        if len(found) == len(owners) == len(names):
            country = found[names.index((start, end))]
            return office.group(0), country_party(country)
    return None


def _names_listed(article: Text, start: int) -> list[tuple[int, int]]:
    """Where each name of a list from ``start`` stands, "X, Y and Z", the last after "and";
    none when the words there are no such list."""
    text, names = article.text, []
    while run := CAPITALISED_RUN.match(text, start):
        names.append(run.span())
        joined = _NAMES_GO_ON.match(text, run.end())
        if joined is None:
            return []
        if joined.group("last"):
            last = CAPITALISED_RUN.match(text, joined.end())
            return [*names, last.span()] if last else []
        start = joined.end()
    return []


def bracketed_after_country(
    article: Text, countries: Gazetteer, start: int, end: int
) -> tuple[str, Party] | None:
    """The office a plural before a list gives and the country a name in brackets follows
    ("the presidents of Chile (X) and Peru (Y)", "his counterparts from Chile (X)"), else
    none."""
    text = article.text
    if text[end : end + 1] != ")":
        return None
    before = _COUNTRY_BEFORE_BRACKET.search(text, max(0, start - 50), start)
    found = before and countries.country_named(before.group("country"))
    if not before or not found:
        return None
    office = _PLURAL_TITLE_OF.search(text, max(0, before.start() - 200), before.start())
    if office is None:  # "Reykjavik, Iceland (Nordic Wire)": a credit, not a list of offices
        return None
    return office.group("title"), country_party(found)


def _countries_listed(countries: Gazetteer, words: str, count: int) -> list[Country] | None:
    """``words`` read as exactly ``count`` countries joined by commas and "and" ("Antigua
    and Barbuda and Peru" is two), or None when they cannot be."""
    tokens = LIST_SEPARATOR.split(words)
    parts, separators = tokens[0::2], tokens[1::2]

    def read(first: int, left: int) -> list[Country] | None:
        if first == len(parts) or left == 0:
            return [] if first == len(parts) and left == 0 else None
        for last in range(first + 1, len(parts) + 1):
            name = parts[first] + "".join(
                separators[index - 1] + parts[index] for index in range(first + 1, last)
            )
            country = countries.country_named(name)
            rest = read(last, left - 1) if country else None
            if country and rest is not None:
                return [country, *rest]
        return None

    return read(0, count)


def parties_represented_respectively(
    article: Text, countries: Gazetteer, mentions: list[Mention]
) -> None:
    """ "A and B were represented by X and Y, respectively": each named envoy is of the
    country in the same place in the list before, whatever a title nearer them said."""
    text = article.text
    for sentence in article.sentences:
        found = _REPRESENTED_RESPECTIVELY.search(text, sentence.start, sentence.end)
        if found is None:
            continue
        states = list(
            dict.fromkeys(
                place.country
                for place in countries.find(text, *found.span("states"))
                if not place.adjective
            )
        )
        envoys: list[Person] = []
        for mention in mentions:
            within = found.start("envoys") <= mention.span.start < found.end("envoys")
            if within and not any(mention.person is envoy for envoy in envoys):
                envoys.append(mention.person)
        if len(states) >= 2 and len(states) == len(envoys):
            for envoy, state in zip(envoys, states, strict=True):
                envoy.party = country_party(state)
                envoy.party_inferred = False
