"""A sentence's clauses, and the lists that run over several sentences.

Attendance is read clause by clause: a clause ends at a semicolon, a colon before a list, a
dash set off by spaces or a comma before a new subject, so that "X skipped the summit; Y
attended" puts only Y there. A list led into by a colon ("The leaders attending are:") or "the
following" carries its lead over the bulleted, numbered or short lines of names after it.
"""

from __future__ import annotations

import re

from db.draft.countries import gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE_PATTERN
from db.draft.words import MONTH, SPEECH_VERB

# "When asked whether X would attend, Y said …": the question's words are not Y's doing.
_ASKED_OPENING = lazy_compile(r"(?:When[ ])?[Aa]sked\b[^,;]*,[ ]")


# "A roadmap was adopted at the summit, X told reporters.": what X reports is not X's doing
# (unless the sentence opens with where or how X spoke: "At the summit, X said"); nor what a
# spokesman passes on to the press ("…, X, the premier's press chief, informed the news agency").
_TO_THE_PRESS = (
    r"(?:informed|told)[ ](?:the[ ])?(?:[\w-]+[ ]){0,2}?(?:news[ ]agency|press|reporters"
    r"|journalists)\b"
)
_REPORTED_BY = lazy_compile(
    rf"(?<=,[ ])(?:[{UPPER}][\w.’'-]*[ ]|[a-z]+[ ]){{0,6}}?[{UPPER}][\w’'-]+"
    # "…, X, deputy minister in charge of trade, said Monday": an appositive before the verb
    rf"(?:(?:,[ ][^,;]{{1,60}},)?[ ](?:{SPEECH_VERB})\b"
    # "…, X, the premier's press chief informed the news agency": to the press, the
    # appositive's closing comma at times left out
    rf"|(?:,[ ][^,;]{{1,60}}?,?)?[ ]{_TO_THE_PRESS})[^,;]{{0,40}}"
    # "…, X said Sunday, Nordic Press reported.": the news agency that passes it on
    rf"(?:,[ ](?:[{UPPER}][\w.’'-]*[ ]){{1,3}}(?:reported|reports|said|says)[.]?)?$"
)


_SCENE_OPENING = lazy_compile(r"(?:At|During|On|In|While|After|Before|[A-Z][a-z]+ing)\b")


# "At the time of filing this report, ": a phrase opening the sentence, set off by a comma
_OPENING_PHRASE = lazy_compile(rf"{_SCENE_OPENING.pattern}[^,;]*,[ ]")


DAY_OR_MONTH = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH})"


_CLAUSE_BOUNDARY = lazy_compile(
    r",[ ]so[ ]|;[ ]|,[ ]but[ ]|,[ ]while[ ]|,[ ]although[ ]|,[ ]because[ ]|,[ ]after[ ]"
    # "…, days after X was impeached": another time (see _EARLIER)
    r"|,[ ](?=(?:(?:a|one|two|three|several|few|just|only|some|\d+)[ ])?"
    r"(?:days?|weeks?|months?|years?|decades?)[ ](?:after|before)\b)"
    # "X told reporters that the leaders met at the summit": what X reports is not X's doing.
    rf"|\b(?:{SPEECH_VERB})[ ](?:[^;.]{{0,40}}?[ ])?that[ ]"
    r"|\b(?:indicat|suggest|signal|hint|insist|argu|believ|predict)\w*[ ]that[ ]"
    # "A spokesman said the leaders include X": the one who says it is not among them
    rf"|\b(?:said|says|added|noted|confirmed|announced)[ ](?:{DAY_OR_MONTH}[ ])?"
    rf"(?=(?:the|a|an)[ ]|(?!{DAY_OR_MONTH}\b)[{UPPER}])"
)


# Possessive, as each item begins with a different character: backtracking through every way
# to split a long list of capitalised words took seconds on a communiqué's roll of leaders.
# "Addressing the ceremony were: X, Prime Minister of Kenya; Y, newly elected President of
# Chile; and Z": after a colon, a semicolon before a name parts the items of one list.
_ITEM_OF_A_COLON_LIST = lazy_compile(rf"(?:and[ ])?[{UPPER}][\w.’'-]*[ ][{UPPER}]")


# An item may hold a degree in brackets ("X (PhD), Special Envoy"), an office after "the"
# and a word in lower case ("X, the outgoing Chairperson of …") and a name's particles in lower
# case ("King X bin Y Al-Z", "Jorge de Almeida"); an item may name the office again by "that of"
# ("President of Chile X; that of Peru, Y"). The last may end the list with "among others", or
# join one more by "as well as" ("…; and X, Prime Minister of Sweden as well as Y").
_LIST_ITEMS = lazy_compile(
    rf"(?:the\s[a-z]+\s(?=[{UPPER}])|(?:and|as\swell\sas|from|of|the|for|to|in|on|(?:that|those)\sof)\s|[–—]\s"
    rf"|(?:bin|ibn|bint|de|da|dos|del|van|von)\s(?=[{UPPER}])"
    # "…; Bosnian Presidency members A, B and C; …": the office several of the names hold
    rf"|(?:members|leaders|ministers|presidents)\s(?=[{UPPER}])"
    rf"|[{UPPER}][\w.’'-]*+,?\s?|\([{UPPER}][\w.’' -]*+\),?\s?|\s)*+"
    r"(?:(?:among(?:st)?\s)?others)?[.;]?"  # "and" before "others" is an item's joiner
)


# … and the last item, before the verb closing the sentence: "The presidents of Norway, X; Chile,
# Y; and Peru, Z are attending the session"
_LAST_ITEM_THEN_VERB = lazy_compile(
    rf"{_LIST_ITEMS.pattern}(?<=[ ])(?:are|were|will|have|had|all|also|both)[ ][a-z]"
)


# a list's last paragraph, after those ending on a semicolon: "…; and Senator the Honourable X,
# Minister of …."
_LAST_ITEM = lazy_compile(r"[^.;]{0,300};[ ]and[ ][^;]*[.]$|and[ ][^;]*[.]$")


# "Leaders attending include:", "The summit was attended by the following Heads of State"
_LEADS_A_LIST = lazy_compile(r"(?::|\bthe[ ]following(?:[ ][\w-]+){0,5})\s*$", re.IGNORECASE)


LIST_ITEM = lazy_compile(r"\s*[-•*–—·]\s")


# "Zambia His Excellency Mr. X, President of …", "Lesotho Right Hon. X": a roll's item opens with
# the words of a country's name (checked in code) and a form of address.
_COUNTRY_THEN_ADDRESS = lazy_compile(
    rf"((?:[{UPPER}][\w'’-]*|of|the)(?:[ ](?:[{UPPER}][\w'’-]*|of|the)){{0,4}}?):?[ ]"
    r"(?=(?:His|Her)[ ]|(?:The[ ])?(?:Right|Rt\.?)[ ]Hon|Hon\.?[ ]|H\.?[ ]?E\.?[ ])"
)


ITEM_NUMBER = lazy_compile(r"\(?\d{1,2}[.)]")


_LIST_ITEM_WORDS = 12
# "H. E. X, Minister of … of A H. E. Y, Minister of … of B": two items of a roll run together
# where the page lost the line between them, each opening with its form of address
_ADDRESS_OPENING = lazy_compile(
    r"(?:^|(?<=\s))(?:H\.[ ]?E\.|HE|Hon\.|His[ ]Excellency|Her[ ]Excellency)[ ]"
)


def list_lead_over(sentence: str, lead: str, *, numbered: bool = False) -> str:
    """The words that lead into a list ("Leaders attending include:", or a paragraph ending on a
    semicolon, the list going on in the next) while ``sentence`` is the
    lead or an item of its list (a paragraph ending on a semicolon after such a lead, or its
    last, "…; and X, Minister of …."; a bulleted line, a short one of names and titles, a name after
    an item's number, or a line opening with a country and a form of address: "Zambia His
    Excellency Mr. X, …", also the first item after the lead's colon), else "". A numbered item is one however long it runs ("2. X, Minister for
    Trade (representing …)"), so the items after it stay on the list; a numbered paragraph that
    opens with no name ("5. Summit also elected …") ends it."""
    if _LEADS_A_LIST.search(sentence):
        return sentence
    lead_in, colon, first_item = sentence.partition(": ")
    if colon and _opens_with_a_country_and_an_address(first_item):
        return lead_in + colon  # "… attended by the following: Chile His Excellency X, …"
    if lead and (
        LIST_ITEM.match(sentence)
        or names_and_titles_only(sentence)
        or (numbered and _ITEM_OF_A_COLON_LIST.match(sentence))
        or _opens_with_a_country_and_an_address(sentence)
    ):
        return lead
    if lead.endswith(";") and (sentence.endswith(";") or _LAST_ITEM.match(sentence)):
        return lead  # "… was attended by X, Minister of …;" ⏎ "Y, …;" ⏎ "Z, …; and W, …."
    if sentence.endswith(";"):
        return sentence  # a paragraph whose list goes on in the next
    return ""


def _opens_with_a_country_and_an_address(sentence: str) -> bool:
    """ "Zambia His Excellency Mr. X, President of …, and Incoming Chairperson of …": a roll's
    item however long it runs, as the country it opens with says whose the name after is."""
    opening = _COUNTRY_THEN_ADDRESS.match(sentence)
    return opening is not None and gazetteer().country_named(opening.group(1)) is not None


def names_and_titles_only(line: str, *, any_length: bool = False) -> bool:
    """ "Erik Lund, prime minister of Sweden": a short line with no word but names and titles,
    or a few such run together in a roll's line ("A: HE President X B: HE Y", "H.E. X, Minister
    of A H.E. Y, Minister of B")."""
    words = TITLE_PATTERN.sub("", line).split()
    items = max(1, line.count(": "), len(_ADDRESS_OPENING.findall(line)))
    return (any_length or len(words) <= _LIST_ITEM_WORDS * items) and not any(
        len(word) > 3 and word.islower() for word in words
    )


# "On 17 May, ": a day, not where someone spoke
_DATE_OPENING = lazy_compile(rf"On[ ](?:\d|{DAY_OR_MONTH}\b)")


def _opens_on_a_scene(text: Text, sentence: Span) -> bool:
    """Whether the sentence opens with where or how someone spoke ("At the summit, X said"),
    which holds for whoever reports in it; a day it opens on ("On 17 May, A will attend …, X
    informed the agency") places no one."""
    return _SCENE_OPENING.match(text.text, sentence.start) is not None and not (
        _DATE_OPENING.match(text.text, sentence.start)
    )


def clauses(text: Text, sentence: Span) -> list[Span]:
    starts = [sentence.start]
    asked = _ASKED_OPENING.match(text.text, sentence.start, sentence.end)
    if asked:
        starts.append(asked.end())
    reported = _REPORTED_BY.search(text.text, sentence.start, sentence.end)
    if reported and not _opens_on_a_scene(text, sentence):
        starts.append(reported.start())
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text.text, *_bounds(sentence)))
    following = [match.start() for match in boundaries[1:]] + [sentence.end][: len(boundaries)]
    starts += [
        match.end()
        for match, end in zip(boundaries, following, strict=True)
        # "the presidents of Norway, X; Chile, Y": a semicolon between items of one list, as
        # after items alone that the verb closing the sentence tells of ("Presidents of
        # Norway, X; Chile, Y and Peru, Z are also here", "…; and Peru, Z are here")
        if not (
            match.group(0).startswith(";")
            and (
                _LIST_ITEMS.fullmatch(text.text, match.end(), end)
                or _LAST_ITEM_THEN_VERB.match(text.text, match.end(), end)
                or _ITEM_OF_A_COLON_LIST.match(text.text, match.end(), end)
                and ":" in text.text[sentence.start : match.start()]
                or names_and_titles_only(
                    text.text[_past_opening_phrase(text, sentence) : match.start()],
                    any_length=True,
                )
            )
        )
    ]
    starts.sort()
    ends = starts[1:] + [sentence.end]
    return [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def _past_opening_phrase(text: Text, sentence: Span) -> int:
    """Where the sentence goes on after a phrase opening it ("At the time of filing this report,
    the Chilean President, X; …"): a list of leaders may begin there."""
    opening = _OPENING_PHRASE.match(text.text, sentence.start, sentence.end)
    return opening.end() if opening else sentence.start


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end
