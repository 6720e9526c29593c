"""Growth: indexing and query figures as the corpus grows from 609 articles to N.

    python bench/growth.py --articles 6000 [--home /tmp/growth-6000] [--questions 300]
    python bench/growth.py --articles 60000 --home /tmp/growth-60000 --copies-per-run 10 --minutes 120
    python bench/updates.py --home /tmp/growth-6000      # then: one article added, edited, removed

Builds a corpus of N articles from the 609 MultiHop-RAG articles: the originals, then
rewritten copies in which every capitalised name is swapped for another name of the
corpus (a different permutation per copy) and every number is shifted, so copies are
different text with different facts, not duplicates. Indexes it through the normal
path (``index_paths`` on JSONL dumps, ``--copies-per-run`` copies per index run, each
run logged to ``HOME/growth-runs.jsonl``; with ``--minutes`` no new run starts after
that long, and the same command later goes on where it stopped), then measures, in a fresh process as the
chat would run, the retrieve + offline answer latency (p50/p95, warm, one question at
a time) over the first ``--questions`` dev questions and that process's peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA

ROOT = Path(__file__).resolve().parents[1]
NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")
NUMBER = re.compile(r"\b\d+\b")

MEASURE = """
import json, resource, statistics, sys, time
from byline.offline import go_offline
go_offline()
from byline.settings import Settings
from rag import Engine
engine = Engine(Settings(home=sys.argv[1]))
questions = [json.loads(l)["query"] for l in open(sys.argv[2], encoding="utf-8")][: int(sys.argv[3])]
engine.answer(questions[0])  # warm
ms = []
for q in questions:
    began = time.perf_counter()
    engine.answer(q)
    ms.append((time.perf_counter() - began) * 1000)
ms.sort()
print(json.dumps({
    "questions": len(ms),
    "p50_ms": round(statistics.median(ms)),
    "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))]),
    "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
}))
"""


def rewritten_corpus(count: int, folder: Path) -> int:
    """Write ``count`` articles as JSONL files of one copy each; returns how many were written."""
    records = [json.loads(line) for line in (DATA / "corpus_first6000chars.jsonl").open(encoding="utf-8")]
    names = sorted({m for r in records for m in NAME.findall(r["body_first6000"])})
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    copy = 0
    while written < count:
        with (folder / f"copy-{copy:03d}.jsonl").open("w", encoding="utf-8") as handle:
            rng = random.Random(copy)
            shuffled = names[:]
            rng.shuffle(shuffled)
            swap = dict(zip(names, shuffled, strict=True)) if copy else {}
            for r in records:
                if written >= count:
                    break

                def rewrite(text: str, swap: dict[str, str] = swap, copy: int = copy) -> str:
                    if not copy:
                        return text
                    text = NAME.sub(lambda m: swap.get(m.group(0), m.group(0)), text)
                    return NUMBER.sub(lambda m: str(int(m.group(0)) + copy), text)

                handle.write(
                    json.dumps(
                        {
                            "doc_id": f"c{copy}-{r['doc_id']}" if "doc_id" in r else None,
                            "title": rewrite(r["title"]),
                            "body": rewrite(r["body_first6000"]),
                            "source": r.get("source"),
                            "published_at": r.get("published_at"),
                        }
                    )
                    + "\n"
                )
                written += 1
            copy += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument(
        "--copies-per-run", type=int, default=1000, help="index runs of this many 609-article copies"
    )
    parser.add_argument("--minutes", type=float, help="start no new index run after this long (resume later)")
    args = parser.parse_args(argv)

    from byline.offline import go_offline
    from byline.settings import Settings
    from index import index_paths
    from store.chroma import Store

    go_offline()
    home = args.home or Path(tempfile.mkdtemp(prefix=f"byline-growth-{args.articles}-"))
    settings = Settings(home=home)
    indexing = None
    try:
        built = len(Store(settings).article_records())
    except Exception:
        built = 0
    log = home / "growth-runs.jsonl"
    if built < args.articles:
        corpus = home.parent / f"{home.name}-corpus"
        if not corpus.is_dir():
            rewritten_corpus(args.articles, corpus)
        done = set()
        if log.exists():  # a resumed build goes on after the files earlier runs finished
            for line in log.read_text(encoding="utf-8").splitlines():
                done.update(json.loads(line).get("files", []))
        files = [f for f in sorted(corpus.glob("copy-*.jsonl")) if f.name not in done]
        deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
        for first in range(0, len(files), args.copies_per_run):
            if deadline is not None and time.monotonic() > deadline:
                print(f"stopped for time after {built} articles; run again to go on", file=sys.stderr)
                return 3
            began = time.perf_counter()
            report = index_paths(files[first : first + args.copies_per_run], settings, prune=False)
            seconds = time.perf_counter() - began
            built = len(Store(settings).article_records())
            entry = {
                "added": report.added,
                "chunks": report.chunks_embedded,
                "seconds": round(seconds, 1),
                "articles_after": built,
                "files": [f.name for f in files[first : first + args.copies_per_run]],
            }
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
            print(json.dumps(entry), file=sys.stderr, flush=True)
    if log.exists():
        runs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        seconds = sum(r["seconds"] for r in runs)
        added = sum(r["added"] for r in runs)
        chunks = sum(r["chunks"] for r in runs)
        indexing = {
            "runs": len(runs),
            "articles": added,
            "chunks": chunks,
            "seconds": round(seconds, 1),
            "articles_per_second": round(added / seconds, 2) if seconds else None,
            "chunks_per_second": round(chunks / seconds, 2) if seconds else None,
        }
    measured = subprocess.run(
        [sys.executable, "-c", MEASURE, str(home), str(DATA / "queries_dev.jsonl"), str(args.questions)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout

    def size(folder: Path) -> int:
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

    articles = len(Store(settings).article_records())
    disk = size(home)
    print(
        json.dumps(
            {
                "articles": articles,
                "indexing": indexing,
                "query": json.loads(measured),
                "index_mib": round(disk / 2**20),
                "bytes_per_article": {
                    "all": round(disk / max(articles, 1)),
                    "chroma": round(size(settings.chroma_path) / max(articles, 1)),
                    "local_index": round(size(settings.local_index_path) / max(articles, 1)),
                },
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
