"""Add objects to a finished PDF file as an incremental update (ISO 32000-1, 7.5.6).

The update is appended after the file's end: the objects, packed into compressed object
streams, and a cross-reference stream that points at them and back at the file's own (/Prev).
An object the file already holds is replaced by the update's version of it. The objects come
as bytes already written in PDF syntax, so that tens of thousands of them cost no more than
formatting their text (see benchmarks/NEAR_THE_FLOOR.md).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping

import pikepdf
from zlib_ng import zlib_ng

from db.errors import ExportError

OBJECTS_PER_STREAM = 100
"""As qpdf packs them."""
COMPRESSION_LEVEL = 5
"""zlib-ng's level that compresses as tightly as zlib's default level (6), in half its time."""
_START_OF_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_ENTRY = struct.Struct(">BBIH")
"""A cross-reference stream entry as a row for PNG's Up filter: the filter's number, then the
entry's type, offset or object stream, and generation or index (the stream's /W)."""
_UP = 2
_IN_FILE, _IN_STREAM = 1, 2


def reference(objgen: tuple[int, int]) -> bytes:
    return b"%d %d R" % objgen


def append_objects(document: bytes, trailer: pikepdf.Object, objects: Mapping[int, bytes]) -> bytes:
    """``document`` with ``objects`` (object number: the object in PDF syntax) added after it.

    ``trailer`` is the document's trailer as pikepdf read it; new objects are numbered from
    its /Size on.
    """
    found = _START_OF_XREF.search(document[-64:])
    if found is None:
        raise ExportError("the PDF has no cross-reference section to update")
    numbers = sorted(objects)
    next_number = max(int(trailer.Size), numbers[-1] + 1 if numbers else 0)
    update = bytearray(document if document.endswith(b"\n") else document + b"\n")
    entries: dict[int, bytes] = {}
    for start in range(0, len(numbers), OBJECTS_PER_STREAM):
        batch = numbers[start : start + OBJECTS_PER_STREAM]
        entries.update(
            (number, _ENTRY.pack(_UP, _IN_STREAM, next_number, index))
            for index, number in enumerate(batch)
        )
        entries[next_number] = _ENTRY.pack(_UP, _IN_FILE, len(update), 0)
        update += _object_stream(next_number, [objects[number] for number in batch], batch)
        next_number += 1
    entries[next_number] = _ENTRY.pack(_UP, _IN_FILE, len(update), 0)
    xref_offset = len(update)
    update += _xref_stream(next_number, entries, trailer, previous=int(found[1]))
    update += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(update)


def _stream(number: int, entries: bytes, data: bytes) -> bytes:
    """A compressed stream object: ``entries`` are its dictionary's, less the filter and length."""
    compressed = zlib_ng.compress(data, COMPRESSION_LEVEL)
    return b"%d 0 obj\n<<%s/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream\nendobj\n" % (
        number,
        entries,
        len(compressed),
        compressed,
    )


def _object_stream(number: int, bodies: list[bytes], numbers: list[int]) -> bytes:
    """An object stream: each object's number and offset, then the objects (ISO 32000-1, 7.5.7)."""
    offsets = []
    offset = 0
    for object_number, body in zip(numbers, bodies, strict=True):
        offsets.append(b"%d %d" % (object_number, offset))
        offset += len(body) + 1
    header = b" ".join(offsets) + b"\n"
    return _stream(
        number,
        b"/Type/ObjStm/N %d/First %d" % (len(bodies), len(header)),
        header + b"\n".join(bodies),
    )


def _xref_stream(
    number: int, entries: dict[int, bytes], trailer: pikepdf.Object, *, previous: int
) -> bytes:
    """The cross-reference stream, which is also the update's trailer: it repeats the file's
    /Root, /Info and /ID, as an update's trailer must."""
    numbers = sorted(entries)
    index = b" ".join(b"%d %d" % run for run in _runs(numbers))
    kept = b"/Root %s" % reference(trailer.Root.objgen)
    if "/Info" in trailer:
        kept += b"/Info %s" % reference(trailer.Info.objgen)
    if "/ID" in trailer:
        kept += b"/ID [%s]" % b"".join(b"<%s>" % bytes(part).hex().encode() for part in trailer.ID)
    return _stream(
        number,
        b"/Type/XRef/Size %d/Index [%s]/W [1 4 2]/DecodeParms <</Predictor 12/Columns %d>>"
        b"/Prev %d%s" % (number + 1, index, _ENTRY.size - 1, previous, kept),
        _up_filtered(b"".join(entries[entry] for entry in numbers), _ENTRY.size),
    )


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted ``numbers`` as runs of consecutive ones: (the first, how many)."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][0] + runs[-1][1] == number:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((number, 1))
    return runs


def _up_filtered(rows: bytes, width: int) -> bytes:
    """``rows`` (of ``width`` bytes, the filter's number first) with each byte after the first
    of a row less the byte above it, modulo 256 (PNG's Up filter, ISO 32000-1, 7.4.4.4).

    The entries of consecutive objects differ in a byte or two, so the filtered table is mostly
    zeros and compresses to almost nothing (unfiltered, some 100 KB at 50,000 objects). A loop
    over the bytes would take 40 ms there, so the table is filtered as one integer: each byte
    subtracted with its top bit set aside, so that no borrow crosses into the next byte.
    """
    above = bytes(width) + rows[:-width]
    top_bits = int.from_bytes(b"\x80" * len(rows))
    entry_bytes = int.from_bytes((b"\x00" + b"\xff" * (width - 1)) * (len(rows) // width))
    minuend = int.from_bytes(rows)
    subtrahend = int.from_bytes(above) & entry_bytes
    difference = ((minuend | top_bits) - (subtrahend & ~top_bits)) ^ (
        (minuend ^ ~subtrahend) & top_bits
    )
    return difference.to_bytes(len(rows))
