"""Cities by name as datelines and wire copy write them: in capitals, without accents, with
a straight apostrophe for the list's curled one, "St." for "Saint", and a hyphen for a
space."""

from __future__ import annotations

import pytest

from db.draft.cities import city_in, city_named


@pytest.mark.parametrize(
    ("words", "name", "code"),
    [
        ("BELEM", "Belém", "BR"),
        ("SAO PAULO", "São Paulo", "BR"),
        ("Nuku'alofa", "Nuku‘alofa", "TO"),
        ("St. George's", "Saint George's", "GD"),
        ("ST GEORGES", "Saint George's", "GD"),
        ("Lima", "Lima", "PE"),
        ("Nay Pyi-Taw", "Nay Pyi Taw", "MM"),
    ],
)
def test_a_city_is_known_whatever_case_accents_or_apostrophes_it_is_written_with(
    words: str, name: str, code: str
) -> None:
    city = city_named(words)
    assert city is not None and (city.name, city.code) == (name, code)


def test_a_name_of_several_cities_is_the_most_populous_unless_the_country_is_given() -> None:
    most_populous = city_named("Huntsville")
    assert most_populous is not None and most_populous.code == "US"
    in_canada = city_in("Huntsville", "CA")
    assert in_canada is not None and in_canada.code == "CA"


@pytest.mark.parametrize("words", ["Monday", "Thursday", "Lima\nPeru", "Lima\tPE"])
def test_words_that_name_no_city_find_none(words: str) -> None:
    assert city_named(words) is None
    assert city_in(words, "PE") is None
