"""People and attendees as reports of the corpus write them, a sentence or two quoted from each.

Each test quotes a tuning report (named in its docstring) for a way of writing that reports of
other outlets share.
"""

from __future__ import annotations

import pytest

from db.draft.extract import draft_facts


def served(text: str) -> dict[str, str | None]:
    """Person's name → the name of the party they are drafted as serving."""
    return {
        person.name: person.party.name if person.party else None
        for person in draft_facts(text).people
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a214 (Hathalyoum/AFP)
            "EU foreign policy chief Federica Mogherini insists that the gathering in Egypt of "
            "around 40 heads of state and government is about much more than migration.Donald "
            "Tusk, president of the European Council of EU member countries, met Sunday with "
            "Sisi to help set the agenda, EU sources said.",
            "Donald Tusk",
        ),
        (  # a323 (The New Times)
            "Leaders gather for the Great Lakes summit, which is scheduled to open "
            "today.President Paul Kagame is in Luanda, Angola where he will today join his "
            "counterparts.",
            "Paul Kagame",
        ),
    ],
)
def test_a_name_after_a_full_stop_the_copy_ran_on_into_it_is_read_whole(
    text: str, name: str
) -> None:
    """ "… more than migration.Donald Tusk, …": the space after the stop was lost, and the
    name after it is read from its first word, not from its second."""
    assert name in served(text)


@pytest.mark.parametrize(
    "sentence",
    [
        (  # a111 (TASS)
            "The guests that will arrive to Bucharest include President of the European "
            "Commission Jean-Claude Juncker, US Secretary of Energy Rick Perry, German Minister "
            "of Foreign Affairs Heiko Maas."
        ),
        (  # a375 (STA)
            "European Commission President Jean-Claude Juncker, US Secretary of Energy Rick Perry "
            "and US Acting Assistant Secretary of European and Eurasian Affairs Philip Reeker "
            "have also confirmed their attendance."
        ),
    ],
)
def test_an_office_ending_in_secretary_is_no_ones_name(sentence: str) -> None:
    """ "US Secretary of Energy X": the words before "of" are the office, though a country's
    abbreviation opens them; no one is named "Secretary"."""
    people = served(sentence)
    assert "Rick Perry" in people
    assert not [name for name in people if name.split()[-1] == "Secretary"]
