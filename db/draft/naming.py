"""How a person's name is shaped: which words belong to it, and how the article may shorten it.

News writing shortens a name to the family name ("Lund"), the given name of a royal ("Prince
Faisal"), the part from a particle on ("Al Haddad", "da Costa") or a middle word a person is
known by ("Lulo" of "Paulo Roberto Lulo da Costa"), or the initials of a name of three words or
more ("MBS" of "Mohammed bin Salman"). A title that is the name's own ("Pope
Benedictus", "King Aldric III") stays in the name, and is no short form of it.
"""

from __future__ import annotations

import unicodedata

from db.draft.lazy_regex import lazy_compile
from db.draft.words import PARTICLE_WORDS

PARTICLES = frozenset(PARTICLE_WORDS.split()) | frozenset(PARTICLE_WORDS.title().split())
_PATRONYMICS = frozenset({"bin", "ibn", "bint", "Bin", "Ibn", "Bint"})
_PARTICLE_PREFIX = lazy_compile(r"^(?:al|el|Al|El)-")
# Titles that are part of a name when one given name follows them ("Pope Benedictus").
REGNAL_TITLES = frozenset(
    {
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "sultan",
        "emir",
        "amir",
        "sheikh",
        "sheikha",
    }
)
# A royal or noble title of a place, which names its one holder as a name does: "the Prince of
# Wales", "the Duchess of Kent".
TITLES_OF_PLACES = ("Prince", "Princess", "Duke", "Duchess", "Earl", "Countess", "Marquess")
TITLE_OF_A_PLACE = lazy_compile(
    rf"(?:{'|'.join(TITLES_OF_PLACES)})[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?"
)
# "III", "3rd", and the "Jr." that tells a son from his father: no family name either.
_REGNAL_NUMERAL = lazy_compile(r"^(?:[IVX]+|[IVX]+(?:st|nd|rd|th)|Jr\.?|Sr\.?)$")
# The last word of a capitalised run that names a place, a building, a document or speech, a day
# ("Africa Day"), a firm ("Amnesty International") or a group ("National Football Team"), not a
# person.
_PLACE_NOUN_WORDS = (
    "Road Street Avenue Boulevard Square Airport Palace Hotel Centre Center Hall Stadium "
    "University College School Mosque Cathedral Church Park Bridge Island Islands Sea Ocean "
    "River Lake Mountains Province Region District City Port Station Museum Hospital Summit "
    "Prefecture County Governorate Municipality "
    "Conference Declaration Treaty Agreement Accord Charter Plan Strategy Vision Agenda "
    "Times Post News Daily Herald Tribune Journal Agency Press Television Radio Channel "
    "Ministry Office Party Court Assembly Parliament Congress Senate House Building "
    "Republic Kingdom Emirates Base Barracks Library Theatre Theater Tower Gardens Resort "
    "Complex Mausoleum Memorial Monument Causeway Highway Terminal Pavilion Auditorium Day "
    "International Speech Statement Remarks Team Squad Club Department"
)
PLACE_NOUNS = frozenset(_PLACE_NOUN_WORDS.split())

# Capitalised words that open a sentence or honour a name (a style, a form of address, a military
# rank), never the first word of one; a people ("Bosnian Serb X"); a meeting opening a headline ("Summit Begins in Havana"); a
# title cut short ("Vice Pres").
_NOT_NAME_OPENER_WORDS = (
    "Throughout Despite Under Over Among Amid Across Ahead Following Without Within Including "
    "Like Unlike Prof Professor Sir Dame Lord Lady Baroness Mister Madam Sheikh Sheikha Sheik "
    "Shaikh Shaikha Shaykh "
    "Senior Gen General Col Colonel Lt Lieutenant Maj Brig Brigadier Field Marshal Admiral Capt "
    "Rt Right Hon Honourable Honorable Excellency Excellencies Highness Majesty Holiness Amb Ambassador "
    # a cabinet office cut to its initials: "SoS X", a Secretary of State
    "SoS "
    "Datuk Dato Datin Seri "
    # forms of address in West African, Malay, Zimbabwean, French, South Asian and Cambodian writing
    "Alhaji Alhadji Alhaja Haji Hajji Elhadj Elhadji "
    "Comrade Madame Mme Monsieur Shri Shrimati Samdech "
    "Excelentisimo Excelentisima Distinguido Distinguida Senor Senora Sr Sra Srta "
    "Likewise Otherwise Moreover Furthermore Nevertheless Nonetheless Instead Indeed Thus Hence Then "
    "Summit Summits Meeting Talks Conference Forum Prime Vice "
    # a people named after a country's demonym: "the Bosnian Serb X", "a Bosnian Croat"
    "Serb Croat Bosniak Kurd "
)
# verbs of a headline written in title case ("President Arrives in Oslo for Summit",
# "President X Participates in …", "Ministers Hold Talks"): no name begins with one, nor goes on
# past one
_HEADLINE_VERB_WORDS = (
    "Arrives Arrive Attends Meets Says Urges Visits Hosts Leaves Lands Opens Joins Signs Calls "
    "Warns Vows Pledges Welcomes Departs Addresses Travels Skips Hails Delivers Gives Holds Chairs "
    "Receives Speaks Stresses Launches Praises Greets Participates "
    # … and a plural subject's: "Foreign Ministers Hold Talks in Oslo"
    "Hold Meet Sign Agree Discuss Gather Attend Open Join"
)
HEADLINE_VERBS = frozenset(_HEADLINE_VERB_WORDS.split())
NOT_NAME_OPENERS = frozenset(_NOT_NAME_OPENER_WORDS.split()) | HEADLINE_VERBS
# Kinds of undertaking that open their own names ("Operation Northern Shield", "Project Blue
# Harbour"): a run they begin names no one.
_UNDERTAKING_WORDS = "Operation Operations Project Exercise Programme Program Campaign"
UNDERTAKINGS = frozenset(_UNDERTAKING_WORDS.split())
# An adverb opening a sentence ("Additionally, Finland’s President, X"; "Separately, …"),
# long enough not to be a given name ("Sally", "Kimberly").
_SENTENCE_ADVERB = lazy_compile(r"[A-Z][a-z]{2,}(?:al|ate|ent|ant|ous|ive|ful|ar|ic|ab|ed)ly")
# A participle opening a clause of a declaration's preamble ("Celebrating Nowruz, …",
# "Welcoming the …", "Recognizing X, …"), its stem long enough not to end a name ("Keating").
_OPENING_PARTICIPLE = lazy_compile(r"[A-Z][a-z]{3,}(?:ating|izing|ising|oming|alling|rming|essing)")


# Malaysian honours of two words written before a name ("Tan Sri X"), and the West African
# "El Hadj X" (one who made the pilgrimage, as "Alhaji X"); one word of each is also a name's
# ("Tan", "El"), so they are passed over only together. "H. E." (His or Her Excellency)
# spaced out reads as two initials, which would otherwise open the name ("E. X"), and so does
# a communiqué's "H. E" or "H E".
_HONOURS_OF_TWO_WORDS = frozenset(
    {
        ("Tan", "Sri"),
        ("Puan", "Sri"),
        ("Toh", "Puan"),
        ("Dato", "Sri"),
        ("Samdech", "Techo"),
        ("El", "Hadj"),
        ("El", "Hadji"),
        ("H.", "E."),
        ("H.", "E"),
        ("H", "E"),
    }
)


def honour_of_two_words(words: list[str]) -> bool:
    """Whether a name's first two words are an honour of two words ("Tan Sri")."""
    return tuple(words[:2]) in _HONOURS_OF_TWO_WORDS


def base_letters(text: str) -> str:
    """``text`` with its accents dropped ("Général" as "General")."""
    return "".join(
        letter for letter in unicodedata.normalize("NFD", text) if not unicodedata.combining(letter)
    )


def opens_no_name(word: str) -> bool:
    """Whether a capitalised word never begins a person's name."""
    # "Général" is the rank "General" in French spelling
    return (
        base_letters(word) in NOT_NAME_OPENERS
        or is_sentence_adverb(word)
        or _OPENING_PARTICIPLE.fullmatch(word) is not None
    )


def is_sentence_adverb(word: str) -> bool:
    """Whether a capitalised word is an adverb ("Graciously"), which no name holds: after a name
    in a headline written in title case it opens what the person did ("X Graciously Welcomes")."""
    return _SENTENCE_ADVERB.fullmatch(word) is not None


def is_regnal_numeral(word: str) -> bool:
    return bool(_REGNAL_NUMERAL.match(word))


def name_with_own_title(title: str, name: str) -> str | None:
    """ "Pope" + "Benedictus" → "Pope Benedictus", "king" + "Salman" → "King Salman": a royal or
    papal title before one given name (and a regnal numeral) is part of the name, capitalised
    as a name's word; None when the title is an office held by the name."""
    words = name.split()
    given = [word for word in words if not is_regnal_numeral(word)]
    royal = title.split()[-1]
    if royal.casefold() in REGNAL_TITLES and len(given) == 1:
        return f"{royal[:1].upper()}{royal[1:]} {name}"
    return None


def royal_given_name(name: str, title: str | None) -> tuple[str, str] | None:
    """ "King Salman", or "Salman bin Abdulaziz" or "Abdullah II bin Hussein" styled King: the
    royal title and the given name before any patronymic, by which one royal is written both
    ways; None for a name not so styled."""
    words = name.split()
    royal = words[0].casefold() if words[0].casefold() in REGNAL_TITLES else None
    if royal is None and title:
        royal = (
            title.casefold().split()[-1] if title.casefold().split()[-1] in REGNAL_TITLES else None
        )
    core = [word for word in words if word.casefold() not in REGNAL_TITLES]
    if royal is None or not core:
        return None
    given = [word for word in core[1:] if not is_regnal_numeral(word)]
    if not given or given[0] in _PATRONYMICS:
        return royal, core[0]
    return None


def is_patronymic(word: str) -> bool:
    """Whether the word ("bin", "ibn", "bint") says the name after it is a parent's."""
    return word in _PATRONYMICS


def short_forms(name: str) -> tuple[str, ...]:
    """The shorter ways an article may name the person again, most telling first; none for a
    title of a place standing for a name ("Prince of Wales": not "Wales")."""
    words = name.split()
    if TITLE_OF_A_PLACE.fullmatch(name):
        return ()
    core = [
        word
        for word in words
        if not is_regnal_numeral(word) and word.casefold() not in REGNAL_TITLES
    ]
    if len(words) < 2:
        return ()
    if (
        len(core) == 1
    ):  # "Pope Benedictus" → "Benedictus"; "King Aldric III" → "Aldric", "King Aldric"
        titled = " ".join(word for word in words if not is_regnal_numeral(word))
        return tuple(dict.fromkeys(form for form in (core[0], titled) if form != name))
    # a word after "bin" names a father: "Khalid", "Khalid bin Nasser" and "bin Nasser" of
    # "Faisal bin Khalid bin Nasser" are not Faisal, nor "Nasser" of "Khalid bin Nasser" Khalid
    fathers = {index + 1 for index, word in enumerate(core) if word in _PATRONYMICS}
    forms = [core[0]] if len(core) - 1 in fathers else [without_particle_prefix(core[-1]), core[0]]
    for index, word in enumerate(core[1:-1], start=1):
        if word in PARTICLES:
            if not (word in _PATRONYMICS and fathers & set(range(index))):
                forms.append(" ".join(core[index:]))  # "Al Haddad", "da Costa"
            if index >= 2 and index - 1 not in fathers:
                forms.append(" ".join(core[index - 1 :]))  # "Lulo da Costa"
        elif len(word) >= 3 and not word.endswith(".") and index not in fathers:
            forms.append(word)  # "Lulo", known by a middle name
    if (
        len(core) >= 3
        and core[-2] not in PARTICLES
        and len(core) - 2 not in fathers
        and not core[-1].endswith(".")
    ):
        forms.append(" ".join(core[-2:]))  # "López Obrador": both family names, as Spanish has
    if len(core) >= 4 and core[1] in _PATRONYMICS:
        forms.append(" ".join(core[:3]))  # "Faisal bin Khalid" of "Faisal bin Khalid bin Nasser"
    if len(core) >= 3:  # "MBS" of "Mohammed bin Salman", as Gulf and Mexican papers write them
        forms.append("".join(word[0] for word in core).upper())
    if len(core) - 1 not in fathers and (barrelled := _DOUBLE_BARRELLED.fullmatch(core[-1])):
        forms.append(barrelled.group("last"))  # "Zuma" of "Nkosazana Dlamini-Zuma"
    return tuple(dict.fromkeys(form for form in forms if form and form not in PARTICLES))


# a family name of two joined by a hyphen, each capitalised: "Dlamini-Zuma"; not "el-Sisi"
_DOUBLE_BARRELLED = lazy_compile(r"[A-Z][a-z]{2,}-(?P<last>[A-Z][a-z]{2,})")


def without_particle_prefix(word: str) -> str:
    """ "el-Sisi" is also written "Sisi" alone; the family name keeps its form otherwise."""
    return _PARTICLE_PREFIX.sub("", word) if _PARTICLE_PREFIX.match(word) else word
