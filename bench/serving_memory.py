"""Where a serving process's memory goes, stage by stage, and its question latency.

    python bench/serving_memory.py --home /tmp/growth-60000 [--questions 300] [--warm 300]
        [--on-demand-bytes N] [--term-cache-bytes N]

A fresh process opens the engine and answers the first ``--questions`` MultiHop-RAG dev
questions one at a time (the measure of ``bench/growth.py``), printing its resident memory
(``/proc/self/status``: all, anonymous, file-backed) after opening and after 1, 5, 20, 100,
200 and 300 questions, then the largest mappings (``/proc/self/smaps``) and p50 / p95 of a
question. ``--warm N`` first answers N other dev questions (the ones after the measured
ones) and times only the measured ones after them: a serving process that has been answering
for a while, whose term caches hold the common words, as against a fresh process's first
questions, which read every term from disk.

``--on-demand-bytes`` sets ``store.segment.ON_DEMAND_BYTES`` for this process
(files of a segment above it are read on demand, the rest mapped), to compare thresholds
on the same index; ``--term-cache-bytes`` sets ``store.local_index.TERM_CACHE_BYTES`` (each of
the two term caches' budget) the same way. Linux only.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA

STAGES = (1, 5, 20, 100, 200, 300)
STATUS_KEYS = {"VmRSS": "rss", "RssAnon": "anonymous", "RssFile": "file-backed"}


def resident() -> dict[str, int]:
    """This process's resident memory in MiB, whole and by kind."""
    out: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in STATUS_KEYS:
            out[STATUS_KEYS[key]] = int(value.split()[0]) // 1024
    return out


def largest_mappings(count: int) -> list[tuple[str, int]]:
    """The ``count`` mappings holding the most resident memory (MiB), anonymous ones together."""
    sizes: collections.Counter[str] = collections.Counter()
    current = "[anon]"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            parts = line.split()
            current = parts[5] if len(parts) > 5 else "[anon]"
        elif line.startswith("Rss:"):
            sizes[current] += int(line.split()[1])
    return [(name, kb // 1024) for name, kb in sizes.most_common(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--warm", type=int, default=0, help="answer this many other questions first, untimed")
    parser.add_argument("--on-demand-bytes", type=int, help="store.segment.ON_DEMAND_BYTES for this run")
    parser.add_argument("--term-cache-bytes", type=int, help="each term cache's budget")
    args = parser.parse_args(argv)

    from byline.offline import go_offline

    go_offline()
    import store.local_index
    import store.segment
    from byline.settings import Settings
    from rag import Engine

    if args.on_demand_bytes is not None:
        store.segment.ON_DEMAND_BYTES = args.on_demand_bytes
    if args.term_cache_bytes is not None:
        store.local_index.TERM_CACHE_BYTES = args.term_cache_bytes
    print(json.dumps({"stage": "start", **resident()}), flush=True)
    engine = Engine(Settings(home=args.home))
    print(json.dumps({"stage": "engine open", **resident()}), flush=True)
    lines = (DATA / "queries_dev.jsonl").read_text(encoding="utf-8").splitlines()
    every = [json.loads(line)["query"] for line in lines]
    questions = every[: args.questions]
    for question in every[args.questions : args.questions + args.warm]:
        engine.answer(question)
    if args.warm:
        print(json.dumps({"stage": f"after {args.warm} other questions", **resident()}), flush=True)
    seconds = []
    for i, question in enumerate(questions, 1):
        began = time.perf_counter()
        engine.answer(question)
        seconds.append(time.perf_counter() - began)
        if i in STAGES:
            print(json.dumps({"stage": f"{i} questions", **resident()}), flush=True)
    for name, mib in largest_mappings(12):
        print(f"{mib:6d} MiB  {name}")
    seconds.sort()
    print(
        json.dumps(
            {
                "questions": len(seconds),
                "p50_ms": round(seconds[len(seconds) // 2] * 1000),
                "p95_ms": round(seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))] * 1000),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
