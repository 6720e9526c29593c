"""Where indexing time goes: wall time of each step of one `index_paths` run.

    python bench/index_phases.py [CORPUS]      # default: the 609 MultiHop-RAG articles

Wraps the indexer's steps with timers (the writer thread's time is counted on its
own, since it overlaps the model) and prints seconds per step.
"""

from __future__ import annotations

import collections
import functools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    corpus = Path(args[0]) if args else DATA / "corpus_first6000chars.jsonl"

    from byline import embedding
    from byline.offline import go_offline
    from byline.settings import Settings
    from index import index_paths, pipeline

    go_offline()
    seconds: dict[str, float] = collections.defaultdict(float)

    def timed(owner: Any, name: str, label: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*a: Any, **k: Any) -> Any:
            began = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                seconds[label] += time.perf_counter() - began

        setattr(owner, name, wrapper)

    timed(pipeline, "Store", "open store")
    timed(pipeline.Indexer, "_load", "load files")
    timed(pipeline, "pack_chunks", "chunk")
    timed(pipeline, "sentence_pieces", "split sentences")
    timed(embedding.MiniLMEncoder, "embed", "model")
    timed(pipeline.Indexer, "_write_batch", "Chroma writes (writer thread)")
    timed(pipeline, "refresh_caches", "BM25 + sentence cache")
    settings = Settings(home=Path(tempfile.mkdtemp(prefix="byline-phases-")))
    began = time.perf_counter()
    index_paths([corpus], settings)
    result = {"total": round(time.perf_counter() - began, 1), **{k: round(v, 1) for k, v in seconds.items()}}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
