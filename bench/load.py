"""Under load: concurrent clients asking the running server, through the chat or the JSON API.

    python bench/load.py --home /tmp/mh [--via chat|api] [--clients 32] [--seconds 60]
                         [--index-during 100]

Starts ``byline serve`` on the MultiHop-RAG index (built by bench/retrieval.py if
missing), then ``--clients`` threads ask dev questions one after another for
``--seconds``: with ``--via chat`` (default) each thread has its own
``gradio_client.Client`` and asks the chat's ``/ask`` endpoint; with ``--via api``
each keeps one HTTP/1.1 connection and posts to ``/api/v1/answer``. Reports answers
per second, p50/p95 latency, errors and lost questions (asked but never answered), and
the serving process's peak memory (VmHWM). With ``--index-during N``, a ``byline index``
run adds N new articles while the load runs.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retrieval import DATA, ensure_index

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process and its live children (answer processes) have used so far."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = _stat(int(stat.parent.name))
        except (OSError, ValueError):
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory of a process plus its live children's peaks."""
    total = 0.0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in lines if ":" in line)
        if int(status.parent.name) == pid or int(fields.get("PPid", "0").strip() or 0) == pid:
            total += int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
    return total


def by_tenth(latencies: list[float], finished: list[float], began: float, elapsed: float) -> list[int]:
    """p95 latency (ms) of the answers that arrived in each tenth of the run."""
    tenths: list[list[float]] = [[] for _ in range(10)]
    for latency, at in zip(latencies, finished, strict=True):
        tenths[min(9, int(10 * (at - began) / elapsed))].append(latency * 1000)
    return [round(sorted(t)[int(0.95 * len(t))]) if t else 0 for t in tenths]


def new_articles(folder: Path, count: int) -> None:
    """``count`` articles not in the index: second halves of benchmark articles, retitled."""
    folder.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in (DATA / "corpus_first6000chars.jsonl").open(encoding="utf-8")]
    for i, r in enumerate(records[:count]):
        body = r["body_first6000"]
        (folder / f"follow-up-{i:03d}.txt").write_text(
            f"Follow-up: {r['title']}\n{body[len(body) // 2 :]}", encoding="utf-8"
        )


def chat_asker(url: str) -> Callable[[], Callable[[str], None]]:
    """Per client: a ``gradio_client.Client`` asking the chat's ``/ask``.

    ``ssl_verify=False``: the server is plain http on 127.0.0.1, so no certificate is ever
    checked, but gradio_client makes a new httpx client for each of the two requests of an
    answer, and with verification on each one loads the CA bundle (``ssl.create_default_context``,
    72 % of the clients' samples in py-spy): 107 ms of client CPU per answer with it, 12 ms
    without (8 clients), taken from the two cores the server needs.
    """
    from gradio_client import Client

    def make() -> Callable[[str], None]:
        client = Client(url, verbose=False, download_files=False, ssl_verify=False)

        def ask(question: str) -> None:
            chat, _sources, _box = client.predict(question, [], api_name="/ask")
            reply = str(chat[-1]["content"]) if chat else ""
            if not reply.strip() or "went wrong" in reply:
                raise RuntimeError(f"no answer: {reply[:80]}")

        return ask

    return make


def api_asker(port: int) -> Callable[[], Callable[[str], None]]:
    """Per client: one kept-alive HTTP connection posting to ``/api/v1/answer``."""

    def make() -> Callable[[str], None]:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

        def ask(question: str) -> None:
            body = json.dumps({"question": question})
            try:
                conn.request("POST", "/api/v1/answer", body, {"Content-Type": "application/json"})
                resp = conn.getresponse()
                raw = resp.read()
            except OSError:
                conn.close()  # the next request opens a new connection
                raise
            if resp.status != 200 or not json.loads(raw).get("answer", "").strip():
                raise RuntimeError(f"HTTP {resp.status}: {raw[:80]!r}")

        return ask

    return make


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--index-during", type=int, default=0, help="articles to add during the load")
    parser.add_argument(
        "--via", choices=["chat", "api"], default="chat", help="the chat's /ask or /api/v1/answer"
    )
    parser.add_argument("--data", type=Path, default=DATA, help="the MultiHop-RAG folder")
    args = parser.parse_args(argv)

    settings = ensure_index(args.data, args.home, [])
    questions = [
        json.loads(line)["query"] for line in (args.data / "queries_dev.jsonl").open(encoding="utf-8")
    ]
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "--home", str(settings.home), "serve", "--port", str(port)],
        env=ENV,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    latencies: list[float] = []
    finished: list[float] = []  # when each answer arrived, for the latency by period
    errors: list[str] = []
    asked = [0]
    lock = threading.Lock()
    try:
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("byline serve exited") from None
                time.sleep(0.2)
        ask = chat_asker(url) if args.via == "chat" else api_asker(port)
        clients = [ask() for _ in range(args.clients)]
        stop_at = time.monotonic() + args.seconds

        def worker(n: int, client: Any) -> None:
            i = n
            while time.monotonic() < stop_at:
                question = questions[i % len(questions)]
                i += args.clients
                with lock:
                    asked[0] += 1
                began = time.perf_counter()
                try:
                    client(question)
                except Exception as exc:
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}"[:200])
                    continue
                with lock:
                    latencies.append(time.perf_counter() - began)
                    finished.append(time.monotonic())

        indexer = None
        if args.index_during:
            extra = Path(tempfile.mkdtemp(prefix="byline-load-")) / "new"
            new_articles(extra, args.index_during)
            command = ["ui.cli", "--home", str(settings.home), "index", str(extra), "--json"]
            indexer = subprocess.Popen(
                [sys.executable, "-m", *command],
                env=ENV,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
        began = time.monotonic()
        server_cpu, client_cpu = cpu_seconds(server.pid), time.process_time()
        threads = [threading.Thread(target=worker, args=(n, c)) for n, c in enumerate(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - began
        server_cpu, client_cpu = cpu_seconds(server.pid) - server_cpu, time.process_time() - client_cpu
        index_report = None
        if indexer is not None:
            out, _ = indexer.communicate(timeout=3600)
            index_report = json.loads(out) if out.strip() else {"returncode": indexer.returncode}
        ms = sorted(x * 1000 for x in latencies)
        result = {
            "via": args.via,
            "clients": args.clients,
            "seconds": round(elapsed, 1),
            "asked": asked[0],
            "answered": len(latencies),
            "errors": len(errors),
            "lost": asked[0] - len(latencies) - len(errors),
            "answers_per_second": round(len(latencies) / elapsed, 2),
            "p50_ms": round(statistics.median(ms)) if ms else None,
            "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))]) if ms else None,
            # CPU per answer does not depend on what else the machine runs: 2 cores give
            # 2,000 ms of CPU a second, so 40 answers/s needs server + client ≤ 50 ms an answer.
            "server_cpu_ms_per_answer": round(1000 * server_cpu / max(len(latencies), 1), 1),
            "client_cpu_ms_per_answer": round(1000 * client_cpu / max(len(latencies), 1), 1),
            "server_peak_rss_mib": round(peak_rss_mib(server.pid)),
            # p95 per tenth of the run: a fresh server answers its first questions with cold caches
            "p95_ms_by_tenth": by_tenth(latencies, finished, began, elapsed),
            "index_run_during_load": index_report,
            "first_errors": errors[:5],
        }
        print(json.dumps(result, indent=2))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
