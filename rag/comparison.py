"""Side-by-side answers: "did both X and Y report…" and "has … changed between <date> and <date>".

A pile of quotes does not say who reported what or what changed. For a question
naming two or more outlets, the answer is one quote per outlet, labelled with the
outlet and the article's date, in the order the question names them; for a
question about change over time, one quote per named date (or per outlet), in
date order. An outlet with no fitting sentence among the closest passages gets a
line saying so, rather than a quote from someone else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.query import QueryPlan
from rag.sentence_choice import Candidate
from rag.types import Answer, Passage

_CHANGE = re.compile(
    r"\b(?:chang\w*|shift\w*|remain\w*|consistent\w*|still|evolv\w*|differ\w*|before|after|"
    r"ge(?:ä|a)ndert|veränder\w*|chang[ée]\w*|évolu\w*)\b",
    re.IGNORECASE,
)
MIN_SHARE = 0.5  # a labelled quote must be at least this good, relative to the best sentence


def label(passage: Passage) -> str:
    """ "Outlet, date" for a passage, whichever of them it has."""
    return (
        ", ".join(x for x in (passage.publisher, passage.date[:10]) if x) or passage.title or passage.source
    )


def _best_of_each(
    ranked: list[Candidate], groups: list[str], group_of: Callable[[Passage], str], passages: list[Passage]
) -> list[tuple[str, Candidate | None]]:
    best = ranked[0].evidence
    out = []
    for group in groups:
        pick = next(
            (c for c in ranked if group_of(passages[c.passage]) == group and c.evidence >= MIN_SHARE * best),
            None,
        )
        out.append((group, pick))
    return out


def _ordered_outlets(question: str, outlets: frozenset[str]) -> list[str]:
    return sorted(outlets, key=lambda o: (question.find(o), o))


def by_outlet_or_date(
    question: str, ranked: list[Candidate], passages: list[Passage], plan: QueryPlan, limit: int
) -> Answer | None:
    """The labelled side-by-side answer, or None when the question compares nothing."""
    from rag.extractive import render  # the one renderer; imported here to avoid a cycle

    if not ranked:
        return None
    change = bool(_CHANGE.search(question))
    if len(plan.dates) >= 2 and change:
        picks = _best_of_each(ranked, sorted(plan.dates), lambda p: p.date[:10], passages)
    elif len(plan.outlets) >= 2:
        picks = _best_of_each(
            ranked, _ordered_outlets(question, plan.outlets), lambda p: p.publisher, passages
        )
    else:
        return None
    found = [(g, c) for g, c in picks if c is not None]
    if len(found) < 2:
        return None  # nothing to set side by side: the ordinary answer is better
    chosen = [c for _, c in found][: max(limit, 2)]
    if change:
        chosen.sort(key=lambda c: passages[c.passage].date)
    answer = render(chosen, passages, labels={c.passage: label(passages[c.passage]) for c in chosen})
    absent = [g for g, c in picks if c is None]
    if absent:
        answer.text += "\n" + "\n".join(f"{g}: nothing among the closest passages." for g in absent)
    return answer
