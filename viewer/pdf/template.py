"""The PDF template from resources/: one stylesheet and named HTML fragments with $names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from string import Template

from resources import read_text
from viewer.text.html_text import text

TEMPLATE_FILE = "factsheet_pdf.html"
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_FRAGMENT = re.compile(r'<template id="(\w+)">\n?(.*?)</template>', re.DOTALL)


class Markup(str):
    """Text that is already safe rich text (built from escaped pieces), inserted as it is."""


@dataclass(frozen=True)
class PrintTemplate:
    stylesheet: str
    fragments: dict[str, Template]

    def fill(self, name: str, **values: object) -> Markup:
        """The fragment with every value escaped, except values that are already Markup."""
        safe = {
            key: value if isinstance(value, Markup) else text(value)
            for key, value in values.items()
        }
        return Markup(self.fragments[name].substitute(safe))


@lru_cache(maxsize=1)
def load_template() -> PrintTemplate:
    source = read_text(TEMPLATE_FILE)
    style = _STYLE.search(source)
    return PrintTemplate(
        stylesheet=style.group(1) if style else "",
        fragments={name: Template(body.strip()) for name, body in _FRAGMENT.findall(source)},
    )
