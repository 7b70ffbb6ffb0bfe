"""``factsheet draft ARTICLE -o FACTS.toml``: a fact file drafted from an article, to check by hand."""

from __future__ import annotations

import sys
from pathlib import Path

from db.draft.write import plan_draft, write_draft
from viewer.cli.exit_status import USAGE_ERROR


def run(article: Path, output: Path, *, force: bool) -> int:
    plan = plan_draft(article, output)
    existing = [str(path) for path in plan.targets if path.exists()]
    if existing and not force:
        print(
            f"factsheet: {existing[0]} already exists; add --force to replace it", file=sys.stderr
        )
        return USAGE_ERROR
    drafted = write_draft(plan)
    if drafted.text is not None:
        print(f"wrote {drafted.text} (the text of {article.name}, which the facts quote)")
    print(f"wrote {output} ({drafted.facts} drafted facts to check)")
    return 0
