"""Re-indexing cost: an unchanged re-run, and one changed article, over ~1,000 articles.

    python bench/incremental.py [--articles 1000]

Writes the MultiHop-RAG articles as .txt files (the corpus's 609 articles, plus
their second halves as separate articles until the count is reached), indexes
them once, then times `index` again with nothing changed, and with one article
edited (reporting how many chunks were embedded: only that article's).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA


def write_articles(folder: Path, count: int) -> list[Path]:
    records = [json.loads(line) for line in (DATA / "corpus_first6000chars.jsonl").open(encoding="utf-8")]
    texts = [f"{r['title']}\n{r['body_first6000']}" for r in records]
    texts += [
        f"{r['title']} (continued)\n{r['body_first6000'][len(r['body_first6000']) // 2 :]}"
        for r in records
        if len(r["body_first6000"]) > 2000
    ]
    paths = []
    for i, text in enumerate(texts[:count]):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args(argv)

    from byline.offline import go_offline
    from byline.settings import Settings
    from index import index_paths

    go_offline()
    work = Path(tempfile.mkdtemp(prefix="byline-incremental-"))
    docs = work / "docs"
    docs.mkdir()
    paths = write_articles(docs, args.articles)
    settings = Settings(home=work / "home")
    first = index_paths([docs], settings)
    unchanged = index_paths([docs], settings)
    edited = paths[len(paths) // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThis article was corrected on Monday.\n")
    one = index_paths([docs], settings)
    print(
        json.dumps(
            {
                "articles": len(paths),
                "first_run": {"seconds": round(first.seconds, 1), "chunks_embedded": first.chunks_embedded},
                "unchanged_rerun": {
                    "seconds": round(unchanged.seconds, 2),
                    "chunks_embedded": unchanged.chunks_embedded,
                    "unchanged": unchanged.unchanged,
                },
                "one_changed": {
                    "seconds": round(one.seconds, 2),
                    "updated": one.updated,
                    "chunks_embedded": one.chunks_embedded,
                },
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
