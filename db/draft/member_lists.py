"""Members as wire copy lists them: where a list of countries begins and ends, and the status
the phrase near it gives (the phrases are in member_phrases; a communiqué's roll of those
present is read in member_rolls). A list may follow the sentence that names the members ("The
bloc has ten members. They are A, B and C.", "Its members are:" and a country a line), or be
as long as the count the text gives ("the seven-member grouping").

A list is read only as far as it goes on naming countries one after another ("A, B, and the
C"), and ends after its "and" or an "as well as" that follows it ("A, B and C as well as D",
"along with D"), so a country later in the sentence is not taken for a member. Its items may be
parted by commas, semicolons or bullets, and a last one added by "plus". Between its items it
may give an abbreviation or an aside in brackets ("A (President X)"), a name the gazetteer does
not know (a member body: "Chinese Taipei"; a country misspelt, "and" in it too: "Saint Kits and
Nevis"), a count of countries and some of them ("and 15 Pacific nations including C"), or a leader for a country ("Brazilian Ana Ruiz",
"Kazakh leader Ana Ruiz", "President Ana Ruiz of Brazil"). Members of another body or of a
panel it sets up ("Y member A" in a report on X, "the Y Alliance, consisting of A, B", "a
committee consisting of A, B") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from db.draft.countries import CountryMention, Gazetteer
from db.draft.lazy_regex import lazy_compile
from db.draft.member_phrases import (
    ANY_KIND,
    KIND,
    KIND_WORDS,
    NEIGHBOURS,
    NO_MEMBER_NOW_WORDS,
    NOT_MEMBER_WORDS,
    NOT_MEMBERS,
    WISHED_FOR,
    body_pattern,
    compiled_rules,
    names_pattern,
    status_of,
)
from db.draft.model import Organization
from db.draft.text import UPPER, Span, Text
from db.draft.titles import TITLE
from db.draft.words import (
    BODY_NOUNS,
    CAPITALISED_RUN,
    MONTH,
    NOT_NAMES,
    NUMBER_WORDS,
    ORGANIZATION_NOUNS,
    SPEECH_VERB,
)


@dataclass(frozen=True)
class Claim:
    """A phrase that gives members a status; ``region`` is where the members are named."""

    status: str
    joined: str | None
    region: Span
    sentence: Span
    is_list: bool = False  # the region is a list's items, bodies among them too
    unknown: tuple[Span, ...] = ()  # names between its countries that no country goes by
    owner: bool = False  # the region is one country, written any way: "Armenian membership"


# "observers included representatives from A and B"
# "… comprises 19 countries plus the A Union and the B Union": the bodies are the list
# "… members, only A and B", "both A and B"
# "made up of NATO members A and B, plus non-members C and D": whose members they are besides,
# which says nothing against their being this body's
_MEMBERS_OF_ANOTHER = r"(?:(?:[A-Z]{2,}|[A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,3})[ ]|non-)members[ ]"
_LIST_LEAD = lazy_compile(
    r"(?:[-•·*][ ])?(?:(?:only|just|both|notably|namely)[ ])?(?:(?:the[ ])?(?:leaders|representatives|delegations|envoys)[ ](?:of|from)[ ])?"
    r"(?P<count>(?:\d+|[a-z]+)[ ](?:[a-z]+[ ])?(?i:countries|nations|states|member[ ]states"
    # (not ", and", which ends a relative clause: "X, which comprises 57 countries, and Y")
    r"|economies)(?:,?[ ]plus|,?[ ]as[ ]well[ ]as|[ ]and|,?[ ]including|,[ ]namely|,(?![ ]and\b))[ ]"
    # "countries such as A and B", "democracies like A"
    r"|(?:[a-z][\w-]*[ ])?(?:countries|nations|states|economies|democracies|monarchies)"
    r"(?:[ ]such[ ]as|[ ]like|,?[ ]including)[ ]"
    # a kind the list's first countries are of: "Portuguese-speaking countries A and B, C"
    r"|(?P<kind>(?:[\w-]+[ ])?(?:countries|nations|states)[ ](?=[A-Z])))?(?:the[ ])?"
    rf"(?:{_MEMBERS_OF_ANOTHER})?"
)
# a count of countries inside a list, then some of them: "A, B and 15 Pacific nations including
# C and D" (not guests or partners: "and two partner states, namely E")
_SUB_LIST = lazy_compile(
    r"(?:\d+|(?i:" + "|".join(NUMBER_WORDS) + r"))[ ](?!(?:[\w-]+[ ]){0,2}?(?i:observer|partner"
    r"|guest|candidate))(?:[\w-]+[ ]){0,2}?(?i:countries|nations|states|economies),?[ ]"
    r"(?:including|among[ ]them|such[ ]as|namely)[ ](?:the[ ])?"
)
# "Leaders of the bloc's ten member states came. Among them were A's X and B's Y."
_AMONG_THEM = lazy_compile(r"Among[ ](?:them|those)[ ](?:are|were|was|is)[ ]")
_OF_MEMBERS = lazy_compile(
    r"\b(?i:leaders|heads|presidents)[ ]of[ ][^.;]*\bmember(?:s|[ ]states)\b"
)
_THEY_ARE = lazy_compile(r"(?:They|These|Those)[ ](?:are|were|include|included):?[ ]")
# "X member states are A, B and C. Others are D and E.": a list of members run on past its
# sentence
_MEMBERS_ARE = lazy_compile(
    r"\bmember(?:s|[ ](?:states|countries|nations))[ ](?:are|were|include|included):?[ ]"
)
_OTHERS_ARE = lazy_compile(
    r"(?:The[ ])?(?:Others|Other[ ]members)[ ](?:are|were|include|included):?[ ]"
)
_ENDS_ON_MEMBERS = lazy_compile(
    r"(?:\b(?P<kind>founding|full)[ ])?\b(?:members|member[ ](?:states|countries|nations|economies)"
    r"|(?P<observers>observers|observer[ ](?:states|countries|nations)))"
    r"(?:[.]|(?:[ ](?:are|were|include|included))?(?P<colon>:))\s*$"
)
# a list's item on a line of its own: "- A", "• B", "3. C"
BULLET = lazy_compile(r"[-•*·–—][ ]?|\d{1,2}[.)][ ]")
# "Brazilian Ana Ruiz", "Kazakh leader Ana Ruiz", "Chilean foreign minister Ana Ruiz"
_PERSON_AFTER = lazy_compile(rf"[ ](?:(?i:{TITLE})[ ])?(?P<name>{CAPITALISED_RUN.pattern})")
_SINGULAR = lazy_compile(r"\b(?:member|to[ ]join)$")  # "…, the newest member": the last item
# a leader in a list, the country after the name: "President Dr. Ana Maria Ruiz of "
_LEADER_OF = lazy_compile(
    rf"(?i:{TITLE})(?:[ ](?:Dr\.|{CAPITALISED_RUN.pattern})){{1,2}}[ ]of[ ](?:the[ ])?"
)
_LEADER_BEFORE = lazy_compile(rf"{_LEADER_OF.pattern}$")
# a leader in a list, the country in the title: "President of Brazil Ana Ruiz"
_OFFICE_OF = lazy_compile(rf"(?i:{TITLE})[ ]of[ ](?:the[ ])?")
_OFFICE_BEFORE = lazy_compile(rf"{_OFFICE_OF.pattern}$")
_OF = lazy_compile(r"[ ]of[ ](?:the[ ])?")
# a country with a word of description before it: "communist-led Cuba", "oil-rich Peru"; not
# "non-member Chile", which says the opposite of a member
_EPITHET = lazy_compile(r"(?!non-)[a-z]+-[a-z]+[ ]")
_NAME_IN_BRACKETS = lazy_compile(rf"[ ]\((?P<name>{CAPITALISED_RUN.pattern})\)")
# a list's item of a name and its country: "- Ana Ruiz, Peru"
_NAME_ITEM_BEFORE = lazy_compile(
    rf"[-•*–—·][ ](?:[{UPPER}][\w.’'-]*[ ]){{1,4}}?[{UPPER}][\w.’'-]*,[ ]$"
)
# an item's abbreviation or an aside in brackets: "A (AB)", "A (President X)"; not a label
# that gives the list a status: "A and B (member countries)", nor a clause of its own with its
# subject and verb, which ends the list: "A and B (C joined in 2010)", "B (which joined …)"
BRACKETED_CLAUSE = lazy_compile(
    rf"\((?=(?:{CAPITALISED_RUN.pattern}|which|who)[ ]"
    r"(?:[a-z]+ed|is|was|are|were|has|had|have|will|became)\b)"
    r"[^()]*\)"
)
_ABBREVIATION = lazy_compile(
    r"[ ](?!\((?=[^()]*(?i:member|observer|partner|associate|guest)))"
    rf"(?!{BRACKETED_CLAUSE.pattern})\([^()]{{1,40}}\)"
)
_LAST_GLUE = lazy_compile(r"[ ](?:and|&)[ ]")
_AND_NAME = lazy_compile(rf"[ ]and[ ]{CAPITALISED_RUN.pattern}")  # "Saint Kits| and Nevis"
_AS_WELL_AS = lazy_compile(r"[ ](?:as[ ]well[ ]as|along[ ]with|plus)[ ]")
_NAME_GOES_ON = lazy_compile(r"[ -][A-Z][a-z]")  # "Guinea Bissau" is not Guinea
_LIST_GLUE = lazy_compile(
    # "(A, B and C) plus D", "— A, B and C — as well as D", "-- A and B -- as well as
    # neighboring C": a list set off goes on after it
    r"(?:(?:[ ]?[—–)]|[ ]--)[ ]?(?:plus|as[ ]well[ ]as|along[ ]with)[ ](?:neighbou?ring[ ])?"
    r"|[ ]-[ ](?:plus|as[ ]well[ ]as)[ ]"
    r"|[,;]?[ ]and[ ]|,?[ ](?:as[ ]well[ ]as|along[ ]with|plus)[ ]|[,;][ ]|[ ][&•·*-][ ])"
    # "the Government of the Republic of A and the Government of B"
    rf"(?:the[ ](?:Government[ ]of[ ](?:the[ ])?)?|{_MEMBERS_OF_ANOTHER})?"
)
# a relative clause after a status that says the country has gone since: "A, a founding
# member that withdrew in 1976", "B, an observer which was later suspended", "C, one of its
# founders, who quit in 1999", "D, a member until it left in 2006"
_LEFT_SINCE = lazy_compile(
    r",?[ ](?:(?:that|which|who)|until[ ](?:it|they))[ ](?:later[ ]|since[ ]|then[ ]|subsequently[ ]"
    r"|eventually[ ]|has[ ]since[ ]|had[ ]since[ ])?(?:withdrew|left|quit|exited|pulled[ ]out"
    r"|(?:has|have|had)[ ](?:withdrawn|left|quit|exited|pulled[ ]out)"
    r"|(?:was|were|(?:has|have|had)[ ]been)[ ](?:later[ ])?(?:suspended|expelled))\b"
)


def name_goes_on(text: str, end: int) -> bool:
    """Whether a country's name found ending at ``end`` is only the start of another name:
    "Guinea Bissau" is not Guinea."""
    return _NAME_GOES_ON.match(text, end) is not None


def names_a_person(text: str, end: int) -> bool:
    """Whether a demonym ending at ``end`` is followed by a person's name of two words or more
    ("Brazilian Ana Ruiz"), so stands for the country in a list; "Chinese Taipei" does not."""
    return _person_after(text, end, len(text)) is not None


def names_an_office(text: str, start: int) -> bool:
    """Whether the country at ``start`` is named in a title before its holder's name ("President
    of Brazil Ana Ruiz"), so the name after it does not make it part of a longer one."""
    return _OFFICE_BEFORE.search(text, max(0, start - 60), start) is not None


def _person_after(text: str, end: int, limit: int) -> int | None:
    """Where the name of two words or more after ``end`` ends."""
    run = _PERSON_AFTER.match(text, end, limit)
    return run.end() if run and len(run.group("name").split()) >= 2 else None


def continued_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """A list in the sentences after the one that names the members: "The bloc has ten
    members. They are A, B and C.", "Its members are:" and a country a line or bullet, "Its
    member states are A and B. Others are C and D.", or the
    leaders of its members: "Leaders of the bloc's member states came. Among them were A's X
    and B's Y." """
    names_the_body, _ = compiled_rules(names_pattern(organization))
    found = []
    for index, before in enumerate(text.sentences[:-1]):
        ending = _ENDS_ON_MEMBERS.search(text[before])
        among = _AMONG_THEM.match(text[text.sentences[index + 1]])
        if (
            among
            and _OF_MEMBERS.search(text[before])
            and names_the_body.search(text[before])
            and not NOT_MEMBERS.search(text[before])  # "… member states and guests came"
        ):
            lists = _Lists(text, countries, text.sentences[index + 1])
            found += lists.claim("member", None, among.end())
        others = _OTHERS_ARE.match(text[text.sentences[index + 1]])
        if others and _MEMBERS_ARE.search(text[before]) and names_the_body.search(text[before]):
            lists = _Lists(text, countries, text.sentences[index + 1])
            found += lists.claim("member", None, others.end())
        if not (ending and names_the_body.search(text[before])):
            continue
        status = status_of(ending.group("kind"), "member") or "member"
        if ending.group("observers"):
            status = "observer"
        following = text.sentences[index + 1 :]
        if they := _THEY_ARE.match(text[following[0]]):
            found += _Lists(text, countries, following[0]).claim(status, None, they.end())
            continue
        for sentence in following if ending.group("colon") else ():
            item = BULLET.match(text[sentence])
            claimed = _Lists(text, countries, sentence).claim(
                status, None, item.end() if item else 0
            )
            if not claimed:
                break
            found += claimed
    return found


# "the seven-member grouping", "five new observer states", "an association of 12 countries",
# "three Associate Member States"
_COUNTED_KINDS = r"(?i:founding|full|observer|associate)"
_COUNTED = (
    r"(?P<of>\b(?i:association|bloc|group|grouping|alliance|union|organi[sz]ation|club|community"
    r"|forum|partnership)[ ]of[ ](?:(?i:some|about|around)[ ])?)?"
    r"(?<![\w-])(?P<count>\d{{1,2}}|(?i:"
    + "|".join(NUMBER_WORDS)
    + r"))[ -](?:(?!{kinds}[ -])(?:{names}|[A-Z][\w-]*)[ ])?"
    r"(?:(?i:new)[ ])?(?:(?P<kind>{kinds})[ -])?(?:(?i:member)(?:s|[ -]states?|[ -]countries"
    r"|[ -]nations)?|(?<=bserver[ ])(?i:states|countries|nations)"
    r"|(?(of)(?i:nations|countries|states)|(?!))"
    r"|(?i:nations?|countries|states)(?=[ ](?:bloc|group|grouping|alliance"
    r"|organi[sz]ation|union|community|club)\b))\b"
)


# a body named by how many it gathers: "Group of Seven", "G7", "G-5"
_NUMBERED_NAME = lazy_compile(
    r"(?<![\w-])(?:G-?(?P<digits>\d{1,2})|Group[ ]of[ ](?P<count>\d{1,2}|(?i:"
    + "|".join(NUMBER_WORDS)
    + r")))(?![\w-])"
)


# … whose leaders open a sentence as its subject, none beside them: "The leaders of A, B, C,
# D and E have set aside three hours", "The leaders — from A, B, C, D and E — posed", not "Leaders of A, … also attended", "met their
# counterparts from A, …", "joined the talks"
_LEADERS_OF = lazy_compile(
    r"(?:(?:On|At|In|By|After|Before)[ ][^,]{1,40},[ ])?(?:The[ ]|the[ ])?(?i:leaders|heads[ ]of"
    r"[ ](?:state|government)(?:[ ]and[ ]government)?|presidents|prime[ ]ministers)"
    r"(?:[ ]|[ ]?[—–][ ]?|[ ]-[ ])(?:of|from)[ ](?:the[ ])?"
)
_BESIDE_THEM = lazy_compile(
    r"\b(?i:also|too|as[ ]well|in[ ]addition|joined|join|counterparts?|visit\w*|attended|attend)\b"
)


def counted_claims(text: Text, organization: Organization, countries: Gazetteer) -> list[Claim]:
    """A list of as many countries as the text says the organization has members ("the
    seven-member grouping", "five new observer states", "an association of 12 countries"), or
    as its name counts, a list of leaders its sentence is about ("The leaders of A, B, C, D and
    E met" at a "Group of Five" summit): those members, one list of them only, not counting a
    list of guests or observers beside it."""
    pattern = _counted(names_pattern(organization))
    counts: dict[int, str] = {}
    named_by = _count_in_name(organization)
    for match in pattern.finditer(text.text):
        word = match.group("count").lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.index(word) + 1
        kind = (match.group("kind") or "").lower()
        status = "observer" if kind == "observer" else status_of(kind, "member") or "member"
        counts.setdefault(count, status)
    lists: dict[int, list[Claim]] = {}
    for sentence in text.sentences:
        in_sentence = _Lists(text, countries, sentence)
        others = NOT_MEMBERS.search(text[sentence])
        words = text[sentence]
        for start, named, _plain in in_sentence.every_list():
            if named >= 3 and named == named_by and named not in counts:
                leaders = _LEADERS_OF.fullmatch(words, 0, start)
                if leaders is None or _BESIDE_THEM.search(words):
                    continue
                lists.setdefault(named, []).extend(in_sentence.claim("member", None, start))
            elif named >= 3 and named in counts:
                status = counts[named]
                if others and not (status == "observer" and others.group(0).lower() == "observer"):
                    continue
                claims = in_sentence.claim(status, None, start)
                lists.setdefault(named, []).extend(claims)
    return [claims[0] for claims in lists.values() if len(claims) == 1]


def _count_in_name(organization: Organization) -> int | None:
    """How many the organization's name says it gathers ("Group of Seven", "G8"), if it does."""
    for name in filter(None, (organization.name, organization.abbreviation)):
        if numbered := _NUMBERED_NAME.search(name):
            word = (numbered.group("digits") or numbered.group("count")).lower()
            return int(word) if word.isdigit() else NUMBER_WORDS.index(word) + 1
    return None


@cache
def _counted(names: str) -> re.Pattern[str]:
    return re.compile(_COUNTED.format(names=names, kinds=_COUNTED_KINDS))


_NON = ("non-", "Non-")


def listed_claims(
    text: Text, sentence: Span, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """The claims one sentence makes in the list phrasings wire copy uses."""
    words = text[sentence]
    body = body_pattern(organization)
    names_the_body, rules = compiled_rules(names_pattern(organization))
    named = names_the_body.search(words)
    lists = _Lists(text, countries, sentence)
    found: list[Claim] = []
    for rule, pattern in rules:
        for match in pattern.finditer(words):
            if rule.needs_body and not (named and named.start() < match.start()):
                continue
            if rule.reads == "after" and another_bodys_list(words, match.end(), body):
                continue
            if words.endswith(_NON, 0, match.start()):
                continue  # "non-X member countries including A, B": not X's
            status = status_of(match.groupdict().get("kind"), rule.status)
            if status is None:
                continue
            if "partner" in (match.groupdict().get("role") or "").lower():
                status = "dialogue-partner"
            if match.groupdict().get("founders"):
                status = "founding-member"
            if match.groupdict().get("associates"):
                status = "associate-member"
            if rule.reads == "after":
                if match.start() < besides_members_end(words):
                    continue  # "Besides the X members, A and B attended": others than they
                dated = _DATED.match(words, lists.end_of_list(match.end()))
                if status == "new-member" and dated:  # "the admission of A on 22 December 1997"
                    status, joined = "member", dated.group("year")
                elif status == "new-member" and _AGO.match(words, lists.end_of_list(match.end())):
                    status, joined = "member", None  # "the bloc admitted A last year"
                else:
                    joined = rule.joined
                given = _GIVEN_AS.match(words, lists.end_of_list(match.end()))
                if status == "member" and given:  # "X counts A and B as partners", "as associates"
                    if given.group("guests"):
                        continue
                    status = (
                        "associate-member" if given.group("associates") else "observer-or-partner"
                    )
                found += lists.claim(status, joined, match.end())
            elif rule.reads == "owner":
                if _ENDED.match(words, match.end()):
                    continue  # "A's membership of X was suspended": no member now
                owned = [match.start(g) for g in ("at", "up") if match.groupdict().get(g)]
                at = owned[0] if owned else match.start()
                found += lists.claim_owner(status, rule.joined, at)
            elif rule.reads == "before":
                if _LEFT_SINCE.match(words, match.end()):
                    continue  # "A, a founding member that withdrew in 1976": none now
                last_only = _SINGULAR.search(match.group(0)) is not None
                joined = rule.joined
                if status == "new-member" and (since := _SINCE_YEAR.match(words, match.end())):
                    status, joined = "member", since.group("year")  # "A, the newest, in 2013"
                # a list that goes on to the phrase: "A, B and C (XYZ)", not one country alone
                spelled = "list_end" in match.groupdict()
                ends = match.end("list_end") if spelled else match.start()
                claims = lists.claim_before(status, joined, ends, last_only, or_near=rule.or_near)
                listed = (countries.find(text.text, c.region.start, c.region.end) for c in claims)
                if spelled and sum(map(len, listed)) < _SPELLED_BY_SEVERAL:
                    claims = []
                if status == "new-member" and match.groupdict().get("kind") in (
                    "full",
                    "permanent",
                ):
                    claims = [  # "The bloc unites A and B as full members": members it has
                        replace(claim, status="member")
                        if _HAS_AS.search(text.text, sentence.start, claim.region.start)
                        else claim
                        for claim in claims
                    ]
                found += claims
            else:
                clause = _clause_start(words, match.start())
                if _NOT_TO_BECOME.search(words, clause, match.start()):
                    continue  # "A declined the invitation to become a partner": none
                found += lists.claim_subject(status, rule.joined, match.start(), rule.possessive)
    found += _members_before_lists(words, lists, organization)
    found += _invitations(words, lists, body)
    if named:
        for match in _ADDED.finditer(words, named.end()):
            year = _IN_YEAR.match(words, lists.end_of_list(match.end()))
            if year:
                found += lists.claim("member", year.group("year"), match.end())
    found += _fronted_too(words, lists, found) + _joining_too(words, lists, found)
    if (when := _FRONTED_WHEN.match(words)) is not None:  # "In 2019 the bloc admitted A"
        found = [
            replace(claim, status="member", joined=when.group("year"))
            if claim.status == "new-member"
            else claim
            for claim in found
        ]
    return found


# what a body has, before the list it has as full members: "X unites A and B as full members",
# "X has A and B as permanent members"
_HAS_AS = lazy_compile(
    r"\b(?:unites|united|includes|included|comprises|comprised|groups|grouped|counts|counted"
    r"|has|had|have|lists|listed|brings[ ]together|brought[ ]together)[ ](?:the[ ])?$"
)


# a time before the meeting that opens the sentence: "In 2019 ", "In March 2019, ", "Two years
# ago, "
_FRONTED_WHEN = lazy_compile(
    r"(?:In|By)[ ](?:(?:early|late|mid-?)[ ]?)?(?:[A-Z][a-z]+[ ](?:\d{1,2},?[ ])?)?"
    r"(?P<year>(?:19|20)\d\d),?[ ]"
    r"|(?:Last[ ]year|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)[ ]years?[ ]ago),[ ]"
)
# "Besides A, the bloc includes B", "In addition to A and B, its members are C and D"
_BESIDES = lazy_compile(r"(?:Besides|In[ ]addition[ ]to|Along[ ]with|Alongside)[ ]")
_BESIDES_MEMBERS = lazy_compile(
    rf"(?:{_BESIDES.pattern}|(?:Apart|Aside)[ ]from[ ]|Beyond[ ]|Other[ ]than[ ])[^,;]*?"
    r"\bmembers?\b[^,;]*,[ ]"
)


def besides_members_end(sentence: str) -> int:
    """Where a sentence's opening that sets its countries beside the members ends ("Besides
    the X members, A and B attended": A and B are others), or 0."""
    fronted = _BESIDES_MEMBERS.match(sentence)
    return fronted.end() if fronted else 0


def _fronted_too(words: str, lists: _Lists, found: list[Claim]) -> list[Claim]:
    """The countries fronted by "Besides" before a clause that names members of a status: they
    have it too."""
    fronted = _BESIDES.match(words)
    claimed = [claim for claim in found if claim.is_list]
    if fronted is None or not claimed:
        return []
    end = lists.end_of_list(fronted.end())
    if end == fronted.end() or not words.startswith(", ", end):
        return []
    return lists.claim(claimed[0].status, claimed[0].joined, fronted.end())


# "A was granted observer status, joining B and C": B and C have it already
_JOINING = lazy_compile(r",[ ]joining[ ](?:the[ ])?(?:(?:other|current|existing)[ ])?")


def _joining_too(words: str, lists: _Lists, found: list[Claim]) -> list[Claim]:
    """The countries a newly granted status joins those who hold it: they have it too."""
    for joining in _JOINING.finditer(words):
        before = [c for c in found if c.region.end <= lists.sentence.start + joining.start()]
        if before:
            status = "member" if before[-1].status == "new-member" else before[-1].status
            return lists.claim(status, None, joining.end())
    return []


# a list just after another body's name: "the Pacific Alliance, consisting of A, B", "EU
# members A, B", "the XYZ: A, B"; not a body among a list's items ("the EU, A and B")
# … or after a panel the body sets up: "a communications committee consisting of A, B"
_PANEL = (
    r"(?:committee|subcommittee|panel|commission|team|delegation|task[ ]force|mission|troika|board)"
)
_NOUNS = "|".join(sorted(ORGANIZATION_NOUNS))
_AFTER_A_BODY = lazy_compile(
    rf"(?P<name>(?<![\w-])[A-Z][A-Z\d]{{1,6}}|[A-Z][\w-]*[ ](?:{_NOUNS})"
    # "the Group of Seven, which includes A, B", "the Council of the Andes, made up of A, B"
    rf"|(?<![\w-])(?:{_NOUNS})[ ]of[ ](?:the[ ])?[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*"
    rf"|(?<![\w-]){_PANEL})"
    r"(?:,?[ ](?:(?!(?:and|or|plus|as|along)[ ])[a-z]+[ ]){1,3}|[ ]?[—–:][ ]?)$"
)
# the states on a body's bureau, in brackets: "the Bureau of the X Assembly (A, B and C)"
_AFTER_A_BUREAU = lazy_compile(
    r"(?<![\w-])(?:Bureau|Presidium)(?:[ ]of[ ](?:the[ ])?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*)?[ ]\($"
)


# another body's name and a relative clause on its make-up, up to a country: "… the Pacific
# Forum, which also includes A"
_ANOTHER_BODY_HAS = lazy_compile(
    rf"(?P<name>(?:[A-Z][\w-]*[ ])+(?:{_NOUNS})|(?<![\w-])[A-Z][A-Z\d]{{1,6}}),?[ ](?:which|that)[ ]"
    r"(?:also[ ]|now[ ])?(?:includes?|comprises?|groups|brings[ ]together|counts|unites)[ ][^.;]*$"
)


# the members of a panel, up to a country: "leaders from Organ Troika members namely A", "the
# bloc's fisheries committee members A and B", "which X serves as a committee member alongside A, B"
_PANEL_MEMBERS = lazy_compile(rf"(?i:{_PANEL})[ ]members?\b[^.;]*$")


def in_another_bodys_list(words: str, at: int, body: str) -> bool:
    """Whether the country at ``at`` is one of another body's, named before it with what it
    includes: "… members of both the bloc and the Pacific Forum, which also includes A"; or one
    of a panel's members, which are not the body's for being the panel's: "the troika members
    namely A, B"."""
    if _PANEL_MEMBERS.search(words, 0, at):
        return True
    other = _ANOTHER_BODY_HAS.search(words, 0, at)
    return other is not None and re.search(rf"(?:{body})$", words[: other.end("name")]) is None


# a sentence about another body's make-up, its name the subject: "The Coastal Forum groups the
# bloc's members with A, B and C", "The CF brings together …"
_ANOTHER_BODY_OPENS = lazy_compile(
    rf"(?:The[ ])?(?P<name>[A-Z][A-Z\d]{{1,6}}|(?:[A-Z][\w-]*[ ])+(?:{_NOUNS})"
    rf"|(?:{_NOUNS})[ ]of[ ](?:the[ ])?[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*)"
    r"(?:,[ ](?:which|that)[ ]|[ ](?:also[ ])?)(?:groups|includes|comprises|brings[ ]together"
    r"|gathers|unites|consists[ ]of|is[ ](?:made[ ]up|composed)[ ]of)\b"
)


def about_another_body(words: str, body: str) -> bool:
    """Whether the sentence opens on another body than the organization, and what makes it up:
    "The Coastal Forum groups the bloc's members with A, B and C" lists the forum's."""
    opens = _ANOTHER_BODY_OPENS.match(words)
    return opens is not None and re.search(rf"(?:{body})$", words[: opens.end("name")]) is None


def another_bodys_list(words: str, start: int, body: str) -> bool:
    """Whether the list at ``start`` follows another body's name than the organization's, or
    its bureau's, and so gives that body's members: "the Pacific Alliance, consisting of A, B"."""
    if _AFTER_A_BUREAU.search(words, max(0, start - 80), start):
        return True
    after = _AFTER_A_BODY.search(words, max(0, start - 80), start)
    # the name may be the end of the organization's: "Seas Initiative" of "Three Seas Initiative"
    return after is not None and re.search(rf"(?:{body})$", words[: after.end("name")]) is None


# what ends a membership named just before: "… was suspended in 2019", "has been revoked"
_ENDED = lazy_compile(
    r"[^.;]{0,30}?\b(?:was|were|has[ ]been|had[ ]been|remains|is|stays)[ ](?:\w+[ ])?"
    r"(?:suspended|revoked|frozen|terminated|withdrawn|cancell?ed)\b"
)


# "the three full members, A, B and C": a comma after members of a kind
_AFTER_KIND_MEMBERS = "(?:{})".format(
    "|".join(
        rf"(?<={kind}[ ]members)"
        for kind in ("new", "newest", "full", "founding", "other", "current", "existing")
    )
)
_COUNT = r"(?:\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + "))"
_MEMBER_BEFORE_LIST = lazy_compile(
    # a count between the kind and its noun: "the original five members — A, B"
    rf"(?<![\w-])(?P<before>(?!{ANY_KIND}[ ])[\w-]+[ ])?(?:{KIND}[ ](?:{_COUNT}[ ])?)?"
    r"(?:[Mm])ember(?:s|[- ]states?|[- ]countries"
    r"|[- ]country|[- ]nations?|[- ]economy|[- ]economies)?(?:,?[ ](?:now[ ])?(?:such[ ]as|like"
    r"|including|among[ ]them|namely)[ ]"  # "five associate members, among them A and B"
    # … or, of a kind, in brackets after it: "the associate member nations (A, B and C)"
    rf"|[ ]?(?:--|[—–:])[ ]?|{_AFTER_KIND_MEMBERS},[ ]|[ ](?(kind)\(?|))"
)
_NO_MEMBER_NOW = lazy_compile(NO_MEMBER_NOW_WORDS)
_BODY_BEFORE = lazy_compile(rf"(?P<name>{CAPITALISED_RUN.pattern})$")
_NAME_BEFORE = lazy_compile(rf"(?P<name>{CAPITALISED_RUN.pattern})[ ]$")
_INVITED = lazy_compile(
    r"\b(?:invited|invitations?)\b(?P<list>(?:[ ][^.;]*?)?)[ ]to[ ](?:join|enter|become)[ ]"
)
# "declined", "rejects", "refusal", "turned down": an invitation or a status not taken up
_DECLINING = r"(?:(?:declin|reject|refus)\w*|turn(?:s|ed)?[ ]down)"
_DECLINED = lazy_compile(rf"\b{_DECLINING}[ ](?:(?:an?|the|its|their)[ ])?(?:[\w-]+[ ]){{0,2}}?$")
# a status other than a member's given after a list of members: "X counts A and B as
# partners", "… as guests"
_GIVEN_AS = lazy_compile(
    r"[ ]as[ ](?:(?:its|the)[ ])?(?:(?P<guests>guests)|partners"
    r"|(?P<associates>associate[ ](?:members|states|countries|nations)))\b"
)
# what makes "to become" no status: "A declined the invitation to", "B has yet to respond to
# an invitation to", "C hopes to"
_NOT_TO_BECOME = lazy_compile(
    rf"\b(?:{_DECLINING}|yet[ ]to|not[ ]yet|(?:hop|seek|want|wish|plan|aim)\w*)\b[^.;]*[ ]to$"
)
_ADDED = lazy_compile(r"\b(?:added|admitted)[ ]")
# a date with its year after a list: " on 22 December 1997", " in February 2004", " in 2004"
_DATED = lazy_compile(
    r"[ ](?:on|in)[ ](?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?(?:\d{1,2},[ ])?(?P<year>(?:19|20)\d\d)\b"
)
_IN_YEAR = lazy_compile(r"[ ]in[ ](?P<year>\d{4})\b")
# the year a status named just before began: "… to join the bloc in 2013", "…, in 2013",
# "… member since 2013"
_SINCE_YEAR = lazy_compile(
    r"(?:[ ](?:the[ ]|its[ ])?[\w’'-]+(?:[ ][\w’'-]+)?)?,?[ ](?:in|since)[ ](?P<year>(?:19|20)\d\d)\b"
)
# a time well before the meeting: "last year", "two years ago", "in the 1990s"
_AGO = lazy_compile(
    r"[ ](?:last[ ](?:year|decade)|in[ ]the[ ]\d{3}0s|(?:a|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+)[ ](?:years?|decades?)[ ]ago)\b"
)
# a list someone asks or hopes for, a few words on: "called for the return of A and B"
_WISHED = lazy_compile(
    r"\b(?:call(?:s|ed|ing)?[ ]for|push(?:es|ed|ing)?[ ]for|seek(?:s|ing)?|sought|want(?:s|ed)?"
    r"|hop(?:e|es|ed|ing)[ ]for|bid(?:s|ding)?[ ]for)\b[^,;.]{0,30}$"
)
# ", the queen said," between a list and its verb
_ASIDE = lazy_compile(rf",[ ][^,;]{{1,40}}?[ ](?:{SPEECH_VERB}),$")
# "These nations, 45 with A included, become founders": the list is of the subject's number
_INCLUDED = lazy_compile(r"[ ]included$")
# what may stand before a list that is its clause's subject: "In May 2015, A and B …", "The
# presidents of A and B …", "… while A and B …", "representatives of 3 countries, namely: A
# and B …"
_SUBJECT_LEAD = lazy_compile(
    r"(?:[^.;]*(?:,|[ ](?:while|whereas|and|but))[ ])?(?:(?i:the)[ ])?"
    r"(?:(?:[a-z]+[ ]){0,2}?(?i:leaders|presidents"  # "the deputy foreign ministers of"
    r"|heads(?:[ ]of[ ]state(?:[ ]and[ ]government)?)?|delegations|representatives"
    r"|envoys|ministers)[ ](?:of|from)[ ](?:the[ ])?)?(?:namely:?[ ])?"
)
# "… of A and B and an envoy from C": the next of the people each country sent
_ANOTHER_ENVOY_BEFORE = lazy_compile(
    r",?[ ]and[ ](?:an?|the|one|two)[ ](?:[a-z]+[ ]){0,2}?(?:envoys?|ministers?|representatives?"
    r"|delegat(?:es?|ions?)|ambassadors?|officials?)[ ](?:of|from)[ ](?:the[ ])?$"
)
# a few words, no comma and no name, between a list and the phrase that gives it a status,
# after a relative clause set off by commas: "A, which joined in 2002, is attending as", or
# after a second list set off so: "A and B, as well as 2 organisations, namely X and Y, were
# present as": the status is both lists'; a date among the words: "A and B signed an accord on
# June 6 creating X"
_NEAR = lazy_compile(
    r"(?:,[ ](?:which|who|whose)[ ][^,;]*,|,[ ]as[ ]well[ ]as[ ][^;]{1,200}?,)?"
    rf"(?:[ ](?:[a-z][\w-]*|\d{{1,4}}|{MONTH})){{1,10}}"
)
_EXCEPT = lazy_compile(
    r"\b(?:except(?:[ ]for)?|apart[ ]from|other[ ]than|excluding|but[ ]not|not|neither|nor)[ ]"
    r"(?:the[ ])?$"
    # "None of A, B or C is a member": the items before the last, which "or" leaves out of
    # the list
    r"|\b(?i:none|neither)[ ]of[ ](?:the[ ])?(?:[A-Z][^.;]{0,80}?(?:,|[ ]or|[ ]and)[ ])?$"
)


def _members_before_lists(words: str, lists: _Lists, organization: Organization) -> list[Claim]:
    """ "current members A, B", "member-state A"; not another body's: "Y member A"."""
    found = []
    for match in _MEMBER_BEFORE_LIST.finditer(words):
        before = (match.group("before") or "").strip()
        if before == "non" or before.startswith("non-"):  # "non member", "non-X member"
            continue  # ("non-member" is not read at all)
        if _NO_MEMBER_NOW.fullmatch(before):
            continue  # "along with former member A", "would-be member B"
        name = _NAME_BEFORE.search(words, 0, match.end("before") if before else match.start())
        named = (
            [
                word
                for word in name.group("name").split()
                if word not in NOT_NAMES and word.lower() not in KIND_WORDS  # "Associate members"
            ]
            if name
            else []
        )
        if named and " ".join(named) not in (organization.name, organization.abbreviation):
            continue
        status = status_of(match.group("kind"), "member")
        if status is not None:
            found += lists.claim(status, None, match.end())
    return found


def _invitations(words: str, lists: _Lists, body: str) -> list[Claim]:
    """ "A and B were invited to join X", "X invited A and B to become members", "an invitation
    extended to A to join X"."""
    found = []
    for match in _INVITED.finditer(words):
        if _DECLINED.search(words, 0, match.start()):
            continue  # "A declined an invitation to join X": no member
        target = words[match.end() : match.end() + 60]
        if not re.match(rf"{body}|(?:full[ ])?members?\b", target):
            continue  # invited to join the talks, as guests
        listed = lists.claim_before("new-member", "invited", match.end("list"))
        found += listed or lists.claim_subject("new-member", "invited", match.start())
    return found


# A body's abbreviation after "the" that ends a list's item ("the US and the EU are …"), not
# one that qualifies a noun ("the NATO eastern flank states"); one the gazetteer knows is a
# country.
_ABBREVIATED_BODY = lazy_compile(
    r"(?<=\bthe[ ])[A-Z]{2,5}(?=[,;.:)—–]|[ ](?:and|or|plus|as|along|are|were|is|was|have|has)\b|$)"
)
# The bodies that stand beside countries as members under their abbreviation alone, as the
# country table knows "UK": "the G20 countries are …, the US and the EU".
_BODY_NAMES = {"EU": "European Union", "AU": "African Union"}


def listed_body(text: str, run: re.Match[str]) -> bool:
    """Whether a capitalised run among a list's items names a body, a member as the countries
    beside it are: one ending in a body's noun ("the Savanna Union", "the European Commission")
    or an abbreviation after "the" ("the EU")."""
    words = run.group(0).split()
    if len(words) >= 2 and words[-1] in BODY_NOUNS:
        return True
    return _ABBREVIATED_BODY.match(text, run.start()) is not None and len(words) == 1


def listed_body_name(name: str) -> str:
    """A listed body's name, spelt out where an abbreviation alone names it ("EU")."""
    return _BODY_NAMES.get(name, name)


class _Lists:
    """Country lists in one sentence, at offsets within the sentence's words."""

    def __init__(self, text: Text, countries: Gazetteer, sentence: Span) -> None:
        self.text, self.countries, self.sentence = text, countries, sentence

    def end_of_list(self, start: int) -> int:
        """Where the list of countries that begins at ``start`` ends (``start`` if none does);
        a body ("the European Union") may stand in it beside countries, a name the gazetteer
        does not know between two it does, and each item its abbreviation in brackets. The
        item after "and" is the list's last: "A, B and C, and D joined later" lists A, B, C."""
        return self.list_at(start)[0]

    def list_at(self, start: int) -> tuple[int, int, list[Span]]:
        """Where the list that begins at ``start`` ends, how many countries it names, and the
        names between them that no country goes by ("Chinese Taipei")."""
        offset, text = self.sentence.start, self.text.text
        lead = _LIST_LEAD.match(text, offset + start)
        position = lead.end() if lead else offset + start
        end, countries, after_and, unknown = offset + start, 0, False, []
        # "countries A and B, C and D": the pair of a kind is not the list's end
        of_a_kind = lead is not None and lead.group("kind") is not None
        while True:
            item = self._item_at(position)
            if item is None and (item := self._unknown_between(position)) is not None:
                unknown.append(Span(position, item[0]))
            if item is None:
                break
            end, is_country = item
            countries += is_country
            if (abbreviation := _ABBREVIATION.match(text, end, self.sentence.end)) is not None:
                end = abbreviation.end()
            glue = _LIST_GLUE.match(text, end, self.sentence.end)
            also = glue is not None and _AS_WELL_AS.search(glue.group(0)) is not None
            pair_ends = (
                after_and and of_a_kind and glue is not None and glue.group(0).startswith(", ")
            )
            if glue is None or (after_and and not also and not pair_ends):
                break  # "A, B and C as well as D" goes on to D
            of_a_kind = of_a_kind and not pair_ends
            after_and = not also and _LAST_GLUE.search(glue.group(0)) is not None
            position = glue.end()
            if (some := _SUB_LIST.match(text, position, self.sentence.end)) is not None:
                position, after_and = some.end(), False  # "… and 15 nations including C and D"
        # a body alone is a list too: "… to become a member after the Coastal Union"
        listed = countries or (lead and lead.group("count")) or end > offset + start
        return (end - offset if listed else start), countries, unknown

    def every_list(self) -> Iterator[tuple[int, int, int]]:
        """Each list in the sentence: where it begins, how many countries it names, and how
        many of them by name (not by a leader: "Brazil's Ana Ruiz")."""
        offset, end = self.sentence.start, self.sentence.start
        for mention in self.countries.find(self.text.text, offset, self.sentence.end):
            if mention.span.start < end:
                continue
            length, named, _unknown = self.list_at(mention.span.start - offset)
            end = offset + length
            plain = [
                item
                for item in self.countries.find(self.text.text, mention.span.start, end)
                if not (item.adjective or item.possessive or self._after_a_leader(item.span.start))
                and not self._leader_in_brackets(item.span.end)
            ]
            yield mention.span.start - offset, named, len(plain)

    def _after_a_leader(self, position: int) -> bool:
        """Whether the country at ``position`` is named after its leader: "Ana Ruiz of A", or
        in a list's item after the leader's name: "- Ana Ruiz, A"."""
        text, start = self.text.text, max(0, position - 80)
        return (
            _LEADER_BEFORE.search(text, start, position) is not None
            or _NAME_ITEM_BEFORE.search(text, start, position) is not None
        )

    def _leader_in_brackets(self, position: int) -> bool:
        """Whether the country ending at ``position`` has its leader's name in brackets after
        it ("Chile (Ana Ruiz)"), as a list of who came writes it, not a code ("(CL)")."""
        named = _NAME_IN_BRACKETS.match(self.text.text, position, self.sentence.end)
        return named is not None and len(named.group("name").split()) >= 2

    def _item_at(self, position: int) -> tuple[int, bool] | None:
        """Where the country or body named at ``position`` ends, and whether it is a country."""
        text, limit = self.text.text, self.sentence.end
        found = self.countries.find(text, position, min(limit, position + 80))
        epithet = _EPITHET.match(text, position, limit)
        if epithet is not None and found and found[0].span.start == epithet.end():
            position = epithet.end()
        if found and found[0].span.start == position:
            mention = found[0]
            leader = mention.adjective or mention.possessive
            if leader and (person := _person_after(text, mention.span.end, limit)):
                return person, True  # "Brazilian Ana Ruiz", "Brazil's Ana Ruiz": Brazil
            if mention.adjective or mention.possessive or name_goes_on(text, mention.span.end):
                return None
            return mention.span.end, True
        run = CAPITALISED_RUN.match(text, position, limit)
        words = run.group(0).split() if run else []
        if run and listed_body(text, run):
            return run.end(), False
        if (named := _LEADER_OF.match(text, position, limit)) is not None:
            after = self.countries.find(text, named.end(), min(limit, named.end() + 60))
            if after and after[0].span.start == named.end() and not after[0].possessive:
                return after[0].span.end, True  # "President Ana Ruiz of Brazil": Brazil
        if (office := _OFFICE_OF.match(text, position, limit)) is not None:
            after = self.countries.find(text, office.end(), min(limit, office.end() + 60))
            plain = after and not (after[0].adjective or after[0].possessive)
            if plain and after[0].span.start == office.end():
                person = _person_after(text, after[0].span.end, limit)
                if person is not None:
                    return person, True  # "President of Brazil Ana Ruiz": Brazil
        if run and len(words) >= 2 and text.startswith(" (", run.end()):
            after = self.countries.find(text, run.end() + 2, min(limit, run.end() + 60))
            if after and after[0].span.start == run.end() + 2:
                closed = after[0].span.end
                if text.startswith(")", closed):
                    return closed + 1, True  # "Ana Ruiz (Brazil)": Brazil
        of = _OF.match(text, run.end(), limit) if run and len(words) >= 2 else None
        if of is not None:
            after = self.countries.find(text, of.end(), min(limit, of.end() + 60))
            plain = after and not (after[0].adjective or after[0].possessive)
            if plain and after[0].span.start == of.end():
                return after[0].span.end, True  # "Ana Ruiz of Brazil": Brazil
        return None

    def _unknown_between(self, position: int) -> tuple[int, bool] | None:
        """A name the gazetteer does not know, read as an item only when a country follows it
        in the same list: "A, Outer Land, B", or one with "and" in it (misspelt: "A, Saint
        Kits and Nevis, B") when a comma, not "and", leads on to that country."""
        text, limit = self.text.text, self.sentence.end
        run = CAPITALISED_RUN.match(text, position, limit)
        if run is None:
            return None
        if (joined := _AND_NAME.match(text, run.end(), limit)) is not None:
            glue = _LIST_GLUE.match(text, joined.end(), limit)
            if glue is not None and not _LAST_GLUE.match(glue.group(0)):
                following = self._item_at(glue.end())
                if following is not None and following[1]:
                    return joined.end(), False
        glue = _LIST_GLUE.match(text, run.end(), limit)
        following = self._item_at(glue.end()) if glue else None
        return (run.end(), False) if following is not None and following[1] else None

    def claim(self, status: str, joined: str | None, start: int) -> list[Claim]:
        """The list that begins at ``start``, unless it is what someone asks or hopes for:
        "called for the return of A and B as full members"."""
        end, _countries, unknown = self.list_at(start)
        offset = self.sentence.start
        if end == start or _WISHED.search(self.text.text, offset, offset + start):
            return []
        region = Span(offset + start, offset + end)
        return [Claim(status, joined, region, self.sentence, is_list=True, unknown=tuple(unknown))]

    def claim_before(
        self,
        status: str,
        joined: str | None,
        end: int,
        last_only: bool = False,
        *,
        or_near: bool = False,
    ) -> list[Claim]:
        """The list that ends at ``end``: "A, B, and the C are members", or only its last item
        when ``last_only``: "A, B and C, the bloc's newest member". An aside that reports who
        says it ("A, the queen said, is a member") stands between the list and its verb; when
        ``or_near``, so may a few words without a comma, the list being the clause's subject:
        "A and B arrived as observers"."""
        offset = self.sentence.start
        if aside := _ASIDE.search(self.text.text, offset, offset + end):
            end = aside.start() - offset
        if included := _INCLUDED.search(self.text.text, offset, offset + end):
            end = included.start() - offset
        mentions = self.countries.find(self.text.text, offset, offset + end)
        whole = [m for m in mentions if self.end_of_list(m.span.start - offset) == end]
        # "A and B; C and D are observers": B ends a list of its own, and the one before the
        # verb begins after it
        ends = {offset + self.end_of_list(m.span.start - offset) for m in mentions}
        ends.discard(offset + end)
        whole = [m for m in whole if m.span.end not in ends or m is whole[-1]]
        near = not whole and or_near
        if near:
            nearby = [
                (list_end, m)
                for m in mentions
                if _NEAR.fullmatch(
                    self.text.text,
                    offset + (list_end := self.end_of_list(m.span.start - offset)),
                    offset + end,
                )
            ]
            nearest = max((list_end for list_end, _m in nearby), default=None)
            whole = [m for list_end, m in nearby if list_end == nearest]
        if not whole:
            return self._body_before(status, joined, end)
        if _EXCEPT.search(self.text.text, offset, whole[0].span.start):
            return []  # "every state except A and B is a member"
        starts = self._lists_of_envoys_before(whole[0].span.start, mentions)
        if near and not self._begins_its_clause(starts[0]):
            return []  # "Leaders of A praised the plan of setting up X": not the subject
        if last_only:
            return self.claim(status, joined, whole[-1].span.start - offset)
        if len(starts) > 1 and (near or self._begins_its_clause(starts[0])):
            # "the ministers of A and B and an envoy from C", "the presidents of A and B, and
            # the prime minister of C"
            claims = (self.claim(status, joined, start - offset) for start in starts)
            return [claim for found in claims for claim in found]
        return self.claim(status, joined, whole[0].span.start - offset)

    def _begins_its_clause(self, first: int) -> bool:
        """Whether the lists from ``first`` (the first of the lists of envoys a subject may name)
        are their clause's subject, whose lead may name its leaders ("The presidents of A and
        B")."""
        offset = self.sentence.start
        clause = offset + _clause_start(self.text[self.sentence], first - offset)
        return _SUBJECT_LEAD.fullmatch(self.text.text, clause, first) is not None

    def _lists_of_envoys_before(self, start: int, mentions: list[CountryMention]) -> list[int]:
        """Where each list begins of a subject that lists the people each country sent, up to
        the one at ``start``: "the ministers of A and B and an envoy from C" (A's and C's)."""
        offset, starts = self.sentence.start, [start]
        while another := _ANOTHER_ENVOY_BEFORE.search(self.text.text, offset, starts[0]):
            ending = [
                m.span.start
                for m in mentions
                if offset + self.end_of_list(m.span.start - offset) == another.start()
            ]
            if not ending:
                break
            starts.insert(0, ending[0])
        return starts

    def _body_before(self, status: str, joined: str | None, end: int) -> list[Claim]:
        """A body named just before ``end``: "the Coastal Union as its newest member"."""
        offset = self.sentence.start
        before = _BODY_BEFORE.search(self.text.text, offset, offset + end)
        words = before.group("name").split() if before else []
        if before is None or len(words) < 2 or words[-1] not in ORGANIZATION_NOUNS:
            return []
        region = Span(before.start("name"), before.end("name"))
        return [Claim(status, joined, region, self.sentence, is_list=True)]

    def claim_owner(self, status: str, joined: str | None, end: int) -> list[Claim]:
        """The country named just before ``end``, by name, possessive or adjective."""
        offset = self.sentence.start
        named = self.countries.find(self.text.text, offset, offset + end)
        if not named or named[-1].span.end != offset + end:
            return []
        return [Claim(status, joined, named[-1].span, self.sentence, owner=True)]

    def claim_subject(
        self, status: str, joined: str | None, end: int, possessive: bool = False
    ) -> list[Claim]:
        """The countries of the clause's subject, a possessive one too ("A's leader") and one
        that names a leader ("Chilean President Ana Ruiz") when ``possessive``."""
        offset = self.sentence.start
        start = offset + _clause_start(self.text[self.sentence], end)
        if dateline := DATELINE.search(self.text.text, offset, offset + end):
            start = max(start, dateline.end())  # "OSAKA, Japan (Wire) -- A's leader …"
        for mention in self.countries.find(self.text.text, offset, start):
            if offset + self.end_of_list(mention.span.start - offset) > start:
                start = mention.span.start  # "A, B, and C have been …": the list is the subject
                break
        named = self.countries.find(self.text.text, start, offset + end)
        # "A, which represents B and C in the council, …": A; but "Ana Ruiz, who leads A, …": A
        asides = [
            Span(aside.start(), aside.end())
            for aside in _RELATIVE_ASIDE.finditer(self.text.text, start, offset + end)
            if any(mention.span.end <= aside.start() for mention in named)
        ]
        named = [
            mention
            for mention in named
            if not any(aside.start <= mention.span.start < aside.end for aside in asides)
        ]
        plain = [
            mention
            for mention in named
            if (possessive and names_a_person(self.text.text, mention.span.end))
            or not (mention.adjective or mention.possessive)
            or (possessive and mention.possessive)
        ]
        if not plain:
            return self._body_subject(status, joined, Span(start, offset + end))
        return self._listed_bodies(status, joined, plain[0].span.start) + [
            Claim(
                status,
                joined,
                Span(mention.span.start, mention.name_end),
                self.sentence,
                owner=mention.adjective or mention.possessive,  # "Chilean", "Chile's": Chile
            )
            for mention in plain
        ]

    def _listed_bodies(self, status: str, joined: str | None, start: int) -> list[Claim]:
        """The subject list that begins at ``start`` as a claim of its own when a body is among
        its items ("A, B and the Savanna Commission are partners"): the countries' status is
        the body's too."""
        offset = self.sentence.start
        listed = Span(start, offset + self.end_of_list(start - offset))
        runs = CAPITALISED_RUN.finditer(self.text.text, listed.start, listed.end)
        if not any(listed_body(self.text.text, run) for run in runs):
            return []
        return [Claim(status, joined, listed, self.sentence, is_list=True)]

    def _body_subject(self, status: str, joined: str | None, subject: Span) -> list[Claim]:
        """A body that is the whole subject, after a dateline if the sentence opens with one:
        "LIMA — The Coastal Union has been granted member status"."""
        named = _A_BODY.fullmatch(self.text[subject].strip())
        if named is None or named.group("name").split()[-1] not in ORGANIZATION_NOUNS:
            return []
        return [Claim(status, joined, subject, self.sentence, is_list=True)]


# a relative clause set off by commas: "…, which represents B and C in the council, …"
_RELATIVE_ASIDE = lazy_compile(r",[ ](?:which|who|whose)[ ][^,;]*,")
_A_BODY = lazy_compile(
    rf"(?:[^—–]*(?:[—–]|--)[ ]?)?(?:(?i:the)[ ])?(?P<name>{CAPITALISED_RUN.pattern})"
)


# a dateline that opens a sentence: "OSAKA, Japan, June 28 (Wire) -- "
DATELINE = lazy_compile(r"(?<![\w-])[A-Z]{2,}(?:[ ][A-Z]{2,})*,?[^—–.;]{0,60}?[ ]?(?:--|[—–])[ ]?")


def _clause_start(words: str, end: int) -> int:
    """Where the clause that ``end`` is in begins: after the last ", and", ", but" or "; "."""
    boundaries = [
        match.end() for match in re.finditer(r",[ ](?:and|but|while)[ ]|;[ ]", words[:end])
    ]
    return boundaries[-1] if boundaries else 0


# A sentence that names the organization, or speaks of members, founders or signatories.
_MEMBERSHIP_WORDS = lazy_compile(
    r"(?i:\bmembers?\b|\bmember[ -](?:states?|countries|nations)\b|\bfounders?\b"
    r"|\bfounding\b|\bsignator(?:y|ies)\b)"
)
# membership that was once: "formerly members", "which once included A, B and C"
ONCE_A_MEMBER = (
    r"\bformerly\b|\bpreviously[ ](?:members?|full|part)\b"
    r"|\bonce[ ](?:included|comprised|counted|grouped)\b"
)
# leaders a country receives, who come to the meeting whether or not they belong ("hosting the
# leaders of A", "will host leaders from A"), not the leaders' summit it holds
HOSTED = r"\bhost(?:s|ed|ing)?[ ](?:the[ ])?(?:leaders|heads|delegations)\b(?!['’])"
# What makes a sentence's countries something else than members: guests, observers,
# countries outside it or excepted, ones that left, leaders who attend, visit, arrive or
# gather ("gathered here Friday") or are hosted ("hosting leaders of A, B and C"), or whose
# participation is told (those come so far, not the roll), or a "not".
_OTHERS = lazy_compile(
    rf"(?i:{NOT_MEMBER_WORDS}|\boutside\b|\bexcept\b|\bexception\b|\bexcluding\b|\bapart[ ]from\b"
    r"|\bother[ ]than\b|\bbeyond\b|\bsuspended\b|\bexpelled\b|\bleft\b|\bwithdr[ae]w|\bquit\b"
    rf"|\battend|{HOSTED}|\bgathered[ ](?:here|in|at|for|on)\b"
    r"|\bparticipation\b|\bvisit|\barriv|\bnot\b|\bnever\b|n['’]t\b|\bno[ ]longer\b|\bneither\b"
    rf"|{ONCE_A_MEMBER}"
    rf"|{WISHED_FOR}|{NEIGHBOURS})"
)
# others who join the listed ("A and B were joined by leaders of C"), but for a body with its
# list set off after its name: "The G7 — A, B and C — is joined by the EU" lists its members
_JOINED_BY = lazy_compile(r"\bjoined[ ](?:[^.;,]{1,30}?[ ])?by\b")
_SET_OFF_BEFORE = lazy_compile(r"(?:[—–)]|[ ]-)[ ](?:is|are|was|were)[ ]$")
# a committee or panel named before the list, whose members it gives: "set up a committee
# consisting of A and B's neighbours C, D and E"
_A_PANEL = lazy_compile(rf"\b{_PANEL}s?\b")
# "X met separately with leaders of A, B and C": whom one met, on the sidelines as often as not
_MET_WITH = lazy_compile(
    r"\bmet[ ](?:[a-z]+ly[ ])?with[ ](?:the[ ])?(?:leaders|heads|counterparts|delegations)[ ]"
    r"(?:of|from)[ ]$"
)
# "the foreign ministers of A, B and C reviewed …": whose ministers met, not who belongs; also
# when the list opens on a name the gazetteer does not know ("ministers of America, A, B")
_WHOSE_MINISTERS = lazy_compile(
    r"\b(?i:ministers)[ ]of[ ](?:the[ ])?(?:[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?,[ ])?$"
)
_BROAD_LIST = 3  # countries a list names before the sentence's words make them members
_SPELLED_BY_SEVERAL = 2  # countries a list names before the body's capitals that it spells
# A list of places or of doers, not of parties: "talks held in A, B and C", "trade with A, B
# and C", "a blockade imposed by A, B and C" (founders are read by their verb), "the
# challenges facing A, B and C"; but "leaders from A, B and C" are the countries' own.
_PLACES_AFTER = lazy_compile(
    r"(?i:(?<!leaders[ ])(?<!representatives[ ])(?<!delegations[ ])(?<!delegates[ ])"
    r"(?<!ministers[ ])(?<!envoys[ ])(?<!officials[ ])(?<!,[ ]counterparts[ ])"
    r"(?<!and[ ]his[ ]counterparts[ ])(?<!and[ ]her[ ]counterparts[ ]))"
    r"\b(?i:in|to|from|with|into|across|through|towards?|against|than|near|around|by|visited"
    r"|toured|facing)[ ](?:the[ ])?$"
)


@cache
def meets_the_body(body: str) -> re.Pattern[str]:
    """Where a sentence's subject meets the body's leaders, as others than its members: "met
    their counterparts from the X", "held talks with X leaders", "met the leaders of X"."""
    return re.compile(
        r"[ ](?:met|meet|meets|meeting|(?:held|hold|holds|holding)[ ]talks)(?:[ ]with)?[ ]"
        r"(?:(?:their|the|its|his|her)[ ])?(?:(?:counterparts|leaders|heads[ ]of[ ]state)"
        rf"[ ](?:from|of)[ ](?:the[ ])?(?:[\w-]+[ ]){{0,3}}?{body}|{body}['’]?s?[ ](?:leaders"
        r"|counterparts|heads))"
    )


def broad_claims(
    text: Text, sentence: Span, organization: Organization, countries: Gazetteer
) -> list[Claim]:
    """A list of three or more countries in a sentence that names the organization ("the
    bloc", "member states", "founders") is a list of its members, unless the sentence makes
    them something else (guests, observers, partners, candidates, countries outside it, a
    committee's members, those whose leaders someone met, those whose ministers met); a list of leaders ("Brazilian Ana Ruiz") says who came, not who belongs."""
    words = text[sentence]
    names_the_body, _ = compiled_rules(names_pattern(organization))
    body = names_the_body.search(_without_where_clauses(words))
    if not (
        (body and body.group(0) != "It")
        or _MEMBERSHIP_WORDS.search(words)
        or _A_SERIES_DEFINED.match(words)
    ):
        return []
    if _OTHERS.search(words) or about_another_body(words, body_pattern(organization)):
        return []
    end = len(words)
    if (joined := _JOINED_BY.search(words)) is not None:
        if not _SET_OFF_BEFORE.search(words, 0, joined.start()):
            return []
        end = joined.start()
    # "Leaders of A, B and C met X leaders": others than its members
    meets = meets_the_body(body_pattern(organization)).search(words)
    begin = meets.end() if meets else 0
    lists = _Lists(text, countries, sentence)
    return [
        claim
        for start, named, plain in lists.every_list()
        if begin <= start < end
        and named >= _BROAD_LIST
        and plain == named
        and not _PLACES_AFTER.search(words, 0, start)
        and not _MET_WITH.search(words, 0, start)
        and not _WHOSE_MINISTERS.search(words, 0, start)
        and not _A_PANEL.search(words, 0, start)
        and not another_bodys_list(words, start, body_pattern(organization))
        and not _told_anothers(words, lists.end_of_list(start), organization)
        and not _WISH_TO_JOIN.match(words, lists.end_of_list(start))
        for claim in lists.claim("member", None, start)
    ]


# "The summit is an annual gathering of the leaders of A, B and C": the series of meetings the
# report is about, said whom it gathers
_A_SERIES_DEFINED = lazy_compile(
    r"(?:The|This)[ ](?:summit|meeting)[ ](?:is|has[ ]been)[ ]an?[ ]"
    r"(?:annual|yearly|biennial|regular)[ ](?:gathering|meeting)[ ]of\b"
)


# "the ambitions of countries such as A, B and C to join the EU": they are not in it yet
_WISH_TO_JOIN = lazy_compile(r"[ ]to[ ](?:join|become[ ]members?[ ]of)[ ](?:the[ ])?[A-Z]")


_WHERE_CLAUSE = lazy_compile(r",[ ]where[ ][^,;]*")


def _without_where_clauses(words: str) -> str:
    """The sentence with its clauses on where a place is blanked out: a body named in one
    ("… in Arusha, where the EAC Secretariat is headquartered") is named as the place's
    landmark, and does not make the sentence's list its members."""
    return _WHERE_CLAUSE.sub(lambda clause: " " * len(clause.group(0)), words)


def _told_anothers(words: str, end: int, organization: Organization) -> bool:
    """Whether the list that ends at ``end`` is told members of another body: "A, B and C are
    also members of the Commonwealth"."""
    body = body_pattern(organization)
    return (
        re.match(
            rf"[ ](?:is|are|was|were)[ ](?:also[ ]|all[ ]|long[ ])*members?[ ]of[ ]"
            rf"(?!{body}|both\b)(?:the[ ])?[A-Z]",
            words[end:],
        )
        is not None
    )
