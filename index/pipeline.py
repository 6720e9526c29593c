"""Synchronise the index with files: add new articles, re-embed changed ones, drop gone ones.

A run streams: it loads one article at a time (``index/reading.py``), decides what
it needs (``index/sync_plan.py``) and hands the ones to embed to a queue that
writes them in batches (``index/embedding_queue.py``), so its memory does not
grow with the size of its files, a 600 MB dump included.

The order of writes makes a killed run harmless: a changed article's new chunks
are stored first (their ids carry the new content hash), then its registry entry,
and only then are the old chunks deleted. The next run starts by reconciling the
store: chunks no registry entry vouches for are deleted, and a registered article
missing chunks is indexed again; every article already stored is passed over, so
a killed run over a big dump resumes where it was. Before each write step the run
logs the passages it is about to touch in the store's change log
(``store/changelog.py``), tagged with the generation it works towards; committing
that generation (at the end, and every ``commit_every_passages`` in a long run) is
what makes every reader fetch exactly those passages.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from byline.embedding import Encoder
from byline.settings import Settings
from byline.storage_faults import ensure_room, storage_faults
from index.article import Article, Skipped
from index.batches import EmbeddedBatch
from index.embedding_queue import EmbeddingQueue
from index.file_stamps import StampBook, current_book, file_stamps, forget_book, save_book
from index.journal import RunJournal
from index.known_articles import KnownArticles
from index.locking import index_lock
from index.pause import PausePoint
from index.reading import Reading
from index.sync_plan import Kind, SyncPlanner, under
from store import schema
from store.chroma import Store
from store.connection import drop_collections
from store.local_index import LocalIndex
from store.local_index_files import current_local_index
from store.records import ArticleRecord

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (bytes of the input read, bytes in all), after each write step
PROGRESS_SECONDS = 1.0  # while a run only passes over stored articles, it reports this often


@dataclass
class FilesSeen:
    """The files a run read: articles found in each, and those that gave a skip (read again next time)."""

    articles: dict[str, list[str]] = field(default_factory=dict)  # file -> doc ids found in it
    unreliable: set[str] = field(default_factory=set)


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


def close_run(
    store: Store,
    settings: Settings,
    generation: int,
    changed: bool,
    journal: RunJournal,
    local: LocalIndex | None = None,
) -> None:
    """Commit the run's generation if the store changed, bring the local index to it, close the journal.

    A killed run changed the store without committing; the run that finishes it
    commits (``changed``), so readers apply both runs' log entries. ``local`` is
    the local index as this run last brought it forward, if it did.
    """
    if changed:
        store.commit_generation(generation)
    current_local_index(store, settings.local_index_path, local)
    journal.finish()


class Indexer:
    """One index run over a set of paths, streamed: articles are loaded, embedded and written in batches."""

    def __init__(
        self,
        settings: Settings,
        encoder: Encoder | None = None,
        progress: Progress | None = None,
        keep_model: bool = True,
    ) -> None:
        self.settings = settings
        self.encoder = encoder
        self.progress = progress
        self.keep_model = keep_model  # False: a one-shot process, which frees the model before writing
        self.journal = RunJournal(settings.home)
        self.generation = 0  # the generation this run works towards, set when it starts
        self.pause = PausePoint(settings)  # test-only hook; does nothing unless configured
        self.local: LocalIndex | None = None  # the local index as the run last brought it forward
        self.uncommitted = 0  # passages written since the run last committed
        self.stored = 0  # articles written by this run
        self.reported = 0.0  # monotonic time of the last progress report

    def run(
        self, paths: Sequence[Path], prune: bool = True, rebuild: bool = False, gone: Sequence[Path] = ()
    ) -> IndexReport:
        """Bring the index in line with ``paths`` (files and folders).

        Only files whose size or modification time differ from what the last run
        recorded are read (``index/file_stamps.py``), when that record still holds.
        ``gone`` are files known to have been deleted (a watching process knows which):
        with ``prune``, their articles are removed unless found at another path (moved),
        without reading any other file or every registered article.
        """
        began = time.perf_counter()
        with storage_faults(self.settings.home), index_lock(self.settings):
            if rebuild:
                drop_index(self.settings)
            store = Store(self.settings, create=True)
            committed = store.generation()
            self.generation = store.next_generation()
            self.uncommitted = self.stored = 0  # per run: a watching process runs one Indexer many times
            dropped = finish_unfinished(store, self.journal, self.generation)
            report = IndexReport(repaired=dropped or 0)
            self.journal.start()
            roots = [p.resolve() for p in paths]
            taken_at, now = time.time_ns(), file_stamps(roots)  # the clock mtimes are taken from
            book = (
                None
                if dropped is not None
                else current_book(self.settings.file_stamps_path, committed, store.touched_since)
            )
            read, gone = roots, [p.resolve() for p in gone]
            if book is not None:
                narrowed = book.narrow([r for r in roots if r.exists()], now)
                read, gone = narrowed.read, [*gone, *narrowed.gone]
                report.unchanged += narrowed.unchanged_articles
            nothing_to_do = book is not None and not read and not gone
            seen = FilesSeen() if nothing_to_do else self._sync(store, read, prune, report, gone)
            changed = report.changed or dropped is not None
            close_run(store, self.settings, self.generation, changed, self.journal, self.local)
            after = (book or StampBook(committed)).after_run(
                self.generation if changed else committed,
                [*roots, *gone],
                now,
                seen.articles,
                seen.unreliable,
                prune,
                taken_at,
            )
            save_book(self.settings.file_stamps_path, after)
        report.seconds = time.perf_counter() - began
        return report

    def _sync(
        self, store: Store, roots: Sequence[Path], prune: bool, report: IndexReport, gone: Sequence[Path] = ()
    ) -> FilesSeen:
        """Decide, embed and write article by article as the files are read; removals come last."""
        planner = SyncPlanner(KnownArticles.for_run(store, [*roots, *gone]))
        reading = Reading(roots, self.settings.max_file_bytes, self.settings.field_map)
        seen = FilesSeen()

        def write(batch: EmbeddedBatch) -> None:
            self._write_step(store, batch, reading, report)

        share = reading.share_read
        with EmbeddingQueue(self.settings, write, self.encoder, share, self.keep_model) as queue:
            for article in reading.articles(report.skipped, planner.failed):
                decision = planner.decide(article)
                if decision.kind is Kind.DUPLICATE:
                    report.skipped.append(Skipped(article.slot, f"same article as {decision.first}"))
                    seen.unreliable.add(article.path)
                    continue
                seen.articles.setdefault(article.path, []).append(article.doc_id)
                if decision.embeds:
                    queue.add(article, decision.replaces)
                    report.added += int(decision.kind is Kind.ADDED)
                    report.updated += int(decision.kind is Kind.UPDATED)
                else:
                    report.unchanged += 1
                    if decision.kind is Kind.MOVED and decision.replaces is not None:
                        self._move(store, decision.replaces, article)
                        report.moved += 1
                    if time.monotonic() - self.reported >= PROGRESS_SECONDS:
                        self._report_progress(reading, report)
            queue.finish()
        seen.unreliable.update(planner.failed)
        existing = [r for r in roots if r.is_dir()] + [r for r in roots if r.is_file()]
        ending = planner.finish([*existing, *gone], prune)
        report.added -= len(ending.replaced)
        report.updated += len(ending.replaced)
        self._drop_replaced(store, list(ending.replaced.values()))
        self._remove(store, ending.removed)
        report.removed += len(ending.removed)
        return seen

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

    def _write_step(self, store: Store, batch: EmbeddedBatch, reading: Reading, report: IndexReport) -> None:
        """One batch written; a long run commits every ``commit_every_passages`` so readers follow it."""
        written = self._write_batch(store, batch)
        report.chunks_embedded += written
        self.stored += len(batch.articles)
        self.uncommitted += written
        if self.uncommitted >= self.settings.commit_every_passages:
            self._commit(store)
        self._report_progress(reading, report)
        self.pause.step_done()

    def _commit(self, store: Store) -> None:
        """Make what the run wrote so far current, bring the local index to it, go on towards a new one.

        Also bounds the run's memory: bringing the local index forward reads every
        passage touched since the last commit.
        """
        store.commit_generation(self.generation)
        self.local = current_local_index(store, self.settings.local_index_path, self.local)
        self.generation = store.next_generation()
        self.uncommitted = 0

    def _report_progress(self, reading: Reading, report: IndexReport) -> None:
        self.reported = time.monotonic()
        done, total = reading.bytes_read(), reading.total
        log.info(
            "stored %d articles (%d passages), passed over %d unchanged; %.1f of %.1f MB read",
            self.stored,
            report.chunks_embedded,
            report.unchanged,
            done / 1e6,
            total / 1e6,
        )
        if self.progress:
            self.progress(done, total)

    def _write_batch(self, store: Store, batch: EmbeddedBatch) -> int:
        """Log what the step touches, store passages, register the articles, then drop what they replace."""
        replaced_ids = [cid for p in batch.articles if p.replaces for cid in p.replaces.chunk_ids()]
        if not self.settings.chroma_url:
            texts, metas = batch.chunk_texts, batch.chunk_metas
            payload = sum(len(t) + len(str(m)) for t, m in zip(texts, metas, strict=True))
            ensure_room(self.settings.home, payload + batch.chunk_vectors.nbytes)
        store.log_touched(self.generation, [*batch.chunk_ids, *replaced_ids])
        if batch.chunk_ids:
            store.add_chunks(batch.chunk_ids, batch.chunk_vectors, batch.chunk_texts, batch.chunk_metas)
        if batch.articles:
            store.register([record_for(p.article, len(p.chunks)) for p in batch.articles])
        if replaced_ids:  # updated articles: same doc id, so the new registration already replaced the old
            store.delete_chunks(replaced_ids)
        return len(batch.chunk_ids)

    def _drop_replaced(self, store: Store, olds: Sequence[ArticleRecord]) -> None:
        """Old versions replaced at their slot by an article with another doc id (settled at the run's end).

        Logged, then their passages deleted, then forgotten: a kill between the last
        two leaves a record vouching for missing passages, which the next run's
        reconciliation forgets.
        """
        for part in self._slices(olds):
            ids = [cid for r in part for cid in r.chunk_ids()]
            store.log_touched(self.generation, ids)
            store.delete_chunks(ids)
            store.unregister([r.doc_id for r in part])

    def _remove(self, store: Store, records: Sequence[ArticleRecord]) -> None:
        """Forget the articles, then delete their passages (a kill in between leaves orphans to reconcile)."""
        for part in self._slices(records):
            gone = [cid for r in part for cid in r.chunk_ids()]
            store.log_touched(self.generation, gone)
            store.unregister([r.doc_id for r in part])
            store.delete_chunks(gone)

    def _slices(self, records: Sequence[ArticleRecord]) -> Iterator[Sequence[ArticleRecord]]:
        """Records in groups of about one write step's passages, so a large removal is written in steps."""
        start, size = 0, 0
        for i, record in enumerate(records):
            size += record.chunks
            if size >= self.settings.store_batch_chunks:
                yield records[start : i + 1]
                start, size = i + 1, 0
        if start < len(records):
            yield records[start:]


def remove_articles(settings: Settings, targets: Sequence[str]) -> list[str]:
    """Remove articles by doc id, file path or folder; returns the doc ids removed."""
    with storage_faults(settings.home), index_lock(settings):
        store = Store(settings)
        indexer = Indexer(settings)
        # An unfinished run is finished first, so the records below are the reconciled ones.
        indexer.generation = store.next_generation()
        dropped = finish_unfinished(store, indexer.journal, indexer.generation)
        chosen = [record for target in targets for record in _named_articles(store, target)]
        unique = list({r.doc_id: r for r in chosen}.values())
        if unique or dropped is not None:
            indexer.journal.start()
            indexer._remove(store, unique)
            close_run(store, settings, indexer.generation, True, indexer.journal)
        return [r.doc_id for r in unique]


def _named_articles(store: Store, target: str) -> list[ArticleRecord]:
    """The articles ``target`` names: a doc id, a file's path, or a folder (everything under it).

    A doc id or a file is looked up, not found among every registered article, so
    removing one article costs the same in any archive.
    """
    record = store.article_records_by_id([target]).get(target)
    if record is not None:
        return [record]
    path = Path(target).resolve()
    if not path.is_dir():
        at_file = store.article_records_at([str(path)])
        if at_file or path.is_file():
            return list(at_file.values())
    return [r for r in store.article_records().values() if under(r.path, [path])]


def drop_index(settings: Settings) -> None:
    """Delete the index's collections and the local keyword index (for ``--rebuild``)."""
    import shutil

    drop_collections(settings)
    shutil.rmtree(settings.local_index_path, ignore_errors=True)
    forget_book(settings.file_stamps_path)
