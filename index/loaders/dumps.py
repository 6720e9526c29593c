"""JSON and JSON Lines dumps, read record by record so a dump of any size fits in memory.

The size limit applies to each record, not to the file: a 600 MB export of
100,000 articles is read one record at a time, and a single over-size record
is skipped alone with its reason.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any, TextIO

from index.article import Article, Skipped
from index.loaders.records import looks_like_record, record_article

log = logging.getLogger(__name__)

Item = Article | Skipped
PROGRESS_EVERY = 10_000  # a line in the log (byline -v) per this many records of a dump
_CHUNK = 1 << 16
_SPECIAL = re.compile(r'["\\\[\]{}]')
_SCALAR_END = re.compile(r"[\s,\]}]")


def records_of(data: Any) -> Iterator[tuple[str, Any]]:
    """(name, record) pairs of a parsed JSON document, whatever its shape.

    A list of records; one record; a wrapper such as NewsAPI's ``{"articles": [...]}``;
    or a dict of records keyed by id. Names are the 1-based position or the key.
    """
    if isinstance(data, list):
        yield from ((str(i + 1), item) for i, item in enumerate(data))
    elif looks_like_record(data):
        yield "", data
    elif isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and any(looks_like_record(x) for x in v)]
        if isinstance(data.get("articles"), list) or lists:
            items = data["articles"] if isinstance(data.get("articles"), list) else lists[0]
            yield from ((str(i + 1), item) for i, item in enumerate(items))
        else:
            yield from ((str(k), v) for k, v in data.items() if isinstance(v, dict))


def parsed_records(path: str, text: str, field_map: Mapping[str, str]) -> Iterator[Item]:
    """The articles of a JSON file small enough to parse whole."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield Skipped(path, f"malformed JSON ({exc.__class__.__name__})")
        return
    found = False
    for name, record in records_of(data):
        found = True
        slot = f"{path}#{name}" if name else path
        key = name if isinstance(data, dict) and not isinstance(data.get("articles"), list) else ""
        yield record_article(path, slot, record, field_map, key=key if not name.isdigit() else "")
    if not found:
        yield Skipped(path, "JSON holds no article records")


def jsonl_records(path: str, stream: TextIO, limit: int, field_map: Mapping[str, str]) -> Iterator[Item]:
    """One record per line; a malformed or over-size line is skipped alone; blank lines are no records."""
    produced = False
    for number, line in enumerate(_lines(stream, limit), start=1):
        slot = f"{path}#{number}"
        if number % PROGRESS_EVERY == 0:
            log.info("%s: %d records read", path, number)
        if line is None:
            produced = True
            yield Skipped(slot, f"record too large (line {number} over {limit} characters)")
            continue
        if not line.strip():
            continue
        produced = True
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            yield Skipped(slot, f"malformed JSON on line {number}")
            continue
        yield record_article(path, slot, record, field_map)
    if not produced:  # nothing but blank lines is an empty file, reported like one
        yield Skipped(path, "empty file")


def _lines(stream: TextIO, limit: int) -> Iterator[str | None]:
    """Lines of at most ``limit`` characters; ``None`` for a longer one, which is read past."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith("\n"):
                pass
            yield None
        else:
            yield line


class _Scanner:
    """Reads one JSON value at a time from a stream, keeping at most one record in memory."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buf = ""
        self.pos = 0

    def _fill(self) -> bool:
        more = self.stream.read(_CHUNK)
        self.buf = self.buf[self.pos :] + more
        self.pos = 0
        return bool(more)

    def peek(self) -> str:
        """The next non-space character ("" at the end), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos].isspace():
                self.pos += 1
            if self.pos < len(self.buf) or not self._fill():
                return self.buf[self.pos : self.pos + 1]

    def take(self) -> str:
        char = self.peek()
        self.pos += len(char)
        return char

    def value(self, limit: int) -> str | None:
        """The text of the next value, or ``None`` when it is over ``limit`` characters (then skipped).

        A value cut off by the end of the file comes back as ``""`` (malformed).
        """
        if self.peek() not in '{["':
            while not (match := _SCALAR_END.search(self.buf, self.pos)) and self._fill():
                pass
            end = match.start() if match else len(self.buf)
            end = max(end, min(self.pos + 1, len(self.buf)))  # always move on
            text, self.pos = self.buf[self.pos : end], end
            return text
        parts: list[str] = []
        size, over, depth, in_string, start = 0, False, 0, False, self.pos
        while True:
            match = _SPECIAL.search(self.buf, self.pos)
            if match is None or (match.group() == "\\" and match.end() >= len(self.buf)):
                cut = match.start() if match else len(self.buf)
                if not over:
                    parts.append(self.buf[start:cut])
                    size += cut - start
                    over = size > limit
                self.pos = cut
                if not self._fill():
                    return ""
                start = 0
                continue
            char, self.pos = match.group(), match.end()
            if in_string:
                if char == "\\":
                    self.pos += 1
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
            if depth <= 0 and not in_string:
                if over or size + self.pos - start > limit:
                    return None
                parts.append(self.buf[start : self.pos])
                return "".join(parts)


def streamed_records(path: str, stream: TextIO, limit: int, field_map: Mapping[str, str]) -> Iterator[Item]:
    """Records of a JSON dump too large to parse whole: a list, a wrapper's list, or a dict of records."""
    scan = _Scanner(stream)
    opening = scan.take()
    if opening == "[":
        yield from _array(path, scan, limit, field_map)
    elif opening == "{":
        while scan.peek() not in ("}", ""):
            name = _key(scan.value(limit))
            if scan.peek() == ":":
                scan.take()
            if scan.peek() == "[":
                scan.take()
                yield from _array(path, scan, limit, field_map)
            else:
                yield _one(path, f"{path}#{name}", scan.value(limit), limit, field_map, name)
            if scan.peek() == ",":
                scan.take()
    else:
        yield Skipped(path, "JSON holds no article records")


def _key(text: str | None) -> str:
    try:
        return str(json.loads(text or ""))
    except (json.JSONDecodeError, RecursionError):
        return ""


def _array(path: str, scan: _Scanner, limit: int, field_map: Mapping[str, str]) -> Iterator[Item]:
    number = 0
    while scan.peek() not in ("]", ""):
        number += 1
        if number % PROGRESS_EVERY == 0:
            log.info("%s: %d records read", path, number)
        yield _one(path, f"{path}#{number}", scan.value(limit), limit, field_map)
        if scan.peek() == ",":
            scan.take()
    scan.take()


def _one(
    path: str, slot: str, text: str | None, limit: int, field_map: Mapping[str, str], key: str = ""
) -> Item:
    if text is None:
        return Skipped(slot, f"record too large (over {limit} characters)")
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return Skipped(slot, "malformed JSON record")
    return record_article(path, slot, record, field_map, key=key)
