"""Editing a fact in its table cell (F2 or a double-click): a list of values where the column's
field has a vocabulary, free text elsewhere. What each column edits is described with the
column (viewer/models/columns.py), so the editor knows fields, not column numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from db.factfile.vocabulary import MembershipStatus, Role, StatementKind, role_label, status_label
from viewer.models.columns import Column
from viewer.models.roles import EDIT_ROLE
from viewer.widgets.fact_form import Choice, FormField, choose, chosen, field_widget

_Index = QModelIndex | QPersistentModelIndex
SheetChoices = Callable[[str], Sequence[Choice]]
"""The sheet's own people ("person") or countries and bodies ("party"), read when asked."""

OPEN_VOCABULARIES = {"status", "role"}
"""Known values offered, other text allowed (a city's "partner-city")."""


def vocabulary(name: str, sheet: SheetChoices) -> Sequence[Choice]:
    if name == "status":
        return [(status_label(code), code.value) for code in MembershipStatus]
    if name == "role":
        return [(role_label(code), code.value) for code in Role]
    if name == "kind":
        return [(kind.label, kind.value) for kind in StatementKind]
    return sheet(name)


class FactEditDelegate(QStyledItemDelegate):
    """The tables' delegate with editors (the view itself frames the current cell)."""

    def __init__(
        self,
        columns: Callable[[], Sequence[Column[Any]]],
        sheet: SheetChoices,
        parent: QWidget | None = None,
    ) -> None:
        """``columns`` gives the table's columns as its model has them at the moment (the
        Draft mark comes and goes)."""
        super().__init__(parent)
        self.columns = columns
        self.sheet = sheet

    def _field(self, index: _Index) -> FormField:
        column = self.columns()[index.column()]
        choices = vocabulary(column.choices, self.sheet) if column.choices else None
        return FormField(
            column.field,
            column.title,
            str(index.data(EDIT_ROLE) or ""),
            choices,
            open=column.choices in OPEN_VOCABULARIES,
        )

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        editor = field_widget(self._field(index), parent)
        editor.setObjectName("cellEditor")
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = str(index.data(EDIT_ROLE) or "")
        if isinstance(editor, QComboBox):
            choose(editor, value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, chosen(editor), EDIT_ROLE)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text().strip(), EDIT_ROLE)
