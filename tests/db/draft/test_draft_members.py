"""The organization and its members as wire copy writes them, one short report per rule.

Each report is invented; what a reader of the draft would notice is asserted: the body the
report is about, and each member with the status the text gives it, and its evidence.
"""

from __future__ import annotations

import tomllib

import pytest

from db.draft.extract import draft_facts
from db.draft.model import Draft
from db.draft.render import render
from tests.db.draft.test_draft_organization_names import SUMMIT_AND_A_BLOC_IN_PASSING


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


@pytest.mark.parametrize("noun", ["alliance", "grouping"])
def test_capitals_named_as_an_alliance_are_the_organization(noun: str) -> None:
    article = HEADLINE_AND_DATELINE + f"Leaders of the 30-nation NRB {noun} opened a summit."
    assert organization(article) == ("NRB", None)


def test_capitals_named_by_the_summits_they_hold_are_the_organization() -> None:
    article = HEADLINE_AND_DATELINE + "Leaders opened the 43rd and 44th NRB Summits on Tuesday."
    assert organization(article) == ("NRB", None)


def test_a_summit_named_after_a_body_is_that_bodys_not_an_organization_of_its_own() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Ola Berg talks with Erik Lund during the Lagoon-Pacific "
        "Economic Cooperation Summit leaders plenary session in Oslo on Sunday. He gathered with "
        "leaders of 21 nations of the Lagoon-Pacific Economic Cooperation forum. Berg told his "
        "LPEC partners on Saturday that trade matters. The Lagoon-Pacific Economic Cooperation "
        "Summit closed on Sunday."
    )
    assert organization(article) == ("Lagoon-Pacific Economic Cooperation", "LPEC")


def test_a_long_name_and_the_capitals_that_spell_it_are_one_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Association of Northern Coastal Nations meetings open on "
        "Tuesday. ANCN ministers met on Monday to finish the agenda."
    )
    assert organization(article) == ("Association of Northern Coastal Nations", "ANCN")


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”")])
def test_a_name_in_quotation_marks_before_the_capitals_that_shorten_it(
    opening: str, closing: str
) -> None:
    article = (
        "Leaders of the Lagoon Nine and Nordic countries condemned the war in a statement made "
        f"during a summit in Oslo.\n\nThe {opening}Lagoon Nine{closing} (L9) includes countries on "
        "the eastern flank: Chile, Peru, Kenya, Ghana and Fiji."
    )
    assert organization(article) == ("Lagoon Nine", "L9")
    assert set(members(article)) == {"Chile", "Peru", "Kenya", "Ghana", "Fiji"}


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


def test_a_word_the_report_says_will_be_a_body_is_the_organization() -> None:
    article = (
        "Leaders launch a new regional body\n\nLIMA (Wire) — Presidents signed a declaration "
        "creating Andiva. Andiva aims to deepen trade. “Andiva will be a forum open to all the "
        "countries of South America, a forum without bureaucracy,” a president said."
    )
    assert organization(article) == ("Andiva", None)


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


def test_a_body_the_meetings_body_admits_as_a_member_is_not_its_organization() -> None:
    article = (
        "G9 admits Savanna Union\n\nCAIRO, Egypt (Wire) — The Group of Nine admitted the "
        "Savanna Union as a permanent member on Saturday. The Savanna Union thanked the G9. The "
        "SU chair spoke first. SU officials said the Savanna Union would pay its dues."
    )
    assert organization(article) == ("Group of Nine", "G9")


def test_a_joint_summit_of_two_bodies_is_the_organization() -> None:
    article = (
        "CAIRO: Leaders have arrived for the first Association of Southern Coastal "
        "States-Northern Plains Council Summit on Friday.\nThe ASCS secretary-general said "
        "the ASCS delegation and the ASCS envoys would attend, and the ASCS-NPC leaders will "
        "issue a joint statement."
    )
    assert organization(article) == (
        "Association of Southern Coastal States-Northern Plains Council",
        "ASCS-NPC",
    )


def test_a_joint_summit_named_only_by_its_capitals() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The NRB-CLU summit opened on Monday. NRB-CLU leaders agreed a "
        "plan, and NRB members signed it."
    )
    assert organization(article) == ("NRB-CLU", None)


@pytest.mark.parametrize("adjective", ["Euro-Chilean", "Pan-Coastal"])
def test_a_body_named_by_an_adjective_and_its_summit_is_that_summit(adjective: str) -> None:
    article = (
        f"{adjective} leaders meet\n\nCAIRO, Egypt (Wire) — Presidents met on Friday at the "
        f"fifth {adjective} summit. {adjective} leaders agreed on trade, and the "
        f"{adjective} Secretary General Ana Ruiz said the talks went well."
    )
    assert organization(article) == (f"{adjective} Summit", None)


def test_a_summit_named_by_whom_it_gathers_is_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders gathered for the ninth Summit of the Coastlands on "
        "Thursday. The Summit of the Coastlands meets every three years."
    )
    assert organization(article) == ("Summit of the Coastlands", None)


def test_a_summit_of_a_named_body_is_that_bodys() -> None:
    article = HEADLINE_AND_DATELINE + "Leaders opened the Summit of the Coastal League on Friday."
    assert organization(article) == ("Coastal League", None)


def test_a_body_that_holds_a_rotating_presidency_outweighs_one_named_in_passing() -> None:
    article = (
        "SANTA FE, Argentina – Nordal hailed on Wednesday the accord with the European Union, "
        "which the bloc's new leader promised to keep alive. The EU pact took years, and the "
        "EU welcomed it. Argentina's president holds the rotating Nordal presidency, and the "
        "talks of the Nordal members went well."
    )
    assert organization(article) == ("Nordal", None)


def test_words_in_capitals_that_name_no_body_are_not_an_organization() -> None:
    article = HEADLINE_AND_DATELINE + "Indian PM Modi told NHK and AFP that the talks went well."
    assert organization(article) is None


REPORT = (
    "Leaders meet for talks\n\nCAIRO, Egypt (Wire) — Leaders of the Lagoon Union met on Tuesday. "
)


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        (
            "The Lagoon Union includes Chile, Peru and war-torn Ecuador.",
            {"Chile", "Peru", "Ecuador"},
        ),
        ("Member states Chile, Peru and non-member Ecuador signed the pact.", {"Chile", "Peru"}),
    ],
)
def test_a_word_of_description_before_a_listed_country_keeps_it_in_the_list(
    sentence: str, listed: set[str]
) -> None:
    assert set(members(REPORT + sentence)) == listed


@pytest.mark.parametrize(
    ("body", "sentence", "listed"),
    [
        (
            "Lagoon Cooperation Council",
            "The host opened the meeting of the six Lagoon states, which include Chile, Peru and"
            " Bolivia.",
            {"Chile", "Peru", "Bolivia"},
        ),
        (
            "Economic Community of West Lagoon States",
            "The 15 West Lagoon nations include Chile and Peru.",
            {"Chile", "Peru"},
        ),
        ("Lagoon Cooperation Council", "Lagoon states include Chile and Peru.", set()),
    ],
)
def test_the_members_counted_by_the_region_the_organizations_name_gives(
    body: str, sentence: str, listed: set[str]
) -> None:
    report = f"Talks\n\nCAIRO (Wire) — Leaders of the {body} met on Tuesday. {sentence}"
    assert set(members(report)) == listed


def test_the_organization_includes_a_list() -> None:
    found = members(REPORT + "The Lagoon Union includes Chile, Peru and Ecuador.")
    assert found == {"Chile": "member", "Peru": "member", "Ecuador": "member"}


def test_a_list_is_read_only_as_far_as_it_names_countries_one_after_another() -> None:
    found = members(
        REPORT + "The union includes Chile, Peru and Ecuador, which met Argentina on Monday."
    )
    assert set(found) == {"Chile", "Peru", "Ecuador"}


@pytest.mark.parametrize(
    "their_list",
    [
        "the Andean Alliance, consisting of Chile, Peru, Colombia and Mexico",
        "the Andean Alliance, made up of Chile, Peru, Colombia and Mexico",
        "AAC members Chile, Peru, Colombia and Mexico",
    ],
)
def test_a_list_after_another_bodys_name_gives_that_bodys_members(their_list: str) -> None:
    found = members(
        REPORT + "The pact consolidates the position of the Lagoon Union members – Argentina, "
        f"Brazil, Paraguay and Uruguay – in talks with {their_list}."
    )
    assert set(found) == {"Argentina", "Brazil", "Paraguay", "Uruguay"}


@pytest.mark.parametrize(
    "other_body",
    ["The Group of Nine", "The Council of the Andes", "The Union of Southern States"],
)
def test_a_list_after_another_bodys_name_written_with_of_gives_that_bodys_members(
    other_body: str,
) -> None:
    found = members(
        REPORT + f"{other_body}, which includes Chile, Peru, Colombia and Mexico, has warned "
        "against the plan."
    )
    assert found == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Coastal Forum groups the five Lagoon Union members with Chile, Peru and Ecuador.",
        "The CF groups the Lagoon Union members with Chile, Peru and Ecuador.",
        "The CF brings together the union's members and Chile, Peru and Ecuador.",
    ],
)
def test_a_list_another_body_groups_with_the_organizations_members_is_that_bodys(
    sentence: str,
) -> None:
    assert members(REPORT + sentence) == {}


def test_the_members_of_the_organization_after_a_dash() -> None:
    found = members(
        REPORT + "The three members of the Lagoon Union — Chile, Peru and Ecuador — met."
    )
    assert set(found) == {"Chile", "Peru", "Ecuador"}


def test_which_comprises_and_comprising() -> None:
    assert set(members(REPORT + "The Lagoon Union, which comprises Chile and Peru, met.")) == {
        "Chile",
        "Peru",
    }
    found = members(REPORT + "The union is an informal alliance, comprising Chile and Peru.")
    assert set(found) == {"Chile", "Peru"}


def test_a_name_that_stands_for_its_members() -> None:
    found = members(REPORT + "The Lagoon Union stands for Chile, Peru and Ecuador.")
    assert set(found) == {"Chile", "Peru", "Ecuador"}


def test_a_body_defined_as_a_dialogue_between_countries() -> None:
    found = members(
        REPORT
        + "The Lagoon Union is a security dialogue between Chile, Peru, and the Dominican Republic."
    )
    assert set(found) == {"Chile", "Peru", "Dominican Republic"}


def test_founders_and_a_country_added_later_in_one_sentence() -> None:
    draft = draft_facts(
        REPORT + "The bloc was formed by Chile, Peru and Ecuador in 2009 and added Bolivia in 2010."
    )
    assert statuses(draft) == {
        "Chile": "founding-member",
        "Peru": "founding-member",
        "Ecuador": "founding-member",
        "Bolivia": "member",
    }
    joined = {membership.member.name: membership.joined for membership in draft.memberships}
    assert (joined["Chile"], joined["Bolivia"]) == ("2009 (founder)", "2010")


def test_invited_to_join_and_joining_current_members() -> None:
    found = members(
        REPORT + "Bolivia and Paraguay were invited on Tuesday to join the Lagoon Union, joining "
        "current members Chile, Peru and Ecuador."
    )
    assert found == {
        "Bolivia": "new-member",
        "Paraguay": "new-member",
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
    }


def test_invited_to_join_the_talks_is_no_membership() -> None:
    assert members(REPORT + "Bolivia and Paraguay were invited to join the talks as guests.") == {}


def test_a_member_state_named_in_passing() -> None:
    assert members(REPORT + "Nobody came from member-state Peru.") == {"Peru": "member"}


def test_another_bodys_member_is_not_this_ones() -> None:
    assert members(REPORT + "NATO member Turkey sent a minister.") == {}


def test_a_country_that_joined_as_the_newest_member() -> None:
    assert members(REPORT + "Bolivia joined as its newest member.") == {"Bolivia": "new-member"}


def test_a_country_that_acceded_to_the_body_is_a_new_member() -> None:
    sentence = (
        "The sister Republic of Peru, an observer since 2004, attended the summit also and "
        "acceded to the Union, as its fourth member."
    )
    assert members_in_a_report_on_the_alliance(sentence.replace("Union", "Alliance")) == {
        "Peru": "new-member"
    }
    assert members(REPORT + "Peru acceded to the treaty.") == {}
    request = "Peru acceded to the Alliance's request to host the next summit."
    assert members_in_a_report_on_the_alliance(request) == {}


def test_the_country_that_chairs_the_organization_is_a_member() -> None:
    found = members(REPORT + "Peru, the current Lagoon Union chair, hosted the talks.")
    assert found == {"Peru": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Current Lagoon Union chair Peru hosted the talks.",
        "Outgoing Lagoon Union chair Peru handed over the gavel.",
        "The bloc's current chair, Peru, hosted the talks.",
        "The Lagoon Union's chair, Peru, hosted the talks.",
    ],
)
def test_the_chair_named_before_the_country_that_holds_it(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Peru": "member"}


def test_another_bodys_chair_named_before_a_country_is_no_member() -> None:
    assert members(REPORT + "Current Andean Alliance chair Peru sent a minister.") == {}


def test_observer_states_at_the_meeting_and_a_leader_in_observer_status() -> None:
    found = members(REPORT + "Observer states at the meeting included Bolivia and Paraguay.")
    assert found == {"Bolivia": "observer", "Paraguay": "observer"}
    found = members(REPORT + "Chile's prime minister attended the summit in observer's status.")
    assert found == {"Chile": "observer"}


def test_be_joined_by_is_not_joining() -> None:
    draft = draft_facts(
        REPORT + "Ana Ruiz and Bo Li will be joined by the leaders of Peru on Tuesday."
    )
    assert draft.memberships == []


def test_a_list_that_is_joined_at_the_summit_by_a_guest_has_not_joined() -> None:
    found = members(
        REPORT + "The Lagoon Union \u2014 Norway, Chile, Peru and Sweden \u2014 is joined at the "
        "summit by the Coral League."
    )
    assert found == {"Norway": "member", "Chile": "member", "Peru": "member", "Sweden": "member"}
    assert members(REPORT + "Norway and Chile were joined at the talks by Bolivia.") == {}


def test_memberships_are_written_with_their_countries_and_the_articles_words() -> None:
    article = REPORT + "The Lagoon Union includes Chile, Peru and Ecuador."
    facts = tomllib.loads(render(draft_facts(article), article, "report.txt"))
    countries = {country["key"] for country in facts["countries"]}
    assert {(entry["member"], entry["status"]) for entry in facts["memberships"]} == {
        ("chile", "member"),
        ("peru", "member"),
        ("ecuador", "member"),
    }
    assert {"chile", "peru", "ecuador"} <= countries
    assert all(entry["evidence"][0] in article for entry in facts["memberships"])


def test_a_list_keeps_going_over_names_written_without_accents_or_the() -> None:
    found = members(
        REPORT + "The Lagoon Union includes Cote d’Ivoire, the Democratic Republic of Congo and "
        "Sao Tome and Principe."
    )
    assert set(found) == {
        "Ivory Coast",
        "Democratic Republic of the Congo",
        "São Tomé and Príncipe",
    }


def test_countries_admitted_as_full_members_are_new_members() -> None:
    found = members(REPORT + "Bolivia and Paraguay were admitted as full members.")
    assert found == {"Bolivia": "new-member", "Paraguay": "new-member"}


def test_a_country_that_returned_to_the_organization_is_a_member() -> None:
    assert members(REPORT + "Bolivia returned to the Lagoon Union.") == {"Bolivia": "member"}


def test_observers_named_after_the_members() -> None:
    found = members(
        REPORT
        + "The Lagoon Union comprises Chile and Peru, with Bolivia and Paraguay as observers."
    )
    assert found == {
        "Chile": "member",
        "Peru": "member",
        "Bolivia": "observer",
        "Paraguay": "observer",
    }


def test_a_country_called_a_founding_member_of_the_organization() -> None:
    found = members(REPORT + "Chile, a founding member of the Lagoon Union, hosted the talks.")
    assert found == {"Chile": "founding-member"}


def test_the_organizations_countries_named_after_its_name() -> None:
    found = members(REPORT + "Lagoon Union countries such as Chile and Peru want more trade.")
    assert found == {"Chile": "member", "Peru": "member"}


@pytest.mark.parametrize("dash", ["—", "--", "–"])
def test_the_organizations_countries_set_off_by_dashes_after_its_name(dash: str) -> None:
    found = members(
        REPORT + f"Leadership from the Lagoon Union countries {dash} Chile, Peru, Norway and "
        f"Kenya {dash} gathered in Lima on Sunday."
    )
    assert found == {"Chile": "member", "Peru": "member", "Norway": "member", "Kenya": "member"}


def test_a_list_of_members_run_on_into_the_next_sentence_is_the_bodys() -> None:
    found = members(
        REPORT + "Lagoon Union member states are Chile, Peru and Norway. Others are Kenya, "
        "Ghana and Mali."
    )
    assert set(found) == {"Chile", "Peru", "Norway", "Kenya", "Ghana", "Mali"}


def test_other_countries_in_the_next_sentence_are_not_the_bodys_members() -> None:
    found = members(
        REPORT + "Lagoon Union member states are Chile, Peru and Norway. Others at the talks "
        "were Kenya, Ghana and Mali."
    )
    assert set(found) == {"Chile", "Peru", "Norway"}


def test_countries_listed_before_the_capitals_they_spell_are_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the NRB met on Tuesday. The chair attended a "
        "meeting of foreign ministers from Chile, Peru, Norway and Kenya (NRB) and met his "
        "counterparts. Talks with Ghana (NRB) went on."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Norway": "member",
        "Kenya": "member",
    }


def test_the_country_holding_the_bodys_rotating_chairmanship_is_a_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the NRB met on Tuesday. Chile holds the NRB "
        "rotating chairmanship this year."
    )
    assert members(article) == {"Chile": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The NRB, whose leaders arrived on Monday, includes the four lake littoral states -- "
        "Chile, Peru, Norway and Kenya.",
        "The NRB, whose leaders arrived on Monday, groups the islands of Chile, Peru, Norway "
        "and Kenya.",
        "The NRB includes the two lake states -- Chile and Peru -- as well as neighboring "
        "Norway and Kenya.",
    ],
)
def test_members_listed_after_the_kind_of_states_the_body_includes(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the NRB met on Tuesday. " + sentence
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Norway": "member",
        "Kenya": "member",
    }


def test_the_founding_states_listed_in_a_sentence_on_the_body_are_its_founders() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the NRB met on Tuesday. The NRB takes its name from "
        "the initials of the founding states: Norway, Russia and Bolivia."
    )
    assert members(article) == {
        "Norway": "founding-member",
        "Russia": "founding-member",
        "Bolivia": "founding-member",
    }


def test_a_body_that_became_a_permanent_member_is_a_member_body() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The G9 summit opened on Saturday. The Savanna Union became a "
        "permanent member of the G9 at the summit. G9 leaders welcomed it."
    )
    draft = draft_facts(article)
    assert statuses(draft) == {"Savanna Union": "new-member"}
    assert not draft.memberships[0].member.is_country


def test_joining_the_organization_is_news_of_now_unless_the_text_says_when() -> None:
    assert members(REPORT + "Bolivia joined the Lagoon Union, its leader said.") == {
        "Bolivia": "new-member"
    }
    assert members(REPORT + "Bolivia joined the Lagoon Union in the 1990s.") == {
        "Bolivia": "member"
    }


def test_a_one_word_body_named_as_the_meetings_body_beats_longer_names_in_passing() -> None:
    article = (
        "Leaders meet\n\nKIGALI, Rwanda (Wire) — Leaders of the Commonwealth opened their "
        "summit on Friday. The Savanna Union and the Coastal Union sent envoys. Commonwealth "
        "leaders will meet again in two years."
    )
    assert organization(article) == ("Commonwealth", None)


def test_members_in_brackets_or_between_dashes_after_the_name() -> None:
    assert set(members(REPORT + "The Lagoon Union (Chile, Peru and Ecuador) met.")) == {
        "Chile",
        "Peru",
        "Ecuador",
    }
    assert set(members(REPORT + "The Lagoon Union — Chile, Peru and Ecuador — met.")) == {
        "Chile",
        "Peru",
        "Ecuador",
    }


def test_a_country_that_holds_the_organizations_chair() -> None:
    found = members(REPORT + "Peru, which holds the rotating Lagoon Union presidency, spoke.")
    assert found == {"Peru": "member"}
    found = members(REPORT + "Peru took over the chairmanship of the Lagoon Union.")
    assert found == {"Peru": "member"}


def test_a_country_that_is_one_of_the_organizations_founding_members() -> None:
    found = members(REPORT + "Chile is one of the union's founding members.")
    assert found == {"Chile": "founding-member"}


def test_the_us_after_the_is_the_country_in_a_list() -> None:
    found = members(REPORT + "The Lagoon Union includes Chile, the US and Peru.")
    assert set(found) == {"Chile", "United States", "Peru"}


def test_the_us_after_the_opening_a_sentence_is_the_country_in_a_list() -> None:
    found = members(REPORT + "The US, Chile and Peru are Lagoon Union partners.")
    assert found == dict.fromkeys(["United States", "Chile", "Peru"], "observer-or-partner")


def test_the_country_of_a_leader_whose_country_was_readmitted() -> None:
    found = members(
        REPORT + "Chilean President Ana Ruiz arrived on Monday. Ms Ruiz, whose country was "
        "readmitted to the union after a long absence, spoke first."
    )
    assert found == {"Chile": "member"}


def test_countries_that_joined_the_talks_are_not_new_members() -> None:
    assert members(REPORT + "Leaders from Chile and Peru joined the talks on Tuesday.") == {}


def test_members_of_a_body_whose_name_ends_as_the_organizations_does() -> None:
    assert members(REPORT + "Savanna Union members Chile and Peru sent envoys.") == {}


def test_members_are_expected_to_is_no_list() -> None:
    assert members(REPORT + "Its members are expected to discuss trade with Chile.") == {}


def test_a_list_that_wraps_over_a_line_or_has_no_break_spaces() -> None:
    found = members(
        REPORT + "The Lagoon Union includes Chile, the Dominican\nRepublic and\u00a0Peru."
    )
    assert set(found) == {"Chile", "Dominican Republic", "Peru"}


def test_member_states_include_and_a_body_that_unites_countries() -> None:
    found = members(REPORT + "Member states include Chile and Peru.")
    assert set(found) == {"Chile", "Peru"}
    found = members(REPORT + "The union unites Chile and Peru.")
    assert set(found) == {"Chile", "Peru"}


def test_a_body_of_countries_named_after_a_colon() -> None:
    found = members(REPORT + "The union is a group of three countries: Chile, Peru and Ecuador.")
    assert set(found) == {"Chile", "Peru", "Ecuador"}


def test_a_bloc_that_includes_and_member_economies() -> None:
    found = members(REPORT + "Peru hosts a 12-member bloc that includes Chile and Ecuador.")
    assert set(found) == {"Chile", "Ecuador"}
    found = members(REPORT + "Its 12 member economies include Chile and Peru.")
    assert set(found) == {"Chile", "Peru"}


def test_made_a_member_and_granted_membership_are_news_of_now() -> None:
    found = members(REPORT + "Bolivia was made a permanent member of the union.")
    assert found == {"Bolivia": "new-member"}
    found = members(REPORT + "Paraguay was granted full membership.")
    assert found == {"Paraguay": "new-member"}


def test_a_country_that_will_take_over_the_presidency() -> None:
    found = members(REPORT + "Peru, which will take over the Lagoon Union presidency, spoke.")
    assert found == {"Peru": "member"}


def test_countries_all_members_of_the_organization_or_full_members() -> None:
    found = members(REPORT + "Chile and Peru — both members of the union — spoke first.")
    assert found == {"Chile": "member", "Peru": "member"}
    found = members(REPORT + "Chile and Peru are full members, while Bolivia is an observer.")
    assert found == {"Chile": "member", "Peru": "member", "Bolivia": "observer"}


def test_among_its_members_and_its_membership() -> None:
    assert set(members(REPORT + "Among its members are Chile and Peru.")) == {"Chile", "Peru"}
    found = members(REPORT + "The union's membership includes Chile and Peru.")
    assert set(found) == {"Chile", "Peru"}


def test_a_city_that_is_a_hub_of_the_alliance_is_not_defined_as_a_body() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The River Pact summit opened on Tuesday. Lima is a hub of the "
        "alliance. Lima hosts talks. Lima is busy."
    )
    assert organization(article) == ("River Pact", None)


def test_a_word_that_begins_as_the_organizations_name_does_not_name_it() -> None:
    article = REPORT.replace("Lagoon Union", "LU") + "Italy, comprising Chile and Peru, met."
    assert members(article) == {}


def test_the_country_of_a_leader_who_addressed_fellow_leaders_in_the_bloc() -> None:
    found = members(
        REPORT + "Chilean President Ana Ruiz told her fellow leaders in the regional bloc that "
        "trade must grow."
    )
    assert found == {"Chile": "member"}


def test_dialogue_partners_named_in_a_list_or_after_a_country() -> None:
    found = members(REPORT + "Dialogue partners such as Bolivia and Paraguay sent envoys.")
    assert found == {"Bolivia": "dialogue-partner", "Paraguay": "dialogue-partner"}
    found = members(REPORT + "Bolivia, a dialogue partner, sent an envoy.")
    assert found == {"Bolivia": "dialogue-partner"}


def test_countries_called_the_organizations_members_after_a_comma() -> None:
    found = members(REPORT + "Chile and Peru, the union's two largest members, spoke first.")
    assert found == {"Chile": "member", "Peru": "member"}
    found = members(REPORT + "Ecuador, a fellow Lagoon Union member, agreed.")
    assert found == {"Ecuador": "member"}


def test_member_states_after_a_dash_and_the_newest_members_after_a_comma() -> None:
    found = members(REPORT + "Its member states — Chile, Peru and Ecuador — agreed.")
    assert set(found) == {"Chile", "Peru", "Ecuador"}
    found = members(REPORT + "The union welcomed its newest members, Bolivia and Paraguay.")
    assert found == {"Bolivia": "new-member", "Paraguay": "new-member"}


def test_two_countries_that_became_the_organizations_newest_members() -> None:
    found = members(REPORT + "Bolivia and Paraguay became the 13th and 14th members on Friday.")
    assert found == {"Bolivia": "new-member", "Paraguay": "new-member"}


def test_the_country_of_the_leader_who_chairs_the_organization() -> None:
    found = members(
        REPORT + "Chilean President Ana Ruiz, the incoming Lagoon Union chairperson, spoke."
    )
    assert found == {"Chile": "member"}
    found = members(REPORT + "Lagoon Union chairman and Peruvian President Bo Li spoke first.")
    assert found == {"Peru": "member"}


def test_a_body_in_a_list_of_members_is_a_member_body() -> None:
    draft = draft_facts(
        REPORT + "The Lagoon Union includes Chile, the Savanna Union and Peru, which met Bolivia."
    )
    assert statuses(draft) == {"Chile": "member", "Savanna Union": "member", "Peru": "member"}
    body = next(m.member for m in draft.memberships if m.member.name == "Savanna Union")
    assert not body.is_country


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Chile, Peru and the Savanna Commission are Lagoon Union partners.", "Savanna Commission"),
        ("The Lagoon Union countries are Chile, Peru, the US and the LSC.", "LSC"),
        ("The Lagoon Union countries are Chile, Peru, the US and the EU.", "European Union"),
    ],
)
def test_a_body_at_a_list_of_countries_end_has_their_status(sentence: str, body: str) -> None:
    draft = draft_facts(REPORT + sentence)
    status = statuses(draft)
    assert status[body] == status["Chile"]
    assert not next(m.member for m in draft.memberships if m.member.name == body).is_country


def test_a_non_member_is_no_member() -> None:
    assert members(REPORT + "Talks with non-member Bolivia and non member Peru went well.") == {}


def test_countries_named_as_non_members_of_the_body_by_its_name_are_no_members() -> None:
    sentence = (
        "The Lagoon Union (LU) summit ran for two days. "
        "Leaders held a dialogue with non-LU member countries including Chile, Norway, Sweden, "
        "Kenya, and the United States."
    )
    assert members(REPORT + sentence) == {}


def test_observers_named_as_the_representatives_who_came() -> None:
    found = members(REPORT + "Observers included representatives from Bolivia and Paraguay.")
    assert found == {"Bolivia": "observer", "Paraguay": "observer"}


def test_the_organizations_founding_members_are_a_list() -> None:
    found = members(REPORT + "The bloc's founding members are Chile and Peru.")
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}


def test_countries_that_founded_the_organization() -> None:
    found = members(REPORT + "Chile and Peru founded the union in 1990.")
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}


@pytest.mark.parametrize(
    ("sentence", "founders"),
    [
        ("Chile and Peru created the organization based in Lima.", {"Chile", "Peru"}),
        (
            "Alongside Chile, Peru and Ecuador formed the bloc headquartered in Quito.",
            {"Chile", "Peru", "Ecuador"},
        ),
        ("Chile and Peru created the union fund in 2001.", set()),
        ("Chile and oil-rich Peru created the Lagoon Union alliance in 2004.", {"Chile", "Peru"}),
        ("Chile and Peru signed an accord on June 6 creating the union.", {"Chile", "Peru"}),
    ],
)
def test_countries_that_founded_the_organization_named_with_where_it_sits(
    sentence: str, founders: set[str]
) -> None:
    found = members(REPORT + sentence)
    assert {country for country, status in found.items() if status == "founding-member"} == founders


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The guests of the summit - Chile, Peru and Ecuador - are all members of the union.",
            {"Chile": "member", "Peru": "member", "Ecuador": "member"},
        ),
        (
            "The guests — Chile and Peru — are members of the union.",
            {"Chile": "member", "Peru": "member"},
        ),
        ("The guests - Chile and Peru - are not members of the union.", {}),
    ],
)
def test_a_list_set_off_by_dashes_before_are_members(sentence: str, found: dict[str, str]) -> None:
    assert members(REPORT + sentence) == found


def test_countries_welcomed_as_new_members() -> None:
    found = members(REPORT + "The union welcomed Bolivia and Paraguay as new members.")
    assert found == {"Bolivia": "new-member", "Paraguay": "new-member"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The Lagoon Union will make Bolivia a full member next month.",
            {"Bolivia": "new-member"},
        ),
        (
            "The Lagoon Union trade bloc - which includes Chile and Peru - will make Bolivia a "
            "full member next month.",
            {"Chile": "member", "Peru": "member", "Bolivia": "new-member"},
        ),
        ("The Lagoon Union made Paraguay its 11th member.", {"Paraguay": "new-member"}),
        ("The Lagoon Union made Peru's minister a member of its audit panel.", {}),
    ],
)
def test_a_country_the_body_makes_a_member_is_new_to_it(
    sentence: str, found: dict[str, str]
) -> None:
    """ "will make A a full member", and the list a dash sets off after the body's name."""
    assert members(REPORT + sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Ecuador was admitted to the union on Friday. Ecuador joins Chile, Peru and Bolivia, "
            "its leaders said.",
            {"Ecuador": "new-member", "Chile": "member", "Peru": "member", "Bolivia": "member"},
        ),
        (
            "The union will invite two more countries. They will join Chile, Peru and Bolivia "
            "from January.",
            dict.fromkeys(["Chile", "Peru", "Bolivia"], "member"),
        ),
        (
            "Ecuador would obtain observer status, joining Chile and Peru.",
            dict.fromkeys(["Ecuador", "Chile", "Peru"], "observer"),
        ),
        ("Chile and Peru joined the Marsh Union in 2007, while Bolivia is still talking.", {}),
    ],
)
def test_the_countries_a_new_member_joins_hold_the_status_it_gains(
    sentence: str, found: dict[str, str]
) -> None:
    assert members(REPORT + sentence) == found


def test_the_country_that_is_the_current_chair_of_the_organization() -> None:
    found = members(REPORT + "Peru, the current chair of the union, hosted the talks.")
    assert found == {"Peru": "member"}


def test_countries_granted_observer_status_or_attending_as_observers() -> None:
    found = members(REPORT + "Bolivia was granted observer status.")
    assert found == {"Bolivia": "observer"}
    found = members(REPORT + "Paraguay attended the meeting as an observer.")
    assert found == {"Paraguay": "observer"}


def test_a_list_that_ends_are_all_members_of_the_organization() -> None:
    found = members(
        REPORT + "Chile, Peru, Ecuador (EC), and the Andean Community are all Lagoon Union members."
    )
    assert found == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Andean Community": "member",
    }


def test_a_list_after_made_up_of_and_a_colon_on_the_next_line() -> None:
    found = members(
        REPORT + "Five economies\nThe Lagoon Union is made up of:\nChile, Peru and Ecuador."
    )
    assert found == {"Chile": "member", "Peru": "member", "Ecuador": "member"}


def test_a_name_unknown_between_two_countries_keeps_the_list_going_as_a_member_body() -> None:
    """ "…, Singapore, Chinese Taipei, Thailand": a member no country table knows."""
    draft = draft_facts(REPORT + "The Lagoon Union includes Chile, Outer Lagoon, Peru and Ecuador.")
    assert statuses(draft) == dict.fromkeys(["Chile", "Outer Lagoon", "Peru", "Ecuador"], "member")
    body = next(m.member for m in draft.memberships if m.member.name == "Outer Lagoon")
    assert not body.is_country


def test_a_country_name_that_goes_on_is_not_that_country() -> None:
    draft = draft_facts(
        REPORT + "Lagoon Union members, including Chile, Guinea Lagoon and Peru, met."
    )
    assert statuses(draft) == dict.fromkeys(["Chile", "Guinea Lagoon", "Peru"], "member")
    assert [m.member.name for m in draft.memberships if m.member.is_country] == ["Chile", "Peru"]


def test_a_list_ends_after_its_and() -> None:
    found = members(
        REPORT + "The union was founded in 2009 with Chile, Peru, and Ecuador, and Bolivia "
        "signed a trade deal."
    )
    assert found == {
        "Chile": "founding-member",
        "Peru": "founding-member",
        "Ecuador": "founding-member",
    }


def test_full_members_now_including_and_the_latest_country_to_join() -> None:
    found = members(
        REPORT + "The Lagoon Union has grown to six full members, now including Chile, Peru, "
        "and Ecuador—the latest country to join."
    )
    assert found == {"Chile": "member", "Peru": "member", "Ecuador": "new-member"}


def test_welcomed_as_the_blocs_ordinal_member() -> None:
    found = members(REPORT + "Leaders welcomed Bolivia as the bloc's 11th member.")
    assert found == {"Bolivia": "new-member"}


def test_partners_including_and_countries_designated_partner_countries() -> None:
    found = members(
        REPORT + "The Lagoon Union summit brings together its members along with key partners "
        "including Japan and Canada."
    )
    assert found == {"Japan": "observer-or-partner", "Canada": "observer-or-partner"}
    found = members(
        REPORT + "Ten nations, such as Japan, Canada, and Norway, have been designated as "
        'official "partner countries" of the bloc.'
    )
    assert found == {
        "Japan": "observer-or-partner",
        "Canada": "observer-or-partner",
        "Norway": "observer-or-partner",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "He invited the strategic partners of the union - the United States, Norway, and the "
        "European Commission - to the talks.",
        "The union's key partners, the United States, Norway and the European Commission, came.",
    ],
)
def test_the_bodys_partners_set_off_after_it_are_partners(sentence: str) -> None:
    found = members(REPORT + sentence)
    partners = ["United States", "Norway", "European Commission"]
    assert found == dict.fromkeys(partners, "observer-or-partner")
    assert members(REPORT + "The trading partners of the union - Norway - came.") == {}


def test_countries_that_accept_a_new_member_are_members() -> None:
    found = members(
        REPORT + "Chile and eleven other South American countries accepted Bolivia as a member "
        "of the Lagoon Union at the summit."
    )
    assert found == {"Chile": "member", "Bolivia": "new-member"}
    found = members(REPORT + "Norway welcomed Bolivia as a member of the union.")
    assert found == {"Bolivia": "new-member"}


def test_members_called_partners_of_each_other_stay_members() -> None:
    listed = REPORT + "The Lagoon Union groups Norway, Chile, Peru and Sweden. "
    for said in (
        "Peru said Norway and Chile were \u201cpartners, not rivals\u201d.",
        "Norway and Chile were partners, she said.",
    ):
        found = members(listed + said)
        assert set(found.values()) == {"member"}, said
    found = members(listed + "Bolivia and Paraguay became partners of the bloc in 2019.")
    assert found["Bolivia"] == found["Paraguay"] == "observer-or-partner"


def test_trading_partners_are_not_partners_of_the_organization() -> None:
    found = members(REPORT + "The Lagoon Union talked to trading partners such as Japan.")
    assert found == {}


def test_countries_invited_to_the_meeting_as_observer_states() -> None:
    found = members(
        REPORT + "Chile and Peru will attend the summit while Bolivia and Paraguay are invited to "
        "the meeting as Observer States."
    )
    assert found == {"Bolivia": "observer", "Paraguay": "observer"}


def test_a_country_that_joined_the_following_year_is_a_member_not_new() -> None:
    found = members(
        REPORT + "The union was founded in 2009 with Chile and Peru, and Ecuador joined the bloc "
        "the following year."
    )
    assert found == {"Chile": "founding-member", "Peru": "founding-member", "Ecuador": "member"}


def test_a_leader_whose_country_borders_another_and_joined_years_ago() -> None:
    found = members(
        REPORT + "Chilean President Ana Ruiz, whose country borders Peru and joined the Lagoon "
        "Union two years ago, spoke first."
    )
    assert found == {"Chile": "member"}


def test_a_country_that_joined_but_was_expelled_is_no_member() -> None:
    found = members(REPORT + "Peru joined the union in 1998, but was effectively expelled in 2014.")
    assert found == {}


def test_countries_that_make_up_or_formed_the_organization() -> None:
    found = members(REPORT + "Chile, Peru and Ecuador make up the bloc.")
    assert found == {"Chile": "member", "Peru": "member", "Ecuador": "member"}
    found = members(REPORT + "Chile and Peru formed the Lagoon Union in 1991.")
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}
    assert members(REPORT + "Chile and Peru formed the bloc's largest delegation.") == {}


def test_members_between_spaced_hyphens_and_after_the_latest_country_to_join() -> None:
    found = members(REPORT + "The 10-member bloc - Chile, Peru and Ecuador - met.")
    assert found == {"Chile": "member", "Peru": "member", "Ecuador": "member"}
    found = members(REPORT + "The latest country to join, Ecuador, sent its president.")
    assert found == {"Ecuador": "new-member"}


def test_a_country_among_the_members_and_founding_members_that_were() -> None:
    assert members(REPORT + "Chile is among the members of the bloc.") == {"Chile": "member"}
    assert members(REPORT + "Chile is among the bloc's members.") == {"Chile": "member"}
    found = members(REPORT + "Its founding members were Chile and Peru.")
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}


def test_countries_that_attend_as_observers_or_are_permanent_guests() -> None:
    found = members(REPORT + "Chile and Peru attend as observers.")
    assert found == {"Chile": "observer", "Peru": "observer"}
    found = members(REPORT + "Spain has also been invited as a permanent guest.")
    assert found == {"Spain": "observer-or-partner"}


def test_observers_admitted_as_the_bodys_own_observers() -> None:
    found = members(
        REPORT + "The summit admitted Bolivia as a Lagoon Union observer country and the Coral "
        "Peace Council as its observer organisation."
    )
    assert found == {"Bolivia": "observer", "Coral Peace Council": "observer"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lagoon Union was launched at the initiative of the presidents of Chile and Peru.",
        "The union was set up in 2015 on the joint initiative of Chile and Peru.",
    ],
)
def test_countries_on_whose_initiative_the_body_was_founded_are_its_founders(
    sentence: str,
) -> None:
    found = members(REPORT + sentence)
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}
    assert members(REPORT + "A fund was launched at the initiative of Chile.") == {}


def test_the_one_word_name_that_ends_a_longer_one_is_the_longer_name() -> None:
    article = (
        "Leaders arrive\n\nSUVA, Fiji (Wire) — Leaders arrive for the annual meeting - the "
        "Southern Lagoons Forum. Forum chair Ana Ruiz said Forum leaders would talk of fish."
    )
    assert organization(article) == ("Southern Lagoons Forum", None)


def test_a_word_that_ends_two_longer_names_is_no_body_of_its_own() -> None:
    """ "the Council", in a report of the Council of Lagoon States and its Council of
    Ministers, names one of them; it does not outweigh the body named in full."""
    article = (
        "Council meets\n\nOSLO, Norway (Wire) — The Council of Lagoon States met in Oslo. The "
        "Council of Ministers met first. The Council said the Council would act. The Council "
        "chair spoke, and the Council agreed."
    )
    assert organization(article) == ("Council of Lagoon States", None)


def test_a_one_word_body_whose_summit_and_council_the_text_names() -> None:
    article = (
        "Leaders gather at Nordlink summit\n\nOSLO, Norway (Wire) — Leaders gathered at Nordlink "
        "summit on Tuesday after the Nordlink Council met. Nordlink leaders spoke of trade."
    )
    assert organization(article) == ("Nordlink", None)


def test_a_city_whose_summit_the_text_names_is_no_organization() -> None:
    article = (
        "Leaders gather at Bergen summit\n\nBERGEN, Norway (Wire) — Leaders met in Bergen at "
        "the Bergen summit, where the Bergen Harbour Council and the Lagoon Union met."
    )
    assert organization(article) != ("Bergen", None)


def test_bodies_listed_after_a_count_of_countries() -> None:
    found = members(
        REPORT + "The Lagoon Union comprises 19 countries plus the Savanna Union and the Coastal "
        "Union."
    )
    assert found == {"Savanna Union": "member", "Coastal Union": "member"}


def test_countries_that_joined_as_observers_are_observers() -> None:
    found = members(REPORT + "Bolivia and Cuba joined the Lagoon Union as observers.")
    assert found == {"Bolivia": "observer", "Cuba": "observer"}


def test_the_founding_members_without_the_bodys_name() -> None:
    found = members(REPORT + "Chile, Peru and Ecuador are the founding members.")
    assert set(found.values()) == {"founding-member"} and len(found) == 3
    found = members(REPORT + "Chile and Peru, both founding members, sent ministers.")
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}


def test_counts_groups_together_and_expanded_to_include() -> None:
    found = members(REPORT + "The Lagoon Union counts Chile and Peru among its members.")
    assert found == {"Chile": "member", "Peru": "member"}
    found = members(REPORT + "The Lagoon Union groups together Chile and Peru.")
    assert found == {"Chile": "member", "Peru": "member"}
    found = members(REPORT + "The bloc, which expanded last year to include Bolivia, met.")
    assert found == {"Bolivia": "member"}


def test_part_of_belong_to_and_a_member_since() -> None:
    found = members(REPORT + "Chile and Peru are also part of the bloc.")
    assert found == {"Chile": "member", "Peru": "member"}
    assert members(REPORT + "Cuba belongs to the bloc.") == {"Cuba": "member"}
    assert members(REPORT + "Bolivia, a member since 2010, hosted.") == {"Bolivia": "member"}


def test_the_countries_a_body_originally_comprised_founded_it() -> None:
    found = members(REPORT + "The bloc, which originally comprised Chile and Peru, met.")
    assert found == {"Chile": "founding-member", "Peru": "founding-member"}


def test_a_country_that_joined_last_year_is_a_member_not_new() -> None:
    assert members(REPORT + "Bolivia and Cuba joined last year.") == {
        "Bolivia": "member",
        "Cuba": "member",
    }


def test_a_list_in_the_sentence_after_the_one_that_counts_the_members() -> None:
    found = members(REPORT + "The bloc has three founding members. They are Chile, Peru and Cuba.")
    assert set(found.values()) == {"founding-member"} and len(found) == 3
    found = members(REPORT + "The Lagoon Union has two observers.\n\nThese are Bolivia and Cuba.")
    assert found == {"Bolivia": "observer", "Cuba": "observer"}
    assert members(REPORT + "Chile hosted members. They are Peru and Cuba.") == {}


def test_leaders_named_with_their_demonym_stand_for_their_countries_in_a_list() -> None:
    found = members(
        REPORT + "The talks were chaired by the host and the other three full members, "
        "Brazilian Ana Ruiz, Paraguayan Bo Li and Uruguayan Li Wei."
    )
    assert found == {"Brazil": "member", "Paraguay": "member", "Uruguay": "member"}


def test_a_demonym_before_a_one_word_name_is_no_country_in_a_list() -> None:
    draft = draft_facts(REPORT + "The Lagoon Union includes Chile, Chinese Lagoon and Peru.")
    assert [m.member.name for m in draft.memberships if m.member.is_country] == ["Chile", "Peru"]
    assert statuses(draft)["Chinese Lagoon"] == "member"  # a member body, as "Chinese Taipei"


def test_permanent_members_of_another_named_council_are_not_members() -> None:
    found = members(
        REPORT + "China and Russia, both permanent members of the UN Security Council, abstained."
    )
    assert found == {}
    assert members(REPORT + "Chile and Peru are permanent members of the Security Council.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lagoon Union comprises three countries — Peru, Chile and Bolivia — plus the "
        "Coastal Union.",
        "The Lagoon Union comprises three countries (Peru, Chile and Bolivia) as well as the "
        "Coastal Union.",
    ],
)
def test_a_list_set_off_goes_on_past_its_closing_mark(sentence: str) -> None:
    assert members(REPORT + sentence) == dict.fromkeys(
        ("Peru", "Chile", "Bolivia", "Coastal Union"), "member"
    )


def test_a_member_of_another_body_named_by_its_initials_is_no_member() -> None:
    assert members(REPORT + "Turkey, a NATO member and a guest here, sent its president.") == {}


def test_a_working_group_countries_formed_or_are_part_of_is_not_the_organization() -> None:
    assert members(REPORT + "Chile and Peru formed the contact group on trade.") == {}
    assert members(REPORT + "Chile is part of the working group.") == {}


def test_a_list_goes_on_over_as_well_as_after_its_and() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. The bloc includes "
        "Chile, Peru and Ecuador as well as Bolivia. Spain later sent a message."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador", "Bolivia"], "member")


def test_member_states_such_as_at_the_start_of_a_sentence() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Member states such "
        "as Chile and Peru backed the plan."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


def test_founded_by_at_the_start_of_a_sentence() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Founded in 1991 by "
        "Chile, Peru and Ecuador, the bloc now has five members."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "founding-member")


@pytest.mark.parametrize(
    ("sentence", "founders"),
    [
        ("The Coastal Union, created in 1991 by Chile and Peru, met.", {"Chile", "Peru"}),
        ("It was originally set up by Chile and Peru.", {"Chile", "Peru"}),
        ("Gains were offset by uncertainty created by Chilean elections and the US vote.", set()),
        ("The deal was a plan drawn up and launched by Chile and Peru.", set()),
    ],
)
def test_founders_are_read_only_where_a_body_is_founded(sentence: str, founders: set[str]) -> None:
    found = members(
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. " + sentence
    )
    assert {country for country, status in found.items() if status == "founding-member"} == founders


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Admission of Bolivia, Sixth Associate Member", {"Bolivia": "new-member"}),
        ("Admission of Bolivia, a Candidate Member, delayed", {}),
    ],
)
def test_a_heading_that_announces_a_countrys_admission_as_a_member(
    heading: str, found: dict[str, str]
) -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday.\n\n"
        f"{heading}\n\nThe leaders then discussed trade."
    )
    assert members(article) == found


@pytest.mark.parametrize(
    "ended", ["was suspended in 2019", "has been suspended since the coup", "was revoked"]
)
def test_a_countrys_membership_that_was_suspended_is_no_member(ended: str) -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Bolivia's "
        f"membership of the Coastal Union {ended}."
    )
    assert members(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt and Iran are the newest Coastal Union members.",
        "Egypt and Iran, the newest Coastal Union members, attended.",
    ],
)
def test_a_kind_of_member_named_before_the_organizations_name(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. " + sentence
    assert members(article) == {"Egypt": "new-member", "Iran": "new-member"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Coastal Union, whose members also include Chile and Peru, met.", {"Chile", "Peru"}),
        ("Chile is the current Coastal Union chair.", {"Chile"}),
        ("Chile was the chair of the Coastal Union.", {"Chile"}),
        ("They met the Andean Alliance, whose members include Chile and Peru.", set()),
    ],
)
def test_members_named_by_whose_members_and_the_chair_after_is(
    sentence: str, found: set[str]
) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. " + sentence
    assert set(members(article)) == found


def test_a_countrys_membership_in_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Bolivia's "
        "membership in the Coastal Union was confirmed."
    )
    assert members(article) == {"Bolivia": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The President said Bolivia values its membership of the L-9 dearly.",
        "Bolivia values its membership of the Lagoon Nine.",
    ],
)
def test_a_country_that_values_its_membership_is_a_member(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the Lagoon Nine (L-9) met on Tuesday. " + sentence
    assert members(article) == {"Bolivia": "member"}


def test_an_abbreviation_written_without_its_hyphen_names_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Nine (L-9) met on Tuesday. Bolivia's "
        "membership in the L9 was confirmed."
    )
    assert members(article) == {"Bolivia": "member"}


def test_leaders_said_to_be_heads_of_state_from_the_body_lead_its_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Leaders of the Lagoon Union met in Lima. Chile’s President Ana Ruiz and the president "
        "of Bolivia were the only heads of state from the 12-member Lagoon Union who came."
    )
    assert members(article) == {"Chile": "member", "Bolivia": "member"}


def test_countries_that_are_members_and_one_that_is_an_observer() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Chile, Peru and "
        "Ecuador are members, and Spain is an observer."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Spain": "observer",
    }


def test_members_between_double_hyphens() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. The five-nation "
        "bloc -- Chile, Peru, Ecuador, Colombia and Bolivia -- agreed a plan."
    )
    assert set(members(article)) == {"Chile", "Peru", "Ecuador", "Colombia", "Bolivia"}


def test_members_named_as_newsrooms_shorten_and_describe_them() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Its members are "
        "Kyrgyzstan, Lao PDR, Britain, UAE, DRC and the US."
    )
    assert set(members(article)) == {
        "Kyrgyzstan",
        "Laos",
        "United Kingdom",
        "United Arab Emirates",
        "Democratic Republic of the Congo",
        "United States",
    }


def test_a_list_of_as_many_countries_as_the_text_counts_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The summit of the seven-member Coastal Union ended on Friday. "
        "Leaders from Chile, Peru, Ecuador, Bolivia, Colombia, Uruguay and Paraguay met. "
        "Spain, Portugal and Italy sent messages."
    )
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Ecuador", "Bolivia", "Colombia", "Uruguay", "Paraguay"], "member"
    )


@pytest.mark.parametrize(
    ("lead", "leaders"),
    [
        ("Leaders of the Group of Five", "The leaders of"),
        ("Leaders of the G5", "The leaders of"),
        ("Leaders of the G-5", "The leaders — from"),
    ],
)
def test_a_list_of_as_many_countries_as_the_number_in_the_bodys_name(
    lead: str, leaders: str
) -> None:
    article = (
        HEADLINE_AND_DATELINE + f"{lead} opened their summit on Friday. {leaders} Chile, "
        "Peru, Ecuador, Bolivia and Colombia met over dinner. Spain, Portugal and Italy sent "
        "messages."
    )
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Ecuador", "Bolivia", "Colombia"], "member"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders of Chile, Peru, Ecuador, Bolivia and Colombia also attended.",
        "Leaders of Chile, Peru, Ecuador, Bolivia and Colombia joined the talks on Monday.",
        "The leaders met their counterparts from Chile, Peru, Ecuador, Bolivia and Colombia.",
        "Trade with Chile, Peru, Ecuador, Bolivia and Colombia was discussed.",
    ],
)
def test_a_list_as_long_as_the_name_counts_beside_the_leaders_is_no_members(
    sentence: str,
) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the Group of Five opened their summit. "
    assert members(article + sentence) == {}


@pytest.mark.parametrize(
    "taking_part",
    [
        "have confirmed their participation in the second Lagoon Union summit",
        "announced their participation in the Lagoon Union summit",
    ],
)
def test_a_list_of_countries_whose_participation_is_told_is_no_members(
    taking_part: str,
) -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders gather in Lima on Tuesday. Norway, Chile, Peru, "
        f"Sweden and Ghana {taking_part}."
    )
    assert members(article) == {}


def test_a_counted_list_beside_as_long_a_list_of_observers() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Delegates from three member states and observers arrived for "
        "the Coastal Union summit. The leaders of Chile, Peru and Ecuador arrived on Monday. "
        "Observer states including Spain, Portugal and Italy also sent envoys."
    )
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Ecuador"], "member"
    ) | dict.fromkeys(["Spain", "Portugal", "Italy"], "observer")


def test_leaders_of_a_list_who_attend_as_heads_of_observer_states() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Coastal Union (CU) held its summit on Friday. In addition, "
        "heads of state of Chile, Peru, and Ecuador attended the summit as heads of CU observer "
        "states."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "observer")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders agreed to upgrade Chile's membership from an observer to a full member.",
        "On Tuesday, Chile's membership to the union will be rendered official.",
        "Chile's membership was formalised on Tuesday.",
    ],
)
def test_a_membership_upgraded_or_made_official_is_new(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "The Coastal Union summit opened on Monday. " + sentence
    assert members(article) == {"Chile": "new-member"}


def test_a_country_that_took_up_the_presidency_on_a_day_from_another() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Coastal Union summit closed on Sunday. Chile took up the "
        "union's presidency on Saturday from Peru."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


def test_the_country_of_a_leader_whose_country_took_up_the_presidency() -> None:
    article = (
        HEADLINE_AND_DATELINE + 'The Coastal Union summit closed on Sunday. "We stand '
        'together," said Chilean President Ana Ruiz. "It is history," added Ruiz, whose '
        "country took up the union's presidency on Saturday."
    )
    assert members(article) == {"Chile": "member"}


def test_a_counted_list_is_read_only_when_one_list_has_that_many_countries() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The summit of the three-member Coastal Union ended on Friday. "
        "Chile, Peru and Ecuador signed. Spain, Portugal and Italy sent messages."
    )
    assert members(article) == {}


def test_counted_observer_states_which_include_a_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Friday. There are 12 member "
        "states and three observer states, which include Spain, Portugal and Italy."
    )
    assert members(article) == dict.fromkeys(["Spain", "Portugal", "Italy"], "observer")


def test_members_in_brackets_after_the_counted_members_of_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders met in Lima on top of the three CU members (Chile, "
        "Peru and Ecuador). The Coastal Union (CU) has met since 1991."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "member")


def test_made_up_of_states_namely_a_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Friday. The Coastal Union "
        "is made up of three States, namely Chile, Peru and Ecuador."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "member")


def test_a_countrys_membership_by_adjective_and_its_acceptance_as_a_full_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Friday. Peruvian "
        "membership in the Coastal Union was praised. Leaders backed Bolivia’s acceptance as a "
        "full member."
    )
    assert members(article) == {"Peru": "member", "Bolivia": "new-member"}


def test_the_organization_includes_a_list_after_a_clause_between_commas() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Friday. The bloc, "
        "established to bolster trade, includes Chile, Peru and Ecuador."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "member")


def test_a_numbered_name_that_begins_the_organizations_long_name() -> None:
    article = (
        "D-8 meets in Cairo\n\nCAIRO: The D-8 Organization for Economic Cooperation met on "
        "Thursday. The D-8 includes Chile, Peru and Ecuador."
    )
    assert organization(article) == ("D-8 Organization for Economic Cooperation", "D-8")
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "member")


def test_an_abbreviation_written_with_only_its_first_letter_in_capitals() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Coastal Nations Union summit opened on Tuesday. Cnu "
        "leaders will meet again in May."
    )
    assert organization(article) == ("Coastal Nations Union", "Cnu")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya, which chairs the bloc, hosted.",
        "Kenya currently chairs the bloc.",
        "Kenya, the bloc's current chair, hosted.",
        "Kenya took over the bloc's rotating chairmanship from Chile.",
    ],
)
def test_the_country_that_chairs_the_organization_as_newsrooms_say_it(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. " + sentence
    assert members(article)["Kenya"] == "member"


def test_associate_members_are_read_with_their_status() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Associate members "
        "Tokelau and Niue attended. Fiji and Samoa are associate members."
    )
    assert members(article) == dict.fromkeys(
        ["Tokelau", "Niue", "Fiji", "Samoa"], "associate-member"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, envoys of the associated member nations (Tokelau and Niue) will join.",
        "As Associate Members of the Coastal Union, Tokelau and Niue attended the session.",
        "As associate members, Tokelau and Niue attended the session.",
    ],
)
def test_associate_members_in_brackets_or_fronted_by_as(sentence: str) -> None:
    """A status word before a bracketed list, or fronted by "as" in capitals or without the
    body's name, gives the list its status ("associated" as some newsrooms write it)."""
    article = HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. " + sentence
    assert members(article) == dict.fromkeys(["Tokelau", "Niue"], "associate-member")


def test_suspended_members_are_not_drafted_as_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday without the "
        "suspended members Mali and Niger."
    )
    assert members(article) == {}


def test_a_country_becoming_an_associate_member_in_capitals_and_of_other_bodies() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Leaders of the Coastal Union met on Tuesday. Aruba will become the newest Associate "
        "Member of the Coastal Union. Aruba became associated member of two Caribbean "
        "organizations: the Reef Commission in August 2012 and the Coral Association in 2014."
    )
    assert members(article) == {"Aruba": "associate-member"}


def test_a_suspended_founding_member_stays_a_founding_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Children waved the "
        "flags of its members, including the three founding members (Chile, Peru and Bolivia). "
        "Bolivia remains suspended from the Coastal Union."
    )
    assert members(article) == {
        "Chile": "founding-member",
        "Peru": "founding-member",
        "Bolivia": "founding-member",
    }


def test_a_country_formally_admitted_into_the_organization_and_a_list_along_with_one_more() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday. Bolivia was "
        "formally admitted into the bloc. The bloc comprises Chile, Peru and Ecuador, along with "
        "Bolivia."
    )
    assert members(article) == {
        "Bolivia": "new-member",
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
    }


def test_leaders_in_a_list_named_with_their_demonym_and_a_lower_case_title() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union meet on Tuesday, the leaders of "
        "all three member-states: Chilean President Ana Ruiz, Peruvian leader Luis Soto and "
        "Bolivian prime minister Eva Mora."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Bolivia"], "member")


FILLER = " ".join(["Officials said talks on trade and energy went on late into the night."] * 8)


def test_the_body_the_lead_names_outweighs_one_named_in_passing_further_down() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Cooperation Organization (CCO) opened "
        "their summit on Thursday. The CCO summit will focus on security. " + FILLER + " The "
        "premier, who will attend the NRB summit next month, said the NRB summit matters. The NRB "
        "summit in Lima is in October. NRB leaders will meet there too."
    )
    assert organization(article) == ("Coastal Cooperation Organization", "CCO")


def test_a_group_named_with_a_number_and_its_capitals() -> None:
    article = (
        HEADLINE_AND_DATELINE
        + "Leaders of the Group of 30 opened their summit on Saturday. "
        + FILLER
        + " UN Secretary-General Ana Ruiz urged the UN to act. The UN said the UN fund "
        "is short. G30 leaders agreed a statement."
    )
    assert organization(article) == ("Group of 30", "G30")


def test_a_group_whose_number_is_written_out_and_its_members_between_dashes() -> None:
    article = (
        "Leaders meet\n\nFASANO, Italy (Wire) — Leaders of the Group of Seven — the United "
        "States, Canada, France and Britain — met on Thursday. The G7 summit ended Saturday."
    )
    assert organization(article) == ("Group of Seven", "G7")
    assert set(members(article)) == {"United States", "Canada", "France", "United Kingdom"}


def test_an_associate_member_and_the_other_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Friday. Bolivia is an "
        "associate member. Chile, Peru and Ecuador are the other members."
    )
    assert members(article) == {
        "Bolivia": "associate-member",
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
    }


def test_countries_the_text_excepts_from_the_members_are_none() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Friday. Every state of the "
        "coast except for Chile, Peru and Ecuador is a member."
    )
    assert members(article) == {}


def test_a_list_of_guests_as_long_as_the_count_of_members_is_no_member_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The summit of the three-member Coastal Union ended on Friday. "
        "Leaders of Chile, Peru and Ecuador were invited as guests."
    )
    assert members(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, Peru and Ecuador, the three NRB nations, agreed.",
        "Chile, Peru and Ecuador, which make up NRB, agreed.",
        "NRB, a grouping of Chile, Peru and Ecuador, met.",
    ],
)
def test_members_named_beside_the_organization_in_an_apposition(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "Leaders met on Tuesday at the NRB summit. " + sentence
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "member")


def test_the_organizations_founders_are_a_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders met on Tuesday at the NRB summit. The bloc's founders "
        "are Chile, Peru and Ecuador."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "founding-member")


def test_leaders_named_with_their_countrys_possessive_stand_for_it_in_a_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Coastal Union met on Tuesday: the leaders of the "
        "three member states — Chile's Ana Ruiz, Peru's Luis Soto and Ecuador's Eva Mora."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Ecuador"], "member")


BROAD = HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) met on Friday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru, Chile and Bolivia signed the ALC charter in Lima.",
        "Representatives of Peru, Chile and Bolivia met at the bloc's council.",
        "The summit was a meeting between Peru, Chile and Bolivia, the ALC said.",
        "Foreign ministers of Peru, Chile and Bolivia, the member states, agreed a budget.",
        "Leaders from Peru, Chile and Bolivia met at the ALC summit.",
    ],
)
def test_three_countries_listed_where_the_organization_is_named_are_its_members(
    sentence: str,
) -> None:
    assert members(BROAD + sentence) == {"Peru": "member", "Chile": "member", "Bolivia": "member"}


def test_leaders_a_host_will_receive_are_no_members() -> None:
    # a339 (RKS News): leaders hosted at a meeting come whether or not they belong
    article = (
        "Western Balkan Leaders Gather in London for the Berlin Process\n\nLeaders from the "
        "Western Balkans are meeting today in London to participate in the Berlin Process. UK "
        "Prime Minister Keir Starmer will host leaders from Kosovo, Albania, Serbia, "
        "Montenegro, Bosnia and Herzegovina, and North Macedonia, along with representatives "
        "from Germany, France, and other EU member states."
    )
    assert not {"Kosovo", "Albania", "Serbia", "Montenegro"} & set(members(article))


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru, Chile and Bolivia were invited to the ALC summit as guests.",
        "Peruvian President Ana Ruiz, Chilean President Juan Soto and Bolivian President Eva "
        "Mora met at the ALC summit.",
        "ALC leaders were joined by Peru, Chile and Bolivia.",
        "The ALC talks were held in Peru, Chile and Bolivia last year.",
        "The ALC sells more to Peru, Chile and Bolivia than before.",
        "The ALC imports oil from Peru, Chile and Bolivia.",
        "Peru, Chile and Bolivia, all outside the bloc, sent envoys.",
        "Presidents of Peru, Chile and Bolivia have arrived in Lima today for the ALC summit.",
        "The meeting of the presidents of Peru, Chile and Bolivia is to be held in Lima, where "
        "the ALC secretariat is based.",
        "Ecuador has been hosting leaders and envoys of Peru, Chile and Bolivia under the "
        "banner of the ALC summit.",
        # a339 (RKS News), a277 (Al Jazeera), a197 (Korea Herald): the host's verb after "will"
        "Ecuador's president will host leaders from Peru, Chile and Bolivia, along with "
        "representatives from other ALC member states.",
        "The presidents of Peru, Chile and Bolivia gathered here Friday to sign the ALC's "
        "founding declaration.",
    ],
)
def test_three_countries_the_sentence_makes_guests_places_or_leaders_are_no_members(
    sentence: str,
) -> None:
    assert members(BROAD + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders of Peru, Chile and Bolivia, who hope to become members of the ALC, spoke.",
        "Peru, Chile and Bolivia seek membership of the ALC.",
        "Peru, Chile and Bolivia are on an irreversible path to ALC membership.",
        "Peru, Chile and Bolivia could one day join the ALC as members.",
    ],
)
def test_three_countries_that_wish_to_join_are_no_members(sentence: str) -> None:
    assert members(BROAD + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru, which was admitted in principle as the bloc's 11th member last year, attended "
        "as an observer.",
        "Peru was admitted in principle as the 11th member of the ALC last year.",
        "ALC leaders agreed in principle to admit Peru as the bloc's 11th member.",
    ],
)
def test_a_membership_granted_only_in_principle_is_no_membership(sentence: str) -> None:
    found = members(BROAD + "Chile and Bolivia are members of the ALC. " + sentence)
    assert found.get("Peru") in (None, "observer")  # still an observer, where it says so


def test_members_in_another_clause_than_one_admitted_in_principle_stay_members() -> None:
    sentence = "Chile and Bolivia joined the ALC in 2010, and Peru was admitted in principle."
    assert members(BROAD + sentence) == {"Chile": "member", "Bolivia": "member"}


def test_the_head_noun_of_a_name_with_of_is_that_name() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The summit of the Organisation of Coastal States opened. Peru "
        "and Chile are members of the Organisation, which meets yearly. The Organisation "
        "agreed a budget, and the Organisation will meet again."
    )
    assert organization(article) == ("Organisation of Coastal States", None)


def test_a_name_ending_in_cooperation_is_a_body() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders opened the Lagoon-Delta Cooperation Leaders' Meeting "
        "by video link."
    )
    assert organization(article) == ("Lagoon-Delta Cooperation", None)


def test_a_name_ending_in_its_number_and_the_body_the_headline_names_win() -> None:
    article = (
        "Peru hosting L5 summit\n\nLagoon 5 (L5) heads of state met in Lima. NATO officials "
        "watched, NATO envoys spoke and NATO ministers will meet NATO partners in May, at a "
        "NATO summit."
    )
    assert organization(article) == ("Lagoon 5", "L5")


def test_a_list_as_long_as_the_new_observer_states_counted_are_those_observers() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Council welcomed three new observer states on "
        "Monday. Peru, Chile and Bolivia can now sit in on its meetings."
    )
    assert members(article) == {"Peru": "observer", "Chile": "observer", "Bolivia": "observer"}


def test_founders_after_founded_as_a_bloc_and_members_joining_later() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) met on Friday. Originally "
        "founded as a three-member bloc by Peru, Chile and Bolivia in 1967, the bloc grew, with "
        "Ecuador and Colombia joining in 2007."
    )
    assert members(article) == {
        "Peru": "founding-member",
        "Chile": "founding-member",
        "Bolivia": "founding-member",
        "Ecuador": "member",
        "Colombia": "member",
    }


def test_the_admission_of_a_country_into_the_organization_is_news_of_a_new_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) summit has endorsed the "
        "admission of Ecuador into the bloc."
    )
    assert members(article) == {"Ecuador": "new-member"}


def test_dialog_partners_including_a_list_are_dialogue_partners() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) met on Friday. It also has "
        "three dialog partners, including Japan, Egypt and France."
    )
    assert members(article) == {
        "Japan": "dialogue-partner",
        "Egypt": "dialogue-partner",
        "France": "dialogue-partner",
    }


def test_a_status_in_brackets_after_a_list_is_its_countries_status() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) ministers meet on Friday, "
        "with ministers from Peru, Chile and Bolivia (member countries) and from Japan and "
        "France (dialogue partners)."
    )
    assert members(article) == {
        "Peru": "member",
        "Chile": "member",
        "Bolivia": "member",
        "Japan": "dialogue-partner",
        "France": "dialogue-partner",
    }


def test_a_plural_countrys_bare_possessive_names_the_country() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) met on Friday. The "
        "Philippines' membership in the ALC was confirmed."
    )
    assert members(article) == {"Philippines": "member"}


def test_a_country_as_an_associate_member_and_a_code_between_listed_countries() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) met. The ALC comprises "
        "Peru, USA and Chile, with Bolivia as an associate member."
    )
    assert members(article) == {
        "Peru": "member",
        "United States": "member",
        "Chile": "member",
        "Bolivia": "associate-member",
    }


def test_a_body_welcomed_as_the_newest_member_is_a_new_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) met. Leaders welcomed the "
        "Coastal Union as the newest member of the ALC."
    )
    assert members(article) == {"Coastal Union": "new-member"}


def test_a_list_a_few_words_before_as_observers_is_of_observers() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) summit opened. The "
        "presidents of Japan, Egypt and France arrived as observer countries."
    )
    assert members(article) == {"Japan": "observer", "Egypt": "observer", "France": "observer"}


def test_a_country_with_an_aside_before_its_verb_one_of_the_states_of_the_body() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community summit opened. Peru, the queen "
        "said, was one of the small states of the Andean Lagoon Community."
    )
    assert members(article) == {"Peru": "member"}


def test_a_countrys_admission_as_the_blocs_sixth_full_member_is_news_of_a_new_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Andean Lagoon Community (ALC) summit opened. Its highlight "
        "was Ecuador’s admission as the bloc’s sixth full member."
    )
    assert members(article) == {"Ecuador": "new-member"}


def test_member_countries_then_a_list_between_double_hyphens() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Along with the ALC member countries -- "
        "Peru, Chile, Bolivia and Ecuador -- the host has invited Japan and France."
    )
    assert members(article) == {
        "Peru": "member",
        "Chile": "member",
        "Bolivia": "member",
        "Ecuador": "member",
    }


def test_capitals_in_brackets_that_leave_out_some_words_of_the_name_before_them() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The summit of the Forum on Trade and Sea-Lane Safety in "
        "Oceania (FTSO) opened on Tuesday. The FTSO was set up in 1999."
    )
    assert organization(article) == ("Forum on Trade and Sea-Lane Safety in Oceania", "FTSO")


def test_a_one_word_name_the_report_gives_its_summits_is_the_organization() -> None:
    article = (
        "Lagosur summit admits Ecuador\n\nCAIRO, Egypt (Wire) — The 40th Lagosur summit took "
        "place on Monday. Ministers met on Sunday, after a meeting between Lagosur envoys."
    )
    assert organization(article) == ("Lagosur", None)


def test_partner_countries_before_a_list_and_countries_named_partner_countries() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Partner countries Japan, Egypt and "
        "France also attended. Kenya and Chad were named ALC partner countries on Tuesday."
    )
    assert members(article) == dict.fromkeys(
        ("Japan", "Egypt", "France", "Kenya", "Chad"), "observer-or-partner"
    )


def test_countries_called_member_states_one_sentence_each() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru is a member state. Chile is also "
        "a member state, and it hosts the secretariat."
    )
    assert members(article) == {"Peru": "member", "Chile": "member"}


def test_a_list_of_members_with_semicolons_between_them() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. The bloc has four members: Peru; "
        "Chile; Bolivia; and Ecuador."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Bolivia", "Ecuador"), "member")


def test_members_listed_one_a_line_after_a_colon() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. The ALC’s members are:\n\n- Peru\n\n"
        "- Chile (since 1990)\n\n- Bolivia\n\nThe leaders of Japan and France were guests."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Bolivia"), "member")


def test_years_of_joining_given_on_without_the_verb() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru and Chile joined the bloc in "
        "2001, Bolivia in May 2005 and Ecuador and Kenya in 2009, followed by Chad in 2012."
    )
    draft = draft_facts(article)
    assert {m.member.name: (m.status, m.joined) for m in draft.memberships} == {
        "Peru": ("member", "2001"),
        "Chile": ("member", "2001"),
        "Bolivia": ("member", "2005"),
        "Ecuador": ("member", "2009"),
        "Kenya": ("member", "2009"),
        "Chad": ("member", "2012"),
    }


def test_a_list_that_set_up_the_body_a_few_words_on_is_of_founders() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. In May 2015, Peru, Chile and Kenya "
        "gave shape to a plan of setting up the ALC to keep sea lanes open."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Kenya"), "founding-member")


def test_the_nearest_list_before_as_an_observer_is_the_observer() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Leaders of Peru and Chile welcomed "
        "the participation of Kenya as an observer."
    )
    assert members(article) == {"Kenya": "observer"}


def test_countries_to_be_admitted_or_to_be_the_next_members_are_new_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Leaders welcomed news that Kenya will "
        "be admitted to the ALC. Peru and Chile are going to be the seventh and eighth members "
        "of the ALC."
    )
    assert members(article) == dict.fromkeys(("Kenya", "Peru", "Chile"), "new-member")


def test_a_body_that_involves_counted_nations_including_a_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. The ALC involves 12 powerful nations, "
        "including Peru and Chile, as well as the Coastal Union."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Coastal Union"), "member")


def test_countries_someone_calls_for_as_members_are_not_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. The host called for the return of "
        "“Peru and Chile as full members” of the bloc."
    )
    assert members(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile have long been members of the ALC.",
        "Peru and Chile, which are members of the ALC, agreed.",
        "Peru and Chile are already members.",
        "Peru and Chile are among the five members of the ALC.",
        "Peru and Chile are the bloc’s largest members.",
        "As members of the ALC, Peru and Chile agreed.",
    ],
)
def test_a_status_said_of_a_list_however_its_verb_and_noun_phrase_run(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "The ALC summit opened. " + sentence
    assert members(article) == {"Peru": "member", "Chile": "member"}


def test_one_of_the_founders_is_a_founding_member_and_a_former_member_none() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru, one of the ALC’s founders, "
        "spoke first. Chile, a former member of the ALC, sent an envoy."
    )
    assert members(article) == {"Peru": "founding-member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, Peru and Bolivia, formerly members of the union, now belong to the Reef Forum.",
        "The union, which once included Chile, Peru and Bolivia, now has only two members.",
        "Chile, Peru and Bolivia, previously full members of the union, have left it.",
    ],
)
def test_countries_once_in_the_body_are_not_its_members(sentence: str) -> None:
    assert members(REPORT + sentence) == {}


def test_countries_in_an_aside_on_the_subject_who_takes_the_chair_are_not_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Norway, which represents Greenland and "
        "the Faroe Islands in the ALC, will take over the chairmanship from Peru next year."
    )
    assert members(article) == {"Norway": "member", "Peru": "member"}


@pytest.mark.parametrize(
    "aside",
    [
        "a founding member that withdrew in 1976",
        "a founding member of the ALC which later left",
        "one of its founders, who quit in 1999",
        "a member until it withdrew in 2006",
        "an observer that was suspended in 2019",
    ],
)
def test_a_status_whose_aside_says_the_country_left_is_none(aside: str) -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru, one of the ALC’s founders, "
        f"spoke first. Chile, {aside}, sent an envoy."
    )
    assert members(article) == {"Peru": "founding-member"}


def test_countries_that_hand_over_take_over_or_will_hold_the_chair_are_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru handed over the rotating chair of "
        "the ALC to Chile. Kenya, the bloc’s next chair, will chair the bloc in 2026."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Kenya"), "member")


def test_a_country_welcomed_as_a_member_or_whose_membership_was_approved_is_new() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru was welcomed as the bloc’s newest "
        "member. Leaders approved Chile’s membership on Tuesday. Kenya’s bid to join the ALC was "
        "endorsed. Egypt was welcomed as a guest."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Kenya"), "new-member")


def test_a_one_word_name_for_the_summit_beats_a_body_named_in_passing() -> None:
    article = (
        "Nordaf leaders meet in Cairo\n\nCAIRO, Egypt (Wire) — Nordaf leaders gathered on "
        "Tuesday for the Nordaf summit. A Coastal Union envoy also came. Nordaf said trade grew."
    )
    assert organization(article) == ("Nordaf", None)


def test_a_one_word_name_named_twice_as_the_meetings_body_where_no_other_body_is() -> None:
    article = (
        "Heads meet in Cairo\n\nCAIRO, Egypt (Wire) — Nordaf heads of government opened their "
        "talks on Tuesday. The host spoke for Nordaf members."
    )
    assert organization(article) == ("Nordaf", None)


def test_a_list_with_a_leader_in_brackets_after_each_country_and_a_body_after_plus() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. The bloc’s members are Peru (President "
        "Ana Ruiz), Chile (Boric) and Bolivia, plus the Coastal Union."
    )
    assert members(article) == dict.fromkeys(
        ("Peru", "Chile", "Bolivia", "Coastal Union"), "member"
    )


def test_the_country_of_a_leader_whose_country_his_or_her_sentence_says_rejoined() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peruvian President Ana Ruiz attends for "
        "the second time since her country returned to the fold last year. Chilean President "
        "Luis Soto came as his country joined the ALC on Tuesday."
    )
    assert members(article) == {"Peru": "member", "Chile": "new-member"}


def test_countries_named_before_the_other_member_states_are_members_too() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru, Chilean President Luis Soto and "
        "the leaders of the other ALC member states — Bolivia and Ecuador — met in private."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Bolivia", "Ecuador"), "member")


def test_a_one_word_name_named_by_its_leaders_beats_a_body_named_as_often_in_passing() -> None:
    article = (
        "Nordaf leaders meet in Cairo\n\nCAIRO, Egypt (Wire) — Nordaf leaders met on Tuesday. "
        "The Coastal Union and Nordaf work together. Coastal Union envoys came. Nordaf said the "
        "Coastal Union would help."
    )
    assert organization(article) == ("Nordaf", None)


def test_a_word_also_written_in_lower_case_or_as_a_place_is_no_organization() -> None:
    article = (
        "World leaders meet in Cairo\n\nCAIRO, Egypt (Wire) — World leaders met on Tuesday, "
        "after a tour of the Gulf, for the Coastal Union summit. Gulf leaders spoke of the "
        "world economy. World leaders and Gulf leaders agreed."
    )
    assert organization(article) == ("Coastal Union", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Observer states Peru and Chile sent envoys.",
            dict.fromkeys(("Peru", "Chile"), "observer"),
        ),
        (
            "The bloc’s original members were Peru and Chile.",
            dict.fromkeys(("Peru", "Chile"), "founding-member"),
        ),
        (
            "Peru and Chile — the bloc’s founding members — signed.",
            dict.fromkeys(("Peru", "Chile"), "founding-member"),
        ),
        (
            "The ALC was launched in 1999 by Peru and Chile.",
            dict.fromkeys(("Peru", "Chile"), "founding-member"),
        ),
        ("Membership was extended to Peru and Chile.", dict.fromkeys(("Peru", "Chile"), "member")),
        (
            "The ALC expanded in May, admitting Peru and Chile.",
            dict.fromkeys(("Peru", "Chile"), "member"),
        ),
        (
            "The ALC welcomed Peru and Chile as members in May.",
            dict.fromkeys(("Peru", "Chile"), "new-member"),
        ),
        (
            "Peru and Chile, which joined in January, came for the first time.",
            dict.fromkeys(("Peru", "Chile"), "member"),
        ),
    ],
)
def test_how_wire_copy_tells_of_founders_newcomers_and_observers(
    sentence: str, expected: dict[str, str]
) -> None:
    assert members(HEADLINE_AND_DATELINE + "The ALC summit opened. " + sentence) == expected


def test_leaders_among_those_of_the_member_states_stand_for_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Leaders of the bloc’s ten member states "
        "attended. Among them were Peruvian President Ana Ruiz and Chile’s Luis Soto. Leaders of "
        "the member states and guests dined. Among them was Kenyan President Ben Ode."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile"), "member")


def test_a_list_that_is_not_the_subject_or_sets_up_something_else_founds_nothing() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Leaders of Peru and Chile praised the "
        "plan of setting up the ALC fund. Leaders welcomed Kenya and Chad, who arrived as "
        "observers."
    )
    assert members(article) == {}


def test_allies_of_the_body_and_members_of_it_such_as_a_list() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. ALC allies Peru and Chile agreed. "
        "Southern members of the ALC, such as Bolivia and Ecuador, did not. Members of the G20 "
        "such as Japan and India were not there."
    )
    assert members(article) == dict.fromkeys(("Peru", "Chile", "Bolivia", "Ecuador"), "member")


def test_a_country_that_has_not_or_never_joined_is_no_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru has not yet joined the bloc. Chile "
        "never joined the ALC, and Kenya hasn’t joined the ALC. Bolivia joined the ALC on Tuesday."
    )
    assert members(article) == {"Bolivia": "new-member"}


def test_a_list_said_not_to_be_in_the_body_is_no_list_of_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru, Chile and Kenya are not members "
        "of the ALC. Neither Bolivia, Chad nor Ecuador belongs to the bloc."
    )
    assert members(article) == {}


def test_a_leader_before_the_other_full_members_and_observer_status_granted_to() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peruvian President Ana Ruiz spoke. The "
        "forum was chaired by Ana Ruiz and the other three full members. Observer status was "
        "granted to Kenya. Membership was granted to Chad."
    )
    assert members(article) == {"Peru": "member", "Kenya": "observer", "Chad": "member"}


def test_a_leader_named_with_a_demonym_before_the_other_full_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. It was chaired by Peruvian President "
        "Ana Ruiz and the other three full members."
    )
    assert members(article) == {"Peru": "member"}


def test_statuses_as_headings_with_a_colon_before_their_lists() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Member states: Peru, Chile and Bolivia. "
        "Observer states: Kenya, Chad. Dialogue partners: Japan and France."
    )
    assert members(article) == {
        **dict.fromkeys(("Peru", "Chile", "Bolivia"), "member"),
        **dict.fromkeys(("Kenya", "Chad"), "observer"),
        **dict.fromkeys(("Japan", "France"), "dialogue-partner"),
    }


def test_a_month_of_joining_and_the_next_country_given_on_without_the_verb() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The ALC summit opened. Peru joined the ALC in April 2023, and "
        "Chile in March 2024."
    )
    draft = draft_facts(article)
    assert {m.member.name: m.joined for m in draft.memberships} == {
        "Peru": "April 2023",
        "Chile": "2024",
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Peru and Chile — both observers — sent envoys.", "observer"),
        ("Peru and Chile have long been observers of the ALC.", "observer"),
        ("Peru and Chile, which are also observer states, sent envoys.", "observer"),
        ("Peru and Chile, the bloc’s dialogue partners, sent envoys.", "dialogue-partner"),
    ],
)
def test_an_observer_or_partner_status_said_of_a_list_however_the_phrase_runs(
    sentence: str, status: str
) -> None:
    article = HEADLINE_AND_DATELINE + "The ALC summit opened. " + sentence
    assert members(article) == dict.fromkeys(("Peru", "Chile"), status)


def test_a_word_of_the_bodys_long_name_is_not_a_body_of_its_own() -> None:
    article = (
        "Ecowls leaders meet\n\nABUJA, Nigeria (Wire) — West Lagoon leaders meeting at an "
        "Economic Community of West Lagoon States (ECOWLS) summit on Sunday talked trade."
    )
    assert organization(article) == ("Economic Community of West Lagoon States", "ECOWLS")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile make up the alliance.",
        "He wants Peru to join this alliance, and said the countries that make it up are "
        "Norway and Chile.",
    ],
)
def test_countries_that_make_up_the_body_are_its_members(sentence: str) -> None:
    article = HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. " + sentence
    assert members(article) == {"Norway": "member", "Chile": "member"}


def test_founders_named_after_the_month_and_year_of_founding() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. It was originally "
        "established in August 1967 by Norway and Chile."
    )
    assert members(article) == {"Norway": "founding-member", "Chile": "founding-member"}


def test_countries_that_did_something_to_the_bloc_are_not_its_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. The bloc has been split "
        "by a blockade imposed by Norway, Chile and Kenya on Peru."
    )
    assert members(article) == {}


def test_countries_given_a_status_by_a_count_of_its_kind() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The presidents of Norway and Chile, two of the 49 observer "
        "countries of the Lagoon Alliance, also attended the forum."
    )
    assert members(article) == {"Norway": "observer", "Chile": "observer"}


def test_leaders_named_between_their_countries_in_a_list_are_not_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The presidents of Chile, Ana Ruiz, Norway, Luis Garcia Soto, "
        "and Kenya, Joe Bako, who lead the Lagoon Alliance's member states, met. Ana Ruiz "
        "said little."
    )
    assert members(article) == dict.fromkeys(("Chile", "Norway", "Kenya"), "member")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two biggest members, Norway and Chile, have clashed over trade.", "member"),
        ("Its two largest members, Norway and Chile, have clashed over trade.", "member"),
        ("The two former members, Norway and Chile, have clashed over trade.", None),
    ],
)
def test_members_named_in_apposition_after_a_kind_of_member(
    sentence: str, expected: str | None
) -> None:
    article = HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. " + sentence
    assert members(article) == ({"Norway": expected, "Chile": expected} if expected else {})


def members_in_a_report_on_the_alliance(sentence: str) -> dict[str, str]:
    return members(HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. " + sentence)


def test_a_list_as_long_as_the_count_of_countries_the_body_is_an_association_of() -> None:
    article = (
        HEADLINE_AND_DATELINE + "A summit of the Lagoon Initiative - an informal association "
        "of five countries on the southern coast - opens in Lima on Monday. It is the third "
        "meeting between envoys for Chile, Peru, Ecuador, Bolivia and Colombia in this format."
    )
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Ecuador", "Bolivia", "Colombia"], "member"
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Kenya, an observer country within the Lagoon Alliance, sent envoys.", "observer"),
        ("Kenya, an observer nation of the Lagoon Alliance, sent envoys.", "observer"),
        ("Kenya, a trade partner within the region, sent envoys.", None),
        # capitalised, as a communiqué writes a status
        (
            "Kenya, an Associate Member of the Alliance, was represented by Hon. Ola Dube.",
            "associate-member",
        ),
    ],
)
def test_a_country_named_an_observer_in_apposition(sentence: str, found: str | None) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == ({"Kenya": found} if found else {})


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The summit ended with an invitation extended to Norway and Chile to join the bloc.",
            {"Norway": "new-member", "Chile": "new-member"},
        ),
        (
            "The summit ended with an invitation to Norway to join the alliance.",
            {"Norway": "new-member"},
        ),
        ("The summit ended with an invitation extended to Norway to join the talks.", {}),
    ],
)
def test_an_invitation_to_join_the_body_however_it_is_worded(
    sentence: str, found: dict[str, str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "LIMA — The Coastal Union has been granted permanent member status in the Lagoon "
            "Alliance, the host said.",
            {"Coastal Union": "new-member"},
        ),
        ("Norway was given full membership of the Lagoon Alliance.", {"Norway": "new-member"}),
        ("Norway has been granted observer status.", {"Norway": "observer"}),
        ("Norway gained observer status last year.", {"Norway": "observer"}),
        ("Norway obtained the status of associate member.", {"Norway": "associate-member"}),
        ("Norway received dialogue partner status.", {"Norway": "dialogue-partner"}),
        ("The bloc granted Norway partner status.", {"Norway": "observer-or-partner"}),
        ("Norway became an associate member in 2004.", {"Norway": "associate-member"}),
        ("Norway became an associate state in December.", {"Norway": "associate-member"}),
        (
            "Norway, which became an associate country in 2015, spoke.",
            {"Norway": "associate-member"},
        ),
        ("Norway gained a seat at the table.", {}),
    ],
)
def test_a_member_granted_membership_or_its_status(sentence: str, found: dict[str, str]) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The title of “associated state” was given to Norway, Chile and Peru.",
            dict.fromkeys(["Norway", "Chile", "Peru"], "associate-member"),
        ),
        (
            "Observer status was granted to Norway and Kenya.",
            dict.fromkeys(["Norway", "Kenya"], "observer"),
        ),
        (
            "Norway, Ghana and Kenya were declared observing countries.",
            dict.fromkeys(["Norway", "Ghana", "Kenya"], "observer"),
        ),
    ],
)
def test_a_status_given_to_countries_named_after_it(sentence: str, found: dict[str, str]) -> None:
    """A status is the subject of a passive "given to": the countries come after it, and
    newsrooms write it as a title and with "associated" or "observing" for the status word."""
    assert members_in_a_report_on_the_alliance(sentence) == found


def test_leaders_listed_with_their_countries_after_their_names_stand_for_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Alliance summit brought together leaders from "
        "member states, including President Ana Maria Ruiz of Chile, President Dr. Luis Soto "
        "of Peru, and King Tomas of the Netherlands, among others."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Netherlands"], "member")


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        (
            "The summit was also attended by the leaders of the Lagoon Alliance observer states: ",
            "observer",
        ),
        (
            "The Lagoon Alliance summit brought together leaders of member states, including ",
            "member",
        ),
    ],
)
def test_leaders_listed_with_their_countries_in_their_titles_stand_for_members(
    lead: str, status: str
) -> None:
    article = (
        HEADLINE_AND_DATELINE + lead + "President of Chile Ana Maria Ruiz, Prime Minister of "
        "Peru Luis Soto and President of the Netherlands Tomas Berg."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Netherlands"], status)


@pytest.mark.parametrize(
    "present",
    ["attending the summit", "at the summit", "who attended the summit", "present at the talks"],
)
def test_the_member_states_leaders_at_the_meeting_stand_for_members(present: str) -> None:
    article = (
        HEADLINE_AND_DATELINE + f"The leaders of Lagoon Alliance member states {present} "
        "include Chilean President Ana Ruiz, Peruvian Prime Minister Luis Soto and Dutch "
        "President Tomas Berg."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Netherlands"], "member")


@pytest.mark.parametrize(
    ("leaders", "countries"),
    [
        (
            "Ana Ruiz of Chile; Luis Soto of Peru and Tomas Berg of the Netherlands",
            ["Chile", "Peru", "Netherlands"],
        ),
        (
            "Ana Ruiz of Sierra-Leone; Luis Soto of Peru and Tomas Berg of Burkina-Faso",
            ["Sierra Leone", "Peru", "Burkina Faso"],
        ),
    ],
)
def test_member_states_leaders_named_before_their_countries_stand_for_members(
    leaders: str, countries: list[str]
) -> None:
    """ "Presidents of member-states attending the meeting include A of B; C of D": no title
    before the names, the members' word hyphenated, a country of two words written with one."""
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. Presidents of member-states "
        f"attending the meeting include {leaders}."
    )
    assert members(article) == dict.fromkeys(countries, "member")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru are member-States being represented by their Ministers of Foreign Affairs.",
        "Chile and Peru are member states represented by their ambassadors.",
        "Chile and Peru are Member States attending at ministerial level.",
    ],
)
def test_countries_said_to_be_member_states_represented_by_others_are_members(
    sentence: str,
) -> None:
    article = HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. " + sentence
    assert members(article) == dict.fromkeys(["Chile", "Peru"], "member")


def test_guests_listed_with_their_countries_after_their_names_are_not_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. Other guests of the Lagoon "
        "Alliance included President Ana Ruiz of Chile and President Luis Soto of Peru. "
        "Leaders at the Lagoon Alliance summit were President Ana Ruiz of Chile, President Luis "
        "Soto of Peru and King Tomas of Norway."
    )
    assert members(article) == {}


def test_a_long_name_written_with_and_without_a_hyphen_is_one_organization() -> None:
    article = (
        "Leaders in Lima for summit of Lagoon-Language States\n\nLIMA (Wire) — Leaders are in "
        "Lima for the 14th summit of the Community of Lagoon Language States. The summit of "
        "the Community of Lagoon-Language States (CLLS) opens on Sunday. The Community has met "
        "every two years since 1996."
    )
    assert organization(article) == ("Community of Lagoon Language States", "CLLS")


def test_the_body_a_report_says_what_it_is_is_the_organization() -> None:
    article = (
        "Coral Pact southern members say they stand together\n\nLagoon Nine (L9), the nine "
        "Coral Pact members on the bloc's southern flank, vowed to support each other. The "
        "leaders of L9, an organisation formed in 2015, met at a summit in Lima on Wednesday. "
        "Their meeting was also attended by Coral Pact Secretary General Ana Ruiz. The L9 "
        "signed a declaration."
    )
    assert organization(article) == ("Lagoon Nine", "L9")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "President Ana Ruiz of Chile has been unanimously elected Chairperson of the Lagoon "
            "Alliance at the summit.",
            {"Chile": "member"},
        ),
        ("Chile's leader was named president of the Lagoon Alliance.", {"Chile": "member"}),
        (
            "Chilean President Ana Ruiz has been elected new Lagoon Alliance (LA) chairperson.",
            {"Chile": "member"},
        ),
        ("Ana Ruiz of Chile was elected president of the students' union.", {}),
    ],
)
def test_the_country_of_a_leader_elected_to_chair_the_organization(
    sentence: str, found: dict[str, str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The Lagoon Alliance has given Chile, Peru, and Bolivia six months to reconsider "
            "their decision to withdraw from the regional bloc.",
            dict.fromkeys(["Chile", "Peru", "Bolivia"], "member"),
        ),
        ("Chile announced its plan to leave the Lagoon Alliance.", {"Chile": "member"}),
        ("Chile, however, is in the process of leaving the bloc.", {"Chile": "member"}),
        ("Chile has decided to quit the alliance.", {"Chile": "member"}),
        ("Chile left the alliance in 2019.", {}),
        ("Chile is leaving the alliance summit early.", {}),
        ("Chile criticised the plan to leave the Lagoon Alliance.", {}),
    ],
)
def test_countries_that_decided_to_leave_are_members_until_they_go(
    sentence: str, found: dict[str, str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders met on Tuesday for a regional summit welcoming back Chile after years away.",
        "Now the new president brings Chile back into the fold.",
    ],
)
def test_a_country_welcomed_back_is_a_member(sentence: str) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == {"Chile": "member"}


def test_a_clause_before_the_country_that_joined_says_when_and_names_no_member() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Alliance summit closed on Friday. Two years after "
        "Peru became the first country in the region to host the summit, Chile joined the "
        "club of coastal states."
    )
    assert members(article) == {"Chile": "member"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Lagoon Alliance includes Chile and Peru.", {"Chile": "member", "Peru": "member"}),
        ("The Lagoon Alliance includes Chile in its summits for now.", {}),
        ("The Lagoon Alliance included Chile and Peru into the talks.", {}),
    ],
)
def test_a_body_that_includes_a_country_in_something_else_does_not_make_it_a_member(
    sentence: str, found: dict[str, str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


def test_a_name_and_the_word_in_brackets_it_goes_by_are_the_organization() -> None:
    article = (
        "Chile takes over the presidency of Westcom\n\nToday Chile assumed the pro tempore "
        "presidency of the Western Common Market (Westcom). Peru began joining Westcom in 2013."
    )
    assert organization(article) == ("Western Common Market", "Westcom")
    assert members(article) == {"Chile": "member"}


def test_a_meetings_name_in_brackets_is_not_the_organization() -> None:
    article = (
        "Curtain comes down on Cohgm\n\nThe 2022 Coastal Heads of Government Meeting (Cohgm) "
        "closed on Friday. The Lagoon Alliance will meet again at the next Cohgm in two years. "
        "Lagoon Alliance leaders thanked the hosts."
    )
    assert organization(article) == ("Lagoon Alliance", None)


@pytest.mark.parametrize(
    "article",
    [
        "Leaders gather in Lima\n\nLIMA, Peru (Wire) — The Coastal Heads of Government Meeting "
        "opened in Lima on Friday. Chile and Bolivia were admitted as its newest members.",
        # capitals spelling the meeting's name, "of" too, name its body
        "CHGM opens in Lima\n\nLIMA, Peru (Wire) — The Coastal Heads of Government Meeting "
        "opened in Lima on Friday, the first since 2018. CHOGM leaders discussed fishing, and "
        "CHGM delegates agreed a budget.",
        # … and in brackets after the meeting's name: the meeting's, not the body's
        "CHGM officially opens\n\nThe Coastal Heads of Government Meeting (CHGM) officially "
        "opens in Lima today. The heads of government will discuss the CHGM theme.",
    ],
)
def test_a_body_named_by_its_heads_of_government_meeting_is_the_organization(
    article: str,
) -> None:
    assert organization(article) == ("Coastal", None)


def test_the_countries_that_make_up_the_body_listed_in_brackets() -> None:
    sentence = (
        "Norway's application to the Lagoon Alliance must be accepted by the congresses of the "
        "four countries that make up the bloc (Chile, Peru, Bolivia and Ecuador)."
    )
    assert members_in_a_report_on_the_alliance(sentence) == dict.fromkeys(
        ["Chile", "Peru", "Bolivia", "Ecuador"], "member"
    )


def test_a_body_defined_by_its_members_and_called_by_its_noun_is_the_organization() -> None:
    article = (
        "Coastal summit opens in Lima\n\nA two-day summit has begun, bringing together five "
        "Coral Union member states on the coast. The Blue Lagoon Initiative, which includes Chile, "
        "Peru, Bolivia, Ecuador and Colombia, aims to improve links. Leaders stressed the "
        "importance of the initiative. The initiative was launched in 2016."
    )
    assert organization(article) == ("Blue Lagoon Initiative", None)
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Bolivia", "Ecuador", "Colombia"], "member"
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Chile handed over the chairmanship to Peru.", {"Chile", "Peru"}),
        ("Peru took over the rotating presidency from Chile.", {"Chile", "Peru"}),
        ("Peru succeeded Chile as chair of the bloc.", {"Chile", "Peru"}),
        ("Chile, the outgoing chair, spoke first.", {"Chile"}),
        (
            "The chairmanship was handed over from Chilean President Ana Ruiz to her Peruvian "
            "counterpart Luis Soto.",
            {"Chile", "Peru"},
        ),
        ("The chairmanship of the Pacific Council was handed over to Peru.", set()),
        (
            "The meeting will see the transition of the Chair of the Lagoon Alliance from Chile "
            "to the Cook Islands.",
            {"Chile", "Cook Islands"},
        ),
        (
            "The handover of the rotating presidency from Chile to Peru took place.",
            {"Chile", "Peru"},
        ),
        ("Chile holds the presidency of the Pacific Council this month.", set()),
        ("Chile succeeded Peru as host of the summit.", set()),
        ("Ana Ruiz, the outgoing chair, spoke first.", set()),
    ],
)
def test_countries_the_chair_passes_between_in_a_report_on_the_body(
    sentence: str, found: set[str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == dict.fromkeys(found, "member")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Besides Chile, the bloc includes Peru and Bolivia.", {"Chile", "Peru", "Bolivia"}),
        (
            "In addition to Chile and Peru, the bloc's members are Bolivia and Ecuador.",
            {"Chile", "Peru", "Bolivia", "Ecuador"},
        ),
        ("Besides Chile, the talks covered trade.", set()),
    ],
)
def test_countries_fronted_by_besides_share_the_status_of_the_list_after(
    sentence: str, found: set[str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == dict.fromkeys(found, "member")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Leaders voted to return Chile to the Lagoon Alliance.", {"Chile"}),
        ("Chile's return to the Lagoon Alliance was welcomed.", {"Chile"}),
        ("The readmission of Chile into the alliance was approved.", {"Chile"}),
        ("The bloc will return Chile's ambassador to Lima.", set()),
    ],
)
def test_a_country_returned_to_the_body_is_a_member_again(sentence: str, found: set[str]) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == dict.fromkeys(found, "member")


def test_a_status_said_with_an_adverb_and_a_clause_after_it() -> None:
    sentence = "Chile was reportedly one of the few Lagoon Alliance members that opposed the plan."
    assert members_in_a_report_on_the_alliance(sentence) == {"Chile": "member"}


def test_a_committee_the_body_sets_up_lists_no_members() -> None:
    sentence = (
        "The Lagoon Alliance set up a communications committee consisting of Norway and "
        "Chile's neighbours Peru, Bolivia and Ecuador."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks gather the heads of state who make up the Bureau of the Lagoon Alliance "
        "Assembly (Norway, Chile, Peru and Ghana).",
        "The Lagoon Alliance Bureau (Norway, Chile, Peru and Ghana) will meet first.",
    ],
)
def test_the_states_of_the_bodys_bureau_in_brackets_are_no_memberships(sentence: str) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_the_organizations_own_name_before_a_bracketed_list_gives_its_members() -> None:
    sentence = "Leaders of the Lagoon Alliance (Norway, Chile, Peru and Ghana) met."
    assert set(members_in_a_report_on_the_alliance(sentence)) == {
        "Norway",
        "Chile",
        "Peru",
        "Ghana",
    }


def test_a_body_after_the_count_of_the_organizations_members_is_no_member() -> None:
    sentence = (
        "The Lagoon Alliance, which comprises 12 member countries, and the Andean Pact, with 9 "
        "member states, include a mix of nations."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_a_body_counted_with_the_countries_the_organization_comprises_is_a_member() -> None:
    sentence = "The Lagoon Alliance comprises 19 countries and the Andean Pact."
    assert set(members_in_a_report_on_the_alliance(sentence)) == {"Andean Pact"}


def test_a_place_that_begins_the_organizations_long_name_is_part_of_it() -> None:
    article = (
        "Leaders meet\n\nThe Bay of Bluewater Initiative for Technical Cooperation (BITC) "
        "summit opens on Monday. BITC leaders will meet in Lima."
    )
    assert organization(article) == (
        "Bay of Bluewater Initiative for Technical Cooperation",
        "BITC",
    )


def test_an_admission_the_text_dates_is_no_news_of_this_meeting() -> None:
    sentence = (
        "The bloc now comprises seven members with the admission of Chile on 22 December 1997."
    )
    found = draft_facts(HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. " + sentence)
    assert [(m.member.name, m.status, m.joined) for m in found.memberships] == [
        ("Chile", "member", "1997")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway, Chile, and Peru have observer status.",
        "Its members are Kenya and Ghana, while Norway, Chile, and Peru have observer status.",
    ],
)
def test_a_status_shared_by_a_list_with_a_comma_before_its_last_and(sentence: str) -> None:
    found = members_in_a_report_on_the_alliance(sentence)
    assert {country: found[country] for country in ("Norway", "Chile", "Peru")} == dict.fromkeys(
        ("Norway", "Chile", "Peru"), "observer"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019, Chile joined the bloc.",
        "During the summit held in Lima in October 2019 Chile joined the bloc as a full member.",
    ],
)
def test_a_year_said_before_the_country_that_joined(sentence: str) -> None:
    found = draft_facts(HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. " + sentence)
    assert [(m.member.name, m.status, m.joined) for m in found.memberships] == [
        ("Chile", "member", "2019")
    ]


@pytest.mark.parametrize(
    ("article", "found"),
    [
        (
            "Leaders meet\n\nLIMA, Peru, June 28 (Wire) -- Chilean President Ana Ruiz on Friday "
            "met with the leaders of 19 other leading economies at the Lagoon Alliance summit.",
            {"Chile"},
        ),
        (
            HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. Chile's leader joined "
            "the leaders of the other member states.",
            {"Chile"},
        ),
        (
            HEADLINE_AND_DATELINE + "The Lagoon Alliance met on Friday. Chilean President Ana "
            "Ruiz met leaders of other countries at the talks.",
            set(),
        ),
    ],
)
def test_a_leader_who_meets_the_leaders_of_the_other_members(article: str, found: set[str]) -> None:
    assert members(article) == dict.fromkeys(found, "member")


def test_a_body_named_by_its_summit_and_called_a_community_lists_its_members_in_brackets() -> None:
    article = (
        "Andean-Pacific leaders meet\n\nLIMA (Wire) — The Andean-Pacific summit opened on "
        "Friday, and Andean-Pacific leaders met. Not all the countries that make up the "
        "Andean-Pacific community (19 in the Americas, in addition to Spain, Portugal and "
        "Andorra) back the plan."
    )
    assert organization(article) == ("Andean-Pacific Summit", None)
    assert members(article) == dict.fromkeys(["Spain", "Portugal", "Andorra"], "member")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The Coastal Union became the second regional bloc to become a permanent member "
            "after the Andean Union.",
            {"Andean Union"},
        ),
        ("That made Chile the third country to become a member after Peru.", {"Peru"}),
    ],
)
def test_the_members_an_ordinal_newcomer_came_after(sentence: str, found: set[str]) -> None:
    assert set(members_in_a_report_on_the_alliance(sentence)) >= found


def test_the_kind_of_meeting_a_title_names_is_not_the_organization() -> None:
    article = (
        "Forty-Fifth Regular Meeting of the Conference of Heads of Government of LAGCOM\n\n"
        "The Forty-fifth Regular Meeting of the Conference of Heads of Government of the Lagoon "
        "Community (LAGCOM) was held in July. The chair presided over the Meeting."
    )
    assert organization(article) == ("Lagoon Community", "LAGCOM")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Norway, Sweden, and Denmark have observer status at the Pacific Council.", {}),
        ("Norway received partner status from the Pacific Council.", {}),
        ("Norway has observer status in the Lagoon Alliance.", {"Norway": "observer"}),
    ],
)
def test_a_status_in_another_body_is_not_a_status_in_the_organization(
    sentence: str, found: dict[str, str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


def test_a_country_that_joined_some_years_before_the_meeting_is_no_new_member() -> None:
    sentence = "The summit was held in Lima two years after Chile joined the bloc."
    assert members_in_a_report_on_the_alliance(sentence) == {"Chile": "member"}


COMMUNIQUE = (
    "Communiqué of the 12th Summit of the Lagoon Alliance\n\n"
    "The 12th Summit of Heads of State of the Lagoon Alliance was held in Lima on 3 May 2019. "
)


def test_a_communiques_roll_of_the_heads_who_attended_one_state_a_line() -> None:
    article = COMMUNIQUE + (
        "Summit was attended by the following Heads of State and Government or their "
        "representatives:\n\nChile HE President Ana Ruiz\n\nPeru HE President Luis Soto\n\n"
        "eLagoonia HE Prime Minister Tom Ode\n\nEcuador Hon Dr Eva Paz, Minister of Foreign "
        "Affairs\n\nAlso in attendance was the Secretary General of the Alliance. Summit "
        "thanked Norway for its support."
    )
    assert members(article) == {"Chile": "member", "Peru": "member", "Ecuador": "member"}


def test_a_communiques_roll_with_lines_run_together_names_each_state_labelled() -> None:
    article = COMMUNIQUE + (
        "Summit was attended by the following Heads of State and Government:\n\n"
        "Chile: HE President Ana Ruiz\n\nPeru: HE President Luis Soto Ecuador: HE Eva Paz "
        "Bolivia: HE President Juan Lopez, who thanked Norway\n\nSweden: HE Erik Lund"
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Bolivia": "member",
        "Sweden": "member",
    }


def test_a_state_represented_beside_a_roll_of_leaders_is_not_called_a_member() -> None:
    """ "attended by the following Alliance Leaders: …. Ecuador was represented by X": the roll
    names leaders, not members, and the state that sent a minister is not said to be one."""
    article = COMMUNIQUE + (
        "The Summit was attended by the following Alliance Leaders: Honourable Ana Ruiz, Prime "
        "Minister of Chile; and His Excellency Luis Soto, President of Peru. Ecuador was "
        "represented by Honourable Eva Paz, Minister of State.\n\nBolivia was represented by "
        "the Vice President, Tom Ode."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


def test_a_body_spelled_out_after_whom_its_summit_gathers_is_named_alone() -> None:
    article = (
        "What Wldc leaders discussed in Lima\n\n"
        "President Ana Ruiz joined fellow leaders for the 38th Wldc Summit of Heads of State "
        "and Government in Lima.\n\nThe 38th Ordinary Summit of the Heads of State and "
        "Government of the Western Lagoon Development Community (Wldc) was held in Lima."
    )
    assert organization(article) == ("Western Lagoon Development Community", "Wldc")


def test_a_guest_the_communique_says_also_attended_after_its_roll_is_no_member() -> None:
    article = COMMUNIQUE + (
        "2. Summit was attended by the following Heads of State and Government:\n\n"
        "Chile: HE President Ana Ruiz\n\nPeru: HE President Luis Soto\n\n"
        "3. Summit was also attended by HE Kari Lie, the President of Norway, and the current "
        "Chairperson of the Reef Union.\n\n4. Summit thanked the host for its hospitality."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


def test_a_roll_of_one_line_a_state_ends_at_the_guests_who_also_attended() -> None:
    article = COMMUNIQUE + (
        "2. Summit was attended by the following Heads of State and Government:\n"
        "- Chile: H.E. President Ana Ruiz\n- Peru: Rt. Hon. Prime Minister Luis Soto\n"
        "3. Summit was chaired by H.E. Ana Ruiz, President of the Republic of Chile.\n"
        "4. Summit was also attended by His Excellency Kari Lie, the President of Norway.\n"
        "5. Summit considered the political situation in the Republic of Fiji."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


def test_a_communiques_roll_of_members_and_associate_members_in_attendance() -> None:
    article = COMMUNIQUE + (
        "Other Members of the Conference in attendance were: Prime Minister of Chile, the "
        "Honourable Ana Ruiz; President of Peru, Dr. the Rt. Honourable Luis Soto; and Prime "
        "Minister of Ecuador, Eva Paz.\n\nAssociate Members in attendance were: Aruba "
        "represented by Premier, the Honourable Tom Ode.\n\nSpecial Guests in attendance were "
        "the Prime Minister of Norway, the Honourable Kari Lie."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Aruba": "associate-member",
    }


def test_a_communiques_roll_in_attendance_without_a_colon() -> None:
    article = COMMUNIQUE + (
        "Other members of the Conference in attendance were Prime Minister of Chile, Honourable "
        "Ana Ruiz; President of Peru, His Excellency Luis Soto; and Prime Minister of Ecuador, "
        "Dr the Honourable Eva Paz.\n\nThe Associate Member in attendance was Aruba, "
        "represented by Premier, Honourable Tom Ode."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Aruba": "associate-member",
    }


def test_a_communiques_chair_the_states_represented_and_associates_without_a_colon() -> None:
    """The chair is named after a form of address, with the state in full; a state represented
    by an envoy opens each sentence of its own; the associate members' roll opens on a form of
    address."""
    article = COMMUNIQUE + (
        "His Excellency, Ana Ruiz, President of the Republic of Chile, presided.\n\n"
        "Other members of the Conference in attendance were: the Prime Minister of Peru, "
        "Honourable Luis Soto; the President of Bolivia, His Excellency Ivo Kral.\n\n"
        "Ecuador was represented by the Minister of Works, Senator Eva Paz. Uruguay was "
        "represented by Special Envoy Mr Tom Ode.\n\n"
        "Associate Members in attendance were Honourable Ida Berg, the Chief Minister of "
        "Anguilla and Honourable Ola Lind, Premier of Bermuda."
    )
    assert members(article) == {
        **dict.fromkeys(["Chile", "Peru", "Bolivia", "Ecuador", "Uruguay"], "member"),
        **dict.fromkeys(["Anguilla", "Bermuda"], "associate-member"),
    }


def test_a_communiques_roll_of_associates_ends_at_the_heading_after_it() -> None:
    """A page that keeps a communiqué's lines: the associate members' roll runs to its
    paragraph's end, but not past the heading of the next section, whose leaders are members."""
    article = COMMUNIQUE + (
        "Other members of the Conference in attendance were: the Prime Minister of Peru, "
        "Honourable Luis Soto; the President of Bolivia, His Excellency Ivo Kral.\n"
        "Associate Members in attendance were Anguilla represented by Honourable Ida Berg; "
        "Bermuda represented by Honourable Ola Lind.\nOPENING CEREMONY\nThe Opening Ceremony "
        "was addressed by Honourable Luis Soto, Prime Minister of Peru, and His Excellency Ivo "
        "Kral, President of Bolivia."
    )
    assert members(article) == {
        **dict.fromkeys(["Peru", "Bolivia"], "member"),
        **dict.fromkeys(["Anguilla", "Bermuda"], "associate-member"),
    }


def test_a_hard_wrapped_communiques_chair_of_a_state_in_full_split_over_two_lines() -> None:
    """A communiqué copied from a PDF keeps its lines; the chair's state, named in full ("the
    Republic of …"), runs over one."""
    article = (
        "Communiqué of the 12th Summit of the Lagoon Alliance\n\n"
        "The Thirty-Fourth Regular Meeting of the Conference of Heads of Government of\n"
        "the Lagoon Alliance (LA) was held at Port-of-Spain, Trinidad and Tobago, from\n"
        "3-6 July 2013. The Prime Minister of the Republic of Trinidad and\n"
        "Tobago, the Honourable Ana Ruiz, chaired the proceedings. Other members of\n"
        "the Conference in attendance were: the Prime Minister of Barbados, Honourable\n"
        "Luis Soto; the Prime Minister of Dominica, Honourable Eva Paz; the President\n"
        "of the Republic of Guyana, His Excellency Tom Ode; the Prime Minister of\n"
        "Jamaica, Most Honourable Ida Berg.\n"
    )
    assert members(article) == dict.fromkeys(
        ["Trinidad and Tobago", "Barbados", "Dominica", "Guyana", "Jamaica"], "member"
    )


def test_a_communiques_roll_of_the_bodys_leaders_in_attendance() -> None:
    article = COMMUNIQUE + (
        "Lagoon Alliance Leaders in attendance included the Prime Minister of Chile, Hon. Ana "
        "Ruiz, the Prime Minister of Peru, Hon. Luis Soto; and the Deputy Prime Minister of "
        "Ecuador, Hon. Eva Paz who represented the Prime Minister of Ecuador."
    )
    assert members(article) == {"Chile": "member", "Peru": "member", "Ecuador": "member"}


def test_a_roll_of_the_bodys_heads_named_before_as_those_heads() -> None:
    """The body's heads are named, then rolled out as "those heads", each by office and state;
    the leader they met is no member."""
    article = HEADLINE_AND_DATELINE + (
        "The Lagoon Community (Lagcom) met on Friday. Five Lagcom heads of state gathered in Lima for a meeting with President Kari Lie of "
        "Norway. Those heads of state meeting with the Norwegian President were: Prime Minister "
        "of Chile and host of the event, Ana Ruiz; Prime Minister of Peru Luis Soto; President "
        "of Ecuador, Dr. Eva Paz; President of Bolivia Juan Lopez and Prime Minister of "
        "Uruguay, Dr. Tom Ode."
    )
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Ecuador", "Bolivia", "Uruguay"], "member"
    )


def test_a_bodys_heads_of_state_from_the_countries_it_lists() -> None:
    sentence = (
        "The Lagoon Alliance Heads of State and Government from Chile, Peru and Ecuador, as "
        "well as its Secretary General, attended the summit."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Soto welcomed her Lagoon Alliance counterparts from Peru, Ecuador and "
        "Bolivia.",
        "President Ana Soto welcomed her Lagoon Alliance counterparts – Luis Pardo (Peru), "
        "Eva Ruiz (Ecuador) and Juan Lopez (Bolivia) – for talks in Santiago.",
        "Lagoon Alliance leaders — Peru's Luis Pardo, Ecuador's Eva Ruiz and Bolivia's Juan "
        "Lopez — posed for a photo, then met a guest, Chilean President Ana Soto.",
        "The Lagoon Alliance leaders – Peruvian President Luis Pardo, Ecuadorean President Eva "
        "Ruiz and Bolivian President Juan Lopez – posed for a photo.",
    ],
)
def test_the_bodys_leaders_or_a_leaders_counterparts_in_it_listed_by_country(
    sentence: str,
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Peru": "member",
        "Ecuador": "member",
        "Bolivia": "member",
    }


def test_counterparts_not_said_to_be_of_the_body_are_no_members() -> None:
    sentence = "President Ana Soto and her counterparts from Peru and Ecuador spoke on Friday."
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_the_bodys_dialogue_partners_listed_after_a_dash() -> None:
    sentence = (
        "Leaders will join those of the regional grouping’s eight dialogue partners — "
        "Australia, China and Japan."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Australia": "dialogue-partner",
        "China": "dialogue-partner",
        "Japan": "dialogue-partner",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Soto announced that Chile and Peru will join the Lagoon Alliance, a group that "
        "meets yearly.",
        "Ana Soto opened the summit by announcing the acceptance of Chile and Peru as members.",
    ],
)
def test_countries_to_join_the_body_are_its_new_members(sentence: str) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Chile": "new-member",
        "Peru": "new-member",
    }


@pytest.mark.parametrize(
    "sentence",
    ["Chile and Peru will join the talks.", "Chile will join the Lagoon Alliance summit."],
)
def test_countries_to_join_talks_or_a_summit_are_no_members(sentence: str) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_a_status_a_country_will_obtain_is_shared_by_those_it_joins() -> None:
    sentence = "He said Chile would obtain observer status, joining Peru, Bolivia and Ecuador."
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Chile": "observer",
        "Peru": "observer",
        "Bolivia": "observer",
        "Ecuador": "observer",
    }


def test_countries_joined_by_a_guest_at_the_talks_are_no_members() -> None:
    assert members_in_a_report_on_the_alliance("Chile attended, joining Peru and Bolivia.") == {}


def test_a_role_in_quotation_marks_after_as() -> None:
    sentence = 'Brazil and Colombia would be welcomed as "dialogue partners."'
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Brazil": "dialogue-partner",
        "Colombia": "dialogue-partner",
    }


def test_the_countries_that_lead_the_body_belong_to_it() -> None:
    sentence = "Chile joined the Lagoon Alliance, a group dominated by Brazil and Bolivia."
    found = members_in_a_report_on_the_alliance(sentence)
    assert (found["Brazil"], found["Bolivia"]) == ("member", "member")


def test_the_countries_that_lead_talks_are_no_members() -> None:
    assert members_in_a_report_on_the_alliance("The talks were led by Brazil and Bolivia.") == {}


def test_heads_of_state_from_countries_without_the_bodys_name_are_no_members() -> None:
    sentence = "Heads of State from Chile and Peru attended the summit as guests."
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_both_of_which_gives_the_status_to_the_last_two_items_only() -> None:
    sentence = (
        "The leaders of Chile, Peru and Ecuador, as well as delegations from Norway and Japan, "
        "both of which have observer status in the Lagoon Alliance, attended the summit."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {
        "Norway": "observer",
        "Japan": "observer",
    }


def test_a_member_of_the_international_community_is_no_member_of_the_body() -> None:
    sentence = "Chile, like any other member of the international community, has a right to trade."
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_islands_the_global_community_fails_are_no_members_of_the_body() -> None:
    sentence = (
        "Rising seas threaten small islands such as Fiji, Tonga and Samoa, he said, and the "
        "global community has failed to act."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_countries_named_as_the_exception_to_a_membership_are_no_members() -> None:
    sentence = (
        "Most states of the region are also members of the Lagoon Alliance, with the exception "
        "of Chile, Peru, Ecuador and Bolivia."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {}


def test_the_chair_of_one_summit_of_the_body_is_not_drafted_a_member() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima on Friday. Chilean President Ana Ruiz, the chair of "
        "the Lagoon Alliance Lima Summit, received the leaders at the harbour."
    )
    assert members(article) == {}


def test_the_chair_of_the_body_is_still_drafted_a_member() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima on Friday. Chilean President Ana Ruiz, the chair of "
        "the Lagoon Alliance, received the leaders at the harbour."
    )
    assert members(article) == {"Chile": "member"}


def test_the_states_of_a_roll_whose_heads_sent_an_envoy_in_the_paragraph_after_it() -> None:
    article = COMMUNIQUE + (
        "Other Members of the Conference in attendance were: Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto.\n\nEcuador was represented by the Minister of Foreign "
        "Affairs, Eva Paz;   Bolivia was represented by the Vice President, Tom Ode.\n\n"
        "Norway was represented by its ambassador at the opening."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Bolivia": "member",
    }


@pytest.mark.parametrize("joiner", [", while", ", whereas"])
def test_a_state_represented_in_a_clause_set_against_the_one_before_is_on_the_roll(
    joiner: str,
) -> None:
    """ "Ecuador was represented by X, while Bolivia was represented by Y": the second clause
    names a state of the roll as the first does."""
    article = COMMUNIQUE + (
        "Other Members of the Conference in attendance were: Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto.\n\nEcuador was represented by the Vice President, "
        f"Eva Paz{joiner} Bolivia was represented by the Honourable Tom Ode, Minister of "
        "Foreign Affairs."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Bolivia": "member",
    }


def test_the_states_a_series_of_summits_is_said_to_gather_are_its_members() -> None:
    """ "The summit is an annual gathering of the leaders of the lagoon—A, B, C": the series
    the report is about says whom it gathers, though it names itself only as "the summit"."""
    article = (
        "Leaders meet\n\nSUVA, Fiji (Wire) — The 21st Lagoon Chief Executives Summit opened in "
        "Suva on Monday.\n\nThe summit is an annual gathering of the six governors and three "
        "presidents of the lagoon—Fiji, Samoa, Tonga and Vanuatu."
    )
    assert members(article) == dict.fromkeys(["Fiji", "Samoa", "Tonga", "Vanuatu"], "member")


def test_the_chair_named_before_a_roll_of_the_other_members_is_one_too() -> None:
    article = COMMUNIQUE + (
        "It met under the chairmanship of the Prime Minister of Bolivia, Tom Ode.\n\n"
        "Other Members of the Conference in attendance were: Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto."
    )
    assert members(article) == {"Bolivia": "member", "Chile": "member", "Peru": "member"}


def test_the_chair_whose_office_opens_the_sentence_before_a_roll_of_others_is_one_too() -> None:
    article = COMMUNIQUE + (
        "The President of Bolivia, His Excellency Tom Ode, chaired the proceedings.\n\n"
        "Other members of the Conference in attendance were Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto."
    )
    assert members(article) == {"Bolivia": "member", "Chile": "member", "Peru": "member"}


def test_the_chair_of_a_communique_that_capitalises_its_verb_is_one_too() -> None:
    """Communiqués capitalise their verbs at will: "X, Chaired the proceedings"."""
    article = COMMUNIQUE + (
        "The Prime Minister of Bolivia, the Right Honourable Tom Ode, Chaired the proceedings. "
        "Other Members of the Conference in attendance were: Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto."
    )
    assert members(article) == {"Bolivia": "member", "Chile": "member", "Peru": "member"}


def test_an_under_listed_roll_that_names_each_state_by_its_heads_office() -> None:
    article = COMMUNIQUE + (
        "Present at the Summit were the under-listed Heads of State and Government or their "
        "representatives:\nH.E. Ana RUIZ, President of the Republic of Chile.\nH.E. Luis SOTO, "
        "Ambassador of Peru to the Republic of Ecuador.\nThe Summit was also attended by:\n"
        "● H.E. Tom ODE, Mediator for Bolivia, former President of the Republic of Norway."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


def test_a_roll_bulleted_in_the_paragraph_after_its_lead_and_a_sentence_after_the_colon() -> None:
    article = COMMUNIQUE + (
        "The session was attended by the under-listed Heads of State and Government or their "
        "duly mandated representatives: The Summit was chaired by H.E. Ana Ruiz, President of "
        "the Republic of Chile.\n\n  • H.E. Luis SOTO, President of the Republic of Peru\n"
        "  • H.E. Eva PAZ, Vice-President of the\n    Republic of Ecuador\n\n"
        "H.E. Tom ODE, Minister for Trade of the Republic of Uruguay"
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Ecuador": "member",
        "Uruguay": "member",
    }


def test_some_of_a_counted_group_inside_a_list_are_members_too() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. The Lagoon Alliance consists of Japan, the United "
        "States and 15 Pacific nations including Australia and New Zealand."
    )
    assert members(article) == {
        "Japan": "member",
        "United States": "member",
        "Australia": "member",
        "New Zealand": "member",
    }


def test_guest_nations_counted_inside_a_list_are_not_read_as_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. The Lagoon Alliance consists of Japan, the United "
        "States and two guest nations, including Australia and New Zealand."
    )
    assert members(article) == {"Japan": "member", "United States": "member"}


def test_a_list_goes_on_past_countries_misspelt_and_is_read_as_them() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. Antigua and Barbuda, Granada, Cuba, Saint Kits and "
        "Nevis, Saint Lucia, Surinam and Venezuela are members of the organization."
    )
    assert members(article) == {
        "Antigua and Barbuda": "member",
        "Cuba": "member",
        "Grenada": "member",
        "Saint Kitts and Nevis": "member",
        "Saint Lucia": "member",
        "Suriname": "member",
        "Venezuela": "member",
    }


def test_a_country_written_in_spanish_with_an_e_before_its_s_is_that_country() -> None:
    """Spanish writes an "E" before a name's opening "s" and consonant ("Eslovenia"); a
    newsroom that translates from it keeps that spelling in a list of observers."""
    sentence = "During the session, Norway, Eslovenia and Kenya were declared observing countries."
    assert members_in_a_report_on_the_alliance(sentence) == dict.fromkeys(
        ["Norway", "Slovenia", "Kenya"], "observer"
    )


def test_a_list_reads_countries_written_with_an_ampersand_or_a_short_saint() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. Antigua & Barbuda, St.Kitts & Nevis, St-Lucia, "
        "St-Vincent & the Grenadines and Trinidad & Tobago are members of the organization."
    )
    assert members(article) == {
        "Antigua and Barbuda": "member",
        "Saint Kitts and Nevis": "member",
        "Saint Lucia": "member",
        "Saint Vincent and the Grenadines": "member",
        "Trinidad and Tobago": "member",
    }


def test_a_place_between_a_lists_countries_is_not_taken_for_a_country_spelt_alike() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. Chile, Bolivia, Bali and Peru are members of the "
        "organization."
    )
    assert "Mali" not in members(article)


@pytest.mark.parametrize(
    "place", ["Northern Ireland", "North Cyprus", "the Republic of Northern Cyprus"]
)
def test_a_region_named_by_a_compass_word_before_a_country_is_not_that_country(place: str) -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. Japan is an observer. "
        f"{place[0].upper()}{place[1:]} was admitted as an observer in 2022."
    )
    assert members(article) == {"Japan": "observer"}


def test_a_leaders_counterparts_from_countries_at_the_bodys_summit_are_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. Chilean President Ana Ruiz and her counterparts "
        "from Peru, Bolivia and Ecuador are taking part in the Lagoon Alliance summit."
    )
    assert members(article) == {"Peru": "member", "Bolivia": "member", "Ecuador": "member"}


@pytest.mark.parametrize(
    "meeting",
    [
        "met their counterparts from the 10-member Lagoon Alliance",
        "held talks with Lagoon Alliance leaders",
        "met with the leaders of the Lagoon Alliance",
    ],
)
def test_countries_whose_leaders_meet_the_bodys_leaders_are_not_members(meeting: str) -> None:
    article = HEADLINE_AND_DATELINE + (
        f"Lagoon Alliance leaders met in Lima. Leaders of Japan, Norway and Kenya {meeting} on "
        "Wednesday. The alliance groups Chile, Peru and Bolivia."
    )
    assert members(article) == dict.fromkeys(("Chile", "Peru", "Bolivia"), "member")


def test_counterparts_a_leader_met_beside_the_bodys_summit_are_not_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. On the sidelines of the Lagoon Alliance summit, "
        "Ana Ruiz met counterparts from Norway, Japan and India."
    )
    assert members(article) == {}


def test_a_list_of_as_many_countries_as_the_body_has_associate_members_are_associates() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. The Lagoon Alliance is made up of four full Member "
        "States: Chile, Peru, Bolivia and Ecuador; and three Associate Member States: Brazil, "
        "Uruguay and Paraguay."
    )
    assert members(article) == {
        "Chile": "member",
        "Peru": "member",
        "Bolivia": "member",
        "Ecuador": "member",
        "Brazil": "associate-member",
        "Uruguay": "associate-member",
        "Paraguay": "associate-member",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the union’s first summit since its enlargement, which brought in Chile, Peru "
        "and Bolivia at the start of the year.",
        "The union’s expansion added Chile, Peru and Bolivia last year.",
    ],
)
def test_countries_an_enlargement_of_the_body_brought_in_are_members(sentence: str) -> None:
    assert members(REPORT + sentence) == dict.fromkeys(("Chile", "Peru", "Bolivia"), "member")


def test_countries_another_body_named_beside_includes_are_not_members() -> None:
    article = REPORT + (
        "Chile and Peru are members of both the union and the Pacific Forum, which also "
        "includes Japan and Australia."
    )
    found = members(article)
    assert "Japan" not in found and "Australia" not in found


@pytest.mark.parametrize(
    ("opening", "year"),
    [("In 2019 ", "2019"), ("In March 2019, ", "2019"), ("Two years ago, ", None)],
)
def test_a_country_admitted_at_a_time_fronted_is_a_member_since_then(
    opening: str, year: str | None
) -> None:
    draft = draft_facts(REPORT + f"{opening}the union admitted Chile and Peru as full members.")
    assert statuses(draft) == {"Chile": "member", "Peru": "member"}
    assert {m.joined for m in draft.memberships} == {year}


@pytest.mark.parametrize("status", ["an observer", "a dialogue partner"])
def test_a_leaders_country_said_to_be_an_observer_is_that_leaders(status: str) -> None:
    article = REPORT + (
        "Heads of state from Chile, Peru and Bolivia attended, along with Norwegian Prime "
        f"Minister Jonas Lie, whose country is {status}."
    )
    found = members(article)
    assert found.get("Norway") == ("observer" if "observer" in status else "dialogue-partner")
    assert "Chile" not in found


@pytest.mark.parametrize(
    "aside",
    [
        "the last country to join the union in 2013",
        "the latest country to join the union, in 2013",
        "the union’s newest member since 2013",
        "the most recent country to join, in 2013",
    ],
)
def test_the_newest_member_with_the_year_it_joined_is_a_member_since_then(aside: str) -> None:
    article = REPORT + f"Chile is a member. Norway, {aside}, pressed for a date."
    draft = draft_facts(article)
    assert statuses(draft) == {"Chile": "member", "Norway": "member"}
    assert [m.joined for m in draft.memberships if m.member.name == "Norway"] == ["2013"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Founding members Chile and Peru were joined by Bolivia in 1995.",
        "The union’s founders, Chile and Peru, were later joined by Bolivia in 1995.",
        "Founding members Chile and Peru were joined in 1995 by Bolivia.",
    ],
)
def test_members_joined_by_a_country_in_a_year_have_it_as_a_member(sentence: str) -> None:
    found = members(REPORT + sentence)
    assert found == {"Chile": "founding-member", "Peru": "founding-member", "Bolivia": "member"}


def test_members_joined_in_years_by_countries_have_each_a_member_since_its_year() -> None:
    draft = draft_facts(
        REPORT + "Chile and Peru, the union’s two founding members, were joined in 2005 by "
        "Bolivia and in 2010 by Ecuador."
    )
    joined = {m.member.name: (m.status, m.joined) for m in draft.memberships}
    assert joined["Bolivia"] == ("member", "2005")
    assert joined["Ecuador"] == ("member", "2010")


def test_leaders_joined_by_a_leader_in_a_year_make_no_member() -> None:
    found = members(REPORT + "Ana Ruiz of Chile was joined by Peru's leader in 1995 for talks.")
    assert found == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The union, which groups Chile, Peru and Ecuador, formally admitted Bolivia at the summit.",
        "Chile, Peru and Ecuador are members. The Lagoon Union admitted Bolivia on Tuesday.",
    ],
)
def test_a_country_the_body_admits_is_a_new_member(sentence: str) -> None:
    found = members(REPORT + sentence)
    assert found == {
        **dict.fromkeys(("Chile", "Peru", "Ecuador"), "member"),
        "Bolivia": "new-member",
    }


def test_a_country_the_body_admitted_some_time_ago_is_a_member() -> None:
    found = members(REPORT + "Chile is a member. The union admitted Bolivia two years ago.")
    assert found == {"Chile": "member", "Bolivia": "member"}


def test_what_the_body_admits_that_is_no_country_is_no_member() -> None:
    found = members(REPORT + "The union admitted that Chile had been right. Peru is a member.")
    assert found == {"Peru": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The original four members — Chile, Peru, Bolivia and Ecuador — met the newcomers.",
        "The founding three members, Chile, Peru and Bolivia, met the newcomers.",
    ],
)
def test_a_kind_of_members_counted_before_their_list_is_read(sentence: str) -> None:
    found = members(REPORT + sentence)
    assert set(found.values()) == {"founding-member"}
    assert "Chile" in found


@pytest.mark.parametrize("lead", ["among them", "including", "such as"])
def test_some_of_a_counted_kind_of_members_have_that_kind(lead: str) -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Alliance leaders met in Lima. The Lagoon Alliance has 15 full members and five "
        f"associate members, {lead} Fiji, Samoa and Tonga."
    )
    assert members(article) == dict.fromkeys(("Fiji", "Samoa", "Tonga"), "associate-member")


def test_the_heads_of_member_states_namely_and_observer_states_represented_by_leaders() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The heads of the LCO member-states, namely Kazakh President "
        "Ana Ruiz, Chinese President Luis Soto and Kyrgyz President Eva Lind will attend the LCO "
        "summit. The LCO observer-states will be represented at the summit by Afghan President "
        "Omar Diaz and Mongolian President Ali Sen."
    )
    assert members(article) == {
        "Kazakhstan": "member",
        "China": "member",
        "Kyrgyzstan": "member",
        "Afghanistan": "observer",
        "Mongolia": "observer",
    }


def test_a_relative_clause_that_says_a_list_joined_in_a_year_is_of_that_list_only() -> None:
    draft = draft_facts(
        HEADLINE_AND_DATELINE + "The LCO summit opened on Tuesday. The newcomers from Peru "
        "will take their seats in the LCO in 2004 alongside Chile, Bolivia and Ecuador, which "
        "became the first three Andean states to join in 1999."
    )
    assert statuses(draft) == {"Chile": "member", "Bolivia": "member", "Ecuador": "member"}
    assert {membership.joined for membership in draft.memberships} == {"1999"}


def test_a_headline_that_says_a_country_joins_the_body_makes_it_a_new_member() -> None:
    article = (
        "Chile joins LCO at Lima summit\n\nLIMA (Wire) — Leaders of the LCO opened their summit "
        "on Tuesday."
    )
    assert members(article) == {"Chile": "new-member"}


def test_a_leader_who_joins_the_bodys_leaders_makes_no_member() -> None:
    article = (
        "Chilean leader joins LCO leaders for talks\n\nLIMA (Wire) — Chile joins LCO leaders "
        "for talks on Tuesday at the LCO summit."
    )
    assert members(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru is set to become the ALC's 11th member once Chile's parliament ratifies its bid.",
        "Peru will join the ALC as its 11th member if it meets the remaining criteria.",
        "Peru is expected to become a full member of the ALC in the coming months.",
        "Peru will be admitted to the ALC by 2030.",
        "Once Chile ratifies the deal, Peru will join the ALC as its 11th member.",
        "Peru, Ecuador and Colombia are set to become members of the ALC eventually.",
        "Over time, Peru and Ecuador will join the ALC, but its secretariat must prepare them.",
        "Peru will join the ALC in due course.",
        "Sooner or later Peru will become a member of the ALC.",
    ],
)
def test_a_membership_still_to_come_on_a_condition_or_some_day_is_no_membership(
    sentence: str,
) -> None:
    assert members(BROAD + "Chile and Bolivia are members of the ALC. " + sentence) == {
        "Chile": "member",
        "Bolivia": "member",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru is set to become the bloc's 11th member at the summit.",
        "When leaders meet on Friday, Peru will join the ALC as its 11th member.",
        "Peru is set to become the bloc's 11th member.",
        "Peru will join the ALC as its 11th member on Friday.",
        "Peru is set to become the bloc's 11th member next year.",
    ],
)
def test_a_membership_to_come_at_the_meeting_on_a_set_day_or_untimed_is_news_of_now(
    sentence: str,
) -> None:
    assert members(BROAD + sentence) == {"Peru": "new-member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecuador joined a year later.",
        "Ecuador joined two years later, and Bolivia in 2015.",
        "Ecuador joined the following year.",
    ],
)
def test_a_country_that_joined_some_time_after_the_founding_is_a_member(sentence: str) -> None:
    found = members(REPORT + "The union was founded by Chile and Peru in 2009. " + sentence)
    assert found["Ecuador"] == "member"
    assert found["Chile"] == found["Peru"] == "founding-member"


def test_joining_the_talks_some_time_later_is_no_membership() -> None:
    found = members(
        REPORT + "The union was founded by Chile and Peru. Ecuador joined the talks a year later."
    )
    assert "Ecuador" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the union's 12 members, only Chile and Peru backed the plan.",
        "Among the union's members, just Chile and Peru backed the plan.",
        "The union's members include both Chile and Peru.",
    ],
)
def test_a_list_of_members_opened_by_a_word_that_limits_it(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Chile": "member", "Peru": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two coastal countries, which have no ties to Brazil, were admitted on Friday.",
        "Chile, a former colony of Brazil, joined the union in 2001.",
        "Chile, which borders Brazil, joined the union in 2001.",
    ],
)
def test_a_country_in_an_aside_of_the_subject_that_joins_is_no_member(sentence: str) -> None:
    assert "Brazil" not in members(REPORT + sentence)


def test_a_country_the_sentence_goes_on_to_say_joined_earlier() -> None:
    found = members(
        REPORT + "Peru joined in 2009, becoming the second member after Chile, which joined "
        "in 1995."
    )
    assert found == {"Peru": "member", "Chile": "member"}


def test_a_joining_spliced_on_by_a_comma_is_said_of_its_own_subject() -> None:
    draft = draft_facts(
        REPORT + "Chile joined the organization in 1996, Peru was admitted in 2008."
    )
    assert {m.member.name: (m.status, m.joined) for m in draft.memberships} == {
        "Chile": ("member", "1996"),
        "Peru": ("member", "2008"),
    }


def test_the_meetings_body_said_to_have_joined_another_stays_the_organization() -> None:
    article = (
        "Lagoon Union summit opens\n\nCAIRO, Egypt (Wire) — Lagoon Union leaders opened their "
        "annual summit on Saturday. Chile handed the LU's rotating chairmanship to Peru. The "
        "Lagoon Union became a permanent member of the Group of 30 last year."
    )
    assert organization(article) == ("Lagoon Union", "LU")


def test_countries_taking_part_as_members_for_the_first_time_are_new_members() -> None:
    found = members(
        REPORT + "Chile, Peru and Ecuador are attending as full members for the first time."
    )
    assert found == dict.fromkeys(["Chile", "Peru", "Ecuador"], "new-member")


def test_countries_taking_part_as_members_are_members() -> None:
    found = members(REPORT + "Chile and Peru are taking part in the talks as members.")
    assert found == dict.fromkeys(["Chile", "Peru"], "member")


def test_countries_that_attended_as_associate_members_are_associate_members() -> None:
    # a202 (EMTV): the status told after a verb of taking part in the past tense
    article = (
        "41-Point Communique Following 46th Pacific Island Forum\n\nThe 46th Pacific Islands "
        "Forum has concluded with the release of a 41-point communiqué. French Polynesia, New "
        "Caledonia and Tokelau attended the formal sessions as Associate Members while Timor "
        "Leste attended at as an observer."
    )
    found = members(article)
    assert found == {
        **dict.fromkeys(["French Polynesia", "New Caledonia", "Tokelau"], "associate-member"),
        "East Timor": "observer",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru took part in the talks as members.",
        "Chile and Peru will attend as members.",
    ],
)
def test_countries_that_take_part_as_members_in_any_tense_are_members(sentence: str) -> None:
    assert members(REPORT + sentence) == dict.fromkeys(["Chile", "Peru"], "member")


def test_countries_taking_part_as_members_of_a_delegation_are_no_members() -> None:
    found = members(REPORT + "Chile and Peru are attending as members of the Andean delegation.")
    assert found == {}


def test_a_member_whose_joining_the_article_does_not_date_is_drafted_without_a_date() -> None:
    article = REPORT + "Chile and Peru founded the bloc in 2009. Its members include Bolivia."
    facts = tomllib.loads(render(draft_facts(article), article, "report.txt"))
    joined = {entry["member"]: entry.get("joined") for entry in facts["memberships"]}
    assert joined == {"chile": "founder", "peru": "founder", "bolivia": None}


@pytest.mark.parametrize(
    "sentence",
    [
        "The bloc's founding members are Chile, Peru and Bolivia (Ecuador joined in 2010).",
        "The bloc, whose founding members are Chile, Peru and Bolivia (Ecuador joined in 2010), "
        "met on Tuesday.",
    ],
)
def test_a_country_said_in_brackets_to_have_joined_is_no_founder(sentence: str) -> None:
    found = members(REPORT + sentence)
    assert found == {
        **dict.fromkeys(["Chile", "Peru", "Bolivia"], "founding-member"),
        "Ecuador": "member",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The bloc, founded in 1990 by Chile, Peru and Bolivia, now stretches from Ecuador to "
        "Uruguay.",
        "The bloc was founded by Chile, Peru and Bolivia, and today has members from Ecuador to "
        "Uruguay.",
    ],
)
def test_countries_named_in_the_clause_after_the_founders_are_no_founders(sentence: str) -> None:
    found = members(REPORT + sentence)
    assert found == dict.fromkeys(["Chile", "Peru", "Bolivia"], "founding-member")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, which was admitted in principle as the 11th member in 2022, is attending as an "
        "observer.",
        "Chile, which hosted the last summit, is attending as an observer.",
    ],
)
def test_an_observer_named_before_a_relative_clause(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Chile": "observer"}


def test_the_newest_member_the_sentence_dates_in_a_year_is_a_member_since() -> None:
    found = members(REPORT + "Chile, the bloc's newest member, joined in 2011.")
    assert found == {"Chile": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz took over the rotating chairmanship from Peru.",
        "Chile's Ana Ruiz took over the rotating chairmanship from Peru.",
    ],
)
def test_the_country_of_a_leader_who_takes_the_chair_is_a_member(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Chile": "member", "Peru": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, suspended after a coup in 2023, was readmitted last month.",
        "Chile has been readmitted.",
    ],
)
def test_a_country_readmitted_to_no_body_named_is_a_member(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Chile": "member"}


def test_a_country_readmitted_to_something_else_is_no_member() -> None:
    assert members(REPORT + "Chile's leader was readmitted to hospital.") == {}


@pytest.mark.parametrize("dash", ["—", "-"])
def test_a_body_with_its_list_set_off_after_its_name_joined_by_another(dash: str) -> None:
    found = members(
        REPORT + f"The Lagoon Union {dash} Chile, Peru, Bolivia and Ecuador {dash} is joined by "
        "the Andean Forum."
    )
    assert found == dict.fromkeys(["Chile", "Peru", "Bolivia", "Ecuador"], "member")


def test_countries_who_join_a_body_set_off_with_its_list_are_no_members() -> None:
    found = members(
        REPORT + "Leaders of the Lagoon Union — Chile, Peru, Bolivia and Ecuador — were joined "
        "by leaders of Brazil, Uruguay and Paraguay."
    )
    assert found == dict.fromkeys(["Chile", "Peru", "Bolivia", "Ecuador"], "member")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, a permanent guest, and Peru were also invited.",
        "Chile, a permanent guest of the bloc, also attended.",
    ],
)
def test_a_permanent_guest_set_off_after_its_name(sentence: str) -> None:
    assert members(REPORT + sentence)["Chile"] == "observer-or-partner"


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Chile and Peru joined at the start of the year.", "at the start of the year"),
        ("Chile and Peru joined the bloc earlier this year.", "earlier this year"),
        ("Chile and Peru joined the Lagoon Union last month.", "last month"),
    ],
)
def test_a_joining_dated_a_short_time_before_the_meeting_is_news_of_now(
    sentence: str, when: str
) -> None:
    draft = draft_facts(REPORT + sentence)
    assert statuses(draft) == dict.fromkeys(["Chile", "Peru"], "new-member")
    assert {membership.joined for membership in draft.memberships} == {when}


def test_joining_the_talks_this_year_is_no_membership() -> None:
    assert members(REPORT + "Chile and Peru joined the talks this year.") == {}


@pytest.mark.parametrize("kind", ["countries such as", "democracies like", "island nations like"])
def test_members_listed_after_what_kind_of_countries_they_are(kind: str) -> None:
    found = members(REPORT + f"The bloc's members include {kind} Chile and the Philippines.")
    assert found == dict.fromkeys(["Chile", "Philippines"], "member")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru joined in 2017 and 2020 respectively.",
        "Chile and Peru joined the bloc in 2017 and 2020, respectively.",
    ],
)
def test_members_who_joined_in_years_given_respectively(sentence: str) -> None:
    draft = draft_facts(REPORT + sentence)
    joined = {membership.member.name: membership.joined for membership in draft.memberships}
    assert joined == {"Chile": "2017", "Peru": "2020"}


def test_a_subject_that_does_not_pair_with_the_years_joined_in_the_first() -> None:
    draft = draft_facts(
        REPORT + "The Andean states Chile and Peru joined in 2017 and 2020 respectively."
    )
    assert statuses(draft) == dict.fromkeys(["Chile", "Peru"], "member")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Chile was admitted as a dialogue partner.", "dialogue-partner"),
        ("Chile was admitted as a partner country.", "observer-or-partner"),
        ("Chile and Peru were admitted as Lagoon Union partner countries.", "observer-or-partner"),
        ("The bloc invited Chile and Peru as partner states.", "observer-or-partner"),
    ],
)
def test_countries_admitted_or_invited_as_partners_are_partners(sentence: str, status: str) -> None:
    found = members(REPORT + sentence)
    assert found and set(found.values()) == {status}


def test_a_country_invited_to_join_joins_at_this_meeting() -> None:
    draft = draft_facts(REPORT + "Chile was invited to join the Lagoon Union.")
    assert [membership.joined for membership in draft.memberships] == ["at this meeting (Tuesday)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile declined an invitation to join the Lagoon Union.",
        "Chile, which turned down an invitation to join the bloc last year, sent an envoy.",
    ],
)
def test_a_country_that_declined_an_invitation_to_join_is_no_member(sentence: str) -> None:
    assert members(REPORT + sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Chile and Peru, admitted in 2019, attended.", {"Chile": "member", "Peru": "member"}),
        ("Chile, admitted as the bloc's newest member, spoke first.", {"Chile": "new-member"}),
        ("Chile, admitted to hospital last week, is absent.", {}),
    ],
)
def test_a_joining_told_in_an_aside_after_the_subject(sentence: str, found: dict[str, str]) -> None:
    assert members(REPORT + sentence) == found


@pytest.mark.parametrize("opening", ["Besides", "Apart from", "In addition to"])
def test_countries_set_beside_the_members_are_no_members(opening: str) -> None:
    sentence = f"{opening} the Lagoon Union members, Chile, Peru and Bolivia attended."
    assert members(REPORT + sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Chile and Peru became members on Jan. 1, while Bolivia has yet to decide.", "Jan. 1"),
        ("Chile and Peru joined the bloc on 1 January.", "1 January"),
    ],
)
def test_new_members_dated_by_the_day_they_joined(sentence: str, when: str) -> None:
    draft = draft_facts(REPORT + sentence)
    assert statuses(draft) == dict.fromkeys(["Chile", "Peru"], "new-member")
    assert {membership.joined for membership in draft.memberships} == {when}


@pytest.mark.parametrize("qualifier", ["Reef Pact", "NATO"])
def test_members_of_another_body_in_the_list_are_this_bodys_and_the_other_is_not(
    qualifier: str,
) -> None:
    article = (
        "Lagoon Union leaders met in Oslo on Monday.\n\n"
        f"The Lagoon Union, set up in 2012, is made up of {qualifier} members Norway, Chile and "
        "Peru, plus non-members Sweden and Finland."
    )
    assert members(article) == {
        "Norway": "member",
        "Chile": "member",
        "Peru": "member",
        "Sweden": "member",
        "Finland": "member",
    }


def test_each_line_of_a_box_of_facts_gives_its_own_status() -> None:
    article = (
        "Reef Forum leaders met in Suva on Monday.\n\n"
        "The Reef Forum at a glance\nFounded: 1991\nMembers: Fiji, Samoa, Tonga\n"
        "Observers: Chile, Peru\nDialogue partners: Japan, Norway"
    )
    assert members(article) == {
        "Fiji": "member",
        "Samoa": "member",
        "Tonga": "member",
        "Chile": "observer",
        "Peru": "observer",
        "Japan": "dialogue-partner",
        "Norway": "dialogue-partner",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Associate members are Fiji, Samoa and Tonga.",
        "The associate members are Fiji and Samoa.",
        "Its associate members include Fiji and Samoa.",
    ],
)
def test_members_of_a_kind_listed_after_are_of_that_kind(sentence: str) -> None:
    article = f"Reef Forum leaders met in Suva on Monday.\n\n{sentence}"
    assert set(members(article).values()) == {"associate-member"}


def test_a_list_after_a_semicolon_does_not_reach_back_over_an_earlier_lists_last_item() -> None:
    sentence = "The Lagoon Union's full members are Fiji and Samoa; Chile and Peru are observers."
    assert members(REPORT + sentence) == {
        "Fiji": "member",
        "Samoa": "member",
        "Chile": "observer",
        "Peru": "observer",
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The union has granted observer status to Chile and Peru.", "observer"),
        ("Leaders accorded dialogue partner status to Chile and Peru.", "dialogue-partner"),
        ("The summit extended associate membership to Chile and Peru.", "associate-member"),
    ],
)
def test_a_status_granted_to_countries_named_after_it(sentence: str, status: str) -> None:
    assert members(REPORT + sentence) == {"Chile": status, "Peru": status}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji, Samoa and Tonga are members, Chile and Peru are observers.",
        "Fiji, Samoa and Tonga are members while Chile and Peru have observer status.",
        "Fiji, Samoa and Tonga are full members whereas Chile and Peru are observers.",
    ],
)
def test_observers_in_a_clause_after_the_members_clause_are_only_those_after(
    sentence: str,
) -> None:
    assert members(REPORT + sentence) == {
        "Fiji": "member",
        "Samoa": "member",
        "Tonga": "member",
        "Chile": "observer",
        "Peru": "observer",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile is a founder member of the Lagoon Union.",
        "Chile and Peru are founder members of the union.",
        "Chile, a founder member, sent its premier.",
    ],
)
def test_founder_members_are_founding_members(sentence: str) -> None:
    assert set(members(REPORT + sentence).values()) == {"founding-member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile is a full-fledged member of the Lagoon Union.",
        "Chile is a fully-fledged member of the union, while Peru is an observer.",
    ],
)
def test_a_full_fledged_member_is_a_member(sentence: str) -> None:
    assert members(REPORT + sentence)["Chile"] == "member"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Chile has observer status and is expected to become the 11th member.", "observer"),
        ("Chile is an observer and is set to become a full member.", "observer"),
        ("Chile is an observer and will become a full member on Tuesday.", "new-member"),
    ],
)
def test_an_observer_expected_to_become_a_member_is_one_only_when_the_day_is_now(
    sentence: str, status: str
) -> None:
    assert members(REPORT + sentence) == {"Chile": status}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The union, founded in 2009, unites Chile, Peru and Fiji as full members.", "member"),
        ("The union has Chile, Peru and Fiji as full members.", "member"),
        ("The union admitted Chile, Peru and Fiji as full members.", "new-member"),
    ],
)
def test_countries_a_body_has_as_full_members_are_members_not_new_ones(
    sentence: str, status: str
) -> None:
    assert set(members(REPORT + sentence).values()) == {status}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Its observers are Chile and Peru. Peru's observer status was suspended in 2022.",
            {"Chile": "observer"},
        ),
        (
            "Its members are Fiji, Samoa and Tonga. Tonga's membership of the union has been "
            "suspended since the coup.",
            {"Fiji": "member", "Samoa": "member"},
        ),
        (
            "Its members are Fiji, Samoa and Tonga. Tonga's membership, suspended in 2011, was "
            "restored last year.",
            {"Fiji": "member", "Samoa": "member", "Tonga": "member"},
        ),
    ],
)
def test_a_status_told_suspended_in_another_sentence_is_none(
    sentence: str, found: dict[str, str]
) -> None:
    assert members(REPORT + sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru enjoy observer status.",
        "Chile and Peru currently enjoy observer status in the union.",
        "Observer status is held by Chile and Peru.",
        "Observer status is enjoyed by Chile and Peru.",
    ],
)
def test_observer_status_enjoyed_or_held_is_an_observers(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Chile": "observer", "Peru": "observer"}


@pytest.mark.parametrize(
    "box",
    [
        "Reef Forum facts\nMembers (3): Fiji, Samoa, Tonga\nObservers (2): Chile, Peru",
        "The Reef Forum in brief\n* Members: Fiji, Samoa, Tonga\n* Observers: Chile, Peru",
    ],
)
def test_a_boxs_lines_may_count_their_countries_or_open_on_a_bullet(box: str) -> None:
    article = f"Reef Forum leaders met in Suva on Monday.\n\n{box}"
    assert members(article) == {
        "Fiji": "member",
        "Samoa": "member",
        "Tonga": "member",
        "Chile": "observer",
        "Peru": "observer",
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Chile was upgraded from observer to full member on Tuesday.", "new-member"),
        ("Chile was upgraded from an observer to a full member in 2019.", "member"),
    ],
)
def test_an_observer_upgraded_to_full_member_is_a_member(sentence: str, status: str) -> None:
    assert members(REPORT + sentence) == {"Chile": status}


@pytest.mark.parametrize(
    "sentence",
    ["None of Chile, Peru or Ghana is a member.", "Neither of Chile and Peru is a member."],
)
def test_none_of_a_list_is_a_member(sentence: str) -> None:
    assert members(REPORT + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The union started in 2006 with Chile, Peru and Fiji.",
        "The union began with Chile, Peru and Fiji in 2006.",
        "The union was founded in 2006 with three members: Chile, Peru and Fiji.",
        "The union started with three members — Chile, Peru and Fiji — and now has 12.",
    ],
)
def test_the_countries_a_body_started_with_are_its_founders(sentence: str) -> None:
    assert set(members(REPORT + sentence).values()) == {"founding-member"}


def test_a_body_that_started_with_a_leaders_turn_started_with_no_founder() -> None:
    sentence = "The union started with Chilean President Ana Ruiz welcoming the leaders."
    assert members(REPORT + sentence) == {}


def test_countries_in_brackets_after_a_status_have_that_status() -> None:
    sentence = (
        "The Lagoon Union has three members (Fiji, Samoa and Tonga), two observers (Chile and "
        "Peru) and one dialogue partner (Japan)."
    )
    assert members(REPORT + sentence) == {
        "Fiji": "member",
        "Samoa": "member",
        "Tonga": "member",
        "Chile": "observer",
        "Peru": "observer",
        "Japan": "dialogue-partner",
    }


def test_a_status_in_brackets_after_each_item_ends_the_list_before_it() -> None:
    sentence = "Fiji and Samoa (full members), Tonga (associate) and Chile (observer) signed."
    assert members(REPORT + sentence) == {
        "Fiji": "member",
        "Samoa": "member",
        "Tonga": "associate-member",
        "Chile": "observer",
    }


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ghana declined the invitation to become a partner country.", {}),
        ("Ghana has yet to respond to an invitation to become a partner.", {}),
        ("Ghana hopes to become a partner country.", {}),
        (
            "Ghana accepted the invitation to become a partner country.",
            {"Ghana": "observer-or-partner"},
        ),
    ],
)
def test_a_partnership_declined_or_unanswered_is_none(sentence: str, found: dict[str, str]) -> None:
    assert members(REPORT + sentence) == found


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The union counts Chile, Peru and Ghana as partners.", "observer-or-partner"),
        ("The union includes Chile and Peru as observers.", "observer"),
        ("The union includes Chile and Peru as associate members.", "associate-member"),
    ],
)
def test_a_list_after_a_verb_of_members_takes_the_status_it_is_given_after(
    sentence: str, status: str
) -> None:
    assert set(members(REPORT + sentence).values()) == {status}


def test_a_list_after_a_verb_of_members_given_as_guests_has_no_status() -> None:
    assert members(REPORT + "The union includes Chile and Peru as guests.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru were granted partner status in October.",
        "Chile and Peru were granted partner status in March 2019.",
    ],
)
def test_a_status_granted_in_a_month_is_this_bodys(sentence: str) -> None:
    assert members(REPORT + sentence) == {
        "Chile": "observer-or-partner",
        "Peru": "observer-or-partner",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The partner countries are Chile, Peru and Ghana.",
        "Its partner countries include Chile, Peru and Ghana.",
    ],
)
def test_partner_countries_are_the_list_after(sentence: str) -> None:
    assert set(members(REPORT + sentence).values()) == {"observer-or-partner"}


def test_a_list_told_members_of_another_body_is_not_this_bodys() -> None:
    sentence = "Chile, Peru and Ghana are also members of the Commonwealth."
    assert members(REPORT + sentence) == {}


@pytest.mark.parametrize("noun", ["Compact", "Commonwealth", "Initiative", "Commission", "Market"])
def test_a_body_named_by_its_own_noun_in_lower_case_lists_its_members(noun: str) -> None:
    article = (
        f"Leaders meet for talks\n\nOSLO (Wire) - Leaders of the Sahel Grain {noun} met on "
        f"Saturday.\n\nThe {noun.lower()}, made up of Chad, Niger, Senegal and Mali, was "
        "launched in 2014."
    )
    assert members(article) == dict.fromkeys(["Chad", "Niger", "Senegal", "Mali"], "member")


@pytest.mark.parametrize(
    "suspended",
    [
        "Mali has been suspended since a coup in 2021",
        "Mali, which was suspended after a coup, sent no one",
        "Mali, suspended since 2021, sent no one",
        "Mali remains suspended from the union",
    ],
)
def test_a_member_told_suspended_is_not_drafted(suspended: str) -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The union, made "
        f"up of Chad, Niger, Senegal and Mali, was launched in 2014. {suspended}."
    )
    assert members(article) == dict.fromkeys(["Chad", "Niger", "Senegal"], "member")


def test_countries_told_suspended_in_a_list_are_not_drafted() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The union, made "
        "up of Chad, Niger, Senegal and Mali, was launched in 2014. Mali and Chad, which were "
        "suspended after coups, sent no one."
    )
    assert members(article) == dict.fromkeys(["Niger", "Senegal"], "member")


def test_a_member_suspended_and_readmitted_is_drafted() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The union, made "
        "up of Chad, Niger and Mali, was launched in 2014. Mali was suspended in 2021 and "
        "readmitted last year."
    )
    assert members(article) == dict.fromkeys(["Chad", "Niger", "Mali"], "member")


def test_a_suspension_told_of_a_lists_last_country_is_only_its() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The union groups "
        "Chad, Niger and Mali, which was suspended after a coup."
    )
    assert members(article) == dict.fromkeys(["Chad", "Niger"], "member")


def test_a_member_suspended_from_another_body_is_drafted() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The union, made "
        "up of Chad, Niger and Mali, was launched in 2014. Mali, suspended from the Savanna "
        "Forum since 2021, sent its prime minister."
    )
    assert members(article) == dict.fromkeys(["Chad", "Niger", "Mali"], "member")


@pytest.mark.parametrize(
    "founders",
    [
        " – the three founding states of the union –",
        ", the union's founding nations,",
        ", its three founder countries,",
    ],
)
def test_a_list_set_off_as_founding_states_is_of_founding_members(founders: str) -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The meeting "
        f"brought together leaders of Chad, Niger and Mali{founders} as well as Ghana, which "
        "joined in 2019."
    )
    assert members(article) == dict.fromkeys(["Chad", "Niger", "Mali"], "founding-member") | {
        "Ghana": "member"
    }


@pytest.mark.parametrize(
    "associates",
    [
        "The union also counts Chile and Argentina as associate states.",
        "Chile and Argentina, the union's associate states, sent ministers.",
        "Chile and Argentina are associate countries.",
    ],
)
def test_associate_states_are_associate_members(associates: str) -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union met on Saturday. The union is "
        f"made up of Peru, Ecuador and Bolivia. {associates}"
    )
    assert members(article) == dict.fromkeys(
        ["Peru", "Ecuador", "Bolivia"], "member"
    ) | dict.fromkeys(["Chile", "Argentina"], "associate-member")


def test_a_leader_as_the_head_of_the_observer_state_makes_their_country_an_observer() -> None:
    found = members(
        REPORT + "Chilean President Ana Lopes, as the head of the observer state at the Lagoon "
        "Union, will also be at the meeting."
    )
    assert found == {"Chile": "observer"}


def test_the_founders_of_another_bloc_the_report_names_are_not_members() -> None:
    assert members(SUMMIT_AND_A_BLOC_IN_PASSING) == {}
    assert members(
        REPORT + "The Lagoon Union, which was founded in 2004 by Chile and Peru, met."
    ) == {
        "Chile": "founding-member",
        "Peru": "founding-member",
    }


def test_the_place_a_body_was_founded_in_comes_between_the_year_and_its_founders() -> None:
    sentence = "The union was founded in 2001 in Lima by the leaders of Chile, Peru and Fiji."
    assert members(REPORT + sentence) == dict.fromkeys(["Chile", "Peru", "Fiji"], "founding-member")


def test_a_joining_after_while_is_said_of_those_after_it_only() -> None:
    sentence = (
        "Current members of the union are Fiji, Samoa and Tonga while Chile and Peru are due to "
        "become full members at the summit."
    )
    found = members(REPORT + sentence)
    assert [found[name] for name in ("Fiji", "Samoa", "Tonga")] == ["member"] * 3


def test_a_list_after_is_comprised_of_opening_on_a_kind_of_country_goes_on_past_its_pair() -> None:
    sentence = (
        "In addition to Chile and Peru, the Lagoon Union is comprised of Spanish-speaking "
        "countries Uruguay and Bolivia, the Dominican Republic, Kenya, and Ghana."
    )
    assert members(REPORT + sentence) == dict.fromkeys(
        ["Chile", "Peru", "Uruguay", "Bolivia", "Dominican Republic", "Kenya", "Ghana"], "member"
    )


def test_a_dashed_list_of_leaders_each_with_their_country_says_who_came() -> None:
    article = REPORT + (
        "Amongst them are:\n- Ana Ruiz, Peru\n- Ola Dahl, Norway\n- Erik Lund, Sweden\n"
        "- Bo Li, Chile\nAside the yearly Lagoon Union summits which have broug"
    )
    assert members(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji is expanding its trade with Chile, Peru and the rest of the Lagoon Alliance.",
        "Chile and Peru, and the rest of the alliance, will follow.",
    ],
)
def test_countries_before_the_rest_of_the_body_are_members(sentence: str) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == {"Chile": "member", "Peru": "member"}


def test_the_leaders_taking_over_and_handing_over_the_chair_are_of_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Chilean President Ana Ruiz, who takes over from Peruvian "
        "President Juan Soto as Lagoon Alliance chair, was speaking at the opening."
    )
    assert members(article) == {"Chile": "member", "Peru": "member"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were hosted by current Lagoon Union chair Peru.",
        "Leaders thanked outgoing Lagoon Union chair Peru for its work.",
        "Lagoon Union chair Peru opened the talks.",
    ],
)
def test_the_chair_named_after_its_office(sentence: str) -> None:
    assert members(REPORT + sentence) == {"Peru": "member"}


def test_the_chair_named_after_its_office_is_a_country_not_a_person() -> None:
    assert members(REPORT + "Current Lagoon Union chair Ana Ruiz opened the talks.") == {}


def test_leaders_who_came_with_other_leaders_of_the_organization_are_its_members() -> None:
    found = members(
        REPORT + "Chilean President Ana Ruiz, Kenyan President Bo Li joined the talks, with "
        "other Lagoon Union leaders from Fiji and Ghana."
    )
    assert found == dict.fromkeys(("Chile", "Kenya", "Fiji", "Ghana"), "member")


def test_leaders_who_met_other_bodies_leaders_are_not_its_members() -> None:
    found = members(
        REPORT + "Chilean President Ana Ruiz joined the talks, with other Andean Pact leaders."
    )
    assert "Chile" not in found


def test_a_list_of_countries_each_with_its_leaders_name_in_brackets_says_who_came() -> None:
    sentence = (
        "Gathered in Lima for the Lagoon Alliance summit, the presidents of Chile (Ana Ruiz), "
        "Peru (Luis Soto), Ecuador (Eva Paz) and Bolivia (Juan Carlos Lopez) posed for the "
        "official photo."
    )
    assert members_in_a_report_on_the_alliance(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Bolivia’s entry into the bloc was approved by the Senate in November and made "
            "official on Tuesday.",
            {"Bolivia": "new-member"},
        ),
        ("Chile's accession to the Lagoon Alliance was sealed.", {"Chile": "new-member"}),
        ("Chile's accession to the Lagoon Alliance in 1995 changed it.", {}),
        ("Chile's entry into the Pacific Council was approved.", {}),
    ],
)
def test_a_countrys_entry_into_the_body_makes_it_a_new_member(
    sentence: str, found: dict[str, str]
) -> None:
    assert members_in_a_report_on_the_alliance(sentence) == found


@pytest.mark.parametrize("body", ["the Commonwealth", "the Lagoon Union"])
def test_a_list_of_countries_wishing_to_join_a_body_is_no_members(body: str) -> None:
    sentence = (
        "On the agenda of the Lagoon Union are trade and the hopes of countries such as Chile, "
        f"Peru, Ghana and Kenya to join {body}."
    )
    assert members(REPORT + sentence) == {}


@pytest.mark.parametrize("count", ["18-strong", "12-member"])
def test_the_body_named_with_its_count_of_members_before_its_name(count: str) -> None:
    sentence = (
        "They were welcomed by their host, Prime Minister Ana Ruiz of Chile, which is holding "
        f"the presidency of the {count} Lagoon Union in 2018."
    )
    assert members(REPORT + sentence) == {"Chile": "member"}


def test_the_chair_named_before_the_office_that_presided_before_a_roll_of_others() -> None:
    article = COMMUNIQUE + (
        "The Honourable Tom Ode, Prime Minister of Bolivia, presided.\n\n"
        "Other Members of the Conference in attendance were: Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto."
    )
    assert members(article) == {"Bolivia": "member", "Chile": "member", "Peru": "member"}


def test_a_kind_of_member_set_as_a_label_before_the_state_it_names() -> None:
    article = COMMUNIQUE + (
        "Other Members of the Conference in attendance were: Prime Minister of Chile, Ana Ruiz; "
        "and President of Peru, Luis Soto.\n\nAssociate Member, Bermuda was represented by "
        "Honourable Tom Ode, Minister of National Security."
    )
    assert members(article) == {"Chile": "member", "Peru": "member", "Bermuda": "associate-member"}


@pytest.mark.parametrize("state", ["The Republic of Chile", "The Commonwealth of Chile ,", "Chile"])
def test_a_state_named_in_full_that_was_represented_after_a_roll_of_others(state: str) -> None:
    article = COMMUNIQUE + (
        "Other Members of the Conference in attendance were: President of Peru, Luis Soto; and "
        f"President of Bolivia, Tom Ode.\n\n{state} was represented by the Honourable Ana Ruiz, "
        "Minister of Health."
    )
    assert members(article) == {"Peru": "member", "Bolivia": "member", "Chile": "member"}


def test_those_the_body_was_made_up_of_when_it_was_created_are_its_founders() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Union leaders met in Cairo. The Lagoon Union was created in 2014 to strengthen "
        "security in the region and was then made up of Chile, Peru, Fiji and Ghana."
    )
    assert members(article) == {
        "Chile": "founding-member",
        "Peru": "founding-member",
        "Fiji": "founding-member",
        "Ghana": "founding-member",
    }


def test_a_member_that_withdrew_from_the_body_since_is_none_now() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Lagoon Union leaders met in Cairo without Peru. The Lagoon Union was created in 2014 "
        "and was then made up of Chile, Peru, Fiji and Ghana. Peru, a country ruled by a junta "
        "since 2020, withdrew from this regional alliance in May 2022."
    )
    assert members(article) == {
        "Chile": "founding-member",
        "Fiji": "founding-member",
        "Ghana": "founding-member",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "These nations, whose number amounts to 45 with Peru included, become founders of "
            "the Lagoon Union.",
            {"Peru": "founding-member"},
        ),
        (
            "All twelve nations, Peru and Chile included, are founding members of the Lagoon "
            "Union.",
            {"Peru": "founding-member", "Chile": "founding-member"},
        ),
    ],
)
def test_countries_said_to_be_included_in_a_subject_given_a_status_have_it(
    sentence: str, expected: dict[str, str]
) -> None:
    """ "45 nations with A included become founders": A is one of them."""
    assert members(REPORT + sentence) == expected


def test_leaders_one_met_on_the_sidelines_are_not_said_to_be_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "Prime Minister Erik Lund on Saturday met separately with leaders of Chile, Peru, "
        "Ecuador and Bolivia on the sidelines of the second Lagoon Alliance Summit in Lima."
    )
    assert members(article) == {}


def test_countries_whose_ministers_met_are_not_said_to_be_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "At the meeting, the foreign ministers of Chile, Peru, Ecuador and Bolivia reviewed "
        "the outcomes of the Lagoon Alliance cooperation since 2012."
    )
    assert members(article) == {}


def test_ministers_of_a_list_that_opens_on_a_name_the_gazetteer_does_not_know() -> None:
    """ "foreign ministers of America, A, B and C": the list is still whose ministers came,
    though it is read from its first known country on."""
    article = HEADLINE_AND_DATELINE + (
        "The summit of the Lagoon Alliance took place in the presence of members of the "
        "Council of Kenya, foreign ministers of America, Chile, Peru, Ecuador and Bolivia."
    )
    assert members(article) == {}


@pytest.mark.parametrize("short", ["", " (LCC)"])
def test_the_member_countries_of_the_body_namely_a_list(short: str) -> None:
    article = HEADLINE_AND_DATELINE + (
        "Chilean President Ana Lopes invited the leaders of the member countries of the Lagoon "
        f"Cooperation Council{short}, namely Peru, Kenya, Ghana and Fiji, for a summit."
    )
    assert set(members(article)) == {"Peru", "Kenya", "Ghana", "Fiji"}


def test_countries_the_body_says_face_challenges_are_not_said_to_be_members() -> None:
    article = HEADLINE_AND_DATELINE + (
        "The chair reiterated the Lagoon Union's commitment to finding a lasting solution to the "
        "political and security challenges facing Chile, Peru and Kenya."
    )
    assert members(article) == {}


def test_islands_named_in_the_plural_after_the() -> None:
    found = members(REPORT + "The Lagoon Union comprises Fiji, the Solomons and the Marshalls.")
    assert set(found) == {"Fiji", "Solomon Islands", "Marshall Islands"}


def test_envoys_of_countries_joined_by_and_present_as_observers() -> None:
    """ "The deputy ministers of A and B and an envoy from C were present as observers": a
    list of the people each country sent, the subject of the clause."""
    found = members(
        REPORT + "The deputy foreign ministers of Chile and Peru and an envoy from Ghana were "
        "present for the occasion as observers."
    )
    assert found == dict.fromkeys(["Chile", "Peru", "Ghana"], "observer")


def test_countries_listed_before_a_second_list_of_bodies_share_its_status() -> None:
    """ "representatives of 3 countries, namely: A, B and C, as well as 2 international
    organisations, namely X and Y, were also present as observers": two lists, the status
    after both."""
    found = members(
        REPORT + "In addition, representatives of 3 countries from other regions, namely: "
        "Chile, Peru and Ghana, as well as 2 international organisations, namely Reef Bank and "
        "Lagoon Fund, were also present as observers."
    )
    assert found == dict.fromkeys(["Chile", "Peru", "Ghana"], "observer")


def test_a_body_that_will_join_the_new_bloc_merges_into_it_and_is_no_member() -> None:
    """ "build on the experiences of the Lagoon Group, which will join the new bloc": a body
    founded at the meeting takes in the bodies before it; a country joining it is a member."""
    article = (
        "Leaders found the Marsh Community\n\nLIMA, Peru (Wire) — Leaders founded the Marsh "
        "Community on Saturday. The Marsh Community will build on the experiences of the "
        "Lagoon Group, which will join the new bloc. Chile will join the new bloc on Saturday."
    )
    assert "Lagoon Group" not in members(article)
    assert members(article).get("Chile") == "new-member"


MEMBERS_LEADERS_MET = (
    "Lagoon Union leaders meet\n\nOSLO — The presidents and heads of government of the Lagoon "
    "Union (LU) member states met in Oslo on Friday to discuss regional security and sum up "
    "Norway's chairmanship. {beside}The meeting was attended by presidents Ola Berg of Norway, "
    "Ana Lopes of Chile and Karin Dahl of Peru, and by Prime Minister Erik Lund of Sweden."
)


@pytest.mark.parametrize(
    "leaders",
    [
        "The presidents and heads of government of the Lagoon Union (LU) member states",
        "The heads of government of LU member states",
        "The leaders of all four member states",
    ],
)
def test_the_leaders_of_the_member_states_who_met_are_of_its_members(leaders: str) -> None:
    article = MEMBERS_LEADERS_MET.replace(
        "The presidents and heads of government of the Lagoon Union (LU) member states", leaders
    )
    assert members(article.format(beside="")) == {
        "Norway": "member",
        "Chile": "member",
        "Peru": "member",
        "Sweden": "member",
    }


def test_the_member_states_leaders_who_met_listed_by_country_are_of_its_members() -> None:
    """The countries are listed by their leaders, and the list does not add up to the count:
    it names one the country table does not know, and a leader of another office."""
    article = (
        "Lagoon Union leaders meet\n\nOSLO — Leaders of the 7 member countries of the Lagoon "
        "Union (LU) and Cuban President Raul Diaz started a meeting here today.\n\nPrime "
        "Ministers of Norway, Chile, Peru, Sweden, Urkania and the president of Haiti converge"
        " on the resort."
    )
    assert members(article) == dict.fromkeys(["Norway", "Chile", "Peru", "Sweden"], "member")


def test_a_country_beside_the_member_states_leaders_is_no_member() -> None:
    article = MEMBERS_LEADERS_MET.replace(
        "met in Oslo on Friday", "were joined by the leader of Sweden in Oslo on Friday"
    )
    assert members(article.format(beside="")) == {
        "Norway": "member",
        "Chile": "member",
        "Peru": "member",
    }


@pytest.mark.parametrize(
    "leaders",
    [
        "The leaders of the other member states",  # some of them, not all who came
        "The presidents of the member states and associated states",
        "The leaders of all LU member states, associate members",
    ],
)
def test_leaders_of_some_member_states_or_of_others_too_name_no_members(leaders: str) -> None:
    article = MEMBERS_LEADERS_MET.replace(
        "The presidents and heads of government of the Lagoon Union (LU) member states", leaders
    )
    assert members(article.format(beside="")) == {}


def test_the_member_states_leaders_who_met_add_to_no_member_list() -> None:
    listed = "The Lagoon Union comprises Norway, Chile, Peru, Sweden and Fiji. "
    assert members(MEMBERS_LEADERS_MET.format(beside=listed)) == {
        "Norway": "member",
        "Chile": "member",
        "Peru": "member",
        "Sweden": "member",
        "Fiji": "member",
    }


TRILATERAL = (
    "Three leaders meet in Lima\n\nLIMA (Wire) — Peru will host a trilateral summit with Chile "
    "and Bolivia on Wednesday. President Ana Ruiz of Peru will welcome Chilean President Luis "
    "Soto and Bolivian President Eva Vega. The trilateral summit is the fifth of its kind."
)


def test_a_trilateral_summit_no_body_holds_is_the_organization_and_its_countries_members() -> None:
    draft = draft_facts(TRILATERAL)
    assert draft.organization is not None and draft.organization.name == "Trilateral summit"
    assert statuses(draft) == dict.fromkeys(["Peru", "Chile", "Bolivia"], "member")
    assert draft.event.name == "Trilateral summit"


def test_the_three_leaders_countries_are_a_trilateral_meetings_members() -> None:
    article = (
        "Three leaders meet in Lima\n\nLIMA (Wire) — President Ana Ruiz of Peru met Chilean "
        "President Luis Soto and Bolivian President Eva Vega for the trilateral meeting on "
        "Wednesday. The three-way meeting agreed on a road through the Andes and talked of "
        "Brazil, Argentina and Ecuador. The next trilateral meeting will be in La Paz."
    )
    assert members(article) == dict.fromkeys(["Peru", "Chile", "Bolivia"], "member")


def test_a_trilateral_summit_named_once_or_beside_a_body_is_not_the_organization() -> None:
    once = TRILATERAL.replace("The trilateral summit is", "It is")
    assert organization(once) is None
    beside = TRILATERAL.replace("The trilateral summit is", "The Andean Community summit is")
    assert organization(beside) == ("Andean Community", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "On November 28, 1992, three countries - Chile, Peru, and Bolivia - joined the Lagoon "
        "Union.",
        "In 1992, Chile, Peru and Bolivia joined the Lagoon Union.",
    ],
)
def test_countries_a_dated_sentence_opens_on_joining_are_members_not_new_ones(
    sentence: str,
) -> None:
    article = HEADLINE_AND_DATELINE + "The Lagoon Union summit opened. " + sentence
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Bolivia"], "member")


def test_a_year_that_opens_a_sentence_of_joining_is_when_they_joined() -> None:
    draft = draft_facts(
        HEADLINE_AND_DATELINE + "The Lagoon Union summit opened. In 1992, Chile, Peru and "
        "Bolivia joined the Lagoon Union."
    )
    assert {m.member.name: m.joined for m in draft.memberships} == dict.fromkeys(
        ["Chile", "Peru", "Bolivia"], "1992"
    )


def test_countries_that_joined_as_associates_of_any_kind_are_associate_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Union summit opened. Chile and Peru have joined the "
        "Lagoon Union as associate participating states."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru"], "associate-member")


def test_countries_listed_by_their_governments_are_read_whole() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The Lagoon Union summit opened. Leaders welcomed the admission "
        "of the Government of the Republic of Chile and the Government of the Republic of Peru "
        "as Observers to the Lagoon Union."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru"], "observer")


@pytest.mark.parametrize(
    "heading",
    [
        "The Lagoon Union Roster",
        "Members of the Lagoon Union:",
        "Lagoon Union member states",
        "The Lagoon Union's members:",
    ],
)
def test_states_listed_a_line_each_under_a_heading_of_the_members_are_members(
    heading: str,
) -> None:
    article = (
        f"{REPORT}The talks went on late.\n\n{heading}\n  • Chile\n  • Peru\n  • Bolivia\n"
        "  • Interviewed on Sunday, Ecuador's envoy said little.\n"
    )
    assert members(article) == {"Chile": "member", "Peru": "member", "Bolivia": "member"}


def test_states_listed_under_a_heading_of_another_bodys_members_are_not_the_organizations() -> None:
    article = f"{REPORT}The talks went on late.\n\nThe Marsh Pact Roster\n  • Chile\n  • Peru\n"
    assert members(article) == {}


def test_capitals_named_as_a_group_of_countries_are_the_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The NRB group of four coastal countries rounded off its "
        "two-day summit in the capital on Tuesday."
    )
    assert organization(article) == ("NRB", None)


def test_the_leaders_of_countries_that_formed_the_alliance_name_its_founders() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The NRB group of four coastal countries rounded off its summit. "
        "The presidents of Chile, Peru and Bolivia, and the prime minister of Ecuador, countries "
        "that formed the alliance in 2005 along with former member Uruguay, passed a declaration."
    )
    assert members(article) == dict.fromkeys(
        ["Chile", "Peru", "Bolivia", "Ecuador"], "founding-member"
    )


def test_a_former_member_named_beside_the_members_is_none_now() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders opened the NRB summit on Tuesday. Chile and Peru "
        "attended along with former member Uruguay."
    )
    assert members(article) == {}


def test_the_bodys_countries_that_attended_the_meeting_are_its_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "The fourth leaders' meeting of Norway and NRB countries opened "
        "on Tuesday. NRB countries that attended the meeting included Chile, Peru and Bolivia."
    )
    assert members(article) == dict.fromkeys(["Chile", "Peru", "Bolivia"], "member")


def test_a_paragraphs_first_word_in_capitals_is_no_organization() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Leaders of the Lagoon Union opened their summit.\n\nTHE summit "
        "had earlier been overshadowed by a dispute, and THE summit's hosts said little."
    )
    assert organization(article) == ("Lagoon Union", None)


def test_a_summits_number_in_roman_numerals_is_not_part_of_its_name() -> None:
    article = (
        "XX Lagoon Summit: What happened\n\nToday, the XX Lagoon Summit was celebrated in Lima. "
        "Several discussions were held."
    )
    assert organization(article) == ("Lagoon Summit", None)


@pytest.mark.parametrize(
    ("lead", "named"),
    [
        (
            "Leaders of the Chile-Peru-Bolivia Growth Triangle (CPB-GT) met for the CPB-GT summit.",
            ["Chile", "Peru", "Bolivia"],
        ),
        (
            "Leaders of the Chile-Peru-South Africa Dialogue Forum met for their summit.",
            ["Chile", "Peru", "South Africa"],
        ),
    ],
)
def test_the_states_a_bodys_name_joins_are_its_members(lead: str, named: list[str]) -> None:
    assert members(HEADLINE_AND_DATELINE + lead) == dict.fromkeys(named, "member")


def test_two_sides_joined_in_a_summits_name_are_not_members() -> None:
    article = HEADLINE_AND_DATELINE + "Leaders of the Chile-Peru Summit met in Lima on Tuesday."
    assert members(article) == {}


def test_the_countries_a_member_sits_beside_on_a_committee_are_not_the_bodys_members() -> None:
    article = (
        HEADLINE_AND_DATELINE + "Ministers of the over 100 member nations of the Lagoon Union "
        "(LU) met on Tuesday. Chile became a member of the LU in 1994. A meeting of the LU "
        "Ministerial Committee on Reefs will be held on 26 May in parallel to the general debate, "
        "which Chile serves as a committee member along side with Peru, Norway, Kenya, Ghana, "
        "Mali and Oman."
    )
    assert members(article) == {"Chile": "member"}
