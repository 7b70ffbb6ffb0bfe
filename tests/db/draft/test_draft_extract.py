"""What the draft extractor finds, rule by rule, on the bundled article and invented ones.

The invented articles in tests/data/ have hand-checked fact files; test_draft_eval.py holds
the measured precision and recall, this file the behaviours a reader of a draft would notice.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from db.draft.extract import draft_facts
from db.draft.model import Draft, Person
from db.draft.text import Text

PROJECT = Path(__file__).resolve().parents[3]
BUNDLED = PROJECT / "seeds" / "000_f8d36b30d32ee174.txt"
DATA = Path(__file__).resolve().parents[2] / "data"


@cache
def drafted(path: Path) -> Draft:
    return draft_facts(path.read_text(encoding="utf-8"))


def person(draft: Draft, name: str) -> Person:
    return next(found for found in draft.people if found.name == name)


def spoken_by(draft: Draft, name: str) -> list[str]:
    return [statement.text for statement in draft.statements if statement.speaker.name == name]


def statuses(draft: Draft) -> dict[str, str]:
    return {membership.member.name: membership.status for membership in draft.memberships}


def test_member_countries_get_the_status_the_article_gives_them() -> None:
    found = statuses(drafted(BUNDLED))
    assert found["Kazakhstan"] == "founding-member"
    assert found["Pakistan"] == "member"
    assert found["Belarus"] == "new-member"
    assert found["Egypt"] == "observer-or-partner"


def test_a_guest_country_is_not_drafted_as_a_member() -> None:
    draft = drafted(BUNDLED)
    assert "Azerbaijan" not in statuses(draft)
    guest = next(a for a in draft.attendees if a.represents.name == "Azerbaijan")
    assert guest.role == "guest"


def test_a_country_named_only_as_someones_neighbour_is_not_a_new_member() -> None:
    assert statuses(drafted(BUNDLED))["Russia"] == "founding-member"


def test_demonym_titles_give_the_country_and_title() -> None:
    draft = drafted(BUNDLED)
    host = next(a for a in draft.attendees if a.role == "host")
    assert (host.title, host.represents.name, host.represents.code) == (
        "President",
        "Kazakhstan",
        "KZ",
    )
    visit = drafted(DATA / "state_visit.txt")
    icelandic = person(visit, "Katrín Eyjólfsdóttir")
    assert (icelandic.title, icelandic.party and icelandic.party.name) == (
        "Prime Minister",
        "Iceland",
    )


def test_titles_after_names_are_read() -> None:
    draft = drafted(DATA / "state_visit.txt")
    visitor = person(draft, "Henrik Løkke Sørensen")
    assert (visitor.title, visitor.party and visitor.party.name) == ("Prime Minister", "Denmark")
    mayor = person(drafted(DATA / "harbour_cities.txt"), "Ilse Maes")
    assert (mayor.title, mayor.party and mayor.party.name) == ("Mayor", "Antwerp")


def test_an_official_of_an_international_body_represents_the_body() -> None:
    draft = drafted(BUNDLED)
    official = next(a for a in draft.attendees if a.role == "international-official")
    assert official.represents.abbreviation == "U.N."
    assert not official.represents.is_country
    assert official.title == "Secretary-General"


def test_non_ascii_names_are_kept_whole_and_keyed_in_plain_letters() -> None:
    draft = drafted(DATA / "state_visit.txt")
    minister = person(draft, "Þorgerður Ásta Jónsdóttir")
    assert minister.key == "jonsdottir"
    assert person(draft, "Henrik Løkke Sørensen").key == "sorensen"


def test_a_pronoun_speaker_is_the_person_named_last_before_the_quote() -> None:
    added = "In the face of the real threat of the Cold War mentality, we have to safeguard the security bottom line"
    assert added in spoken_by(drafted(BUNDLED), "Xi Jinping")
    she_said = "We share an ocean, and we will share the work of keeping it safe"
    assert she_said in spoken_by(drafted(DATA / "state_visit.txt"), "Þorgerður Ásta Jónsdóttir")


def test_straight_and_curly_quotes_are_both_read() -> None:
    draft = drafted(DATA / "state_visit.txt")
    assert "Our coastguards already sail side by side" in spoken_by(draft, "Henrik Løkke Sørensen")
    assert "We share an ocean, and we will share the work of keeping it safe" in spoken_by(
        draft, "Þorgerður Ásta Jónsdóttir"
    )


def test_a_quote_spanning_paragraphs_is_one_statement_in_the_articles_own_characters() -> None:
    path = DATA / "state_visit.txt"
    article = path.read_text(encoding="utf-8")
    spanning = [
        statement
        for statement in drafted(path).statements
        if "\n\n" in statement.text and statement.speaker.name == "Henrik Løkke Sørensen"
    ]
    assert len(spanning) == 1
    assert spanning[0].text.startswith("What we sign tomorrow")
    assert spanning[0].text.endswith("caught up with the sea.")
    assert spanning[0].text in article


def test_speakers_named_after_the_quote_or_by_office() -> None:
    cities = drafted(DATA / "harbour_cities.txt")
    assert spoken_by(cities, "Pieter van Aalst") == [
        "Every ship that plugs in at the quay is a ship that is not burning diesel in our streets"
    ]
    assert spoken_by(cities, "Joan Ribera") == ["The numbers will be public, city by city"]
    visit = drafted(DATA / "state_visit.txt")
    assert spoken_by(visit, "Ola Brekke Haugland") == [
        "Today is about saving lives, not counting fish"
    ]


def test_a_speaker_named_by_office_before_the_quote_and_a_host_who_welcomed() -> None:
    summit = drafted(DATA / "alpine_union.txt")
    assert spoken_by(summit, "Markus Brunner") == [
        "We will finish on time, or I will carry the rails myself."
    ]
    host = next(a for a in summit.attendees if a.role == "host")
    assert host.person.name == "Anna Keller"


def test_words_read_out_for_someone_are_theirs_via_the_reader() -> None:
    council = drafted(DATA / "fisheries_council.txt")
    (read_out,) = [s for s in council.statements if s.via is not None]
    assert read_out.speaker.name == "Sanna Virtanen"
    assert read_out.via == "Read out by Pekka Laine"


def test_the_object_of_a_preposition_is_not_the_speaker() -> None:
    draft = drafted(BUNDLED)
    pillar = "one of the key pillars of a fair, multipolar world order"
    assert pillar in spoken_by(draft, "Vladimir Putin")
    assert pillar not in spoken_by(draft, "Xi Jinping")


def test_absent_leaders_and_the_people_they_sent() -> None:
    draft = drafted(BUNDLED)
    (absence,) = draft.absences
    assert absence.person.name == "Narendra Modi"
    assert absence.sent is not None and not absence.sent.named
    assert absence.sent.name == "Foreign minister of India"
    assert absence.reason is not None and "busy" in absence.reason
    envoy = next(a for a in draft.attendees if a.person is absence.sent)
    assert envoy.role == "envoy"
    cities = drafted(DATA / "harbour_cities.txt")
    (stayed,) = cities.absences
    assert (stayed.person.name, stayed.sent and stayed.sent.name) == ("Kaisa Lepik", "Rein Tamm")
    assert stayed.reason == "because the city council is voting on its budget this week"


def test_the_dead_and_the_quoted_are_not_attendees() -> None:
    attending = {attendee.person.name for attendee in drafted(BUNDLED).attendees}
    assert "Ebrahim Raisi" not in attending
    assert "Narendra Modi" not in attending
    assert "Mohammad Mokhber" in attending


def test_a_name_spelt_two_ways_keeps_the_commoner_spelling_and_records_the_slip() -> None:
    draft = drafted(BUNDLED)
    acting = person(draft, "Mohammad Mokhber")
    assert acting.variants == ["Mohammad Mokhbar"]
    assert [(slip.text, slip.correction) for slip in draft.slips] == [("Mokhbar", "Mokhber")]
    assert spoken_by(draft, "Mohammad Mokhber") == [
        "deep and unchangeable",
        "the power equations in the world",
    ]


def test_an_organization_of_cities_has_cities_as_members_and_no_countries() -> None:
    draft = drafted(DATA / "harbour_cities.txt")
    assert draft.organization is not None
    assert draft.organization.name == "Harbour Cities Network"
    assert draft.organization.founded == 2009
    assert all(not party.is_country for party in draft.parties)
    assert {membership.member.kind for membership in draft.memberships} == {"city"}
    assert statuses(draft)["Marseille"] == "member"


def test_an_article_about_a_visit_has_no_organization_and_names_its_event() -> None:
    draft = drafted(DATA / "state_visit.txt")
    assert draft.organization is None
    assert draft.memberships == []
    assert (draft.event.name, draft.event.place, draft.event.day) == (
        "State visit to Iceland",
        "Reykjavík, Iceland",
        "Monday",
    )
    assert draft.source.publisher == "Nordic Wire"


@pytest.mark.parametrize(
    ("article", "event"),
    [
        (
            "Lagoon leaders meet in Lima\n\nLeaders of the lagoon countries gathered in Lima on "
            "Monday for the Pacific Lagoon Leaders Meeting, hosted by Peru's President Ana Ruiz. "
            "The two-day summit is held every three years.",
            "Pacific Lagoon Leaders Meeting",
        ),
        (
            "Leaders meet in Lima\n\nChilean President Luis Soto arrived in Lima on Sunday for "
            "the Chile-Peru Summit. It is his first official visit to Peru. The Chile-Peru "
            "Summit opens on Monday.",
            "Chile-Peru Summit",
        ),
    ],
)
def test_an_organization_named_as_a_meeting_is_the_event_itself(article: str, event: str) -> None:
    """Not "Summit of the Pacific Lagoon Leaders Meeting" where the text calls it a summit, nor
    "Official visit of the Chile-Peru Summit" where a leader's visit is named first."""
    assert draft_facts(article).event.name == event


def test_the_source_credit_is_read_from_a_copyright_line() -> None:
    source = drafted(BUNDLED).source
    assert (source.publisher, source.year) == ("The Associated Press", 2024)
    assert source.title == BUNDLED.read_text(encoding="utf-8").splitlines()[0]


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = Text("Also present was U.N. Secretary-General Ana Ruiz. She spoke first.")
    assert [text[span] for span in text.sentences] == [
        "Also present was U.N. Secretary-General Ana Ruiz.",
        "She spoke first.",
    ]


def test_sentences_do_not_end_at_abbreviations_run_together() -> None:
    text = Text("Present were The Rt.Hon. Ola Lind, Chile; and Hon. Ana Ruiz, Peru. They spoke.")
    assert [text[span] for span in text.sentences] == [
        "Present were The Rt.Hon. Ola Lind, Chile; and Hon. Ana Ruiz, Peru.",
        "They spoke.",
    ]


def test_sentences_do_not_end_at_abbreviated_military_ranks() -> None:
    text = Text(
        "Also present were Maj. Gen. Ola Lind, Chair of the Lagoon Board, and Brig. Ana Ruiz. "
        "They spoke first."
    )
    assert [text[span] for span in text.sentences] == [
        "Also present were Maj. Gen. Ola Lind, Chair of the Lagoon Board, and Brig. Ana Ruiz.",
        "They spoke first.",
    ]


def test_a_sentence_ends_at_a_full_stop_its_copy_lost_the_space_after() -> None:
    text = Text(
        "The summit opened today.The bloc’s leaders met in Lima.”Top of the agenda was trade. "
        "Mrs.Ruiz spoke last."
    )
    assert [text[span] for span in text.sentences] == [
        "The summit opened today.",
        "The bloc’s leaders met in Lima.”",
        "Top of the agenda was trade.",
        "Mrs.Ruiz spoke last.",
    ]
