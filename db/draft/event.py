"""The event an article reports: what kind of gathering, where, and on which day.

The kind is the first of a short list of gathering words the article uses (a summit before a
meeting); the place comes from "in Norway's capital of Oslo", a dateline ("OSLO, Norway (…) —"),
a city the meeting is in ("a summit in Oslo", "leaders gathered in Oslo, Norway"), a dateline
of a city alone ("OSLO: …"), "the Norwegian capital Oslo", "in Oslo, Norway" or "a visit to
Norway"; a city alone is one the list of cities knows, with its country. A city may be written
with a state, province or region of its country instead ("TORONTO, Ontario (…) —", "SEA
ISLAND, Ga.", "in Huntsville, Ont., on Friday"): then it is the city of that name there, and so is the
city the text names alone elsewhere ("arrive in Huntsville"). The day is the
weekday first named beside it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from db.draft.cities import City, city_in, city_named
from db.draft.countries import Gazetteer
from db.draft.divisions import division_countries
from db.draft.lazy_regex import LazyPattern, lazy_compile
from db.draft.model import Event, Organization
from db.draft.page_chrome import is_caption
from db.draft.text import UPPER, Span, Text
from db.draft.words import WEEKDAY
from db.factfile.country_names import country_with_code

_KINDS = (
    "state visit",
    "official visit",
    "summit",
    "assembly",
    "conference",
    "congress",
    "forum",
    "visit",
    "talks",
    "meeting",
)
_YEARLY = lazy_compile(
    r"\b(?:annual|yearly)[ ](?:summit|meeting|assembly|conference|congress|forum|gathering)\b",
    re.IGNORECASE,
)
_WEEKDAY = lazy_compile(rf"\b{WEEKDAY}\b")
_PLACE_WORD = rf"[{UPPER}][^\W\d_]*(?:[- ][{UPPER}][^\W\d_]*)*"
# a country, or a division of one in full or abbreviated: "Ontario", "Ga.", "W.Va.", "P.E.I."
_PLACE_NAME = rf"(?:(?:[{UPPER}][a-z]{{0,4}}\.){{1,3}}|{_PLACE_WORD})"
_CAPITAL_OF = lazy_compile(
    rf"\bin[ ](?P<country>{_PLACE_WORD})['’]s[ ]capital(?:[ ]of|,)[ ](?P<city>{_PLACE_WORD})"
)
_CITY_COUNTRY = lazy_compile(rf"\bin[ ](?P<city>{_PLACE_WORD}),[ ](?P<country>{_PLACE_NAME})")
_DATELINE = lazy_compile(
    # "CANCUN, Mexico, June 19 (Xinhua) --", and Al Jazeera's "Cancun, Mexico –"
    rf"^(?P<city>[{UPPER}][{UPPER} .'’‘-]+|{_PLACE_WORD}),[ ](?P<country>{_PLACE_NAME})"
    r"(?:,[ ][\w .]{1,20})?[ ](?:\(|[—–-])",
    re.MULTILINE,
)
_CITY_AFTER_VENUE = lazy_compile(rf",[ ](?P<city>{_PLACE_WORD}),[ ](?P<country>{_PLACE_NAME})")
_VISIT_TO = lazy_compile(rf"\b(?:visit|trip)[ ]to[ ](?P<city>{_PLACE_WORD})")
# "St. Petersburg", "St Louis": a saint's name abbreviated opens a city's
_CITY_WORDS = (
    rf"(?:St\.?[ ])?[{UPPER}][^\W\d_]*"
    rf"(?:[- ](?:(?:de|da|do|del|di|es|al|el)[ ])?[{UPPER}][^\W\d_]*)*"
)
# "a summit in Minsk", "leaders gathered in Riyadh": where the meeting is, not a city named
# in passing
_GATHERED = (
    r"\b(?i:summit|meeting|conference|session|talks|discussions|gather(?:s|ed|ing)?|met|meets?"
    r"|convened|converg(?:e|es|ed|ing)|held|hosted|hosting|opened|concluded|t(?:ook|akes?|aking)[ ]place"
    r"|kick(?:s|ed|ing)?[ ]off)"
    r"\b[^.;]{0,60}?\b"
)
# "in the Mexican resort of Cancun", "in the ancient city of Samarkand"
_THE_TOWN_OF = r"(?:the[ ](?:[\w-]+[ ]){0,3}?(?:city|town|resort|capital|port)[ ]of[ ])?"
_GATHERED_IN = lazy_compile(rf"{_GATHERED}in[ ]{_THE_TOWN_OF}(?P<city>{_CITY_WORDS})")
# "heads to Suva for the meeting", "landed in Hiroshima", "Coming to Suva are X and Y"
_TRAVELLED_TO = lazy_compile(
    r"\b(?:(?:head(?:s|ed|ing)?|travel(?:s|led|ling)?|fl(?:ew|ies|y|ying)|arriv(?:e|es|ed|ing)"
    r"|land(?:s|ed|ing)?)[ ](?:to|in)|[Cc](?:ome|omes|oming|ame)[ ]to)"
    rf"[ ]{_THE_TOWN_OF}(?P<city>{_CITY_WORDS})"
)
_ANOTHER_MEETING_BEFORE = lazy_compile(
    r"\b(?:last|previous|past|next|upcoming|former)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:summit|meeting|session|gathering|conference|edition)s?\b",
    re.IGNORECASE,
)
# "a summit to discuss the conflicts in Gaza": the place of what the meeting is about
_TROUBLE_BEFORE = lazy_compile(
    r"\b(?:conflicts?|war|crisis|fighting|violence|tensions|unrest|situation)[ ]in[ ]$"
)
_ANOTHER_TIME_AFTER = lazy_compile(
    r",?[ ](?:in[ ](?:[A-Z][a-z]{2,8}[ ])?(?:19|20)\d\d\b|last[ ](?:year|month|week)\b"
    r"|(?:[\w-]+[ ]){1,2}(?:years?|months?)[ ]ago\b)"
)
_GATHERED_AT = lazy_compile(rf"{_GATHERED}at[ ]the[ ](?P<venue>{_CITY_WORDS})")  # a venue
_COMMA_COUNTRY = lazy_compile(rf",[ ](?P<country>{_PLACE_NAME})")
# what follows a country that is one of a list, or owns what comes next: "…, Libya", "’s"
_LIST_GOES_ON = lazy_compile(rf"['’]s\b|(?:,|[ ]and)[ ](?P<country>{_PLACE_WORD})")
# what follows a division that closes a city's place in a sentence: a mark, then perhaps its
# country ("in Toronto, Ontario, Canada"), never the next place of a list ("…, and Tokyo")
_MARK_AFTER = lazy_compile(r"[,.;:()—–-]|$", re.MULTILINE)
_NEXT_IN_LIST = lazy_compile(rf",?[ ](?:(?:and|or)[ ])?(?P<place>{_PLACE_WORD})")
# "the Indonesian capital Jakarta", "the Icelandic capital of Reykjavik"
_CAPITAL = lazy_compile(rf"\bcapital(?:[ ]city)?(?:[ ]of|,)?[ ](?P<city>{_CITY_WORDS})")
_DAY_OF_MONTH = r"[A-Z][a-z]{2,8}\.?[ ]\d{1,2}"  # "Oct 15", "Dec. 1"
# "CAIRO: …", "BISHKEK, Oct 15 (Agency) –", "KUALA LUMPUR — …", "YEREVAN (RFE/RL) — …",
# "Luanda – …", "Lima: …": a city opening a line
# (a word in lower case too before a colon may be a heading: "Summit: …")
_CITY_DATELINE = lazy_compile(
    rf"^[^\S\n]*(?:date[ ]\S+[ ]+)?(?:(?P<city>[{UPPER}][{UPPER} .'-]+?)"
    rf"(?:,[ ]{_DAY_OF_MONTH}(?:,[ ]\d{{4}})?)?[ ]?[/:(]"  # "RIYADH, November 11, 2024:"
    # "Lima: Prime Minister X on Friday welcomed …": a city opening the lead, as some papers
    # write it, before a colon and a sentence (not a heading's "Summit: What to Expect")
    rf"|(?P<city2>[{UPPER}][{UPPER} .'-]+?|{_CITY_WORDS})"
    rf"(?:[ ](?:--|[—–-])[ ]|:[ ](?=[{UPPER}][^\n]{{40,}}\.)))",
    re.MULTILINE,
)

# an organization named as a meeting ("Nordic Summit", "Trilateral meeting"); not a body named
# after its conference ("Organization of the Islamic Conference")
_A_MEETING = lazy_compile(r"[ ](?i:summit|meeting)$")


def find_event(text: Text, organization: Organization | None, countries: Gazetteer) -> Event:
    kind, sentence = _kind(text)
    place, place_span = _place(text, countries, organization.name if organization else None)
    day, day_sentence = _day(text, sentence)
    if organization is not None:
        name = f"{kind} of the {organization.name}"
        # the body is the meeting: "East Asia Summit", "Summit of the Americas", and a "Nordic
        # Summit" or "Trilateral meeting" where the text calls it a visit or a summit
        if re.search(rf"\b{kind}\b", organization.name, re.IGNORECASE) or (
            _A_MEETING.search(organization.name)
        ):
            name = organization.name
        if _YEARLY.search(text.text):
            name = f"Annual {name}"
        name = name[0].upper() + name[1:]
    elif kind.endswith("visit") and place:
        name = f"{kind.capitalize()} to {place.split(', ')[-1]}"
    else:
        name = f"{kind.capitalize()} in {place}" if place else kind.capitalize()
    evidence = [span for span in (sentence, place_span, day_sentence) if span is not None]
    if not evidence:
        evidence = [text.sentences[0]]
    return Event(name=name, evidence=tuple(dict.fromkeys(evidence)), place=place, day=day)


def _kind(text: Text) -> tuple[str, Span | None]:
    body = _captions_last(text, text.sentences[1:]) or text.sentences
    for kind in _KINDS:
        pattern = re.compile(rf"\b{kind}\b", re.IGNORECASE)
        for sentence in body:
            if pattern.search(text[sentence]):
                return kind, sentence
    return "meeting", None


def _captions_last(text: Text, sentences: list[Span]) -> list[Span]:
    """The sentences, those ending on a photo's caption line last: the day a photo was taken,
    and the meeting it was taken at, may be another's ("… ahead of the summit, Monday"), so a
    caption speaks only where the report does not. A caption's credit may run on into the
    lead's line ("Photo: X ⏎ OSLO: …")."""
    return sorted(sentences, key=lambda sentence: is_caption(_last_line(text, sentence)))


def _last_line(text: Text, span: Span) -> str:
    start = text.text.rfind("\n", 0, max(span.start, span.end - 1)) + 1
    end = text.text.find("\n", start)
    return text.text[start : len(text.text) if end == -1 else end]


def _place(
    text: Text, countries: Gazetteer, body: str | None = None
) -> tuple[str | None, Span | None]:
    for pattern in (_CAPITAL_OF, _DATELINE):
        found = _city_and_country(text, pattern, countries, dateline=pattern is _DATELINE)
        if found[0] is not None:
            return found
    for pattern in (_GATHERED_IN, _CITY_DATELINE, _GATHERED_AT, _CAPITAL, _TRAVELLED_TO):
        for match in pattern.finditer(text.text):
            if pattern is _GATHERED_IN and _of_another_meeting(text, match):
                continue
            if body and _in_the_bodys_name(text, match.start(match.lastgroup or 0), body):
                continue
            city = _city_named_at(text, match, countries)
            if city is not None:
                return city
    found = _city_and_country(text, _CITY_COUNTRY, countries)
    if found[0] is not None:
        return found
    visit = _VISIT_TO.search(text.text)
    if visit:
        return visit.group("city"), Span(visit.start(), visit.end())
    return None, None


def _of_another_meeting(text: Text, match: re.Match[str]) -> bool:
    """Whether a meeting's city is another meeting's: "The last meeting, in Kigali", "the
    next summit will be held in Lima", "met in Lima in 2019" (or "in May 2019"), "… in Lima two
    years ago"; or the place of what it is about: "a summit to discuss the war in Gaza"."""
    sentence = text.sentence_at(match.start())
    return bool(
        _ANOTHER_MEETING_BEFORE.search(text.text, sentence.start, match.end())
        or _TROUBLE_BEFORE.search(text.text, match.start(), match.start("city"))
        or _ANOTHER_TIME_AFTER.match(text.text, match.end("city"))
    )


def _in_the_bodys_name(text: Text, at: int, body: str) -> bool:
    """Whether the place at ``at`` is a word of the body's name ("Conference on … Measures in
    Asia"), which says nothing of where it meets."""
    start = text.text.rfind(body, max(0, at - len(body)), at + len(body))
    return start != -1 and start <= at < start + len(body)


def _city_named_at(
    text: Text, match: re.Match[str], countries: Gazetteer
) -> tuple[str, Span] | None:
    """The city a match names: with the country written after it ("in Bali, Indonesia": that
    Bali), else as the list of cities knows it; a venue ("at the Lima Convention Center") by
    its first words."""
    group = next(name for name in ("city", "city2", "venue") if match.groupdict().get(name))
    start = match.start(group)
    if group == "venue":
        known = _known_city(match.group(group), countries, venue=True)
        return _place_of(*known, start) if known else _city_after_venue(text, match, countries)
    after = _COMMA_COUNTRY.match(text.text, match.end(group))
    if after:
        place = _city_and_place(text, match.group(group), after["country"], after.end(), countries)
        if place:
            return place, Span(start, after.end())
    known = _known_city(match.group(group), countries)
    if known is None:
        return None
    written = _as_written_elsewhere(text, known[1], countries)
    return (written, Span(start, start + len(known[1]))) if written else _place_of(*known, start)


def _city_after_venue(
    text: Text, venue: re.Match[str], countries: Gazetteer
) -> tuple[str, Span] | None:
    """The city and country written after a venue ("at the Sherbourne Conference Centre,
    Bridgetown, Barbados"), as a communiqué places its meeting."""
    after = _CITY_AFTER_VENUE.match(text.text, venue.end("venue"))
    if after is None:
        return None
    place = _city_and_place(text, after["city"], after["country"], after.end(), countries)
    return (place, Span(after.start("city"), after.end())) if place else None


def _as_written_elsewhere(text: Text, city: str, countries: Gazetteer) -> str | None:
    """The place of a city named alone ("arrive in Huntsville") where the text writes it with
    its country or division elsewhere ("flew into Huntsville, Ont, Friday": the Huntsville of
    Canada, not the more populous one of the US)."""
    written = re.compile(rf"\b(?i:{re.escape(city)}),[ ](?P<country>{_PLACE_NAME})")
    for match in written.finditer(text.text):
        place = _city_and_place(text, city, match["country"], match.end("country"), countries)
        if place:
            return place
    return None


def _city_and_country(
    text: Text, pattern: LazyPattern, countries: Gazetteer, *, dateline: bool = False
) -> tuple[str | None, Span | None]:
    for match in pattern.finditer(text.text):
        city, named = match.group("city"), match.group("country")
        if match.start("country") < match.start("city"):  # "in Latvia's capital of Riga"
            country = countries.country_named(named)
            place = f"{_cased(city)}, {country.name}" if country else None
        else:
            end = match.end("country")
            place = _city_and_place(text, city, named, end, countries, dateline=dateline)
        if place:
            return place, Span(match.start(), match.end("country"))
    return None, None


class _InDivision(NamedTuple):
    place: str
    code: str
    known: bool
    """Whether the list of cities knows the city in that country."""


def _city_and_place(
    text: Text, city: str, named: str, end: int, countries: Gazetteer, *, dateline: bool = False
) -> str | None:
    """The place "City, Named" ending at ``end`` names, by the country or the division of one
    ``named`` names: "Atlanta, Georgia" is in the US state, as the list of cities knows an
    Atlanta there and none in the country of that name; "Tbilisi, Georgia" and a city the list
    does not know are in the country, unless it is one of the few the country table lists
    without an ISO code ("Gleneagles, Scotland"); a city the list knows only elsewhere, with a
    word after the country, is not: the country opens the next clause ("in Dushanbe,
    Turkmenistan will …"). In a sentence, a division must close the place."""
    # a full stop after a short name may be the sentence's ("in Victoria, Malta.")
    country = countries.country_named(named) or countries.country_named(named.removesuffix("."))
    if country is None and dateline:  # a dateline may write it in capitals: "VIENTIANE, LAOS —"
        country = countries.country_named(named.title())
    division = _in_division(city, named, countries)
    if (
        division
        and not dateline
        and not _closes_a_place(text, named, end, division.code, countries)
    ):
        division = None
    if country is None or not _city_then_country(text, city, end, countries):
        return division.place if division else None
    listed = city_in(city, country.code or "")
    if (
        not listed
        and not dateline
        and country.code
        and city_named(city) is not None
        and not _MARK_AFTER.match(text.text, end)
    ):
        return None  # "At the summit in Dushanbe, Turkmenistan will be represented by …"
    if division and (division.known or not country.code) and not listed:
        return division.place
    if listed and city.isupper():  # "NUKU'ALOFA" as the list writes it, "Nuku‘alofa"
        return f"{listed.name}, {country.name}"
    return f"{_cased(city)}, {country.name}"


def _in_division(city: str, named: str, countries: Gazetteer) -> _InDivision | None:
    """The city in the country whose first-level division is ``named`` ("Huntsville, Ont": the
    Huntsville of Canada); a city the list does not know ("Kananaskis, Alberta") only where one
    country has a division of that name and the words name no country."""
    codes = sorted(division_countries(named))
    known = [found for code in codes if (found := city_in(city, code)) is not None]
    if len(known) == 1 and (country := country_with_code(known[0].code)):
        return _InDivision(f"{known[0].name}, {country.name}", known[0].code, True)
    unknown = not known and city_named(city) is None and countries.country_named(city) is None
    if unknown and len(codes) == 1 and (country := country_with_code(codes[0])):
        return _InDivision(f"{_cased(city)}, {country.name}", codes[0], False)
    return None


def _closes_a_place(text: Text, named: str, end: int, code: str, countries: Gazetteer) -> bool:
    """Whether a division ending at ``end`` closes a city's place in a sentence: a mark follows
    it, not a word ("in Ottawa, Washington said"), and no place but its country follows that
    (not "in Beijing, Shanghai and Tokyo")."""
    if not (named.endswith(".") or _MARK_AFTER.match(text.text, end)):
        return False
    after = _NEXT_IN_LIST.match(text.text, end + (not named.endswith(".")))
    if after is None:
        return True
    following = after.group("place")
    country = countries.country_named(following)
    if country is not None:
        return country.code == code
    return not division_countries(following) and city_named(following) is None


def _city_then_country(text: Text, city: str, end: int, countries: Gazetteer) -> bool:
    """Whether "City, Country" ending at ``end`` names a place, not two items of a list of
    countries ("conflicts in Syria, Yemen and Libya") or a country then one of its people
    ("in Africa, Angola's president")."""
    if countries.country_named(city) is not None:
        return False
    after = _LIST_GOES_ON.match(text.text, end)
    return after is None or (
        after.group("country") is not None
        and countries.country_named(after.group("country")) is None
    )


def _cased(city: str) -> str:
    """ "JAKARTA" as "Jakarta"; a name in upper and lower case as written."""
    return city.title() if city.isupper() else city


def _place_of(city: City, words: str, start: int) -> tuple[str, Span]:
    country = country_with_code(city.code)
    place = f"{city.name}, {country.name}" if country else city.name
    return place, Span(start, start + len(words))


def _known_city(
    words: str, countries: Gazetteer, *, venue: bool = False
) -> tuple[City, str] | None:
    """The city the words name, or the city their first words name ("Jakarta" of "Jakarta
    Convention Center"), with those words; not a country's name, which may be the country
    ("Djibouti"). Of a ``venue``, only the first words, with the venue's after them."""
    parts = words.split(" ")
    for length in range(len(parts) - venue, 0, -1):
        named = " ".join(parts[:length])
        city = city_named(named)
        if city is not None and len(city.name) > 2 and countries.country_named(named) is None:
            return city, named
    return None


def _day(text: Text, sentence: Span | None) -> tuple[str | None, Span | None]:
    """The weekday in the event's sentence, else the first one the article names."""
    candidates = _captions_last(text, ([sentence] if sentence else []) + text.sentences[1:])
    for candidate in candidates:
        found = _WEEKDAY.search(text[candidate])
        if found:
            return found.group(0), candidate
    return None, None
