"""Synthetic sheets on a PostgreSQL server, for `make bench BENCH_ARGS="--pg URL"`.

Each database is generated once beside the one ``URL`` names (so its user needs the right to
create databases), named for what it holds and for the version of the code that made it, and
kept for later runs, as benchmarks/.cache/ keeps the SQLite files. A database is built under a
temporary name and renamed when whole, so an interrupted run leaves no database that looks
finished.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
PREFIX = "factsheet_bench_"


def synthetic_server_database(server_url: str, statements: int) -> str:
    """The URL of a database on the server holding a synthetic sheet of ``statements``."""
    from benchmarks.generate import fill

    return _server_database(
        server_url,
        f"{statements}",
        code=(HERE / "generate.py", PROJECT / "db/search/trigram_index.py"),
        fill=lambda url: fill(url, statements),
        what=f"a sheet of {statements:,} statements",
    )


def many_sheets_server_database(server_url: str, sheets: int) -> str:
    """The URL of a database on the server holding ``sheets`` synthetic sheets."""
    from benchmarks.generate_many import fill_many

    return _server_database(
        server_url,
        f"many{sheets}",
        code=(
            HERE / "generate_many.py",
            HERE / "generate.py",
            PROJECT / "db/search/trigram_index.py",
        ),
        fill=lambda url: fill_many(url, sheets),
        what=f"{sheets:,} sheets (several minutes)",
    )


def seeded_server_database(server_url: str) -> str:
    """The URL of a database on the server holding the bundled sheet, as `factsheet seed`
    writes it: the one-sheet figure the many-sheet database is measured against."""
    from db.store.seed import bundled_fact_files, seed_database

    fact_files = bundled_fact_files()
    return _server_database(
        server_url,
        "seeded",
        code=(*fact_files, *(path.with_suffix(".txt") for path in fact_files)),
        fill=seed_database,
        what="the bundled sheet",
    )


def _server_database(
    server_url: str, kind: str, *, code: Iterable[Path], fill: Callable[[str], object], what: str
) -> str:
    """A database named for ``kind`` and the version of ``code``: the one already made, or a
    new one that ``fill`` writes into while it has its temporary name."""
    from db.store.schema import SCHEMA_VERSION

    source = b"".join(path.read_bytes() for path in code)
    version = hashlib.sha256(source + str(SCHEMA_VERSION).encode()).hexdigest()[:10]
    name = f"{PREFIX}{kind}_{version}"
    building = f"{name}_building"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            existing: set[str] = set(
                connection.execute(
                    text("SELECT datname FROM pg_database WHERE datname LIKE :pattern"),
                    {"pattern": f"{PREFIX}{kind}_%".replace("_", "\\_")},
                ).scalars()
            )
            if name in existing:
                return _url_of(server_url, name)
            # Not WITH (FORCE): a user who is not a superuser may not end the autovacuum
            # worker that FORCE would try to end; a plain drop stops autovacuum itself.
            for stale in existing:
                connection.exec_driver_sql(f'DROP DATABASE "{stale}"')
            connection.exec_driver_sql(f'CREATE DATABASE "{building}"')
        print(f"generating {what} on the server…", file=sys.stderr, flush=True)
        fill(_url_of(server_url, building))
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    finally:
        admin.dispose()
    return _url_of(server_url, name)


def _url_of(server_url: str, database: str) -> str:
    return make_url(server_url).set(database=database).render_as_string(hide_password=False)


def server_database_pair(server_url: str) -> Callable[[], tuple[str, str]]:
    """Two empty databases on the server each time it is called (the previous two dropped),
    for ours and the floor of the import figure."""
    names = (f"{PREFIX}import_ours", f"{PREFIX}import_floor")

    def pair() -> tuple[str, str]:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                for name in names:
                    connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
                    connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            admin.dispose()
        return _url_of(server_url, names[0]), _url_of(server_url, names[1])

    return pair
