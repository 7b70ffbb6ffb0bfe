"""``factsheet upgrade``: a database made by an older Factsheet brought up to this one."""

from __future__ import annotations

from db.store.session import resolve_url
from db.store.upgrade import upgrade_database


def run(url_argument: str | None) -> int:
    url, _ = resolve_url(url_argument)
    print(upgrade_database(url))
    return 0
