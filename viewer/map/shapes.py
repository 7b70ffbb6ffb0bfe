"""The shapes the map is drawn from: boxes in map units and countries' simplified outlines."""

from __future__ import annotations

from typing import NamedTuple

Point = tuple[float, float]


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
