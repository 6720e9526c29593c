"""Checks on the article that gives the answer: does it say what the question is about and asks?

A one-thing question is answered by one article (``answering``): the one whose sentence holds
the short answer. Its answer stands only when that article says the noun the question is
about (``lacks_subject``), when the passage holding the answer says the act asked about
(``lacks_relation``), and, for "who", when the person is named where the question's rare
words are said (``tied_person``; outside English ``named_where_asked``, which also reads the
noun a "what is … called" question asks about), each voting again among such sentences.
"""

from __future__ import annotations

import re

from rag.answer_vote import VOTE_FLOOR, VOTERS, voted_answer
from rag.kinds import Kind
from rag.question_nouns import says, subject_noun
from rag.refusal import holds_terms, named_noun
from rag.relation import person_ties, relation_term, says_relation, tie_count
from rag.sentence_choice import Candidate, asked_thing, predicate_terms, sentence_text
from rag.short_answer import ShortAnswer
from rag.types import Passage
from store.analysis import analyze
from store.local_index import LocalIndex

# A "who" answer chosen again (``tied_person``) comes from a sentence saying this many of the question's
# rare words: one is mostly the setting all retrieved articles share ("caucuses", "stabbings").
REVOTE_TIES = 2


def lacks_subject(
    question: str,
    short: tuple[ShortAnswer, list[Candidate]] | None,
    ranked: list[Candidate],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
) -> bool:
    """Whether the article answering a one-thing English question never says the noun it is about.

    The article is the one of the sentence holding the short answer, else of the best
    sentence; its quotable retrieved sentences are what it says, in the noun's word or
    another word for it (``rag.question_nouns.says``).
    """
    noun = subject_noun(question, keyword.idf, asked_thing(question, language))
    if noun is None or not ranked:
        return False
    doc = answering(short, ranked, passages)
    return not any(says(noun, c.terms) for c in ranked if passages[c.passage].doc_id == doc)


def lacks_relation(
    question: str,
    unasked: str,
    short: tuple[ShortAnswer, list[Candidate]],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
) -> bool:
    """Whether the passage holding the short answer never says the act the question asks about.

    "When did the UPS strike begin?" is not answered by "1997" from a passage on a strike
    that never says it began then (``rag.relation``).
    """
    # ``unasked``: the question without "How many…", "How long…", which say what kind of answer
    # is asked, not what happened.
    acts = predicate_terms(unasked, keyword, question)
    relation = relation_term(acts, keyword.idf, asked_thing(question, language))
    if relation is None:
        return False
    passage = passages[short[1][0].passage]
    return not says_relation(relation, f"{passage.title} {passage.text}")


def tied_person(
    question: str,
    unasked: str,
    short: tuple[ShortAnswer, list[Candidate]],
    ranked: list[Candidate],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
    outlets: frozenset[str],
    acts: frozenset[str],
    key_act: str | None,
) -> tuple[ShortAnswer, list[Candidate]] | None:
    """The short answer of a one-thing English "who" question, named where the question's act is said.

    A name voted from sentences that say none of the question's rare words (``rag.relation.person_ties``)
    is someone else the article mentions: "Who directed Passengers?" is not answered by "Australian"
    from "…a minimum of $100 Australian to take passengers…", unless another retrieved sentence naming
    them (by surname too) says ``REVOTE_TIES`` of those words. Else the name is chosen again among the good
    sentences (the voters' floor) saying ``REVOTE_TIES`` of those words — "Who was the FTC's lead trial
    attorney…?" finds "…the FTC's lead trial attorney on the case, James Weingarten" — and None
    (a refusal) when none does: one shared word is mostly the setting every retrieved article shares
    ("Who won the 2024 Iowa Republican caucuses?" over "…before the first Republican caucuses in
    Iowa…, Christie quit").
    """
    tie = person_ties(
        predicate_terms(unasked, keyword, question),  # ``unasked``: the question without its asking words
        keyword.idf,
        asked_thing(question, language),
    )
    if not tie or any(tie_count(tie, c.terms) for c in short[1]):
        return short
    # Named again by surname in a sentence that says the act: "The Lantern Keeper, starring Maria Olsen,
    # opened…" then "Olsen plays the lighthouse keeper…" answers "Who plays the lighthouse keeper…?".
    last = short[0].text.split()[-1:]
    surname = re.compile(rf"(?<!\w){re.escape(last[0])}(?!\w)") if last else None
    if surname and any(
        tie_count(tie, c.terms) >= REVOTE_TIES and surname.search(sentence_text(c, passages)) for c in ranked
    ):
        return short
    floor = VOTE_FLOOR * ranked[0].rank_score
    tied = [c for c in ranked[:VOTERS] if c.rank_score >= floor and tie_count(tie, c.terms) >= REVOTE_TIES]
    return voted_answer(question, Kind.PERSON, tied, passages, outlets, acts, key_act)


def article_sentences(doc: str, ranked: list[Candidate], passages: list[Passage]) -> list[str]:
    """The quotable retrieved sentences of article ``doc``, with its passages' headlines."""
    of_doc = [c for c in ranked if passages[c.passage].doc_id == doc]
    return [sentence_text(c, passages) for c in of_doc] + sorted({passages[c.passage].title for c in of_doc})


def named_where_asked(
    question: str,
    unasked: str,
    kind: Kind,
    short: tuple[ShortAnswer, list[Candidate]],
    ranked: list[Candidate],
    passages: list[Passage],
    keyword: LocalIndex,
    language: str,
    outlets: frozenset[str],
    acts: frozenset[str],
    key_act: str | None,
) -> tuple[ShortAnswer, list[Candidate]] | None:
    """Outside English, the short answer of a "who" or "what is … called" question, named where asked.

    "Wie heißt der Kapitän des gesunkenen Containerfrachters El Faro?" is not answered by "Trümmer"
    from a sentence on the ship, nor "Qui a remporté le Tour de France 2019 ?" by a name from a
    sentence that says no one won: the name stands beside the noun asked about
    (``rag.refusal.named_noun``) or, for "who did…", in a sentence saying one of the question's rare
    words (``rag.relation.person_ties``). Else it is chosen again among the good sentences saying it,
    and None (a refusal) when none names anyone.
    """
    noun = named_noun(question)
    if noun:
        ties = [frozenset(analyze(noun, language))]
    elif kind is Kind.PERSON:
        rare = person_ties(predicate_terms(unasked, keyword), keyword.idf, asked_thing(question, language))
        ties = [frozenset([t]) for t in rare]
    else:
        ties = []

    def tied(c: Candidate) -> bool:
        return any(holds_terms(t, c.terms, language, keyword) for t in ties if t)

    if not ties or any(tied(c) for c in short[1]):
        return short
    saying = [c for c in ranked[:VOTERS] if tied(c)]
    return voted_answer(question, kind, saying, passages, outlets, acts, key_act)


def answering(
    short: tuple[ShortAnswer, list[Candidate]] | None, ranked: list[Candidate], passages: list[Passage]
) -> str:
    """The article giving the answer: the one of the sentence holding the short answer, else of the best."""
    return passages[(short[1][0] if short else ranked[0]).passage].doc_id
