"""One table of countries: the drafter, the map and search know a country by the same names."""

from __future__ import annotations

import pytest

from db.draft.countries import gazetteer
from db.factfile.country_names import country_named, country_table, country_with_code
from db.factfile.folding import fold

NEWER_NAMES = {"Türkiye": "TR", "Viet Nam": "VN", "UK": "GB", "Burma": "MM", "Czechia": "CZ"}


@pytest.mark.parametrize(("name", "code"), NEWER_NAMES.items())
def test_names_a_country_goes_by_now_and_before_name_it(name: str, code: str) -> None:
    country = country_named(name)
    assert country is not None and country.code == code
    drafted = gazetteer().country_named(name)
    assert drafted is not None and drafted.code == code
    assert name in (country_with_code(code) or country).names


@pytest.mark.parametrize(
    ("former", "current"),
    [("Swaziland", "Eswatini"), ("Republic of Macedonia", "North Macedonia")],
)
def test_a_renamed_country_is_shown_by_its_name_now(former: str, current: str) -> None:
    country = country_named(former)
    assert country is not None and country.name == current
    drafted = gazetteer().country_named(former)
    assert drafted is not None and drafted.name == current


def test_names_are_found_without_case_accents_or_spaces_around_them() -> None:
    assert country_named("  turkiye ") == country_named("Türkiye")
    assert country_named("Republic of Nowhere") is None
    assert country_with_code("tr") == country_named("Turkey")


def test_the_drafter_reads_every_name_of_the_table_as_the_table_does() -> None:
    drafter = gazetteer()
    for country in country_table():
        for name in country.names:
            if set(name) & set(",()"):
                continue  # the drafter reads these turned round ("Congo, Republic of the")
            drafted = drafter.country_named(name)
            assert drafted is not None, name
            assert drafted.name == (country_named(name) or country).name, name


NEWSROOM_NAMES = {
    "Britain": "GB",
    "Lao PDR": "LA",
    "DPRK": "KP",
    "USA": "US",
    "PNG": "PG",
    "Korea": "KR",
    "Macedonia": "MK",
    "PRC": "CN",
    "KSA": "SA",
    "Åland": "AX",
    "Curaçao": "CW",
    "DRCongo": "CD",
    "RMI": "MH",
    "CAR": "CF",
    "Antigua": "AG",
    "Bosnia": "BA",
    "Saint Kitts": "KN",
    "Saint Vincent": "VC",
    "Sao Tome": "ST",
    "Surinam": "SR",
}
NEWSROOM_ADJECTIVES = {
    "Kyrgyz": "KG",
    "Lao": "LA",
    "Thai": "TH",
    "Philippine": "PH",
    "Ecuadorian": "EC",
    "Djiboutian": "DJ",
    "Nepali": "NP",
}


@pytest.mark.parametrize(("name", "code"), NEWSROOM_NAMES.items())
def test_short_forms_news_makes_of_official_names_name_the_country(name: str, code: str) -> None:
    country = country_named(name)
    assert country is not None and country.code == code


@pytest.mark.parametrize(("adjective", "code"), NEWSROOM_ADJECTIVES.items())
def test_adjectives_news_writes_before_a_leader_are_the_countrys(adjective: str, code: str) -> None:
    found = gazetteer().find(f"{adjective} President Ana Ruiz arrived.")
    assert [(mention.country.code, mention.adjective) for mention in found] == [(code, True)]


def test_initials_before_a_title_name_a_country_only_when_no_other_has_them() -> None:
    text = "US President Ana Ruiz met SA President Ben Ode and a PR Director, US officials."
    found = [(text[m.span.start : m.span.end], m.country.code) for m in gazetteer().find(text)]
    assert found == [("US", "US")]


def test_a_hyphenated_name_written_with_a_space_names_the_country() -> None:
    found = gazetteer().find("Leaders of Guinea Bissau and Timor Leste met.")
    assert [mention.country.code for mention in found] == ["GW", "TL"]


def test_a_name_of_two_joined_by_and_written_with_a_hyphen_names_the_country() -> None:
    found = gazetteer().find("Leaders of Trinidad-Tobago, Serbia-Montenegro and Norway met.")
    assert [mention.country.code for mention in found] == ["TT", "CS", "NO"]


def test_saint_shortened_names_the_country() -> None:
    found = gazetteer().find("Leaders of St Lucia, St. Kitts and Nevis and Saint Lucia met.")
    assert [mention.country.code for mention in found] == ["LC", "KN", "LC"]


def test_a_plural_names_bare_apostrophe_is_its_possessive() -> None:
    text = "The Philippines' president met the Bahamas' envoy and Peru's."
    found = [(text[m.span.start : m.name_end], m.possessive) for m in gazetteer().find(text)]
    assert found == [("Philippines", True), ("Bahamas", True), ("Peru", True)]


def test_an_iso_code_of_three_letters_names_the_country_only_where_a_code_would() -> None:
    text = "USA Today said the USA and PNG Prime Minister Ana Ruiz met; SPM authors agreed."
    found = [(text[m.span.start : m.span.end], m.country.code) for m in gazetteer().find(text)]
    assert found == [("USA", "US"), ("PNG", "PG")]


def test_of_names_that_begin_alike_the_longest_the_text_gives_is_found() -> None:
    text = "Guinea-Bissau, Nigeria, Niger, South Sudan, Sudan, Dominica and Dominican Republic met."
    found = [text[m.span.start : m.name_end] for m in gazetteer().find(text)]
    assert found == [
        "Guinea-Bissau",
        "Nigeria",
        "Niger",
        "South Sudan",
        "Sudan",
        "Dominica",
        "Dominican Republic",
    ]


def test_the_first_part_of_a_country_of_two_names_it_in_a_list() -> None:
    found = gazetteer().find("Leaders of Antigua, St Kitts, St. Vincent, Bosnia and Sao Tome met.")
    assert [mention.country.code for mention in found] == ["AG", "KN", "VC", "BA", "ST"]


NEWS_SPELLINGS = {
    "St Lucia": "LC",
    "Cote d Ivoire": "CI",
    "Sierra-Leone": "SL",
    "Trinidad-Tobago": "TT",
    "Guinea Bissau": "GW",
    "Antigua & Barbuda": "AG",
}


@pytest.mark.parametrize(("spelling", "code"), NEWS_SPELLINGS.items())
def test_search_and_the_drafter_know_a_country_by_the_ways_news_spells_it(
    spelling: str, code: str
) -> None:
    """A member's column searches the spellings the drafter reads in a report, so a user who
    types what the report wrote finds the member it drafted."""
    country = country_with_code(code)
    assert country is not None
    assert fold(spelling) in {fold(name) for name in country.spellings}
    drafted = gazetteer().country_named(spelling)
    assert drafted is not None and drafted.code == code
