"""An article body the page splits into several containers, joined back into one.

Some outlets (rp.pl among them) close the article-body container before an advertisement row and
open a new one with the same class after it. trafilatura keeps the first container its body
XPaths match, so every paragraph after the first advertisement was lost: questions about the
later paragraphs found nothing. Here the later containers' children are moved into the first
one, so the extractor reads the whole body; what sat between them (the ad rows) stays where it
was, outside the article, and is dropped as before.

Only containers that are plainly parts of one article are joined: the same tag and the same
article-body class word (a whole class token, so "articleBodyBlock" teasers do not count), none
inside another, all under one ancestor below ``<body>``, no ``<h1>`` between them (a second
headline starts another article, as on pages that append the next story), each later part with
paragraph text of its own that the first part does not already hold (paywall and mobile copies).
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml import html as lxml_html

log = logging.getLogger(__name__)

# Class words outlets use for the article-body container (compared as whole class tokens).
_BODY_CLASSES = frozenset(
    {
        "articlebody",
        "article-body",
        "article__body",
        "article_body",
        "article-content",
        "article__content",
        "article-text",
        "story-body",
        "entry-content",
        "post-content",
    }
)
_CONTAINER_TAGS = ("div", "section", "article", "main")
# Cheap test before parsing (on the lower-cased page): a body class word in two class attributes.
_QUICK = re.compile(
    r"""class\s*=\s*["'][^"'>]*?(?<![\w-])(?:"""
    + "|".join(sorted(map(re.escape, _BODY_CLASSES)))
    + r""")(?![\w-])"""
)
# A later part must carry at least this much paragraph text to count as the article going on.
_MIN_PART_CHARS = 200


def _body_token(element: etree._Element) -> str | None:
    """The element's article-body class word, lower-cased, if it has one."""
    if element.get("itemprop") == "articleBody":
        return "itemprop"
    for token in (element.get("class") or "").split():
        if token.lower() in _BODY_CLASSES:
            return token.lower()
    return None


def _paragraph_text(element: etree._Element) -> str:
    """The element's paragraph text, whitespace collapsed (for comparing parts)."""
    words = " ".join(" ".join(p.itertext()) for p in element.iter("p")).split()
    return " ".join(words)


def _common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    first = [elements[0], *elements[0].iterancestors()]
    for candidate in first:
        if all(candidate is e or any(a is candidate for a in e.iterancestors()) for e in elements[1:]):
            return candidate
    return None


def _headline_between(root: etree._Element, parts: list[etree._Element]) -> bool:
    """Whether an ``<h1>`` sits between the first part and the last (another article's headline)."""
    # The elements themselves, not their id(): lxml makes a new proxy object for a node each time
    # one is asked for once the last is gone, so a freed proxy's id() could come back as the id()
    # of the headline being tested (a test failed that way, depending on memory reuse). Held in the
    # set, each node keeps its proxy, and iterating the tree again yields those same objects.
    inside = {e for part in parts for e in part.iter()}
    started = False
    last = parts[-1]
    for element in root.iter():
        if element is parts[0]:
            started = True
        elif element is last:
            return False
        elif started and element.tag == "h1" and element not in inside:
            return True
    return False


def _parts(root: etree._Element) -> list[etree._Element]:
    """The first body container and the later ones that continue the same article."""
    candidates = [e for e in root.iter(*_CONTAINER_TAGS) if _body_token(e)]
    if len(candidates) < 2:
        return []
    first = candidates[0]
    token = _body_token(first)
    same = [e for e in candidates if e.tag == first.tag and _body_token(e) == token]
    outer = [e for e in same if not any(_body_token(a) == token for a in e.iterancestors())]
    if len(outer) < 2 or outer[0] is not first:
        return []
    ancestor = _common_ancestor(outer)
    if ancestor is None or ancestor.tag in ("body", "html"):
        return []
    seen = _paragraph_text(first)
    parts = [first]
    for part in outer[1:]:
        text = _paragraph_text(part)
        if len(text) < _MIN_PART_CHARS or text[:_MIN_PART_CHARS] in seen:
            continue
        parts.append(part)
        seen += " " + text
    if len(parts) < 2 or _headline_between(root, parts):
        return []
    return parts


def join_split_body(page: str) -> str | None:
    """The page with its split article body joined into the first container, or None if not split."""
    low = page.lower()
    if len(_QUICK.findall(low)) + low.count('itemprop="articlebody"') < 2:
        return None
    try:
        root = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    parts = _parts(root)
    if not parts:
        return None
    first = parts[0]
    for part in parts[1:]:
        if part.text and part.text.strip():
            # text directly inside the later container, before its first child
            holder = etree.SubElement(first, "p")
            holder.text = part.text
        for child in list(part):
            first.append(child)
        parent = part.getparent()
        if parent is not None:
            part.tail = None
            parent.remove(part)
    log.debug("article body joined from %d containers", len(parts))
    return lxml_html.tostring(root, encoding="unicode")
