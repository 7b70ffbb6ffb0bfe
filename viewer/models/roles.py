"""Item data roles beyond Qt's own, named once."""

from __future__ import annotations

from PySide6.QtCore import Qt

FACT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The id of the fact a row shows, for looking up its evidence."""
SEARCH_TEXT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""The row's searchable text, folded, including words not shown (other spellings)."""
EVIDENCE_IDS_ROLE = int(Qt.ItemDataRole.UserRole) + 3
"""All fact ids whose evidence supports the row (a member row also shows who represented it)."""
REVIEWED_ROLE = int(Qt.ItemDataRole.UserRole) + 4
"""False for a row drafted from the article that nobody has reviewed yet."""
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 5
"""The row itself (a named tuple of db/rows.py), for a correction of its fact."""

DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
EDIT_ROLE = int(Qt.ItemDataRole.EditRole)
"""Plain ints: a view asks a model for several roles per cell on every paint, and comparing
ints is much cheaper than looking up Qt's enum members each time."""
