"""The rows of the seeded sheet's three tables, as the floors and peers read them."""

from __future__ import annotations

QUERIES = {
    "Members": "SELECT party.name, membership.status, membership.joined FROM membership "
    "JOIN party ON party.id = membership.party_id ORDER BY membership.id",
    "Attendees": "SELECT person.name, attendance.title, attendance.role FROM attendance "
    "JOIN person ON person.id = attendance.person_id ORDER BY attendance.id",
    "Key statements": "SELECT person.name, statement.text, statement.topic FROM statement "
    "JOIN person ON person.id = statement.speaker_id ORDER BY statement.id",
}
