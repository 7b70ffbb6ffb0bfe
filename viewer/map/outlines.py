"""The world's simplified outlines, read once and kept between runs in the user's cache folder.

Reading the package's map takes a tenth of a second, a tenth of a small sheet's export; the
kept outlines load in a few milliseconds. The cache is named after the map file's size and time
of change and the detail kept, so a new version of the package is read afresh; a cache that
cannot be read or written is done without.
"""

from __future__ import annotations

import contextlib
import json
from functools import lru_cache
from pathlib import Path

import platformdirs

from db.atomic_file import write_atomically
from db.errors import FactsheetError
from viewer.map.shapes import Box, Country, map_file, read_world

APP_NAME = "factsheet"
PREFIX = "world-outlines-"


@lru_cache(maxsize=2)
def world(tolerance: float) -> dict[str, Country]:
    """Every country of the map by lower-case ISO 3166-1 alpha-2 code, its outline simplified
    to ``tolerance`` map units; kept in memory too, for the window's lifetime."""
    source = map_file()
    countries = cached_world(source, tolerance)
    if countries is None:
        countries = read_world(source, tolerance)
        keep_world(source, tolerance, countries)
    return countries


def _cache_file(source: Path, tolerance: float) -> Path | None:
    try:
        stat = source.stat()
    except OSError:
        return None
    folder = platformdirs.user_cache_path(APP_NAME, appauthor=False)
    return folder / f"{PREFIX}{stat.st_size}-{stat.st_mtime_ns}-{tolerance:g}.json"


def cached_world(source: Path, tolerance: float) -> dict[str, Country] | None:
    path = _cache_file(source, tolerance)
    if path is None:
        return None
    try:
        stored = json.loads(path.read_bytes())
        return {
            code: Country(code, outline, Box(*box), ((x, y), radius) if radius else None)
            for code, (outline, box, (x, y, radius)) in stored.items()
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def keep_world(source: Path, tolerance: float, countries: dict[str, Country]) -> None:
    path = _cache_file(source, tolerance)
    if path is None:
        return
    stored = {
        code: [
            country.outline,
            list(country.box),
            [*country.marker[0], country.marker[1]] if country.marker else [0, 0, 0],
        ]
        for code, country in countries.items()
    }
    with contextlib.suppress(OSError, FactsheetError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(stored, separators=(",", ":")).encode("utf-8"))
        for stale in path.parent.glob(f"{PREFIX}*.json"):  # from another map or detail
            if stale != path:
                stale.unlink()
