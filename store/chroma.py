"""The Chroma store that ``index`` writes and ``rag`` reads.

Three collections per index, named from ``settings.collection``:

* ``<name>-chunks``: one record per passage (the unit that is cited), cosine
  space. Its vector is the normalised mean of its sentences' vectors (vectors are
  always ours). Its metadata holds the passage text, deflated (not the document: Chroma
  full-text indexes documents with trigrams, three to four bytes per byte),
  its article's fields, and its sentences' spans and quantised vectors
  (``store/sentence_codec.py``), so there is no record per sentence.
* ``<name>-articles``: one record per article (the registry): where it came
  from, its content hash and how many chunks it has. This is what lets an index
  run tell added, changed, moved and removed articles apart, and lets a run that
  was killed half-way be finished by the next one.
* ``<name>-log``: the change log (``store/changelog.py``), one record per write step.

Chroma is the single source of truth. The chunk collection's metadata holds the
committed ``generation``; every process keeps a local keyword index and int8
passage vectors (``store/local_index.py``) and brings them to a new generation by
fetching only the passages the log says were touched. Sentence vectors stay in
Chroma and are read with the few passages that reach the final ranking.
Opening the client and its error messages: ``store/connection.py``; the records
handed back: ``store/records.py``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from byline.errors import (
    EmbeddingModelMismatchError,
    IndexFormatError,
    IndexMissingError,
    UserFacingError,
)
from byline.settings import Settings
from store import schema
from store.changelog import ChangeLog
from store.connection import missing_message, older_format_message, open_client, server_errors
from store.records import ArticleRecord, StoredChunk, passage_row, pop_text, stored_chunk, text_fields
from store.segment import PassageRow

_PAGE = 2000


# Passages are searched by vector (nearest passages), so their graph is built well.
PASSAGE_HNSW: dict[str, Any] = {"hnsw": {"space": "cosine", "ef_construction": 40}}
# The layout of the collections; an index of another format is rebuilt, not read wrongly.
FORMAT = 3
_FORMAT, _GENERATION, _LOG_SINCE = "format", "generation", "log_since"
# The embedded store's database and its write-ahead log: any commit changes one of them.
_SQLITE_FILES = ("chroma.sqlite3", "chroma.sqlite3-wal")


class Store:
    """Read and write access to one index's Chroma collections."""

    def __init__(self, settings: Settings, create: bool = False) -> None:
        self.settings = settings
        self._client = open_client(settings, create)
        self._seen: tuple[tuple[int, int] | None, ...] | None = None  # files' stamp at the last read
        self._seen_generation = 0
        names = {kind: f"{settings.collection}-{kind}" for kind in ("chunks", "articles", "log")}
        with server_errors(settings):
            try:
                if create:
                    get = self._client.get_or_create_collection
                    self.chunks = get(names["chunks"], configuration=PASSAGE_HNSW, embedding_function=None)
                    if not self.chunks.metadata:
                        self.chunks.modify(metadata={_FORMAT: FORMAT, _GENERATION: 0, _LOG_SINCE: 0})
                else:
                    self.chunks = self._client.get_collection(names["chunks"], embedding_function=None)
                meta = self.chunks.metadata or {}
                if meta.get(_FORMAT) != FORMAT:
                    raise IndexFormatError(older_format_message(settings))
                get = self._client.get_or_create_collection
                self.articles = get(names["articles"], embedding_function=None)
                self.log = ChangeLog(get(names["log"], embedding_function=None), int(meta.get(_LOG_SINCE, 0)))
            except UserFacingError:
                raise
            except (ValueError, LookupError) as exc:
                raise IndexMissingError(missing_message(settings)) from exc
            except Exception as exc:
                if "does not exist" in str(exc) or "not found" in str(exc).lower():
                    raise IndexMissingError(missing_message(settings)) from exc
                raise
            self._check_model(create)

    def _check_model(self, create: bool) -> None:
        """Refuse an index built with another embedding model: its vectors would not compare.

        A new (empty) index records the configured model in its articles collection.
        """
        wanted = self.settings.embedding_model
        recorded = (self.articles.metadata or {}).get(schema.EMBEDDING_MODEL)
        if recorded is None and create and self.articles.count() == 0:
            self.articles.modify(metadata={schema.EMBEDDING_MODEL: wanted})
            return
        recorded = recorded or schema.UNRECORDED_MODEL
        if recorded != wanted:
            raise EmbeddingModelMismatchError(
                f"this index was built with the embedding model {recorded!r}, not {wanted!r}: "
                f"set BYLINE_EMBEDDING_MODEL={recorded} to use it, or index into another "
                "--home to use the other model"
            )

    def reopened(self) -> Store:
        """A new handle that sees writes made by other processes.

        The embedded store keeps its vector index in memory per process and does
        not notice another process's writes (counts and metadata are fresh, the
        nearest-neighbour index is not). Clearing Chroma's cache of clients makes
        the next client load the store from disk.
        """
        if not self.settings.chroma_url:
            from chromadb.api.shared_system_client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
        return Store(self.settings)

    # -- generation and change log -------------------------------------------

    def generation(self) -> int:
        """The committed generation: moved on by every index run that changed passages (read fresh).

        Every question asks, and reading the collection costs ~1 ms. An embedded store
        first compares its database files' size and modification time with those at
        the last read: when nothing at all was written since, the generation is the
        one read then. The stamp is taken before the read, so a write racing with the
        read changes the next stamp and is read then; files written in the last second
        are read anyway (a file's time moves in ticks of a few ms, and two writes in one
        tick leave the same stamp). A server is always asked.
        """
        stamp = self._disk_stamp()
        if stamp is not None and stamp == self._seen and self._settled(stamp):
            return self._seen_generation
        name = self.chunks.name
        meta = self._client.get_collection(name, embedding_function=None).metadata or {}
        generation = int(meta.get(_GENERATION, 0))
        self._seen, self._seen_generation = stamp, generation
        return generation

    @staticmethod
    def _settled(stamp: tuple[tuple[int, int] | None, ...]) -> bool:
        """Whether no file of the stamp was written in the last second."""
        newest = max((mtime for _, mtime in filter(None, stamp)), default=0)
        return time.time_ns() - newest > 1_000_000_000

    def _disk_stamp(self) -> tuple[tuple[int, int] | None, ...] | None:
        """(size, mtime) of the embedded store's SQLite files; None for a server."""
        if self.settings.chroma_url:
            return None
        stamps: list[tuple[int, int] | None] = []
        for name in _SQLITE_FILES:
            try:
                info = os.stat(self.settings.chroma_path / name)
            except FileNotFoundError:
                stamps.append(None)
                continue
            stamps.append((info.st_size, info.st_mtime_ns))
        return tuple(stamps)

    def next_generation(self) -> int:
        """The generation a run that starts now works towards (time-based: never reused)."""
        return max(self.generation() + 1, time.time_ns())

    def commit_generation(self, generation: int) -> None:
        """Make ``generation`` current: readers now apply what the log says it touched."""
        self.chunks.modify(metadata={_FORMAT: FORMAT, _GENERATION: generation, _LOG_SINCE: self.log.since})

    def log_touched(self, generation: int, chunk_ids: Sequence[str]) -> None:
        """Write-ahead: a run towards ``generation`` is about to add, replace or delete these passages."""
        self.log.append(generation, chunk_ids)

    def touched_since(self, after: int, upto: int) -> set[str] | None:
        """Passages touched by runs in (after, upto], or None when the log does not reach back."""
        return self.log.touched(after, upto)

    # -- articles registry ---------------------------------------------------

    def article_records(self) -> dict[str, ArticleRecord]:
        """Every registered article by doc id."""
        out: dict[str, ArticleRecord] = {}
        for ids, metas, _ in self._pages(self.articles, include=["metadatas"]):
            for doc_id, meta in zip(ids, metas, strict=True):
                out[doc_id] = ArticleRecord.from_metadata(doc_id, meta or {})
        return out

    def article_records_by_id(self, doc_ids: Sequence[str]) -> dict[str, ArticleRecord]:
        """The registered articles among ``doc_ids`` (one call per page, whatever the archive's size)."""
        out: dict[str, ArticleRecord] = {}
        for i in range(0, len(doc_ids), _PAGE):
            got = self.articles.get(ids=list(doc_ids[i : i + _PAGE]), include=["metadatas"])
            for doc_id, meta in zip(got["ids"], got["metadatas"], strict=True):
                out[doc_id] = ArticleRecord.from_metadata(doc_id, meta or {})
        return out

    def article_records_at(self, paths: Sequence[str]) -> dict[str, ArticleRecord]:
        """The registered articles stored from the files ``paths`` (Chroma's metadata index finds them)."""
        out: dict[str, ArticleRecord] = {}
        for i in range(0, len(paths), _PAGE):
            where = {schema.PATH: {"$in": list(paths[i : i + _PAGE])}}
            got = self.articles.get(where=where, include=["metadatas"])
            for doc_id, meta in zip(got["ids"], got["metadatas"], strict=True):
                out[doc_id] = ArticleRecord.from_metadata(doc_id, meta or {})
        return out

    def register(self, records: Sequence[ArticleRecord]) -> None:
        """Add or replace registry entries (after their chunks are stored)."""
        if records:
            self.articles.upsert(
                ids=[r.doc_id for r in records],
                embeddings=[[1.0]] * len(records),
                metadatas=[r.metadata() for r in records],
            )

    def unregister(self, doc_ids: Sequence[str]) -> None:
        if doc_ids:
            self.articles.delete(ids=list(doc_ids))

    # -- passages ------------------------------------------------------------

    def add_chunks(
        self,
        ids: Sequence[str],
        embeddings: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        """Store passages with their vectors (metadata carries their sentences), in batches Chroma accepts."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.chunks.upsert(
                ids=list(ids[i : i + step]),
                embeddings=embeddings[i : i + step],
                metadatas=[
                    {**meta, **text_fields(text)}
                    for meta, text in zip(metadatas[i : i + step], documents[i : i + step], strict=True)
                ],
            )

    def update_chunk_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        """Change metadata (e.g. the file name after a move) without re-embedding."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.chunks.update(ids=list(ids[i : i + step]), metadatas=list(metadatas[i : i + step]))

    def delete_chunks(self, ids: Sequence[str]) -> None:
        """Delete passages (their sentences go with them)."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.chunks.delete(ids=list(ids[i : i + step]))

    def passage_count(self) -> int:
        """How many passages the store holds (one call, also to a server)."""
        return int(self.chunks.count())

    def passage_rows(self, ids: Sequence[str]) -> list[PassageRow]:
        """The stored passages among ``ids`` with their sentences (absent ids are left out)."""
        out: list[PassageRow] = []
        for i in range(0, len(ids), _PAGE):
            got = self.chunks.get(ids=list(ids[i : i + _PAGE]), include=["metadatas", "embeddings"])
            parts = (got["ids"], got["metadatas"], got["embeddings"])
            out.extend(passage_row(*part) for part in zip(*parts, strict=True))
        return out

    def all_passage_rows(self, page: int = _PAGE) -> Iterator[list[PassageRow]]:
        """Every stored passage with its sentences, a page at a time."""
        offset = 0
        while True:
            got = self.chunks.get(include=["metadatas", "embeddings"], limit=page, offset=offset)
            if not got["ids"]:
                return
            parts = (got["ids"], got["metadatas"], got["embeddings"])
            yield [passage_row(*part) for part in zip(*parts, strict=True)]
            if len(got["ids"]) < page:
                return
            offset += len(got["ids"])

    def nearest_passages(
        self, embeddings: np.ndarray, n: int, total: int, where: dict[str, Any] | None = None
    ) -> list[list[str]]:
        """For each query vector, the ids of the ``n`` nearest of ``total`` passages (cosine).

        Passages, not sentences: the passage index is ~12× smaller, so a serving
        process never loads the sentence vectors' HNSW index into memory, and on
        MultiHop-RAG the candidates it adds scored the same (docs/benchmarks.md).
        ``total`` comes from the caller's keyword index, sparing a count per question.
        ``where`` (a Chroma filter on passage metadata) keeps the search inside it.
        """
        if total == 0 or n == 0:
            return [[] for _ in embeddings]
        res = self.chunks.query(
            query_embeddings=[e.tolist() for e in embeddings],
            n_results=min(n, total),
            where=where,
            include=[],
        )
        return [list(ids) for ids in res["ids"]]

    def chunk_metadata(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, metadata) of every stored chunk, paged."""
        for ids, metas, _ in self._pages(self.chunks, include=["metadatas"]):
            yield from zip(ids, metas, strict=True)

    def chunk_documents(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every stored chunk, paged."""
        for ids, metas, _ in self._pages(self.chunks, include=["metadatas"]):
            for chunk_id, meta in zip(ids, metas, strict=True):
                meta = dict(meta or {})
                yield chunk_id, pop_text(chunk_id, meta), meta

    def chunks_by_id(self, ids: Sequence[str]) -> dict[str, StoredChunk]:
        """Passages (text and metadata) for the given ids."""
        if not ids:
            return {}
        got = self.chunks.get(ids=list(ids), include=["metadatas"])
        return {
            chunk_id: stored_chunk(chunk_id, meta)
            for chunk_id, meta in zip(got["ids"], got["metadatas"], strict=True)
        }

    @staticmethod
    def _pages(collection: Any, include: list[str], page: int = _PAGE) -> Iterator[tuple[list, list, list]]:
        offset = 0
        while True:
            got = collection.get(include=include, limit=page, offset=offset)
            ids = got["ids"]
            if not ids:
                return
            metas = got.get("metadatas") or [None] * len(ids)
            docs = got.get("documents") or [None] * len(ids)
            yield ids, metas, docs
            if len(ids) < page:
                return
            offset += len(ids)
