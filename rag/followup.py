"""Follow-up questions without an LLM: borrow the conversation's topic and names.

"What did he say about the timeline?" means nothing alone. When a question leans
on earlier turns (pronouns, "that", very few content words), the retrieval query
gets the previous question and the names in the previous answer added to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.analysis import analyze

History = Sequence[tuple[str, str]]

# Pronouns that point back at a person or group named earlier.
_REFERRING = frozenset("he she him her his hers they them their theirs former latter".split())
# Words that may point back ("was it signed?") or may not ("confirmed that ..."):
# they make a follow-up only in a question with few words of its own.
_MAYBE_REFERRING = frozenset("it its this that these those there then same such".split())
_SHORT = 3

_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_MARKER = re.compile(r"\[\d+\]")


def is_follow_up(question: str) -> bool:
    """Whether the question needs earlier turns to be understood."""
    words = re.findall(r"[a-z’']+", question.lower())
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
