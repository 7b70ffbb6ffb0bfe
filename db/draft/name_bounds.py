"""Where a person's name begins and ends in a run of capitalised words, or that it names no one.

The words before a name that cannot begin one are dropped ("Besides", a weekday, a country, a
form of address, a rank), and so is a weekday after one ("President X Y Sunday handed over
…"). An office held by many ("Foreign Ministers") or a government
("Presidential Administration") is no one, nor is a run of capitalised words that names a
country ("Costa Rica"; one of several words before a name is whose the name is: "Brunei
Darussalam X"), a place ("King Aldric Road") or an undertaking ("Operation Blue Harbour"), ends
in an abbreviation (a photo credit's "Photodesk NFU") or opens with an adverb ("Additionally")
or a headline's verb ("President Arrives in Oslo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from db.draft.countries import Gazetteer
from db.draft.forms_of_address import (
    ADDRESS_WORD,
    HONORIFIC_BEFORE,
    POST_NOMINALS,
    burmese_honorific,
    keeps_own_title,
    rank_words,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.name_matching import KnownNames
from db.draft.naming import (
    HEADLINE_VERBS,
    PARTICLES,
    PLACE_NOUNS,
    UNDERTAKINGS,
    honour_of_two_words,
    is_regnal_numeral,
    is_sentence_adverb,
    opens_no_name,
)
from db.draft.office_patterns import (
    OFFICE_ENDS,
    OFFICES_BEFORE_NAMES,
    PORTFOLIO_ENDS,
    PORTFOLIO_NOUN,
    plural_office_of_two,
    plural_title,
)
from db.draft.parties import BODY_NOUNS
from db.draft.text import UPPER
from db.draft.titles import TITLE, TITLE_PATTERN
from db.draft.words import NOT_NAMES, PARTICLE, WEEKDAYS

# Plural nouns that end a name of a group of members ("Associate Member States", "Observer
# Countries"), never of one person.
MEMBERS_NOUNS = frozenset({"States", "Countries", "Members"})
# A government's offices and delegations, which a title may end in before a name ("Foreign
# Ministry X", "Head of the Estonian Delegation X")
_OFFICE_NOUNS = frozenset({"Ministry", "Department", "Delegation"})
# Words that label what follows a colon in a caption's credit: "Photo: Agency".
_LABEL_WORDS = frozenset({"Photo", "Photos", "Picture", "Image", "Credit", "Source", "File"})
# "Paul BIYA", "President BIYA": what a family name in capitals follows, the first of two
# or several too ("Juan PEREZ GARCIA", "Ana PEREIRA DA COSTA"), past a middle initial ("Paul
# A. BIYA")
# "Paul ", "José Mário ", "Aurélien A. ", "Jorge Carlos de ALMEIDA ": a given name (its letters
# accented or not), its initials, a particle and family names in capitals before a family name
_NAME_OR_TITLE_BEFORE = lazy_compile(
    rf"(?P<word>[{UPPER}][a-zß-öø-ÿā-ſ]+|(?i:{TITLE}))[ ](?:[{UPPER}]\.[ ]){{0,2}}"
    rf"(?:{PARTICLE}[ ])?(?:[{UPPER}]{{2,}}[ ]){{0,3}}$"
)
# "Salvardoran president X", "Lagoonian prime minister X": one capitalised word before an office
# in lower case (the titles' grammar read case-sensitively) and the name of its holder is a
# people's or a place's, not a name of its own
_OFFICE_THEN_NAME = lazy_compile(rf"[ ](?:{TITLE})[ ][{UPPER}]")
# A word in capitals that is no regnal numeral ("NFU", "UN"): a body's abbreviation.
_ABBREVIATION = lazy_compile(r"(?![IVX]+\b)[A-Z]{2,}")
# "E. Macky SALL, President of …", "under the chairmanship of E. Ana Ruiz": a communiqué whose
# copy lost the "H." of "H.E." (His Excellency) before the names of its roll; the text's habit
# where it writes so at least three times, not an initial ("Philip E. Davis", "E. Banda").
_EXCELLENCY_CUT_WORDS = frozenset({"E.", "E"})
_EXCELLENCY_CUT = lazy_compile(
    rf"(?:^[ \t]*(?:[•–-][ \t]*)?|\bof[ ])E\.?[ ](?=[{UPPER}][a-z])", re.MULTILINE
)
_EXCELLENCY_CUT_HABIT = 3


@lru_cache(maxsize=8)
def _writes_excellency_cut(text: str) -> bool:
    return len(_EXCELLENCY_CUT.findall(text)) >= _EXCELLENCY_CUT_HABIT


# ", President of …", ", Senior Minister for …": an office of somewhere after a name
_OFFICE_OF_AFTER = lazy_compile(rf",[ ](?:the[ ])?(?:[{UPPER}][\w-]*[ ]){{0,3}}(?:of|for)[ ]")
# "Organization of", "League of the": a body's name goes on after them, not a person's begins
_A_BODYS_OF = lazy_compile(
    r"\b(?:Organi[sz]ation|League|Union|Community|Association|Council|Commission|Federation"
    r"|Alliance|Bank|Fund|Forum|Secretariat)[ ]of[ ](?:the[ ])?$"
)
_INITIALS = lazy_compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
_BARE_INITIALS = lazy_compile(r"[A-Z]{2,3}")
# a word the text ran on into a name's last, its space lost: "Kaboréduring the session"
_RUN_INTO = lazy_compile(r"(?<=[^\W\d_]{3}[^\W\d_A-Z])(?:during|which|while|where|before)$")


def _leading_body_words(words: list[str]) -> int:
    """The words of a body a name runs on from, as a title ending in its body does ("Secretary
    general in the Foreign Ministry Ola Brekke"): up to the body's noun, with two words or more
    after it, as a person's name has."""
    for index, word in enumerate(words[:-2]):
        if word in BODY_NOUNS or word in _OFFICE_NOUNS:
            return index + 1
    return 0


def _initials_of(words: list[str], *, titled: bool = False) -> bool:
    """Whether the first word is a given name's initials before the rest of the name ("S.",
    "K.P.", "S" in "S Jaishankar", "K P" in "K P Sharma Oli", "F W" in "F W de Klerk"), not an
    abbreviation or a heading in capitals; after a title, initials written without stops
    before two names too ("Prime Minister KP Sharma Oli"), as South Asian papers write them,
    where a country's code would not stand."""
    initials = _INITIALS.fullmatch(words[0]) is not None or (
        titled
        and len(words) >= 3
        and _BARE_INITIALS.fullmatch(words[0]) is not None
        # "Defence Minister II X": the numeral of a second minister of one portfolio
        and not is_regnal_numeral(words[0])
    )
    rest = 1
    while rest < len(words) - 1 and _INITIALS.fullmatch(words[rest]):
        rest += 1  # the initials after the first: "K P", "F W"
    if rest > 1 and "".join(words[:rest]).replace(".", "") == "HE":
        return False  # "H E", "H. E.": His Excellency, written as initials are
    after = words[rest] if rest < len(words) else ""
    named_on = after[:1].isupper() or (after in PARTICLES and rest < len(words) - 1)
    return initials and named_on and not after.isupper()


def _second_word_of_an_honour(text: str, word: str, start: int) -> bool:
    """ "Dato' Sri X": a run of capitalised words opens after the apostrophe, at the second
    word of an honour of two, which is no more the name's than the first."""
    before = text[max(0, start - 12) : start]
    if not before.endswith(("' ", "’ ")):
        return False
    return honour_of_two_words([before[:-2].rsplit(" ", 1)[-1], word])


def trim_name(
    text: str,
    countries: Gazetteer,
    known: KnownNames,
    name: str,
    start: int,
    *,
    titled: bool = False,
) -> tuple[str, int]:
    """Drop words that cannot begin a name ("Besides", a weekday, a country) from its front."""
    words = name.split(" ")
    after_article = not titled and text[max(0, start - 4) : start] == "the "
    given_name_of_a_country = (
        titled
        and countries.country_named(words[0]) is not None
        and _nationality_given_before(text, countries, start)
    )
    # "Sheikh Karim" is a name of its own, unless "Karim" is one named before
    while words and not (keeps_own_title(words) and not known.knows(" ".join(words[1:]))):
        excellency_cut = words[0] in _EXCELLENCY_CUT_WORDS and _writes_excellency_cut(text)
        if (
            words[0] not in NOT_NAMES
            and not ADDRESS_WORD.fullmatch(words[0])
            and not burmese_honorific(words)
            and not excellency_cut
            and _initials_of(words, titled=titled)
        ):
            break  # "S. Jaishankar", "K.P. Sharma Oli": not a code of a country ("KP")
        # "Brunei Darussalam Hassanal Bolkiah": a country's name of several words goes whole
        lead = (
            (0 if given_name_of_a_country else _leading_country_words(countries, words))
            or _leading_body_words(words)
            or (2 if honour_of_two_words(words) or plural_office_of_two(words) else 0)
            or rank_words(words)
            or int(burmese_honorific(words))
            or int(_second_word_of_an_honour(text, words[0], start))
            or int(excellency_cut)
        ) or (
            words[0] in NOT_NAMES
            or opens_no_name(words[0])
            or words[0].endswith(".")
            or words[0].isupper()
            or plural_title(words[0])
        )
        if not lead:
            break
        after_article = not titled and words[:lead] == ["The"]
        start += len(" ".join(words[:lead])) + 1
        del words[:lead]
    if after_article:
        return "", start  # "spoke to The Desert Sun": a name just after "the" is a thing's
    if not titled and _A_BODYS_OF.search(text, max(0, start - 40), start):
        return "", start  # "the Organization of African Unity": the rest of a body's name
    # "President X Graciously Welcomes Heads": a headline's adverb, before its verb, ends the
    # name; a name's last word may end as an adverb does ("Samuel Insanally")
    before_last = enumerate(words[:-1])
    if adverb := next((at for at, word in before_last if is_sentence_adverb(word)), 0):
        del words[adverb:]
    # "President X Participates in …": a headline's verb ends the name before it
    if verb := next((at for at, word in enumerate(words) if at and word in HEADLINE_VERBS), 0):
        del words[verb:]
    # "X Y Z Mozambique: HE …", "Dame X Y Photo: Agency": a label before a colon opens the
    # next item of a roll or a caption's credit, not part of the name
    end = start + len(" ".join(words))
    if len(words) >= 3 and text[end : end + 1] == ":":
        label = _trailing_country_words(countries, words) or int(words[-1] in _LABEL_WORDS)
        if label and len(words) - label >= 2:
            del words[-label:]
    if len(words) >= 3 and words[-1] in WEEKDAYS:  # "President X Y Sunday handed over …"
        del words[-1]
    while len(words) >= 3 and words[-1] in POST_NOMINALS:  # "the Hon X Y MP, Prime Minister"
        del words[-1]
    if words and (glued := _RUN_INTO.search(words[-1])):  # "X Kaboréduring the session"
        words[-1] = words[-1][: glued.start()]
    # After a title, a family name may be a country's ("Secretary-General Ann Jordan").
    inner = words[:-1] if titled and len(words) >= 2 else words
    if given_name_of_a_country:
        inner = inner[1:]  # "the Italian PM Georgia X": a given name, not Italy's neighbour
    if any(
        word in NOT_NAMES or (countries.country_named(word) and not _INITIALS.fullmatch(word))
        for word in inner
    ):
        return "", start
    if _names_a_country(countries, words) or (words and words[0] in UNDERTAKINGS):
        return "", start  # "Costa Rica", "New Zealand"; "Operation Blue Harbour"
    if words and (
        ADDRESS_WORD.fullmatch(words[-1])  # "H.E. Ngwazi Prof. X Y": the name is after it
        or words[-1] in BODY_NOUNS
        or words[-1] in MEMBERS_NOUNS
        or words[-1] in PLACE_NOUNS
        or words[-1] in PORTFOLIO_ENDS  # "Foreign Affairs" after "Cape Verdean"
        or words[-1] in OFFICE_ENDS
        or PORTFOLIO_NOUN.fullmatch(words[-1])
        or plural_title(words[-1])
        # "Photodesk NFU": a credit, not a name; but "President Paul BIYA", a family name
        # in capitals after a title, as French writing gives it, or after a form of address,
        # which says a name follows as a title does ("H.E. Erik LUND, Prime Minister of Sweden"),
        # or before an office, as a communiqué's roll gives it ("Erik LUND, Prime Minister of")
        or (
            _ABBREVIATION.fullmatch(words[-1])
            and not (
                (
                    titled
                    or HONORIFIC_BEFORE.search(text, max(0, start - 20), start)
                    or _OFFICE_OF_AFTER.match(text, start + len(" ".join(words)))
                )
                and len(words) >= 2
                and _only_a_name(text, words[-1])
            )
        )
    ):
        return "", start
    if len(words) == 1 and not titled and _OFFICE_THEN_NAME.match(text, start + len(words[0])):
        return "", start  # "said Salvardoran president X": a people's word, however spelt
    # "X Y President X Y", a page's caption run into its line: the name ends at the office
    for index in range(2, len(words) - 1):
        if words[index] in OFFICES_BEFORE_NAMES:
            del words[index:]
            break
    _drop_office_after(text, words, start)
    return " ".join(words), start


def _drop_office_after(text: str, words: list[str], start: int) -> None:
    """Drop an office the run ends in when "of" follows it ("H.E. X Y Secretary General of the
    Lagoon Union", its comma left out): the office is the name's, not part of it."""
    if not text.startswith(" of ", start + len(" ".join(words))):
        return
    for index in range(2, len(words)):
        if TITLE_PATTERN.fullmatch(" ".join(words[index:])):
            del words[index:]
            return


def _only_a_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` only after a name or a title ("Paul BIYA",
    "President BIYA"), as a family name, never as a body's abbreviation ("the ASEAN
    Summit")."""
    return all(
        (before := _NAME_OR_TITLE_BEFORE.search(text, max(0, found.start() - 40), found.start()))
        and before.group("word") not in NOT_NAMES
        for found in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


# "the Italian PM ", "Swedish Prime Minister ": a nationality and an office right before a name
_NATIONALITY_AND_OFFICE_BEFORE = lazy_compile(
    rf"\b(?P<people>[{UPPER}][a-z]+)[ ](?P<office>(?:[{UPPER}][\w.-]*[ ]){{1,3}})$"
)


def _nationality_given_before(text: str, countries: Gazetteer, start: int) -> bool:
    """Whether a nationality and an office come right before the name ("the Italian PM
    Georgia X"): they say whose the office is, so a country's name opening the name is the
    person's given name, as "Prime Minister of Georgia X" would not have it."""
    before = _NATIONALITY_AND_OFFICE_BEFORE.search(text, max(0, start - 50), start)
    if before is None:
        return False
    return (
        countries.is_demonym(before.group("people"))
        and TITLE_PATTERN.fullmatch(before.group("office").rstrip()) is not None
    )


def _leading_country_words(countries: Gazetteer, words: list[str]) -> int:
    """How many of the first words name a country, or 0."""
    for count in range(min(len(words), 3), 0, -1):
        if countries.country_named(" ".join(words[:count])):
            return count
    return 0


def _trailing_country_words(countries: Gazetteer, words: list[str]) -> int:
    """How many of the last words name a country, or 0."""
    for count in range(min(len(words) - 1, 3), 0, -1):
        if countries.country_named(" ".join(words[-count:])):
            return count
    return 0


def _names_a_country(countries: Gazetteer, words: list[str]) -> bool:
    return any(
        countries.country_named(" ".join(words[first:last]))
        for first in range(len(words))
        for last in range(first + 2, len(words) + 1)
    )
