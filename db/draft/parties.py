"""Whom a person serves, as the words around their name name it: a country or a body.

A country is named in full or shortly, by its demonym, its possessive ("Norway's"), or the
first word of a name of several the text writes in full ("Burkina President"); a body by its
name ("the Fisheries Commission", "the Organization of Lagoon States") or its abbreviation
("U.N."). The same body named twice is one party. Words around a name say whose it is too:
"Chile was represented by X", "the Norwegian delegation led by X", "X (Chile)", "X from Chile",
"X will represent Chile".
"""

from __future__ import annotations

import re

from db.draft.cities import city_named
from db.draft.countries import Country, Gazetteer
from db.draft.forms_of_address import ADDRESS_WORD, ADDRESS_WORDS
from db.draft.keys import key_of
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Party
from db.draft.name_matching import spelt_similarly
from db.draft.office_patterns import ABBREVIATION_AFTER
from db.draft.text import UPPER, set_in_capitals
from db.draft.titles import TITLE_PATTERN
from db.draft.words import ORGANIZATION_NOUNS, WORD

# A state's name in full, whose words before "of" say its form of government.
_FORM_OF_STATE = lazy_compile(
    r"(?:[\w-]+[ ]){0,3}?(?:Republic|Kingdom|State|Federation|Commonwealth|Principality"
    r"|Sultanate|Emirate)[ ]of[ ](?:the[ ])?(?P<name>.+)"
    r"|Rep[uú]blica[ ]de[ ](?P<spanish>.+)"  # "República de Chile", as a Spanish list writes it
)
# "of Trinidad and Tobago", "of Sao Tome and Principe"
_OF_COUNTRY_WITH_AND = lazy_compile(
    rf"[ ]of[ ](?:the[ ])?(?P<of>(?:{WORD})(?:[ ](?:{WORD})){{0,2}}[ ]and[ ](?:{WORD})"
    rf"(?:[ ](?:{WORD})){{0,2}}?)(?![\w])"
)
# "of Brazil", "of Cote d'Ivoire": a name's word may open with an elided article ("d'", "l'");
# "of of Brazil", as a copy may double it
OF_AFTER = lazy_compile(
    rf"[ ]of[ ](?:of[ ])?(?:the[ ])?(?P<of>(?:{WORD})(?:[ ](?:[a-z]{{1,2}}['’])?(?:{WORD}))*)"
)
# "Norway's Ola Brekke": a name after a country's possessive, with no title; "Norway's", and a
# name ending in s with its bare apostrophe: "Comoros' X"
POSSESSIVE_BEFORE = lazy_compile(
    rf"(?P<who>(?:{WORD})(?:[ ](?:{WORD})){{0,2}})(?:['’]s|(?<=s)['’])[ ]$"
)
# "Norway's", "the country's": a possessive and no more words
POSSESSIVE_ONLY = lazy_compile(r"(?:the[ ])?[\w.-]+['’]s")
_SHORTEST_MISSPELT = 5  # a shorter name a letter off is too like another word to be a country's
# "the Organization of American States", "the Community of Lagoon Nations": a body named for
# the states it gathers, whose name holds an "of"
BODY_OF_STATES = lazy_compile(
    rf"[ ]of[ ](?:the[ ])?(?P<of>[{UPPER}]\w+[ ]of[ ](?:the[ ])?(?:[{UPPER}][\w’'-]*[ ]){{1,3}}"
    r"(?:States|Nations|Countries|Peoples))$"
)
# The last words of a body's name ("the Fisheries Commission", "the World Bank").
BODY_NOUNS = ORGANIZATION_NOUNS | {
    "Commission",
    "Bank",
    "Fund",
    "Nations",
    "Secretariat",
    "Authority",
    "Administration",
    "Government",
    "Presidency",
}
# The last words of a body named before a title, besides those above: an agency's or a
# programme's head ("World Food Programme Executive Director X"), not a house's or a court's
# ("Parliament Speaker X" is of a country's parliament, which the text names otherwise).
_PROGRAMME_NOUNS = frozenset({"Programme", "Program", "Agency"})
# The last words of a body a title serves ("of the Fisheries Commission", "of the European
# Parliament"), where a portfolio's ("of Foreign Affairs") are not.
_SERVED_BODY_NOUNS = (
    BODY_NOUNS
    | _PROGRAMME_NOUNS
    | {
        "Parliament",
        "Assembly",
        "Court",
        "Institute",
        "Board",
        "Committee",
        "Organisation",
        "Organization",
        "Council",
        "System",
        "Movement",
        "Summit",
    }
)
# First words of countries' names that are words of their own ("New", "South"), never a
# country's short name.
_COMMON_FIRST_WORD_LIST = (
    "New North South East West Central Great Grand Holy United Upper Lower Saint St. The "
    "Republic Democratic Federal Federated Islamic Kingdom State Union"
)
_COMMON_FIRST_WORDS = frozenset(_COMMON_FIRST_WORD_LIST.split())
# "Foreign Affairs and Cooperation", "Foreign Affairs and International Trade": a ministry's
# portfolios joined, which end in a noun a body's name may end in too.
_PORTFOLIOS_JOINED = lazy_compile(r"(?:[A-Z][a-z]+[ ])?Affairs[ ]and[ ]")
# "Chile was represented by the", "Chile, represented by": whose the title after it is.
REPRESENTED_BY_BEFORE = lazy_compile(
    # "Chile, represented by", "Chile was represented by"; not "X, who is on a visit to
    # France, was represented by": the country that ends an aside is not the subject
    # "Trinidad and Tobago was represented by": a country's name with "and" in it
    # "-- Chile -- is represented by": a country set off by dashes
    rf"(?P<who>(?:{WORD})(?:[ ](?:and[ ])?(?:{WORD})){{0,3}})(?:[ ]?(?:--|[–—]))?"
    r"(?:,|[ ](?:was|were|is|are|will[ ]be))?[ ]"
    r"represented[ ](?:by[ ])?(?:the[ ])?$"
    # "Laos was represented by its premier, and Brunei by Sultan X": the verb not said again
    rf"|\brepresented[ ]by[ ][^.;]{{1,120}}?(?:,[ ](?:and[ ])?|[ ]and[ ])"
    rf"(?P<gapped>(?:{WORD})(?:[ ](?:{WORD})){{0,3}})[ ]by[ ](?:the[ ])?$"
)
# "the Norwegian delegation led by HM King X", "Chile's delegation, headed by", "Chilean team is
# led by X, Peruvian team by Y": whose the title after it is
DELEGATION_LED_BY_BEFORE = lazy_compile(
    rf"(?P<who>(?:{WORD})(?:[ ](?:{WORD})){{0,3}}(?:['’]s)?)[ ](?:delegation|team),?[ ]"
    r"(?:(?:was|were|is|are|will[ ]be)[ ])?(?:(?:led|headed)[ ])?by[ ](?:the[ ])?"
    rf"(?:{ADDRESS_WORDS}[ ])*$"
)
# "X (Chile)", "X (the Faroe Islands)", and "X [Chile]" as a communiqué copied by a news service
# writes it
COUNTRY_IN_BRACKETS = lazy_compile(r"[ ][(\[]\s?(?:the[ ])?(?P<country>[^()\[\]]{2,40}?)\s?[)\]]")
# "X will represent Chile", "X represented Chile": whose the named person is.
REPRESENTS_COUNTRY = lazy_compile(
    rf"[ ](?:will[ ]|would[ ]|is[ ]to[ ]|to[ ])?represent(?:s|ed)?[ ](?:the[ ])?"
    rf"(?P<country>(?:{WORD})(?:[ ](?:{WORD}))*)"
)
# "X from Chile,", "Governor X, of Brazil;", and in a list of leaders "X for Kenya and Y for
# Rwanda": the country a person is there for
FROM_COUNTRY = lazy_compile(
    rf"(?:[ ]from|,[ ]of|[ ]for)[ ](?:the[ ])?(?P<country>(?:{WORD})(?:[ ](?:{WORD}))*)"
    r"(?=[,.;]|[ ]and\b)"
)


def country_party(country: Country) -> Party:
    """A country as a party of the draft."""
    return Party(key=country.key, name=country.name, is_country=True, code=country.code)


class PartyReader:
    """Reads the parties an article's words name; the bodies it names are kept, one party each."""

    def __init__(self, text: str, countries: Gazetteer) -> None:
        self.text = text
        self.countries = countries
        self.bodies: dict[str, Party] = {}
        # "Burkina" of "Burkina Faso", which the text writes in full somewhere: the first word of
        # a country's name of several words stands for it before a title ("Burkina President").
        self.first_words = {
            name[0]: found.country
            for found in countries.find(text)
            if not found.adjective
            and len(name := text[found.span.start : found.name_end].split()) >= 2
            and name[0] not in _COMMON_FIRST_WORDS
        }

    def of_office(self, after: re.Match[str]) -> Party | None:
        """The country or body an office written after a name serves; its abbreviation in
        brackets after it ("the Organisation of Andean States (OAS)") is no part of its name."""
        of_group = after.group("of") and ABBREVIATION_AFTER.sub("", after.group("of"))
        if of_group and TITLE_PATTERN.search(of_group):  # "deputy of Danish President X"
            # "Special Representative of the Chairperson of the Reef Commission": the body the
            # office served is in
            served = of_group.rpartition(" of ")[2].removeprefix("the ")
            return self.named_in(of_group) or (self.named(served) if served else None)
        if of_group:  # "Sweden Hon X — Minister of Foreign Affairs": a portfolio
            return self.named(of_group) or self._country_ending(of_group)
        who = after.group(
            "who"
        ).strip()  # "X, Denmark's prime minister,"; "X, the ECOWAS chairman,"
        return (
            self.named_in(who)
            or (self.of_prefix(who) if who else None)
            or self._country_ending(after.group("title"))
        )

    def _country_ending(self, office: str) -> Party | None:
        """The country named after an office's last "of", which a portfolio's words before it
        may hide: "Minister of Border Control and Labour of Chile", "Chief Minister of Chile"
        (read as a portfolio "of Chile")."""
        _office, of, last = office.rpartition(" of ")
        country = self.countries.country_named(last.removeprefix("the ")) if of else None
        return country_party(country) if country else None

    def country_after(self, after: re.Match[str]) -> Party | None:
        """The country a title set after a titled name gives ("Zimbabwe's leader", "leader of
        Zimbabwe"); not one the words before that title name ("greeted the President of Peru")."""
        who, served = after.group("who").strip(), after.group("of")
        if POSSESSIVE_ONLY.fullmatch(who):
            country = self.countries.country_named(who[:-2])
        elif not who and served:
            country = self.countries.country_named(served)
        else:
            return None
        return country_party(country) if country else None

    def country_misspelt(self, word: str) -> Country | None:
        """The country a one-word name misspelt a little stands for ("Burudi’s X": Burundi),
        as a possessive before a name writes it: the same first letter, a letter more or less."""
        if " " in word or len(word) < _SHORTEST_MISSPELT:
            return None
        alike = (
            form
            for form in self.countries.names
            if form[0] == word[0]
            and abs(len(form) - len(word)) <= 1
            and spelt_similarly(form.casefold(), word.casefold())
        )
        return self.countries.country_named(next(alike, ""))

    def of_prefix(self, prefix: str) -> Party | None:
        """The country or body a title's prefix names: "Danish", "Norway's", "U.N."."""
        words = [word for word in prefix.split() if not ADDRESS_WORD.fullmatch(word)]
        if named := self.country_ending(words):
            return named
        last = words[-1] if words else ""
        if last in self.first_words:
            country = self.first_words[last]
            return country_party(country)
        at = prefix.rfind(last)
        heading = set_in_capitals(prefix, at, at + len(last))  # "OPENING SESSION": no body's
        if last.replace(".", "").isupper() and len(last.replace(".", "")) >= 2 and not heading:
            return self.body(last)
        # "Fisheries Commission President", "Union Secretary", "World Food Programme Executive
        # Director"
        if last in BODY_NOUNS | _PROGRAMME_NOUNS:
            return self._owning_country(words) or self.body(
                " ".join(word for word in words if word != "The")
            )
        return None

    def _owning_country(self, words: list[str]) -> Party | None:
        """The country whose own body the words name ("Chile's Sovereign Council"): the one
        heading the body serves the country."""
        owner = next((index for index, word in enumerate(words) if word.endswith(("'s", "’s"))), -1)
        return self.country_ending(words[: owner + 1]) if owner >= 0 else None

    def country_ending(self, words: list[str]) -> Party | None:
        """The country the last words name ("Peru" in "Erik Lund Peru", "Norway's", "UNITED
        STATES"), if any: the longest name that ends them."""
        for first in range(len(words)):
            candidate = " ".join(words[first:]).removesuffix("’s").removesuffix("'s")
            country = self.countries.country_named(candidate) or (
                self.countries.country_named(candidate.title()) if candidate.isupper() else None
            )
            if country:
                return country_party(country)
        return None

    def named_in(self, words: str) -> Party | None:
        """The first country ``words`` name, anywhere in them."""
        found = self.countries.find(words)
        if found:
            country = found[0].country
            return country_party(country)
        return None

    def country_with_and(self, name_end: int) -> Party | None:
        """The country after "of" whose name holds an "and" ("X of Trinidad and Tobago"),
        which the words before "and" do not name."""
        of = _OF_COUNTRY_WITH_AND.match(self.text, name_end)
        country = self.countries.country_named(of.group("of")) if of else None
        return country_party(country) if country else None

    def named(self, words: str) -> Party | None:
        """The country or body ``words`` name; None for a portfolio ("Minister of State and
        Foreign Affairs", "Secretary of State"), which is no body."""
        form = _FORM_OF_STATE.fullmatch(words)  # "the Cooperative Republic of Guyana"
        country = self.countries.country_named(words) or (
            self.countries.country_named(form.group("name") or form.group("spanish"))
            if form
            else None
        )
        if country:
            return country_party(country)
        if words in _COMMON_FIRST_WORDS:  # "the Republic", "the Union": a town's name at most
            return None
        if _PORTFOLIOS_JOINED.match(words):  # "Foreign Affairs and Cooperation": no body's
            return None
        last = words.split()[-1]
        if (
            last in _SERVED_BODY_NOUNS
            or BODY_OF_STATES.fullmatch(f" of {words}")
            or words.replace(".", "").replace(" ", "").isupper()
            or city_named(words)  # "the Mayor of Rotterdam"
        ):
            return self.body(words)
        return None

    def body(self, name: str) -> Party:
        key = key_of(name.replace(".", "")) or key_of(name)
        if key not in self.bodies:
            abbreviation = name if name.replace(".", "").isupper() else None
            self.bodies[key] = Party(
                key=key, name=name, is_country=False, abbreviation=abbreviation
            )
        return self.bodies[key]
