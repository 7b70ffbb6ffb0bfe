"""Synthetic sheets on a PostgreSQL server, for `make bench BENCH_ARGS="--pg URL"`.

Each size is generated once into a database of its own beside the one ``URL`` names (so its
user needs the right to create databases), named for the size and for the version of the code
that made it, and kept for later runs, as benchmarks/.cache/ keeps the SQLite files. A database
is built under a temporary name and renamed when whole, so an interrupted run leaves no sheet
that looks finished.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

HERE = Path(__file__).resolve().parent
PREFIX = "factsheet_bench_"


def synthetic_server_database(server_url: str, statements: int) -> str:
    """The URL of a database on the server holding a synthetic sheet of ``statements``."""
    from benchmarks.generate import fill
    from db.schema import SCHEMA_VERSION

    code = b"".join(
        path.read_bytes() for path in (HERE / "generate.py", HERE.parent / "db/trigram_index.py")
    )
    version = hashlib.sha256(code + str(SCHEMA_VERSION).encode()).hexdigest()[:10]
    name = f"{PREFIX}{statements}_{version}"
    building = f"{name}_building"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            existing: set[str] = set(
                connection.execute(
                    text("SELECT datname FROM pg_database WHERE datname LIKE :pattern"),
                    {"pattern": f"{PREFIX}{statements}\\_%"},
                ).scalars()
            )
            if name in existing:
                return _url_of(server_url, name)
            for stale in existing:
                connection.exec_driver_sql(f'DROP DATABASE "{stale}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{building}"')
        print(
            f"generating a sheet of {statements:,} statements on the server…",
            file=sys.stderr,
            flush=True,
        )
        fill(_url_of(server_url, building), statements)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    finally:
        admin.dispose()
    return _url_of(server_url, name)


def _url_of(server_url: str, database: str) -> str:
    return make_url(server_url).set(database=database).render_as_string(hide_password=False)
