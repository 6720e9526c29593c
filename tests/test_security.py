"""Hostile input and access: escaped article text in a real browser, login, safe uploads."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from byline.settings import Settings
from index import index_paths
from tests.test_browser import ask, browser_page, serving
from ui.uploads import add_uploads

HOSTILE = """Harbour council vote
The Kestrel harbour council voted on Tuesday to <script>window.__pwned = 1</script> rebuild the pier.
Council member <img src=x onerror="window.__pwned = 2"> Ada Brisk said the pier vote was unanimous.
"""


@pytest.mark.browser
def test_article_markup_is_shown_as_text_and_never_runs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    index_paths([docs], Settings(home=tmp_path / "home"))
    with serving(tmp_path / "home", tmp_path / "serve.log") as url, browser_page(url) as page:
        ask(page, "What did the Kestrel harbour council vote on Tuesday?")
        sources = page.locator("#byline-sources")
        sources.locator("mark").first.wait_for(timeout=30_000)
        assert "<script>window.__pwned = 1</script>" in sources.inner_text()
        bot = page.locator("#byline-chat .message.bot").last
        assert "<script>" in bot.inner_text()
        assert page.evaluate("() => window.__pwned") is None, "article markup ran in the page"
        assert page.locator("#byline-sources img, #byline-chat img[src='x']").count() == 0


def test_with_auth_an_anonymous_request_is_refused(seed_settings: Settings, tmp_path: Path) -> None:
    with serving(seed_settings.home, tmp_path / "serve.log", "--auth", "alice:s3cret-pw") as url:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + "config", timeout=10)
        assert refused.value.code == 401
        form = urllib.parse.urlencode({"username": "alice", "password": "wrong"}).encode()
        with pytest.raises(urllib.error.HTTPError) as wrong:
            urllib.request.urlopen(url + "login", data=form, timeout=10)
        assert wrong.value.code in (400, 401)
        form = urllib.parse.urlencode({"username": "alice", "password": "s3cret-pw"}).encode()
        with urllib.request.urlopen(url + "login", data=form, timeout=10) as ok:
            assert ok.status == 200
    assert "s3cret-pw" not in (tmp_path / "serve.log").read_text(), "the password is never logged"


def test_uploads_are_stored_under_generated_names_inside_the_data_folder(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    odd = tmp_path / "in"
    odd.mkdir()
    good = odd / "..;rm -rf ~;.txt"
    good.write_text(
        "Pier rebuilt\nThe Kestrel pier was rebuilt by Ada Brisk's crew in May.\n", encoding="utf-8"
    )
    script = odd / "run-me.sh"
    script.write_text("#!/bin/sh\necho owned\n")
    result = add_uploads([str(good), "/etc/passwd", str(script), "../../etc/hosts"], settings)
    uploads = (settings.home / "uploads").resolve()
    stored = list(uploads.iterdir())
    assert len(stored) == 1 and stored[0].suffix == ".txt"
    assert stored[0].resolve().parent == uploads
    assert result.report is not None and result.report.added == 1
    reasons = {s.path: s.reason for s in result.rejected}
    assert set(reasons) == {"passwd", "run-me.sh", "hosts"}
    assert all("type not allowed" in r for r in reasons.values())
