"""Time of the answer path after retrieval, apart from the whole answer, on a built index.

    python bench/answer_path.py --home /tmp/mh --questions 300            # MultiHop-RAG held-out half
    python bench/answer_path.py --home /tmp/mh --questions 300 --profile /tmp/compose.prof

Asks the first ``--questions`` held-out (odd qid) MultiHop-RAG dev questions twice: a cold
pass (the memos of names, sentences and question kinds empty, passages read from the
store) and a warm one. Prints per pass the answer's p50 and the p50 and mean of
``rag.extractive.compose`` (choosing the sentences, the short line, the refusals: what
runs once the passages are retrieved and the model has run). ``--profile`` writes a
cProfile of compose alone over a third pass.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--home", type=Path, required=True, help="a built index (a copy of /tmp/mh-final)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--profile", type=Path, help="write a cProfile of compose alone here")
    args = parser.parse_args(argv)

    from byline.offline import go_offline

    go_offline()
    import rag.engine as engine_module
    from byline.settings import Settings
    from rag import Engine

    lines = (args.data / "queries_dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [q["query"] for q in map(json.loads, lines) if q["qid"] % 2][: args.questions]
    engine = Engine(Settings(home=args.home))
    engine.answer("warm up")
    compose = engine_module.compose
    spent: list[float] = []
    profile = cProfile.Profile()
    profiling = False

    def timed(*a: Any, **k: Any) -> Any:
        if profiling:
            profile.enable()
        began = time.perf_counter()
        result = compose(*a, **k)
        spent.append(time.perf_counter() - began)
        if profiling:
            profile.disable()
        return result

    engine_module.compose = timed
    for name in ("cold", "warm"):
        spent.clear()
        total = []
        for question in questions:
            began = time.perf_counter()
            engine.answer(question)
            total.append(time.perf_counter() - began)
        print(
            f"{name}: answer p50 {statistics.median(total) * 1000:.1f} ms; after retrieval (compose) "
            f"p50 {statistics.median(spent) * 1000:.2f} ms, mean {statistics.mean(spent) * 1000:.2f} ms"
        )
    if args.profile:
        profiling = True
        for question in questions:
            engine.answer(question)
        profile.dump_stats(args.profile)
        print(f"profile of compose written to {args.profile}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
