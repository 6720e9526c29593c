"""Answer quality: gold answers found, the short line, refusals, citation precision, length, latency.

    python bench/answers.py --home /tmp/mh --half tune          # MultiHop-RAG dev, even qids
    python bench/answers.py --home /tmp/mh --half holdout       # odd qids (never tuned on)
    python bench/answers.py --news --home /tmp/news --half dev  # real news pages, bench/news_questions.json
    python bench/answers.py --news --home /tmp/news --news-set bench/news_offtopic_dev.json --half all
    python bench/answers.py --news --home /tmp/fresh --news-set bench/news_fresh.json
    python bench/answers.py --news --home /tmp/fresh2 --news-set bench/news_fresh2.json
    python bench/answers.py --news --home /tmp/fresh4 --news-set bench/news_fresh4.json  # held out
    python bench/answers.py --news --home /tmp/fresh12 --news-set bench/news_fresh12.json  # dev now
    python bench/answers.py --news --home /tmp/fresh15 --news-set bench/news_fresh15.json  # blind, once
    python bench/answers.py --news --home /tmp/fresh16 --news-set bench/news_fresh16.json  # blind, once
    python bench/answers.py --news --home /tmp/fresh18 --news-set bench/news_fresh18.json  # ran blind once

MultiHop-RAG (``../shared/bench/multihop_rag``): every dev question of the half;
the answer "contains the gold" when the gold answer string occurs in it
(case-insensitive) and it is not a refusal; ``null_query`` questions should be
refused. The real-news set (``bench/news_questions.json``) indexes Readability's
real test pages (copied under ``<home>/pages`` so each has its own file name);
an answerable question counts as answered when the answer holds the gold phrase
and cites the page it comes from; off-topic questions should be refused.
``--news-set`` asks another question file (for instance
``bench/news_offtopic_dev.json``, a larger off-topic development set in halves
``tune`` and ``check``). A set may name its own pages: ``pages`` are Readability
pages, and ``fixtures`` pages read from a git mirror at a pinned commit
(``bench/news_fresh.json``: postlight/parser's news fixtures plus the Readability
pages as distractors); such a set needs its own ``--home``. A fixture name may sit in
a sub-folder of ``dir`` (the page is named by its last part) and ``suffix`` (default
``.html``) may be ``.html.gz`` (``bench/news_fresh2.json``: flairNLP/fundus's gzipped
English test pages). ``fixtures`` may also be a list of such mirrors
(``bench/news_fresh4.json``: fundus and postlight/parser pages). A suffix may name the file inside a
folder a page (``bench/news_fresh10.json``: metascraper's ``<name>/input.html``, read as ``<name>.html``).
``bench/news_fresh12.json`` (branch news18, 2026-11-28) was written blind: 66 answerable and 34
off-topic questions on 12 metascraper and 4 postlight/parser pages; it ran once on main (ada5d2e,
2026-11-28 03:09 UTC) and is dev data since (``bench/news_set_check.py`` checks a set loads
without asking anything).
``bench/news_fresh15.json`` (branch news22, 2026-11-28; ran once, dev since): 78
answerable and 33 off-topic questions on 14 adbar/htmldate ``tests/test_set`` pages and 2
cantino/ruby-readability fixtures, with the Readability pages as distractors.
``bench/news_fresh16.json`` (branch news23, 2026-11-28; ran once, dev since): 77
answerable and 33 off-topic questions on 16 other adbar/htmldate ``tests/test_set`` pages, with the
Readability pages as distractors.
``bench/news_fresh17.json`` (branch news26, 2026-11-28; ran once on main 2559d53 at 09:49 UTC, dev
since): 79 answerable and 33 off-topic questions on 16 snacktory, metascraper, ruby-readability and
python-readability pages.
``bench/news_fresh18.json`` (branch news28, 2026-11-28; ran once at the session's end, dev since): 80
answerable and 33 off-topic questions on 16 English JSON news records of Webhose/free-news-datasets
(a ``zip`` fixture, ``bench/zip_records.py``: each record is written into the home as
``<page>.json``, read by Byline's JSON loader, and cited as that file), with the Readability pages
as distractors.
``bench/news_fresh20.json`` (branch news30, 2026-11-28; blind, once): a ``files`` fixture,
``{"git", "commit", "files": [{"page", "path"}]}``, names plain-text articles (the BBC News
dataset's ``bbc/<topic>/<n>.txt``); each is written into the home as ``<page>.txt`` (the path's
own name repeats across topics), read by Byline's plain-text loader and cited as that file.

Reported: gold in answer by question type; the short line's exact match with the
gold (case and punctuation aside) where an answer opens with one; refusal recall
and precision; answerable questions refused; citation precision (share of ``[n]``
markers whose passage holds the text before them); median answer length; latency
p50/p95; and for MultiHop how the rates move with the refusal threshold.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

# This checkout's code, then its bench helpers: the venv's editable install points at another
# checkout, whose rag/ a worktree's bench would otherwise measure.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA, ensure_index
from zip_records import record_files

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "bench" / "news_questions.json"
# The shared bench data sits beside the main checkout (../shared), also seen from a worktree.
SHARED = next((p / "shared" / "bench" for p in ROOT.parents if (p / "shared" / "bench").is_dir()), ROOT)
PAGES = SHARED / "readability_pages"
# A quote and its markers: "text [1]" or "text [1] [3]"; a label line ("Outlet, date:") has none.
MARKED = re.compile(r"([^\n\]]+?)((?: \[\d+\])+)(?=\s|$)")
_PUNCT = re.compile(r"[^\w\s]")


def citation_checks(text: str, citations: dict[int, str]) -> tuple[int, int]:
    """(markers whose passage holds the text before them, markers)."""
    good = total = 0
    for sentence, marks in MARKED.findall(text):
        for n in re.findall(r"\d+", marks):
            total += 1
            good += int(sentence.strip() in citations.get(int(n), ""))
    return good, total


def same(a: str, b: str) -> bool:
    """Exact match, case and punctuation aside."""
    return " ".join(_PUNCT.sub(" ", a.lower()).split()) == " ".join(_PUNCT.sub(" ", b.lower()).split())


PAGE_SUFFIXES = (".html", ".json", ".txt")  # a page's file: an HTML page, a JSON news record, a text


def page_file(page: str, names: Any) -> str:
    """The file name among ``names`` that holds ``page`` (``<page>.html`` when none does)."""
    return next((page + s for s in PAGE_SUFFIXES if page + s in names), f"{page}.html")


def git_show(fixtures: dict[str, Any], path: str) -> bytes:
    """A file of the fixture's git mirror at its pinned commit (fails loudly when it is not there)."""
    spec = f"{fixtures['commit']}:{path}"
    return subprocess.run(
        ["git", f"--git-dir={fixtures['git']}", "show", spec], capture_output=True, check=True
    ).stdout


def page_files(data: dict[str, Any]) -> dict[str, bytes]:
    """Every file a question set names, by file name: Readability pages, git fixtures, zipped records.

    A set without its own ``pages`` asks over the pages of ``bench/news_questions.json``.
    A fixture with a ``zip`` names JSON news records inside it (``bench/zip_records.py``),
    each written as ``<page>.json``; one with ``files`` names files by path, each written as
    ``<page>`` plus the path's suffix (``bbc/sport/001.txt`` as ``bbc-sport-001.txt``).
    """
    names = data.get("pages") or json.loads(NEWS.read_text(encoding="utf-8"))["pages"]
    pages = {f"{name}.html": (PAGES / name / "source.html").read_bytes() for name in names}
    sources = data.get("fixtures") or []
    for fixtures in sources if isinstance(sources, list) else [sources]:
        if "zip" in fixtures:
            pages.update(record_files(fixtures))
            continue
        if "files" in fixtures:
            for entry in fixtures["files"]:
                pages[entry["page"] + Path(entry["path"]).suffix] = git_show(fixtures, entry["path"])
            continue
        suffix = fixtures.get("suffix", ".html")
        for name in fixtures["pages"]:
            shown = git_show(fixtures, f"{fixtures['dir']}/{name}{suffix}")
            html = gzip.decompress(shown) if suffix.endswith(".gz") else shown
            pages[f"{Path(name).name}.html"] = html
    return pages


def news_index(home: Path, overrides: list[str], data: dict[str, Any]) -> Any:
    """Settings for an index of the set's pages in ``home`` (built if empty)."""
    from byline.offline import go_offline

    go_offline()
    from byline.settings import Settings
    from index import index_paths
    from store.chroma import Store

    settings = Settings(home=home, **dict(kv.split("=", 1) for kv in overrides))
    folder = home / "pages"
    pages = page_files(data)
    try:
        built = bool(Store(settings).article_records())
    except Exception:
        built = False
    if built:
        missing = sorted(set(pages) - {p.name for p in folder.glob("*") if p.suffix in PAGE_SUFFIXES})
        if missing:
            sys.exit(f"{home} was built for another set ({len(missing)} pages missing): use another --home")
    else:
        folder.mkdir(parents=True, exist_ok=True)
        for name, raw in pages.items():
            (folder / name).write_bytes(raw)
        report = index_paths([folder], settings)
        print(f"indexed {report.added} pages into {home}", file=sys.stderr)
    return settings


def ask_all(engine: Any, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ask every question; one row per question with what the report needs."""
    rows = []
    engine.answer("warm up")
    for item in items:
        began = time.perf_counter()
        reply = engine.answer(item["question"])
        elapsed = time.perf_counter() - began
        good, total = citation_checks(reply.text, {c.n: c.text for c in reply.citations})
        gold = (item.get("gold") or "").rstrip(".")  # a few MultiHop golds end in a stray full stop
        rows.append(
            {
                **item,
                "seconds": elapsed,
                "refused": reply.refused,
                "confidence": reply.confidence,
                "chars": len(reply.text),
                "short": reply.short,
                "doubts": list(reply.doubts),
                "text": reply.text,
                "hit": bool(gold) and not reply.refused and gold.lower() in reply.text.lower(),
                "cited_page": any(
                    c.source in (f"{item.get('page')}{s}" for s in PAGE_SUFFIXES) for c in reply.citations
                ),
                "cite_good": good,
                "cite_total": total,
            }
        )
    return rows


def report(rows: list[dict[str, Any]], answerable_key: str) -> None:
    """Print the measures shared by both sets."""
    answerable = [r for r in rows if r[answerable_key]]
    refusable = [r for r in rows if not r[answerable_key]]
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in answerable:
        by_type[r["type"]].append(r)
    print("| question type | n | gold in answer | short line given | short line = gold | refused |")
    print("|---|---|---|---|---|---|")
    for qtype, group in [*sorted(by_type.items()), ("all answerable", answerable)]:
        shorts = [r for r in group if r["short"]]
        exact = sum(same(r["short"], r["gold"]) for r in shorts)
        print(
            f"| {qtype} | {len(group)} | {sum(r['hit'] for r in group) / len(group):.3f} "
            f"| {len(shorts) / len(group):.3f} | {exact}/{len(shorts)} "
            f"| {sum(r['refused'] for r in group) / len(group):.3f} |"
        )
    refused = [r for r in rows if r["refused"]]
    recall = sum(r["refused"] for r in refusable) / max(len(refusable), 1)
    precision = sum(not r[answerable_key] for r in refused) / max(len(refused), 1)
    good, total = sum(r["cite_good"] for r in rows), sum(r["cite_total"] for r in rows)
    ms = sorted(r["seconds"] * 1000 for r in rows)
    print(f"\nrefusal recall ({len(refusable)} to refuse): {recall:.3f}; refusal precision: {precision:.3f}")
    print(f"citation precision: {good}/{total} = {good / max(total, 1):.3f}")
    lengths = [r["chars"] for r in rows if not r["refused"]] or [0]
    print(f"median answer length (answered): {statistics.median(lengths):.0f} chars")
    print(
        f"latency p50 {statistics.median(ms):.0f} ms, p95 {ms[min(len(ms) - 1, int(0.95 * len(ms)))]:.0f} ms"
    )


def multihop_items(data: Path, half: str) -> list[dict[str, Any]]:
    """MultiHop-RAG's dev questions of ``half`` (tune: even qids, holdout: odd); null ones to refuse."""
    items = []
    for line in (data / "queries_dev.jsonl").open(encoding="utf-8"):
        q = json.loads(line)
        if (half == "tune" and q["qid"] % 2) or (half == "holdout" and not q["qid"] % 2):
            continue
        null = q["question_type"] == "null_query"
        items.append(
            {
                "question": q["query"],
                "gold": None if null else str(q["answer"]),
                "type": q["question_type"],
                "answerable": not null,
            }
        )
    return items


def multihop(args: argparse.Namespace) -> list[dict[str, Any]]:
    from rag import Engine

    settings = ensure_index(args.data, args.home, args.set)
    engine = Engine(settings)
    rows = ask_all(engine, multihop_items(args.data, args.half)[: args.limit or None])
    report(rows, "answerable")
    # Raising the threshold refuses more; answers refused at the default stay refused.
    answerable = [r for r in rows if r["answerable"]]
    nulls = [r for r in rows if not r["answerable"]]
    print("\n| threshold | gold in answer | answerable refused | refusal recall (null) | refusal precision |")
    print("|---|---|---|---|---|")
    for threshold in [settings.refusal_threshold + x / 100 for x in range(0, 12, 2)]:
        out = [r for r in rows if r["refused"] or r["confidence"] < threshold]
        hit = sum(r["hit"] and r not in out for r in answerable) / len(answerable)
        wrong = sum(r in out for r in answerable) / len(answerable)
        recall = sum(r in out for r in nulls) / max(len(nulls), 1)
        precision = sum(not r["answerable"] for r in out) / max(len(out), 1)
        print(f"| {threshold:.2f} | {hit:.3f} | {wrong:.3f} | {recall:.3f} | {precision:.3f} |")
    return rows


def news(args: argparse.Namespace) -> list[dict[str, Any]]:
    from rag import Engine

    home = args.home or Path("/tmp/byline-news")
    data = json.loads((args.news_set or NEWS).read_text(encoding="utf-8"))
    engine = Engine(news_index(home, args.set, data))
    items = [
        {**q, "type": "answerable" if q["page"] else "off-topic", "answerable": bool(q["page"])}
        for q in data["questions"]
        if args.half in ("all", q["split"]) or (args.half == "tune" and q["split"] == "dev")
    ]
    rows = ask_all(engine, items)
    report(rows, "answerable")
    answerable = [r for r in rows if r["answerable"]]
    done = sum(r["hit"] and r["cited_page"] for r in answerable)
    share = done / max(len(answerable), 1)
    print(f"answered with the fact and its page cited: {done}/{len(answerable)} = {share:.3f}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA if DATA.is_dir() else SHARED / "multihop_rag")
    parser.add_argument("--home", type=Path)
    parser.add_argument("--news", action="store_true", help="the real-news set instead of MultiHop-RAG")
    parser.add_argument("--half", choices=["all", "tune", "holdout", "dev", "check"], default="all")
    parser.add_argument("--news-set", type=Path, help="with --news: this question file")
    parser.add_argument("--set", action="append", default=[], help="settings override key=value")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--dump", type=Path, help="write every row (question, answer, scores) as JSON lines")
    args = parser.parse_args(argv)
    rows = news(args) if args.news else multihop(args)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
