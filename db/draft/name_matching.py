"""When two names are one person's: the runs of words, short forms and first-and-last names a
person is known by (looked up, not compared with everyone's, as an article may name thousands),
middle names that agree, family names spelt a letter apart (a slip kept as a variant), and a
name run together from the given and family names ("Budisan" of "Budi Santoso").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from db.draft.keys import unique_key
from db.draft.model import Mention, Person
from db.draft.naming import (
    base_letters,
    is_patronymic,
    is_regnal_numeral,
    royal_given_name,
    without_particle_prefix,
)
from db.draft.text import Text
from db.factfile.folding import fold, slug

_SPELLING_SIMILARITY = 0.85


class KnownNames:
    """Who is known by which full name, run of its words and short form, kept up as people are
    added and their names completed, so that a name is looked up rather than compared with
    everyone's: an article may name thousands of people."""

    def __init__(self) -> None:
        self.runs: dict[str, list[Person]] = {}
        self.names: dict[str, list[Person]] = {}
        self.short_forms: dict[str, list[Person]] = {}
        self.first_and_last: dict[str, list[Person]] = {}
        self.order: dict[int, int] = {}

    def add(self, person: Person) -> None:
        self.order[id(person)] = len(self.order)
        self._enter(person)

    def rename(self, person: Person, name: str) -> None:
        for index, keys in self._entries(person):
            index[keys] = [known for known in index[keys] if known is not person]
        person.name = name
        self._enter(person)

    def _entries(self, person: Person) -> Iterator[tuple[dict[str, list[Person]], str]]:
        """Each index ``person`` is found in, with the name or form it is found by there."""
        yield self.names, _key(person.name)
        for run in _runs_of_words(person.name):
            yield self.runs, _key(run)
        for form in person.short_forms:
            yield self.short_forms, _key(form)
        if outer := _first_and_last(person.name):
            yield self.first_and_last, outer

    def _enter(self, person: Person) -> None:
        for index, name in self._entries(person):
            known = index.setdefault(name, [])
            if not any(someone is person for someone in known):  # "A B A" has "A" twice
                known.append(person)

    def named(self, name: str) -> list[Person]:
        """Those whose full name is ``name``, looked up as every index is keyed."""
        return self.names.get(_key(name), [])

    def by_short_form(self, form: str) -> list[Person]:
        """Those one of whose short forms is ``form``."""
        return self.short_forms.get(_key(form), [])

    def knows(self, name: str) -> bool:
        """Whether someone goes by ``name``: their full name, a short form, or a run of the
        words of their name ("Al Haddad" of "Karim Al Haddad")."""
        return bool(self.runs.get(_key(name)) or self.short_forms.get(_key(name)))

    def _same_but_initials(self, person: Person) -> list[tuple[int, int, Person]]:
        """ "Hage G. Geingob" and "Hage Geingob", "Emmerson D Mnangagwa" and "Emmerson Dambudzo
        Mnangagwa": one person, the name whose middle words are written out being the full one."""
        outer = _first_and_last(person.name)
        if outer is None:
            return []
        fuller = _middle_letters(person.name)
        return [
            (self.order[id(known)], int(fuller > _middle_letters(known.name)), known)
            for known in self.first_and_last.get(outer, ())
            if known.name != person.name and _middles_agree(person.name, known.name)
        ]

    def _same_royal(self, person: Person) -> list[tuple[int, int, Person]]:
        """ "King Salman", then "Salman bin Abdulaziz" styled King (or the other way): the one
        royal, the name with the patronymic being the full one."""
        royal = royal_given_name(person.name, person.title)
        if royal is None:
            return []
        return [
            (self.order[id(known)], int(len(person.name) > len(known.name)), known)
            for known in self.short_forms.get(_key(royal[1]), ())
            if royal_given_name(known.name, known.title) == royal
        ]

    def first_met(self, person: Person) -> tuple[Person, bool] | None:
        """The earliest known person that ``person`` is, and whether ``person`` gives only a
        short form of their name (else their full name, of which theirs was a short form)."""
        found = [
            (self.order[id(known)], 0, known)
            for known in self.short_forms.get(_key(person.name), ())
        ]
        found += [
            (self.order[id(known)], 1, known)
            for form in (*person.short_forms, *_without_given_names(person.name))
            for known in self.names.get(_key(form), ())
        ]
        found += self._same_but_initials(person)
        found += self._same_royal(person)
        if not found:
            return None
        _order, kind, known = min(found, key=lambda candidate: candidate[:2])
        return known, kind == 0


def _key(name: str) -> str:
    """A name as it is looked up: folded, and a hyphen read as a space, as a report may write
    a double family name with a hyphen once and without it later ("Ruiz-Tagle", "Ruiz Tagle")."""
    return fold(name).replace("-", " ")


def _first_and_last(name: str) -> str | None:
    """A name's first and last words, folded, when it has a middle word or two words."""
    words = fold(name).split()
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


def _middles_agree(name: str, other: str) -> bool:
    """Whether two names with the same first and last words differ only by middle names:
    each middle word the same or one the initial of the other, or one without a middle, as
    a report shortens a full name it gave ("Ibrahim Keita" of "Ibrahim Boubacar Keita")."""
    middle, other_middle = fold(name).split()[1:-1], fold(other).split()[1:-1]
    if not middle or not other_middle:
        return True
    return len(middle) == len(other_middle) and all(
        one == two
        or (is_initial(one) and two.startswith(one[0]))
        or (is_initial(two) and one.startswith(two[0]))
        for one, two in zip(middle, other_middle, strict=True)
    )


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _middle_letters(name: str) -> int:
    return sum(len(word.rstrip(".")) for word in name.split()[1:-1])


def _without_given_names(name: str) -> Iterator[str]:
    """ "Maria Lund" of "Anna Maria Lund": the name less leading given names, two
    words or more; not a father's name after "bin" ("Khalid bin Nasser" of "Faisal bin Khalid
    bin Nasser")."""
    words = name.split(" ")
    for first in range(1, len(words) - 1):
        if not is_patronymic(words[first - 1]):
            yield " ".join(words[first:])


def _runs_of_words(name: str) -> Iterator[str]:
    """Every run of consecutive words of ``name``, the whole name among them, but one that
    opens on a father's name after "bin"."""
    words = name.split(" ")
    for first in range(len(words)):
        if first and is_patronymic(words[first - 1]):
            continue
        for last in range(first + 1, len(words) + 1):
            yield " ".join(words[first:last])


def name_keys(persons: list[Person], mentions: list[Mention], text: Text) -> None:
    """Key each person by the word the article names them by alone most often ("Moon", not
    "Jae-in"; the more frequent of two spellings), else by the last word of the name."""
    taken: set[str] = set()
    words_alone: dict[int, list[str]] = {}
    for mention in mentions:
        if " " not in text[mention.span]:
            words_alone.setdefault(id(mention.person), []).append(text[mention.span])
    for person in persons:
        alone = words_alone.get(id(person), [])
        family = [word for word in person.name.split() if not is_regnal_numeral(word)]
        word = max(alone, key=alone.count) if alone else family[-1]
        person.key = unique_key(slug(word), taken)


def blended_from(nickname: str, name: str) -> bool:
    """ "Budisan" of "Budi Santoso": the start of the given name and of the family name run
    together, as a well-known person may be called."""
    words = fold(name).split()
    if len(words) < 2:
        return False
    given, family, nick = words[0], words[-1], fold(nickname)
    return any(
        nick[:cut] == given[:cut] and len(nick) > cut and family.startswith(nick[cut:])
        for cut in range(3, len(given) + 1)
    )


def ranked_forms(person: Person) -> list[tuple[int, str]]:
    """Each form with how surely it names the person: 0 the name or a spelling of it, 1 the
    family name, 2 the first word, 3 any other short form."""
    short = person.short_forms
    ranked = [(0, form) for form in (person.name, *person.variants)]
    ranked += [(min(index + 1, 3), form) for index, form in enumerate(short)]
    ranked += [(0, variant.split()[-1]) for variant in person.variants]
    return ranked


def given_and_family(name: str) -> tuple[list[str], str]:
    """The given names, and the family name as written in any case, with or without its
    article ("Al-Amin", "al Amin" and "Amin" alike)."""
    *given, family = name.split()
    while given and given[-1].casefold() in ("al", "el"):
        given.pop()
    return given, fold(without_particle_prefix(family))


def spelt_alike(names: list[str], others: list[str]) -> bool:
    """Given names the same but for at most one letter of one of them ("Sergei", "Sergey")."""
    differing = [(one, other) for one, other in zip(names, others, strict=True) if one != other]
    return not differing or (len(differing) == 1 and _one_letter_apart(*differing[0]))


def _one_letter_apart(one: str, other: str) -> bool:
    if min(len(one), len(other)) < 5 or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other, strict=True)) == 1
    shorter, longer = sorted((one, other), key=len)
    return any(longer[:cut] + longer[cut + 1 :] == shorter for cut in range(len(longer)))


def spelt_similarly(one: str, other: str) -> bool:
    """Spelt alike; the quick upper bounds first, as difflib advises, since most words are not."""
    matcher = SequenceMatcher(None, one, other)
    return all(
        bound() >= _SPELLING_SIMILARITY
        for bound in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)
    )


def unaccented(text: str) -> str:
    """``text`` with each accented letter as its base letter ("Sánchez" as "Sanchez"), one
    character for one, so that where a name is found in it is where it is in ``text``."""
    table = {}
    for character in set(text):
        if character.isascii():
            continue
        base = base_letters(character)
        if len(base) == 1 and base != character:
            table[ord(character)] = base
    return text.translate(table) if table else text


def known_forms(person: Person) -> list[str]:
    forms = [person.name, *person.variants, *person.short_forms]
    for variant in person.variants:
        forms.append(variant.split()[-1])
    return forms


def adopt_hyphen(person: Person, text: str) -> None:
    """Name the person with the hyphen the article also writes between the last two words of
    their name ("Grabar-Kitarovic" of "Kolinda Grabar Kitarovic"): a family name of two parts
    is hyphenated, and a page that drops the hyphen once has only lost it; the form without it
    is kept as a variant."""
    words = person.name.split()
    if len(words) < 3:
        return
    joined = f"{words[-2]}-{words[-1]}"
    if re.search(rf"(?<![\w-]){re.escape(joined)}(?![\w-])", text):
        person.variants.append(person.name)
        person.name = " ".join([*words[:-2], joined])


def adopt_spelling(person: Person, family: str, other: str, text: str) -> None:
    """Keep the spelling the article uses more often as the name; record the other."""
    spelt_as_name = len(re.findall(rf"\b{re.escape(family)}\b", text))
    spelt_otherwise = len(re.findall(rf"\b{re.escape(other)}\b", text))
    if spelt_otherwise > spelt_as_name:
        person.variants.append(person.name)
        person.name = person.name.removesuffix(family) + other
    else:
        person.variants.append(other)
