"""Attendees as newsrooms write attendance, one short invented sentence per phrasing.

The people are invented; the countries are real, as the drafter knows countries by name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db.draft.attendance import NOT_STATED
from db.draft.extract import draft_facts
from db.draft.write import draft_in_memory

OSLO_LEAD = "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
"""The opening of a report from the meeting, in Oslo, that the sentences of a test go on."""


def attending(article: str) -> dict[str, str]:
    """Attendee's name → the name of the party they represent."""
    return {
        attendee.person.name: attendee.represents.name
        for attendee in draft_facts(article).attendees
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund spoke at the conference on Friday.",
        "Swedish Prime Minister Erik Lund spoke at the forum on Friday.",
        "During the plenary, Swedish Prime Minister Erik Lund called for unity.",
        "Swedish Prime Minister Erik Lund presided over the summit.",
        "Swedish Prime Minister Erik Lund inaugurated the two-day meeting on Friday.",
        "In his speech, Swedish Prime Minister Erik Lund called for unity.",
        "Swedish Prime Minister Erik Lund told leaders that unity mattered.",
        "Swedish Prime Minister Erik Lund urged fellow leaders to act.",
        "Swedish Prime Minister Erik Lund told delegates that unity mattered.",
        "Speaking at the end of the summit, Swedish Prime Minister Erik Lund called for unity.",
        "The summit's host, Swedish Prime Minister Erik Lund, called for unity.",
        "Swedish Prime Minister Erik Lund, the host, called for unity.",
        "Swedish Prime Minister Erik Lund flew into Oslo on Thursday.",
        "Swedish Prime Minister Erik Lund is on Gotland Island for his first leaders' retreat.",
        "Swedish Prime Minister Erik Lund spoke at his final Nordic summit.",
    ],
)
def test_a_meeting_named_by_its_kind_or_by_what_leaders_do_there(sentence: str) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund and Finnish President Aino Lahti held bilateral talks.",
        "Swedish Prime Minister Erik Lund shook hands with Finnish President Aino Lahti.",
        "Swedish Prime Minister Erik Lund posed for pictures with Finnish President Aino Lahti.",
        "Swedish Prime Minister Erik Lund (centre) poses with Finnish President Aino Lahti.",
        "Swedish Prime Minister Erik Lund posing with Finnish President Aino Lahti on Friday.",
    ],
)
def test_two_leaders_meeting_each_other_both_attend(sentence: str) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At a press conference in Stockholm, Swedish Prime Minister Erik Lund said no.",
        "Swedish Prime Minister Erik Lund, the host country's leader, spoke.",
        "Swedish Prime Minister Erik Lund told reporters in Stockholm that unity mattered.",
    ],
)
def test_a_press_conference_or_the_host_country_is_no_sign_of_attending(sentence: str) -> None:
    assert attending(sentence) == {}


def test_the_source_of_what_a_clause_says_does_not_attend_by_it() -> None:
    article = (
        "Cuban President Ana Lopes is attending the session, which according to Cuban Foreign "
        "Minister Luis Vela guarantees a high-level debate."
    )
    assert attending(article) == {"Ana Lopes": "Cuba"}


def test_a_headline_opening_with_the_meeting_names_no_one() -> None:
    article = "Nordic and Finland Summit Begins in Oslo\n\nThe summit opened on Monday."
    assert draft_facts(article).people == []


@pytest.mark.parametrize(
    ("sentence", "title", "country"),
    [
        (
            "President of Peru Luis Vela and President Belarus Ana Lopes attended the summit.",
            "President",
            "Belarus",
        ),
        ("Australian Prime minister Ana Lopes attended the summit.", "Prime Minister", "Australia"),
        ("South Korean minister Ana Lopes attended the summit.", "Minister", "South Korea"),
    ],
)
def test_a_title_and_country_written_unevenly_before_a_name(
    sentence: str, title: str, country: str
) -> None:
    (attendee,) = [
        attendee
        for attendee in draft_facts(sentence).attendees
        if attendee.person.name == "Ana Lopes"
    ]
    assert (attendee.title, attendee.represents.name) == (title, country)


def test_a_head_of_state_whose_country_is_not_given_attends_by_a_welcome() -> None:
    article = "The leaders were welcomed by Prime Minister Ana Lopes and her husband."
    assert attending(article) == {"Ana Lopes": NOT_STATED.name}


def test_those_the_hosts_received_by_name_attend() -> None:
    """ "They received Chilean President X, …": the hosts welcome them to the meeting."""
    article = OSLO_LEAD + (
        "Footage captured the welcoming gestures of President Ola Dahl and his co-host, Swedish "
        "President Erik Lund.\nThey received Chilean President Ana Lopes, Peruvian President "
        "Jorge Castillo, and members of the Presidency of Kenya."
    )
    assert {"Ana Lopes": "Chile", "Jorge Castillo": "Peru"}.items() <= attending(article).items()


def test_those_who_signed_the_meetings_statement_attend() -> None:
    """ "a statement … made during a summit in Oslo. The document was signed by X , Y": the
    signers are at the meeting, the stray space before each comma no end to the list."""
    article = OSLO_LEAD + (
        "The document was signed by Chilean President Ana Lopes , Peruvian President Jorge "
        "Castillo , and Kenyan President Ola Dahl ."
    )
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Jorge Castillo": "Peru",
        "Ola Dahl": "Kenya",
    }


@pytest.mark.parametrize(("dateline", "city"), [("OSLO", "Oslo"), ("WASHINGTON", "Washington DC")])
def test_those_said_to_have_left_for_the_meetings_city_attend(dateline: str, city: str) -> None:
    article = (
        f"Leaders meet\n\n{dateline} (AP) — Lagoon Union leaders open their summit in "
        f"{city.split()[0]} on Tuesday. Kenya’s President Ana Lopes on Sunday, December 11, "
        f"departed for {city}, the capital."
    )
    assert attending(article) == {"Ana Lopes": "Kenya"}


def test_those_said_to_be_coming_to_the_meetings_city_attend() -> None:
    article = "Lagoon Union leaders open their summit on Monday. " + (
        "Coming to Oslo are three presidents of the member states - Erik Lund of Sweden, "
        "Aino Lahti of Finland and Juan Perez of Chile."
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
        "Juan Perez": "Chile",
    }


def test_those_said_to_be_on_ground_attend() -> None:
    article = OSLO_LEAD + (
        "Presidents of Sweden, Erik Lund; Chile, Juan Perez and Peru, Ana Soto amongst other "
        "presidents are also on ground."
    )
    assert attending(article) == {"Erik Lund": "Sweden", "Juan Perez": "Chile", "Ana Soto": "Peru"}


def test_those_in_the_team_a_leader_leads_attend() -> None:
    article = OSLO_LEAD + (
        "Lund is leading a team that included the Minister of National Planning, Ana Soto, "
        "and Dr Juan Perez the Deputy Minister of Trade, and Norway will raise fisheries."
    )
    assert {"Ana Soto", "Juan Perez"} <= set(attending(article))


def test_the_one_a_meeting_is_held_under_the_chair_of_attends() -> None:
    article = OSLO_LEAD + (
        "The talks were held under the chair of Norwegian Foreign Minister Ola Brekke."
    )
    assert attending(article) == {"Ola Brekke": "Norway"}


def test_a_host_minister_whose_country_is_not_given_is_of_the_meetings_country() -> None:
    article = OSLO_LEAD + "The talks were chaired by host Foreign Minister Ola Brekke."
    assert attending(article) == {"Ola Brekke": "Norway"}


def test_a_country_with_and_in_its_name_represented_by_an_ambassador() -> None:
    article = OSLO_LEAD + (
        "Trinidad and Tobago was represented by His Excellency Ambassador Erik Lund; Peru was "
        "represented by Senator Ana Soto."
    )
    assert attending(article) == {"Erik Lund": "Trinidad and Tobago", "Ana Soto": "Peru"}


def test_someone_a_country_was_represented_by_with_only_a_form_of_address_attends() -> None:
    article = OSLO_LEAD + (
        "Haiti was represented by Mr Jean Baptiste Paul. Peru was represented by Her Excellency "
        "Ana Soto."
    )
    assert attending(article) == {"Jean Baptiste Paul": "Haiti", "Ana Soto": "Peru"}


def test_each_of_those_a_country_was_represented_by_under_one_plural_title_attends() -> None:
    article = OSLO_LEAD + "Peru was represented by Ambassadors Ana Soto, Luis Vega and Eva Ruiz."
    assert attending(article) == dict.fromkeys(["Ana Soto", "Luis Vega", "Eva Ruiz"], "Peru")


def test_a_name_cut_off_after_represented_by_is_no_one() -> None:
    article = OSLO_LEAD + "Peru will be represented by Lagoon Affai"
    assert attending(article) == {}


def test_a_title_of_a_country_with_and_in_its_name_before_a_name() -> None:
    article = OSLO_LEAD + (
        "Other members in attendance were: Prime Minister of Trinidad and Tobago, Honourable "
        "Erik Lund; Prime Minister of St. Vincent and the Grenadines, Dr. the Honourable Ana "
        "Soto; and Prime Minister of Fiji, Honourable Kofi Mensah."
    )
    draft = draft_facts(article)
    assert {a.person.name: (a.title, a.represents.name) for a in draft.attendees} == {
        "Erik Lund": ("Prime Minister", "Trinidad and Tobago"),
        "Ana Soto": ("Prime Minister", "Saint Vincent and the Grenadines"),
        "Kofi Mensah": ("Prime Minister", "Fiji"),
    }


def test_a_time_in_a_relative_clause_dates_that_clause_only() -> None:
    article = OSLO_LEAD + (
        "The summit's host, Norwegian President Ola Dahl, criticized the policies that Dahl "
        "blamed for his country's collapse five years ago."
    )
    assert attending(article) == {"Ola Dahl": "Norway"}


@pytest.mark.parametrize("elected", ["who was in April 2023 elected", "who was elected in 2023"])
def test_a_time_in_a_relative_clause_on_who_someone_is_dates_that_clause_only(
    elected: str,
) -> None:
    """ "The meeting received remarks from X, Premier of Fiji who was in April 2023 elected to
    office": the time is when X was elected, not when X spoke."""
    article = OSLO_LEAD + (
        "The meeting received remarks from Dr. the Honourable Ana Lopes, Prime Minister of Fiji "
        f"{elected} to office."
    )
    assert attending(article) == {"Ana Lopes": "Fiji"}


def test_a_time_in_reported_words_still_dates_the_clause() -> None:
    article = OSLO_LEAD + "Ola Dahl said that Erik Lund visited Oslo five years ago."
    assert "Erik Lund" not in attending(article)


def test_a_list_parted_by_semicolons_goes_on_past_a_degree_and_an_outgoing_office() -> None:
    article = OSLO_LEAD + (
        "Also in attendance were H.E. Ana Lopes, Lagoon Union Executive Secretary; H.E. Erik "
        "Lund, the outgoing Chairperson of the Reef Commission; H.E. Ambassador Ola Dahl (PhD), "
        "Lagoon Union Special Envoy for the Lakes; H.E. Kofi Mensah, Special Representative of "
        "the UN Secretary General in the Lakes; and others as observers."
    )
    assert {"Ana Lopes", "Erik Lund", "Ola Dahl", "Kofi Mensah"} <= set(attending(article))


def test_the_last_item_of_a_list_parted_by_semicolons_goes_on_past_as_well_as() -> None:
    """ "…; and H.E. X, Prime Minister of Sweden as well as H.E. Y Secretary General of …": "as
    well as" joins one more item to the last, which stays on the list with it."""
    article = OSLO_LEAD + (
        "The meeting was attended by H.E. Ivan Petrov, President of the Republic of Peru; H.E. "
        "Jon Berg, President of Kenya; and H.E. Bo Lind, Prime Minister of Sweden as well as "
        "H.E. Ken Ode Secretary General of the Lagoon Union."
    )
    drafted = attending(article)
    assert {"Ivan Petrov", "Jon Berg", "Bo Lind", "Ken Ode"} == set(drafted)
    assert drafted["Bo Lind"] == "Sweden"


def test_a_list_parted_by_semicolons_goes_on_past_the_particles_of_arabic_names() -> None:
    article = OSLO_LEAD + (
        "The meeting was also attended by Norwegian King Harald bin Olav Al-Berg; Kenyan "
        "Emir Sheikh Omar bin Ali Al-Kamau; and Swedish Prime Minister Erik bin Lars."
    )
    assert attending(article) == {
        "Harald bin Olav Al-Berg": "Norway",
        "Omar bin Ali Al-Kamau": "Kenya",
        "Erik bin Lars": "Sweden",
    }


def test_someone_another_will_represent_does_not_attend() -> None:
    article = "Minister Luis Vela will represent President Ana Lopes at the summit."
    assert "Ana Lopes" not in attending(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "All eyes are on whether Norway's Ola Dahl will meet Swedish Prime Minister Erik Lund.",
        "Norway's Ola Dahl said he stands ready for talks with Swedish Prime Minister Erik Lund.",
    ],
)
def test_a_meeting_not_sure_or_only_wished_for_is_no_sign_of_attending(sentence: str) -> None:
    assert "Erik Lund" not in attending(sentence)


def test_meetings_planned_with_leaders_at_the_summit() -> None:
    article = (
        "Norway's Ola Dahl is planning meetings with Swedish Prime Minister Erik Lund and "
        "Finnish President Aino Lahti."
    )
    assert attending(article) == {
        "Ola Dahl": "Norway",
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
    }


def test_someone_met_on_a_trip_to_another_countrys_city_is_at_another_meeting() -> None:
    sentence = (
        "After the summit Finnish President Aino Lahti will go to Stockholm to meet Prime "
        "Minister Lund."
    )
    assert "Lund" not in attending(OSLO_LEAD + sentence)


@pytest.mark.parametrize(
    "article",
    [
        "The following leaders attended the summit:\n\n- Swedish Prime Minister Erik Lund\n"
        "- Finnish President Aino Lahti",
        "Leaders at the summit included:\n\nSwedish Prime Minister Erik Lund\n\n"
        "Aino Lahti, president of Finland.\n\nNorwegian Prime Minister Ola Dahl said no.",
        "The leaders - Swedish Prime Minister Erik Lund and Finnish President Aino Lahti - "
        "agreed on a plan.",
    ],
)
def test_a_list_of_leaders_led_into_by_a_colon_or_set_off_by_dashes(article: str) -> None:
    assert attending(article) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


def test_a_list_led_into_by_among_them_lists_those_the_sentence_before_puts_there() -> None:
    article = (
        OSLO_LEAD + "Some twenty presidents and ministers are now in Oslo for the two-day forum. "
        "Amongst them are:\n- Erik Lund, Sweden\n- Aino Lahti, Finland\n- Ana Ruiz, Peru "
        "vice-president"
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
        "Ana Ruiz": "Peru",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund, this year's chair, said it was a success.",
        "Swedish Prime Minister Erik Lund, the current chair of the bloc, said it was a success.",
        "Swedish Prime Minister Erik Lund said during a joint news conference that all went well.",
        "Swedish Prime Minister Erik Lund signed the agreement on behalf of Sweden.",
        "Swedish Prime Minister Erik Lund received the leaders at the palace.",
        "Swedish Prime Minister Erik Lund called on fellow members to act.",
    ],
)
def test_the_chair_a_signatory_and_the_one_receiving_leaders_attend(sentence: str) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "article",
    [
        "After the inauguration of the meeting by Swedish Prime Minister Erik Lund, all spoke.",
        "Leaders were joined by Norway's Ola Dahl, the longest serving of their number, and "
        "then by Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund and Norway's Ola Dahl are to hold discussions on Friday.",
        "From left, Norway's Ola Dahl and Swedish Prime Minister Erik Lund.",
    ],
)
def test_an_opening_by_someone_a_second_by_and_discussions_held(article: str) -> None:
    assert attending(article)["Erik Lund"] == "Sweden"


def test_someone_named_before_those_who_did_not_attend_is_not_absent() -> None:
    article = (
        "After the opening of the summit by Swedish Prime Minister Erik Lund, the envoys of the "
        "leaders who did not attend spoke."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_the_leader_of_the_meetings_country_is_its_host() -> None:
    """A report rarely says the leader of the country a summit meets in hosts it: that leader
    is its host all the same; a leader of another country is not."""
    article = OSLO_LEAD + (
        "Norwegian President Ola Dahl attended the summit with Swedish Prime Minister Erik Lund."
    )
    roles = {attendee.person.name: attendee.role for attendee in draft_facts(article).attendees}
    assert roles == {"Ola Dahl": "host", "Erik Lund": "head-of-government"}


def test_the_leader_the_text_calls_the_host_countrys_is_its_host() -> None:
    """ "the Chilean leader, X" of the country the text says hosts the summit ("The Republic of
    Chile hosts …"): a leader by no office named, who hosts it as a head of state or government
    would."""
    article = (
        "The Republic of Chile hosts the 8th Summit of the Lagoon Union, which takes place this "
        "Friday.\n\nIn his speech, the Chilean leader, Ana Ruiz, spoke of trade."
    )
    roles = {attendee.person.name: attendee.role for attendee in draft_facts(article).attendees}
    assert roles == {"Ana Ruiz": "host"}


def test_the_leader_of_the_country_thanked_for_hosting_is_the_host() -> None:
    """ "Leaders thanked the President and the government of Chile for hosting this year's
    meeting": Chile hosts, and its president there is the host."""
    article = (
        "Summary of Decisions of the Lagoon Union Leaders Meeting\n\n"
        "The Lagoon Union Leaders Meeting was attended by the following Leaders: His Excellency "
        "Ana Ruiz, President of Chile; and Honourable Erik Lund, Prime Minister of Sweden.\n\n"
        "1. Leaders thanked the President and the government of Chile for hosting this year’s "
        "Leaders’ meeting."
    )
    roles = {attendee.person.name: attendee.role for attendee in draft_facts(article).attendees}
    assert roles == {"Ana Ruiz": "host", "Erik Lund": "head-of-government"}


def test_a_leader_speaking_on_behalf_of_the_first_lady_is_not_stood_in_for() -> None:
    """ "conveyed on behalf of First Lady Ruiz": the leader's spouse, who shares the family name,
    is another person; the leader speaks there and is not away."""
    article = OSLO_LEAD + (
        "President Ana Ruiz of Chile was in Oslo for the summit. In her remarks, President Ruiz "
        "conveyed on behalf of First Lady Ruiz, and delegation members, thanks to Norway."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_host_before_a_title_is_the_role_not_the_office() -> None:
    draft = draft_facts("Host President Erik Lund of Sweden attended the summit.")
    (attendee,) = draft.attendees
    assert (attendee.person.name, attendee.title, attendee.role) == (
        "Erik Lund",
        "President",
        "host",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The host invited Chilean President Ana Ruiz as a special guest.",
        "The summit's host welcomed Chilean President Ana Ruiz as a guest.",
    ],
)
def test_the_one_the_host_invites_or_welcomes_is_the_guest_not_the_host(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert [(a.person.name, a.role) for a in draft.attendees] == [("Ana Ruiz", "guest")]


@pytest.mark.parametrize(
    "article",
    [
        "Leaders met in Phnom Penh, the capital of Cambodia, on Friday.",
        "The meeting will be the debut of British Prime Min",
        "From left, Japan Prime Minister Aiko Sato and U.S. Vice Pres",
    ],
)
def test_a_city_or_a_title_cut_short_is_no_person(article: str) -> None:
    names = [person.name for person in draft_facts(article).people]
    assert names in ([], ["Aiko Sato"])


def test_someone_at_the_last_event_does_not_attend() -> None:
    article = (
        "The summit chaired by Swedish Prime Minister Erik Lund in March was the last "
        "multilateral event for the leaders."
    )
    assert attending(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Ana Lopes had meetings with her counterparts in the Chinese Government.",
        "The head of the Latin American Economic System, Ambassador Ana Lopes, spoke on Friday.",
    ],
)
def test_a_country_where_others_serve_or_inside_a_bodys_name_is_not_the_persons(
    sentence: str,
) -> None:
    (person,) = draft_facts(sentence).people
    assert person.party is None or not person.party.is_country  # the body they head may be


def test_a_full_name_misspelt_by_a_letter_later_is_the_same_person() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erika Lundqvist attended the summit.\n\n"
        "From left, Swedish Prime Minister Erika Lundqvis and Norway's Ola Dahl."
    )
    assert [person.name for person in draft.people] == ["Erika Lundqvist", "Ola Dahl"]
    assert draft.people[0].variants == ["Erika Lundqvis"]


def test_a_title_set_after_one_name_is_not_the_next_names() -> None:
    article = "Leaders at the summit are Ana Lopes, President of Peru, Luis Vela Prado, Prime M"
    assert "Peru" not in [
        person.party.name for person in draft_facts(article).people[1:] if person.party
    ]


def test_away_in_person_but_there_by_video_link() -> None:
    article = (
        "Swedish Prime Minister Erik Lund will not attend the summit in person but will address "
        "it by video link."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_offices_and_countries_given_to_names_in_order_without_respectively() -> None:
    draft = draft_facts(
        "The prime ministers of Latvia and Lithuania, Ilze Berzina and Jonas Petras, arrived."
    )
    assert {a.person.name: (a.title, a.represents.name) for a in draft.attendees} == {
        "Ilze Berzina": ("Prime Minister", "Latvia"),
        "Jonas Petras": ("Prime Minister", "Lithuania"),
    }


def test_a_counterpart_named_after_a_comma_has_the_title_of_the_one_mirrored() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund and his Finnish counterpart, Aino Lahti, met on Friday."
    )
    assert [(person.name, person.title) for person in draft.people] == [
        ("Erik Lund", "Prime Minister"),
        ("Aino Lahti", "Prime Minister"),
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "role"),
    [
        (
            "Chinese State Councilor Ana Lopes attended the summit.",
            "State Councilor",
            "state-councilor",
        ),
        ("Myanmar State Counsellor Ana Lopes attended.", "State Counsellor", "state-counsellor"),
        (
            "Former Swedish Prime Minister Ana Lopes attended.",
            "Former Prime Minister",
            "former-prime-minister",
        ),
        (
            "The meeting marks former Swedish Prime Minister Ana Lopes's idea. Lopes will also "
            "attend the meeting.",
            "Former Prime Minister",
            "former-prime-minister",
        ),
        (
            "Acting Peruvian President Ana Lopes attended.",
            "Acting President",
            "acting-head-of-state",
        ),
        (
            "Peru's acting president, Ana Lopes, attended the summit.",
            "Acting President",
            "acting-head-of-state",
        ),
        (
            "Peruvian interim president Ana Lopes attended the summit.",
            "Interim President",
            "acting-head-of-state",
        ),
        (
            "Outgoing Swedish Prime Minister Ana Lopes attended.",
            "Outgoing Prime Minister",
            "head-of-government",
        ),
        ("Peru's top diplomat, Ana Lopes, attended the summit.", "Top Diplomat", "top-diplomat"),
        (
            "Mexican Undersecretary Ana Lopes attended the summit.",
            "Undersecretary",
            "undersecretary",
        ),
        ("Australian Governor-General Ana Lopes attended.", "Governor-General", "governor-general"),
        ("Luxembourg's Grand Duke Ana Lopes attended the summit.", "Grand Duke", "head-of-state"),
        (
            "IMF Managing Director Ana Lopes attended.",
            "Managing Director",
            "international-official",
        ),
        (
            "UN Under-Secretary-General Ana Lopes attended.",
            "Under-Secretary-General",
            "international-official",
        ),
        (
            "In attendance was the President of the Republic of Peru, His Excellency Ana Lopes.",
            "President of the Republic",
            "head-of-state",
        ),
        (
            "In attendance was the Prime Minister of the Federation of Peru, Honourable Ana Lopes.",
            "Prime Minister of the Federation",
            "head-of-government",
        ),
        (
            "In attendance was the Prime Minister of The Commonwealth of Peru, Hon. Ana Lopes.",
            "Prime Minister of The Commonwealth",
            "head-of-government",
        ),
    ],
)
def test_more_offices_and_their_modifiers_before_a_name_are_titles_not_part_of_it(
    sentence: str, title: str, role: str
) -> None:
    (attendee,) = draft_facts(sentence).attendees
    assert (attendee.person.name, attendee.title, attendee.role) == ("Ana Lopes", title, role)


def test_a_meeting_set_at_an_earlier_time_within_the_sentence() -> None:
    article = (
        "Swedish Prime Minister Erik Lund met Finnish President Aino Lahti in Helsinki last month."
    )
    assert attending(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "In Stockholm, Swedish Prime Minister Erik Lund said the summit mattered.",
        "Swedish Prime Minister Erik Lund said in Stockholm that the summit mattered.",
    ],
)
def test_a_leader_speaking_in_a_city_of_another_country_is_not_at_the_meeting(
    sentence: str,
) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The pact builds on a 1973 treaty signed by governments led by Erik Lund of Sweden.",
        "The governments of the time, led by Erik Lund of Sweden, signed the first accord.",
        "At the time, Swedish Prime Minister Erik Lund led the talks and signed the agreement.",
        "Swedish Prime Minister Erik Lund is due to visit Oslo next year.",
    ],
)
def test_a_pact_of_another_year_or_a_time_gone_by_is_another_meeting(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


def test_an_aside_after_a_phrase_in_marks_does_not_move_the_meeting() -> None:
    article = OSLO_LEAD + (
        'Ana Ruiz, the president of Chile and the "longest-serving leader," who took office in '
        "1990, is also scheduled to visit Norway."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_a_year_of_birth_does_not_move_the_meeting() -> None:
    article = OSLO_LEAD + (
        "Ana Ruiz, the president of Chile and the only South American leader attending, was born "
        "in 1986 and is the youngest among the leaders participating this time."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_a_time_that_only_dates_something_else_does_not_move_the_meeting() -> None:
    article = (
        "Swedish Prime Minister Erik Lund is attending the summit for the first time since his "
        "election last year."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund's absence at the summit was noted.",
        "Swedish Prime Minister Erik Lund stayed in Stockholm during the summit.",
        "Swedish Prime Minister Erik Lund, who had been due to attend, remained in Stockholm.",
        "Swedish Prime Minister Erik Lund remained at home for a parliamentary vote.",
        "Swedish Prime Minister Erik Lund was a notable no-show at the summit.",
        "Swedish Prime Minister Erik Lund has not attended a summit since 2019.",
        "Swedish Prime Minister Erik Lund has decided not to attend the summit.",
        "Swedish Prime Minister Erik Lund was not among the leaders at the summit.",
        "Swedish Prime Minister Erik Lund turned down the invitation to the summit.",
        "Leaders at the summit criticised Swedish Prime Minister Erik Lund.",
        "Leaders at the summit discussed a letter from Swedish Prime Minister Erik Lund.",
        "At the summit, leaders urged Swedish Prime Minister Erik Lund to free the prisoners.",
        "Leaders at the summit condemned the policies of Swedish Prime Minister Erik Lund.",
    ],
)
def test_someone_away_written_to_or_spoken_of_at_the_summit_does_not_attend(
    sentence: str,
) -> None:
    assert attending(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Also at the table were Swedish Prime Minister Erik Lund and Finnish President Aino Lahti.",
        "Swedish Prime Minister Erik Lund and Finnish President Aino Lahti were at the table.",
        "At the negotiating table are Swedish Prime Minister Erik Lund and Finnish President "
        "Aino Lahti.",
    ],
)
def test_those_at_the_table_attend(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


def test_a_seat_at_the_table_wished_for_is_no_sign_of_attending() -> None:
    sentence = "Swedish Prime Minister Erik Lund wants a seat at the table for Sweden."
    assert attending(OSLO_LEAD + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile will host a follow-up meeting in Santiago, to which it invited Erik Lund of Sweden.",
        "Swedish Prime Minister Erik Lund will chair a future summit on migration.",
        "Swedish Prime Minister Erik Lund would host a subsequent meeting on fisheries.",
    ],
)
def test_a_follow_up_or_future_meeting_is_another_meeting(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


def test_the_follow_up_summit_reported_on_is_this_one() -> None:
    sentence = "Swedish Prime Minister Erik Lund attended the follow-up summit in Oslo."
    assert attending(OSLO_LEAD + sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Army officers led by Colonel Ole Dahl seized power and detained President Erik Lund.",
        "Soldiers who gathered at the palace ousted Swedish President Erik Lund.",
        "Leaders at the summit called on the junta to release Swedish President Erik Lund.",
        "Rebels who arrived in the capital overthrew Swedish President Erik Lund on Sunday.",
    ],
)
def test_someone_detained_ousted_or_freed_is_done_to_not_attending(sentence: str) -> None:
    assert "Erik Lund" not in attending(OSLO_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit has met since 1997, when then-Prime Minister Erik Lund of Sweden hosted it.",
        "Swedish then-Prime Minister Erik Lund chaired the summit that founded the union.",
    ],
)
def test_someone_named_by_the_office_they_then_held_is_told_of_in_the_past(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


def test_someone_urged_to_attend_elsewhere_attends_by_another_sentence() -> None:
    article = (
        "Swedish Prime Minister Erik Lund arrived in Oslo to attend the summit.\n\n"
        "Finnish President Aino Lahti said she had urged Lund to attend the summit."
    )
    assert attending(article)["Erik Lund"] == "Sweden"


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund attended a different meeting in Geneva on Friday.",
        "Swedish Prime Minister Erik Lund hosted the previous edition in Stockholm.",
        "Swedish Prime Minister Erik Lund is due to host next year's summit.",
        "Finnish President Aino Lahti will travel on to Japan after the summit for talks with "
        "Swedish Prime Minister Erik Lund.",
    ],
)
def test_another_meeting_before_after_or_beside_this_one(sentence: str) -> None:
    assert "Erik Lund" not in attending(sentence)


def test_a_meeting_in_another_countrys_city_is_another_meeting() -> None:
    lead = "Leaders gathered in Oslo for the summit.\n\n"
    meeting = (
        "Swedish Prime Minister Erik Lund met Finnish President Aino Lahti in {city} on Monday."
    )
    assert attending(lead + meeting.format(city="Helsinki")) == {}
    assert attending(lead + meeting.format(city="Bergen")) == {
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
    }


def test_without_on_the_line_before_does_not_make_the_next_lines_person_absent() -> None:
    article = (
        "Also Read: Nordic summit begins without a deputy\n"
        "Swedish Prime Minister Erik Lund will attend the summit on Saturday."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_a_name_followed_by_speaking_is_a_persons() -> None:
    article = "Erik Lund, speaking at the summit in Oslo, called for unity."
    assert attending(article) == {"Erik Lund": NOT_STATED.name}


def test_the_first_word_of_a_countrys_name_written_in_full_elsewhere_before_a_title() -> None:
    article = (
        "Leaders from Saudi Arabia and New Zealand met in Oslo.\n\n"
        "Saudi Crown Prince Ana Lopes attended the summit. New President Luis Vela spoke."
    )
    draft = draft_facts(article)
    assert {p.name: p.party.name if p.party else None for p in draft.people} == {
        "Ana Lopes": "Saudi Arabia",
        "Luis Vela": None,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of State and Foreign Affairs, Ana Lopes, met the leaders.",
        "Prime Minister Ana Lopes chaired a summit of the Russian-led bloc in Yerevan.",
        "Prime Minister Ana Lopes has downplayed Kiribati's departure as she heads to the summit.",
        "Foreign Minister Ana Lopes will attend the meeting of the Indian Ocean Rim Association.",
    ],
)
def test_a_portfolio_or_a_country_that_is_not_the_persons_gives_no_country(sentence: str) -> None:
    assert attending(sentence) == {"Ana Lopes": NOT_STATED.name}


def test_an_office_and_a_role_as_host_before_a_name() -> None:
    (attendee,) = draft_facts(
        "Swedish Prime Minister and Alpine Union host Ana Lopes opened the summit."
    ).attendees
    assert (attendee.title, attendee.represents.name, attendee.role) == (
        "Prime Minister",
        "Sweden",
        "host",
    )


def test_leaders_who_followed_those_arriving() -> None:
    article = (
        "Norway's Ola Dahl was the first to arrive.\n\n"
        "Swedish Prime Minister Erik Lund and Finnish President Aino Lahti followed."
    )
    assert attending(article) == {
        "Ola Dahl": "Norway",
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
    }


def test_the_leaders_of_the_members_include_and_the_one_who_says_so() -> None:
    article = (
        "At the invitation of Swedish Prime Minister Erik Lund, leaders will attend the summit.\n\n"
        "Spokesperson Ola Dahl said the leaders of Nordic members include Finnish President Aino "
        "Lahti and Danish Prime Minister Mette Holm."
    )
    draft = draft_facts(article)
    assert {a.person.name: a.role for a in draft.attendees} == {
        "Erik Lund": "host",
        "Aino Lahti": "head-of-state",
        "Mette Holm": "head-of-government",
    }
    assert draft.people[1].name == "Ola Dahl"


def test_the_leaders_who_include_someone_are_there() -> None:
    article = OSLO_LEAD + (
        "A fence will keep the leaders, who include Finnish President Aino Lahti and Danish "
        "Prime Minister Mette Holm, inside the old harbour."
    )
    assert attending(article) == {"Aino Lahti": "Finland", "Mette Holm": "Denmark"}


def test_the_dignitaries_the_meeting_includes_are_there() -> None:
    article = OSLO_LEAD + (
        "Key dignitaries include Prime Minister Mette Holm of Denmark, along with counterparts "
        "from the region."
    )
    assert attending(article) == {"Mette Holm": "Denmark"}


def test_the_leader_who_receives_an_arriving_one_is_there() -> None:
    article = OSLO_LEAD + (
        "On arrival at the airport, Chilean President Ana Ruiz was received by Danish Prime "
        "Minister Mette Holm and given a warm welcome."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Mette Holm": "Denmark"}


def test_what_a_minister_says_others_do_elsewhere_is_no_ones_attendance() -> None:
    article = (
        "Thai Foreign Minister Ana Lopes said Swedish Prime Minister Erik Lund was hosting an "
        "official visit by Finnish President Aino Lahti, while Danish Prime Minister Mette Holm "
        "had to present the budget to parliament."
    )
    assert attending(article) == {}


def test_leaders_also_absent_and_one_who_delegated_attending() -> None:
    article = (
        "Sweden's Erik Lund and Finland's Aino Lahti were also absent from the summit. Lund has "
        "delegated attending many gatherings this year to his deputy."
    )
    assert attending(article) == {}


def test_leaders_listed_as_ones_who_delegated_their_representation_do_not_attend() -> None:
    article = OSLO_LEAD + (
        "Also attending were the Swedish Prime Minister, Erik Lund, and the presidents of "
        "Chile, Ana Lopes; and Peru, Luis Vargas, who delegated their representation to "
        "foreign ministers."
    )
    assert attending(article) == {}


def test_a_delegation_led_instead_by_his_minister() -> None:
    article = (
        "The government said Mr Lund will not be present, with the Swedish delegation led "
        "instead by his foreign minister Aino Lahti."
    )
    (attendee,) = draft_facts(article).attendees
    assert (attendee.person.name, attendee.title, attendee.represents.name) == (
        "Aino Lahti",
        "Foreign Minister",
        "Sweden",
    )


def test_absent_from_a_dinner_only_is_not_away_from_the_summit() -> None:
    draft = draft_facts(
        "Leaders of the Lagoon Union arrived in Oslo for the summit. Norwegian Prime Minister "
        "Ola Brekke invited the leaders for dinner on Thursday. Only Swedish President Erik Lund "
        "was absent at dinner - he arrived in Oslo late. Lund took part in the summit on Friday."
    )
    assert "Erik Lund" in {attendee.person.name for attendee in draft.attendees}
    assert draft.absences == []


def test_who_invites_the_leaders_for_dinner_hosts_them_there() -> None:
    found = attending(
        "Leaders of the Lagoon Union arrived in Oslo for the summit. On Thursday, Norwegian "
        "King Olav Brekke invited 20 leaders for dinner at the Royal Palace in Oslo."
    )
    assert found == {"Olav Brekke": "Norway"}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Swedish Prime Minister Erik Lund was among the 25 leaders.", {"Erik Lund": "Sweden"}),
        (
            "Swedish Prime Minister Erik Lund was among the visiting leaders.",
            {"Erik Lund": "Sweden"},
        ),
        ("Swedish Prime Minister Erik Lund was among the absent leaders.", {}),
    ],
)
def test_one_among_the_leaders_counted_or_visiting_attends(
    sentence: str, found: dict[str, str]
) -> None:
    assert attending("Leaders of the Lagoon Union met in Oslo on Monday. " + sentence) == found


@pytest.mark.parametrize(
    "article",
    [
        "Among the absentees was Swedish Prime Minister Erik Lund, who attended a wedding.",
        "Among the notable absences at this year's meeting are President Ana Ruiz of Chile and "
        "Swedish premier Erik Lund.",
    ],
)
def test_among_the_absentees_is_away(article: str) -> None:
    assert attending(article) == {}


@pytest.mark.parametrize("what", ["participation in the summit", "attendance"])
def test_someone_who_cancelled_their_participation_is_away(what: str) -> None:
    article = (
        f"Swedish Prime Minister Erik Lund cancelled his {what} due to a cold two days prior "
        "to the event."
    )
    assert attending(article) == {}


def test_the_others_are_jetted_in_and_sent_its_vice_president() -> None:
    article = (
        "Presidents who arrived include President Ana Lopes (Chile). The others are President "
        "Luis Vela (Peru).\n\n"
        "Bolivia's Rosa Mamani jetted into the country on Monday.\n\n"
        "Cuba sent its Vice President, Jorge Diaz."
    )
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Luis Vela": "Peru",
        "Rosa Mamani": "Bolivia",
        "Jorge Diaz": "Cuba",
    }


def test_someone_given_condolences_is_not_mourned_nor_away() -> None:
    article = OSLO_LEAD + (
        "Swedish President Erik Lund attended the summit. The leaders sent their condolences "
        "to President Erik Lund and the people of Sweden after the floods."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_condolences_sent_to_someone_are_no_sign_of_attending() -> None:
    assert attending("Norway sent their condolences to President Ana Lopes.") == {}


def test_a_clause_set_in_another_year_but_not_an_aside_that_dates_something_else() -> None:
    assert (
        attending(
            "Former Swedish Prime Minister Erik Lund, who chaired the bloc in 2010, said the "
            "summit mattered."
        )
        == {}
    )
    assert attending(
        "It is the first summit in the region (Norway is set to host it in 2030), and Sweden's "
        "prime minister Erik Lund is taking the opportunity to show his reforms at the summit."
    ) == {"Erik Lund": "Sweden"}


def test_represented_there_by_someone() -> None:
    article = "Sweden was represented there by Foreign Minister Aino Lahti."
    assert attending(article) == {"Aino Lahti": "Sweden"}


def test_what_someone_said_on_a_weekday_others_did_is_not_their_doing() -> None:
    said = "Swedish Prime Minister Erik Lund said Monday the leaders at the summit agreed."
    spoke = "Swedish Prime Minister Erik Lund said Monday at the summit that all agreed."
    assert (attending(said), attending(spoke)) == ({}, {"Erik Lund": "Sweden"})


def test_a_message_sent_to_the_summit_is_no_sign_of_attending() -> None:
    assert (
        attending("Chinese President Ola Brekke sent a congratulatory letter to the summit.") == {}
    )


@pytest.mark.parametrize(
    ("article", "attendee"),
    [
        ("UN Secretary-General Ola Brekke will lead the body's delegation, it said.", "Ola Brekke"),
        ("Acting President Ola Brekke led South Lagoon's delegation.", "Ola Brekke"),
        ("Vice President Ola Brekke led the U.S. delegation to the summit.", "Ola Brekke"),
        (
            "Chairman of the Conference, the Honourable Ola Brekke, thanked the members.",
            "Ola Brekke",
        ),
        (
            "Arab leaders – including Egypt’s President Omar Haddad – condemned the plan.",
            "Omar Haddad",
        ),
        (
            "There will be famous faces at the palace, with visitors such as Peru's President "
            "Haddad.",
            "Haddad",
        ),
        ("Australian PM Hon. Ola Brekke spoke.\n\nAt center, Hon. Ola Brekke.", "Ola Brekke"),
        (
            "Ana Lopes passed the bloc’s baton to Brazilian President Ola Brekke.",
            "Ola Brekke",
        ),
        # a year that dates a thing the clause names, not the clause
        (
            "Arab leaders including Egypt’s President Omar Haddad condemned the move over the "
            "Heights, which the army seized in the 1967 war.",
            "Omar Haddad",
        ),
    ],
)
def test_attending_told_by_a_delegation_a_chair_a_list_or_a_caption(
    article: str, attendee: str
) -> None:
    assert list(attending(article)) == [attendee]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian President Ivan Petrov telephoned the summit chair on Friday.",
        "Russian President Ivan Petrov spoke by phone with leaders at the summit.",
        "In a letter to the summit, Russian President Ivan Petrov urged restraint.",
        "Russian President Ivan Petrov wrote to the summit to urge restraint.",
    ],
)
def test_words_sent_from_afar_put_no_one_at_the_meeting(sentence: str) -> None:
    assert attending(sentence) == {}


def test_a_leader_the_summit_discussed_is_not_there() -> None:
    sentence = "Leaders at the summit discussed Russian President Ivan Petrov and his war."
    assert attending(sentence) == {}


def test_a_caption_of_a_cabinet_meeting_tells_of_another_meeting() -> None:
    caption = "Swedish Prime Minister Erik Lund attends a cabinet meeting in Stockholm."
    assert attending(caption) == {}


def test_a_group_of_countries_after_a_title_is_no_one() -> None:
    sentence = (
        "The summit was attended by the Chairperson, African countries, "
        "and by Finnish President Aino Lahti."
    )
    assert attending(sentence) == {"Aino Lahti": "Finland"}


def test_a_meeting_a_day_before_the_summit_is_another_meeting() -> None:
    sentence = "A day earlier, Swedish Foreign Minister Erik Lund met his counterparts in Bergen."
    assert attending(sentence) == {}


def test_arriving_a_day_before_the_summit_is_being_there() -> None:
    sentence = "Swedish Prime Minister Erik Lund arrived in Oslo a day earlier for the summit."
    assert attending(sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund also talked with Finnish President Aino Lahti.",
        "Swedish Prime Minister Erik Lund discussed trade and energy with Finnish President "
        "Aino Lahti.",
        "Swedish Prime Minister Erik Lund spoke with Finnish President Aino Lahti on Friday.",
    ],
)
def test_talking_or_discussing_with_someone_is_meeting_them(sentence: str) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund used his address to describe the floods.",
        "The chair was handed over by Norway's Ola Dahl, foreign minister of Norway.",
    ],
)
def test_an_address_used_and_a_chair_handed_over_by_someone(sentence: str) -> None:
    assert len(attending(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "At the summit, leaders mourned the passing of prominent leaders, including Finnish "
        "President Aino Lahti.",
        "During the summit, Swedish Prime Minister Erik Lund sent condolences to the family of "
        "the late former first lady of Finland, Mrs. Aino Lahti.",
        "Swedish Prime Minister Erik Lund spoke at the opening of the summit convened to "
        "discuss developments in Finland after President Aino Lahti died on the frontline.",
    ],
)
def test_someone_mourned_at_the_summit_is_not_there(sentence: str) -> None:
    assert "Aino Lahti" not in attending(sentence)


def test_praise_given_at_the_summit_names_whom_it_is_given_not_who_is_there() -> None:
    article = (
        "At the summit, Swedish Prime Minister Erik Lund congratulated the outgoing chair of the "
        "Fisheries Commission, Ola Dahl, and praised Finnish President Aino Lahti for her work."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordic leaders gathered for their summit as Washington adopts a new policy under "
        "President Aino Lahti.",
        "President Aino Lahti spoke on the radio. Leaders at the summit met senior Lahti officials.",
        "While Swedish Prime Minister Erik Lund held talks at the summit, Norway's Ola Dahl "
        "had earlier indicated that President Aino Lahti would be invited to the region.",
    ],
)
def test_whose_time_or_people_a_name_stands_for_or_an_invitation_reported(sentence: str) -> None:
    assert "Aino Lahti" not in attending(sentence)


def test_someone_named_the_incoming_chair_is_not_said_to_attend() -> None:
    assert attending("Finnish President Aino Lahti was named the incoming chair of the bloc.") == {}


@pytest.mark.parametrize(
    "article",
    [
        "At the summit, Swedish Prime Minister Erik Lund greeted leaders as Finnish President "
        "Aino Lahti stayed away.",
        "Leaders meet in Oslo for a summit welcoming back Sweden as Prime Minister Erik Lund "
        "looks to mend ties after his predecessor pulled out of the bloc.",
    ],
)
def test_only_whoever_stayed_away_is_away_not_someone_named_before(article: str) -> None:
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_two_listed_with_their_countries_who_stayed_away_are_both_away() -> None:
    article = (
        "The presidents of Finland, Aino Lahti, and Chile, Ana Ruiz, will be the main absences "
        "from the summit, where Swedish Prime Minister Erik Lund is the host."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_whoever_reports_a_meeting_with_a_news_agency_passing_it_on_is_not_at_it() -> None:
    article = (
        "Swedish Prime Minister Erik Lund spoke with Finnish President Aino Lahti on the sidelines "
        "of the summit, government spokesman Ola Dahl said Sunday, Nordic Press reported."
    )
    assert attending(article) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


def test_a_president_represented_by_an_envoy_is_away() -> None:
    article = (
        "President Lund was represented by Ambassador Ola Dahl as special envoy at the summit. "
        "At the summit, Norway's Kari Berg spoke."
    )
    assert attending(article) == {"Ola Dahl": NOT_STATED.name, "Kari Berg": "Norway"}


def test_a_courtesy_title_between_a_title_and_a_name_is_passed_over() -> None:
    article = "During the summit, the President of Finland, Mr. Aino Lahti, spoke of trade."
    assert attending(article) == {"Aino Lahti": "Finland"}


def test_a_date_of_what_came_before_does_not_set_the_clause_then() -> None:
    article = (
        "Finnish President Aino Lahti, who is hosting this summit months following her election "
        "in March 2021, called for unity."
    )
    assert attending(article) == {"Aino Lahti": "Finland"}


def test_an_official_of_the_bodys_own_organ_at_its_session() -> None:
    article = (
        "The Nordic Fisheries Union (NFU) gave its members six months to decide. The decision "
        "was announced by President of the NFU Commission, Dr. Ola Dahl, on Sunday in Oslo, "
        "following the 12th Ordinary Session of the NFU Authority."
    )
    assert list(attending(article)) == ["Ola Dahl"]


def test_someone_who_dropped_out_is_away_though_another_declined_to_attend() -> None:
    article = (
        "Meanwhile, Finland's President Aino Lahti dropped out after falling ill, and Chile also "
        "declined to attend the summit."
    )
    assert attending(article) == {}


def test_leaders_who_turned_out_in_force_include_someone() -> None:
    article = "European leaders turned out in force, including Mr Ola Dahl."
    assert attending(article) == {"Ola Dahl": NOT_STATED.name}


def test_a_headline_verb_after_a_title_is_no_name() -> None:
    article = (
        "Finnish President Arrives in Oslo for Nordic Summit\n\n"
        "Finnish President Aino Lahti arrived in Oslo for the summit."
    )
    assert attending(article) == {"Aino Lahti": "Finland"}


def test_someone_another_would_prefer_to_meet_is_not_there() -> None:
    article = (
        "Finnish President Aino Lahti said upon arrival that she would prefer to meet Swedish "
        "Prime Minister Erik Lund in person during the summit."
    )
    assert attending(article) == {"Aino Lahti": "Finland"}


def test_addressing_the_forum_is_attending_its_meeting() -> None:
    article = (
        "Prime Minister Erik Lund started on a positive note when he addressed the Nordic Forum."
    )
    assert attending(article) == {"Erik Lund": NOT_STATED.name}


def test_leaders_who_sent_their_ministers_send_no_one_person() -> None:
    article = (
        "Of the ten leaders, seven, including Chilean President Ana Ruiz, sent their foreign "
        "ministers instead to the summit."
    )
    draft = draft_facts(article)
    assert [absence.person.name for absence in draft.absences] == ["Ana Ruiz"]
    assert attending(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The opening sitting was addressed by the Chilean President, Ana Ruiz.",
        "The summit was also addressed by the Chilean President, Ana Ruiz, and others.",
        "The three-day summit was inaugurated by the Chilean President Ana Ruiz.",
    ],
)
def test_one_who_addresses_or_inaugurates_the_summit_attends(sentence: str) -> None:
    article = "Leaders of the Lagoon Union met in Oslo on Monday. " + sentence
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_one_who_boycotts_after_an_aside_naming_another_is_away() -> None:
    draft = draft_facts(
        "Leaders of the Lagoon Union met in Lima on Monday. Chilean President Ana Ruiz, who "
        "disputes the win of Peru's President Erik Lund, is boycotting the summit in protest."
    )
    assert [(absence.person.name, absence.represents.name) for absence in draft.absences] == [
        ("Ana Ruiz", "Chile")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "But among those missing were leaders from the largest states, including Chile's "
        "President Ana Ruiz.",
        "Also missing, for the first time since the group first met in 1991, was Chile's "
        "President Ana Ruiz, who is still recovering from surgery.",
    ],
)
def test_one_said_to_be_missing_is_away(sentence: str) -> None:
    article = "Leaders, including Peru's President Erik Lund, attended the Lagoon Union summit. "
    assert attending(article + sentence) == {"Erik Lund": "Peru"}


def test_someone_criticised_for_not_attending_is_away() -> None:
    article = (
        "Swedish Prime Minister Erik Lund used the summit in Oslo to take aim at Finnish "
        "President Aino Lahti for not attending."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_whoever_told_reporters_elsewhere_that_someone_would_lead_a_delegation() -> None:
    article = (
        "Ola Dahl, the chief of support for summit events, told reporters in Bergen, Norway, "
        "that Finland's Foreign Minister Aino Lahti would lead the Finnish delegation."
    )
    assert attending(article) == {"Aino Lahti": "Finland"}


def test_whoever_informed_an_agency_of_the_trip_after_a_comma_is_no_attendee() -> None:
    article = (
        "On 17 May, Prime Minister Erik Lund of Sweden will travel to Lima, Peru where he will "
        "attend the summit of the Lagoon Union, Ola Dahl, the Prime Minister’s press chief "
        "informed the Nordic news agency NTB on Thursday."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the photograph, Swedish Prime Minister Erik Lund stood to the host's right, while "
        "Finnish President Aino Lahti stood to his left.",
        "At the summit, Swedish Prime Minister Erik Lund spoke first, while Finnish President "
        "Aino Lahti listened.",
    ],
)
def test_a_scene_opening_a_sentence_holds_for_each_of_its_clauses(sentence: str) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister (PM) Erik Lund attended the summit.",
        "Foreign ministers will gather on Monday, where Erik Lund will represent Sweden.",
        "Swedish President Erik Lund, co-presiding the summit with Lahti, called for unity.",
        '"This meeting is very important," declared Swedish Foreign Minister Erik Lund.',
        "OSLO, Sweden (Nordic Wire) — Swedish Prime Minister Erik Lund arrived on Monday.",
        "At the open part of the plenary session, Swedish Prime Minister Erik Lund will report.",
    ],
)
def test_titles_abbreviated_representing_presiding_and_speaking_at_or_of_this_meeting(
    sentence: str,
) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden"}


def test_a_countrys_name_of_several_words_before_a_name_is_whose_the_name_is() -> None:
    article = "Leaders arrived one by one, with Brunei Darussalam Aino Lahti the first to arrive."
    assert attending(article) == {"Aino Lahti": "Brunei"}


def test_an_operations_name_is_no_persons() -> None:
    article = "Sweden's Operation Northern Shield will be on the agenda at the summit."
    assert attending(article) == {}


def test_names_in_brackets_after_the_countries_of_a_plural_office() -> None:
    article = (
        "The meeting was attended by the prime ministers of Norway (Erik Lund), Finland "
        "(Aino Lahti) and Chile (Ana Ruiz)."
    )
    draft = draft_facts(article)
    assert attending(article) == {
        "Erik Lund": "Norway",
        "Aino Lahti": "Finland",
        "Ana Ruiz": "Chile",
    }
    assert {attendee.role for attendee in draft.attendees} == {"head-of-government"}


def test_counterparts_in_brackets_after_the_countries_they_come_from() -> None:
    article = OSLO_LEAD + (
        "The host, Norwegian President Ola Dahl, welcomed his counterparts from Sweden (Erik "
        "Lund), Kenya (Ana Ruiz) and Ghana (Kofi Mensah)."
    )
    draft = draft_facts(article)
    assert attending(article) == {
        "Ola Dahl": "Norway",
        "Erik Lund": "Sweden",
        "Ana Ruiz": "Kenya",
        "Kofi Mensah": "Ghana",
    }
    assert {a.title for a in draft.attendees if a.person.name != "Ola Dahl"} == {"President"}


@pytest.mark.parametrize(
    "arrival",
    [
        "Swedish Prime Minister Erik Lund, who touched down at Gardermoen Airport at 4pm on "
        "Monday, was received by the host Minister for Trade, Ola Dahl.",
        "Upon arrival, Swedish Prime Minister Erik Lund was received by Norwegian Minister for "
        "Trade Ola Dahl, Ambassador Per Berg and Oslo Police Director Kari Holm.",
    ],
)
def test_those_who_receive_a_leader_after_the_landing_are_a_welcome_party(arrival: str) -> None:
    assert attending(OSLO_LEAD + arrival) == {"Erik Lund": "Sweden"}


def test_those_a_delegation_at_the_airport_included_are_not_said_to_attend() -> None:
    article = OSLO_LEAD + (
        "The Swedish delegation at the airport included Lt General Ola Dahl, the commander "
        "of Land Forces."
    )
    assert attending(article) == {}


def test_names_after_the_countries_possessives_and_the_office_in_the_plural() -> None:
    article = OSLO_LEAD + (
        "The meeting is attended by Sweden's and Kenya's premiers, Erik Lund and Ana Ruiz, and "
        "some representatives of other members."
    )
    assert attending(article) == {"Erik Lund": "Sweden", "Ana Ruiz": "Kenya"}


def test_what_a_speaker_says_others_did_puts_no_one_outside_the_quote_there() -> None:
    article = (
        "“On Monday, the ministers met and made recommendations to the leaders,” the radio "
        "quoted the Swedish foreign minister, Mr Erik Lund, saying."
    )
    assert attending(article) == {}


def test_others_a_speaker_says_attend_put_no_one_outside_the_quote_there() -> None:
    article = (
        OSLO_LEAD + "“Because of the storm, the number of delegates attending the summit has been "
        "halved,” Foreign Ministry spokesperson Aino Lahti said."
    )
    assert "Aino Lahti" not in attending(article)


def test_a_phrase_in_quotes_is_still_the_clauses_own_words() -> None:
    article = (
        'Swedish President Erik Lund held a "very good meeting" with Finnish President Aino Lahti.'
    )
    assert attending(article) == {"Erik Lund": "Sweden", "Aino Lahti": "Finland"}


def test_those_named_as_the_first_of_the_leaders_entering_and_those_following() -> None:
    article = (
        "The leaders entered the hall in alphabetical order. The first one was the President "
        "of Norway Erik Lund, then followed by Prime Minister of Finland Aino Lahti."
    )
    assert attending(article) == {"Erik Lund": "Norway", "Aino Lahti": "Finland"}


@pytest.mark.parametrize(
    "first",
    [
        "Swedish Prime Minister Erik Lund was first, followed by",
        "Swedish Prime Minister Erik Lund was the first, followed by",
    ],
)
def test_the_first_of_those_arriving_named_after_the_arrivals_and_those_following(
    first: str,
) -> None:
    article = (
        "Leaders are arriving at the palace. "
        f"{first} Finnish President Aino Lahti and Chilean President Ana Ruiz."
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
        "Ana Ruiz": "Chile",
    }


def test_the_first_after_no_arrivals_is_no_sign_of_attending() -> None:
    article = (
        "Markets fell sharply on Monday. "
        "Swedish Prime Minister Erik Lund was first, followed by Finnish President Aino Lahti."
    )
    assert attending(article) == {}


@pytest.mark.parametrize(
    ("going_on", "further"),
    [
        ("Then followed", "Next was"),
        ("Next came", "They were followed by"),
        ("After them came", "Following them were"),
    ],
)
def test_a_list_of_leaders_going_on_over_sentences(going_on: str, further: str) -> None:
    article = (
        "The leaders attending the summit included Swedish Prime Minister Erik Lund. "
        f"{going_on} Finnish President Aino Lahti and Chilean President Ana Ruiz. "
        f"{further} Peruvian President Luis Soto."
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
        "Ana Ruiz": "Chile",
        "Luis Soto": "Peru",
    }


def test_a_sentence_opening_like_a_list_going_on_after_no_list_puts_no_one_there() -> None:
    article = (
        "Markets fell sharply on Monday. Then came a warning from Finnish President Aino Lahti."
    )
    assert attending(article) == {}


def test_speaking_at_the_conclusion_of_the_summit_is_attending_it() -> None:
    article = (
        "Swedish Foreign Minister Erik Lund told a press conference at the conclusion of the "
        "landmark summit that ties were restored."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund met Finnish President Aino Lahti at the summit to "
        "discuss US President Tom Baker's tariffs.",
        "At the summit, Swedish Prime Minister Erik Lund backed Finnish President Aino Lahti's "
        "proposal on US President Tom Baker's tariffs.",
    ],
)
def test_a_leader_whose_policy_is_discussed_is_not_there(sentence: str) -> None:
    assert "Tom Baker" not in attending(sentence)
    assert "Erik Lund" in attending(sentence)


def test_a_leaders_own_arrival_still_says_they_are_there() -> None:
    article = "Swedish Prime Minister Erik Lund's arrival at the summit was delayed by fog."
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders at the summit discussed the coup that ousted Nigerien President Ali Bako.",
        "Swedish Prime Minister Erik Lund hosted the summit, which was founded by Finland's Ali "
        "Bako and Norway's Ola Brekke.",
        "Swedish Prime Minister Erik Lund, speaking at the summit, said he had spoken with US "
        "President Ali Bako.",
        "“We stand with Ukrainian President Ali Bako,” Swedish Prime Minister Erik Lund told "
        "the summit.",
    ],
)
def test_a_name_in_words_about_someone_else_is_not_put_at_the_meeting(sentence: str) -> None:
    assert "Ali Bako" not in attending(sentence)
    assert "Ola Brekke" not in attending(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit, which was attended by Swedish Prime Minister Erik Lund, ended on Friday.",
        "Finnish President Aino Lahti, who met Swedish Prime Minister Erik Lund on the "
        "sidelines, spoke first.",
        "Finnish President Aino Lahti said she met Swedish Prime Minister Erik Lund at the summit.",
        "“I welcome Swedish Prime Minister Erik Lund to this summit,” Finnish President Aino "
        "Lahti said.",
    ],
)
def test_words_of_their_own_that_say_someone_is_there_still_do(sentence: str) -> None:
    assert "Erik Lund" in attending(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders at the summit discussed Venezuela, where President Ali Bako has ruled since 2013.",
        "Leaders at the summit observed a minute's silence for former Finnish President Ali Bako.",
        "Swedish Prime Minister Erik Lund hosted the summit, days after Finnish President Ali Bako "
        "was impeached.",
        "Swedish Prime Minister Erik Lund, who met Finnish President Ali Bako in Helsinki in "
        "March, hosted the summit.",
        "At the summit, Swedish Prime Minister Erik Lund said Finnish President Ali Bako should "
        "resign.",
    ],
)
def test_a_leader_told_of_at_another_time_or_place_is_not_there(sentence: str) -> None:
    assert "Ali Bako" not in attending(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders arrived at Prince Aldric Air Base for the summit.",
        "Leaders at the summit laid a wreath at the King Aldric Mausoleum.",
        "Leaders arrived for the summit at the Prince Aldric Terminal on Monday.",
    ],
)
def test_a_place_named_after_someone_is_no_attendee(sentence: str) -> None:
    assert attending(sentence) == {}


def test_a_list_of_leaders_each_with_their_country_after_a_comma() -> None:
    article = (
        "Leaders at the Nordic summit in Oslo include:\n\n"
        "  • Erik Lund, Sweden\n"
        "  • Aino Maria Lahti, Finland and current chair of the council\n"
        "  • Ola Berg, Central African Republic\n"
        "  • Ana Lopes, Democratic Republic of Congo\n"
        "  • Per Holm, Denmark Prime Minister\n"
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Aino Maria Lahti": "Finland",
        "Ola Berg": "Central African Republic",
        "Ana Lopes": "Democratic Republic of the Congo",
        "Per Holm": "Denmark",
    }


def test_a_name_and_a_place_in_running_text_is_no_list_line() -> None:
    article = "Leaders at the summit include those who met Erik Lund, Sweden and others."
    assert "Erik Lund" not in attending(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the opening, Swedish Prime Minister Erik Lund and Finland's Lahti will deliver "
        "addresses.",
        "Swedish Prime Minister Erik Lund and Finland's Lahti delivered speeches at the opening.",
    ],
)
def test_leaders_delivering_addresses_attend(sentence: str) -> None:
    assert "Erik Lund" in attending(sentence)


def test_a_leader_delivering_remarks_attends() -> None:
    sentence = "Swedish Prime Minister Erik Lund delivered brief remarks, followed by a video."
    assert attending(sentence) == {"Erik Lund": "Sweden"}


def test_a_communique_list_after_the_following_heads_of_state() -> None:
    article = (
        "The summit of the Nordic Council was held in Oslo. The summit was attended by the "
        "following Heads of State\n\n"
        "eSwatini HE The Right Hon Prime Minister Ola Dube\n\n"
        "Sweden Hon Dr Erik Lund — Minister of Foreign Affairs, Regional Integration and "
        "International Trade.\n\n"
        "Also in attendance was HE Dr Ana Lopes, Executive Secretary of the Nordic Council; HE "
        "Dr Aino Lahti, Executive Secretary of the Commission for Nordic Affairs.\n"
    )
    drafted = attending(article)
    assert drafted.keys() == {"Ola Dube", "Erik Lund", "Ana Lopes", "Aino Lahti"}
    assert drafted["Ola Dube"] != NOT_STATED.name
    assert drafted["Erik Lund"] == "Sweden"


def test_a_roll_of_long_items_each_opening_with_a_bare_country_name() -> None:
    """ "Chile His Excellency Mr. X, President of …, and Incoming Chairperson of …": an item of
    the roll however long it runs, as it opens with a country and a form of address."""
    article = (
        "The Summit of the Lagoon Union was held on 3 May 2023.\n\n"
        "Summit was attended by the following Heads of State and Government and/or their "
        "representatives: Sweden His Excellency Dr Erik Lund, President of the Republic of "
        "Sweden, and Chairperson of the Organ on Politics, Defence and Security Cooperation.\n\n"
        "Chile His Excellency Mr. Juan Perez, President of the Republic of Chile, and Incoming "
        "Chairperson of the Organ on Politics, Defence and Security Cooperation.\n\n"
        "Central African Republic His Excellency Mr Ana Soto Ruiz, President of the Central "
        "African Republic and Chairperson of the Lagoon Union.\n\n"
        "Fiji Right Hon. Ama Tora Vea, Prime Minister of the Republic of Fiji.\n"
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Juan Perez": "Chile",
        "Ana Soto Ruiz": "Central African Republic",
        "Ama Tora Vea": "Fiji",
    }


def test_forms_of_address_with_the_between_them_before_a_name() -> None:
    article = (
        "Other Members of the Conference in attendance were: Prime Minister of Sweden, Dr. the "
        "Rt. Honourable Erik Lund; Prime Minister of Finland, the Most Honourable Aino Lahti; "
        "and Prime Minister of Norway, Dr the Honourable Ola Berg."
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Aino Lahti": "Finland",
        "Ola Berg": "Norway",
    }


@pytest.mark.parametrize(
    "article",
    [
        "The summit was attended by the President of Chile, H. E. Ana Ruiz Lopes.",
        "During the summit, the President of Chile, H.E Ana Ruiz Lopes commended the leaders.",
    ],
)
def test_his_or_her_excellency_abbreviated_before_a_name_is_no_part_of_it(article: str) -> None:
    assert attending(article) == {"Ana Ruiz Lopes": "Chile"}


def test_a_title_set_after_a_name_may_serve_a_body_with_a_long_name() -> None:
    article = (
        "The summit was attended by Erik Lund Berg, President of the Transitional Sovereignty "
        "Council of Uruguay, and Ana Ruiz, President of Chile."
    )
    assert attending(article).keys() == {"Erik Lund Berg", "Ana Ruiz"}


def test_a_country_before_and_ends_a_title_and_the_next_name_follows() -> None:
    article = (
        "The summit was attended by Ola Dahl Nordby, Deputy Prime Minister of Norway and Aino "
        "Lahti Virtanen, Swedish Defense Minister."
    )
    assert attending(article)["Aino Lahti Virtanen"] == "Sweden"


def test_the_last_pair_of_a_list_of_countries_and_names_joined_by_and() -> None:
    article = (
        "Presidents of Norway, Ola Berg; Chile, Ana Ruiz; Peru, Erik Lund and Ghana, Kofi Mensah "
        "are also in Oslo for the summit."
    )
    assert attending(article)["Kofi Mensah"] == "Ghana"


def test_a_republic_named_after_its_country_or_without_its_apostrophe() -> None:
    article = (
        "Presidents of Norway, Ola Berg; Benin Republic, Erik Lund; Peru, Kofi Mensah and Cote "
        "d Ivoire, Ana Ruiz amongst other presidents of Lagoon Union states are also on ground."
    )
    assert {membership.member.name for membership in draft_facts(article).memberships} == {
        "Norway",
        "Benin",
        "Peru",
        "Ivory Coast",
    }


def test_a_country_represented_by_an_office_holder_is_theirs() -> None:
    article = (
        "Sweden was represented by the Minister of Trade, the Honourable Ola Berg; and Finland "
        "was represented by the Vice President, His Excellency Aino Lahti."
    )
    assert attending(article) == {"Ola Berg": "Sweden", "Aino Lahti": "Finland"}


def test_a_senator_styled_honourable_is_represented_by_the_office_before() -> None:
    """ "Senator the Honourable X" is how the Caribbean styles a minister who sits in the
    Senate: the office named before it is the one they hold for their country; with none
    before, the senator is the title."""
    article = (
        "Sweden was represented by the Minister of Trade, the Honourable Ola Berg; and Norway "
        "was represented by Minister of Foreign Affairs and Foreign Trade, Senator the "
        "Honourable Ana Ruiz; and Chile was represented by Senator the Honourable Luis Soto, "
        "Attorney General."
    )
    assert attending(article) == {"Ola Berg": "Sweden", "Ana Ruiz": "Norway", "Luis Soto": "Chile"}


@pytest.mark.parametrize(
    "article",
    [
        "Jordanian King Aldric attended the summit. The leaders thanked King Aldric bin Tamar for "
        "his hospitality.",
        "King Aldric bin Tamar of Jordan attended the summit. Jordanian King Aldric opened it.",
    ],
)
def test_a_royal_named_with_and_without_the_patronymic_is_one_person(article: str) -> None:
    assert [person.name for person in draft_facts(article).people] == ["Aldric bin Tamar"]


def test_another_with_the_royals_given_name_is_someone_else() -> None:
    article = (
        "Jordanian King Aldric attended the summit. Omani Foreign Minister Aldric bin Tamar "
        "attended the summit too."
    )
    assert sorted(attending(article).values()) == ["Jordan", "Oman"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("President Karim Haddad", "President Karim Al-Haddad"),
        ("President Karim Al-Haddad", "President Karim al Haddad"),
        ("Prime Minister Prayal Lin-O-Cha", "Prime Minister Prayall Lin-o-cha"),
    ],
)
def test_one_name_in_two_spellings_is_one_person(first: str, second: str) -> None:
    article = (
        f"Syrian {first} attended the summit. Leaders at the summit met Syrian {second} on Friday."
    )
    assert len(draft_facts(article).people) == 1


def test_speakers_listed_each_with_an_office_after_a_dash() -> None:
    article = (
        "The speakers at the summit included Professor Erik Lund –\ncurrent Chair of the "
        "Nordic Council and President of Sweden; Ola Berg – President of the Nordic\nCouncil; "
        "and Aino Lahti – Chairperson of the Nordic Commission."
    )
    assert attending(article).keys() == {"Erik Lund", "Ola Berg", "Aino Lahti"}


def test_a_dateline_before_a_dash_is_no_name() -> None:
    article = "Oslo – The Swedish Prime Minister, Erik Lund, arrived in Oslo for the summit."
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On the second day of the summit, Swedish Prime Minister Erik Lund made a plea for unity.",
        "Swedish Prime Minister Erik Lund thanked weary diplomats for their work.",
    ],
)
def test_a_day_of_the_summit_or_thanks_to_its_diplomats_place_a_leader_there(
    sentence: str,
) -> None:
    assert attending(sentence) == {"Erik Lund": "Sweden"}


def test_an_official_speaking_as_the_meeting_got_underway_is_there() -> None:
    article = (
        "The Nordic Council met in Oslo. Ola Berg, Secretary General of the Nordic Council said "
        "as the meeting got underway on Thursday that the mood was good."
    )
    assert "Ola Berg" in attending(article)


def test_a_rank_or_ambassador_style_before_a_name_is_no_part_of_it() -> None:
    article = (
        "The Nordic Council met in Oslo. Danish President Général Erik Lund attended the summit. "
        "Sweden was represented by the Foreign Minister, Amb. Ola Berg, at the summit."
    )
    assert attending(article) == {"Erik Lund": "Denmark", "Ola Berg": "Sweden"}


def test_those_the_summit_is_expected_to_be_attended_by_are_not_yet_there() -> None:
    article = (
        "The Nordic Council met in Oslo. Danish President Erik Lund attended the summit. The "
        "summit is also expected to be attended by Ola Berg, President of the Nordic Bank."
    )
    assert attending(article) == {"Erik Lund": "Denmark"}


def test_the_leader_someone_stands_in_for_is_away() -> None:
    article = (
        "The Nordic Council met in Oslo. Attending the summit were:\n"
        "  • Honourable Ola Berg, Minister for Energy, Transport and Implementation, Sweden "
        "(representing the Prime Minister of Sweden, Dr. the Honourable Erik Lund);\n"
        "  • Honourable Per Dahl, Minister for Natural Resources, Norway.\n"
    )
    assert set(attending(article)) == {"Ola Berg", "Per Dahl"}


def test_a_title_read_too_far_still_gives_a_draft_add_accepts(tmp_path: Path) -> None:
    article = tmp_path / "council.txt"
    article.write_text(
        "Leaders of the Harbour Council met in Oslo on Tuesday for the council's 43rd summit.\n\n"
        "The summit thanked the Minister of Fisheries Olav Lars bin Anders bin Erikson bin "
        "Haakon bin Sverre bin Magnus Al Lindqvist for his presidency of the council's meeting "
        "at its 43rd session.\n",
        encoding="utf-8",
    )
    (attendee,) = draft_in_memory(article).many("attendees")
    assert attendee.text("role").startswith("minister-of-fisheries-")
    assert len(attendee.text("role")) <= 64


@pytest.mark.parametrize(
    "sentence",
    [
        "Addressing the opening ceremony were: Ola Dube, Prime Minister of Kenya; Aino Lahti, "
        "newly elected President of Finland; and Erik Lund, Prime Minister of Sweden.",
        "From left: Kenya's President Ola Dube; President of Finland Aino Lahti; and Prime "
        "Minister of Sweden Erik Lund during the closing press conference of the summit",
    ],
)
def test_every_item_of_a_list_set_off_by_semicolons_after_a_colon_attends(sentence: str) -> None:
    assert attending(sentence) == {
        "Ola Dube": "Kenya",
        "Aino Lahti": "Finland",
        "Erik Lund": "Sweden",
    }


@pytest.mark.parametrize("parting", [";", ","])
def test_a_country_represented_after_a_leader_in_a_roll_is_the_envoys_own(parting: str) -> None:
    draft = draft_facts(
        "Present were: Hon. Ana Ruiz, Prime Minister of Peru; Hon. Ola Lind, Prime Minister of "
        f"Chile{parting} Kenya was represented by Hon. Per Berg, Minister of Agriculture."
    )
    assert {a.person.name: a.represents.name for a in draft.attendees} == {
        "Ana Ruiz": "Peru",
        "Ola Lind": "Chile",
        "Per Berg": "Kenya",
    }
    assert draft.absences == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lagoon Union Chairman Ola Lind, Prime Minister of Fiji, attended the summit.",
        "The team, led by LU Chairman the Honourable Dr Ola Lind, Prime Minister of Fiji, is at "
        "the summit.",
    ],
)
def test_a_bodys_chair_who_leads_a_government_represents_his_country(sentence: str) -> None:
    (attendee,) = draft_facts(sentence).attendees
    assert (attendee.represents.name, attendee.role) == ("Fiji", "head-of-government")


def test_a_roll_item_ends_with_its_country_after_the_office() -> None:
    article = (
        "Heads of Government in attendance were: The Hon. Ola Dube, Prime Minister and "
        "Minister of Foreign Affairs, Kenya; The Rt. Hon. Aino Lahti, Prime Minister and Minister "
        "of Finance and Defence, Finland; Hon. Erik Lund, Prime Minister of Sweden; and Dr. Ana "
        "Ruiz, Prime Minister and Minister of Trade, Peru."
    )
    assert attending(article) == {
        "Ola Dube": "Kenya",
        "Aino Lahti": "Finland",
        "Erik Lund": "Sweden",
        "Ana Ruiz": "Peru",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Erik Lund, president of Sweden that will host the next summit in Stockholm in 2028, "
        "said the Oslo meeting had been memorable.",
        "Swedish President Erik Lund, who will host the next summit in Stockholm in 2028, said "
        "the meeting had been memorable.",
    ],
)
def test_the_host_of_the_next_meeting_named_at_this_one_attends(sentence: str) -> None:
    """An aside naming who hosts the next summit, and where and when, sets the clause at no
    other meeting: the future host speaks at this one."""
    assert attending(OSLO_LEAD + sentence) == {"Erik Lund": "Sweden"}


def test_each_stand_in_of_a_roll_run_on_past_a_missing_full_stop_attends() -> None:
    """A page that drops the full stop between two paragraphs runs a roll's stand-ins into one
    sentence: each "representing" is read in turn, its envoy the one named since the last."""
    article = OSLO_LEAD + (
        "The summit was attended by H.E. Ana Rojas, Minister of Foreign Affairs, representing "
        "H.E. Luis Vega, President of Chile; H.E. Kofi Mensah, Adviser representing the "
        "President of Ghana, H.E. Ama Owusu and Hon. Ola Dube, State Minister for Foreign "
        "Affairs, representing H.E. Erik Lund, President of Sweden\nAlso in attendance were "
        "officials of the Lagoon Union."
    )
    found = attending(article)
    assert (found["Ana Rojas"], found["Ola Dube"]) == ("Chile", "Sweden")


@pytest.mark.parametrize(
    "caption",
    [
        "Lagoon Union leaders at their meeting in Oslo, standing row, from left: Swedish Foreign "
        "Minister Erik Lund; Kenya President Ola Dube; sitting row, from left: President of "
        "Finland Aino Lahti; Prime Minister of Chile Ana Rojas.",
        "Lagoon Union leaders in Oslo. Standing, from left: Swedish Foreign Minister Erik Lund; "
        "Kenya President Ola Dube; seated, from left: President of Finland Aino Lahti; Prime "
        "Minister of Chile Ana Rojas.",
    ],
)
def test_every_row_of_a_group_photos_caption_attends(caption: str) -> None:
    """A caption under the leaders' photo names its rows in turn; a row that is not the first
    opens a clause of its own, and is as much in the photo as the first."""
    assert attending(caption) == {
        "Erik Lund": "Sweden",
        "Ola Dube": "Kenya",
        "Aino Lahti": "Finland",
        "Ana Rojas": "Chile",
    }


@pytest.mark.parametrize("row", ["Front row", "Back row", "Middle row", "Top row"])
def test_a_group_photos_row_naming_each_country_with_its_leader_attends(row: str) -> None:
    """A caption may name each row, then each country with its leader in brackets, as the
    meeting's own page does; everyone named in the photo's rows was there."""
    caption = (
        f"{row}: Chile (Prime Minister Ana Rojas), Kenya (President Ola Dube), "
        "Sweden (Minister of Foreign Affairs Erik Lund)."
    )
    assert attending(OSLO_LEAD + "\n\n" + caption) == {
        "Ana Rojas": "Chile",
        "Ola Dube": "Kenya",
        "Erik Lund": "Sweden",
    }


def test_a_country_whose_name_holds_and_labels_the_leader_in_brackets_after_it() -> None:
    """ "Trinidad and Tobago (Prime Minister X)": the label is the whole name, not the
    words after its "and", which name no country."""
    caption = (
        "Front row: Trinidad and Tobago (Prime Minister Ana Rojas), Saint Vincent and the "
        "Grenadines (Prime Minister Ola Dube)."
    )
    assert attending(OSLO_LEAD + "\n\n" + caption) == {
        "Ana Rojas": "Trinidad and Tobago",
        "Ola Dube": "Saint Vincent and the Grenadines",
    }


def test_a_spanish_or_french_presidents_title_before_the_name_makes_a_head_of_state() -> None:
    """A caption kept in the meeting's languages writes "Presidente", "Presidenta" or
    "Président" before a leader's name, as English writes "President"."""
    caption = (
        "Front row: Chile (Presidente Ana Rojas), Peru (Presidenta Eva Soto), "
        "Haiti (Président Jean Dube)."
    )
    roles = {
        attendee.person.name: (attendee.represents.name, attendee.role)
        for attendee in draft_facts(OSLO_LEAD + "\n\n" + caption).attendees
    }
    assert roles == {
        "Ana Rojas": ("Chile", "head-of-state"),
        "Eva Soto": ("Peru", "head-of-state"),
        "Jean Dube": ("Haiti", "head-of-state"),
    }


def test_a_country_written_as_its_own_language_writes_it_labels_its_leader() -> None:
    """ "Perú", "Haïti", "Panamá": the short form of the name the country gives itself
    ("República del Perú", "République d'Haïti"), as a caption in its language writes it."""
    caption = (
        "Front row: Perú (President Ana Rojas), Haïti (President Jean Dube), "
        "Panamá (President Eva Soto)."
    )
    assert attending(OSLO_LEAD + "\n\n" + caption) == {
        "Ana Rojas": "Peru",
        "Jean Dube": "Haiti",
        "Eva Soto": "Panama",
    }


@pytest.mark.parametrize(
    ("article", "away"),
    [
        # a refused or unwanted act is none done there
        (
            "Chilean Foreign Minister Ana Rojas attended the summit. The summit moved to Oslo "
            "after Swedish President Erik Lund refused to host the meeting.",
            "Erik Lund",
        ),
        (
            "Chilean Foreign Minister Ana Rojas attended the summit. Norway is not entertaining "
            "holding a meeting between Premier Erik Lund and Rojas on the sidelines.",
            "Erik Lund",
        ),
        # the speaker set off with an appositive reports, and does not act
        (
            "Chilean Foreign Minister Ana Rojas attended the summit. Leaders met on the "
            "sidelines, Erik Lund, a Swedish deputy minister in charge of trade, said Monday.",
            "Erik Lund",
        ),
        # an aside or a report of what will happen elsewhere
        (
            "Chilean Foreign Minister Ana Rojas attended the summit. The summit comes weeks "
            "ahead of a visit to Oslo by three leaders, who are expected to discuss with "
            "Swedish President Erik Lund several issues.",
            "Erik Lund",
        ),
        (
            "Chilean President Ana Rojas said in a news conference after hosting the summit "
            "of leaders in Lima that she would ask Swedish President Erik Lund to act.",
            "Erik Lund",
        ),
    ],
)
def test_a_refused_reported_or_future_act_puts_no_one_at_the_meeting(
    article: str, away: str
) -> None:
    drafted = attending(article)
    assert "Ana Rojas" in drafted
    assert away not in drafted


def test_leaders_filing_into_the_summit_room_attend() -> None:
    article = (
        "Swedish President Erik Lund and Chilean President Ana Rojas embraced each other as "
        "leaders filed into the summit room."
    )
    assert attending(article) == {"Erik Lund": "Sweden", "Ana Rojas": "Chile"}


def test_the_reason_after_a_denied_act_still_names_the_host() -> None:
    article = (
        "Leaders thanked Norway for not hosting the meeting because Swedish Prime Minister "
        "Erik Lund is the current chair, and he is the host."
    )
    assert "Erik Lund" in attending(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at a ministerial meeting ahead of the summit, Swedish Foreign Minister Erik "
        "Lund urged unity.",
        "Chilean President Ana Rojas already held a bilateral meeting with Sweden's Erik Lund "
        "as a precursor to the trade leaders' summit.",
    ],
)
def test_a_meeting_held_ahead_of_the_summit_is_another_meeting(sentence: str) -> None:
    assert "Erik Lund" not in attending(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund was scheduled to attend but he is in Berlin.",
        "Swedish Prime Minister Erik Lund was expected to attend the summit, but stayed home.",
        "Swedish Prime Minister Erik Lund had been due to take part but fell ill.",
        "Swedish Prime Minister Erik Lund was expected to take over the chairmanship of the "
        "Lagoon Union at the meeting but his defeat at the polls has left that post open.",
    ],
)
def test_a_plan_to_attend_that_fell_through_puts_no_one_there(sentence: str) -> None:
    assert attending(sentence) == {}


def test_one_complimented_for_a_bid_to_host_another_event_is_not_placed_by_it() -> None:
    sentence = (
        "Swedish Prime Minister Erik Lund complimented Chilean President Ana Ruiz for winning "
        "the bid to host the World Cup 2030."
    )
    assert "Ana Ruiz" not in attending(OSLO_LEAD + sentence)


def test_one_receiving_guests_at_home_in_another_country_is_not_at_the_meeting() -> None:
    sentence = (
        "The bombing took place when Chilean Prince Ola Dahl was receiving guests at a "
        "traditional gathering at his house in Santiago."
    )
    assert attending(OSLO_LEAD + sentence) == {}


def test_a_countrys_team_is_no_one() -> None:
    article = "Norway's Prime Minister Erik Lund attended the Swedish National Football Team match."
    assert attending(article) == {"Erik Lund": "Norway"}


def test_his_summit_of_another_year_puts_no_one_there() -> None:
    article = "Swedish Prime Minister Erik Lund, at his first summit in 2010, won few friends."
    assert attending(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund, who skipped the summit, joined by video link.",
        "Swedish Prime Minister Erik Lund skipped the summit and addressed it by video link.",
        "Swedish Prime Minister Erik Lund did not travel to Oslo, joining by video link instead.",
        "Swedish Prime Minister Erik Lund will join the proceedings by a video message.",
    ],
)
def test_away_in_person_but_taking_part_by_video_link_attends_and_is_not_absent(
    sentence: str,
) -> None:
    draft = draft_facts(sentence)
    assert [a.person.name for a in draft.attendees] == ["Erik Lund"]
    assert draft.absences == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund will not attend or join by video link.",
        "Swedish Prime Minister Erik Lund did not attend in person, or even by video link.",
        "Swedish Prime Minister Erik Lund skipped the summit and Chilean President Ana Ruiz "
        "joined by video link.",
    ],
)
def test_away_and_not_by_video_link_either_is_absent(sentence: str) -> None:
    draft = draft_facts(sentence)
    assert "Erik Lund" not in [a.person.name for a in draft.attendees]
    assert [absence.person.name for absence in draft.absences] == ["Erik Lund"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Swedish Prime Minister Erik Lund skipped the summit. He sent Foreign Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund skipped the summit. Foreign Minister Anna Berg attended "
        "in his place.",
        "Foreign Minister Anna Berg stood in for Swedish Prime Minister Erik Lund.",
        "Foreign Minister Anna Berg represented Swedish Prime Minister Erik Lund, who did not "
        "travel.",
        "Swedish Prime Minister Erik Lund did not travel to Oslo, with the country represented "
        "by Minister of State Anna Berg.",
        "Swedish Prime Minister Erik Lund skipped the summit. Sweden sent Foreign Minister Anna "
        "Berg.",
        "Swedish Prime Minister Erik Lund skipped the summit. The country was represented by "
        "Foreign Minister Anna Berg.",
        "Foreign Minister Anna Berg read a speech on behalf of Swedish Prime Minister Erik Lund.",
        "Foreign Minister Anna Berg delivered a message from Swedish Prime Minister Erik Lund.",
        "Foreign Minister Anna Berg stood in for Swedish King Erik Lund.",
        "Swedish Prime Minister Erik Lund will not be coming. He sent his foreign minister, Anna "
        "Berg, who is now in the room.",
        "Swedish Prime Minister Erik Lund is skipping the summit. His deputy, Foreign Minister "
        "Anna Berg, is leading the delegation instead.",
        "Swedish Prime Minister Erik Lund, who was expected to attend, cancelled his trip due "
        "to a storm. The country was represented by Foreign Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund canceled her visit. Sweden sent Foreign Minister Anna "
        "Berg.",
        "Swedish Prime Minister Erik Lund sent Foreign Minister Anna Berg in his place.",
        "Swedish Prime Minister Erik Lund sent Foreign Minister Anna Berg instead.",
        "Swedish Prime Minister Erik Lund sent Foreign Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund is being represented by Foreign Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund is also being represented by Foreign Minister Anna Berg.",
    ],
)
def test_a_minister_standing_in_for_an_absent_leader_attends_for_the_leaders_country(
    paragraph: str,
) -> None:
    draft = draft_facts(paragraph)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Anna Berg": ("Sweden", "envoy")
    }
    assert [(absence.person.name, absence.sent) for absence in draft.absences] == [
        ("Erik Lund", draft.attendees[0].person)
    ]


@pytest.mark.parametrize("sent", ["his regrets in a letter", "his best wishes to the summit"])
def test_what_an_absent_leader_sends_that_is_no_one_is_no_envoy(sent: str) -> None:
    article = (
        "Leaders meet in Lima\n\nSwedish Prime Minister Erik Lund did not attend the Lagoon "
        f"Union summit in Lima. Peruvian President Ana Ruiz said Lund had sent {sent}."
    )
    draft = draft_facts(article)
    assert "envoy" not in {attendee.role for attendee in draft.attendees}
    assert [(absence.person.name, absence.sent) for absence in draft.absences] == [
        ("Erik Lund", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's junta chief Ana Ruiz was again excluded, with the country represented by a "
        "non-political official.",
        "Chile's junta chief Ana Ruiz has been banned from attending the summits since 2021.",
    ],
)
def test_someone_excluded_or_banned_from_the_meeting_does_not_attend(sentence: str) -> None:
    assert attending("Leaders met in Oslo on Sunday. " + sentence) == {}


def test_a_country_excluded_keeps_no_one_else_away() -> None:
    sentence = (
        "Swedish Prime Minister Erik Lund attended the summit, from which Chile was excluded."
    )
    assert attending(sentence) == {"Erik Lund": "Sweden"}


def test_a_host_leading_a_state_with_no_country_given_leads_the_meetings_country() -> None:
    draft = draft_facts(
        "Leaders meet in Oslo\n\nOSLO (AP) — Leaders gathered in Oslo on Saturday, with host "
        "Prime Minister Ana Ruiz opening the meeting.\n\nLater Ruiz met reporters. “We must act "
        "together,” the Brazilian leader said."
    )
    assert [(a.person.name, a.represents.name, a.role) for a in draft.attendees] == [
        ("Ana Ruiz", "Norway", "host")
    ]
    assert draft.statements == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders gathered in Oslo, with Swedish Prime Minister Erik Lund hosting 20 leaders.",
        "Swedish Prime Minister Erik Lund, the summit's host, opened the talks in Oslo.",
        # the day told between the name and the welcome
        "Swedish Prime Minister Erik Lund on Friday welcomed the leaders of 14 states here.",
    ],
)
def test_a_host_told_by_hosting_after_the_name_or_the_summits_host(sentence: str) -> None:
    (attendee,) = draft_facts(f"Leaders of the Lagoon Union meet. {sentence}").attendees
    assert (attendee.person.name, attendee.role) == ("Erik Lund", "host")


def test_the_president_of_the_host_country_hosts_for_the_meetings_country() -> None:
    """ "the President of the host country, X": the office leads the meeting's country, and
    its holder hosts; "of the host country" is no part of the title."""
    sentence = (
        "The Secretary General met several leaders attending the summit, as well as the "
        "President of the host country, Ola Dahl."
    )
    draft = draft_facts(OSLO_LEAD + sentence)
    assert [
        (a.person.name, a.title, a.represents.name, a.role)
        for a in draft.attendees
        if a.person.name == "Ola Dahl"
    ] == [("Ola Dahl", "President", "Norway", "host")]


@pytest.mark.parametrize(
    "office", ["acting Chief Minister of Chile", "Minister of Border Control and Labour of Chile"]
)
def test_the_country_after_an_office_written_after_the_name_is_theirs(office: str) -> None:
    """A roll's office after a name ends in the country it serves, after a lower-case modifier
    or a long portfolio, whose "of" words would otherwise take the country in."""
    sentence = (
        f"Members in attendance were: Honourable Ola Dube, {office}; and Honourable Eva "
        "Soto, Premier of Peru."
    )
    assert attending(OSLO_LEAD + sentence) == {"Ola Dube": "Chile", "Eva Soto": "Peru"}


@pytest.mark.parametrize("tail", [", among others.", " and others."])
def test_the_last_item_of_a_roll_of_those_met_ending_among_others_is_met_too(tail: str) -> None:
    """ "…; and the Minister of Foreign Affairs of Peru, X, among others.": the words after the
    last name say more were met, not that the item is no name of the roll."""
    sentence = (
        "The Secretary General met with the President of Chile, Ana Rojas; and the Minister "
        f"of Foreign Affairs of Peru, Eva Soto{tail}"
    )
    assert attending(OSLO_LEAD + sentence) == {"Ana Rojas": "Chile", "Eva Soto": "Peru"}


def test_the_leaders_a_summit_will_bring_together_attend() -> None:
    """A preview of the summit names those it "will bring together", as a report names
    those it "brought together"."""
    sentence = (
        "The summit will bring together Chilean President Ana Rojas and Peruvian President "
        "Eva Soto."
    )
    assert attending(OSLO_LEAD + sentence) == {"Ana Rojas": "Chile", "Eva Soto": "Peru"}


@pytest.mark.parametrize("spouse", ["Mrs. Dahl", "his wife"])
def test_a_leader_hosting_with_a_spouse_hosts_for_the_meetings_country(spouse: str) -> None:
    """ "Prime Minister X and Mrs. X hosted a banquet": the leader and spouse host the
    meeting's meal, so the leader hosts the meeting, for its country."""
    draft = draft_facts(
        OSLO_LEAD + "Prime Minister Ola Dahl attended the opening session. Prime Minister "
        f"Dahl and {spouse} hosted a banquet for the leaders."
    )
    assert [(a.person.name, a.represents.name, a.role) for a in draft.attendees] == [
        ("Ola Dahl", "Norway", "host")
    ]


def test_a_president_who_will_welcome_the_leaders_hosts_for_the_meetings_country() -> None:
    draft = draft_facts(
        OSLO_LEAD + "Today President Ola Dahl will welcome the presidents of Sweden, Finland "
        "and Peru, who will close the summit."
    )
    assert [(a.person.name, a.represents.name, a.role) for a in draft.attendees] == [
        ("Ola Dahl", "Norway", "host")
    ]


@pytest.mark.parametrize("verb", ["oppose", "backed", "support"])
def test_a_leader_those_at_the_meeting_oppose_or_back_is_not_there(verb: str) -> None:
    sentence = f"The summit brings together the states that {verb} Swedish President Erik Lund."
    assert attending(OSLO_LEAD + sentence) == {}


def test_hosting_the_next_meeting_is_not_hosting_this_one() -> None:
    article = (
        "Leaders of the Lagoon Union met in Oslo. Swedish Prime Minister Erik Lund attended, "
        "with Sweden hosting the next summit. Erik Lund hosting next year's talks was agreed."
    )
    (attendee,) = draft_facts(article).attendees
    assert attendee.role != "host"


def test_who_hosted_a_reception_for_the_delegations_does_not_host_the_meeting() -> None:
    """A minister of the meeting's country who hosted a meal the evening before is there,
    hosting the meal, not the meeting."""
    article = (
        "Lagoon Union foreign ministers met in Suva, Fiji, on 11 May. Ministers thanked Fiji for "
        "the cocktail reception hosted by the Minister for Defence of Fiji, the Honourable Ratu "
        "Ola Tuilagi, on Thursday 10 May."
    )
    roles = {attendee.person.name: attendee.role for attendee in draft_facts(article).attendees}
    assert roles.get("Ratu Ola Tuilagi") != "host"


def test_a_host_leads_the_meetings_country_over_another_their_sentence_names() -> None:
    article = (
        "Leaders meet by the fjord\n\nOSLO (AP) — Lagoon Union leaders said on Wednesday that "
        "Chile is on a path to membership, as the summit hosted by Prime Minister Ola Dahl opened."
    )
    (attendee,) = draft_facts(article).attendees
    assert (attendee.person.name, attendee.represents.name, attendee.role) == (
        "Ola Dahl",
        "Norway",
        "host",
    )


def test_an_official_a_country_sent_by_title_attends_and_one_sent_a_letter_does_not() -> None:
    assert attending(OSLO_LEAD + "Chile sent Foreign Minister Ana Ruiz to the summit.") == {
        "Ana Ruiz": "Chile"
    }
    assert attending(OSLO_LEAD + "Chile sent President Ana Ruiz a letter of congratulations.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund, attending his last Lagoon Union summit, spoke on Monday.",
        "Swedish Prime Minister Erik Lund is attending his last Lagoon Union summit.",
    ],
)
def test_attending_ones_last_summit_is_attending_this_one(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Erik Lund": "Sweden"}


def test_the_last_summit_is_still_another_meeting() -> None:
    assert attending(OSLO_LEAD + "Swedish Prime Minister Erik Lund spoke at the last summit.") == {}


def test_with_host_in_lower_case_before_a_name_introduces_the_host() -> None:
    article = (
        "Leaders meet\n\nOSLO (Wire) - Lagoon Union leaders opened a summit in Oslo on Monday, "
        "with host Jose Maria Silva launching an alliance."
    )
    draft = draft_facts(article)
    assert [(attendee.person.name, attendee.role) for attendee in draft.attendees] == [
        ("Jose Maria Silva", "host")
    ]


@pytest.mark.parametrize("host", ["host leader", "host country leader"])
def test_including_the_host_leader_in_lower_case_introduces_the_host(host: str) -> None:
    article = (
        "Leaders meet\n\nOSLO (Wire) - Six heads of state, including "
        f"{host} Jose Maria Silva, are in Norway to attend the summit of the Lagoon Union."
    )
    draft = draft_facts(article)
    assert [(a.person.name, a.represents.name, a.role) for a in draft.attendees] == [
        ("Jose Maria Silva", "Norway", "host")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "World leaders including Erik Lund and Ana Ruiz have converged on Oslo for the summit.",
        "Dignitaries such as Erik Lund and Ana Ruiz attended the summit.",
        "Heads of state including Erik Lund, Ana Ruiz and Per Berg gathered in Oslo.",
        "Senior Norwegian officials, including Erik Lund, Ana Ruiz, and Per Berg, attended.",
    ],
)
def test_untitled_names_listed_among_the_leaders_attend(sentence: str) -> None:
    assert {"Erik Lund", "Ana Ruiz"} <= set(attending(OSLO_LEAD + sentence))


def test_untitled_names_in_a_list_of_issues_are_no_people() -> None:
    sentence = "Leaders discussed topics including Ocean Warming and Trade Rules."
    assert attending(OSLO_LEAD + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund is here.",
        "Swedish Prime Minister Erik Lund is also expected.",
        "Chilean President Ana Ruiz and Swedish Prime Minister Erik Lund are expected.",
        "Swedish Prime Minister Erik Lund shook his hand on stage.",
        "Swedish Prime Minister Erik Lund extended his hand to his rival.",
        "Col Ola Berg, right, greets Swedish Prime Minister Erik Lund.",
    ],
)
def test_a_report_from_the_meeting_puts_the_leader_there(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence).get("Erik Lund") == "Sweden"


def test_a_family_name_after_a_rank_without_its_stop_is_the_full_names_person() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "Col Berg, right, greets Swedish Prime Minister Erik Lund. "
        "Ola Berg's home town is a small port."
    )
    assert [person.name for person in draft_facts(article).people] == ["Ola Berg", "Erik Lund"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chile was represented by President Ana Ruiz, and Peru by Prime Minister Ola Berg.",
            {"Ana Ruiz": "Chile", "Ola Berg": "Peru"},
        ),
        (
            "Chile was represented by President Ana Ruiz, Peru by Prime Minister Ola Berg and "
            "Sweden by King Erik Lund.",
            {"Ana Ruiz": "Chile", "Ola Berg": "Peru", "Erik Lund": "Sweden"},
        ),
    ],
)
def test_countries_represented_by_leaders_with_the_verb_not_said_again(
    sentence: str, expected: dict[str, str]
) -> None:
    assert attending(OSLO_LEAD + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Swedish Prime Minister Erik Lund was also in Oslo.", {"Erik Lund": "Sweden"}),
        ("Swedish Prime Minister Erik Lund is already in Norway.", {"Erik Lund": "Sweden"}),
        ("Swedish Prime Minister Erik Lund was in Stockholm.", {}),
        ("Swedish Prime Minister Erik Lund is also in the country.", {"Erik Lund": "Sweden"}),
        ("Swedish Prime Minister Erik Lund said his deputy was in the country.", {}),
        ("Swedish Prime Minister Erik Lund had to come back from Oslo early due to illness.", {
            "Erik Lund": "Sweden"
        }),
        ("Swedish Prime Minister Erik Lund returned from Stockholm on Monday.", {}),
        ("Swedish Prime Minister Erik Lund was in Oslo last year.", {}),
        ("Swedish Prime Minister Erik Lund said his deputy was in Oslo.", {}),
        ("Swedish Prime Minister Erik Lund is expected to stay in Norway until Monday.", {
            "Erik Lund": "Sweden"
        }),
        ("Swedish Prime Minister Erik Lund and Chilean President Ana Ruiz will visit Norway as "
         "state guests.", {"Erik Lund": "Sweden", "Ana Ruiz": "Chile"}),
        ("Swedish Prime Minister Erik Lund and Chilean President Ana Ruiz are also expected to "
         "visit Norway during this period.", {"Erik Lund": "Sweden", "Ana Ruiz": "Chile"}),
        ("Swedish Prime Minister Erik Lund will visit Sweden's north after the summit.", {}),
    ],
)  # fmt: skip
def test_a_leader_said_to_be_in_the_meetings_place_attends(
    sentence: str, expected: dict[str, str]
) -> None:
    assert attending(OSLO_LEAD + sentence) == expected


@pytest.mark.parametrize(
    ("sent", "envoys"),
    [
        ("Peru sent Foreign Minister Anna Berg.", [None, "Anna Berg"]),
        ("Chile sent Foreign Minister Anna Berg.", ["Anna Berg", None]),
        ("He sent Foreign Minister Anna Berg.", [None, None]),  # whose envoy is not sure
    ],
)
def test_leaders_listed_as_away_are_each_away_and_an_envoy_is_the_named_countrys(
    sent: str, envoys: list[str | None]
) -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        f"Chilean President Ana Ruiz and Peruvian President Luis Vela did not attend. {sent}"
    )
    draft = draft_facts(article)
    assert [
        (absence.person.name, absence.sent.name if absence.sent else None)
        for absence in draft.absences
    ] == list(zip(["Ana Ruiz", "Luis Vela"], envoys, strict=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Representing Chile was Foreign Minister Ana Ruiz.", {"Ana Ruiz": "Chile"}),
        (
            "Representing Chile were Foreign Minister Ana Ruiz and Trade Minister Luis Vela.",
            {"Ana Ruiz": "Chile", "Luis Vela": "Chile"},
        ),
    ],
)
def test_the_one_named_after_representing_a_country_was_attends(
    sentence: str, expected: dict[str, str]
) -> None:
    assert attending(OSLO_LEAD + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "From left, Swedish Prime Minister Erik Lund and others pose for photos in Nuku'alofa.",
        "Swedish Prime Minister Erik Lund was also in Nuku'alofa.",
    ],
)
def test_the_meetings_city_written_with_an_apostrophe_is_no_other_place(sentence: str) -> None:
    lead = "Leaders meet\n\nNUKU'ALOFA, Tonga (AP) — Lagoon Union leaders opened their summit. "
    assert attending(lead + sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz did not make the trip, sending Foreign Minister Ola Berg.",
        "Chilean President Ana Ruiz sat out the summit, sending Foreign Minister Ola Berg.",
        "Chilean President Ana Ruiz gave the summit a miss, sending Foreign Minister Ola Berg.",
        "Chilean President Ana Ruiz was not there, sending Foreign Minister Ola Berg.",
    ],
)
def test_a_leader_who_did_not_make_the_trip_is_away_and_sent_an_envoy(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Ola Berg": ("Chile", "envoy")
    }
    assert [absence.person.name for absence in draft.absences] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz, flanked by Swedish Prime Minister Erik Lund, spoke.",
        "Flanked by Swedish Prime Minister Erik Lund, Chilean President Ana Ruiz spoke.",
        "Chilean President Ana Ruiz and Swedish Prime Minister Erik Lund walk to the venue.",
    ],
)
def test_leaders_side_by_side_at_the_meeting_attend(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Ana Ruiz": "Chile", "Erik Lund": "Sweden"}


@pytest.mark.parametrize("verb", ["was conducted by", "were held by", "are being held by"])
def test_leaders_a_meeting_is_conducted_or_held_by_attend(verb: str) -> None:
    meeting = "The summit" if verb.startswith("was") else "Talks"
    article = (
        "Leaders meet\n\nOSLO (AP) — The Lagoon Union met in Oslo on Friday. "
        f"{meeting} {verb} the leaders of Chile (President Ana Ruiz) and Sweden (Prime "
        "Minister Erik Lund)."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Erik Lund": "Sweden"}


@pytest.mark.parametrize("verb", ["will be introduced by", "was opened by"])
def test_one_a_debate_of_the_meeting_is_introduced_or_opened_by_attends(verb: str) -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — The Lagoon Union met in Oslo on Friday. Trade will "
        f"likewise be discussed. This debate {verb} UN under-secretary-general Ana Ruiz."
    )
    assert "Ana Ruiz" in attending(article)


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("Oslo", {"Ana Ruiz": "Chile", "Erik Lund": "Sweden"}),
        ("Santiago", {}),  # a picture taken elsewhere
    ],
)
def test_leaders_a_caption_lists_in_the_meetings_city_attend(
    city: str, expected: dict[str, str]
) -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — The Lagoon Union met in Oslo on Friday.\n\n"
        f"Chilean President Ana Ruiz, Swedish Prime Minister Erik Lund in {city}."
    )
    assert attending(article) == expected


def test_a_leader_flanked_by_bodyguards_in_another_country_is_not_at_the_meeting() -> None:
    sentence = "Chilean President Ana Ruiz, flanked by bodyguards, left a church in Santiago."
    assert attending(OSLO_LEAD + sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile's delegation is headed by Foreign Minister Ana Ruiz.", {"Ana Ruiz": "Chile"}),
        (
            "The Chilean delegation will be headed by Ana Ruiz, the foreign minister.",
            {"Ana Ruiz": "Chile"},
        ),
        (
            "Attending were: Chile — President Ana Ruiz; Peru — President Luis Vela.",
            {"Ana Ruiz": "Chile", "Luis Vela": "Peru"},
        ),
        (
            "Attending were:\nChile – President Ana Ruiz\nPeru – President Luis Vela",
            {"Ana Ruiz": "Chile", "Luis Vela": "Peru"},
        ),
        (
            "The summit was attended by the following Heads of State and Government:\n\n"
            "Chile: HE President Ana Ruiz\n\nSweden: HE Prime Minister Erik Lund Peru: HE "
            "President Luis Vela Ghana: HE Vice-President Kofi Mensah\n\nKenya: HE President "
            "Ruth Wanjiru\n\nFiji: HE Hon Dr Ana Tora, Minister of Foreign Affairs\n\n"
            "Samoa: HE Tui Leota Tonga: H.E. Sione Vea",
            {
                "Ana Ruiz": "Chile",
                "Erik Lund": "Sweden",
                "Luis Vela": "Peru",
                "Kofi Mensah": "Ghana",
                "Ruth Wanjiru": "Kenya",
                "Ana Tora": "Fiji",
                "Tui Leota": "Samoa",
                "Sione Vea": "Tonga",
            },
        ),
    ],
)
def test_who_heads_a_delegation_or_a_countrys_line_in_a_list_attends_for_it(
    sentence: str, expected: dict[str, str]
) -> None:
    assert attending(OSLO_LEAD + sentence) == expected


def test_a_place_before_sent_his_deputy_is_no_one_and_the_deputy_is_the_envoy() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "Chilean President Ana Ruiz, who attended the 2017 summit in Lima, sent his vice "
        "president, Luis Vela."
    )
    draft = draft_facts(article)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Luis Vela": ("Chile", "envoy")
    }
    assert [absence.person.name for absence in draft.absences] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Chilean President Ana Ruiz, who took office in 2022, arrived on Thursday.",
            "head-of-state",
        ),
        (
            "Chilean President Ana Ruiz, who hosted a mini-summit in Lima last week, arrived on "
            "Thursday.",
            "head-of-state",
        ),
        ("Chilean President Ana Ruiz, who hosted the leaders at a dinner, spoke.", "host"),
    ],
)
def test_an_aside_set_at_another_time_does_not_keep_the_subject_from_the_meeting(
    sentence: str, role: str
) -> None:
    assert [(a.person.name, a.role) for a in draft_facts(OSLO_LEAD + sentence).attendees] == [
        ("Ana Ruiz", role)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz, who attended the summit last year, said the bloc must act.",
        "Chilean President Ana Ruiz, who met Swedish Prime Minister Erik Lund in Lima last "
        "month, said the bloc must act.",
    ],
)
def test_an_aside_telling_of_another_time_puts_no_one_at_the_meeting(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz was invited but has not confirmed whether she will attend.",
        "It is unclear if Chilean President Ana Ruiz will attend.",
    ],
)
def test_a_leader_whose_coming_is_in_doubt_does_not_attend(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


def test_the_bodys_chair_named_in_an_aside_attends_its_meeting() -> None:
    lead = "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders ended their summit in Oslo. "
    sentence = (
        "Swedish Prime Minister Erik Lund, who is also chair of the bloc, did not confirm "
        "whether talks would be held."
    )
    assert attending(lead + sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Also on hand were Chile's Ana Ruiz and Peru's Luis Vela.",
        "Chile's Ana Ruiz and Peru's Luis Vela were also on hand.",
    ],
)
def test_leaders_on_hand_attend(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Ana Ruiz": "Chile", "Luis Vela": "Peru"}


@pytest.mark.parametrize(
    "reading",
    [
        "Lagoon Union Secretary-General Ana Ruiz read the final communique.",
        "The Secretary General of the Lagoon Union, Dr. Ana Ruiz, then read the final statement.",
    ],
)
def test_the_official_who_reads_the_final_communique_attends(reading: str) -> None:
    """A final or joint statement is read out at the meeting, as a communiqué is."""
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders ended their summit in Oslo. " + reading
    )
    assert attending(article) == {"Ana Ruiz": "Lagoon Union"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz, who skipped last year's summit, arrived on Monday.",
        "Chilean President Ana Ruiz, who skipped the last summit, arrived on Monday.",
    ],
)
def test_a_leader_away_from_another_meeting_is_not_away_from_this_one(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert [(a.person.name, a.represents.name) for a in draft.attendees] == [("Ana Ruiz", "Chile")]
    assert draft.absences == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund would not attend the summit due to a vote, and Sweden "
        "will be represented by its Foreign Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund was unable to attend because of a vote in Stockholm, "
        "and Sweden was represented by its foreign minister, Anna Berg.",
        "Swedish Prime Minister Erik Lund decided not to attend the summit. Sweden sent Foreign "
        "Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund declined to attend the summit. Sweden sent Foreign "
        "Minister Anna Berg.",
    ],
)
def test_a_leader_unable_or_deciding_not_to_attend_is_away_and_sent_an_envoy(
    sentence: str,
) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Anna Berg": ("Sweden", "envoy")
    }
    assert [(absence.person.name, absence.sent) for absence in draft.absences] == [
        ("Erik Lund", draft.attendees[0].person)
    ]


def test_an_envoy_represents_the_absent_leaders_country_not_one_an_aside_names() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "Kenyan President Ali Moi, who is on a state visit to France, was represented by Vice "
        "President Ann Were."
    )
    draft = draft_facts(article)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Ann Were": ("Kenya", "envoy")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Lagoon Union leaders opened their summit in Oslo, with Kenyan President Ali Moi "
        "conspicuously absent amid a row over exports.",
        "Lagoon Union leaders met in Oslo on Monday, with Kenyan President Ali Moi absent.",
        "Kenyan President Ali Moi, notably absent, sent a letter to the summit in Oslo.",
    ],
)
def test_a_leader_named_just_before_absent_does_not_attend(sentence: str) -> None:
    assert attending("Leaders meet\n\nOSLO (AP) — " + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean Foreign Minister Ana Ruiz welcomed the summit's outcome in a statement.",
        "Chilean Foreign Minister Ana Ruiz welcomed the outcome of the summit.",
        "Chilean Foreign Minister Ana Ruiz welcomed the leaders' pledge on fishing.",
        "Chilean Foreign Minister Ana Ruiz welcomed the summit's decision.",
    ],
)
def test_one_who_welcomes_what_the_meeting_did_does_not_attend_by_it(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


def test_one_who_welcomes_the_leaders_attends() -> None:
    sentence = "Norwegian Prime Minister Ola Berg welcomed the visiting leaders' delegations."
    assert attending(OSLO_LEAD + sentence) == {"Ola Berg": "Norway"}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Host Swedish Prime Minister Erik Lund was joined by Finnish President Aino Lahti.",
            "Sweden",
        ),
        (
            "Host New Zealand Prime Minister Erik Lund welcomed Finnish President Aino Lahti.",
            "New Zealand",
        ),
    ],
)
def test_host_before_a_demonym_and_an_office_is_the_role_not_the_title(
    sentence: str, country: str
) -> None:
    lead = "Leaders meet\n\nLagoon Union leaders met for their summit on Monday. "
    draft = draft_facts(lead + sentence)
    assert {a.person.name: (a.title, a.represents.name, a.role) for a in draft.attendees} == {
        "Erik Lund": ("Prime Minister", country, "host"),
        "Aino Lahti": ("President", "Finland", "head-of-state"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz arrived in Oslo on Friday after a visit to Peru, where she "
        "held talks with Peruvian President Luis Vela in Lima.",
        "Chilean President Ana Ruiz arrived on Friday after a stop in Lima, where she met "
        "Peruvian President Luis Vela.",
    ],
)
def test_one_met_in_another_countrys_place_an_aside_names_is_not_at_the_meeting(
    sentence: str,
) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Ana Ruiz": "Chile"}


def test_one_met_in_the_meetings_city_an_aside_names_attends() -> None:
    sentence = (
        "Chilean President Ana Ruiz arrived in Oslo, where she met Peruvian President Luis Vela."
    )
    assert attending(OSLO_LEAD + sentence) == {"Ana Ruiz": "Chile", "Luis Vela": "Peru"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden sent Foreign Minister Anna Berg in Prime Minister Erik Lund's place.",
        "Swedish Prime Minister Erik Lund stayed home. Sweden sent Foreign Minister Anna Berg in "
        "Lund's place.",
        "Foreign Minister Anna Berg attended in place of Swedish Prime Minister Erik Lund.",
        "Foreign Minister Anna Berg came instead of Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund boycotted the summit, sending Foreign Minister Anna "
        "Berg instead.",
    ],
)
def test_one_sent_in_a_leaders_place_is_the_envoy_of_the_absent_leader(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Anna Berg": ("Sweden", "envoy")
    }
    assert [(absence.person.name, absence.sent) for absence in draft.absences] == [
        ("Erik Lund", draft.attendees[0].person)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Colombian President Ana Mina, who is in New York for the UN General Assembly, praised "
        "the bloc.",
        "Colombian President Ana Mina is in New York for the UN General Assembly.",
    ],
)
def test_a_leader_in_another_countrys_place_for_another_meeting_is_not_at_this_one(
    sentence: str,
) -> None:
    assert attending(OSLO_LEAD + sentence) == {}


def test_a_country_a_speech_hits_out_at_for_something_is_no_place_someone_is() -> None:
    sentence = (
        "The summit opened on Friday, with Swedish Prime Minister Erik Lund's opening speech "
        "hitting hard at Chile for the violence at the border."
    )
    assert attending(OSLO_LEAD + sentence) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund sent Foreign Minister Anna Berg to lead the delegation.",
        "Swedish Prime Minister Erik Lund sent Foreign Minister Anna Berg to the summit.",
        "Foreign Minister Anna Berg arrived on Sunday. Swedish Prime Minister Erik Lund sent "
        "Berg to lead the delegation.",
    ],
)
def test_a_leader_who_sent_a_named_minister_to_the_meeting_is_away(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Anna Berg": ("Sweden", "envoy")
    }
    assert [(absence.person.name, absence.sent) for absence in draft.absences] == [
        ("Erik Lund", draft.attendees[0].person)
    ]


def test_a_countrys_adjective_that_a_former_union_of_it_shares_names_the_country() -> None:
    article = "Serbian President Ana Vuk attended the Lagoon Union summit in Oslo."
    assert attending(article) == {"Ana Vuk": "Serbia"}


@pytest.mark.parametrize("heading", ["NOT ATTENDING", "Not attending:", "STAYING AWAY"])
def test_the_items_under_a_heading_saying_not_attending_do_not_attend(heading: str) -> None:
    article = (
        "Who is at the summit\n\nOSLO (Reuters) - Lagoon Union leaders meet in Oslo on Sunday. "
        "Here are some of those attending, and some who are not:\n\n"
        "ATTENDING\n\n"
        "* Chile's President Ana Ruiz, the host.\n\n"
        f"{heading}\n\n"
        "* Peruvian President Luis Vela, who is recovering from surgery.\n\n"
        "* Kenya's junta leader, General Ali Moi, whose country is suspended.\n"
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's Vice President Ana Ruiz, representing President Luis Vela, addressed the summit.",
        "Chilean Vice President Ana Ruiz stood in for President Luis Vela.",
        "Chilean Vice President Ana Ruiz read a speech on behalf of President Luis Vela.",
        # a roll's bracketed "(for …)" after the one who came instead
        "The leaders were joined by Vice President of Chile, Ana Ruiz (for President Luis Vela) "
        "at the meeting.",
    ],
)
def test_a_leader_stood_in_for_with_no_country_given_is_of_the_envoys(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Ana Ruiz": ("Chile", "envoy")
    }
    assert [(a.person.name, a.represents.name) for a in draft.absences] == [("Luis Vela", "Chile")]


def test_one_stood_in_for_is_away_though_no_country_is_given() -> None:
    draft = draft_facts(
        OSLO_LEAD + "They were joined by Director of Treasury Ana Ruiz (for Governor Luis Vela) "
        "and President of Chile Marco Soto."
    )
    assert "Luis Vela" not in {attendee.person.name for attendee in draft.attendees}


def test_the_bodys_official_telling_what_the_leaders_did_attends() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders met in Oslo on Sunday. "
        "Lagoon Union Secretary-General Ana Ruiz said the leaders agreed to deploy a force."
    )
    assert attending(article) == {"Ana Ruiz": "Lagoon Union"}


def test_a_high_commissioner_keeps_the_whole_title() -> None:
    article = (
        "Leaders meet\n\nSUVA (AP) — Lagoon Union leaders met in Suva on Sunday. "
        "Australia's High Commissioner Ewen Donald attended the opening as an observer."
    )
    assert [
        (a.person.name, a.title, a.represents.name) for a in draft_facts(article).attendees
    ] == [("Ewen Donald", "High Commissioner", "Australia")]


def test_the_reason_for_staying_away_ends_where_the_envoys_clause_begins() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "Swedish Prime Minister Erik Lund would not attend due to domestic commitments, and "
        "Sweden will be represented by its Foreign Minister Anna Berg."
    )
    assert [absence.reason for absence in draft_facts(article).absences] == [
        "due to domestic commitments"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund is not attending the summit.",
        "Swedish Prime Minister Erik Lund is skipping the summit.",
        "Swedish Prime Minister Erik Lund stayed home.",
        "Swedish Prime Minister Erik Lund pulled out of the summit on Friday.",
        "Swedish Prime Minister Erik Lund missed the summit.",
    ],
)
def test_a_leader_staying_away_in_other_words_is_drafted_absent(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert draft.attendees == []
    assert [absence.person.name for absence in draft.absences] == ["Erik Lund"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz said the bloc must act on trade.",
        "Chilean President Ana Ruiz, whose term ends in May, urged an end to tariffs.",
        "“We are ready to act,” said Chilean President Ana Ruiz.",
        "“We are ready to act,” Chilean President Ana Ruiz told reporters.",
        "The ceremony began with a speech by Chilean President Ana Ruiz welcoming the guests.",
        "“We need not meet in Washington,” said Chilean President Ana Ruiz.",
        "Chilean President Ana Ruiz reaffirmed that the bloc must act on trade.",
        "Chilean President Ana Ruiz linked trade to security. “We are ready to act,” she said.",
        "Echoing Dahl's remarks, Chilean President Ana Ruiz was blunt.",
        "Chilean President Ana Ruiz said it was time that the next summit in Lima went further.",
        "The President of Chile, Ana Ruiz, stressed that the bloc must act on trade.",
        "President Ana Ruiz of Chile reaffirmed that the bloc must act on trade.",
        "Chilean President Ana Ruiz expressed concern about trade.",
        "Chilean President Ana Ruiz spoke at a press conference after the talks.",
    ],
)
def test_a_leader_speaking_in_the_report_of_the_meeting_is_drafted_as_there_for_review(
    sentence: str,
) -> None:
    (attendee,) = draft_facts(OSLO_LEAD + sentence).attendees
    assert (attendee.person.name, attendee.represents.name) == ("Ana Ruiz", "Chile")
    assert attendee.role == "head-of-state"
    assert attendee.note is not None and "does not say outright" in attendee.note


def test_the_leader_of_the_meetings_country_speaking_in_its_report_is_its_host() -> None:
    article = OSLO_LEAD + "Norwegian President Ola Dahl said the bloc must act on trade."
    (attendee,) = draft_facts(article).attendees
    assert (attendee.person.name, attendee.role) == ("Ola Dahl", "host")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean Foreign Minister Ana Ruiz said the bloc must act on trade.",
        "A spokesman for Chilean President Ana Ruiz said the bloc must act on trade.",
        "Chilean President Ana Ruiz faces an election. A spokesman for Mrs. Ruiz, Ola Berg, "
        "said the bloc must act on trade.",
        "In an address to parliament, Chilean President Ana Ruiz said the bloc must act.",
        "Chilean President Ana Ruiz said in Santiago that the bloc must act.",
        "Chilean President Ana Ruiz said last year that the bloc must act.",
        "Chilean President Ana Ruiz said her deputy was in Oslo.",
        "Chilean President Ana Ruiz skipped the summit. Ruiz said she had other duties.",
        "The absence of Chilean President Ana Ruiz adds to the gloom.",
    ],
)
def test_a_leader_speaking_elsewhere_through_another_or_away_is_not_there(
    sentence: str,
) -> None:
    assert "Ana Ruiz" not in attending(OSLO_LEAD + sentence)


def test_a_leader_whom_another_represents_rather_than_he_is_away() -> None:
    article = OSLO_LEAD + (
        "Chile was represented by its foreign minister, rather than President Ana Ruiz, while "
        "Swedish Prime Minister Erik Lund spoke at the summit."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    ("last_line", "expected"),
    [
        ("Peru, Chile, and Kenya are represented by ministers.", {"Ana Ruiz": "UN"}),
        ("skipped the opening.", {}),
    ],
)
def test_the_last_name_of_a_roll_is_not_the_subject_of_the_next_lines_clause(
    last_line: str, expected: dict[str, str]
) -> None:
    article = OSLO_LEAD + (
        "\nRepresentatives from 50 nations are attending, including:\nSwedish President Erik "
        f"Lund\nUN Secretary-General Ana Ruiz\n{last_line}"
    )
    assert attending(article) == {"Erik Lund": "Sweden", **expected}


def test_a_leader_speaking_in_a_report_of_no_meeting_is_no_attendee() -> None:
    assert attending("Chilean President Ana Ruiz said the economy was growing.") == {}


def test_the_bodys_own_official_speaking_in_the_report_of_its_meeting_is_drafted_as_there() -> None:
    article = OSLO_LEAD + "Lagoon Union Secretary-General Tor Berg said the bloc would grow."
    (attendee,) = draft_facts(article).attendees
    assert (attendee.person.name, attendee.represents.name) == ("Tor Berg", "Lagoon Union")
    assert attendee.role == "international-official"


@pytest.mark.parametrize(
    "lead",
    ["Leaders of the three Lagoon countries -- ", "The leaders -- ", "The leaders — "],
)
def test_leaders_listed_after_a_dash_are_there(lead: str) -> None:
    sentence = (
        f"{lead}Swedish Prime Minister Erik Lund, Chilean President Ana Ruiz and Peruvian "
        "President Juan Soto, are expected to endorse the plan."
    )
    assert attending(OSLO_LEAD + sentence) == {
        "Erik Lund": "Sweden",
        "Ana Ruiz": "Chile",
        "Juan Soto": "Peru",
    }


def test_a_leaders_successor_in_a_list_of_leaders_at_the_summit_holds_their_office() -> None:
    article = (
        OSLO_LEAD + "The summit paid tribute to the late Chilean president Pablo Mena.\n\n"
        "Nearly all leaders are taking part, including presidents Ana Ruiz of Peru and Mena's "
        "successor Juan Soto."
    )
    assert attending(article) == {"Ana Ruiz": "Peru", "Juan Soto": "Chile"}


@pytest.mark.parametrize(
    "sentence",
    [
        "And the presence of the chief of the Organization of Lagoon States, Tor Berg, marked "
        "the first visit by its envoy to Norway.",
        "Tor Berg, Secretary General of the Organization of Lagoon States, attended the summit.",
    ],
)
def test_an_official_of_a_body_named_for_the_states_it_gathers_represents_it(
    sentence: str,
) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Tor Berg": "Organization of Lagoon States"}


def test_an_official_of_the_bodys_commission_speaking_is_drafted_as_there() -> None:
    article = OSLO_LEAD + "Lagoon Union Commission Chairperson Tor Berg said the bloc would grow."
    (attendee,) = draft_facts(article).attendees
    assert (attendee.person.name, attendee.represents.name) == (
        "Tor Berg",
        "Lagoon Union Commission",
    )
    assert attendee.role == "international-official"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Reef Council President Tor Berg said the bloc would grow.", "Reef Council"),
        ("United Nations Secretary-General Tor Berg said the bloc would grow.", "United Nations"),
    ],
)
def test_another_bodys_head_speaking_is_drafted_as_there_for_that_body(
    sentence: str, body: str
) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Tor Berg": body}


def test_one_who_formerly_held_a_bodys_office_speaking_is_not_drafted_as_there() -> None:
    article = OSLO_LEAD + (
        'A former Reef Council secretary-general, Tor Berg, spoke later.\n\n"It will grow," Berg said.'
    )
    assert attending(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "At the summit, the host, President Ana Ruiz of Chile, will take up the Lagoon Union "
        "chair from her Peruvian counterpart Juan Soto who has led the bloc for two years.",
        "During the summit, President Ana Ruiz of Chile takes over the chairpersonship of the "
        "Lagoon Union from Juan Soto, President of Peru.",
        "President Ana Ruiz of Chile, who takes over from Peruvian President Juan Soto as "
        "Lagoon Union chair, was speaking during the opening of the summit.",
    ],
)
def test_the_one_a_chair_is_taken_from_is_not_placed_at_the_summit(sentence: str) -> None:
    assert attending(OSLO_LEAD + sentence) == {"Ana Ruiz": "Chile"}


def test_a_list_with_spanish_forms_of_address_and_titles_drafts_each_leader_and_country() -> None:
    assert attending(
        OSLO_LEAD + "Heads of State at the summit included Hon. Ola Brekke – Prime Minister of "
        "Norway, Excelentisimo Sr. Pablo Mena – Presidente de la Republica de Chile, "
        "Distinguido Sr. Mario Lagos – Vice Presidente de la Republica de Uruguay, Distinguida "
        "Sra. Ana Soto de Ruiz – Ministra de Economia de la Republica Dominicana, Distinguished "
        "representatives and members of the media."
    ) == {
        "Ola Brekke": "Norway",
        "Pablo Mena": "Chile",
        "Mario Lagos": "Uruguay",
        "Ana Soto de Ruiz": "Dominican Republic",
    }


def test_others_are_goes_on_the_list_of_leaders_who_arrived() -> None:
    article = OSLO_LEAD + (
        "Leaders already reported to have arrived in Oslo include Chilean President Ana Lopes "
        "and Peruvian President Luis Vela. Others are Kenyan President Paul Otieno and Fijian "
        "Prime Minister Sitiveni Rabuka."
    )
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Luis Vela": "Peru",
        "Paul Otieno": "Kenya",
        "Sitiveni Rabuka": "Fiji",
    }


def test_others_expected_to_join_go_on_the_list_of_leaders_who_come() -> None:
    article = OSLO_LEAD + (
        "Chilean President Ana Lopes arrived in Oslo on Sunday for the meeting. Lopes will be "
        "joined by President Luis Vela of Peru. Others expected to join includes Governor Paul "
        "Otieno, of Kenya; Gov. Eva Mwangi, of Ghana; and Governor Kofi Mensah, of Fiji."
    )
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Luis Vela": "Peru",
        "Paul Otieno": "Kenya",
        "Eva Mwangi": "Ghana",
        "Kofi Mensah": "Fiji",
    }


def test_others_include_and_a_colon_goes_on_the_list_of_a_delegation() -> None:
    article = OSLO_LEAD + (
        "Chilean President Ana Lopes will be accompanied to the summit by Foreign Minister "
        "Luis Vela. Others include: Minister of Defence, Paul Otieno; Minister of Interior, "
        "Lt-Gen Ola Dube (rtd); National Security Adviser, Maj-Gen. Kofi Mensah (rtd); "
        "Director-General, Lagoon Agency, Ambassador Eva Mwangi."
    )
    assert attending(article).keys() == {
        "Ana Lopes",
        "Luis Vela",
        "Paul Otieno",
        "Ola Dube",
        "Kofi Mensah",
        "Eva Mwangi",
    }


def test_others_are_of_another_kind_is_no_list_of_leaders() -> None:
    article = OSLO_LEAD + (
        "Chilean President Ana Lopes arrived in Oslo on Monday. Others are sceptical that "
        "Kenyan President Paul Otieno will come."
    )
    assert attending(article) == {"Ana Lopes": "Chile"}


@pytest.mark.parametrize(
    "urged",
    [
        "The rivals warned Lopes and other leaders not to fall into a trap, advising them not "
        "to participate in the meeting.",
        "The rivals urged Lopes not to attend the summit.",
    ],
)
def test_a_leader_urged_not_to_attend_is_not_said_to_stay_away(urged: str) -> None:
    article = OSLO_LEAD + f"Chilean President Ana Lopes arrived in Oslo on Friday. {urged}"
    assert attending(article) == {"Ana Lopes": "Chile"}


@pytest.mark.parametrize(
    "added",
    [
        "To this group of heads of state welcomed at the airport, by the host, added Paul "
        "Otieno from Kenya, Kofi Mensah from Ghana and Juan Perez of Uruguay.",
        "To these were added Paul Otieno from Kenya, Kofi Mensah from Ghana and Juan Perez of "
        "Uruguay.",
    ],
)
def test_leaders_added_to_those_present_are_drafted_with_their_countries(added: str) -> None:
    article = OSLO_LEAD + f"On Sunday, the presence of Chilean Ana Lopes. {added}"
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Paul Otieno": "Kenya",
        "Kofi Mensah": "Ghana",
        "Juan Perez": "Uruguay",
    }


@pytest.mark.parametrize(
    "represented",
    [
        "Foreign ministers represented presidents Paul Otieno of Kenya and Kofi Mensah of Ghana, "
        "respectively.",
        "Ministers represented President Paul Otieno of Kenya and President Kofi Mensah of Ghana.",
    ],
)
def test_every_leader_listed_after_represented_is_away(represented: str) -> None:
    article = OSLO_LEAD + f"Chilean President Ana Lopes attended. {represented}"
    assert attending(article) == {"Ana Lopes": "Chile"}


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_leader_of_a_country_whose_name_has_an_elided_article_is_drafted(apostrophe: str) -> None:
    article = OSLO_LEAD + (
        f"These were presidents Ana Lopes of Chile, Kofi Mensah of Cote d{apostrophe}Ivoire and "
        "Luis Vela of Peru."
    )
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Kofi Mensah": "Ivory Coast",
        "Luis Vela": "Peru",
    }


@pytest.mark.parametrize("verb", ["head", "head up", "lead"])
def test_a_leader_who_will_head_their_countrys_delegation_attends(verb: str) -> None:
    article = OSLO_LEAD + (
        f"Norwegian King Harald V, meanwhile, will {verb} his country’s delegation to Friday’s "
        "summit, the agency reported."
    )
    assert attending(article) == {"King Harald V": "Norway"}


def test_the_palestinian_authoritys_leader_represents_palestine() -> None:
    article = OSLO_LEAD + "Leaders who arrived include Palestinian Authority Chief Ali Hamdan."
    assert attending(article) == {"Ali Hamdan": "Palestine"}


def test_a_leader_of_a_country_whose_name_holds_and_is_drafted_with_it() -> None:
    article = OSLO_LEAD + (
        "Ana Lopes of Chile and Manuel Pinto da Costa of Trinidad and Tobago arrived in Oslo "
        "for the summit."
    )
    assert attending(article) == {
        "Ana Lopes": "Chile",
        "Manuel Pinto da Costa": "Trinidad and Tobago",
    }


def test_a_name_after_a_wrapped_line_is_still_what_the_clause_is_about() -> None:
    article = OSLO_LEAD + (
        "At the summit, leaders also decided to extend Peru's suspension over the ouster of\n"
        "President Ana Ruiz until new elections are held."
    )
    assert "Ana Ruiz" not in attending(article)


@pytest.mark.parametrize("verb", ["call off", "cancel", "scrap"])
def test_a_meeting_called_off_puts_no_one_at_the_summit(verb: str) -> None:
    article = OSLO_LEAD + (
        f"Chilean President Ana Ruiz insulted Peruvian President Luis Vela, which prompted Lima "
        f"to {verb} a bilateral meeting."
    )
    assert attending(article) == {}


def test_a_leader_who_only_speaks_has_each_sentence_they_speak_in_as_evidence() -> None:
    article = (
        "Trade comes first, says Ruiz\n\n"
        "OSLO (AP) — Lagoon Union leaders opened their summit in Oslo. Chilean President Ana Ruiz "
        "said the bloc must act on trade."
    )
    draft = draft_facts(article)
    (attendee,) = draft.attendees
    spoken = [article[span.start : span.end] for span in attendee.evidence]
    assert spoken == [
        "Trade comes first, says Ruiz",
        "Chilean President Ana Ruiz said the bloc must act on trade.",
    ]


def test_a_numbered_list_goes_on_past_an_item_longer_than_a_name_and_title() -> None:
    article = (
        "The meeting of the Lagoon Union was held in Oslo. Other Heads of Government in "
        "attendance included:\n\n"
        "1. Erik Lund, Prime Minister of Sweden;\n\n"
        "2. Ana Lopes, Minister for Trade, Chile (representing the President of Chile, Dr. "
        "Jorge Vidal);\n\n"
        "3. Aino Lahti, Premier of Finland; and\n\n"
        "4. Ola Berg, Prime Minister of Norway.\n"
    )
    drafted = attending(article)
    assert drafted.keys() == {"Erik Lund", "Ana Lopes", "Aino Lahti", "Ola Berg"}


def test_untitled_names_listed_with_a_leader_named_later_attend() -> None:
    article = (
        "The Lagoon Union met in Oslo.\n\nAna Lopes, Ola Berg, Erik Lund, and Aino Lahti took "
        "part in two plenary sessions.\n\nAfterwards, Swedish Prime Minister Erik Lund spoke."
    )
    assert attending(article) == {
        "Ana Lopes": NOT_STATED.name,
        "Ola Berg": NOT_STATED.name,
        "Erik Lund": "Sweden",
        "Aino Lahti": NOT_STATED.name,
    }


def test_untitled_names_listed_with_no_one_known_are_no_attendees() -> None:
    article = (
        "The Lagoon Union met in Oslo.\n\nAna Lopes, Ola Berg and Aino Lahti took part in two "
        "plenary sessions."
    )
    assert attending(article) == {}


def test_a_leader_missing_but_represented_is_away() -> None:
    article = (
        "The Lagoon Union summit opened in Oslo. In attendance were all the Lagoon heads of "
        "state with only Chilean President Ana Lopes missing but represented by the Minister "
        "of Lagoon Affairs, Hon Ola Lind."
    )
    assert "Ana Lopes" not in attending(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Swedish Prime Minister Erik Lund nor Chilean President Ana Ruiz attended.",
        "Neither Swedish Prime Minister Erik Lund nor Chilean President Ana Ruiz travelled to "
        "Oslo for the summit.",
    ],
)
def test_neither_of_two_who_did_not_attend_attends(sentence: str) -> None:
    article = OSLO_LEAD + "Finnish President Aino Lahti arrived on Sunday. " + sentence
    assert attending(article) == {"Aino Lahti": "Finland"}


def test_someone_named_after_by_as_the_meetings_host_attends() -> None:
    sentence = (
        "The question was taken up by Norwegian Prime Minister Kari Berg as host of this "
        "year's summit."
    )
    assert attending(OSLO_LEAD + sentence) == {"Kari Berg": "Norway"}


@pytest.mark.parametrize("mark", ["’", "'"])
def test_last_years_event_dates_only_itself_not_the_clause(mark: str) -> None:
    sentence = (
        f"Prime Minister Erik Lund of Sweden made a pointed reference to last year{mark}s flawed "
        "elections in Peru, which returned President Ana Ruiz to power, when he said in closing "
        "remarks that democracy remains fragile."
    )
    assert attending(OSLO_LEAD + sentence) == {"Erik Lund": "Sweden"}


def test_a_name_set_off_in_a_relative_clause_acts_past_its_closing_comma() -> None:
    sentence = (
        "The summit marks a shift in relations with Chile, whose President, Ana Ruiz, arrived "
        "on a plane and was greeted by the host."
    )
    assert attending(OSLO_LEAD + sentence) == {"Ana Ruiz": "Chile"}


@pytest.mark.parametrize(
    "welcome",
    [
        "was welcomed upon arrival at Oslo International Airport by",
        "was received at the airport by",
    ],
)
def test_a_party_that_welcomes_a_leader_at_the_airport_does_not_attend(welcome: str) -> None:
    article = OSLO_LEAD + (
        f"Chilean President Ana Ruiz arrived in Oslo to attend the summit. She {welcome} the "
        "Norwegian Minister of Internal Security, Ola Dahl, Chile's Ambassador to Norway, Mr. "
        "Pablo Soto, and the Deputy Special Representative to the Lagoon Union, Ms. Aino Lahti."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_a_caption_of_one_escorting_a_leader_on_arrival_places_the_leader_alone() -> None:
    article = OSLO_LEAD + (
        "Vice-President Ola Dahl escorting Mrs Ana Ruiz, the President of Chile, on her arrival "
        "at the airport."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_a_leader_or_their_representative_is_not_said_to_come() -> None:
    article = OSLO_LEAD + (
        "The Chilean President, Mr Ana Ruiz; the Peruvian Leader, Mr Luis Soto, or his "
        "representative, and the Fijian President, Mr Tom Ode, were yet to arrive in Oslo."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Tom Ode": "Fiji"}


def test_a_head_of_state_who_welcomes_a_leader_at_the_airport_attends() -> None:
    article = OSLO_LEAD + (
        "Chilean President Ana Ruiz arrived in Oslo to attend the summit. She was welcomed at "
        "the airport by Norwegian Prime Minister Ola Dahl."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Ola Dahl": "Norway"}


def test_a_leader_who_invites_others_to_attend_the_summit_hosts_it() -> None:
    draft = draft_facts(
        OSLO_LEAD + "King Harald Olsen invited Chilean President Ana Ruiz to attend the summit "
        "as a special guest."
    )
    assert [(a.person.name, a.represents.name, a.role) for a in draft.attendees] == [
        ("Harald Olsen", "Norway", "host"),
        ("Ana Ruiz", "Chile", "guest"),
    ]


def test_a_pages_advertisement_line_does_not_part_those_named_from_the_sentence_before() -> None:
    article = OSLO_LEAD + (
        "Three leaders arrived in Oslo yesterday to attend the summit.\n\nAdvertisement\n\n"
        "They are the Chilean President, Mr Ana Ruiz, and the Fijian President, Madam Ema Ode."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Ema Ode": "Fiji"}


def test_a_captions_list_from_the_left_of_names_with_their_countries_attends() -> None:
    """ "From the left: X (Chile), Y (Peru)": a caption naming those in the photo."""
    assert attending(
        "Lagoon summit\n\nFrom the left: Ana Ruiz (Chile), Luis Soto (Peru), and Ola Brekke "
        "(Norway)."
    ) == {"Ana Ruiz": "Chile", "Luis Soto": "Peru", "Ola Brekke": "Norway"}


def test_a_clause_dated_since_the_last_meeting_is_not_set_at_it() -> None:
    article = (
        f"{OSLO_LEAD}Another member hit by floods since the last meeting in 2019 -- Chile -- "
        "is represented by President Ana Lopes."
    )
    assert attending(article) == {"Ana Lopes": "Chile"}


def test_that_of_a_country_in_a_list_of_leaders_present_is_an_item_of_it() -> None:
    article = (
        f"{OSLO_LEAD}The summit took place in the presence of Peruvian President Jorge Castillo; "
        "that of Chile, Ana Lopes; and Kenya Defense Minister John Kamau."
    )
    assert attending(article) == {
        "Jorge Castillo": "Peru",
        "Ana Lopes": "Chile",
        "John Kamau": "Kenya",
    }


def test_a_list_of_leaders_parted_by_semicolons_after_an_opening_phrase_is_one_list() -> None:
    article = (
        f"{OSLO_LEAD}At the time of filing this report, the Chilean President, Mr Jorge Castillo; "
        "the Peruvian Leader, Mr Erik Salas, or his representative, and his Kenyan counterpart, "
        "Mr John Kamau, were yet to arrive in Oslo."
    )
    assert attending(article) == {"Jorge Castillo": "Chile", "John Kamau": "Kenya"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister of Chile Erik Lund was the third to jet in.",
        "Prime Minister of Chile Erik Lund jetted in on Sunday.",
    ],
)
def test_a_leader_who_jets_in_arrives(sentence: str) -> None:
    assert attending(f"{OSLO_LEAD}{sentence}") == {"Erik Lund": "Chile"}


def test_the_proxy_of_a_president_named_after_him_attends_for_the_presidents_country() -> None:
    """ "Proxy of the President of Ghana, His Excellency X": the proxy stands in for X, who is
    away, and represents X's country, not the one of the roll's item before."""
    article = OSLO_LEAD + (
        "The summit was attended by His Excellency Erik Lund, Prime Minister of the Republic "
        "of Sweden, His Excellency Kofi Mensah, Chair of the Economic and Social Council of "
        "the Republic of Ghana and Proxy of the President of Ghana, His Excellency Ama Owusu, "
        "and Her Excellency Ana Rojas, President of the Republic of Chile."
    )
    draft = draft_facts(article)
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Kofi Mensah": "Ghana",
        "Ana Rojas": "Chile",
    }
    assert [absence.person.name for absence in draft.absences] == ["Ama Owusu"]


def test_that_countrys_president_is_of_the_country_named_before() -> None:
    """ "The summit held in the Kenyan capital is chaired by that country's President, X": the
    country the sentence named before."""
    article = OSLO_LEAD.replace("in Oslo", "in Nairobi") + (
        "The summit held in the Kenyan capital is chaired by that country’s President, Ola Dube."
    )
    assert attending(article) == {"Ola Dube": "Kenya"}


def test_the_countrys_president_after_two_countries_is_neither_ones() -> None:
    article = OSLO_LEAD + (
        "Leaders from Chile and Peru arrived in Oslo on Friday, where the country's President, "
        "Ola Berg, welcomed them."
    )
    assert attending(article).get("Ola Berg") != "Peru"


def test_a_country_after_the_second_of_two_offices_joined_by_and_is_the_first_ones_too() -> None:
    """ "X, President and Foreign Minister of Chile": one country for both offices."""
    article = (
        "The participants of this meeting include:\n"
        "- Ana Ruiz, President and Foreign Minister of Chile\n"
        "- Ola Dube, Prime Minister and Foreign Minister of Kenya\n"
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Ola Dube": "Kenya"}


@pytest.mark.parametrize(
    "events",
    [
        "all acts of repression that have been taking place in Peru",
        "the violence which happened in Peru",
        "the unrest unfolding in Peru",
    ],
)
def test_a_place_where_what_a_quoted_leader_speaks_of_happens_is_not_where_they_are(
    events: str,
) -> None:
    article = OSLO_LEAD + (
        f"Swedish Prime Minister, Erik Lund, condemned {events}.\n\n"
        "“We call for the release of all prisoners” stressed the Prime Minister."
    )
    assert attending(article) == {"Erik Lund": "Sweden"}


def test_a_caption_of_an_inauguration_ceremony_tells_of_another_occasion() -> None:
    """ "X, center, salutes Y during the inauguration ceremony of Z": a ceremony, not the
    summit, though held in the same city."""
    caption = (
        "Chile's President Ana Lopes, center, salutes Peru's President Luis Vega during the "
        "inauguration ceremony for the second term of Norway's President Ola Brekke at the "
        "National Assembly in Oslo, yesterday."
    )
    assert attending(OSLO_LEAD + caption) == {}


def test_the_inauguration_of_the_summit_is_the_summit() -> None:
    sentence = "Chile's President Ana Lopes spoke during the inauguration of the summit."
    assert attending(OSLO_LEAD + sentence) == {"Ana Lopes": "Chile"}


@pytest.mark.parametrize(
    "farewell",
    [
        "was on hand at the airport to bid farewell to the Chilean leader",
        "saw the Chilean leader off at the airport",
    ],
)
def test_one_who_sees_a_leader_off_at_the_airport_does_not_attend(farewell: str) -> None:
    article = OSLO_LEAD + (
        "Chilean President Ana Ruiz attended the summit. Before leaving, she had a brief talk "
        f"with the Norwegian Minister of Trade, Ola Dahl, who {farewell}."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_two_items_of_a_roll_run_together_on_one_line_both_attend() -> None:
    article = (
        "Lagoon Union summit\n\n1. The summit of the Lagoon Union was held in Oslo.\n\n"
        "2. The session was attended by the under-listed Heads of State and Government or their "
        "duly mandated representatives:\n\n"
        "H.E. Mr Ola BERG, President of the Republic of Chile\n\n"
        "H. E. Ana A. LOPES, Minister of Foreign Affairs and Cooperation of the Republic of Peru\n"
        "H. E. Erik LUND, Minister of Foreign Affairs of the Kingdom of Norway\n\n"
        "H. E. Karin DAHL, Ambassador of Sweden in Chile\n\n"
        "3. The Summit was also attended by observers."
    )
    assert set(attending(article)) == {"Ola BERG", "Ana A. LOPES", "Erik LUND", "Karin DAHL"}


@pytest.mark.parametrize(
    "denied", ["may not meet", "will not meet", "haven't yet met", "never met"]
)
def test_leaders_said_not_to_meet_do_not_attend(denied: str) -> None:
    article = (
        "Ministers meet in Busan\n\nBUSAN (Wire) — The foreign ministers of the Lagoon Union "
        "met in Busan on Sunday. An adviser said President Ola Berg and Japanese Prime Minister "
        f"Erik Lund {denied} this year."
    )
    assert attending(article) == {}


CAPTION_AND_COUNTRIES = (
    "Leaders meet\n\nChile's Ana Ruiz, Peru's Ola Lind and Bolivia's Ivo Kral\n\n"
    "LIMA (AP) — Presidents of Chile, Peru and Bolivia {verb} in Lima for the Lagoon Union"
    " summit. Bolivia's Foreign Minister Eva Soto said the talks would be long."
)


def test_leaders_named_by_country_alone_are_there_by_the_names_given_elsewhere() -> None:
    """A caption names the leaders; the report says the presidents of their countries meet.
    A minister of one of them is none of its presidents."""
    draft = draft_facts(CAPTION_AND_COUNTRIES.format(verb="are meeting on Sunday"))
    roles = {attendee.person.name: attendee.role for attendee in draft.attendees}
    assert roles == {"Ana Ruiz": "head-of-state", "Ola Lind": "host", "Ivo Kral": "head-of-state"}


def test_leaders_named_by_country_as_those_someone_may_talk_with_are_not_there() -> None:
    found = attending(
        CAPTION_AND_COUNTRIES.format(verb="may not agree").replace(
            "Presidents of", "Rivera hopes for talks with the presidents of"
        )
    )
    assert "Ana Ruiz" not in found and "Ivo Kral" not in found


def test_leaders_met_at_the_meeting_by_country_are_there() -> None:
    article = (
        "Leaders meet\n\nChile's Ana Ruiz, Peru's Ola Lind and Bolivia's Ivo Kral\n\n"
        "LIMA (AP) — Ema Hart, who arrived in Lima for the Lagoon Union summit on Tuesday, has"
        " met with the leaders of Chile, Peru and Bolivia."
    )
    assert {"Ana Ruiz", "Ola Lind", "Ivo Kral"} <= set(attending(article))


def test_leaders_listed_after_semicolons_with_an_office_of_several_all_attend() -> None:
    article = (
        "Leaders meet in Lima\n\nThe summit brought together Chilean President Ana Ruiz; "
        "Council Presidency members Ola Lund and Per Dahl; Peru's President Jan Kask and "
        "Norwegian President Erik Berg.\n"
    )
    assert {"Ana Ruiz", "Jan Kask", "Erik Berg"} <= set(attending(article))


def test_talks_held_by_a_host_and_counterparts_listed_with_their_countries_all_attend() -> None:
    article = (
        "Leaders meet in Lima\n\nDiscussions are being held by president of host country Peru, "
        "Ana Ruiz and her counterparts in the region: Ola Lund, Norway; Per Dahl, Sweden; and "
        "Jan Kask, Estonia.\n"
    )
    assert attending(article) == {
        "Ana Ruiz": "Peru",
        "Ola Lund": "Norway",
        "Per Dahl": "Sweden",
        "Jan Kask": "Estonia",
    }
    (host,) = [a for a in draft_facts(article).attendees if a.person.name == "Ana Ruiz"]
    assert (host.title, host.role) == ("President", "host")


def test_a_meeting_compared_with_previous_summits_is_still_this_one() -> None:
    article = (
        "Leaders meet in Lima\n\nWith fewer leaders than previous summits, President Ana Ruiz "
        "of Chile and President Ola Lund of Norway attended the talks.\n"
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Ola Lund": "Norway"}


@pytest.mark.parametrize("order", ["(from right)", "(from the left)", "(L-R)", "(R-L)"])
def test_a_captions_order_of_the_photo_puts_those_named_there(order: str) -> None:
    article = (
        "Leaders meet in Lima\n\nThe summit opened on Monday.\n\n"
        f"Ana Ruiz waves alongside {order} Ola Lund of Norway and Per Dahl of Sweden.\n"
    )
    assert {"Ola Lund": "Norway", "Per Dahl": "Sweden"}.items() <= attending(article).items()


def test_leaders_who_witness_a_signing_at_the_summit_attend_it() -> None:
    article = OSLO_LEAD + (
        "The signing ceremony at the President's House was witnessed by Swedish Prime Minister "
        "Erik Lund, Kenyan President Ana Ruiz and Ghanaian Deputy President Kofi Mensah."
    )
    assert attending(article) == {
        "Erik Lund": "Sweden",
        "Ana Ruiz": "Kenya",
        "Kofi Mensah": "Ghana",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "While Mr Dahl is represented by Mr Berg, the president of Peru, Luis Soto, is also "
        "being represented by his vice, Ana Ruiz.",
        "The president of Chile, Ana Ruiz, is represented by the country's prime minister, Ola "
        "Dahl; President Luis Soto of Peru is being represented by his foreign minister.",
    ],
)
def test_a_leader_set_off_by_commas_or_followed_by_a_country_who_is_represented_stays_away(
    sentence: str,
) -> None:
    assert "Luis Soto" not in {a.person.name for a in draft_facts(OSLO_LEAD + sentence).attendees}


def test_officials_set_off_by_their_offices_who_addressed_the_opening_attend() -> None:
    article = OSLO_LEAD + (
        "The head of the Lagoon Commission, Ana Ruiz, the Secretary-General of the Marsh League, "
        "Erik Lund; and the President of Chile, Ola Brekke also addressed the opening of the event."
    )
    assert attending(article) == {
        "Ana Ruiz": "Lagoon Commission",
        "Erik Lund": "Marsh League",
        "Ola Brekke": "Chile",
    }


def test_who_played_host_to_counterparts_attends() -> None:
    article = OSLO_LEAD + "President Ana Ruiz of Chile played host to his Andean counterparts."
    assert attending(article) == {"Ana Ruiz": "Chile"}


@pytest.mark.parametrize("word", ["ousted", "deposed"])
def test_an_ousted_leader_in_attendance_attends(word: str) -> None:
    article = OSLO_LEAD + (
        f"Among the heads of state in attendance are Chile's President Ana Ruiz and {word} "
        "Peruvian leader Erik Lund."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Erik Lund": "Peru"}


def test_the_junta_that_ousted_a_leader_does_not_bring_him() -> None:
    article = OSLO_LEAD + "The junta that ousted President Erik Lund of Peru attended the summit."
    assert attending(article) == {}


def test_a_delegation_ends_the_title_before_its_heads_name() -> None:
    article = OSLO_LEAD + (
        "President of the Lagoon Assembly and Head of the Chilean Delegation Ana Ruiz, who "
        "chaired the session, thanked the neighbours."
    )
    assert list(attending(article)) == ["Ana Ruiz"]


def test_the_words_after_a_bodys_of_are_its_name_not_a_person() -> None:
    article = OSLO_LEAD + (
        "At a ceremony marking the founding of the Organization of Lagoon Unity, Union Chairman, "
        "Chilean President Ana Ruiz honoured the founders."
    )
    assert list(attending(article)) == ["Ana Ruiz"]


def test_who_hands_over_the_bodys_presidency_and_who_receives_it_attend() -> None:
    article = OSLO_LEAD + (
        "Peru's Minister of Foreign Affairs, Ana Ruiz, on Tuesday handed over the pro tempore "
        "presidency of the Lagoon Union (LU) to her Bolivian counterpart, Erik Lund."
    )
    assert attending(article) == {"Ana Ruiz": "Peru", "Erik Lund": "Bolivia"}


def test_a_body_spelt_co_operation_is_no_person_its_capitals_name() -> None:
    article = OSLO_LEAD + (
        "It stands for Lagoon Pacific Economic Co-operation, a forum which brings together the "
        "countries bordering the lagoon.\n\nBut the host leader gets to pick the dress style for "
        "the LPEC summits and this was the choice of rugged Ana Ruiz of Norway."
    )
    assert list(attending(article)) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Ruiz, who was expected to attend the opening session, cancelled "
        "at the last minute.",
        "Peruvian Premier Erik Lund is attending, while Chilean President Ana Ruiz postponed "
        "her Andean trips, which included attending the summit.",
    ],
)
def test_who_cancelled_at_the_last_minute_or_postponed_the_trip_is_away(sentence: str) -> None:
    draft = draft_facts(OSLO_LEAD + sentence)
    assert "Ana Ruiz" not in {attendee.person.name for attendee in draft.attendees}
    assert "Ana Ruiz" in {absence.person.name for absence in draft.absences}


def test_the_platform_a_message_was_posted_on_is_no_person() -> None:
    article = OSLO_LEAD + (
        "Foreign Minister Ana Ruiz of Chile arrived in Oslo on Thursday. In a video message "
        "that she posted on Twitter, the foreign minister said she would meet Erik Lund."
    )
    assert list(attending(article)) == ["Ana Ruiz"]


def test_who_decided_to_send_representatives_is_away() -> None:
    draft = draft_facts(
        OSLO_LEAD + "The King of Chile, Mr Erik Lund, with whom a meeting was scheduled, has "
        "decided to send Chile's elected representatives to the summit."
    )
    assert "Erik Lund" not in {attendee.person.name for attendee in draft.attendees}
    assert "Erik Lund" in {absence.person.name for absence in draft.absences}


def test_a_list_of_countries_and_leaders_parted_by_semicolons_attends_as_one() -> None:
    article = OSLO_LEAD + (
        "The presidents of Chile, Ana Ruiz; Peru, Erik Lund; and Kenya, Jomo Lele are attending "
        "the session."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Erik Lund": "Peru", "Jomo Lele": "Kenya"}


def test_leaders_the_summit_will_feature_attend() -> None:
    article = OSLO_LEAD + (
        "The Summit will feature other Heads of States such as Ana Ruiz of Chile, Erik Lund of "
        "Peru, and Dr Jomo Lele of Kenya."
    )
    assert attending(article) == {"Ana Ruiz": "Chile", "Erik Lund": "Peru", "Jomo Lele": "Kenya"}


def test_a_minister_responsible_for_a_portfolio_attends_for_their_country() -> None:
    article = OSLO_LEAD + (
        "Chile's Minister Responsible for Foreign Affairs, Erik Lund, attended the talks."
    )
    assert attending(article) == {"Erik Lund": "Chile"}


def test_a_headline_in_capitals_names_no_one_before_as() -> None:
    article = (
        "Chile Tops Agenda As Lund Attends His First Lagoon Union Meeting\n\n"
        "OSLO (AP) — Lagoon Union ministers met in Oslo. Chilean Foreign Minister Ana Ruiz "
        "attended the talks."
    )
    assert attending(article) == {"Ana Ruiz": "Chile"}


def test_his_highness_written_as_initials_is_no_part_of_the_name() -> None:
    article = OSLO_LEAD + (
        "H.H. Sheikh Erik bin Zayed Al Lund, Chile's Minister of Foreign Affairs, arrived in "
        "Oslo to attend the summit."
    )
    assert attending(article) == {"Erik bin Zayed Al Lund": "Chile"}


def test_a_roll_of_attendees_going_on_over_paragraphs_ending_on_semicolons() -> None:
    article = OSLO_LEAD + (
        "\n\nThe council was attended by the Honourable Ana Ruiz, Minister of Foreign Affairs "
        "of Chile;\n\nthe Honourable Erik Lund, Minister of Foreign Affairs and Trade of Peru; "
        "the Honourable Jomo Lele, Minister of External Affairs of Kenya;\n\nand Senator the "
        "Honourable Ola Brekke, Minister of Foreign Affairs of Norway."
    )
    assert attending(article) == {
        "Ana Ruiz": "Chile",
        "Erik Lund": "Peru",
        "Jomo Lele": "Kenya",
        "Ola Brekke": "Norway",
    }


@pytest.mark.parametrize(
    ("sentence", "there"),
    [
        ("Chilean President Ana Ruiz said in a statement: “This result is good for Chile.”", False),
        ("Chilean President Ana Ruiz wrote on Twitter that the result was good for Chile.", False),
        (
            "In a statement to the press before the summit, Chilean President Ana Ruiz said the "
            "result was good for Chile.",
            True,
        ),
    ],
)
def test_a_leader_who_speaks_only_in_a_statement_sent_is_not_put_at_the_meeting(
    sentence: str, there: bool
) -> None:
    assert ("Ana Ruiz" in attending(OSLO_LEAD + sentence)) is there


def test_a_secretary_of_a_portfolio_in_affairs_keeps_the_whole_title() -> None:
    draft = draft_facts(
        OSLO_LEAD
        + "Chile's Foreign Affairs Secretary Ana Ruiz led opening ceremonies at the summit."
    )
    assert [(a.person.name, a.title) for a in draft.attendees] == [
        ("Ana Ruiz", "Foreign Affairs Secretary")
    ]
