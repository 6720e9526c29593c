"""Consistency checks of an index: what `byline doctor` reports.

Chroma is the source of truth; the registry must vouch for exactly the stored
passages, every passage must have its sentence vectors, and the keyword and
sentence caches must describe the same passages. Model files must match their
pinned checksums.
"""

from __future__ import annotations

from collections import Counter

from byline.embedding import MODEL_SHA256, TOKENIZER_SHA256, model_file, sha256_of, tokenizer_file
from store.keyword import KeywordIndex
from store.sentence_cache import SentenceMatrix
from byline.settings import Settings
from store.chroma import Store


def check_model_files() -> list[str]:
    """Problems with the packaged model and the carried tokenizer."""
    problems = []
    for path, expected in ((model_file(), MODEL_SHA256), (tokenizer_file(), TOKENIZER_SHA256)):
        if not path.is_file():
            problems.append(f"model file missing: {path}")
        elif sha256_of(path) != expected:
            problems.append(f"model file checksum mismatch: {path}")
    return problems


def check_index(settings: Settings) -> list[str]:
    """Every inconsistency found in the index of ``settings`` (empty when healthy)."""
    problems = check_model_files()
    store = Store(settings)
    records = store.article_records()
    stored = Counter(cid for cid, _ in store.chunk_metadata())
    duplicates = [cid for cid, n in stored.items() if n > 1]
    if duplicates:
        problems.append(f"{len(duplicates)} passages stored twice")
    vouched = {cid for r in records.values() for cid in r.chunk_ids()}
    if missing := vouched - stored.keys():
        problems.append(f"{len(missing)} registered passages missing from Chroma")
    if stray := stored.keys() - vouched:
        problems.append(f"{len(stray)} passages in Chroma belong to no registered article")
    with_sentences = {str(meta.get("chunk_id")) for _, meta in store.sentence_metadata()}
    if orphans := with_sentences - stored.keys():
        problems.append(f"sentence vectors of {len(orphans)} passages that no longer exist")
    if bare := stored.keys() - with_sentences:
        problems.append(f"{len(bare)} passages have no sentence vectors")
    generation = store.generation()
    keyword = KeywordIndex.load(settings.keyword_path, generation)
    if keyword is None:
        problems.append("keyword index missing or out of date (rebuilt on the next question)")
    elif set(keyword.ids) != stored.keys() or len(keyword.ids) != len(set(keyword.ids)):
        problems.append("keyword index (BM25) and Chroma disagree on the passages")
    matrix = SentenceMatrix.load(settings.sentence_cache_path, generation)
    if matrix is None:
        problems.append("sentence cache missing or out of date (rebuilt on the next question)")
    elif matrix.rows.keys() != with_sentences:
        problems.append("sentence cache and Chroma disagree on the passages")
    if (settings.home / "index.unfinished").exists():
        problems.append("an index run did not finish: the next `byline index` completes it")
    return problems
