"""Leaders who speak in a report of the meeting, taken as there though it never says "attended".

A report of a summit tells what its leaders said there: "President X said the bloc must act",
"Prime Minister Y urged an end to the war", "“We are ready,” said Z". Most such reports never
add that X, Y and Z attend. A head of state or government whose country the text gives, who is
quoted (by name, or by a pronoun in the sentence after: "X linked A to B. “…,” he said") or said
to say, urge, reaffirm or call for something ("Echoing Y's remarks, X …" too) in words set at no
other meeting, time or place, is drafted as attending, with a note that the text only has them
speak: a reviewer removes the one who spoke from home. So is the head of an international body ("European
Commission President X said"), for that body, as such heads come to the summits of others; one
introduced by an office held formerly ("a former Forum secretary-general, X") speaks for no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from db.draft.attendance import acts_in
from db.draft.lazy_regex import lazy_compile
from db.draft.model import Attendee, Mention, Party, Person, Statement
from db.draft.other_occasions import puts_someone_in, told_of_another_occasion
from db.draft.people import People
from db.draft.text import UPPER, Span, Text
from db.draft.titles import HEAD_ROLES, LEADING_ROLES, role_for, serves_a_body
from db.draft.words import SPEECH_VERB

# … and what a leader does in words at a meeting: "X expressed gratitude", "X thanked the
# host", "X delivered a speech", "X spoke at a press conference"
_ADDRESS_VERB = r"congratulated|thanked|expressed|delivered|spoke|addressed"
# "X said", "X, the bloc's chair, told reporters", "X also urged", "The President of A, X,
# stressed", "King X of A reaffirmed": the one named says it
_SPEAKS_AFTER = lazy_compile(
    rf"(?:[ ]of[ ](?:the[ ])?[{UPPER}][\w’'-]*(?:[ ](?:and[ ])?[{UPPER}][\w’'-]*){{0,3}}(?=,?[ ]))?"
    rf"(?:,[ ][^,;“”\"]{{1,80}},|,)?[ ](?:also[ ]|later[ ]|then[ ]|again[ ])?"
    rf"(?:{SPEECH_VERB}|{_ADDRESS_VERB})\b"
    r"(?![ ]to\b)"  # not "adds to the backdrop"
)
# "…, said X", "said Chilean President X": the one named after the verb says it
_SPEAKS_BEFORE = lazy_compile(rf"\b(?:{SPEECH_VERB})[ ](?:the[ ])?[^ ,;.]*[ ]?[^ ,;.]*[ ]?$")
# "Echoing the host's remarks, President X": the one named speaks too
_ECHOING = lazy_compile(r"\b(?i:echoing)[ ][^,;.“”\"]{1,60},[ ](?:[^ ,;.]+[ ]){0,3}$")
# "a speech by Chilean President X", "an address by X": the one named speaks
_SPEECH_BY = lazy_compile(r"\b(?:speech|address|remarks)[ ]by[ ](?:[^ ,;.“”\"]+[ ]){0,3}$")
# "Spokesman for the President of Peru X said", "A spokesman for Mr. X, Y, said": the
# spokesman speaks, for X
_SPOKEN_FOR = lazy_compile(
    r"\b(?:spokes\w*|aides?|advis[eo]rs?|press[ ]secretary|office|envoys?|representatives?)"
    r"[ ](?:for|of|to)[ ](?:the[ ])?(?:[^,;.“”\"]|\b(?:Mrs?|Ms|Dr)\.){0,60}$",
    re.IGNORECASE,
)
# "In an address to parliament", "told lawmakers", "in an interview": words for another
# audience; "said in a statement", "wrote on Twitter": words sent, not spoken at the meeting
# (not "in a statement to the press", made where the reporters are)
_ANOTHER_AUDIENCE = lazy_compile(
    r"\b(?:parliament|lawmakers|legislators|congress|senate|an[ ]interview|a[ ]rally|supporters"
    r"|(?:his|her|the)[ ]cabinet|the[ ]nation"
    r"|in[ ]a[ ](?:written[ ]|separate[ ])?(?:statement|letter|tweet)"
    r"(?![ ]to[ ](?:the[ ])?(?:press|reporters|journalists|media))|on[ ](?:Twitter|Facebook|X))\b",
    re.IGNORECASE,
)
# The organs a body's officials serve it through, named after it or "of" it.
_ORGANS = ("Commission", "Secretariat")
# "said it was historic that", "said in Lima that": up to the "that" of what is said
_REPORTED_THAT = lazy_compile(r"[^,;.“”\"]{0,60}?[ ]that\b")
# Words in marks: what one says ("“… in Washington,” said X") sets no place or time for saying it
_QUOTED_WORDS = lazy_compile(r'[“"][^“”"]*[”"]')
# "a former Forum secretary-general, X": an office no longer held, its body's name between
_FORMER = lazy_compile(r"\bformer[ ](?:[^\s,;.]+[ ]){0,3}$", re.IGNORECASE)
SPOKE_ONLY = "The article has them speak but does not say outright that they attend."


def speaking_leaders(
    text: Text,
    people: People,
    statements: list[Statement],
    taken: set[int],
    organization: Party,
    meeting_country: str | None,
) -> list[Attendee]:
    """Heads of state or government, with a country, and the ``organization``'s own officials
    who speak in the report's own sentences and are not among ``taken`` (the ``id`` of everyone
    already drafted as there or said to be away), each with every sentence they speak in: a
    headline's "…, says X" alone shows a reviewer little."""
    quoted = _quoted_in(text, people, statements)
    found: dict[int, Attendee] = {}
    for sentence in text.sentences:
        if puts_someone_in(text[sentence], meeting_country):
            continue  # "X said his deputy was in Oslo"
        for mention in people.mentions_in(sentence):
            person = mention.person
            seat = _seat(person, organization, meeting_country)
            if id(person) in taken or seat is None or _held_formerly(text, person):
                continue
            speaks = (id(person), sentence.start) in quoted or _said_by(text, mention)
            if not (speaks and acts_in(text, sentence, mention)) and not _gives_a_speech(
                text, sentence, mention
            ):
                continue
            if _ANOTHER_AUDIENCE.search(text[sentence]) or told_of_another_occasion(
                _QUOTED_WORDS.sub("“”", _unreported(text, sentence, mention)),
                text,
                sentence,
                sentence,
                meeting_country,
            ):
                continue
            if (known := found.get(id(person))) is not None:
                if sentence not in known.evidence:  # each place they speak, for the reviewer
                    found[id(person)] = replace(known, evidence=(*known.evidence, sentence))
                continue
            party, role = seat
            found[id(person)] = Attendee(
                person=person,
                title=person.title,
                represents=party,
                role=role,
                evidence=(sentence,),
                note=SPOKE_ONLY,
            )
    return list(found.values())


def _quoted_in(text: Text, people: People, statements: list[Statement]) -> set[tuple[int, int]]:
    """Each speaker's ``id`` with the start of each sentence they are quoted in, and of the
    one before a quote given to them by a pronoun ("X linked trade to security. “…,” he
    said."): that sentence names the one who speaks."""
    quoted = set()
    for statement in statements:
        sentence = text.sentence_at(statement.evidence.start)
        quoted.add((id(statement.speaker), sentence.start))
        named = any(mention.person is statement.speaker for mention in people.mentions_in(sentence))
        if not named and sentence.start > 0:
            quoted.add((id(statement.speaker), text.sentence_at(sentence.start - 1).start))
    return quoted


def _seat(
    person: Person, organization: Party, meeting_country: str | None
) -> tuple[Party, str] | None:
    """Whom the person speaks for at the meeting and in what role: a country they lead (the
    host when the meeting is in it, as a summit's host is), the organization whose own office
    they hold ("its Secretary-General"), or another body they head ("European Commission
    President X"); else None."""
    if person.title is None:
        return None
    role = role_for(person.title, represents_country=True)
    if role in LEADING_ROLES and person.party is not None and person.party.is_country:
        hosts = (
            role in HEAD_ROLES
            and meeting_country is not None
            and person.party.code == meeting_country
        )
        return person.party, "host" if hosts else role
    if serves_a_body(person.title) and (
        person.party is None or person.party.key == organization.key
    ):
        return organization, role
    if (
        person.party is not None
        and not person.party.is_country
        and role_for(person.title, represents_country=False) == "international-official"
    ):
        return person.party, "international-official"
    if person.party is not None and _an_organ_of(person.party, organization):
        # "African Union Commission Chairperson X": any office of the organ serves the body
        return person.party, role_for(person.title, represents_country=False)
    return None


def _held_formerly(text: Text, person: Person) -> bool:
    """Whether the office the person is introduced with is one they held ("a former Forum
    secretary-general, X"): they speak for no one at the meeting."""
    return bool(
        _FORMER.search(text.text, max(0, person.introduced.start - 40), person.introduced.start)
    )


def _an_organ_of(party: Party, organization: Party) -> bool:
    """Whether the party is the organization's own commission or secretariat ("African Union
    Commission", "Secretariat of the Lagoon Union"), through which its officials serve it."""
    return not party.is_country and any(
        party.name in (f"{organization.name} {organ}", f"{organ} of the {organization.name}")
        for organ in _ORGANS
    )


def _gives_a_speech(text: Text, sentence: Span, mention: Mention) -> bool:
    """ "The ceremony began with a speech by President X": X speaks, though named after "by"."""
    return bool(_SPEECH_BY.search(text.text, sentence.start, mention.span.start))


def _unreported(text: Text, sentence: Span, mention: Mention) -> str:
    """The sentence up to the "that" opening what the one named says ("X said it was time
    that the next summit in Lima went further"): what is said of another meeting does not set
    the speaking there, as "X said in Lima that …" does."""
    said = _SPEAKS_AFTER.match(text.text, mention.span.end, sentence.end)
    reported = said and _REPORTED_THAT.match(text.text, said.end(), sentence.end)
    return text.text[sentence.start : reported.end() if reported else sentence.end]


def _said_by(text: Text, mention: Mention) -> bool:
    """Whether the words around the mention have the one named say something."""
    sentence = text.sentence_at(mention.span.start)
    if _SPOKEN_FOR.search(text.text, sentence.start, mention.span.start):
        return False
    return bool(
        _SPEAKS_AFTER.match(text.text, mention.span.end, sentence.end)
        or _SPEAKS_BEFORE.search(text.text, sentence.start, mention.span.start)
        or _ECHOING.search(text.text, sentence.start, mention.span.start)
    )
