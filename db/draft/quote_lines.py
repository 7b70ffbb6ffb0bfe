"""Speakers printed on lines of their own rather than named in a sentence, as transcripts,
round-ups and headlines print them.

A quote on a line of its own under a line that only names someone ("Ambassador X - Secretary
General") or over one that is a dash and a name ("— X, president of Kenya") is theirs, as
transcripts and round-ups print it; so is one a headline follows on its line with a dash and
a name ("‘We are ready’ - X", "Summit: ‘We are ready’ — X").

Words a transcript prints under a label opening a paragraph ("President of Norway X: Colleagues,
…") are the label's person's: a label with an office, or any where the text has two or more
(a question's, "Q: …", counted), and words after it that make a sentence (not a roll's "X:
Minister of Trade"), read on past a greeting only; words in marks after a label ("X: “…”")
are a quote, read once, up to the closing mark.
"""

from __future__ import annotations

from db.draft.attribution_words import (
    PUNCTUATION_AFTER,
    TITLES_ONLY,
)
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Mention, Mentions, Person, Statement
from db.draft.quote_marks import Quote
from db.draft.quote_speaker_names import OFFICES
from db.draft.text import Span, Text

# A dash, or the tilde an epigraph is signed with ("“…” ~ X, May 2, 2019")
_DASH = lazy_compile(r"\s*[—–~-]\s*")
# What a headline or an epigraph may print before its quote: nothing, a topic and a colon
# ("Summit: "), or a dateline and a dash ("Oslo, NO - ")
_KICKER = lazy_compile(r"(?:[^“”\"‘’'\n:—–-]{1,40}(?::|[ ][—–-])[ ]+)?")
# After a name on a line of its own: nothing, or a description after a dash or a comma.
_NAME_LINE_AFTER = lazy_compile(r"\s*(?:[,—–-]\s*[^\n.!?“”\"]{0,80})?")
# A label's words in marks, read as any quote is: "X: “We came as neighbours.”"
_QUOTE_AFTER_LABEL = lazy_compile(r":\s*[“\"«„]")
# A transcript's label closing with its colon, and words after it on its line.
_LABEL_COLON = lazy_compile(r":[ \t]+\S")
_SAID_SENTENCE = lazy_compile(r"\w[ ]\w+[^\n]*?[.!?]")
_ASKER_LABEL = lazy_compile(r"(?i:q|question|reporter|journalist|moderator|interviewer):[ \t]+\S")
_SENTENCE_WORDS = 12  # words a transcript's paragraphs are read on to, past a greeting


def transcribed(text: Text, spoken: Mentions, stated: set[tuple[int, str]]) -> list[Statement]:
    """What a transcript prints under a speaker's label opening a paragraph, without marks
    ("President of Norway X: Colleagues, friends, ⏎⏎ I am happy to welcome …"), with the
    paragraphs after it while it is a greeting short of a sentence, up to the next label. A
    label is a name with an office before it, or any name where the text has two labels or
    more, a question's ("Q: …") counted: "X: …" alone may be a headline's summary of what
    someone said."""
    paragraphs = text.paragraphs
    labels = [label for paragraph in paragraphs if (label := _label(text, paragraph, spoken))]
    questions = {i for i, paragraph in enumerate(paragraphs) if _asks(text.text, paragraph)}
    label_starts = {text.paragraph_index(label.span.start) for label in labels} | questions
    statements = []
    for label in labels:
        index = text.paragraph_index(label.span.start)
        if len(labels) + len(questions) < 2 and label.span.start == paragraphs[index].start:
            continue  # one label with no office: maybe a headline
        if _QUOTE_AFTER_LABEL.match(text.text, label.span.end):
            continue  # "X: “…”": quoted words, read as a quote is, up to their closing mark
        end = paragraphs[index].end
        while (
            _greeting(text.text[label.span.end + 1 : end])
            and index + 1 < len(paragraphs)
            and index + 1 not in label_starts
        ):
            index += 1
            end = paragraphs[index].end
        words = text.text[label.span.end + 1 : end].strip()
        if (id(label.person), words) in stated or not _SAID_SENTENCE.search(words):
            continue  # "X: Minister of Foreign Affairs", a roll's line, says no sentence
        stated.add((id(label.person), words))
        statements.append(
            Statement(
                speaker=label.person,
                text=words,
                evidence=Span(paragraphs[text.paragraph_index(label.span.start)].start, end),
            )
        )
    return statements


def _asks(text: str, paragraph: Span) -> bool:
    """Whether a paragraph is a question a transcript prints under the asker's label ("Q: …",
    "Reporter: …"): an interview's answers follow, under their speakers' names."""
    return bool(_ASKER_LABEL.match(text, paragraph.start, paragraph.end))


def _greeting(words: str) -> bool:
    """Whether words under a label are only the start of what is said, to be read on into the
    next paragraph: a short opening not closing a sentence ("Colleagues, friends,"). An answer
    ending with its full stop is whole; the paragraph after it may be the next question ("Q: …")
    or the reporter's own words."""
    return len(words.split()) < _SENTENCE_WORDS and words.rstrip()[-1:] not in (".", "!", "?")


def _label(text: Text, paragraph: Span, spoken: Mentions) -> Mention | None:
    """The speaker a paragraph opens with as a transcript's label: "X:", "President of Norway
    X:", the colon straight after the name and words after it."""
    named = spoken.starting_in(Span(paragraph.start, min(paragraph.end, paragraph.start + 120)))
    if not named:
        return None
    first = named[0]
    lead = text.text[paragraph.start : first.span.start]
    if lead and not OFFICES.fullmatch(lead):
        return None
    if not _LABEL_COLON.match(text.text, first.span.end, paragraph.end):
        return None
    return first


def speaker_on_a_name_line(text: Text, quote: Quote, spoken: Mentions) -> Person | None:
    """A quote on a line of its own under a line that only names someone ("Ambassador X -
    Secretary General") or over one that is a dash and a name ("— X, president of Kenya"),
    as transcripts and round-ups print who speaks; or followed on its line by a dash and a
    name, as a headline gives it ("‘We are ready’ - X")."""
    start = text.text.rfind("\n", 0, quote.opening) + 1
    end = text.text.find("\n", quote.closing)
    end = len(text.text) if end == -1 else end
    if _KICKER.fullmatch(text.text, start, quote.opening) and _DASH.match(
        text.text, quote.closing + 1, end
    ):  # a headline's "‘We are ready’ - X", "Summit: ‘We are ready’ — X"
        return _named_on_line(text, Span(quote.closing + 1, end), spoken, dash=True)
    if text.text[start : quote.opening].strip() or text.text[quote.closing + 1 : end].strip(
        PUNCTUATION_AFTER
    ):
        return None  # the quote shares its line with other words
    above, below = _line_before(text.text, start), _line_after(text.text, end)
    named_above = _named_on_line(text, above, spoken, dash=False) if above else None
    return named_above or (_named_on_line(text, below, spoken, dash=True) if below else None)


def _named_on_line(text: Text, line: Span, spoken: Mentions, *, dash: bool) -> Person | None:
    """The one person a line names and does nothing else with: titles, the name, and after a
    dash or comma a description; led by a dash when ``dash``."""
    named = spoken.starting_in(line)
    if len(named) != 1:
        return None
    lead = text.text[line.start : named[0].span.start]
    if dash != bool(_DASH.match(lead)):
        return None
    lead = _DASH.sub("", lead, count=1)
    if not TITLES_ONLY.fullmatch(lead) or not _NAME_LINE_AFTER.fullmatch(
        text.text, named[0].span.end, line.end
    ):
        return None
    return named[0].person


def _line_before(text: str, start: int) -> Span | None:
    """The nearest line with words before the line starting at ``start``."""
    end = start - 1
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        words = text[line_start:end]
        if words.strip():
            return Span(line_start, line_start + len(words.rstrip()))
        end = line_start - 1
    return None


def _line_after(text: str, end: int) -> Span | None:
    """The nearest line with words after the line ending at ``end``."""
    while end < len(text):
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end == -1 else line_end
        words = text[end + 1 : line_end]
        if words.strip():
            first = end + 1 + len(words) - len(words.lstrip())
            return Span(first, first + len(words.strip()))
        end = line_end
    return None
