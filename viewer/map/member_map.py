"""A map of a sheet's countries coloured by group, the host city marked: one SVG document that
the PDF and the Overview draw alike, with the words a screen reader says for it and the
countries it cannot show.

The inputs are small and explicit (names, codes, group labels, the host city) so that any
fact file's countries can be mapped; nothing here knows which organization is shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from viewer.map.outlines import world
from viewer.map.places import city_location, project
from viewer.map.shapes import Box, Country, Point

PALETTE = ("#14324f", "#2f6690", "#3b82c4", "#b26b00", "#b5541c", "#7d6b9e", "#4f8a5b")
"""Group colours in legend order: members in blues, then observers and partners in warm hues;
each at least 3:1 against LAND, the grey of countries in no group (WCAG 1.4.11)."""
LAND = "#dfe5ec"
SEA = "#f3f6f9"
BORDER = "#ffffff"
HOST = "#8a1f11"
BORDER_WIDTH = 0.8
"""The borders between countries, in thousandths of the figure's width."""
LABEL_WIDTH = 0.62
"""A label's width per character, relative to its font size (DejaVu Sans, bold, on average)."""
MARGIN = 0.04
"""Space around the mapped countries, as a share of their extent."""
TALLEST, FLATTEST = 0.56, 0.36
"""The height of the figure relative to its width, at most and at least."""


class MapCountry(NamedTuple):
    name: str
    code: str
    """ISO 3166-1 alpha-2, either case; "" when the fact file gives none."""
    group: str
    """The label of its group in the legend, such as a membership status."""


class HostCity(NamedTuple):
    name: str
    country_code: str


class LegendEntry(NamedTuple):
    label: str
    colour: str
    names: tuple[str, ...]


class MemberMap(NamedTuple):
    svg: str
    aspect: float
    """Height over width."""
    legend: tuple[LegendEntry, ...]
    host_city: str
    """The host city's name when it is marked, "" when the gazetteer does not know it."""
    unmapped: tuple[str, ...]
    """Countries the map data does not have, by name."""
    alt: str

    def raster_svg(self, pixels: int) -> str:
        """``svg`` for an image ``pixels`` wide: the borders as wide as in the PDF, painted as
        lines of that many pixels rather than as scaled strokes, which Qt first outlines as
        shapes (several times the painting: benchmarks/STARTUP.md)."""
        lines = (
            f'<g vector-effect="non-scaling-stroke" stroke="{BORDER}" '
            f'stroke-width="{BORDER_WIDTH * pixels / 1000:.3f}"'
        )
        return _BORDERS.sub(lines, self.svg, count=1)


_BORDERS = re.compile(r'<g stroke="[^"]*" stroke-width="[^"]*"')
"""The start of the group of countries, which sets their borders."""


def member_map(
    countries: Sequence[MapCountry], host: HostCity | None, *, subject: str
) -> MemberMap | None:
    """The map of ``countries``, or None when none of them is on the world map.

    ``subject`` starts the alternative text ("Map of <subject>. ...").
    """
    shapes = world()
    groups = list(dict.fromkeys(country.group for country in countries))
    colours = {group: PALETTE[number % len(PALETTE)] for number, group in enumerate(groups)}
    mapped = [country for country in countries if country.code.lower() in shapes]
    if not mapped:
        return None
    coloured = {country.code.lower(): colours[country.group] for country in mapped}
    host_point = _host_point(host)
    region = _region([shapes[code].box for code in coloured], host_point)
    legend = tuple(
        LegendEntry(
            group,
            colours[group],
            tuple(country.name for country in countries if country.group == group),
        )
        for group in groups
    )
    unmapped = tuple(country.name for country in countries if country not in mapped)
    svg = _svg(shapes, coloured, region, host_point, host.name if host else "")
    host_city = host.name if host and host_point else ""
    return MemberMap(
        svg,
        (region.bottom - region.top) / (region.right - region.left),
        legend,
        host_city,
        unmapped,
        _alt(subject, legend, host_city, unmapped),
    )


def _host_point(host: HostCity | None) -> Point | None:
    location = city_location(host.name, host.country_code) if host else None
    return project(*location) if location else None


def _region(boxes: list[Box], host_point: Point | None) -> Box:
    """The mapped countries and the host city with a margin, shaped to fit a page's width."""
    region = boxes[0]
    for box in boxes[1:]:
        region = region.united(box)
    if host_point is not None:
        region = region.united(Box(*host_point, *host_point))
    width, height = region.right - region.left, region.bottom - region.top
    margin = MARGIN * max(width, height)
    width, height = width + 2 * margin, height + 2 * margin
    centre_x, centre_y = (region.left + region.right) / 2, (region.top + region.bottom) / 2
    if height > TALLEST * width:  # widen a tall region rather than cut it
        width = height / TALLEST
    height = max(height, FLATTEST * width)
    return Box(
        centre_x - width / 2, centre_y - height / 2, centre_x + width / 2, centre_y + height / 2
    )


def _svg(
    shapes: dict[str, Country],
    coloured: dict[str, str],
    region: Box,
    host_point: Point | None,
    host_name: str,
) -> str:
    width, height = region.right - region.left, region.bottom - region.top
    unit = width / 1000
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'viewBox="{region.left:.1f} {region.top:.1f} {width:.1f} {height:.1f}">',
        f'<rect x="{region.left:.1f}" y="{region.top:.1f}" width="{width:.1f}" '
        f'height="{height:.1f}" fill="{SEA}"/>',
        f'<g stroke="{BORDER}" stroke-width="{BORDER_WIDTH * unit:.2f}" fill-rule="evenodd">',
    ]
    for code, country in shapes.items():
        if country.outline and country.box.intersects(region):
            parts.append(f'<path fill="{coloured.get(code, LAND)}" d="{country.outline}"/>')
    for code, colour in coloured.items():
        marker = shapes[code].marker
        if marker is not None:  # a state too small to see: the map's circle stands for it
            (x, y), _radius = marker
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 * unit:.1f}" fill="{colour}"/>')
    parts.append("</g>")
    if host_point is not None:
        parts.append(_host_marker(host_point, host_name, unit, region.right))
    parts.append("</svg>")
    return "\n".join(parts)


def _host_marker(point: Point, name: str, unit: float, right_edge: float) -> str:
    """A dot at the city and its name on a pale label, readable over any country's colour: to
    the dot's right, or to its left where the map's edge would cut the name off."""
    x, y = point
    size = 22 * unit
    width = len(name) * LABEL_WIDTH * size + 8 * unit
    label_left = x + 9 * unit
    if label_left + width > right_edge:
        label_left = x - 9 * unit - width
    return (
        f'<rect x="{label_left:.1f}" y="{y - 0.85 * size:.1f}" '
        f'width="{width:.1f}" height="{1.25 * size:.1f}" '
        f'rx="{3 * unit:.1f}" fill="{BORDER}"/>'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{6 * unit:.1f}" fill="{HOST}" '
        f'stroke="{BORDER}" stroke-width="{2 * unit:.1f}"/>'
        f'<text x="{label_left + 4 * unit:.1f}" y="{y + 0.3 * size:.1f}" fill="{HOST}" '
        f'font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" '
        f'font-size="{size:.1f}" font-weight="bold">{escape(name)}</text>'
    )


def _alt(
    subject: str, legend: tuple[LegendEntry, ...], host_city: str, unmapped: tuple[str, ...]
) -> str:
    groups = "; ".join(f"{entry.label}: {', '.join(entry.names)}" for entry in legend)
    text = f"Map of {subject}. {groups}."
    if host_city:
        text += f" The host city, {host_city}, is marked."
    if unmapped:
        text += f" Not on the map: {', '.join(unmapped)}."
    return text
