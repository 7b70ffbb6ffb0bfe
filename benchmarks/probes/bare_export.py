"""The floor for an export: import sqlalchemy.orm, read three tables of the sheet's size and
print them as one HTML document to PDF with QTextDocument."""

from __future__ import annotations

import html
import sys

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from benchmarks.probes.three_tables import read_three_tables


def main() -> None:
    database, output, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
    read_three_tables(database)
    QGuiApplication(sys.argv[:1])
    tables = []
    for title in ("Members", "Attendees", "Statements"):
        body = "".join(
            f"<tr><td>{number}</td><td>{html.escape(title)} row {number}</td><td>text</td></tr>"
            for number in range(rows)
        )
        tables.append(f"<h2>{title}</h2><table border='1'>{body}</table>")
    document = QTextDocument()
    document.setHtml("<h1>Fact sheet</h1>" + "".join(tables))
    writer = QPdfWriter(output)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)


if __name__ == "__main__":
    main()
