"""What the store hands back: an article's registry entry and a stored passage.

Chroma's raw metadata is turned into these in one place, so the passage text's key
and the sentence data's encoding are read the same way by every caller.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from store import schema, sentence_codec
from store.segment import PassageRow, quantize

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleRecord:
    """The registry's view of one indexed article."""

    doc_id: str
    slot: str
    path: str
    source: str
    title: str
    publisher: str
    date: str
    url: str
    content_hash: str
    chunks: int
    author: str = ""
    language: str = ""

    def metadata(self) -> dict[str, str | int]:
        return {
            schema.SLOT: self.slot,
            schema.PATH: self.path,
            schema.SOURCE: self.source,
            schema.TITLE: self.title,
            schema.PUBLISHER: self.publisher,
            schema.DATE: self.date,
            schema.URL: self.url,
            schema.AUTHOR: self.author,
            schema.LANGUAGE: self.language,
            schema.CONTENT_HASH: self.content_hash,
            schema.CHUNKS: self.chunks,
        }

    @classmethod
    def from_metadata(cls, doc_id: str, meta: dict[str, Any]) -> ArticleRecord:
        text = {
            key: str(meta.get(key, "")) for key in (*schema.ARTICLE_FIELDS, schema.SLOT, schema.CONTENT_HASH)
        }
        return cls(doc_id=doc_id, chunks=int(meta.get(schema.CHUNKS, 0)), **text)

    def chunk_ids(self) -> list[str]:
        """The ids of every passage this entry vouches for."""
        return schema.chunk_ids(self.doc_id, self.content_hash, self.chunks)


@dataclass(frozen=True)
class StoredChunk:
    """A passage as read back from Chroma."""

    chunk_id: str
    text: str
    metadata: dict[str, Any]
    distance: float | None = None


def stored_chunk(chunk_id: str, meta: dict[str, Any] | None) -> StoredChunk:
    """A passage as read back: its text is kept in metadata (Chroma full-text indexes documents)."""
    meta = dict(meta or {})
    return StoredChunk(chunk_id, str(meta.pop(schema.TEXT, "")), meta)


def passage_row(chunk_id: str, meta: dict[str, Any] | None, vector: Any) -> PassageRow:
    """A stored passage as the local index reads it (malformed sentence data: kept without sentences)."""
    meta = dict(meta or {})
    text = str(meta.pop(schema.TEXT, ""))
    try:
        spans = sentence_codec.decode_spans(meta)
    except (ValueError, TypeError) as exc:
        log.warning("passage %s has malformed sentence data (%s); indexed without sentences", chunk_id, exc)
        spans = np.zeros((0, 2), dtype=np.int32)
    meta.pop(schema.SENTENCE_VECTORS, None)  # read with the passages that reach the final ranking
    return PassageRow(chunk_id, text, meta, spans, quantize(np.asarray(vector, dtype=np.float32)))
