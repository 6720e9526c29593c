"""Check that a real-news question set loads, without asking Byline anything.

    python bench/news_set_check.py bench/news_fresh12.json
    python bench/news_set_check.py bench/news_fresh12.json --find "Parker Conrad" --find Luckman

A blind set must be checked before its one run without running any answering code on it, so
this reads only what the bench's own page reader gives (``answers.page_files``: every fixture
is read from its git mirror at the pinned commit, which fails loudly when a path is wrong, and
a zip fixture's records are checked against their uuids) and the text Byline's loaders extract
(``index.loaders.html.load_html`` called alone for a page; the JSON dump loader for a record). It
confirms that no two pages share a file name (a fixture would silently replace a Readability
page of that name), that every answerable question's gold phrase occurs in its page's loaded
text, and that every off-topic question has no page and no gold and is ``near`` a page of the
set. ``--find`` lists the pages whose loaded text holds a string (case aside), for checking
that no page gives an off-topic question's answer. Exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers import NEWS, page_file, page_files


def page_names(data: dict[str, Any]) -> list[str]:
    """Every page file name the set names, repeats kept (a repeat is a page the bench drops)."""
    names = [
        f"{name}.html" for name in data.get("pages") or json.loads(NEWS.read_text(encoding="utf-8"))["pages"]
    ]
    sources = data.get("fixtures") or []
    for fixtures in sources if isinstance(sources, list) else [sources]:
        if "zip" in fixtures:
            names += [f"{record['page']}.json" for record in fixtures["records"]]
        elif "files" in fixtures:
            names += [entry["page"] + Path(entry["path"]).suffix for entry in fixtures["files"]]
        else:
            names += [f"{Path(name).name}.html" for name in fixtures["pages"]]
    return names


def loaded_texts(data: dict[str, Any]) -> dict[str, str]:
    """The text Byline's loader extracts from every file, by file name ("" when it skips the file).

    An HTML page goes through the HTML loader alone; a JSON news record (a zip fixture's,
    written as ``<page>.json``) through the dump loader's path for a small ``.json`` file; a
    ``.txt`` file (a ``files`` fixture's) through the plain-text loader.
    """
    from index.loaders.decoding import decode
    from index.loaders.dumps import parsed_records
    from index.loaders.html import load_html
    from index.loaders.text import load_plain

    texts = {}
    for name, raw in page_files(data).items():
        if name.endswith(".json"):
            decoded = decode(raw, name)
            records = [] if not isinstance(decoded, str) else list(parsed_records(name, decoded, {}))
            record: Any = records[0] if len(records) == 1 else None
        elif name.endswith(".txt"):
            record = load_plain(name, raw)[0]
        else:
            record = load_html(name, raw)[0]
        texts[name] = str(getattr(record, "text", "") or "")
    return texts


def problems(data: dict[str, Any], texts: dict[str, str]) -> list[str]:
    found = [f"{name} named {n} times" for name, n in Counter(page_names(data)).items() if n > 1]
    found += [f"{name}: the loader gives no text" for name, text in texts.items() if not text]
    ids = Counter(q["id"] for q in data["questions"])
    found += [f"{qid}: id used {n} times" for qid, n in ids.items() if n > 1]
    for q in data["questions"]:
        if q["page"] is None:
            if q["gold"] is not None:
                found.append(f"{q['id']}: off-topic question with a gold")
            if page_file(str(q.get("near")), texts) not in texts:
                found.append(f"{q['id']}: near {q.get('near')!r}, not a page of the set")
            continue
        text = texts.get(page_file(Path(q["page"]).name, texts))
        if text is None:
            found.append(f"{q['id']}: page {q['page']!r} is not in the set")
        elif not q["gold"] or q["gold"] not in text:
            found.append(f"{q['id']}: gold {q['gold']!r} not in {q['page']}'s loaded text")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--find", action="append", default=[], help="list the pages holding this string")
    args = parser.parse_args()
    from byline.offline import go_offline

    go_offline()
    data = json.loads(args.set.read_text(encoding="utf-8"))
    texts = loaded_texts(data)
    for needle in args.find:
        holders = sorted(name for name, text in texts.items() if needle.lower() in text.lower())
        print(f"{needle!r}: {', '.join(holders) or 'no page'}")
    found = problems(data, texts)
    questions = data["questions"]
    off = sum(q["page"] is None for q in questions)
    print(f"{len(texts)} pages, {len(questions) - off} answerable and {off} off-topic questions")
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
