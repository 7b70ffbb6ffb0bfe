"""The organization and its members as wire copy writes them, one short report per rule.

Each report is invented; what a reader of the draft would notice is asserted: the body the
report is about, and each member with the status the text gives it, and its evidence.
"""

from __future__ import annotations

from db.draft.extract import draft_facts
from db.draft.model import Draft


def organization(article: str) -> tuple[str, str | None] | None:
    found = draft_facts(article).organization
    return (found.name, found.abbreviation) if found else None


def statuses(draft: Draft) -> dict[str, str]:
    return {membership.member.name: membership.status for membership in draft.memberships}


def members(article: str) -> dict[str, str]:
    return statuses(draft_facts(article))


HEADLINE_AND_DATELINE = "Leaders meet for talks\n\nCAIRO, Egypt (Wire) — "


def test_capitals_named_as_the_meetings_body_are_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders opened the NRB summit on Tuesday. The NRB bloc has "
        "met every year since 2010, and NRB leaders will meet again in May."
    )
    assert organization(article) == ("NRB", None)


def test_a_long_name_and_the_capitals_that_spell_it_are_one_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Association of Northern Coastal Nations meetings open on "
        "Tuesday. ANCN ministers met on Monday to finish the agenda."
    )
    assert organization(article) == ("Association of Northern Coastal Nations", "ANCN")


def test_capitals_in_brackets_after_the_name_they_shorten() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Three (L3) states met today. The L3 "
        "summit is the first in two years."
    )
    assert organization(article) == ("Lagoon Three", "L3")


def test_a_word_the_report_defines_as_a_body_is_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders met in Tokyo for a summit. Triad is a security dialogue "
        "between Norway, Chile and Kenya. The Triad has met twice."
    )
    assert organization(article) == ("Triad", None)


def test_a_headlines_new_leader_is_not_part_of_the_organizations_name() -> None:
    article = (
        "New Coastal Union leader elected\n\nCAIRO, Egypt (Wire) — Delegates chose a chair "
        "of the Coastal Union on Tuesday."
    )
    assert organization(article) == ("Coastal Union", None)


def test_a_credit_line_does_not_name_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The River Pact summit opened on Tuesday.\n\n"
        "© 2023 Harbour Media Network\n© 2023 Harbour Media Network\nPhoto: Harbour Media Network"
    )
    assert organization(article) == ("River Pact", None)


def test_a_body_said_to_join_the_meeting_is_not_its_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Savanna Union joined the G9 on Saturday. The Savanna "
        "Union has 40 members, and the Savanna Union chair spoke first. G9 leaders welcomed it."
    )
    assert organization(article) == ("G9", None)


def test_words_in_capitals_that_name_no_body_are_not_an_organization() -> None:
    article = HEADLINE_AND_DATELINE + "Indian PM Modi told NHK and AFP that the talks went well."
    assert organization(article) is None
