"""The map of a sheet's countries: on the PDF's first page, on the Overview, and in words."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from db.store.queries import SheetContent, sheet_content
from db.store.session import Database
from tests.tagged_pdf import structure_tree
from tests.viewer.pdf.test_pdf import all_text, normalised, only_slug
from viewer.map.member_map import HOST, LAND, PALETTE, HostCity, MapCountry, member_map
from viewer.map.outlines import world
from viewer.map.places import city_location, country_code_from_name, project
from viewer.map.sheet_map import host_city, sheet_map
from viewer.pdf.render import write_pdf
from viewer.tabs.member_map_view import MAP_NAME, map_image, show_map
from viewer.tabs.overview import OverviewView

GENERATED = date(2026, 1, 2)
FICTIONAL = "Republic of Nowhere"

# Places the world map marks with a circle of its own, and their latitude and longitude.
MARKED_PLACES = {
    "ad": (42.51, 1.52),
    "mt": (35.9, 14.4),
    "bh": (26.07, 50.55),
    "hk": (22.32, 114.17),
    "gu": (13.44, 144.79),
    "mu": (-20.3, 57.6),
}


@pytest.fixture
def content(database: Database) -> SheetContent:
    return sheet_content(database, only_slug(database))


def fills(svg: str) -> set[str]:
    return set(re.findall(r'<path fill="(#\w+)"', svg))


@pytest.mark.parametrize(("code", "place"), MARKED_PLACES.items())
def test_places_land_where_the_map_marks_them(code: str, place: tuple[float, float]) -> None:
    marker = world()[code].marker
    assert marker is not None
    (x, y), _radius = marker
    projected_x, projected_y = project(*place)
    assert abs(projected_x - x) < 4 and abs(projected_y - y) < 4


def test_country_names_give_codes_and_cities_their_place() -> None:
    assert country_code_from_name("Japan") == "jp"
    assert country_code_from_name(" japan ") == "jp"
    assert country_code_from_name(FICTIONAL) == ""
    location = city_location("Lisbon", "pt")
    assert location is not None
    assert location == pytest.approx((38.7, -9.1), abs=0.3)
    assert city_location("Lisbon", "jp") is None
    assert city_location("Nowhere Town", "") is None
    # Of two cities of one name, the more populous; in a country, that country's.
    assert city_location("Hyderabad", "") == city_location("Hyderabad", "in")
    assert city_location("Hyderabad", "pk") == pytest.approx((25.4, 68.4), abs=0.3)
    # A name written with letters beyond ASCII, with and without its country.
    assert city_location("Zürich", "ch") == pytest.approx((47.4, 8.5), abs=0.3)
    assert city_location("São Paulo", "") == pytest.approx((-23.5, -46.6), abs=0.3)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Türkiye", "tr"), ("Viet Nam", "vn"), ("UK", "gb"), ("Burma", "mm"), ("Turkey", "tr")],
)
def test_a_member_without_a_code_is_placed_by_any_of_its_names(
    content: SheetContent, name: str, code: str
) -> None:
    member = content.members[0]._replace(name=name, code="")
    drawn = sheet_map(content._replace(members=[member]))
    assert drawn is not None
    assert drawn.unmapped == ()
    outline = world()[code].outline
    (fill,) = re.findall(rf'<path fill="(#\w+)" d="{re.escape(outline)}"/>', drawn.svg)
    assert fill != LAND
    host = host_city(f"Capital, {name}")
    assert host is not None and host.country_code == code


def test_the_host_city_is_in_the_sheet_s_country_of_that_name(content: SheetContent) -> None:
    """A member's code places the host city in that member's country even where the country
    table has no such name: of two cities called so, the one in the sheet's country."""
    member = content.members[0]._replace(name="Sindh Federation", code="PK")
    detail = content.detail._replace(place="Hyderabad, Sindh Federation")
    drawn = sheet_map(content._replace(members=[member], detail=detail))
    assert drawn is not None and drawn.host_city == "Hyderabad"
    x, y = project(*(city_location("Hyderabad", "pk") or (0.0, 0.0)))
    assert f'<circle cx="{x:.1f}" cy="{y:.1f}"' in drawn.svg
    assert HOST in drawn.svg


def test_groups_get_their_own_colours_and_unknown_countries_are_listed() -> None:
    countries = [
        MapCountry("France", "FR", "Member"),
        MapCountry("Spain", "es", "Member"),
        MapCountry("Portugal", "pt", "Observer"),
        MapCountry(FICTIONAL, "", "Observer"),
        MapCountry("Atlantis", "xa", "Observer"),
    ]
    drawn = member_map(countries, HostCity("Lisbon", "pt"), subject="a test group")
    assert drawn is not None
    member, observer = drawn.legend
    assert (member.label, member.names) == ("Member", ("France", "Spain"))
    assert observer.names == ("Portugal", FICTIONAL, "Atlantis")
    assert member.colour != observer.colour
    assert {member.colour, observer.colour, LAND} <= fills(drawn.svg)
    assert drawn.unmapped == (FICTIONAL, "Atlantis")
    assert drawn.host_city == "Lisbon"
    assert ">Lisbon</text>" in drawn.svg
    assert drawn.alt.startswith("Map of a test group.")
    for name in ("France", "Spain", "Portugal", FICTIONAL, "Atlantis", "Lisbon"):
        assert name in drawn.alt
    assert f"Not on the map: {FICTIONAL}, Atlantis." in drawn.alt


def contrast(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        rgb = QColor(colour)
        channels = [rgb.redF(), rgb.greenF(), rgb.blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_every_group_stands_out_from_the_countries_of_no_group(content: SheetContent) -> None:
    """WCAG 1.4.11: a graphical object 3:1 against the colour beside it, the grey of
    non-members, on the sheet's map and on a map of as many groups as there are colours."""
    seeded = sheet_map(content)
    assert seeded is not None
    groups = [f"Group {number}" for number in range(len(PALETTE))]
    countries = [
        MapCountry(name, code, group)
        for name, code, group in zip(
            ["France", "Spain", "Italy", "Peru", "Chile", "Japan", "Kenya"],
            ["fr", "es", "it", "pe", "cl", "jp", "ke"],
            groups,
            strict=True,
        )
    ]
    many = member_map(countries, None, subject="x")
    assert many is not None and len(many.legend) == len(PALETTE)
    for drawn in (seeded, many):
        colours = {entry.label: entry.colour for entry in drawn.legend}
        assert set(colours.values()) <= fills(drawn.svg)
        assert LAND in fills(drawn.svg)
        faint = {
            label: round(contrast(colour, LAND), 2)
            for label, colour in colours.items()
            if contrast(colour, LAND) < 3
        }
        assert faint == {}


def test_a_region_from_north_to_south_is_shown_whole() -> None:
    countries = [MapCountry("Norway", "no", "Member"), MapCountry("South Africa", "za", "Member")]
    drawn = member_map(countries, None, subject="x")
    assert drawn is not None
    left, top, width, height = map(float, re.findall(r'viewBox="([^"]+)"', drawn.svg)[0].split())
    shapes = world()
    for code in ("no", "za"):
        box = shapes[code].box
        assert left <= box.left and box.right <= left + width
        assert top <= box.top and box.bottom <= top + height
    assert drawn.aspect == pytest.approx(height / width, rel=1e-3)


def test_an_unknown_host_city_is_not_marked() -> None:
    drawn = member_map(
        [MapCountry("France", "fr", "Member")], HostCity("Nowhere Town", "fr"), subject="x"
    )
    assert drawn is not None
    assert drawn.host_city == ""
    assert "<text" not in drawn.svg


def test_no_map_when_no_country_is_on_it() -> None:
    assert member_map([MapCountry(FICTIONAL, "", "Member")], None, subject="x") is None


def test_the_pdf_shows_the_map_on_its_first_page_with_alt_text(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    target = tmp_path / "map.pdf"
    write_pdf(target, content, generated=GENERATED)
    tree = structure_tree(target)
    (figure,) = tree.find("Figure")
    kids = tree.kids
    assert kids.index(figure) < next(i for i, kid in enumerate(kids) if kid.tag == "H2")
    for row in content.members:
        assert row.name in figure.alt
    legend = normalised(kids[kids.index(figure) + 1].text)
    assert all(row.status_label in legend for row in content.members)
    stream = PdfReader(target).pages[0].get_contents()
    assert stream is not None
    assert "/Figure" in stream.get_data().decode("latin-1")


def test_countries_the_map_lacks_are_listed_under_it(
    qapp: QApplication, content: SheetContent, tmp_path: Path
) -> None:
    lost = content.members[0]._replace(name=FICTIONAL, code="")
    target = tmp_path / "lacking.pdf"
    write_pdf(target, content._replace(members=[lost, *content.members[1:]]), generated=GENERATED)
    assert f"Not on the map, which does not have them: {FICTIONAL}." in all_text(target)


def test_the_overview_shows_the_map_once_drawn_as_an_image_named_like_the_pdfs_figure(
    qtbot: QtBot, content: SheetContent, tmp_path: Path
) -> None:
    overview = OverviewView()
    qtbot.addWidget(overview)
    overview.resize(900, 700)
    overview.show()
    overview.set_content(content)

    qtbot.waitUntil(lambda: overview.map_image is not None)
    image = overview.map_image
    assert isinstance(image, QLabel)
    assert image.pixmap().width() > 100
    page = overview.toPlainText()
    assert "Not on the map" not in page
    for row in content.members:
        assert row.status_label in page
    assert "Host city" in page

    # What a screen reader meets: an image with a name, described as the PDF's Figure is.
    seen = QAccessible.queryAccessibleInterface(image)
    assert seen.role() == QAccessible.Role.Graphic
    assert seen.text(QAccessible.Text.Name) == MAP_NAME
    target = tmp_path / "map.pdf"
    write_pdf(target, content, generated=GENERATED)
    (figure,) = structure_tree(target).find("Figure")
    assert seen.text(QAccessible.Text.Description) == figure.alt
    # and no object mark inside the page's text stands for it.
    assert "\ufffc" not in overview.document().toRawText()
    # It lies in the room left for it, above the legend, and scrolls with the page.
    legend_top = overview.cursorRect(overview.document().find("Host city")).top()
    assert 0 < image.geometry().bottom() < legend_top
    before = image.y()
    overview.verticalScrollBar().setValue(40)
    assert image.y() == before - 40


def test_the_overview_lists_countries_the_map_lacks(qtbot: QtBot, content: SheetContent) -> None:
    overview = OverviewView()
    qtbot.addWidget(overview)
    overview.resize(900, 700)
    lost = content.members[0]._replace(name=FICTIONAL, code="")
    changed = content._replace(members=[lost, *content.members[1:]])
    overview.setHtml("<h1>Sheet</h1><h2>Key facts</h2><p>key fact</p><h2>After</h2>")
    show_map(overview, changed)
    page = overview.toPlainText()
    assert f"Not on the map, which does not have them: {FICTIONAL}." in page
    assert page.index("key fact") < page.index("Host city") < page.index("After")


def _rendered(svg: str, width: int, aspect: float) -> QImage:
    """``svg`` painted as the PDF paints it, into an image ``width`` pixels wide."""
    image = QImage(width, round(width * aspect), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter)
    painter.end()
    return image


def _difference(first: QImage, second: QImage) -> float:
    """The mean difference of two images' pixels, channel by channel, from 0 to 255."""
    total = 0
    for y in range(first.height()):
        for x in range(first.width()):
            one, other = QColor(first.pixel(x, y)), QColor(second.pixel(x, y))
            total += abs(one.red() - other.red()) + abs(one.green() - other.green())
            total += abs(one.blue() - other.blue())
    return total / (3 * first.width() * first.height())


def test_the_overview_s_map_has_the_pdf_s_borders(
    qapp: QApplication, content: SheetContent
) -> None:
    """The Overview paints the borders as lines a fraction of a pixel wide rather than as
    scaled strokes: about as much ink, in the same places."""
    drawn = sheet_map(content)
    assert drawn is not None
    width = 720
    on_screen = map_image(drawn, width, 1.0)
    as_in_the_pdf = _rendered(drawn.svg, width, drawn.aspect)
    borderless = drawn.svg.replace('<g stroke="#ffffff"', '<g stroke="none"', 1)
    without_borders = _rendered(borderless, width, drawn.aspect)

    assert on_screen.size() == as_in_the_pdf.size()
    borders_in_the_pdf = _difference(as_in_the_pdf, without_borders)
    assert borders_in_the_pdf > 1
    assert (
        abs(_difference(on_screen, without_borders) - borders_in_the_pdf) < borders_in_the_pdf / 4
    )
    assert _difference(on_screen, as_in_the_pdf) < borders_in_the_pdf / 3


@pytest.mark.parametrize(("city", "code"), [("Tokyo", "jp"), ("Lisbon", "pt")])
def test_the_host_citys_name_stays_on_the_map_at_its_edge(city: str, code: str) -> None:
    """A host city at the east edge of the map has its name to the left of its dot, whole."""
    countries = [MapCountry("France", "fr", "Member"), MapCountry("Poland", "pl", "Member")]
    drawn = member_map(countries, HostCity(city, code), subject="x")
    assert drawn is not None
    left, _top, width, _height = map(float, re.findall(r'viewBox="([^"]+)"', drawn.svg)[0].split())
    label = re.search(r'<rect x="([-\d.]+)" y="[-\d.]+" width="([\d.]+)"[^>]*rx=', drawn.svg)
    assert label is not None
    assert left <= float(label.group(1))
    assert float(label.group(1)) + float(label.group(2)) <= left + width
