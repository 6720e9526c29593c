"""The Chroma store that ``index`` writes and ``rag`` reads.

Three collections per index, named from ``settings.collection``:

* ``<name>-chunks``: one record per passage (the unit that is cited), cosine
  space, with the passage text as the document and its article's metadata. Its
  vector is the normalised mean of its sentences' vectors. Vectors are always ours.
* ``<name>-sentences``: one vector per sentence of each passage, with the passage
  id as metadata and the sentence's span in the article in its id
  (``<chunk id>:<start>-<end>``: each metadata key is a row in Chroma's SQLite,
  and two fewer made sentence writes ~30% cheaper). It is the source of every
  process's sentence cache; questions are not matched against it in Chroma (see
  :meth:`Store.nearest_passages`).
* ``<name>-articles``: one record per article (the registry): where it came
  from, its content hash and how many chunks it has. This is what lets an index
  run tell added, changed, moved and removed articles apart, and lets a run that
  was killed half-way be finished by the next one.

Chroma is the single source of truth: the keyword index is derived from the
chunk documents and tagged with the ``generation`` counter kept in the chunk
collection's metadata, so every process (also against a Chroma server) can tell
whether its keyword index is current.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from byline.errors import (
    EmbeddingModelMismatchError,
    DataFolderError,
    IndexMissingError,
    StoreUnavailableError,
    UserFacingError,
    causes,
)
from byline.settings import Settings
from byline.storage_faults import storage_fault
from store import schema

log = logging.getLogger(__name__)

_PAGE = 2000


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
        text = {key: str(meta.get(key, "")) for key in (*schema.ARTICLE_FIELDS, schema.SLOT, schema.CONTENT_HASH)}
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


def _client(settings: Settings, create: bool) -> Any:
    """A Chroma client for the settings: an HTTP client or the embedded store."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise StoreUnavailableError(unreachable_message(settings)) from exc
    if not create and not settings.chroma_path.is_dir():
        raise IndexMissingError(_missing_message(settings))
    try:
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except Exception as exc:
        reason = storage_fault(exc)
        if reason is None:
            raise
        # The embedded store writes to its database even to open it for reading.
        raise DataFolderError(
            f"cannot open the index in {settings.chroma_path}: {reason}. Chroma's embedded store "
            "needs a writable data folder even for questions; make it writable, or share the "
            "index through a Chroma server (--chroma-url)."
        ) from exc


def _is_unreachable(exc: BaseException) -> bool:
    """Whether an error (or one it came from) is a refused, dropped or timed-out connection."""
    import httpx

    return any(isinstance(e, httpx.TransportError | ConnectionError | TimeoutError) for e in causes(exc))


def unreachable_message(settings: Settings) -> str:
    return (
        f"The Chroma server at {settings.chroma_url} is not answering, so the index cannot be "
        "read right now. Ask again once it is back; nothing needs restarting."
    )


@contextmanager
def server_errors(settings: Settings) -> Iterator[None]:
    """Turn a lost Chroma server into :class:`StoreUnavailableError` (a message, not a traceback).

    The HTTP client reconnects by itself once the server answers again, so the
    same process keeps working after the server returns.
    """
    try:
        yield
    except UserFacingError:
        raise
    except Exception as exc:
        if settings.chroma_url and _is_unreachable(exc):
            raise StoreUnavailableError(unreachable_message(settings)) from exc
        raise


def _missing_message(settings: Settings) -> str:
    where = settings.chroma_url or str(settings.home)
    return (
        f"No Byline index found in {where}. Build it first with `byline index` "
        "(indexes seeds/) or `byline index PATH ...`."
    )


# Passages are searched by vector (nearest passages), so their graph is built well.
PASSAGE_HNSW: dict[str, Any] = {"hnsw": {"space": "cosine", "ef_construction": 40}}
# Sentence vectors are only ever read back by id (each process's sentence cache),
# never searched, yet Chroma builds a graph for every vector it stores: keep that
# graph as cheap as Chroma allows (32,000 sentences: 5.66 -> 3.86 CPU-s to write,
# bench/chroma_writes.py). Existing collections keep the settings they were made with.
SENTENCE_HNSW: dict[str, Any] = {"hnsw": {"space": "cosine", "ef_construction": 10, "max_neighbors": 4}}


def _sentence_rows(got: Any) -> Iterator[tuple[str, int, int, np.ndarray]]:
    """(chunk id, start, end, vector) of a Chroma ``get`` of sentence records."""
    for sid, meta, emb in zip(got["ids"], got["metadatas"], got["embeddings"], strict=True):
        meta = meta or {}
        if schema.START in meta:
            start, end = int(meta[schema.START]), int(meta[schema.END])
        else:
            start, end = schema.sentence_span(sid)
        yield str(meta[schema.CHUNK_ID]), start, end, np.asarray(emb, dtype=np.float32)


class Store:
    """Read and write access to one index's Chroma collections."""

    def __init__(self, settings: Settings, create: bool = False) -> None:
        self.settings = settings
        self._client = _client(settings, create)
        names = {kind: f"{settings.collection}-{kind}" for kind in ("chunks", "sentences", "articles")}
        with server_errors(settings):
            try:
                if create:
                    get = self._client.get_or_create_collection
                    self.chunks = get(names["chunks"], configuration=PASSAGE_HNSW, embedding_function=None)
                    self.sentences = get(
                        names["sentences"], configuration=SENTENCE_HNSW, embedding_function=None
                    )
                    self.articles = get(names["articles"], embedding_function=None)
                else:
                    get = self._client.get_collection
                    self.chunks = get(names["chunks"], embedding_function=None)
                    self.sentences = get(names["sentences"], embedding_function=None)
                    self.articles = get(names["articles"], embedding_function=None)
            except (ValueError, LookupError) as exc:
                raise IndexMissingError(_missing_message(settings)) from exc
            except Exception as exc:
                if "does not exist" in str(exc) or "not found" in str(exc).lower():
                    raise IndexMissingError(_missing_message(settings)) from exc
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
        nearest-neighbour index is not). Dropping this path's cached Chroma
        system, without stopping it (an in-process writer may still hold it),
        makes the next client load the store from disk.
        """
        if not self.settings.chroma_url:
            from chromadb.api.shared_system_client import SharedSystemClient

            SharedSystemClient._identifier_to_system.pop(str(self.settings.chroma_path), None)
            SharedSystemClient._identifier_to_refcount.pop(str(self.settings.chroma_path), None)
        return Store(self.settings)

    # -- generation ---------------------------------------------------------

    def generation(self) -> int:
        """Counter bumped after every change to the chunks (read fresh each call)."""
        name = self.chunks.name
        meta = self._client.get_collection(name, embedding_function=None).metadata or {}
        return int(meta.get("generation", 0))

    def bump_generation(self) -> int:
        """Mark the chunks as changed, so readers rebuild their keyword index."""
        # Time-based, so a rebuilt index never reuses a number a reader has cached.
        new = max(self.generation() + 1, time.time_ns())
        self.chunks.modify(metadata={"generation": new})
        return new

    # -- articles registry ---------------------------------------------------

    def article_records(self) -> dict[str, ArticleRecord]:
        """Every registered article by doc id."""
        out: dict[str, ArticleRecord] = {}
        for ids, metas, _ in self._pages(self.articles, include=["metadatas"]):
            for doc_id, meta in zip(ids, metas, strict=True):
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

    # -- chunks ----------------------------------------------------------------

    def add_chunks(
        self,
        ids: Sequence[str],
        embeddings: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        """Store passages with their vectors, in batches Chroma accepts."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.chunks.upsert(
                ids=list(ids[i : i + step]),
                embeddings=embeddings[i : i + step],
                documents=list(documents[i : i + step]),
                metadatas=list(metadatas[i : i + step]),
            )

    def update_chunk_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        """Change metadata (e.g. the file name after a move) without re-embedding."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.chunks.update(ids=list(ids[i : i + step]), metadatas=list(metadatas[i : i + step]))

    def delete_chunks(self, ids: Sequence[str]) -> None:
        """Delete passages and their sentence vectors."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            batch = list(ids[i : i + step])
            self.delete_sentences_of(batch)
            self.chunks.delete(ids=batch)

    def add_sentences(
        self, ids: Sequence[str], embeddings: np.ndarray, metadatas: Sequence[dict[str, Any]]
    ) -> None:
        """Store sentence vectors (before their passages, so a passage never lacks them)."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.sentences.upsert(
                ids=list(ids[i : i + step]),
                embeddings=embeddings[i : i + step],
                metadatas=list(metadatas[i : i + step]),
            )

    def delete_sentences_of(self, chunk_ids: Sequence[str]) -> None:
        """Delete the sentence vectors of passages (stored or not)."""
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(chunk_ids), step):
            self.sentences.delete(where={schema.CHUNK_ID: {"$in": list(chunk_ids[i : i + step])}})

    def delete_sentences(self, ids: Sequence[str]) -> None:
        step = min(self._client.get_max_batch_size(), 4000)
        for i in range(0, len(ids), step):
            self.sentences.delete(ids=list(ids[i : i + step]))

    def sentence_metadata(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, metadata) of every stored sentence, paged."""
        for ids, metas, _ in self._pages(self.sentences, include=["metadatas"]):
            yield from zip(ids, metas, strict=True)

    def sentence_rows(self) -> Iterator[tuple[str, int, int, np.ndarray]]:
        """(chunk id, start, end, vector) of every stored sentence, paged.

        The span is read from the sentence id (``<chunk id>:<start>-<end>``); indexes
        written before 2026-11-25 evening kept it in ``start``/``end`` metadata instead.
        """
        offset = 0
        while True:
            got = self.sentences.get(include=["metadatas", "embeddings"], limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            yield from _sentence_rows(got)
            if len(got["ids"]) < _PAGE:
                return
            offset += len(got["ids"])

    def sentence_rows_of(self, chunk_ids: Sequence[str]) -> Iterator[tuple[str, int, int, np.ndarray]]:
        """(chunk id, start, end, vector) of the sentences of the given passages."""
        for i in range(0, len(chunk_ids), _PAGE):
            where = {schema.CHUNK_ID: {"$in": list(chunk_ids[i : i + _PAGE])}}
            yield from _sentence_rows(self.sentences.get(where=where, include=["metadatas", "embeddings"]))

    def nearest_passages(self, embeddings: np.ndarray, n: int, total: int) -> list[list[str]]:
        """For each query vector, the ids of the ``n`` nearest of ``total`` passages (cosine).

        Passages, not sentences: the passage index is ~12× smaller, so a serving
        process never loads the sentence vectors' HNSW index into memory, and on
        MultiHop-RAG the candidates it adds scored the same (docs/benchmarks.md).
        ``total`` comes from the caller's keyword index, sparing a count per question.
        """
        if total == 0 or n == 0:
            return [[] for _ in embeddings]
        res = self.chunks.query(
            query_embeddings=[e.tolist() for e in embeddings], n_results=min(n, total), include=[]
        )
        return [list(ids) for ids in res["ids"]]

    def chunk_metadata(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, metadata) of every stored chunk, paged."""
        for ids, metas, _ in self._pages(self.chunks, include=["metadatas"]):
            yield from zip(ids, metas, strict=True)

    def chunk_documents(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every stored chunk, paged."""
        for ids, metas, docs in self._pages(self.chunks, include=["metadatas", "documents"]):
            for chunk_id, meta, doc in zip(ids, metas, docs, strict=True):
                yield chunk_id, doc or "", meta or {}

    def chunks_by_id(self, ids: Sequence[str]) -> dict[str, StoredChunk]:
        """Passages (text and metadata) for the given ids."""
        if not ids:
            return {}
        got = self.chunks.get(ids=list(ids), include=["documents", "metadatas"])
        return {
            chunk_id: StoredChunk(chunk_id, doc or "", dict(meta or {}))
            for chunk_id, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }

    def count(self) -> int:
        return int(self.chunks.count())

    def query(self, embedding: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[StoredChunk]:
        """Nearest passages by cosine distance (0 = same direction), optionally filtered."""
        total = self.count()
        if total == 0:
            return []
        res = self.chunks.query(
            query_embeddings=[embedding.tolist()],
            n_results=min(n, total),
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        return [
            StoredChunk(cid, doc or "", dict(meta or {}), float(dist))
            for cid, doc, meta, dist in zip(
                res["ids"][0],
                res["documents"][0],
                res["metadatas"][0],
                res["distances"][0],
                strict=True,
            )
        ]

    @staticmethod
    def _pages(collection: Any, include: list[str]) -> Iterator[tuple[list, list, list]]:
        offset = 0
        while True:
            got = collection.get(include=include, limit=_PAGE, offset=offset)
            ids = got["ids"]
            if not ids:
                return
            metas = got.get("metadatas") or [None] * len(ids)
            docs = got.get("documents") or [None] * len(ids)
            yield ids, metas, docs
            if len(ids) < _PAGE:
                return
            offset += len(ids)
