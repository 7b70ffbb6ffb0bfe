"""A list of countries in a sentence about the organization's membership gives members, where
no phrase rule reads it: who it lists, and with what status."""

from __future__ import annotations

import pytest

from db.draft.countries import gazetteer
from db.draft.extract import draft_facts
from db.draft.lists_about_membership import listed_memberships
from db.draft.model import Membership
from db.draft.organization import find_organization
from db.draft.text import Text

REPORT = (
    "Leaders meet for talks\n\nCAIRO, Egypt (Wire) — Leaders of the Lagoon Union met on Tuesday. "
)


def _drafted(sentence: str) -> dict[str, str]:
    return {m.member.name: m.status for m in draft_facts(REPORT + sentence).memberships}


def _listed(sentence: str, known: list[Membership] | None = None) -> dict[str, str]:
    """What the list rule alone drafts from the report with ``sentence``."""
    text = Text(REPORT + sentence)
    countries = gazetteer()
    organization = find_organization(text, countries)
    assert organization is not None
    found = listed_memberships(text, organization, countries, known or [])
    return {m.member.name: m.status for m in found}


def test_a_list_in_a_sentence_about_membership_is_drafted_as_members() -> None:
    found = _drafted(
        "With Chile, Peru, Bolivia and Ecuador as members, the Lagoon Union covers most of the "
        "coast."
    )

    assert found == dict.fromkeys(("Chile", "Peru", "Bolivia", "Ecuador"), "member")


def test_a_drafted_member_cites_the_sentence_that_lists_it() -> None:
    sentence = (
        "With Chile, Peru, Bolivia and Ecuador as members, the Lagoon Union covers the coast."
    )
    article = REPORT + sentence

    membership = next(m for m in draft_facts(article).memberships if m.member.name == "Peru")

    assert article[membership.evidence.start : membership.evidence.end] == sentence


def test_the_status_said_of_a_list_after_it_is_its_countries_status() -> None:
    found = _drafted(
        "Chile, Peru, Bolivia and Ecuador have held observer status in the Lagoon Union since 2010."
    )

    assert found == dict.fromkeys(("Chile", "Peru", "Bolivia", "Ecuador"), "observer")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Lagoon Union's observers now include Chile, Peru and Bolivia.", "observer"),
        ("The Lagoon Union has dialog partners in Chile, Peru and Bolivia.", "dialogue-partner"),
        ("The Lagoon Union was founded in 1985 by Chile, Peru and Bolivia.", "founding-member"),
        (
            "Its associate members, Chile, Peru and Bolivia, joined the Lagoon Union.",
            "associate-member",
        ),
        ("Lagoon Union members are to this day Chile, Peru and Bolivia.", "member"),
    ],
)
def test_a_list_takes_the_status_named_nearest_before_it(sentence: str, status: str) -> None:
    assert _listed(sentence) == dict.fromkeys(("Chile", "Peru", "Bolivia"), status)


def test_a_founding_verb_far_from_the_list_makes_no_founders() -> None:
    found = _listed(
        "Founded by a treaty in 1985, the Lagoon Union now has Chile, Peru and Bolivia as its "
        "members."
    )

    assert found == dict.fromkeys(("Chile", "Peru", "Bolivia"), "member")


@pytest.mark.parametrize(
    "who_came",
    [
        "Delegates from Chile, Peru and Bolivia spoke of the bloc's membership rules.",
        "The summit drew ministers from Chile, Peru and Bolivia, all Lagoon Union members.",
        "The heads of state of Chile, Peru and Bolivia discussed Lagoon Union membership.",
    ],
)
def test_a_list_of_who_came_is_no_member_list(who_came: str) -> None:
    assert _listed(who_came) == {}


@pytest.mark.parametrize(
    "their_list",
    [
        "the Andean Alliance, consisting of Chile, Peru, Colombia and Mexico",
        "the Andean Alliance, which groups Chile, Peru, Colombia and Mexico",
        "AAC members Chile, Peru, Colombia and Mexico",
    ],
)
def test_another_bodys_list_is_not_the_organizations(their_list: str) -> None:
    found = _listed(f"Lagoon Union members held talks with {their_list}.")

    assert found == {}


def test_a_sentence_that_turns_membership_around_gives_no_members() -> None:
    assert _listed("Chile, Peru and Bolivia are not Lagoon Union members.") == {}


def test_a_list_ends_after_the_country_its_and_adds() -> None:
    found = _listed(
        "Lagoon Union membership now spans Chile, Peru and Bolivia, and Ecuador signed a deal."
    )

    assert set(found) == {"Chile", "Peru", "Bolivia"}


def test_two_countries_are_no_list() -> None:
    assert _listed("Lagoon Union membership now spans Chile and Peru.") == {}


def test_a_member_drafted_already_is_not_drafted_again() -> None:
    sentence = (
        "With Chile, Peru, Bolivia and Ecuador as members, the Lagoon Union covers the coast."
    )
    text = Text(REPORT + sentence)
    countries = gazetteer()
    organization = find_organization(text, countries)
    assert organization is not None
    known = listed_memberships(text, organization, countries, [])[:1]

    found = listed_memberships(text, organization, countries, known)

    assert [m.member.name for m in found] == ["Peru", "Bolivia", "Ecuador"]
