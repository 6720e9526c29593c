"""What a loader produces: one article, or the reason a file was skipped."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """An article's clean text and metadata, before chunking.

    ``slot`` names where the article lives (the file, plus the record number for
    files holding several), so a changed file updates its article instead of
    adding a second one. ``doc_id`` is the record's own id when it has one,
    otherwise derived from the content, so a moved file keeps its id.
    """

    path: str
    slot: str
    text: str
    title: str = ""
    publisher: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    language: str = ""
    record_id: str = ""
    content_hash: str = field(init=False)
    doc_id: str = field(init=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256()
        for part in (self.title, self.publisher, self.date, self.url, self.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        # Added later: hashed only when known, so articles indexed before keep their hash.
        for part in (self.author, self.language):
            if part:
                digest.update(part.encode("utf-8", "surrogatepass"))
                digest.update(b"\x00")
        content_hash = digest.hexdigest()[:16]
        object.__setattr__(self, "content_hash", content_hash)
        doc_id = _safe_id(self.record_id) if self.record_id else content_hash
        object.__setattr__(self, "doc_id", doc_id)

    @property
    def source(self) -> str:
        """The file name shown to readers as the article's source."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Skipped:
    """A file (or record) that could not be indexed, and why."""

    path: str
    reason: str


def _safe_id(value: str) -> str:
    """A record id usable in Chroma ids and metadata filters."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", value.strip())[:120].strip("-")
    return cleaned or hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
