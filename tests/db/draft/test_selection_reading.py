"""What a selection of the article fills in a new fact's form: the title before a person of
the sheet, the titles opening a name the sheet does not know, the words quoted."""

from __future__ import annotations

from db.draft.selection_reading import read_selection
from db.factfile.document import Named

PEOPLE = (Named("people:veske", "Arno Veske"),)
PARTIES = (Named("members:coastal", "Coastal League"),)


def test_the_titles_before_a_person_of_the_sheet_are_the_person_s_title() -> None:
    reading = read_selection(
        "said Deputy Prime Minister Arno Veske of the Coastal League",
        people=PEOPLE,
        parties=PARTIES,
    )
    assert (reading.person, reading.title, reading.party) == (
        "Arno Veske",
        "Deputy Prime Minister",
        "Coastal League",
    )


def test_the_titles_opening_an_unknown_name_are_its_title_not_its_name() -> None:
    reading = read_selection(
        "Acting Mayor Liisa Marand said “the harbour stays open”", people=PEOPLE, parties=()
    )
    assert (reading.person, reading.title, reading.quote) == (
        "Liisa Marand",
        "Acting Mayor",
        "the harbour stays open",
    )


def test_a_name_with_no_title_before_it_has_none() -> None:
    reading = read_selection("Arno Veske arrived", people=PEOPLE, parties=PARTIES)
    assert (reading.person, reading.title) == ("Arno Veske", "")
    unknown = read_selection("Liisa Marand arrived", people=(), parties=())
    assert (unknown.person, unknown.title) == ("Liisa Marand", "")
