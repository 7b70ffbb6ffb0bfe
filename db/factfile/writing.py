"""A fact file's text (TOML) in the hand-written files' layout: one ``[section]`` or
``[[section]]`` block per entry in the format's order, one evidence quote a line. TOML writers
such as tomli-w choose their own layout, moving short arrays of tables to the top as inline
tables. The drafter writes its drafts with it, and a corrected fact file is written back with it.
"""

from __future__ import annotations

from typing import Any


def toml_text(document: dict[str, Any]) -> str:
    """TOML for tables and arrays of tables whose values are text, numbers, booleans or lists."""
    blocks = []
    for name, value in document.items():
        entries, header = (
            (value, f"[[{name}]]") if isinstance(value, list) else ([value], f"[{name}]")
        )
        for entry in entries:
            lines = [header]
            lines += [f"{key} = {_value(field)}" for key, field in entry.items()]
            blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {_value(item)}" for key, item in value.items()) + " }"
    if len(value) == 1 and isinstance(value[0], str) and len(value[0]) < 60:
        return f"[{_string(value[0])}]"
    return "[\n" + "".join(f"    {_value(item)},\n" for item in value) + "]"


_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    return '"' + "".join(_escape(char) for char in text) + '"'


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char < " " or char == "\x7f":
        return f"\\u{ord(char):04x}"
    return char
