"""A database of many sheets: the sheet chooser listing and filtering them, switching from sheet
to sheet, and a search of all sheets, measured inside one process, in milliseconds."""

from __future__ import annotations

import random
import statistics
import sys
import time

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.probes.signal import report
from db.search.across_sheets import search_all
from db.store import queries
from db.store.session import open_database
from viewer.dialogs.sheet_chooser import SheetChooser
from viewer.window.main_window import MainWindow

CHOOSER_TERMS = ("summit 4217", "city 71", "2019-", "organization 3 for")
"""A sheet looked for by its title, its place, its year and its organization."""
SEARCH_TERMS = ("noemie tanaka", "cooperation", "country 17", "transport", "zoe")
"""A person typed without accents, a word in every sheet, a country, a topic, a short word."""
SWITCHES = 11


def _median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def main() -> None:
    url, settings_file = sys.argv[1:3]
    app = QApplication(sys.argv[:1])
    window = MainWindow(None, QSettings(settings_file, QSettings.Format.IniFormat))
    window.resize(1200, 800)
    window.show()
    database = open_database(url)
    window.load_database(database)
    app.processEvents()

    began = time.perf_counter()
    chooser = SheetChooser(window, queries.list_sheets(database), window.loader.slug)
    list_ms = (time.perf_counter() - began) * 1000
    filters = {}
    for term in CHOOSER_TERMS:
        timings = []
        for _ in range(3):
            chooser.search.setText("")
            began = time.perf_counter()
            chooser.search.setText(term)
            app.processEvents()
            timings.append(time.perf_counter() - began)
        filters[term] = _median_ms(timings)
    shown = chooser.proxy.rowCount()
    chooser.close()

    slugs = [slug for slug, _title in window.loader.sheets]
    switches = []
    for slug in random.Random(7).sample(slugs, SWITCHES):
        began = time.perf_counter()
        window.loader.switch_to(slug)
        window.repaint()
        app.processEvents()
        switches.append(time.perf_counter() - began)

    searches = {}
    for term in SEARCH_TERMS:
        timings = []
        for _ in range(3):
            began = time.perf_counter()
            search_all(database, term)
            timings.append(time.perf_counter() - began)
        searches[term] = _median_ms(timings)
    window.close()
    report(
        sheets=len(slugs),
        list_ms=list_ms,
        filter_ms=filters,
        last_filter_rows=shown,
        switch_ms=_median_ms(switches),
        search_ms=searches,
    )


if __name__ == "__main__":
    main()
