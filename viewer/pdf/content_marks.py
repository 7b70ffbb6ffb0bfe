"""Mark where each piece of painted content begins, in a PDF that Qt writes.

QPainter cannot write PDF marked-content operators, so before each piece we paint a marker: a
one-unit square far off the page whose y coordinate is the number of the sequence it opens.
Qt writes it as ``-8192 <number> 1 1 re f`` whatever the painter's translation (which goes into
a ``cm`` before it) or clip, and the tagging pass replaces each marker with the operators that
end the previous sequence and begin the next one. A printer gets no markers.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QColor, QPainter

from viewer.pdf.structure import Owner, PageMarks

MARKER_X = -8192
"""Left of any page, so a marker left in by mistake could never be seen."""
ACTUAL_TEXT_X = MARKER_X + 2
"""The x of a marker that begins a span of text read as its ActualText: its y numbers the
span's text among the page's."""
END_OF_ACTUAL_TEXT_X = MARKER_X + 4
"""The x of a marker that ends that span."""
_MARKER_COLOUR = QColor(0, 0, 0)


class Marks(Protocol):
    def new_page(self) -> None: ...

    def begin(self, owner: Owner) -> None:
        """What is painted from now on, until the next call, belongs to ``owner``."""
        ...

    def begin_actual_text(self, text: str) -> None:
        """What is painted until ``end_actual_text`` reads as ``text`` (within one owner's)."""
        ...

    def end_actual_text(self) -> None: ...


class NoMarks:
    """For a printer, or a PDF written untagged."""

    def new_page(self) -> None:
        pass

    def begin(self, owner: Owner) -> None:
        pass

    def begin_actual_text(self, text: str) -> None:
        pass

    def end_actual_text(self) -> None:
        pass


class PaintedMarks:
    def __init__(self, painter: QPainter, pages: PageMarks) -> None:
        self.painter = painter
        self.pages = pages
        self._current: Owner | None = None

    def new_page(self) -> None:
        self.pages.new_page()
        self._current = None

    def begin(self, owner: Owner) -> None:
        if owner is self._current:
            return
        self._current = owner
        number = self.pages.open(owner)
        self.painter.fillRect(MARKER_X, number, 1, 1, _MARKER_COLOUR)

    def begin_actual_text(self, text: str) -> None:
        number = self.pages.read_as(text)
        self.painter.fillRect(ACTUAL_TEXT_X, number, 1, 1, _MARKER_COLOUR)

    def end_actual_text(self) -> None:
        self.painter.fillRect(END_OF_ACTUAL_TEXT_X, 0, 1, 1, _MARKER_COLOUR)
