"""Item data roles beyond Qt's own, named once."""

from __future__ import annotations

from PySide6.QtCore import Qt

FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the fact a row shows, for looking up its evidence."""
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's searchable text, folded, including words not shown (other spellings)."""
EVIDENCE_IDS_ROLE = Qt.ItemDataRole.UserRole + 3
"""All fact ids whose evidence supports the row (a member row also shows who represented it)."""
