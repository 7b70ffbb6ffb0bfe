"""The words names are made of: runs of capitalised words, and the capitalised words that
are not names (sentence openers, days and months, the nouns that end an organization's name)."""

from __future__ import annotations

from db.draft.lazy_regex import lazy_compile
from db.draft.text import UPPER

# "O'Neill", "Mata'utia"; not the possessive "Lund's"
WORD = rf"(?:[{UPPER}]\.)+|[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*(?:['’](?!s\b)[^\W\d_]+)?"
# Lower-case words inside a name: "Luiz Inácio Lula da Silva", "Bingu wa Mutharika"
PARTICLE_WORDS = "de da di du dos das van von der den del la le bin ibn bint al el ben abu wa"
PARTICLE = rf"(?:{'|'.join(PARTICLE_WORDS.split())})"
# … and a Polynesian name goes on past a word opening with a glottal stop before a vowel
# ("Samuela 'Akilisi Pohiva"), written as an apostrophe
GLOTTAL = "['‘ʻ]"
_GLOTTAL_OPENING = rf"(?:{GLOTTAL}(?=[AEIOU]))?"
# … and ends with the suffix that tells a son from his father, set off by a comma or not
# ("Pedro Alves, Jr, Premier of Chile"): the suffix is the name's, no one's of its own
_SUFFIX_SET_OFF = r"(?:,[ ](?:Jr|Sr)(?!\w))?"
_NEXT_WORD = rf"[ \u00a0](?:{PARTICLE}[ \u00a0])*(?:{PARTICLE}-)?{_GLOTTAL_OPENING}(?:{WORD})"
_RUN = rf"(?:{WORD})(?:{_NEXT_WORD})*{_SUFFIX_SET_OFF}"
CAPITALISED_RUN = lazy_compile(rf"(?<![\w.]){_RUN}")
# One capitalised word in quotes: a nickname inside a name ("Joko 'Jokowi' Widodo", "Ferdinand
# “Bongbong” Marcos"), read as part of the name and as no quote (quote_marks.py).
QUOTED_WORD = rf"[‘'“\"](?:{WORD})[’'”\"]"
# … where the name goes on after it; not a headline's quoted word before a small word ("Lund
# 'Satisfied' As Summit Ends").
_NICKNAME = (
    rf"[ ]{QUOTED_WORD}"
    r"(?=[ ](?!(?:As|At|In|On|To|For|And|Of|The|With|From|By|Over|After|Amid|Is|Was)\b)"
    rf"[{UPPER}])"
)
_NAME_RUN = rf"(?:{WORD})(?:(?:{_NICKNAME})?{_NEXT_WORD})*{_SUFFIX_SET_OFF}"
# … and, where people's names are read, one after a full stop a copy ran the next sentence on
# to ("about more than migration.Ana Ruiz, president of …"), as a sentence ends there too
# (text.py); not after a stop of initials or a domain's ("U.S.", "news.Com")
NAME_RUN = lazy_compile(rf"(?:(?<![\w.])|(?<=[^\W\d_A-Z][a-z]{{2}}\.)(?!Com\b)){_NAME_RUN}")
# a possessive ending: "Norway's", "the leader’s"
POSSESSIVE_S = lazy_compile(r"['’]s\b")

# The words that name a portfolio ("Minister of Health, Chile"; "the Organ on Politics,
# Defence, and Security"), never a person
_PORTFOLIO_WORDS = (
    "Defence Defense Security Health Labour Labor Finance Education Agriculture Tourism "
    "Interior Transport Energy Environment Commerce Industry Fisheries Housing "
    "Women Children Youth Gender Poverty Alleviation "
)
PORTFOLIO_WORDS = frozenset(_PORTFOLIO_WORDS.split())
_WEEKDAY_WORDS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
# Capitalised words that start sentences, say what someone does before their name
# ("Analyst X said"), name days and months, go on a title, or name a portfolio, never a person.
_NOT_NAME_WORDS = (
    "The A An And But Or As Also Besides Alongside From Other During At In On For After Before "
    "While When Since "
    f"{_PORTFOLIO_WORDS}"
    "Speaking Addressing Asked However Meanwhile Still Yet So Both Some Many Most This That "
    "These Those His Her Their Its Our We They He She It I You Leaders Leader Mr Mrs Ms Miss Dr "
    "Representatives Delegates "  # "the List of Chief Representatives": no one's name
    "Analyst Analysts Economist Economists Researcher Researchers Commentator Observers Critics "
    "Yesterday Today Tomorrow Tonight "
    f"{_WEEKDAY_WORDS} January February March April May June July August September October "
    "November December "
    # a title going on past a comma: "Prime Minister, Charged with Coordination, X"
    "Charged Responsible Entrusted Tasked "
    # a part at the meeting or an office, capitalised: "The Chief Guest, X", "the Attorney General"
    "Guest Guests Attorney "
    # a seat or an office held by many: "X, Member of Parliament", "Secretary Generals"
    "Member Members Generals Delegate Negotiator Negotiators Executives "
    # a sentence's opening adverb before a title: "Earlier, AU Commission Chairman, X"
    "Earlier Later Separately Afterwards Elsewhere "
    # a place's or a firm's name, whatever word ends it: "Kamuzu International Aiport"; a
    # saint's, as a town, parish or church is named ("Saint Mary, Antigua and Barbuda")
    "International Saint St St. "
    # a platform a message is posted on: "posted on Twitter, the minister said …"
    "Twitter Facebook Instagram YouTube WhatsApp Telegram TikTok LinkedIn Weibo WeChat"
)
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# the day a report says something happened, written straight after the name of who did it
WEEKDAYS = frozenset(_WEEKDAY_WORDS.split())
WEEKDAY = f"(?:{'|'.join(_WEEKDAY_WORDS.split())})"
_ORGANIZATION_NOUN_WORDS = (
    "Organization Organisation Network Union Alliance Council Association Forum Community "
    "League Group Bloc Commonwealth Partnership Federation Coalition Pact Compact Initiative "
    "Cooperation Co-operation"
)
ORGANIZATION_NOUNS = frozenset(_ORGANIZATION_NOUN_WORDS.split())
# … and the nouns that end a body's name but, standing alone, name no body among a list of
# members: a process of meetings named after where it began ("the Lagoon Process"), a system of
# states ("Lagoon Integration System"), a commission that states set up to share a river or a
# sea ("Lagoon Basin Commission"), a common market ("Andean Highlands Market"), a platform of
# states that a summit founds ("the Lagoon Platform")
BODY_NOUNS = ORGANIZATION_NOUNS | {"Process", "System", "Commission", "Market", "Platform"}

# The nouns of a place named "X of Y": a body's name may begin with one ("Bay of Bengal
# Initiative"), and one before "of" is no person's name ("Envoy for the Gulf of Aden").
PLACE_OF_NOUNS = frozenset(
    {"Bay", "Gulf", "Sea", "Horn", "Coast", "Cape", "Lake", "Strait", "Isle"}
)

# A month's name: "in March 2019", "on 1 January".
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)

# Numbers written out, "one" first: "the seven-member grouping", "Group of Seven".
NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]

# Verbs that report speech: "X said", "…,” concluded X".
SPEECH_VERB = (
    r"(?:said|says|added|adds|continued|told|tells|wrote"
    r"|asked|replied|declared|insisted|stressed|warned|noted|explained|emphasi[sz]ed|urged"
    r"|acknowledged|argued|claimed|announced|stated|remarked|commented|conceded|admitted"
    r"|vowed|promised|recalled|tweeted|posted|hailed|called|described|concluded|reiterated"
    r"|underlined|underscored|highlighted|affirmed|assured|cautioned|lamented|observed"
    r"|responded|answered|quipped|joked|complained|maintained|predicted|reaffirmed)"
)

# A form of "be", present or past: "Representing Chile was X".
IS_OR_WAS = r"(?:was|were|is|are)"
# the country or body a name is "of", said after the name: "President X of Brazil declared",
# "President X of the Gambia is represented by"
OF_A_PLACE_AFTER = r"(?:[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})"
