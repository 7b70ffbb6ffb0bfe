"""A large fact file is checked in time proportional to its size."""

from __future__ import annotations

import hashlib
from pathlib import Path

from db.factfile.reading import read_fact_file
from tests.work_count import lines_run

ARTICLE = "Summit report.\n\nThe leaders met on Thursday.\n"


def fact_file_of_countries(folder: Path, count: int) -> Path:
    """A valid fact file listing ``count`` countries, beside its article."""
    folder.mkdir()
    (folder / "report.txt").write_text(ARTICLE, encoding="utf-8")
    digest = hashlib.sha256(ARTICLE.encode()).hexdigest()
    head = (
        f'[source]\nfile = "report.txt"\nsha256 = "{digest}"\ntitle = "Summit report."\n'
        'evidence = ["Summit report."]\n\n[sheet]\nslug = "report"\ntitle = "Report"\n\n'
        '[event]\nname = "Summit"\nevidence = ["The leaders met"]\n'
    )
    countries = "".join(
        f'\n[[countries]]\nkey = "country-{number}"\nname = "Country {number}"\n'
        for number in range(count)
    )
    path = folder / "facts.toml"
    path.write_text(head + countries, encoding="utf-8")
    return path


def test_checking_four_times_the_entries_is_about_four_times_the_work(tmp_path: Path) -> None:
    small = fact_file_of_countries(tmp_path / "small", 300)
    large = fact_file_of_countries(tmp_path / "large", 1_200)
    assert len(read_fact_file(large).many("countries")) == 1_200
    ratio = lines_run(lambda: read_fact_file(large)) / lines_run(lambda: read_fact_file(small))
    # Linear work gives about 4; work growing with the square of the entries gives about 16.
    assert ratio < 6, ratio
