"""Calibrate the refusal policy on many corpora at once, and say how it transfers (issue 14).

The extractive answer collects every doubt about its answer (``rag.doubts``); the policy decides
whether they refuse. ``collect`` asks each set's questions once with the policy ``off`` and
writes, per question, its doubts and whether the unrefused answer held the gold (with its page
cited, for the real-news sets). Every policy's result then follows from those rows without asking
again: ``score`` prints each policy per set, and a leave-one-set-out table for the weighted policy
(weights fitted on all sets but one, scored on the one left out), which is the figure that says
how a policy does on pages it was not fitted on.

    python bench/refusal_policy.py collect --out /tmp/doubts.jsonl \
        --news fresh12=/tmp/homes/h12:bench/news_fresh12.json ... [--multihop /tmp/mh-home]
    python bench/refusal_policy.py score /tmp/doubts.jsonl
    python bench/refusal_policy.py compare before.jsonl after.jsonl   # 'any' per set, two code versions
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

log = logging.getLogger("bench.refusal_policy")
Row = dict[str, Any]


def _row(name: str, asked: Row, good: bool) -> Row:
    """What ``score`` needs of one asked question (a row of ``answers.ask_all``)."""
    return {
        "set": name,
        "question": asked["question"],
        "answerable": asked["answerable"],
        "good": good,
        "hard": asked["refused"],
        "doubts": asked["doubts"],
        "confidence": asked["confidence"],
        "gold": asked.get("gold") or "",
        "short": asked["short"],
        "text": asked["text"],
    }


def collect_news(name: str, home: Path, question_file: Path, half: str) -> list[Row]:
    """One real-news set's questions, asked with the policy ``off``; good = the fact with its page cited."""
    from answers import ask_all, news_index

    from rag import Engine

    data = json.loads(question_file.read_text(encoding="utf-8"))
    engine = Engine(news_index(home, ["refusal_policy=off"], data))
    items = [{**q, "answerable": bool(q["page"])} for q in data["questions"] if half in ("all", q["split"])]
    return [_row(name, r, bool(r["hit"] and r["cited_page"])) for r in ask_all(engine, items)]


def collect_multihop(home: Path, data: Path, half: str) -> list[Row]:
    """MultiHop-RAG dev questions (null questions are the ones to refuse), policy ``off``."""
    from answers import ask_all, multihop_items
    from retrieval import ensure_index

    from rag import Engine

    engine = Engine(ensure_index(data, home, ["refusal_policy=off"]))
    return [_row(f"multihop-{half}", r, bool(r["hit"])) for r in ask_all(engine, multihop_items(data, half))]


Policy = Callable[[Row], bool]
Rule = tuple[float, float]  # (weight, confidence at or above which the doubt is set aside)


def weighted(rules: dict[str, Rule]) -> Policy:
    """Refuse when the weights of the doubts standing at the row's confidence sum to 1 or more."""

    def refuses(row: Row) -> bool:
        rules_of = [rules.get(d, (1.0, 2.0)) for d in row["doubts"]]
        return sum(w for w, ceiling in rules_of if row["confidence"] < ceiling) >= 1.0

    return refuses


def outcome(rows: list[Row], refuses: Policy) -> tuple[int, int, int, int]:
    """(answered well, answerable, off-topic refused, off-topic) under a policy."""
    good = sum(bool(r["good"] and not r["hard"] and not refuses(r)) for r in rows if r["answerable"])
    refused = sum(bool(r["hard"] or refuses(r)) for r in rows if not r["answerable"])
    return good, sum(bool(r["answerable"]) for r in rows), refused, sum(not r["answerable"] for r in rows)


def balanced(rows_by_set: dict[str, list[Row]], refuses: Policy) -> float:
    """The mean over sets of (answered share + refused share) / 2: every corpus counts alike."""
    scores = []
    for rows in rows_by_set.values():
        good, answerable, refused, offtopic = outcome(rows, refuses)
        shares = [good / answerable] if answerable else []
        shares += [refused / offtopic] if offtopic else []
        scores.append(sum(shares) / len(shares))
    return sum(scores) / len(scores)


# A doubt either refuses alone (1.0) or needs a second one (0.5); strong evidence may set it aside.
STEPS: tuple[Rule, ...] = tuple((w, c) for w in (0.5, 1.0) for c in (0.6, 0.65, 0.7, 0.75, 0.8, 2.0))


def fit(rows_by_set: dict[str, list[Row]], rounds: int = 3) -> dict[str, Rule]:
    """Rules by coordinate ascent on the balanced score, starting from 'any doubt refuses'."""
    doubts = sorted({d for rows in rows_by_set.values() for r in rows for d in r["doubts"]})
    rules: dict[str, Rule] = dict.fromkeys(doubts, (1.0, 2.0))
    best = balanced(rows_by_set, weighted(rules))
    for _ in range(rounds):
        changed = False
        for doubt, step in itertools.product(doubts, STEPS):
            trial = {**rules, doubt: step}
            score = balanced(rows_by_set, weighted(trial))
            if score > best + 1e-9:
                rules, best, changed = trial, score, True
        if not changed:
            break
    return rules


def any_doubt(row: Row) -> bool:
    """The policy ``any``: one doubt refuses."""
    return bool(row["doubts"])


def read_rows(path: Path) -> dict[str, list[Row]]:
    """The collected rows of ``path``, by set."""
    rows_by_set: dict[str, list[Row]] = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        rows_by_set[row["set"]].append(row)
    return rows_by_set


def compare(before: Path, after: Path) -> None:
    """Per set, the policy ``any``'s answered and off-topic refused in two collections (code before/after)."""
    old, new = read_rows(before), read_rows(after)
    print("| set | answered before → after | off-topic refused before → after |")
    print("|---|---|---|")
    totals = [0] * 8
    for name in sorted(old.keys() & new.keys()):
        a, b = outcome(old[name], any_doubt), outcome(new[name], any_doubt)
        totals = [t + x for t, x in zip(totals, a + b, strict=True)]
        print(f"| {name} | {a[0]} → {b[0]}/{a[1]} | {a[2]} → {b[2]}/{a[3]} |")
    t = totals
    print(f"| **all** | {t[0]} → {t[4]}/{t[1]} | {t[2]} → {t[6]}/{t[3]} |")


def score(path: Path) -> None:
    """Print 'any' against the fitted policy, per set, and left out one set at a time."""
    rows_by_set = read_rows(path)
    print("| set (left out) | any: answered | any: refused | left out: answered | refused |")
    print("|---|---|---|---|---|")
    totals = [0] * 8
    for name in sorted(rows_by_set):
        others = {k: v for k, v in rows_by_set.items() if k != name}
        left_out = weighted(fit(others))
        a = outcome(rows_by_set[name], any_doubt)
        b = outcome(rows_by_set[name], left_out)
        totals = [t + x for t, x in zip(totals, a + b, strict=True)]
        print(f"| {name} | {a[0]}/{a[1]} | {a[2]}/{a[3]} | {b[0]}/{b[1]} | {b[2]}/{b[3]} |")
    t = totals
    print(f"| **all** | {t[0]}/{t[1]} | {t[2]}/{t[3]} | {t[4]}/{t[5]} | {t[6]}/{t[7]} |")
    rules = fit(rows_by_set)
    print("\nfitted on every set:", json.dumps({k: v for k, v in rules.items() if v != (1.0, 2.0)}))


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--news", action="append", default=[], help="name=home:questions.json[:half]")
    c.add_argument("--multihop", type=Path, help="a home holding MultiHop-RAG's 609 articles")
    c.add_argument("--multihop-half", default="tune", choices=["tune", "holdout", "all"])
    s = sub.add_parser("score")
    s.add_argument("rows", type=Path)
    c2 = sub.add_parser("compare")
    c2.add_argument("before", type=Path)
    c2.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "compare":
        compare(args.before, args.after)
        return 0
    if args.command == "score":
        score(args.rows)
        return 0
    from byline.offline import go_offline

    go_offline()
    with args.out.open("a", encoding="utf-8") as out:
        for spec in args.news:
            name, rest = spec.split("=", 1)
            home, question_file, *half = rest.split(":")
            rows = collect_news(name, Path(home), Path(question_file), half[0] if half else "all")
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            log.info("%s: %d questions", name, len(rows))
        if args.multihop:
            from retrieval import DATA

            rows = collect_multihop(args.multihop, DATA, args.multihop_half)
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            log.info("multihop: %d questions", len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
