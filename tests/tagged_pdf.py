"""Read a tagged PDF as a screen reader does, and check it against PDF/UA-1's machine rules.

veraPDF itself runs in test_verapdf.py where Java is installed; these checks, with pikepdf and
pypdf, run everywhere and say more precisely what is wrong: every painted
operator is either an artifact or marked content owned by a structure element (Matterhorn
checkpoint 01), the parent tree and the elements agree, headings do not skip a level (14),
tables are rows of header and data cells with scopes (15), figures have alternative text (13),
the catalog declares language, marking and title display (06, 07, 11), and the XMP packet
claims PDF/UA-1 (06).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from pypdf import PdfReader

PAINTING_OPERATORS = {"Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s"}
PAINTING_OPERATORS |= {"Do", "sh", "BI"}
HEADINGS = ("H1", "H2", "H3", "H4", "H5", "H6")


@dataclass
class Node:
    """A structure element with the text of its own marked content, in reading order."""

    tag: str
    attributes: dict[str, str] = field(default_factory=dict)
    alt: str = ""
    parts: list[Node | str] = field(default_factory=list)

    @property
    def kids(self) -> list[Node]:
        return [part for part in self.parts if isinstance(part, Node)]

    @property
    def text(self) -> str:
        """All the words of the element and its descendants, as a reader speaks them."""
        pieces = [part.text if isinstance(part, Node) else part for part in self.parts]
        return " ".join(" ".join(pieces).split())

    def walk(self) -> Iterator[Node]:
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def find(self, tag: str) -> list[Node]:
        return [node for node in self.walk() if node.tag == tag]


def _name(value: Any) -> str:
    return str(value).lstrip("/")


class _PageReader:
    """Follows one page's marked-content sequences while pypdf extracts its text."""

    def __init__(self, page: int, texts: dict[tuple[int, int], str]) -> None:
        self.page = page
        self.texts = texts
        self.stack: list[int | None] = []
        """The MCID of each open sequence, -1 for an artifact, None for other marks."""

    def before(self, operator: bytes, operands: list[Any], *_: Any) -> None:
        if operator == b"BDC":
            properties = operands[1]
            if _name(operands[0]) == "Artifact":
                self.stack.append(-1)
            else:
                self.stack.append(int(properties["/MCID"]) if "/MCID" in properties else None)
        elif operator == b"BMC":
            self.stack.append(-1 if _name(operands[0]) == "Artifact" else None)
        elif operator == b"EMC":
            self.stack.pop()

    def text(self, value: str, *_: Any) -> None:
        owner = next((mcid for mcid in reversed(self.stack) if mcid is not None), None)
        if owner is not None and value.strip():
            key = (self.page, owner)
            self.texts[key] = self.texts.get(key, "") + " " + value


def marked_texts(path: Path) -> dict[tuple[int, int], str]:
    """The text of every marked-content sequence with an MCID, by (page, MCID); artifacts' text
    under (page, -1)."""
    texts: dict[tuple[int, int], str] = {}
    for number, page in enumerate(PdfReader(path).pages):
        reader = _PageReader(number, texts)
        page.extract_text(visitor_operand_before=reader.before, visitor_text=reader.text)
    return texts


def structure_tree(path: Path) -> Node:
    """The Document element, each element holding its marked content's text in order."""
    texts = marked_texts(path)
    with pikepdf.open(path) as pdf:
        pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
        root = pdf.Root.StructTreeRoot.K

        def read(element: Any) -> Node:
            attributes = element.get("/A", pikepdf.Dictionary())
            node = Node(
                _name(element.S),
                {_name(key): _name(value) for key, value in attributes.items()},
                str(element.get("/Alt", "")),
            )
            home = element.get("/Pg")
            kids = element.get("/K", pikepdf.Array())
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, int):
                    assert home is not None, f"{node.tag} has an MCID but no /Pg"
                    node.parts.append(texts.get((pages[home.objgen], kid), ""))
                elif kid.get("/Type") == "/MCR":
                    node.parts.append(texts.get((pages[kid.Pg.objgen], int(kid.MCID)), ""))
                else:
                    node.parts.append(read(kid))
            return node

        return read(root)


def pdfua_problems(path: Path) -> list[str]:
    """What breaks PDF/UA-1's machine-checkable rules in the file; empty when none does."""
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        problems += _catalog_problems(pdf)
        problems += _font_problems(pdf)
        if "/StructTreeRoot" not in pdf.Root:
            return problems
        problems += _content_problems(pdf)
    return problems + _tree_problems(structure_tree(path))


def _catalog_problems(pdf: pikepdf.Pdf) -> list[str]:
    problems = []
    catalog = pdf.Root
    if not str(catalog.get("/Lang", "")):
        problems.append("the catalog declares no /Lang")
    marking: Any = catalog.get("/MarkInfo", pikepdf.Dictionary())
    preferences: Any = catalog.get("/ViewerPreferences", pikepdf.Dictionary())
    if not marking.get("/Marked", False):
        problems.append("/MarkInfo /Marked is not true")
    if not preferences.get("/DisplayDocTitle", False):
        problems.append("/DisplayDocTitle is not true")
    if "/StructTreeRoot" not in catalog:
        problems.append("there is no structure tree")
    with pdf.open_metadata() as metadata:
        if metadata.get("pdfuaid:part") != "1":
            problems.append("the XMP packet does not claim PDF/UA-1 (pdfuaid:part)")
        if not metadata.get("dc:title"):
            problems.append("the XMP packet has no dc:title")
    for number, page in enumerate(pdf.pages):
        if page.obj.get("/Annots") and page.obj.get("/Tabs") != "/S":
            problems.append(f"page {number + 1} has annotations but no /Tabs /S")
    return problems


def _content_problems(pdf: pikepdf.Pdf) -> list[str]:
    """Painting outside marked content, and MCIDs the parent tree does not lead back from."""
    problems = []
    parent_tree = _parent_tree(pdf)
    for number, page in enumerate(pdf.pages):
        stack: list[str] = []
        entries = parent_tree.get(int(page.obj.get("/StructParents", -1)), [])
        for instruction in pikepdf.parse_content_stream(page):
            operands, name = instruction.operands, str(instruction.operator)
            if name == "BDC":
                properties = operands[1]
                tag = _name(operands[0])
                if tag != "Artifact":
                    mcid = int(properties["/MCID"])
                    owner = entries[mcid] if mcid < len(entries) else None
                    if owner is None or _name(owner.S) != tag:
                        problems.append(f"page {number + 1}: MCID {mcid} ({tag}) has no owner")
                    elif not _owns(owner, page.obj, mcid):
                        problems.append(f"page {number + 1}: {tag} does not list MCID {mcid}")
                stack.append(tag)
            elif name == "BMC":
                stack.append(_name(operands[0]))
            elif name == "EMC":
                if not stack:
                    problems.append(f"page {number + 1}: EMC without a sequence to end")
                else:
                    stack.pop()
            elif name in PAINTING_OPERATORS and not stack:
                problems.append(f"page {number + 1}: '{name}' painted outside marked content")
        if stack:
            problems.append(f"page {number + 1}: {len(stack)} sequence(s) left open")
    return problems


def _parent_tree(pdf: pikepdf.Pdf) -> dict[int, list[Any]]:
    numbers = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(numbers[index]): list(numbers[index + 1]) for index in range(0, len(numbers), 2)}


def _owns(element: Any, page: Any, mcid: int) -> bool:
    kids = element.get("/K", pikepdf.Array())
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int) and kid == mcid and element.Pg.objgen == page.objgen:
            return True
        is_reference = isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR"
        if is_reference and int(kid.MCID) == mcid and kid.Pg.objgen == page.objgen:
            return True
    return False


def _font_problems(pdf: pikepdf.Pdf) -> list[str]:
    problems = []
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            if "/ToUnicode" not in font:
                problems.append(f"font {font.get('/BaseFont')} has no ToUnicode map")
            descendants = font.get("/DescendantFonts", [font])
            for embedded in descendants:
                descriptor: Any = embedded.get("/FontDescriptor", pikepdf.Dictionary())
                if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"font {embedded.get('/BaseFont')} is not embedded")
    return problems


def _tree_problems(tree: Node) -> list[str]:
    problems = []
    if tree.tag != "Document":
        problems.append(f"the structure tree starts with {tree.tag}, not Document")
    level = 0
    for node in tree.walk():
        if node.tag in HEADINGS:
            number = int(node.tag[1])
            if number > level + 1:
                problems.append(f"heading {node.tag} '{node.text[:40]}' skips a level")
            level = number
        elif node.tag == "Figure" and not node.alt:
            problems.append("a figure has no alternative text")
        elif node.tag == "Table":
            problems += _table_problems(node)
        elif node.tag == "L" and any(kid.tag != "LI" for kid in node.kids):
            problems.append("a list holds something other than list items")
    return problems


def _table_problems(table: Node) -> list[str]:
    problems = []
    widths = set()
    for row in table.kids:
        if row.tag != "TR":
            problems.append(f"a table holds a {row.tag}, not a row")
            continue
        widths.add(len(row.kids))
        for cell in row.kids:
            if cell.tag not in ("TH", "TD"):
                problems.append(f"a table row holds a {cell.tag}")
            elif cell.tag == "TH" and cell.attributes.get("Scope") not in ("Row", "Column"):
                problems.append(f"header cell '{cell.text}' has no scope")
    if len(widths) > 1:
        problems.append(f"a table's rows have different numbers of cells: {sorted(widths)}")
    if not any(cell.tag == "TH" for row in table.kids for cell in row.kids):
        problems.append("a table has no header cells")
    return problems


def bookmarks(path: Path) -> list[tuple[str, int]]:
    """The outline's entries as a reader lists them: each title and its page (from 0)."""
    reader = PdfReader(path)
    listed = []
    for entry in reader.outline:
        assert not isinstance(entry, list), "the outline is flat: one entry per section"
        page = reader.get_destination_page_number(entry)
        assert entry.title is not None and page is not None
        listed.append((str(entry.title), page))
    return listed
