"""A small form of named fields, for the facts a person adds or corrects and for their name.

Each field is a line of free text, or a list of values (which may let other text be typed
where the vocabulary is open). Fields and the form carry their names in words, for screen
readers; the first field left empty has the focus, so the form asks for what it lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

Choice = tuple[str, str]
"""A value as a person reads it, and as the fact file writes it."""


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    value: str = ""
    choices: Sequence[Choice] | None = None
    """None for free text; else the values offered."""
    open: bool = True
    """Whether text other than the choices may be typed."""


def choose(combo: QComboBox, value: str) -> None:
    """Show ``value`` in ``combo``: the choice it is (by value or words), else as typed."""
    for number in range(combo.count()):
        if value in (combo.itemData(number), combo.itemText(number)):
            combo.setCurrentIndex(number)
            return
    if combo.isEditable():
        combo.setEditText(value)
    else:
        combo.setCurrentIndex(-1)


def chosen(combo: QComboBox) -> str:
    """The value ``combo`` shows: a choice's value, else the text typed."""
    text = combo.currentText().strip()
    number = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return str(combo.itemData(number)) if number >= 0 else text


def field_widget(field: FormField, parent: QWidget) -> QLineEdit | QComboBox:
    if field.choices is None:
        line = QLineEdit(field.value, parent)
        line.setAccessibleName(field.label)
        return line
    combo = QComboBox(parent)
    combo.setEditable(field.open)
    for text, value in field.choices:
        combo.addItem(text, value)
    completer = combo.completer()
    if completer is not None:
        # Offer the values that match what is typed, but never fill in more than was typed:
        # "Observer" must not become "Observer or dialogue partner" on Tab.
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    choose(combo, field.value)
    combo.setAccessibleName(field.label)
    return combo


class FactForm(QDialog):
    def __init__(
        self, parent: QWidget | None, *, title: str, intro: str, fields: Sequence[FormField]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("factForm")
        self.setAccessibleName(title)
        self.setAccessibleDescription(intro)
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        introduction = QLabel(intro, self)
        introduction.setWordWrap(True)
        introduction.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        for field in fields:
            widget = field_widget(field, self)
            widget.setObjectName(f"{field.name}Field")
            label = QLabel(f"&{field.label}:", self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields[field.name] = widget
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(introduction)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        empty = [name for name in self.fields if not self.value(name)]
        first = self.fields[empty[0] if empty else next(iter(self.fields))]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self, name: str) -> str:
        widget = self.fields[name]
        return widget.text().strip() if isinstance(widget, QLineEdit) else chosen(widget)

    def values(self) -> dict[str, str]:
        return {name: self.value(name) for name in self.fields}
