"""Plain text (``.txt``, ``.md``) and what every loader does to article text."""

from __future__ import annotations

import re

from byline.boilerplate import is_boilerplate, without_credit
from byline.sentences import sentence_spans
from index.article import Article, Skipped
from index.loaders.decoding import decode

MIN_TEXT_CHARS = 20

Loaded = list[Article | Skipped]


def article_text(text: str) -> str:
    """The text without page furniture (sharing, standards, copyright, "Read more")."""
    kept = [without_furniture(line) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def without_furniture(line: str) -> str:
    """``line`` without its furniture: a furniture line goes whole, a paragraph loses only those sentences.

    Some feeds give a whole article body as one line (Webhose's records): "All rights reserved."
    at its end took the whole article with it, and a byline with its time stamp opening it was
    quoted with the first sentence (``without_credit``).
    """
    line = without_credit(line)
    if not is_boilerplate(line):
        return line
    spans = sentence_spans(line)
    if len(spans) <= 1:
        return ""
    return " ".join(line[s:e] for s, e in spans if not is_boilerplate(line[s:e]))


def title_from_first_line(text: str) -> str:
    """The first line when it reads like a headline: short, not ending a sentence."""
    first = text.lstrip().split("\n", 1)[0].strip()
    heading = re.match(r"#{1,3}\s+(.+)", first)
    if heading:
        return heading.group(1).strip()
    rest = text.lstrip()[len(first) :].strip()
    if first and rest and len(first) <= 200 and not re.search(r"[.!?:;,]$", first):
        return first
    return ""


def load_plain(path: str, raw: bytes) -> Loaded:
    """``.txt`` and ``.md``: the whole file is the article."""
    text = decode(raw, path)
    if isinstance(text, Skipped):
        return [text]
    text = article_text(text)
    if len(text) < MIN_TEXT_CHARS:
        return [Skipped(path, f"too little text (under {MIN_TEXT_CHARS} characters)")]
    return [Article(path=path, slot=path, text=text, title=title_from_first_line(text))]
