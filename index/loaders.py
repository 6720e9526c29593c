"""Files to articles: one reader per format, each returning articles or skips.

Every failure becomes a :class:`Skipped` with a reason a person can act on; no
loader raises for bad input, so one broken file never stops an index run.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from index.article import Article, Skipped
from index.dates import iso_date

log = logging.getLogger(__name__)

Loaded = list[Article | Skipped]

TEXT_FIELDS = ("body", "text", "content", "article", "body_first6000")
DATE_FIELDS = ("published_at", "date", "published", "pubdate", "datetime")
ID_FIELDS = ("doc_id", "id", "article_id", "uuid")
PUBLISHER_FIELDS = ("source", "publisher", "sitename", "outlet")
MIN_TEXT_CHARS = 20


def _decode(raw: bytes, path: str) -> str | Skipped:
    """UTF-8 text of a file, or why it is not text."""
    if not raw.strip():
        return Skipped(path, "empty file")
    if b"\x00" in raw[:8192]:
        return Skipped(path, "binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(path, f"not UTF-8 text (undecodable byte at offset {exc.start})")
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * min(len(text), 8192):
        return Skipped(path, "binary file (mostly control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean(text: str) -> str:
    """Drop zero-width and other invisible characters that break matching."""
    return re.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad]", "", text)


def _title_from_first_line(text: str) -> str:
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
    text = _decode(raw, path)
    if isinstance(text, Skipped):
        return [text]
    text = _clean(text)
    if len(text.strip()) < MIN_TEXT_CHARS:
        return [Skipped(path, f"too little text (under {MIN_TEXT_CHARS} characters)")]
    return [Article(path=path, slot=path, text=text, title=_title_from_first_line(text))]


def load_html(path: str, raw: bytes) -> Loaded:
    """``.html``: the main article text and metadata, boilerplate removed (trafilatura)."""
    text = _decode(raw, path)
    if isinstance(text, Skipped):
        return [text]
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many types on hostile markup
        return [Skipped(path, f"HTML could not be parsed ({type(exc).__name__})")]
    if doc is None:
        return [Skipped(path, "no article text found in the HTML")]
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = _clean(str(data.get("text") or "")).strip()
    if len(body) < MIN_TEXT_CHARS:
        return [Skipped(path, "no article text found in the HTML")]
    return [
        Article(
            path=path,
            slot=path,
            text=body,
            title=str(data.get("title") or ""),
            publisher=str(data.get("sitename") or ""),
            date=iso_date(data.get("date")),
            url=str(data.get("url") or ""),
        )
    ]


def _first(record: dict[str, Any], names: Iterable[str]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _record_article(path: str, slot: str, record: Any) -> Article | Skipped:
    """One JSON news record to an article."""
    if not isinstance(record, dict):
        return Skipped(slot, "record is not a JSON object")
    body = _first(record, TEXT_FIELDS)
    if not isinstance(body, str) or len(body.strip()) < MIN_TEXT_CHARS:
        return Skipped(slot, "record has no text (body/text/content)")
    record_id = _first(record, ID_FIELDS)
    return Article(
        path=path,
        slot=slot,
        text=_clean(body.replace("\r\n", "\n")),
        title=_clean(str(record.get("title") or "")).strip(),
        publisher=str(_first(record, PUBLISHER_FIELDS) or ""),
        date=iso_date(_first(record, DATE_FIELDS)),
        url=str(record.get("url") or ""),
        record_id=str(record_id) if record_id is not None else "",
    )


def load_json(path: str, raw: bytes) -> Loaded:
    """``.json``: one record, a list of records, or ``{"articles": [...]}``."""
    text = _decode(raw, path)
    if isinstance(text, Skipped):
        return [text]
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        return [Skipped(path, f"malformed JSON ({exc.__class__.__name__})")]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        return [_record_article(path, path, data)]
    if isinstance(data, list):
        return [_record_article(path, f"{path}#{i + 1}", rec) for i, rec in enumerate(data)]
    return [Skipped(path, "JSON holds no article records")]


def load_jsonl(path: str, raw: bytes) -> Loaded:
    """``.jsonl``: one record per line; a malformed line is skipped, the rest kept."""
    text = _decode(raw, path)
    if isinstance(text, Skipped):
        return [text]
    out: Loaded = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        slot = f"{path}#{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            out.append(Skipped(slot, f"malformed JSON on line {number}"))
            continue
        out.append(_record_article(path, slot, record))
    return out or [Skipped(path, "empty file")]


def load_pdf(path: str, raw: bytes) -> Loaded:
    """``.pdf``: the text layer; scanned PDFs without one are skipped."""
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(raw))
        text = "\n".join((page.extract_text() or "") for page in reader.pages)
    except Exception as exc:  # pypdf raises many types on damaged files
        return [Skipped(path, f"unreadable PDF ({type(exc).__name__})")]
    text = _clean(text).strip()
    if len(text) < MIN_TEXT_CHARS:
        return [Skipped(path, "PDF has no text layer")]
    meta_title = reader.metadata.get("/Title") if reader.metadata else None
    title = str(meta_title or "") or _title_from_first_line(text)
    return [Article(path=path, slot=path, text=text, title=title)]


LOADERS: dict[str, Callable[[str, bytes], Loaded]] = {
    ".txt": load_plain,
    ".md": load_plain,
    ".markdown": load_plain,
    ".html": load_html,
    ".htm": load_html,
    ".json": load_json,
    ".jsonl": load_jsonl,
    ".ndjson": load_jsonl,
    ".pdf": load_pdf,
}


def supported(path: Path) -> bool:
    """Whether a file has a format Byline reads."""
    return path.suffix.lower() in LOADERS


def load_file(path: Path, max_bytes: int) -> Loaded:
    """Read one file into articles, or a single skip explaining why not."""
    name = str(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        return [Skipped(name, f"unsupported file type '{path.suffix or 'none'}'")]
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return [Skipped(name, f"file too large ({size} bytes, limit {max_bytes})")]
        raw = path.read_bytes()
    except OSError as exc:
        return [Skipped(name, f"cannot read file ({exc.strerror or exc})")]
    return loader(name, raw)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Supported files under each path, hidden files and folders left out, sorted."""
    for root in paths:
        if root.is_dir():
            for found in sorted(root.rglob("*")):
                parts = found.relative_to(root).parts
                if found.is_file() and supported(found) and not any(p.startswith(".") for p in parts):
                    yield found
        else:
            yield root
