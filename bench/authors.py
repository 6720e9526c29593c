"""Author names: what Byline's HTML loader gives against the references of two public sets.

    python bench/authors.py

Readability's test pages (``../shared/bench/readability_pages``): ``byline`` of each
``expected-metadata.json`` (Readability's own extraction, often with the date or the word
"By" in it, so a name is counted "contained" when one holds the other). postlight/parser's
custom-extractor tests (``/work/.mirror/postlight+parser/repo`` at its commit): the fixture each
test reads and the ``author`` it asserts. Case, punctuation and spaces are ignored.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
READABILITY = ROOT.parent / "shared" / "bench" / "readability_pages"
POSTLIGHT = Path("/work/.mirror/postlight+parser/repo")


def norm(text: str | None) -> str:
    return re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKC", text or "").lower()).strip()


def author_of(name: str, raw: bytes) -> str:
    from index.loaders.html import load_html

    loaded = load_html(name, raw)
    return str(getattr(loaded[0], "author", "")) if loaded else ""


def readability(verbose: bool) -> None:
    exact = contained = asked = 0
    for page in sorted(p for p in READABILITY.iterdir() if p.is_dir()):
        want = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8")).get("byline")
        if not want:
            continue
        asked += 1
        have = author_of(page.name + ".html", (page / "source.html").read_bytes())
        a, b = norm(want), norm(have)
        exact += a == b
        contained += bool(b) and a != b and (a in b or b in a)
        if verbose and a != b:
            print(f"  {page.name}: {want!r} -> {have!r}")
    print(f"Readability pages with a byline: {asked}; same name {exact}, one contains the other {contained}")


def postlight(verbose: bool) -> None:
    def git(*args: str) -> bytes:
        return subprocess.run(["git", "-C", str(POSTLIGHT), *args], capture_output=True, check=False).stdout

    names = git("ls-tree", "-r", "--name-only", "HEAD").decode().splitlines()
    right = asked = 0
    for test in (n for n in names if "/custom/" in n and n.endswith("index.test.js")):
        source = git("show", f"HEAD:{test}").decode("utf-8", "replace")
        fixture = re.search(r"readFileSync\(\s*'\./(fixtures/[^']+)'", source)
        asserted = re.search(r"assert\.equal\(\s*author,\s*(['\"`])(.*?)\1", source, re.S)
        raw = git("show", f"HEAD:{fixture.group(1)}") if fixture and asserted else b""
        if not raw or fixture is None or asserted is None:
            continue
        asked += 1
        have = author_of(fixture.group(1).rsplit("/", 1)[-1], raw)
        want = asserted.group(2).replace("\\'", "'")
        right += norm(have) == norm(want)
        if verbose and norm(have) != norm(want):
            print(f"  {fixture.group(1)}: {want!r} -> {have!r}")
    print(f"postlight/parser fixtures with an asserted author: {asked}; same name {right}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every page whose name differs")
    args = parser.parse_args(argv)
    from byline.offline import go_offline

    go_offline()
    readability(args.verbose)
    if POSTLIGHT.exists():
        postlight(args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
