"""House rules that keep the layers apart and the facts in the seeds."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

from db.store.seed import bundled_fact_files

PROJECT = Path(__file__).resolve().parent.parent
SQL_STATEMENT = re.compile(
    r"\bSELECT\b[^\n]*\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(TABLE|INDEX)\b",
    re.IGNORECASE,
)


def _python_files(folder: str) -> Iterator[Path]:
    yield from sorted((PROJECT / folder).rglob("*.py"))


def _imported_modules(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


# What import-linter checks (pyproject.toml, `lint-imports` in `make lint`): the layers from the
# command line down to the fact file, db/ importing no Qt, nothing below the window importing the
# window or the command line. What it cannot say is checked here: a part of PySide6 (Qt
# widgets) kept out of the lower layers, and what importing a layer loads when it runs.
BELOW_THE_WINDOW = ("viewer/pdf", "viewer/map", "viewer/models", "viewer/text", "db")


def test_nothing_below_the_window_imports_qt_widgets() -> None:
    for folder in BELOW_THE_WINDOW:
        for path in _python_files(folder):
            widgets = [
                name
                for name in _imported_modules(path)
                if name.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport"))
            ]
            assert not widgets, f"{path.relative_to(PROJECT)} imports {widgets}"


def _loaded_after(imports: str, prefix: str) -> bool:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys, {imports}; print(any(m.startswith({prefix!r}) for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return loaded.stdout.strip() == "True"


def test_the_data_layer_loads_no_qt() -> None:
    assert not _loaded_after("db.store.seed, db.store.queries, db.search.across_sheets", "PySide6")


def test_the_pdf_and_the_map_load_no_qt_widgets() -> None:
    """`factsheet export` needs no window: the PDF is painted with Qt's GUI classes only."""
    imports = (
        "viewer.pdf.render, viewer.pdf.tagging, viewer.map.sheet_map, viewer.models.table_model"
    )
    assert not _loaded_after(imports, "PySide6.QtWidgets")


READ_A_SHEET = """
import sys
from db.store import queries
from db.search import statement_pages
from db.store.seed import seed_database
from db.store.session import open_database
url = sys.argv[1]
seed_database(url)
database = open_database(url)
(slug, _title), = queries.sheet_titles(database)
queries.sheet_content(database, slug)
statement_pages.first_page(database, statement_pages.StatementView(slug, "cold war"), 10)
print(sorted(name for name in sys.modules if name.startswith("sqlalchemy.orm")))
"""


def test_seeding_and_reading_a_sheet_never_load_the_orm(tmp_path: Path) -> None:
    """Importing and mapping the ORM would cost start-up more than all the window's queries."""
    loaded = subprocess.run(
        [sys.executable, "-c", READ_A_SHEET, f"sqlite:///{tmp_path / 'sheet.sqlite3'}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT,
    )
    assert loaded.stdout.strip() == "[]"


def test_viewer_writes_no_sql() -> None:
    for path in _python_files("viewer"):
        names = set(_imported_modules(path))
        assert not {name for name in names if name.startswith("sqlalchemy")}, path.name
        found = SQL_STATEMENT.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.name} contains SQL: {found.group(0)!r}"


def _article_facts() -> set[str]:
    facts = tomllib.loads(bundled_fact_files()[0].read_text(encoding="utf-8"))
    words = {facts["organization"]["name"], facts["event"]["place"].split(",")[0]}
    words |= {entry["name"] for entry in facts["countries"] + facts["people"]}
    words |= {entry["text"] for entry in facts["statements"] if entry["kind"] == "quote"}
    return {word for word in words if len(word) > 3}


def test_no_fact_of_the_article_is_written_in_code() -> None:
    facts = _article_facts()
    for folder in ("viewer", "db"):
        for path in _python_files(folder):
            source = path.read_text(encoding="utf-8")
            found = sorted(fact for fact in facts if fact in source)
            assert not found, f"{path.relative_to(PROJECT)} names {found}"


VOID_CALLS = """
import sys
from PySide6.QtGui import QPainter, QPen, QImage
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
widget = QWidget()
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
pen = QPen()
proxy = QSortFilterProxyModel()
proxy.setSourceModel(QStandardItemModel())
for index in range(20_000):
    widget.resize(100 + index % 7, 100)
    painter.setPen(pen)
    proxy.setFilterFixedString(str(index % 3))
painter.end()
print("survived")
"""


def test_qt_survives_many_calls_that_return_nothing() -> None:
    """Guards the PySide6 pin: 6.12.0 on Python 3.11 aborts after ~5,000 such calls."""
    result = subprocess.run(
        [sys.executable, "-c", VOID_CALLS], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Each project module and the project modules it imports, anywhere in the file (imports
    inside functions and for type checking count: a cycle there still ties two modules)."""
    modules = {
        _module_name(path): path for folder in ("db", "viewer") for path in _python_files(folder)
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported = set()
        for target in _imported_modules(path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                imported.add(target)
        graph[name] = imported
    return graph


def test_no_two_modules_import_each_other_however_indirectly() -> None:
    graph = _import_graph()
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        if module in done:
            return
        assert module not in visiting, "import cycle: " + " → ".join(
            [*visiting[visiting.index(module) :], module]
        )
        visiting.append(module)
        for imported in sorted(graph[module]):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
    assert "viewer.window.main_window" in graph["viewer.window.app"]


def test_a_statement_field_is_defined_once_and_reaches_the_row_and_the_table() -> None:
    """A new text field of [[statements]] needs the shape and the row, nothing else."""
    from db.factfile.shape import text_columns
    from db.rows import StatementRow
    from db.store.schema import statement_table

    columns = set(text_columns("statements").values())
    assert columns <= set(StatementRow._fields)
    assert columns <= set(statement_table.c.keys())


def test_evidence_has_one_shape_from_the_article_to_the_window() -> None:
    from db.rows import Evidence
    from db.store.schema import evidence_table

    stored = [name for name in evidence_table.c.keys() if name not in ("id", "fact_id")]  # noqa: SIM118 - column names, in order
    assert list(Evidence._fields) == stored


CHECK_A_URL = """
import sys
from viewer.cli.main import _check_database_url
_check_database_url("postgresql+psycopg://team@db.example/sheets")
_check_database_url("sqlite:////tmp/sheets.sqlite3")
print(sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"))
"""


def test_checking_a_database_url_before_the_window_opens_loads_no_sqlalchemy() -> None:
    """SQLAlchemy takes longer to import than the window takes to appear: a --db URL is
    checked without it, and the window shows first."""
    loaded = subprocess.run(
        [sys.executable, "-c", CHECK_A_URL], capture_output=True, text=True, check=True, cwd=PROJECT
    )
    assert loaded.stdout.strip() == "[]"


START_THE_WINDOW = """
import sys
import viewer.cli.main, viewer.cli.cmd_gui, viewer.window.app
print(sorted({name.split(".")[0] for name in sys.modules if name.startswith("sqlalchemy")}))
print("viewer.window.main_window" in sys.modules)
"""


def test_the_window_s_first_import_loads_no_sqlalchemy_nor_the_window() -> None:
    """What `factsheet` imports before its frame is on screen: the command line and the
    start-up module, without SQLAlchemy and without the window, both imported once the frame
    is drawn (benchmarks/STARTUP.md)."""
    loaded = subprocess.run(
        [sys.executable, "-c", START_THE_WINDOW],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT,
    )
    assert loaded.stdout.split("\n")[:2] == ["[]", "False"]
