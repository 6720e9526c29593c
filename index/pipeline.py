"""Synchronise the index with files: add new articles, re-embed changed ones, drop gone ones.

The order of writes makes a killed run harmless: a changed article's new chunks
are stored first (their ids carry the new content hash), then its registry entry,
and only then are the old chunks deleted. The next run starts by reconciling the
store: chunks no registry entry vouches for are deleted, and a registered article
missing chunks is indexed again. Before each write step the run logs the passages
it is about to touch in the store's change log (``store/changelog.py``), tagged
with the generation it works towards; committing that generation at the end is
what makes every reader fetch exactly those passages.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from byline.embedding import DIMENSION, Encoder, shared_encoder
from byline.settings import Settings
from byline.storage_faults import ensure_room, storage_faults
from index.article import Article, Skipped
from index.chunking import Chunk, pack_chunks, sentence_pieces
from index.journal import RunJournal
from index.loaders import iter_files, load_file
from index.locking import index_lock
from index.model_process import Embedder, InProcessEmbedder, embedder_for
from index.pause import PausePoint
from index.sync_plan import plan_sync, under
from store import schema, sentence_codec
from store.chroma import ArticleRecord, Store, drop_collections
from store.local_index import current_local_index

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
        author=article.author,
        language=article.language,
    )


def reconcile(store: Store, generation: int) -> int:
    """Finish what a killed run left: delete unvouched passages, forget half-stored articles.

    Returns how many articles had to be dropped (they are re-added by this run
    when their files are among its paths). What it deletes is logged first, so
    every reader drops it too.
    """
    records = store.article_records()
    vouched: dict[str, list[str]] = {}
    orphans: list[str] = []
    for cid, meta in store.chunk_metadata():
        record = records.get(str(meta.get(schema.DOC_ID)))
        if record is None or record.content_hash != meta.get(schema.CONTENT_HASH):
            orphans.append(cid)
        else:
            vouched.setdefault(record.doc_id, []).append(cid)
    incomplete = [r.doc_id for r in records.values() if len(vouched.get(r.doc_id, ())) != r.chunks]
    for doc_id in incomplete:
        orphans.extend(vouched.pop(doc_id, ()))
    if incomplete:
        store.unregister(incomplete)
    if orphans:
        log.warning("removing %d passages left by an interrupted run", len(orphans))
        store.log_touched(generation, orphans)
        store.delete_chunks(sorted(set(orphans)))
    return len(incomplete)


def finish_unfinished(store: Store, journal: RunJournal, generation: int) -> int | None:
    """Reconcile after a run that did not finish; None when the last run finished."""
    if not journal.exists():
        return None
    return reconcile(store, generation)


def close_run(store: Store, settings: Settings, generation: int, changed: bool, journal: RunJournal) -> None:
    """Commit the run's generation if the store changed, bring the local index to it, close the journal.

    A killed run changed the store without committing; the run that finishes it
    commits (``changed``), so readers apply both runs' log entries.
    """
    if changed:
        store.commit_generation(generation)
    current_local_index(store, settings.local_index_path)
    journal.finish()


class Planned(NamedTuple):
    """An article to embed, its passages and its sentence spans."""

    article: Article
    chunks: list[Chunk]
    pieces: list[tuple[int, int]]


@dataclass
class EmbeddedBatch:
    """A batch of articles with its vectors, ready to be written."""

    articles: list[tuple[Article, int]]
    chunk_ids: list[str] = field(default_factory=list)
    chunk_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, DIMENSION), dtype=np.float32))
    chunk_texts: list[str] = field(default_factory=list)
    chunk_metas: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class BatchLayout:
    """What the model embeds for a batch, and which of those vectors make each passage.

    Each sentence is embedded once; a passage's vector is the normalised mean of
    its sentences', so passages cost no extra model time. A passage holding no
    whole sentence (not produced by the chunker, kept as a guard) embeds its own text.
    """

    texts: list[str]
    members: list[list[list[int]]]  # per article, per chunk: rows of ``texts``
    firsts: list[int]  # per article: row of its first sentence


def layout_batch(batch: Sequence[Planned]) -> BatchLayout:
    texts: list[str] = []
    members: list[list[list[int]]] = []
    firsts: list[int] = []
    for article, chunks, pieces in batch:
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


def assemble_batch(batch: Sequence[Planned], layout: BatchLayout, vectors: np.ndarray) -> EmbeddedBatch:
    """Ids, vectors and metadata of the batch's sentences and passages, ready to write."""
    out = EmbeddedBatch(articles=[(p.article, len(p.chunks)) for p in batch])
    chunk_vectors = []
    for (article, chunks, pieces), per_chunk, first in zip(batch, layout.members, layout.firsts, strict=True):
        for chunk, rows in zip(chunks, per_chunk, strict=True):
            sentences = [r for r in rows if r >= 0]
            mean = vectors[sentences].mean(axis=0) if sentences else vectors[-rows[0] - 1]
            chunk_vectors.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
            out.chunk_ids.append(chunk_id(article, chunk))
            out.chunk_texts.append(chunk.text)
            # The passage carries its sentences (spans, quantised vectors): one record per passage.
            spans = np.asarray([pieces[k - first] for k in sentences], dtype=np.int32).reshape(-1, 2)
            meta = chunk_metadata(article, chunk)
            meta.update(sentence_codec.encode(spans, vectors[sentences].reshape(-1, DIMENSION)))
            out.chunk_metas.append(meta)
    if chunk_vectors:
        out.chunk_vectors = np.asarray(chunk_vectors)
    return out


class Indexer:
    """One index run over a set of paths."""

    def __init__(
        self,
        settings: Settings,
        encoder: Encoder | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.settings = settings
        self.encoder = encoder
        self.progress = progress
        self.journal = RunJournal(settings.home)
        self.generation = 0  # the generation this run works towards, set when it starts
        self.pause = PausePoint(settings)  # test-only hook; does nothing unless configured

    def run(self, paths: Sequence[Path], prune: bool = True, rebuild: bool = False) -> IndexReport:
        """Bring the index in line with ``paths`` (files and folders)."""
        began = time.perf_counter()
        with storage_faults(self.settings.home), index_lock(self.settings):
            if rebuild:
                drop_index(self.settings)
            store = Store(self.settings, create=True)
            self.generation = store.next_generation()
            dropped = finish_unfinished(store, self.journal, self.generation)
            report = IndexReport(repaired=dropped or 0)
            self.journal.start()
            self._sync(store, [p.resolve() for p in paths], prune, report)
            close_run(
                store, self.settings, self.generation, report.changed or dropped is not None, self.journal
            )
        report.seconds = time.perf_counter() - began
        return report

    def _load(self, paths: Sequence[Path], report: IndexReport) -> tuple[dict[str, Article], set[str]]:
        """Load every file; returns articles by doc id and the files that failed to load."""
        found: dict[str, Article] = {}
        failed: set[str] = set()
        for path in iter_files(paths):
            if isinstance(path, Skipped):
                report.skipped.append(path)
                continue
            for item in load_file(path, self.settings.max_file_bytes, self.settings.field_map):
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
        existing = [r for r in roots if r.is_dir()] + [r for r in roots if r.is_file()]
        plan = plan_sync(found, store.article_records(), failed, existing, prune)
        report.unchanged += len(plan.unchanged)
        report.added += len(plan.added)
        report.updated += len(plan.updated)
        for old, article in plan.moved:
            self._move(store, old, article)
        report.moved += len(plan.moved)
        self._embed_and_store(store, plan.to_embed, plan.replaced, report)
        if prune:
            self._remove(store, plan.removed)
        report.removed += len(plan.removed)

    def _move(self, store: Store, old: ArticleRecord, article: Article) -> None:
        """Same content at a new place: update names, keep vectors (logged: readers re-read the names)."""
        ids = old.chunk_ids()
        metas = [
            {schema.SOURCE: article.source, schema.PATH: article.path, schema.DOC_ID: article.doc_id}
            for _ in ids
        ]
        store.log_touched(self.generation, ids)
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
        # The model embeds batch i+1 (in its own processes for long runs) while this
        # process assembles and stores batch i. Writes stay one at a time and in
        # order, so an article is still registered only after its passages are stored.
        done = 0
        embedder = self._embedder(len(batches))
        try:
            layout = layout_batch(batches[0])
            pending = embedder.submit(layout.texts)
            for i, batch in enumerate(batches):
                current = layout
                try:
                    vectors = pending.result()
                except BrokenProcessPool as exc:
                    log.warning("the model process stopped (%s); embedding in this process", exc)
                    embedder.close()
                    embedder = InProcessEmbedder(self._encoder(), self.settings.embed_batch_size)
                    vectors = embedder.submit(current.texts).result()
                if i + 1 < len(batches):
                    layout = layout_batch(batches[i + 1])
                    pending = embedder.submit(layout.texts)
                done += self._write_batch(store, assemble_batch(batch, current, vectors), replaced)
                self._report_progress(done, total)
                self.pause.step_done()
        finally:
            embedder.close()
        report.chunks_embedded += done

    def _encoder(self) -> Encoder:
        return self.encoder or shared_encoder(self.settings.embedding_model)

    def _embedder(self, batches: int) -> Embedder:
        """The model in a child process for runs of many batches (see index.model_process)."""
        size = self.settings.embed_batch_size
        if self.encoder is not None:  # a caller's own encoder (benchmarks) is used as given
            return InProcessEmbedder(self.encoder, size)
        return embedder_for(
            batches, self.settings.model_process_batches, self._encoder, size, self.settings.embedding_model
        )

    def _report_progress(self, done: int, total: int) -> None:
        log.info("stored %d of %d chunks", done, total)
        if self.progress:
            self.progress(done, total)

    def _write_batch(self, store: Store, batch: EmbeddedBatch, replaced: dict[str, ArticleRecord]) -> int:
        """Log what the step touches, store passages, register the articles, then drop what they replace."""
        replaced_ids = [
            cid
            for article, _ in batch.articles
            if (old := replaced.get(article.doc_id))
            for cid in old.chunk_ids()
        ]
        if not self.settings.chroma_url:
            texts, metas = batch.chunk_texts, batch.chunk_metas
            payload = sum(len(t) + len(str(m)) for t, m in zip(texts, metas, strict=True))
            ensure_room(self.settings.home, payload + batch.chunk_vectors.nbytes)
        store.log_touched(self.generation, [*batch.chunk_ids, *replaced_ids])
        if batch.chunk_ids:
            store.add_chunks(batch.chunk_ids, batch.chunk_vectors, batch.chunk_texts, batch.chunk_metas)
        if batch.articles:
            store.register([record_for(article, n) for article, n in batch.articles])
        for article, _ in batch.articles:
            old = replaced.get(article.doc_id)
            if old is not None:
                store.delete_chunks(old.chunk_ids())
                if old.doc_id != article.doc_id:
                    store.unregister([old.doc_id])
        return len(batch.chunk_ids)

    def _remove(self, store: Store, records: Sequence[ArticleRecord]) -> None:
        """Forget the articles, then delete their passages (a kill in between leaves orphans to reconcile)."""
        gone = [cid for r in records for cid in r.chunk_ids()]
        store.log_touched(self.generation, gone)
        store.unregister([r.doc_id for r in records])
        store.delete_chunks(gone)


def remove_articles(settings: Settings, targets: Sequence[str]) -> list[str]:
    """Remove articles by doc id, file path or folder; returns the doc ids removed."""
    with storage_faults(settings.home), index_lock(settings):
        store = Store(settings)
        indexer = Indexer(settings)
        # An unfinished run is finished first, so the records below are the reconciled ones.
        indexer.generation = store.next_generation()
        dropped = finish_unfinished(store, indexer.journal, indexer.generation)
        records = store.article_records()
        chosen: list[ArticleRecord] = []
        for target in targets:
            if target in records:
                chosen.append(records[target])
                continue
            path = Path(target).resolve()
            chosen.extend(r for r in records.values() if under(r.path, [path]))
        unique = list({r.doc_id: r for r in chosen}.values())
        if unique or dropped is not None:
            indexer.journal.start()
            indexer._remove(store, unique)
            close_run(store, settings, indexer.generation, True, indexer.journal)
        return [r.doc_id for r in unique]


def drop_index(settings: Settings) -> None:
    """Delete the index's collections and the local keyword index (for ``--rebuild``)."""
    import shutil

    drop_collections(settings)
    shutil.rmtree(settings.local_index_path, ignore_errors=True)
