"""Follow-up questions without an LLM: borrow the conversation's topic and names.

"What did he say about the timeline?" means nothing alone. When a question leans
on earlier turns (pronouns, "that", very few content words — in English, German,
French or Spanish), the retrieval query gets the previous question and the names
in the previous answer added to it, and the answer prefers the articles the
previous answer quoted (:func:`quoted_articles`), so "How much will they spend on
it?" stays on the article the conversation is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.types import Passage
from store.analysis import analyze

History = Sequence[tuple[str, str]]

# Pronouns that point back at a person or group named earlier (en, de, fr, es).
_REFERRING = frozenset(
    """
    he she him her his hers they them their theirs former latter
    er ihn ihm ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner sie dieser diese letztere
    il elle ils elles lui leur leurs celui celle ceux
    él ella ellos ellas su sus
    """.split()
)
# Words that may point back ("was it signed?") or may not ("confirmed that ..."):
# they make a follow-up only in a question with few words of its own.
_MAYBE_REFERRING = frozenset(
    """
    it its this that these those there then same such
    es das dies dort damals dafür dabei davon darüber deshalb
    ce cela ça y en là alors son sa ses
    eso esto allí entonces lo la
    """.split()
)
_SHORT = 3

_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_MARKER = re.compile(r"\[\d+\]")
_QUOTE = re.compile(r"([^\n\]]+?)\s*\[\d+\]")


def is_follow_up(question: str) -> bool:
    """Whether the question needs earlier turns to be understood."""
    words = re.findall(r"[^\W\d_]+", question.lower())
    own = len(analyze(question))
    if any(w in _REFERRING for w in words) or own <= 2:
        return True
    return own <= _SHORT and any(w in _MAYBE_REFERRING for w in words)


def names_in(text: str, limit: int = 6) -> list[str]:
    """Capitalised phrases (people, places, outlets), most frequent first."""
    counts: dict[str, int] = {}
    for sentence in re.split(r"(?<=[.!?])\s+", _MARKER.sub("", text)):
        for match in _NAME.finditer(sentence):
            name = match.group(0)
            if match.start() == 0 and " " not in name:
                continue  # a capital that only starts the sentence
            counts[name] = counts.get(name, 0) + 1
    return [n for n, _ in sorted(counts.items(), key=lambda kv: -kv[1])][:limit]


def contextualize(question: str, history: History | None) -> str:
    """The question, expanded with the conversation's topic when it is a follow-up."""
    if not history or not is_follow_up(question):
        return question
    last_user, last_answer = history[-1]
    context = [last_user, *names_in(last_answer)]
    return f"{question} ({'; '.join(c for c in context if c)})"


def quoted_articles(history: History | None, passages: Sequence[Passage]) -> frozenset[str]:
    """Articles (doc ids) among ``passages`` that the previous answer quoted from.

    The history carries only text, so a passage counts when it contains one of the
    sentences the previous answer quoted (every quote is verbatim).
    """
    if not history:
        return frozenset()
    quotes = [q.strip() for q in _QUOTE.findall(history[-1][1]) if len(q.split()) >= 4]
    return frozenset(p.doc_id for p in passages if any(q in p.text for q in quotes))
