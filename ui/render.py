"""Citations to HTML for the sources panel.

Everything that comes from an article is escaped: article text is data, never
markup. The highlighted sentences come from ``Citation.highlights`` (offsets),
so nothing is recovered by parsing rendered HTML.
"""

from __future__ import annotations

from html import escape

from rag import Answer, Citation


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
    """One source: number, headline, file and place in it, then the passage."""
    title = escape(c.title or c.source)
    details = " · ".join(escape(x) for x in (c.publisher, c.date, c.source) if x)
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
    """The answer text for the chat bubble, article text escaped."""
    text = escape(answer.text)
    for sentence in answer.unsupported:  # LLM sentences without a citation
        text = text.replace(escape(sentence), f"⚠ {escape(sentence)}", 1)
    return f"{text}\n\n_{escape(answer.notice)}_" if answer.notice else text
