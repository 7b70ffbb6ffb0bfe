"""`make bench`: time Factsheet against floors measured in the same run, and print a table.

The machine is shared and noisy, so every figure is a median of several runs, and start-up and
export are given as ratios to a bare program doing the least the same job needs, run
alternately with ours. Synthetic sheets are generated once and kept in benchmarks/.cache/.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.probes.signal import MARK
from benchmarks.server_sheets import (
    many_sheets_server_database,
    seeded_server_database,
    server_database_pair,
    synthetic_server_database,
)

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PEERS = CACHE / "peers"
PEER_PACKAGES = ("reportlab>=4,<6",)
IMPORTED_SHEETS = 100
"""Sheets each run of the import figure adds."""
SEARCH_TERMS = ("zephyrine", "cooperation", "coop", "noémie", "Jose Aberg")
"""A rare word, a common word, a half-typed word, a name typed without its accent, and the
accent-free second spelling of a name."""


@dataclass(frozen=True)
class Budget:
    limit: float
    kind: str  # "ratio" (to the floor), "ms", "s", "MiB" or "mb over floor"

    def met(self, value: float) -> bool:
        return value <= self.limit

    def __str__(self) -> str:
        return {
            "ratio": f"≤ {self.limit:g}×",
            "ms": f"≤ {self.limit:g} ms",
            "s": f"≤ {self.limit:g} s",
            "MiB": f"≤ {self.limit:g} MiB",
            "mb over floor": f"≤ floor + {self.limit:g} MB",
        }[self.kind]


@dataclass
class Row:
    measure: str
    ours: str
    floor: str = ""
    ratio: str = ""
    budget: Budget | None = None
    value: float | None = None

    @property
    def verdict(self) -> str:
        if self.budget is None or self.value is None:
            return ""
        return "met" if self.budget.met(self.value) else "NOT MET"


def _environment(home: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        environment[variable] = str(home / variable.lower())
    environment.pop("FACTSHEET_DB", None)
    return environment


def run_process(
    command: Sequence[str], environment: dict[str, str]
) -> tuple[float, dict[str, Any]]:
    """Seconds from starting ``command`` to its MARK line (or to its exit), and what it reported."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=HERE.parent,
    )
    figures: dict[str, Any] = {}
    elapsed = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(MARK):
            elapsed = time.perf_counter() - started
            figures = json.loads(line[len(MARK) :])
    _, status, usage = os.wait4(process.pid, 0)
    if elapsed is None:
        elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"{' '.join(command)} failed: {error.strip()[-500:]}")
    figures.setdefault("peak_mb", usage.ru_maxrss / 1024)
    return elapsed, figures


def alternate(
    ours: Sequence[str],
    floor: Sequence[str],
    runs: int,
    environment: dict[str, str],
    floor_environment: dict[str, str] | None = None,
) -> tuple[list[float], list[float], list[float]]:
    """Run ours and the floor in back-to-back pairs, which of the two goes first alternating;
    returns their times, pair by pair, and the floor's peak memory."""
    ours_times, floor_times, floor_peaks = [], [], []
    floor_environment = floor_environment or environment
    for run in range(runs):
        if run % 2:
            elapsed, figures = run_process(floor, floor_environment)
            ours_elapsed, _figures = run_process(ours, environment)
        else:
            ours_elapsed, _figures = run_process(ours, environment)
            elapsed, figures = run_process(floor, floor_environment)
        ours_times.append(ours_elapsed)
        floor_times.append(elapsed)
        floor_peaks.append(figures["peak_mb"])
    return ours_times, floor_times, floor_peaks


def ratio_row(measure: str, ours: list[float], floor: list[float], budget: float) -> Row:
    """Medians of both, and the median of each pair's ratio: the two runs of a pair meet the
    same load on a shared machine, while the load drifts across the whole set of runs."""
    ours_median, floor_median = statistics.median(ours), statistics.median(floor)
    ratio = statistics.median(mine / bare for mine, bare in zip(ours, floor, strict=True))
    return Row(
        measure,
        f"{ours_median * 1000:.0f} ms",
        f"{floor_median * 1000:.0f} ms",
        f"{ratio:.2f}×",
        Budget(budget, "ratio"),
        ratio,
    )


def paired_ratio_row(
    measure: str, ours: list[float], floor: list[float], budget: float, unit: str = "ms"
) -> Row:
    """A ratio row from figures already in ``unit``, paired as ``ratio_row``'s are."""
    ratio = statistics.median(mine / bare for mine, bare in zip(ours, floor, strict=True))
    digits = 2 if unit == "s" or statistics.median(floor) < 10 else 0
    return Row(
        measure,
        f"{statistics.median(ours):.{digits}f} {unit}",
        f"{statistics.median(floor):.{digits}f} {unit}",
        f"{ratio:.2f}×",
        Budget(budget, "ratio"),
        ratio,
    )


def peers_environment(environment: dict[str, str]) -> dict[str, str]:
    """The environment of the peers' probes: ReportLab installed under benchmarks/.cache/peers
    (once), outside Factsheet's own dependencies."""
    if not (PEERS / "reportlab").is_dir():
        print("installing ReportLab for the peers' figures…", file=sys.stderr, flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--target",
                str(PEERS),
                *PEER_PACKAGES,
            ],
            check=True,
        )
    return {**environment, "PYTHONPATH": str(PEERS)}


def compile_bytecode() -> None:
    """Byte-compile the project, as installing a package does, so that no timed run pays for
    compiling our modules while the floor's libraries are long compiled (with
    PYTHONDONTWRITEBYTECODE set, Python would compile them again in every run)."""
    for package in ("viewer", "db", "seeds", "benchmarks"):
        compileall.compile_dir(HERE.parent / package, quiet=1)


def synthetic_database(statements: int) -> Path:
    """A cached synthetic sheet; regenerated when the generator or the schema changes."""
    from db.store.schema import SCHEMA_VERSION

    source = (HERE / "generate.py").read_bytes() + str(SCHEMA_VERSION).encode()
    version = hashlib.sha256(source).hexdigest()[:10]
    path = CACHE / f"synthetic-{statements}-{version}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        for stale in CACHE.glob(f"synthetic-{statements}-*.sqlite3"):
            stale.unlink()
        print(f"generating a sheet of {statements:,} statements…", file=sys.stderr, flush=True)
        from benchmarks.generate import generate

        building = path.with_suffix(".building")
        generate(building, statements)
        building.rename(path)
    return path


def many_sheets_database(sheets: int) -> Path:
    """A cached database of many synthetic sheets; regenerated when its generator or the schema
    changes."""
    from db.store.schema import SCHEMA_VERSION

    # The many sheets take their people's names and their topics from generate.py.
    generators = (HERE / "generate_many.py", HERE / "generate.py")
    source = b"".join(path.read_bytes() for path in generators) + str(SCHEMA_VERSION).encode()
    version = hashlib.sha256(source).hexdigest()[:10]
    path = CACHE / f"many-{sheets}-{version}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        for stale in CACHE.glob(f"many-{sheets}-*.sqlite3"):
            stale.unlink()
        print(f"generating {sheets:,} sheets (a few minutes)…", file=sys.stderr, flush=True)
        from benchmarks.generate_many import generate_many

        building = path.with_suffix(".building")
        generate_many(building, sheets)
        building.rename(path)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="runs of each large-table and export figure (default 5)"
    )
    parser.add_argument(
        "--pairs",
        type=int,
        default=11,
        help="pairs of runs, ours and the floor's, for each start-up and export ratio (default 11)",
    )
    parser.add_argument(
        "--sizes",
        default="10000,100000,1000000",
        help="statement counts of the synthetic sheets (default 10000,100000,1000000)",
    )
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="also time the large tables and the many sheets on this PostgreSQL server, in "
        "databases made beside URL's (its user must be allowed to create databases)",
    )
    parser.add_argument(
        "--sheets",
        type=int,
        default=10_000,
        help="sheets in the many-sheet database (default 10000; 0 leaves those figures out)",
    )
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="time only the start-up rows (1, 2 and 2b), with --pairs pairs each",
    )
    arguments = parser.parse_args(argv)
    sizes = [int(size) for size in arguments.sizes.split(",") if size]
    runs = max(arguments.runs, 1)
    pairs = max(arguments.pairs, 1)
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as folder:
        home = Path(folder)
        environment = _environment(home)
        seeded = home / "seeded.sqlite3"
        seeded_url = f"sqlite:///{seeded}"
        subprocess.run(
            [sys.executable, "-m", "viewer.cli", "seed", "--db", seeded_url],
            check=True,
            env=environment,
            cwd=HERE.parent,
            capture_output=True,
        )
        table, floor_peak = _startup(seeded, seeded_url, pairs, environment)
        if arguments.startup_only:
            _print(table, runs, pairs)
            return 0
        table.extend(_export(home, seeded, seeded_url, pairs, environment))
        for size in sizes:
            url = f"sqlite:///{synthetic_database(size)}"
            table.extend(_large_table(url, size, runs, home, floor_peak, environment))
        if arguments.pg:
            for size in sizes:
                url = synthetic_server_database(arguments.pg, size)
                table.extend(
                    _large_table(url, size, runs, home, floor_peak, environment, "PostgreSQL")
                )
        table.extend(_export_of(10_000, runs, home, environment))
        table.extend(_import_sheets(_sqlite_pair(home), pairs, environment))
        if arguments.pg:
            table.extend(
                _import_sheets(server_database_pair(arguments.pg), pairs, environment, "PostgreSQL")
            )
        if arguments.sheets:
            many_url = f"sqlite:///{many_sheets_database(arguments.sheets)}"
            table.extend(_many_sheets(many_url, seeded_url, pairs, runs, home, environment))
        if arguments.sheets and arguments.pg:
            many_url = many_sheets_server_database(arguments.pg, arguments.sheets)
            one_url = seeded_server_database(arguments.pg)
            table.extend(
                _many_sheets(many_url, one_url, pairs, runs, home, environment, "PostgreSQL")
            )
    _print(table, runs, pairs)
    return 0


def _startup(
    seeded: Path, seeded_url: str, pairs: int, environment: dict[str, str]
) -> tuple[list[Row], float]:
    """Figures 1 to 2b, and the peak memory of the floor that reads the database."""
    window = ["-m", "benchmarks.probes.app_window"]
    bare = ["-m", "benchmarks.probes.bare_window"]
    ours, floor, _ = alternate([*window, "painted", seeded_url], bare, pairs, environment)
    first_paint = ratio_row("1. start-up to first painted window", ours, floor, 1.3)
    ours, floor, peaks = alternate(
        [*window, "data", seeded_url], [*bare, str(seeded)], pairs, environment
    )
    data_shown = ratio_row("2. start-up to the sheet's data on screen", ours, floor, 1.15)
    ours, floor, _ = alternate(
        [*window, "data", seeded_url], [*bare, str(seeded), "core"], pairs, environment
    )
    data_against_core = ratio_row(
        "2b. start-up to the sheet's data on screen, against bare PySide6 + SQLAlchemy Core "
        "showing the same rows",
        ours,
        floor,
        1.25,
    )
    return [first_paint, data_shown, data_against_core], statistics.median(peaks)


def _export(
    home: Path, seeded: Path, seeded_url: str, pairs: int, environment: dict[str, str]
) -> list[Row]:
    """Figures 3 and 3b: the seeded sheet's export against a bare one and ReportLab's."""
    pdf = home / "sheet.pdf"
    export = ["-m", "viewer.cli", "export", "-o", str(pdf), "--db", seeded_url]
    bare_export = ["-m", "benchmarks.probes.bare_export", str(seeded), str(home / "bare.pdf"), "14"]
    ours, floor, _ = alternate(export, bare_export, pairs, environment)
    exported = ratio_row("3. `factsheet export` of the seeded sheet", ours, floor, 1.3)
    reportlab = ["-m", "benchmarks.probes.reportlab_tables", str(seeded), str(home / "rl.pdf")]
    ours, floor, _ = alternate(
        export, reportlab, pairs, environment, peers_environment(environment)
    )
    against_reportlab = ratio_row(
        "3b. `factsheet export` of the seeded sheet (tagged), against ReportLab's three tables",
        ours,
        floor,
        1.5,
    )
    return [exported, against_reportlab]


def _large_table(
    url: str,
    size: int,
    runs: int,
    home: Path,
    floor_peak: float,
    environment: dict[str, str],
    server: str = "",
) -> list[Row]:
    """Figures 4 for the synthetic sheet of ``size`` statements at ``url``; ``server`` names
    the database server, if it is not SQLite."""
    command = ["-m", "benchmarks.probes.large_table", url, str(home / "large.ini"), *SEARCH_TERMS]
    results = [run_process(command, environment)[1] for _ in range(runs)]

    def median(key: str) -> float:
        return statistics.median(result[key] for result in results)

    searches = {
        term: statistics.median(result["search_ms"][term] for result in results)
        for term in SEARCH_TERMS
    }
    search_median = statistics.median(searches.values())
    raw = {
        term: statistics.median(result["raw_search_ms"][term] for result in results)
        for term in SEARCH_TERMS
    }
    bare = {
        term: statistics.median(result["bare_search_ms"][term] for result in results)
        for term in SEARCH_TERMS
    }
    is_million = size >= 1_000_000
    peak = median("peak_mb")
    label = f"4. {size:,} statements{f' on {server}' if server else ''}:"
    per_term = ", ".join(f"{term} {value:.0f}" for term, value in searches.items())
    return [
        Row(f"{label} sheet opened to statements on screen", f"{median('open_ms'):.0f} ms"),
        Row(
            f"{label} first screen of the statements tab",
            f"{median('tab_ms'):.1f} ms",
            budget=Budget(100, "ms") if is_million else None,
            value=median("tab_ms"),
        ),
        Row(
            f"{label} search, median of terms ({per_term} ms)",
            f"{search_median:.0f} ms",
            budget=Budget(50, "ms") if is_million else None,
            value=search_median,
        ),
        Row(
            f"{label} search to the first screen, against the same query straight through "
            "the driver (median of terms' ratios)",
            f"{search_median:.1f} ms",
            f"{statistics.median(raw.values()):.2f} ms",
            f"{statistics.median(searches[term] / raw[term] for term in SEARCH_TERMS):.1f}×",
            Budget(3, "ratio") if is_million else None,
            statistics.median(searches[term] / raw[term] for term in SEARCH_TERMS),
        ),
        Row(
            f"{label} search to the first screen, against the same query's rows shown in a bare "
            "QTableView (median of terms' ratios)",
            f"{search_median:.1f} ms",
            f"{statistics.median(bare.values()):.2f} ms",
            f"{statistics.median(searches[term] / bare[term] for term in SEARCH_TERMS):.1f}×",
        ),
        Row(f"{label} scroll to the end", f"{median('scroll_ms'):.0f} ms"),
        Row(
            f"{label} peak memory",
            f"{peak:.0f} MB",
            f"{floor_peak:.0f} MB",
            f"+{peak - floor_peak:.0f} MB",
            Budget(150, "mb over floor") if is_million else None,
            peak - floor_peak,
        ),
    ]


def _export_of(size: int, runs: int, home: Path, environment: dict[str, str]) -> list[Row]:
    """The export of a synthetic sheet, tagged (the default, with its budgets) and untagged."""
    database = f"sqlite:///{synthetic_database(size)}"
    rows = []
    flags_of = {"tagged PDF/UA": [], "untagged": ["--untagged"]}
    outputs = {label: home / f"synthetic-{size}-{label.split()[0]}.pdf" for label in flags_of}
    commands = {
        label: ["-m", "viewer.cli", "export", "-o", str(outputs[label]), "--db", database, *flags]
        for label, flags in flags_of.items()
    }
    runs_of: dict[str, list[tuple[float, dict[str, Any]]]] = {label: [] for label in commands}
    for run in range(runs):
        for label in list(commands)[:: 1 if run % 2 == 0 else -1]:
            runs_of[label].append(run_process(commands[label], environment))
    for label, measured in runs_of.items():
        output = outputs[label]
        seconds = statistics.median(elapsed for elapsed, _figures in measured)
        peak = statistics.median(figures["peak_mb"] for _elapsed, figures in measured)
        tagged = not flags_of[label]
        measure = f"5. `factsheet export` of {size:,} statements, {label}"
        rows += [
            Row(
                f"{measure} ({output.stat().st_size // 1024:,} KB)",
                f"{seconds:.2f} s",
                budget=Budget(5, "s") if tagged else None,
                value=seconds,
            ),
            Row(
                f"{measure}: peak memory",
                f"{peak:.0f} MiB",
                budget=Budget(300, "MiB") if tagged else None,
                value=peak,
            ),
        ]
    rows.append(
        paired_ratio_row(
            f"5. tagged over untagged, {size:,} statements (the same runs, paired)",
            [elapsed for elapsed, _figures in runs_of["tagged PDF/UA"]],
            [elapsed for elapsed, _figures in runs_of["untagged"]],
            1.25,
            "s",
        )
    )
    return rows


def _sqlite_pair(home: Path) -> Callable[[], tuple[str, str]]:
    """Two new SQLite files each time it is called, for ours and the floor."""
    runs = itertools.count()

    def pair() -> tuple[str, str]:
        run = next(runs)
        ours, floor = (home / f"import-{run}-{side}.sqlite3" for side in ("ours", "floor"))
        return f"sqlite:///{ours}", f"sqlite:///{floor}"

    return pair


def _import_sheets(
    new_databases: Callable[[], tuple[str, str]],
    runs: int,
    environment: dict[str, str],
    server: str = "",
) -> list[Row]:
    """Figure 7: adding sheets in one process against the same rows written with one
    executemany per table (benchmarks/probes/import_sheets.py), into new databases each run."""
    results = []
    for _ in range(runs):
        ours_url, floor_url = new_databases()
        command = ["-m", "benchmarks.probes.import_sheets", ours_url, floor_url]
        results.append(run_process([*command, str(IMPORTED_SHEETS)], environment)[1])
    label = f"7. {IMPORTED_SHEETS} sheets added in one process{f' on {server}' if server else ''}"
    read = statistics.median(result["read_ms"] for result in results)
    return [
        paired_ratio_row(
            f"{label}, a sheet, against the same rows by one executemany per table",
            [result["ours_ms"] for result in results],
            [result["floor_ms"] for result in results],
            1.5,
        ),
        Row(f"{label}: reading and checking a fact file first", f"{read:.1f} ms"),
    ]


def _many_sheets(
    url: str,
    one_sheet_url: str,
    pairs: int,
    runs: int,
    home: Path,
    environment: dict[str, str],
    server: str = "",
) -> list[Row]:
    """Figure 6: the database of many sheets at ``url`` against a database of one sheet on the
    same kind of database, then the chooser, switching sheets and a search of all sheets inside
    the window; ``server`` names the database server, if it is not SQLite."""
    probe = ["-m", "benchmarks.probes.app_window", "data"]
    many: list[float] = []
    one: list[float] = []
    many_peaks: list[float] = []
    one_peaks: list[float] = []
    for pair in range(pairs):
        order = ((url, many, many_peaks), (one_sheet_url, one, one_peaks))
        for database, times, peaks in order if pair % 2 == 0 else order[::-1]:
            elapsed, figures = run_process([*probe, database], environment)
            times.append(elapsed)
            peaks.append(figures["peak_mb"])
    command = ["-m", "benchmarks.probes.many_sheets", url, str(home / "many.ini")]
    results = [run_process(command, environment)[1] for _ in range(runs)]
    label = f"6. {results[0]['sheets']:,} sheets{f' on {server}' if server else ''}:"
    opened = ratio_row(
        f"{label} start-up to the first sheet's data (against one sheet)", many, one, 1.2
    )
    extra = statistics.median(many_peaks) - statistics.median(one_peaks)

    def median_of(key: str) -> dict[str, float]:
        terms = results[0][key]
        return {term: statistics.median(result[key][term] for result in results) for term in terms}

    filters, searches = median_of("filter_ms"), median_of("search_ms")
    filter_median = statistics.median(filters.values())
    search_median = statistics.median(searches.values())
    switch = statistics.median(result["switch_ms"] for result in results)
    listed = statistics.median(result["list_ms"] for result in results)
    return [
        opened,
        Row(
            f"{label} peak memory, over one sheet's",
            f"{statistics.median(many_peaks):.0f} MB",
            f"{statistics.median(one_peaks):.0f} MB",
            f"+{extra:.0f} MB",
            Budget(50, "mb over floor"),
            extra,
        ),
        Row(f"{label} the sheet chooser read and listed", f"{listed:.0f} ms"),
        Row(
            f"{label} the chooser filtered, median ("
            + ", ".join(f"{term!r} {value:.0f}" for term, value in filters.items())
            + " ms)",
            f"{filter_median:.0f} ms",
            budget=Budget(50, "ms"),
            value=filter_median,
        ),
        Row(
            f"{label} switching sheets, to the data painted",
            f"{switch:.0f} ms",
            budget=Budget(100, "ms"),
            value=switch,
        ),
        Row(
            f"{label} search of all sheets, median ("
            + ", ".join(f"{term!r} {value:.0f}" for term, value in searches.items())
            + " ms)",
            f"{search_median:.0f} ms",
            budget=Budget(50, "ms"),
            value=search_median,
        ),
    ]


def _print(table: list[Row], runs: int, pairs: int) -> None:
    headers = ("measure", "ours", "floor", "ratio", "budget", "")
    cells = [headers] + [
        (row.measure, row.ours, row.floor, row.ratio, str(row.budget or ""), row.verdict)
        for row in table
    ]
    widths = [max(len(line[column]) for line in cells) for column in range(len(headers))]
    print(
        f"\nFigures 1 to 3: medians of {pairs} pairs of runs, ours and the floor's back to back;"
        " the ratio is the median of the pairs' ratios."
        f"\nFigures 4 and 5: medians of {runs} runs; figure 7: of {pairs} runs, ours and the"
        " floor back to back in each.\n"
    )
    for number, line in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if number == 0:
            print("  ".join("-" * width for width in widths))
    missed = [row.measure for row in table if row.verdict == "NOT MET"]
    print(f"\n{len(missed)} budget(s) not met" + (": " + "; ".join(missed) if missed else "."))


if __name__ == "__main__":
    sys.exit(main())
