"""``.docx``: the paragraphs of a Word document, its core-properties title when it is a real one."""

from __future__ import annotations

import io

from index.article import Article, Skipped
from index.dates import iso_date
from index.loaders.decoding import clean
from index.loaders.pdf import is_placeholder_title
from index.loaders.text import MIN_TEXT_CHARS, Loaded, article_text, title_from_first_line


def load_docx(path: str, raw: bytes) -> Loaded:
    """Body paragraphs in order; title, author and date from the document's core properties."""
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many types on damaged files (BadZipFile, KeyError, …)
        return [Skipped(path, f"unreadable Word document ({type(exc).__name__})")]
    text = article_text(clean("\n\n".join(p.text for p in document.paragraphs if p.text.strip())))
    if len(text) < MIN_TEXT_CHARS:
        return [Skipped(path, "Word document has no text")]
    props = document.core_properties
    title = (props.title or "").strip()
    if not title or is_placeholder_title(title):
        title = title_from_first_line(text)
    return [
        Article(
            path=path,
            slot=path,
            text=text,
            title=title,
            author=(props.author or "").strip(),
            date=iso_date(props.created) if props.created else "",
            language=(props.language or "").split("-")[0].lower(),
        )
    ]
