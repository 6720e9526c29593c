"""Why an extractive answer may be no answer: the doubts, and the policy that weighs them.

``rag.extractive.compose`` used to refuse at the first check that fired. It now collects every
doubt about the answer it built (``Doubt``), and one policy decides whether they add up to a
refusal. Collecting them all is what lets the policy be calibrated on many corpora at once: a
bench run with the policy ``off`` records each question's doubts and whether its answer held the
gold, and any other policy's result follows without asking again (``bench/refusal_policy.py``).

Policies (``Settings.refusal_policy``):
- ``any``: one doubt refuses (how Byline answered until this module).
- ``off``: no doubt refuses; only an answer with nothing to quote is refused (for the bench).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from byline.settings import RefusalPolicy


class Doubt(StrEnum):
    """One check's reason to think the quotes do not answer the question (``rag.refusal``)."""

    UNANCHORED = "unanchored"  # no article names what a one-thing question is about (always refuses)
    THRESHOLD = "threshold"  # even the best sentence is weak evidence
    UNSUPPORTED = "unsupported"  # the question's own names are in no passage
    NAMES_APART = "names_apart"  # a one-thing question's names are in different articles
    SCATTERED = "scattered"  # no one article holds most of the question's weighted words
    ANCHORED_WEAK = "anchored_weak"  # the articles naming what it is about are weak evidence
    ELSEWHERE_ONLY = "elsewhere_only"  # only articles not about the question give a figure
    UNNAMED = "unnamed"  # a "who"/"when" question whose quotes name no person/date
    UNFIGURED = "unfigured"  # outside English, a figure asked and none given
    UNBACKED = "unbacked"  # weak evidence and a short answer that does not recur
    NAMED_NOUN = "named_noun"  # outside English, no name beside the noun asked about
    PASSAGE_UNNAMED = "passage_unnamed"  # a figure from a passage not naming the question's subject
    ROLE_UNSAID = "role_unsaid"  # CJK: the answering article never says the role asked about
    OWNER_UNSAID = "owner_unsaid"  # CJK: …nor whose role it is ("宏达公司的总经理")
    LACKS_SUBJECT = "lacks_subject"  # the answering article never says the noun asked about
    OFF_QUESTION = "off_question"  # the answering article holds too little of the question
    LACKS_RELATION = "lacks_relation"  # the short answer's passage never says the act asked about
    TIED_PERSON = "tied_person"  # no sentence naming the person says what the question asks
    SOMEONE_ELSES_ROLE = "someone_elses_role"  # the person named holds another role
    IN_OTHER_ROLE = "in_other_role"  # the person is named in another role than the one asked
    FUTURE_DATE = "future_date"  # "when will…" answered by a date before the report
    UNCOUNTED = "uncounted"  # the count does not stand beside what is counted
    COUNT_APART = "count_apart"  # English: no quoted figure stands beside what the question counts
    NOUN_UNCOUNTED = "noun_uncounted"  # outside English, no count beside the noun asked
    AMOUNT_OFF = "amount_off"  # outside English, the sentences giving an amount say little of the question


# What each doubt tells the reader of a refusal (the answer's notice), in their own words.
REASONS: dict[Doubt, str] = {
    Doubt.UNANCHORED: "no article names what the question is about",
    Doubt.THRESHOLD: "no passage comes close to the question",
    Doubt.UNSUPPORTED: "a name in the question is in no passage found",
    Doubt.NAMES_APART: "the question's names are never in one article together",
    Doubt.SCATTERED: "no article holds most of the question's words",
    Doubt.ANCHORED_WEAK: "the articles naming what it asks about barely match the question",
    Doubt.ELSEWHERE_ONLY: "only articles about something else give a figure of that kind",
    Doubt.UNNAMED: "the closest sentences give no answer of the kind asked (a person, a date)",
    Doubt.UNFIGURED: "the closest sentences give no figure",
    Doubt.UNBACKED: "the evidence is weak and no answer recurs across articles",
    Doubt.NAMED_NOUN: "no name stands beside what the question asks about",
    Doubt.PASSAGE_UNNAMED: "the figure found comes from a passage that never names the question's subject",
    Doubt.ROLE_UNSAID: "the article never names the role asked about",
    Doubt.OWNER_UNSAID: "the article never names whose role the question asks about",
    Doubt.LACKS_SUBJECT: "the article answering never says what the question is about",
    Doubt.OFF_QUESTION: "the article answering holds too little of the question",
    Doubt.LACKS_RELATION: "the passage found never says what the question asks happened",
    Doubt.TIED_PERSON: "no sentence naming a person says what the question asks",
    Doubt.SOMEONE_ELSES_ROLE: "the person found holds another role than the one asked",
    Doubt.IN_OTHER_ROLE: "the person found is named in another role",
    Doubt.FUTURE_DATE: "the date found is before the report, not one to come",
    Doubt.UNCOUNTED: "the count found is of something else",
    Doubt.COUNT_APART: "no figure quoted stands beside what the question counts",
    Doubt.NOUN_UNCOUNTED: "no count stands beside what the question counts",
    Doubt.AMOUNT_OFF: "the sentence giving the amount says little of what the question asks about",
}
SHOWN_REASONS = 2  # a refusal's notice names its first reasons, not every check that doubted


def why(doubts: Iterable[str]) -> str:
    """The notice of a refusal: its first reasons in the order the checks run ("" when none)."""
    held = set(doubts)
    reasons = [REASONS[d] for d in Doubt if d in held][:SHOWN_REASONS]
    return f"Why: {'; '.join(reasons)}." if reasons else ""


# The checks that weigh the question's words in the archive's articles or the answering passage. On
# pages and questions no rule was written from (news_fresh12, news_fresh13) they doubted 19 answers
# the quotes held, and only 3 off-topic questions nothing else doubted (docs/benchmarks.md, issue 14).
WORD_FIT = frozenset({Doubt.SCATTERED, Doubt.OFF_QUESTION, Doubt.LACKS_SUBJECT, Doubt.LACKS_RELATION})
# The sentence giving the answer this close in meaning to the question (the embedding's cosine) says
# it in other words. Measured on the 16 English sets' collected doubts: at 0.7 the word checks' doubts
# set aside freed 12 good answers and 4 off-topic questions; at 0.76, 5 and none. The higher one is
# kept: "When did the union sign its first contract?" over "…said on Tuesday that its members approved
# a new contract" reads 0.756, a near miss the checks should still refuse (tests/rag/test_relation.py).
PARAPHRASED = 0.76


def standing(doubts: set[Doubt], best_similarity: float) -> set[Doubt]:
    """The doubts that stand when the best quote's cosine with the question is ``best_similarity``."""
    return doubts - WORD_FIT if best_similarity >= PARAPHRASED else doubts


def settled(doubts: set[Doubt], policy: RefusalPolicy) -> bool:
    """Whether ``doubts`` already refuse, whatever the later checks find (none can set them aside).

    The answer then stops at the first such doubt, as it did before the doubts were collected:
    the later checks (the short answer's vote among them) cost time a refusal does not need.
    """
    return policy == "any" and bool(doubts - WORD_FIT)


def refuses(doubts: Iterable[Doubt], policy: RefusalPolicy) -> bool:
    """Whether ``doubts`` add up to a refusal under ``policy``."""
    return policy == "any" and any(True for _ in doubts)
