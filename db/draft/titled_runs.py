"""A run of capitalised words read as whose the title is, the title, and the name after it.

"Finnish President Sauli Niinistö", "Prime Minister of Australia Tom Harlow" (the country
served opens the run), "Minister of Rural Affairs Mart Kask" (the portfolio's last word ends
it), "Managing Director of the International Lagoon Fund (ILF) Ola Brekke" (the body's
abbreviation parts the office from the run), "acting President X", "Former Swedish President
X". A title may also stand before the run, in lower case or ended by a form of address
("French president X", "Prime Minister of A Dr. X"), or only a country's possessive ("Norway's
X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.draft.abbreviations import spells
from db.draft.countries import Gazetteer
from db.draft.forms_of_address import (
    ADDRESS_BEFORE,
    ADDRESS_OPENING,
    ADDRESS_WORD,
    KNOWN_WITH_OPENING,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Party
from db.draft.name_bounds import MEMBERS_NOUNS
from db.draft.office_patterns import (
    BODY_AND_ABBREVIATION_BEFORE,
    BODY_OF_BEFORE,
    CHAIR_TITLES,
    LOWER_TITLE_BEFORE,
    MODIFIER_BEFORE,
    MODIFIER_OPENING,
    NO_PARTY_WORDS,
    OF_A_COUNTRY_BEFORE,
    OFFICE_AND_BEFORE,
    PORTFOLIO_BEFORE,
    TITLE_BEFORE_ADDRESS,
    TITLE_OF_BEFORE,
    ends_a_portfolio,
    given_name_at,
    heads_no_country,
)
from db.draft.parties import BODY_NOUNS, POSSESSIVE_BEFORE, PartyReader, country_party
from db.draft.titles import TITLE_PATTERN


@dataclass(frozen=True)
class Candidate:
    """A run of capitalised words read as [prefix] [title] name; ``start`` is where it begins."""

    name: str
    name_start: int
    start: int
    prefix: str = ""
    title: str = ""
    served: Party | None = None  # the body a title before the run names in full


def start_before_address(text: str, run: re.Match[str]) -> int:
    """Where the words before a name begin once the forms of address between them and the
    name are passed over ("PM Hon. X", "the Honourable X"): titles are looked for before it."""
    leading = ADDRESS_OPENING.match(text, run.start(), run.end())
    end = leading.end() if leading else run.start()
    address = ADDRESS_BEFORE.search(text, max(0, end - 60), end)
    return address.start() if address else run.start()


def _name_ending_in_a_title(text: str, run: re.Match[str], title: re.Match[str]) -> bool:
    """Whether the title ending a run is the last word of a name after its form of address
    ("Honourable Stephenson King"): a form of address opens the run or comes just before
    it, and a word not of the address comes before the title (not "H.E. Secretary
    General")."""
    words = run.group(0)
    leading = ADDRESS_OPENING.match(words)
    return (
        title.end() == len(words)
        and bool(words[leading.end() if leading else 0 : title.start()].strip())
        and bool(leading or ADDRESS_BEFORE.search(text, max(0, run.start() - 60), run.start()))
    )


def _addressed_at(words: list[str]) -> int | None:
    """Where a form of address or a style inside a run after a portfolio opens the name:
    "Defense HH Salman bin Abdulaziz Al Saud", "Interior Sheikh Abdullah bin Nasser Al-Thani"
    (the name is longer than the last two words a portfolio's holder is otherwise given)."""
    return next(
        (
            index
            for index, word in enumerate(words[1:-2], start=1)
            if ADDRESS_WORD.fullmatch(word) or KNOWN_WITH_OPENING.match(f"{word} ")
        ),
        None,
    )


def split_run(
    text: str, countries: Gazetteer, parties: PartyReader, run: re.Match[str]
) -> Candidate:
    """Split a run into what precedes a title, the title, and the name after it."""
    words, before = run.group(0), start_before_address(text, run)
    if bracketed := _after_an_office_of_a_body_in_brackets(text, parties, run):
        return bracketed
    title_of = TITLE_OF_BEFORE.search(text, max(0, before - 60), before)
    body_of = None if title_of else BODY_OF_BEFORE.search(text, max(0, before - 30), before)
    if body_of:  # "Secretary General of the Organization of Lagoon States Ana Ruiz"
        title_of = TITLE_OF_BEFORE.search(text, max(0, body_of.start() - 60), body_of.start())
    served = (
        _leading_party_words(countries, words.split(), states=body_of is not None)
        if title_of
        else 0
    )
    house = _house_words(words.split()[served:]) if served else 0
    rest = " ".join(words.split()[served + house :])
    if title_of and served and len(rest.split()) >= 2 and not _title_in(countries, rest):
        # "Prime Minister of Australia Tom Harlow", "Secretary General of the Alpine
        # League Omar Fathi", "Speaker of the Albanian Parliament Ana Ruiz": the run opens
        # with the country or body served.
        prefix = " ".join(words.split()[:served])
        skipped = len(" ".join(words.split()[: served + house]))
        return Candidate(
            name=words[skipped:].lstrip(),
            name_start=run.start() + skipped + 1,
            prefix=prefix,
            title=title_of.group("title"),
            start=title_of.start(),
        )
    portfolio = PORTFOLIO_BEFORE.search(text, max(0, before - 40), before)
    split = words.split()
    # "Minister of Rural Affairs Mart Kask": the words after the portfolio's last word
    # ("Affairs Zambry Abdul Kadir"), else the last two and the initials between them
    # ("State Ana J. Ruiz"), name the minister; an abstract noun ends one too ("… and
    # Cooperation Ana Ruiz Soto").
    ends = [index for index, word in enumerate(split[:-2]) if ends_a_portfolio(word)]
    cut = ends[-1] + 1 if ends else _addressed_at(split) or given_name_at(split)
    if portfolio and heads_no_country(portfolio.group("title"), split[:cut]):
        portfolio = None
    if portfolio and _served_country_before_and(countries, portfolio.group("title")):
        portfolio = None
    if portfolio and len(split) >= 3:
        office, name = split[:cut], " ".join(split[cut:])
        return Candidate(
            name=name,
            name_start=run.end() - len(name),
            prefix=portfolio.group("who") or "",
            title=f"{portfolio.group('title')}{' '.join(office)}",
            start=portfolio.start(),
        )
    title = None if portfolio else _title_in(countries, words)
    if title and _name_ending_in_a_title(text, run, title):
        title = None
    if title is None:
        return Candidate(name=words, name_start=run.start(), start=run.start())
    name = _without_the_title_again(countries, words[title.end() :].lstrip(), title.group(0))
    title_text, start = title.group(0), run.start()
    modifier = MODIFIER_BEFORE.search(text, max(0, before - 12), before)
    if title.start() == 0 and modifier:  # "acting President …"
        title_text, start = f"{modifier.group(1)} {title_text}", modifier.start()
    elif title.start() > 0 and (opening := MODIFIER_OPENING.match(words)):
        title_text = f"{opening.group(1).lower()} {title_text}"  # "Former Swedish President"
    elif title.start() > 0 and modifier:  # "former Swedish President …"
        title_text, start = f"{modifier.group(1).lower()} {title_text}", modifier.start()
    prefix = words[: title.start()].strip()
    if prefix and (whole := _country_ending_in(text, countries, run.start(), len(prefix))):
        prefix, start = whole  # "the Democratic Republic of Congo President X"
    return Candidate(
        name=name,
        name_start=run.end() - len(name),
        prefix=prefix,
        title=title_text,
        start=start,
    )


def _without_the_title_again(countries: Gazetteer, name: str, title: str) -> str:
    """The name after a title the run writes twice, a copy slip ("Chilean President Chilean
    President X"): the second title, and the demonym before it, are no part of the name."""
    again = _title_in(countries, name)
    if again is None or again.group(0) != title or not name[again.end() :].strip():
        return name
    before = name[: again.start()].strip()
    if before and countries.country_named(before) is None:
        return name
    return name[again.end() :].lstrip()


def _country_ending_in(
    text: str, countries: Gazetteer, start: int, length: int
) -> tuple[str, int] | None:
    """The whole name of a country whose last words open a run ("Congo" of "the Democratic
    Republic of Congo President X"), with where it begins: a run of capitalised words stops at
    the name's "of", and its last word alone may name another country."""
    end = start + length
    for named in countries.find(text, max(0, start - 40), end):
        if named.span.start < start and named.span.end == end:
            return text[named.span.start : end], named.span.start
    return None


def _after_an_office_of_a_body_in_brackets(
    text: str, parties: PartyReader, run: re.Match[str]
) -> Candidate | None:
    """The name a run holds whole, after a title and the body it serves whose abbreviation
    in brackets parts them from the run ("Managing Director of the International Lagoon
    Fund (ILF) Ola Brekke"), if so."""
    before = run.start()
    body = BODY_AND_ABBREVIATION_BEFORE.search(text, max(0, before - 80), before)
    if body is None:
        return None
    title = TITLE_OF_BEFORE.search(text, max(0, body.start() - 60), body.start("body"))
    name = body.group("body")
    served = parties.named(name) or (
        parties.body(name) if spells(body.group("abbreviation").replace(".", ""), name) else None
    )
    if title is None or served is None:
        return None
    return Candidate(
        name=run.group(0),
        name_start=before,
        start=title.start(),
        title=title.group("title"),
        served=served,
    )


def _served_country_before_and(countries: Gazetteer, title: str) -> bool:
    """ "X, Deputy Prime Minister of Norway and Ola Berg, …": a country before "and" ends
    one item of a list, and the "and" opens the next name, not a portfolio's next words."""
    served = title.split()[2:-1]
    return bool(served) and countries.country_named(" ".join(served)) is not None


# A country's house of parliament, after the country's name or adjective: "Speaker of the
# Albanian Parliament X", "of the Kenyan National Assembly X"
_HOUSES = frozenset({"Parliament", "Senate", "Assembly", "Congress"})
_HOUSE_ADJECTIVES = frozenset({"National", "Federal", "Grand", "Supreme"})


def _house_words(words: list[str]) -> int:
    """How many of the first words name a country's house of parliament ("National
    Assembly"), or 0: the office's words, not the name's, though the name follows them."""
    adjectives = 0
    while adjectives < len(words) and words[adjectives] in _HOUSE_ADJECTIVES:
        adjectives += 1
    return adjectives + 1 if adjectives < len(words) and words[adjectives] in _HOUSES else 0


def _leading_party_words(countries: Gazetteer, words: list[str], *, states: bool = False) -> int:
    """How many of the first words name a country or a body ("Alpine League"; "Lagoon
    States" too after "the Organization of" when ``states``), or 0."""
    nouns = BODY_NOUNS | MEMBERS_NOUNS if states else BODY_NOUNS
    for count in range(min(len(words), 4), 0, -1):
        if countries.country_named(" ".join(words[:count])) or (
            count >= 2 and words[count - 1] in nouns
        ):
            return count
    return 0


def _title_in(countries: Gazetteer, words: str) -> re.Match[str] | None:
    """The title in a run of capitalised words; a demonym before it is not part of it
    ("Finnish Minister": the title is "Minister", and the person is Finland's)."""
    for title in TITLE_PATTERN.finditer(words):
        first = title.group(0).split()[0]
        if title.start() > 0 and words[title.start() - 1] not in " \u00a0":
            continue
        role = title.group(0).casefold()
        if (role == "host" or role in CHAIR_TITLES) and _office_follows(
            countries, words, title.end() + 1
        ):
            continue  # "Host President X", "Chairman Prime Minister X": the office follows
        if " " in title.group(0) and countries.country_named(first):
            return TITLE_PATTERN.match(words, title.start() + len(first) + 1)
        return title
    return None


def _office_follows(countries: Gazetteer, words: str, start: int) -> bool:
    """Whether an office begins at ``start`` of a run of capitalised words, after a
    country's name or adjective or none ("Host President X", "Host New Zealand Prime
    Minister X")."""
    rest = words[start:].split(" ")
    return any(
        (count == 0 or countries.country_named(" ".join(rest[:count])) is not None)
        and TITLE_PATTERN.match(" ".join(rest[count:])) is not None
        for count in range(min(len(rest), 4))
    )


# "including host country leader X", "host leader X": the leader of the meeting's country,
# named as "host X" is
_HOST_LEADER = lazy_compile(r"\bhost[ ](?:country[ ])?leader[ ]$")


def title_outside_run(
    text: str,
    countries: Gazetteer,
    parties: PartyReader,
    run: re.Match[str],
    candidate: Candidate,
) -> tuple[str, int, Party | None]:
    """A title (and the party it serves) written before the run but not in it: "French
    president X", "Prime Minister of Australia X"; or the country of "Norway's X"."""
    start = candidate.start
    opening = start_before_address(text, run)
    if opening < run.start() and (office_of := _office_of_a_country(text, parties, opening)):
        return office_of
    before = TITLE_BEFORE_ADDRESS if opening < run.start() else LOWER_TITLE_BEFORE
    lower = before.search(text, max(0, opening - 80), opening)
    office = lower and OFFICE_AND_BEFORE.search(text, max(0, lower.start() - 80), lower.start())
    if lower and office and lower.group("title").casefold() == "host":
        # "Cambodian Prime Minister and ASEAN host X": the office, not the role
        return (
            office.group("title"),
            office.start(),
            parties.of_prefix(office.group("who")),
        )
    if lower and office and lower.group("title").casefold() in CHAIR_TITLES:
        # "Niue premier and Forum chairman X": the country's leader who chairs the body
        party = parties.of_prefix(office.group("who"))
        if party is not None and party.is_country:
            return office.group("title"), office.start(), party
    if lower and _HOST_LEADER.search(lower.group(0)):
        return "host", lower.start(), None  # the host country's leader: its host
    if lower:
        who, title = _title_opening_who(
            (lower.group("who") or "").strip(), lower.group("title"), parties
        )
        party = parties.of_prefix(who) if who and who not in NO_PARTY_WORDS else None
        title_start = lower.end("title") - len(title)
        return title, title_start if party is None else lower.start("who"), party
    possessive = POSSESSIVE_BEFORE.search(text, max(0, opening - 40), opening)
    if possessive:
        who = possessive.group("who")
        found = countries.country_named(who) or parties.country_misspelt(who)
        if found:
            return "", possessive.start(), country_party(found)
    return "", start, None


def _title_opening_who(who: str, title: str, parties: PartyReader) -> tuple[str, str]:
    """The words before a lower-case title and the title, with the capitalised words that
    begin the title moved to it: "Prime minister X", "Foreign minister X", "Vice president X"
    (a sentence's capital on a title a paper writes in lower case), not a country's word
    ("Chilean minister X")."""
    words = who.split()
    # no word of a country's name moves: "South Korean minister X"
    country_words = max(
        (
            count
            for count in range(1, len(words) + 1)
            if parties.of_prefix(" ".join(words[-count:]))
        ),
        default=0,
    )
    for count in range(len(words), country_words, -1):
        whole = " ".join([*words[-count:], title])
        if TITLE_PATTERN.fullmatch(whole):
            return " ".join(words[:-count]), whole
    return who, title


def _office_of_a_country(
    text: str, parties: PartyReader, opening: int
) -> tuple[str, int, Party] | None:
    """ "Prime Minister of A Dr. X": the office and the country after its "of", right before
    a form of address, read as "Prime Minister of A X" is, not as the portfolio "Minister of
    A" with "Prime" before it."""
    of = OF_A_COUNTRY_BEFORE.search(text, max(0, opening - 50), opening)
    party = parties.of_prefix(of.group("who")) if of else None
    if of is None or party is None or not party.is_country:
        return None
    office = TITLE_BEFORE_ADDRESS.search(text, max(0, of.start() - 80), of.start() + 1)
    return (office.group("title"), office.start("title"), party) if office else None
