"""Consistency checks of an index: what `byline doctor` reports.

Chroma is the source of truth; the registry must vouch for exactly the stored
passages, and the local keyword index (with the sentence vectors) must check
out against its checksums and describe the same passages. Model files must match their
pinned checksums.
"""

from __future__ import annotations

from collections import Counter

from byline.embedding import MODEL_SHA256, TOKENIZER_SHA256, model_file, sha256_of, tokenizer_file
from byline.settings import Settings
from store import local_index_files
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
    generation = store.generation()
    damage = local_index_files.check(settings.local_index_path)
    if damage is not None:
        problems.append(
            f"local keyword index unusable, rebuilt from Chroma on the next run or question: {damage}"
        )
    else:
        local = local_index_files.load(settings.local_index_path)
        if local.generation != generation:
            problems.append("local keyword index is behind the store (brought forward on the next question)")
        elif set(local.position()) != stored.keys():
            problems.append("local keyword index and Chroma disagree on the passages")
    if (settings.home / "index.unfinished").exists():
        problems.append("an index run did not finish: the next `byline index` completes it")
    return problems
