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
    return f"{detail.day}, {long_date(detail.date_iso)}{inferred}"


def paragraph_label(paragraphs: Sequence[int]) -> str:
    return "¶ " + ", ".join(str(number) for number in paragraphs) if paragraphs else ""


def host_line(host: AttendeeRow) -> str:
    return f"{host.name}, {host.title}, {host.represents}"


def organization_line(organization: OrganizationInfo) -> str:
    founded = f", founded {organization.founded}" if organization.founded else ""
    return f"{organization.name} ({organization.abbreviation}){founded}"


def absence_sentence(row: AbsenceRow) -> str:
    sent = f"; sent the {row.sent_title or row.sent}" if row.sent else ""
    reason = f" {row.reason}" if row.reason else ""
    return f"{row.title} {row.name} ({row.represents}) did not attend{sent}.{reason}"


def slip_sentence(slip: SlipRow) -> str:
    note = f" {slip.note}" if slip.note else ""
    return f"{slip.kind.label}: “{slip.text}” for “{slip.correction}”.{note}"


def source_line(content: SheetContent) -> str:
    source = content.detail.source
    return f"{source.publisher}, “{source.title}”, {source.year}."
