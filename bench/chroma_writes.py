"""What Chroma's embedded writes cost, and whether they let other threads run.

    python bench/chroma_writes.py --home /tmp/mh      # an index built by bench/retrieval.py

Writes the index's real sentence vectors (from its sentence cache) into scratch
collections: once with 3, 1 and 0 metadata keys per record (CPU seconds of this
process), once with the HNSW settings of Byline's passage and sentence
collections, and once beside a thread that ticks every millisecond, reporting the
longest gap between ticks (how long a write holds Python's GIL).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

STEP = 2700  # about one write step of the indexer (256 passages)


def _collection(name: str, configuration: dict[str, Any] | None = None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=tempfile.mkdtemp(prefix="byline-chroma-writes-"),
        settings=ChromaSettings(anonymized_telemetry=False),
    )
    from store.chroma import PASSAGE_HNSW

    return client.get_or_create_collection(
        name, configuration=configuration or PASSAGE_HNSW, embedding_function=None
    )


def _write(collection: Any, vectors: np.ndarray, keys: int) -> None:
    for first in range(0, len(vectors), STEP):
        ids = [f"doc{i // 50}:abcdef12:{(i % 50) // 10}:{i}" for i in range(first, first + STEP)]
        ids = ids[: len(vectors) - first]
        metas: list[dict[str, Any]] | None = None
        if keys == 3:
            metas = [
                {"chunk_id": x.rsplit(":", 1)[0], "start": 100 * k, "end": 100 * k + 90}
                for k, x in enumerate(ids)
            ]
        elif keys == 1:
            metas = [{"chunk_id": x.rsplit(":", 1)[0]} for x in ids]
        collection.upsert(ids=ids, embeddings=vectors[first : first + STEP], metadatas=metas)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--sentences", type=int, default=32000)
    args = parser.parse_args(argv)

    from byline.offline import go_offline

    go_offline()
    found = sorted((args.home / "sentences").glob("g*/vectors.npy"))
    if not found:
        print(f"no sentence cache under {args.home}; build the index first", file=sys.stderr)
        return 2
    vectors = np.load(found[-1]).astype(np.float32)[: args.sentences]
    result: dict[str, Any] = {"sentences": len(vectors)}

    for keys in (3, 1, 0):
        collection = _collection(f"keys{keys}")
        cpu, wall = time.process_time(), time.perf_counter()
        _write(collection, vectors, keys)
        result[f"{keys}_metadata_keys"] = {
            "cpu_s": round(time.process_time() - cpu, 2),
            "wall_s": round(time.perf_counter() - wall, 2),
        }

    from store.chroma import PASSAGE_HNSW

    # The sentence collection's graph settings until 2026-11-26 (that collection is gone;
    # kept here so the 5.66 -> 3.86 CPU-s figure in docs/benchmarks.md can be re-run).
    SENTENCE_HNSW = {"hnsw": {"space": "cosine", "ef_construction": 10, "max_neighbors": 4}}

    for label, configuration in (("passage_hnsw", PASSAGE_HNSW), ("sentence_hnsw", SENTENCE_HNSW)):
        collection = _collection(label.replace("_", "-"), configuration)
        cpu, wall = time.process_time(), time.perf_counter()
        _write(collection, vectors, 1)
        result[f"1_key_with_{label}"] = {
            "hnsw": configuration["hnsw"],
            "cpu_s": round(time.process_time() - cpu, 2),
            "wall_s": round(time.perf_counter() - wall, 2),
        }

    gaps: list[float] = []
    stop = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    wall = time.perf_counter()
    _write(_collection("gil"), vectors[:20000], 1)
    written = time.perf_counter() - wall
    stop.set()
    ticker.join()
    result["beside_a_ticking_thread"] = {
        "write_wall_s": round(written, 2),
        "longest_gap_s": round(max(gaps), 3),
        "gaps_over_50ms_s": round(sum(g for g in gaps if g > 0.05), 2),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
