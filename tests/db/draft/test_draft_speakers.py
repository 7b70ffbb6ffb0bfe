"""Who said a quote, as wire copy names speakers, and when it names none: one short invented
text per phrasing."""

from __future__ import annotations

import pytest

from db.draft.extract import draft_facts

OPENING = (
    "Swedish Prime Minister Erik Lund and Norwegian Prime Minister Ola Brekke attended the "
    "summit on Friday.\n\n"
)


def speakers(article: str) -> dict[str, str]:
    """Quoted words (white space made single) → the name of who said them."""
    return {" ".join(s.text.split()): s.speaker.name for s in draft_facts(article).statements}


@pytest.mark.parametrize(
    "paragraph",
    [
        'A senior Norwegian official briefed reporters. "We are ready for anything," he said.',
        'The ministry issued figures on Friday.\n\n"We are ready for anything," she said.',
        "An Indian diplomat, speaking on condition of anonymity, said the deal was close. "
        '"We are ready for anything," he said.',
        'Officials from both sides met later. "We are ready for anything," they said.',
        'Two aides of Lund spoke later.\n\nHe said: "We are ready for anything."',
        'Lund and Brekke met on Friday.\n\n"We are ready for anything," he said.',
        'Lund, Brekke and Finnish President Anna Virtanen met on Friday. "We are ready for '
        'anything," she said.',
        'Lund, Finnish President Anna Virtanen, and Brekke met on Friday.\n\n"We are ready for '
        'anything," he said.',
        'Lund and Brekke met on Friday.\n\nHis Excellency said: "We are ready for anything."',
    ],
)
def test_a_pronoun_after_someone_unnamed_is_not_the_last_named_persons(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund, who spoke after Brekke, said "we will not wait."',
        'Lund said, after Brekke left: "We will not wait."',
        'Lund said after Brekke: "We will not wait."',
    ],
)
def test_another_named_in_a_clause_of_time_before_the_quote_leaves_it_the_speakers(
    paragraph: str,
) -> None:
    assert set(speakers(OPENING + paragraph).values()) == {"Erik Lund"}


@pytest.mark.parametrize(
    "verb", ["pledged", "opined", "boasted", "went on", "disclosed", "revealed"]
)
def test_a_verb_of_speech_after_the_quote_gives_it_to_the_name_before_it(verb: str) -> None:
    assert speakers(OPENING + f'"We will not wait," Lund {verb}.') == {
        "We will not wait": "Erik Lund"
    }


@pytest.mark.parametrize("verb", ["cut in", "interjected", "shot back", "butted in"])
def test_a_quote_after_another_cuts_in_is_not_the_first_speakers(verb: str) -> None:
    said = speakers(OPENING + f'"We will not wait," Lund insisted, before Brekke {verb}: "Nor we."')
    assert said["We will not wait"] == "Erik Lund"
    assert said.get("Nor we.") in (None, "Ola Brekke")


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('Brekke called for calm. "We are ready for anything," he said.', "Ola Brekke"),
        (
            'At the summit, Lund met Brekke.\n\n"We are ready for anything," he said.',
            "Erik Lund",
        ),
        (
            "Lund said the talks went well. He said the others agreed.\n\n"
            '"We are ready for anything," he said.',
            "Erik Lund",
        ),
        (
            '"It went well," said Lund. "We are ready for anything," he added.',
            "Erik Lund",
        ),
    ],
)
def test_a_pronoun_is_the_named_subject_of_the_sentences_before(paragraph: str, said: str) -> None:
    assert speakers(OPENING + paragraph)["We are ready for anything"] == said


def test_a_pronoun_means_a_subject_named_after_an_opening_phrase_and_an_aside() -> None:
    article = OPENING + (
        "Faring poorly at home, where he faces unrest, Brekke sought praise at the summit. "
        'He said he "sees no place" for the plan.'
    )
    assert speakers(article) == {"sees no place": "Ola Brekke"}


def test_a_pronoun_means_a_subject_named_after_an_opening_phrase_and_a_title_set_off() -> None:
    article = OPENING + (
        "Giving his remarks before the meeting, the host and current Chairman of the summit, "
        "H.E President Ola Brekke outlined its purpose,\n\n"
        "“The purpose of the meeting is to restore peace,” he said."
    )
    assert speakers(article) == {"The purpose of the meeting is to restore peace": "Ola Brekke"}


@pytest.mark.parametrize(("country", "said"), [("Norway", "Ola Brekke"), ("Sweden", None)])
def test_a_pronoun_looks_past_a_sentence_whose_subject_is_the_named_ones_countrys_leader(
    country: str, said: str | None
) -> None:
    article = OPENING + (
        "Brekke sought praise at the summit. In his speech, "
        f"{country}'s first elected leader took the chance. "
        'He said he "sees no place" for the plan.'
    )
    assert speakers(article).get("sees no place") == said


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lund opened the summit. He will be succeeded by Brekke, who takes over as chair.\n\n"
        '"We are ready for anything," he said.',
        'Lund handed the chair to Brekke, who thanked the bloc.\n\n"We are ready," he said.',
        'Lund was welcomed by Brekke at the venue.\n\n"We are ready for anything," he said.',
    ],
)
def test_a_pronoun_after_another_acts_in_a_clause_of_their_own_has_no_speaker(
    paragraph: str,
) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no word from Lund.",
        "It is unclear whether Lund will sign.",
        "This was not lost on Lund.",
    ],
)
def test_a_pronoun_looks_past_no_sentence_without_a_subject_that_names_another(
    sentence: str,
) -> None:
    article = OPENING + f'Brekke opened the talks.\n\n{sentence} "We will not wait," he said.'
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        'Referring to the trade deal with Peru and Chile (2019) said: "It was vital."',
        'Turning to the talks with Chile, added: "It was vital."',
    ],
)
def test_a_speech_verb_whose_subject_a_translation_drops_is_the_one_spoken_of(
    sentence: str,
) -> None:
    """Reports translated from a language that drops its subjects open "Referring to X
    said:": the verb's subject is the one a "he" would stand for."""
    article = OPENING + f'Brekke opened the talks. "We will not wait," he said. {sentence}'
    assert speakers(article) == {"We will not wait": "Ola Brekke", "It was vital.": "Ola Brekke"}


@pytest.mark.parametrize(
    "sentence",
    [
        'Referring to the trade deal, the ministry said: "It was vital."',
        'Referring to the trade deal Lund said: "It was vital."',
    ],
)
def test_a_speech_verb_after_an_opening_phrase_and_a_subject_is_not_the_one_spoken_of(
    sentence: str,
) -> None:
    article = OPENING + f'Brekke opened the talks. "We will not wait," he said. {sentence}'
    assert speakers(article).get("It was vital.") != "Ola Brekke"


@pytest.mark.parametrize("subject", ["Sweden’s Prime Minister", "The Swedish prime minister"])
def test_a_pronoun_after_a_countrys_office_as_subject_is_its_holders(subject: str) -> None:
    """ "Sweden's Prime Minister also discussed trade: “…,” he said": the subject is the one
    who holds that office for that country, as "the Swedish prime minister" is."""
    article = OPENING + f"{subject} also discussed trade: “There is no point in waiting,” he said."
    assert speakers(article) == {"There is no point in waiting": "Erik Lund"}


def test_a_pronoun_looks_past_a_sentence_whose_subject_is_a_pronoun_too() -> None:
    article = OPENING + 'Brekke opened the talks. There, he met Lund. "We will not wait," he said.'
    assert speakers(article) == {"We will not wait": "Ola Brekke"}


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will not wait," said Lund, Brekke and Finnish President Anna Virtanen.',
        '"We will not wait," said Lund, Finnish President Anna Virtanen, and Brekke.',
        'Lund as well as Brekke said the bloc would "not wait."',
        'Neither Lund nor Brekke said the bloc would "not wait."',
        '"We will not wait," said Lund as well as Brekke.',
    ],
)
def test_words_of_a_list_of_speakers_are_no_ones_alone(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund denied saying the bloc was "dead in the water."',
        'Lund has never called the bloc "dead in the water."',
        'Lund declined to say whether the bloc was "dead in the water."',
        'Lund rejected suggestions the bloc was "dead in the water."',
        'Lund dismissed reports that the bloc was "dead in the water."',
        'Lund, asked if the bloc was "dead in the water," laughed.',
    ],
)
def test_words_a_subject_denies_rejects_or_is_asked_about_are_not_theirs(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund, asked whether the bloc was dead, said: "Not at all."',
        'Lund voiced concerns that the bloc was "dead in the water."',
    ],
)
def test_words_after_a_question_set_off_or_of_ones_own_concern_are_theirs(sentence: str) -> None:
    assert set(speakers(OPENING + sentence).values()) == {"Erik Lund"}


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("said one delegate, Ana Ruiz of Chile.", "Ana Ruiz"),
        ("said a delegate, Chilean Trade Minister Ana Ruiz.", "Ana Ruiz"),
        ("said a spokesman for Lund, Nils Dahl.", "Nils Dahl"),
    ],
)
def test_someone_described_as_one_of_many_then_named_says_the_quote(
    closing: str, speaker: str
) -> None:
    article = OPENING + f'"We will not wait," {closing}'
    assert speakers(article) == {"We will not wait": speaker}


@pytest.mark.parametrize("closing", ["said a delegate, Lund's aide.", "said a delegate."])
def test_someone_described_as_one_of_many_and_not_named_is_no_one(closing: str) -> None:
    assert speakers(OPENING + f'"We will not wait," {closing}') == {}


def test_a_pronoun_after_another_described_in_a_clause_is_still_the_subjects() -> None:
    paragraph = 'Lund met Brekke, who is the host, on Friday.\n\n"We are ready," he said.'
    assert speakers(OPENING + paragraph) == {"We are ready": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "As the government spokesman specified, the prime minister will answer questions "
        '"as soon as the talks are over".',
        'As his aide said, the prime minister will speak "once the talks are over".',
    ],
)
def test_words_an_opening_clause_gives_to_another_are_not_the_described_subjects(
    paragraph: str,
) -> None:
    assert speakers(LUND + paragraph) == {}


@pytest.mark.parametrize(
    "according",
    [
        "According to Lund, ",
        "Lund opened the talks. According to him, ",
        "Lund opened the talks. According to him, \n\n",
        "According to Lund,\n\n",
    ],
)
def test_according_to_someone_before_the_quote(according: str) -> None:
    article = OPENING + according + '"the bloc is stronger than ever."'
    assert speakers(article) == {"the bloc is stronger than ever": "Erik Lund"}


def test_according_to_her_before_the_quote_is_no_man_spoken_of() -> None:
    article = OPENING + 'Lund said his country was ready. According to her, "the bloc is strong."'
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        'According to Lund, Norway is "ready to join the grid."',
        'The deal, according to Lund, is "ready to join the grid."',
    ],
)
def test_according_to_someone_before_a_clause_quoting_them(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {"ready to join the grid": "Erik Lund"}


@pytest.mark.parametrize(
    "sentence",
    [
        'According to the declaration, Norway is "ready to join the grid."',
        'According to Lund, the ministry called Norway "ready to join the grid."',
        'According to Lund, Brekke is "ready to join the grid."',
        'According to Lund\'s office, Norway is "ready to join the grid."',
    ],
)
def test_according_to_no_one_or_before_another_who_speaks_is_not_theirs(sentence: str) -> None:
    assert "ready to join the grid" not in speakers(OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'According to a Swedish official, Lund "came to get commitments, not photographs."',
        'According to aides, Brekke "will not sign anything in a hurry."',
        'Lund, according to his spokeswoman, "will not sign anything in a hurry."',
    ],
)
def test_a_quoted_predicate_according_to_someone_unnamed_is_not_the_subjects(
    sentence: str,
) -> None:
    assert speakers(OPENING + sentence) == {}


def test_according_to_someones_office_is_not_their_speech() -> None:
    assert speakers(OPENING + 'According to Lund\'s office, "the bloc is strong."') == {}


def test_a_paragraph_that_is_all_quote_goes_on_with_the_speaker_just_before() -> None:
    article = (
        OPENING + '"We are ready," Lund said.\n\n"We have waited long enough. The time is now."'
    )
    assert speakers(article) == {
        "We are ready": "Erik Lund",
        "We have waited long enough. The time is now.": "Erik Lund",
    }


def test_a_quote_running_over_paragraphs_is_a_quote_for_each_named_after_the_last() -> None:
    article = (
        OPENING + '"The summit is a chance to take stock.\n\n"It is also a chance to look '
        'ahead," Lund told reporters.\n\n"We have waited long enough."'
    )
    assert speakers(article) == {
        "The summit is a chance to take stock.": "Erik Lund",
        "It is also a chance to look ahead": "Erik Lund",
        "We have waited long enough.": "Erik Lund",
    }


def test_a_subject_styled_h_e_without_its_last_stop_after_an_opening_phrase_speaks() -> None:
    article = (
        "Leaders met in Oslo.\n\nDuring the summit, the President of Chile, H.E Ana Ruiz "
        "commended President Ola Brekke of Peru for his work.\n\n“Brekke has been a teacher "
        "and a unifier,” she said."
    )
    assert speakers(article) == {"Brekke has been a teacher and a unifier": "Ana Ruiz"}


def test_a_quote_after_praise_of_another_is_the_praising_subjects() -> None:
    article = (
        "Leaders met in Oslo. President Ana Ruiz of Chile and President Ola Brekke of Peru "
        "spoke.\n\nPresident Ruiz emphasized President Brekke’s role, underscoring his "
        "leadership.\n\n“We hail Brekke for his work.”"
    )
    assert speakers(article) == {"We hail Brekke for his work.": "Ana Ruiz"}


def test_a_quote_after_one_owning_a_speaker_is_no_ones() -> None:
    article = OPENING + "Lund said Brekke's aide had told him of the plan.\n\n“We hail the plan.”"
    assert speakers(article) == {}


def test_a_paragraph_of_quote_goes_on_past_one_named_after_a_preposition() -> None:
    article = (
        OPENING + '"Of course I am going," Lund told reporters at a news conference with '
        'Norwegian Prime Minister Ola Brekke.\n\n"If I listened to every threat I would never '
        'leave home."'
    )
    assert speakers(article) == {
        "Of course I am going": "Erik Lund",
        "If I listened to every threat I would never leave home.": "Erik Lund",
    }


@pytest.mark.parametrize(
    "between",
    [
        '"We are ready," Lund said at a meeting with Brekke, who said he agreed.\n\n',
    ],
)
def test_a_paragraph_of_quote_after_another_named_who_speaks_has_no_speaker(between: str) -> None:
    said = speakers(OPENING + between + '"We have waited long enough."')
    assert "We have waited long enough." not in said


@pytest.mark.parametrize(
    "between",
    [
        '"We are ready," Lund said. The talks ended at noon.\n\n',
        '"We are ready," Lund said.\n\nThe talks ended at noon.\n\n',
        '"We are ready," Lund said.\n\nBrekke disagreed.\n\n',
    ],
)
def test_a_paragraph_of_quote_after_other_words_has_no_speaker(between: str) -> None:
    said = speakers(OPENING + between + '"We have waited long enough."')
    assert "We have waited long enough." not in said


LUND = "Swedish Prime Minister Erik Lund attended the summit on Friday.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "After congratulating Brekke on his win, the Swedish prime minister, visibly surprised, "
        'held up four fingers and asked, "We are ready for anything?"',
        'When Brekke arrived, the Swedish prime minister said: "We are ready for anything."',
    ],
)
def test_an_office_as_subject_after_a_clause_naming_another_speaks(paragraph: str) -> None:
    assert set(speakers(OPENING + paragraph).values()) == {"Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready for anything," said the Swedish prime minister.',
        '"We are ready for anything," said the Swedish prime minister in his opening speech.',
        '"We are ready for anything," added the prime minister who chairs the bloc.',
        '"We are ready for anything," the PM said in his address.',
        '"We are ready for anything," Swedish Prime Minister Erik Lund has said.',
        'Lund spoke first. At the opening he enthused that "we are ready for anything."',
        '"It went well," the PM said in his address.\n\n"We are ready for anything," he said.',
        '"We are ready for anything," the Swedish prime minister, who flew in on Thursday night '
        "after a storm, told reporters.",
        'The Swedish prime minister, who spoke first, said: "We are ready for anything."',
        'Lund urged patience.\n\n"We are ready for anything," the veteran leader said.',
        'Lund urged patience. "We are ready for anything," said the veteran leader.',
        'Lund urged patience.\n\nThe veteran leader said: "We are ready for anything."',
    ],
)
def test_speakers_described_by_office_or_by_a_pronoun_after_an_opening(paragraph: str) -> None:
    assert set(speakers(LUND + paragraph).values()) == {"Erik Lund"}


@pytest.mark.parametrize(
    "office", ["Minister of Foreign Affairs and Cooperation", "Minister of Trade and Industry"]
)
def test_a_pronoun_after_a_subject_whose_office_joins_two_portfolios_is_theirs(
    office: str,
) -> None:
    paragraph = (
        f"Nonetheless, Chilean {office} Pablo Soto called the summit a success. "
        '"We are ready for anything," he said.'
    )
    assert speakers(OPENING + paragraph) == {"We are ready for anything": "Pablo Soto"}


@pytest.mark.parametrize("mark", ['"', "“"])
def test_an_office_after_an_opening_that_quotes_a_phrase_is_the_subject(mark: str) -> None:
    close = "”" if mark == "“" else mark
    paragraph = (
        f"Noting the {mark}strong support Sweden has received,{close} the PM called the bloc "
        f"{mark}a family we never left.{close}\n\n{mark}We are ready for anything,{close} he said."
    )
    assert speakers(LUND + paragraph) == {
        "strong support Sweden has received": "Erik Lund",
        "a family we never left": "Erik Lund",
        "We are ready for anything": "Erik Lund",
    }


def test_an_office_two_people_named_hold_names_no_speaker() -> None:
    assert speakers(OPENING + '"We are ready for anything," said the prime minister.') == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready for anything," said the Danish prime minister.',
        '"We are ready for anything," said the president of the council.',
    ],
)
def test_an_office_no_one_named_holds_names_no_speaker(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


def test_an_untitled_name_a_pronoun_follows_is_a_persons() -> None:
    article = (
        "It was a fine day for a beaming Ana Maria Lopes as she posed for the cameras.\n\n"
        'Lopes was pleased. At the opening she said that "we are ready for anything."'
    )
    assert speakers(article) == {"we are ready for anything": "Ana Maria Lopes"}


def test_the_one_told_is_not_the_speaker() -> None:
    article = (
        LUND + "Lund met Norwegian Prime Minister Ola Brekke. Wei was quoted by state media as "
        'telling Brekke that both sides should resist "conflict and confrontation."'
    )
    assert speakers(article) == {}


def test_a_subject_who_says_nothing_before_the_quote_did_not_say_it() -> None:
    article = (
        "Swedish envoy Erik Lund was the only one at the summit, though Stockholm often "
        'presents itself as an "Arctic state."'
    )
    assert speakers(article) == {}


def test_a_subject_who_announces_the_quoted_words_said_them() -> None:
    article = LUND + 'Lund went on to announce a "common energy space" by 2030.'
    assert speakers(article) == {"common energy space": "Erik Lund"}


@pytest.mark.parametrize(
    ("paragraph", "word"),
    [
        ('Lund said the vote was close. But he also said it was a "difficult" year.', "difficult"),
        ('Lund said he was "concerned" to see the split.', "concerned"),
        ("Lund played it down. However, he did concede it was “disappointing”.", "disappointing"),
    ],
)
def test_one_word_a_named_speaker_says_is_a_quote(paragraph: str, word: str) -> None:
    assert speakers(LUND + paragraph) == {word: "Erik Lund"}


def test_a_name_set_off_by_commas_is_the_speaker_but_not_one_inside_an_apposition() -> None:
    article = (
        "Sweden's prime minister, Erik Lund, said he had support.\n\n"
        "Ola Dahl, the deputy of Swedish Prime Minister Erik Lund, called it a "
        '"strategic victory for us."'
    )
    assert speakers(article) == {"strategic victory for us": "Ola Dahl"}


def test_a_word_the_page_cuts_is_no_quote() -> None:
    assert speakers(LUND + 'Lund said the decision was "trem') == {}


def test_a_pronoun_looks_past_sentences_whose_subject_is_no_person() -> None:
    article = (
        LUND + "Lund said he had worked with the chair. But it is a blow. Nordic analysts say "
        'the meeting matters.\n\n"We will hold together," he said.'
    )
    assert speakers(article) == {"We will hold together": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund cited Norwegian Prime Minister Ola Brekke as saying: "We stand together."',
        'Lund recalled Norwegian Prime Minister Ola Brekke saying: "We stand together."',
        'Lund quoted Norwegian Prime Minister Ola Brekke as having said "we stand together".',
        '"We stand together," state media quoted Norwegian Prime Minister Ola Brekke as saying.',
    ],
)
def test_words_someone_is_quoted_as_saying_are_theirs_not_the_reporters(paragraph: str) -> None:
    assert set(speakers(LUND + paragraph).values()) == {"Ola Brekke"}


def test_words_two_people_say_together_have_no_one_speaker() -> None:
    article = (
        "Swedish Prime Minister Erik Lund and Norwegian Prime Minister Ola Brekke said in a "
        'joint statement: "We stand together."'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("Lund rejected Norwegian Prime Minister Ola Brekke's claim that \"we stand alone.\"", {
            "we stand alone": "Ola Brekke"
        }),
        ("Lund rejected Brussels' claim that \"we stand alone.\"", {}),
        ("Lund said they agreed on Norway's vision of a \"green north\".", {}),
        ("Lund dismissed Norwegian Prime Minister Ola Brekke's remark that the talks were "
         "\"a waste of time\".", {"a waste of time": "Ola Brekke"}),
        ("Lund welcomed Norwegian Prime Minister Ola Brekke's pledge to build \"a greener "
         "north\".", {"a greener north": "Ola Brekke"}),
        ("Lund recalled Norwegian Prime Minister Ola Brekke's words: \"We stand alone.\"", {
            "We stand alone.": "Ola Brekke"
        }),
        ("Lund criticised Norwegian Prime Minister Ola Brekke's warning that the bloc faced "
         "\"grave risks\", calling it \"needless alarm\".", {
            "grave risks": "Ola Brekke", "needless alarm": "Erik Lund"
        }),
    ],
)  # fmt: skip
def test_words_of_someones_claim_are_the_claims_owners(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("Lund opened the summit citing Norwegian Prime Minister Ola Brekke's claim that the "
         "century \"is the northern era. I firmly believe the north will lead it.\"", {
            "is the northern era. I firmly believe the north will lead it": "Erik Lund"
        }),
        ("Lund opened the summit citing Norwegian Prime Minister Ola Brekke's claim that the "
         "century \"is the northern era.\"", {"is the northern era": "Ola Brekke"}),
    ],
)  # fmt: skip
def test_a_quote_going_on_past_a_cited_claim_is_the_one_citings(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('Lund branded the move "unacceptable".', {"unacceptable": "Erik Lund"}),
        ('Lund defended the plan as "necessary and fair".', {"necessary and fair": "Erik Lund"}),
        ('Lund rejected calls for "a new treaty".', {}),
    ],
)
def test_what_a_verb_of_judgement_quotes_is_the_subjects(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


@pytest.mark.parametrize(
    ("said_by", "said"),
    [("the Chinese leader", {"We are friends": "Wei Ming"}), ("the leader", {})],
)
def test_a_countrys_leader_is_its_head_of_state_or_government(
    said_by: str, said: dict[str, str]
) -> None:
    article = (
        "Chinese President Wei Ming met Swedish Prime Minister Erik Lund at the summit.\n\n"
        f'"We are friends," {said_by} said.'
    )
    assert speakers(article) == said


def test_a_quote_goes_on_past_a_name_standing_for_what_is_theirs() -> None:
    article = OPENING + (
        '"We came in good faith," Lund told Swedish radio, which aired the Brekke speech that '
        'had been planned for the summit. "Why should we stay?"'
    )
    assert speakers(article) == {
        "We came in good faith": "Erik Lund",
        "Why should we stay?": "Erik Lund",
    }


def test_a_quote_goes_on_past_no_name_of_one_who_speaks() -> None:
    article = OPENING + (
        '"We came in good faith," Lund told Swedish radio, after which the Brekke team said '
        'no more. "Why should we stay?"'
    )
    assert speakers(article) == {"We came in good faith": "Erik Lund"}


def test_a_quote_after_a_sentence_about_others_does_not_go_on_with_the_last_speaker() -> None:
    article = LUND + '"We are ready," Lund said. Officials were not convinced. "It will not work."'
    assert speakers(article) == {"We are ready": "Erik Lund"}


def test_a_speaker_described_by_the_words_before_their_name() -> None:
    article = (
        LUND + "According to Kremlin spokesman Ivan Petrov, the summit may touch on trade. "
        '"There will be substantive talks," the Kremlin spokesman said.'
    )
    assert speakers(article) == {"There will be substantive talks": "Ivan Petrov"}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('"We are ready," Sweden\'s prime minister said.', {"We are ready": "Erik Lund"}),
        ('"We are ready," said Sweden\'s prime minister.', {"We are ready": "Erik Lund"}),
        ('Sweden\'s prime minister said: "We are ready."', {"We are ready.": "Erik Lund"}),
        ('"We are ready," Lund\'s spokesman said.', {}),
    ],
)
def test_a_speaker_described_by_a_countrys_possessive_and_office(
    paragraph: str, said: dict[str, str]
) -> None:
    article = "Kremlin spokesman Ivan Petrov spoke first.\n\n" + LUND + paragraph
    assert speakers(article) == said


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        (
            '"It went well," said Lund.\n\nDespite "a hard year", the bloc held together, '
            "he added, according to the state news agency (SNA).",
            "Erik Lund",
        ),
        ('Despite "a hard year", the bloc held together, Brekke said.', "Ola Brekke"),
    ],
)
def test_words_quoted_inside_a_sentence_closed_by_its_attribution(
    paragraph: str, said: str
) -> None:
    assert speakers(OPENING + paragraph)["a hard year"] == said


@pytest.mark.parametrize(
    "paragraph",
    [
        'The Queen, dressed in blue, arrived and, in her address, said: "We are ready for it."',
        'The Queen added that she was glad to meet "so many friends of the realm" at last.',
    ],
)
def test_a_sentence_whose_subject_is_the_office_of_one_person(paragraph: str) -> None:
    article = "Queen Ingrid III opened the summit in Oslo on Friday.\n\n" + paragraph
    assert set(speakers(article).values()) == {"Queen Ingrid III"}


def test_a_sentence_whose_subject_is_an_office_two_hold_names_no_one() -> None:
    article = (
        "President Ana Lopes and President Ola Dahl opened the summit on Friday.\n\n"
        'The president, dressed in blue, said: "We are ready for it."'
    )
    assert speakers(article) == {}


def test_a_countrys_office_is_the_one_holder_whose_country_is_not_given() -> None:
    article = (
        "President Ana Lopes and Norwegian President Ola Dahl will attend the summit.\n\n"
        '"A union will come," said the Chilean president.'
    )
    assert speakers(article) == {"A union will come": "Ana Lopes"}


def test_a_countrys_office_held_by_two_whose_country_is_not_given_is_no_ones() -> None:
    article = (
        "President Ana Lopes and President Ola Dahl will attend the summit.\n\n"
        '"A union will come," said the Chilean president.'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lund spoke first. Likewise, the leader praised the plan, adding that "
        '"we are ready for anything."',
        "Lund arrived on Friday.\n\nOn his arrival, speaking to the press, the statesman "
        'declared himself "ready for anything".',
        "Lund spoke first. Likewise, the leader praised the plan.\n\n"
        '"We are ready for anything," he added.',
    ],
)
def test_the_leader_or_the_statesman_refers_back_as_a_pronoun_does(paragraph: str) -> None:
    assert set(speakers(OPENING + paragraph).values()) == {"Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund spoke first. The leader of the opposition, Ola Brekke, branded it "a fine plan".',
        'Lund spoke first. The President of Chile, Ola Brekke, branded it "a fine plan".',
    ],
)
def test_an_office_opening_a_sentence_that_names_its_holder_is_theirs(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {"a fine plan": "Ola Brekke"}


def test_someone_named_as_the_object_of_the_subjects_verb_did_not_say_it() -> None:
    article = (
        LUND + "Lund spoke first.\n\nHe criticized Norwegian Prime Minister Ola Brekke for the "
        'delay, saying: "We cannot wait any longer."'
    )
    assert speakers(article) == {"We cannot wait any longer.": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," the spokesman for Swedish Prime Minister Erik Lund said in a statement.',
        '"We are ready," said the spokesman for Lund.',
        '"We are ready," said an adviser to Prime Minister Lund.',
    ],
)
def test_words_of_someone_who_serves_a_named_person_are_not_that_persons(paragraph: str) -> None:
    assert speakers(LUND + paragraph) == {}


@pytest.mark.parametrize("adverb", ["also", "later", "then", "again"])
def test_a_speaker_whose_verb_follows_an_adverb_after_a_headline(adverb: str) -> None:
    article = LUND + f'Bloc still ready\nLund {adverb} said that "the bloc is ready."'
    assert speakers(article) == {"the bloc is ready": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund was described by Norwegian Prime Minister Ola Brekke as "a true friend".',
        'Lund was asked whether "the bloc is ready".',
        'Lund met Brekke, whose government has called the plan "a disaster".',
        'Lund rejected accusations by opposition leaders that he was "a traitor".',
        'Lund said opposition leaders had called him "a traitor".',
        'Lund read a message from Norwegian Prime Minister Ola Brekke: "We are with you."',
    ],
)
def test_words_the_grammar_gives_to_someone_else_than_the_subject_have_no_speaker(
    paragraph: str,
) -> None:
    assert speakers(LUND + paragraph) == {}


def test_words_someone_named_in_a_clause_once_said_are_theirs() -> None:
    article = OPENING + 'Lund recalled that Brekke once said "we are with you".'
    assert speakers(article) == {"we are with you": "Ola Brekke"}


def test_the_subject_quoted_as_saying_is_the_speaker() -> None:
    article = LUND + '"We are ready," Lund was quoted as saying by the state news agency.'
    assert speakers(article) == {"We are ready": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        'Lund said he was willing to look into it.\n\n"We have nothing to hide."',
        'Lund spoke to reporters. He insisted that the bloc was united.\n"We have nothing to hide."',
        'Lund said he was willing to look into it. "We have nothing to hide."',
        'Lund was unfazed, saying he rarely met the critics.\n\n"We have nothing to hide."',
    ],
)
def test_a_quote_standing_alone_after_someone_s_reported_words_is_theirs(paragraphs: str) -> None:
    assert speakers(LUND + paragraphs) == {"We have nothing to hide.": "Erik Lund"}


def test_the_one_told_does_not_keep_a_quote_standing_alone_from_the_teller() -> None:
    paragraphs = '"We disagree on little," Lund told Prime Minister Brekke.\n\n"We hide nothing."'
    assert speakers(LUND + paragraphs)["We hide nothing."] == "Erik Lund"


@pytest.mark.parametrize(
    "paragraphs",
    [
        'Lund met Brekke on Friday.\n\n"We have nothing to hide."',
        'Lund said Brekke told him the talks had failed.\n\n"We have nothing to hide."',
        'The ministry said the talks had failed.\n\n"We have nothing to hide."',
        'Lund spoke first.\n\nThey said the talks had failed.\n\n"We have nothing to hide."',
        'Lund spoke first.\n\nOfficials said the talks had failed.\n\n"We have nothing to hide."',
        'Lund said he was ready.\n\n"We have nothing to hide," an aide said.',
        'Lund, who met Brekke, said the talks had failed.\n\n"We have nothing to hide."',
    ],
)
def test_a_quote_standing_alone_after_words_of_no_one_or_of_two_has_no_speaker(
    paragraphs: str,
) -> None:
    assert "We have nothing to hide." not in speakers(OPENING + paragraphs)


def test_a_pronoun_refers_to_an_office_of_one_person_past_a_pull_quote() -> None:
    article = (
        "Queen Ingrid III opened the summit in Oslo on Friday.\n\n"
        "The Queen spoke fondly of the city.\n\n"
        'She said she has "cherished" her time as head of the union.\n\n'
        '"I feel enormously proud of what we have achieved," she added.\n\n'
        "I feel enormously proud of what we have achieved\n\n"
        'She thanked the hosts for their "great kindness".'
    )
    assert speakers(article) == dict.fromkeys(
        ["cherished", "I feel enormously proud of what we have achieved", "great kindness"],
        "Queen Ingrid III",
    )


def test_a_pronoun_subject_who_says_nothing_before_the_quote_did_not_say_it() -> None:
    article = LUND + 'Lund said the talks went well. He is planning "pull-aside" meetings.'
    assert speakers(article) == {}


@pytest.mark.parametrize("verb", ["invited his counterparts", "proposed"])
def test_a_pronoun_subject_who_invites_or_proposes_says_the_words(verb: str) -> None:
    article = LUND + f'Lund said the talks went well. He also {verb} "to build a common home."'
    assert speakers(article) == {"to build a common home": "Erik Lund"}


def test_a_name_in_quote_marks_is_no_ones_words() -> None:
    article = (
        LUND + 'Lund said the "Nordic Council" would be renamed the "Union of Nordic States", '
        'which would become "a home for all of us."'
    )
    assert speakers(article) == {"a home for all of us": "Erik Lund"}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('"Welcome to Oslo," Lund said.', {"Welcome to Oslo": "Erik Lund"}),
        ('Lund told the leaders: "Welcome to Oslo."', {"Welcome to Oslo.": "Erik Lund"}),
        ('Lund praised the "Nordic Council," which met in Oslo.', {}),
        ('Lund named the plan: "Nordic Council".', {}),
    ],
)
def test_capitalised_words_in_marks_that_a_speaker_says_are_theirs(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        (
            "Lund held talks with Brekke, with Norwegian officials saying they would "
            "“deepen ties between the two countries”.",
            {},
        ),
        (
            "Lund met with officials on Friday, saying “we are ready to work with everyone”.",
            {"we are ready to work with everyone": "Erik Lund"},
        ),
    ],
)
def test_officials_saying_what_is_quoted_are_its_unnamed_speakers(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(OPENING + paragraph) == said


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('Lund was joined by a lawmaker who said the bloc was "stronger than ever".', {}),
        ('Lund met delegates, including a senator who said the bloc was "stronger than ever".', {}),
        ('Lund thanked two farmers who had told him the bloc was "stronger than ever".', {}),
        ('Lund met protesters who said "the bloc has failed us".', {}),
        (
            'Lund, a veteran who said the bloc was "stronger than ever", left early.',
            {"stronger than ever": "Erik Lund"},
        ),
    ],
)
def test_words_of_someone_unnamed_in_a_clause_of_their_own_are_no_named_persons(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


def test_a_countrys_head_of_state_after_two_opening_phrases() -> None:
    article = (
        "The President of Chile, Ana Lopes, and Swedish Prime Minister Erik Lund attended.\n\n"
        "Shortly before, during her speech, the Chilean head of state called for "
        '"a union of equals."'
    )
    assert speakers(article) == {"a union of equals": "Ana Lopes"}


@pytest.mark.parametrize(
    "paragraph", ['"The forest is burning," Moreau said.', '"The forest is burning," said Moreau.']
)
def test_a_family_name_alone_that_says_a_quote_is_a_persons(paragraph: str) -> None:
    article = "Leaders met in Biarritz on Saturday.\n\n" + paragraph
    assert speakers(article) == {"The forest is burning": "Moreau"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The forest is burning," Moscow said.',
        '"The forest is burning," Kremlin said. The Kremlin had warned of it.',
        '"The forest is burning," Norinform said, as Norinform reported earlier.',
        'OSLO, Dec 16 (Norinform) -- "The forest is burning," Norinform said.',
        '"The forest is burning," NATO said.',
    ],
)
def test_a_place_or_a_body_alone_that_says_a_quote_is_no_person(paragraph: str) -> None:
    assert speakers("Leaders met in Biarritz on Saturday.\n\n" + paragraph) == {}


def test_a_misspelt_family_name_saying_a_quote_is_the_person_named_before() -> None:
    article = (
        'Irish leader, Leo Vardkar, said he was ready.\n\n"The forest is burning," Varadkar said.'
    )
    assert speakers(article) == {"The forest is burning": "Leo Vardkar"}


@pytest.mark.parametrize(
    ("said_by", "said"),
    [
        ("the foreign minister", {"We are ready": "Ola Brekke"}),
        ("the Foreign Minister", {"We are ready": "Ola Brekke"}),
        ("the Swedish premier", {"We are ready": "Erik Lund"}),
        ("the Council", {}),
        ("the deputy prime minister", {}),
    ],
)
def test_an_office_is_read_whole_with_the_words_that_qualify_it(
    said_by: str, said: dict[str, str]
) -> None:
    article = (
        "Swedish Prime Minister Erik Lund and Norwegian Foreign Minister Ola Brekke attended "
        f'the summit on Friday.\n\n"We are ready," {said_by} said.'
    )
    assert speakers(article) == said


def test_a_description_set_off_after_a_name_is_that_persons_not_someone_unnamed() -> None:
    article = (
        LUND + "Ola Dahl, a Norwegian negotiator named in the report, denied it but "
        'acknowledged that the talks "have run into serious difficulties".'
    )
    assert speakers(article) == {"have run into serious difficulties": "Ola Dahl"}


@pytest.mark.parametrize(
    "medium",
    [
        "in a video message shown to delegates",
        "in a speech to participants",
        "in a letter sent to fellow leaders",
        "in remarks read out by an aide",
    ],
)
def test_a_message_to_people_unnamed_set_off_after_a_name_is_the_names(medium: str) -> None:
    article = OPENING + f'Lund, {medium}, said: "I am with you in spirit."'
    assert speakers(article) == {"I am with you in spirit.": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Anna Berg, his spokeswoman, read a statement on his behalf: "Sweden stands ready."',
        '"Sweden stands ready," Anna Berg said, reading a statement on his behalf.',
        '"Sweden stands ready," said Anna Berg, speaking on the prime minister\'s behalf.',
    ],
)
def test_words_read_on_anothers_behalf_are_not_the_readers(paragraph: str) -> None:
    article = OPENING + "Lund did not travel to the meeting.\n\n" + paragraph
    assert "Anna Berg" not in speakers(article).values()


@pytest.mark.parametrize(
    "sentence",
    [
        'Vice President Anna Berg, delivering Prime Minister Lund\'s address, said Sweden "stands ready."',
        'Vice President Anna Berg, reading out Lund\'s message, said: "Sweden stands ready."',
    ],
)
def test_words_a_speaker_delivers_for_another_named_before_are_not_the_speakers(
    sentence: str,
) -> None:
    assert "Anna Berg" not in speakers(OPENING + "Lund did not travel.\n\n" + sentence).values()


@pytest.mark.parametrize(
    ("reading", "said"),
    [
        ("reading a message from Lund", {"Sweden sends greetings": "Erik Lund"}),
        ("reading from Lund's message", {"Sweden sends greetings": "Erik Lund"}),
        ("reading out the prime minister's letter", {}),
    ],
)
def test_words_a_speaker_reads_from_anothers_message_are_not_the_readers(
    reading: str, said: dict[str, str]
) -> None:
    article = (
        OPENING + f'Lund did not travel.\n\n"Sweden sends greetings," Anna Berg said, {reading}.'
    )
    assert speakers(article) == said


@pytest.mark.parametrize(
    "sentence",
    [
        'He said critics had branded him "a dreamer."',
        'He read a message from Brekke: "We are with you."',
        'He was asked: "Will you sign the deal?"',
        'He denied saying that the deal was "dead."',
    ],
)
def test_words_a_pronoun_gives_to_another_are_not_the_pronouns(sentence: str) -> None:
    assert speakers(LUND + "Lund spoke first.\n\n" + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund recalled his father, a fisherman, telling him: "The sea is a hard master."',
        'Lund said he remembered an old fisherman saying: "The sea is a hard master."',
        'Lund recalled how his mother used to say: "The sea is a hard master."',
        'He recalled his father, a fisherman, telling him: "The sea is a hard master."',
    ],
)
def test_words_a_speaker_recalls_another_saying_are_not_the_speakers(sentence: str) -> None:
    assert speakers(LUND + "Lund spoke first.\n\n" + sentence) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Brekke said his country would pay.\n\n"We are ready," she said.',
        'Brekke said he would pay. Later, Mr Brekke met Lund.\n\nShe said: "We are ready."',
        'Ms Wanjiru said her country agreed.\n\n"We are ready," he said.',
        "Wanjiru said her country agreed. Lund spoke next.\n\n"
        'Later, Wanjiru signed. "We are ready," he added.',
    ],
)
def test_a_pronoun_is_not_one_the_text_speaks_of_as_the_other_sex(paragraph: str) -> None:
    article = OPENING + "Kenyan President Ruth Wanjiru arrived late.\n\n" + paragraph
    assert speakers(article) == {}


def test_a_pronoun_is_one_the_text_speaks_of_as_that_sex() -> None:
    article = OPENING + 'Brekke said his country would pay.\n\n"We are ready," he said.'
    assert speakers(article) == {"We are ready": "Ola Brekke"}


@pytest.mark.parametrize(
    "sentence",
    [
        '"We came to work," Lund, 61, a former diplomat, told reporters.',
        '"We came to work," Lund, a former diplomat who served in Lima, Quito and Bogota, said.',
        'Lund, 61, a former diplomat, told reporters: "We came to work."',
    ],
)
def test_a_description_in_several_parts_set_off_after_the_name_leaves_it_the_speakers(
    sentence: str,
) -> None:
    assert set(speakers(OPENING + sentence).values()) == {"Erik Lund"}


def test_a_title_cut_short_after_said_is_no_person() -> None:
    article = LUND + '"We are ready," said Amb. Stephen Mbundi, the envoy.'
    assert "Amb" not in speakers(article).values()


def test_a_name_said_after_a_lower_case_office_is_a_persons() -> None:
    article = LUND + '"We are ready," said Norwegian spokesman Ola Dahl.'
    assert speakers(article) == {"We are ready": "Ola Dahl"}


@pytest.mark.parametrize(
    "paragraph",
    ["«We are ready», Lund said.", "„We are ready“, Lund said.", "”We are ready,” Lund said."],
)
def test_words_between_angled_low_or_two_closing_marks_are_a_quote(paragraph: str) -> None:
    assert speakers(LUND + paragraph) == {"We are ready": "Erik Lund"}


def test_the_minister_is_no_prime_minister_nor_the_president_a_vice_president() -> None:
    article = (
        "Swedish Prime Minister Erik Lund, Norwegian Foreign Minister Ola Brekke, Chilean "
        "Vice President Ana Lopes and Peruvian President Luis Vega attended on Friday.\n\n"
        '"We are ready," the minister said. "We are not," the president said.'
    )
    assert speakers(article) == {"We are ready": "Ola Brekke", "We are not": "Luis Vega"}


def test_a_speaker_quoted_as_saying_after_a_comma_outside_the_marks() -> None:
    article = LUND + '"We are ready", Lund was quoted as saying.'
    assert speakers(article) == {"We are ready": "Erik Lund"}


def test_a_family_name_written_with_its_accents_after_a_title_is_the_same_person() -> None:
    article = (
        "President Recep Tayyip Erdogan arrived on Friday.\n\n"
        'President Erdoğan said: "We are ready."'
    )
    assert speakers(article) == {"We are ready.": "Recep Tayyip Erdogan"}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('"We are ready," said the bloc\'s chairman, Erik Lund.', {"We are ready": "Erik Lund"}),
        (
            '"We are ready," said the chair of the bloc, Prime Minister Lund.',
            {"We are ready": "Erik Lund"},
        ),
        ('"We are ready," said the spokesman for the prime minister, Lund.', {}),
    ],
)
def test_a_name_set_off_after_the_description_of_who_said_it(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


@pytest.mark.parametrize(
    "paragraphs",
    [
        'Lund\'s spokesman said the talks had failed. "We are ready," he said.',
        'An aide to Lund said the talks had failed.\n\n"We are ready," he said.',
        'The spokesman for Lund said the talks had failed.\n\n"We are ready."',
        'Norwegian Prime Minister Ola Brekke and Lund\'s spokesman said: "We are ready."',
    ],
)
def test_words_of_someone_serving_a_named_person_are_not_given_to_that_person(
    paragraphs: str,
) -> None:
    assert speakers(LUND + paragraphs) == {}


@pytest.mark.parametrize(
    "lines",
    [
        'Prime Minister Erik Lund - Sweden\n"We are ready."',
        '"We are ready."\n\n— Erik Lund, prime minister of Sweden',
    ],
)
def test_a_quote_on_its_own_line_under_or_over_a_line_naming_its_speaker(lines: str) -> None:
    assert speakers(LUND + lines) == {"We are ready.": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund spoke first. "We are ready," said his Norwegian counterpart.',
        'Lund spoke first. "We are ready," his Norwegian counterpart said.',
        'Lund spoke first. His Norwegian counterpart said the bloc was "ready for more."',
    ],
)
def test_a_counterpart_of_a_country_is_the_one_of_that_country_holding_the_same_office(
    paragraph: str,
) -> None:
    assert set(speakers(OPENING + paragraph).values()) == {"Ola Brekke"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund spoke first. "We are ready," said his Finnish counterpart.',
        'Brekke and Lund spoke. "We are ready," said his Norwegian counterpart.',
        'Lund spoke first. "We are ready," said his Swedish counterpart.',
    ],
)
def test_a_counterpart_no_one_named_fits_has_no_speaker(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    "headline",
    ["'We are ready' - Lund", "Summit: 'We are ready' — Erik Lund", "“We are ready” – Lund"],
)
def test_a_headline_quote_followed_on_its_line_by_a_dash_and_a_name_is_theirs(
    headline: str,
) -> None:
    article = headline + "\n\nSwedish Prime Minister Erik Lund opened the summit in Oslo."
    assert speakers(article) == {"We are ready": "Erik Lund"}


@pytest.mark.parametrize(
    "epigraph",
    [
        "“We are ready for anything.” ~ Prime Minister Erik Lund, February 15, 2019",
        "Oslo, NO -  “We are ready for anything.” ~ Prime Minister Erik Lund, February 15, 2019",
        "Summit: “We are ready for anything.” ~ Erik Lund",
    ],
)
def test_an_epigraph_signed_with_a_tilde_after_a_dateline_is_the_signers(epigraph: str) -> None:
    article = epigraph + "\n\nSwedish Prime Minister Erik Lund opened the summit in Oslo."
    assert speakers(article) == {"We are ready for anything.": "Erik Lund"}


@pytest.mark.parametrize(
    "headline",
    ["'We are ready' - Lund and Brekke", "'We are ready' - Lund's aide", "'We are ready' - Oslo"],
)
def test_a_headline_quote_and_a_dash_before_more_than_one_name_has_no_speaker(
    headline: str,
) -> None:
    article = headline + "\n\nSwedish Prime Minister Erik Lund opened the summit in Oslo."
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "lines",
    [
        'Erik Lund and Ola Brekke\n"We are ready."',
        'Lund spoke.\n"We are ready."',
        '"We are ready."\n\nErik Lund, prime minister of Sweden',
    ],
)
def test_a_quote_beside_a_line_that_names_two_or_says_more_has_no_speaker(lines: str) -> None:
    assert speakers(OPENING + lines) == {}


@pytest.mark.parametrize("verb", ["confirmed", "pointed out", "countered", "reaffirmed"])
def test_an_attribution_with_a_verb_only_quotes_use(verb: str) -> None:
    assert speakers(LUND + f'"We are ready," Lund {verb}.') == {"We are ready": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," Hon. Erik Lund said.',
        '"We are ready," said Amb. Erik Lund.',
        '"We are ready," Prof. Lund said.',
    ],
)
def test_a_speaker_after_an_abbreviated_honorific(paragraph: str) -> None:
    assert speakers(LUND + paragraph) == {"We are ready": "Erik Lund"}


def test_a_full_name_first_said_after_an_abbreviated_honorific_is_a_persons() -> None:
    article = "Leaders met in Oslo on Friday.\n\n" + '"We are ready," said Amb. Stephen Mbundi.'
    assert speakers(article) == {"We are ready": "Stephen Mbundi"}


def test_a_so_called_term_in_a_speakers_sentence_is_not_their_words() -> None:
    article = LUND + '"It will not work," Lund said of the so-called "peace plan".'
    assert speakers(article) == {"It will not work": "Erik Lund"}


def test_one_capitalised_word_a_speaker_says_is_a_quote() -> None:
    assert speakers(LUND + '"Absolutely," Lund said.') == {"Absolutely": "Erik Lund"}


def test_a_clause_set_off_after_the_speakers_name_does_not_give_the_quote_away() -> None:
    article = LUND + 'Lund, whose country holds the chair, said: "We are ready."'
    assert speakers(article) == {"We are ready.": "Erik Lund"}


@pytest.mark.parametrize("style", ["His Highness", "His Majesty", "Her Excellency"])
def test_a_style_standing_for_the_name_refers_back_as_a_pronoun(style: str) -> None:
    article = (
        "OSLO, May 2 (NTB) -- the King Harald Olsen Berg opened the summit on Sunday.\n\n"
        f"In the opening speech, {style} welcomed the leaders.\n\n"
        f'{style} added, "Together we stand."'
    )
    assert speakers(article) == {"Together we stand.": "Harald Olsen Berg"}


def test_a_speech_reported_sentence_by_sentence_stays_with_its_speaker() -> None:
    article = (
        "OSLO (AP) — Prime Minister Erik Lund opened the summit on Sunday.\n\n"
        'He said, "We meet in hard times."\n\n'
        '"We must act."\n\n'
        '"Our people expect it," he indicated, adding, "We will not fail them."\n\n'
        '"The region has grown since 1981," he stated\n\n'
        'He urged, "The council must now'
    )
    assert speakers(article) == {
        "We meet in hard times.": "Erik Lund",
        "We must act.": "Erik Lund",
        "Our people expect it": "Erik Lund",
        "We will not fail them.": "Erik Lund",
        "The region has grown since 1981": "Erik Lund",
        "The council must now": "Erik Lund",
    }


@pytest.mark.parametrize(
    ("named", "office"),
    [
        ("Nordic Council Secretary General, Dr Anna Berg,", "the Secretary-General"),
        ("Nordic Council Secretary-General Anna Berg", "the Secretary General"),
    ],
)
def test_a_hyphenated_office_is_its_holder_however_written(named: str, office: str) -> None:
    article = (
        f"{named} opened the summit on Friday.\n\n"
        f'"We have come far," {office} said. "We will go further."'
    )
    assert speakers(article) == {
        "We have come far": "Anna Berg",
        "We will go further.": "Anna Berg",
    }


def test_the_secretary_general_is_no_under_secretary_general() -> None:
    article = (
        "Under-Secretary-General Anna Berg opened the summit on Friday.\n\n"
        '"We have come far," the Secretary-General said.'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "closing",
    [
        "said Erik Lund of the Nordic Institute.",
        "said Lund, a former envoy.",
        "said Lund, noting that his country would like to work with all the countries of the "
        "region to bring growth.",
    ],
)
def test_words_quoted_inside_a_sentence_closed_by_said_and_a_name(closing: str) -> None:
    article = LUND + f'As the bloc drifts towards "open rivalry", others will gain, {closing}'
    assert speakers(article) == {"open rivalry": "Erik Lund"}


@pytest.mark.parametrize(
    "closing", ["said a spokesman for Lund.", "said Lund's spokesman Ivan Petrov."]
)
def test_a_sentence_closed_by_said_and_someone_serving_the_one_named_is_not_theirs(
    closing: str,
) -> None:
    article = LUND + f'As the bloc drifts towards "open rivalry", others will gain, {closing}'
    assert speakers(article) == {}


@pytest.mark.parametrize("style", ["the Honourable", "His Excellency Dr", "Hon."])
def test_a_name_first_given_after_a_style_of_address_is_a_speakers(style: str) -> None:
    article = (
        f"Chairman of the Conference, {style} Ola Brekke, expressed appreciation for the "
        'support. He underscored the cost of the storms. "We are not exaggerating," he said.'
    )
    assert speakers(article) == {"We are not exaggerating": "Ola Brekke"}


def test_a_subject_after_an_office_of_a_country_and_a_style_is_a_pronouns() -> None:
    article = (
        "President of Sweden H.E. Mr. Erik Lund opened the summit on Friday. "
        '"We will not wait," he said.'
    )
    assert speakers(article) == {"We will not wait": "Erik Lund"}


def test_words_read_on_behalf_of_another_are_no_readers() -> None:
    article = OPENING + 'Brekke read a speech on behalf of Lund: "We will not wait."'
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "dateline", ["BERGEN, Norway – ", "BERGEN (NTB) -- ", "BERGEN — ", "BERGEN, Sept 9 (NTB) "]
)
def test_the_subject_after_a_dateline_is_the_one_a_pronoun_names(dateline: str) -> None:
    article = (
        f'{dateline}Prime Minister Erik Lund opened the summit.\n\n"We will not wait," he said.'
    )
    assert speakers(article) == {"We will not wait": "Erik Lund"}


@pytest.mark.parametrize("dateline", ["BERGEN, Sept 9 (NTB) ", "BERGEN (NTB) "])
def test_the_subject_after_a_dateline_without_a_dash_says_the_quote(dateline: str) -> None:
    article = (
        f"{dateline}Prime Minister Erik Lund on Saturday welcomed Ghana, saying the move made "
        'the bloc "more representative."'
    )
    assert speakers(article) == {"more representative": "Erik Lund"}


def test_a_name_set_off_by_dashes_after_a_body_is_no_subject() -> None:
    article = LUND + 'Members of NATO – Lund among them – said "we will not wait."'
    assert speakers(article) == {}


@pytest.mark.parametrize("closing", ["said Lund.", "Lund said."])
def test_words_inside_a_sentence_naming_another_are_not_the_closing_speakers(closing: str) -> None:
    article = OPENING + f'Brekke called the bloc "a dead end", {closing}'
    assert speakers(article) == {}


def test_a_pronoun_after_a_passive_is_the_one_person_who_acted() -> None:
    article = (
        "The summit was opened by Swedish President Erik Lund.\n\n"
        "The session was later addressed by Norwegian Prime Minister Ola Brekke.\n\n"
        '"We will not wait," he said.'
    )
    assert speakers(article) == {"We will not wait": "Ola Brekke"}


def test_a_pronoun_after_a_passive_naming_two_is_no_ones() -> None:
    article = (
        "Swedish President Erik Lund arrived on Friday. The talks were chaired by Lund and "
        'Norwegian Prime Minister Ola Brekke. "We will not wait," he said.'
    )
    assert speakers(article) == {}


def test_a_nickname_made_from_a_known_given_name_is_no_new_speaker() -> None:
    article = (
        'Indonesian President Joko Susanto opened the summit.\n\n"We will not wait," Jokosan said.'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize("subject", ["His Excellency", "The leader"])
def test_a_quote_after_reported_speech_whose_subject_refers_back(subject: str) -> None:
    article = (
        "Swedish President Erik Lund opened the summit on Friday.\n\n"
        f'{subject} also stressed the need for unity.\n\n"We will not wait."'
    )
    assert speakers(article) == {"We will not wait.": "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Will the bloc split?" Lund asked.\n\n"We are ready for anything."',
        '"Will the bloc split?" asked Lund.\n\n"We are ready for anything."',
        'Lund met Prince Harald Berg on Friday. His Highness said: "We are ready for anything."',
        'Lund quoted Brekke: "We are ready for anything."',
    ],
)
def test_a_quote_after_a_question_a_style_or_a_citation_is_not_the_named_subjects(
    paragraph: str,
) -> None:
    """The answer to a question, words of "His Highness" after one who met a prince, and
    words someone quotes from another are not the asker's, the visitor's or the citer's."""
    said = speakers(OPENING + paragraph)
    assert said.get("We are ready for anything.") is None
    assert said.get("Will the bloc split?") in (None, "Erik Lund")


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        (
            'When Lund arrived, Brekke greeted the guests. "We are ready for anything," he said.',
            "Ola Brekke",
        ),
        (
            'After Lund spoke, Brekke left the hall. "We are ready for anything," he said.',
            "Ola Brekke",
        ),
        (
            "Four days after Swedish Prime Minister Erik Lund’s hard words to partners, Brekke "
            'made it clear that nothing was new.\n\n"We are ready for anything," he said.',
            "Ola Brekke",
        ),
        (
            "Brekke said the talks were hard.\n\nErik Lund arrives at the summit in Oslo on "
            'Friday. (AP Photo/Jan Berg)\n\n"We are ready for anything," he said.',
            "Ola Brekke",
        ),
        (
            "Brekke said the talks were hard.\n\nPhoto: Erik Lund arrives at the summit in Oslo."
            '\n\n"We are ready for anything," he said.',
            "Ola Brekke",
        ),
        ('"We are ready for anything," said Lund aide Jan Berg.', "Jan Berg"),
        ('"We are ready for anything," Lund aide Jan Berg said.', "Jan Berg"),
        (
            'Prince Harald Berg met Lund on Friday. His Highness said: "We are ready for anything,"'
            " in Oslo.",
            "Harald Berg",
        ),
    ],
)
def test_a_pronoun_skips_a_clause_opening_the_sentence_and_a_photo_caption(
    paragraph: str, said: str
) -> None:
    """ "he" is the subject of the main clause, not one named in "When X arrived,"; a caption
    between a sentence and "he said" names no one "he" means; "Lund aide Berg" is Berg."""
    assert speakers(OPENING + paragraph)["We are ready for anything"] == said


def test_a_word_of_a_bodys_name_read_as_someone_is_given_no_quote() -> None:
    """ "of the African Union Commission" names a body: "he" does not stand for "African",
    even where another line reads that word as a person's name."""
    article = (
        "The summit opened in Oslo on Friday.\n\nIn his opening remark, Chairperson of the "
        "African Union Commission, Jan Berg, praised the reform.\n\n"
        '"We are making steady progress," he told the summit.\n\n'
        "According to the Chairperson, African countries are also showing progress."
    )
    assert "African" not in speakers(article).values()


@pytest.mark.parametrize(
    "sentence",
    [
        "In his speech, the prime minister of Sweden, Erik Lund, defended the deal.",
        "In his opening remark, Chairperson of the Nordic Council, Erik Lund, praised the deal.",
    ],
)
def test_he_is_the_name_an_office_set_off_by_commas_opens_the_sentence_with(sentence: str) -> None:
    article = f'{OPENING}{sentence}\n\n"We are ready for anything," he said.'
    assert speakers(article)["We are ready for anything"] == "Erik Lund"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready for anything," said Sweden\'s Lund.',
        '"We are ready for anything," said Sweden’s Lund, who chairs the bloc.',
    ],
)
def test_said_a_countrys_surname_is_that_person(paragraph: str) -> None:
    """ "said Sweden's Lund" names Lund, whom the possessive places, not an office."""
    assert speakers(OPENING + paragraph)["We are ready for anything"] == "Erik Lund"


def test_an_office_and_country_stand_for_the_one_person_named_with_them() -> None:
    article = (
        "Finnish President Aino Virtanen opened the summit on Friday.\n\n"
        '"We are ready for anything," the Finnish head of state said.'
    )
    assert speakers(article)["We are ready for anything"] == "Aino Virtanen"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready for anything," said Nordic Council Chair and Prime Minister of Sweden '
        "Erik Lund.",
        'Nordic Council Chair and Prime Minister of Sweden Erik Lund said: "We are ready for '
        'anything."',
    ],
)
def test_two_offices_joined_by_and_before_a_name_are_one_persons(paragraph: str) -> None:
    """ "Chair and Prime Minister of Sweden X" is one person holding two offices, not two
    people speaking together."""
    article = f"The summit opened in Oslo on Friday.\n\n{paragraph}"
    assert list(speakers(article).values()) == ["Erik Lund"]


@pytest.mark.parametrize("opener", ["Yesterday", "Separately"])
def test_a_word_setting_the_scene_before_an_office_speaks_no_quote(opener: str) -> None:
    article = OPENING + (
        f"{opener}, the Queen, in her words before the plenary, defended that the bloc has "
        'been "a success story" for all.'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        'At the very least, "It remains a vast and diverse space", agreed Brekke, a researcher.',
        "The bloc must assert “It remains a vast and diverse space”, estimated its prime minister Ola "
        "Brekke, at the start of the summit.",
        '"It remains a vast and diverse space," wondered Brekke.',
        "“It remains a vast and diverse space.” wrote Prime Minister, Dr. Ola Brekke",
        '"It remains a vast and diverse space," Brekke, an expert in international relations '
        "at the national university of the capital, told reporters.",
    ],
)
def test_any_verb_set_after_a_quote_hands_it_to_the_one_named_next(paragraph: str) -> None:
    quoted = speakers(OPENING + paragraph)
    assert {words.rstrip("."): who for words, who in quoted.items()} == {
        "It remains a vast and diverse space": "Ola Brekke"
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "The leaders adopted “a plan for lasting growth”, signed by Brekke on Friday.",
        "The leaders adopted “a plan for lasting growth”, hosted in the capital by Brekke.",
    ],
)
def test_a_verb_with_a_preposition_after_a_quote_is_no_attribution(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    "said", ["said the former head of Norwegian diplomacy.", "the 61-year-old said."]
)
def test_the_former_or_an_age_after_a_quote_refers_back_as_a_pronoun(said: str) -> None:
    article = OPENING + f"Brekke opened the talks. “We stand together,” {said}"
    assert speakers(article) == {"We stand together": "Ola Brekke"}


@pytest.mark.parametrize(
    "said",
    [
        "said the head of government on Friday.",
        "highlighted the Head of Government through his account on the social network.",
    ],
)
def test_the_head_of_state_or_government_after_a_quote_is_the_leader_just_spoken_of(
    said: str,
) -> None:
    article = OPENING + f"Brekke opened the talks. “We stand together”, {said}"
    assert speakers(article) == {"We stand together": "Ola Brekke"}


def test_the_head_of_state_after_a_quote_is_not_a_minister_just_spoken_of() -> None:
    article = (
        "Norwegian Foreign Minister Ola Brekke opened the talks on Friday. “We stand "
        "together”, said the head of state."
    )
    assert speakers(article) == {}


def test_the_former_after_a_quote_refers_to_no_one_when_two_were_named() -> None:
    assert speakers(OPENING + "“We stand together,” said the former ambassador.") == {}


def test_words_quoted_on_in_the_speakers_sentence_are_theirs() -> None:
    article = OPENING + (
        "“We stand together,” said Brekke, calling for “more union” and “deeper ties” in "
        "the years ahead."
    )
    assert speakers(article) == {
        "We stand together": "Ola Brekke",
        "more union": "Ola Brekke",
        "deeper ties": "Ola Brekke",
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We stand together,” said Brekke, while critics called it “a sham” and “a farce” "
        "on Friday.",
        "“We stand together,” said Brekke, calling for “a sham” as Lund urged “a farce” today.",
    ],
)
def test_words_quoted_on_after_another_speaks_are_not_the_speakers(paragraph: str) -> None:
    quoted = speakers(OPENING + paragraph)
    assert quoted.get("a sham") is None
    assert quoted.get("a farce") != "Ola Brekke"


def test_a_heading_over_the_subjects_sentence_is_not_its_subject() -> None:
    article = OPENING + (
        "Regional tensions and trade goals\nNorwegian Prime Minister Ola Brekke used his "
        'address to detail the talks. "We are ready for anything," he said.'
    )
    assert speakers(article) == {"We are ready for anything": "Ola Brekke"}


def test_an_office_two_hold_after_a_quote_is_the_one_spoken_of() -> None:
    article = OPENING + (
        "At the opening session, the Norwegian prime minister called for a committee.\n\n"
        "“We have suffered painful events,” he said.\n\n"
        "“We are meeting today in hope,” the prime minister said."
    )
    assert speakers(article) == {
        "We have suffered painful events": "Ola Brekke",
        "We are meeting today in hope": "Ola Brekke",
    }


def test_an_office_two_hold_after_a_quote_is_no_ones_when_none_was_spoken_of() -> None:
    article = OPENING + "“We are meeting today in hope,” the prime minister said."
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In his speech to open the summit, Brekke alluded to the “troubled world”.",
        "Brekke cited the “troubled world” in the north.",
        "Brekke lamented the “troubled world” in the north.",
    ],
)
def test_a_subject_whose_verb_or_opening_phrase_says_they_speak(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {"troubled world": "Ola Brekke"}


def test_a_quote_closed_by_he_said_after_another_in_its_sentence() -> None:
    article = OPENING + (
        "Brekke opened the talks.\n\n"
        "“Our main concern” is the “north, where each member has helped,” he said."
    )
    assert speakers(article) == {
        "Our main concern": "Ola Brekke",
        "north, where each member has helped": "Ola Brekke",
    }


def test_a_pronoun_after_words_given_to_the_former_office_holder_refers_back() -> None:
    article = OPENING + (
        "Brekke opened the talks. “We must remain a link”, underlined the former head of "
        "Norwegian diplomacy. She cited the many “storms” ahead."
    )
    assert speakers(article)["storms"] == "Ola Brekke"


def test_a_speaker_named_after_an_initialism_and_an_office() -> None:
    article = OPENING + (
        "“This summit is a success,” U.N. Special Envoy Ola Brekke declared in a speech."
    )
    assert speakers(article) == {"This summit is a success": "Ola Brekke"}


def test_words_after_a_quote_that_name_no_office_give_it_to_no_one() -> None:
    article = (
        "The meeting was attended by Swedish Prime Minister Erik Lund and Bloc Secretary "
        "General Ola Brekke.\n\n"
        'The C5 said they "condemn the war in the strongest possible terms" and added '
        'they were "determined to keep up the pressure."'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Brekke also saw that the gains of the year made “the whole region proud”.",
        "Brekke considers that the summit left “the whole region proud” after all.",
        "Brekke repeated his disquiet with trade that left “the whole region proud”.",
        "Brekke wished, before the start of the meeting, that this summit would leave it “the "
        "whole region proud”.",
    ],
)
def test_a_clause_a_named_subject_reports_whatever_the_verb(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {"the whole region proud": "Ola Brekke"}


def test_a_clause_reported_about_another_is_not_the_subjects() -> None:
    article = OPENING + "Brekke denied claims that the summit left “the whole region proud”."
    assert speakers(article) == {}


@pytest.mark.parametrize("verb", ["agreed", "wrote"])
def test_a_name_first_given_after_a_quote_and_any_verb_is_a_speakers(verb: str) -> None:
    article = (
        f'At the very least, the bloc "remains a vast and diverse space", {verb} Ingrid '
        "Solheim, researcher in international relations at the national institute."
    )
    assert speakers(article) == {"remains a vast and diverse space": "Ingrid Solheim"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "The remark “a total failure of the bloc”, angered Brekke.",
        "The remark “a total failure of the bloc”, pushed Brekke to walk out.",
        "Brekke learned that the bloc had called it “a total failure of the bloc”.",
    ],
)
def test_a_verb_that_does_not_speak_gives_no_quote(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("said the former head of Norwegian diplomacy.", "Ola Brekke"),
        ("said the former ambassador of the bloc in the south.", None),
    ],
)
def test_the_former_office_after_a_quote_is_the_one_before_only_if_theirs(
    said: str, speaker: str | None
) -> None:
    article = OPENING + f"Brekke met envoys on Friday. “It was useful,” {said}"
    assert speakers(article).get("It was useful") == speaker


def test_a_sentence_a_page_wraps_over_lines_keeps_its_subject() -> None:
    article = (
        "Norwegian Prime Minister Ola Brekke\nused his address to detail the talks with "
        'Swedish Prime Minister Erik Lund.\n"We are ready for anything," he said.'
    )
    assert speakers(article) == {"We are ready for anything": "Ola Brekke"}


@pytest.mark.parametrize(
    "before",
    [
        "Then Kowalczyk arrived in Rome.",
        "In Rome Kowalczyk arrived late.",
        "Anna Kowalczyk and Piotr Kowalczyk met in Rome.",
    ],
)
def test_a_family_name_that_speaks_keeps_it_without_one_listed_full_name(before: str) -> None:
    article = f'{before}\n\n"We are ready for anything," Kowalczyk said.'
    assert speakers(article) == {"We are ready for anything": "Kowalczyk"}


def test_a_family_name_that_speaks_is_the_full_name_a_list_gave_before() -> None:
    article = (
        "The foreign ministers - Erik Kowalczyk, Ola Brekke and Anne-Marie De Vries met on Friday.\n\n"
        '"We are ready for anything," Kowalczyk said. De Vries added that it was "a fair deal".'
    )
    assert speakers(article) == {
        "We are ready for anything": "Erik Kowalczyk",
        "a fair deal": "Anne-Marie De Vries",
    }


@pytest.mark.parametrize(
    ("ending", "said"),
    [(" Brekke shares this", None), (" Brekke shares this view.", "Erik Lund")],
)
def test_a_quote_run_on_before_the_page_is_cut_has_no_speaker(
    ending: str, said: str | None
) -> None:
    article = OPENING + (
        "Lund added that “it is in the interest of both countries.” “We are friends and have "
        "common goals. Together we can be stronger.”" + ending
    )
    assert (
        speakers(article).get("We are friends and have common goals. Together we can be stronger.")
        == said
    )


@pytest.mark.parametrize(
    ("between", "said"),
    [(" ", "Erik Lund"), ("\n", None)],
)
def test_words_run_on_the_speakers_line_when_the_page_cuts_them(
    between: str, said: str | None
) -> None:
    article = OPENING + f"“It went well,” said Lund.{between}“I am proud that our officials agr"
    assert speakers(article).get("I am proud that our officials agr") == said


@pytest.mark.parametrize(
    ("between", "said"),
    [(" ", "Erik Lund"), ("\n\n", None)],
)
def test_a_quote_the_page_cuts_on_the_line_of_reported_speech_is_its_speakers(
    between: str, said: str | None
) -> None:
    """A quote opening on the line that reported what someone said runs on their words; on a
    line of its own, the words cut may name another."""
    article = OPENING + f"In his speech, Lund said trade would grow.{between}“Sweden has taken a"
    assert speakers(article).get("Sweden has taken a") == said


@pytest.mark.parametrize(
    ("described", "said"),
    [("the Swedish politician", "Erik Lund"), ("the Norwegian diplomat", None)],
)
def test_said_the_politician_of_a_country_is_the_one_spoken_of_from_it(
    described: str, said: str | None
) -> None:
    article = OPENING + (
        "Lund opened the meeting. He added that reform was due.\n\n"
        f"«We need to reform our organization», said {described}."
    )
    assert speakers(article).get("We need to reform our organization") == said


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("state radio quoted the Swedish prime minister, Mr Erik Lund, saying.", "Erik Lund"),
        ("state radio quoted Lund as saying.", "Erik Lund"),
        ("state radio quoted a source close to Lund, saying.", None),
    ],
)
def test_a_source_quoting_someone_after_the_quote_gives_it_to_them(
    source: str, said: str | None
) -> None:
    article = OPENING + f"“On Monday, the ministers met and made recommendations,” {source}"
    assert speakers(article).get("On Monday, the ministers met and made recommendations") == said


def test_a_name_ending_a_description_after_the_quote_is_the_speakers() -> None:
    article = OPENING + (
        '"The new period will be different," stated the council’s Secretary-General Anna Berg.'
    )
    assert speakers(article) == {"The new period will be different": "Anna Berg"}


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Noting that several members share borders with the region, Lund said the bloc’s "
            "“potential” must be used.",
            "Erik Lund",
        ),
        ("Several members close to Lund said the bloc’s “potential” must be used.", None),
        ("Two officials, speaking in private, said Lund told them of its “potential”.", None),
    ],
)
def test_a_group_in_a_clause_before_a_named_speaker_does_not_unname_them(
    sentence: str, said: str | None
) -> None:
    assert speakers(OPENING + sentence).get("potential") == said


def test_renewing_a_stance_is_speaking() -> None:
    article = OPENING + (
        "Lund said the talks went well. He renewed Sweden’s rejection of any steps altering "
        "the “historical and legal status” of the islands."
    )
    assert speakers(article) == {"historical and legal status": "Erik Lund"}


@pytest.mark.parametrize("office", ["Communications Director", "National Security Adviser"])
def test_a_fields_director_or_adviser_before_a_name_is_no_part_of_it(office: str) -> None:
    article = OPENING + f'{office} Tom Berg wrote on X that the summit "showed our strength."'
    assert speakers(article) == {"showed our strength": "Tom Berg"}


def test_a_name_read_with_a_jobs_word_in_it_is_given_no_words() -> None:
    article = OPENING + (
        "National Security Advisor Tom Berg told reporters in Oslo that the trip was "
        '"a turning point for the region."'
    )
    assert speakers(article).get("a turning point for the region") in (None, "Tom Berg")


@pytest.mark.parametrize(
    "paragraph",
    [
        'At dinner, Lund brought up "lagom," a term referring to balance, "dugnad," meaning '
        '"working together" in Norwegian, and the farmers\' guild "bygdelag."',
        'Lund hailed what he called the spirit of "folkhem," an old Swedish word for home.',
        'Lund, referring to the talks, praised what is known as "the quiet way" of the bloc.',
    ],
)
def test_terms_a_sentence_glosses_are_no_ones_words(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


def test_words_a_speaker_says_beside_a_glossed_term_in_another_sentence_are_theirs() -> None:
    article = OPENING + (
        'Lund said Sweden would be the region\'s "true friend." He brought up "lagom," a term '
        "referring to balance."
    )
    assert speakers(article) == {"true friend": "Erik Lund"}


def test_a_pronoun_looks_back_through_a_speech_whose_sentences_say_say() -> None:
    article = OPENING + (
        'In his address, Lund admitted the bloc had fallen short. "We have failed. I am sad to '
        'say we made no impact."\n\nHe added, "We must do better."'
    )
    assert speakers(article)["We must do better."] == "Erik Lund"


def test_an_office_of_a_two_word_country_closing_the_sentence_after_more_words() -> None:
    article = (
        "South African President Sipho Dube and Kenyan President Amos Kiprop met on Friday.\n\n"
        'There are "great openings" for Africa in the plan, the South African president added, '
        "saying it was central to the talks."
    )
    assert speakers(article) == {"great openings": "Sipho Dube"}


def test_a_pronoun_is_an_office_of_an_elided_country_and_a_style_set_off_before_a_name() -> None:
    article = (
        "Ivorian President Koffi Amani and Ghanaian President Kwame Mensah met on Friday.\n\n"
        "In his welcome speech, the President of the Republic of Côte d'Ivoire, H.E. Koffi "
        'Amani advised the young to stay. He said they could "build their lives" at home.'
    )
    assert speakers(article) == {"build their lives": "Koffi Amani"}


def test_a_pronoun_after_a_sentence_sourced_according_to_someone_is_theirs() -> None:
    article = OPENING + (
        "Press officer Anna Holm said the talks began on time. According to Holm, trade was "
        'also discussed. "Each leader made a comment on the sea," she told journalists.'
    )
    assert speakers(article)["Each leader made a comment on the sea"] == "Anna Holm"


def test_words_quoted_after_a_long_term_are_a_speakers() -> None:
    article = OPENING + 'Lund said that over the long term "we will all gain from this."'
    assert speakers(article) == {"we will all gain from this": "Erik Lund"}


def test_the_sentence_after_a_question_a_colon_leads_in_is_no_attribution() -> None:
    paragraph = 'Lund asked his guest: "Where should we begin?" Brekke suggested the two sit down.'
    assert speakers(OPENING + paragraph).get("Where should we begin?") != "Ola Brekke"


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund spoke first. He also "drew attention to the plight of the farmers".',
        'Lund also "called for closer ties between the two nations".',
    ],
)
def test_a_subject_whose_predicate_is_quoted_said_it(paragraph: str) -> None:
    assert set(speakers(OPENING + paragraph).values()) == {"Erik Lund"}


def test_a_relative_clause_in_which_no_one_speaks_leaves_the_quote_to_the_subject() -> None:
    paragraph = (
        "Lund said arrivals which already top half a million were likely to rise and Europe "
        'must "take back control of our borders".'
    )
    assert speakers(OPENING + paragraph) == {"take back control of our borders": "Erik Lund"}


def test_the_subject_of_a_clause_set_against_the_one_before_speaks() -> None:
    paragraph = (
        "Local media had reported that the talks failed, but Lund denied these reports as "
        '"not true at all".'
    )
    assert speakers(OPENING + paragraph) == {"not true at all": "Erik Lund"}


def test_the_leader_of_a_country_is_the_one_person_named_for_it_without_a_title() -> None:
    article = (
        "Leaders of the Nordic Union, Anna Berg (Denmark) and Ivan Petrov (Finland), met on "
        "Friday.\n\nIn her report, the Danish president recalled that the leaders "
        '"all agree that we must act together".'
    )
    assert speakers(article) == {"all agree that we must act together": "Anna Berg"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Brekke joked first. That got a gleeful Lund to say, in German, "Then we can begin."',
        'The joke prompted Lund to reply: "Then we can begin."',
    ],
)
def test_one_moved_to_speak_says_the_quote(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {"Then we can begin.": "Erik Lund"}


def test_a_medium_of_the_subjects_words_says_they_speak_whatever_the_verb() -> None:
    paragraph = (
        "Prime Minister Lund aid in a post on his Facebook page on Sunday that he is "
        '"looking forward to standing with my friends".'
    )
    assert speakers(OPENING + paragraph) == {
        "looking forward to standing with my friends": "Erik Lund"
    }


def test_a_family_name_that_says_a_quote_is_the_described_full_name_before_it() -> None:
    article = (
        "Leaders meet\n\nSocialist firebrand Ana Lopes has governed there since 1999.\n\n"
        "“This is a historic day,” Lopes told a television station."
    )
    assert speakers(article) == {"This is a historic day": "Ana Lopes"}


def test_a_name_in_the_office_set_off_after_the_speaker_is_not_who_speaks() -> None:
    paragraph = (
        "Ambassador Lars Holm, the Chairman of the Nordic Mediation Team said, "
        '"We cannot go on like this."'
    )
    assert speakers(OPENING + paragraph) == {"We cannot go on like this.": "Lars Holm"}


@pytest.mark.parametrize("opening", ["Addressing", "Thanking", "Welcoming", "Turning to"])
def test_one_named_in_a_phrase_opening_the_sentence_is_the_one_spoken_to(opening: str) -> None:
    paragraph = f'Lund praised the talks.\n\n{opening} Brekke, he said: "We will meet again."'
    assert speakers(OPENING + paragraph) == {"We will meet again.": "Erik Lund"}


def test_a_quote_left_open_at_the_end_of_its_line_ends_there() -> None:
    article = (
        "Swedish Prime Minister Erik Lund said: “We are here. The whole continent is here.\n"
        "Norwegian Prime Minister Ola Brekke said the war touched everyone.\n"
        "“It affects all of us through our economies,” he said.\n"
    )
    assert speakers(article) == {
        "We are here. The whole continent is here.": "Erik Lund",
        "It affects all of us through our economies": "Ola Brekke",
    }


def test_an_office_that_ends_a_paragraph_saying_speaks_the_quote_opening_the_next() -> None:
    paragraph = (
        "Swedish Prime Minister Erik Lund opened the talks. The Prime Minister said:\n\n"
        '"These principles are set out in the declaration."'
    )
    assert speakers(paragraph) == {"These principles are set out in the declaration.": "Erik Lund"}


@pytest.mark.parametrize("verb", ["began", "interjected"])
def test_an_office_after_any_verb_handed_a_quote_is_its_holder(verb: str) -> None:
    paragraph = (
        f'In Oslo, Lund opened the talks.\n\n"It is good to be back," {verb} the Prime Minister.'
    )
    assert speakers(OPENING + paragraph) == {"It is good to be back": "Erik Lund"}


def test_he_after_a_sentence_whose_subject_is_a_country_is_the_speaker_before_it() -> None:
    paragraph = (
        '"Our emissions will rise," Lund said.\n'
        "Besides, as a major manufacturing country, Sweden makes goods for the world.\n"
        '"We hope this is taken into account," he said.'
    )
    assert speakers(LUND + paragraph) == {
        "Our emissions will rise": "Erik Lund",
        "We hope this is taken into account": "Erik Lund",
    }


def test_an_opening_curly_mark_after_a_straight_quote_closes_it() -> None:
    paragraph = (
        '"We share a determination to fix this,“ Lund said at a dinner for the leaders.\n\n'
        '"If we wait we risk a depression,“ said Chilean Finance Minister Ana Ruiz.'
    )
    assert speakers(LUND + paragraph) == {
        "We share a determination to fix this": "Erik Lund",
        "If we wait we risk a depression": "Ana Ruiz",
    }


def test_a_low_mark_closing_what_a_low_mark_opened_ends_the_quote() -> None:
    paragraph = (
        "The bloc opened its doors to three new members.\n"
        "„We will refresh the spirit of this alliance, „ Swedish Prime Minister Erik Lund told "
        "fellow leaders, calling it „our most important alliance“."
    )
    assert speakers(paragraph) == {
        "We will refresh the spirit of this alliance": "Erik Lund",
        "our most important alliance": "Erik Lund",
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We will meet again," the summit\'s host, Prime Minister Erik Lund, told reporters.',
        '"We will meet again," the host, Erik Lund, said on Friday.',
    ],
)
def test_a_speaker_described_before_a_name_set_off_by_commas_says_the_quote(
    paragraph: str,
) -> None:
    assert speakers(OPENING + paragraph) == {"We will meet again": "Erik Lund"}


def test_the_one_an_unnamed_speaker_serves_set_off_after_them_is_not_who_speaks() -> None:
    paragraph = '"We will meet again," the spokesman for the prime minister, Erik Lund, said.'
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize("monarch", ["the Norwegian monarch", "the monarch"])
def test_a_monarch_described_so_is_the_king_named_before(monarch: str) -> None:
    article = (
        "Norway's King Olav opened the summit on Saturday.\n\n"
        f'"The pandemic has been an unprecedented shock," {monarch} said.'
    )
    assert speakers(article) == {"The pandemic has been an unprecedented shock": "King Olav"}


def test_a_monarch_described_so_is_no_president() -> None:
    article = (
        "Swedish President Erik Lund opened the summit on Saturday.\n\n"
        '"The pandemic has been an unprecedented shock," the Swedish monarch said.'
    )
    assert speakers(article) == {}


def test_a_dateline_set_off_by_a_hyphen_is_not_the_subject() -> None:
    article = (
        "OSLO - Swedish Prime Minister Erik Lund welcomed each leader on Saturday, telling them "
        'the summit would be one "of hope" for the world.'
    )
    assert speakers(article) == {"of hope": "Erik Lund"}


def test_a_page_cut_in_the_sentence_after_a_quote_closed_by_a_full_stop_keeps_its_speaker() -> None:
    paragraph = (
        '"We will discuss trade," Lund said in a statement.\n\n'
        '"We will also discuss aid to the region." The leaders of the bloc met in the gre'
    )
    assert speakers(OPENING + paragraph)["We will also discuss aid to the region."] == "Erik Lund"


def test_a_page_cut_in_the_sentence_a_quote_opens_may_name_another() -> None:
    paragraph = (
        '"We will discuss trade," Lund said in a statement.\n\n'
        '"We will also discuss aid to the region," the lead'
    )
    assert "We will also discuss aid to the region" not in speakers(OPENING + paragraph)


@pytest.mark.parametrize("verb", ["justified", "characterised", "portrayed", "dismissed"])
def test_a_subject_who_casts_something_as_quoted_words_says_them(verb: str) -> None:
    paragraph = f'Lund {verb} the new member\'s entry as "a way of helping the bloc grow".'
    assert speakers(OPENING + paragraph) == {"a way of helping the bloc grow": "Erik Lund"}


def test_a_given_name_that_is_also_a_peers_style_is_part_of_the_speakers_name() -> None:
    paragraph = 'Nauru President Baron Lund called for an apology. "We want respect," said Lund.'
    assert speakers(paragraph) == {"We want respect": "Baron Lund"}


def test_a_family_name_after_any_speech_verb_is_the_untitled_person_named_before() -> None:
    article = (
        "Ana Maria Lopes began her opening speech to a packed room.\n\n"
        '"The year that went by was not a year of peace," added Lopes in a heavy tone.'
    )
    assert speakers(article) == {"The year that went by was not a year of peace": "Ana Maria Lopes"}


def test_an_untitled_name_whose_verb_with_its_auxiliary_goes_on_to_his_is_a_persons() -> None:
    article = (
        "Selling fish from a stall near the harbour, Kofi Ama-Tei had seen his share of "
        'crowds.\n\n"I never see rich people here," said Kofi, a father of two.'
    )
    assert speakers(article) == {"I never see rich people here": "Kofi Ama-Tei"}


@pytest.mark.parametrize("paper", ["newspaper La Gazette", "daily Le Phare"])
def test_a_newspaper_named_in_an_aside_before_said_is_no_second_speaker(paper: str) -> None:
    article = (
        f"Kofi Mensah, editor-in-chief of the Ghanaian {paper}, said he was glad.\n\n"
        "“We are satisfied with the solidarity shown.”"
    )
    assert speakers(article) == {"We are satisfied with the solidarity shown.": "Kofi Mensah"}


def test_a_family_name_alone_after_a_speech_verb_is_a_speaker() -> None:
    article = 'The talks ran late.\n\n"We turned our backs on them," stated Lopes to her peers.'
    assert speakers(article) == {"We turned our backs on them": "Lopes"}


def test_words_a_speaker_quotes_from_another_are_the_others_via_the_speaker() -> None:
    (statement,) = draft_facts(
        OPENING + '"We stand together," Lund said, quoting Brekke.'
    ).statements
    assert (statement.speaker.name, statement.via) == ("Ola Brekke", "Quoted by Erik Lund")


@pytest.mark.parametrize("source", ["Nelson Mandela", "the late President Nelson Mandela"])
def test_words_a_speaker_quotes_from_one_named_but_not_read_are_no_ones(source: str) -> None:
    article = OPENING + f'"It seems impossible until it is done," Lund said, quoting {source}.'
    assert speakers(article) == {}


def test_words_a_speaker_quotes_from_someone_unnamed_are_the_speakers() -> None:
    article = OPENING + '"We stand together," Lund said, quoting an old proverb.'
    assert speakers(article) == {"We stand together": "Erik Lund"}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('Asked by a reporter, "Will you leave early?", Lund said no.', {}),
        ('When asked "Will the bloc hold?" Lund smiled and walked on.', {}),
        (
            'Asked about the delays, Lund said: "We are ready for anything."',
            {"We are ready for anything.": "Erik Lund"},
        ),
        ('Asked if the bloc would hold, "It will," Lund said.', {"It will": "Erik Lund"}),
    ],
)
def test_a_question_put_to_the_subject_in_an_opening_phrase_is_not_theirs(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(LUND + paragraph) == said


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund read out the final communique: "We will act together."',
        'Lund signed a declaration calling for "a greener north".',
        'Lund welcomed a resolution urging members to "act together".',
        'Lund signed a pact pledging to "act together".',
        'Lund sealed an accord committing both sides to "act together".',
        'Lund presented a report warning of "a lost decade".',
        'Lund cited a report saying the north faces "a lost decade".',
    ],
)
def test_words_of_a_document_someone_reads_or_signs_are_not_theirs(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ('Lund read a short statement: "We will act together."', "We will act together."),
        ('Lund issued a statement saying "we will act together."', "we will act together"),
        ('Lund wrote a letter warning that "we will act together."', "we will act together"),
    ],
)
def test_words_someone_reads_from_a_statement_of_their_own_are_theirs(
    paragraph: str, words: str
) -> None:
    assert speakers(OPENING + paragraph) == {words: "Erik Lund"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We will act together," said Lund and Brekke.',
        'Lund, along with Brekke, said the bloc would "act together".',
        'Lund, together with Brekke, told reporters: "We will act together."',
    ],
)
def test_words_two_people_say_with_one_named_after_the_other_have_no_one_speaker(
    paragraph: str,
) -> None:
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are one family of nations,” The Prince of Wales said in his opening speech.",
        "The Duchess of Arden, who represented the Queen, told leaders: “We are one family.”",
    ],
)
def test_a_royal_title_of_a_place_the_article_gives_no_name_speaks_as_its_holder(
    paragraph: str,
) -> None:
    holder = "Duchess of Arden" if "Duchess" in paragraph else "Prince of Wales"
    draft = draft_facts(OPENING + paragraph)
    assert [s.speaker.name for s in draft.statements] == [holder]
    assert holder in [a.person.name for a in draft.attendees]


def test_a_royal_title_of_a_place_is_not_another_person_beside_a_prince_named() -> None:
    article = OPENING + "Prince Anders opened the talks. The Prince of Wales spoke next."
    assert [person.name for person in draft_facts(article).people][2:] == ["Prince Anders"]


def test_a_description_by_a_country_written_with_stops_is_its_holders() -> None:
    article = (
        "U.S. President Ana Ruiz met Lund on Friday. “We must act together,” the U.S. "
        "president said."
    )
    assert speakers(article) == {"We must act together": "Ana Ruiz"}


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "The “Nordic Vision” was adopted. Lund said: ‘We will stand together.’",
            "We will stand together.",
        ),
        (
            "Lund said: ‘The leaders agreed that “enough is enough” on this.’",
            "The leaders agreed that “enough is enough” on this.",
        ),
    ],
)
def test_a_text_quoting_in_single_marks_keeps_double_ones_for_names_and_inner_quotes(
    paragraph: str, words: str
) -> None:
    assert speakers(OPENING + paragraph) == {words: "Erik Lund"}


@pytest.mark.parametrize("marks", ["", ' The talks, called "Open Seas", went on.'])
def test_a_quote_between_doubled_apostrophes_is_a_quote(marks: str) -> None:
    article = OPENING + (
        "''The region needs 50 billion euros for its roads'', said Lund on Friday."
        f"{marks}\n\n''Our support is firm'', emphasized Brekke."
    )
    assert speakers(article) == {
        "The region needs 50 billion euros for its roads": "Erik Lund",
        "Our support is firm": "Ola Brekke",
    }


def test_a_line_opening_with_doubled_apostrophes_opens_a_sentence() -> None:
    article = OPENING + (
        "''The region needs 50 billion euros for its roads'', said Lund at the opening with his "
        "Norwegian colleague Brekke on Friday.\n''Our support is firm'', emphasized Lund."
    )
    assert speakers(article)["Our support is firm"] == "Erik Lund"


def test_one_named_in_an_aside_of_the_subject_leaves_a_pronoun_the_subjects() -> None:
    article = OPENING + (
        "In his address, Prime Minister Erik Lund, standing in for King Harald who stayed away "
        "for health reasons, made an appeal for unity. “We aspire to a strong union,” he said."
    )
    assert speakers(article) == {"We aspire to a strong union": "Erik Lund"}
    article = OPENING + (
        "Prime Minister Erik Lund met King Harald, who stayed away for health reasons. "
        "“We aspire to a strong union,” he said."
    )
    assert speakers(article) == {}


def test_a_quote_between_doubled_curly_marks_or_closed_by_them_is_a_quote() -> None:
    article = OPENING + (
        "Lund said the meeting was ‘’proof of our shared strength.’’ He went on,\n\n"
        "‘’The union is the deep solidarity among its members.‘’\n\n"
        "“Our support is firm,’’ said Brekke."
    )
    assert speakers(article) == {
        "proof of our shared strength": "Erik Lund",
        "The union is the deep solidarity among its members.": "Erik Lund",
        "Our support is firm": "Ola Brekke",
    }


def test_a_quote_opened_by_doubled_curly_marks_runs_on_into_the_next_paragraph() -> None:
    article = OPENING + (
        "Lund said: ‘’The union is the deep solidarity among its members.\n\n"
        "“It will stay so for as long as we meet,’’ he added."
    )
    assert speakers(article) == {
        "The union is the deep solidarity among its members.": "Erik Lund",
        "It will stay so for as long as we meet": "Erik Lund",
    }


@pytest.mark.parametrize(
    "source",
    ["For Lund", "For the Prime Minister of Sweden", "According to the Prime Minister of Sweden"],
)
def test_a_quote_in_a_clause_as_someone_sees_it_is_theirs(source: str) -> None:
    article = OPENING + f'{source}, the union is a growth region as "the economies grow fast."'
    assert speakers(article) == {"the economies grow fast": "Erik Lund"}
    assert speakers(OPENING + 'For years, the union has been "a growth region."') == {}


def test_a_second_opening_mark_on_a_line_with_no_closing_one_closes_the_first() -> None:
    article = OPENING + (
        "Under the theme of “Ten Years of Trade, “the summit will adopt a declaration.\n"
        "“This year marks ten years of the union,” Lund noted."
    )
    assert speakers(article) == {"This year marks ten years of the union": "Erik Lund"}


def test_a_quote_in_single_marks_running_over_paragraphs_each_opening_with_its_mark() -> None:
    article = (
        "Swedish Prime Minister Erik Lund spoke on Friday.\n\n"
        "‘We will stand together for as long as it takes. Our support is firm.\n\n"
        "‘The world is watching,’ he said."
    )
    assert speakers(article) == {
        "We will stand together for as long as it takes. Our support is firm.": "Erik Lund",
        "The world is watching": "Erik Lund",
    }


def test_a_statement_set_off_by_a_colon_over_paragraphs_is_a_quote_for_each() -> None:
    article = OPENING + (
        'Speaking about the summit, Lund said: "We are ready.\n\n"The time is now.\n\n'
        '"We have waited long enough."'
    )
    assert speakers(article) == dict.fromkeys(
        ["We are ready.", "The time is now.", "We have waited long enough."], "Erik Lund"
    )


def test_a_quote_running_on_from_after_its_speaker_in_a_paragraph_is_one() -> None:
    article = (
        OPENING + '"We are ready," Lund said. "We have waited long enough.\n\n"The time is now."'
    )
    assert speakers(article) == {
        "We are ready": "Erik Lund",
        'We have waited long enough. "The time is now.': "Erik Lund",
    }


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Alliance Secretary-General Ola Brekke hailed the deal. “This is a historic "
            "moment,” the former Norwegian prime minister said.",
            "Ola Brekke",
        ),
        (
            "Swedish Prime Minister Erik Lund hailed the deal. “This is a historic moment,” the "
            "former Norwegian prime minister said.",
            None,
        ),
    ],
)
def test_a_former_office_describes_the_one_just_spoken_of_if_of_that_country(
    paragraph: str, speaker: str | None
) -> None:
    article = "Alliance leaders met in Oslo on Friday.\n\n" + paragraph
    assert speakers(article).get("This is a historic moment") == speaker


def test_a_transcript_gives_the_words_under_a_speakers_label_to_them() -> None:
    article = (
        "Meeting of the Nordic Council of Heads of State\n\n"
        "President of Norway Ola Brekke: Colleagues, friends,\n\n"
        "I am happy to welcome you all to this meeting in Oslo.\n\n"
        "President of Chile Ana Ruiz: Thank you. We share a common future."
    )
    assert speakers(article) == {
        "Colleagues, friends, I am happy to welcome you all to this meeting in Oslo.": "Ola Brekke",
        "Thank you. We share a common future.": "Ana Ruiz",
    }


@pytest.mark.parametrize(
    "after",
    [
        "Q: And if Chile says no?",
        "Question: And if Chile says no?",
        "Swedish Prime Minister Erik Lund, who spoke next, said Sweden agreed.",
    ],
)
def test_a_short_answer_under_a_label_ends_with_its_sentence(after: str) -> None:
    article = OPENING + (
        "Q: Is the council breaking up?\n\nBrekke: No. We argue because we are a family.\n\n"
        + after
        + "\n\nLund: Sweden agrees."
    )
    assert speakers(article) == {
        "No. We argue because we are a family.": "Ola Brekke",
        "Sweden agrees.": "Erik Lund",
    }


@pytest.mark.parametrize("asker", ["Q", "Question", "QUESTION", "Reporter", "Moderator"])
def test_one_answer_under_a_name_after_a_question_is_the_names(asker: str) -> None:
    article = OPENING + (
        f"Lund took questions after the meeting.\n\n{asker}: Is the council breaking up?\n\n"
        "Brekke: No. We argue because we are a family."
    )
    assert speakers(article) == {"No. We argue because we are a family.": "Ola Brekke"}


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", "— "])
def test_a_list_of_reactions_gives_each_quote_to_the_name_before_its_colon(bullet: str) -> None:
    article = OPENING + (
        f"Here is what they said:\n\n{bullet}Swedish Prime Minister Erik Lund: "
        f'"We came as neighbours."\n{bullet}Brekke: "We leave as family."'
    )
    assert speakers(article) == {
        "We came as neighbours.": "Erik Lund",
        "We leave as family.": "Ola Brekke",
    }


def test_quoted_words_under_a_label_are_read_once_without_the_line_after() -> None:
    article = OPENING + (
        'Reporter: Will you sign?\n\nLund: "We came as neighbours."\n\nReporter: And you?\n\n'
        'Brekke: "We leave as family."'
    )
    assert speakers(article) == {
        "We came as neighbours.": "Erik Lund",
        "We leave as family.": "Ola Brekke",
    }


@pytest.mark.parametrize(
    "article",
    [
        "Lund: Nordic unity is stronger than ever\n\nSwedish Prime Minister Erik Lund met "
        "leaders in Oslo.",
        "Leaders at the summit:\n\nPrime Minister Erik Lund: Minister of Foreign Affairs of "
        "Sweden\n\nPresident Ana Ruiz: Minister of Trade of Chile",
    ],
)
def test_a_headline_or_a_roll_opening_with_a_name_and_a_colon_is_no_ones_words(
    article: str,
) -> None:
    assert speakers(article) == {}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Chilean President Ana Ruiz welcomed the leaders. “We are proud,” the host said.",
            "Ana Ruiz",
        ),
        (
            "Chilean President Ana Ruiz, who hosted the talks, spoke first. Lund followed. "
            "“We are proud,” the summit host said.",
            "Ana Ruiz",
        ),
        ("Chilean President Ana Ruiz spoke first. “We are proud,” the host said.", None),
    ],
)
def test_the_host_said_is_the_one_person_named_as_hosting(
    paragraph: str, speaker: str | None
) -> None:
    assert speakers(OPENING + paragraph).get("We are proud") == speaker


@pytest.mark.parametrize(
    "said",
    [
        'Asked about the delay, Lund said: "The roads were closed."',
        '"The roads were closed," Lund said.',
    ],
)
def test_a_family_name_said_before_a_namesake_is_named_is_the_one_named_so_far(said: str) -> None:
    article = (
        "Swedish Prime Minister Erik Lund arrived late. "
        + said
        + "\n\nKarin Lund, the first lady, did not comment."
    )
    assert list(speakers(article).values()) == ["Erik Lund"]


def test_a_family_name_two_people_named_before_it_share_names_no_speaker() -> None:
    article = (
        "Swedish Prime Minister Erik Lund arrived late. Karin Lund, the first lady, did not comment."
        '\n\n"The roads were closed," Lund said.'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "title", ["Foreign Minister", "Foreign Secretary", "Minister of Foreign Affairs"]
)
def test_a_countrys_top_diplomat_is_its_foreign_minister(title: str) -> None:
    article = (
        f"Swedish Prime Minister Erik Lund and Swedish {title} Ola Brekke attended.\n\n"
        '"We are ready," Sweden\'s top diplomat said.'
    )
    assert speakers(article) == {"We are ready": "Ola Brekke"}


def test_a_top_diplomat_no_one_named_is_names_no_speaker() -> None:
    article = OPENING + '"We are ready," Sweden\'s top diplomat said.'
    assert speakers(article) == {}


@pytest.mark.parametrize(
    "ages",
    [
        "Swedish Prime Minister Erik Lund, 61, and Norwegian Prime Minister Ola Brekke, 48, "
        "attended the summit on Friday.",
        "The 61-year-old Swedish Prime Minister Erik Lund and Norwegian Prime Minister Ola "
        "Brekke attended the summit on Friday.",
        "Norwegian Prime Minister Ola Brekke attended the summit on Friday with Swedish Prime "
        "Minister Erik Lund, 61.",
    ],
)
def test_an_age_the_text_gives_another_is_not_the_one_just_spoken_of(ages: str) -> None:
    article = ages + '\n\nBrekke spoke first.\n\n"We are ready," the 61-year-old said.'
    assert speakers(article) == {"We are ready": "Erik Lund"}


def test_an_age_the_text_gives_no_one_is_the_one_just_spoken_of() -> None:
    article = OPENING + 'Brekke spoke first.\n\n"We are ready," the 61-year-old said.'
    assert speakers(article) == {"We are ready": "Ola Brekke"}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," the 61-year-old leader said.',
        'The 61-year-old leader said the bloc was "ready for more."',
        'The 61-year-old, the oldest in the bloc, said the bloc was "ready for more."',
    ],
)
def test_an_age_opening_a_sentence_or_before_leader_is_the_one_just_spoken_of(
    paragraph: str,
) -> None:
    article = OPENING + "Brekke spoke first. " + paragraph
    assert set(speakers(article).values()) == {"Ola Brekke"}


def test_an_age_opening_a_sentence_that_the_text_gives_another_is_theirs() -> None:
    article = (
        "Swedish Prime Minister Erik Lund, 61, and Norwegian Prime Minister Ola Brekke, 48, "
        "attended the summit on Friday.\n\nBrekke spoke first. The 61-year-old said the bloc "
        'was "ready for more."'
    )
    assert speakers(article) == {"ready for more": "Erik Lund"}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund, asked about Brekke\'s "dinosaur" jibe, laughed.',
        'Lund shrugged off Brekke\'s "talk shop" remark.',
        "Lund hit back at Brekke’s “dead end” comments on Friday.",
        'Lund praised Brekke\'s "excellent" remarks.',
    ],
)
def test_words_between_a_name_and_its_remark_are_no_ones_for_sure(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {}


BODY_CHIEF = (
    "Leaders of the Lagoon Union met on Friday.\n\n"
    "Lagoon Union Secretary-General Ola Brekke opened the summit with Swedish Prime Minister "
    "Erik Lund.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," the Lagoon Union chief said.',
        '"We are ready," the bloc chief told reporters.',
        '"We are ready," the bloc\'s secretary-general said.',
        '"We are ready," said the union\'s chief.',
        '"We are ready," the union\'s head told reporters.',
        '"We are ready," the chief of the bloc said.',
        '"We are ready," said the head of the alliance.',
        '"We are ready," said the secretary-general of the Lagoon Union.',
    ],
)
def test_a_bodys_chief_is_the_one_who_holds_its_office(paragraph: str) -> None:
    assert speakers(BODY_CHIEF + paragraph) == {"We are ready": "Ola Brekke"}


@pytest.mark.parametrize(
    "paragraph", ['"We are ready," the army chief said.', '"We are ready," Lund\'s chief said.']
)
def test_a_chief_of_no_body_named_is_no_ones(paragraph: str) -> None:
    assert speakers(BODY_CHIEF + paragraph) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        'The chief of the bloc said the talks had reached "a turning point".',
        'The talks had reached "a turning point" on trade, the head of the Lagoon Union said.',
        "The secretary-general of the Lagoon Union, speaking at the opening, said the talks had "
        'reached "a turning point".',
    ],
)
def test_a_bodys_office_written_before_it_as_the_subject_is_its_holders(paragraph: str) -> None:
    assert speakers(BODY_CHIEF + paragraph) == {"a turning point": "Ola Brekke"}


@pytest.mark.parametrize(
    "paragraph",
    [
        'The head of the Danish delegation said the talks had reached "a turning point".',
        'The talks had reached "a turning point", the head of the Reef Bank said.',
    ],
)
def test_an_office_of_no_body_named_as_the_subject_is_no_ones(paragraph: str) -> None:
    assert speakers(BODY_CHIEF + paragraph) == {}


@pytest.mark.parametrize(
    ("official", "paragraph"),
    [
        (
            "Lagoon Commission Chairperson",
            '"We are ready," said the head of the Lagoon Commission.',
        ),
        (
            "Lagoon Commission Chairperson",
            '"We are ready," the commission\'s chief told reporters.',
        ),
        ("Reef Bank President", '"We are ready," the bank\'s chief said.'),
    ],
)
def test_a_body_is_headed_by_its_officer_whatever_the_office_is_called(
    official: str, paragraph: str
) -> None:
    article = (
        f"Lagoon Union leaders met on Friday.\n\n{official} Ola Brekke and Swedish Prime "
        f"Minister Erik Lund addressed the summit.\n\n{paragraph}"
    )
    assert speakers(article) == {"We are ready": "Ola Brekke"}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('"We are ready," said the prime minister of Norway.', {"We are ready": "Ola Brekke"}),
        (
            '"We are ready," the prime minister of Sweden told reporters.',
            {"We are ready": "Erik Lund"},
        ),
        ('"We are ready," said the president of Norway.', {}),
        ('"We are ready," said the Prime Minister of Norway.', {"We are ready": "Ola Brekke"}),
    ],
)
def test_an_office_written_before_its_country_is_its_holders(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(OPENING + paragraph) == said


@pytest.mark.parametrize("body", ["the Reef Bank", "Reef Island Council", "the Lagoon Union"])
def test_an_office_of_a_body_no_one_named_serves_is_no_ones(body: str) -> None:
    article = (
        "Lagoon Union leaders met on Friday.\n\nSwedish Prime Minister Erik Lund opened the "
        f'summit.\n\n"We are ready," said the prime minister of {body}.'
    )
    assert speakers(article) == {}


def test_the_head_of_a_body_is_no_officials_where_a_monarch_is_named() -> None:
    article = (
        "King Olav opened the Lagoon Union summit.\n\nLagoon Union Secretary-General Ola "
        'Brekke spoke next.\n\n"Thank you all," said the head of the Lagoon Union.'
    )
    assert speakers(article) == {}


def test_a_word_for_a_body_names_no_chief_where_officials_of_two_are_named() -> None:
    article = (
        "Lagoon Union Secretary-General Ola Brekke and Reef Fund Managing Director Erik Lund "
        'opened the summit.\n\n"We are ready," the bloc\'s chief said.'
    )
    assert speakers(article) == {}


@pytest.mark.parametrize("outlet", ["Al Lagoon", "Reef Daily News", "Radio Lagoon"])
def test_the_body_a_speaker_is_of_is_not_the_speaker(outlet: str) -> None:
    article = OPENING + f'Maria Lopes of {outlet} said the summit was "a show of unity".'
    assert outlet not in speakers(article).values()


@pytest.mark.parametrize("what", ["Analyst", "Economist", "Researcher"])
def test_what_an_untitled_speaker_does_is_not_part_of_the_name(what: str) -> None:
    article = OPENING + f'{what} Ana Lopes told reporters the summit was "a turning point".'
    assert speakers(article) == {"a turning point": "Ana Lopes"}


@pytest.mark.parametrize("aside", ["standing beside", "flanked by", "after meeting"])
def test_a_name_in_an_aside_after_the_subject_is_not_who_speaks(aside: str) -> None:
    paragraph = (
        f"Lund, {aside} Norwegian Prime Minister Ola Brekke, the bloc's chair, told the "
        'gathering: "We are ready."'
    )
    assert speakers(OPENING + paragraph) == {"We are ready.": "Erik Lund"}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund, whom Brekke called "a dear friend", arrived on Monday.',
        'Lund, after Brekke called him "a dear friend", smiled.',
    ],
)
def test_a_name_in_a_clause_of_its_own_after_the_subject_speaks_in_it(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {"a dear friend": "Ola Brekke"}


@pytest.mark.parametrize(
    "title", ["Prime Minister", "Swedish Prime Minister", "Lagoon Union member"]
)
def test_a_name_after_words_for_someone_unnamed_is_who_they_describe(title: str) -> None:
    paragraph = (
        f"The bloc admitted Reefland, a move {title} Erik Lund said would make it "
        '"more representative".'
    )
    assert speakers(OPENING + paragraph) == {"more representative": "Erik Lund"}


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ('Lund called Brekke\'s remarks "very constructive".', "Erik Lund"),
        ('Lund branded Brekke\'s plan "very constructive".', "Erik Lund"),
        (
            'Lund called Brekke\'s claim that the talks were "very constructive" false.',
            "Ola Brekke",
        ),
    ],
)
def test_words_naming_what_another_said_are_the_namers(sentence: str, said: str) -> None:
    assert speakers(OPENING + sentence) == {"very constructive": said}


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lund\'s office quoted him as saying the talks were "very constructive".',
        'Lund spoke first. State media quoted him as saying the talks were "very constructive".',
    ],
)
def test_quoted_him_as_saying_is_the_one_whose_office_or_story_it_is(paragraph: str) -> None:
    assert speakers(OPENING + paragraph) == {"very constructive": "Erik Lund"}


def test_quoted_him_as_saying_names_no_one_where_another_is_named_beside() -> None:
    paragraph = 'Lund\'s aide quoted him as telling Brekke the talks were "very constructive".'
    assert speakers(OPENING + paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('"We are ready," Brekke quoted Lund as saying.', {"We are ready": "Erik Lund"}),
        ('"We are ready," Brekke quoted Lund.', {}),
    ],
)
def test_words_one_named_after_a_quote_quotes_another_as_saying_are_the_others(
    paragraph: str, said: dict[str, str]
) -> None:
    assert speakers(OPENING + paragraph) == said


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ('"We are ready," the Chilean president said.', {"We are ready": "Ana Ruiz"}),
        ('"We are ready," said the incoming president.', {}),
        ('"We are ready," said the incoming Lagoon Union president.', {}),
        ('"We are ready," the Reef Forum president said.', {}),
        ('"We are ready," the late president once said.', {}),
    ],
)
def test_an_office_described_as_another_holders_is_not_the_one_named(
    paragraph: str, said: dict[str, str]
) -> None:
    article = (
        f"Lagoon Union leaders met.\n\nChilean President Ana Ruiz opened the summit.\n\n{paragraph}"
    )
    assert speakers(article) == said


@pytest.mark.parametrize(
    "sentence",
    [
        'The Swedish prime minister\'s office said in a statement that he "will attend the talks."',
        'The office of the prime minister said in a statement that Sweden "fully supports it."',
        'Sweden\'s office of the prime minister said the country "fully supports it."',
        'A spokesman for the prime minister said the talks were "going very well."',
    ],
)
def test_the_office_or_aide_of_an_office_holder_is_not_the_holder(sentence: str) -> None:
    opening = "Swedish Prime Minister Erik Lund attended the summit on Friday.\n\n"
    assert speakers(opening + sentence) == {}


@pytest.mark.parametrize(
    "stamp", ["13:42 — ", "1:42 p.m. — ", "13.42 - ", "1342 GMT -- ", "13:42: "]
)
def test_a_live_blogs_time_stamp_opens_a_sentence_before_its_subject(stamp: str) -> None:
    paragraph = (
        f'{stamp}Finnish Prime Minister Anna Virtanen arrives. "It is good to be back," she says.'
    )
    assert speakers(OPENING + paragraph) == {"It is good to be back": "Anna Virtanen"}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund opened the summit with a speech in which he said the region "cannot bear another war."',
        'Lund issued a statement in which he said the region "cannot bear another war."',
    ],
)
def test_a_speech_in_which_the_subject_said_is_theirs(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {"cannot bear another war": "Erik Lund"}


def test_a_speech_in_which_another_said_is_not_the_subjects() -> None:
    sentence = 'Lund chaired a session in which Brekke said the region "cannot bear another war."'
    assert speakers(OPENING + sentence).get("cannot bear another war") in (None, "Ola Brekke")


@pytest.mark.parametrize(
    "sentence",
    [
        'The summit heard from Finnish Prime Minister Anna Virtanen: "Our islands may vanish."',
        'Delegates then heard from Virtanen, the forum chair: "Our islands may vanish."',
        'The summit also heard from Anna Virtanen of Finland: "Our islands may vanish."',
    ],
)
def test_words_after_the_summit_heard_from_one_named_are_theirs(sentence: str) -> None:
    opening = OPENING + "Finnish Prime Minister Anna Virtanen attended too.\n\n"
    assert speakers(opening + sentence) == {"Our islands may vanish.": "Anna Virtanen"}


@pytest.mark.parametrize(
    "sentence",
    [
        'The summit heard from Lund and Brekke: "Our islands may vanish."',
        'The summit heard from Lund about a warning: "Our islands may vanish."',
    ],
)
def test_words_after_the_summit_heard_from_two_or_about_another_are_not_the_firsts(
    sentence: str,
) -> None:
    assert speakers(OPENING + sentence).get("Our islands may vanish.") in (None, "Ola Brekke")


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund\'s message was clear: "We are ready."',
        'Lund\'s remarks, carried by state television, were blunt: "We are ready."',
        'Lund’s message to the West was simple: "We are ready."',
        'Lund\'s words were stark: "We are ready."',
        'In a tense week, the words of Swedish Prime Minister Erik Lund ring out: "We are ready."',
        'The message of Lund was clear: "We are ready."',
    ],
)
def test_a_colon_after_ones_message_was_clear_opens_their_words(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {"We are ready.": "Erik Lund"}


@pytest.mark.parametrize(
    "sentence",
    [
        'Lund\'s spokesman was clear: "We are ready."',
        'Lund\'s message drew a reply from Brekke: "We are ready."',
        'Lund\'s remarks were blunt, Brekke said: "We are ready."',
    ],
)
def test_a_colon_after_ones_aide_or_anothers_reply_opens_no_words_of_theirs(sentence: str) -> None:
    assert speakers(OPENING + sentence).get("We are ready.") in (None, "Ola Brekke")


def test_a_colon_after_ones_remarks_were_interrupted_opens_no_words_of_theirs() -> None:
    sentence = 'Lund\'s remarks were interrupted by protesters: "Shame on you!"'
    assert speakers(OPENING + sentence) == {}


@pytest.mark.parametrize(
    "caption",
    [
        'Lund speaks in Oslo. "We are stronger together," he said. (AP Photo/Jane Doe)',
        'Lund speaks to reporters in Oslo. "We are stronger together," he said. (Photo: NTB)',
    ],
)
def test_a_pronoun_in_a_caption_is_the_one_the_caption_names(caption: str) -> None:
    assert speakers(OPENING + caption) == {"We are stronger together": "Erik Lund"}


def test_a_pronoun_after_a_caption_is_not_the_one_the_caption_names() -> None:
    article = (
        OPENING + "Lund met reporters.\n\nBrekke speaks in Oslo. (Photo: NTB)\n\n"
        '"We are stronger together," he said.'
    )
    assert speakers(article).get("We are stronger together") in (None, "Erik Lund")


@pytest.mark.parametrize(
    "sentence",
    [
        'The summit opened with a warning from Lund: "We must not blink."',
        'Delegates heard a stark warning from Lund, the host: "We must not blink."',
        'The day ended with an appeal from Lund: "We must not blink."',
    ],
)
def test_words_after_a_warning_from_one_named_are_theirs(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {"We must not blink.": "Erik Lund"}


def test_words_after_a_warning_from_one_to_another_are_not_the_firsts() -> None:
    sentence = 'The summit opened with a warning from Lund to Brekke: "We must not blink."'
    assert speakers(OPENING + sentence).get("We must not blink.") in (None, "Erik Lund")


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_name_ending_in_s_that_owns_a_speech_with_a_bare_apostrophe_is_not_the_speaker(
    apostrophe: str,
) -> None:
    said = speakers(
        "Swedish Prime Minister Erik Andres and Norwegian Prime Minister Ola Brekke attended "
        "the summit on Friday.\n\n"
        f"Following Andres{apostrophe} opening speech, Norwegian Prime Minister Ola Brekke, who "
        "had pushed for the talks, went up to the Swedish leader and scolded him: "
        '"You forgot the fish."'
    )
    assert said == {"You forgot the fish.": "Ola Brekke"}


def test_quotes_before_a_closing_attribution_that_adds_a_quote_are_the_speakers() -> None:
    said = speakers(
        OPENING + '"Most nations called for a peaceful solution to the [fishing] conflict," as '
        'well as "a desire that Oslo be present" at the next meeting, Lund said, adding that '
        '"it was not expected."'
    )
    assert said == {
        "Most nations called for a peaceful solution to the [fishing] conflict": "Erik Lund",
        "a desire that Oslo be present": "Erik Lund",
        "it was not expected": "Erik Lund",
    }


@pytest.mark.parametrize("source", ["NTB", "the agency", "the state news agency NTB"])
def test_words_a_news_agency_reports_of_someone_are_not_theirs(source: str) -> None:
    said = speakers(
        OPENING + f"Lund “will leave the country on May 18 for Oslo to attend the summit,” "
        f"{source} reported."
    )
    assert said == {}


def test_words_someone_told_the_summit_stay_theirs_when_an_agency_reports_them() -> None:
    said = speakers(
        OPENING + 'Lund told the summit that disputes were undermining "our existence and our '
        'hopes", NTB reported.'
    )
    assert said == {"our existence and our hopes": "Erik Lund"}


def test_a_quote_after_another_speaker_in_the_present_tense_is_theirs() -> None:
    said = speakers(
        OPENING + "Emissary of President Ana Ruiz, Juan Soto, Prime Minister of Peru's "
        "government, says the summit is “an opportunity for strategic partnerships,” while "
        "Lund emphasizes the need to “strengthen the partnership between our states.”"
    )
    assert said == {
        "an opportunity for strategic partnerships": "Juan Soto",
        "strengthen the partnership between our states": "Erik Lund",
    }


def test_a_head_of_state_maintaining_a_point_says_it() -> None:
    said = speakers(
        OPENING + "For his part, Swedish Head of State Erik Lund maintains that “Nordic "
        "leaders will take stock of their partnership,” stressing the occasion."
    )
    assert said == {"Nordic leaders will take stock of their partnership": "Erik Lund"}


def test_a_quote_after_another_opens_a_clause_set_against_is_not_the_first_speakers() -> None:
    said = speakers(
        OPENING + "Juan Soto, Prime Minister of Peru, says the summit is “an opportunity for "
        "strategic partnerships,” while Lund wants to “strengthen the partnership between our "
        "states.”"
    )
    assert said["an opportunity for strategic partnerships"] == "Juan Soto"
    assert said.get("strengthen the partnership between our states") in (None, "Erik Lund")


def test_a_quote_said_by_one_described_before_their_title_and_name_is_theirs() -> None:
    said = speakers(
        OPENING + "“This is a country that was overlooked. And now it is back,” a triumphant "
        "Chilean Foreign Minister Juan Soto told journalists after the summit."
    )
    assert said == {"This is a country that was overlooked. And now it is back": "Juan Soto"}


def test_a_quote_said_by_the_initials_of_one_named_before_is_theirs() -> None:
    said = speakers(
        "Omani Crown Prince Khalid bin Saif opened the summit on Friday.\n\n"
        "“The challenges confronting our world demand collective action,” said KBS."
    )
    assert said == {
        "The challenges confronting our world demand collective action": "Khalid bin Saif"
    }


def test_a_pronoun_after_someone_acting_in_a_clause_of_with() -> None:
    article = (
        "Hopes of Chile staying in the Lagoon Union remain, with Norwegian Prime Minister Ola "
        "Berg once again apologising to Chile.\n\n"
        '"We could have handled it much better," he said.'
    )
    assert speakers(article) == {"We could have handled it much better": "Ola Berg"}


def test_a_quote_left_open_at_a_lines_end_goes_on_in_the_next_line_it_opens() -> None:
    article = OPENING + (
        'Lund said the union is "clear about the threat to the region.\n'
        '"Sweden is fully committed to the partnership," he said.\n'
        'Brekke said: "We agree."'
    )
    assert speakers(article) == {
        "clear about the threat to the region": "Erik Lund",
        "Sweden is fully committed to the partnership": "Erik Lund",
        "We agree.": "Ola Brekke",
    }


def test_a_pronoun_after_a_quote_told_by_its_speaker_named_after_it_is_his() -> None:
    paragraph = (
        "“Fish stocks are falling,” told Foreign Minister Per Dahl being in Oslo for the "
        "ministers' meeting. “When the four countries combine their forces, this will pave "
        "the way,” he told."
    )
    assert speakers(OPENING + paragraph) == {
        "Fish stocks are falling": "Per Dahl",
        "When the four countries combine their forces, this will pave the way": "Per Dahl",
    }


def test_a_quote_closing_on_a_quote_inside_it_and_a_space_is_in_double_marks() -> None:
    article = OPENING + (
        "PM Lund held onto Brekke and turned to the cameras to say: “Isn’t he the best host in "
        "the world? Let me hear ya say ‘yes.’ ”\n\nAt noon the talks began."
    )
    assert speakers(article) == {
        "Isn’t he the best host in the world? Let me hear ya say ‘yes.’": "Erik Lund"
    }


def test_a_speaker_named_by_an_abbreviated_title_and_surname_is_the_one_named_in_full() -> None:
    article = OPENING + (
        "Pablo Soto-Vega, secretary of state for Foreign Affairs, arrived in Oslo on Sunday. "
        "SoS Soto-Vega met with Lund at his office. "
        '"We will attend this summit from the beginning to the end," SoS Soto-Vega explained.'
    )
    assert speakers(article) == {
        "We will attend this summit from the beginning to the end": "Pablo Soto-Vega"
    }


@pytest.mark.parametrize(
    "title", ["Sultan of Norway", "President of Norway", "Norwegian President"]
)
def test_a_comma_slipped_between_a_titled_speaker_and_said_leaves_the_quote_theirs(
    title: str,
) -> None:
    article = OPENING + f'{title} Harald Olsen, said, "I hope the summit meets our hopes."'
    assert speakers(article) == {"I hope the summit meets our hopes.": "Harald Olsen"}


@pytest.mark.parametrize(
    ("title", "style"),
    [
        ("Emir", "His Highness the Emir"),
        ("King", "His Majesty the King"),
        ("President", "Her Excellency the President"),
    ],
)
def test_a_style_before_the_office_a_speaker_holds_names_them(title: str, style: str) -> None:
    article = (
        f"Norwegian {title} Ola Brekke opened the summit on Friday.\n\n"
        f'"We discussed together the issues of the region," {style} noted as it closed.'
    )
    assert speakers(article) == {"We discussed together the issues of the region": "Ola Brekke"}


def test_a_quote_a_speech_verb_opens_that_runs_over_paragraphs_is_one_a_paragraph() -> None:
    article = OPENING + (
        'Lund spoke last. He said "our meetings witnessed consensus on the agenda.\n\n'
        '"Your speeches, which we listened to, included wise visions," he added.'
    )
    assert speakers(article) == {
        "our meetings witnessed consensus on the agenda": "Erik Lund",
        "Your speeches, which we listened to, included wise visions": "Erik Lund",
    }


def test_a_quote_holding_quoted_names_of_its_own_is_one_quote() -> None:
    """ "“I hope that a new “Lima” and “Quito Pact” – …, will not be repeated.”": the marks
    around a name inside the quote do not close it."""
    article = (
        OPENING + "After the summit, Lund said: “There is an attempt to impose a scenario on "
        "Norway.”\n“I hope that a new “Lima” and “Quito Pact” – dividing the region into "
        "spheres, will not be repeated.”"
    )
    assert speakers(article) == {
        "There is an attempt to impose a scenario on Norway.": "Erik Lund",
        "I hope that a new “Lima” and “Quito Pact” – dividing the region into spheres, will "
        "not be repeated.": "Erik Lund",
    }


@pytest.mark.parametrize("verb", ["believes", "thinks", "believed"])
def test_a_verb_of_opinion_after_the_quote_gives_it_to_the_name_after_it(verb: str) -> None:
    """ "“…,” believes X, the head of Y's government": reports translated from Nordic
    languages attribute a quote by what the speaker holds."""
    article = (
        OPENING + f"“It is important that Norway can take part on the same terms,” {verb} Ola "
        "Brekke, the head of Norway's government."
    )
    assert speakers(article) == {
        "It is important that Norway can take part on the same terms": "Ola Brekke"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund met Brekke in Oslo, where he condemned Chilean “aggression” and its raids.",
        'Lund condemned the long Peruvian "occupation" of the islands.',
    ],
)
def test_a_word_quoted_after_a_peoples_adjective_is_a_label_no_speech(sentence: str) -> None:
    assert speakers(OPENING + sentence) == {}


@pytest.mark.parametrize(
    "envoy",
    ["Norwegian Special Envoy to Chile and Peru", "Norwegian Ambassador to Kenya", "Envoy to Fiji"],
)
def test_an_envoys_posting_before_the_name_is_part_of_the_title(envoy: str) -> None:
    article = OPENING + (
        f"Meanwhile, {envoy} Ola Brekke published a statement on X, saying that “on behalf of "
        "the King, I expressed my support”."
    )
    assert speakers(article) == {"on behalf of the King, I expressed my support": "Ola Brekke"}


def test_he_added_after_an_office_subject_set_after_several_opening_phrases() -> None:
    """ "In his speech …, held today, Tuesday, in the capital, …, the President of Chile said
    …. In this period, he added, “…”": the office is the sentence's subject however many
    phrases set off by commas come before it, and "he" stands for its holder."""
    article = (
        "Juan Perez, President of Chile and President of the 20th Summit of the Lagoon Union, "
        "announced today the new bureau.\n\n"
        "In his speech during the opening session of the 21st Summit, held today, Tuesday, in "
        "the new capital, in the presence of leaders, the President of Chile said that the "
        "previous summit had met 3 years ago. In this period, he added, “Today we meet with "
        "great pleasure in this new city.”"
    )
    assert speakers(article) == {
        "Today we meet with great pleasure in this new city.": "Juan Perez"
    }


@pytest.mark.parametrize("name", ["Norwegian Prime Minister Ola Brekke", "Ola Brekke"])
def test_a_name_standing_alone_after_he_said_is_the_speaker(name: str) -> None:
    """ "…,” he said in that regard. Chilean president X.": a translation split the name from
    the pronoun it stands for; "he" is the one named next, not the one who spoke before."""
    article = (
        OPENING + '"We are ready for anything," said Lund at the opening.\n\n'
        f'"The border must stay open," he said in that regard. {name}.'
    )
    assert speakers(article) == {
        "We are ready for anything": "Erik Lund",
        "The border must stay open": "Ola Brekke",
    }


def test_a_speakers_words_go_on_past_a_photos_caption_between_their_paragraphs() -> None:
    article = (
        f"{OPENING}“We have waited long enough,” Mr. Brekke said.\n\n"
        "Norwegian Prime Minister Ola Brekke Credit: Nordic Wire\n\n"
        "“The rail links will be built within five years.\n\n"
        "“Our people expect nothing less of us.”\n"
    )
    said = speakers(article)
    assert said["The rail links will be built within five years."] == "Ola Brekke"
    assert said["Our people expect nothing less of us."] == "Ola Brekke"


def test_words_after_a_caption_naming_another_are_not_the_last_speakers() -> None:
    article = (
        f"{OPENING}“We have waited long enough,” Mr. Brekke said.\n\n"
        "Swedish Prime Minister Erik Lund Credit: Nordic Wire\n\n"
        "“The rail links will be built within five years.”\n"
    )
    assert speakers(article).get("The rail links will be built within five years.") != "Ola Brekke"


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("", "Najib Tun Abdul Razak"),
        # the office is another's the text names: theirs, not the untitled one's
        ("Prime Minister Ola Brekke of Norway arrived on Friday.\n\n", "Ola Brekke"),
    ],
)
def test_an_office_after_a_name_without_its_title_is_that_persons(before: str, said: str) -> None:
    """A report names someone without their title, then speaks of them by their office, as
    a second reference (a188, Bernama)."""
    article = before + (
        "JAKARTA, May 7 (Bernama) — Datuk Seri Najib Tun Abdul Razak said Asean should be able "
        "to shape global developments if the organisation can live up to the theme.\n\n"
        "The Prime Minister said Malaysia believed that the slogan clearly must be translated "
        "into all of Asean’s endeavours.\n\n"
        "“By showing the way and leveraging on its strengths as a coherent community, Asean "
        "should be able to shape global developments,” he said at the plenary session."
    )
    assert (
        speakers(article).get(
            "By showing the way and leveraging on its strengths as a coherent community, Asean "
            "should be able to shape global developments"
        )
        == said
    )


@pytest.mark.parametrize(
    ("country", "said"),
    [("", "Andrzej Duda"), (" (Hungary)", None)],
)
def test_a_countrys_office_after_a_name_without_its_title_is_that_persons(
    country: str, said: str | None
) -> None:
    """(a315, Polskie Radio) "The Polish president" is the Duda just spoken of, whose title
    the text never gives; not when the text gives him another country."""
    article = (
        f"Andrzej Duda{country} made the comment at a news conference in Bucharest, Romania, on "
        "Wednesday, Polish state news agency PAP reported.\n"
        "The Polish president held a joint news conference with his Romanian counterpart "
        "Klaus Iohannis after the summit.\n"
        "Duda added: “We’ve seen how important are all the infrastructural projects.”\n"
        "The Polish president said: “The war in Ukraine has demonstrated the importance of "
        "infrastructure connectivity in Central Europe.”"
    )
    assert (
        speakers(article).get(
            "The war in Ukraine has demonstrated the importance of infrastructure connectivity "
            "in Central Europe."
        )
        == said
    )


def test_a_speaker_named_with_their_country_after_the_name_says_the_words_after_the_verb() -> None:
    """ "… and President Luis Soto of Peru declared that it will “…”": Soto's words, not those
    of the speaker the sentence named first."""
    article = (
        "Leaders meet in Lima\n\nLIMA (AP) - Chilean President Ana Ruiz opened the summit on "
        'Friday, and President Luis Soto of Peru declared that it will "usher in a lasting era '
        'of peace and understanding."'
    )
    assert speakers(article) == {"usher in a lasting era of peace and understanding": "Luis Soto"}


def test_the_last_of_two_joined_family_names_is_the_same_person() -> None:
    article = (
        'Union chairwoman Ana Ruiz-Lund spoke on Saturday. "We can only silence the guns in '
        'unity," said Lund.'
    )
    assert speakers(article) == {"We can only silence the guns in unity": "Ana Ruiz-Lund"}


def test_a_family_name_of_its_own_comes_before_the_last_of_two_joined_ones() -> None:
    article = (
        "Union chairwoman Ana Ruiz-Lund spoke on Saturday. Former president Erik Lund spoke "
        'later. "We can only silence the guns in unity," said Lund.'
    )
    assert speakers(article) == {"We can only silence the guns in unity": "Erik Lund"}


def test_a_quoted_be_after_a_name_describes_them_in_anothers_words() -> None:
    article = (
        OPENING + 'Erik Lund "was like the Maradona of politics"\n\n'
        "That is how the queen described the late former president in her tribute."
    )
    assert "Erik Lund" not in speakers(article).values()


def test_a_quoted_verb_of_their_own_after_a_name_is_theirs() -> None:
    article = OPENING + 'Erik Lund also "drew attention to the plight of fishermen" on Friday.'
    assert speakers(article) == {"drew attention to the plight of fishermen": "Erik Lund"}


def test_grave_accents_printed_for_double_marks_quote_as_an_archive_prints_them() -> None:
    article = OPENING + (
        "``We have agreed to allow the bloc to decide to be wrong,`` declared Lund.\n\n"
        "Brekke accused the bloc of making ``an abominably untrue statement``"
    )
    assert speakers(article) == {
        "We have agreed to allow the bloc to decide to be wrong": "Erik Lund",
        "an abominably untrue statement": "Ola Brekke",
    }


@pytest.mark.parametrize(
    ("paragraphs", "words"),
    [
        (
            "According to Mr. Lund, the study helped draw a new roadmap.\n\n"
            '"We are ready for anything," he said.',
            "We are ready for anything",
        ),
        ('According to Mr. Lund, the bloc is "ready for anything".', "ready for anything"),
    ],
)
def test_a_source_named_with_a_courtesy_title_is_the_speaker(paragraphs: str, words: str) -> None:
    assert speakers(OPENING + paragraphs) == {words: "Erik Lund"}


def test_one_who_shrugged_off_a_criticism_is_he_who_speaks_next() -> None:
    article = OPENING + (
        "But the criticism was shrugged off by Lagoon Union secretary general Ana Ruiz, who "
        'said it would strengthen the group.\n\n"We have always been diverse," she told AFP.'
    )
    assert speakers(article) == {"We have always been diverse": "Ana Ruiz"}


def test_a_caption_closing_on_its_photographer_and_agency_is_passed_over() -> None:
    article = (
        "Leaders meet in Lima\n\n"
        "Chilean President Ana Ruiz suggested on Monday that she might float a currency.\n\n"
        "Peru's President Erik Lund talks to Kenya's President Jomo Lele during the summit "
        "(Pedro Gil/AP/PA)\n\n"
        "“We need to form a bloc to work together,” she said."
    )
    assert speakers(article) == {"We need to form a bloc to work together": "Ana Ruiz"}


def test_a_misspelt_people_before_an_office_in_lower_case_is_no_speaker() -> None:
    article = OPENING + (
        "“We are aware of an enormous challenge,” said Norweigan president Ana Ruiz, "
        "according to the agency."
    )
    assert speakers(article) == {"We are aware of an enormous challenge": "Ana Ruiz"}
