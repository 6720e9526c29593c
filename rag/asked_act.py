"""The act a "which …" or "where was … published" question asks who or what did (English).

"Which journal published the study of BPA and sperm quality?" asks who published; the question's
rarest word ("sperm") is its topic, and every sentence of the article says it. The sentence that
answers says the act: "…were published online October 28 in Fertility and Sterility". The act is
the first past-tense or participle word (``-ed``) after the asking words, within a few words:
the verb of the asked-for subject ("Which company published…?") or of a passive question ("Where
was the study … published?"). Adjectives on ``-ed`` stand before a noun ("damaged reactors") and
are not the first such word after "which <noun>" in a subject question.
"""

from __future__ import annotations

import re

from store.analysis import analyze

# "Which <up to three words> <verb>ed": the subject's act.
_SUBJECT_ACT = re.compile(r"^(?:which|what) (?:[\w'’-]+ ){1,4}?([a-z]{3,}ed)\b", re.IGNORECASE)
# "Where was/were <…> <verb>ed?": the act of a passive question, its last word.
_PASSIVE_ACT = re.compile(
    r"^where (?:was|were|is|are|has been|have been) [^?]+ ([a-z]{3,}ed)\s*\?", re.IGNORECASE
)
# Past forms that name no act: "Which of the brand's snacks had…", "Which team needed…" says little.
_NOT_ACTS = frozenset({"need", "want", "use", "call", "name", "base", "relat", "involv"})


def asked_act(question: str) -> str | None:
    """The stem of the act an English which-question asks about ("publish"), if it says one."""
    text = question.strip()
    match = _SUBJECT_ACT.search(text) or _PASSIVE_ACT.search(text)
    if match is None:
        return None
    stems = analyze(match.group(1), "en")
    if not stems or stems[-1] in _NOT_ACTS:
        return None
    return stems[-1]
