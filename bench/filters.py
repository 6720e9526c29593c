"""What filters cost and whether they hold: answers and top-k retrievals with and without filters.

    python bench/filters.py --home /tmp/mh-api [--questions 60]

In-process, on the MultiHop-RAG index (built by bench/retrieval.py if missing), one
ONNX thread per question as ``byline serve`` uses. For each filter: CPU ms per
question (answer, then a k = 10 retrieval), how many answers cite only admitted
articles, and the smallest number of passages a filtered retrieval returned.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA, ensure_index

FILTERS = {
    "none": {},
    "outlet The Verge": {"outlets": ["The Verge"]},
    "October 2023": {"since": "2023-10-01", "until": "2023-10-31"},
    "language en": {"language": "en"},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--questions", type=int, default=60)
    args = parser.parse_args(argv)

    from rag import Filters, engine_for
    from store import schema

    settings = ensure_index(args.data, args.home, ["query_model_threads=1"])
    engine = engine_for(settings)
    lines = (args.data / "queries_dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["query"] for line in lines][10 : 10 + args.questions]
    for q in questions[:5]:  # warm up
        engine.answer(q)
    results = {}
    for name, given in FILTERS.items():
        chosen = Filters.of(**given)
        began, inside, fewest = time.process_time(), 0, 10
        for q in questions:
            reply = engine.answer(q, filters=chosen)
            metas = [
                {schema.PUBLISHER: c.publisher, schema.DATE: c.date, schema.LANGUAGE: c.language}
                for c in reply.citations
            ]
            inside += all(chosen.admits(m) for m in metas)
            fewest = min(fewest, len(engine.retrieve(q, 10, chosen)))
        results[name] = {
            "cpu_ms_per_question": round(1000 * (time.process_time() - began) / len(questions), 1),
            "answers_citing_only_admitted": f"{inside}/{len(questions)}",
            "fewest_passages_of_10": fewest,
        }
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
