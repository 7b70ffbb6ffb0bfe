"""How a draft's facts score against a truth's: counts per kind of fact, summed over reports.

Every kind is matched one to one, each drafted fact to the first truth fact it matches that no
other drafted fact took. Precision is matched / drafted, recall is matched / expected; both are
computed from counts, so a sum of scores is the micro-average.

- memberships: the member and its status; ``members`` is the same ignoring the status.
- countries: each truth member listed in the draft's countries or bodies at all (recall only:
  the draft lists attendees' countries too).
- attendees: a person whose folded names (name and variants) share one with the truth's.
- quotes: a drafted quote matches a truth quote when its words contain the truth's words; it
  is right when its speaker is the truth's. Recall counts truth quotes with a named speaker.
  ``misattributed`` counts drafted quotes that match a truth quote but name someone who did
  not say it; a truth quote whose speaker the report does not name ("" in the truth) is
  misattributed by any named speaker. ``renamed`` counts those that name the right person in
  a form the truth does not give ("Tan Sri X Y" for "X Y", "Chavez" for "Hugo Chavez"): one
  name is the other with words left out. Neither is a right speaker.
- organization: right when the drafted organization's name or abbreviation is one of the
  truth's names, or when neither has one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import TypeVar

from benchmarks.eval_facts import Facts, Quote

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Count:
    matched: int = 0
    drafted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.drafted if self.drafted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.expected if self.expected else None

    def __add__(self, other: Count) -> Count:
        return Count(
            self.matched + other.matched,
            self.drafted + other.drafted,
            self.expected + other.expected,
        )


@dataclass(frozen=True)
class Scores:
    memberships: Count = Count()
    members: Count = Count()
    countries: Count = Count()
    attendees: Count = Count()
    quotes: Count = Count()
    misattributed: int = 0
    renamed: int = 0
    organization: Count = Count()
    """matched = 1 when right; drafted = expected = 1 per report."""

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            **{
                field.name: getattr(self, field.name) + getattr(other, field.name)
                for field in fields(self)
            }
        )


def score(drafted: Facts, truth: Facts) -> Scores:
    quotes, misattributed, renamed = _score_quotes(drafted.quotes, truth.quotes)
    return Scores(
        memberships=match_one_to_one(drafted.memberships, truth.memberships, _same_membership),
        members=match_one_to_one(
            [member for member, _status in drafted.memberships],
            [member for member, _status in truth.memberships],
            _overlap,
        ),
        countries=Count(
            matched=sum(
                any(_overlap(listed, member) for listed in drafted.countries)
                for member, _status in truth.memberships
            ),
            expected=len(truth.memberships),
        ),
        attendees=match_one_to_one(drafted.attendees, truth.attendees, _overlap),
        quotes=quotes,
        misattributed=misattributed,
        renamed=renamed,
        organization=Count(
            matched=int(
                bool(drafted.organization & truth.organization)
                or not (drafted.organization or truth.organization)
            ),
            drafted=1,
            expected=1,
        ),
    )


def match_one_to_one(
    drafted: Sequence[T], expected: Sequence[U], same: Callable[[T, U], bool]
) -> Count:
    return Count(
        matched=len(_pairs(drafted, expected, same)),
        drafted=len(drafted),
        expected=len(expected),
    )


def _pairs(
    drafted: Sequence[T], expected: Sequence[U], same: Callable[[T, U], bool]
) -> list[tuple[T, U]]:
    unmatched = list(range(len(expected)))
    pairs = []
    for item in drafted:
        found = next((index for index in unmatched if same(item, expected[index])), None)
        if found is not None:
            unmatched.remove(found)
            pairs.append((item, expected[found]))
    return pairs


def _overlap(left: frozenset[str], right: frozenset[str]) -> bool:
    return bool(left & right)


def _same_membership(left: tuple[frozenset[str], str], right: tuple[frozenset[str], str]) -> bool:
    return _overlap(left[0], right[0]) and left[1] == right[1]


def _score_quotes(drafted: Sequence[Quote], truth: Sequence[Quote]) -> tuple[Count, int, int]:
    # Right speakers are paired first, so a quote drafted twice (once rightly) is not also
    # counted as misattributed in place of the right one.
    right = _pairs(
        drafted, truth, lambda mine, theirs: _same_words(mine, theirs) and _said_by(mine, theirs)
    )
    paired_drafts = {id(mine) for mine, _theirs in right}
    paired_truths = {id(theirs) for _mine, theirs in right}
    wrong = _pairs(
        [quote for quote in drafted if id(quote) not in paired_drafts],
        [quote for quote in truth if id(quote) not in paired_truths],
        _same_words,
    )
    count = Count(
        matched=len(right),
        drafted=len(drafted),
        expected=sum(1 for quote in truth if quote.speaker),
    )
    named = [(mine, theirs) for mine, theirs in wrong if mine.speaker]
    renamed = sum(1 for mine, theirs in named if _renamed(mine.speaker, theirs.speaker))
    return count, len(named) - renamed, renamed


def _same_words(mine: Quote, theirs: Quote) -> bool:
    return bool(theirs.words) and theirs.words in mine.words


def _renamed(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether one name is the other with words left out ("Chavez", "Hugo Chavez"; "Tan Sri X
    Y", "X Y"), an initial standing for a word ("Hage G. Geingob"): the same person named
    another way, where "Fidel Castro" and "Raul Castro" are two."""
    return any(
        _within(shorter, longer) or _within(longer, shorter)
        for shorter in (name.split() for name in mine)
        for longer in (name.split() for name in theirs)
    )


def _within(words: list[str], other: list[str]) -> bool:
    """Whether every word is, in order, a word of ``other`` or the initial of one."""
    rest = iter(other)
    return all(any(_same_word(word, candidate) for candidate in rest) for word in words)


def _same_word(word: str, other: str) -> bool:
    initial = word.rstrip(".")
    return word == other or (len(initial) == 1 and other.startswith(initial))


def _said_by(mine: Quote, theirs: Quote) -> bool:
    return _overlap(mine.speaker, theirs.speaker)
