"""The organization a report of a meeting is about, named as newsrooms name bodies.

Each report is invented and short; what a reader of the draft would notice is asserted: the
body the sheet is about, by its name and the capitals it goes by.
"""

from __future__ import annotations

from db.draft.extract import draft_facts


def organization(article: str) -> tuple[str, str | None] | None:
    found = draft_facts(article).organization
    return (found.name, found.abbreviation) if found else None


def test_a_name_written_with_a_hyphen_and_with_a_space_is_one_body() -> None:
    article = (
        "Leaders in Lomé for summit of Lagoon-Speaking Countries\n\n"
        "Leaders met in Lomé for the 9th summit of the Community of Lagoon Speaking Countries. "
        "The summit of the Community of Lagoon-Speaking Countries (CLSC) opened on Monday. "
        "The Community was founded in 1996, and the Community now has nine members, while "
        "the Community chair spoke of trade."
    )
    assert organization(article) == ("Community of Lagoon Speaking Countries", "CLSC")


def test_of_two_bodies_named_as_often_the_one_the_text_introduces_wins() -> None:
    article = (
        "Marsh eastern members say they stand together\n\n"
        "Harbour Seven (H7), the seven Marsh members on the coast, vowed to help one another. "
        "The leaders of H7, an organisation formed in 2015, met at a summit in Lomé. The Marsh "
        "secretary also attended."
    )
    assert organization(article) == ("Harbour Seven", "H7")


def test_a_name_the_text_says_was_founded_is_a_body() -> None:
    article = (
        "Ministers mark 30 years of cooperation\n\n"
        "The foreign ministers of three countries met on Friday in Lomé to mark the 30th "
        "anniversary of the Lagoon Triangle. The Lagoon Triangle was founded in 1991 to "
        "promote cooperation, and the Lagoon Triangle remains a forum for dialogue."
    )
    assert organization(article) == ("Lagoon Triangle", None)
