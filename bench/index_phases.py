"""Where indexing time goes: wall time of each step of one `index_paths` run.

    python bench/index_phases.py [CORPUS]      # default: the 609 MultiHop-RAG articles
    python bench/index_phases.py FILE --home H # one run against an existing index (a one-shot change)

Wraps the indexer's steps with timers and prints seconds per step. Long runs embed
in a child process while this one writes, so the model's own time shows as the time
this process waits for vectors beyond what writing and assembling already cover.
"""

from __future__ import annotations

import collections
import functools
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DATA / "corpus_first6000chars.jsonl")
    parser.add_argument("--home", type=Path, help="an existing index to run against (default: a new one)")
    args = parser.parse_args(argv)
    corpus = args.corpus

    imported = time.perf_counter()
    import chromadb  # noqa: F401  (its import is part of every one-shot run; timed apart)

    import_seconds = time.perf_counter() - imported
    from byline import embedding
    from byline.offline import go_offline
    from byline.settings import Settings
    from index import batches, embedding_queue, index_paths, pipeline, reading
    from store import chroma

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

    def timed_items(owner: Any, name: str, label: str) -> None:
        """A generator method: the time spent producing each item (loading is streamed)."""
        original: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*a: Any, **k: Any) -> Any:
            items = original(*a, **k)
            while True:
                began = time.perf_counter()
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    seconds[label] += time.perf_counter() - began
                yield item

        setattr(owner, name, wrapper)

    timed(pipeline, "Store", "open store")
    timed_items(reading.Reading, "articles", "load files")
    timed(batches, "pack_chunks", "chunk")
    timed(batches, "sentence_pieces", "split sentences")
    timed(embedding.MiniLMEncoder, "embed", "model, in this process (small runs, bare-model checks)")
    timed(embedding_queue, "assemble_batch", "assemble vectors and metadata")
    timed(pipeline.Indexer, "_write_batch", "Chroma writes")
    timed(chroma.Store, "add_chunks", "  of which passages")
    # Long runs embed in a child process: count the time this process waits for its vectors.
    real_embedder_for = embedding_queue.embedder_for

    class TimedFuture:
        def __init__(self, future: Any) -> None:
            self.future = future

        def result(self) -> Any:
            began = time.perf_counter()
            try:
                return self.future.result()
            finally:
                seconds["waiting for the model process"] += time.perf_counter() - began

    class TimedEmbedder:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def submit(self, texts: Any) -> TimedFuture:
            return TimedFuture(self.inner.submit(texts))

        def close(self) -> None:
            self.inner.close()

    embedding_queue.embedder_for = lambda *a, **k: TimedEmbedder(real_embedder_for(*a, **k))  # type: ignore[assignment]
    timed(pipeline, "current_local_index", "local keyword index brought to the new generation")
    timed(pipeline, "finish_unfinished", "an unfinished run looked for")
    timed(embedding_queue.EmbeddingQueue, "_start_model", "model loaded")
    timed(pipeline.Indexer, "_drop_replaced", "replaced passages dropped")
    home = args.home or Path(tempfile.mkdtemp(prefix="byline-phases-"))
    settings = Settings(home=home)
    began = time.perf_counter()
    index_paths([corpus], settings)
    digits = 2 if args.home else 1
    result = {
        "import chromadb": round(import_seconds, digits),
        "total": round(time.perf_counter() - began, digits),
        **{k: round(v, digits) for k, v in seconds.items()},
    }
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    result["peak RSS MiB"] = round(mine.ru_maxrss / 1024)
    result["CPU seconds, this process"] = round(mine.ru_utime + mine.ru_stime, 1)
    result["CPU seconds, model processes"] = round(children.ru_utime + children.ru_stime, 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
