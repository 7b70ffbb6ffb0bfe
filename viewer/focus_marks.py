"""Focus a person can see: a frame around the text view that has the keyboard focus, and
around a table's current cell, not only a lit row.

Fusion draws no focus frame on text views and none on a cell of a table that selects whole
rows; a keyboard user would not know where the next key goes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from viewer.contrast import GRAPHIC_CONTRAST, readable

FRAME_WIDTH = 2


def focus_colour(palette: QPalette, *, on_selection: bool = False) -> QColor:
    """The frame's colour: the selection's text colour on a selected row, else the highlight
    darkened until it stands out from the page (WCAG 1.4.11: 3:1)."""
    role = QPalette.ColorRole
    if on_selection:
        return readable(
            palette.color(role.HighlightedText),
            palette.color(role.Highlight),
            minimum=GRAPHIC_CONTRAST,
        )
    return readable(
        palette.color(role.Highlight),
        palette.color(role.Base),
        palette.color(role.AlternateBase),
        palette.color(role.Window),
        minimum=GRAPHIC_CONTRAST,
    )


class FocusedCellDelegate(QStyledItemDelegate):
    """Paints cells as usual, then a frame inside the current cell while its table has focus."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(focus_colour(option.palette, on_selection=selected), FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.save()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FRAME_WIDTH // 2
        painter.drawRect(option.rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.restore()


def frame_on_focus(view: QAbstractScrollArea) -> None:
    """A frame of the focus colour around ``view`` while it has the keyboard focus, and one
    of the frame's ordinary colour, as wide, while it has not, so nothing moves."""
    name = view.objectName()
    if not name:
        raise ValueError("a view framed on focus needs an object name")
    palette = view.palette()
    resting = palette.color(QPalette.ColorRole.Mid).name()
    focused = focus_colour(palette).name()
    view.setStyleSheet(
        f"#{name} {{ border: {FRAME_WIDTH}px solid {resting}; }}"
        f"#{name}:focus {{ border: {FRAME_WIDTH}px solid {focused}; }}"
    )
