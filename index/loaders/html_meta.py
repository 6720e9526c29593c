"""What a news page says about itself: structured data first, then meta tags, then what a reader sees.

Trafilatura finds the main text well, but its metadata is sometimes wrong in
ways a reader notices (a modified date as the publication date, a headline as
the outlet). This module reads the page's own declarations in the issue's
order of trust: JSON-LD, then Open Graph / article meta tags, then the visible
dateline, then the domain.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from index.dates import date_in_text, iso_date

log = logging.getLogger(__name__)

_ARTICLE_TYPES = re.compile(r"article|posting|report|news|blog", re.IGNORECASE)
# Meta names whose content is the publication date, most trusted first.
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "date",
    "citation_publication_date",
    "article.published",
    "displaydate",
)
_SITE_METAS = ("og:site_name", "application-name", "publisher", "dc.publisher")
# og:site_name values some pages fill with a section instead of the outlet.
_NOT_OUTLETS = {
    "us",
    "magazine",
    "news",
    "home",
    "homepage",
    "politics",
    "world",
    "business",
    "sport",
    "sports",
    "opinion",
    "website",
    "blog",
    "article",
    "articles",
    "index",
}
_AUTHOR_METAS = ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator")
_TITLE_METAS = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title")


@dataclass
class PageMeta:
    """A page's headline, date, outlet, author, URL and declared language ("" when unknown)."""

    title: str = ""
    date: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    language: str = ""


def _text(value: Any) -> str:
    """A JSON-LD value as one line of text: names of objects, first of lists."""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, @graph members included."""
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                yield item


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def _article_object(tree: Any) -> dict[str, Any]:
    """The page's JSON-LD article (NewsArticle, BlogPosting, …), else its first object with a headline."""
    objects = list(_json_ld_objects(tree))
    for obj in objects:
        if _ARTICLE_TYPES.search(_types(obj)) and (obj.get("headline") or obj.get("datePublished")):
            return obj
    for obj in objects:
        if obj.get("headline") or obj.get("datePublished"):
            return obj
    return {}


def _publisher_name(tree: Any, article: dict[str, Any]) -> str:
    name = _text(article.get("publisher"))
    if name:
        return name
    for obj in _json_ld_objects(tree):
        if re.search(r"newsmediaorganization", _types(obj), re.IGNORECASE) and _text(obj.get("name")):
            return _text(obj.get("name"))
    return ""


def _metas(tree: Any) -> dict[str, str]:
    """Meta tags by lower-cased name/property (first occurrence wins)."""
    found: dict[str, str] = {}
    for meta in tree.xpath("//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = " ".join((meta.get("content") or meta.get("value") or "").split())
        if key and content and key not in found:
            found[key] = content
    return found


def _first_meta(metas: dict[str, str], names: tuple[str, ...]) -> str:
    return next((metas[n] for n in names if metas.get(n)), "")


def _visible_date(tree: Any) -> str:
    """The dateline a reader sees: a <time> (or itemprop) marked as the publication date, else the first."""
    paths = (
        '//*[@itemprop="datePublished"]',
        "//time[@pubdate]",
        '//*[contains(@class, "publish") or contains(@class, "dateline")]//time',
        "//article//time",
        "//time",
    )
    for xpath in paths:
        for node in tree.xpath(xpath):
            if _is_modified(node):
                continue
            value = iso_date(node.get("datetime") or node.get("content") or node.text_content())
            if value:
                return value
    dateline = '//*[contains(@class, "date") or contains(@class, "published")]'
    for node in tree.xpath(dateline)[:20]:
        value = "" if _is_modified(node) else date_in_text(" ".join(node.text_content().split()))
        if value:
            return value
    return ""


_MODIFIED = re.compile(r"modif|updat|geändert|aktualisiert|mis à jour|actualizad|aggiornat", re.IGNORECASE)


def _is_modified(node: Any) -> bool:
    """Whether a date element is labelled as a modification date ("Updated 7 May 2019")."""
    label = " ".join((node.get("class") or "", node.get("itemprop") or "", node.text_content()[:80]))
    return bool(_MODIFIED.search(label))


_SHARED_HOSTS = re.compile(
    r"(facebook|twitter|x|instagram|youtube|linkedin|pinterest|reddit|whatsapp|google|googleapis|gstatic|"
    r"doubleclick|apple|t|bit|wikipedia|addthis|sharethis|disqus)\.",
    re.IGNORECASE,
)


def _own_host(tree: Any) -> str:
    """The page's own domain when it declares no URL: the host most of its absolute links go to."""
    hosts = Counter(
        _domain(href)
        for href in tree.xpath("//a/@href")[:2000]
        if isinstance(href, str) and href.startswith(("http://", "https://"))
    )
    for host, count in hosts.most_common(3):
        if host and count >= 5 and not _SHARED_HOSTS.match(host):
            return host
    return ""


def _domain(url: str) -> str:
    """The host of ``url`` without "www.", or "" when it has none a URL may hold.

    A site name is read as a host too ("http://" + "産経新聞：産経ニュース"), and urllib
    refuses one whose full-width colon normalises to ":": that page's whole index run stopped.
    """
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _site_name(value: str) -> str:
    """A site name as a reader names it: no tagline ("Raw Story - Celebrating …"), no ".com", no URL."""
    value = value.strip()
    if value.startswith(("http://", "https://")):
        return ""
    value = re.split(r"\s+[-|–—:]\s+", value)[0].strip()
    if " " not in value and value != value.lower():  # "Bloomberg.com", not "al.com"
        value = re.sub(r"(?i)\.com$", "", value)
    return "" if _squash(value) in _NOT_OUTLETS else value


_SEPARATOR = re.compile(r"\s+[|–—·:-]\s+|\s*[|_]\s*")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower()).removeprefix("the")


def _strip_site_suffix(title: str, site: str) -> str:
    """ "Headline | Section | Outlet" to "Headline" when the last part names the outlet."""
    parts = _SEPARATOR.split(title)
    names = {_squash(site), _squash(_domain("http://" + site).split(".")[0])} - {""}
    last = _squash(parts[-1])
    if len(parts) > 1 and last and any(n in last or last in n for n in names):
        parts.pop()
        # then section labels between headline and outlet ("| Dakota Access pipeline |", ": Sport :")
        while len(parts) > 1 and len(parts[-1]) <= 30 and len(parts[0]) >= 15:
            parts.pop()
        kept = title[: title.find(parts[-1]) + len(parts[-1])] if parts[-1] in title else parts[0]
        return kept.strip()
    return title


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _close(a: str, b: str) -> bool:
    """Whether two titles are the same headline worded slightly differently (half the words shared)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if len(wa) == 1 or len(wb) == 1:  # CJK headlines are one "word": compare characters
        ca, cb = set(a), set(b)
        return len(ca & cb) >= 0.6 * min(len(ca), len(cb))
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def _visible_headline(tree: Any, declared: list[str]) -> str:
    """The <h1> a reader sees: the one close to a declared title, else the first that reads like a headline.

    A logo or the outlet's name (under four Latin words) is never taken for the headline.
    """
    headings = [" ".join(node.text_content().split()) for node in tree.xpath("//h1")[:5]]
    headings = [h for h in headings if 8 <= len(h) <= 300 and (len(_words(h)) >= 4 or not h.isascii())]
    for text in headings:
        if any(_close(text, d) for d in declared if d):
            return text
    return headings[0] if headings else ""


def _language(tree: Any, article: dict[str, Any], metas: dict[str, str]) -> str:
    declared = (
        tree.getroot().get("lang")
        or tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang")
        or _text(article.get("inLanguage"))
        or metas.get("content-language")
        or metas.get("og:locale")
        or metas.get("language")
        or ""
    )
    return language_code(declared)


def language_code(value: str) -> str:
    """A declared language as its lower-case primary subtag: "en-US" and "en_GB" become "en"."""
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value or "")
    return match.group(1).lower() if match else ""


def page_meta(html: str) -> PageMeta:
    """Structured metadata of an HTML page, each field "" when the page does not say."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html).getroottree()
    except (ValueError, TypeError, lxml.etree.ParserError) as exc:
        log.debug("no metadata: %s", exc)
        return PageMeta()
    article = _article_object(tree)
    metas = _metas(tree)
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    url = _text(article.get("url")) or metas.get("og:url", "") or (canonical[0] if canonical else "")
    url = url if url.startswith(("http://", "https://")) else ""
    publisher = (
        _publisher_name(tree, article)
        or _site_name(_first_meta(metas, _SITE_METAS))
        or _domain(url)
        or _own_host(tree)
    )
    page_title = " ".join((tree.findtext(".//title") or "").split())
    declared = _text(article.get("headline")) or _first_meta(metas, _TITLE_METAS) or page_title
    title = _visible_headline(tree, [declared, page_title]) or declared
    return PageMeta(
        title=_strip_site_suffix(title, publisher) if publisher else title,
        date=iso_date(_text(article.get("datePublished")))
        or iso_date(_first_meta(metas, _DATE_METAS))
        or _visible_date(tree),
        publisher=publisher,
        author=_text(article.get("author")) or _author_meta(metas),
        url=url,
        language=_language(tree, article, metas),
    )


def _author_meta(metas: dict[str, str]) -> str:
    value = _first_meta(metas, _AUTHOR_METAS)
    return "" if value.startswith(("http://", "https://")) else value
