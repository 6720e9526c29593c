"""Synchronise the index with files: add new articles, re-embed changed ones, drop gone ones.

The order of writes makes a killed run harmless: a changed article's new chunks
are stored first (their ids carry the new content hash), then its registry entry,
and only then are the old chunks deleted. The next run starts by reconciling the
store: chunks no registry entry vouches for are deleted, and a registered article
missing chunks is indexed again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from byline.embedding import DIMENSION, MiniLMEncoder, shared_encoder
from byline.keyword import current_keyword_index
from byline.sentence_cache import current_sentence_matrix
from byline.settings import Settings
from byline.storage_faults import storage_faults
from byline.store import ArticleRecord, Store
from index.article import Article, Skipped
from index.chunking import Chunk, pack_chunks, sentence_pieces
from index.loaders import iter_files, load_file
from index.locking import index_lock

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass
class IndexReport:
    """What an index run did, as printed by ``byline index --json``."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    chunks_embedded: int = 0
    seconds: float = 0.0
    repaired: int = 0
    moved: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "chunks_embedded": self.chunks_embedded,
            "seconds": round(self.seconds, 3),
            "moved": self.moved,
            "repaired": self.repaired,
        }

    @property
    def changed(self) -> bool:
        """Whether the run wrote anything readers must see."""
        return bool(self.added or self.updated or self.removed or self.moved)

    @property
    def indexed_anything(self) -> bool:
        """False when every file given was skipped (the CLI then exits non-zero)."""
        return bool(self.added or self.updated or self.unchanged or self.removed) or not self.skipped


def chunk_id(article: Article, chunk: Chunk) -> str:
    """Ids carry the content hash, so a changed article's new chunks never overwrite old ones."""
    return f"{article.doc_id}:{article.content_hash[:8]}:{chunk.index}"


def chunk_ids(record: ArticleRecord) -> list[str]:
    """The ids of every chunk a registry entry vouches for."""
    return [f"{record.doc_id}:{record.content_hash[:8]}:{i}" for i in range(record.chunks)]


def chunk_metadata(article: Article, chunk: Chunk) -> dict[str, str | int]:
    return {
        "doc_id": article.doc_id,
        "content_hash": article.content_hash,
        "source": article.source,
        "path": article.path,
        "title": article.title,
        "publisher": article.publisher,
        "date": article.date,
        "url": article.url,
        "start": chunk.start,
        "end": chunk.end,
        "chunk": chunk.index,
    }


def record_for(article: Article, chunks: int) -> ArticleRecord:
    return ArticleRecord(
        doc_id=article.doc_id,
        slot=article.slot,
        path=article.path,
        source=article.source,
        title=article.title,
        publisher=article.publisher,
        date=article.date,
        url=article.url,
        content_hash=article.content_hash,
        chunks=chunks,
    )


def refresh_caches(store: Store, settings: Settings) -> None:
    """Rebuild the keyword index and sentence cache for the new generation, so readers only load them."""
    current_keyword_index(store, settings.keyword_path)
    current_sentence_matrix(store, settings.sentence_cache_path)


def reconcile(store: Store) -> int:
    """Finish what a killed run left: delete unvouched chunks, forget half-stored articles.

    Returns how many articles had to be dropped (they are re-added by this run
    when their files are among its paths).
    """
    records = store.article_records()
    counts: dict[str, int] = {}
    orphans: list[str] = []
    for cid, meta in store.chunk_metadata():
        record = records.get(str(meta.get("doc_id")))
        if record is None or record.content_hash != meta.get("content_hash"):
            orphans.append(cid)
        else:
            counts[record.doc_id] = counts.get(record.doc_id, 0) + 1
    incomplete = [r.doc_id for r in records.values() if counts.get(r.doc_id, 0) != r.chunks]
    if incomplete:
        for cid, meta in store.chunk_metadata():
            if meta.get("doc_id") in incomplete:
                orphans.append(cid)
        store.unregister(incomplete)
    if orphans:
        log.warning("removing %d chunks left by an interrupted run", len(orphans))
        store.delete_chunks(sorted(set(orphans)))
    valid = {cid for cid, _ in store.chunk_metadata()}
    stray = [sid for sid, meta in store.sentence_metadata() if meta.get("chunk_id") not in valid]
    if stray:
        log.warning("removing %d sentence vectors left by an interrupted run", len(stray))
        store.delete_sentences(stray)
    return len(incomplete)


def _under(path: str, roots: Sequence[Path]) -> bool:
    p = Path(path)
    return any(p == root or root in p.parents for root in roots)


class Planned(NamedTuple):
    """An article to embed, its passages and its sentence spans."""

    article: Article
    chunks: list[Chunk]
    pieces: list[tuple[int, int]]


@dataclass
class EmbeddedBatch:
    """A batch of articles with its vectors, ready to be written."""

    articles: list[tuple[Article, int]]
    sentence_ids: list[str] = field(default_factory=list)
    sentence_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, DIMENSION), dtype=np.float32))
    sentence_metas: list[dict[str, Any]] = field(default_factory=list)
    chunk_ids: list[str] = field(default_factory=list)
    chunk_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, DIMENSION), dtype=np.float32))
    chunk_texts: list[str] = field(default_factory=list)
    chunk_metas: list[dict[str, Any]] = field(default_factory=list)


class Indexer:
    """One index run over a set of paths."""

    def __init__(
        self,
        settings: Settings,
        encoder: MiniLMEncoder | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.settings = settings
        self.encoder = encoder
        self.progress = progress

    def run(self, paths: Sequence[Path], prune: bool = True, rebuild: bool = False) -> IndexReport:
        """Bring the index in line with ``paths`` (files and folders)."""
        began = time.perf_counter()
        with storage_faults(self.settings.home), index_lock(self.settings):
            if rebuild:
                drop_index(self.settings)
            store = Store(self.settings, create=True)
            marker = self.settings.home / "index.unfinished"
            # Only a run that did not finish leaves work to reconcile; a clean index skips the scan.
            report = IndexReport(repaired=reconcile(store) if marker.exists() else 0)
            marker.touch()
            self._sync(store, [p.resolve() for p in paths], prune, report)
            if report.changed or report.repaired:
                store.bump_generation()
            refresh_caches(store, self.settings)
            marker.unlink()
        report.seconds = time.perf_counter() - began
        return report

    def _load(self, paths: Sequence[Path], report: IndexReport) -> tuple[dict[str, Article], set[str]]:
        """Load every file; returns articles by doc id and the files that failed to load."""
        found: dict[str, Article] = {}
        failed: set[str] = set()
        for path in iter_files(paths):
            for item in load_file(path, self.settings.max_file_bytes):
                if isinstance(item, Skipped):
                    report.skipped.append(item)
                    failed.add(str(path))
                elif item.doc_id in found:
                    report.skipped.append(Skipped(item.slot, f"same article as {found[item.doc_id].slot}"))
                else:
                    found[item.doc_id] = item
        for path in paths:
            if not path.exists():
                report.skipped.append(Skipped(str(path), "no such file or folder"))
        return found, failed

    def _sync(self, store: Store, roots: Sequence[Path], prune: bool, report: IndexReport) -> None:
        found, failed = self._load(roots, report)
        records = store.article_records()
        by_slot = {r.slot: r for r in records.values()}
        to_embed: list[Article] = []
        replaced: dict[str, ArticleRecord] = {}  # new doc id -> the record it replaces
        for article in found.values():
            old = records.get(article.doc_id)
            if old is not None and old.content_hash == article.content_hash:
                report.unchanged += 1
                if (old.slot, old.path) != (article.slot, article.path):
                    self._move(store, old, article)
                    report.moved += 1
                continue
            previous = old or by_slot.get(article.slot)
            if previous is not None and (previous is old or previous.doc_id not in found):
                replaced[article.doc_id] = previous
                report.updated += 1
            else:
                report.added += 1
            to_embed.append(article)
        self._embed_and_store(store, to_embed, replaced, report)
        if prune:
            folders = [r for r in roots if r.is_dir()] + [r for r in roots if r.is_file()]
            gone = [
                r
                for r in records.values()
                if r.doc_id not in found
                and r.doc_id not in {p.doc_id for p in replaced.values()}
                and _under(r.path, folders)
                and r.path not in failed
            ]
            self._remove(store, gone)
            report.removed += len(gone)

    def _move(self, store: Store, old: ArticleRecord, article: Article) -> None:
        """Same content at a new place: update names, keep vectors."""
        ids = chunk_ids(old)
        metas = [{"source": article.source, "path": article.path, "doc_id": article.doc_id} for _ in ids]
        store.update_chunk_metadata(ids, metas)
        store.register([record_for(article, old.chunks)])

    def _embed_and_store(
        self,
        store: Store,
        articles: Sequence[Article],
        replaced: dict[str, ArticleRecord],
        report: IndexReport,
    ) -> None:
        """Embed in batches across articles; register each article once its chunks are in."""
        encoder = self.encoder or shared_encoder()
        # Split before the writer thread starts: Chroma's writes hold the GIL, pure-Python
        # work beside them would wait; the model's inference does not need the GIL.
        limit, overlap = self.settings.chunk_chars, self.settings.chunk_overlap_chars
        planned = []
        for a in articles:
            pieces = sentence_pieces(a.text, limit)
            planned.append(Planned(a, pack_chunks(a.text, pieces, limit, overlap), pieces))
        total = sum(len(p.chunks) for p in planned)
        batches: list[list[Planned]] = [[]]
        size = 0
        for item in planned:
            if size >= self.settings.store_batch_chunks:
                batches.append([])
                size = 0
            batches[-1].append(item)
            size += len(item.chunks)
        # The model embeds batch i+1 while one writer thread stores batch i: Chroma's
        # writes then cost little wall time. Writes stay one at a time and in order, so
        # an article is still registered only after its passages are stored.
        done = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="byline-store") as writer:
            pending: Future[int] | None = None
            for batch in batches:
                embedded = self._embed_batch(encoder, batch)
                if pending is not None:
                    done += pending.result()
                    self._report_progress(done, total)
                pending = writer.submit(self._write_batch, store, embedded, replaced)
            if pending is not None:
                done += pending.result()
        self._report_progress(done, total)
        report.chunks_embedded += done

    def _report_progress(self, done: int, total: int) -> None:
        log.info("stored %d of %d chunks", done, total)
        if self.progress:
            self.progress(done, total)

    def _embed_batch(self, encoder: MiniLMEncoder, batch: Sequence[Planned]) -> EmbeddedBatch:
        """Embed the batch's sentences; a passage's vector is the normalised mean of its sentences'.

        Each distinct sentence is embedded once, so passages cost no extra model time.
        """
        out = EmbeddedBatch(articles=[(p.article, len(p.chunks)) for p in batch])
        if not batch:
            return out
        texts: list[str] = []
        plans = []
        for article, chunks, pieces in batch:
            first = len(texts)
            texts.extend(article.text[s:e] for s, e in pieces)
            plans.append((article, chunks, pieces, first))
        vectors = encoder.embed(texts, batch_size=self.settings.embed_batch_size)
        chunk_vectors, sent_vectors = [], []
        for article, chunks, pieces, first in plans:
            for chunk in chunks:
                cid = chunk_id(article, chunk)
                members = [
                    first + k for k, (s, e) in enumerate(pieces) if s >= chunk.start and e <= chunk.end
                ]
                for n, k in enumerate(members):
                    out.sentence_ids.append(f"{cid}:{n}")
                    sent_vectors.append(vectors[k])
                    start, end = pieces[k - first]
                    # Only what readers use: each metadata key is a row in Chroma's SQLite.
                    out.sentence_metas.append({"chunk_id": cid, "start": start, "end": end})
                mean = vectors[members].mean(axis=0) if members else encoder.embed_one(chunk.text)
                chunk_vectors.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
                out.chunk_ids.append(cid)
                out.chunk_texts.append(chunk.text)
                out.chunk_metas.append(chunk_metadata(article, chunk))
        out.sentence_vectors = np.asarray(sent_vectors)
        out.chunk_vectors = np.asarray(chunk_vectors)
        return out

    def _write_batch(self, store: Store, batch: EmbeddedBatch, replaced: dict[str, ArticleRecord]) -> int:
        """Store sentences, then passages, then register the articles, then drop what they replace."""
        if batch.sentence_ids:
            store.add_sentences(batch.sentence_ids, batch.sentence_vectors, batch.sentence_metas)
        if batch.chunk_ids:
            store.add_chunks(batch.chunk_ids, batch.chunk_vectors, batch.chunk_texts, batch.chunk_metas)
        if batch.articles:
            store.register([record_for(article, n) for article, n in batch.articles])
        for article, _ in batch.articles:
            old = replaced.get(article.doc_id)
            if old is not None:
                store.delete_chunks(chunk_ids(old))
                if old.doc_id != article.doc_id:
                    store.unregister([old.doc_id])
        return len(batch.chunk_ids)

    def _remove(self, store: Store, records: Sequence[ArticleRecord]) -> None:
        store.delete_chunks([cid for r in records for cid in chunk_ids(r)])
        store.unregister([r.doc_id for r in records])


def remove_articles(settings: Settings, targets: Sequence[str]) -> list[str]:
    """Remove articles by doc id, file path or folder; returns the doc ids removed."""
    with storage_faults(settings.home), index_lock(settings):
        store = Store(settings)
        records = store.article_records()
        chosen: list[ArticleRecord] = []
        for target in targets:
            if target in records:
                chosen.append(records[target])
                continue
            path = Path(target).resolve()
            chosen.extend(r for r in records.values() if _under(r.path, [path]))
        unique = list({r.doc_id: r for r in chosen}.values())
        if unique:
            Indexer(settings)._remove(store, unique)
            store.bump_generation()
            refresh_caches(store, settings)
        return [r.doc_id for r in unique]


def drop_index(settings: Settings) -> None:
    """Delete both collections and the keyword index (for ``--rebuild``)."""
    import shutil

    try:
        store = Store(settings)
    except Exception:
        store = None
    if store is not None:
        for name in (store.chunks.name, store.sentences.name, store.articles.name):
            store._client.delete_collection(name)
    shutil.rmtree(settings.keyword_path, ignore_errors=True)
    shutil.rmtree(settings.sentence_cache_path, ignore_errors=True)
