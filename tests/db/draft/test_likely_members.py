"""The member model drafts members the phrase rules miss.

The tests give the model weights of their own, so they test what is done with a
probability (threshold, evidence, status, the sentences it may not read), not what the corpus
happened to teach; `make eval` measures the shipped weights on real reports.
"""

from __future__ import annotations

import pytest

from db.draft import likely_members
from db.draft.countries import gazetteer
from db.draft.extract import draft_facts
from db.draft.likely_members import likely_memberships
from db.draft.logistic import LogisticModel
from db.draft.model import Membership
from db.draft.organization import find_organization
from db.draft.text import Text

FORUM = """Pacific leaders meet in Tonga

NUKU'ALOFA, Tonga (Wire) — The Pacific Islands Forum opened on Monday.

Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their \
membership dues.

Japan sent an envoy. The talks also touched on the war in Ukraine.
"""


@pytest.fixture(autouse=True)
def lists_of_leaders_are_likely_members(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that finds a country likely a member when leaders of five or more are listed."""
    weights = {"bias": -4.0, "countries=5+&leaders": 6.0}
    model = LogisticModel(weights=weights, threshold=0.5)
    monkeypatch.setattr(likely_members, "member_model", lambda: model)


def _members(article: str) -> dict[str, str]:
    return {m.member.name: m.status for m in draft_facts(article).memberships}


def _likely(article: str) -> dict[str, str]:
    """What the model alone drafts: a list in a sentence about membership is drafted by
    lists_about_membership as well, after it."""
    text = Text(article)
    countries = gazetteer()
    organization = find_organization(text, countries)
    assert organization is not None
    found = likely_memberships(text, organization, countries, known=[])
    return {m.member.name: m.status for m in found}


def test_countries_the_model_finds_likely_are_drafted_as_members() -> None:
    assert (
        _members(FORUM)
        == _likely(FORUM)
        == dict.fromkeys(("Fiji", "Samoa", "Vanuatu", "Palau", "Nauru"), "member")
    )


def test_a_drafted_member_cites_the_sentence_that_lists_it() -> None:
    membership = next(m for m in draft_facts(FORUM).memberships if m.member.name == "Palau")

    assert FORUM[membership.evidence.start : membership.evidence.end] == (
        "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
        "membership dues."
    )


def test_the_status_word_of_its_sentence_gives_a_drafted_member_its_status() -> None:
    article = FORUM.replace("their membership dues", "their dues as observers")

    assert _likely(article) == dict.fromkeys(
        ("Fiji", "Samoa", "Vanuatu", "Palau", "Nauru"), "observer"
    )


def test_countries_named_after_associate_members_are_drafted_as_associate_members() -> None:
    article = FORUM.replace("pledged their membership dues", "pledged dues as associate members")

    assert _likely(article) == dict.fromkeys(
        ("Fiji", "Samoa", "Vanuatu", "Palau", "Nauru"), "associate-member"
    )


def test_countries_named_as_the_bodys_partners_are_drafted_as_partners() -> None:
    article = FORUM.replace(
        "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
        "membership dues.",
        "Leaders of the forum's partners - Fiji, Samoa, Vanuatu, Palau and Nauru - also attended.",
    )

    assert _members(article) == dict.fromkeys(
        ("Fiji", "Samoa", "Vanuatu", "Palau", "Nauru"), "observer-or-partner"
    )


def test_a_status_given_after_a_list_is_its_countries_status() -> None:
    text = Text(
        FORUM.replace(
            "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
            "membership dues.",
            "Its leaders thanked the forum, made up of Fiji, Samoa and Vanuatu as members, and "
            "Palau and Nauru as observers.",
        )
    )
    countries = gazetteer()
    organization = find_organization(text, countries)
    assert organization is not None

    found = likely_memberships(text, organization, countries, known=[])

    assert {m.member.name: m.status for m in found} == dict.fromkeys(
        ("Fiji", "Samoa", "Vanuatu"), "member"
    ) | dict.fromkeys(("Palau", "Nauru"), "observer")


@pytest.mark.parametrize(
    "turned_around",
    [
        "whose leaders are not at the forum",
        "whose leaders attended the forum as guests",
        "whose leaders were suspended from the forum",
        "whose leaders the forum urged to attend",
        "whose leaders attended the forum with its partners, which have ties to Japan",
        "which border the forum's members to the south",
        "neighbours of the forum's members",
    ],
)
def test_a_sentence_that_turns_membership_around_is_left_to_the_phrase_rules(
    turned_around: str,
) -> None:
    article = FORUM.replace("whose leaders attended the forum", turned_around)

    assert _members(article) == {}


def test_the_countries_whose_leaders_a_country_hosts_are_left_to_the_phrase_rules() -> None:
    article = FORUM.replace(
        "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
        "membership dues.",
        "Tonga is hosting leaders of Fiji, Samoa, Vanuatu, Palau and Nauru at the forum of Coral "
        "Alliance member states.",
    )

    assert _members(article) == {}


@pytest.mark.parametrize(
    "wished_for",
    [
        "hope to become members of the forum",
        "seek membership of the forum",
        "are on a path to membership of the forum",
        "could one day join the forum as members",
    ],
)
def test_membership_wished_for_is_not_read_as_membership(wished_for: str) -> None:
    text = Text(
        FORUM.replace(
            "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
            "membership dues.",
            f"The leaders of Fiji, Samoa, Vanuatu, Palau and Nauru {wished_for}.",
        )
    )
    countries = gazetteer()
    organization = find_organization(text, countries)
    assert organization is not None

    assert likely_memberships(text, organization, countries, known=[]) == []


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("The forum's members voiced concern over Japan's fishing fleets.", set()),
        (
            "The forum's members Fiji and Samoa voiced concern over fishing fleets.",
            {"Fiji", "Samoa"},
        ),
    ],
)
def test_a_country_is_drafted_only_as_one_of_a_list_in_a_sentence_about_membership(
    monkeypatch: pytest.MonkeyPatch, sentence: str, drafted: set[str]
) -> None:
    found = _likely_with_every_country_likely(monkeypatch, sentence)

    assert {membership.member.name for membership in found} == drafted


def test_the_datelines_country_is_not_read_as_listed() -> None:
    article = FORUM.replace(
        "The Pacific Islands Forum opened on Monday.",
        "Leaders of Fiji, Samoa, Vanuatu, Palau and Nauru opened the Pacific Islands Forum.",
    )

    members = _members(article)

    assert "Fiji" in members
    assert "Tonga" not in members


def test_a_sentence_on_another_bodys_membership_is_not_read() -> None:
    article = FORUM.replace("attended the forum", "attended the Coral Alliance")

    assert _members(article) == {}


def test_the_member_states_of_another_named_body_are_not_the_organizations() -> None:
    article = (
        "Premier attends the 9th Cold Lagoon Summit\n\n"
        "The premier attended the 9th Cold Lagoon Summit (CLS) in Lima. Leaders of the member "
        "states of the Association of Northern Coastal Nations (ANCN), President Ana Ruiz of Chile, Prime Minister Tom Harlow of "
        "Norway, President Eva Lund of Peru, President Ian Ode of Kenya and Prime Minister Ole "
        "Berg of Sweden attended the summit. The CLS summit closed on Tuesday."
    )

    assert _members(article) == {}


def test_countries_that_join_the_members_at_a_meeting_are_not_read_as_members() -> None:
    article = FORUM.replace(
        "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
        "membership dues.",
        "The leaders meet on the last day, with the forum's members joined by five "
        "more countries - Chile, Peru, Norway, Sweden and Kenya.",
    )

    assert _members(article) == {}


def test_without_an_organization_no_member_is_drafted() -> None:
    article = FORUM.replace("The Pacific Islands Forum opened", "Talks opened").replace(
        "attended the forum", "attended"
    )

    assert _members(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair will first convene a troika summit of the forum, comprising leaders from Forum "
        "Troika members namely Fiji, Samoa and Palau.",
        "The forum's fisheries committee members Fiji, Samoa and Palau met on Sunday.",
    ],
)
def test_the_members_of_a_panel_of_the_body_are_not_read_as_its_members(
    monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert _likely_with_every_country_likely(monkeypatch, sentence) == []


def _likely_with_every_country_likely(
    monkeypatch: pytest.MonkeyPatch, sentence: str
) -> list[Membership]:
    """What the member model drafts from the forum's report with ``sentence`` in place of its
    list of members, were every country it may read likely a member: which sentences it reads."""
    finds_all_likely = LogisticModel(weights={"bias": 10.0}, threshold=0.5)
    monkeypatch.setattr(likely_members, "member_model", lambda: finds_all_likely)
    text = Text(
        FORUM.replace(
            "Fiji, Samoa, Vanuatu, Palau and Nauru, whose leaders attended the forum, pledged their "
            "membership dues.",
            sentence,
        )
    )
    countries = gazetteer()
    organization = find_organization(text, countries)
    assert organization is not None
    return likely_memberships(text, organization, countries, known=[])
