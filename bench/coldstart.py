"""Cold start: a new process answering one question, and `byline serve` until the page answers.

    python bench/coldstart.py [--runs 5]

Builds an index of seeds/ in a temporary home, then times, each in a fresh process:

* ``byline ask QUESTION`` (import, model load, keyword index load, retrieve, answer);
* plain LlamaIndex over the same Chroma chunk collection: ``VectorStoreIndex.from_vector_store``
  with the same embedding model, top-10 retrieval (needs ``pip install -e '.[bench]'``);
* ``byline serve`` from launch until http://127.0.0.1:PORT/ returns 200, then until the
  first answer through the app's HTTP API (gradio_client).

It also reports whether ``byline ask`` imported Gradio or LlamaIndex (it should not).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "Which industry minister confirmed that Carney and Trump have been in direct talks?"
ENV = dict(
    os.environ,
    GRADIO_ANALYTICS_ENABLED="False",
    HF_HUB_OFFLINE="1",
    ANONYMIZED_TELEMETRY="False",
)

ASK_IMPORTS = """
import sys, io, contextlib
from ui.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["--home", sys.argv[1], "ask", sys.argv[2]])
print({m: m in sys.modules for m in ("gradio", "llama_index.core", "torch")})
"""

PLAIN_LLAMAINDEX = """
import sys
from llama_index.core import VectorStoreIndex
from llama_index.vector_stores.chroma import ChromaVectorStore
from byline.llama_embedding import MiniLMEmbedding
from byline.settings import Settings
from store.chroma import Store

chunks = Store(Settings(home=sys.argv[1])).chunks  # the same Chroma collection Byline reads
store = ChromaVectorStore(chroma_collection=chunks)
index = VectorStoreIndex.from_vector_store(store, embed_model=MiniLMEmbedding())
nodes = index.as_retriever(similarity_top_k=10).retrieve(sys.argv[2])
assert nodes, "no passages"
"""


def timed(cmd: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(cmd, check=True, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_once(home: Path) -> tuple[float, float]:
    """Seconds from launching `byline serve` to the page answering, and to the first answer."""
    from gradio_client import Client

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "--home", str(home), "serve", "--port", str(port)],
        env=ENV,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("byline serve exited") from None
                time.sleep(0.05)
        ready = time.perf_counter() - began
        client = Client(url, verbose=False, download_files=False)
        client.predict(QUESTION, [], api_name="/ask")
        return ready, time.perf_counter() - began
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="byline-coldstart-"))
    subprocess.run(
        [sys.executable, "-m", "ui.cli", "--home", str(home), "index", "seeds", "--json"],
        check=True,
        env=ENV,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    ask_cmd = [sys.executable, "-m", "ui.cli", "--home", str(home), "ask", QUESTION]
    plain_cmd = [sys.executable, "-c", PLAIN_LLAMAINDEX, str(home), QUESTION]
    timed(ask_cmd)  # first run warms the OS file cache; not counted
    ask = [timed(ask_cmd) for _ in range(args.runs)]
    try:
        plain: list[float] | None = [timed(plain_cmd) for _ in range(args.runs)]
    except subprocess.CalledProcessError as exc:
        print(f"plain LlamaIndex skipped: {exc.stderr.decode()[-300:]}", file=sys.stderr)
        plain = None
    imports = subprocess.run(
        [sys.executable, "-c", ASK_IMPORTS, str(home), QUESTION],
        check=True,
        env=ENV,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    serves = [serve_once(home) for _ in range(args.runs)]
    ask_median = statistics.median(ask)
    plain_median = statistics.median(plain) if plain else None
    result = {
        "runs": args.runs,
        "byline_ask_seconds_median": round(ask_median, 2),
        "byline_ask_seconds_max": round(max(ask), 2),
        "plain_llamaindex_retrieve_seconds_median": round(plain_median, 2) if plain_median else None,
        "ask_over_plain_ratio": round(ask_median / plain_median, 2) if plain_median else None,
        "modules_imported_by_ask": imports,
        "serve_page_ready_seconds_median": round(statistics.median(r for r, _ in serves), 2),
        "serve_first_answer_seconds_median": round(statistics.median(a for _, a in serves), 2),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
