"""Whether the sheet a window shows is still the one in the database, asked inside the
transaction that acts on it, so a sheet another program removed or replaced meanwhile is never
written to (or read from) by the ids the window holds."""

from __future__ import annotations

from sqlalchemy import Connection, and_, select

from db.errors import DatabaseError
from db.rows import SheetIdentity
from db.store.schema import fact_table, sheet_table


class SheetChangedError(DatabaseError):
    """The sheet on show was removed or replaced since it was read."""


def check_unchanged(connection: Connection, identity: SheetIdentity, location: str) -> None:
    """Raise SheetChangedError unless the sheet ``identity`` names is in the database as it was
    read; the caller's transaction then acts on what the window shows."""
    first_fact = and_(fact_table.c.sheet_id == sheet_table.c.id, fact_table.c.key == "source")
    found = connection.execute(
        select(sheet_table.c.id, sheet_table.c.seed_digest, fact_table.c.id.label("first_fact"))
        .outerjoin(fact_table, first_fact)
        .where(sheet_table.c.slug == identity.slug)
    ).first()
    if found is None:
        raise SheetChangedError(
            f"{location}: the sheet {identity.slug!r} was removed by another program since it "
            "was shown, so nothing was done; open the database again to see what it holds"
        )
    if SheetIdentity(identity.slug, found.id, found.first_fact, found.seed_digest) != identity:
        raise SheetChangedError(
            f"{location}: the sheet {identity.slug!r} was replaced by another program since it "
            "was shown, so nothing was done; open it again to see it as it is now"
        )
