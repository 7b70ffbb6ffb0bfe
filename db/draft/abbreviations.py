"""Whether capitals spell a name: "ANCN" of "Association of Northern Coastal Nations", "G7" of
"Group of Seven". The organization a report is about and an official's body named before its
capitals in brackets are both known by them."""

from __future__ import annotations

from db.draft.words import NUMBER_WORDS

SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})
"""Words a body's capitals may leave out: "UNCTAD" of "United Nations Conference on Trade and
Development"."""

_NUMBER_WORDS = {word: str(number) for number, word in enumerate(NUMBER_WORDS, start=1)}


def spells(short: str, name: str) -> bool:
    """Whether ``short`` is made of ``name``'s words in order, each word giving its first
    letter and maybe more: "ANCN" of "Association of Northern Coastal Nations"; a number
    written out gives its digits: "G7" of "Group of Seven"."""
    words = [
        _NUMBER_WORDS.get(word.lower(), word.lower())
        for word in name.split()
        if word not in SMALL_WORDS
    ]
    return spells_from(short.lower(), words)


def spells_from(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` open each of ``words`` in turn, taking more of a word's letters
    in order where the capitals do ("UNCTAD": "t" of "trade", then its "a")."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    rest_of_word = words[0][1:]
    for used in range(len(letters)):
        taken = letters[1 : used + 1]
        if is_subsequence(taken, rest_of_word) and spells_from(letters[used + 1 :], words[1:]):
            return True
    return False


def is_subsequence(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)
