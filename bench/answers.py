"""Answer quality on MultiHop-RAG: gold answers found, refusals, citation precision.

    python bench/answers.py --home /tmp/mh      # reuses (or builds) the benchmark index

For every dev question (2,042) it records the offline answer and its confidence,
then reports: the share of answerable questions whose answer contains the gold
answer string (case-insensitive); refusal precision and recall on the
``null_query`` questions; citation precision (share of ``[n]`` markers whose
passage contains the sentence before them); and how those rates move with the
refusal threshold, which is how the default threshold was chosen.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA, ensure_index

MARKED = re.compile(r"(.+?) \[(\d+)\](?:\s+|$)")


def citation_checks(text: str, citations: dict[int, str]) -> tuple[int, int]:
    """(markers whose passage holds the sentence before them, markers)."""
    good = total = 0
    for sentence, n in MARKED.findall(text):
        total += 1
        good += int(sentence.strip() in citations.get(int(n), ""))
    return good, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--set", action="append", default=[], help="settings override key=value")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)

    from rag import Engine

    settings = ensure_index(args.data, args.home, args.set)
    engine = Engine(settings.model_copy(update={"refusal_threshold": -1.0}))
    questions = [json.loads(line) for line in (args.data / "queries_dev.jsonl").open(encoding="utf-8")]
    if args.limit:
        questions = questions[: args.limit]
    rows: list[dict[str, Any]] = []
    good = total = 0
    latencies = []
    for q in questions:
        began = time.perf_counter()
        reply = engine.answer(q["query"])
        latencies.append(time.perf_counter() - began)
        g, t = citation_checks(reply.text, {c.n: c.text for c in reply.citations})
        good, total = good + g, total + t
        rows.append(
            {
                "null": q["question_type"] == "null_query",
                "confidence": reply.confidence,
                "hit": str(q["answer"]).lower() in reply.text.lower(),
            }
        )
    print(f"questions: {len(rows)}; citation precision: {good}/{total} = {good / max(total, 1):.3f}")
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"answer latency (retrieve + compose): p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms")
    print(f"peak memory of this process (max RSS): {peak:.0f} MiB")
    print(
        "| threshold | gold answer in answer (answerable) | refused (answerable) "
        "| refusal recall (null) | refusal precision |"
    )
    print("|---|---|---|---|---|")
    answerable = [r for r in rows if not r["null"]]
    nulls = [r for r in rows if r["null"]]
    for threshold in [x / 100 for x in range(20, 62, 4)] + [settings.refusal_threshold]:
        refused = [r for r in rows if r["confidence"] < threshold]
        hit = sum(r["hit"] and r["confidence"] >= threshold for r in answerable) / len(answerable)
        wrong = sum(r["confidence"] < threshold for r in answerable) / len(answerable)
        recall = sum(r["confidence"] < threshold for r in nulls) / max(len(nulls), 1)
        precision = sum(r["null"] for r in refused) / max(len(refused), 1)
        mark = " (default)" if threshold == settings.refusal_threshold else ""
        print(f"| {threshold:.2f}{mark} | {hit:.3f} | {wrong:.3f} | {recall:.3f} | {precision:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
