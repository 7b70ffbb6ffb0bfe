"""The peer for the seeded sheet's export: ReportLab (installed in the bench's own folder,
not among Factsheet's dependencies) reading the sheet's three tables with sqlite3 and laying
them out as a title and three tables in an A4 PDF."""

from __future__ import annotations

import sqlite3
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from benchmarks.probes.sheet_rows import QUERIES


def main() -> None:
    database, output = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect(database)
    tables = {title: connection.execute(query).fetchall() for title, query in QUERIES.items()}
    connection.close()
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = [Paragraph("Fact sheet", styles["Title"])]
    for title, rows in tables.items():
        story.append(Paragraph(title, styles["Heading2"]))
        cells = [[Paragraph(str(value or ""), body) for value in row] for row in rows]
        table = Table(cells, colWidths=[120, 250, 110], repeatRows=0)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
        story.append(table)
    SimpleDocTemplate(output, pagesize=A4).build(story)


if __name__ == "__main__":
    main()
