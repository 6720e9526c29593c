"""Reading a large dump holds one record at a time: peak memory while ``load_file`` walks it.

    python bench/dump_memory.py jsonl     # 12,000 MultiHop-RAG records repeated, one per line (78 MB)
    python bench/dump_memory.py json      # the same as NewsAPI's {"articles": [...]}

Loader only (the index pipeline keeps every loaded article until it has compared them
with the index; that is not measured here).
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_set import SHARED

from index.loaders import load_file

N_RECORDS = 12_000


def write_dump(path: Path, kind: str) -> None:
    with (SHARED / "bench" / "multihop_rag" / "corpus_first6000chars.jsonl").open(encoding="utf-8") as f:
        source = [json.loads(line) for line in f]
    with path.open("w", encoding="utf-8") as out:
        out.write('{"articles": [\n' if kind == "json" else "")
        for i in range(N_RECORDS):
            record = json.dumps(dict(source[i % len(source)], doc_id=f"x{i}"))
            last = i == N_RECORDS - 1
            out.write(record + ("\n" if kind == "jsonl" or last else ",\n"))
        out.write("]}\n" if kind == "json" else "")


def main() -> int:
    kind = sys.argv[1] if len(sys.argv) > 1 else "jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"dump.{kind}"
        write_dump(path, kind)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        began = time.perf_counter()
        articles = sum(hasattr(item, "text") for item in load_file(path, 20_000_000))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{kind}: {path.stat().st_size / 1e6:.0f} MB, {articles} articles in "
            f"{time.perf_counter() - began:.0f} s; peak RSS {peak:.0f} MiB ({before:.0f} MiB before reading)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
