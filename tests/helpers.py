"""Helpers for tests that run Byline as a user would."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from byline.embedding import DIMENSION
from byline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Three tiny articles with one checkable fact each, for tests that add, edit and remove articles.
BRIDGE = (
    "Harbour bridge reopens\n"
    "The Kestrel Harbour bridge reopened on Tuesday after repairs costing 48 million dollars.\n"
)
FERRY = (
    "Ferry service resumes\n"
    "The Osprey Bay ferry resumed sailing on Monday after a strike by 40 crew members.\n"
)
TRAM = "Tram line opens\nThe Heron Street tram line opened on Friday with 12 new stops.\n"
# An English article beside a non-English test corpus: the archive is mixed, as real ones are.
ENGLISH_DISTRACTOR = {
    "title": "Harbour bridge reopens",
    "source": "City Desk",
    "published_at": "2024-12-11",
    "body": "The harbour bridge reopened on Monday after six months of repairs. "
    "Engineers replaced 40 steel cables on the northern span. "
    "Traffic was lighter than expected during the first morning.",
}

# An article on another subject that holds a count, a duration and a date: questions
# about the other articles must not take its figures as their answer.
TRAM_LINE_ARTICLE = {
    "title": "City council approves new tram line",
    "source": "Metro News",
    "published_at": "2024-03-02",
    "body": "The city council approved a new tram line linking the airport with the old town. "
    "Construction will start in June and is expected to take four years. "
    "The line will carry about 40,000 passengers a day.",
}


TOWNS = [
    "Ashby", "Brimley", "Corwen", "Dunmore", "Elston", "Farleigh", "Glenrock", "Hadley", "Inverly",
    "Jarrow", "Kelso", "Lindon", "Moffat", "Norwood", "Oakham", "Penrith", "Quarry", "Redmire",
    "Selby", "Thorne", "Upton", "Ventnor", "Wexley",
]  # fmt: skip
PLACES = ["library", "swimming pool", "museum", "theatre", "market hall", "botanical garden"]


def town_fillers() -> list[dict[str, str]]:
    """23 articles on other towns' reopened buildings: an archive's other topics, so the words
    of a test's own articles are as rare as they are in a real archive."""
    articles = []
    for i, town in enumerate(TOWNS):
        place = PLACES[i % len(PLACES)]
        articles.append(
            {
                "title": f"{town} {place} reopens",
                "source": "Regional Desk",
                "published_at": f"2024-02-{i + 1:02d}",
                "body": f"The {town} {place} opened its doors again on Saturday after a renovation of "
                f"{i + 3} months. Visitors in {town} praised the brighter rooms and the new cafe.",
            }
        )
    return articles


def run_cli(
    *args: str,
    home: Path | None = None,
    check: bool = True,
    env_extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run ``byline`` in a fresh process, as a user would."""
    env = dict(os.environ, **(env_extra or {}))
    if home is not None:
        env["BYLINE_HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"byline {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def cli_json(*args: str, home: Path | None = None) -> dict:
    return json.loads(run_cli(*args, "--json", home=home).stdout)


def index_records(folder: Path, records: Sequence[dict[str, Any]]) -> Settings:
    """An index in ``folder/home`` of ``records`` written as one JSONL news dump in ``folder``."""
    from index import index_paths

    dump = folder / "articles.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    settings = Settings(home=folder / "home")
    index_paths([dump], settings)
    return settings


def index_records_as_archive(folder: Path, records: Sequence[dict[str, Any]]) -> Settings:
    """:func:`index_records`, with the word-fit checks of a real archive switched on.

    Those checks wait for ``scattered_min_passages`` (100) passages by default; a test's
    few articles stand for a larger archive.
    """
    return index_records(folder, records).model_copy(update={"scattered_min_passages": 0})


def indexed_folder(folder: Path, home: Path, articles: dict[str, str]) -> Path:
    """``home``, indexed by ``byline index`` from ``articles`` (file name -> text) written into ``folder``."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    run_cli("index", str(folder), home=home)
    return home


def assert_answered_from(home: Path, question: str, fact: str, source: str) -> None:
    """``question`` is answered (not refused) with ``fact``, quoted from the article ``source``."""
    from rag import answer

    reply = answer(question, settings=Settings(home=home))
    assert not reply.refused, reply.text
    assert fact in reply.text
    assert any(c.source == source and fact in c.text for c in reply.citations)


def assert_short_answer_from(home: Path, question: str, fact: str, source: str) -> None:
    """``question``'s answer opens with ``fact``, quoted from the article ``source``."""
    from rag import answer

    reply = answer(question, settings=Settings(home=home))
    assert not reply.refused, reply.text
    assert fact in reply.short, reply.text
    assert any(c.source == source and fact in c.text for c in reply.citations)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ChromaServer:
    """A real `chroma run` on 127.0.0.1 over a data folder; can be stopped and started again."""

    def __init__(self, data: Path, port: int | None = None) -> None:
        self.data = data
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen | None = None

    def start(self, seconds: float = 60) -> None:
        chroma = Path(sys.executable).with_name("chroma")
        self._proc = subprocess.Popen(
            [str(chroma), "run", "--path", str(self.data), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + seconds
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2):
                    return
            except OSError:
                if time.monotonic() > deadline or self._proc.poll() is not None:
                    self.stop()
                    raise AssertionError("chroma run did not start") from None
                time.sleep(0.3)

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"byline serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {seconds}s")


@contextmanager
def serving(home: Path, log: Path, *extra: str, env_extra: dict[str, str] | None = None) -> Iterator[str]:
    """`byline serve` on a free port of 127.0.0.1 for the index in ``home``; yields its URL."""
    port = free_port()
    env = dict(os.environ, BYLINE_HOME=str(home), **(env_extra or {}))
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.cli", "serve", "--port", str(port), *extra],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        print(log.read_text())


@contextmanager
def browser_page(url: str) -> Iterator[Any]:
    """Debian's Chromium, headless, on ``url`` once the chat is ready."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: `make test` installs it"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.goto(url)
        page.locator("#byline-question textarea").wait_for(timeout=60_000)
        # Gradio mounts components one by one: on a loaded machine the question box can be
        # there before the chat it writes into (a test watching the chat then found no node).
        page.locator("#byline-chat").wait_for(state="attached", timeout=60_000)
        yield page
        browser.close()


def ask(page, question: str) -> None:
    page.locator("#byline-question textarea").fill(question)
    page.locator("#byline-ask").click()


@contextmanager
def static_site(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """A plain HTTP server for ``folder`` on a free 127.0.0.1 port; yields its URL and the paths asked for."""
    import functools
    import http.server
    import threading

    asked: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            super().do_GET()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", asked
    finally:
        server.shutdown()
        server.server_close()


def http_status(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    """The status of one request (errors included), for tests of refusals."""
    import urllib.error

    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as err:
        return int(err.code)


class FakeEmbedder:
    """A protocol fake of ``index.model_process.Embedder``, for the unit tier only.

    Vectors are a hash of each text's lower-cased words into ``DIMENSION`` slots,
    normalised: equal texts get equal vectors and texts sharing words are closer,
    which is all sync and fusion tests need. It knows nothing of meaning, so it
    never stands in for the real model in tests of answer quality. It records
    every text it was asked to embed (``embedded``), so a test can tell what a run
    spent model time on.
    """

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, zlib.crc32(word.encode("utf-8", "surrogatepass")) % DIMENSION] += 1.0
            out[row] /= max(float(np.linalg.norm(out[row])), 1e-12)
        return out

    def submit(self, texts: Sequence[str]) -> Future[np.ndarray]:
        self.embedded.extend(texts)
        done: Future[np.ndarray] = Future()
        done.set_result(self.vectors(texts))
        return done

    def close(self) -> None:
        pass


def assert_grounded(reply: Any) -> None:
    """Every [n] names a citation, and every answer sentence is quoted from the passage it cites."""
    numbers = {c.n for c in reply.citations}
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", reply.text)]
    assert markers, reply.text
    assert set(markers) <= numbers
    by_n = {c.n: c for c in reply.citations}
    for sentence, n in re.findall(r"(.+?) \[(\d+)\]\s*", reply.text):
        assert sentence.strip() in by_n[int(n)].text


def assert_refused(reply: Any) -> None:
    """A refusal, which still lists the closest passages."""
    assert reply.refused, reply.text
    assert reply.related


def assert_answered(reply: Any, expected: str) -> None:
    """An answer saying ``expected``, every sentence quoted from the passage it cites."""
    assert not reply.refused, reply.text
    assert expected in reply.text
    assert_grounded(reply)


def paused_index_run(
    home: Path, docs: Path, pause_after_step: int = 1, **env: str
) -> tuple[subprocess.Popen, Path]:
    """A `byline -v index` run that stops after its ``pause_after_step``-th write step (4 passages each).

    Returns the process and its pause file: wait with :func:`wait_until_paused`,
    delete the file to let the run go on (the test-only hook in ``index/pause.py``).
    """
    pause = home.parent / f"pause-{home.name}-{pause_after_step}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "-v", "index", str(docs)],
        cwd=ROOT,
        env=dict(
            os.environ,
            BYLINE_HOME=str(home),
            BYLINE_STORE_BATCH_CHUNKS="4",
            BYLINE_TEST_PAUSE_AFTER_STEP=str(pause_after_step),
            BYLINE_TEST_PAUSE_FILE=str(pause),
            **env,
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return proc, pause


def wait_until_paused(proc: subprocess.Popen, pause: Path) -> None:
    """Block until the run holds still at its pause point (fails if it ends first)."""
    while not pause.exists():
        if proc.poll() is not None:
            _, err = proc.communicate()
            raise AssertionError(
                f"the index run ended before its pause point (exit {proc.returncode}):\n{err}"
            )
        time.sleep(0.05)


def wait_for_exit(pid: int) -> None:
    """Block until a process that is not our child exits (Linux pidfd; no time limit to race)."""
    import select

    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        # poll, not select: by this point of a full run the suite may hold over 1,024 open
        # files (indexes opened in-process keep their segments mapped), past select's limit.
        waiter = select.poll()
        waiter.register(fd, select.POLLIN)
        waiter.poll()
    finally:
        os.close(fd)
