"""The PostgreSQL server the tests run against: FACTSHEET_TEST_PG names a database on it whose
user may create databases (`bash .ci/with-postgres make test` starts such a server).

Every test gets a database of its own, dropped afterwards. Databases that take time to fill
(the seeded sheet, a generated large sheet) are filled once per session as templates, and each
test's database is a copy of one: PostgreSQL copies a small database in a fraction of a second.
"""

from __future__ import annotations

import itertools
import os
import secrets
from collections.abc import Callable

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool

SERVER_VARIABLE = "FACTSHEET_TEST_PG"
REQUIRED_VARIABLE = "FACTSHEET_TEST_PG_REQUIRED"
"""Set (as CI sets it) to make a missing or unreachable server fail the tests, not skip them."""


class TestServer:
    """Makes, copies and drops the tests' databases on the server."""

    __test__ = False  # a helper, not a class of tests

    def __init__(self, url: str) -> None:
        self.url = url
        # Creating and dropping databases cannot run inside a transaction.
        self.admin: Engine = create_engine(
            url,
            isolation_level="AUTOCOMMIT",
            poolclass=NullPool,
            connect_args={"connect_timeout": 5},
        )
        self._prefix = f"factsheet_test_{os.getpid()}_"
        self._numbers = itertools.count()
        self._templates: dict[str, str] = {}

    def check(self) -> None:
        """Raise if the server cannot be reached or the user may not create databases."""
        with self.admin.connect() as connection:
            allowed = connection.scalar(
                text("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
            )
        if not allowed:
            raise PermissionError(f"the user of {SERVER_VARIABLE} may not create databases")

    def url_of(self, database: str) -> str:
        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def new_database(self, template: str | None = None) -> str:
        """The URL of a new database: empty, or a copy of ``template``."""
        name = f"{self._prefix}{next(self._numbers)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        self._run(f'CREATE DATABASE "{name}"{copy}')
        return self.url_of(name)

    def copy_of(self, key: str, fill: Callable[[str], object]) -> str:
        """A new database holding what ``fill`` writes into an empty one; ``fill`` runs once a
        session for each ``key``, into a template that later calls copy."""
        if key not in self._templates:
            url = self.new_database()
            fill(url)
            self._templates[key] = self.name_of(url)
        return self.new_database(template=self._templates[key])

    def drop(self, url: str) -> None:
        """Drop the database, ending any connection a test left open to it.

        Not ``DROP DATABASE … WITH (FORCE)``: that also tries to end an autovacuum worker
        busy in the database, which a user who is not a superuser may not do, so it fails
        now and then. A plain drop stops autovacuum itself; client sessions are ended
        first, with new ones refused so that none slips in between."""
        name = self.name_of(url)
        with self.admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT count(*) FROM pg_database WHERE datname = :name"), {"name": name}
            )
        if not exists:
            return
        self.allow_connections(url, False)
        self.end_connections(url)
        self._run(f'DROP DATABASE "{name}"')

    def end_connections(self, url: str) -> int:
        """End every client's session on the database, as a server restart does; how many
        there were. The server's own workers (autovacuum) are left alone: a user who is not a
        superuser may not end them."""
        with self.admin.connect() as connection:
            ended: int = connection.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend'"
                ),
                {"name": self.name_of(url)},
            ).scalar_one()
        return ended

    def teammate_of(self, url: str) -> str:
        """The URL of ``url``'s database for a new user who may read and change its rows, as
        a teammate may, but does not own its tables; ``drop_teammate`` removes the user."""
        name = f"{self._prefix}teammate_{next(self._numbers)}"
        password = secrets.token_hex(12)
        self._run(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
        self._run(f'GRANT CONNECT ON DATABASE "{self.name_of(url)}" TO "{name}"')
        owner = create_engine(url, poolclass=NullPool)
        with owner.begin() as connection:
            for grant in (
                f'GRANT USAGE ON SCHEMA public TO "{name}"',
                f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{name}"',
                f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{name}"',
            ):
                connection.exec_driver_sql(grant)
        owner.dispose()
        return (
            make_url(url)
            .set(username=name, password=password)
            .render_as_string(hide_password=False)
        )

    def drop_teammate(self, url: str) -> None:
        """Remove the user of ``url`` (a teammate's), once their database is dropped."""
        self._run(f'DROP ROLE IF EXISTS "{make_url(url).username}"')

    def allow_connections(self, url: str, allowed: bool) -> None:
        self._run(f'ALTER DATABASE "{self.name_of(url)}" WITH ALLOW_CONNECTIONS {allowed}')

    def close(self) -> None:
        for template in self._templates.values():
            self.drop(self.url_of(template))
        self.admin.dispose()

    @staticmethod
    def name_of(url: str) -> str:
        name = make_url(url).database
        if not name:
            raise ValueError(f"{url} names no database")
        return name

    def _run(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(statement)
