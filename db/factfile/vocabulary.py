"""The words a fact file uses for statuses, roles and kinds, and the words shown to people.

Codes are what the fact file and the database store; labels are what the window and the PDF
show. Statuses, roles and slip kinds are open: a code this table does not know (a city's
"partner-city", a party's "coalition-partner") is shown as words ("Partner city"), and any
other text as written. Statement kinds are closed,
because a direct quote is checked against the article's words and a paraphrase is not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum


class MembershipStatus(StrEnum):
    FOUNDING_MEMBER = "founding-member"
    MEMBER = "member"
    NEW_MEMBER = "new-member"
    OBSERVER_OR_PARTNER = "observer-or-partner"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue-partner"


_STATUS_LABELS: dict[str, str] = {
    MembershipStatus.FOUNDING_MEMBER: "Founding member",
    MembershipStatus.MEMBER: "Member",
    MembershipStatus.NEW_MEMBER: "New member",
    MembershipStatus.OBSERVER_OR_PARTNER: "Observer or dialogue partner",
    MembershipStatus.OBSERVER: "Observer",
    MembershipStatus.DIALOGUE_PARTNER: "Dialogue partner",
}
FULL_MEMBER_STATUSES = frozenset(
    {MembershipStatus.FOUNDING_MEMBER, MembershipStatus.MEMBER, MembershipStatus.NEW_MEMBER}
)


def status_label(code: str) -> str:
    return _label(_STATUS_LABELS, code)


def is_full_member(code: str) -> bool:
    """Whether the status counts as membership (observers, partners and unknown statuses do
    not: a sheet never claims more members than its fact file says)."""
    return code in FULL_MEMBER_STATUSES


def status_order(code: str) -> int:
    """Known statuses in the order above, any other after them."""
    known = list(MembershipStatus)
    return known.index(MembershipStatus(code)) if code in _STATUS_LABELS else len(known)


class Role(StrEnum):
    HOST = "host"
    HEAD_OF_STATE = "head-of-state"
    HEAD_OF_GOVERNMENT = "head-of-government"
    ACTING_HEAD_OF_STATE = "acting-head-of-state"
    ENVOY = "envoy"
    GUEST = "guest"
    INTERNATIONAL_OFFICIAL = "international-official"


_ROLE_LABELS: dict[str, str] = {
    Role.HOST: "Host",
    Role.HEAD_OF_STATE: "Head of state",
    Role.HEAD_OF_GOVERNMENT: "Head of government",
    Role.ACTING_HEAD_OF_STATE: "Acting head of state",
    Role.ENVOY: "Envoy",
    Role.GUEST: "Guest",
    Role.INTERNATIONAL_OFFICIAL: "International official",
}


def role_label(code: str) -> str:
    return _label(_ROLE_LABELS, code)


class StatementKind(StrEnum):
    QUOTE = "quote"
    PARAPHRASE = "paraphrase"

    @property
    def label(self) -> str:
        return "Direct quote" if self is StatementKind.QUOTE else "Paraphrase"


class SlipKind(StrEnum):
    SPELLING_VARIANT = "spelling-variant"
    TYPO = "typo"
    MISSING_WORD = "missing-word"


_SLIP_LABELS: dict[str, str] = {
    SlipKind.SPELLING_VARIANT: "Name spelled two ways",
    SlipKind.TYPO: "Typo",
    SlipKind.MISSING_WORD: "Missing word",
}


def slip_label(code: str) -> str:
    return _label(_SLIP_LABELS, code)


class PartyKind(StrEnum):
    COUNTRY = "country"
    BODY = "body"


_CODE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def _label(labels: Mapping[str, str], code: str) -> str:
    """The label of a known code. An unknown one is shown as written in the fact file, except
    that a code in the fact file's own style ("foreign-minister", "governor") reads as words
    ("Foreign minister", "Governor")."""
    known = labels.get(code)
    if known is not None:
        return known
    return code.replace("-", " ").capitalize() if _CODE.fullmatch(code) else code


TABLE_NAMES = {
    "members": "Members and partners",
    "attendees": "Attendees",
    "statements": "Key statements",
}
"""What each table is called wherever its rows are counted: the window's tabs, `factsheet list`
and the PDF, so one count always goes by one name."""

FACT_KIND_LABELS = {
    "attendees": "Attendee",
    "absences": "Absent",
    "memberships": "Member",
    "statements": "Statement",
    "people": "Person",
    "event": "Event",
    "date": "Date",
    "organization": "Organization",
    "source": "Source",
    "slips": "Slip",
}
"""The kind of each fact as a person reads it (its section of the fact file in the database)."""
