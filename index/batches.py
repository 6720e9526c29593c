"""One write step's worth of articles: their passages, what the model embeds, and the records to write.

Each sentence is embedded once; a passage's vector is the normalised mean of its
sentences', so passages cost no extra model time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from byline.embedding import DIMENSION
from index.article import Article
from index.chunking import Chunk, pack_chunks, sentence_pieces
from store import schema, sentence_codec
from store.records import ArticleRecord


class Planned(NamedTuple):
    """An article to embed, its passages, its sentence spans, and the record it replaces (if any)."""

    article: Article
    chunks: list[Chunk]
    pieces: list[tuple[int, int]]
    replaces: ArticleRecord | None = None


def planned(article: Article, limit: int, overlap: int, replaces: ArticleRecord | None = None) -> Planned:
    """The article cut into passages of at most ``limit`` characters."""
    pieces = sentence_pieces(article.text, limit)
    return Planned(article, pack_chunks(article.text, pieces, limit, overlap), pieces, replaces)


def chunk_id(article: Article, chunk: Chunk) -> str:
    return schema.chunk_id(article.doc_id, article.content_hash, chunk.index)


def chunk_metadata(article: Article, chunk: Chunk) -> dict[str, str | int]:
    return {
        schema.DOC_ID: article.doc_id,
        schema.CONTENT_HASH: article.content_hash,
        schema.SOURCE: article.source,
        schema.PATH: article.path,
        schema.TITLE: article.title,
        schema.PUBLISHER: article.publisher,
        schema.DATE: article.date,
        schema.URL: article.url,
        schema.AUTHOR: article.author,
        schema.LANGUAGE: article.language,
        schema.START: chunk.start,
        schema.END: chunk.end,
        schema.CHUNK: chunk.index,
    }


@dataclass
class EmbeddedBatch:
    """A batch of articles with its vectors, ready to be written."""

    articles: list[Planned]
    chunk_ids: list[str] = field(default_factory=list)
    chunk_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, DIMENSION), dtype=np.float32))
    chunk_texts: list[str] = field(default_factory=list)
    chunk_metas: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class BatchLayout:
    """What the model embeds for a batch, and which of those vectors make each passage.

    A passage holding no whole sentence (not produced by the chunker, kept as a
    guard) embeds its own text.
    """

    texts: list[str]
    members: list[list[list[int]]]  # per article, per chunk: rows of ``texts``
    firsts: list[int]  # per article: row of its first sentence


def layout_batch(batch: Sequence[Planned]) -> BatchLayout:
    texts: list[str] = []
    members: list[list[list[int]]] = []
    firsts: list[int] = []
    for article, chunks, pieces, _ in batch:
        first = len(texts)
        firsts.append(first)
        texts.extend(article.text[s:e] for s, e in pieces)
        per_chunk = []
        for chunk in chunks:
            rows = [first + k for k, (s, e) in enumerate(pieces) if s >= chunk.start and e <= chunk.end]
            if not rows:
                texts.append(chunk.text)
                rows = [-len(texts)]  # negative: -(row + 1) of the passage's own text
            per_chunk.append(rows)
        members.append(per_chunk)
    return BatchLayout(texts, members, firsts)


def assemble_batch(
    batch: Sequence[Planned], layout: BatchLayout, vectors: np.ndarray, bits: int = sentence_codec.BITS
) -> EmbeddedBatch:
    """Ids, vectors and metadata of the batch's passages, their sentences' ``bits``-bit vectors inside."""
    out = EmbeddedBatch(articles=list(batch))
    chunk_vectors = []
    for (article, chunks, pieces, _), per_chunk, first in zip(
        batch, layout.members, layout.firsts, strict=True
    ):
        for chunk, rows in zip(chunks, per_chunk, strict=True):
            sentences = [r for r in rows if r >= 0]
            mean = vectors[sentences].mean(axis=0) if sentences else vectors[-rows[0] - 1]
            chunk_vectors.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
            out.chunk_ids.append(chunk_id(article, chunk))
            out.chunk_texts.append(chunk.text)
            # The passage carries its sentences (spans, quantised vectors): one record per passage.
            spans = np.asarray([pieces[k - first] for k in sentences], dtype=np.int32).reshape(-1, 2)
            meta = chunk_metadata(article, chunk)
            meta.update(sentence_codec.encode(spans, vectors[sentences].reshape(-1, DIMENSION), bits))
            out.chunk_metas.append(meta)
    if chunk_vectors:
        out.chunk_vectors = np.asarray(chunk_vectors)
    return out
