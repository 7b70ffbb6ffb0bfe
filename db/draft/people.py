"""People named in an article: their titles, whom they represent, and every later mention.

A person is introduced by a name of two or more capitalised words in one of the shapes news
writing uses ("Finnish President Sauli Niinistö", "President Jair Bolsonaro of Brazil", "U.N.
Secretary-General Ban Ki-moon", "Mette Frederiksen, Denmark's prime minister,", "French
president Luc Moreau", "Danish host President Ole Berg", "Czech PM Pavel Novak", "Prime
Minister of Australia Tom Harlow", "Norway's Ola Brekke", "the Prime Minister of Belize, Ana
Ruiz", "Irish leader, X,", "X (Chile)", "X from Chile", "X will represent Chile", "Host X", a
heading in capitals "SWEDEN PRIME MINISTER ERIK LUND" (names_in_capitals.py), a family name in capitals after a title
"President Paul LUND", a royal title of a place no name goes with "The Prince of Wales"). The
readings it takes are each a module of their own: a run split into whose the title is, the
title and the name (titled_runs.py), where the name begins and ends in it (name_bounds.py), the
forms of address passed over (forms_of_address.py), the offices written around a name
(office_patterns.py), whom words name (parties.py), lists pairing leaders with their countries
(person_lists.py), when an untitled name is a person's (untitled_names.py), later mentions and
other spellings (later_mentions.py), and whose someone is once all are named
(party_inference.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.draft.cities import city_named
from db.draft.countries import Gazetteer
from db.draft.divisions import division_countries
from db.draft.forms_of_address import (
    ADDRESS_STOP_GLUED,
    GLOTTAL_OPENING,
    given_name_after_style,
)
from db.draft.keys import unique_key
from db.draft.later_mentions import (
    add_names_without_nicknames,
    add_styled_names,
    all_mentions,
    find_spelling_variants,
    merge_misspelt_names,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Party, Person
from db.draft.name_bounds import (
    trim_name,
)
from db.draft.name_matching import (
    KnownNames,
    adopt_hyphen,
    blended_from,
    name_keys,
)
from db.draft.names_in_capitals import line_in_capitals, person_in_capitals
from db.draft.naming import (
    TITLE_OF_A_PLACE,
    TITLES_OF_PLACES,
    name_with_own_title,
    opens_no_name,
)
from db.draft.office_patterns import (
    ANOTHERS_OFFICE,
    JOINED_OFFICE_OF_BEFORE,
    LEAD_BEFORE,
    NAME_AFTER_COMMA,
    OF_THE_HOST_COUNTRY,
    OFFICE_OF_OTHERS,
    POSTED_TO_BEFORE,
    QUALIFIED_BEFORE,
    RANK_OF_ENVOYS,
    SERVED_IN_TITLE,
    THE_AFTER_COMMA,
    TITLE_AFTER,
    TITLE_BEFORE,
    TITLE_GOES_ON,
    begins_a_title,
    ends_a_title,
    follows_a_name,
    office_over_nationality,
    opens_offices_first,
    past_degree,
    portfolio_goes_on,
)
from db.draft.parties import (
    BODY_OF_STATES,
    COUNTRY_IN_BRACKETS,
    DELEGATION_LED_BY_BEFORE,
    FROM_COUNTRY,
    OF_AFTER,
    POSSESSIVE_ONLY,
    REPRESENTED_BY_BEFORE,
    REPRESENTS_COUNTRY,
    PartyReader,
    country_party,
)
from db.draft.party_inference import (
    infer_parties,
    parties_from_mentions,
    parties_of_companions,
    parties_of_offices_named_again,
    parties_of_the_host,
)
from db.draft.person_lists import (
    COUNTRY_AFTER_OFFICE,
    COUNTRY_DASH_BEFORE,
    LABEL_BEFORE,
    LIST_SEPARATOR,
    bracketed_after_country,
    country_item,
    country_paired,
    list_start,
    office_before_names,
    office_in_the_plural_ending,
    parties_represented_respectively,
    respective,
    titles_of_an_office_in_the_plural,
)
from db.draft.text import UPPER, Span, Text
from db.draft.titled_runs import Candidate, split_run, start_before_address, title_outside_run
from db.draft.titles import (
    COUNTERPARTS,
    HEAD_ROLES,
    TITLE_PATTERN,
    display_title,
    needs_country,
    role_for,
)
from db.draft.untitled_names import (
    addressed_family_names,
    introduced_plainly,
)
from db.draft.words import (
    NAME_RUN,
    PLACE_OF_NOUNS,
    WORD,
)

# "Chile's Look South policy", "Peru's Blue Coast Plan": capitals before or ending in such a
# noun name a country's course of action, not a person of it; "plan" and "program" only in
# capitals, as in lower case they are verbs as often ("X and Y plan to attend")
_POLICY_NOUNS = (
    r"(?:(?i:policy|policies|strategy|doctrine|initiative|programme|agenda)|Plan|Program)"
)
_A_POLICYS_NOUN_AFTER = lazy_compile(rf"[ ]{_POLICY_NOUNS}\b")
_A_POLICYS_NOUN_ENDING = lazy_compile(rf"[ ]{_POLICY_NOUNS}$")
# "Yap State", "Lagos State": a state named with its noun, as a list of governments names it
_A_DIVISIONS_NOUN_ENDING = lazy_compile(r"[ ](?:State|Province|Territory|County)$")
# "the UN's Special Representative for West Africa, the Minister …": a part of the world
_A_REGION = lazy_compile(
    r"(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|Southeast"
    r"|South[ ]East|Sub-Saharan)[ ])*(?:Africa|Asia|Europe|America|Pacific)"
)
# "the Latvian State Chancellery", "the Party's Central Committee": a body of a state's, named
# with its noun
_A_BODYS_NOUN_ENDING = lazy_compile(
    r"[ ](?:Chancellery|Committee|Ministry|Secretariat|Commission|Council|Parliament|Assembly"
    r"|Bureau|Office|Agency|Cabinet|Presidency|Embassy|Politburo)$"
)
# "the Prince of Wales": the place a royal or noble title is of
_A_TITLE_OF_THE_PLACE_BEFORE = lazy_compile(rf"\b(?:{'|'.join(TITLES_OF_PLACES)})[ ]of[ ]$")
# the first words of a lake's, a mountain's or a river's name
_LANDMARKS = PLACE_OF_NOUNS | {"Mount", "River"}
# how far before or after a name a country's name that takes it in may begin or end, in
# characters and in words ("Saint Vincent and the Grenadines")
_A_COUNTRYS_REACH = 40
_LONGEST_COUNTRY_WORDS = 4
_CLOSING_PUNCTUATION = ",;:."
# "Museveni in Arusha, Kagame to take over", "arrived from Manama, Prince X, …": a city of one
# word just after "in" or "from" is the place
_IN_BEFORE = lazy_compile(r"\b(?:in|from)[ ]$")
# "Micronesian Chief Executives’ Summit": a plural before a meeting's noun names who meets
_A_MEETINGS_NOUN_AFTER = lazy_compile(r"[’'][ ](?:Summit|Meeting|Conference|Forum)\b")
# "his Polish colleague X" is a counterpart; "my colleague X" holds no office, but is named
_COLLEAGUE = "colleague"
# "Chavez' successor X", "Lund's successor X": the one succeeded named before the name
_SUCCESSOR_BEFORE = lazy_compile(rf"\b(?P<who>[{UPPER}][\w-]*)(?:['’]s?)?[ ]successor[ ]$")
_POSSESSIVE_PAIR_AFTER = lazy_compile(rf"[ ]and[ ](?:{WORD})(?:[ ](?:{WORD}))?['’]s[ ][{UPPER}]")
_POSSESSIVE_PAIR_BEFORE = lazy_compile(rf"['’]s[ ](?:{WORD})[ ]and[ ]$")
# "The Prince of Wales", not "The Prince of Wales, Prince X," nor "the Duke of Kent's".
_THE_TITLE_OF_A_PLACE = lazy_compile(
    rf"\b[Tt]he[ ](?P<title>{TITLE_OF_A_PLACE.pattern})\b(?![ ][{UPPER}]|['’]s|,[ ](?:{WORD})[ ]?,)"
)
# "socialist firebrand Ola Lind", "veteran leader Ola Lind": a name a description sets, as a
# noun in lower case just before it (not a preposition: "in Port Lind").
_DESCRIBED_BEFORE = lazy_compile(
    r"(?<![\w-])(?!(?:in|at|to|from|of|by|with|for|on|and|or|the|a|an)[ ])[a-z][a-z-]{2,}[ ]$"
)
# What sets a name in a list: "ministers - Ola Lind, Per Berg and Anna Holm".
_SET_IN_A_LIST = lazy_compile(r"(?:[,;:–—-]|\band)[ ]$")
# "A B, C D and President E F": the full names listed after one, and the one listed before it
_NAMES_LISTED_AFTER = lazy_compile(rf"(?:(?:,[ ]|,?[ ]and[ ])(?:{WORD})(?:[ ](?:{WORD}))+)+")
_OF_A_BODY = lazy_compile(r"[ ]of[ ]the[ ]")
_NAME_LISTED_BEFORE = lazy_compile(rf"(?:{WORD})(?:[ ](?:{WORD}))+(?=(?:,[ ]|,?[ ]and[ ])$)")
_SUFFIX_WITHOUT_ITS_STOP = lazy_compile(r"[ ](?:Jr|Sr)$")
# The dash a list of names follows, after the office its people hold, in the plural, and whose
# it is ("the Prime Ministers of the Visegrad Group countries –", "foreign ministers -")
_DASH_BEFORE = lazy_compile(r"[ ]?[–—-][ ]?$")
_LONGEST_LIST = 12
_WHOSE_OFFICES = lazy_compile(
    r"[ ]of[ ](?:the[ ])?(?:[A-Z][\w-]*[ ]){1,4}(?:countries|states|nations)$"
)
# "the Chairperson, African countries,": one word before a plural of peoples is a word of a
# group, not a name.
_GROUP_AFTER = lazy_compile(
    r"[ ](?:countries|states|nations|members|leaders|governments|peoples)\b"
)


@dataclass
class People:
    """Everyone the article names, in order of introduction, and each mention of them."""

    persons: list[Person]
    mentions: Mentions

    def mentions_in(self, span: Span) -> list[Mention]:
        return self.mentions.starting_in(span)

    def add(self, person: Person) -> Person:
        """``person``, added; or the one already known by that key and name, as an article
        may describe one unnamed person twice ("sent his state secretary")."""
        for known in self.persons:
            if known.key == person.key and known.name == person.name:
                return known
        taken = {known.key for known in self.persons}
        if person.key in taken:
            person.key = unique_key(person.key, taken)
        self.persons.append(person)
        return person


def find_people(text: Text, countries: Gazetteer) -> People:
    text = _spaced_after_address(text)
    finder = _Finder(text, countries)
    for run in NAME_RUN.finditer(text.text):
        finder.read_run(run)
    find_spelling_variants(finder.persons, text.text, countries)
    for person in finder.persons:
        adopt_hyphen(person, text.text)
    finder.persons = merge_misspelt_names(finder.persons)
    finder.read_names_listed_with_people()
    add_styled_names(finder.persons, text.text)
    add_names_without_nicknames(finder.persons)
    finder.read_titles_of_places()
    mentions = all_mentions(finder.persons, finder.headings, text, countries)
    parties_from_mentions(mentions, text, countries, finder.parties)
    parties_of_offices_named_again(finder.persons, text, countries)
    parties_of_companions(mentions, text)
    parties_represented_respectively(text, countries, mentions)
    infer_parties(finder.persons, text, countries)
    parties_of_the_host(finder.persons, text, countries)
    titles_of_an_office_in_the_plural(finder.persons, text)
    name_keys(finder.persons, mentions, text)
    return People(persons=finder.persons, mentions=Mentions(mentions))


def _spaced_after_address(text: Text) -> Text:
    """The text with the stop of a form of address that a copy ran on into the name ("Dr.Ana
    Ruiz") read as a space (same offsets), so that the name after it is read whole."""
    stops = [found.end() - 1 for found in ADDRESS_STOP_GLUED.finditer(text.text)]
    return _spaced_at(text, stops) if stops else text


def _spaced_at(text: Text, offsets: list[int]) -> Text:
    """The text with a space at each of ``offsets``, its length and so every offset kept."""
    characters = list(text.text)
    for offset in offsets:
        characters[offset] = " "
    return Text("".join(characters))


# " and Foreign Minister of Chile" after "X, President": the country of both offices
_AND_AN_OFFICE_OF = lazy_compile(
    r"[ ]and[ ](?:[A-Z][\w-]*[ ]){1,4}?(?:of|for)[ ](?P<of>[^,;\n]{1,60})"
)
# "that country's President": the country the sentence named before
_THAT_COUNTRYS = lazy_compile(r"\b(?:that|the|this)[ ]country['’]s[ ]$", re.IGNORECASE)


class _Finder:
    def __init__(self, text: Text, countries: Gazetteer) -> None:
        self.text = text
        self.countries = countries
        self.persons: list[Person] = []
        self.known = KnownNames()
        self.introduced_in: dict[int, list[Person]] = {}  # by the number of their sentence
        self.headings: list[Mention] = []  # names in capitals, which no other form matches
        # Full names read where nothing yet shows them a person's, with where they start and
        # whether a list sets them ("ministers - Ola Lind, …"): a family name shown later to
        # be a person's is the one such listed name ending in it.
        self.unshown: list[tuple[str, int, bool]] = []
        self.addressed = addressed_family_names(text.text)
        self.parties = PartyReader(text.text, countries)

    def read_run(self, run: re.Match[str]) -> None:
        """Introduce the person a run of capitalised words names, if it names a new one."""
        text = self.text.text
        if run.group(0).isupper() and len(run.group(0).split()) >= 3:
            heading = line_in_capitals(text, run)
            person = person_in_capitals(text, self.countries, self.known, run, heading=heading)
            if person is not None:
                kept = self._merge_or_add(person)
                end = person.introduced.end  # the name may follow the run: "…, ANA LOPES,"
                self.headings.append(Mention(Span(end - len(person.name), end), kept))
            return
        candidate = split_run(text, self.countries, self.parties, run)
        name, name_start = trim_name(
            text,
            self.countries,
            self.known,
            candidate.name,
            candidate.name_start,
            titled=bool(candidate.title),
        )
        if not name or (self._known(name) and not self._titled_later(name, candidate)):
            return
        if self._in_a_countrys_longer_name(name_start, name_start + len(name)):
            return  # "leaders from Serbia, Bosnia and Herzegovina": no one called Herzegovina
        if _A_TITLE_OF_THE_PLACE_BEFORE.search(text, max(0, name_start - 12), name_start):
            return  # "the Prince of Wales, … as Head of X": the prince is read whole elsewhere
        if " " in name and name.split()[0] in _LANDMARKS:
            return  # "on the shores of Hungary's Lake Balaton": a place, no one's name
        if name[0] in "AEIOU" and GLOTTAL_OPENING.search(text, max(0, name_start - 2), name_start):
            name, name_start = text[name_start - 1] + name, name_start - 1  # "'Akilisi Pohiva"
        name_end = name_start + len(name)
        if _SUFFIX_WITHOUT_ITS_STOP.search(name) and text[name_end : name_end + 1] == ".":
            name, name_end = f"{name}.", name_end + 1  # "Pedro Alves Jr."
        title, start = candidate.title, candidate.start
        party = candidate.served or (
            self.parties.of_prefix(candidate.prefix) if candidate.prefix else None
        )
        if title and party is None:  # "President Chile Ana Lopes": the country, its "of" left out
            party = self.parties.named_in(text[candidate.name_start : name_start])
        if title and party is None:  # "Danish host President Ole Berg"
            qualified = QUALIFIED_BEFORE.search(text, max(0, start - 60), start)
            party = self.parties.of_prefix(qualified.group("who")) if qualified else None
        if not title:
            title, start, party = title_outside_run(
                text, self.countries, self.parties, run, candidate
            )
        if not title and party is None:  # "the presidents of Chile and Peru, X and Y, respectively"
            respectively = respective(self.text, self.countries, name_start, name_end)
            title, party = respectively or (title, party)
        if not title and party is None:  # "Presidents Ana Ruiz and Ola Berg"
            title = office_before_names(self.text, name_start) or title
        nationality = False  # the party is the demonym opening the run, and only that
        if not title and party is None:  # "Brazilian Ana Lopes"
            party = self._country_before_name(candidate, name_start)
            nationality = party is not None
        if not title and party is None:  # "Lund's successor X": Lund's office and country
            title, party = self._successor_of(name_start) or (title, party)
        if not title and party is None:  # "the presidents of Norway, X; Chile, Y"
            party = country_paired(
                self.text,
                self.countries,
                start_before_address(text, run),
                name_start + len(name),
            )
        if not title and party is None:  # "the presidents of Chile (X) and Peru (Y)"
            title, party = bracketed_after_country(
                self.text, self.countries, name_start, name_end
            ) or (title, party)
        if title and needs_country(title):
            kind = display_title(title).casefold().split()[-1]
            if (party is None or not party.is_country) and kind != _COLLEAGUE:
                return
            title = self._counterpart_title(title, start) if party and party.is_country else ""
        if title and " " not in name and begins_a_title(text, name_start, name_end):
            return  # "Deputy Secretary of State X": "Secretary" is the title going on
        if " " not in name and ends_a_title(text, name_start, name_end):
            return  # "UAE Minister of State, Ivorian Minister …": "State" ends a title
        if " " not in name and _GROUP_AFTER.match(text, name_end):
            return
        if " " not in name and not text[name_end:].strip():
            return  # "… represented by Council President Dona": a page cut off in a name
        if title and " " not in name and TITLE_GOES_ON.match(text, name_end):
            return  # "Chief Justice and Chief Advisor of the interim government": all title
        if title and (given := given_name_after_style(title, name)):  # "Sheikh Meshal"
            name, name_start = given, name_end - len(given)
        elif title and (own := name_with_own_title(title, name)):  # "Pope Benedictus"
            name, name_start = own, name_end - len(own)
            office = TITLE_AFTER.match(text, name_end)
            if office and self.parties.country_after(office):  # "Amir Rahman, Malaysia's foreign
                title = ""  # minister,": the office is the one after the name
        after = TITLE_AFTER.match(text, past_degree(text, name_end))
        opening = start_before_address(text, run)
        if nationality and (the := THE_AFTER_COMMA.search(text, max(0, opening - 4), opening)):
            opening = the.start()  # "Secretary General of the Union, the Uruguayan X"
        before = TITLE_BEFORE.search(text, max(0, opening - 80), opening)
        offices_first = before is not None and opens_offices_first(self.text.text, before.start())
        if (
            after
            and (offices_first or OFFICE_OF_OTHERS.match(after.group("who")))
            and NAME_AFTER_COMMA.match(text, after.end())
        ):
            # "Title of X, A, the title of Y, B", "A, their Swedish counterpart, B": the office
            # after A is B's
            after = None
        if after and " " not in name and not after.group(0).startswith(","):
            after = None  # "Oslo – The President …": a dateline, not a name and its office
        if after and ANOTHERS_OFFICE.search(after.group("who")):
            after = None  # "… in Abidjan, sent his vice president, X": the office is X's
        if title and party is None and after:  # "President X, Zimbabwe's leader,"
            party = self.parties.country_after(after)
        if title and party and not party.is_country and after:
            # "Union Chairman X, Prime Minister of Fiji,": a body's chair is there for his state
            title, party = self._leading_a_state(after) or (title, party)
        if title and party is None and after and RANK_OF_ENVOYS.fullmatch(title):
            party = self.parties.of_office(after)  # "Ambassador X, Special Envoy of the Union"
        if not title and after:  # "Mette Frederiksen, Denmark's prime minister,"
            title = after.group("title")
            party = self.parties.of_office(after) or party
        if after and party is None and (joined := _AND_AN_OFFICE_OF.match(text, after.end())):
            party = self.parties.named_in(joined.group("of"))  # "X, President and … of Chile"
        if (
            after
            and party is None
            and "\n" not in after.group(0)
            and (placed := COUNTRY_AFTER_OFFICE.match(text, after.end()))
        ):
            party = self.parties.named_in(
                placed.group("country")
            )  # "X, Minister of Health, Chile;"
        # "Norway's foreign minister, Anne Lie"; "Norway's envoy, Ambassador Ola Lie"; not
        # "A, President of X, B, Prime Minister of Y" or "A, President of X, B", where the
        # title before B is A's
        if before and (offices_first or not follows_a_name(self.text.text, before.start())):
            who = before.group("who") or ""
            party = party or (
                self.parties.of_prefix(who)
                if POSSESSIVE_ONLY.search(who)
                # "the UN Secretary General, X": a body's capitals, where no country is named
                else self.parties.named_in(who) or self.parties.of_prefix(who)
            )
            who_end = before.end("who")
            if party is None and who and _THAT_COUNTRYS.search(text, max(0, who_end - 20), who_end):
                party = self._country_named_before(before.start())  # "that country's X, Y"
            lead = (
                None
                if before.group("who")
                else LEAD_BEFORE.search(text, max(0, before.start() - 50), before.start())
            )
            if (party is None or nationality) and lead:
                # "Irish leader, X,"; "European Commission president, X,"
                words = lead.group("who").strip()
                party = office_over_nationality(
                    party, self.parties.of_prefix(words) or self.parties.named(words)
                )
            served = BODY_OF_STATES.search(before.group("title")) or SERVED_IN_TITLE.search(
                before.group("title")
            )
            if (party is None or nationality) and served:
                # "the Chairperson of the Fisheries Commission, X"
                party = office_over_nationality(party, self.parties.named(served.group("of")))
            if party is None:  # "the President of Chile and outgoing President of the Union, X"
                party = self._country_of_joined_office(before)
            if not candidate.title and portfolio_goes_on(before.group("title"), text, name_end):
                return  # "Minister of Foreign Affairs, Regional Integration and Trade"
            if (
                not candidate.title
                and " " not in name
                and begins_a_title(text, name_start, name_end)
            ):
                return  # "the Prime Minister, Head of Government, X": a second office, no name
            if not candidate.title:
                title = before.group("title")
                start = before.start("who" if before.group("who") else "title")
                if served and self.countries.country_named(served.group("of")):
                    title = title[: served.start()]  # "the Prime Minister of Belize, X"
                if host_country := OF_THE_HOST_COUNTRY.search(title):
                    title = title[: host_country.start()]  # "the President of the host country"
        # "Chile was represented by the Vice President, X", "… by Mr X" (a name with neither
        # title nor address may be a page cut off: "… represented by Islamic Affai")
        if party is None and (title or opening < name_start):
            # … and "Chile was represented by Hon. X, Minister of Trade": before the address
            # … and "Chile was represented by Ambassadors X and Y": before the list, for Y
            before_name = min(start, opening, list_start(self.text, start))
            represented = REPRESENTED_BY_BEFORE.search(text, max(0, before_name - 160), before_name)
            party = (
                self.parties.named(represented.group("who") or represented.group("gapped"))
                if represented
                else None
            )
        if title and party is None:
            led = DELEGATION_LED_BY_BEFORE.search(text, max(0, start - 80), start)
            party = self.parties.of_prefix(led.group("who")) if led else None
            dashed = COUNTRY_DASH_BEFORE.search(text, max(0, start - 60), start)
            country = self.countries.country_named(dashed.group("country")) if dashed else None
            if party is None and country:  # "Attending were: Chile — President X; Peru — …"
                party = country_party(country)
        labelled = LABEL_BEFORE.search(text, max(0, start - 60), start)
        if party is None and labelled and (title or labelled.group("colon")):
            # "Chile: HE (President) X", "Chile (President X)"; not "Oslo, Norway (Wire)"
            party = self.parties.country_ending(labelled.group("label").split())
        if title and display_title(title).casefold().split()[-1] in COUNTERPARTS:
            title = self._counterpart_title(title, start)  # "his Finnish counterpart, X"
        of = OF_AFTER.match(text, name_end)
        if of and name in PLACE_OF_NOUNS:
            return  # "Envoy for the Red Sea, Gulf of Aden": a place's name begins
        if of and party is not None and not party.is_country and self._heads_a_state(title):
            # "Outgoing LU Chair, President X of Chile": the state after the name is the one
            # X heads, the body named before only one X chaired
            party = self._state_after(of) or party
        if of and party is None:  # "President Jair Bolsonaro of Brazil"
            party = self.parties.country_with_and(name_end) or self.parties.named(of.group("of"))
            further = OF_AFTER.match(text, of.end())
            whole = f"{of.group('of')} of {further.group('of')}" if further else ""
            if further and self.countries.country_named(whole):
                party = self.parties.named(whole)  # "of the Democratic Republic of Congo"
            elif further and self.countries.country_named(further.group("of")):
                # "of the State Council of Chile": a country's own organ serves it
                party = self.parties.named(further.group("of"))
        bracketed = (
            COUNTRY_IN_BRACKETS.match(text, name_end)
            or FROM_COUNTRY.match(text, name_end)
            or REPRESENTS_COUNTRY.match(text, name_end)
        )
        # "X (Brazil)", "X from Brazil,", "Governor X, of Brazil;", "X will represent Brazil"
        if party is None and bracketed:
            found = self.countries.country_named(bracketed.group("country"))
            party = country_party(found) if found else None
        if party is None and (item := country_item(self.text, self.countries, opening, name_end)):
            party = item  # "• Ana Lopes, Chile"
        untitled_of_country = bool(
            party
            and party.is_country
            and (len(name.split()) >= 2 or self._in_a_pair_of_possessives(start, name_end))
        )
        if not title and (
            _A_POLICYS_NOUN_AFTER.match(text, name_end) or _A_POLICYS_NOUN_ENDING.search(name)
        ):
            return
        if _A_REGION.fullmatch(name) or (
            " " in name
            and (
                city_named(name)
                or division_countries(name)
                or _A_DIVISIONS_NOUN_ENDING.search(name)
                or _A_BODYS_NOUN_ENDING.search(name)
            )
        ):
            # "Phnom Penh, the capital", "San Francisco, … the host", "who spoke from New York,
            # called": a city, a state, a region or a state's body, not a name
            return
        if _A_MEETINGS_NOUN_AFTER.match(text, name_end):
            return
        if _IN_BEFORE.search(text, max(0, name_start - 5), name_start) and city_named(name):
            return
        if not (title or untitled_of_country) and not introduced_plainly(
            name,
            name_start,
            name_end,
            text=text,
            known=self.known,
            persons=self.persons,
            addressed=self.addressed,
        ):
            if " " in name:
                listed = _SET_IN_A_LIST.search(text, max(0, name_start - 4), name_start)
                described = _DESCRIBED_BEFORE.search(text, max(0, name_start - 30), name_start)
                # "Ana Ruiz made the comment …", then "Ruiz added: “…”": a sentence's subject
                subject = name_start == self.text.sentence_at(name_start).start
                self.unshown.append((name, name_start, bool(listed or described or subject)))
            return
        if not title and party is None and not text[name_end:].strip():
            return  # "…; H.E. Amb. Dr. Ana Ruiz": the page cut off before saying who she is
        if not title and (fuller := self._fuller_name(name)):  # "Ola Lind, …" then "Lind said"
            name, name_start = fuller
            name_end = name_start + len(name)
        person = Person(
            key="",
            name=name,
            introduced=Span(min(start, name_start), of.end() if of else name_end),
            title=display_title(title) if title else None,
            party=party,
        )
        self._merge_or_add(person)

    def _in_a_countrys_longer_name(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are part of a country's name of more words
        ("Trinidad and Tobago", "Bosnia and Herzegovina", "Papua New Guinea", "Federated States
        of Micronesia")."""
        text = self.text.text
        before = text[max(0, start - _A_COUNTRYS_REACH) : start].split(" ")[:-1]
        after = (
            text[end : end + _A_COUNTRYS_REACH].split(" ")[1:] if text[end : end + 1] == " " else []
        )
        return any(
            self.countries.country_named(
                " ".join(
                    [*before[len(before) - taken_before :], text[start:end], *after[:taken_after]]
                ).rstrip(_CLOSING_PUNCTUATION)
            )
            for taken_before in range(_LONGEST_COUNTRY_WORDS)
            for taken_after in range(_LONGEST_COUNTRY_WORDS)
            if taken_before or taken_after
        )

    def _country_before_name(self, candidate: Candidate, name_start: int) -> Party | None:
        """The country a demonym (or a country's name) opening the run gives an untitled name."""
        if POSTED_TO_BEFORE.search(
            self.text.text, max(0, candidate.name_start - 40), candidate.name_start
        ):
            return None  # "Ambassador to Chile Ken Sato": where the envoy is posted, not whose
        # "Bosnian Serb X": the people after the demonym says no other country
        lead = [
            word
            for word in self.text.text[candidate.name_start : name_start].split()
            if not opens_no_name(word)
        ]
        party = self.parties.of_prefix(" ".join(lead)) if lead else None
        return party if party is not None and party.is_country else None

    def _country_of_joined_office(self, before: re.Match[str]) -> Party | None:
        """The country of an office joined by "and" before the one next to the name ("the
        President of the Chilean Transition and outgoing President of the Union, X"): both
        are the name's. Not after "and the …", which begins another person's office."""
        if before.group(0).casefold().startswith("the "):
            return None
        start = before.start()
        joined = JOINED_OFFICE_OF_BEFORE.search(self.text.text, max(0, start - 60), start)
        if joined is None:
            return None
        offices = TITLE_PATTERN.finditer(
            self.text.text, max(0, joined.start() - 30), joined.start()
        )
        if not any(office.end() == joined.start() for office in offices):
            return None  # "the leaders of Chile and …": no office of a country
        party = self.parties.named_in(joined.group("of"))
        return party if party is not None and party.is_country else None

    def _country_named_before(self, end: int) -> Party | None:
        """The one country the sentence names before ``end``, whose office "that country's
        President" is ("held in the Kenyan capital, chaired by that country's President"); none
        where it names two ("Leaders from Chile and Peru arrived in Oslo, where the country's
        President …" is Norway's)."""
        sentence = self.text.sentence_at(end)
        named = {
            found.country for found in self.countries.find(self.text.text, sentence.start, end)
        }
        if len(named) != 1:
            return None
        country = named.pop()
        return country_party(country)

    def _successor_of(self, name_start: int) -> tuple[str, Party] | None:
        """The title and country of the one person named before whose successor the name is
        ("Chavez' successor X"): the successor holds that office of that country."""
        before = _SUCCESSOR_BEFORE.search(self.text.text, max(0, name_start - 40), name_start)
        if before is None:
            return None
        known = self.known.by_short_form(before.group("who"))
        if len(known) != 1 or not known[0].title or known[0].party is None:
            return None
        return (known[0].title, known[0].party) if known[0].party.is_country else None

    def _in_a_pair_of_possessives(self, start: int, end: int) -> bool:
        """ "Norway's Brekke and Sweden's Lund": one word after a country's possessive, joined by
        "and" to another such, names a person."""
        text = self.text.text
        return bool(
            _POSSESSIVE_PAIR_AFTER.match(text, end)
            or _POSSESSIVE_PAIR_BEFORE.search(text, max(0, start - 60), start)
        )

    def _counterpart_title(self, title: str, start: int) -> str:
        """ "his Finnish counterpart X": the title of the person last named in the sentence, or
        of an office it names with no one's name ("The President of A replaced his counterpart,
        X")."""
        if display_title(title).casefold().split()[-1] not in COUNTERPARTS:
            return title
        number = self.text.sentence_index(start)
        sentence = self.text.sentences[number]
        before = [
            person
            for person in self.introduced_in.get(number, ())
            if person.title and sentence.start <= person.introduced.start < start
        ]
        if before and before[-1].title:
            return before[-1].title
        offices = [
            office.group(0)
            for office in TITLE_PATTERN.finditer(self.text.text, sentence.start, start)
            if not COUNTERPARTS & set(office.group(0).casefold().split())
        ]
        return display_title(offices[-1]) if offices else title

    def _titled_later(self, name: str, candidate: Candidate) -> bool:
        """ "said Sheikh X …", then "said Kuwait's Emir Sheikh X": the full name given again
        with a title, first named without one; or with a country, first named without one (a
        headline's "President X speaks", then "Norwegian President X")."""
        return bool(candidate.title) and any(
            person.title is None or (person.party is None and bool(candidate.prefix))
            for person in self.known.named(name)
        )

    def _known(self, name: str) -> bool:
        """Named already: the name, a short form of it, or a run of its words ("Mr Al Haddad"
        after "Karim Al Haddad"). Spellings are found only once every name is read."""
        return self.known.knows(name)

    def _fuller_name(self, name: str) -> tuple[str, int] | None:
        """The one full name read earlier that ends in ``name``, when a list set it, words
        described it or it opened a sentence ("Ola Lind, Per Berg and …", "socialist firebrand
        Ola Lind", "Ola Lind made the comment", then "Lind said") and nothing showed it a
        person's, with where it starts; None when the text writes another such name ("Anna
        Lind")."""
        fuller = [found for found in self.unshown if found[0].endswith(f" {name}")]
        if len({run for run, _start, _listed in fuller}) != 1:
            return None
        if not any(listed for _run, _start, listed in fuller):
            return None
        return fuller[0][0], fuller[0][1]

    def _state_after(self, of: re.Match[str]) -> Party | None:
        """The state the "of" after a name names, its name whole though it holds an "of" or an
        "and" ("of the Federated States of Micronesia", "of Trinidad and Tobago")."""
        words = self.text.text[of.start() : of.end() + 40]
        found = self.countries.find(words)
        if not found or found[0].span.start > len(" of the "):
            return None
        country = found[0].country
        return country_party(country)

    @staticmethod
    def _heads_a_state(title: str | None) -> bool:
        """Whether the title is a state's head's or its government's ("President")."""
        return title is not None and role_for(title, represents_country=True) in HEAD_ROLES

    def _leading_a_state(self, after: re.Match[str]) -> tuple[str, Party] | None:
        """The office and country of a head of state or government that an office after a name
        gives ("X, Prime Minister of Fiji,"); not a former one's."""
        office = after.group("title")
        role = role_for(office, represents_country=True)
        if role not in HEAD_ROLES:
            return None
        party = self.parties.country_after(after)
        return (office, party) if party else None

    def _merge_or_add(self, person: Person) -> Person:
        """A one-word name after a title ("President Moon") joins the full name's person;
        the person kept is returned."""
        for known in self.known.named(person.name)[:1]:
            known.title = known.title or person.title
            known.party = known.party or person.party
            return known
        blends = self.persons if " " not in person.name else []
        for known in blends:  # "President Budisan" after "Budi Santoso"
            if blended_from(person.name, known.name):
                if person.name not in known.variants:
                    known.variants.append(person.name)
                known.title = known.title or person.title
                known.party = known.party or person.party
                return known
        met = self.known.first_met(person)
        if met is None:
            self.persons.append(person)
            self.known.add(person)
            number = self.text.sentence_index(person.introduced.start)
            self.introduced_in.setdefault(number, []).append(person)
            return person
        known, only_a_short_form = met
        if not only_a_short_form:
            if known.name not in person.short_forms:  # "Lindqvist", then "Ola Lindqvist"
                known.variants.append(known.name)
            self.known.rename(known, person.name)
            known.title = known.title or person.title
            known.party = known.party or person.party
        elif person.name not in (known.name, *known.short_forms, *known.variants):
            known.variants.append(person.name)  # "Ola Lindqvist", then "President Lindqvist"
        return known

    def read_titles_of_places(self) -> None:
        """ "The Prince of Wales said": a royal title of a place the article gives no name is
        the one person holding it; not where someone is named by such a title ("Prince X"), who
        may be that holder."""
        if any(
            person.title and person.title.split()[0] in TITLES_OF_PLACES for person in self.persons
        ):
            return
        for found in _THE_TITLE_OF_A_PLACE.finditer(self.text.text):
            self._merge_or_add(
                Person(
                    key="",
                    name=found.group("title"),
                    introduced=Span(found.start("title"), found.end("title")),
                    title=found.group("title"),
                )
            )

    def read_names_listed_with_people(self) -> None:
        """ "A B, C D, President E F and G H took part": untitled full names listed with
        someone known are people's too, though the list names them before the text shows who
        they are, and the text may never say it."""
        text = self.text.text
        for name, start, _listed in self.unshown:
            end = start + len(name)
            if self.known.knows(name) or TITLE_PATTERN.search(name) or _OF_A_BODY.match(text, end):
                continue  # "… and Permanent Representative of the Union X": an office
            opens = start == self.text.sentence_at(start).start
            if not opens and not _SET_IN_A_LIST.search(text, max(0, start - 4), start):
                continue  # "in West Africa", "the CIS Executive Committee": no item of a list
            after = _NAMES_LISTED_AFTER.match(text, end)
            before = _NAME_LISTED_BEFORE.search(text, max(0, start - 60), start)
            items = LIST_SEPARATOR.split(after.group(0))[::2] if after else []
            items += [before.group(0)] if before else []
            office = self._office_of_a_list(start)
            if office or any(self._known_item(item.strip()) for item in items):
                person = Person(key="", name=name, introduced=Span(start, end), title=office)
                self._merge_or_add(person)

    def _office_of_a_list(self, start: int) -> str | None:
        """The office the people of a list hold when the list follows it, plural, and a dash
        ("the Prime Ministers of the Visegrad Group countries – A B, C D and E F"): one's."""
        text = self.text.text
        first = start
        for _item in range(_LONGEST_LIST):
            before = _NAME_LISTED_BEFORE.search(text, max(0, first - 60), first)
            if before is None:
                break
            first = before.start()
        dash = _DASH_BEFORE.search(text, max(0, first - 4), first)
        if dash is None:
            return None
        lead = text[self.text.sentence_at(first).start : dash.start()]
        whose = _WHOSE_OFFICES.search(lead)
        return office_in_the_plural_ending(lead[: whose.start()] if whose else lead)

    def _known_item(self, item: str) -> bool:
        """Whether a list's item names someone known, after their title or not."""
        return bool(item) and self.known.knows(TITLE_PATTERN.sub("", item).strip())
