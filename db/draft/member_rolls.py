"""A communiqué's roll of those present, read as the members it names: "Summit was attended by
the following Heads of State and Government:" and a country a line, "Other Members of the
Conference in attendance were: Prime Minister of A, Hon. X; President of B, Y", "Associate
Members present were: …", the chair named before the roll, and "A was represented by X" beside
a roll of members (not beside one of "the following Leaders", which calls no one a member).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from db.draft.countries import Gazetteer
from db.draft.forms_of_address import ADDRESS_OPENING
from db.draft.lazy_regex import lazy_compile
from db.draft.member_lists import BULLET, Claim
from db.draft.member_phrases import NOT_MEMBERS, compiled_rules, names_pattern, status_of
from db.draft.model import Organization
from db.draft.text import Span, Text
from db.draft.titles import TITLE, TITLE_PATTERN

# A communiqué's roll of who attended: "Summit was attended by the following Heads of State
# and Government:" and a country a line, or "Other Members of the Conference in attendance
# were: Prime Minister of A, Hon. X; President of B, Y" and "Associate Members present were: …",
# also without the colon when an office or a state follows ("Other members of the Conference in
# attendance were Prime Minister of A, …", "The Associate Member in attendance was C", "X
# Leaders in attendance included the Prime Minister of A, …")
_ROLL_LEAD = lazy_compile(
    r"(?:\b(?:(?i:attended|represented)[ ]by|(?i:present)[ ]at[ ]the[ ]\w+[ ]were)[ ]the[ ]"
    r"(?i:following|under-?listed|under-?mentioned)[ ](?:[A-Z][\w-]*[ ])?(?i:heads?[ ]of[ ]states?"
    r"|leaders|delegations)\b[^.:]*|(?<![\w-])(?:(?P<kind>[A-Z][a-z]+)[ ])?(?:[Mm]embers?|Leaders)"
    r"(?:[ ]of[ ]the[ ][A-Z][\w ]{1,40}?)?"
    r"[ ](?:in[ ]attendance|present)[ ](?:were|was|included))"
    r"(?P<colon>:)?(?P<inline>[ ]\S)?"
)


# a roll's line opens on its state ("A HE President X") or names it by the head's office
# ("H.E. X, President of the Republic of A.", "… of the Togolese Republic", the state's long
# name whole), a page's spaces doubled where its lines were broken
_STATE_OF_A_LINE = lazy_compile(
    r"$|.*\sof\s+(?:the\s+(?:(?:[A-Z]\w+\s+){0,2}Republic\s+of\s+)?)?$", re.DOTALL
)


# a line naming who else came: "3. Summit was also attended by HE X, the President of A"
_ALSO_ATTENDED = lazy_compile(r"\b(?i:also|too)[ ](?:(?i:attended|present|in[ ]attendance))\b")


# "Ambassador of A to the Republic of B": B is where the envoy serves
_POSTED_TO = lazy_compile(r"[ ]to[ ](?:the[ ](?:[A-Z]\w+[ ]){0,2}Republic[ ]of[ ]|the[ ])?$")


def roll_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """The states a communiqué's roll names, each with its head or envoy, in a report that
    names the organization: its members (associate members when the roll says so)."""
    names_the_body, _ = compiled_rules(names_pattern(organization))
    if not names_the_body.search(text.text):
        return []
    found = []
    for index, sentence in enumerate(text.sentences):
        lead = _ROLL_LEAD.search(text[sentence])
        if lead is None or NOT_MEMBERS.search(text[sentence], 0, lead.start()):
            continue
        if not lead.group("colon") and not _opens_on_a_state(
            text, countries, sentence.start + lead.end() - 1
        ):
            continue
        kind = (lead.group("kind") or "").lower()
        status = status_of(kind, "member") if kind != "other" else "member"
        if status is None:
            continue
        if lead.group("inline"):
            # the roll runs to its paragraph's end, past "Dr. the Rt. Hon." that end a sentence
            paragraphs = text.paragraphs
            at = next(i for i, p in enumerate(paragraphs) if p.start <= sentence.start < p.end)
            start = sentence.start + lead.end() - 1
            end = _inline_roll_end(text, index, paragraphs[at].end)
            if (colon := text.text.find(":", start, end)) >= 0:  # "… was also attended by:"
                cut = max(text.text.rfind(". ", start, colon), text.text.rfind("; ", start, colon))
                end = cut if cut > start else end
            of_members = _names_members(lead)
            found += [
                Claim(status, None, state.span, sentence)
                for state in countries.find(text.text, start, end)
                if not _POSTED_TO.search(text.text, start, state.span.start)
                and (of_members or not _WAS_REPRESENTED.match(text.text, state.span.end))
            ]
            if at + 1 < len(paragraphs) and of_members:
                found += _represented(text, countries, status, paragraphs[at + 1])
            if kind == "other":  # "Other Members …": the chair named before is one too
                found += _chair_before(text, countries, paragraphs[max(0, at - 2)].start, sentence)
            if at + 1 < len(paragraphs) and BULLET.match(text.text, paragraphs[at + 1].start):
                # "…representatives: The Summit was chaired by X." over the roll's bullets: a
                # page that put a sentence of its own after the colon
                next_line = text.sentence_index(paragraphs[at + 1].start)
                found += _roll_lines(text, countries, status, text.sentences[next_line:])
            continue
        found += _roll_lines(text, countries, status, text.sentences[index + 1 :])
    return found


def _names_members(lead: re.Match[str]) -> bool:
    """Whether the roll's lead calls those on it members ("Other Members of the Conference in
    attendance were: …"), so that a state "represented by" an envoy beside them is listed as
    one; "attended by the following Leaders: …" names leaders, and a state represented by
    someone else beside them is not said to be a member."""
    return bool(re.search(r"\b[Mm]embers?\b", lead.group(0)))


# "… High Commissioner to A 3.": the next numbered paragraph's number, run onto the roll's end
_NEXT_NUMBER = lazy_compile(r"\s\d{1,2}\.$")


# a communiqué's heading, on a line of its own or run onto the line after it where lines are
# read as one: "… Deputy Premier. OPENING CEREMONY The Opening Ceremony was …"
_HEADING_LINE = lazy_compile(
    r"(?:\n|(?<=[.;]\s))[A-Z][A-Z&'’-]+(?:[ ][A-Z][A-Z&'’-]+)+(?=\n|[ ][A-Z][a-z])"
)


def _inline_roll_end(text: Text, index: int, paragraph_end: int) -> int:
    """Where a roll run onto its lead's line ends: at its paragraph's end, or before, where a
    heading or the next numbered paragraph begins or a sentence says who else came ("4. Summit
    was also attended by X, the President of A") — a communiqué whose lines a page ran
    together."""
    if heading := _HEADING_LINE.search(text.text, text.sentences[index].start, paragraph_end):
        paragraph_end = heading.start()
    for at, sentence in enumerate(text.sentences[index:]):
        if sentence.start >= paragraph_end:
            break
        if at and _ALSO_ATTENDED.search(text[sentence]):
            return sentence.start
        if _NEXT_NUMBER.search(text[sentence]):
            return sentence.end
    return paragraph_end


_HEADS = r"[ ](?:heads[ ]of[ ](?:state|government)|leaders)\b"
# A roll of the body's heads recalled as "those heads": "Twelve Lagcom heads of state
# gathered … Those heads of state meeting with X were: Prime Minister of A, Y; President of B Z"
_THOSE_HEADS = lazy_compile(
    rf"(?:Those|These){_HEADS}[^.:;]{{0,60}}?[ ](?:were|are|included|include):[ ]"
)


def recalled_roll_claims(
    text: Text, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """The states of a roll of "those heads" the sentence before names as the body's heads
    ("Twelve Lagcom heads of state met …"): the body's members, each named by its head's
    office, not the leader they met, named in the lead before the colon."""
    the_bodys_heads = re.compile(rf"(?i:{names_pattern(organization)}){_HEADS}")
    found = []
    for before, sentence in pairwise(text.sentences):
        lead = _THOSE_HEADS.match(text[sentence])
        if lead is None or not the_bodys_heads.search(text[before]):
            continue
        start = sentence.start + lead.end()
        found += [
            Claim("member", None, state.span, sentence)
            for state in countries.find(text.text, start, sentence.end)
            if not _POSTED_TO.search(text.text, start, state.span.start)
        ]
    return found


def roster_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """The states listed a line each under a heading of the body's members, as a fact box
    prints them ("The Lagoon Union Roster", "Members of the Lagoon Union:", "Lagoon Union
    member states"), up to the first line that is no state's name alone."""
    heading = _roster_heading(names_pattern(organization))
    found = []
    for match in heading.finditer(text.text):
        for line in _LINE.finditer(text.text, match.end()):
            item = _BULLETED_ITEM.fullmatch(line.group(0))
            if (
                item is None
                or countries.country_named(item["name"]) is None
                or countries.is_demonym(item["name"])
            ):
                break  # no state's name alone on the line: the list has ended
            name = Span(line.start() + item.start("name"), line.start() + item.end("name"))
            found.append(Claim("member", None, name, text.sentence_at(line.start())))
    return found


@cache
def _roster_heading(names: str) -> re.Pattern[str]:
    """A line that is a heading of the members of the body ``names`` names, alone."""
    kind = r"(?:[ ]states|[ ]countries|[ ]nations|s)"
    return re.compile(
        rf"^[ \t]*(?:(?:The[ ])?(?:{names})(?:['’]s)?[ ](?:[Mm]ember{kind}|[Rr]oster)"
        rf"|Member{kind}[ ]of[ ](?:the[ ])?(?:{names})):?[ \t]*$",
        re.MULTILINE,
    )


# the lines after a heading, each read whole; an item's bullet and the spaces around it
_LINE = lazy_compile(r"(?<=\n)[^\n]*")
_BULLETED_ITEM = lazy_compile(r"\s*(?:[•●▪*·–—-][ ]?)?(?P<name>[^•●▪\n]*?)\s*")


def _roll_lines(text: Text, countries: Gazetteer, status: str, lines: list[Span]) -> list[Claim]:
    """The states of a roll's lines, one a line, up to a roll of guests or two lines that open
    on no state."""
    found = []
    missed = 0
    for line in (item for sentence in lines for item in _bulleted_items(text, sentence)):
        if not text[line].strip():
            continue  # a line of spaces between a page's items
        if text[line].rstrip().endswith(":") or _ALSO_ATTENDED.search(text[line]):
            break  # "The Summit was also attended by:": another roll, of guests
        first = countries.find(text.text, line.start, line.end)
        if first and _STATE_OF_A_LINE.match(text.text, line.start, first[0].span.start):
            found.append(Claim(status, None, first[0].span, line))
            found += [  # lines run together: "A: HE X B: HE Y"
                Claim(status, None, state.span, line)
                for state in first[1:]
                if text.text.startswith(": ", state.span.end)
            ]
            missed = 0
        elif (missed := missed + 1) > 1:
            break  # two lines that begin with no state end the roll; one may be a state
            # the table spells otherwise
    return found


# a bullet after a space: a roll's lines, which a line break alone does not part into sentences
_INNER_BULLET = lazy_compile(r"(?<=\s)[•●▪][ ]")


def _bulleted_items(text: Text, sentence: Span) -> list[Span]:
    """The sentence's items, each from a bullet to the next ("• H.E. X, President of A
    • H.E. Y, President of B"), or the sentence whole."""
    starts = [sentence.start]
    bullets = _INNER_BULLET.finditer(text.text, sentence.start, sentence.end)
    starts += [bullet.start() for bullet in bullets]
    return [Span(start, end) for start, end in pairwise([*starts, sentence.end])]


def _opens_on_a_state(text: Text, countries: Gazetteer, start: int) -> bool:
    """Whether a roll with no colon after its lead opens on a head's office, a state or a form
    of address ("were Prime Minister of A, …", "was C", "were Honourable X, …"), as a roll
    does, not on words of its own."""
    at = start + 4 if text.text.startswith("the ", start) else start
    if TITLE_PATTERN.match(text.text, at) or ADDRESS_OPENING.match(text.text, at):
        return True
    state = countries.find(text.text, at, at + 60)
    return bool(state) and state[0].span.start == at


# "under the chairmanship of the Prime Minister of A", "Chair of the Conference, President of B"
_CHAIRED_BY = lazy_compile(
    r"\b(?i:chair(?:man|person|woman)?(?:ship)?)\b[^.;:]{0,40}?\b(?:the[ ])?"
    rf"(?i:{TITLE})[ ]of[ ]"
)


def _chair_before(text: Text, countries: Gazetteer, start: int, roll: Span) -> list[Claim]:
    """The chair's state, named before a roll of the "other" members."""
    for chaired in _CHAIRED_BY.finditer(text.text, start, roll.start):
        state = countries.find(text.text, chaired.end(), roll.start)
        if state and state[0].span.start == chaired.end():
            sentence = text.sentence_at(chaired.start())
            return [Claim("member", None, state[0].span, sentence)]
    return _chair_named_first(text, countries, start, roll)


# "The Republic of A was represented by": the state named in full opens the sentence; "the
# Prime Minister of the Republic of A"
_IN_FULL_BEFORE = lazy_compile(r"(?:[Tt]he[ ])?(?:(?:[A-Z][a-z]+[ ]){1,2}of[ ](?:[Tt]he[ ])?)?")


# "…, chaired the proceedings", "…, presided over the meeting", "…, presided."; a communiqué
# may capitalise its verb: "…, Chaired the proceedings"
_CHAIRED = lazy_compile(r"[ ](?i:(?:chaired|presided[ ]over)[ ]the\b|presided[.;])")


def _chair_named_first(text: Text, countries: Gazetteer, start: int, roll: Span) -> list[Claim]:
    """The state of the head whose office opens a sentence saying they chaired, or follows
    the name that opens it, before a roll of the "other" members ("The President of A, His
    Excellency X, chaired the proceedings", "The Honourable X, Prime Minister of A, presided.")."""
    for sentence in text.sentences:
        if not start <= sentence.start < roll.start:
            continue
        if not _CHAIRED.search(text.text, sentence.start, sentence.end):
            continue
        office = _office_opening(text, sentence)
        if office is None or not text.text.startswith(" of ", office.end()):
            continue
        at = office.end() + 4
        in_full = _IN_FULL_BEFORE.match(text.text, at)  # "of the Republic of A"
        state = countries.find(text.text, at, sentence.end)
        if state and at <= state[0].span.start <= (in_full.end() if in_full else at):
            return [Claim("member", None, state[0].span, sentence)]
    return []


def _office_opening(text: Text, sentence: Span) -> re.Match[str] | None:
    """The office that opens a sentence ("The President of A, X, chaired …"), or that follows
    the name opening it ("The Honourable X, Prime Minister of A, presided.", "His Excellency,
    X, President of A, presided.")."""
    at = sentence.start + 4 if text.text.startswith("The ", sentence.start) else sentence.start
    for _ in range(3):
        if office := TITLE_PATTERN.match(text.text, at):
            return office
        comma = text.text.find(", ", at, sentence.end)
        if comma < 0:
            return None
        at = comma + 2
    return None


# "… was represented by", "The Bahamas , was represented by": a space astray before a comma
_WAS_REPRESENTED = lazy_compile(r"[ ]?,?[ ](?:was|were)[ ]represented[ ]by[ ]")


# "…; C was represented by", "… and C …", "…, while C …": a clause of its own
_NEXT_CLAUSE = lazy_compile(r"(?:;|[ ]and|,[ ](?:while|whereas))\s+$")


def _represented(text: Text, countries: Gazetteer, status: str, paragraph: Span) -> list[Claim]:
    """The roll's states whose heads sent an envoy, in the paragraph after it: "B was
    represented by the Minister of Foreign Affairs, Hon. X; C was represented by …"."""
    found = []
    for mention in countries.find(text.text, paragraph.start, paragraph.end):
        before = text.text[max(paragraph.start, mention.span.start - 10) : mention.span.start]
        sentence = text.sentence_at(mention.span.start)
        opens = _IN_FULL_BEFORE.fullmatch(
            text.text, sentence.start, mention.span.start
        ) or _NEXT_CLAUSE.search(before)
        if opens and _WAS_REPRESENTED.match(text.text, mention.span.end):
            found.append(Claim(status, None, mention.span, sentence))
    return found
