"""The short answer voted among the best sentences: the name or figure that recurs, and where it stands.

The best ``VOTERS`` sentences (down to ``VOTE_FLOOR`` of the best one's evidence) vote
through ``rag.short_answer.choose``; a sentence holding the question's rarest act word
weighs more, a sentence opening with "he"/"she" votes for the names of the one before it,
and a one-word name grows to the fuller form the sentences give ("Bankman-Fried" → "Sam
Bankman-Fried").
"""

from __future__ import annotations

import re

from rag.kinds import Kind
from rag.roles import asked_role, names_by_role
from rag.sentence_choice import Candidate, sentence_text
from rag.short_answer import Context, Evidence, ShortAnswer, choose, fuller
from rag.types import Passage

VOTERS = 24  # best sentences that vote for the short answer
VOTE_FLOOR = 0.5  # a voter's evidence, relative to the best sentence's
NAMED = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.NAME})
KEY_TERM_BONUS = 0.6  # vote weight for a sentence holding the question's rarest predicate word


def voted_answer(
    question: str,
    kind: Kind | None,
    ranked: list[Candidate],
    passages: list[Passage],
    outlets: frozenset[str],
    acts: frozenset[str] = frozenset(),
    key_act: str | None = None,
    home: str | None = None,
    act: str | None = None,
) -> tuple[ShortAnswer, list[Candidate]] | None:
    """The recurring answer among the best sentences, and those sentences.

    When none of the best sentences holds the asked-for kind, a weaker one that does and
    says what the question asks about (``acts``: its words outside its names) votes
    instead: "It's valued at $150,000." under "Lupita Nyong'o's … Oscar dress… was stolen";
    so does one of the ``home`` article (the best sentence's), if given.
    ``act`` (``rag.asked_act``: "publish" of "Which journal published…?") weighs like ``key_act``.
    """
    if kind is None or not ranked:
        return None
    floor = VOTE_FLOOR * ranked[0].rank_score
    voters = [c for c in ranked[:VOTERS] if c.rank_score >= floor and c.lexical + c.inside > 0]
    # "Which judge…?": a sentence naming someone by the role asked votes, however few of the question's
    # words it repeats ("US district judge Edward Davila in San Jose… dismissed the case").
    role = asked_role(question) if kind is Kind.PERSON else None
    if role:
        voters += [
            c for c in ranked[:VOTERS] if c not in voters and names_by_role(sentence_text(c, passages), role)
        ]
    context = [Context(p.doc_id, p.text) for p in passages]
    found = _vote(question, kind, voters, passages, outlets, context, ranked, key_act, act)
    if found is None:
        voters = [
            c
            for c in ranked[:VOTERS]
            if c.typed and (c.terms & acts or passages[c.passage].doc_id == home) and c not in voters
        ]
        found = _vote(question, kind, voters, passages, outlets, context)
    if found is None:
        return None
    holding = [voters[i] for i in found.support if found.text in sentence_text(voters[i], passages)]
    if not holding and found.support:  # named only in the sentence before a "he"/"she" voter
        holding = [c for c in ranked if found.text in sentence_text(c, passages)][:1]
    if found.kind in NAMED and " " not in found.text.strip():
        sentences = [sentence_text(c, passages) for c in ranked]
        longer = fuller(found, sentences)
        if longer is not None:
            name, where = longer
            found = ShortAnswer(name, found.kind, found.support, found.score)
            holding = [ranked[i] for i in where]
    return (found, holding) if holding else None


# A sentence opening with "he"/"she" is about the person the sentence before it names:
# "…, a ajouté Laurent Fabius. Il accueillait à Roissy un premier avion spécial."
_HE_OR_SHE = re.compile(r"^(?:he|she|il|elle|er|sie|él|ella|ele)\b", re.IGNORECASE)


def _before(cand: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The quotable sentence just before ``cand`` in its passage, if any."""
    earlier = [c for c in ranked if c.passage == cand.passage and c.end <= cand.start]
    return max(earlier, key=lambda c: c.end, default=None)


def _vote(
    question: str,
    kind: Kind,
    voters: list[Candidate],
    passages: list[Passage],
    outlets: frozenset[str],
    context: list[Context],
    ranked: list[Candidate] | None = None,
    key_act: str | None = None,
    act: str | None = None,
) -> ShortAnswer | None:
    """The vote among ``voters`` (None when there are none or they name nothing of the kind).

    A voter holding ``key_act`` (the question's rarest word outside its names) or the asked ``act``
    weighs more.

    For a person, a voter opening with "he" or "she" also votes for the names of the
    sentence before it (from ``ranked``, all quotable sentences).
    """
    evidence = []
    for c in voters:
        sentence = sentence_text(c, passages)
        prior = _before(c, ranked) if ranked and kind is Kind.PERSON and _HE_OR_SHE.match(sentence) else None
        if prior is not None:
            sentence = f"{sentence_text(prior, passages)} {sentence}"
        keyed = (key_act is not None and key_act in c.terms) or (act is not None and act in c.terms)
        weight = c.rank_score * (1 + KEY_TERM_BONUS * keyed)
        evidence.append(Evidence(sentence, passages[c.passage].doc_id, weight))
    return choose(question, kind, evidence, excluded=tuple(outlets), context=context) if evidence else None
