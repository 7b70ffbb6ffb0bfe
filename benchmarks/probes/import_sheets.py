"""Importing many sheets in one process against the least that writing the same rows takes.

Ours: what `factsheet add FOLDER` does once each fact file is read and checked, the sheet
written in a transaction of its own (the reading, which the floor does not do, is timed apart).
The floor: the INSERT statements ours sent to the driver, recorded by the driver's cursors as
they went (one executemany per table; benchmarks/probes/driver_calls.py), replayed straight
through the driver into another empty database, a transaction a sheet, right after ours in the
same process. Reported in milliseconds a sheet.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks.generate_many import sheet
from benchmarks.probes.driver_calls import Call, recorded_at_the_driver
from benchmarks.probes.signal import fail, report
from db.factfile.reading import FactFile, read_fact_file
from db.store.session import open_database
from db.store.sheets import add_sheet


def ours(url: str, fact_files: list[FactFile]) -> tuple[float, list[list[Call]]]:
    """Seconds to add every sheet, and each sheet's INSERT statements (after the BEGIN that
    SQLite's connections send themselves)."""
    with recorded_at_the_driver() as calls:
        database = open_database(url, create=True)
    recorded: list[list[Call]] = []

    def committed(_connection: Any) -> None:
        recorded.append(
            [call for call in calls if call[0].lstrip().upper().startswith(("INSERT", "BEGIN"))]
        )
        calls.clear()

    def rolled_back(_connection: Any) -> None:
        calls.clear()

    event.listen(database.engine, "commit", committed)
    event.listen(database.engine, "rollback", rolled_back)
    calls.clear()
    try:
        started = time.perf_counter()
        for fact_file in fact_files:
            add_sheet(database, fact_file)
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    return elapsed, [sheet_calls for sheet_calls in recorded if len(sheet_calls) > 1]


def floor(url: str, recorded: list[list[Call]]) -> float:
    """Seconds to send the recorded statements through the driver, a transaction a sheet."""
    database = open_database(url, create=True)
    connection = database.engine.raw_connection()
    try:
        started = time.perf_counter()
        for calls in recorded:
            cursor = connection.cursor()
            for statement, parameters, many in calls:
                if many:
                    cursor.executemany(statement, parameters)
                else:
                    cursor.execute(statement, parameters)
            cursor.close()
            connection.commit()
        return time.perf_counter() - started
    finally:
        connection.close()
        database.close()


def main() -> None:
    ours_url, floor_url, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with tempfile.TemporaryDirectory(prefix="factsheet-import-") as temporary:
        folder = Path(temporary)
        paths = []
        for number in range(count):
            article, facts = sheet(number)
            (folder / f"sheet-{number}.txt").write_text(article, encoding="utf-8")
            paths.append(folder / f"sheet-{number}.toml")
            paths[-1].write_text(facts, encoding="utf-8")
        started = time.perf_counter()
        fact_files = [read_fact_file(path) for path in paths]
        read_s = time.perf_counter() - started
        ours_s, recorded = ours(ours_url, fact_files)
        if len(recorded) != count:
            fail(f"recorded {len(recorded)} transactions for {count} sheets")
        floor_s = floor(floor_url, recorded)
    report(
        ours_ms=ours_s * 1000 / count,
        floor_ms=floor_s * 1000 / count,
        read_ms=read_s * 1000 / count,
    )


if __name__ == "__main__":
    main()
