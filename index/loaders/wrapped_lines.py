"""A paragraph the page's source wraps over several indented lines, read back as one line.

Some pages write a paragraph's text over several source lines, each indented like the markup
around it (``<p>At the Milken Institute's Global Conference in Beverly Hills, Calif., at least
four panels so⏎                  far have focused…</p>``). A browser shows one paragraph; the
extractor keeps the line breaks and their indentation. Since a line break always ends a sentence
(``byline.sentences``), every such paragraph became fragments ("…four panels so"), which are never
quoted: the Reuters report on the Milken conference answered none of the questions it holds.

The extractor starts every block it keeps at its text, so a line break followed by indentation
lies inside one block. Such a break may still be a ``<br>`` or an embed's end ("— N. K. Jemisin
(@nkjemisin) September 19, 2016⏎ And this is dangerous."), so it is joined only where a sentence
plainly goes on: the next line opens in lower case ("…had decided not to⏎ build mass bomb
shelters"), or the line before ends in a lower-case word or a comma ("…across the United States
and⏎ Europe"); and never before a list item ("- Next").
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"[ \t]*\n[ \t]+(?=\S)")
_LIST_ITEM = frozenset("-–—•*·|")
_LAST_WORD = re.compile(r"(\w+)([,;]?)$")


def _goes_on(before: str, after: str) -> bool:
    """Whether the line ending in ``before`` plainly continues on the line opening with ``after``."""
    if after[0] in _LIST_ITEM:
        return False
    if after[0].islower():
        return True
    last = _LAST_WORD.search(before)
    return last is not None and (bool(last.group(2)) or (last.group(1).isalpha() and last.group(1).islower()))


def unwrap(text: str) -> str:
    """``text`` with each source-wrapped paragraph on one line (its break and indentation one space)."""
    out: list[str] = []
    cursor = 0
    for m in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() > line_start and _goes_on(text[line_start : m.start()], text[m.end() : m.end() + 1]):
            out += [text[cursor : m.start()], " "]
            cursor = m.end()
    out.append(text[cursor:])
    return "".join(out)
