"""What the store hands back: an article's registry entry and a stored passage.

Chroma's raw metadata is turned into these in one place, so the passage text's key
and the sentence data's encoding are read the same way by every caller.

The passage text is written deflated and packed (:mod:`store.packed`): Chroma keeps
every metadata string twice, and a passage deflated, in base85, is two thirds of its
length (MultiHop-RAG: 4.1 → 2.8 million characters; docs/benchmarks.md, "Storage per
article (issue 12, store3)"). Older indexes keep it plain under
``schema.TEXT``; both are read.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from store import packed, schema, sentence_codec
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


def text_fields(text: str) -> dict[str, str]:
    """The metadata fields that store a passage's text."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: packed adds its own checksum
    return packed.encode(schema.TEXT_PACKED, deflate.compress(text.encode("utf-8")) + deflate.flush())


def pop_text(chunk_id: str, meta: dict[str, Any]) -> str:
    """A passage's text, taken out of ``meta`` ("" with a warning when it is damaged)."""
    try:
        if schema.TEXT_PACKED in meta:
            return zlib.decompress(packed.decode(meta, schema.TEXT_PACKED), -15).decode("utf-8")
        return str(meta.get(schema.TEXT, ""))
    except (ValueError, zlib.error) as exc:
        log.warning("passage %s has damaged text (%s); read as empty", chunk_id, exc)
        return ""
    finally:
        packed.remove(meta, schema.TEXT_PACKED)
        meta.pop(schema.TEXT, None)


def stored_chunk(chunk_id: str, meta: dict[str, Any] | None) -> StoredChunk:
    """A passage as read back: its text is kept in metadata (Chroma full-text indexes documents)."""
    meta = dict(meta or {})
    return StoredChunk(chunk_id, pop_text(chunk_id, meta), meta)


def passage_row(chunk_id: str, meta: dict[str, Any] | None, vector: Any) -> PassageRow:
    """A stored passage as the local index reads it (malformed sentence data: kept without sentences)."""
    meta = dict(meta or {})
    text = pop_text(chunk_id, meta)
    try:
        spans = sentence_codec.decode_spans(meta)
    except (ValueError, TypeError) as exc:
        log.warning("passage %s has malformed sentence data (%s); indexed without sentences", chunk_id, exc)
        spans = np.zeros((0, 2), dtype=np.int32)
    sentence_codec.remove(meta)  # read with the passages that reach the final ranking
    return PassageRow(chunk_id, text, meta, spans, quantize(np.asarray(vector, dtype=np.float32)))
