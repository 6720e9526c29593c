"""Retrieval quality on MultiHop-RAG, scored by the benchmark's own rule.

Indexes the benchmark corpus (a JSONL news dump) into a temporary home through
the normal index path, asks every usable dev question through
``rag.retrieve(question, k=10)`` and prints Hits@4, Hits@10, AllFacts@10,
MRR@10, MAP@10 and median latency, overall and per question type.

    python bench/retrieval.py                      # all 690 usable dev questions
    python bench/retrieval.py --half tune          # even qids (used for tuning)
    python bench/retrieval.py --half holdout       # odd qids (never tuned on)
    python bench/retrieval.py --home /tmp/mh --set chunk_chars=900   # reuse an index

A fact counts as found when, whitespace removed, it is a substring of a
retrieved passage with whitespace removed.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # this checkout's code, not the one the venv's editable install points at
    sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "multihop_rag"
_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text)


def usable_questions(path: Path, half: str) -> list[dict[str, Any]]:
    """Non-null questions whose facts are all in the truncated corpus."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if q["question_type"] == "null_query" or not q.get("all_facts_in_truncated_corpus"):
            continue
        if half == "tune" and q["qid"] % 2:
            continue
        if half == "holdout" and not q["qid"] % 2:
            continue
        out.append(q)
    return out


def score(facts: list[str], passages: list[str]) -> dict[str, float]:
    """The benchmark's metrics for one question's top-10 passages."""
    wanted = [squash(f) for f in facts]
    texts = [squash(p) for p in passages[:10]]
    first: list[int | None] = []
    for fact in wanted:
        rank = next((r for r, t in enumerate(texts, start=1) if fact in t), None)
        first.append(rank)
    found = [r for r in first if r is not None]
    n = max(len(wanted), 1)
    return {
        "hits4": sum(1 for r in found if r <= 4) / n,
        "hits10": len(found) / n,
        "all10": float(len(found) == len(wanted)),
        "mrr10": 1.0 / min(found) if found else 0.0,
        "map10": sum(1.0 / r for r in found) / min(len(wanted), 10),
    }


METRICS = ("hits4", "hits10", "all10", "mrr10", "map10")
HEADER = "| setup | n | Hits@4 | Hits@10 | AllFacts@10 | MRR@10 | MAP@10 | median latency |"


def row(label: str, scores: list[dict[str, float]], latencies: list[float]) -> str:
    means = [statistics.fmean(s[m] for s in scores) for m in METRICS]
    cells = " | ".join(f"{v:.3f}" for v in means)
    return f"| {label} | {len(scores)} | {cells} | {statistics.median(latencies) * 1000:.1f} ms |"


def ensure_index(data: Path, home: Path | None, overrides: list[str]) -> Any:
    """Settings for the benchmark index in ``home``, building it there if it is empty."""
    from byline.offline import go_offline

    go_offline()
    from byline.settings import Settings
    from index import index_paths
    from store.chroma import Store

    home = home or Path(tempfile.mkdtemp(prefix="byline-bench-"))
    settings = Settings(home=home, **dict(kv.split("=", 1) for kv in overrides))
    try:
        built = bool(Store(settings).article_records())
    except Exception:
        built = False
    if not built:
        began = time.perf_counter()
        report = index_paths([data / "corpus_first6000chars.jsonl"], settings)
        print(
            f"indexed {report.added} articles, {report.chunks_embedded} chunks "
            f"in {time.perf_counter() - began:.1f}s into {home}",
            file=sys.stderr,
        )
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--home", type=Path, help="index folder to reuse (built if empty)")
    parser.add_argument("--half", choices=["all", "tune", "holdout"], default="all")
    parser.add_argument("--set", action="append", default=[], help="settings override key=value")
    parser.add_argument("--label", default="Byline")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from rag import Engine

    settings = ensure_index(args.data, args.home, args.set)
    engine = Engine(settings)
    questions = usable_questions(args.data / "queries_dev.jsonl", args.half)
    if args.limit:
        questions = questions[: args.limit]
    engine.retrieve("warm up", 10)
    by_type: dict[str, list[dict[str, float]]] = defaultdict(list)
    lat_by_type: dict[str, list[float]] = defaultdict(list)
    for q in questions:
        began = time.perf_counter()
        passages = engine.retrieve(q["query"], 10)
        elapsed = time.perf_counter() - began
        s = score(q["evidence_facts"], [p.text for p in passages])
        for key in ("all", q["question_type"]):
            by_type[key].append(s)
            lat_by_type[key].append(elapsed)
    print(HEADER)
    print("|---|---|---|---|---|---|---|---|")
    print(row(f"{args.label} ({args.half})", by_type["all"], lat_by_type["all"]))
    for qtype in sorted(k for k in by_type if k != "all"):
        print(row(f"  {qtype}", by_type[qtype], lat_by_type[qtype]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
