"""Who attended, in what role, and who stayed away and sent someone else.

A person named in a clause that says people attended ("attended", "attending", "present",
"guests", "took part", "arrived", "hosted") attended. The role follows the title (a president
is a head of state, a prime minister a head of government), unless the clause calls them
guests or the text calls them or their country the host.

"X has sent his foreign minister" makes X absent and an unnamed foreign minister of X's country
an envoy; "X did not attend, sending Y" or "…; X's country was represented by Y" makes the
named Y the envoy. The reason is the rest of the sentence from "because", "due to" or the like,
else a following sentence about X that gives one ("was busy").
"""

from __future__ import annotations

import re

from db.draft.keys import key_of
from db.draft.model import Absence, Attendee, Mention, Person
from db.draft.people import People
from db.draft.text import Span, Text
from db.draft.titles import display_title, role_for

_ATTENDING = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|present|guests?|took[ ]part|taking[ ]part|participat\w+|arrived"
    r"|host(?:ed|ing)|chaired|chairing|welcomed|joined[ ]the[ ](?:leaders|summit|meeting|talks"
    r"|gathering))\b",
    re.IGNORECASE,
)
_CLAUSE_BOUNDARY = re.compile(
    r",[ ]so[ ]|;[ ]|,[ ]but[ ]|,[ ]while[ ]|,[ ]although[ ]|,[ ]because[ ]|,[ ]after[ ]"
)
_SENT = re.compile(
    r"\b(?:has[ ]|had[ ])?sent[ ](?:his|her|their|its)[ ](?P<title>[a-z][a-z -]*?)"
    r"(?=[ ](?:to|in|instead)\b|[.,;])"
)
_SENDING = re.compile(
    r"\b(?:sending|(?:was|were)[ ]represented[ ]by)\b"
    r"(?:[ ](?:his|her|their|its)[ ](?P<title>[a-z][a-z -]*?)(?=[ ,.]|$))?"
)
_STAYED_AWAY = re.compile(
    r"\b(?:did[ ]not|didn't|will[ ]not|won't|could[ ]not|couldn't)[ ](?:attend|travel|come|go)\b"
    r"|\bskipped[ ]the\b"
    r"|\bstayed[ ]away\b|\bwas[ ]absent\b"
)
_REASON = re.compile(
    r"\b(?:busy|because|due[ ]to|ill|illness|speculated|citing|owing[ ]to|unable|for[ ]health)\b",
    re.IGNORECASE,
)
# "summit host Kazakh President X", "welcomed at the airport by X"; "X, who hosted", "X welcomed"
_HOST_BEFORE = re.compile(
    r"\b(?:host|welcomed[^.,;]{0,40}?[ ]by)[ ](?:[\w’'.-]+[ ]){0,3}$", re.IGNORECASE
)
_WHO_HOSTED = re.compile(r",?[ ](?:who[ ])?(?:hosted|welcomed|was[ ]hosting|is[ ]hosting)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|from|by|for|of|about)[ ]$")


def find_absences(text: Text, people: People) -> tuple[list[Absence], list[Person]]:
    """Absences, and the unnamed people sent in their place (people the article describes)."""
    absences: list[Absence] = []
    envoys: list[Person] = []
    for sentence in text.sentences:
        words = text[sentence]
        cue = _SENT.search(words) or _STAYED_AWAY.search(words)
        if cue is None:
            continue
        absent = _subject(text, people, Span(sentence.start, sentence.start + cue.start()))
        if absent is None or absent.party is None or absent.title is None:
            continue
        envoy = _sent_in_place(text, people, sentence, absent)
        if envoy is not None and not envoy.named:
            envoys.append(envoy)
        own_reason = _REASON.search(words, cue.end())
        if own_reason:
            reason: str | None = words[own_reason.start() :].split(";")[0].rstrip(".")
            evidence: tuple[Span, ...] = (sentence,)
        else:
            reason_span = _reason(text, people, absent, sentence)
            reason = text[reason_span] if reason_span else None
            evidence = (sentence,) if reason_span is None else (sentence, reason_span)
        absences.append(
            Absence(
                person=absent,
                title=absent.title,
                represents=absent.party,
                evidence=evidence,
                sent=envoy,
                reason=reason,
            )
        )
    return absences, envoys


def _sent_in_place(text: Text, people: People, sentence: Span, absent: Person) -> Person | None:
    """Whom the absent person sent: a person named after "sending"/"sent", else one described
    ("has sent his foreign minister"), who then represents the absent person's country."""
    assert absent.party is not None
    words = text[sentence]
    sent = _SENT.search(words) or _SENDING.search(words)
    if sent is None:
        return None
    after = Span(sentence.start + sent.start(), sentence.end)
    named = [
        mention.person for mention in people.mentions_in(after) if mention.person is not absent
    ]
    if named:
        envoy = named[0]
        envoy.party = envoy.party or absent.party
        return envoy
    title = sent.group("title")
    if title is None:
        return None
    return Person(
        key=key_of(f"{absent.party.key} {title}"),
        name=f"{title.capitalize()} of {absent.party.name}",
        introduced=Span(sentence.start + sent.start(), sentence.start + sent.end()),
        title=display_title(title),
        party=absent.party,
        named=False,
    )


def _subject(text: Text, people: People, before: Span) -> Person | None:
    for mention in people.mentions_in(before):
        if not _PREPOSITION_BEFORE.search(text.text, before.start, mention.span.start):
            return mention.person
    return None


def _reason(text: Text, people: People, person: Person, after: Span) -> Span | None:
    """The next sentence or two that name the person and say why they stayed away."""
    following = text.sentences[text.sentence_index(after.start) + 1 :][:2]
    for sentence in following:
        named = any(mention.person is person for mention in people.mentions_in(sentence))
        if named and _REASON.search(text[sentence]):
            return sentence
    return None


def find_attendees(
    text: Text, people: People, absences: list[Absence], host_country: str | None
) -> list[Attendee]:
    absent = {id(absence.person) for absence in absences}
    attendees: dict[int, Attendee] = {}
    for sentence in text.sentences:
        for clause in _clauses(text, sentence):
            words = text[clause]
            if not _ATTENDING.search(words):
                continue
            for mention in people.mentions_in(clause):
                person = mention.person
                if id(person) in absent or id(person) in attendees:
                    continue
                if person.party is None or person.title is None:
                    continue
                guest = re.search(r"\bguests?\b", words, re.IGNORECASE) is not None
                role = _role(text, person, mention, guest=guest, host_country=host_country)
                attendees[id(person)] = Attendee(
                    person=person,
                    title=person.title,
                    represents=person.party,
                    role=role,
                    evidence=(sentence,),
                )
    for absence in absences:
        if absence.sent is not None and absence.sent.party is not None:
            attendees[id(absence.sent)] = Attendee(
                person=absence.sent,
                title=absence.sent.title or "",
                represents=absence.sent.party,
                role="envoy",
                evidence=(absence.evidence[0],),
                note=f"Sent by {absence.title} {absence.person.name}.",
            )
    return list(attendees.values())


def _clauses(text: Text, sentence: Span) -> list[Span]:
    starts = [sentence.start]
    starts += [match.end() for match in _CLAUSE_BOUNDARY.finditer(text.text, *_bounds(sentence))]
    ends = starts[1:] + [sentence.end]
    return [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _role(
    text: Text, person: Person, mention: Mention, *, guest: bool, host_country: str | None
) -> str:
    assert person.title is not None and person.party is not None
    introduced = person.introduced
    hosts = (
        _HOST_BEFORE.search(text.text, max(0, introduced.start - 40), introduced.start)
        or _WHO_HOSTED.match(text.text, mention.span.end)
        or _WHO_HOSTED.match(text.text, introduced.end)
    )
    by_title = role_for(person.title, represents_country=person.party.is_country)
    if hosts or (
        host_country == person.party.key and by_title in ("head-of-state", "head-of-government")
    ):
        return "host"
    if guest:
        return "guest"
    return by_title
