"""`make eval`: how close `factsheet draft` comes to hand-checked fact files, and how fast.

Each article with a hand-checked fact file (the bundled seeds/*.toml and tests/data/*.toml) is
drafted, and three kinds of fact are compared with the fact file's, as sets of pairs:

- countries with status: (member, status) for each membership. A member is matched by its
  ISO country code when the name is a country's, else by its name or abbreviation folded
  (case, accents and full stops ignored: the draft's "U.N." is the fact file's body whose
  abbreviation is "U.N."). Guests of a meeting are attendee roles, not memberships, so a guest
  country drafted as a member counts against precision.
- attendees: (person, represented country or body). A person is matched when any of their
  names or spellings (name and variants, folded) is one of the other's; the party as above.
  The role is not compared: the draft's role vocabulary is open.
- quotes with speaker: (speaker, quoted words) for statements of kind "quote". The words are
  compared folded, without the punctuation that ends them; the speaker as a person above.

Precision is matched / drafted, recall is matched / expected. Time to draft the bundled article
is measured in a fresh interpreter, from start-up to the rendered TOML (imports, country data
and rendering included), as the median of 5 runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.draft.countries import gazetteer
from db.draft.extract import draft_facts
from db.draft.model import Draft, Party, Person
from db.text_folding import fold

PROJECT = Path(__file__).resolve().parent.parent
FACT_FILES = (
    *sorted((PROJECT / "seeds").glob("*.toml")),
    *sorted((PROJECT / "tests" / "data").glob("*.toml")),
)
RUNS = 5
TIME_ONE_DRAFT = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from db.draft.extract import draft_facts
from db.draft.render import render
path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
render(draft_facts(text), text, path.name)
print(time.perf_counter() - start)
"""


@dataclass(frozen=True)
class Score:
    matched: int
    drafted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


@dataclass(frozen=True)
class Scores:
    countries: Score
    attendees: Score
    quotes: Score


Names = frozenset[str]
Pair = tuple[Any, Any]


def names(name: str, variants: Iterable[str] = ()) -> Names:
    return frozenset(fold(spelling) for spelling in (name, *variants))


def party_identity(name: str, abbreviation: str | None = None) -> Names:
    country = gazetteer().country_named(name)
    if country is not None and country.code:
        return frozenset({country.code})
    return frozenset(
        fold(given).replace(".", "").strip() for given in (name, abbreviation) if given
    )


def quoted(words: str) -> str:
    return " ".join(fold(words).rstrip(" .,;:!?").split())


def score(drafted: list[Pair], expected: list[Pair], same: Callable[[Pair, Pair], bool]) -> Score:
    """Pairs matched one to one, each drafted pair to the first unmatched expected one."""
    unmatched = list(expected)
    matched = 0
    for pair in drafted:
        found = next((other for other in unmatched if same(pair, other)), None)
        if found is not None:
            unmatched.remove(found)
            matched += 1
    return Score(matched=matched, drafted=len(drafted), expected=len(expected))


def same_member(left: Pair, right: Pair) -> bool:
    return bool(left[0] & right[0]) and left[1] == right[1]


def same_attendee(left: Pair, right: Pair) -> bool:
    return bool(left[0] & right[0]) and bool(left[1] & right[1])


def drafted_pairs(draft: Draft) -> tuple[list[Pair], list[Pair], list[Pair]]:
    def person(who: Person) -> Names:
        return names(who.name, who.variants)

    def party(what: Party) -> Names:
        return party_identity(what.name, what.abbreviation)

    return (
        [(party(item.member), item.status) for item in draft.memberships],
        [(person(item.person), party(item.represents)) for item in draft.attendees],
        [(person(item.speaker), quoted(item.text)) for item in draft.statements],
    )


def expected_pairs(facts: dict[str, Any]) -> tuple[list[Pair], list[Pair], list[Pair]]:
    parties = {
        entry["key"]: party_identity(entry["name"], entry.get("abbreviation"))
        for entry in facts.get("countries", []) + facts.get("bodies", [])
    }
    people = {
        entry["key"]: names(entry["name"], entry.get("variants", []))
        for entry in facts.get("people", [])
    }
    return (
        [
            (parties[entry.get("member", entry.get("country"))], entry["status"])
            for entry in facts.get("memberships", [])
        ],
        [
            (people[entry["person"]], parties[entry["represents"]])
            for entry in facts.get("attendees", [])
        ],
        [
            (people[entry["speaker"]], quoted(entry["text"]))
            for entry in facts.get("statements", [])
            if entry["kind"] == "quote"
        ],
    )


def evaluate(fact_file: Path) -> Scores:
    facts = tomllib.loads(fact_file.read_text(encoding="utf-8"))
    article = (fact_file.parent / facts["source"]["file"]).read_text(encoding="utf-8")
    drafted = drafted_pairs(draft_facts(article))
    expected = expected_pairs(facts)
    return Scores(
        countries=score(drafted[0], expected[0], same_member),
        attendees=score(drafted[1], expected[1], same_attendee),
        quotes=score(drafted[2], expected[2], same_member),
    )


def seconds_to_draft(article: Path) -> float:
    """Median wall time of drafting ``article`` in a fresh interpreter, start-up included."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", TIME_ONE_DRAFT, str(article)],
            check=True,
            cwd=PROJECT,
            capture_output=True,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def seconds_in_process(article: Path) -> float:
    text = article.read_text(encoding="utf-8")
    draft_facts(text)  # the country data is loaded once per process
    started = time.perf_counter()
    draft_facts(text)
    return time.perf_counter() - started


def main() -> int:
    print(f"{'article':<34} {'facts':<20} {'precision':>9} {'recall':>7} {'matched':>8}")
    for fact_file in FACT_FILES:
        scores = evaluate(fact_file)
        for label, found in (
            ("countries with status", scores.countries),
            ("attendees", scores.attendees),
            ("quotes with speaker", scores.quotes),
        ):
            if found.drafted == found.expected == 0:
                print(f"{fact_file.stem:<34} {label:<20}    none drafted, none expected")
                continue
            print(
                f"{fact_file.stem:<34} {label:<20} {found.precision:>9.2f} {found.recall:>7.2f} "
                f"{found.matched:>3}/{found.expected:<3}"
            )
    bundled = (
        PROJECT
        / "seeds"
        / tomllib.loads(FACT_FILES[0].read_text(encoding="utf-8"))["source"]["file"]
    )
    print(
        f"\ndraft of {bundled.name}, fresh interpreter to TOML (median of {RUNS}): "
        f"{seconds_to_draft(bundled):.2f} s"
    )
    print(
        f"draft of {bundled.name} once the country data is loaded: {seconds_in_process(bundled) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
