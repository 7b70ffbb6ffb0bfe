"""The overview's "¶ n" links as controls a keyboard and a screen reader can reach.

Qt tells accessibility tools nothing of the links inside a text browser: to a screen reader
the page is flat text. Each link therefore gets a control of its own, lying over its words
(which still show through) and following them as the page scrolls: a link to the
accessibility bus (role Link) named by its words ("¶ 2, 3") and described by what it gives
evidence for, reached with Tab, followed with Enter, Space or a click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from viewer.widgets.focus_marks import FRAME_WIDTH, focus_colour

DESCRIBED_WORDS = 80
"""Characters of the words before a link that describe it, at most."""


@dataclass(frozen=True)
class Anchor:
    """A link of the page: where its words are and where it leads."""

    start: int
    end: int
    href: str
    words: str
    about: str
    """The page's words before the link, back to the previous link or the paragraph's start."""


def anchors(browser: QTextBrowser) -> list[Anchor]:
    """Every link of the page, in reading order."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        previous_end = block.position()
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if not fragment.isValid() or not fragment.charFormat().isAnchor():
                continue
            start, end = fragment.position(), fragment.position() + fragment.length()
            cursor = QTextCursor(browser.document())
            cursor.setPosition(previous_end)
            cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            about = " ".join(cursor.selectedText().split()).strip(" ,;:")
            if len(about) > DESCRIBED_WORDS:
                about = about[: DESCRIBED_WORDS - 1].rstrip() + "…"
            href = fragment.charFormat().anchorHref()
            found.append(Anchor(start, end, href, fragment.text(), about))
            previous_end = end
        block = block.next()
    return found


def follow_scrolling(browser: QTextBrowser, move: Callable[..., None]) -> None:
    """Call ``move`` whenever the page's words move on screen: scrolling, or a new layout."""
    layout = browser.document().documentLayout()
    for moved in (
        browser.verticalScrollBar().valueChanged,
        browser.horizontalScrollBar().valueChanged,
        layout.documentSizeChanged,
        layout.update,
    ):
        moved.connect(move)


class PageLink(QWidget):
    """One link of the page, over its words."""

    followed = Signal(QUrl)

    def __init__(self, browser: QTextBrowser, anchor: Anchor) -> None:
        super().__init__(browser.viewport())
        self.browser = browser
        self.anchor = anchor
        self.setObjectName("pageLink")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(anchor.words)
        self.setAccessibleDescription(
            f"The article's words for: {anchor.about}" if anchor.about else "The article's words"
        )
        self.setToolTip(self.accessibleDescription())
        follow_scrolling(browser, self.follow_words)
        self.follow_words()
        self.show()

    def follow_words(self, *_args: object) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.anchor.start)
        first = self.browser.cursorRect(cursor)
        cursor.setPosition(self.anchor.end)
        last = self.browser.cursorRect(cursor)
        # A link broken over two lines is covered on its first.
        right = last.left() if last.top() == first.top() else self.browser.viewport().width()
        self.setGeometry(
            QRect(first.left(), first.top(), max(right - first.left(), 4), first.height())
        )

    def follow(self) -> None:
        self.followed.emit(QUrl(self.anchor.href))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.follow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.follow()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # The page's caret goes to the link, so the page scrolls it into view.
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.anchor.start)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Nothing but a frame while focused: the page's own words show through."""
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setPen(QPen(focus_colour(self.palette()), FRAME_WIDTH))
        inset = FRAME_WIDTH // 2
        painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()


def _as_link(_class_name: str, widget: QObject) -> QAccessibleWidget | None:
    """Tell accessibility tools that a PageLink is a link."""
    if isinstance(widget, PageLink):
        return QAccessibleWidget(widget, QAccessible.Role.Link, widget.accessibleName())
    return None


@cache
def _install_link_factory() -> None:
    QAccessible.installFactory(_as_link)


def link_controls(browser: QTextBrowser, follow: Callable[[QUrl], None]) -> list[PageLink]:
    """A control for each link of the page, in reading order after ``browser`` for Tab, whose
    own link keys are given up for them."""
    _install_link_factory()
    browser.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    controls = [PageLink(browser, anchor) for anchor in anchors(browser)]
    previous: QWidget = browser
    for control in controls:
        control.followed.connect(follow)
        QWidget.setTabOrder(previous, control)
        previous = control
    return controls
