"""Indexing throughput next to the bare model's, on the same texts, in one run.

    python bench/indexing.py            # the 609 MultiHop-RAG articles

Byline embeds each distinct sentence once (passage vectors are means of their
sentences), so the bare-model baseline embeds exactly those sentence texts with
the same encoder and batch size, twice: as one model in this process using both
cores (how the packaged model runs bare), and split over one single-threaded model
process per core (the layout indexing itself uses, see index/model_process.py).
The ratios say how much the rest of indexing (loading, chunking, Chroma writes,
BM25 and cache building) costs on top.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DATA / "corpus_first6000chars.jsonl")
    args = parser.parse_args(argv)

    from byline.embedding import MiniLMEncoder
    from byline.offline import go_offline
    from byline.settings import Settings
    from index import index_paths
    from index.chunking import sentence_pieces
    from index.loaders import load_file
    from index.model_process import ModelProcess

    go_offline()
    settings = Settings(home=Path(tempfile.mkdtemp(prefix="byline-index-bench-")))
    began = time.perf_counter()
    report = index_paths([args.corpus], settings)
    indexing = time.perf_counter() - began

    articles = [a for a in load_file(args.corpus, settings.max_file_bytes) if hasattr(a, "text")]
    texts = [a.text[s:e] for a in articles for s, e in sentence_pieces(a.text, settings.chunk_chars)]
    encoder = MiniLMEncoder()
    began = time.perf_counter()
    encoder.embed(texts, batch_size=settings.embed_batch_size)
    bare = time.perf_counter() - began

    # The layout indexing uses: one single-threaded model per core (start-up not counted).
    split = ModelProcess(settings.embed_batch_size)
    split.submit(texts[:64]).result()
    began = time.perf_counter()
    split.submit(texts).result()
    bare_split = time.perf_counter() - began
    split.close()

    result = {
        "articles": report.added,
        "chunks": report.chunks_embedded,
        "sentences_embedded": len(texts),
        "index_seconds": round(indexing, 1),
        "bare_model_seconds": round(bare, 1),
        "bare_model_in_processes_seconds": round(bare_split, 1),
        "articles_per_second": round(report.added / indexing, 2),
        "chunks_per_second": round(report.chunks_embedded / indexing, 2),
        "sentences_per_second_indexing": round(len(texts) / indexing, 1),
        "sentences_per_second_bare_model": round(len(texts) / bare, 1),
        "sentences_per_second_bare_model_in_processes": round(len(texts) / bare_split, 1),
        "indexing_vs_bare_model": round(bare / indexing, 3),
        "indexing_vs_bare_model_in_processes": round(bare_split / indexing, 3),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
