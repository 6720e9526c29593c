"""One JSON news record to an article, whichever tool wrote it.

The field names of news-please, newspaper3k/4k, the NewsAPI, trafilatura's JSON
output and CC-News/GDELT-style dumps are recognised without configuration;
``Settings.field_map`` (``--field body=contenido``) names any other field,
dotted for nested ones (``--field publisher=fuente.nombre``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from index.article import Article, Skipped
from index.dates import iso_date
from index.loaders.decoding import clean
from index.loaders.html_meta import language_code
from index.loaders.text import MIN_TEXT_CHARS, article_text

# Each Article field and the record fields that fill it, most specific first.
FIELDS: dict[str, tuple[str, ...]] = {
    "body": (
        "maintext",  # news-please
        "text",  # newspaper, trafilatura, CC-News
        "body",
        "content",  # NewsAPI (truncated there)
        "article",
        "articleBody",
        "article_text",
        "full_text",
        "fulltext",
        "raw_text",
        "story",
        "body_first6000",
    ),
    "title": ("title", "headline", "title_page", "title_rss"),
    "date": (
        "date_publish",  # news-please
        "publish_date",  # newspaper3k/4k
        "publishedAt",  # NewsAPI
        "published_at",
        "datePublished",
        "date_published",
        "published",
        "pubdate",
        "pub_date",
        "date",  # trafilatura, CC-News
        "seendate",  # GDELT
        "DATE",
        "datetime",
    ),
    "publisher": (
        "meta_site_name",  # newspaper4k
        "source_name",
        "SourceCommonName",  # GDELT
        "sitename",
        "site_name",
        "outlet",
        "publisher",
        "source",  # NewsAPI (an object), many dumps (a name); trafilatura's is a URL
        "source-hostname",  # trafilatura
        "source_domain",  # news-please
        "domain",  # CC-News, GDELT
        "hostname",
    ),
    "url": ("url", "link", "canonical_link", "DocumentIdentifier", "source", "sourceurl"),
    "author": ("authors", "author", "byline", "creator"),
    "language": ("language", "lang", "meta_lang", "inLanguage"),
    "id": ("doc_id", "id", "article_id", "uuid", "GKGRECORDID"),
}
_NEWSAPI_TAIL = re.compile(r"\s*…?\s*\[\+\d+ chars\]\s*$")
_GDELT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?\d{6}Z?)?$")


def _lookup(record: Mapping[str, Any], name: str) -> Any:
    """A field of the record; a dotted name reads a nested object."""
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _as_text(value: Any) -> str:
    """A field's value as text: an object's name, a list joined, nothing for null."""
    if isinstance(value, Mapping):
        return _as_text(value.get("name") or value.get("title") or "")
    if isinstance(value, list):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    if value is None or isinstance(value, bool):
        return ""
    return " ".join(str(value).split())


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _pick(record: Mapping[str, Any], key: str, field_map: Mapping[str, str], want_url: bool = False) -> str:
    """The first non-empty value among the record fields that fill ``key``."""
    names = (field_map[key],) if key in field_map else FIELDS[key]
    for name in names:
        text = _as_text(_lookup(record, name))
        if text and (want_url == _is_url(text) or key not in ("publisher", "url")):
            return text
    return ""


def _date(record: Mapping[str, Any], field_map: Mapping[str, str]) -> str:
    names = (field_map["date"],) if "date" in field_map else FIELDS["date"]
    for name in names:
        value = _lookup(record, name)
        gdelt = _GDELT_DATE.match(str(value)) if isinstance(value, str | int) else None
        found = "-".join(gdelt.groups()) if gdelt else iso_date(value)
        if found:
            return iso_date(found)
    return ""


def _body(record: Mapping[str, Any], field_map: Mapping[str, str]) -> str:
    names = (field_map["body"],) if "body" in field_map else FIELDS["body"]
    body = next((v for v in (_lookup(record, n) for n in names) if isinstance(v, str) and v.strip()), "")
    if body.rstrip().endswith("chars]") and _NEWSAPI_TAIL.search(body):  # NewsAPI truncates; see description
        description = _as_text(record.get("description"))
        body = "\n\n".join(p for p in (description, _NEWSAPI_TAIL.sub("…", body)) if p)
    return body


def looks_like_record(value: Any) -> bool:
    """Whether a JSON value is a news record (an object with a text field), not a wrapper."""
    return isinstance(value, Mapping) and any(isinstance(value.get(n), str) for n in FIELDS["body"])


def record_article(
    path: str, slot: str, record: Any, field_map: Mapping[str, str], key: str = ""
) -> Article | Skipped:
    """One record to an article, or why it is not one. ``key`` is its name in a dict of records."""
    if not isinstance(record, Mapping):
        return Skipped(slot, "record is not a JSON object")
    body = article_text(clean(_body(record, field_map)))
    if len(body) < MIN_TEXT_CHARS:
        wanted = field_map.get("body") or "maintext/text/body/content"
        return Skipped(slot, f"record has no article text (no {wanted} field with text)")
    url = _pick(record, "url", field_map, want_url=True)
    return Article(
        path=path,
        slot=slot,
        text=body,
        title=clean(_pick(record, "title", field_map)).strip(),
        publisher=_pick(record, "publisher", field_map) or _domain_of(url),
        date=_date(record, field_map),
        url=url,
        author=_pick(record, "author", field_map),
        language=language_code(_pick(record, "language", field_map)),
        record_id=_pick(record, "id", field_map) or key,
    )


def _domain_of(url: str) -> str:
    match = re.match(r"https?://(?:www\.)?([^/:?#]+)", url)
    return match.group(1) if match else ""
