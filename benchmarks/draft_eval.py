"""`make eval`: how close `factsheet draft` comes to facts written by hand, and how fast.

Three groups of reports are drafted and scored the same way (benchmarks/eval_score.py):

- tuned: the corpus reports benchmarks/corpus/a*.txt, the half the rules may be tuned on;
- untuned: the corpus reports benchmarks/corpus/e*.txt to h*.txt, j*.txt, k*.txt and m*.txt, kept
  apart to show how the rules do on reports no rule was ever tuned on (each report keeps its own
  row);
- hand-checked: the articles with complete fact files, seeds/*.toml and tests/data/*.toml.

A corpus report is ``STEM.txt`` (a ``SOURCE:`` line, an empty line, then the text as published)
with its truth ``STEM.truth.toml``; the text after the SOURCE line is what is drafted. Each
draft is rendered as `factsheet draft` writes it and read back, so a fact counts only where
the fact file's structure puts it. Time to draft is measured in a fresh interpreter, from
start-up to the rendered TOML, as the median of 5 runs; a draft must stay under 1 s.

Low scores are the measure's result, not a fault: the exit status is 1 only when a report or
truth cannot be read.
"""

from __future__ import annotations

import re
import resource
import statistics
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.eval_facts import facts_of_fact_file, facts_of_truth, misplaced_truth_field
from benchmarks.eval_score import Count, Scores, score
from db.draft.extract import draft_facts
from db.draft.render import render

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "benchmarks" / "corpus"
HAND_CHECKED = (PROJECT / "seeds", PROJECT / "tests" / "data")
GROUPS = {
    "a": "tuned",
    "e": "untuned",
    "f": "untuned",
    "g": "untuned",
    "h": "untuned",
    "j": "untuned",
    "k": "untuned",
    "m": "untuned",
}
SOURCE_LINE = "SOURCE:"
LIMIT_SECONDS = 1.0
RUNS = 5
TIME_ONE_DRAFT = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from db.draft.countries import gazetteer
from db.draft.extract import draft_facts
from db.draft.render import render
path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
if text.startswith("SOURCE:"):
    text = text.split("\\n", 2)[2]
render(draft_facts(text), text, path.name)
print(time.perf_counter() - start)
"""


class ReportError(Exception):
    """A report or its truth that cannot be read: one sentence naming the file."""


@dataclass(frozen=True)
class Report:
    name: str
    group: str
    article: Path
    text: str
    truth_text: str
    from_corpus: bool


@dataclass(frozen=True)
class Result:
    report: Report
    scores: Scores
    seconds: float


def in_corpus_order(truth: Path) -> tuple[str, int, str]:
    """Sort key putting a100 after a99: a report's group letter, its number, then its name."""
    number = re.match(r"[a-z](\d+)", truth.name)
    return truth.name[:1], int(number.group(1)) if number else 0, truth.name


def corpus_reports(folder: Path) -> tuple[list[Report], list[str]]:
    """The corpus's reports, and a sentence for each that cannot be read."""
    reports, errors = [], []
    for truth in sorted(folder.glob("*.truth.toml"), key=in_corpus_order):
        stem = truth.name.removesuffix(".truth.toml")
        group = GROUPS.get(stem[:1])
        article = truth.with_name(f"{stem}.txt")
        try:
            if group is None:
                raise ReportError(
                    f"{truth}: a corpus report's name starts with one of {', '.join(GROUPS)}"
                )
            truth_text = truth.read_text(encoding="utf-8")
            if fault := misplaced_truth_field(truth_text):
                raise ReportError(f"{truth}: {fault}")
            reports.append(
                Report(
                    name=stem,
                    group=group,
                    article=article,
                    text=corpus_text(article),
                    truth_text=truth_text,
                    from_corpus=True,
                )
            )
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ReportError) as error:
            errors.append(str(error) if isinstance(error, ReportError) else f"{truth}: {error}")
    return reports, errors


def corpus_text(article: Path) -> str:
    """The report's text without its SOURCE line and the empty line after it."""
    text = article.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    if not first.startswith(SOURCE_LINE):
        raise ReportError(f"{article}: the first line is not a {SOURCE_LINE} line")
    return rest.removeprefix("\n")


def hand_checked_reports(folders: Iterable[Path]) -> list[Report]:
    reports = []
    for folder in folders:
        for fact_file in sorted(folder.glob("*.toml")):
            facts = fact_file.read_text(encoding="utf-8")
            article = fact_file.parent / tomllib.loads(facts)["source"]["file"]
            reports.append(
                Report(
                    name=fact_file.stem,
                    group="hand-checked",
                    article=article,
                    text=article.read_text(encoding="utf-8"),
                    truth_text=facts,
                    from_corpus=False,
                )
            )
    return reports


def evaluate(report: Report) -> Result:
    """Draft the report, render the draft as a fact file, and score what the file says."""
    started = time.perf_counter()
    rendered = render(draft_facts(report.text), report.text, report.article.name)
    seconds = time.perf_counter() - started
    truth = (facts_of_truth if report.from_corpus else facts_of_fact_file)(report.truth_text)
    try:
        drafted = facts_of_fact_file(rendered)
    except (tomllib.TOMLDecodeError, KeyError) as error:
        raise ReportError(
            f"{report.article}: the draft is no readable fact file ({error})"
        ) from None
    return Result(report=report, scores=score(drafted, truth), seconds=seconds)


@dataclass(frozen=True)
class DraftTime:
    """A fresh draft's wall time, which the limit is about, and its processor time, which a
    shared machine's load does not inflate: the two side by side say whether a miss is the
    drafter's or the machine's."""

    wall: float
    cpu: float


def seconds_to_draft(article: Path) -> DraftTime:
    """Medians of drafting ``article`` in a fresh interpreter, start-up included."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", TIME_ONE_DRAFT, str(article)],
            check=True,
            cwd=PROJECT,
            capture_output=True,
        )
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return DraftTime(statistics.median(walls), statistics.median(cpus))


COLUMNS = (
    ("memberships", "members+status", "pr"),
    ("members", "members only", "pr"),
    ("countries", "as countries", "r"),
    ("attendees", "attendees", "pr"),
    ("quotes", "quotes+speaker", "pr"),
)


def _ratio(value: float | None) -> str:
    return "  -" if value is None else f"{value:.2f}".removeprefix("0") if value < 1 else "1.0"


def _cell(count: Count, shows: str) -> str:
    ratios = (
        f"{_ratio(count.precision):>4} {_ratio(count.recall):>4}"
        if shows == "pr"
        else f"{_ratio(count.recall):>4}"
    )
    return f"{ratios} {count.matched:>3}/{count.expected:<3}"


def table(results: Sequence[Result]) -> str:
    """Per report and per group (micro-averaged): precision and recall, matched/expected."""
    width = max([len("report"), *(len(result.report.name) for result in results)]) + 2
    cells = [f"{_cell(Count(), shows):>{len(_cell(Count(), shows))}}" for _n, _t, shows in COLUMNS]
    headers = [
        title.center(len(cell)) for (_name, title, _shows), cell in zip(COLUMNS, cells, strict=True)
    ]
    subheads = [
        ("   P    R  m/exp" if shows == "pr" else "   R  m/exp").ljust(len(cell))
        for (_name, _title, shows), cell in zip(COLUMNS, cells, strict=True)
    ]
    head = f"{'report':<{width}}" + " | ".join(headers) + " | renamed | misattr | org"
    lines = [head, " " * width + " | ".join(subheads) + " |         |         |", "-" * len(head)]
    for group in ("tuned", "untuned", "hand-checked"):
        members = [result for result in results if result.report.group == group]
        if not members:
            lines.append(f"{group}: no reports")
            continue
        for result in members:
            lines.append(_row(result.report.name, result.scores, width))
        total = sum((result.scores for result in members), Scores())
        lines.append(_row(f"{group} ({len(members)})", total, width))
        lines.append("-" * len(head))
    return "\n".join(lines)


def _row(name: str, scores: Scores, width: int) -> str:
    cells = [_cell(getattr(scores, field), shows) for field, _title, shows in COLUMNS]
    organization = scores.organization
    return (
        f"{name:<{width}}"
        + " | ".join(cells)
        + f" | {scores.renamed:>7} | {scores.misattributed:>7}"
        + f" | {organization.matched}/{organization.expected}"
    )


def main(corpus: Path = CORPUS, *, time_drafts: bool = True) -> int:
    reports, errors = corpus_reports(corpus) if corpus.is_dir() else ([], [])
    reports += hand_checked_reports(HAND_CHECKED)
    if reports:  # the country data loaded and the patterns compiled, once per process, by a
        draft_facts(reports[0].text)  # first draft: each report's time is its draft's alone
    results = []
    for report in reports:
        try:
            results.append(evaluate(report))
        except ReportError as error:
            errors.append(str(error))
    print(table(results))
    if results:
        slowest = max(results, key=lambda result: result.seconds)
        print(
            f"\nslowest draft once the country data is loaded and the patterns compiled: "
            f"{slowest.seconds * 1000:.0f} ms "
            f"({slowest.report.name})"
        )
    if not time_drafts:
        return _report_errors(errors)
    bundled = [report for report in reports if report.article.parent == HAND_CHECKED[0]]
    longest = max(reports, key=lambda report: len(report.text), default=None)
    # the slowest report too: a rule that backtracks shows on a report's shape, not its length
    slowest_report = [slowest.report] if results else []
    for report in dict.fromkeys([*bundled[:1], *([longest] if longest else []), *slowest_report]):
        taken = seconds_to_draft(report.article)
        verdict = "under" if taken.wall < LIMIT_SECONDS else "OVER"
        print(
            f"draft of {report.article.name} ({len(report.text):,} characters), fresh "
            f"interpreter to TOML (median of {RUNS}): {taken.wall:.2f} s ({taken.cpu:.2f} s "
            f"of processor time), {verdict} the {LIMIT_SECONDS:.0f} s limit"
        )
    return _report_errors(errors)


def _report_errors(errors: Sequence[str]) -> int:
    for error in errors:
        print(f"make eval: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
