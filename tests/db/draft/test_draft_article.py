"""Reading the article a draft is made from: text, HTML pages, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.draft import article as article_module
from db.draft.article import read_article
from db.draft.errors import DraftError
from db.draft.extract import draft_facts

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mayors meet in Bergen | The Coastal Ledger</title></head>
<body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/login">Log in</a></nav>
<div class="advert">Subscribe now for one euro a week!</div>
<article>
<h1>Mayors meet in Bergen</h1>
<p>Mayors of twelve port cities met on Tuesday for the yearly assembly of the Harbour Cities
Network, a group founded in 1998 to share ways of keeping ports clean.</p>
<p>“We cannot leave the water to the next mayor,” said Mayor Ingrid Solheim of Bergen, who
hosted the meeting in the old fish market.</p>
<p>The network was founded by Bergen, Rotterdam and Gdańsk, and it has grown every year since
then, to twelve cities on three coasts.</p>
</article>
<footer><p>Privacy | Terms | Cookies</p></footer>
</body></html>
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_text_is_read_as_it_is(tmp_path: Path) -> None:
    text = "Headline\n\nFirst paragraph, with “curly” quotes and Þorgerður.\n"
    article = read_article(write(tmp_path, "a.txt", text.encode("utf-8")))
    assert article.text == text
    assert not article.from_html


def test_an_html_page_gives_its_headline_and_paragraphs_without_the_page_around_them(
    tmp_path: Path,
) -> None:
    article = read_article(write(tmp_path, "page.html", PAGE.encode("utf-8")))
    paragraphs = article.text.split("\n\n")
    assert article.from_html
    assert paragraphs[0] == "Mayors meet in Bergen"
    assert "said Mayor Ingrid Solheim of Bergen" in article.text
    assert "Gdańsk" in article.text
    for boilerplate in ("Subscribe", "Log in", "Privacy", "Cookies"):
        assert boilerplate not in article.text


@pytest.mark.parametrize(
    ("name", "data", "fault"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "is empty"),
        ("latin1.txt", "Caf\u00e9 society".encode("latin-1"), "is not UTF-8 text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
        ("nothing.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_bad_articles_are_refused_in_one_sentence_naming_the_file(
    tmp_path: Path, name: str, data: bytes, fault: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(DraftError) as raised:
        read_article(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert fault in message
    assert "\n" not in message


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="does not exist"):
        read_article(tmp_path / "nowhere.txt")
    with pytest.raises(DraftError, match="is a folder"):
        read_article(tmp_path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_module, "MAX_ARTICLE_BYTES", 100)
    path = write(tmp_path, "long.txt", b"word " * 50)
    with pytest.raises(DraftError, match=r"is 250 bytes, more than an article may be"):
        read_article(path)


def nested(page: str, depth: int) -> bytes:
    """``page`` with its article wrapped in ``depth`` layers of <div>, as some site builders
    nest their pages."""
    start, end = page.index("<article>"), page.index("</article>") + len("</article>")
    wrapped = "<div>" * depth + page[start:end] + "</div>" * depth
    return (page[:start] + wrapped + page[end:]).encode("utf-8")


@pytest.mark.parametrize("depth", [255, 300, 2_000])
def test_a_deeply_nested_page_keeps_its_text(tmp_path: Path, depth: int) -> None:
    flat = read_article(write(tmp_path, "flat.html", PAGE.encode("utf-8")))

    deep = read_article(write(tmp_path, "deep.html", nested(PAGE, depth)))

    assert deep.text == flat.text


def test_a_page_nested_deeper_than_can_be_read_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = write(tmp_path, "deepest.html", nested(PAGE, 5_000))

    with pytest.raises(DraftError) as raised:
        read_article(path)

    message = str(raised.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "nested more than 2,048 elements deep" in message


def test_a_pages_day_of_publication_is_kept_for_the_sheets_year(tmp_path: Path) -> None:
    dated = PAGE.replace(
        "<article>",
        '<header><time datetime="2023-06-14T08:30:00Z">14 June</time></header><article>',
    )
    article = read_article(write(tmp_path, "page.html", dated.encode("utf-8")))
    assert article.text.split("\n\n")[:2] == ["Mayors meet in Bergen", "2023-06-14"]
    assert draft_facts(article.text).source.year == 2023
