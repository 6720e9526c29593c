"""What kind of answer a question asks for: a person, a company, a place, a number, an amount, a date.

No NER model is packaged, so the kind comes from the question word ("who", "which
company", "how much", "when", and their forms in other languages); the first one in
the question decides if it opens the main clause (a "when" after "What did the council
say…" belongs to a clause), and a question opening with a verb asks yes or no.
``rag.short_answer`` then looks for candidates of that kind in the evidence.
"""

from __future__ import annotations

import functools
import re

from byline import lexicon
from byline.language import detect_query_language
from byline.lexicon import alternatives, every
from rag.kind_patterns import DUTCH_KINDS, QUESTION_KINDS, STOPS, TERM, W
from rag.kinds import Kind
from store.analysis import DEFAULT_LANGUAGE, analyze

# Interrogatives of the languages asked in besides English (``byline.lexicon``): no names.
QUESTION_WORDS = every(lexicon.QUESTION_WORDS)
_TERM_COMPILED = re.compile(TERM, re.IGNORECASE)


def asks_term(question: str) -> bool:
    """Whether a question asks a duration as a count of its units ("¿Cuántos años de cárcel…?").

    Its answer is a figure ("10 años"), as a count's is: sentences naming none give no answer.
    """
    return _TERM_COMPILED.search(question) is not None


_DUTCH_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in DUTCH_KINDS]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in QUESTION_KINDS]


_YES_NO = re.compile(
    r"(?:^|[,;:] )(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|"
    r"ist|sind|war|hat|haben|wird|kann|est-ce|a-t-il|y a-t-il)\b",
    re.IGNORECASE,
)


# "By how much did sign-ups increase?", "How much of the code is PHP?": a share or a change, not money.
_CHANGE = re.compile(
    r"\bby how much\b|\bhow much (?:of|more|less|higher|lower)\b|\bhow much\b[^?]*\b(?:increase|rise|"
    r"rose|risen|grow|grew|grown|fall|fell|fallen|drop|decline|cut|reduce|jump|surge|climb|shrink|shrank)",
    re.IGNORECASE,
)


QUESTIONS_REMEMBERED = 1024  # questions whose kind match is kept (the same one is asked of repeatedly)
MAX_ASKING_WORDS = 3  # "how much did", "which car company": longer matches hold the subject


def without_question_words(question: str) -> str:
    """The question without the words that ask for the kind of answer ("how much", "which company").

    They say what is asked, not what it is about: an article need not say "much" or
    "company" to answer "How much…" or "Which company…". A longer match holds the
    subject too ("What is the gallery's portrait valued at") and is kept.
    Modifiers between "which" and its noun stay ("Which Sony studio…" keeps "Sony").
    The words that frame a sum or a schedule ("altogether", "due to", ``lexicon.FRAMING_WORDS``) go too,
    in English questions only ("due" is Italian for two): an article gives the sum or the date without them.
    """
    if detect_query_language(question) in ("", DEFAULT_LANGUAGE):
        if expected_kind(question) is Kind.PLACE:  # "…held?": the article says where, not "held"
            question = _PLACE_FRAMING.sub(" ", question)
        question = _FRAMING.sub(" ", question)
    best = _asking(question)
    if best is None or len(best.group(0).split()) > MAX_ASKING_WORDS:
        return question
    words = best.group(0).split()
    if len(words) > 2 and _WHICH_OR_WHAT.fullmatch(words[0]) and words[1].lower() not in _NOT_MODIFIER_WORDS:
        # "Which Scottish chemist…", "Which Sony studio…": the modifiers say what the article is about
        # (without them the article fitted the question too little and was doubted); "which" and the noun go.
        return f"{question[: best.start()]} {' '.join(words[1:-1])} {question[best.end() :]}"
    return f"{question[: best.start()]} {question[best.end() :]}"


_NOT_MODIFIER_WORDS = frozenset(lexicon.NOT_MODIFIERS["en"])


_FRAMING = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.FRAMING_WORDS)})(?!\w)", re.IGNORECASE)
_PLACE_FRAMING = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.PLACE_FRAMING_WORDS)})(?!\w)", re.IGNORECASE)


def asks_yes_or_no(question: str) -> bool:
    """Whether a verb opening the question or a clause asks yes or no, before any question word."""
    yes_no = _YES_NO.search(question)
    best = _asking(question)
    return yes_no is not None and (best is None or yes_no.start() < best.start())


_INTERROGATIVE = re.compile(r"\b(?:what|which|who|whom|whose|how|why|where|when)\b", re.IGNORECASE)
# "Which M.L.B. superstar, who had…": "who" right after the noun a which-question asks for (at most
# four words, no verb between them) says that noun is a person.
_NOUN_THEN_WHO = re.compile(
    r"^\W*(?:which|what)\s+((?:[^\s,?]+\s+){0,3}[^\s,?]+),?\s+(?:who|whom|whose)\b", re.IGNORECASE
)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", re.I)
# "Which letter represents…", "What entity…": the first interrogative asks for a thing by its noun.
_ASKS_THING = re.compile(r"\b(?:which|what)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|of)\b)\w", re.I)


# An auxiliary between "what" and a kind's noun makes the noun the subject: "What did the company say…".
_SUBJECT_VERB = re.compile(
    r"^(?:what|which)\b.*\b(?:do|does|did|has|have|had|will|would|can|could|should)\b", re.IGNORECASE
)


def _relative_who(question: str) -> bool:
    """Whether the question opens "Which <noun>, who…": the asked-for noun is a person."""
    match = _NOUN_THEN_WHO.match(question)
    return match is not None and not _AUXILIARY.search(match.group(1))


def asks_for_thing(question: str) -> bool:
    """Whether the first interrogative asks for a thing by its noun ("Which letter…?", "What entity…?").

    Such a question asks for something the quotes must name, as one asking for a kind does,
    though its noun is none of the kinds.
    """
    first = _INTERROGATIVE.search(question)
    return first is not None and bool(_ASKS_THING.match(question, first.start()))


def asking_words(question: str) -> str:
    """The words that ask for the kind of answer, however long ("what is the name"), or ""."""
    best = _asking(question)
    return best.group(0) if best else ""


def _asking(question: str) -> re.Match[str] | None:
    """The first match of a kind's question words in the question."""
    found = _first_kind(question)
    return found[0] if found else None


@functools.lru_cache(maxsize=QUESTIONS_REMEMBERED)
def _first_kind(question: str) -> tuple[re.Match[str], Kind] | None:
    """The first match of a kind's question words, and its kind (remembered).

    An answer asks this three or four times of the same question (the kind, the words
    without it, yes or no); each time scans the question with every kind's pattern.
    """
    best: tuple[re.Match[str], Kind] | None = None
    patterns = _COMPILED + _DUTCH_COMPILED if detect_query_language(question) == "nl" else _COMPILED
    for kind, pattern in patterns:
        match = pattern.search(question)
        if match and (best is None or match.start() < best[0].start()):
            best = (match, kind)
    if best is None or not _WHICH_OR_WHAT.match(best[0].group(0)):
        return best
    # English asks by the first noun of a kind after "which" or "what" ("Which Facebook product manager
    # presented Places?" asks a person), unless a kind's noun after it is the head: "Which city
    # council…" asks a council, "Which Supreme Court justice…" a person, "What market share…" a share.
    start = best[0].start()
    at_start = [(m, kind) for kind, pattern in patterns if (m := pattern.match(question, start))]
    best = min(at_start, key=lambda found: found[0].end())
    between = _REST_OF_NAME if best[0].group(0).split()[-1][:1].isupper() else _ONE_MORE_WORD
    for match, kind in at_start:
        if between.fullmatch(question, best[0].end(), match.end()):
            best = (match, kind)
    return best


_WHICH_OR_WHAT = re.compile(r"(?:which|what)\b", re.IGNORECASE)
# The head may follow one more lower-case noun: "Which market intelligence firm…" (no verb: "…presented").
_ONE_MORE_WORD = re.compile(rf"(?:\s+(?!(?:{STOPS})\b)(?-i:[a-z][\w-]*)(?<!ed)(?<!s)(?<!ing))?\s+[\w-]+")
# After a capitalised noun the rest of its name may stand between: "Which University of Vermont professor…".
_REST_OF_NAME = re.compile(rf"(?:\s+(?-i:of|[A-Z][\w.&-]*))*{_ONE_MORE_WORD.pattern}")


def expected_kind(question: str) -> Kind | None:
    """The kind of answer the question asks for, or None (yes/no, why, how…).

    The first question word decides: in "Who said when the bridge opens?" it is "who".
    A verb opening the question or a clause before any question word asks yes or no:
    "Does the article say where the match was played?", "After the report…, did…".
    The kind is the main clause's: an interrogative before the words asking for a kind
    opens the question, and they belong to a clause. "What are the entities that…, all
    while adjusting odds when heavy betting occurs…?" asks for entities, not a date;
    "What did the minister say when…?" for no kind.
    """
    best = _first_kind(question)
    if best is None:
        return None
    match, kind = best
    yes_no = _YES_NO.search(question)
    if yes_no and yes_no.start() < match.start():
        return None
    if _INTERROGATIVE.search(question[: match.start()]):
        return Kind.PERSON if kind is Kind.PERSON and _relative_who(question) else None
    if _SUBJECT_VERB.search(match.group(0)):
        return None  # "What did the minister say…": the minister is who says, not what is asked
    if kind is Kind.MONEY and _CHANGE.search(question):
        return Kind.CHANGE
    return kind


# "How many law enforcement agencies sent…": the counted words, up to the first function word.
_COUNTED = re.compile(r"\b(?i:how many) (?:[A-Z][\w-]* ){0,3}((?:[a-z][a-z-]+ ?){1,3})")
_NOT_COUNTED = frozenset(
    "of more less times did does do is are was were have has had will would can could should "
    "in on at for to from by with the a an that who which".split()
)


def counted_words(question: str) -> list[str]:
    """The words of what a "how many" question counts ("How many law enforcement agencies sent…").

    Capitalised words before them qualify them ("How many American children…"); news
    writes a count with the thing counted ("90 characters", "167 passengers").
    """
    match = _COUNTED.search(question)
    if match is None:
        return []
    words = []
    for word in match.group(1).split():
        if word in _NOT_COUNTED:
            break
        words.append(word)
    return words


# Outside English, "how many" and the word after it: "Wie viele Stimmen…?", "Combien de sirènes…?".
_COUNT = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.COUNT_WORDS)})\s*({W}[\w-]*)", re.IGNORECASE)
_NO_COUNTED_NOUN = lexicon.every(lexicon.NOT_COUNTED_NOUNS)
# Nouns a count of which is a time span, a share or a gap, as numbers write them ("Wie viele Stunden…?").
_MEASURE_NOUN = re.compile(
    rf"(?:{alternatives(lexicon.TIME_UNITS)}|{alternatives(lexicon.PERCENT)}|{alternatives(lexicon.GAP_NOUNS)})",
    re.IGNORECASE,
)


def counted_noun(question: str) -> str | None:
    """The noun a "how many" question outside English counts, unless a time span or a share is asked.

    "Wie viele Kirchengemeinden…?" counts parishes: a number measuring time or a share ("vor drei
    Monaten", "fünf Prozent") is no answer to it. "Wie viele Stunden…?" and "Wie viel Prozent…?"
    ask for exactly those; "Wie viele der Verletzten…?" names no noun ("der" is a function word).
    """
    match = _COUNT.search(question)
    if match is None:
        return None
    noun = match.group(1)
    if noun.lower() in _NO_COUNTED_NOUN or _MEASURE_NOUN.fullmatch(noun):
        return None
    if not analyze(noun, detect_query_language(question)):
        return None
    return noun


_CLOCK_ASKED = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CLOCK_ASKED)})\b", re.IGNORECASE)


def asks_clock_time(question: str) -> bool:
    """Whether the question asks a time of day outside English ("¿A qué hora…?", "Um wie viel Uhr…?")."""
    return bool(_CLOCK_ASKED.search(question))
