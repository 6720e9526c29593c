"""Sentence boundaries with character offsets.

Shared by the chunker (chunks end on sentence boundaries) and the extractive
answerer (answers are whole sentences quoted verbatim), so both agree on what a
sentence is. Rule-based and dependency-free: NLTK's punkt would need data files
and the offsets would still have to be recovered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from byline import lexicon
from byline.lexicon import alternatives, every

# Words after which a period rarely ends a sentence in news copy.
_ABBREVIATIONS = every(lexicon.ABBREVIATIONS)
# Abbreviations only before a number: "ca. 50", "Nr. 5" (a state's "CA." may end a sentence).
_BEFORE_NUMBERS = every(lexicon.ABBREVIATIONS_BEFORE_NUMBERS)
_NUMBER_AFTER = re.compile(r"\s+\d")
# A number after a German article or its contraction is an ordinal: "zum 3. Mal", "die 2. Liga",
# "seinen 70. Geburtstag" ("stieg auf 158. Die Polizei…" ends a sentence).
_GERMAN_ORDINAL = re.compile(rf"\b(?:{alternatives(lexicon.ORDINAL_BEFORE)}) $")
# "am 12. August", "am 3. Mai": a day's number before a month is an ordinal, no sentence's end.
_MONTH_AFTER = re.compile(rf"\s+(?:{alternatives(lexicon.MONTHS, ['de'])})\b")
# A sentence's end: its marks and the quotes or brackets closing on it. After Western marks a
# quote closes in German („…“, »…«, ‚…‘) and French or Spanish («…») too; French sets a space
# before its closing » ("l’avenir. »"). After CJK marks an opening “ begins the next sentence.
_TERMINATOR = re.compile(
    r"[.!?…]*[。！？][.!?…。！？]*[\"'”’)\]」』）]*|"
    r"[.!?…]+(?:[\"'”’)\]」』）“«»‘›]|[ \u00a0\u202f]»(?!\w))*"
)
# Chinese and Japanese full stops end a sentence with no space after them.
_UNSPACED_ENDS = frozenset("。！？")
_UNSPACED_CLOSERS = frozenset("」』）")
# Scripts written without spaces between words: each character counts as half a word.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_CLOSERS = "\"'”’)]"
# A dash then a lower-case word after a quote's last mark names who spoke (Polish, Czech, Russian,
# Spanish news: „…prawda?” – wskazał; «…» — dijo): no new sentence.
_DASHES = "–—"
_ATTRIBUTION = re.compile(r"[–—][ \u00a0]?(\w)")
_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_DOTTED = re.compile(r"[A-Za-z]{1,2}\.")  # the rest of "Ph.D." or "M.Sc."


def _is_boundary(text: str, end: int, mark_start: int, limit: int) -> bool:
    """Whether the terminator ``text[mark_start:end]`` closes a sentence of the line ending at ``limit``.

    Looks only at characters near the mark (no slicing of the text), so splitting
    stays linear in the article's length.
    """
    if end >= limit:
        return True
    if _UNSPACED_ENDS.intersection(text[mark_start:end]):
        # 「…！」が受賞した: a mark inside closing quotes that the sentence goes on after.
        return text[end - 1] not in _UNSPACED_CLOSERS or text[end].isspace()
    nxt = text[end]
    if nxt.isspace():
        ahead = end
        while ahead < limit and text[ahead].isspace():
            ahead += 1
        if ahead >= limit:
            return True
        first = text[ahead]
        if not (first.isupper() or first.isdigit() or first in "\"'“‘([" or not first.isalpha()):
            return False
        speaker = _ATTRIBUTION.match(text, ahead) if first in _DASHES else None
        if speaker and speaker.group(1).islower():
            return False  # „…prawda?” – wskazał: the dash brings the quote's speaker, same sentence
    elif not (nxt.isupper() and text[mark_start - 1 : mark_start].islower()) or _DOTTED.match(text, end):
        # "dynamics.The" (two sentences glued together) splits; "3.5", "U.S." or "Ph.D." does not.
        return False
    if text[mark_start] != ".":
        return True
    word_start = mark_start
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“。！？':
        word_start -= 1
    word = text[word_start:mark_start].lower().strip("'’\"")
    if word in _ABBREVIATIONS:
        return False
    if word in _BEFORE_NUMBERS and _NUMBER_AFTER.match(text, end):
        return False
    if word.isdigit() and len(word) <= 2 and _MONTH_AFTER.match(text, end):
        return False
    if word.isdigit() and _GERMAN_ORDINAL.search(text, max(0, word_start - 12), word_start):
        return False
    # Initials such as "J." in "J. Smith" and "U.S." are not ends.
    return not _INITIALS.fullmatch(word)


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans within one line ``text[start:end]``."""
    cursor = start
    for match in _TERMINATOR.finditer(text, start, end):
        if _is_boundary(text, match.end(), match.start(), end):
            yield from _trimmed(text, cursor, match.end())
            cursor = match.end()
    if cursor < end:
        yield from _trimmed(text, cursor, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield (start, end)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``; line breaks always end one."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line_end in [m.start() for m in re.finditer(r"\n", text)] + [len(text)]:
        spans.extend(_split_line(text, line_start, line_end))
        line_start = line_end + 1
    return spans


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace, for comparisons that ignore layout."""
    return _SPACE.sub(" ", text).strip()


def word_count(text: str) -> int:
    """Words in ``text``, counting two characters of an unspaced script (Chinese, Japanese, Thai) as one."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // 2
