"""A report copied from a web page keeps the page around it: the draft's title is still the
headline (or the lead), and its publisher is never a line of the page's ticker."""

from __future__ import annotations

import pytest

from db.draft.extract import draft_facts

HEADLINE = "Leaders agree on rail links at border talks"
BODY = (
    "OSLO, Norway (Nordic Wire) — The leaders of three neighbouring countries held a summit "
    "on Thursday and agreed to build two rail links.\n\n"
    "“We have waited long enough,” said Prime Minister Jonas Berg of Norway.\n"
)
CAPTION = "Leaders pose for a group picture before their talks in the capital"

PAGES = {
    "navigation": f"Accessibility links\nSkip to content\nBreaking News\n\n{HEADLINE}\n\n{BODY}",
    "menu": f"Home\nWorld\nBusiness\nOne app, all the news\n\n{HEADLINE}\n\n{BODY}",
    "numbered links": (
        "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more Nordic sites\n\n"
        f"{HEADLINE}\n\n{BODY}"
    ),
    "menu on one line": (
        f"Home  |  Weather  |  Classifieds  |  Contact Us  |  About Us\n\n{HEADLINE}\n\n{BODY}"
    ),
    "an advert's label in lower case": f"link exchange; in-house ad\n\n{HEADLINE}\n\n{BODY}",
    "ticker": f"USD/EUR 0.92 +0.3%   FTSE 100 7,512.30 -0.4%\n\n{HEADLINE}\n\n{BODY}",
    "clock": f"Play Live Radio\nNext Up:\n0:00 0:00\n\n{HEADLINE}\n\n{BODY}",
    "caption printed twice": f"{CAPTION}\n\n{HEADLINE}\n\n{CAPTION}\n\n{BODY}",
    "caption with credit": f"Leaders meet (L) in the capital. Photo credit: Example\n{HEADLINE}\n\n{BODY}",
    "caption with a credit alone": (
        f"Leaders pose for a group picture in the capital Credit: Nordic Wire\n\n{HEADLINE}\n\n{BODY}"
    ),
    "byline": f"By Ann Lee\nPublished 4 July 2024, 10:02\n\n{HEADLINE}\n\n{BODY}",
    "headline printed twice": (
        f"Breaking News\n\n{HEADLINE}\n\n\n{HEADLINE}\nplease wait\n\n"
        f"No media source currently available\n\n{BODY}"
    ),
    "headline printed thrice round a caption": (
        f"{HEADLINE}\n\n{HEADLINE}\nLeaders arrive for the talks. (Supplied)\nFollow\n\n"
        f"{HEADLINE}\n\n{BODY}"
    ),
    "caption from left to right": (
        "From left to right, Foreign Minister Ola Dahl and Foreign Minister Eva Lund pose for a "
        f"photo in Oslo. - Nordic Wire\n\n{HEADLINE}\n\n{BODY}"
    ),
    "caption of a pooled photo": (
        "Item 1 of 3 Leaders pose for a family photo in Oslo, Norway May 19, 2024. Kari Moe/Pool "
        f"via Nordic Wire\n\n{HEADLINE}\n\n{BODY}"
    ),
    "caption of a supplied photo": (
        f"Leaders arrive for the talks in the capital. (Supplied)\n\n{HEADLINE}\n\n{BODY}"
    ),
    "a notice to the reader's browser": (
        "Your web browser is no longer supported. To improve your experience update it here"
        f"\n\n{HEADLINE}\n\n{BODY}"
    ),
    "a notice of cookies and scripts": (
        "This website uses cookies to improve your experience.\nPlease enable JavaScript to "
        f"view this page.\n\n{HEADLINE}\n\n{BODY}"
    ),
    "a paper's name with its edition": f"The Sunday Courier (Norway)\n\n{HEADLINE}\n\n-\n\n{BODY}",
    "the headline as the last item of a bulleted menu": (
        f"  • Live\n  • Audio Only\n  • facebook\n  • twitter\n  • {HEADLINE}\n\n{BODY}"
    ),
    "lead opening with the headline's words": (
        f"{HEADLINE}\n\nOSLO, Norway (Nordic Wire) — {HEADLINE} on Thursday, after years of "
        "quarrels over who should pay.\n"
    ),
}


@pytest.mark.parametrize("page", list(PAGES))
def test_the_title_is_the_headline_under_the_pages_chrome(page: str) -> None:
    source = draft_facts(PAGES[page]).source
    assert source.title == HEADLINE
    assert source.publisher == "Nordic Wire"


def test_a_headline_with_its_papers_name_after_a_bar_is_no_menu() -> None:
    source = draft_facts(f"{HEADLINE} | Nordic Wire | Europe\n\n{BODY}").source
    assert source.title == f"{HEADLINE} | Nordic Wire | Europe"


def test_a_page_without_a_headline_is_titled_by_its_leads_first_sentence() -> None:
    lead = (
        "Breaking News\n\nOSLO, Norway (Nordic Wire) — The leaders of three neighbouring "
        "countries held a summit on Thursday and agreed to build two rail links across the "
        "mountains, ending a quarrel of ten years over who should pay for them and where they "
        "should run. The talks lasted two days.\n"
    )
    title = draft_facts(lead).source.title
    assert title.startswith("The leaders of three neighbouring countries held a summit")
    assert title.endswith("where they should run.")


def test_a_ticker_line_is_never_the_publisher() -> None:
    page = f"Brent crude (USD) — 82.10 +1.2%\n\n{HEADLINE}\n\nThe leaders met on Thursday.\n"
    source = draft_facts(page).source
    assert source.title == HEADLINE
    assert source.publisher is None


def test_the_meetings_day_is_not_the_day_a_photos_caption_gives() -> None:
    page = (
        f"{HEADLINE}\n\nFrom left to right, Foreign Minister Ola Dahl and Foreign Minister Eva Lund "
        "hold hands during a photo session ahead of the summit, in Oslo, Norway, Monday. - Nordic "
        f"Wire\n\n{BODY}"
    )
    assert draft_facts(page).event.day == "Thursday"


def test_a_photos_caption_gives_the_day_where_the_report_names_none() -> None:
    page = (
        f"{HEADLINE}\n\nLeaders pose before the summit in Oslo, Norway, Thursday. (Photo by Kari "
        "Moe)\n\nOSLO, Norway (Nordic Wire) — The leaders of three neighbouring countries agreed "
        "to build two rail links at their summit.\n"
    )
    assert draft_facts(page).event.day == "Thursday"


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, Norway (Nordic Wire): The leaders met on Thursday.",
        "OSLO – Nordic Wire\n\nThe leaders met on Thursday.",
    ],
)
def test_the_publisher_is_read_from_a_dateline_as_wire_services_write_it(dateline: str) -> None:
    source = draft_facts(f"{HEADLINE}\n\n{dateline}\n").source
    assert (source.title, source.publisher) == (HEADLINE, "Nordic Wire")
