"""The registered articles an index run compares its files with.

A run over folders needs every registered article (to notice the ones whose files
are gone). A run given files — `byline index new.txt`, an upload, the hourly dump —
needs only the articles of those files, plus any article elsewhere with the same id
(a moved file keeps its id). Reading all of them cost ~1 s per 6,000 articles before
anything was indexed; here they are asked for by path and by id instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from store.chroma import Store
from store.records import ArticleRecord


class KnownArticles:
    """Registered articles by doc id and by slot; ids not known yet are looked up in the store."""

    def __init__(self, records: Mapping[str, ArticleRecord], store: Store | None = None) -> None:
        self._records = dict(records)
        self._store = store  # None: ``records`` is every registered article
        self._asked: set[str] = set()
        self._by_slot = {r.slot: r for r in records.values()}

    @classmethod
    def for_run(cls, store: Store, roots: Sequence[Path]) -> KnownArticles:
        """What a run over ``roots`` needs: all articles for folders, those at the files otherwise."""
        if any(root.is_dir() for root in roots) or not roots:
            return cls(store.article_records())
        return cls(store.article_records_at([str(root) for root in roots]), store)

    def get(self, doc_id: str) -> ArticleRecord | None:
        """The article registered under ``doc_id``, wherever its file is."""
        if doc_id not in self._records and self._store is not None and doc_id not in self._asked:
            self._asked.add(doc_id)
            found = self._store.article_records_by_id([doc_id]).get(doc_id)
            if found is not None:
                self._records[doc_id] = found
                self._by_slot.setdefault(found.slot, found)
        return self._records.get(doc_id)

    def __getitem__(self, doc_id: str) -> ArticleRecord:
        record = self.get(doc_id)
        if record is None:
            raise KeyError(doc_id)
        return record

    def at_slot(self, slot: str) -> ArticleRecord | None:
        """The article registered at ``slot`` (a slot is inside one file, so the run's files hold it)."""
        return self._by_slot.get(slot)

    def values(self) -> Iterable[ArticleRecord]:
        """The articles known to this run: every one, or those at its files and those looked up."""
        return self._records.values()
