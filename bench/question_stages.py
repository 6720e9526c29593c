"""Where a question's time goes at a given index: per-stage p50, p95 and the slowest tenth's mean.

    python bench/question_stages.py --home /tmp/growth-60000 [--questions 200]

The stages are the retriever's own steps (the question's vectors, passage BM25, the
vector candidates, the candidates' passage vectors, best-sentence BM25, reading the
shortlist from Chroma); each is timed by wrapping the method for this process only.
The first question (opening the indexes) is left out. Run it alone: a stage's tail is
mostly disk reads, which another job's I/O changes.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from byline.offline import go_offline  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "multihop_rag"
STAGES = (
    ("rag.retriever", "HybridRetriever", "probes"),
    ("store.local_index", "LocalIndex", "scores_many"),
    ("rag.retriever", "HybridRetriever", "nearest"),
    ("store.local_index", "LocalIndex", "similarity"),
    ("rag.retriever", "HybridRetriever", "best_sentences"),
    ("rag.retriever", "HybridRetriever", "read_passages"),
    ("store.chroma", "Store", "chunks_by_id"),
)


def timed(owner: type, name: str, spent: dict[str, float]) -> None:
    """Wrap ``owner.name`` so each call adds its milliseconds to ``spent[name]``."""
    raw = owner.__dict__[name]
    function: Callable[..., Any] = raw.__func__ if isinstance(raw, staticmethod) else raw

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + (time.perf_counter() - began) * 1000

    setattr(owner, name, staticmethod(wrapper) if isinstance(raw, staticmethod) else wrapper)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    go_offline()
    import importlib

    from byline.settings import Settings
    from rag import Engine

    spent: dict[str, float] = {}
    for module, owner, name in STAGES:
        timed(getattr(importlib.import_module(module), owner), name, spent)
    engine = Engine(Settings(home=args.home))
    lines = (args.data / "queries_dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["query"] for line in lines][: args.questions + 1]
    engine.answer(questions[0])
    rows = []
    for question in questions[1:]:
        spent.clear()
        began = time.perf_counter()
        engine.answer(question)
        rows.append({"answer": (time.perf_counter() - began) * 1000, **spent})
    rows.sort(key=lambda row: row["answer"])
    slowest = rows[int(0.9 * len(rows)) :]
    out = {
        name: {
            "p50_ms": round(percentile([r.get(name, 0.0) for r in rows], 0.5), 1),
            "p95_ms": round(percentile([r.get(name, 0.0) for r in rows], 0.95), 1),
            "slowest_tenth_mean_ms": round(statistics.mean(r.get(name, 0.0) for r in slowest), 1),
        }
        for name in ["answer", *(stage for _, _, stage in STAGES)]
    }
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
