"""Parts failing under a running chat: the Chroma server going away and coming back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import SEEDS, ChromaServer, run_cli
from tests.test_browser import ask, browser_page, serving

QUESTION = "Which industry minister confirmed that Carney and Trump have been in direct talks?"

REPLY_N_CONTAINS = """([n, text]) => {
  const bots = [...document.querySelectorAll('#byline-chat .message.bot')];
  return bots.length >= n && bots[n - 1].innerText.includes(text);
}"""


def wait_reply(page, n: int, text: str) -> str:
    """Wait until the chat's ``n``-th answer holds ``text``; return that answer."""
    page.wait_for_function(REPLY_N_CONTAINS, arg=[n, text], timeout=60_000)
    return str(page.locator("#byline-chat .message.bot").nth(n - 1).inner_text())


@pytest.mark.browser
def test_chat_says_the_chroma_server_is_gone_and_recovers_when_it_returns(tmp_path: Path) -> None:
    server = ChromaServer(tmp_path / "chroma")
    server.start()
    try:
        run_cli("--chroma-url", server.url, "index", str(SEEDS), home=tmp_path / "indexer")
        env = {"BYLINE_CHROMA_URL": server.url}
        with (
            serving(tmp_path / "app", tmp_path / "serve.log", env_extra=env) as url,
            browser_page(url) as page,
        ):
            ask(page, QUESTION)
            wait_reply(page, 1, "Melanie Joly")

            server.stop()
            ask(page, QUESTION)
            down = wait_reply(page, 2, "not answering")
            assert server.url in down and "Traceback" not in down

            server.start()  # same port, same data: the app was not restarted
            ask(page, QUESTION)
            wait_reply(page, 3, "Melanie Joly")
    finally:
        server.stop()
