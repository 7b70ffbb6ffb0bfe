"""Plain-text phrases about a sheet, shared by the Overview tab and the printed fact sheet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.rows import AbsenceRow, AttendeeRow, OrganizationInfo, SheetContent, SlipRow


def long_date(iso: str | None) -> str:
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def date_line(content: SheetContent) -> str:
    """The day as the article gives it, then the calendar date, marked when it is inferred."""
    detail = content.detail
    if not detail.date_iso:
        return detail.day
    inferred = " (inferred)" if detail.date_inferred else ""
    return ", ".join(part for part in (detail.day, long_date(detail.date_iso)) if part) + inferred


def subtitle_line(content: SheetContent) -> str:
    """Event, place and date, as far as the sheet gives them: a missing one leaves no gap
    between separators."""
    detail = content.detail
    return " · ".join(part for part in (detail.event, detail.place, date_line(content)) if part)


def paragraph_label(paragraphs: Sequence[int]) -> str:
    return "¶ " + ", ".join(str(number) for number in paragraphs) if paragraphs else ""


def host_line(host: AttendeeRow) -> str:
    return f"{host.name}, {host.title}, {host.represents}"


def organization_line(organization: OrganizationInfo) -> str:
    abbreviation = f" ({organization.abbreviation})" if organization.abbreviation else ""
    founded = f", founded {organization.founded}" if organization.founded else ""
    return f"{organization.name}{abbreviation}{founded}"


def absence_summary(row: AbsenceRow) -> str:
    """Who stayed away and whom they sent, without the reason: one clause, no full stop."""
    who = f"{row.title} {row.name}".strip()
    sent = f"; sent the {row.sent_title or row.sent}" if row.sent else ""
    return f"{who} ({row.represents}) did not attend{sent}"


def absence_sentence(row: AbsenceRow) -> str:
    reason = f" {row.reason}" if row.reason else ""
    return f"{absence_summary(row)}.{reason}"


def slip_sentence(slip: SlipRow) -> str:
    note = f" {slip.note}" if slip.note else ""
    return f"{slip.kind_label}: “{slip.text}” for “{slip.correction}”.{note}"


def source_line(content: SheetContent) -> str:
    """Publisher, title and year, as far as the fact file gives them, with one stop at the
    end: a title ending in its own ("… Ont.", "…?") takes none after its closing mark."""
    source = content.detail.source
    parts = [source.publisher, f"“{source.title}”", str(source.year) if source.year else ""]
    line = ", ".join(part for part in parts if part)
    return line if line.removesuffix("”").endswith((".", "?", "!")) else f"{line}."
