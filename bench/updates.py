"""The cost of one changed article on a built index: the index run, and another process catching up.

    python bench/updates.py --home /tmp/growth-6000            # embedded store, then a chroma run server
    python bench/updates.py --home /tmp/growth-6000 --only embedded
    python bench/updates.py --home /tmp/growth-6000 --only embedded --watch   # one watching process
    python bench/updates.py --home /tmp/growth-6000 --only server --background-build-passages -1  # waits
    python bench/updates.py --home /tmp/growth-6000 --only embedded --archive /tmp/growth-6000-corpus

On the index in ``--home`` (built by bench/growth.py), adds one article, edits it and
removes it, each by a separate ``index``/``remove`` process whose run time (the
run's own ``seconds``) and peak memory are recorded, while a second, warm app
process asks a question after each change: its answer time then includes catching
up with the change. Then the same on a ``chroma run`` server started over the same
data folder, with the second process on its own data folder, so it first joins
the server and then follows the changes as deltas. Joining, it builds its keyword index
from the server: in the background, answering from vector search meanwhile, as
``byline serve`` does over more than 20,000 passages (``--background-build-passages``),
or first, before its first answer (``-1``). Figures are medians of ``--repeats`` rounds.
With ``--archive FOLDER`` (the folder the index was built from) the article is written
into that folder and each step is ``byline index FOLDER`` over the whole archive, as a
user re-running the same command after a change would (a removal is the file deleted);
the first such run, which reads every file and records their stamps, is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "What did the Kestrel Harbour council say about the bridge repairs?"
ARTICLE = (
    "Harbour bridge reopens after repairs\n"
    "The Kestrel Harbour bridge reopened on Tuesday after eleven months of repairs costing "
    "{cost} million dollars, the city council said.\n"
    "Mayor Ingrid Solberg cut the ribbon at dawn and thanked the 300 workers who rebuilt the deck.\n"
)

RUN = """
import json, resource, sys, time
from byline.offline import go_offline
go_offline()
from byline.settings import Settings
from index import index_paths, remove_articles
settings = Settings(**json.loads(sys.argv[1]))
began = time.perf_counter()
if sys.argv[2] in ("index", "folder"):
    report = index_paths([sys.argv[3]], settings, prune=sys.argv[2] == "folder")
    seconds = report.seconds
else:
    remove_articles(settings, [sys.argv[3]])
    seconds = time.perf_counter() - began
print(json.dumps({"seconds": round(seconds, 3),
                  "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""

WATCH = """
import json, resource, sys, threading
from pathlib import Path
from byline.offline import go_offline
go_offline()
from byline.settings import Settings
from index.watch import Watcher
def said(outcome):
    print(json.dumps({"seconds": round(outcome.report.seconds, 3),
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}),
          flush=True)
Watcher(Settings(**json.loads(sys.argv[1])), [Path(sys.argv[2])], 0.05, on_run=said).watch(threading.Event())
"""

READER = """
import json, resource, sys, time
from byline.offline import go_offline
go_offline()
from byline.settings import Settings
from rag import Engine
from rag.background_build import BUILDING_NOTICE
began = time.perf_counter()
engine = Engine(Settings(**json.loads(sys.argv[1])))
for line in sys.stdin:
    t = time.perf_counter()
    if line.strip() == "WAIT":  # until a background build of the keyword index has ended
        engine.retriever.wait_for_keyword_index()
        reply = None
    else:
        reply = engine.answer(line.strip())
    local = engine.retriever.keyword_index()
    print(json.dumps({"ms": round((time.perf_counter() - t) * 1000),
                      "since_start_s": round(time.perf_counter() - began, 1),
                      "vector_search_only": bool(reply and BUILDING_NOTICE in reply.notice),
                      "segments": len(local.segments),
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}),
          flush=True)
"""


def python(code: str, *args: str, **kw: object) -> subprocess.Popen:
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env, text=True, **kw)  # type: ignore[call-overload]


def run(settings: dict, *args: str) -> dict:
    proc = python(RUN, json.dumps(settings), *args, stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    assert proc.returncode == 0, "index run failed"
    return json.loads(out.strip().splitlines()[-1])


class Watching:
    """``byline index --watch`` in the background over ``folder``: ``changed`` waits for its next run."""

    def __init__(self, settings: dict, folder: Path) -> None:
        self.proc = python(WATCH, json.dumps(settings), str(folder), stdout=subprocess.PIPE)
        self.changed()  # its first run, over the empty folder, loads the model and the store

    def changed(self) -> dict:
        assert self.proc.stdout is not None
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


class Reader:
    """A warm app process in the background; ``ask`` returns its next answer's figures."""

    def __init__(self, settings: dict) -> None:
        self.proc = python(READER, json.dumps(settings), stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def ask(self, line: str = QUESTION) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def rounds(
    settings: dict, reader_settings: dict, repeats: int, watch: bool = False, archive: Path | None = None
) -> dict:
    """Add, edit and remove one article ``repeats`` times; medians of each step.

    ``watch``: the changes are made to a watched folder and indexed by one warm
    watching process (``byline index --watch``) instead of one process each; its
    peak memory is that of its whole life. ``archive``: the article goes into that
    folder and each step is one index run over the whole folder.
    """
    folder = archive or Path(tempfile.mkdtemp(prefix="byline-update-"))
    article = folder / "kestrel-bridge.txt"
    first_folder_run = run(settings, "folder", str(archive)) if archive else None
    reader = Reader(reader_settings)
    first = reader.ask()  # joining: the first answer of a new process
    ready = reader.ask("WAIT")  # its keyword index, if that was built in the background
    reader.ask()  # warm
    steps: dict[str, list[dict]] = {"add": [], "edit": [], "remove": []}
    watching = Watching(settings, folder) if watch else None

    def indexed(step: str) -> dict:
        if watching is not None:
            return watching.changed()
        if archive is not None:
            return run(settings, "folder", str(archive))
        return run(settings, "remove" if step == "remove" else "index", str(article))

    try:
        for i in range(repeats):
            article.write_text(ARTICLE.format(cost=40 + i), encoding="utf-8")
            steps["add"].append({**indexed("add"), "reader": reader.ask()})
            article.write_text(ARTICLE.format(cost=90 + i), encoding="utf-8")
            steps["edit"].append({**indexed("edit"), "reader": reader.ask()})
            if watching is not None or archive is not None:
                article.unlink()
            steps["remove"].append({**indexed("remove"), "reader": reader.ask()})
        warm = reader.ask()
    finally:
        reader.close()
        if watching is not None:
            watching.close()
        if archive is None:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            article.unlink(missing_ok=True)

    def median(rows: list[dict], *path: str) -> float:
        values = []
        for row in rows:
            for key in path:
                row = row[key]
            values.append(row)
        return statistics.median(values)

    return {
        **({"first_folder_run": first_folder_run} if first_folder_run else {}),
        "first_answer_of_a_new_process": first,
        "keyword_index_ready_since_start_s": ready["since_start_s"],
        "warm_answer_ms": warm["ms"],
        **{
            step: {
                "run_seconds": median(rows, "seconds"),
                "run_peak_rss_mib": median(rows, "peak_rss_mib"),
                "reader_next_answer_ms": median(rows, "reader", "ms"),
            }
            for step, rows in steps.items()
        },
        "reader_peak_rss_mib": warm["peak_rss_mib"],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chroma_server(path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("chroma run did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", choices=["embedded", "server"])
    parser.add_argument("--watch", action="store_true", help="index the changes with one watching process")
    parser.add_argument("--archive", type=Path, help="the folder the index was built from: index it whole")
    parser.add_argument(
        "--background-build-passages",
        type=int,
        default=20_000,
        help="the joining process's setting, as `byline serve` sets it (-1: wait for the keyword index)",
    )
    args = parser.parse_args(argv)
    out: dict = {}
    home = str(args.home)
    if args.only != "server":
        out["embedded"] = rounds({"home": home}, {"home": home}, args.repeats, args.watch, args.archive)
        print(json.dumps(out, indent=2), file=sys.stderr, flush=True)
    if args.only != "embedded":
        server, url = chroma_server(args.home / "chroma")
        reader_home = Path(tempfile.mkdtemp(prefix="byline-reader-"))
        try:
            joining = {"home": str(reader_home), "chroma_url": url}
            if args.background_build_passages >= 0:
                joining["background_build_passages"] = args.background_build_passages
            out["server"] = rounds(
                {"home": home, "chroma_url": url}, joining, args.repeats, args.watch, args.archive
            )
        finally:
            server.terminate()
            server.wait(timeout=60)
            shutil.rmtree(reader_home, ignore_errors=True)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
