"""The chat in a real browser: Debian's Chromium, driven by Playwright, against `byline serve`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from byline.settings import Settings
from tests.helpers import ask, browser_page, serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(seed_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(seed_settings.home, tmp_path_factory.mktemp("serve") / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url: str) -> Iterator[Any]:
    with browser_page(app_url) as page:
        yield page


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
        ' return m && m.innerText.includes("don\'t say") && m.innerText.includes("Why:"); }',
        timeout=30_000,
    )
    page.locator("#byline-sources").get_by_text("Closest passages").wait_for(timeout=30_000)
