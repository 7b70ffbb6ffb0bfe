"""Give each block of the sheet its elements in the structure tree, in the order blocks come.

Consecutive table rows make one table (a header row starts a new one) and consecutive list
items one list; any other block ends them.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.pdf.sheet_blocks import Headers, TableRow
from viewer.pdf.structure import Element, Scope, Tag

HEADING_TAGS = {1: Tag.H1, 2: Tag.H2}


class ReadingOrder:
    def __init__(self, root: Element) -> None:
        self.root = root
        self._table: Element | None = None
        self._list: Element | None = None

    def paragraphs(self, heading_levels: Sequence[int], *, list_item: bool) -> list[Element]:
        """One element per paragraph: a heading of its level, or P when the level is 0."""
        self._table = None
        parent = self.root
        if list_item:
            if self._list is None:
                self._list = self.root.add(Tag.LIST)
            parent = self._list.add(Tag.LIST_ITEM).add(Tag.LIST_BODY)
        else:
            self._list = None
        return [parent.add(HEADING_TAGS.get(level, Tag.P)) for level in heading_levels]

    def row(self, row: TableRow) -> list[Element]:
        """The row's cells, header cells among them, in a row of the current table."""
        self._list = None
        if self._table is None or row.headers is Headers.ALL:
            self._table = self.root.add(Tag.TABLE)
        table_row = self._table.add(Tag.TABLE_ROW)
        cells = []
        for number in range(len(row.cells)):
            if row.headers is Headers.ALL:
                cells.append(table_row.add(Tag.TABLE_HEADER, scope=Scope.COLUMN))
            elif row.headers is Headers.FIRST and number == 0:
                cells.append(table_row.add(Tag.TABLE_HEADER, scope=Scope.ROW))
            else:
                cells.append(table_row.add(Tag.TABLE_CELL))
        return cells

    def figure(self, alt: str) -> Element:
        self._table = self._list = None
        return self.root.add(Tag.FIGURE, alt=alt)
