"""Whether the passage giving a short answer says what the question asks happened.

Off-topic questions over a real archive often name an entity the archive holds and ask a fact
it does not state: "When was Nangolo Mbumba sworn in as president of Namibia?" over an article
on Namibia's president that gives another date, "How much did the IRS fine the Trump Foundation
for self-dealing?" over one naming the foundation and another figure. The names are there, the
asked relation ("sworn", "fine") is not: the passage holding the answer never says it, in the
question's word or another form of it (``rag.synonyms``, ``rag.question_nouns.same_root``).

The relation is the question's rarest word outside its names (``predicate_terms``), leaving out
the noun it asks for ("Which actress…?") and words so common they name no act.
Measured on the real-news dev sets (docs/benchmarks.md, news11): a "who" question is not judged
by its one rarest word, its relation is often a role the answer's sentence implies ("Which singer
performed…?" over "Sheryl Crow sang…"). It is judged by the sentence naming the person instead
(``person_ties``, news13): "Who directed Passengers?" is not answered by "Australian" from a sentence
on passengers that never says "directed", nor "Who succeeded Ban Ki-moon…?" by "Palestinians"; the
sentence must say one of the question's rare words or the noun it asks for ("…the recently released
musical from director Damien Chazelle").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rag.question_nouns import same_root, says
from rag.synonyms import group
from store.analysis import DEFAULT_LANGUAGE, analyze

# Below this idf a word is in a large part of the archive ("pay", "sign", "much"): its absence from
# one passage says little about what the passage is about.
MIN_RELATION_IDF = 2.7


def relation_term(acts: Iterable[str], idf: Callable[[str], float], asked: str | None) -> str | None:
    """The question's rarest predicate stem, other than the noun it asks for (``asked``), if rare enough."""
    words = [a for a in acts if a != asked and idf(a) >= MIN_RELATION_IDF]
    return max(sorted(words), key=idf, default=None)


def says_relation(relation: str, text: str) -> bool:
    """Whether an English ``text`` says the stem ``relation`` by itself, another form, or another word."""
    terms = set(analyze(text, DEFAULT_LANGUAGE))
    return bool(group(relation) & terms) or any(same_root(relation, t) for t in terms)


def person_ties(acts: Iterable[str], idf: Callable[[str], float], asked: str | None) -> frozenset[str]:
    """What the sentence naming a "who" question's answer must say one of (empty: nothing to judge).

    The question's rare predicate stems (``MIN_RELATION_IDF``; numbers left out: a year is when, not
    what happened), and when there is one, the noun it asks for: "Which actor joined Rian Johnson…?"
    is answered by "…a Q&A with actor Chris Evans", which says neither "join" nor "joined".
    """
    rare = {a for a in acts if a != asked and idf(a) >= MIN_RELATION_IDF and not a.isdigit()}
    return frozenset(rare | {asked}) if rare and asked else frozenset(rare)


def tie_count(words: frozenset[str], terms: frozenset[str]) -> int:
    """How many of ``words`` a sentence's ``terms`` (English stems) say, each by itself or another word."""
    return sum(says(w, terms) for w in words)
