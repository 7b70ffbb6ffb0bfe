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
        ("CANCUN, Mexico, June 19 (Wire) -- Coastal Union members met.", "Cancun, Mexico"),
        (
            "Members of the Coastal Union gathered on Monday in the Mexican resort of Cancun.",
            "Cancún, Mexico",
        ),
        ("The premier heads to Suva for the Coastal Union meetings.", "Suva, Fiji"),
        (
            "The two-day event kicks off in Riga on Monday for Coastal Union leaders.",
            "Riga, Latvia",
        ),
        (
            "YEREVAN, Oct 15 (Wire) – Leaders of the Coastal Union met on Thursday.",
            "Yerevan, Armenia",
        ),
    ],
)
def test_the_city_a_meeting_is_in(lead: str, place: str) -> None:
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
