"""Answers and citations for the chat: article text is shown as text, everywhere.

Article text is data, never markup. The sources panel is HTML we build, so every
piece of an article is HTML-escaped there. The chat bubble is Markdown (Gradio
renders it), so there an article's text is made literal Markdown: ``<``, ``>``
and ``&`` become entities and every other ASCII punctuation mark is
backslash-escaped, which turns ``![x](http://…)``, ``[phish](…)``, ``**bold**``,
bare URLs and ``$$…$$`` into the characters the article holds. Only the
answer's own ``[n]`` markers become links, to the cited article's original
address when it has one. The highlighted sentences come from
``Citation.highlights`` (offsets), so nothing is recovered by parsing HTML.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote, urlsplit

from rag import Answer, Citation
from ui.uploads import shown_source

ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
PUNCTUATION = set("\\`*_{}[]()#+-.!|~$:@/\"'=,;?%^")
MARKER = re.compile(r"\\\[(\d+)\\\]")  # an escaped "[n]"


def literal_markdown(text: str) -> str:
    """``text`` as Markdown that renders exactly these characters (no links, images, math, HTML)."""
    out = []
    for ch in text:
        if ch in ENTITIES:
            out.append(ENTITIES[ch])
        elif ch in PUNCTUATION:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def safe_url(url: str) -> str:
    """An article's http(s) address, percent-encoded so it cannot break out of a link; else ""."""
    url = (url or "").strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    if scheme not in ("http", "https"):
        return ""
    return quote(url, safe=":/?#@!$&*+,;=%~-._")


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The passage, escaped, with the cited sentences wrapped in ``<mark>``."""
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out).replace("\n", "<br>")


def citation_card(c: Citation) -> str:
    """One source: number, headline (linked to the original when known), file and place, passage."""
    title = escape(c.title or shown_source(c.source))
    url = safe_url(c.url)
    if url:
        title = f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer nofollow">{title}</a>'
    details = " · ".join(escape(x) for x in (c.publisher, c.date, shown_source(c.source)) if x)
    return (
        f'<div class="byline-source" data-n="{c.n}">'
        f'<div class="byline-source-head"><b>[{c.n}] {title}</b></div>'
        f'<div class="byline-source-meta">{details} · characters {c.start}–{c.end}'
        f" · similarity {c.score:.2f}</div>"
        f'<div class="byline-source-text">{highlighted(c.text, c.highlights)}</div></div>'
    )


def sources_html(answer: Answer) -> str:
    """The sources panel for an answer: cited passages, or the closest ones after a refusal."""
    if answer.citations:
        head = "<h3>Sources</h3>"
        cards = answer.citations
    elif answer.related:
        head = "<h3>Closest passages (not cited)</h3>"
        cards = answer.related
    else:
        return "<p>No passages.</p>"
    return head + "".join(citation_card(c) for c in cards)


def answer_markdown(answer: Answer) -> str:
    """The answer for the chat bubble: literal text, with ``[n]`` linked to the cited article."""
    text = literal_markdown(answer.text)
    for sentence in answer.unsupported:  # LLM sentences without a citation
        escaped = literal_markdown(sentence)
        text = text.replace(escaped, f"⚠ {escaped}", 1)
    urls = {c.n: safe_url(c.url) for c in answer.citations}

    def marker(m: re.Match[str]) -> str:
        url = urls.get(int(m.group(1)), "")
        return f"[\\[{m.group(1)}\\]]({url})" if url else m.group(0)

    # Each line of the answer (the short answer, a label, a quote) stays its own paragraph.
    text = "\n\n".join(line for line in MARKER.sub(marker, text).splitlines() if line.strip())
    return f"{text}\n\n_{literal_markdown(answer.notice)}_" if answer.notice else text
