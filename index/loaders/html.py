"""``.html``: the article's text (trafilatura, plus what ``html_recover`` puts back) and its metadata."""

from __future__ import annotations

import re
import warnings
from typing import Any

from index.article import Article, Skipped
from index.dates import iso_date
from index.loaders.author_name import author_name
from index.loaders.decoding import clean, decode
from index.loaders.html_meta import page_meta
from index.loaders.html_recover import recover_blocks
from index.loaders.split_body import join_split_body
from index.loaders.text import MIN_TEXT_CHARS, Loaded, article_text
from index.loaders.wrapped_lines import unwrap

NO_ARTICLE = "no article text found in the page"
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{[^}]*\}")


def _is_template(text: str) -> bool:
    """Whether the "text" is an unrendered JavaScript/HTML template rather than reporting."""
    marks = _TEMPLATE.findall(text)
    return bool(marks) and sum(len(m) for m in marks) > 0.1 * len(text)


def _extract(path: str, html: str) -> dict[str, Any] | Skipped:
    """trafilatura's article text and metadata for one page, or why there is none."""
    import trafilatura

    try:
        with warnings.catch_warnings():
            # dateutil warns on every page dated "… EDT" (a zone name it will not guess); the date is
            # still read, and the warning would reach the user once per page as noise
            warnings.filterwarnings("ignore", message=r"tzname \w+ identified but not understood")
            doc = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params={"original_date": True, "extensive_search": True},
            )
    except Exception as exc:  # trafilatura raises many types on hostile markup
        return Skipped(path, f"HTML could not be parsed ({type(exc).__name__})")
    if doc is None:
        return Skipped(path, NO_ARTICLE)
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _text(data: dict[str, Any] | Skipped) -> str:
    # unwrapped before the boilerplate check, which reads a line at a time
    return "" if isinstance(data, Skipped) else article_text(unwrap(clean(str(data.get("text") or ""))))


def load_html(path: str, raw: bytes) -> Loaded:
    """The main article text without page furniture, with headline, date, outlet, author, URL, language."""
    html = decode(raw, path, html=True)
    if isinstance(html, Skipped):
        return [html]
    data = _extract(path, html)
    body = _text(data)
    joined = join_split_body(html)
    if joined is not None:
        # a body split by ad rows, read again as one; kept only when it reads more of the article,
        # since the join can also steer the extractor away from a wider frame it chose before
        joined_data = _extract(path, joined)
        joined_body = _text(joined_data)
        if len(joined_body) > len(body):
            data, body = joined_data, joined_body
    if isinstance(data, Skipped):
        return [data]
    if len(body) < MIN_TEXT_CHARS or _is_template(body):
        return [Skipped(path, NO_ARTICLE)]
    body = recover_blocks(html, body)
    meta = page_meta(html)
    return [
        Article(
            path=path,
            slot=path,
            text=body,
            title=meta.title or str(data.get("title") or ""),
            publisher=meta.publisher,
            date=meta.date or iso_date(data.get("date")),
            url=meta.url or str(data.get("url") or ""),
            author=author_name(meta.author or str(data.get("author") or "")),
            language=meta.language,
        )
    ]
