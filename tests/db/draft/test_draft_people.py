"""People, attendees and speakers as wire copy writes them, one short invented text per phrasing.

The people are invented; the countries are real, as the drafter knows countries by name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from db.draft.attendance import NOT_STATED
from db.draft.extract import draft_facts
from db.draft.model import Draft


def names(draft: Draft) -> list[str]:
    return [person.name for person in draft.people]


def titled_attending(draft: Draft) -> dict[str, tuple[str | None, str]]:
    """Attendee's name → their title and the name of the party they represent."""
    return {a.person.name: (a.title, a.represents.name) for a in draft.attendees}


def attending(draft: Draft) -> dict[str, str]:
    """Attendee's name → the name of the party they represent."""
    return {attendee.person.name: attendee.represents.name for attendee in draft.attendees}


def test_two_people_each_after_their_countrys_possessive() -> None:
    draft = draft_facts(
        "Norway's Ola Brekke and Finland's Aino Lahti gather with other leaders in Oslo."
    )
    assert attending(draft) == {"Ola Brekke": "Norway", "Aino Lahti": "Finland"}


def test_a_secretary_of_state_and_the_minister_named_after_them_hold_their_own_offices() -> None:
    draft = draft_facts(
        "Talks in Lima\n\nLIMA (Wire) — Leaders of the Lagoon Union met on Monday. Chilean "
        "Secretary of State Ana Ruiz and Peruvian Foreign Minister Erik Lund attended the talks."
    )
    assert titled_attending(draft) == {
        "Ana Ruiz": ("Secretary of State", "Chile"),
        "Erik Lund": ("Foreign Minister", "Peru"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were held in Lenca, a small spa town on the shores of Chile's Lake Verde.",
        "Upon arrival in Lima from Santiago, Prince Sultan, the deputy premier, hoped for the best.",
    ],
)
def test_a_lake_or_a_city_a_person_is_at_or_comes_from_is_no_one(sentence: str) -> None:
    draft = draft_facts(f"Talks in Lima\n\nLIMA (Wire) — The Lagoon Union met. {sentence}")
    assert not {"Lake Verde", "Santiago"} & set(names(draft))


def test_capitalised_words_after_a_or_an_are_a_kind_not_a_person() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund flew to Oslo. As an Arctic State, the country will "
        "join the seven other Arctic States there. As a Lagoon Power, the country will speak."
    )
    assert names(draft) == ["Erik Lund"]


def test_capitalised_words_the_countries_of_a_sentence_are_of_are_a_place_not_a_person() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund flew to Oslo. “It will be a forum open to all the "
        "countries of Northern Europe, a forum without ideology,” he said."
    )
    assert names(draft) == ["Erik Lund"]


@pytest.mark.parametrize("place", ["Saint Mary", "St. Mary"])
def test_a_saints_name_in_a_dateline_is_a_place_not_a_person(place: str) -> None:
    draft = draft_facts(
        f"{place}, Antigua and Barbuda.- Leaders of the Lagoon Union met here today. Swedish "
        "Prime Minister Erik Lund opened the summit."
    )
    assert names(draft) == ["Erik Lund"]


@pytest.mark.parametrize(
    "body", ["the Swedish State Chancellery", "the Party of Sweden Central Committee"]
)
def test_a_states_body_named_with_its_noun_is_not_a_person(body: str) -> None:
    draft = draft_facts(
        f"Swedish Prime Minister Erik Lund flew to Oslo, spokespeople for {body} said. "
        "Lund is also a member of the Political Bureau."
    )
    assert names(draft) == ["Erik Lund"]


@pytest.mark.parametrize("verb", ["were", "was"])
def test_the_verb_before_an_office_and_its_name_is_no_part_of_the_title(verb: str) -> None:
    draft = draft_facts(
        f"Leaders meet\n\nOSLO (AP) — Attending the summit {verb} the President of Chile, Ana"
        " Ruiz, and the Prime Minister of Peru, Luis Soto."
    )
    roles = {attendee.person.name: (attendee.title, attendee.role) for attendee in draft.attendees}
    assert roles == {
        "Ana Ruiz": ("President", "head-of-state"),
        "Luis Soto": ("Prime Minister", "head-of-government"),
    }


@pytest.mark.parametrize("spelling", ["Adviser", "Advisor"])
def test_a_national_security_adviser_is_a_title_not_part_of_the_name(spelling: str) -> None:
    draft = draft_facts(
        f"Leaders met in Oslo.\n\nNational Security {spelling} Kari Lie told reporters the "
        "talks were \u201cthe start of a new strategy.\u201d"
    )
    assert [(person.name, person.title) for person in draft.people] == [
        ("Kari Lie", f"National Security {spelling}")
    ]
    assert [statement.speaker.name for statement in draft.statements] == ["Kari Lie"]


def test_a_name_run_into_an_office_and_the_name_again_is_one_person() -> None:
    draft = draft_facts(
        "Leaders meet in Oslo\n\nPresident Ana Ruiz will host the leaders in Oslo.\n\n"
        "President Ana Ruiz President Ana Ruiz\n\nRuiz said the talks would be long."
    )
    assert names(draft) == ["Ana Ruiz"]


def test_a_prime_minister_spelt_without_its_second_i_is_still_the_title() -> None:
    draft = draft_facts("Chilean Prime Minster Ana Ruiz arrived in Oslo for the summit.")
    assert titled_attending(draft) == {"Ana Ruiz": ("Prime Minister", "Chile")}
    assert draft.attendees[0].role == "head-of-government"


def test_a_portfolio_listed_after_a_title_is_no_persons_name() -> None:
    draft = draft_facts(
        "Leaders meet in Oslo\n\nThe summit elected Chile\u2019s President, Dr. Ana Ruiz, as "
        "Chairperson of the Organ on Politics, Defence, and Security Cooperation."
    )
    assert names(draft) == ["Ana Ruiz"]


def test_a_rolls_minister_is_of_the_country_after_the_office_and_the_portfolio_no_one() -> None:
    draft = draft_facts(
        "Leaders meet in Oslo\n\nThe summit in Oslo was attended by:\n\n"
        "  \u2022 Honourable Ana Ruiz, Prime Minister of Chile;\n"
        "  \u2022 Honourable Ola Lund, Minister of Health, Peru (representing Prime Minister of "
        "Peru, Dr. the Honourable Luis Vela);\n"
        "  \u2022 Honourable Eva Paz, Minister of Labour, Ecuador;\n"
    )
    assert attending(draft) == {"Ana Ruiz": "Chile", "Ola Lund": "Peru", "Eva Paz": "Ecuador"}
    assert "Health" not in names(draft) and "Labour" not in names(draft)


def test_a_list_of_offices_each_before_its_name_gives_each_their_own() -> None:
    draft = draft_facts(
        "The summit opened in Oslo. President of the Lagoon Commission, Ana Ruiz, the "
        "chancellor of Sweden, Erik Lund, the PM of Chile, Eva Paz and the PM of Peru, Luis "
        "Vela attended."
    )
    assert attending(draft) == {
        "Ana Ruiz": "Lagoon Commission",
        "Erik Lund": "Sweden",
        "Eva Paz": "Chile",
        "Luis Vela": "Peru",
    }


@pytest.mark.parametrize("holder", ["Norway’s Prime Minister", "The Norwegian prime minister"])
def test_an_office_named_again_with_its_country_gives_its_one_holder_that_country(
    holder: str,
) -> None:
    """A report that names a leader by office and name, then the office with its country
    ("Norway's Prime Minister also discussed …"), says whose country the leader leads."""
    draft = draft_facts(
        "Leaders met in Oslo on Friday. Prime Minister Ola Berg said the talks went well. "
        f"{holder} also discussed climate change."
    )
    assert {person.name: person.party and person.party.name for person in draft.people} == {
        "Ola Berg": "Norway"
    }


def test_an_office_named_with_its_country_beside_two_holders_gives_neither_a_country() -> None:
    draft = draft_facts(
        "Leaders met in Oslo on Friday. Prime Minister Ola Berg and Prime Minister Erik Lund "
        "said the talks went well. Norway’s Prime Minister also discussed climate change."
    )
    assert {person.name: person.party for person in draft.people} == {
        "Ola Berg": None,
        "Erik Lund": None,
    }


def test_an_office_with_a_country_in_the_holders_own_sentence_is_anothers() -> None:
    """ "President X said it was historic that the Finnish President had come": the one X
    speaks of is someone else, not X."""
    draft = draft_facts(
        "Leaders met in Oslo on Friday. President Ola Berg said it was historic that the Finnish "
        "President and Swedish Prime Minister had taken part."
    )
    assert {person.name: person.party for person in draft.people} == {"Ola Berg": None}


@pytest.mark.parametrize("hosting", ["Norway has been hosting", "Norway will host"])
def test_the_one_leader_with_no_country_given_leads_the_country_the_text_says_hosts(
    hosting: str,
) -> None:
    """A report from the host country names its own leader with no country ("President X"):
    the text's "Norway will host" says whose leader that is."""
    draft = draft_facts(
        f"Lagoon Union leaders meet in Oslo\n\n{hosting} leaders of Chile and Peru at the "
        "Lagoon Union summit in Oslo. President Ola Berg said the talks went well."
    )
    assert [(a.person.name, a.represents.name, a.role) for a in draft.attendees] == [
        ("Ola Berg", "Norway", "host")
    ]


@pytest.mark.parametrize(
    "hosting",
    [
        "Norway will host the next Lagoon Union summit.",
        "Norway hosted the 2019 summit.",
        "Norway will host the summit. President Erik Lund also spoke.",
        "Norway hosts the Lagoon Union's secretariat.",
    ],
)
def test_a_country_hosting_another_meeting_or_two_leaders_with_no_country_give_none(
    hosting: str,
) -> None:
    draft = draft_facts(
        "Lagoon Union leaders meet in Oslo\n\nLeaders of Chile and Peru met at the Lagoon "
        f"Union summit. President Ola Berg said the talks went well. {hosting}"
    )
    assert all(person.party is None for person in draft.people)


def test_a_country_given_after_a_headline_named_the_person_without_it_is_theirs() -> None:
    draft = draft_facts(
        "President Ola Brekke delivers address\n\nLeaders met in Oslo on Thursday.\n\n"
        "Norwegian President Ola Brekke, who chaired the summit, stressed the importance of trade."
    )
    assert attending(draft) == {"Ola Brekke": "Norway"}


def test_an_office_set_off_after_a_name_ends_where_a_second_description_begins() -> None:
    draft = draft_facts(
        "Leaders met in Oslo. Ana Ruiz, the president of Chile and the only South American "
        "leader in the hall, arrived for the summit."
    )
    assert attending(draft) == {"Ana Ruiz": "Chile"}


def test_a_place_before_under_the_chair_of_is_no_one_the_office_names() -> None:
    draft = draft_facts(
        "The talks were held in Oslo, Norway under the chair of Foreign Minister Ola Brekke."
    )
    assert names(draft) == ["Ola Brekke"]


def test_the_head_of_a_body_set_off_before_a_name_is_their_title() -> None:
    draft = draft_facts(
        "The summit opened in Oslo. The Lagoon Union will be represented by the head of the "
        "Lagoon Commission, Ana Ruiz, and the President of the Lagoon Council, Erik Lund."
    )
    assert attending(draft) == {"Ana Ruiz": "Lagoon Commission", "Erik Lund": "Lagoon Council"}


def test_each_delegation_is_of_its_country_and_a_style_in_capitals_is_no_body() -> None:
    draft = draft_facts(
        "Leaders meet in Doha\n\nLeaders of the Lagoon Union take part in the summit in Doha "
        "with the Norwegian delegation led by HM King Harald Olsen, and Sweden's delegation led "
        "by HH Sheikh Karim Al Haddad, Deputy Prime Minister."
    )
    assert attending(draft) == {"Harald Olsen": "Norway", "Karim Al Haddad": "Sweden"}


def test_a_datelines_country_is_not_the_country_of_the_leader_after_it() -> None:
    draft = draft_facts(
        "OSLO, Norway \u2014 President Ana Ruiz suffered a setback on Wednesday when leaders "
        "at the summit rebuffed her plan."
    )
    assert attending(draft) == {"Ana Ruiz": NOT_STATED.name}


def test_a_counterpart_set_after_one_name_and_before_another_is_the_seconds() -> None:
    draft = draft_facts(
        "Chilean President Ana Ruiz will take part in the summit alongside Peru\u2019s Luis "
        "Vela, their Swedish counterpart, Erik Lund, and Norwegian Prime Minister Kari Lie."
    )
    assert attending(draft) == {
        "Ana Ruiz": "Chile",
        "Luis Vela": "Peru",
        "Erik Lund": "Sweden",
        "Kari Lie": "Norway",
    }


def test_a_country_in_capitals_before_a_title_is_that_country() -> None:
    draft = draft_facts(
        "KUALA LUMPUR: UNITED STATES President Ana Ruiz is due to arrive here today for the summit."
    )
    assert attending(draft) == {"Ana Ruiz": "United States"}


def test_a_heading_in_capitals_before_a_title_names_no_body() -> None:
    """A run-in heading set in capitals ("OPENING SESSION") before a title is words, not the
    initials of a body the one titled serves; a body's own initials still are."""
    draft = draft_facts(
        "OSLO — Lagoon Union leaders met in Oslo. The leaders met. OPENING SESSION "
        "Ambassador Ana Ruiz of Chile spoke first. LU Ambassador Erik Lund spoke next."
    )
    parties = {person.name: person.party and person.party.name for person in draft.people}
    assert parties == {"Ana Ruiz": "Chile", "Erik Lund": "LU"}


def test_a_given_names_initials_stay_in_the_name() -> None:
    draft = draft_facts(
        "OSLO \u2014 Sri Lankan External Affairs Minister S. Ruiz attended the summit in Oslo. "
        "Ghanaian Prime Minister K.P. Sharma Lund also attended, as did Foreign Minister "
        "S Vela of Chile.\n\n\u201cWe are ready,\u201d Ruiz said."
    )
    assert titled_attending(draft) == {
        "S. Ruiz": ("External Affairs Minister", "Sri Lanka"),
        "K.P. Sharma Lund": ("Prime Minister", "Ghana"),
        "S Vela": ("Foreign Minister", "Chile"),
    }
    assert [statement.speaker.name for statement in draft.statements] == ["S. Ruiz"]


def test_countries_represented_respectively_by_envoys_pair_in_order() -> None:
    draft = draft_facts(
        "Leaders meet in Lima\n\nThe summit in Lima was attended by President Ana Ruiz of "
        "Chile. Norway and Sweden were represented by First Vice President Kari Lie and Prime "
        "Minister Erik Lund, respectively."
    )
    assert attending(draft) == {"Ana Ruiz": "Chile", "Kari Lie": "Norway", "Erik Lund": "Sweden"}


@pytest.mark.parametrize("spelling", ["C\u00f4te d\u2019Ivoire", "C\u00f4te d\u2019ivoire"])
def test_a_country_whose_name_elides_an_article_is_known_in_either_case(spelling: str) -> None:
    draft = draft_facts(f"Vice President Ana Ruiz of {spelling} attended the summit in Lima.")
    (attendee,) = draft.attendees
    assert attendee.represents.code == "CI"


def test_a_one_word_name_a_cut_off_page_ends_on_is_no_persons() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund attended the summit in Oslo.\n\n"
        "At the summit, the union will be represented by Council President Ola"
    )
    assert names(draft) == ["Erik Lund"]


def test_a_name_run_on_from_a_title_ending_in_a_ministry_is_the_name_alone() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund attended the summit in Oslo. Secretary general in the "
        "Norwegian Foreign Ministry Ola Brekke told Radio Norway that talks were set."
    )
    assert names(draft) == ["Erik Lund", "Ola Brekke"]


def test_two_words_of_the_kind_of_office_before_a_lower_case_title_are_part_of_it() -> None:
    draft = draft_facts(
        "The summit in Oslo was attended by Swedish foreign policy chief Ola Brekke."
    )
    assert titled_attending(draft) == {"Ola Brekke": ("Foreign Policy Chief", "Sweden")}


def test_a_family_name_of_two_parts_written_once_with_its_hyphen_keeps_it() -> None:
    draft = draft_facts(
        "Chilean President Ana Lopez Garcia opened the summit in Oslo on Friday.\n\n"
        '"We are ready," said Lopez Garcia. "The time is now," said Lopez-Garcia.'
    )
    assert names(draft) == ["Ana Lopez-Garcia"]
    assert {statement.speaker.name for statement in draft.statements} == {"Ana Lopez-Garcia"}
    assert [(slip.text, slip.correction) for slip in draft.slips] == [
        ("Lopez Garcia", "Lopez-Garcia")
    ]
    assert names(draft_facts("Swedish Prime Minister Lund opened the summit.")) == ["Lund"]


def test_a_colleague_of_a_country_is_a_counterpart_and_alone_no_office() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund opened the summit in Oslo with his Norwegian colleague "
        "Ola Brekke on Friday."
    )
    assert titled_attending(draft) == {
        "Erik Lund": ("Prime Minister", "Sweden"),
        "Ola Brekke": ("Prime Minister", "Norway"),
    }
    draft = draft_facts("Lund opened the summit. My colleague Ana Ruiz said it went well.")
    assert "Ana Ruiz" in names(draft)


def test_a_day_opening_a_sentence_before_a_title_is_no_persons_name() -> None:
    draft = draft_facts("Yesterday, President of Norway Ola Brekke hosted leaders in Oslo.")
    assert names(draft) == ["Ola Brekke"]


def test_the_country_a_leader_leaves_for_is_not_theirs() -> None:
    draft = draft_facts(
        "Leaders meet\n\nPresident Ana Ruiz left yesterday for Norway for the Lagoon Union summit."
    )
    assert attending(draft) == {"Ana Ruiz": NOT_STATED.name}


def test_each_leader_in_brackets_after_their_country_is_of_it() -> None:
    draft = draft_facts(
        "The summit in Oslo was attended by the leaders of Chile (President Ana Ruiz), Peru "
        "(President Luis Vela) and Sweden (Prime Minister Erik Lund)."
    )
    assert {person.name: person.party and person.party.name for person in draft.people} == {
        "Ana Ruiz": "Chile",
        "Luis Vela": "Peru",
        "Erik Lund": "Sweden",
    }


@pytest.mark.parametrize(
    "name",
    [
        "Abdel Karim el-Haddad",
        "Paulo Roberto da Costa",
        "Khalid bin Rashid",
        "Jan van der Berg",
        "Tendai wa Moyo",
        "Amira bint Saleh",
    ],
)
def test_a_name_with_particles_is_kept_whole(name: str) -> None:
    draft = draft_facts(f"Egyptian President {name} arrived in Cairo for the summit.")
    assert names(draft) == [name]
    assert attending(draft) == {name: "Egypt"}


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Saudi", "Saudi Arabia"),
        ("Azeri", "Azerbaijan"),
        ("Argentinian", "Argentina"),
        ("Ivoirian", "Ivory Coast"),
    ],
)
def test_a_leader_is_of_the_country_news_names_by_its_short_adjective(
    adjective: str, country: str
) -> None:
    draft = draft_facts(f"{adjective} Foreign Minister Ana Ruiz arrived in Cairo for the summit.")
    assert attending(draft) == {"Ana Ruiz": country}


@pytest.mark.parametrize("title", ["Secretary of State", "Minister of Foreign Affairs"])
def test_a_middle_initial_after_a_portfolio_stays_in_the_name(title: str) -> None:
    draft = draft_facts(f"Norwegian {title} Ana J. Ruiz arrived in Cairo for the summit.")
    assert names(draft) == ["Ana J. Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Sudan's army chief, Tamba Keita, attended the summit in Cairo.", "Army Chief"),
        ("Sudan's military leader Tamba Keita attended the summit in Cairo.", "Military Leader"),
        ("Sudan's junta leader, Capt. Tamba Keita, attended the summit in Cairo.", "Junta Leader"),
    ],
)
def test_a_word_saying_the_kind_of_office_after_the_possessive_is_part_of_the_title(
    sentence: str, title: str
) -> None:
    draft = draft_facts(sentence)
    assert attending(draft) == {"Tamba Keita": "Sudan"}
    assert draft.attendees[0].title == title


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_possessive_of_three_words_before_a_capitalised_title_names_its_whole_country(
    apostrophe: str,
) -> None:
    draft = draft_facts(
        f"Leaders met in Cairo.\n\nAlso meeting with Papua New Guinea{apostrophe}s Prime "
        "Minister Tamba Keita, the host offered help."
    )
    assert [(person.name, person.party and person.party.name) for person in draft.people] == [
        ("Tamba Keita", "Papua New Guinea")
    ]


@pytest.mark.parametrize(
    ("possessive", "country"),
    [
        ("The Democratic Republic of Congo's", "Democratic Republic of the Congo"),
        ("Burkina Faso's", "Burkina Faso"),
    ],
)
def test_a_possessive_of_several_words_names_its_whole_country(
    possessive: str, country: str
) -> None:
    draft = draft_facts(f"{possessive} president, Tamba Keita, attended the summit in Cairo.")
    assert attending(draft) == {"Tamba Keita": country}


@pytest.mark.parametrize("article", ["The", "the"])
def test_a_name_just_after_the_article_is_no_persons(article: str) -> None:
    draft = draft_facts(
        "Egyptian President Omar Haddad attended the summit. "
        f"Observers who spoke to {article} Lagoon Sun said little came of it."
    )
    assert names(draft) == ["Omar Haddad"]


def test_a_regnal_or_papal_title_stays_in_the_name() -> None:
    draft = draft_facts(
        "Pope Benedictus met the leaders at the summit. King Aldric III of Norway also attended."
    )
    assert names(draft) == ["Pope Benedictus", "King Aldric III"]
    assert attending(draft)["King Aldric III"] == "Norway"


def test_a_family_name_with_its_particle_later_is_the_same_person() -> None:
    draft = draft_facts(
        "Syrian President Karim Al Haddad arrived in Cairo on Thursday. "
        "Mr Al Haddad, whose country was readmitted, will speak on Friday."
    )
    assert names(draft) == ["Karim Al Haddad"]


def test_two_middle_words_of_a_known_name_are_that_person_not_another() -> None:
    draft = draft_facts(
        "Brazilian President Ana Maria Lopes Ferreira arrived in Cairo on Thursday. "
        "Maria Lopes said the summit would be short."
    )
    assert names(draft) == ["Ana Maria Lopes Ferreira"]


def test_a_person_known_by_a_middle_name_is_found_by_it() -> None:
    draft = draft_facts(
        "Brazilian President Paulo Roberto Lulo da Costa arrived on Monday.\n\n"
        '"We are ready," Lulo said.'
    )
    assert [statement.speaker.name for statement in draft.statements] == [
        "Paulo Roberto Lulo da Costa"
    ]


@pytest.mark.parametrize(
    ("introduced", "later"),
    [
        ("Pedro Sánchez", "Sanchez"),
        ("Pedro Sánchez", "Pedro Sanchez"),
        ("Pedro Sanchez", "Sánchez"),
        ("Ana Lucía Pérez Ortega", "Pérez Ortega"),
        ("Ana Lucia Perez Ortega", "Perez Ortega"),
    ],
)
def test_a_speaker_named_again_with_or_without_accents_or_by_both_family_names(
    introduced: str, later: str
) -> None:
    """Pages mix accented and plain spellings of one name, and Spanish names are shortened to
    both family names; either way it is the person named before who speaks."""
    draft = draft_facts(
        f"Spanish Prime Minister {introduced} attended the summit.\n\n“We are ready,” {later} said."
    )
    assert [statement.speaker.name for statement in draft.statements] == [introduced]
    assert names(draft) == [introduced]


def test_a_host_named_by_surname_after_a_first_mention_elsewhere() -> None:
    draft = draft_facts(
        "South African President Thabo Nkosi said on Monday that trade would lead the talks. "
        "The summit was hosted by Nkosi in Johannesburg."
    )
    (host,) = draft.attendees
    assert (host.person.name, host.role) == ("Thabo Nkosi", "host")


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        ("Indian Prime Minister Ravi Menon attended the summit.", "Ravi Menon", "Prime Minister", "India"),
        ("Ravi Menon, India's prime minister, attended the summit.", "Ravi Menon", "Prime Minister", "India"),
        ("French president Luc Moreau attended the summit.", "Luc Moreau", "President", "France"),
        ("Greece's prime minister Nikos Pappas attended the summit.", "Nikos Pappas", "Prime Minister", "Greece"),
        ("The Prime Minister of Australia Tom Harlow attended the summit.", "Tom Harlow", "Prime Minister", "Australia"),
        ("Indonesian host President Budi Santoso attended the summit.", "Budi Santoso", "President", "Indonesia"),
        ("Lebanese caretaker Prime Minister Sami Haddad attended the summit.", "Sami Haddad", "Prime Minister", "Lebanon"),
        ("Czech PM Pavel Novak attended the summit.", "Pavel Novak", "Prime Minister", "Czech Republic"),
        ("Belarusian leader Ales Karpau attended the summit.", "Ales Karpau", "Leader", "Belarus"),
        ("Chilean Finance Secretary Ana Ruiz attended the summit.", "Ana Ruiz", "Finance Secretary", "Chile"),
        ("Chilean Secretary Ana Ruiz attended the summit.", "Ana Ruiz", "Secretary", "Chile"),
        ("Chilean Communications Director Ana Ruiz attended the summit.", "Ana Ruiz", "Communications Director", "Chile"),
        ("Chilean National Security Adviser Ana Ruiz attended the summit.", "Ana Ruiz", "National Security Adviser", "Chile"),
        ("Deputy Head Karim al-Sadi of the Presidential Council of Libya attended the summit.", "Karim al-Sadi", "Deputy Head", "Libya"),
        ("Speaker of the Norwegian Parliament Ola Brekke attended the summit.", "Ola Brekke", "Speaker", "Norway"),
        ("Speaker of the Kenyan National Assembly Ola Brekke attended the summit.", "Ola Brekke", "Speaker", "Kenya"),
    ],
)  # fmt: skip
def test_titles_before_and_after_names(sentence: str, name: str, title: str, country: str) -> None:
    (attendee,) = draft_facts(sentence).attendees
    assert (attendee.person.name, attendee.title, attendee.represents.name) == (
        name,
        title,
        country,
    )


def test_a_secretary_of_a_cabinet_named_by_the_title_alone_is_quoted() -> None:
    """ "Secretary X", as American news writes a member of the cabinet, is an office, so the
    name holds no job's word that would keep the quote from them."""
    draft = draft_facts("“We are ready,” said Secretary Ana Ruiz of Chile.")
    assert [statement.speaker.name for statement in draft.statements] == ["Ana Ruiz"]


def test_a_counterpart_has_the_title_of_the_person_they_mirror() -> None:
    draft = draft_facts(
        "Leaving for the summit, Czech PM Pavel Novak said he expected talks with Hungarian "
        "counterpart Gabor Kiss."
    )
    assert {a.person.name: (a.title, a.represents.name) for a in draft.attendees} == {
        "Pavel Novak": ("Prime Minister", "Czech Republic"),
        "Gabor Kiss": ("Prime Minister", "Hungary"),
    }


def test_the_country_of_ones_counterpart_is_not_ones_own() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "President Ana Ruiz welcomed the decision of his Chilean counterpart, Marco Soto, to "
        "convene the summit."
    )
    assert {person.name: person.party and person.party.name for person in draft.people} == {
        "Ana Ruiz": None,
        "Marco Soto": "Chile",
    }


def test_a_counterpart_of_an_office_named_without_its_holder_has_that_offices_title() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. The "
        "President of Madagascar replaced his Uruguayan counterpart, Pedro Soto, as chair."
    )
    assert [(person.name, person.title) for person in draft.people] == [("Pedro Soto", "President")]


def test_an_official_of_a_body_named_after_the_title() -> None:
    draft = draft_facts(
        "He was greeted by the Secretary General of the Arab League Omar Fathi at the summit."
    )
    assert attending(draft) == {"Omar Fathi": "Arab League"}


def test_an_official_of_a_body_named_before_the_title() -> None:
    draft = draft_facts("Commonwealth Secretary-General Patricia Lane opened the summit.")
    assert attending(draft) == {"Patricia Lane": "Commonwealth"}


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("World Food Programme", "Executive Director"),
        ("Ocean Energy Agency", "Executive Director"),
        ("Reef Development Program", "Director-General"),
    ],
)
def test_an_official_of_a_programme_or_agency_named_before_the_title(body: str, title: str) -> None:
    draft = draft_facts(f"{body} {title} Patricia Lane attended the summit.")
    assert attending(draft) == {"Patricia Lane": body}


def test_a_deputy_sent_in_someones_place_is_the_named_envoy() -> None:
    draft = draft_facts(
        "South Africa's President Thabo Nkosi did not travel to the summit, sending his "
        "deputy, Sipho Dlamini."
    )
    (absence,) = draft.absences
    assert absence.sent is not None and absence.sent.name == "Sipho Dlamini"
    assert attending(draft) == {"Sipho Dlamini": "South Africa"}


def test_a_leader_represented_by_someone_named_is_absent_and_sends_them() -> None:
    draft = draft_facts(
        "Kenyan President Jon Kamau was represented by his prime minister, Ali Hassan."
    )
    assert [(a.person.name, a.sent and a.sent.name) for a in draft.absences] == [
        ("Jon Kamau", "Ali Hassan")
    ]
    assert [(a.person.name, a.role) for a in draft.attendees] == [("Ali Hassan", "envoy")]


def test_a_title_in_an_of_phrase_is_the_other_persons() -> None:
    draft = draft_facts(
        "Ali Karimi, the political deputy of Iran President Reza Tehrani, praised the summit."
    )
    assert {p.name: p.title for p in draft.people} == {
        "Ali Karimi": "Deputy",
        "Reza Tehrani": "President",
    }


def test_hon_before_a_name_is_not_part_of_it() -> None:
    draft = draft_facts("Hon Amos Bello, Nigeria's foreign minister, attended the summit.")
    assert attending(draft) == {"Amos Bello": "Nigeria"}


def test_an_honorific_before_a_name_is_not_part_of_it() -> None:
    draft = draft_facts("Emirati President Sheikh Khalid bin Saif Al Mansoori attended the summit.")
    assert attending(draft) == {"Khalid bin Saif Al Mansoori": "United Arab Emirates"}


def test_the_style_spelled_sheik_is_not_part_of_a_name() -> None:
    draft = draft_facts("Oman's emir, Sheik Khalid Al Saif Al Mansoori, attends the summit.")
    assert attending(draft) == {"Khalid Al Saif Al Mansoori": "Oman"}


def test_a_name_is_also_known_with_the_style_the_article_gives_it() -> None:
    draft = draft_facts("Emirati President Sheikh Khalid bin Saif Al Mansoori attended the summit.")
    (person,) = [attendee.person for attendee in draft.attendees]
    assert person.variants == ["Sheikh Khalid bin Saif Al Mansoori"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit will see the participation of the Foreign Ministers of Chile and Peru.",
        "According to the Romanian Presidential Administration, the summit is important.",
    ],
)
def test_an_office_held_by_many_or_a_government_is_no_person(sentence: str) -> None:
    assert draft_facts(sentence).attendees == []


def test_a_plural_title_before_names_is_not_part_of_the_first() -> None:
    draft = draft_facts(
        "The bloc, founded by the late Presidents Ana Lopes of Chile and Ola Dahl of Norway, met."
    )
    assert "Ana Lopes" in {person.name for person in draft.people}


def test_the_chair_of_a_meeting_that_precedes_the_summit_does_not_attend_it() -> None:
    draft = draft_facts(
        "The summit will be preceded by the meeting of senior officials, which will be chaired "
        "by Swedish Foreign Secretary Erik Lund."
    )
    assert "Erik Lund" not in attending(draft)


def test_a_body_named_in_the_title_after_a_name() -> None:
    draft = draft_facts("Ade Bello, the ECOWAS chairman, opened the summit.")
    assert attending(draft) == {"Ade Bello": "ECOWAS"}


@pytest.mark.parametrize(
    ("sentence", "name", "body"),
    [
        ("SADC Executive Secretary Elias Moyo attended the summit.", "Elias Moyo", "SADC"),
        ("UN chief Antonio Silva addressed the leaders.", "Antonio Silva", "UN"),
        (
            "The Chairperson of the AU Commission, Musa Fadil Omar, opened the summit.",
            "Musa Fadil Omar",
            "AU Commission",
        ),
    ],
)
def test_officials_of_bodies_by_their_titles(sentence: str, name: str, body: str) -> None:
    assert attending(draft_facts(sentence)) == {name: body}


def test_a_bodys_official_named_without_it_serves_the_reports_organization() -> None:
    draft = draft_facts(
        "Leaders of the Alpine Transport Union met in Lugano on Tuesday. "
        "Secretary-General Mara Lind opened the summit of the Alpine Transport Union."
    )
    (official,) = draft.attendees
    assert (official.person.name, official.represents.name, official.role) == (
        "Mara Lind",
        "Alpine Transport Union",
        "international-official",
    )


def test_leader_alone_is_no_title() -> None:
    assert draft_facts("The opposition leader Anna Berg attended the summit.").attendees == []


def test_a_place_named_after_a_king_is_no_person() -> None:
    draft = draft_facts("The King Aldric Road was closed as leaders arrived at the summit.")
    assert names(draft) == []


def test_a_prefecture_is_no_person() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund attended the summit in Nordby City, Vestby "
        "Prefecture.\n\nFirst, the Prime Minister laid a wreath in an area of Vestby "
        "Prefecture, where he prayed.\n\n“I welcome the leaders, and everyone else in "
        "attendance, to Nordby City, Vestby Prefecture.”"
    )
    assert names(draft) == ["Erik Lund"]


def test_a_run_with_international_inside_is_no_person_whatever_its_last_word() -> None:
    draft = draft_facts(
        "On arrival, Chilean President Ana Ruiz, who was welcomed by officials at Tambo "
        "International Aiport, told journalists that the summit would succeed."
    )
    assert names(draft) == ["Ana Ruiz"]


def test_a_country_of_two_words_is_no_person() -> None:
    draft = draft_facts("Leaders from Kuwait, Saudi Arabia, the UAE and Qatar gathered in Riyadh.")
    assert names(draft) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund attended the summit.",
        "Swedish Prime Minister Erik Lund took part in the talks.",
        "Swedish Prime Minister Erik Lund joined the other leaders on Friday.",
        "Swedish Prime Minister Erik Lund was set to join the meetings.",
        "Swedish Prime Minister Erik Lund met the host on Friday.",
        "The summit was hosted by Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund welcomed the leaders.",
        "Swedish Prime Minister Erik Lund arrived in Oslo on Thursday.",
        "Swedish Prime Minister Erik Lund landed in Oslo on Thursday.",
        "Swedish Prime Minister Erik Lund participated virtually.",
        "Swedish Prime Minister Erik Lund spoke by video link.",
        "Swedish Prime Minister Erik Lund led the delegation.",
        "Swedish Prime Minister Erik Lund spoke at the summit.",
        "Speaking at the summit, Swedish Prime Minister Erik Lund called for unity.",
        "Leaders gathered in Oslo, led by Swedish Prime Minister Erik Lund.",
        "Talks at the summit involving Swedish Prime Minister Erik Lund ended late.",
        "Swedish Prime Minister Erik Lund told his fellow leaders that unity mattered.",
        "Swedish Prime Minister Erik Lund addressed the summit on Friday.",
        "Swedish Prime Minister Erik Lund opened the summit on Friday.",
        "In his opening remarks, Swedish Prime Minister Erik Lund praised the host.",
        "Swedish Prime Minister Erik Lund took over as chair of the bloc.",
        "The outgoing chair handed over to Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund took over the rotating chairmanship.",
        "Swedish Prime Minister Erik Lund told the assembly that unity mattered.",
        "Swedish Prime Minister Erik Lund was in Oslo for the summit.",
        "The summit brought together Swedish Prime Minister Erik Lund and others.",
        "Swedish Prime Minister Erik Lund delivered a speech on Friday.",
        "Swedish Prime Minister Erik Lund was elected chairman of the bloc.",
        "The presence of Swedish Prime Minister Erik Lund was welcome.",
    ],
)
def test_people_the_text_says_attend_are_attendees(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {"Erik Lund": "Sweden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The absence of Swedish Prime Minister Erik Lund, who typically attends, was noted.",
        "Vice President Anna Berg of Norway will attend in lieu of Swedish Prime Minister Erik Lund.",
        "At the summit, Nils Dahl passed on a message from Swedish Prime Minister Erik Lund.",
        "A plan was adopted at the summit, Swedish Prime Minister Erik Lund told reporters.",
        "When asked whether the king would attend, Swedish Prime Minister Erik Lund said yes.",
        "Swedish Prime Minister Erik Lund said the economy was growing.",
        "Swedish Prime Minister Erik Lund, who skipped the summit, met Ola Brekke at the summit.",
        "Sweden's Erik Lund, who skipped the summit, met Ola Brekke at the summit.",
        "Sweden's Erik Lund will not be attending. Lund met the others at the summit.",
        "Sweden's Erik Lund was not at the summit, where leaders met on Friday.",
        "Sweden's Erik Lund missed the summit, which leaders attended on Friday.",
        "Leaders attending the summit paid tribute to Sweden's Erik Lund.",
        "Sweden's Erik Lund, who died in May, was honoured as leaders met at the summit.",
    ],
)  # fmt: skip
def test_people_the_text_does_not_say_attend_are_not_attendees(sentence: str) -> None:
    assert "Erik Lund" not in attending(draft_facts(sentence))


def speakers(article: str) -> dict[str, str]:
    """Quoted words → the name of who said them."""
    return {s.text: s.speaker.name for s in draft_facts(article).statements}


LUND = "Swedish Prime Minister Erik Lund arrived in Oslo on Thursday.\n\n"


@pytest.mark.parametrize(
    ("article", "said"),
    [
        (LUND + '"We are ready to work," Lund told Anna Berg.', "Erik Lund"),
        (LUND + '"We are ready to work," said Lund, who chairs the council.', "Erik Lund"),
        (
            LUND + '"We are ready to work," Kremlin spokesman Ivan Petrov told state TV.',
            "Ivan Petrov",
        ),
        (
            LUND + 'Calling it "We are ready to work," Swedish Prime Minister Erik Lund '
            "emphasized unity.",
            "Erik Lund",
        ),
        (LUND + "“We are ready\nto work,” Lund said.", "Erik Lund"),
        (LUND + '"We are ready to work," Lund, the bloc\'s chair, said.', "Erik Lund"),
        (LUND + "“We are ready\n\nto work,” Lund said.", "Erik Lund"),
        (LUND + "Lund met Ola Brekke, who said “We are ready to work”.", "Ola Brekke"),
        (LUND + "“We are ready to work,” Mrs. Lind concluded after the vote.", "Lind"),
        (LUND + "His adviser, Ola Brekke, posted online: “We are ready to work”.", "Ola Brekke"),
    ],
)
def test_speakers_as_wire_copy_names_them(article: str, said: str) -> None:
    ((words, speaker),) = speakers(article).items()
    assert " ".join(words.split()) == "We are ready to work"
    assert speaker == said


@pytest.mark.parametrize(
    "article",
    [
        LUND + 'The plan of Lund was criticised by a lawmaker who said it was "a plan for nobody".',
        LUND + '"It is a plan for nobody," an official said of the plan Lund made.',
        LUND + 'An official who asked not to be named said Lund\'s plan was "a plan for nobody".',
        LUND + "Lund spoke first. Lund said he was glad. "
        'A diplomat at the talks told reporters Lund was "a plan for nobody".',
    ],
)
def test_a_quote_from_someone_the_report_does_not_name_has_no_named_speaker(article: str) -> None:
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "article",
    [
        LUND + '"We are ready," Lund said. This year\'s summit was themed "Growth for all of us."',
        LUND + '"We are ready," Lund said. The declaration said the leaders "will act together".',
        LUND + '"We are ready," Lund said. "We will act together," the joint statement read.',
    ],
)
def test_words_quoted_from_a_document_are_not_speech(article: str) -> None:
    assert speakers(article) == {"We are ready": "Erik Lund"}


def test_words_printed_twice_are_one_statement() -> None:
    caption = 'Lund said the talks were "a fine start for us."\n'
    statements = draft_facts(LUND + caption + caption).statements
    assert [(s.speaker.name, s.text) for s in statements] == [("Erik Lund", "a fine start for us")]


def test_the_person_who_said_it_not_the_one_asked_about() -> None:
    article = (
        LUND + "When asked to confirm Mr Lund would be attending, Norwegian Foreign Minister "
        "Ola Brekke previously said: “Sweden would never miss a summit.”"
    )
    assert speakers(article) == {"Sweden would never miss a summit.": "Ola Brekke"}


def test_a_pronoun_before_a_quote_is_the_last_sentences_subject() -> None:
    article = (
        LUND + "European Commission President Anna Berg told reporters she urged Lund to come. "
        'She said, "I recommended strongly to come here."'
    )
    assert speakers(article) == {"I recommended strongly to come here.": "Anna Berg"}


def test_a_speaker_described_by_country_and_office_at_the_start_of_a_sentence() -> None:
    article = (
        "Hungary's prime minister, Gabor Kiss, opposed the plan.\n\n"
        "The Hungarian prime minister said “Hungary does not want to share in this.”"
    )
    assert speakers(article) == {"Hungary does not want to share in this.": "Gabor Kiss"}


def test_a_quote_in_a_sentence_about_someone_unnamed_is_not_the_last_speakers() -> None:
    article = (
        LUND + '"We are ready," Lund said.\n'
        'Karlsson last year criticized the bloc for "naked aggression," saying it hurt.'
    )
    assert speakers(article) == {"We are ready": "Erik Lund"}


def test_a_family_name_names_its_owner_not_someone_with_it_in_the_middle() -> None:
    article = (
        "British Prime Minister Tom Walker arrived on Thursday. Jamaica's Foreign Minister "
        "Ann Walker Smith also attended.\n\n"
        'Walker defended his policy. "Critics need to keep an open mind," he told broadcasters.'
    )
    assert speakers(article) == {"Critics need to keep an open mind": "Tom Walker"}


def test_a_family_name_that_is_a_countrys_name_after_a_title() -> None:
    draft = draft_facts(
        'Secretary-General Ann Jordan said the group was "more relevant than ever".'
    )
    assert names(draft) == ["Ann Jordan"]


def test_a_leader_called_the_host_after_the_name_is_the_host() -> None:
    draft = draft_facts("Rwandan President Jean Habimana, the host, welcomed leaders on Friday.")
    assert [(a.person.name, a.role) for a in draft.attendees] == [("Jean Habimana", "host")]


def test_a_pronoun_after_a_quote_is_the_last_sentences_subject() -> None:
    article = (
        "Swedish Prime Minister Erik Lund met Norwegian Prime Minister Ola Brekke on Friday.\n\n"
        '"We agreed on everything," he said.'
    )
    assert speakers(article) == {"We agreed on everything": "Erik Lund"}


def test_a_royal_named_again_by_title_and_given_name_is_one_person() -> None:
    draft = draft_facts(
        "Bahraini Crown Prince Faisal bin Khalid hosted the summit. Speaking after the talks, "
        'Prince Faisal said the kingdom "stresses the importance of unity".'
    )
    assert names(draft) == ["Faisal bin Khalid"]
    assert [(s.speaker.name, s.text) for s in draft.statements] == [
        ("Faisal bin Khalid", "stresses the importance of unity")
    ]
    assert attending(draft) == {"Faisal bin Khalid": "Bahrain"}


@pytest.mark.parametrize(
    "article",
    [
        "Bahraini King Khalid bin Nasser did not travel. Bahraini Crown Prince Faisal bin Khalid "
        "bin Nasser led the delegation.",
        "Bahraini Crown Prince Faisal bin Khalid bin Nasser led the delegation. Bahraini King "
        "Khalid bin Nasser did not travel.",
    ],
)
def test_a_father_named_in_his_sons_patronymic_is_another_person(article: str) -> None:
    draft = draft_facts(article)
    assert sorted(names(draft)) == ["Faisal bin Khalid bin Nasser", "Khalid bin Nasser"]
    assert attending(draft) == {"Faisal bin Khalid bin Nasser": "Bahrain"}


def test_a_name_of_two_patronymics_is_known_by_its_first() -> None:
    draft = draft_facts(
        "Bahraini Crown Prince Faisal bin Khalid bin Nasser attended the summit. "
        '"We stand together," Faisal bin Khalid said.'
    )
    assert names(draft) == ["Faisal bin Khalid bin Nasser"]
    assert [s.speaker.name for s in draft.statements] == ["Faisal bin Khalid bin Nasser"]


def test_a_title_after_and_shares_the_country_before_it() -> None:
    draft = draft_facts(
        "Speaking at the summit, Bahrain's King Hamad Al Faris and Crown Prince Salim Al Faris "
        "hailed the host."
    )
    assert attending(draft) == {"Hamad Al Faris": "Bahrain", "Salim Al Faris": "Bahrain"}


def test_a_country_in_someone_elses_title_is_not_inferred_for_another() -> None:
    draft = draft_facts(
        "Crown Prince Omar Saleh and Brazilian President Rui Costa held talks at the summit."
    )
    assert attending(draft) == {"Omar Saleh": NOT_STATED.name, "Rui Costa": "Brazil"}


def test_a_leader_who_sent_someone_named_instead() -> None:
    draft = draft_facts(
        "Chinese President Wei Ming skipped the meeting and sent Premier Zhou Lan instead.\n\n"
        "Russian President Ivan Sokolov also stayed away; Foreign Minister Oleg Petrov led "
        "Russia's delegation."
    )
    assert [(a.person.name, a.sent and a.sent.name) for a in draft.absences] == [
        ("Wei Ming", "Zhou Lan"),
        ("Ivan Sokolov", None),
    ]
    assert attending(draft) == {"Zhou Lan": "China", "Oleg Petrov": "Russia"}


def test_a_quote_said_by_someones_spokesman_is_not_theirs() -> None:
    assert speakers(LUND + '"The plan is dead," said Lund\'s spokesman.') == {}
    assert speakers(LUND + 'Lund\'s spokesman said: "The plan is dead."') == {}


def test_a_quote_someone_unnamed_is_said_to_have_said_is_not_the_last_speakers() -> None:
    article = LUND + '"We are ready," Lund said. "The plan is dead," Lund\'s spokesman said.'
    assert speakers(article) == {"We are ready": "Erik Lund"}


def test_a_country_given_at_a_later_mention_is_the_persons() -> None:
    draft = draft_facts(
        "President Jean Habimana welcomed leaders to the summit on Friday. Rwanda's Habimana "
        "said the talks went well. Premier Wei Lin also attended; Wei of China spoke first."
    )
    assert attending(draft) == {"Jean Habimana": "Rwanda", "Wei Lin": "China"}


@pytest.mark.parametrize(
    "lead_in", ["In his opening remarks, Lund said:", "He told the leaders:", "Lund said,"]
)
def test_a_quote_after_a_paragraph_that_leads_into_it(lead_in: str) -> None:
    article = LUND + lead_in + "\n\n“We are ready to work.”"
    assert speakers(article) == {"We are ready to work.": "Erik Lund"}


def test_a_quote_after_a_paragraph_that_does_not_lead_into_it_has_no_speaker() -> None:
    assert speakers(LUND + "Lund spoke first.\n\n“We are ready to work.”") == {}


def test_the_first_words_of_a_country_named_with_of_are_no_person() -> None:
    draft = draft_facts(
        "The leaders met in the Federated States of Micronesia on Sunday. "
        "Norway's Ola Brekke attended."
    )
    assert names(draft) == ["Ola Brekke"]


@pytest.mark.parametrize(
    "article",
    [
        LUND + 'Lund said “We are ready to work".',  # a curly mark closed by a straight one
        LUND + "Is it done? “We are ready to work?” Lund asked.",
        # Single marks, in a text that has no double ones.
        LUND + "Ingrid Solheim flew in. Lund told Mrs. Solheim: 'We are ready to work.'",
    ],
)
def test_quote_marks_as_pages_print_them(article: str) -> None:
    ((words, speaker),) = speakers(article).items()
    assert (words.rstrip("?."), speaker) == ("We are ready to work", "Erik Lund")


def test_single_marks_are_quotes_only_without_double_ones_and_apostrophes_are_not() -> None:
    article = LUND + "This year's summit is Lund's first. Lund said it was 'a fine day' for all."
    assert speakers(article) == {"a fine day": "Erik Lund"}
    assert speakers(LUND + "\"We agree,\" Lund said of the 'fine day' plan.") == {
        "We agree": "Erik Lund"
    }


@pytest.mark.parametrize(
    "after",
    [
        # Words after the quote that name nobody known: an attribution, not a continuation.
        "“We will act together,” Norway’s ",
        "“We will act together,” the crowd’s chant went on.",
        # The page ends inside a quote on a line of its own, before anyone is said to speak it.
        "\n“We will not hide the fact that we also disc",
    ],
)
def test_a_quote_is_not_carried_over_to_the_last_speaker_when_unsure(after: str) -> None:
    assert speakers(LUND + "“We are ready,” Lund said. " + after) == {"We are ready": "Erik Lund"}


def test_a_quote_the_page_cuts_keeps_a_speaker_its_own_sentence_names() -> None:
    assert speakers(LUND + "Lund said there were “numerous def") == {"numerous def": "Erik Lund"}


def test_she_is_the_subject_not_the_person_handed_something() -> None:
    article = (
        "At the retreat, Mrs. Lind passed the gavel to South Korean leader Park Min-ho.\n"
        '"It is time to pass the leadership on," she announced.'
    )
    draft = draft_facts(article)
    assert names(draft) == ["Lind", "Park Min-ho"]
    assert speakers(article) == {"It is time to pass the leadership on": "Lind"}


def test_a_name_given_a_courtesy_title_elsewhere_is_a_persons() -> None:
    draft = draft_facts("Ola Lind flew to the Arctic capital on Monday. Mr Lind met the press.")
    assert names(draft) == ["Ola Lind"]


def test_a_demonym_before_an_untitled_name_gives_the_country() -> None:
    draft = draft_facts(
        "Five presidents meet at the forum: Brazilian Ana Maria da Costa, Paraguayan Rui "
        "Benitez and Uruguayan Luis Pou."
    )
    assert attending(draft) == {
        "Ana Maria da Costa": "Brazil",
        "Rui Benitez": "Paraguay",
        "Luis Pou": "Uruguay",
    }


def test_a_people_named_after_the_demonym_is_not_part_of_the_name() -> None:
    draft = draft_facts(
        "The Bosnian Serb Ana Lopes and the Iraqi Kurd Rui Benitez attended the summit."
    )
    assert names(draft) == ["Ana Lopes", "Rui Benitez"]
    assert attending(draft) == {"Ana Lopes": "Bosnia and Herzegovina", "Rui Benitez": "Iraq"}


def test_an_office_after_the_name_ends_before_also_and_the_verb() -> None:
    draft = draft_facts(
        "Lagoon Union (LU) leaders met in Lima. Dr. Ana Lopes, the LU Secretary-General also "
        "participated in the meeting."
    )
    assert [(p.name, p.title, p.party and p.party.name) for p in draft.people] == [
        ("Ana Lopes", "Secretary-General", "LU")
    ]


def test_a_title_written_twice_by_a_slip_is_no_part_of_the_name() -> None:
    draft = draft_facts(
        "Leaders of the Lagoon Union met in Lima on Friday. Chilean President Chilean President "
        "Ana Lopes said during the opening session of the summit that trade had grown."
    )
    assert attending(draft) == {"Ana Lopes": "Chile"}


def test_an_elected_leader_not_yet_in_office_keeps_the_country() -> None:
    draft = draft_facts("Sources confirmed the presence of Paraguay’s president-elect Rui Benitez.")
    assert attending(draft) == {"Rui Benitez": "Paraguay"}
    assert draft.attendees[0].title == "President-Elect"


def test_a_title_after_the_name_stops_at_the_next_title() -> None:
    draft = draft_facts(
        "Under the chairmanship of H.E. Ana Lopes, President of the Federal Republic of Nigeria "
        "and Chair of the Authority, the summit addressed the crisis."
    )
    assert names(draft) == ["Ana Lopes"]
    assert attending(draft) == {"Ana Lopes": "Nigeria"}


def test_an_office_of_two_words_in_the_plural_before_a_list_is_no_part_of_the_first_name() -> None:
    draft = draft_facts(
        "The observers are represented by Foreign Ministers Ana Ruiz of Peru, Ola Dahl of "
        "Norway and Erik Lund of Sweden."
    )
    assert names(draft) == ["Ana Ruiz", "Ola Dahl", "Erik Lund"]


@pytest.mark.parametrize("written", [str.title, str.lower])
def test_an_office_in_the_plural_before_a_list_of_names_with_countries_is_each_ones(
    written: Callable[[str], str],
) -> None:
    draft = draft_facts(
        f"The summit is attended by {written('prime ministers')} Ana Ruiz of Peru, Ola Dahl of "
        f"Norway and Erik Lund of Sweden, {written('presidents')} Bo Li of the Gambia and Ken "
        "Ode of Kenya."
    )
    assert [(person.name, person.title) for person in draft.people] == [
        ("Ana Ruiz", "Prime Minister"),
        ("Ola Dahl", "Prime Minister"),
        ("Erik Lund", "Prime Minister"),
        ("Bo Li", "President"),
        ("Ken Ode", "President"),
    ]


@pytest.mark.parametrize(
    ("listed", "title"),
    [
        ("Presidents Ana Ruiz and Ola Dahl", "President"),
        ("Governors Ana Ruiz, Bo Li and Ola Dahl", "Governor"),
        ("Ministers Ana Ruiz (Finance) and Ola Dahl (Foreign Affairs)", "Minister"),
        ("Foreign Ministers Ana Ruiz and Ola Dahl", "Foreign Minister"),
    ],
)
def test_names_listed_after_an_office_in_the_plural_are_people_who_hold_it(
    listed: str, title: str
) -> None:
    draft = draft_facts(f"The Lagoon Union summit in Lima was attended by {listed}.")

    assert {person.name: person.title for person in draft.people if person.title} == dict.fromkeys(
        names(draft), title
    )
    assert {"Ana Ruiz", "Ola Dahl"} <= set(names(draft))


@pytest.mark.parametrize(
    ("sentence", "no_one"),
    [
        ("The foreign minister, whose country now chairs Cica, said the talks went well.", "Cica"),
        ("Foreign Ministers Hold Talks in Lima", "Hold Talks"),
    ],
)
def test_a_verb_in_the_plural_is_no_office_over_the_words_after_it(
    sentence: str, no_one: str
) -> None:
    assert no_one not in names(draft_facts(sentence))


def test_leaders_in_the_plural_give_the_names_after_them_no_office() -> None:
    draft = draft_facts("The Lagoon Union leaders Ana Ruiz and Ola Dahl met in Lima.")

    assert [person.title for person in draft.people if person.title] == []


def test_a_title_after_the_name_with_its_portfolio_before_the_country() -> None:
    draft = draft_facts(
        "The Summit was attended by H.E. Ana Lopes, Minister for Foreign Affairs and Regional "
        "Integration of the Republic of Ghana; and H.E. Ola Dahl, First Vice President of  the "
        "Republic of Kenya."
    )
    assert attending(draft) == {"Ana Lopes": "Ghana", "Ola Dahl": "Kenya"}


def test_a_participle_opening_a_declarations_clause_names_no_one() -> None:
    draft = draft_facts(
        "The Heads of State of the Lagoon Union,\n\nCelebrating Tamura, a holiday which welcomes "
        "the spring;\n\nWelcoming Dahl, a summit which went well;\n\nRecognizing Lund, a "
        "country at the heart of trade;"
    )
    assert names(draft) == []


def test_an_office_after_the_name_without_its_comma_is_not_part_of_the_name() -> None:
    draft = draft_facts(
        "The Lagoon Union summit was attended by H.E. Ana Lopes, President of the Republic of "
        "Ghana, as well as H.E. Ola Dahl Secretary General of the Lagoon Union."
    )
    assert "Ola Dahl" in names(draft)
    assert "Ola Dahl Secretary General" not in names(draft)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazilian President Ana Lopes will host the two-day event.",
        "Russian Foreign Minister Ana Lopes will represent the nation on the ground.",
        "During the APEC Leaders' Retreat, Brazilian President Ana Lopes passed the staff on.",
        "Leaders from the ten member states, as well as Brazilian President Ana Lopes, met at "
        "the palace.",
    ],
)
def test_more_ways_wire_copy_says_someone_attends(sentence: str) -> None:
    assert list(attending(draft_facts(sentence))) == ["Ana Lopes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since Russian President Ana Lopes withdrew, other leaders attend the summit alone.",
        "Brazilian President Ana Lopes withdrew from the summit the others attended.",
    ],
)
def test_someone_who_withdrew_does_not_attend(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {}


def test_a_country_withdrawing_troops_does_not_withdraw_the_speaker() -> None:
    draft = draft_facts(
        "Speaking at the summit, Russian President Ana Lopes said the war could end if the "
        "other side withdraws its troops."
    )
    assert attending(draft) == {"Ana Lopes": "Russia"}


def test_a_body_or_a_state_named_in_capitals_is_no_person() -> None:
    draft = draft_facts(
        "Envoys of the Association of Southeast Asian Nations, the President of the Federal "
        "Republic of Nigeria and Ana Lopes of the Regional Authority said they would attend."
    )
    assert "Southeast Asian Nations" not in names(draft)
    assert "Federal Republic" not in names(draft)


def test_words_western_diplomats_said_are_not_the_last_named_persons() -> None:
    assert speakers(LUND + "After Lund left, Western diplomats said “the plan is dead”.") == {}


def test_someone_only_asked_to_take_part_does_not_attend() -> None:
    draft = draft_facts(
        "Brazilian President Ana Lopes has been asked to participate virtually at the meeting."
    )
    assert attending(draft) == {}


def test_a_meeting_named_over_a_line_break_still_says_who_attends() -> None:
    draft = draft_facts("During the\nLeaders' Retreat, Peru's Ana Lopes passed the staff on.")
    assert attending(draft) == {"Ana Lopes": "Peru"}


BREKKE = LUND + "Norwegian Prime Minister Ola Brekke met him.\n\n"


def test_words_a_body_said_after_someone_was_named_are_not_that_persons() -> None:
    assert speakers(BREKKE + "When Lund arrived, the Kremlin said “it is dead”.") == {}


def test_a_described_speaker_is_the_one_of_the_country_the_description_names() -> None:
    article = BREKKE + "Asked about Lund, the Norwegian prime minister said: “It is dead.”"
    assert speakers(article) == {"It is dead.": "Ola Brekke"}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Lopes also took part in the summit.",
        "The summit was attended by Foreign Minister Ana Lopes and others.",
        "A delegation headed by Foreign Minister Ana Lopes met the host.",
        "Addressing the leaders via videoconference, Ana Lopes asked them for help.",
        "Lopes flies to Oslo for Nordic summit\n\nMrs Ana Lopes spoke first.",
    ],
)
def test_someone_whose_country_is_not_given_attends_when_the_text_says_so_plainly(
    sentence: str,
) -> None:
    assert attending(draft_facts(sentence)) == {"Ana Lopes": NOT_STATED.name}


@pytest.mark.parametrize(
    "sentence",
    [
        "He was greeted at the airport by Prince Ana Lopes, the deputy governor.",
        "Prof Ana Lopes told The Times that in their opening remarks the leaders agreed.",
        "Talks at the summit involving Ana Lopes ended late.",
    ],
)
def test_someone_whose_country_is_not_given_needs_more_than_a_meeting_or_a_welcome(
    sentence: str,
) -> None:
    assert attending(draft_facts(sentence)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "At the last summit, attended by Swedish Prime Minister Erik Lund in 2018, talks failed.",
        "Swedish Prime Minister Erik Lund will host the next summit.",
        "Last year, Swedish Prime Minister Erik Lund hosted the summit.",
        "The summit in Biarritz in 2019 was hosted by Swedish Prime Minister Erik Lund.",
        "Swedish analyst Ola Lund told reporters that the leaders met at the summit.",
        "Swedish Prime Minister Erik Lund's envoy attended the summit.",
        "A representative of Swedish Prime Minister Erik Lund's government was present.",
        "During the summit, leaders discussed the detention of Swedish Prime Minister Erik Lund.",
        "Leaders at the summit called for the release of Swedish opposition leader Erik Lund.",
    ],
)  # fmt: skip
def test_someone_the_clause_is_about_but_not_at_this_meeting_does_not_attend(
    sentence: str,
) -> None:
    assert attending(draft_facts(sentence)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund led his country's delegation to the summit.",
        "Swedish Prime Minister Erik Lund flies to Oslo for Nordic summit",
        "In the presence of Swedish Prime Minister Erik Lund, the leaders signed the pact.",
        "Other guests of the bloc included Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund attended the summit, distancing himself from Ola Dahl.",
        "Swedish Prime Minister Erik Lund is attending the summit for the first time since "
        "his country joined last year.",
    ],
)
def test_how_wire_copy_also_says_someone_attends(sentence: str) -> None:
    assert attending(draft_facts(sentence))["Erik Lund"] == "Sweden"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bloc invited Swedish Prime Minister Erik Lund to attend the summit.",
        "Norway's Ola Dahl attended the summit, representing Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund declined to participate in the summit.",
        "Swedish Prime Minister Erik Lund is not expected to attend the summit.",
        "Swedish Prime Minister Erik Lund is unlikely to attend the summit.",
        "Swedish Prime Minister Erik Lund will be unable to attend the summit.",
        "Swedish Prime Minister Erik Lund cannot attend the summit.",
        "Swedish Prime Minister Erik Lund has no plans to attend the summit.",
        "Swedish Prime Minister Erik Lund was notably absent at the summit.",
        "Swedish Prime Minister Erik Lund stayed home during the summit.",
        "Swedish Prime Minister Erik Lund welcomed the inclusion of Chile in the bloc.",
        "This year's meeting takes place against the backdrop of trade tariffs set by Swedish "
        "Prime Minister Erik Lund.",
        "In May, Lund's rival stated that Chile was not for sale during a meeting with Swedish "
        "Prime Minister Erik Lund in Stockholm.",
        "Ana Lopes chaired the summit; last year, Swedish Prime Minister Erik Lund attended it.",
        "Swedish Prime Minister Erik Lund will be the main absence from the summit in Oslo, "
        "in which the most notable presence is that of the host.",
    ],
)
def test_someone_invited_represented_or_declining_does_not_attend(sentence: str) -> None:
    assert "Erik Lund" not in attending(draft_facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Lopes will participate in the summit in Antigua, Guatemala.",
        "President Ana Lopes arrived in Guatemala for the summit.",
    ],
)
def test_a_country_named_as_the_place_is_not_the_persons(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {"Ana Lopes": NOT_STATED.name}


def test_a_caption_naming_people_left_to_right() -> None:
    draft = draft_facts(
        "Standing left to right are the wife of Swedish Prime Minister Anna Lund, Thai Prime "
        "Minister Somchai Dee, Chief Justice and Chief Advisor of the interim government of "
        "Bhutan Dasho Pema Dorji and Bangladeshi Prime Minister Sheikh Noor as they pose "
        "for a group photo."
    )
    assert attending(draft) == {
        "Somchai Dee": "Thailand",
        "Dasho Pema Dorji": "Bhutan",
        "Sheikh Noor": "Bangladesh",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "A dozen leaders attended the summit, including the presidents of Senegal, Ana Lopes; "
        "Sierra Leone, Ola Dahl, and Djibouti, Omar Farah, while others sent envoys.",
        "Attending the event are the following leaders: From Senegal, Ana Lopes; from Sierra "
        "Leone, Ola Dahl; Djibouti, Omar Farah.",
    ],
)
def test_a_list_that_pairs_each_country_with_its_leader(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {
        "Ana Lopes": "Senegal",
        "Ola Dahl": "Sierra Leone",
        "Omar Farah": "Djibouti",
    }


def test_a_title_of_a_country_before_the_name_and_the_next_one_after_it() -> None:
    draft = draft_facts(
        "Also expected is the President of Costa Rica, Ana Lopes, and the Prime Minister of "
        "Belize, Ola Dahl."
    )
    assert attending(draft) == {"Ana Lopes": "Costa Rica", "Ola Dahl": "Belize"}
    assert {a.person.name: a.role for a in draft.attendees} == {
        "Ana Lopes": "head-of-state",
        "Ola Dahl": "head-of-government",
    }


def test_a_given_name_inside_a_countrys_name_is_not_the_person() -> None:
    draft = draft_facts(
        "The summit was attended by the president of El Salvador, Salvador Perez.\n\n"
        '"Trade will grow," said the envoy of El Salvador.'
    )
    assert attending(draft) == {"Salvador Perez": "El Salvador"}
    assert draft.statements == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Key attendees included Swedish Prime Minister Erik Lund.",
        "Norway and Denmark were also present, as was Swedish Prime Minister Erik Lund.",
        "Swedish Prime Minister Erik Lund pulled it off by organizing a major Nordic summit.",
        "Ola Dahl of Norway is accompanied by Swedish Prime Minister Erik Lund.",
        "Leaders including Swedish Prime Minister Erik Lund signed the declaration.",
        "The summit drew Swedish Prime Minister Erik Lund and others.",
        'Norway\'s Ola Dahl says he had "very good meeting" with Swedish Prime Minister Erik Lund',
    ],
)
def test_still_more_ways_wire_copy_says_someone_attends(sentence: str) -> None:
    assert attending(draft_facts(sentence))["Erik Lund"] == "Sweden"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden will be represented by the Secretary of State for Foreign Affairs and "
        "Cooperation, Erik Lund.",
        "Erik Lund, Sweden's sole ambassador to Brazil, was the only envoy at the summit.",
    ],
)
def test_a_title_for_or_to_a_portfolio_or_a_country(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {"Erik Lund": "Sweden"}


def test_a_long_portfolio_and_its_country_before_the_name_are_the_persons() -> None:
    """A caption's roll writes each office in full before the name ("Minister of Foreign
    Affairs and Foreign Trade of Kenya, X"): a portfolio in two parts is no rarer for being
    long, and the country after it is still whom the minister serves."""
    draft = draft_facts(
        "Lagoon Union presents the official photo from its assembly in Oslo.\n\n"
        "First row from left to right:\n\n"
        "- Minister of Foreign Affairs and Foreign Trade of Kenya, Ola Dube\n"
        "- Minister of Foreign Affairs and International Cooperation of Ghana, Kofi Mensah\n"
        "- Minister of Foreign Affairs of Sweden, Erik Lund."
    )
    assert titled_attending(draft) == {
        "Ola Dube": ("Minister of Foreign Affairs and Foreign Trade", "Kenya"),
        "Kofi Mensah": ("Minister of Foreign Affairs and International Cooperation", "Ghana"),
        "Erik Lund": ("Minister of Foreign Affairs", "Sweden"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "“Unity matters,” said the Secretary General of the LU, the Uruguayan Ana Rojas, who "
        "will open the meeting.",
        "LU Secretary General, Uruguayan Ana Rojas, speaks to the press after the meeting.",
    ],
)
def test_a_bodys_office_before_a_nationality_is_whom_the_person_serves(sentence: str) -> None:
    """ "Secretary General of the Union, the Uruguayan X": the demonym says where X comes
    from, the office whom X serves at the meeting."""
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — Lagoon Union (LU) leaders opened their summit in Oslo. "
        + sentence
    )
    assert attending(draft) == {"Ana Rojas": "LU"}


def test_absent_in_person_but_there_by_video() -> None:
    draft = draft_facts(
        "Notably absent from the summit are Swedish Prime Minister Erik Lund and Danish Prime "
        "Minister Ida Holm. Lund will participate virtually."
    )
    assert attending(draft) == {"Erik Lund": "Sweden"}


def test_a_royal_who_opens_the_meeting_attends_and_is_keyed_by_the_given_name() -> None:
    draft = draft_facts(
        "Queen Margrethe II said she hoped for unity, as she opened the Nordic Heads of "
        "Government Meeting in Oslo."
    )
    assert attending(draft) == {"Queen Margrethe II": NOT_STATED.name}
    assert [person.key for person in draft.people] == ["margrethe"]


def test_someone_heading_to_the_meetings_attends() -> None:
    draft = draft_facts(
        "Prime Minister Ana Lopes played down the row as she heads to Suva for the first "
        "in-person meetings since the pandemic."
    )
    assert attending(draft) == {"Ana Lopes": NOT_STATED.name}


def test_a_heading_in_capitals_names_the_person_the_paragraph_under_it_is_about() -> None:
    draft = draft_facts(
        "Here is a look at who is attending:\n"
        "SWEDEN FIRST DEPUTY PRIME MINISTER ERIK LUND\n"
        "Lund is standing in for the prime minister.\n"
        "CHINA PRESIDENT WEI MING\n"
        "Wei met Lund for talks.\n"
        "ANA LOPES PRESIDENT BRAZIL SPEAKS AT THE SUMMIT IN OSLO"
    )
    assert attending(draft) == {"Erik Lund": "Sweden", "Wei Ming": "China"}
    assert draft.attendees[0].title == "First Deputy Prime Minister"


@pytest.mark.parametrize(
    "sentence",
    [
        "Addressing an audience that included Swedish Prime Minister Erik Lund, the host spoke.",
        "Swedish Prime Minister Erik Lund will join the others in the virtual meet next week.",
        "There were talks between summit participants, including Swedish Prime Minister Erik Lund.",
    ],
)
def test_an_audience_that_included_someone_and_joining_in_the_meet(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {"Erik Lund": "Sweden"}


def test_an_untitled_leader_does_not_lend_a_country_to_the_titled_one_after_and() -> None:
    draft = draft_facts("Brazil's Ana Lopes and Pope Benedictus attended the summit.")
    assert attending(draft) == {"Ana Lopes": "Brazil", "Pope Benedictus": NOT_STATED.name}


def test_words_said_to_be_someones_message_do_not_make_them_absent() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Erik Lund attended the summit.\n\n"
        "Unity first: that was the message from Lund."
    )
    assert attending(draft) == {"Erik Lund": "Sweden"}


def test_a_portfolio_going_on_after_a_comma_is_no_name() -> None:
    draft = draft_facts(
        "Present were: Hon. Ana Ruiz, Prime Minister and Minister of Finance, Planning and "
        "Development, Peru; and Hon. Ola Lind, Prime Minister of Chile."
    )
    assert names(draft) == ["Ana Ruiz", "Ola Lind"]


def test_a_suffix_keeps_its_full_stop_and_is_no_family_name() -> None:
    draft = draft_facts(
        "Brazilian President Pedro R. Alves Jr. attended the summit. Alves spoke first."
    )
    assert names(draft) == ["Pedro R. Alves Jr."]
    assert [person.key for person in draft.people] == ["alves"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ministers in attendance were: Hon. Pedro R. Alves, Jr, Premier of Chile.",
            "Pedro R. Alves, Jr",
        ),
        (
            "The summit was attended by H.E. Mr. Pedro R. Alves, Jr., President of Chile; and "
            "H.E. Ana Ruiz, President of Peru.",
            "Pedro R. Alves, Jr.",
        ),
    ],
)
def test_a_suffix_set_off_by_a_comma_is_the_names(sentence: str, name: str) -> None:
    draft = draft_facts(sentence)
    assert attending(draft)[name] == "Chile"
    assert "Jr" not in names(draft)


@pytest.mark.parametrize(
    "sentence",
    [
        "Joining her were Chilean President Ola Dahl and Ruritanian President Erik Lund.",
        "Also present were Chilean President Ola Dahl and Ruritanian President Erik Lund.",
        "Chilean President Ola Dahl and Ruritanian President Erik Lund posed with other "
        "leaders for a family photo.",
    ],
)
def test_a_country_unknown_to_the_drafter_is_not_the_one_named_before_and(sentence: str) -> None:
    assert attending(draft_facts(sentence)) == {
        "Ola Dahl": "Chile",
        "Erik Lund": NOT_STATED.name,
    }


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The Kenyan head of state Ana Lopes attended the summit.", "Head of State"),
        ("Kenyan Head of State Ana Lopes attended the summit.", "Head of State"),
        ("Irish Taoiseach Ana Lopes attended the summit.", "Taoiseach"),
    ],
)
def test_more_titles_of_leaders(sentence: str, title: str) -> None:
    draft = draft_facts(sentence)
    assert [(a.person.name, a.title) for a in draft.attendees] == [("Ana Lopes", title)]


def test_one_heading_a_state_office_is_no_head_of_state() -> None:
    draft = draft_facts(
        "Prime Minister Ana Lopes was greeted by Kenya's Head of State Protocol Ola Dahl."
    )
    assert [a.person.name for a in draft.attendees] == ["Ana Lopes"]


def test_a_name_in_capitals_opening_the_lead_is_a_persons_who_attends() -> None:
    draft = draft_facts(
        "PRIME MINISTER ANA LOPES is visiting the Icelandic capital of Reykjavik for a Council "
        "of Europe Summit."
    )
    assert attending(draft) == {"Ana Lopes": NOT_STATED.name}


def test_a_television_scripts_title_of_a_country_then_the_name_in_capitals() -> None:
    draft = draft_facts(
        "Leaders of the Lagoon Union met in Lima on Friday.\n"
        'PRESIDENT OF PERU, ANA LOPES, SAYING: "We stand together."'
    )
    assert [person.name for person in draft.people] == ["Ana Lopes"]
    assert attending(draft) == {"Ana Lopes": "Peru"}
    assert [statement.speaker.name for statement in draft.statements] == ["Ana Lopes"]


def test_a_country_in_someones_quoted_words_is_not_taken_for_theirs() -> None:
    draft = draft_facts(
        "Leaders of the Lagoon Union met in Lima on Friday.\n"
        'President Ana Lopes told the summit: "Chile has let us down."'
    )
    assert [person.party for person in draft.people] == [None]


def test_the_president_of_a_body_is_an_international_official_not_a_head_of_state() -> None:
    draft = draft_facts("Ana Lopes, president of the European Commission, attended the summit.")
    assert [(a.represents.name, a.role) for a in draft.attendees] == [
        ("European Commission", "international-official")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lagoon Union Commission Chairperson Ana Lopes attended the summit.",
        "Lagoon Union Deputy Secretary-General Ana Lopes attended the summit.",
        "Lagoon Union Commissioner Ana Lopes attended the summit.",
    ],
)
def test_a_bodys_chair_commissioner_or_deputy_chief_is_an_international_official(
    sentence: str,
) -> None:
    assert [a.role for a in draft_facts(sentence).attendees] == ["international-official"]


def test_a_countrys_deputy_leader_is_no_international_official() -> None:
    draft = draft_facts("Chilean Vice President Ana Lopes attended the summit.")
    assert [(a.represents.name, a.role) for a in draft.attendees] == [("Chile", "vice-president")]


def test_a_name_with_an_apostrophe_inside_is_kept_whole() -> None:
    draft = draft_facts("Samoa's leader, Tala Fetu Mata'utia, arrived in Apia for the summit.")
    assert attending(draft) == {"Tala Fetu Mata'utia": "Samoa"}


def test_a_title_that_goes_on_past_a_capitalised_word_names_no_one_by_it() -> None:
    draft = draft_facts(
        "A U.S. delegation led by Deputy Secretary of State Kurt Ward also attended."
    )
    assert names(draft) == ["Kurt Ward"]


def test_one_word_names_after_two_countries_possessives_joined_by_and() -> None:
    draft = draft_facts("Sweden's Lund and Norway's Brekke attended the summit.")
    assert attending(draft) == {"Lund": "Sweden", "Brekke": "Norway"}


def test_a_caption_in_capitals_whose_last_word_the_text_never_writes_names_no_one() -> None:
    draft = draft_facts(
        "SWEDISH PRIME MINISTER LUND SPEAKS\n"
        "Swedish Prime Minister Erik Lund attended the summit. Lund said it went well."
    )
    assert names(draft) == ["Erik Lund"]


def test_a_country_in_brackets_after_a_name() -> None:
    draft = draft_facts(
        "Leaders attending the summit included Ana Lopes (Brazil), Ola Dahl (Norway) and the host."
    )
    assert attending(draft) == {"Ana Lopes": "Brazil", "Ola Dahl": "Norway"}


def test_a_country_after_from_or_in_spaced_brackets_after_a_name() -> None:
    draft = draft_facts(
        "Leaders attending the summit included Ana Lopes from Brazil, Ola Dahl ( Norway) and "
        "the host."
    )
    assert attending(draft) == {"Ana Lopes": "Brazil", "Ola Dahl": "Norway"}


def test_a_sentence_naming_those_the_one_before_says_attend() -> None:
    draft = draft_facts(
        "Presidents from two countries have confirmed their participation in the summit. "
        "These are Presidents Ana Lopes (Brazil) and Ola Dahl (Norway)."
    )
    assert attending(draft) == {"Ana Lopes": "Brazil", "Ola Dahl": "Norway"}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ana Lopes, Chile’s minister of health who took over the chair, attended the summit.",
            "Minister of Health",
        ),
        (
            "Ana Lopes, Chile’s minister of foreign affairs during the meeting, attended the "
            "summit.",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_a_title_after_a_name_ends_before_a_clause_of_its_own(sentence: str, title: str) -> None:
    (attendee,) = draft_facts(sentence).attendees
    assert (attendee.person.name, attendee.title, attendee.represents.name) == (
        "Ana Lopes",
        title,
        "Chile",
    )


def test_a_name_of_three_words_after_a_portfolio_is_kept_whole() -> None:
    draft = draft_facts(
        "Norway’s Minister of Foreign Affairs Ola Brekke Dahl told reporters he would attend "
        'the summit.\n\n"We are ready," Dahl said.'
    )
    (person,) = draft.people
    assert (person.name, person.title) == ("Ola Brekke Dahl", "Minister of Foreign Affairs")
    assert [statement.speaker.name for statement in draft.statements] == ["Ola Brekke Dahl"]


def test_the_host_named_as_such_attends_and_speaks() -> None:
    draft = draft_facts('Host Ana Lopes echoed these sentiments. "We must go on," Lopes remarked.')
    assert [(a.person.name, a.role) for a in draft.attendees] == [("Ana Lopes", "host")]
    assert [(s.speaker.name, s.text) for s in draft.statements] == [("Ana Lopes", "We must go on")]


def test_offices_and_countries_given_to_names_respectively() -> None:
    draft = draft_facts(
        "Among the early arrivals were the prime ministers of Trinidad and Tobago and Saint "
        "Lucia, Ana Lopes and Ola Dahl, respectively."
    )
    assert {a.person.name: (a.title, a.represents.name) for a in draft.attendees} == {
        "Ana Lopes": ("Prime Minister", "Trinidad and Tobago"),
        "Ola Dahl": ("Prime Minister", "Saint Lucia"),
    }


def test_the_summit_chair_and_the_one_taking_over_the_chair_attend() -> None:
    draft = draft_facts(
        "Outgoing Summit Chairperson Ana Lopes said Norway's President Ola Dahl, who assumed "
        "as the new Chairperson, will oversee the process."
    )
    assert attending(draft) == {"Ana Lopes": NOT_STATED.name, "Ola Dahl": "Norway"}


def test_a_name_written_once_without_its_accents_is_the_same_person() -> None:
    draft = draft_facts(
        "Lund met Chilean President Munoz.\n\n"
        "Swedish Prime Minister Erik Lund met Chilean President Ana Muñoz at the summit."
    )
    assert attending(draft) == {"Erik Lund": "Sweden", "Ana Muñoz": "Chile"}
    assert [person.variants for person in draft.people if person.name == "Ana Muñoz"] == [["Munoz"]]


def test_a_style_is_no_office_and_a_later_title_gives_one() -> None:
    draft = draft_facts(
        '"We must rebuild," said Sheikh Karim Al Haddad, who led the talks.\n\n'
        '"We must rebuild now," said Qatar\'s Emir Sheikh Karim Al Haddad at the summit.'
    )
    assert [(a.person.name, a.title, a.represents.name) for a in draft.attendees] == [
        ("Karim Al Haddad", "Emir", "Qatar")
    ]


def test_a_royal_title_written_with_the_whole_name_is_kept_as_a_spelling_of_it() -> None:
    draft = draft_facts(
        "In a speech opening the summit, King Karim bin Faisal Al Haddad of Jordan called for "
        'unity.\n\n"We stand together," King Karim said.'
    )
    (person,) = draft.people
    assert (person.name, person.variants) == (
        "Karim bin Faisal Al Haddad",
        ["King Karim bin Faisal Al Haddad"],
    )
    assert [statement.speaker.name for statement in draft.statements] == [person.name]


def test_in_a_list_of_names_and_titles_each_title_follows_its_name() -> None:
    draft = draft_facts(
        "Leaders attending the summit are Ana Lopes, President of Chile, Ola Dahl, Prime "
        "Minister of Norway, and others."
    )
    assert {a.person.name: (a.title, a.represents.name) for a in draft.attendees} == {
        "Ana Lopes": ("President", "Chile"),
        "Ola Dahl": ("Prime Minister", "Norway"),
    }


def test_a_name_of_three_words_in_a_roll_of_titles_and_names_takes_no_office_after_it() -> None:
    draft = draft_facts(
        "Heads of State at the Summit are: President of Chile, Ana Maria Lopes, President of "
        "Peru, Ola Dahl and President of Ghana, Kofi Mensah."
    )
    assert attending(draft) == {
        "Ana Maria Lopes": "Chile",
        "Ola Dahl": "Peru",
        "Kofi Mensah": "Ghana",
    }


ASSEMBLY = "The Alpine League held its General Assembly in Bern on Monday.\n\n"


def test_an_ambassador_serves_the_body_the_office_after_the_name_serves() -> None:
    draft = draft_facts(
        "Also in attendance were H.E. Ana Lopes, Lagoon Union Executive Secretary; H.E. "
        "Ambassador Ola Dahl, Special Representative of the Chairperson of the Reef Commission "
        "in the Lakes; and others as observers."
    )
    assert {a.person.name: (a.represents.name, a.role) for a in draft.attendees} == {
        "Ana Lopes": ("Lagoon Union", "international-official"),
        "Ola Dahl": ("Reef Commission", "international-official"),
    }


@pytest.mark.parametrize("space", [" ", "\n"])
def test_a_special_envoy_after_a_name_serves_the_body_before_the_office(space: str) -> None:
    draft = draft_facts(
        "Also in attendance were H.E. Ana Lopes, Lagoon Union Executive Secretary; H.E. "
        f"Ambassador Ola Dahl (PhD), Lagoon Union Special{space}Envoy for the Lakes; H.E. Erik "
        "Lund, Reef Commission Special Envoy for the Lakes; and others as observers."
    )
    assert attending(draft) == {
        "Ana Lopes": "Lagoon Union",
        "Ola Dahl": "Lagoon Union",
        "Erik Lund": "Reef Commission",
    }
    assert {a.role for a in draft.attendees} == {"international-official"}


def test_a_countrys_special_envoy_is_its_envoy() -> None:
    draft = draft_facts("Ola Dahl, Special Envoy of Norway, attended the summit.")
    assert titled_attending(draft) == {"Ola Dahl": ("Special Envoy", "Norway")}
    assert [a.role for a in draft.attendees] == ["envoy"]


def test_an_office_after_a_name_ends_at_and_before_the_next_name_addressed() -> None:
    draft = draft_facts(
        "Also in attendance were H.E. Ana Lopes, Lagoon Union Deputy Executive Secretary and "
        "H.E. Ola Dahl, Reef Commission Executive Secretary; and others as observers."
    )
    assert attending(draft) == {"Ana Lopes": "Lagoon Union", "Ola Dahl": "Reef Commission"}


def test_a_bodys_head_in_lower_case_before_a_name_is_an_office() -> None:
    draft = draft_facts(
        "Peruvian President Ola Dahl, Chile's Sovereign Council head Ana Lopes and Fiji's "
        "Presidency Council head Erik Lund also landed in Oslo for the summit."
    )
    assert titled_attending(draft) == {
        "Ola Dahl": ("President", "Peru"),
        "Ana Lopes": ("Head", "Chile"),
        "Erik Lund": ("Head", "Fiji"),
    }


def test_a_space_before_the_comma_after_an_office_keeps_it_the_next_names() -> None:
    draft = draft_facts(
        "Heads of State at the Summit are: President of Chile, Ana Lopes, Peruvian President , "
        "Ola Dahl, President of Ghana, Kofi Mensah and President of Fiji, Ana Soto."
    )
    assert attending(draft) == {
        "Ana Lopes": "Chile",
        "Ola Dahl": "Peru",
        "Kofi Mensah": "Ghana",
        "Ana Soto": "Fiji",
    }


def test_the_bodys_own_official_in_a_sentence_about_its_meeting_attends() -> None:
    draft = draft_facts(
        ASSEMBLY + "As part of the General Assembly, ministers were set to discuss the crisis, "
        "though Alpine League Secretary General Ana Lopes said the talks would not end soon."
    )
    assert attending(draft) == {"Ana Lopes": "Alpine League"}


def test_the_bodys_own_official_named_beside_another_meeting_does_not_attend() -> None:
    draft = draft_facts(
        ASSEMBLY + "Alpine League Secretary General Ana Lopes praised the plan announced at the "
        "G20 summit last year."
    )
    assert attending(draft) == {}


def test_a_full_name_after_a_titled_family_name_gives_the_person_its_country() -> None:
    draft = draft_facts(
        "President Lund opened the summit on Monday. Leaders attending included Erik Lund "
        "(Norway) and Ana Lopes (Chile)."
    )
    assert attending(draft) == {"Erik Lund": "Norway", "Ana Lopes": "Chile"}


def test_a_crown_princes_name_takes_no_title_of_prince() -> None:
    (person,) = draft_facts("Crown Prince Karim bin Faisal of Jordan attended the summit.").people
    assert (person.name, person.variants) == ("Karim bin Faisal", [])


def test_a_style_before_a_given_name_named_before_is_that_person() -> None:
    draft = draft_facts(
        "Qatar's Emir Sheikh Karim bin Hamad Al Haddad opened the summit.\n\n"
        '"We will not wait," Sheikh Karim said.'
    )
    assert [person.name for person in draft.people] == ["Karim bin Hamad Al Haddad"]
    assert [statement.speaker.name for statement in draft.statements] == [
        "Karim bin Hamad Al Haddad"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian PM Hon. Ola Brekke arrived in Oslo for the summit.",
        "Prime Minister of Norway, the Honourable Ola Brekke, arrived in Oslo for the summit.",
        "Norway's Prime Minister, His Excellency Dr Ola Brekke, arrived for the summit.",
        "Norwegian Prime Minister Dr. Ola Brekke arrived in Oslo for the summit.",
        "The Rt Hon Ola Brekke, Prime Minister of Norway, arrived in Oslo for the summit.",
        "Norwegian Prime Minister the Rt. Hon. Ola Brekke arrived in Oslo for the summit.",
        # a military rank, as news writes a ruler from the army
        "Norway's prime minister, Col. Ola Brekke, arrived in Oslo for the summit.",
        "Norwegian Prime Minister Capt. Ola Brekke arrived in Oslo for the summit.",
        "Norway's prime minister, Senior Gen. Ola Brekke, arrived in Oslo for the summit.",
        "Norway's prime minister, Lt. Gen. Ola Brekke, arrived in Oslo for the summit.",
        "Norwegian Prime Minister Lt-Gen Ola Brekke arrived in Oslo for the summit.",
        # a naval rank
        "The Prime Minister of Norway, Commodore Ola Brekke, arrived in Oslo for the summit.",
        "Norwegian Prime Minister Rear Admiral Ola Brekke arrived in Oslo for the summit.",
        # a rank marked retired
        "The Prime Minister of Norway, His Excellency Brigadier (Ret’d) Ola Brekke, arrived in "
        "Oslo for the summit.",
        "Norwegian Prime Minister Col. (retd) Ola Brekke arrived in Oslo for the summit.",
        # a Burmese honorific ("U", "Daw") before a name of more than one word
        "Norwegian Prime Minister U Ola Brekke arrived in Oslo for the summit.",
        "Norwegian Prime Minister Daw Ola Brekke arrived in Oslo for the summit.",
    ],
)
def test_a_form_of_address_between_title_and_name_is_passed_over(sentence: str) -> None:
    draft = draft_facts(sentence)
    assert names(draft) == ["Ola Brekke"]
    assert draft.attendees[0].title == "Prime Minister"
    assert attending(draft) == {"Ola Brekke": "Norway"}


def test_a_title_before_a_name_at_the_start_of_a_paragraph() -> None:
    draft = draft_facts(
        "The leaders met on Monday.\n\nChairman of the Summit, Ola Brekke, spoke at the summit."
    )
    assert [person.title for person in draft.people] == ["Chairman of the Summit"]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Malaysia's Minister of Foreign Affairs Amir Hakim Rahman attended the summit.",
            "Amir Hakim Rahman",
            "Minister of Foreign Affairs",
        ),
        (
            "Malaysia's Minister of State for Foreign Affairs Hakim Rahman attended the summit.",
            "Hakim Rahman",
            "Minister of State for Foreign Affairs",
        ),
        (
            "Malaysia's Minister of Foreign Affairs and International Cooperation Hakim Rahman "
            "attended the summit.",
            "Hakim Rahman",
            "Minister of Foreign Affairs and International Cooperation",
        ),
        (
            "Malaysia's Minister of Foreign Affairs and Cooperation Hakim Amir Rahman attended "
            "the summit.",
            "Hakim Amir Rahman",
            "Minister of Foreign Affairs and Cooperation",
        ),
        (
            "Prime Minister Dr. Hakim Rahman of Malaysia attended the summit.",
            "Hakim Rahman",
            "Prime Minister",
        ),
    ],
)
def test_a_portfolio_or_a_doctors_title_before_a_name(sentence: str, name: str, title: str) -> None:
    draft = draft_facts(sentence)
    assert attending(draft) == {name: "Malaysia"}
    assert draft.attendees[0].title == title


def test_a_monarchs_full_name_is_known_with_the_title_too() -> None:
    draft = draft_facts(
        "In a speech opening the summit, King Faisal bin Karim Al Haddad of Jordan spoke. "
        "“We stand together,” King Faisal said."
    )
    (person,) = draft.people
    assert person.name == "Faisal bin Karim Al Haddad"
    assert "King Faisal bin Karim Al Haddad" in person.variants
    assert [statement.speaker for statement in draft.statements] == [person]


def test_a_country_named_in_full_with_its_form_of_government() -> None:
    draft = draft_facts(
        "Outgoing Chair, His Excellency Dr Ola Brekke, President of the Cooperative Republic "
        "of Guyana, thanked the leaders."
    )
    assert attending(draft) == {"Ola Brekke": "Guyana"}


def test_a_name_opening_with_a_glottal_stop_keeps_it() -> None:
    draft = draft_facts("Tongan PM Hon. 'Elisi Tupou arrived in Suva for the summit.")
    assert attending(draft) == {"'Elisi Tupou": "Tonga"}


@pytest.mark.parametrize("mark", ["'", "‘", "ʻ"])
def test_a_middle_name_opening_with_a_glottal_stop_stays_in_the_name(mark: str) -> None:
    draft = draft_facts(
        f"The Prime Minister of Tonga Hon Sione {mark}Elisi Tupou met fellow leaders in Suva."
    )
    assert attending(draft) == {f"Sione {mark}Elisi Tupou": "Tonga"}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Kuwait's Amir His Highness Sheikh Ali Al-Sabah Al-Jaber opened the summit.",
            "Ali Al-Sabah Al-Jaber",
            "Kuwait",
        ),
        ("H.E. President Ola Brekke of Norway attended the summit.", "Ola Brekke", "Norway"),
        (
            "The United Arab Emirates was represented at the summit by Vice President Ola Brekke.",
            "Ola Brekke",
            "United Arab Emirates",
        ),
        (
            "Norway's long-serving prime minister, Ola Brekke, attended the summit.",
            "Ola Brekke",
            "Norway",
        ),
        (
            "Norway's newly elected president Ola Brekke attended the summit.",
            "Ola Brekke",
            "Norway",
        ),
        ("President Ola Brekke, Norway's leader, attended the summit.", "Ola Brekke", "Norway"),
        (
            "Chad's transitional president, Ola Brekke, attended the summit.",
            "Ola Brekke",
            "Chad",
        ),
        ("Field Marshal Ola Brekke, Norway's president, attended.", "Ola Brekke", "Norway"),
        ("Norway's Prime Minister-designate Ola Brekke attended.", "Ola Brekke", "Norway"),
        (
            "Representing Norway at the summit was Prime Minister Ola Brekke.",
            "Ola Brekke",
            "Norway",
        ),
        ("For Norway, Prime Minister Ola Brekke attended the summit.", "Ola Brekke", "Norway"),
    ],
)
def test_a_countrys_leader_written_with_styles_qualifiers_and_the_country_before(
    sentence: str, name: str, country: str
) -> None:
    assert attending(draft_facts(sentence)) == {name: country}


def test_offices_of_countries_in_order_at_the_end_of_a_sentence() -> None:
    draft = draft_facts(
        "Also present were the presidents of Kenya and Uganda, Ola Brekke and Aino Lahti."
    )
    assert attending(draft) == {"Ola Brekke": "Kenya", "Aino Lahti": "Uganda"}


def test_a_given_name_that_is_also_a_rulers_title_with_an_office_after_it() -> None:
    draft = draft_facts("Amir Rahman, Malaysia's foreign minister, attended the summit.")
    assert attending(draft) == {"Amir Rahman": "Malaysia"}
    assert draft.attendees[0].title == "Foreign Minister"


def test_a_name_given_later_with_another_given_name_in_front_is_the_same_person() -> None:
    draft = draft_facts(
        "Swedish Prime Minister Maria Lund arrived on Monday.\n\n"
        "Prime Minister Anna Maria Lund said Sweden wants a summit.\n\n"
        '"We will discuss what we can do," Lund said.'
    )
    assert names(draft) == ["Anna Maria Lund"]
    assert [s.speaker.name for s in draft.statements] == ["Anna Maria Lund"]


def test_a_name_given_later_without_its_middle_name_is_the_same_person() -> None:
    draft = draft_facts(
        "Swedish President Erik Magnus Lund co-chaired the summit with Chile.\n\n"
        "The host president Erik Lund thanked the leaders for coming."
    )
    assert names(draft) == ["Erik Magnus Lund"]


def test_a_portfolio_going_on_past_a_comma_names_no_one_by_its_parts() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Oslo.\n\n"
        "He is accompanied by Dr. Erik Lund, the Minister of Foreign Affairs, International "
        "Business and Diaspora Relations."
    )
    assert names(draft) == ["Erik Lund"]


def test_a_title_going_on_past_a_comma_with_charged_names_no_one_by_it() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Oslo. Taking part was the Prime Minister of the "
        "Government, Charged with Administrative Coordination, Erik Magnus Lund, in the name "
        "of the President."
    )
    assert names(draft) == ["Erik Magnus Lund"]


def test_a_city_in_a_headline_is_no_one_though_a_title_follows() -> None:
    article = (
        "Nordic leaders meet in San Francisco, USA\n\n"
        "As the host of the 2023 Nordic Summit, Swedish Prime Minister Erik Lund urged unity."
    )
    assert "San Francisco" not in names(draft_facts(article))


@pytest.mark.parametrize("place", ["New York", "New South Wales"])
def test_a_state_ending_a_clause_before_a_speech_verb_is_no_one(place: str) -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        f"The bloc's chief, who addressed the leaders by video link from {place}, said it."
    )
    assert names(draft_facts(article)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Erik Lund did not travel to Oslo, with the country represented by Minister of State "
        "Anna Berg.",
        "Erik Lund stayed in Oslo, accompanied by Trade Minister Anna Berg.",
    ],
)
def test_a_title_after_by_or_with_is_the_next_names_not_the_one_before(sentence: str) -> None:
    assert names(draft_facts(f"Swedish Prime Minister {sentence}")) == ["Erik Lund", "Anna Berg"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Erik Lund was accompanied by Trade Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund, accompanied by Trade Minister Anna Berg, arrived.",
        "Swedish Prime Minister Erik Lund arrived. Lund was accompanied by his wife and Trade "
        "Minister Anna Berg.",
        "Accompanying Swedish Prime Minister Erik Lund were his wife and Trade Minister Anna Berg.",
        "Swedish Prime Minister Erik Lund's delegation includes Trade Minister Anna Berg.",
    ],
)
def test_a_minister_accompanying_a_leader_is_of_the_leaders_country(sentence: str) -> None:
    article = f"Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit. {sentence}"
    assert attending(draft_facts(article)) == {"Erik Lund": "Sweden", "Anna Berg": "Sweden"}


def test_a_minister_a_leader_meets_is_of_no_country_by_it() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit. Swedish Prime "
        "Minister Erik Lund met Trade Minister Anna Berg."
    )
    assert attending(draft_facts(article))["Anna Berg"] == NOT_STATED.name


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    draft = draft_facts(
        "At the summit, Swedish Prime Minister Erik Lund spoke. Additionally, Finland's "
        "President, Dr. Aino Lahti, was elected chair of the bloc."
    )
    assert names(draft) == ["Erik Lund", "Aino Lahti"]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Irish leader, Ana Byrne, held a bilateral meeting with Erik Lund.", "Ireland"),
        ("Fisheries Commission president, Ana Byrne, spoke at the summit.", "Fisheries Commission"),
    ],
)
def test_a_title_set_off_by_commas_after_the_country_or_body_it_serves(
    sentence: str, party: str
) -> None:
    assert attending(draft_facts(sentence))["Ana Byrne"] == party


def test_a_photo_credit_ending_in_an_abbreviation_is_no_name() -> None:
    draft = draft_facts(
        "Norway Photodesk NFU: PM Erik Lund, Finnish Premier Aino Lahti and President of Chile "
        "Ana Ruiz during the welcome ceremony in Oslo."
    )
    assert names(draft) == ["Erik Lund", "Aino Lahti", "Ana Ruiz"]


def test_a_name_run_together_from_the_given_and_family_names_is_the_same_person() -> None:
    draft = draft_facts(
        "President Budi Santoso welcomed leaders to the summit. President Budisan greeted "
        "each of them at the door."
    )
    assert names(draft) == ["Budi Santoso"]


def test_a_given_name_spelt_another_way_is_the_same_person() -> None:
    draft = draft_facts(
        "Finland's Foreign Minister Sergei Lavrin spoke at the summit. Later Foreign Minister "
        "Sergey Lavrin left the summit."
    )
    assert names(draft) == ["Sergei Lavrin"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Malaysia's Prime Minister Datuk Seri Ana Lopes attended the summit.",
        "KUALA LUMPUR (Wire) — Datuk Seri Ana Lopes said the summit went well.",
        "Malaysia's Prime Minister Tan Sri Ana Lopes attended the summit.",
        "Malaysia's Prime Minister Dato' Sri Ana Lopes attended the summit.",
        "KUALA LUMPUR (Wire) — Dato Sri Ana Lopes said the summit went well.",
    ],
)
def test_a_malaysian_honour_before_the_name_is_not_part_of_it(sentence: str) -> None:
    assert names(draft_facts("Leaders meet\n\n" + sentence)) == ["Ana Lopes"]


@pytest.mark.parametrize(
    "honour",
    [
        "Alhaji",
        "Alhadji",
        "Haji",
        "Comrade",
        "Madame",
        "Mme",
        "Monsieur",
        "Shri",
        "Samdech",
        "Samdech Techo",
    ],
)
def test_an_honour_of_address_before_the_name_is_not_part_of_it(honour: str) -> None:
    """West African, Malay, Zimbabwean, French, South Asian and Cambodian forms of address: the
    name alone is whom the sheet lists and quotes, with or without an office before it."""
    draft = draft_facts(
        f"Leaders meet\n\n{honour} Ana Lopes of Ghana attended the summit.\n\n"
        f"“We are ready,” said {honour} Ana Lopes.\n\n"
        f"Kenya's President {honour} Ola Dube also attended."
    )
    assert names(draft) == ["Ana Lopes", "Ola Dube"]
    assert [statement.speaker.name for statement in draft.statements] == ["Ana Lopes"]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Mongolia's First Deputy Prime Minister Ola Dube attended the summit.", "Mongolia"),
        ("Former Deputy Prime Minister Ola Dube of Kenya attended the summit.", "Kenya"),
        ("Myanmar's Senior General Ola Dube attended the summit.", "Myanmar"),
    ],
)
def test_two_modifiers_or_a_military_rank_before_a_name_are_not_part_of_it(
    sentence: str, country: str
) -> None:
    assert attending(draft_facts("Leaders meet\n\n" + sentence)) == {"Ola Dube": country}


@pytest.mark.parametrize(
    "article",
    [
        "King Delivers Speech at Union Summit\n\nThe king spoke at length.",
        "Leaders meet\n\nDuring the meeting, whose theme is Disaster Management and Humanitarian "
        "Assistance, the leaders will talk.",
        "Leaders meet\n\nThe summit fell on Veterans Day, observed across the region.",
        "Leaders meet\n\nA video showed the general stepping off a Myanmar Airways International "
        "plane after it landed for the summit.",
    ],
)
def test_a_headline_verb_a_theme_a_day_or_a_firm_names_no_one(article: str) -> None:
    assert names(draft_facts(article)) == []


@pytest.mark.parametrize("office", ["Special Representative", "Special Coordinator"])
def test_an_office_after_a_title_names_no_one(office: str) -> None:
    draft = draft_facts(
        "Leaders meet\n\nLagoon Union leaders opened their summit in Oslo. She also welcomed "
        f"the UN Secretary General {office} for West Africa."
    )
    assert names(draft) == []


def test_a_title_of_a_states_full_name_before_a_name_is_theirs() -> None:
    draft = draft_facts(
        "Leaders meet\n\nThe summit was chaired by the President of the Republic of Chile Ana "
        "Ruiz and attended by the President of the Kingdom of Norway Ola Dahl."
    )
    assert [(p.name, p.title, p.party and p.party.name) for p in draft.people] == [
        ("Ana Ruiz", "President", "Chile"),
        ("Ola Dahl", "President", "Norway"),
    ]


def test_a_headlines_adverb_and_verb_after_a_name_are_not_part_of_it() -> None:
    draft = draft_facts(
        "President Ruiz Graciously Welcomes Heads of State of Lagoon Union\n\n"
        "President Ana Ruiz of Chile welcomed the heads of state to the summit."
    )
    assert names(draft) == ["Ana Ruiz"]


def test_a_headlines_verb_after_a_family_name_is_not_part_of_it() -> None:
    """ "President Ruiz Participates in …": a headline in title case names the person by the
    family name alone, and the verb after it says what they did."""
    draft = draft_facts(
        "President Ruiz Participates in Lagoon Summit\n\n"
        "President Ruiz of Chile concluded his visit to the Lagoon Summit on Friday. “Trade "
        "matters,” said Ruiz."
    )
    assert names(draft) == ["Ruiz"]


def test_a_family_name_ending_as_an_adverb_ends_a_name_whole() -> None:
    """A family name may end as an adverb does ("-ally"); one that ends the name is no
    headline's adverb, which a verb follows."""
    draft = draft_facts(
        "Leaders meet\n\nMinister of Foreign Affairs Samuel Nordally of Chile attended the summit."
    )
    assert names(draft) == ["Samuel Nordally"]


@pytest.mark.parametrize(
    ("first", "then"),
    [("Ana G. Lopes", "Ana Lopes"), ("Ana G Lopes", "Ana Gloria Lopes")],
)
def test_a_name_with_a_middle_initial_and_without_or_in_full_is_one_person(
    first: str, then: str
) -> None:
    article = (
        f"Leaders meet\n\nChilean President {first} attended the summit. Later, President "
        f"{then} of Chile spoke."
    )
    draft = draft_facts(article)
    assert len(draft.people) == 1
    assert draft.people[0].name == max(first, then, key=len)


def test_a_country_or_a_credit_before_a_colon_is_not_part_of_the_name() -> None:
    article = (
        "Leaders meet\n\nChile: HE President Ana Maria Lopes Peru: HE President Luis Soto "
        "Vega\n\nSecretary-General Dame Ola Brekke Photo: Wire"
    )
    assert names(draft_facts(article)) == ["Ana Maria Lopes", "Luis Soto Vega", "Ola Brekke"]


def test_a_country_spaced_from_its_colon_in_a_roll_is_the_next_names() -> None:
    """A communiqué's roll aligns its colons: "Kenya  : Hon. X, Minister of Foreign Affairs"."""
    draft = draft_facts(
        "The Lagoon Union summit was held in Lima.\n\nThe Summit was attended by:\n\n"
        "Chile  : Prime Minister Ana Lopes\n"
        "Kenya   : Hon. Ola Brekke, Minister of Foreign Affairs\n"
    )
    assert attending(draft) == {"Ana Lopes": "Chile", "Ola Brekke": "Kenya"}


# An article as a wire service sends it: running text broken into lines of about 70
# characters, names cut by the line ends, and a headline and byline on short lines of their own.
HARD_WRAPPED = """Nordic leaders meet in Oslo
By Ola Dahl
The annual summit of the Nordic Council opened in Oslo on Thursday with a
closed-door meeting of the host and his counterparts from the four other
member countries -- Finnish President Aino Lahti, Danish Prime Minister
Mette Holm, Icelandic Prime Minister Jon Gunnarsson and Swedish President
Erik Lund. The leaders were later joined for an extended meeting by the
observers, who were represented by Estonian President Kadri Tamm, Latvian
President Janis Ozols and Lithuanian Prime Minister Ruta Petraite, who
arrived on Wednesday evening.
"""


def test_a_name_cut_by_the_line_end_of_a_hard_wrapped_text_is_read_whole() -> None:
    draft = draft_facts(HARD_WRAPPED)
    assert attending(draft) == {
        "Aino Lahti": "Finland",
        "Mette Holm": "Denmark",
        "Jon Gunnarsson": "Iceland",
        "Erik Lund": "Sweden",
        "Kadri Tamm": "Estonia",
        "Janis Ozols": "Latvia",
        "Ruta Petraite": "Lithuania",
    }


def test_a_short_line_keeps_its_break_in_a_hard_wrapped_text() -> None:
    assert "Ola Dahl The" not in " ".join(names(draft_facts(HARD_WRAPPED)))


def test_a_bodys_abbreviation_in_brackets_between_its_office_and_the_name() -> None:
    draft = draft_facts(
        "The president of the Nordic Council (NC), Ola Dahl, will participate in the summit."
    )
    assert [(person.name, person.title) for person in draft.people] == [
        ("Ola Dahl", "President of the Nordic Council")
    ]
    assert attending(draft) == {"Ola Dahl": "Nordic Council"}


@pytest.mark.parametrize("connective", ["Likewise", "Moreover", "Furthermore", "Otherwise"])
def test_a_connective_opening_the_sentence_is_no_name(connective: str) -> None:
    draft = draft_facts(
        f"{connective}, the president of the Nordic Council, Ola Dahl, will participate in "
        "the summit."
    )
    assert names(draft) == ["Ola Dahl"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents of Chile, Peru and Norway, Ana Lopes, Ola Dahl and Erik Lund, met.",
        "The presidents of Chile, Peru and Norway — Ana Lopes, Ola Dahl and Erik Lund — met.",
        "Present were the presidents of Chile, Peru and Norway — Ana Lopes, Ola Dahl and Erik Lund.",
    ],
)
def test_offices_and_countries_given_to_a_list_of_three_names_in_order(sentence: str) -> None:
    assert titled_attending(draft_facts(sentence)) == {
        "Ana Lopes": ("President", "Chile"),
        "Ola Dahl": ("President", "Peru"),
        "Erik Lund": ("President", "Norway"),
    }


def test_a_family_name_in_capitals_after_a_title_and_given_name_is_a_name() -> None:
    draft = draft_facts(
        "Chile's President Ana LOPES told the assembly: “Our region must speak with one voice.”"
    )
    assert attending(draft) == {"Ana LOPES": "Chile"}
    assert [s.speaker.name for s in draft.statements] == ["Ana LOPES"]


def test_a_given_name_that_a_country_is_called_in_its_own_language_stays_in_the_name() -> None:
    draft = draft_facts("French President Dominique Martin attended the Lagoon Union summit.")
    assert attending(draft) == {"Dominique Martin": "France"}


@pytest.mark.parametrize("style", ["Sheikh", "Sir", "Dame"])
def test_a_name_after_a_style_is_a_persons_with_no_office_beside_it(style: str) -> None:
    draft = draft_facts(
        f"Leaders of the Lagoon Union met in Oslo.\n{style} Karim Bin Faisal also attended the summit."
    )
    assert "Karim Bin Faisal" in names(draft)


@pytest.mark.parametrize("excellency", ["H E", "H. E", "H.E."])
def test_his_excellency_in_capitals_with_or_without_stops_is_no_part_of_the_name(
    excellency: str,
) -> None:
    """A communiqué's "H E X, Ambassador to Ghana": the "E" is the Excellency, not an initial."""
    draft = draft_facts(
        "The Lagoon Union summit was held in Lima.\n\nThe Summit was attended by:\n\n"
        f"Peru: {excellency} Jorge Castillo, Ambassador to Ghana\n\n"
        f"The Summit was also attended by {excellency} Erik Lund, former President of Norway."
    )
    assert names(draft) == ["Jorge Castillo", "Erik Lund"]


@pytest.mark.parametrize("plural", ["Representatives", "Delegates"])
def test_the_plural_of_those_a_country_sends_after_a_title_is_no_name(plural: str) -> None:
    draft = draft_facts(
        "Lagoon Union leaders opened their summit in Oslo. It brought together 4,500 participants "
        f"(List of Chief {plural} of Participating Countries and International Organizations)."
    )
    assert names(draft) == []


@pytest.mark.parametrize("miss", ["Miss", "Miss."])
def test_miss_before_a_name_is_a_form_of_address_not_a_person(miss: str) -> None:
    """ "H.E. Miss. X, the Administrator of the Fund": the stop after "Miss" ends no sentence."""
    draft = draft_facts(
        "Lagoon Union leaders opened their summit in Oslo. The heads were present: H.E. Mr. "
        f"Erik Lund, Secretary-General of the Lagoon Union; and H.E. {miss} Ana Lopes, the "
        "Administrator of the Lagoon Fund."
    )
    assert names(draft) == ["Erik Lund", "Ana Lopes"]


def test_a_family_name_in_capitals_after_a_form_of_address_is_a_name() -> None:
    """A communiqué's roll writes "H.E. Given FAMILY, Office of Country", one or two family
    names in capitals, a form of address before them rather than a title."""
    draft = draft_facts(
        "The following leaders attended the summit of the Lagoon Union:\n"
        "H.E. Erik LUND, Prime Minister of Sweden\n"
        "H.E. Juan Carlos PEREZ GARCIA, President of Peru\n"
        "Hon. Kofi MENSAH, Minister of Foreign Affairs of Ghana\n"
    )
    assert titled_attending(draft) == {
        "Erik LUND": ("Prime Minister", "Sweden"),
        "Juan Carlos PEREZ GARCIA": ("President", "Peru"),
        "Kofi MENSAH": ("Minister of Foreign Affairs", "Ghana"),
    }


@pytest.mark.parametrize(
    "article",
    [
        "Leaders posed for a photo. Photodesk NFU",
        "President Lopes Hopeful NORDA will Survive\n\nThe NORDA summit opened in Oslo.",
    ],
)
def test_a_body_or_a_credit_in_capitals_after_a_name_is_no_name(article: str) -> None:
    assert "NORDA" not in " ".join(names(draft_facts(article)))
    assert "NFU" not in " ".join(names(draft_facts(article)))


@pytest.mark.parametrize("style", ["Sheikh", "Shaikh", "Shaykh"])
def test_a_style_in_any_of_its_spellings_is_no_part_of_the_name(style: str) -> None:
    draft = draft_facts(
        f"Lagoon Union leaders met in Oslo. Norway's Emir {style} Karim Bin Faisal Al Haddad "
        "attended the summit."
    )
    assert titled_attending(draft) == {"Karim Bin Faisal Al Haddad": ("Emir", "Norway")}


def test_a_chief_before_a_portfolios_secretary_belongs_to_the_title() -> None:
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo. Norwegian Chief Cabinet Secretary Ola Berg attended "
        "the summit."
    )
    assert titled_attending(draft) == {"Ola Berg": ("Chief Cabinet Secretary", "Norway")}


@pytest.mark.parametrize("rank", ["Gen", "Gen.", "Col", "Capt"])
def test_a_rank_with_or_without_its_stop_is_no_part_of_the_name(rank: str) -> None:
    draft = draft_facts(f"Leaders meet\n\nA video showed {rank} Ola Dube arriving for the summit.")
    assert names(draft) == ["Ola Dube"]


def test_each_name_of_a_list_set_apart_by_semicolons_is_of_the_country_after_it() -> None:
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo on Monday.\n\nThe host welcomed his counterparts: "
        "Ana Ruiz, Chile; Pedro Soto, Peru; Ola Berg, Norway; and Per Lund, Sweden."
    )
    assert {person.name: person.party.name for person in draft.people if person.party} == {
        "Ana Ruiz": "Chile",
        "Pedro Soto": "Peru",
        "Ola Berg": "Norway",
        "Per Lund": "Sweden",
    }


def test_a_name_and_a_country_after_a_comma_outside_such_a_list_are_not_paired() -> None:
    draft = draft_facts("Lagoon Union leaders met in Oslo on Monday; Ana Ruiz, Chile.")
    assert [person.name for person in draft.people] == []


@pytest.mark.parametrize("comma", [",", ""])
def test_counterparts_from_listed_countries_are_in_the_order_of_their_names(comma: str) -> None:
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo on Monday.\n\nThe summit was attended by Norwegian "
        f"President Ola Berg, counterparts from Chile, Peru and Sweden{comma} Ana Ruiz, Pedro Soto "
        "and Per Lund."
    )
    assert titled_attending(draft) == {
        "Ola Berg": ("President", "Norway"),
        "Ana Ruiz": ("President", "Chile"),
        "Pedro Soto": ("President", "Peru"),
        "Per Lund": ("President", "Sweden"),
    }


def test_an_untitled_name_that_joined_other_leaders_is_a_person_at_the_meeting() -> None:
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo on Monday.\n\n"
        "Ola Berg joined other Lagoon leaders for the fourth meeting of the bloc."
    )
    assert attending(draft) == {"Ola Berg": NOT_STATED.name}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Pedro Soto and first lady Ana Soto arrived for the summit.",
        "Chilean First Lady Ana Soto arrived for the summit.",
    ],
)
def test_a_first_lady_is_titled_and_the_title_is_no_part_of_her_name(sentence: str) -> None:
    draft = draft_facts("Lagoon Union leaders met in Oslo on Monday.\n\n" + sentence)
    assert titled_attending(draft)["Ana Soto"][0] == "First Lady"


def test_the_country_an_ambassador_is_posted_to_is_not_theirs() -> None:
    draft = draft_facts("Japanese Ambassador to Chile Ken Sato attended the Lagoon Union summit.")
    assert [person.party.name for person in draft.people if person.party] == []


def test_a_family_name_alone_that_says_a_quote_after_it_is_a_persons() -> None:
    draft = draft_facts(
        "Ana Ruiz made the comment at a news conference in Lima on Wednesday.\n\n"
        "Ruiz told reporters: \u201cThe success of this summit is the accession of Chile.\u201d\n\n"
        "Ruiz added: \u201cWe have seen how important the projects are.\u201d"
    )
    assert names(draft) == ["Ana Ruiz"]
    assert [statement.speaker.name for statement in draft.statements] == ["Ana Ruiz"] * 2


def test_a_name_drafted_with_its_royal_title_is_known_without_it_too() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "Norwegian King Harald V will head his country’s delegation."
    )
    (king,) = draft_facts(article).people
    assert (king.name, king.variants) == ("King Harald V", ["Harald V"])


@pytest.mark.parametrize("degree", ["PhD", "MD", "Ret."])
def test_a_degree_in_brackets_between_a_name_and_its_office(degree: str) -> None:
    draft = draft_facts(
        f"The Lagoon Union met in Oslo. Ola Berg ({degree}), Prime Minister of Norway, and Ana "
        "Lopes, President of Chile, were in attendance."
    )
    assert titled_attending(draft) == {
        "Ola Berg": ("Prime Minister", "Norway"),
        "Ana Lopes": ("President", "Chile"),
    }


@pytest.mark.parametrize(
    "offices", ["the Prime Ministers of the Lagoon Union countries –", "the prime ministers -"]
)
def test_a_list_of_names_after_a_plural_office_and_a_dash_holds_that_office(offices: str) -> None:
    draft = draft_facts(
        "The Lagoon Union summit opens in Oslo on Tuesday. The Prime Minister of Norway, Ola "
        f"Berg, will meet and negotiate with {offices} Erik Lund, Ana Lopes and Karin Dahl - at "
        "the palace."
    )
    assert {person.name: person.title for person in draft.people} == {
        "Ola Berg": "Prime Minister",
        "Erik Lund": "Prime Minister",
        "Ana Lopes": "Prime Minister",
        "Karin Dahl": "Prime Minister",
    }


def test_initials_without_stops_after_a_title_are_the_names() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Oslo. Nepal's Prime Minister KP Ola Berg and "
        "Bangladesh Foreign Minister AK Erik Lund attended it."
    )
    assert titled_attending(draft) == {
        "KP Ola Berg": ("Prime Minister", "Nepal"),
        "AK Erik Lund": ("Foreign Minister", "Bangladesh"),
    }


def test_two_bare_initials_before_a_name_stay_in_it() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Oslo. Nepal's Prime Minister K P Ola Berg and "
        "Chilean President F W de Lund attended it, as did H E Erik Dahl, President of Peru."
    )
    assert titled_attending(draft) == {
        "K P Ola Berg": ("Prime Minister", "Nepal"),
        "F W de Lund": ("President", "Chile"),
        "Erik Dahl": ("President", "Peru"),
    }


@pytest.mark.parametrize("address", ["H.E. Prof.", "HE Prof.", "Prof.", "Prof"])
def test_a_family_name_in_capitals_after_a_professors_style_is_a_name(address: str) -> None:
    draft = draft_facts(
        f"The Lagoon Union summit in Oslo was attended by {address} Ola BERG, President of the "
        "Republic of Chile, and H.E. Erik LUND, Prime Minister of Norway."
    )
    assert titled_attending(draft) == {
        "Ola BERG": ("President", "Chile"),
        "Erik LUND": ("Prime Minister", "Norway"),
    }


@pytest.mark.parametrize("letters", ["MP", "QC", "KC", "MP QC"])
def test_letters_after_a_name_for_a_seat_or_an_honour_are_no_part_of_it(letters: str) -> None:
    draft = draft_facts(
        f"The Lagoon Union met in Oslo. The Hon Ola Berg {letters}, Prime Minister of Norway, "
        f"welcomed Chilean President Ana Lopes {letters} to the summit."
    )
    assert titled_attending(draft) == {
        "Ola Berg": ("Prime Minister", "Norway"),
        "Ana Lopes": ("President", "Chile"),
    }


@pytest.mark.parametrize("group", ["Associate Member States", "Observer Countries", "Full Members"])
def test_a_group_of_members_opening_a_sentence_is_no_one(group: str) -> None:
    draft = draft_facts(
        f"The Lagoon Union met in Oslo. {group} represented Fiji, by Premier, the Hon Ola Berg."
    )
    assert group not in names(draft)


def test_a_place_noun_before_of_in_an_envoys_brief_names_no_one() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Oslo. Also in attendance were Ola Lind, Lagoon Union "
        "Special Envoy for the Red Sea, Gulf of Guinea and Ghana; and Erik Lund, Chair of the "
        "Lagoon Board."
    )
    assert names(draft) == ["Ola Lind", "Erik Lund"]


def test_a_style_between_a_rulers_title_and_one_given_name_is_no_part_of_the_name() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Oslo on Friday. Kuwaiti Crown Prince Sheikh Karim "
        "and Chilean President Ana Lopes also landed in Oslo."
    )
    assert attending(draft) == {"Karim": "Kuwait", "Ana Lopes": "Chile"}
    assert draft.people[0].variants == ["Sheikh Karim"]


def test_a_chief_adviser_before_a_name_is_all_title() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opens in Oslo on Saturday. Also attending the summit will be "
        "President Ana Lopes of Chile and Ghana Chief Adviser Kofi Mensah."
    )
    assert titled_attending(draft) == {
        "Ana Lopes": ("President", "Chile"),
        "Kofi Mensah": ("Chief Adviser", "Ghana"),
    }


@pytest.mark.parametrize("address", ["H.E", "H.E."])
def test_a_roll_of_offices_each_before_its_name_with_or_without_a_comma(address: str) -> None:
    draft = draft_facts(
        "Leaders meet\n\nLagoon Union leaders met in Oslo. Others are President of Chile "
        f"{address} Ana Ruiz, President of Peru, {address} Juan Soto, President of Kenya, "
        f"{address} Kofi Mensah, President of Fiji, {address} Bo Li."
    )
    assert attending(draft) == {
        "Ana Ruiz": "Chile",
        "Juan Soto": "Peru",
        "Kofi Mensah": "Kenya",
        "Bo Li": "Fiji",
    }


def test_one_named_first_without_a_country_is_of_the_office_before_him_in_a_later_roll() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO — Lagoon Union leaders met in Oslo. Norwegian President Ola Dahl "
        "and President Juan Soto opened the summit. Others are President of Chile H.E Ana Ruiz, "
        "President of Peru, H.E Juan Soto."
    )
    assert attending(draft) == {"Ola Dahl": "Norway", "Juan Soto": "Peru", "Ana Ruiz": "Chile"}


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("President of Ghana Kwabina Mensa", ["Kwabena Mensah"]),
        ("President of Togo Kwabina Mensa", ["Kwabena Mensah", "Kwabina Mensa"]),
        ("Prime Minister of Ghana Kwabina Mensa", ["Kwabena Mensah", "Kwabina Mensa"]),
    ],
)
def test_a_name_misspelt_in_every_word_for_the_same_office_is_one_person(
    second: str, found: list[str]
) -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO — Lagoon Union leaders met in Oslo. Ghanaian President Kwabena "
        f"Mensah opened the summit. Delegates elected {second} as chairman."
    )
    assert names(draft) == found


def test_a_word_run_into_the_name_without_its_space_is_no_part_of_it() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO — Lagoon Union leaders met in Oslo. Among them was President of "
        "Chile, H.E Ana Maria Ruizduring the summit's opening session."
    )
    assert attending(draft) == {"Ana Maria Ruiz": "Chile"}


def test_a_name_after_an_office_of_a_body_whose_name_holds_an_of() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO — The Organization of Lagoon States met in Oslo. From left to right: Secretary "
        "General of the Organization of Lagoon States Ana Ruiz, Swedish President Erik Lund."
    )
    assert titled_attending(draft) == {
        "Ana Ruiz": ("Secretary General", "Organization of Lagoon States"),
        "Erik Lund": ("President", "Sweden"),
    }


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("Chille’s", {"Ana Ruiz": "Chile", "Erik Lund": "Sweden"}),
        ("Trump’s", {"Erik Lund": "Sweden"}),
    ],
)
def test_a_countrys_name_misspelt_by_a_letter_before_a_name_is_that_country(
    owner: str, expected: dict[str, str]
) -> None:
    draft = draft_facts(
        f"Leaders meet\n\nOSLO — The Lagoon Union met in Oslo, with {owner} Ana Ruiz chosen as "
        "rapporteur. The summit was attended by Ruiz and Erik Lund (Sweden)."
    )
    assert attending(draft) == expected


def test_a_countrys_name_ending_in_s_with_a_bare_apostrophe_before_a_name() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO — The Lagoon Union met in Oslo. Those who had landed were Sweden's "
        "Erik Lund, Comoros' Ana Ruiz and Bahamas’ Juan Soto."
    )
    assert attending(draft) == {
        "Erik Lund": "Sweden",
        "Ana Ruiz": "Comoros",
        "Juan Soto": "The Bahamas",
    }


def test_a_countrys_word_a_letter_from_a_family_name_is_no_spelling_of_it() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO — The Lagoon Union met in Oslo. The summit was called by Kenyan "
        "President Omar Al Keny. Kenya sent troops. Kenya hosted them."
    )
    assert names(draft) == ["Omar Al Keny"]


def test_a_double_family_name_written_later_without_its_hyphen_is_the_same_person() -> None:
    draft = draft_facts(
        "Chilean President Ana Ruiz-Tagle opened the Lagoon Union summit in Santiago.\n\n"
        "Chilean President Ruiz Tagle greeted the leaders at the door."
    )
    assert names(draft) == ["Ana Ruiz-Tagle"]


def test_an_office_of_a_country_before_a_form_of_address_is_of_that_country() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Lima.\n\n"
        "Those present were: President of Peru Ana Ruiz; Prime Minister of Ecuador Dr. Eva Paz "
        "and Minister of Foreign Affairs of Chile Hon. Luis Soto."
    )
    assert titled_attending(draft) == {
        "Ana Ruiz": ("President", "Peru"),
        "Eva Paz": ("Prime Minister", "Ecuador"),
        "Luis Soto": ("Minister of Foreign Affairs", "Chile"),
    }


def test_a_portfolio_of_several_fields_names_no_one_by_its_fields() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Lima.\n\n"
        "The Peruvian leader was met by Chile’s Minister for Women, Children and Poverty "
        "Alleviation, Ana Ruiz."
    )
    assert "Children" not in names(draft)


def test_a_plenipotentiary_representative_is_an_office_not_a_name() -> None:
    draft = draft_facts(
        "The Lagoon Union summit opened in Lima.\n\n"
        "Norway’s Plenipotentiary Representative to the Lagoon Union, His Excellency Mr. Erik "
        "Lund, and the Swedish High Commissioner, His Excellency Karl Berg, will also be in "
        "attendance."
    )
    assert titled_attending(draft) == {
        "Erik Lund": ("Plenipotentiary Representative to the Lagoon Union", "Norway"),
        "Karl Berg": ("High Commissioner", "Sweden"),
    }


def test_a_countrys_leader_who_chairs_the_body_serves_the_country() -> None:
    draft = draft_facts(
        "The Lagoon Union (LU) summit opens in Lima.\n\n"
        "Norway premier and LU chairman Ola Brekke was due to fly in on Sunday and Swedish "
        "Prime Minister Erik Lund arrives on Monday night."
    )
    assert titled_attending(draft) == {
        "Ola Brekke": ("Premier", "Norway"),
        "Erik Lund": ("Prime Minister", "Sweden"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chief Guest, His Excellency General Ali Bako, Deputy Prime Minister of Kenya, spoke.",
        "The Chief Guest, Deputy Prime Minister Ali Bako of Kenya, spoke. The Guest of Honour "
        "thanked the host.",
        "Chilean Prime Minister Ali Bako offered help from the Chile Attorney General’s Office.",
    ],
)
def test_an_office_or_a_part_at_the_meeting_in_capitals_is_no_ones_name(sentence: str) -> None:
    assert names(draft_facts("Leaders met in Suva.\n\n" + sentence)) == ["Ali Bako"]


@pytest.mark.parametrize("chair", ["Chairman", "Chair", "Chairperson"])
def test_a_chair_before_the_office_of_the_one_who_holds_it_is_no_part_of_the_name(
    chair: str,
) -> None:
    draft = draft_facts(
        f"Regional leaders led by Lagoon Union {chair} Prime Minister Ola Brekke met in Oslo."
    )
    assert names(draft) == ["Ola Brekke"]
    assert draft.people[0].title == "Prime Minister"


def test_a_bodys_office_before_and_the_next_name_addressed_is_that_bodys() -> None:
    draft = draft_facts(
        "The Lagoon Union summit was held in Oslo.\n\nSpecial Guests in attendance were His "
        "Excellency Ola Brekke, Secretary-General of the Commonwealth and His Excellency Ali "
        "Bako, Secretary-General of the Organisation of Lagoon States (OLS)."
    )
    assert attending(draft) == {
        "Ola Brekke": "Commonwealth",
        "Ali Bako": "Organisation of Lagoon States",
    }


def test_a_body_served_keeps_its_name_before_its_abbreviation_in_brackets() -> None:
    draft = draft_facts(
        "Lagoon Union summit opens\n\nOSLO (Wire) - Leaders of the Lagoon Union met in Oslo. "
        "The Lagoon Union summit was chaired by Norway.\n\nGuests in attendance were His "
        "Excellency Ola Brekke, Secretary-General of the Organisation of Andean States (OAS)."
    )
    assert attending(draft) == {"Ola Brekke": "Organisation of Andean States"}


def test_an_office_of_a_body_with_its_abbreviation_in_brackets_before_the_name() -> None:
    draft = draft_facts(
        "Lagoon Union summit opens\n\nOSLO (Wire) - Leaders of the Lagoon Union met in Oslo. "
        "They held talks with Secretary General of the Organisation of Andean States (OAS) Ana "
        "Ruiz and Managing Director of the International Lagoon Fund (ILF) Ola Brekke at the "
        "summit."
    )
    assert {person.name: person.party and person.party.name for person in draft.people} == {
        "Ana Ruiz": "Organisation of Andean States",
        "Ola Brekke": "International Lagoon Fund",
    }


def test_an_office_before_a_name_set_off_by_a_comma_and_two_spaces() -> None:
    draft = draft_facts(
        "The summit was held in Oslo.\n\nOther Members of the Conference in attendance were: "
        "the Prime Minister of Norway, Honourable Ola Brekke; the Prime Minister of Saint Lucia,"
        "  Honourable Ana Ruiz; the President of Chile, His Excellency Ali Bako."
    )
    assert attending(draft) == {
        "Ola Brekke": "Norway",
        "Ana Ruiz": "Saint Lucia",
        "Ali Bako": "Chile",
    }


@pytest.mark.parametrize("address", ["Honourable", "His Excellency", "Hon."])
def test_a_name_after_its_form_of_address_may_end_in_a_titles_word(address: str) -> None:
    draft = draft_facts(
        "The summit was held in Oslo.\n\nOther Members of the Conference in attendance were: "
        f"the Prime Minister of Norway, {address} Ola King; the President of Chile, His "
        "Excellency Ali Bako."
    )
    assert attending(draft) == {"Ola King": "Norway", "Ali Bako": "Chile"}


def test_an_office_after_a_form_of_address_alone_is_no_name() -> None:
    draft = draft_facts(
        "Chilean President Ana Ruiz opened the summit in Oslo. She then invited H.E. Secretary "
        "General of the Lagoon Union to brief the leaders."
    )
    assert names(draft) == ["Ana Ruiz"]


@pytest.mark.parametrize("country", ["the Faroe Islands", "the Netherlands"])
def test_a_country_in_brackets_after_a_name_may_have_its_article(country: str) -> None:
    """ "X (the Faroe Islands)", as "X (Chile)": the country whose the person is."""
    draft = draft_facts(
        f"Lagoon summit\n\nFrom the left: Ana Ruiz (Chile) and Kari Lie ({country})."
    )
    assert attending(draft)["Kari Lie"] == country.removeprefix("the ")


def test_a_weekday_after_a_name_is_when_not_part_of_the_name() -> None:
    draft = draft_facts(
        "Swedish President Erik Lund Sunday handed over the union's chairmanship to his Chilean "
        "counterpart Ana Lopes at the summit in Oslo."
    )
    assert names(draft) == ["Erik Lund", "Ana Lopes"]


def test_an_office_of_a_country_joined_before_a_bodys_office_gives_the_name_its_country() -> None:
    draft = draft_facts(
        "The Lagoon Union summit took place in Oslo in the presence of the President of the "
        "Chilean Transition and outgoing President of the K7 Lagoon, Ana Maria Lopes; and "
        "Peruvian President Jorge Castillo."
    )
    assert attending(draft)["Ana Maria Lopes"] == "Chile"


@pytest.mark.parametrize("presence", ["with the presence of", "in the presence of"])
def test_a_place_before_the_presence_of_an_office_is_no_person(presence: str) -> None:
    """ "in Lima, with the presence of the President of Peru, Mr. X": the office is X's, and
    the place before it no one's name."""
    draft = draft_facts(
        "The Lagoon Union summit has started today in the palace of conventions in Lima, "
        f"{presence} the President of Peru, Mr. Jorge Castillo, and the leaders of the group."
    )
    assert names(draft) == ["Jorge Castillo"]


def test_a_bodys_capitals_before_an_office_and_a_comma_give_the_name_after_it_that_body() -> None:
    """ "the UN Secretary General, X": X serves the UN, not the meeting's own body."""
    draft = draft_facts(
        "The Lagoon Union summit started in Lima in the presence of the UN Secretary General, "
        "Ana Lopes, and the prime ministers of Chile and Peru."
    )
    assert attending(draft) == {"Ana Lopes": "UN"}


def test_the_last_word_of_an_office_before_another_office_is_no_name() -> None:
    """ "…, Kenyan Minister of State, Ghanaian Minister of the Interior, …": a list of offices."""
    draft = draft_facts(
        "The Lagoon Union summit started in Lima in the presence of the prime ministers of Chile "
        "and Peru, Kenyan Minister of State, Ghanaian Minister of the Interior, and others."
    )
    assert names(draft) == []


def test_a_country_whose_name_holds_of_after_a_name_is_that_whole_country() -> None:
    """ "President X of the Democratic Republic of Congo": not the Congo its last word names."""
    draft = draft_facts(
        "The Lagoon Union summit was held in Lima. President Ana Lopes of the Democratic "
        "Republic of Congo attended."
    )
    assert attending(draft) == {"Ana Lopes": "Democratic Republic of the Congo"}


def test_a_country_in_square_brackets_after_a_name_is_theirs() -> None:
    draft = draft_facts(
        "The Lagoon Union summit met in Oslo on Peru and Fiji. The meeting was chaired by "
        "President Ana Lopes [Chile], chairperson of the Union Organ on Fisheries, with Peru "
        "and Fiji. President Jorge Castillo (Peru) also attended."
    )
    assert attending(draft)["Ana Lopes"] == "Chile"


def test_a_country_another_is_said_to_represent_is_not_inferred_for_another() -> None:
    draft = draft_facts(
        "The Council's leader, Erik Lund, is attending the summit, while another member -- "
        "Chile -- is represented by President Ana Lopes."
    )
    assert attending(draft) == {"Erik Lund": NOT_STATED.name, "Ana Lopes": "Chile"}


def test_a_hyphenated_name_first_named_untitled_takes_the_title_it_is_given_later() -> None:
    """The later mention is looked up as every name is, its hyphen read as a space."""
    draft = draft_facts(
        "Leaders posed for a photo. From the left: Ana Ruiz-Tagle (Chile) and Ola Brekke "
        "(Norway).\n\n“We are ready,” says the Chilean President Ana Ruiz-Tagle."
    )
    assert titled_attending(draft)["Ana Ruiz-Tagle"] == ("President", "Chile")


def test_capitals_after_a_countrys_possessive_naming_a_policy_are_no_person() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "Prime Minister Ana Ruiz arrived to give a fillip to Chile's Look South policy. "
        "The bloc is an expression of Chile's Look South Policy of the 1990s."
    )
    assert names(draft) == ["Ana Ruiz"]


def test_names_before_plan_as_a_verb_are_people() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders open their summit in Oslo on Friday. "
        "Chile's Ana Ruiz and Peru's Marco Soto plan to attend the summit."
    )
    assert names(draft) == ["Ana Ruiz", "Marco Soto"]


def test_a_state_named_with_its_noun_in_a_list_of_governments_is_no_person() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders opened their summit in Oslo. "
        "The governments of the Republic of Chile; Territory of Guam, Lagoon State and the "
        "Republic of Peru were represented at the summit."
    )
    assert names(draft) == []


def test_a_plural_before_a_meetings_noun_names_the_meeting_not_a_person() -> None:
    draft = draft_facts(
        "Leaders meet\n\nOSLO (AP) — President Ana Ruiz joined the leaders at the ninth Lagoon "
        "Chief Executives’ Summit (LCES) held in Oslo."
    )
    assert names(draft) == ["Ana Ruiz"]


def test_a_country_a_compass_word_places_things_in_is_no_ones_country() -> None:
    draft = draft_facts(
        "Leaders meet\n\nPrime Minister Ola Brekke and one of his ministers are among leaders "
        "from 15 countries, including Chilean president Ana Ruiz, gathered today in eastern "
        "Peru for an energy summit."
    )
    assert attending(draft) == {"Ola Brekke": "Not stated in the article", "Ana Ruiz": "Chile"}


def test_a_country_name_with_an_of_before_a_title_is_the_whole_name() -> None:
    draft = draft_facts(
        "The leaders attending include Kenya President Ama Otieno and the Democratic Republic "
        "of Congo President Jean Mbala."
    )
    assert attending(draft)["Jean Mbala"] == "Democratic Republic of the Congo"


def test_a_name_set_off_by_a_description_with_no_article_is_a_persons() -> None:
    """ "X, highest representative of the bloc congratulated …": a description of who X is,
    written with no "the", as a translation may."""
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo on Monday. But nevertheless, Ola Berg, highest "
        "representative of LAGU congratulated President Erik Lund."
    )
    assert "Ola Berg" in names(draft)


@pytest.mark.parametrize(
    "listed",
    [
        "hosted the three presidents, Ana Ruiz of Chile, Luis Vela of Peru, and Eva Paz of Kenya.",
        "hosted Presidents Ana Ruiz of Chile, Luis Vela of Peru, and Eva Paz of Kenya.",
    ],
)
def test_an_office_in_the_plural_set_off_before_names_with_countries_is_each_ones(
    listed: str,
) -> None:
    """ "the three presidents, A of Chile, B of Peru": the office in lower case, set off by a
    comma; a name in the list ending in "s" ("Luis") is no plural office."""
    draft = draft_facts(f"Leaders met in Oslo. Norwegian President Ola Berg {listed}")
    assert titled_attending(draft) == {
        "Ola Berg": ("President", "Norway"),
        "Ana Ruiz": ("President", "Chile"),
        "Luis Vela": ("President", "Peru"),
        "Eva Paz": ("President", "Kenya"),
    }


def test_an_office_in_the_plural_in_lower_case_and_uncounted_is_no_ones_after_it() -> None:
    draft = draft_facts(
        "Leaders met in Oslo. After talks with the foreign ministers, Ana Ruiz of Chile said "
        "the summit had gone well."
    )
    assert all(person.title is None for person in draft.people)


# A communiqué's roll of those present, each a form of address, a name and an office.
ROLL_PRESENT = (
    "The Lagoon Union summit took place in Accra.\n\n"
    "2. The following Heads of State were present at the meeting:\n"
    "- H. E. Ola BRAKKE, President of the Republic of Ghana\n"
)


def test_a_style_before_another_form_of_address_is_no_name_of_its_own() -> None:
    """ "Sheikh Prof. Alhaji Dr. X": a run of forms of address, "Sheikh Prof" no one."""
    draft = draft_facts(
        f"{ROLL_PRESENT}- H. E. Sheikh Prof. Alhaji Dr. Kofi Mensah, President of Kenya\n"
    )
    assert names(draft) == ["Ola BRAKKE", "Kofi Mensah"]


def test_a_name_run_on_from_the_stop_of_a_form_of_address_is_read_whole() -> None:
    draft = draft_facts(f"{ROLL_PRESENT}- H. E. Alhaji Dr.Kofi A.K. Mensah, President of Kenya\n")
    assert titled_attending(draft)["Kofi A.K. Mensah"] == ("President", "Kenya")


def test_a_family_name_of_several_words_in_capitals_is_a_name() -> None:
    """ "Ana PEREIRA DA COSTA": a family name in capitals, its particle too."""
    draft = draft_facts(f"{ROLL_PRESENT}- H.E. Ana PEREIRA DA COSTA, President of Chile\n")
    assert titled_attending(draft)["Ana PEREIRA DA COSTA"] == ("President", "Chile")


def test_a_name_the_page_is_cut_off_after_before_saying_who_they_are_is_no_attendee() -> None:
    draft = draft_facts(
        "Leaders met in Oslo. In attendance were also H.E. Mr. Ola Berg, Secretary General of "
        "the Lagoon Union; H.E. Amb. Dr. Ana Ruiz"
    )
    assert names(draft) == ["Ola Berg"]


def test_an_office_ending_a_roll_line_is_not_the_next_lines_leaders() -> None:
    """ "… Chairperson of the Lagoon Union.⏎⏎Kenya Right Hon. X, Prime Minister …": the office of
    the line before, however its body ends, is not the title of the name after the next country."""
    draft = draft_facts(
        "The summit was attended by the following: Chile His Excellency Mr. Juan Perez, "
        "President of the Republic of Chile and Chairperson of the Lagoon Union.\n\n"
        "Kenya Right Hon. Kofi Mensah, Prime Minister of the Republic of Kenya.\n"
    )
    assert titled_attending(draft)["Kofi Mensah"] == ("Prime Minister", "Kenya")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The summit, promoted by the Swedish PM Georgia Lund, aims to unveil a plan.",
            {"Georgia Lund": ("Prime Minister", "Sweden")},
        ),
        (
            "Swedish Prime Minister Chad Lund arrived in Oslo.",
            {"Chad Lund": ("Prime Minister", "Sweden")},
        ),
        (
            "Prime Minister of Georgia Ana Lund arrived in Oslo.",
            {"Ana Lund": ("Prime Minister", "Georgia")},
        ),
    ],
)
def test_a_given_name_spelt_as_a_country_after_another_nationality_and_an_office(
    sentence: str, expected: dict[str, tuple[str, str]]
) -> None:
    """ "the Italian PM Georgia X": the nationality says whose the office is, so the country's
    name after it is the person's given name; "Prime Minister of Georgia X" is Georgia's."""
    draft = draft_facts("Leaders meet\n\nOSLO (AP) — Lagoon Union leaders met in Oslo. " + sentence)
    assert titled_attending(draft) == expected


@pytest.mark.parametrize(
    ("state", "name"),
    [("Chile", "Chile"), ("the Federated States of Micronesia", "Federated States of Micronesia")],
)
def test_a_state_after_a_heads_name_outweighs_a_body_chaired_before_it(
    state: str, name: str
) -> None:
    """ "Outgoing LU Chair, President Ana Ruiz of Chile": the president is there for Chile; the
    body she chaired is named only in an office set off before her name."""
    draft = draft_facts(
        "Lagoon Union leaders meet in Lima\n\nLeaders of the Lagoon Union (LU) met in Lima for "
        f"the LU summit. Outgoing LU Chair, President Ana Ruiz of {state}, attended the summit."
    )
    assert titled_attending(draft) == {"Ana Ruiz": ("President", name)}


def test_a_second_office_after_a_title_and_a_comma_names_no_one() -> None:
    """ "the Prime Minister, Head of Government, X": "Head" begins the second office, not a
    name."""
    draft = draft_facts(
        "Leaders met in Nairobi. President Ola Brekke talked with the Prime Minister, Head of "
        "Government, Chief Dr Kofi Mensah of Kenya, at the summit."
    )
    assert "Head" not in names(draft)


def test_a_country_whose_capital_one_travels_to_is_not_the_travellers() -> None:
    """ "for Santiago, capital of Chile Republic": where one goes, not whose one is."""
    draft = draft_facts(
        "President Ola Brekke will depart Oslo Saturday for Santiago, capital of Chile Republic "
        "to participate in the Extraordinary Session of the Lagoon Union."
    )
    assert attending(draft) == {"Ola Brekke": NOT_STATED.name}


def test_a_country_after_a_doubled_of_is_the_persons() -> None:
    """ "of the Republic of of Chile": a copy's doubled word does not hide the country."""
    draft = draft_facts(
        "President Ola Brekke of the Republic of of Chile thanked the Peruvian Prime Minister "
        "for his kind remarks at the summit."
    )
    assert {person.name: person.party and person.party.name for person in draft.people}[
        "Ola Brekke"
    ] == "Chile"


def test_a_lone_republic_an_office_serves_is_no_party() -> None:
    """ "President of the Republic": a common word alone names no body, though a town
    somewhere bears it."""
    draft = draft_facts(
        "The summit opened in the presence of the President of the Republic, Mr. Ola Brekke, and "
        "leaders of the group."
    )
    assert attending(draft) == {"Ola Brekke": NOT_STATED.name}


def test_a_union_for_a_region_an_office_serves_is_named_whole() -> None:
    """ "the Secretary General of the Union for the Lagoon": the body, not "Union" alone."""
    draft = draft_facts(
        "The forum met in the presence of Ola Brekke, the Secretary General of the Union for the "
        "Lagoon. It closed."
    )
    assert attending(draft) == {"Ola Brekke": "Union for the Lagoon"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The event was chaired by Ola Brekke, the High Representative of Foreign Affairs and "
        "Security Policy, and Per Lund, the Minister of Foreign Affairs of Chile.",
        "It was hosted by Per Lund, the Minister of Foreign Affairs, Trade and Cooperation of "
        "Chile in the presence of Ola Brekke, the Secretary General.",
    ],
)
def test_a_country_ending_anothers_office_set_after_their_name_is_not_inferred(
    sentence: str,
) -> None:
    """ "Per Lund, the Minister of … of Chile": Chile is Lund's, said after his name; the
    other in the sentence is given none rather than his."""
    assert attending(draft_facts(sentence))["Ola Brekke"] != "Chile"


def test_their_excellencies_before_a_list_is_no_part_of_the_first_name() -> None:
    draft = draft_facts(
        "After consultation with their Excellencies Ola Brekke, President of Norway, and Ana "
        "Ruiz, President of Chile, the Lagoon Union summit was held in Oslo."
    )
    assert "Ola Brekke" in names(draft)


def test_a_degree_after_a_comma_between_name_and_office_is_passed_over() -> None:
    draft = draft_facts(
        "The Lagoon Union summit was held in Oslo and was attended by the following leaders: "
        "His Excellency Ola Brekke, President of Norway; Her Excellency Ana Ruiz, Ed.D, "
        "President of Chile; and Tom Ode, Prime Minister of Fiji."
    )
    assert attending(draft) == {"Ola Brekke": "Norway", "Ana Ruiz": "Chile", "Tom Ode": "Fiji"}


def test_the_title_kiribati_gives_its_president_is_a_head_of_states() -> None:
    draft = draft_facts(
        "The Lagoon Union summit was held in Oslo and was attended by the following leaders: "
        "His Excellency Ola Brekke, President of Norway; His Excellency Tom Ode, Beretitenti "
        "of Kiribati; and Ana Ruiz, Prime Minister of Fiji."
    )
    assert attending(draft) == {"Ola Brekke": "Norway", "Tom Ode": "Kiribati", "Ana Ruiz": "Fiji"}
    assert [a.role for a in draft.attendees if a.person.name == "Tom Ode"] == ["head-of-state"]


def test_an_office_of_a_body_after_a_name_with_the_comma_left_out_is_the_names() -> None:
    """ "… as well as H.E. X Secretary General of the Union": a translation leaves the comma out;
    the capitalised office of something after the name is still the name's."""
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo on Friday, attended by H.E. Ken Ode Secretary General "
        "of the Lagoon Union."
    )
    assert titled_attending(draft) == {"Ken Ode": ("Secretary General", "Lagoon Union")}


def test_a_seat_or_an_office_held_by_many_after_a_name_is_no_person() -> None:
    draft = draft_facts(
        "Heads of State at the summit included Honourable Ana Ruiz, the Chief Minister of "
        "Anguilla and Honourable Erik Lund, Member of Parliament of Bermuda. Distinguished "
        "Secretary Generals, Ministers and guests were welcomed."
    )
    assert sorted(names(draft)) == ["Ana Ruiz", "Erik Lund"]


def test_a_name_begins_after_a_form_of_address_inside_its_run() -> None:
    draft = draft_facts(
        "The Summit was attended by the following Heads of State:\n"
        "Malawi: H.E. Ngwazi Prof. Ola Brekke Lund;\nChile: H.E. Ana Ruiz;"
    )
    assert "Ngwazi Prof" not in names(draft)
    assert "Ola Brekke Lund" in names(draft)


def test_a_city_of_one_word_after_in_is_the_place_not_a_person() -> None:
    draft = draft_facts(
        "Ruiz in Lima, Lund to take over LU chair\n\n"
        "President Ana Ruiz has arrived in Lima for the summit of the Lagoon Union (LU)."
    )
    assert names(draft) == ["Ana Ruiz"]


@pytest.mark.parametrize("region", ["West Africa", "Central Asia", "Africa"])
def test_a_part_of_the_world_set_off_before_a_title_is_no_person(region: str) -> None:
    draft = draft_facts(
        f"The Special Representative of the Secretary General for {region}, the Minister of "
        "Foreign Affairs of Chile and President Ana Ruiz of Peru attended the summit in Lima."
    )
    assert region not in names(draft)
    assert "Ana Ruiz" in names(draft)


@pytest.mark.parametrize(
    "office",
    [
        "Secretary of the Ministry of Foreign Affairs ",
        "Secretary of the Ministry of Foreign Affairs, ",
        "Secretary of External Affairs, ",
    ],
)
def test_a_ministrys_secretary_before_a_name_is_their_title(office: str) -> None:
    draft = draft_facts(
        f"Leaders meet in Lima\n\nThe Chilean delegation to the summit in Lima is led by {office}"
        "Ana Ruiz."
    )
    assert titled_attending(draft) == {"Ana Ruiz": (office.rstrip(", "), "Chile")}


def test_a_minister_president_is_a_title_not_part_of_a_name() -> None:
    draft = draft_facts(
        "Leaders meet in Lima\n\nThe summit welcomed the Minister-President of the Lagoon Region, "
        "Ana Ruiz."
    )
    titles = {person.name: person.title for person in draft.people}
    assert titles == {"Ana Ruiz": "Minister-President of the Lagoon Region"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, LU Commission Chairman, Chile's Ana Ruiz, opened the summit in Lima.",
        "As LU Chairperson-in-Office, Ana Ruiz of Chile opened the summit in Lima.",
        "The Chief Negotiator of the LU Group, Ana Ruiz of Chile, opened the summit in Lima.",
        "Chile's President Ana Ruiz is represented by the Minister Delegate at the summit.",
        "Leaders sent their proposals for the Chief Executives' support. Chile's Ana Ruiz came.",
    ],
)
def test_an_opening_adverb_or_an_office_after_a_title_is_no_persons_name(sentence: str) -> None:
    draft = draft_facts(f"Leaders meet in Lima\n\n{sentence}")
    assert names(draft) == ["Ana Ruiz"]


@pytest.mark.parametrize("preposition", ["Alongside", "From"])
def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(
    preposition: str,
) -> None:
    draft = draft_facts(
        "Leaders meet in Tirana\n\nAlbanian President Ola Lund hosted the summit in Tirana.\n\n"
        f"{preposition} Lund, the summit brought together Chilean President Ana Ruiz."
    )
    assert names(draft) == ["Ola Lund", "Ana Ruiz"]


@pytest.mark.parametrize(
    "listed",
    [
        "Kosovo, Serbia, Bosnia and Herzegovina, and Chile",
        "Kosovo, Serbia, Trinidad and Tobago, and Chile",
        "the Prime Minister of Papua New Guinea",
    ],
)
def test_the_last_words_of_a_countrys_longer_name_are_no_person(listed: str) -> None:
    draft = draft_facts(
        f"Leaders meet in London\n\nThe Prime Minister will host leaders from {listed}.\n"
    )
    assert names(draft) == []


def test_the_place_a_royal_title_is_of_is_no_second_person() -> None:
    draft = draft_facts(
        "Leaders meet in Kigali\n\nThe Duke of Lindholm, who represented Queen Ana II as Head "
        "of the Lagoon Union, attended the summit in Kigali."
    )
    assert "Lindholm" not in names(draft)
    assert "Duke of Lindholm" in names(draft)


def test_each_team_led_by_its_head_is_of_the_teams_country() -> None:
    draft = draft_facts(
        "Officials meet in Lima\n\nLikewise, Chilean team is led by Secretary of the Ministry "
        "of External Affairs, Ana Ruiz, and Norwegian team by Secretary of the Ministry of "
        "Foreign Affairs, Ola Lund."
    )
    assert {a.person.name: a.represents.name for a in draft.attendees} == {
        "Ana Ruiz": "Chile",
        "Ola Lund": "Norway",
    }


def test_a_portfolio_opens_its_holders_evidence_and_a_team_gives_their_country() -> None:
    text = (
        "Officials meet in Lima\n\nChilean team is led by the Minister of Finance Ana Ruiz, "
        "and Norwegian team by Secretary of the Ministry of Foreign Affairs Ola Lund."
    )
    draft = draft_facts(text)
    introduced = {p.name: text[p.introduced.start : p.introduced.end] for p in draft.people}
    assert introduced == {
        "Ana Ruiz": "Minister of Finance Ana Ruiz",
        "Ola Lund": "Secretary of the Ministry of Foreign Affairs Ola Lund",
    }
    parties = {p.name: p.party and p.party.name for p in draft.people}
    assert parties == {"Ana Ruiz": "Chile", "Ola Lund": "Norway"}


@pytest.mark.parametrize(("opening", "closing"), [("'", "'"), ("“", "”"), ('"', '"')])
def test_a_nickname_quoted_inside_a_name_keeps_the_name_whole(opening: str, closing: str) -> None:
    text = (
        "Leaders meet in Lima\n\n"
        f"President Ana {opening}Nana{closing} Ruiz Jr. opened the summit on Monday. "
        "Ruiz told reporters the talks went well."
    )
    draft = draft_facts(text)
    (ruiz,) = draft.people
    assert ruiz.name == f"Ana {opening}Nana{closing} Ruiz Jr."
    assert ruiz.variants == ["Ana Ruiz Jr."]
    assert draft.statements == []


def test_a_headlines_quoted_word_before_a_small_word_joins_no_name() -> None:
    draft = draft_facts("Lund 'Satisfied' As Summit Ends\n\nThe summit ended in Lima on Monday.")
    assert not any("Satisfied" in name for name in names(draft))


def test_el_hadj_before_a_name_is_a_form_of_address() -> None:
    draft = draft_facts(
        "Leaders meet in Conakry\n\nThe summit was attended by El Hadj Ana Maria Ruiz, "
        "President of Chile, and Ola Lund, President of Norway."
    )
    assert attending(draft) == {"Ana Maria Ruiz": "Chile", "Ola Lund": "Norway"}


def test_a_ministers_numeral_is_the_titles_not_the_names() -> None:
    draft = draft_facts(
        "Ministers meet in Lima\n\nThe meeting was attended by Chilean Defence Minister II "
        "Ana Maria Ruiz Soto."
    )
    (attendee,) = draft.attendees
    assert attendee.person.name == "Ana Maria Ruiz Soto"
    assert (attendee.title, attendee.role) == ("Defence Minister II", "defence-minister")


ROLL_WITH_ITS_EXCELLENCY_CUT = (
    "Summit of the Authority ends in Dakar\n\n"
    "The session was attended by the under-listed Heads of State and Government:\n\n"
    "  • E. Ana Maria RUIZ, President of the Republic of Chile\n"
    "  • E. Ola LUND, President of Norway\n"
    "  • E Jan KOWALSKI, President of the Republic of Poland\n"
    "  • E. Prof Ivan PETROV, Senior Minister for Economy, Finance and Development Planning "
    "of Bulgaria\n"
)


def test_a_rolls_names_lose_the_cut_excellency_and_keep_their_family_name_in_capitals() -> None:
    draft = draft_facts(ROLL_WITH_ITS_EXCELLENCY_CUT)
    assert attending(draft) == {
        "Ana Maria RUIZ": "Chile",
        "Ola LUND": "Norway",
        "Jan KOWALSKI": "Poland",
        "Ivan PETROV": "Bulgaria",
    }
    assert not any("Planning" in name for name in names(draft))


def test_an_initial_e_in_a_text_without_the_habit_stays_in_the_name() -> None:
    draft = draft_facts(
        "Leaders meet in Nassau\n\nPrime Minister Philip E. Davis and President E. Ana Ruiz "
        "attended the summit."
    )
    assert {"Philip E. Davis", "E. Ana Ruiz"} <= set(names(draft))


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Minister of Defense HH", "Karim bin Faisal Al Haddad"),
        ("Minister of Interior Sheikh", "Karim bin Nasser bin Faisal Al-Haddad"),
    ],
)
def test_a_form_of_address_after_a_portfolio_opens_its_holders_name(
    opening: str, name: str
) -> None:
    draft = draft_facts(
        f"Leaders meet in Doha\n\nThe delegation was led by {opening} {name}, who attended "
        "the session."
    )
    assert titled_attending(draft)[name][0] == opening.rsplit(" ", 1)[0]


def test_a_rolls_accented_names_and_particles_before_a_family_name_in_capitals() -> None:
    draft = draft_facts(
        "Summit ends in Lome\n\nHeads of State attended, or their duly authorized "
        "representatives:\n"
        "– HE Mr. Jorge Carlos de ALMEIDA FONSECA, President of the Republic of Chile\n"
        "– HE Mr. José Mário VAZ, President of the Republic of Peru\n"
        "– HE Mr. Aurélien A. AGBENONCI, Minister of Foreign Affairs and Cooperation, "
        "Republic of Norway\n"
    )
    assert attending(draft) == {
        "Jorge Carlos de ALMEIDA FONSECA": "Chile",
        "José Mário VAZ": "Peru",
        "Aurélien A. AGBENONCI": "Norway",
    }


def test_an_emirates_ruler_is_a_title_before_the_name() -> None:
    draft = draft_facts(
        "Leaders meet in Riyadh\n\nPresent were Chile's Deputy Prime Minister Ana Ruiz and "
        "Lagoon Ruler Sheikh Karim bin Faisal Al Haddad."
    )
    rulers = {p.name: p.title for p in draft.people if p.title == "Ruler"}
    assert rulers == {"Karim bin Faisal Al Haddad": "Ruler"}


def test_a_royal_title_in_lower_case_is_capitalised_in_the_name_it_opens() -> None:
    draft = draft_facts(
        "Leaders meet in Mbabane\n\nThe Lagoon king Ola III opened the summit on Monday."
    )
    assert names(draft) == ["King Ola III"]


@pytest.mark.parametrize("qualifier", ["self-appointed", "military-backed", "long-time"])
def test_a_hyphenated_qualifier_keeps_the_office_the_possessives_country(qualifier: str) -> None:
    draft = draft_facts(
        f"Leaders meet in Suva\n\nOn the eve, Chile's {qualifier} Prime Minister Ana Ruiz said "
        "she did not want a group dominated by Norway."
    )
    assert {p.name: p.party and p.party.name for p in draft.people} == {"Ana Ruiz": "Chile"}


def test_a_listed_leader_for_a_country_is_that_countrys() -> None:
    draft = draft_facts(
        "Leaders meet in Arusha\n\nFour Heads of State; President Ana Ruiz for Chile, "
        "Ola Lund for Norway and Per Dahl for Sweden. They met in Arusha."
    )
    parties = {p.name: p.party and p.party.name for p in draft.people}
    assert parties == {"Ana Ruiz": "Chile", "Ola Lund": "Norway", "Per Dahl": "Sweden"}


@pytest.mark.parametrize(
    ("written", "title"),
    [("Gov.", "Governor"), ("Lt. Gov.", "Lieutenant Governor"), ("Sen.", "Senator")],
)
def test_a_title_abbreviated_as_american_papers_write_it_is_read_in_full(
    written: str, title: str
) -> None:
    """ "Gov. X" is Governor X, and the evidence keeps the article's own "Gov."."""
    text = f"Lagoon Union leaders met in Oslo.\n\nNorway {written} Ola Berg attended the summit."
    draft = draft_facts(text)
    assert titled_attending(draft) == {"Ola Berg": (title, "Norway")}
    (person,) = draft.people
    assert text[person.introduced.start : person.introduced.end] == f"Norway {written} Ola Berg"


def test_a_governor_of_a_place_the_table_does_not_know_gets_no_country_from_the_sentence() -> None:
    """ "Yap Gov. X" governs Yap: the one country the sentence names is another's."""
    draft = draft_facts(
        "Island leaders met in Oslo.\n\nThey were joined by Norway Gov. Ola Berg and Yap Gov. "
        "Tani Rulmal."
    )
    parties = {person.name: person.party.name if person.party else None for person in draft.people}
    assert parties == {"Ola Berg": "Norway", "Tani Rulmal": None}


def test_a_body_abbreviated_by_its_initials_is_one_whatever_its_last_word() -> None:
    """ "Conference on Trade and Development (LCTD)" ends in no body's noun, but its initials
    say it is one: the title before it and the name after it are read."""
    draft = draft_facts(
        "Lagoon Union leaders met in Oslo.\n\nAlso attending was Secretary General of the Lagoon "
        "Conference on Trade and Development (LCTD) Ola Brekke."
    )
    assert titled_attending(draft) == {
        "Ola Brekke": ("Secretary General", "Lagoon Conference on Trade and Development")
    }


@pytest.mark.parametrize(
    ("sentence", "title", "country"),
    [
        ("Prime minister Ana Ruiz of Chile attended the summit.", "Prime Minister", "Chile"),
        ("Vice president Ana Ruiz of Chile attended the summit.", "Vice President", "Chile"),
        ("Chile's Foreign minister Ana Ruiz attended the summit.", "Foreign Minister", "Chile"),
        ("Chilean Trade minister Ana Ruiz attended the summit.", "Trade Minister", "Chile"),
        ("Chilean minister Ana Ruiz attended the summit.", "Minister", "Chile"),
    ],
)
def test_a_title_in_lower_case_after_a_capital_that_opens_it(
    sentence: str, title: str, country: str
) -> None:
    """A sentence opens a title a paper writes in lower case with a capital ("Prime minister
    X"), or a capital is kept on its first word only: the whole is the title, not "Minister"
    after a word of a country's."""
    draft = draft_facts("Leaders meet\n\nOSLO (AP) — Lagoon Union leaders met in Oslo. " + sentence)
    assert titled_attending(draft) == {"Ana Ruiz": (title, country)}


def test_a_supreme_leader_is_an_office_of_its_own_where_a_leader_needs_a_country() -> None:
    lead = "Leaders meet\n\nOSLO (AP) — Lagoon Union leaders met in Oslo. "
    draft = draft_facts(
        lead + "The summit was attended by the leaders of Iran (Supreme leader Ana Ruiz) and "
        "Peru (President Luis Soto)."
    )
    assert titled_attending(draft) == {
        "Ana Ruiz": ("Supreme Leader", "Iran"),
        "Luis Soto": ("President", "Peru"),
    }
    assert names(draft_facts(lead + "Leader Ana Ruiz attended the summit.")) == []
