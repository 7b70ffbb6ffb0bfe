"""Forms of address, styles and ranks written with a name, which reading the name passes over.

A form of address between a title and a name is part of neither ("Australian PM Hon. X",
"Chairman of the Conference, the Honourable X", "Secretary-General Dr. X", "Prime Minister (PM)
X", "Amir His Highness Sheikh X"), nor is a rank, with or without its stop ("Col X").
"""

from __future__ import annotations

from db.draft.lazy_regex import lazy_compile
from db.draft.naming import REGNAL_TITLES, name_with_own_title
from db.draft.text import UPPER
from db.draft.words import GLOTTAL, WORD

# "Mrs. Lind", "Mr Ola Lind": a name after a courtesy title is a person's.
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Mme|Dr|Prof)\.?[ ]"
# Styles a person is known by with the name, not offices: "Sheikh" (or "Sheik", as American
# papers spell it), "Sir", "Dame".
_STYLE = r"(?:Sheikh|Sheikha|Sheik|Shaikh|Shaikha|Shaykh|Sir|Dame)"
# A style or a royal title written with the whole name: "Sir X", "King X bin Y Al Z".
KNOWN_WITH = rf"(?:{_STYLE}|{'|'.join(sorted(title.title() for title in REGNAL_TITLES))})"
# The glottal stop before a vowel a Polynesian name may open with ("'Akilisi"), written as an
# apostrophe.
GLOTTAL_OPENING = lazy_compile(rf"(?:^|\s){GLOTTAL}$")
# A military rank written before a name ("Gen. X", "Senior Gen. X", "Lt. Col. X", "Capt. X"), the
# way news writes a ruler from the army: like a form of address, no part of the name.
_RANK = (
    # "Lt. Gen.", and hyphened as some papers write it: "Lt-Gen X"
    r"(?:(?:(?:Senior|Lt\.?|Lieutenant|Maj\.?|Major|Brig\.?|Brigadier|Vice|Rear)[ -])?"
    # with a full stop, or without it as British papers write them ("Col Gaddafi")
    r"(?:Gen\.?|General(?=[ ][A-Z][a-z]+[ ][A-Z])|Col\.?|Colonel|Capt\.?|Captain|Maj\.|Adm\.?"
    r"|Admiral|Commodore|Cdre\.?|Brigadier)"
    r"|Field[ ]Marshal|Marshal)"
    r"(?:[ ]\((?i:ret['’]?d|rtd|retired)\.?\))?"  # "Brigadier (Ret’d) X": retired
)
# Letters written after a name for a seat or an honour, as Commonwealth papers and
# governments write them ("the Hon X Y MP, Prime Minister", "Baroness Z QC"): no part of it.
POST_NOMINALS = frozenset(
    {"MP", "MEP", "MLA", "MNA", "MHA", "QC", "KC", "SC", "PC", "OBE", "CBE", "MBE", "KBE", "DBE"}
    | {"GBE", "CMG", "KCMG", "GCMG", "KCVO", "GCVO", "CVO", "ONZ", "GNZM", "KNZM", "DNZM"}
)
# a rank alone is no one's name: "Maj-Gen" of "Adviser, Maj-Gen. X"
_RANK_OPENING = lazy_compile(rf"(?:{_RANK})(?:[ ](?=[{UPPER}])|$)")
_BURMESE_HONORIFICS = frozenset({"U", "Daw"})
# Spanish forms of address, as a list in Spanish or a translated one writes them before a name:
# "Excelentísimo Sr. X", "Distinguida Sra. Y".
_SPANISH_ADDRESS = r"Excelent[ií]sim[oa]|Distinguid[oa]|Sr\.|Sra\.|Srta\.|Señor|Señora"
# "the Honourable X", "His Excellency Dr X", "Gen. X", "Sheikh X", "Sir X": a name after a form
# of address, a style or a rank is a person's.
HONORIFIC_BEFORE = lazy_compile(
    rf"(?:{_HONORIFIC}|\b(?:Hon\.|Honourable|Honorable|Excellency|Excellencies|HE|H\.[ ]?[EH]\.?|{_RANK}"
    rf"|{_SPANISH_ADDRESS}|{_STYLE})[ ]"
    rf"(?:{_HONORIFIC})?)$"
)
# Forms of address written between a title and a name ("Australian PM Hon. X", "Chairman of the
# Conference, the Honourable X", "Outgoing Chair, His Excellency Dr X"): no part of either.
ADDRESS_WORDS = (
    rf"(?:{_RANK}|"
    r"Rt\.?|Right|Most(?=[ ]Hon)|Hon\.?|Honourable|Honorable|Excellency|Highness|Majesty|H\.[ ]?[EH]\.?|HE|Dr\.?"
    # "Minister of Trade, Senator the Honourable X": a senator's style in the Caribbean after
    # the office they hold (but "represented by Senator the Honourable X" names no other)
    r"|(?<=,[ ])Senator(?=[ ]the[ ]Hon)"
    r"|HM|HH|HRH"  # His Majesty, His Highness, His Royal Highness
    r"|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Amb\.?"
    # Spanish forms of address ("Excelentísimo Sr. X", "Distinguida Sra. Y")
    rf"|{_SPANISH_ADDRESS}"
    # Malaysian honours written before the name ("Datuk Seri X", "Tan Sri X"); "Tun" is
    # left, as it is also part of names ("Najib Tun Abdul Razak").
    r"|Datuk[ ]Seri|Dato['’]?[ ]Sri|Tan[ ]Sri|Puan[ ]Sri|Datuk|Dato['’]?|Datin"
    # West African, Zimbabwean, French, South Asian and Cambodian ones ("President Alhaji X")
    r"|Alhaji|Alhaja|Haji|Hajji|Comrade|Madame|Mme|Monsieur|Shri|Shrimati|Samdech(?:[ ]Techo)?)"
)
# "Prime Minister (PM) X": a title's abbreviation in brackets, passed over like a form of address.
_TITLE_ABBREVIATED = r"\((?:[A-Z]\.?){2,5}\)"
ADDRESS_BEFORE = lazy_compile(
    rf"(?:(?:the|[Hh]is|[Hh]er)[ ])?(?:(?:{ADDRESS_WORDS}|{_TITLE_ABBREVIATED})[ ](?:the[ ])?)+"
    rf"{GLOTTAL}?$"
)
ADDRESS_WORD = lazy_compile(ADDRESS_WORDS)
# "Dr.Ana Ruiz": a form of address whose stop a copy ran on into the name, its space lost
ADDRESS_STOP_GLUED = lazy_compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Hon|Amb)\.(?=[A-Z][a-z])")
ADDRESS_OPENING = lazy_compile(rf"(?:(?:His|Her)[ ])?(?:{ADDRESS_WORDS}[ ](?:[Tt]he[ ])?)+")
ADDRESSED = lazy_compile(rf"{_HONORIFIC}(?P<name>(?:{WORD})(?:[ ](?:{WORD}))*)")


def rank_words(words: list[str]) -> int:
    """How many words of a military rank open a name ("Commodore X", "Rear Admiral X"): written
    before a ruler from the forces like a form of address, no part of the name."""
    rank = _RANK_OPENING.match(" ".join(words))
    return len(rank.group(0).split()) if rank else 0


def burmese_honorific(words: list[str]) -> bool:
    """Whether the name opens with a Burmese honorific ("U Ola Brekke", "Daw Ana Ruiz"), no part
    of the name; before a single word ("U Thant") it is left, as the person is known by it."""
    return len(words) >= 3 and words[0] in _BURMESE_HONORIFICS


KNOWN_WITH_OPENING = lazy_compile(rf"{KNOWN_WITH}[ ]")
_STYLE_OPENING = lazy_compile(rf"{_STYLE}[ ]")


def given_name_after_style(title: str, name: str) -> str | None:
    """ "Crown Prince" + "Sheikh Meshal" → "Meshal": after a ruler's title the style is how
    the ruler is addressed, and the one given name after it is the name; after an office
    ("Prime Minister Sheikh Noor") the style stays, as it begins some names."""
    words = name.split()
    styled = len(words) == 2 and _STYLE_OPENING.match(name) is not None
    return words[1] if styled and title.casefold().split()[-1] in REGNAL_TITLES else None


def keeps_own_title(words: list[str]) -> bool:
    """ "Sheikh Noor", "Prince Karim": a royal title before one given name is the name's; but
    not before a form of address, as a run of them opens some names ("Sheikh Prof. Alhaji Dr.
    X"), and "Sheikh Prof" names no one."""
    return (
        len(words) >= 2
        and ADDRESS_WORD.fullmatch(words[1]) is None
        and bool(name_with_own_title(words[0], " ".join(words[1:])))
    )
