"""The closed vocabularies a fact file may use, with the words shown to people.

Codes are what the fact file and the database store; labels are what the window and the PDF show.
"""

from __future__ import annotations

from enum import StrEnum


class MembershipStatus(StrEnum):
    FOUNDING_MEMBER = "founding-member"
    MEMBER = "member"
    NEW_MEMBER = "new-member"
    OBSERVER_OR_PARTNER = "observer-or-partner"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_member(self) -> bool:
        return self is not MembershipStatus.OBSERVER_OR_PARTNER


_STATUS_LABELS = {
    MembershipStatus.FOUNDING_MEMBER: "Founding member",
    MembershipStatus.MEMBER: "Member",
    MembershipStatus.NEW_MEMBER: "New member",
    MembershipStatus.OBSERVER_OR_PARTNER: "Observer or dialogue partner",
}


class Role(StrEnum):
    HOST = "host"
    HEAD_OF_STATE = "head-of-state"
    HEAD_OF_GOVERNMENT = "head-of-government"
    ACTING_HEAD_OF_STATE = "acting-head-of-state"
    ENVOY = "envoy"
    GUEST = "guest"
    INTERNATIONAL_OFFICIAL = "international-official"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.HOST: "Host",
    Role.HEAD_OF_STATE: "Head of state",
    Role.HEAD_OF_GOVERNMENT: "Head of government",
    Role.ACTING_HEAD_OF_STATE: "Acting head of state",
    Role.ENVOY: "Envoy",
    Role.GUEST: "Guest",
    Role.INTERNATIONAL_OFFICIAL: "International official",
}


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

    @property
    def label(self) -> str:
        return _SLIP_LABELS[self]


_SLIP_LABELS = {
    SlipKind.SPELLING_VARIANT: "Name spelled two ways",
    SlipKind.TYPO: "Typo",
    SlipKind.MISSING_WORD: "Missing word",
}


class PartyKind(StrEnum):
    COUNTRY = "country"
    BODY = "body"
