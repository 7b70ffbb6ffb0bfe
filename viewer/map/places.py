"""Where places are: country codes from names, and a city's point on the world map.

Countries come from the one country table (db/factfile/country_names.py); cities of 15,000 people or
more from GeoNames, through resources/places/build.py. A city's latitude and longitude are
projected the way the world map's countries were drawn.
"""

from __future__ import annotations

import math
from functools import lru_cache

from db.factfile.country_names import country_named
from resources import resource_path
from viewer.map.shapes import Point

CITIES_FILE = "places/cities.tsv"

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


def country_code_from_name(name: str) -> str:
    """The ISO 3166-1 alpha-2 code (lower case) of a country named in English, or "" when the
    country table does not know the name. For fact files that give no code of their own."""
    country = country_named(name)
    return country.code.lower() if country else ""


@lru_cache(maxsize=8)
def city_location(name: str, country_code: str) -> tuple[float, float] | None:
    """Latitude and longitude of the most populous city so named in the country (in any
    country when ``country_code`` is ""), if the list of cities has one.

    The list is lines of name, country code, latitude and longitude, most populous first, so
    the first line that starts with the name (and code) is the city: a search of the file's
    bytes (UTF-8 keeps a name's bytes whole, and decoding the whole file took longer than the
    search), with no line read but that one.
    """
    if not name or "\t" in name or "\n" in name:
        return None
    cities = b"\n" + resource_path(CITIES_FILE).read_bytes()
    line = f"\n{name}\t{country_code.upper()}\t" if country_code else f"\n{name}\t"
    start = cities.find(line.encode("utf-8"))
    if start == -1:
        return None
    found = cities[start + 1 : cities.index(b"\n", start + 1)].decode("utf-8")
    _name, _code, latitude, longitude = found.split("\t")
    return float(latitude), float(longitude)
