"""Correcting a sheet fact by fact (db/store/corrections.py): each correction is checked as a fact
file is, rewrites the sheet and its stored fact file together, marks the fact reviewed, and is
refused when the fact moved on since it was shown. On SQLite and PostgreSQL."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.draft.write import draft_in_memory
from db.factfile.anchoring import anchor_quote
from db.factfile.reading import fact_file_from_text
from db.rows import AttendeeRow, MemberRow
from db.store import queries
from db.store.corrections import (
    Corrected,
    CorrectionError,
    add_attendee,
    add_evidence,
    add_member,
    add_statement,
    edit_fact,
    merge_people,
    remove_fact,
    restore_fact_file,
)
from db.store.session import Database, open_database
from db.store.sheets import add_sheet, remove_sheet
from tests.conftest import PROJECT

ARTICLE = PROJECT / "tests" / "data" / "harbour_cities.txt"


@pytest.fixture
def drafted(any_seeded_url: str) -> Iterator[tuple[Database, str]]:
    """A database holding the bundled sheet and a draft of an article, and the draft's slug."""
    database = open_database(any_seeded_url)
    slug = add_sheet(database, draft_in_memory(ARTICLE)).slug
    yield database, slug
    database.close()


def stored(database: Database, slug: str) -> dict[str, object]:
    return tomllib.loads(queries.fact_file_text(database, slug))


def entry(database: Database, slug: str, section: str, field: str, value: str) -> dict[str, object]:
    entries = stored(database, slug)[section]
    assert isinstance(entries, list)
    return next(e for e in entries if e[field] == value)


def set_status(
    database: Database, slug: str, row: MemberRow, status: str, *, user: str
) -> Corrected:
    """Correct the status of the member ``row`` shows, as the window would."""
    return edit_fact(
        database,
        slug=slug,
        key=row.fact_key,
        stamp=row.stamp,
        changes={"status": status},
        user=user,
    )


def without_ids(rows: list[AttendeeRow]) -> list[AttendeeRow]:
    """The rows as a person sees them: row ids are the database's own business."""
    return [row._replace(fact_id=0) for row in rows]


def test_editing_a_status_changes_the_row_and_the_fact_file_and_marks_it_reviewed(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    member = queries.members(database, slug)[0]
    assert not member.reviewed and member.status != "observer"

    done = set_status(database, slug, member, "observer", user="anna")

    assert done.done == f"edit member {member.name}"
    now = queries.members(database, slug)[0]
    assert (now.fact_key, now.status, now.reviewed) == (member.fact_key, "observer", True)
    assert now.stamp == done.stamp != member.stamp
    written = entry(database, slug, "memberships", "member", member.fact_key.split(":")[1])
    assert written["status"] == "observer" and written["reviewed_by"] == "anna"
    assert "reviewed" not in written and str(written["reviewed_at"]).startswith("20")


def test_a_value_a_fact_file_may_not_hold_is_refused_naming_the_fact_and_field(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    statement = queries.statements(database, slug)[0]
    before = queries.fact_file_text(database, slug)

    with pytest.raises(CorrectionError) as refused:
        edit_fact(
            database,
            slug=slug,
            key=statement.fact_key,
            stamp=statement.stamp,
            changes={"kind": "rumour"},
            user="anna",
        )

    message = str(refused.value)
    assert f"{statement.fact_key} field 'kind' is 'rumour'" in message
    assert message.count("\n") == 0 and "line" not in message
    assert queries.fact_file_text(database, slug) == before


def test_a_fact_changed_since_it_was_shown_is_refused_with_who_when_and_what_it_reads(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    shown = queries.members(database, slug)[0]
    set_status(database, slug, shown, "observer", user="anna")

    with pytest.raises(CorrectionError) as refused:
        edit_fact(
            database,
            slug=slug,
            key=shown.fact_key,
            stamp=shown.stamp,
            changes={"status": "member"},
            user="bruno",
        )

    message = str(refused.value)
    assert f"the member {shown.name} was changed by anna at " in message
    assert "it now reads status 'Observer'" in message
    assert queries.members(database, slug)[0].status == "observer"


def test_a_fact_changed_by_adding_the_sheet_again_is_refused_without_a_name(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    shown = queries.members(database, slug)[0]
    text = queries.fact_file_text(database, slug)
    changed = text.replace(f'status = "{shown.status}"', 'status = "observer"', 1)
    article = queries.sheet_detail(database, slug).source.text
    replacement = fact_file_from_text(changed, path=Path(f"{slug}.toml"), article=article)
    add_sheet(database, replacement, replace=True)

    with pytest.raises(CorrectionError) as refused:
        set_status(database, slug, shown, "member", user="bruno")

    assert f"the member {shown.name} was changed by another program; it now reads" in str(
        refused.value
    )


def test_another_fact_changed_meanwhile_does_not_stop_a_correction(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    first, second = queries.members(database, slug)[:2]
    set_status(database, slug, first, "observer", user="anna")
    set_status(database, slug, second, "observer", user="bruno")
    assert [row.status for row in queries.members(database, slug)[:2]] == ["observer"] * 2


def test_removing_an_attendee_and_undoing_it_gives_the_file_back_exactly(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    attendees = queries.attendees(database, slug)
    original = queries.fact_file_text(database, slug)

    removed = remove_fact(
        database, slug=slug, key=attendees[0].fact_key, stamp=attendees[0].stamp, user="anna"
    )

    assert removed.done == f"remove attendee {attendees[0].name}"
    assert [row.name for row in queries.attendees(database, slug)] == [
        row.name for row in attendees[1:]
    ]
    restore_fact_file(
        database,
        slug=slug,
        text=removed.before,
        expected=removed.after,
        done=removed.done,
        user="anna",
    )
    assert queries.fact_file_text(database, slug) == original
    assert without_ids(queries.attendees(database, slug)) == without_ids(attendees)


def test_undo_after_someone_else_changed_the_sheet_is_refused(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    first, second = queries.members(database, slug)[:2]
    removed = remove_fact(database, slug=slug, key=first.fact_key, stamp=first.stamp, user="anna")
    set_status(database, slug, second, "observer", user="bruno")
    with pytest.raises(CorrectionError, match="was changed by bruno at .* cannot be undone"):
        restore_fact_file(
            database,
            slug=slug,
            text=removed.before,
            expected=removed.after,
            done=removed.done,
            user="anna",
        )
    assert first.name not in [row.name for row in queries.members(database, slug)]


def test_a_member_added_from_a_selection_is_anchored_as_seeding_anchors_it(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    article = queries.sheet_detail(database, slug).source.text
    words = "Netherlands"
    start = article.index(words)
    assert words not in [row.name for row in queries.members(database, slug)]

    added = add_member(
        database,
        slug=slug,
        member=words,
        status="observer",
        start=start,
        end=start + len(words),
        user="anna",
    )

    assert added.done == "add member Netherlands"
    row = next(row for row in queries.members(database, slug) if row.name == words)
    assert (row.status, row.reviewed, row.fact_key) == ("observer", True, added.key)
    (evidence,) = queries.evidence_for(database, [row.fact_id])[row.fact_id]
    assert evidence == anchor_quote(article, words, occurrence=1)
    assert evidence.start == start


def test_an_attendee_and_a_statement_name_a_new_person_once(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    article = queries.sheet_detail(database, slug).source.text
    byline = "By Lena Ortmann"
    start = article.index(byline)
    end = start + len(byline)

    add_attendee(
        database,
        slug=slug,
        person="Lena Ortmann",
        represents="Antwerp",
        role="guest",
        title="Alderman",
        start=start,
        end=end,
        user="anna",
    )
    add_statement(
        database,
        slug=slug,
        speaker="lena ortmann",
        text="She reported on the assembly",
        kind="paraphrase",
        start=start,
        end=end,
        user="anna",
    )

    people = stored(database, slug)["people"]
    assert isinstance(people, list)
    assert [p["name"] for p in people].count("Lena Ortmann") == 1
    attendee = next(r for r in queries.attendees(database, slug) if r.name == "Lena Ortmann")
    assert (attendee.title, attendee.role, attendee.represents) == ("Alderman", "guest", "Antwerp")
    assert any(
        row.speaker == "Lena Ortmann" and row.text == "She reported on the assembly"
        for row in queries.statements(database, slug)
    )


def test_a_direct_quote_outside_its_evidence_is_refused(drafted: tuple[Database, str]) -> None:
    database, slug = drafted
    article = queries.sheet_detail(database, slug).source.text
    start = article.index("Ilse Maes")
    with pytest.raises(CorrectionError, match="is a direct quote, but its text is not inside"):
        add_statement(
            database,
            slug=slug,
            speaker="Ilse Maes",
            text="Words nobody said",
            kind="quote",
            start=start,
            end=start + 9,
            user="anna",
        )


def test_evidence_added_to_a_fact_is_shown_with_it(drafted: tuple[Database, str]) -> None:
    database, slug = drafted
    article = queries.sheet_detail(database, slug).source.text
    member = queries.members(database, slug)[0]
    words = "Netherlands"
    start = article.index(words)

    add_evidence(
        database,
        slug=slug,
        key=member.fact_key,
        stamp=member.stamp,
        start=start,
        end=start + len(words),
        user="anna",
    )

    now = queries.members(database, slug)[0]
    quotes = [e.exact for e in queries.evidence_for(database, [now.fact_id])[now.fact_id]]
    assert words in quotes and len(quotes) >= 2


def test_merging_two_people_moves_their_facts_and_spellings_to_one(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    people = stored(database, slug)["people"]
    assert isinstance(people, list)
    keep, absorb = people[0], people[1]
    spoken_by_absorbed = [
        row.text for row in queries.statements(database, slug) if row.speaker == absorb["name"]
    ]

    merged = merge_people(
        database, slug=slug, keep=str(keep["key"]), absorb=str(absorb["key"]), user="anna"
    )

    assert merged.done == f"merge {absorb['name']} into {keep['name']}"
    after = stored(database, slug)["people"]
    assert isinstance(after, list)
    assert absorb["key"] not in [p["key"] for p in after]
    kept = next(p for p in after if p["key"] == keep["key"])
    assert absorb["name"] in kept["variants"]
    for text in spoken_by_absorbed:
        row = next(row for row in queries.statements(database, slug) if row.text == text)
        assert row.speaker == keep["name"]


def test_facts_a_correction_did_not_touch_keep_their_keys_and_stamps(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    before = queries.statements(database, slug)
    member = queries.members(database, slug)[0]
    set_status(database, slug, member, "observer", user="anna")
    after = queries.statements(database, slug)
    assert [(r.fact_key, r.stamp) for r in after] == [(r.fact_key, r.stamp) for r in before]


def test_the_bundled_sheet_is_corrected_too(any_database: Database) -> None:
    ((slug, _title),) = queries.sheet_titles(any_database)
    attendee = queries.attendees(any_database, slug)[0]
    edit_fact(
        any_database,
        slug=slug,
        key=attendee.fact_key,
        stamp=attendee.stamp,
        changes={"title": "Chair"},
        user="anna",
    )
    assert queries.attendees(any_database, slug)[0].title == "Chair"
    assert queries.fact_file_text(any_database, slug).startswith("#")


def test_a_sheet_removed_meanwhile_is_named_in_the_refusal(
    drafted: tuple[Database, str],
) -> None:
    database, slug = drafted
    member = queries.members(database, slug)[0]
    remove_sheet(database, slug)
    with pytest.raises(CorrectionError, match=f"the sheet '{slug}' was removed"):
        remove_fact(database, slug=slug, key=member.fact_key, stamp=member.stamp, user="anna")
