"""The organization a report of a meeting is about, named as newsrooms name bodies.

Each report is invented and short; what a reader of the draft would notice is asserted: the
body the sheet is about, by its name and the capitals it goes by.
"""

from __future__ import annotations

from db.draft.extract import draft_facts


def organization(article: str) -> tuple[str, str | None] | None:
    found = draft_facts(article).organization
    return (found.name, found.abbreviation) if found else None


def test_a_name_written_with_a_hyphen_and_with_a_space_is_one_body() -> None:
    article = (
        "Leaders in Lomé for summit of Lagoon-Speaking Countries\n\n"
        "Leaders met in Lomé for the 9th summit of the Community of Lagoon Speaking Countries. "
        "The summit of the Community of Lagoon-Speaking Countries (CLSC) opened on Monday. "
        "The Community was founded in 1996, and the Community now has nine members, while "
        "the Community chair spoke of trade."
    )
    assert organization(article) == ("Community of Lagoon Speaking Countries", "CLSC")


def test_an_abbreviation_opening_with_a_number_spelt_out_as_its_digit_is_the_bodys() -> None:
    article = (
        "Leaders meet in Oslo\n\n"
        "The Three Lakes Initiative summit opened in Oslo on Thursday. The Three Lakes "
        "Initiative (3LI) involves Norway, Sweden and Chile."
    )
    assert organization(article) == ("Three Lakes Initiative", "3LI")


def test_of_two_bodies_named_as_often_the_one_the_text_introduces_wins() -> None:
    article = (
        "Marsh eastern members say they stand together\n\n"
        "Harbour Seven (H7), the seven Marsh members on the coast, vowed to help one another. "
        "The leaders of H7, an organisation formed in 2015, met at a summit in Lomé. The Marsh "
        "secretary also attended."
    )
    assert organization(article) == ("Harbour Seven", "H7")


def test_a_name_the_text_says_was_founded_is_a_body() -> None:
    article = (
        "Ministers mark 30 years of cooperation\n\n"
        "The foreign ministers of three countries met on Friday in Lomé to mark the 30th "
        "anniversary of the Lagoon Triangle. The Lagoon Triangle was founded in 1991 to "
        "promote cooperation, and the Lagoon Triangle remains a forum for dialogue."
    )
    assert organization(article) == ("Lagoon Triangle", None)


def test_a_summits_number_in_roman_numerals_is_no_name() -> None:
    article = (
        "The keys left by the Lagoon-Marsh summit\n\n"
        "The III Summit of the Lagoon Union (LU) and the Marsh Community (Marco) was held in "
        "Lomé. It came eight years after the II LU-Marco Summit. Leaders praised the "
        "LU-Marco summit, and LU-Marco leaders will meet again in two years."
    )
    assert organization(article) == ("LU-Marco Summit", None)


def test_a_group_named_with_the_one_it_meets_keeps_its_plus() -> None:
    article = (
        "Capital gears up for Q4+1 summit\n\n"
        "The president will meet the leaders of four lagoon nations for the first-ever Q4+1 "
        "presidential summit. The Q4+1 began in 2015, an aide said."
    )
    assert organization(article) == ("Q4+1", None)


def test_capitals_after_bloc_name_the_meetings_body() -> None:
    article = (
        "Presidents meet amid coups\n\n"
        "A failed coup in the south has rattled the regional bloc LWS. The LWS commission "
        "president spoke at the summit, and the three countries that left LWS formed their "
        "own group, the Alliance of Marsh States (AMS). The president of Lagoonia, who holds "
        "LWS's rotating chairmanship, spoke on Sunday."
    )
    assert organization(article) == ("LWS", None)


def test_an_adjective_that_names_a_summit_gives_the_summit() -> None:
    article = (
        "Highlights of 6th Lagoonian Summit\n\n"
        "The 6th Lagoonian Summit was held in Lomé. The leaders discussed the meetings of the "
        "heads of the Lagoonian states. The final communique of the Lagoonian Summit spoke "
        "of the Lagoonian countries."
    )
    assert organization(article) == ("Lagoonian Summit", None)


def test_a_word_that_begins_the_name_of_the_summits_body_is_that_bodys() -> None:
    article = (
        "Marsh summit attended by returning leader\n\n"
        "LOMÉ, Togo — The 32nd Marsh League Summit ended on Friday in Lomé. The statement "
        "stressed resolving crises in the Marsh countries. The Marsh summit was met with "
        "disapproval by one emir, and the Marsh League summit closed early."
    )
    assert organization(article) == ("Marsh League", None)


def test_countries_that_meet_as_a_group_the_text_names_and_counts() -> None:
    article = (
        "Lagoonian nations pledge to keep foreign fleets out\n\n"
        "LOMÉ, Togo (Wire) — The leaders of the five countries along the Lagoon Sea met on "
        "Wednesday for a summit. The communique stressed cooperation between the Lagoonian "
        "nations."
    )
    assert organization(article) == ("Lagoonian nations", None)


def test_two_countries_that_meet_are_no_group() -> None:
    article = (
        "Lagoonian nations sign a fishing deal\n\n"
        "LOMÉ, Togo (Wire) — The leaders of the two countries met on Wednesday. The deal "
        "binds the Lagoonian nations for ten years."
    )
    assert organization(article) is None


def test_the_body_whose_summit_it_is_outweighs_the_body_its_members_belong_to() -> None:
    article = (
        "Region holds 40-leader summit\n\n"
        "The leaders of 40 countries met on Thursday. The inaugural summit of the Lagoon "
        "Political Community involved the 20 Marsh Union member countries, as well as "
        "neighbours."
    )
    assert organization(article) == ("Lagoon Political Community", None)


def test_a_name_defined_after_its_longer_form_is_the_longer_form() -> None:
    article = (
        "Marsh States leaders gather for a first summit\n\n"
        "Lomé is preparing to host the first summit of the Alliance of the Marsh States, an "
        "alliance formed in 2023. The Marsh States leaders will arrive on Friday."
    )
    assert organization(article) == ("Alliance of the Marsh States", None)


def test_a_joint_summit_the_lead_names_is_the_meeting_of_both_blocs() -> None:
    article = (
        "Lomé hosts landmark LCC-MAS summit\n\n"
        "A maiden summit between Lagoon Cooperation Council (LCC) nations and the Marsh "
        "Association of States (MAS) opens on Friday. The summit will raise ties between the "
        "LCC and MAS to a strategic level. All LCC member states signed the treaty, and LCC "
        "ministers met in August."
    )
    assert organization(article) == ("LCC-MAS", None)


def test_a_format_named_after_a_city_is_the_meetings_body() -> None:
    article = (
        "Next Lomé Format meeting to take place this year\n\n"
        "LOMÉ, July 8 (Wire) — The next round of Lomé Format talks will take place in Lomé, "
        "says the joint statement adopted after the 16th meeting in the Lomé format."
    )
    assert organization(article) == ("Lomé Format", None)


def test_the_next_meeting_of_another_body_is_not_the_one_reported() -> None:
    article = (
        "Lagoon nations head for trade talks\n\n"
        "The leaders of eight lagoon nations vowed to face the developed states of the Marsh "
        "Trade Organisation (MTO) at the L-8 summit. The L-8 (L for lagoon) had decided to "
        "negotiate as a bloc at the next meeting of Marsh Trade Organisation economy "
        "ministers. An aide said the L-8 economy ministers would meet before the MTO gathering."
    )
    assert organization(article) == ("L-8", None)


def test_capitals_with_a_hyphened_number_name_a_body() -> None:
    article = (
        "LAG-7 countries unite on shared challenges\n\n"
        "Leaders of the Lagoon countries of the Marsh Union convened for the 10th Summit of "
        "the lagoon countries (LAG-7) in Lomé. The Lagoon Marsh Union countries came together "
        "to find solutions. Highlights of the LAG-7 Summit's declaration include trade."
    )
    assert organization(article) == ("LAG-7", None)


def test_a_summit_of_a_country_and_a_region_is_named_by_both() -> None:
    article = (
        "Presidents arrive in Lomé for Togo-West Lagoon Summit\n\n"
        "LOMÉ -- Presidents of five West Lagoonian countries are expected to arrive in Lomé "
        "to attend the Togo-West Lagoon Summit, while West Lagoonian leaders prepare a "
        "declaration."
    )
    assert organization(article) == ("Togo-West Lagoon Summit", None)


def test_a_triangle_named_after_a_city_is_the_meetings_body() -> None:
    article = (
        "Ministers back next presidents' meeting\n\n"
        "The foreign ministers of the Lomé Triangle countries met in Lomé on Wednesday. They "
        "marked the fifth anniversary of the Lomé Triangle format, and voiced support for "
        "the Marsh Union and the Lagoon Union."
    )
    assert organization(article) == ("Lomé Triangle", None)


def test_a_forum_named_on_its_subject_keeps_the_whole_name() -> None:
    article = (
        "Lomé hosts forum summit\n\n"
        "The Summit of the Forum on Lagoon-Marsh Cooperation (FOLMC) opened in Lomé on Monday. "
        "FOLMC leaders adopted a plan, and the Forum will meet again in 2027."
    )
    assert organization(article) == ("Forum on Lagoon-Marsh Cooperation", "FOLMC")


def test_a_day_after_a_summits_name_is_not_part_of_it() -> None:
    article = (
        "Leaders gather in Lomé\n\n"
        "Leaders met at the Lagoon Cooperation Council Summit on Friday in Lomé. The Lagoon "
        "Cooperation Council leaders adopted a plan."
    )
    assert organization(article) == ("Lagoon Cooperation Council", None)


def test_a_meeting_named_by_its_edition_and_its_capitals_names_its_body() -> None:
    article = (
        "As if the MU had moved to Lomé\n\n"
        "Lomé opened the seventh edition of the Lomé International Conference for Marsh "
        "Development (LICMD) Summit on Monday. So many leaders came that it was as if the "
        "Marsh Union (MU) had moved its seat. The MU chair came too."
    )
    assert organization(article) == (
        "Lomé International Conference for Marsh Development",
        "LICMD",
    )


def test_a_council_of_a_bodys_ministers_names_that_body() -> None:
    article = (
        "Meeting of the Council of the Foreign Ministers of the Organisation of Lagoon "
        "Cooperation opens in Lomé\n\n"
        "A two-day meeting of the Council of the Foreign Ministers of the Organisation of "
        "Lagoon Cooperation (OLC) began in Lomé. The OLC consists of 12 states."
    )
    assert organization(article) == ("Organisation of Lagoon Cooperation", "OLC")


def test_a_quoted_theme_names_no_body() -> None:
    article = (
        "Lomé hosts Alliance summit\n\n"
        "Lomé hosts the summit of Alliance leaders this week. The theme for the summit is "
        "“Transforming Alliance Societies to Achieve Shared Growth”. Alliance leaders meet "
        "every two years to set policy for members within the Alliance."
    )
    assert organization(article) == ("Alliance", None)


def test_a_french_report_names_its_body_after_an_elided_article() -> None:
    article = (
        "Le président participe au 19e sommet\n\n"
        "Ce sommet de deux jours se déroule à Lomé. La rencontre est présidée par la "
        "secrétaire générale de l'OLM. Le président a souligné l'engagement de l'OLM en "
        "faveur de la paix, et l'OLM réunit 40 États."
    )
    assert organization(article) == ("OLM", None)


def test_a_hyphened_body_named_in_passing_is_counted_once_a_naming() -> None:
    article = (
        "President ends trip to the Lagoon-Pacific region\n\n"
        "The president opened his trip at the 21-member Lagoon-Pacific Economic Cooperation "
        "Leaders' Meeting in Lomé, then ended it in Accra at the Marsh Rim Summit (MRS). It "
        "was the first time a president of his had attended the Marsh Rim Summit, and the MRS "
        "host thanked him."
    )
    assert organization(article) == ("Marsh Rim Summit", "MRS")


def test_capitals_of_a_name_in_the_bodys_own_language_go_with_the_translated_name() -> None:
    article = (
        "Lagoon-speaking summit opens in Lomé\n\n"
        "The 12th summit of the heads of state and government of the Lagoon Speaking "
        "Countries (CPLL) started Tuesday in Lomé. On Monday, CPLL ministers met. Marshland "
        "was admitted to CPLL in 2014."
    )
    assert organization(article) == ("Lagoon Speaking Countries", "CPLL")


def test_capitals_and_a_summits_number_in_brackets_name_the_body_not_its_summit() -> None:
    article = (
        "Premier back from lagoon summits\n\n"
        "The premier attended the 8th Lomé-Volta Basin Trade Strategy Summit (LVTS 8) and the "
        "9th Togo-Benin Summit. LVTS is a cooperation framework of five states, and LVTS "
        "ministers met before the summit."
    )
    assert organization(article) == ("Lomé-Volta Basin Trade Strategy", "LVTS")


def test_a_process_of_summits_named_after_a_city_is_the_meetings_body() -> None:
    article = (
        "Lagoon leaders meet in Lomé\n\n"
        "For the first time outside the Marsh Union, the ninth Bergen Process Summit took place "
        "in Lomé on Monday. The Bergen Process Summit was launched in 2014 to bring the Marsh "
        "Union closer to the lagoon states. Marsh Union officials and Marsh Union leaders "
        "attended the first Summit of the Bergen Process held outside the Marsh Union."
    )
    assert organization(article) == ("Bergen Process", None)


def test_a_summit_named_by_a_country_and_a_region_in_lower_case_is_their_summit() -> None:
    article = (
        "Lagoonia-West Marsh summit opens in Lomé\n\n"
        "The Lagoonia-West Marsh summit has started in Lomé. The leaders of Togo, Benin and "
        "Ghana will discuss trade at the first Lagoonia-West Marsh summit."
    )
    assert organization(article) == ("Lagoonia-West Marsh Summit", None)


def test_a_summit_of_two_countries_named_by_both_is_no_body() -> None:
    article = (
        "Togo-Burkina Faso summit opens in Lomé\n\n"
        "The Togo-Burkina Faso summit has started in Lomé. The two presidents will discuss "
        "trade at the first Togo-Burkina Faso summit."
    )
    assert organization(article) is None


def test_a_conference_named_by_two_peoples_joined_by_a_hyphen_is_the_body() -> None:
    article = (
        "The lagoon spirit lives\n\n"
        "Delegates to the 60th anniversary of the Lagoonian-Marshlander Conference walked in "
        "Lomé. 'I hope the spirit of the Lagoonian-Marshlander Conference will live on,' the "
        "president said, as Lagoonian and Marshlander leaders and Marshlander states met."
    )
    assert organization(article) == ("Lagoonian-Marshlander Conference", None)


def test_a_peoples_word_that_begins_a_bodys_name_is_that_bodys() -> None:
    article = (
        "Host worried by rifts in the Marsh world\n\n"
        "The emir told the 25th Marsh summit in Lomé that rifts in the Marsh world were "
        "growing. It is the first time the host holds the Marsh summit since joining the Marsh "
        "League. He said Marsh League members must unite, as Marsh countries and Marsh League "
        "countries work for Marsh cooperation."
    )
    assert organization(article) == ("Marsh League", None)


def test_a_body_whose_leader_the_lead_names_outweighs_bodies_named_in_passing() -> None:
    article = (
        "LAGOS - The host personally welcomed each G9 leader to open the summit on Saturday.\n"
        "Also on stage were the Lagoon Council (LC) President and the Marsh Union chair."
    )
    assert organization(article) == ("G9", None)


def test_a_meetings_number_in_roman_numerals_is_no_body_before_a_system_of_states() -> None:
    article = (
        " date 2022-12-09 Report This Content\n\n"
        "The LVI Meeting of Heads of State of the member countries of the Lagoon Integration "
        "System (SIL) will begin this Thursday.\n\nThe city welcomes the member countries of the "
        "Lagoon Integration System (SIL) with its warmth."
    )
    assert organization(article) == ("Lagoon Integration System", "SIL")


def test_a_body_named_by_its_noun_alone_first_in_the_lead_is_the_organization() -> None:
    for lead in (
        "PORT LAGOON, Norway (AP) — Commonwealth leaders opened their summit on Friday.",
        "PORT LAGOON, Norway (AP) — Leaders of the 56-nation Commonwealth met on Friday.",
    ):
        article = f"Leaders meet by the lagoon\n\n{lead} They talked about climate finance."
        assert organization(article) == ("Commonwealth", None), lead


def test_a_datelines_region_and_its_credit_are_no_body() -> None:
    article = (
        "Leaders meet in the mountains\n\n"
        "NORTHPORT, Alberta (AP) — Group of Seven leaders opened their summit on Monday. "
        "They talked about trade."
    )
    found = organization(article)
    assert found is not None and found[0] == "Group of Seven"


def test_a_bodys_noun_capitalised_only_as_the_headlines_first_word_is_no_name() -> None:
    article = (
        "Alliance leaders meet on defence\n\nLIMA, Peru (Wire) — Leaders of the Coastal Treaty "
        "Organization opened a summit on Tuesday. The alliance agreed to spend more."
    )
    found = draft_facts(article).organization
    assert found is not None and found.name == "Coastal Treaty Organization"


def test_a_meeting_known_by_its_own_name_is_the_sheets_when_no_body_is_named() -> None:
    article = (
        "Island leaders meet in Oslo\n\n"
        "OSLO: Norway and island nations opened a three-day summit on Tuesday.\n"
        "The Norway-hosted 10th Lagoon Islands Leaders Meeting is aimed at trade.\n"
        "The leaders are expected to adopt a joint statement at the end of the meeting."
    )
    assert organization(article) == ("Lagoon Islands Leaders Meeting", None)


def test_a_meeting_named_only_by_its_kind_gives_no_organization() -> None:
    article = "Leaders meet\n\nLeaders gathered in Oslo on Monday for the Annual Meeting."
    assert organization(article) is None


def test_a_compact_of_states_is_a_body_over_one_named_in_passing() -> None:
    article = (
        "Savanna bloc welcomes Ghana\n\n"
        "OSLO (Wire) - Ghana on Saturday became the newest member of the Sahel Grain Reserve "
        "Compact, a regional food-security pact. The compact, made up of Chad, Niger and Mali, "
        "was launched in 2014. Officials of the African Union also attended, and the compact "
        "will meet again next year."
    )
    assert organization(article) == ("Sahel Grain Reserve Compact", None)


def test_a_commission_of_states_is_a_body() -> None:
    article = (
        "Leaders gather in Oslo\n\n"
        "OSLO (Wire) - The leaders of Norway, Sweden and Finland arrived for the summit of the "
        "Rio de la Plata Commission (CRP). The commission, set up in 1973 to manage the basin, is "
        "made up of four states."
    )
    assert organization(article) == ("Rio de la Plata Commission", "CRP")


def test_a_market_of_states_is_a_body() -> None:
    article = (
        "Andean presidents hail customs deal\n\n"
        "QUITO (Wire) - The presidents of Peru, Chile and Bolivia on Friday signed a treaty at a "
        "summit of the Andean Highlands Market. The market also counts Uruguay as an associate."
    )
    assert organization(article) == ("Andean Highlands Market", None)


# A report of one summit that names another bloc, and its founders, in passing
SUMMIT_AND_A_BLOC_IN_PASSING = (
    "Regional summit ends without statement\n\n"
    "The leaders of 33 nations failed to agree a declaration at the VI Summit of the "
    "Lagoons, held in Lima.\n\n"
    "The Marsh bloc of leftist nations - which was founded in 2004 by Chile and Peru - "
    "announced on Sunday that it would stay away from future meetings."
)


def test_a_numbered_summit_named_by_whom_it_gathers_outweighs_a_bloc_named_in_passing() -> None:
    assert organization(SUMMIT_AND_A_BLOC_IN_PASSING) == ("Summit of the Lagoons", None)


def test_a_special_summit_of_a_series_and_its_outcomes_heading_name_the_series() -> None:
    """ "Extraordinary Summit of the Lagoons Outcomes": a heading over what a special meeting
    of the series produced; the series is the body, not a past meeting the text recalls."""
    article = (
        "Leaders meet\n\nExtraordinary Summit of the Lagoons Outcomes\n\nLima, Peru, "
        "January 12, 2004\n\nSince the Oslo City Summit of 2001, growth has slowed. The Heads "
        "of State met in Lima."
    )
    assert organization(article) == ("Summit of the Lagoons", None)


def test_a_countrys_name_in_full_names_no_body() -> None:
    """ "the Commonwealth of the Bahamas" is a state's name, its form of state a body's noun:
    a report of a named meeting that names it is about the meeting's series."""
    article = (
        "Leaders meet\n\nNASSAU (Wire) — The 9th Lagoon Chief Executives Summit opened in "
        "Nassau. The summit gathers the leaders of Fiji, Samoa and the Commonwealth of the "
        "Bahamas."
    )
    assert organization(article) == ("Lagoon Chief Executives Summit", None)


def test_a_body_named_only_by_its_noun_is_the_one_a_report_is_about() -> None:
    """A paper writing for readers who know the body names it by its noun alone ("the
    Forum"); named so again and again, and no body or meeting by a name of its own, it is the
    report's."""
    article = (
        "Leaders arrive\n\nLeaders arrived in Suva as Chilean President Ana Rojas kept her "
        "pledge to boycott the Forum. The Forum's outgoing chair greeted them. Chile may leave "
        "the Forum altogether."
    )
    assert organization(article) == ("Forum", None)


def test_a_bodys_noun_named_once_names_no_body() -> None:
    article = (
        "Leaders arrive\n\nLeaders arrived in Suva. Chilean President Ana Rojas left the Union."
    )
    assert organization(article) is None


def test_capitals_after_a_name_and_or_spell_that_name() -> None:
    article = (
        "Leaders gather in Oslo\n\n"
        "Visitors to the 8th Lagoon International Conference on Fish Development, or LICFD, "
        "were greeted by President Ana Lopes. The summit was presided over by Ola Lind, the "
        "chair of the African Union."
    )
    assert organization(article) == (
        "Lagoon International Conference on Fish Development",
        "LICFD",
    )


def test_words_of_a_heading_set_in_capitals_name_no_body() -> None:
    article = (
        "COMMUNIQUE ISSUED AT THE CLOSE OF THE NINTH MEETING OF THE CONFERENCE OF THE LAGOON "
        "UNION, 3 MARCH 2020, SUVA, FIJI The Ninth Meeting of the Conference of the Lagoon Union "
        "(LAGU) was held in Suva. The Prime Minister of Fiji chaired the meeting. OPENING "
        "SESSION The session heard the Chair of the Conference."
    )
    assert organization(article) == ("Lagoon Union", "LAGU")


def test_a_newspapers_masthead_names_no_body() -> None:
    article = (
        "Oslo Union Tribune\n\nNovember 5, 2005\n\nLeaders clash over trade\n\nBy Ana Ruiz\n\n"
        "OSLO – Leaders clashed over trade at the opening session of a summit on Friday, while "
        "protesters marched in the streets of the port and police closed the roads around it. "
        "Some 1,000 protesters burned flags and threw stones at a bank in the old town, and "
        "the police answered with tear gas as the crowd grew in the evening. The unrest spread "
        "after a rally at the football stadium, where a crowd of 10,000 cheered the speakers "
        "for two hours before marching to the sea front in the rain.\n\n"
        "Leaders of 30 nations met a mile away at the two-day Summit of the Lagoons."
    )
    assert organization(article) == ("Summit of the Lagoons", None)


def test_a_summit_of_a_body_named_without_the_is_that_bodys_summit() -> None:
    article = (
        "Leaders gather in Lima\n\nGathered in Lima for the 63rd Summit of Lagcom (Lagoon Common "
        "Market), the presidents of Chile, Peru and Ecuador posed for the official photo."
    )
    assert organization(article) in {("Lagoon Common Market", None), ("Lagcom", None)}


def test_a_word_for_the_kind_of_meeting_before_meeting_names_no_body() -> None:
    article = (
        "Leaders meet\n\nOn September 14, the 5th anniversary Consultative Meeting of the Heads "
        "of State of the Andes was held in Lima, Peru. The Andean Summit was chaired by the "
        "President of Peru Jorge Salas. The 5th Consultative Meeting of the Heads of State of the "
        "Andes was attended by the President of Chile Ana Ruiz."
    )
    assert organization(article) == ("Andean Summit", None)


def test_a_body_in_capitals_whose_heads_of_state_and_government_meet_is_the_meetings() -> None:
    article = (
        "The extraordinary summit of the heads of state and government of LUC met in Lima, "
        "Peru, on 28-29 March to discuss the situation in the region.\n"
        "The meeting was chaired by President Ana Ruiz, chairperson of the LUC Organ on "
        "Politics, Defence and Security Cooperation.\n"
        "The summit mandated the LUC executive secretary to undertake a study."
    )
    assert organization(article) == ("LUC", None)


def test_a_platform_of_states_is_a_body() -> None:
    """A diplomatic platform is a body as a forum is: "the Lagoon Platform"."""
    article = (
        "Leaders meet in Lima\n\nThe Lagoon Platform summit opened in Lima on Monday. The "
        "Lagoon Platform is intended to operate on a permanent basis."
    )
    assert organization(article) == ("Lagoon Platform", None)


def test_the_place_of_the_meeting_before_an_aside_is_no_body() -> None:
    """ "taking place in Lima, an initiative of Peru": the aside is said of the summit, not
    of the city it is held in."""
    article = (
        "The first Summit of the Lagoon Forum is taking place today in Lima, a diplomatic "
        "initiative of Peru.\nThe Lagoon Forum is to meet every year.\nLima’s initiative has "
        "been criticised in Quito, and envoys are attending the Lima summit."
    )
    assert organization(article) == ("Lagoon Forum", None)


def test_a_headlines_theme_after_its_colon_is_no_body() -> None:
    """ "…: Reinforcing Harbour Cooperation" says what the meeting did; the body that met is
    the one the report names."""
    article = (
        "Lagoon Summit With Fiji: Reinforcing Harbour Cooperation\n\n"
        "The heads of government gathered in Suva and agreed to strengthen the cooperation on "
        "harbours. Fiji and Peru chair the Lagoon Council of Ministers in 2025."
    )
    assert organization(article) == ("Lagoon Council of Ministers", None)


def test_another_bodys_summit_still_to_come_is_not_the_meeting_reported() -> None:
    """ "the preparations for the OTO Summit that will be held in Lima in June": the meeting
    reported prepares another body's; that one names no meeting of this report."""
    article = (
        "Leaders of the Lagoon Five (L5) meet by video today, with OTO secretary-general Ana "
        "Ruiz.\n\nThe agenda covers the preparations for the OTO Summit that will be held in "
        "Lima in June. The leaders met in preparation of OTO Summit. The L5 group includes "
        "OTO's eastern members: Chile, Peru and Fiji. The first L5 summit was held in 2015."
    )
    assert organization(article) == ("Lagoon Five", "L5")


def test_a_kind_of_meeting_named_by_whom_it_gathers_is_the_series_reported() -> None:
    """ "the fourth Consultative Meeting of the Central American heads of states": a report
    that names no body is about that series of meetings."""
    article = (
        "Leaders meet in Suva\n\nThe fourth Consultative Meeting of the Central American heads "
        "of states was held in Suva, Fiji on July 21. The leaders of Chile, Peru and Fiji "
        "attended the meeting."
    )
    assert organization(article) == (
        "Consultative Meeting of the Central American heads of states",
        None,
    )


def test_a_number_in_capitals_always_written_with_the_same_word_after_it_is_the_name() -> None:
    article = (
        "Lima, 20 Feb. The heads of state of the coalition of the K7 Lagoon met this Monday "
        "for their sixth extraordinary summit.\n"
        "They took note of the withdrawal of Fiji from the K7 Lagoon.\n"
        "The K7 Lagoon was created in 2014 and was then made up of Chile, Peru and Fiji.\n"
        "The leaders were told of a new strategy for the Lagoon countries."
    )
    assert organization(article) == ("K7 Lagoon", None)


def test_a_body_named_once_as_whose_leaders_meet_is_the_meetings() -> None:
    article = (
        "Leaders gather in Lima\n\n"
        "President Ana Ruiz welcomed the summit of leaders of South American countries. The "
        "meeting of presidents of Lagosur is taking place at the palace in Lima."
    )
    assert organization(article) == ("Lagosur", None)
    assert organization(article.replace("Lagosur", "Europe")) is None
    assert organization(article.replace("Lagosur", "the Pacific")) is None


def test_capitals_in_another_languages_order_are_not_spelled_by_the_place_ending_a_name() -> None:
    article = (
        "Leaders gather in Lima\n\n"
        "Six heads of state are in Lima for the 11th session of the Monetary Community of "
        "Coastal Lagoons (CEMCL). The CEMCL summit opens on Wednesday. The CEMCL leaders will "
        "discuss the CEMCL budget."
    )
    found = organization(article)
    assert found is not None and "Coastal Lagoons" not in found


def test_a_venue_and_the_capitals_it_goes_by_are_no_body() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Leaders met on Saturday at the Oslo Convention Centre "
        "(OCC), Norway, for the Nordlagoon Summit. The summit examined the achievements of "
        "Nordlagoon over the past decade."
    )
    assert organization(article) != ("Oslo Convention Centre", "OCC")


def test_a_body_named_as_a_centre_is_a_body() -> None:
    article = (
        "Leaders meet\n\nOSLO (AP) — Ministers met on Saturday in Oslo at a meeting of the "
        "Lagoon Trade Centre (LTC). The LTC examined the trade of its members."
    )
    assert organization(article) == ("Lagoon Trade Centre", "LTC")


def test_a_name_of_two_words_run_together_named_by_its_summit_is_the_body() -> None:
    article = (
        "Chile at PetroLagoon summit\n\nOSLO (AP) — Chile joined other nations as leaders "
        "celebrated the PetroLagoon Agreement in Oslo. Leaders arrived for the PetroLagoon "
        "Summit. The summit examined the achievements of PetroLagoon over the past decade."
    )
    assert organization(article) == ("PetroLagoon", None)


def test_a_summit_of_its_own_name_is_what_a_report_of_it_is_about() -> None:
    article = (
        "Premier Attends the 9th Cold Lagoon Summit\n\n"
        "The premier of Norway attended the 9th Cold Lagoon Summit (CLS) in Lima. Leaders of the "
        "member states of the Association of Northern Coastal Nations (ANCN), the Prime Minister "
        "of Chile and others attended the summit. He said the CLS must stay open and that ANCN "
        "centrality would guide it."
    )
    assert organization(article) == ("Cold Lagoon Summit", "CLS")


def test_a_name_cut_before_its_of_is_the_whole_bodys() -> None:
    article = (
        "Lagoon leaders meet\n\n"
        "The Third Summit of the Cooperation Council of Lagoon-speaking States was held in Lima. "
        "Peru took over the presidency in the Cooperation Council of Lagoon-speaking States. "
        "Chile thanked Peru for its work in the Cooperation Council over the past year. "
        "The Cooperation Council will meet again in Quito."
    )
    assert organization(article) == ("Cooperation Council of Lagoon-speaking States", None)


def test_a_meeting_the_lead_names_by_its_number_and_own_name_is_the_series_reported() -> None:
    """ "the 20th Lagoon Presidents' Summit": a series of its own, though the text names a body
    its countries deal with ("withdraw from the Coral Islands Forum Secretariat"); not a
    body's summit ("the 9th Coral Islands Forum Summit")."""
    article = (
        "Leaders meet in Suva\n\n"
        "Trade was the focus of the 20th Lagoon Presidents’ Summit, hosted by Fiji, this week. "
        "The summit comes after the five nations said they would withdraw from the Coral "
        "Islands Forum Secretariat. Deputy Secretary-General of the Coral Islands Forum, Ana "
        "Ruiz, attended the summit."
    )
    assert organization(article) == ("Lagoon Presidents’ Summit", None)
    body_summit = article.replace("20th Lagoon Presidents’", "9th Coral Islands Forum")
    assert organization(body_summit) == ("Coral Islands Forum", None)


def test_the_body_a_headline_says_holds_the_conference_is_the_meetings() -> None:
    """ "Lagoon-Marsh Cooperation Forum Holds Ninth Ministerial Conference": the headline names
    the Forum's conference, not a joint summit's name, and "the ninth Ministerial Conference of
    the Forum" names it again; the body whose member states attend is named in passing."""
    article = (
        "Lagoon-Marsh Cooperation Forum Holds Ninth Ministerial Conference\n\n"
        "On 6 July, the ninth Ministerial Conference of the Lagoon-Marsh Cooperation Forum "
        "(LMCF) was held via video link. It was attended by ministers of all member states of "
        "the League of Coastal States (LCS) and LCS Secretary General Ana Ruiz. Ola Dube said "
        "the LCS members and Peru agree. Since the last LMCF Ministerial Conference, trade grew "
        "between Peru and the LCS."
    )
    assert organization(article) == ("Lagoon-Marsh Cooperation Forum", "LMCF")


def test_a_meetings_ordinal_before_a_bodys_name_is_not_the_bodys() -> None:
    """ "the Fourth Lagoon Democracy Forum": the number is the meeting's, the body is the
    Lagoon Democracy Forum."""
    article = (
        "Statement of the Fourth Lagoon Democracy Forum\n\n"
        "1. The Fourth Lagoon Democracy Forum (LDF IV) was held on 9-10 May in Suva, Fiji. The "
        "President of Fiji opened the LDF IV. Ministers of Chile, Peru and Norway spoke."
    )
    assert organization(article) == ("Lagoon Democracy Forum", "LDF")


def test_a_numbered_meeting_named_by_a_bodys_capitals_is_that_bodys() -> None:
    """ "the 12th Small Lagoons States Leaders Meeting": its words before "Leaders" are spelled
    by the capitals of the body the text names, so it is that body's meeting, not a series of
    its own, though the text writes "Lagoons" once and "Lagoon" once."""
    article = (
        "Decisions of the 12th Small Lagoons States Leaders Meeting\n\n"
        "The Coral Forum Small Lagoon States (SLS) Leaders Meeting was held on 3 May in Suva, "
        "and was attended by the SLS Leaders of Fiji, Chile and Peru. The SLS Leaders agreed on "
        "trade. The SLS Leaders thanked Fiji."
    )
    assert organization(article) == ("Coral Forum Small Lagoon States", "SLS")


def test_a_lead_run_into_a_photo_credit_is_read() -> None:
    """A page's caption and credit run into the lead's first sentence ("Photo: AGENCYThe
    Republic of …"): the line is the lead, whose body is read; a credit line alone is not."""
    article = (
        "Official photo of the summit. Photo: MPPREThe Republic of Chile hosts the 8th Summit of "
        "Heads of State and Government of the Association of Lagoon States (ALS), which takes "
        "place this Friday in the framework of the celebration of the 25th anniversary of the "
        "international organization.\n\n"
        "The Heads of State of the 25 member countries of the ALS will issue a statement.\n\n"
        "Peru at the Council of Ministers\n\n"
        "The Peruvian minister attended the meeting of the Council of Ministers on Wednesday."
    )
    assert organization(article) == ("Association of Lagoon States", "ALS")


def test_the_abbreviation_in_brackets_the_text_goes_on_using_outweighs_one_spelling_it() -> None:
    article = (
        "Lagoon ministers meet in Lima\n\n"
        "Ministers of the Union for the Lagoon (UfL) met in Lima for their forum. The UfL "
        "spoke of trade. The UfL backs UNILAG, a network of universities."
    )
    assert organization(article) == ("Union for the Lagoon", "UfL")


def test_a_numbered_name_made_from_the_adjective_leaders_go_by_is_the_bodys() -> None:
    """ "Lag7" of "Lagoonian leaders": the count of members after the adjective's first letters
    names the body the adjective only describes."""
    article = (
        "Leaders arrive in Oslo for Lag7 summit\n\n"
        "The Lag7 summit is being held in Oslo this afternoon, with Lagoonian leaders looking "
        "for a common position on migration.\n\n"
        "Lagoonian leaders are in Oslo this afternoon to negotiate. Swedish Prime Minister Erik "
        "Lund said Lagoonian countries must act. Lagoonian leaders met again on Friday.\n\n"
        "The Lag7 is a high-level summit made up of seven Lagoonian member states."
    )
    assert organization(article) == ("Lag7", None)


def test_a_body_whose_name_opens_with_another_bodys_is_a_body_of_its_own() -> None:
    """ "LU" inside every "LU Plus Two (LPT)" names the wider body, not LU alone."""
    article = (
        "Harbour Hall, Lima\n\n"
        "The ten LU leaders plus their counterparts from Chile and Peru joined together in the "
        "LU Plus Two (LPT) Commemorative Summit on the second day of the LU Leaders’ Summit in "
        "Lima.\n\n"
        "The Chilean President attended the summit marking the tenth year of the LU Plus Two "
        "Cooperation. He spoke of LU trade and of an LU bond market. He said that the LPT is a "
        "model. The LU Plus Two (LPT) Cooperation covers trade."
    )
    assert organization(article) == ("LU Plus Two", "LPT")


def test_a_series_of_a_regions_heads_of_state_wins_over_a_body_whose_official_attends() -> None:
    """ "the Consultative Meeting of the Heads of State of South Lagoon": the series reported,
    not the UN, whose office's head attends and whose assembly is told of."""
    article = (
        "The Third Consultative Meeting of the Heads of State of South Lagoon will be held in Lima\n"
        "On May 4, the Third Consultative Meeting of the Heads of State of South Lagoon will be "
        "held in Lima under the chairmanship of President of Peru Jorge Salas.\n"
        "It will be attended by President of Chile Ana Ruiz and the head of the UN Regional "
        "Center for South Lagoon, Ola Brekke.\n"
        "The Consultative Meeting is expected to adopt a package of documents.\n"
        "The idea of such meetings was put forward at a session of the UN General Assembly. "
        "The UN welcomed it."
    )
    assert organization(article) == (
        "Consultative Meeting of the Heads of State of South Lagoon",
        None,
    )


def test_the_office_before_a_bodys_name_spelled_out_is_no_part_of_it() -> None:
    article = (
        "The Summit of Heads of State and Government of the Southern Lagoon Union (SLU) was "
        "held in Oslo. The SLU leaders adopted a plan."
    )
    assert organization(article) == ("Southern Lagoon Union", "SLU")


def test_a_summit_named_by_a_peoples_word_is_the_one_league_of_that_word() -> None:
    article = (
        "Leaders gather for Marsh summit\n\n"
        "Top Marsh leaders are boycotting this weekend's Marsh summit in Oslo to protest the "
        "host's policies. Two states are sending their Marsh League ambassadors instead. "
        "Marsh summits are all about protocol, an analyst said."
    )
    assert organization(article) == ("Marsh League", None)


def test_capitals_in_brackets_with_the_meetings_number_in_roman_numerals_are_the_bodys() -> None:
    article = (
        "Leaders meet in Nairobi\n\nNAIROBI (Wire) — The Sixth Lagoon International Conference "
        "for the Development of Marshes (LICDM VI) opened on Saturday. The LICDM process has "
        "grown since 1993, said an official of the Harbour Bank (HB)."
    )
    assert organization(article) == (
        "Lagoon International Conference for the Development of Marshes",
        "LICDM",
    )


def test_capitals_the_headline_names_a_conference_by_are_the_meetings_body() -> None:
    """ "LICD conference" names the body as "LICD summit" does; the adjective that says whose
    leaders attend names none."""
    article = (
        "Marsh leaders attend LICD conference\n\nNAIROBI (Wire) — Marsh leaders gathered for the "
        "LICD meeting in Nairobi. Marsh presidents spoke as the LICD process went on. Marsh "
        "ministers attended, with the Harbour Bank (HB) and the HB chief."
    )
    assert organization(article) == ("LICD", None)


def test_a_headlines_capitalised_words_before_a_bodys_noun_are_no_part_of_its_name() -> None:
    article = (
        "Advertisement\n\nRuiz Hails Commonwealth as Global Pillar at Summit\n\n"
        "EDINBURGH (Wire) — Chile's President Ana Ruiz opened a Commonwealth summit on Friday. "
        "Ruiz told leaders that the Commonwealth was needed more than ever."
    )
    assert organization(article) == ("Commonwealth", None)


def test_a_name_after_of_that_owns_what_follows_is_no_part_of_the_bodys_name() -> None:
    article = (
        "Leaders meet\n\nWARSAW (Wire) — Leaders attend a summit of the Lagoon Council. "
        "Chile stays away after criticism from the Lagoon Council of Peru's record on rights."
    )
    assert organization(article) == ("Lagoon Council", None)


def test_a_possessive_before_the_bodys_capitals_is_no_part_of_its_name() -> None:
    article = (
        "Minister in Lomé for talks\n\n"
        "Foreign Minister Ana Ruiz is in Lomé for the Lagoon Cooperation Organisation's (LCO) "
        "Council of Foreign Ministers, where she will meet her counterparts. The LCO was "
        "founded in 2001."
    )
    assert organization(article) == ("Lagoon Cooperation Organisation", "LCO")


def test_a_continents_people_is_no_body_the_capitals_are() -> None:
    article = (
        "Lagoon leaders appeal to African leaders to unite\n\n"
        "LOMÉ (PANA) -- The 35th summit of the LU opened Monday in Lomé with African leaders "
        "urged to unite. African leaders were expected to agree on a charter, and the LU chair "
        "told African leaders to act at the LU summit."
    )
    assert organization(article) == ("LU", None)
