"""The window read as a screen reader reads it: run on a real X server (Xvfb) with the
accessibility bus (AT-SPI, what Orca uses), and walked by tests/screen_reader.py, which presses
keys as a person does and reports what it hears.

Needs Debian's xvfb, dbus-x11 (dbus-daemon), at-spi2-core, python3-pyatspi and xdotool;
.ci/run installs them. Without them the test is skipped, except in CI, where it must run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db.store import queries
from db.store.session import open_database

READER = Path(__file__).parents[2].joinpath("screen_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
IDENTIFIER = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)+$|_")


def missing_tools() -> str | None:
    """Why the window cannot be read here, or None."""
    for program in ("Xvfb", "dbus-daemon", "xdotool"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if found.returncode != 0:
        return "python3-pyatspi is not installed for the system's Python"
    return None


def stop(process: subprocess.Popen[Any], *, group: bool = False) -> None:
    if process.poll() is None:
        if group:
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def heard(seeded_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """What the screen reader reports of the seeded sheet's window."""
    reason = missing_tools()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the screen reader test must run in CI, but {reason}")
        pytest.skip(f"no accessibility bus can be started: {reason}")
    home = tmp_path_factory.mktemp("reader")
    database = home / "factsheet.sqlite3"
    shutil.copyfile(seeded_file, database)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DBUS_"))}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env |= {"XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home)}

    # -noreset: an X server resets when its last client leaves, and refuses connections while it
    # does; the accessibility bus's launcher comes and goes before the window connects.
    read_end, write_end = os.pipe()
    screen_log = home / "screen.log"
    screen_stderr = screen_log.open("w", encoding="utf-8")
    screen = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1400x900x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stderr=screen_stderr,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display:
        env["DISPLAY"] = ":" + display.readline().strip()
    # Its own session bus, in a process group of its own: the accessibility bus and registry
    # it starts on demand are stopped with it.
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    window_env = env | {"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    # A file, not a pipe nobody reads: a window that writes more than a pipe holds would stop.
    window_log = home / "window.log"
    window_stderr = window_log.open("w", encoding="utf-8")
    window = subprocess.Popen(
        [sys.executable, "-m", "viewer.cli", "--db", f"sqlite:///{database}"],
        env=window_env,
        cwd=Path(__file__).parents[3],
        stdout=subprocess.DEVNULL,
        stderr=window_stderr,
        text=True,
    )
    try:
        read = subprocess.run(
            [SYSTEM_PYTHON, str(READER)], env=env, capture_output=True, text=True, timeout=300
        )
        window_said = window_log.read_text(encoding="utf-8")[-2000:]
        screen_said = screen_log.read_text(encoding="utf-8")[-2000:]
        assert read.returncode == 0, (
            f"{read.stderr}; the window wrote: {window_said}; the X server on "
            f"{env['DISPLAY']} ({'running' if screen.poll() is None else 'stopped'}) wrote: "
            f"{screen_said}"
        )
        (home / "heard.json").write_text(read.stdout, encoding="utf-8")  # kept for a look
        yield json.loads(read.stdout)
    finally:
        stop(window)
        window_stderr.close()
        stop(bus, group=True)
        stop(screen)
        screen_stderr.close()


def in_words(name: str) -> bool:
    return bool(name.strip()) and not IDENTIFIER.search(name)


def test_every_control_is_named_in_words(heard: dict[str, Any]) -> None:
    controls = heard["controls"]
    assert len(controls) >= 20, "the walk reached the window's controls"
    unnamed = [(c["role"], c["name"]) for c in controls if not in_words(c["name"])]
    assert unnamed == []
    names = {c["name"] for c in controls}
    for expected in ("Search", "Members and partners", "Evidence quotes", "Clear search"):
        assert expected in names
    assert "People across sheets" in names, "the dock's lists were read too"


def test_tab_leaves_each_table_and_reaches_every_pane(heard: dict[str, Any]) -> None:
    walks = heard["tab_from_tables"]
    assert set(walks) == {"Members and partners", "Attendees", "Key statements"}
    for table, chain in walks.items():
        assert chain[0]["name"] == table, "the walk starts in the table"
        assert chain[1]["name"] != table, f"Tab left {table}"
        reached = {step["role"] for step in chain} | {step["name"] for step in chain}
        assert {"Evidence quotes", "Search", "page tab list"} <= reached, table
    assert heard["shift_tab"][1]["name"] != "Members and partners", "Shift+Tab left it too"


def test_ctrl_tab_changes_tabs_and_f10_opens_the_menus(heard: dict[str, Any]) -> None:
    before, after = heard["ctrl_tab"]
    assert before.startswith("Members and partners")
    assert after.startswith("Attendees")
    assert heard["f10"]["role"] == "menu bar"
    assert heard["f10"]["item"] == "File", "F10 puts the focus on the first menu"


def test_the_map_is_an_image_named_with_the_members(
    heard: dict[str, Any], seeded_file: Path
) -> None:
    database = open_database(f"sqlite:///{seeded_file}")
    ((slug, _title),) = queries.sheet_titles(database)
    members = queries.members(database, slug)
    database.close()
    (image,) = heard["images"]
    assert image["name"] == "Map of the members"
    for member in members:
        assert member.name in image["description"]


def test_tables_read_without_the_hidden_column_or_empty_row_headers(
    heard: dict[str, Any],
) -> None:
    for table in heard["tables"]:
        assert "Draft" not in table["columns"], table["name"]
        assert table["empty_row_headers"] == 0, table["name"]


def test_the_overview_reads_as_text_with_its_paragraph_links_as_links(
    heard: dict[str, Any],
) -> None:
    assert heard["overview"]["markers"] == 0, "no frame or object marks in the text"
    assert "Key facts" in heard["overview"]["text"]
    links = heard["links"]
    assert len(links) > 10
    assert all(re.fullmatch(r"¶ [\d, ]+|evidence", link["name"]) for link in links)
    assert all(link["description"].startswith("The article's words for: ") for link in links)
    overview, first_link, second_link = heard["tab_from_overview"]
    assert (first_link["role"], first_link["name"]) == ("link", links[0]["name"])
    assert second_link["role"] == "link"


def test_the_article_says_which_paragraph_the_caret_is_in(heard: dict[str, Any]) -> None:
    assert re.fullmatch(r"¶ (\d+) of \1", heard["article_at_end"]["description"])
