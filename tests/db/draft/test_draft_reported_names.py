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
    ("sentence", "name", "body"),
    [
        (  # a111 (TASS)
            "The summit was attended by German Minister of Foreign Affairs Heiko Maas, President "
            "of European Bank for Reconstruction and Development Suma Chakrabarti and President "
            "of the European Investment Bank Werner Hoyer.",
            "Suma Chakrabarti",
            "European Bank for Reconstruction and Development",
        ),
        (  # a134 (Chelorg/RIA)
            "According to the Secretary General of the BSEC Michael Christides, this meeting is "
            "important for developing a road map.",
            "Michael Christides",
            "BSEC",
        ),
        (  # a319 (News Central Asia)
            "President of Azerbaijan Ilham Aliyev and Head of the UN Regional Center for "
            "Preventive Diplomacy for Central Asian Countries Kakha Imnadze joined the expanded "
            "format of the 6th Consultative Meeting.",
            "Kakha Imnadze",
            "UN Regional Center for Preventive Diplomacy for Central Asian Countries",
        ),
        (  # a303 (TASS)
            "Permanent Representative of the Arab Maghreb Union to the African Union Amina "
            "Salman have arrived in St. Petersburg for the Russia-Africa Summit.",
            "Amina Salman",
            "Arab Maghreb Union",
        ),
    ],
)
def test_a_name_run_on_from_the_long_name_of_the_body_an_office_serves(
    sentence: str, name: str, body: str
) -> None:
    """ "Title of the Long Body Name First Last": no comma parts the body from the name, which
    is the words after the last one that ends the body's name."""
    assert served(sentence)[name] == body


def test_a_name_run_on_from_a_countrys_name_after_an_office_of_it() -> None:
    """a326 (Report.az): "President of Northern Cyprus Ersin Tatar"."""
    sentence = (
        "Secretary-General of the Turkish Council Baghdad Amreyev, President of Northern Cyprus "
        "Ersin Tatar, and others addressed the meeting."
    )
    assert "Ersin Tatar" in served(sentence)


def test_a_bodys_name_its_abbreviation_in_brackets_after_it_is_no_name() -> None:
    """a357 (Wantok News): the words before "(FLNKS)" are the body's, whatever word they end in."""
    sentence = (
        "The Summit was chaired by the Spokesperson of the Front de Liberation Nationale Kanak "
        "Socialiste (FLNKS), Mr Victor Tutugoro."
    )
    assert "Nationale Kanak Socialiste" not in served(sentence)


def test_an_office_a_page_cuts_off_names_no_one() -> None:
    """a118 (Republika): the page ends in the office's last word, cut short."""
    sentence = (
        "The informal dinner was also attended by US Secretary of State Anthony Blinken and Vice "
        "President of the European Commission and EU High Representativ"
    )
    assert "High Representativ" not in served(sentence)


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
