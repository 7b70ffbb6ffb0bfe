"""Later mentions of the people named, and the other ways the article writes their names.

Later mentions are the full name and its short forms (naming.py), the same written without its
accents, and spellings of the family name that differ by a letter (a slip the article made, kept
as a variant, also when the full name is written again with it: "Erika Lundqvis" after "Erika
Lundqvist"); the name with its style or royal title ("Sheikh X", "Sir X", "King X bin Y") is kept
as a variant too, and so is a name run together from the given and family names ("Budisan" of
"Budi Santoso"), and so is a name written without the nickname quoted inside it ("Joko
Widodo" of "Joko 'Jokowi' Widodo").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from db.draft.countries import Gazetteer
from db.draft.forms_of_address import KNOWN_WITH, KNOWN_WITH_OPENING
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Person
from db.draft.name_matching import (
    adopt_spelling,
    given_and_family,
    known_forms,
    ranked_forms,
    spelt_alike,
    spelt_similarly,
    unaccented,
)
from db.draft.text import Span, Text
from db.draft.titles import TITLE_PATTERN
from db.draft.words import CAPITALISED_RUN, NOT_NAMES, QUOTED_WORD
from db.factfile.folding import fold


def _one_office_spelt_alike(known: Person, person: Person, words: list[str]) -> bool:
    """Whether two names of the same office, and of no two countries, are spelt alike word for
    word: one person's name written two ways."""
    return (
        known.title is not None
        and known.title == person.title
        and (known.party is None or person.party is None or known.party.key == person.party.key)
        and all(
            spelt_similarly(one, other)
            for one, other in zip(fold(known.name).split(), words, strict=True)
        )
    )


_WORD_START = lazy_compile(r"(?<![\w.])\w")
_WORD_CHARACTER = lazy_compile(r"\w")


def _whole_words_found(text: str, forms: list[str]) -> Iterator[tuple[int, int]]:
    """Where ``forms`` (longest first) occur in ``text`` as whole words, not after a full
    stop, left to right and never overlapping: what one regular expression of every form
    would find, but looked up at each word's start rather than tried form by form, which
    costs as many passes over the text as there are forms."""
    by_first_letters: dict[str, list[str]] = {}
    for form in forms:  # every form begins with a letter: it was read from a capitalised run
        by_first_letters.setdefault(form[:2], []).append(form)
    resume = 0
    for word in _WORD_START.finditer(text):
        start = word.start()
        if start < resume:
            continue
        candidates = by_first_letters.get(text[start : start + 2], [])
        candidates = candidates + by_first_letters.get(text[start], [])
        for form in candidates:
            end = start + len(form)
            if text.startswith(form, start) and not _WORD_CHARACTER.match(text, end):
                yield start, end
                resume = end
                break


def add_styled_names(persons: list[Person], text: str) -> None:
    """ "Sheikh Karim Al Haddad", "Sir Ola Brekke", "King Karim bin Faisal Al Haddad": the
    name with the style or royal title the article gives it is how the person is known too, so
    it is kept as a spelling of the name; and a name drafted with its royal title ("King Harald
    V") is known without it too ("Harald V"), when more than one word is left."""
    for person in persons:
        if not person.named:
            continue
        styled = re.search(rf"(?<!Crown )\b{KNOWN_WITH}[ ]{re.escape(person.name)}\b", text)
        if styled and styled.group(0) not in person.variants:
            person.variants.append(styled.group(0))
        bare = KNOWN_WITH_OPENING.match(person.name)
        if (
            bare
            and " " in person.name[bare.end() :]
            and person.name[bare.end() :] not in person.variants
        ):
            person.variants.append(person.name[bare.end() :])  # "King Abdullah II": "Abdullah II"


# "Joko 'Jokowi' Widodo": a nickname in quotes inside a name (words.py)
_NICKNAME_INSIDE = lazy_compile(rf"[ ]{QUOTED_WORD}(?=[ ])")


def add_names_without_nicknames(persons: list[Person]) -> None:
    """ "Joko 'Jokowi' Widodo" is "Joko Widodo" too: the name as it is written without the
    nickname is kept as a spelling of it, as other reports and searches write it."""
    for person in persons:
        plain = _NICKNAME_INSIDE.sub("", person.name)
        if plain != person.name and plain not in person.variants:
            person.variants.append(plain)


def find_spelling_variants(persons: list[Person], text: str, countries: Gazetteer) -> None:
    """A capitalised word a letter away from a family name is that person, misspelt (or
    written with its accents, "Lindqvíst" after "Lindqvist"), alone or after a title."""
    claimed = {form for person in persons for form in known_forms(person)}
    by_first_letters: dict[str, list[Person]] = {}
    for person in persons:
        if person.named:
            by_first_letters.setdefault(person.name.split()[-1][:2], []).append(person)
    for run in CAPITALISED_RUN.finditer(text):
        title, _space, word = run.group(0).rpartition(" ")
        if title and not TITLE_PATTERN.fullmatch(title):
            continue  # a name of more words, not "President Lindqvíst" after "Lindqvist"
        if word in claimed or len(word) < 5 or word in NOT_NAMES:
            continue
        if countries.country_named(word):
            continue  # "Saudi" is no spelling of "Al Saud", nor "Kenya" of "Keny"
        for person in by_first_letters.get(word[:2], ()):
            family = person.name.split()[-1]
            if family[:2] == word[:2] and spelt_similarly(family, word):
                adopt_spelling(person, family, word, text)
                claimed.add(word)
                break


def merge_misspelt_names(persons: list[Person]) -> list[Person]:
    """ "Erika Lundqvis" after "Erika Lundqvist": a full name that differs from an earlier
    one only by a letter of the family name is that person, misspelt, not a second one."""
    kept: list[Person] = []
    # by the given names and the family name's first letters, as difflib is costly
    by_given_names: dict[tuple[str, ...], list[Person]] = {}
    by_family_name: dict[tuple[str, int], list[Person]] = {}
    by_initials: dict[tuple[str, ...], list[Person]] = {}
    for person in persons:
        *given_as_written, family = person.name.split()
        alike = (
            by_given_names.setdefault((*given_as_written, family[:2]), [])
            if given_as_written
            else []
        )
        given, family_key = given_and_family(person.name)
        same = next(
            (known for known in alike if spelt_similarly(known.name.split()[-1], family)), None
        )
        # "Sergey Lavrin" after "Sergei Lavrin": a given name spelt another way; "Ali
        # Al-Amin" after "Ali Amin", "Ali Abu-Bakr" after "Ali Abu-bakr": one family name
        namesakes = by_family_name.setdefault((family_key, len(given)), []) if given else []
        same = same or next(
            (known for known in namesakes if spelt_alike(given_and_family(known.name)[0], given)),
            None,
        )
        # "President Mahamodou Issaofou" after "President Mahamadou Issoufou": every word
        # misspelt a little, one office and no other country
        words = fold(person.name).split()
        initials = by_initials.setdefault(tuple(w[:2] for w in words), []) if given else []
        same = same or next(
            (known for known in initials if _one_office_spelt_alike(known, person, words)),
            None,
        )
        if same is None:
            kept.append(person)
            alike.append(person)
            namesakes.append(person)
            initials.append(person)
            continue
        same.variants.append(person.name)
        same.title = same.title or person.title
        same.party = same.party or person.party
    return kept


def all_mentions(
    persons: list[Person], headings: list[Mention], article: Text, countries: Gazetteer
) -> list[Mention]:
    """Every place a person is named, longest forms first, never two at one place."""
    # A form two people share names the one for whom it says more (a family name over a
    # middle name); a family name both bear, the one of them named before it, or nobody
    # once both are ("Erik Lund arrived. Lund said …", then "Karin Lund, …"); any other
    # form that says as much of both, nobody (a "Hamad" two share may be a third's).
    # Read without accents: a name is the same person's written with or without them
    # ("Sánchez" after "Pedro Sanchez"), as pages and their wire copy mix both.
    claims: dict[str, tuple[int, list[Person]]] = {}
    for person in persons:
        for rank, written in ranked_forms(person):
            form = unaccented(written)
            held = claims.get(form)
            if held is None or rank < held[0]:
                claims[form] = (rank, [person])
            elif rank == held[0] and all(known is not person for known in held[1]):
                held[1].append(person)
    forms = sorted(
        (form for form, (rank, sharing) in claims.items() if rank == 1 or len(sharing) == 1),
        key=len,
        reverse=True,
    )
    # "Salvador" of "Salvador Perez" in "El Salvador" is the country's word, not his.
    spans = [found.span for found in countries.find(article.text) if " " in article[found.span]]
    starts = [span.start for span in spans]
    mentions = []
    plain = unaccented(article.text)
    for start, end in _whole_words_found(plain, forms):
        rank, sharing = claims[plain[start:end]]
        named_before = [
            person
            for person in sharing
            if len(sharing) == 1 or (rank == 1 and person.introduced.start <= start)
        ]
        inside = bisect.bisect_right(starts, start) - 1
        if inside >= 0 and spans[inside].start <= start and end <= spans[inside].end:
            continue
        if len(named_before) == 1:
            mentions.append(Mention(Span(start, end), named_before[0]))
    return sorted([*mentions, *headings], key=lambda mention: mention.span.start)
