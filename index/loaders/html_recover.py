"""Article sentences the main-text extractor leaves out: fact lists, info boxes, the header's lead.

Trafilatura keeps what it judges the article body, and some of its rules drop
text a reader sees as part of the article, so a question about it has no passage
to cite:
- a class word it treats as furniture on any element (``expand`` in its discard
  list removes an expandable person box inside an interview, SRF);
- its frame is the first ``<article>`` of the page, which on some sites is a
  teaser; the text is then recovered from ``<p>`` elements only, so a bulleted
  list of facts inside the body ("Das Wichtigste in Kürze", NZZ) is lost;
- its frame is the story's body container, and the lead paragraph printed under
  the headline sits in a sibling header block (ORF).

This module puts such sentences back, and only sentences. A block (innermost
``<p>`` or ``<li>``) is recovered only when it reads as prose (long enough, ends
a sentence, not a credit or boilerplate), is mostly not link text, is not inside
a link, lies under no furniture element (navigation, teaser, related, sharing,
caption…) up to the container of what was kept, and — inside a list item —
that item is mostly not link text and its list is mostly such prose (a menu, a
list of linked headlines or job ads is not). Text hidden from readers
(``aria-hidden``) is left out, and a ``<br>`` parts words, so a block is compared
with what was kept as a reader sees it. Blocks are
taken between the first and the last paragraph trafilatura kept, inside their
common container; the lead only from the headline's own block, before the first
kept paragraph.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from byline.boilerplate import is_boilerplate

log = logging.getLogger(__name__)

# A sentence's end, possibly inside closing quotes or brackets; "…" or "..." marks a cut teaser.
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?。！？](?:[\"'”’»«)\]]*)$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MIN_CHARS = 40
_MIN_CJK_CHARS = 15
_MIN_KEPT = 20  # a block this long found in the body anchors the span
_MAX_LINK_SHARE = 0.3
# Class/id words of page furniture: a block under such an element is not article text.
_FURNITURE = re.compile(
    r"nav|menu|footer|header|sidebar|aside|related|teaser|promo|recommend|newsletter|cookie|consent|"
    r"share|sharing|social|comment|advert|\bads?\b|banner|subscri|paywall|breadcrumb|caption|credit|"
    r"byline|author|bio\b|toolbar|widget|embed|tweet|instagram|more-|read-?more|readmore|"
    r"h-offscreen|sr-only|visually-hidden|hidden|\bu-hide|hide-print|modal|popup|overlay|copyright|commerce|sponsor|"
    r"creative|affiliate",
    re.IGNORECASE,
)
# An element inside a link is a teaser of another page.
_FURNITURE_TAGS = {"a", "nav", "aside", "footer", "header", "figure", "figcaption", "form", "button", "menu"}
_DROPPED_TAGS = ("script", "style", "noscript", "template", "svg")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    """``text`` without any whitespace: the page and the extractor space inline elements differently."""
    return "".join(text.split())


def _reads_as_sentence(text: str) -> bool:
    """Prose, not a label or a headline: long enough and ending a sentence."""
    long_enough = len(text) >= _MIN_CHARS or len(_CJK.findall(text)) >= _MIN_CJK_CHARS
    credit = text.startswith(("©", "(c)", "Copyright"))
    return long_enough and bool(_SENTENCE_END.search(text)) and not credit and not is_boilerplate(text)


def _blocks(tree: Any) -> list[Any]:
    """Paragraphs and list items in document order, innermost only (an item holding paragraphs gives them)."""
    return [el for el in tree.iter("p", "li") if not any(True for _ in el.iterdescendants("p", "li"))]


def _furniture_between(el: Any, container: Any) -> bool:
    """Whether any element from ``el`` up to (not including) ``container`` is page furniture."""
    node = el
    while node is not None and node is not container:
        if not isinstance(node.tag, str):
            return True
        if node.tag in _FURNITURE_TAGS or node.get("aria-hidden") == "true" or node.get("hidden") is not None:
            return True
        if _FURNITURE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return node is None


def _link_share(el: Any, text: str) -> float:
    linked = sum(len(_squash(a.text_content())) for a in el.iter("a"))
    return linked / max(len(text), 1)


def _prose_list(item: Any) -> bool:
    """Whether the list holding ``item`` is mostly sentences (facts), not a menu or headline list."""
    parent = item.getparent()
    if parent is None or parent.tag not in ("ul", "ol"):
        return True
    items = [li for li in parent if li.tag == "li"]
    prose = [li for li in items if _reads_as_sentence(_squash(li.text_content()))]
    return 2 * len(prose) >= len(items)


def _recoverable(el: Any, text: str, container: Any) -> bool:
    """A block that reads as article prose and sits in the article, not in its furniture.

    A block inside a list item counts only when that item is itself mostly not link text and its
    list is mostly sentences: a paragraph under a linked headline in a list is a teaser of
    another page (job ads, "more stories"), not the story's fact list.
    """
    if not _reads_as_sentence(text) or _link_share(el, text) > _MAX_LINK_SHARE:
        return False
    for item in (node for node in _up_to(el, container) if node.tag == "li"):
        item_text = _squash(item.text_content())
        if _link_share(item, item_text) > _MAX_LINK_SHARE or not _prose_list(item):
            return False
    return not _furniture_between(el, container)


def _up_to(el: Any, container: Any) -> list[Any]:
    """``el`` and its ancestors below ``container``."""
    chain = [el]
    for node in el.iterancestors():
        if node is container:
            break
        chain.append(node)
    return chain


def _common_ancestor(elements: list[Any]) -> Any:
    chains = [list(el.iterancestors()) for el in elements]
    first = chains[0]
    others = [set(map(id, chain)) for chain in chains[1:]]
    return next((node for node in first if all(id(node) in ids for ids in others)), None)


def _header_lead(tree: Any, blocks: list[tuple[Any, str]], first_kept: int, body_key: str) -> list[str]:
    """Prose paragraphs printed under the headline, in the headline's own block, before the kept body."""
    first_el = blocks[first_kept][0]
    # lxml hands out one proxy per element while a reference lives: the list keeps them, so the
    # dict can be keyed by element
    order = list(tree.iter())
    positions = {el: n for n, el in enumerate(order)}
    heads = [h for h in tree.iter("h1") if positions[h] < positions[first_el]]
    if not heads:
        return []
    head = heads[-1]
    frame = head.getparent()
    if frame is None or frame in set(first_el.iterancestors()):
        return []  # the headline's block holds the body too: anything between was the extractor's choice
    lead: list[str] = []
    for el, text in blocks[:first_kept]:
        if positions[el] < positions[head] or frame not in set(el.iterancestors()):
            continue
        if _key(text) not in body_key and _recoverable(el, text, frame):
            lead.append(text)
    return lead


def recover_blocks(page: str, body: str) -> str:
    """``body`` with the article's prose blocks trafilatura left out put back in document order."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, TypeError, lxml.etree.ParserError) as exc:
        log.debug("no block recovery: %s", exc)
        return body
    for tag in _DROPPED_TAGS:
        for el in list(tree.iter(tag)):
            el.drop_tree()
    # hidden from readers: a glossary popup inside a paragraph would make its text differ from the kept one
    for el in tree.xpath("//*[@aria-hidden='true']"):
        el.drop_tree()
    for br in tree.iter("br"):  # a line break parts two sentences, which text_content() would glue
        br.tail = f" {br.tail or ''}"
    lines = body.split("\n")
    line_keys = [_key(line) for line in lines]
    body_key = "".join(line_keys)  # a block the extractor split at a line break spans two lines
    blocks = [(el, _squash(el.text_content())) for el in _blocks(tree)]
    kept = [n for n, (_, text) in enumerate(blocks) if len(text) >= _MIN_KEPT and _key(text) in body_key]
    if len(kept) < 2:
        return body
    container = _common_ancestor([blocks[i][0] for i in kept])
    if container is None:
        return body
    inserts: dict[int, list[str]] = {}
    lead = _header_lead(tree, blocks, kept[0], body_key)
    if lead:
        inserts[-1] = lead
    kept_set = set(kept)
    previous_line = -1
    for i in range(kept[0], kept[-1] + 1):
        el, text = blocks[i]
        if i in kept_set:
            previous_line = next((n for n, line in enumerate(line_keys) if _key(text) in line), previous_line)
            continue
        if _key(text) in body_key or previous_line < 0 or not _recoverable(el, text, container):
            continue
        inserts.setdefault(previous_line, []).append(text)
    if not inserts:
        return body
    out: list[str] = list(inserts.get(-1, []))
    for n, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(n, []))
    log.debug("recovered %d article blocks", sum(len(v) for v in inserts.values()))
    return "\n".join(out)
