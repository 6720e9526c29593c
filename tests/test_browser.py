"""The chat in a real browser: Debian's Chromium, driven by Playwright, against `byline serve`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from byline.settings import Settings
from tests.helpers import ROOT, free_port

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

pytestmark = pytest.mark.browser


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
        yield page
        browser.close()


@pytest.fixture(scope="module")
def app_url(seed_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(seed_settings.home, tmp_path_factory.mktemp("serve") / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url: str) -> Iterator[Any]:
    with browser_page(app_url) as page:
        yield page


def ask(page, question: str) -> None:
    page.locator("#byline-question textarea").fill(question)
    page.locator("#byline-ask").click()


WATCH_STREAM = """() => {
  window.__bylineSeen = new Set();
  new MutationObserver(() => {
    const m = [...document.querySelectorAll('#byline-chat .message.bot')].pop();
    if (m) window.__bylineSeen.add(m.innerText);
  }).observe(document.querySelector('#byline-chat'),
              {subtree: true, childList: true, characterData: true});
}"""


def test_question_streams_an_answer_with_a_highlighted_cited_passage(page) -> None:
    page.evaluate(WATCH_STREAM)
    ask(page, "Which industry minister confirmed that Carney and Trump have been in direct talks?")
    bot = page.locator("#byline-chat .message.bot").last
    bot.wait_for(timeout=30_000)
    # The answer appears progressively, then completes with its citation marker.
    page.wait_for_function(
        "() => { const m = [...document.querySelectorAll('#byline-chat .message.bot')].pop();"
        " return m && m.innerText.includes('[1]'); }",
        timeout=30_000,
    )
    assert "Melanie Joly" in bot.inner_text()
    seen = page.evaluate("() => [...window.__bylineSeen]")
    partial = [t for t in seen if t.strip() and "[1]" not in t]
    assert partial, f"the answer arrived in one piece, not streamed: {seen}"
    sources = page.locator("#byline-sources")
    sources.locator("mark").first.wait_for(timeout=30_000)
    assert "Melanie Joly" in sources.locator("mark").first.inner_text()
    assert "002_1a5d4184944eb79a.txt" in sources.inner_text()
    page.screenshot(path=str(Path(os.environ.get("BYLINE_SCREENSHOTS", "/tmp")) / "byline-chat.png"))


def test_uncovered_question_is_refused_in_the_chat(page) -> None:
    ask(page, "What is the boiling point of mercury?")
    page.wait_for_function(
        "() => { const m = [...document.querySelectorAll('#byline-chat .message.bot')].pop();"
        ' return m && m.innerText.includes("don\'t say"); }',
        timeout=30_000,
    )
    page.locator("#byline-sources").get_by_text("Closest passages").wait_for(timeout=30_000)
