"""Where the meeting is, as wire copy says it: the place a sheet's map marks and its slug
names. Each report is invented; the cities are real, as the list of cities knows them."""

from __future__ import annotations

import tomllib

import pytest

from db.draft.extract import draft_facts
from db.draft.render import render

HEADLINE = "Leaders agree on fisheries\n\n"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Leaders of the Coastal Union met at a summit in Minsk on Thursday.", "Minsk, Belarus"),
        ("KUALA LUMPUR — Leaders of the Coastal Union met on Thursday.", "Kuala Lumpur, Malaysia"),
        ("YEREVAN (Wire) — Leaders of the Coastal Union met on Thursday.", "Yerevan, Armenia"),
        (
            "The Coastal Union summit will take place on Tuesday in Bali, Indonesia.",
            "Bali, Indonesia",
        ),
        (
            "The premier is visiting the Icelandic capital of Reykjavik for a Coastal Union summit.",
            "Reykjavík, Iceland",
        ),
        (
            "The Coastal Union summit was held at the Lima Convention Center on Friday.",
            "Lima, Peru",
        ),
        ("CANCUN, Mexico, June 19 (Wire) -- Coastal Union members met.", "Cancún, Mexico"),
        ("NUKU'ALOFA, Tonga (Wire) — Coastal Union members met.", "Nuku‘alofa, Tonga"),
        ("XI'AN, May 19 (Wire) -- Coastal Union members met.", "Xi’an, China"),
        (
            "Members of the Coastal Union gathered on Monday in the Mexican resort of Cancun.",
            "Cancún, Mexico",
        ),
        ("The premier heads to Suva for the Coastal Union meetings.", "Suva, Fiji"),
        ("Coming to Suva are the presidents of the Coastal Union members.", "Suva, Fiji"),
        (
            "The two-day event kicks off in Riga on Monday for Coastal Union leaders.",
            "Riga, Latvia",
        ),
        (
            "YEREVAN, Oct 15 (Wire) – Leaders of the Coastal Union met on Thursday.",
            "Yerevan, Armenia",
        ),
        ("MINSK, BELARUS — Leaders of the Coastal Union met on Thursday.", "Minsk, Belarus"),
        (
            "LIMA, November 11, 2024: Leaders arrive for a summit to discuss the ongoing conflicts"
            " in Gaza and Lebanon. The Coastal Union met on Thursday.",
            "Lima, Peru",
        ),
        (
            "Leaders arrive for a summit to discuss the fighting in Aleppo. The Coastal Union summit "
            "was held in Minsk on Thursday.",
            "Minsk, Belarus",
        ),
        ("SUVA, FIJI (Wire) - Leaders of the Coastal Union met on Thursday.", "Suva, Fiji"),
        # a city opening the lead before a colon, as a paper in India writes it
        ("Lima: The President on Friday welcomed the Coastal Union leaders here.", "Lima, Peru"),
        (
            "Suva, Fiji – Leaders have gathered in Fiji for the Coastal Union summit.",
            "Suva, Fiji",
        ),
        # a communiqué's venue, then its city and country
        (
            "The Ninth Meeting of the Coastal Union was held at the Harbour Conference Centre, "
            "Lima, Peru, 4 – 7 July 1994.",
            "Lima, Peru",
        ),
        # the summit named at length, then where it is "taking place"
        (
            "The Secretary General travelled to take part in the Summit of Heads of State and "
            "Government of the Coastal Union (CU), taking place in the city of Lima.",
            "Lima, Peru",
        ),
    ],
)
def test_the_city_a_meeting_is_in(lead: str, place: str) -> None:
    assert draft_facts(HEADLINE + lead).event.place == place


def test_a_place_in_the_bodys_name_is_not_where_it_meets() -> None:
    lead = (
        "Leaders met at the Conference on Fisheries and Trade Measures in Lima (CFTML) on "
        "Tuesday, hosted by Chile."
    )
    assert draft_facts(HEADLINE + lead).event.place is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("TORONTO, Ontario (Wire) - Coastal Union leaders opened their summit.", "Toronto, Canada"),
        (
            "KANANASKIS, Alberta, June 16 (Wire) — Coastal Union leaders opened their summit.",
            "Kananaskis, Canada",
        ),
        (
            "BIRMINGHAM, England (Wire) — Coastal Union leaders opened their summit.",
            "Birmingham, United Kingdom",
        ),
        # a constituent country the country table lists without a code of its own
        (
            "GLENEAGLES, Scotland (Wire) — Coastal Union leaders opened their summit.",
            "Gleneagles, United Kingdom",
        ),
        (
            "SEA ISLAND, Ga. (Wire) — Coastal Union leaders opened their summit.",
            "Sea Island, United States",
        ),
        (
            "CAMP DAVID, Md. (Wire) — Coastal Union leaders opened their summit.",
            "Camp David, United States",
        ),
        (
            "Coastal Union leaders opened their summit in Huntsville, Ont., on Friday.",
            "Huntsville, Canada",
        ),
        (
            "Coastal Union leaders arrived in Huntsville, Ont, Friday for their summit.",
            "Huntsville, Canada",
        ),
        (
            "Coastal Union leaders gathered in Toronto, Ontario, Canada, on Saturday.",
            "Toronto, Canada",
        ),
        ("The Coastal Union summit opened in Lahore, Punjab, on Monday.", "Lahore, Pakistan"),
    ],
)
def test_a_city_written_with_its_state_or_province_is_in_that_ones_country(
    lead: str, place: str
) -> None:
    assert draft_facts(HEADLINE + lead).event.place == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # the list of cities' London and Paris most people mean are in other countries
        ("LONDON, Ontario (Wire) — Coastal Union leaders opened their summit.", "London, Canada"),
        ("The Coastal Union summit opened on Monday in Paris, Texas.", "Paris, United States"),
        ("VANCOUVER, Wash. (Wire) — Coastal Union leaders met.", "Vancouver, United States"),
    ],
)
def test_the_city_is_the_one_of_that_name_in_the_divisions_country(lead: str, place: str) -> None:
    assert draft_facts(HEADLINE + lead).event.place == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a US state that is also a country's name
        ("ATLANTA, Georgia (Wire) — Coastal Union leaders met.", "Atlanta, United States"),
        ("BATUMI, Georgia (Wire) — Coastal Union leaders met.", "Batumi, Georgia"),
        # a state's name that is also a government's, and one in a list of cities
        (
            "As the Coastal Union summit opened in Vancouver, Washington's envoy told reporters.",
            "Vancouver, Canada",
        ),
        (
            "Coastal Union envoys have met in Vancouver, Washington, Paris and Rome.",
            "Vancouver, Canada",
        ),
        # a country's short name ending a sentence, which is no abbreviation
        ("The Coastal Union summit opened on Monday in Victoria, Malta.", "Victoria, Malta"),
        # a state's name that is also a person's
        (
            "The Coastal Union summit opened on Monday in London, Victoria, its chair, said.",
            "London, United Kingdom",
        ),
    ],
)
def test_a_divisions_name_that_names_something_else_does_not_move_the_city(
    lead: str, place: str
) -> None:
    assert draft_facts(HEADLINE + lead).event.place == place


@pytest.mark.parametrize(
    ("later", "place"),
    [
        ("Delegations flew into Huntsville, Ont, on Thursday.", "Huntsville, Canada"),
        ("In Huntsville, Washington's envoy spoke first.", "Huntsville, United States"),
    ],
)
def test_a_city_named_alone_is_the_one_the_text_places_elsewhere(later: str, place: str) -> None:
    lead = f"Coastal Union leaders are due to arrive in Huntsville on Friday. {later}"
    assert draft_facts(HEADLINE + lead).event.place == place


def test_a_countrys_name_is_not_taken_for_a_city_of_that_name() -> None:
    lead = (
        "Leaders of the Coastal Union opened their session on Thursday. A meeting planned last "
        "month in Djibouti was called off."
    )
    assert draft_facts(HEADLINE + lead).event.place is None


def test_a_heading_in_lower_case_before_a_colon_is_no_dateline() -> None:
    lead = "Summit: what to expect\nLeaders of the Coastal Union opened their session on Thursday."
    assert draft_facts(HEADLINE + lead).event.place is None


@pytest.mark.parametrize(
    "lead",
    [
        "Leaders of the Coastal Union met on Sunday. Conflicts in Mali, Niger and Chad are on the "
        "agenda.",
        "Leaders of the Coastal Union met on Sunday. With interest growing in Africa, Kenya's "
        "president spoke first.",
    ],
)
def test_countries_in_a_list_or_before_a_possessive_are_no_city_and_its_country(lead: str) -> None:
    assert draft_facts(HEADLINE + lead).event.place is None


def test_a_body_named_for_its_meeting_is_not_named_twice_over() -> None:
    article = (
        "Ocean Rim leaders end forum without a communique\n\n"
        "SUVA, Fiji (Wire) — The leaders of the Ocean Rim Forum ended their annual forum in Suva "
        "on Sunday without a communique.\n"
    )
    draft = draft_facts(article)
    sheet = tomllib.loads(render(draft, article, "a.txt"))["sheet"]
    assert draft.event.name == "Annual Ocean Rim Forum"
    assert sheet["title"] == "Ocean Rim Forum, Suva"


def test_a_meeting_whose_name_holds_its_kind_is_named_once() -> None:
    """ "the Summit of the Ocean Rim" is not a "Summit of the Summit of the Ocean Rim", nor its
    sheet "Summit of the Ocean Rim summit"."""
    article = (
        "Leaders gather in Suva\n\n"
        "SUVA, Fiji (Wire) — The fourth Summit of the Ocean Rim opened in Suva on Sunday, and "
        "the Summit of the Ocean Rim will meet again next year.\n"
    )
    draft = draft_facts(article)
    sheet = tomllib.loads(render(draft, article, "a.txt"))["sheet"]
    assert draft.event.name == "Summit of the Ocean Rim"
    assert sheet["title"] == "Summit of the Ocean Rim, Suva"


@pytest.mark.parametrize(
    "sentence",
    [
        "The last meeting, in Lima in 2022, was hosted by Peru.",
        "The previous summit was held in Lima.",
        "Leaders met in Lima in 2019.",
        "The second one was held in Lima in August 2015.",
        "Leaders met in Lima two years ago.",
    ],
)
def test_the_city_of_another_meeting_is_not_this_ones(sentence: str) -> None:
    lead = "Coastal Union leaders have gathered in the island nation for their biennial summit. "
    assert draft_facts(HEADLINE + lead + sentence).event.place is None


def test_a_preview_places_the_meeting_it_tells_of_next_week() -> None:
    lead = "Coastal Union leaders will formulate a vision at a summit in Lima next week."
    assert draft_facts(HEADLINE + lead).event.place == "Lima, Peru"


@pytest.mark.parametrize("saint", ["St.", "St", "Saint"])
def test_a_city_whose_saints_name_is_abbreviated_is_the_meetings_place(saint: str) -> None:
    article = (
        "Prime Minister Ola Brekke attended today the Lagoon Union Council's regular meeting at "
        f"the Grand Library in {saint} Petersburg."
    )
    event = draft_facts(article).event
    assert event is not None and event.place == "Saint Petersburg, Russia"


def test_a_country_opening_the_clause_after_a_city_of_another_is_not_the_citys() -> None:
    """ "in Lima, Bolivia will be represented by …": Lima is Peru's, and the leaders the report
    lists as coming to Lima attend a meeting there, not somewhere in Bolivia."""
    article = HEADLINE + (
        "The summit of the heads of state of the Coastal Union, which will be held in Lima on "
        "May 27-28, will bring together the presidents: Chile Ana Ruiz and Ecuador Erik Lund.\n\n"
        "At the summit in Lima, Bolivia will be represented by Deputy Prime Minister Ola Brekke."
    )
    draft = draft_facts(article)
    assert draft.event.place == "Lima, Peru"
    assert {attendee.person.name for attendee in draft.attendees} == {
        "Ana Ruiz",
        "Erik Lund",
        "Ola Brekke",
    }
