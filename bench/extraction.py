"""Extraction scorecard: files indexed and skipped, title / date / outlet right, boilerplate in passages.

    python bench/extraction.py             # Byline's loaders
    python bench/extraction.py --before    # the loader before issue 13 (trafilatura as it was used)

Pages come from ``extraction_set`` (Readability test pages and postlight/parser
fixtures, split by name into a dev half we tuned on and a held-out half we did
not). A title is right when it equals the reference after normalising case,
quotes, dashes and spaces and dropping a trailing " | Outlet"; a date when it is
within one day of the reference (references are UTC, pages local); an outlet
when it is one of the names a reader would accept (ours, listed per page).
JSON dumps in the shapes of news-please, newspaper4k, the NewsAPI, trafilatura,
CC-News/GDELT, a dict of records and JSONL are written from dev-set pages and
read back. Boilerplate: lines of extracted text that ``is_boilerplate`` flags
(before vs after), and short lines that are not sentences (an independent proxy).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_set import VISIBLE_HEADLINE, Page, dev_set

from byline.boilerplate import is_boilerplate


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[‘’`´]", "'", text)
    text = re.sub(r"[“”«»„]", '"', text)
    text = re.sub(r"[–—‐-]+", "-", text)
    return " ".join(text.split())


def title_right(got: str, want: str) -> bool:
    got, want = _norm(got), _norm(want)
    if not got or not want:
        return False
    if got == want:
        return True
    cut = re.compile(r"(\s+[|\-:·]\s+|\s*_)[^|\-:·_]*$")
    return cut.sub("", got) == want or cut.sub("", want) == got or cut.sub("", want) == cut.sub("", got)


def date_right(got: str, want: str) -> bool:
    try:
        return abs((date.fromisoformat(got) - date.fromisoformat(want)).days) <= 1
    except ValueError:
        return False


def outlet_right(got: str, names: tuple[str, ...]) -> bool:
    return _norm(got).removeprefix("the ") in {_norm(n).removeprefix("the ") for n in names}


def load_before(path: Path) -> dict[str, Any] | str:
    """The pre-issue-13 HTML loader: UTF-8 only, trafilatura's text and metadata as they came."""
    import trafilatura

    try:
        html = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None or len(str(doc.text or "").strip()) < 20:
        return "no article text found in the HTML"
    from index.dates import iso_date

    return {
        "text": doc.text,
        "title": doc.title or "",
        "publisher": doc.sitename or "",
        "date": iso_date(doc.date),
        "language": "",
    }


def load_after(path: Path) -> dict[str, Any] | str:
    from index.loaders import load_file

    item = next(iter(load_file(path, 20_000_000)))
    if not hasattr(item, "text"):
        return item.reason
    return {k: getattr(item, k) for k in ("text", "title", "publisher", "date", "language")}


def _furniture(text: str) -> tuple[int, int]:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    flagged = sum(1 for ln in lines if is_boilerplate(ln))
    short = sum(1 for ln in lines if len(ln) < 60 and not re.search(r"[.!?:\"'”’。？！)]$", ln))
    return flagged, short


def score_pages(pages: list[Page], before: bool, folder: Path) -> dict[str, Any]:
    load = load_before if before else load_after
    out: dict[str, Any] = {}
    for half in ("dev", "held-out"):
        rows = [p for p in pages if p.half == half]
        tally: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        misses: list[str] = []
        for page in rows:
            path = folder / (page.name.replace("/", "__") + ".html")
            path.write_bytes(page.html)
            got = load(path)
            if isinstance(got, str):
                reasons[got] += 1
                misses.append(f"{page.name}: skipped ({got})")
                continue
            tally["indexed"] += 1
            flagged, short = _furniture(got["text"])
            tally["boilerplate lines"] += flagged
            tally["short non-sentence lines"] += short
            tally["lines"] += sum(1 for ln in got["text"].split("\n") if ln.strip())
            checks = (
                ("title", page.title, title_right(got["title"], page.title)),
                ("date", page.date, date_right(got["date"], page.date)),
                ("outlet", page.outlets, outlet_right(got["publisher"], page.outlets)),
                ("language", page.language, got["language"] == page.language),
            )
            for field, ref, right in checks:
                if ref:
                    tally[f"{field} n"] += 1
                    tally[f"{field} right"] += right
                    if not right and field != "language":
                        misses.append(
                            f"{page.name}: {field} {got[{'outlet': 'publisher'}.get(field, field)]!r}"
                        )
        out[half] = {"pages": len(rows), "tally": tally, "skipped": reasons, "misses": misses}
    return out


def _records(pages: list[Page], folder: Path) -> dict[str, Any]:
    """Dumps in each shape news tools write, from dev-set articles; what comes back."""
    from index.loaders import load_file

    arts = []
    for page in pages[:6]:
        path = folder / (page.name.replace("/", "__") + ".html")
        path.write_bytes(page.html)
        got = load_after(path)
        if isinstance(got, dict) and page.date:
            arts.append((page, got["text"]))
    shapes: dict[str, Any] = {
        "news-please.json": [
            {
                "title": p.title,
                "maintext": t,
                "date_publish": f"{p.date} 10:00:00",
                "source_domain": "example.org",
                "authors": ["A. Writer"],
                "language": p.language,
                "url": "https://example.org/a",
            }
            for p, t in arts
        ],
        "newspaper4k.json": [
            {
                "title": p.title,
                "text": t,
                "publish_date": f"{p.date}T10:00:00",
                "meta_site_name": p.outlets[0],
                "meta_lang": p.language,
                "authors": ["A. Writer"],
                "url": "https://example.org/a",
            }
            for p, t in arts
        ],
        "newsapi.json": {
            "status": "ok",
            "totalResults": len(arts),
            "articles": [
                {
                    "source": {"id": None, "name": p.outlets[0]},
                    "author": "A. Writer",
                    "title": p.title,
                    "description": t[:200],
                    "url": "https://example.org/a",
                    "publishedAt": f"{p.date}T10:00:00Z",
                    "content": t[:200] + "… [+1234 chars]",
                }
                for p, t in arts
            ],
        },
        "trafilatura.json": [
            {
                "title": p.title,
                "author": "A. Writer",
                "hostname": "example.org",
                "date": p.date,
                "text": t,
                "language": p.language,
                "source": "https://example.org/a",
                "source-hostname": p.outlets[0],
            }
            for p, t in arts
        ],
        "ccnews-gdelt.jsonl": [
            {
                "title": p.title,
                "text": t,
                "domain": "example.org",
                "SourceCommonName": p.outlets[0],
                "seendate": p.date.replace("-", "") + "T101500Z",
                "url": "https://example.org/a",
            }
            for p, t in arts
        ],
        "dict-of-records.json": {
            f"rec{i}": {"title": p.title, "text": t, "date": p.date, "source": p.outlets[0]}
            for i, (p, t) in enumerate(arts)
        },
    }
    result = {}
    for name, data in shapes.items():
        path = folder / name
        if name.endswith(".jsonl"):
            path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in data), encoding="utf-8")
        else:
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        items = list(load_file(path, 20_000_000))
        good = [a for a in items if hasattr(a, "text")]
        right = sum(
            1
            for a, (p, _) in zip(good, arts, strict=False)
            if title_right(a.title, p.title) and date_right(a.date, p.date) and a.publisher
        )
        result[name] = f"{len(good)}/{len(arts)} read, {right} with title, date and outlet right"
    return result


def _pct(right: int, n: int) -> str:
    return f"{right}/{n} ({100 * right / n:.0f}%)" if n else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--before", action="store_true", help="score the loader before issue 13")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    pages = dev_set()
    outlets = {p.outlets[0] for p in pages}
    languages = Counter(p.language for p in pages)
    print(
        f"dev set: {len(pages)} pages, {len(outlets)} outlets, {len(languages)} languages {dict(languages)}"
    )
    print(
        "references: title/date from Readability's expected-metadata.json and postlight/parser's tests "
        f"(title: the visible <h1> on {len(VISIBLE_HEADLINE)} Readability pages); outlet names ours"
    )
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        scores = score_pages(pages, args.before, Path(tmp))
        dumps = {} if args.before else _records([p for p in pages if p.half == "dev"], Path(tmp))
    for half, s in scores.items():
        t = s["tally"]
        print(
            f"\n[{half}] {s['pages']} pages: indexed {t['indexed']}, skipped {sum(s['skipped'].values())}"
            + "".join(f"\n  skipped {n}: {r}" for r, n in s["skipped"].items())
        )
        for field in ("title", "date", "outlet", "language"):
            print(f"  {field:9} right {_pct(t[f'{field} right'], t[f'{field} n'])}")
        print(
            f"  boilerplate lines (is_boilerplate) in article text: {t['boilerplate lines']} of {t['lines']}"
        )
        print(f"  short non-sentence lines in article text: {t['short non-sentence lines']} of {t['lines']}")
        if args.misses:
            print("  " + "\n  ".join(s["misses"]))
    if dumps:
        print("\nJSON dumps:")
        for name, line in dumps.items():
            print(f"  {name:22} {line}")
    print(f"\n{time.perf_counter() - began:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
