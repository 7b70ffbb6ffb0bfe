"""The world's country outlines (Robinson projection, 2,754 map units across), already
simplified for a figure a few inches wide by resources/places/build.py; they load in a few
milliseconds."""

from __future__ import annotations

import gzip
import json
from functools import cache

from resources import resource_path
from viewer.map.shapes import Box, Country

OUTLINES_FILE = "places/outlines.json.gz"


@cache
def world() -> dict[str, Country]:
    """Every country of the map by lower-case ISO 3166-1 alpha-2 code."""
    stored = json.loads(gzip.decompress(resource_path(OUTLINES_FILE).read_bytes()))
    return {
        code: Country(code, outline, Box(*box), ((x, y), radius) if radius else None)
        for code, (outline, box, (x, y, radius)) in stored.items()
    }
