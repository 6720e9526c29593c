"""Indexing: files → clean articles → sentence-aware chunks → embeddings → Chroma + BM25."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from byline.settings import Settings
from index.pipeline import Indexer, IndexReport, Progress, remove_articles

__all__ = ["IndexReport", "Indexer", "index_paths", "remove_articles"]


def index_paths(
    paths: Sequence[Path | str],
    settings: Settings,
    prune: bool = True,
    rebuild: bool = False,
    progress: Progress | None = None,
    keep_model: bool = True,
) -> IndexReport:
    """Synchronise the index in ``settings.home`` with files and folders.

    ``keep_model=False`` for a process that ends with the run (``byline index``): the model
    is freed once the run's articles are embedded (see ``EmbeddingQueue``).
    """
    indexer = Indexer(settings, progress=progress, keep_model=keep_model)
    return indexer.run([Path(p) for p in paths], prune, rebuild)
