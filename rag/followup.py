"""Follow-up questions without an LLM: borrow the conversation's topic and names.

"What did he say about the timeline?" means nothing alone. When a question leans
on earlier turns (pronouns, "that", very few content words), the retrieval query
gets the previous question and the names in the previous answer added to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from byline.keyword import analyze

History = Sequence[tuple[str, str]]

_REFERRING = frozenset(
    """
    he she him her his hers they them their theirs it its this that these those there
    then former latter same such
    """.split()
)
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_MARKER = re.compile(r"\[\d+\]")


def is_follow_up(question: str) -> bool:
    """Whether the question needs earlier turns to be understood."""
    words = re.findall(r"[a-z’']+", question.lower())
    return any(w in _REFERRING for w in words) or len(analyze(question)) <= 2


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
