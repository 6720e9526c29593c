"""``.pdf``: the text layer, typographic ligatures ("ﬁ") spelt out, a real title."""

from __future__ import annotations

import io
import re
import unicodedata

from index.article import Article, Skipped
from index.loaders.decoding import clean
from index.loaders.text import MIN_TEXT_CHARS, Loaded, article_text, title_from_first_line

_LIGATURES = re.compile("[\ufb00-\ufb06]")
# Titles that PDF producers write when the author gave none.
_PLACEHOLDER_TITLE = re.compile(
    r"^\(?(anonymous|untitled|no title|title|document\d*|microsoft word\b.*"
    r"|.*\.(docx?|pdf|indd|rtf|txt))\)?$",
    re.IGNORECASE,
)


def is_placeholder_title(title: str) -> bool:
    """Whether a document title is what the producer wrote for "no title" ("(anonymous)", "Document1")."""
    return bool(_PLACEHOLDER_TITLE.match(title.strip()))


def spell_ligatures(text: str) -> str:
    """ "ﬁnancial" to "financial": the NFKC form of ligature characters only, the rest untouched."""
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def load_pdf(path: str, raw: bytes) -> Loaded:
    """The text layer; scanned PDFs without one are skipped."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(raw))
        text = "\n".join((page.extract_text() or "") for page in reader.pages)
        meta_title = str(reader.metadata.get("/Title") or "").strip() if reader.metadata else ""
    except Exception as exc:  # pypdf raises many types on damaged files
        return [Skipped(path, f"unreadable PDF ({type(exc).__name__})")]
    text = article_text(clean(spell_ligatures(text)))
    if len(text) < MIN_TEXT_CHARS:
        return [Skipped(path, "PDF has no text layer")]
    title = spell_ligatures(meta_title)
    if not title or is_placeholder_title(title):
        title = title_from_first_line(text)
    return [Article(path=path, slot=path, text=text, title=title)]
