"""Hostile input and access: escaped article text in a real browser, login, safe uploads."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from byline.settings import Settings
from index import index_paths
from tests.helpers import ask, browser_page, http_status, run_cli, serving, static_site
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


MARKDOWN_ARTICLE = (
    "The Kestrel harbour council voted on Tuesday to rebuild the pier ![x]({pixel}pixel.png) after the "
    "storm.\nCouncil member Ada Brisk said the pier vote was **unanimous** and pointed to "
    "[phish](https://phish.example/login) and $$x^2$$ costs.\n"
)


@pytest.mark.browser
def test_article_markdown_is_shown_as_text_fetches_nothing_and_citations_link_to_the_article(
    tmp_path: Path,
) -> None:
    pixel_dir = tmp_path / "pixel"
    pixel_dir.mkdir()
    with static_site(pixel_dir) as (pixel, pixel_hits):
        docs = tmp_path / "docs"
        docs.mkdir()
        record = {
            "title": "Harbour council vote",
            "url": "https://news.example/harbour-vote",
            "body": MARKDOWN_ARTICLE.format(pixel=pixel),
        }
        (docs / "vote.json").write_text(json.dumps(record), encoding="utf-8")
        index_paths([docs], Settings(home=tmp_path / "home"))
        with serving(tmp_path / "home", tmp_path / "serve.log") as url, browser_page(url) as page:
            requested: list[str] = []
            page.on("request", lambda r: requested.append(r.url))
            ask(page, "What did Ada Brisk say about the Kestrel harbour council pier vote on Tuesday?")
            page.locator("#byline-sources mark").first.wait_for(timeout=30_000)
            bot = page.locator("#byline-chat .message.bot").last
            shown = bot.inner_text()
            assert f"![x]({pixel}pixel.png)" in shown, shown
            assert "[phish](https://phish.example/login)" in shown and "**unanimous**" in shown
            assert "$$x^2$$" in shown
            assert bot.locator("img, strong, .katex, a[href*='phish']").count() == 0
            # The answer's own markers link to the article's original address.
            assert bot.locator("a[href='https://news.example/harbour-vote']").count() >= 1
            sources = page.locator("#byline-sources")
            assert "[phish](https://phish.example/login)" in sources.inner_text()
            assert sources.locator("a[href='https://news.example/harbour-vote']").count() >= 1
            assert sources.locator("a[href*='phish'], img").count() == 0
    assert not pixel_hits, f"the article's image was fetched: {pixel_hits}"
    assert not [u for u in requested if u.startswith(pixel) or "phish.example" in u], requested


ATTACK_JS = """async (base) => {
  const out = {};
  const attempt = async (name, path, options) => {
    try {
      const r = await fetch(base + path, {credentials: "include", ...options});
      out[name] = {status: r.status, body: (await r.text()).slice(0, 300)};
    } catch (e) { out[name] = {error: String(e)}; }
  };
  await attempt("config", "config");
  await attempt("info", "gradio_api/info");
  const form = new FormData();
  const planted = "Planted story\\nThe planted article says the mayor resigned.";
  form.append("files", new Blob([planted]), "planted.txt");
  await attempt("upload", "gradio_api/upload", {method: "POST", body: form});
  await attempt("ask", "gradio_api/call/ask", {method: "POST", headers: {"Content-Type": "application/json"},
                body: JSON.stringify({data: ["Who said the pier vote was unanimous?", [], []]})});
  return out;
}"""


@pytest.mark.browser
def test_a_page_on_another_local_port_cannot_read_or_change_a_logged_in_chat(
    seed_settings: Settings, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    from tests.helpers import CHROMIUM, CHROMIUM_FLAGS

    attacker = tmp_path / "attacker"
    attacker.mkdir()
    (attacker / "index.html").write_text("<html><body>cute cats</body></html>", encoding="utf-8")
    log = tmp_path / "serve.log"
    before = (
        set((seed_settings.home / "uploads").glob("*"))
        if (seed_settings.home / "uploads").exists()
        else set()
    )
    with (
        serving(seed_settings.home, log, "--auth-file", str(_auth_file(tmp_path))) as url,
        static_site(attacker) as (evil, _),
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        context = browser.new_context()
        logged_in = context.request.post(url + "login", form={"username": "alice", "password": "s3cret-pw"})
        assert logged_in.ok
        page = context.new_page()
        page.goto(url)
        page.locator("#byline-question textarea").wait_for(timeout=60_000)
        # The chat's own page, logged in, reads its config: the attack below could succeed if allowed.
        own = page.evaluate("(b) => fetch(b + 'config', {credentials: 'include'}).then(r => r.status)", url)
        assert own == 200
        page.goto(evil)
        stolen = page.evaluate(ATTACK_JS, url)
        browser.close()
    for name, result in stolen.items():
        assert result.get("status") in (None, 403), f"{name}: {result}"
        assert "error" in result or "other sites" in result["body"], f"{name}: {result}"
    after = (
        set((seed_settings.home / "uploads").glob("*"))
        if (seed_settings.home / "uploads").exists()
        else set()
    )
    assert after == before
    received = list((seed_settings.home / "tmp").rglob("planted*"))
    assert not received, received
    assert "refused POST /gradio_api/upload" in log.read_text()


def _auth_file(tmp_path: Path) -> Path:
    path = tmp_path / "logins"
    path.write_text("alice:s3cret-pw\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_a_foreign_host_header_is_refused(seed_settings: Settings, tmp_path: Path) -> None:
    with serving(seed_settings.home, tmp_path / "serve.log") as url:
        assert http_status(url + "config", headers={"Host": "attacker.example"}) == 400
        port = urllib.parse.urlsplit(url).port
        assert http_status(url + "config", headers={"Host": f"rebind.attacker.example:{port}"}) == 400
        assert http_status(url + "config", headers={"Host": f"localhost:{port}"}) == 200
        assert http_status(url + "config") == 200
    with serving(
        seed_settings.home, tmp_path / "proxy.log", env_extra={"BYLINE_ALLOWED_HOSTS": "byline.example.org"}
    ) as url:
        assert http_status(url + "config", headers={"Host": "byline.example.org"}) == 200


def test_wrong_passwords_are_throttled_and_logged_without_the_password(
    seed_settings: Settings, tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    env = {"BYLINE_LOGIN_FREE_TRIES": "3", "BYLINE_LOGIN_FIRST_WAIT": "600"}
    with serving(seed_settings.home, log, "--auth-file", str(_auth_file(tmp_path)), env_extra=env) as url:

        def login(password: str) -> tuple[int, str | None]:
            form = urllib.parse.urlencode({"username": "alice", "password": password}).encode()
            try:
                with urllib.request.urlopen(url + "login", data=form, timeout=10) as resp:
                    return resp.status, None
            except urllib.error.HTTPError as err:
                return err.code, err.headers.get("Retry-After")

        assert [login(f"guess-{i}")[0] for i in range(3)] == [400, 400, 400]
        status, retry = login("s3cret-pw")  # even the right password waits now
        assert status == 429 and retry is not None and int(retry) > 0
    text = log.read_text()
    assert text.count("failed login from 127.0.0.1") == 3
    assert "guess-" not in text and "s3cret-pw" not in text


def test_a_password_on_the_command_line_warns(seed_settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with serving(seed_settings.home, log, "--auth", "alice:s3cret-pw"):
        pass
    text = log.read_text()
    assert "--auth-file" in text and "BYLINE_AUTH" in text
    assert "s3cret-pw" not in text


def test_invalid_unicode_in_a_question_gets_a_clear_message(seed_settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with serving(seed_settings.home, log) as url:
        # question, chat, conversation state, then the filter row: outlets, since, until, language
        body = json.dumps({"data": ["Who is \ud800 Melanie Joly?", [], [], [], "", "", "Any"]}).encode()
        request = urllib.request.Request(
            url + "gradio_api/call/ask", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as resp:
            event = json.loads(resp.read())["event_id"]
        with urllib.request.urlopen(f"{url}gradio_api/call/ask/{event}", timeout=60) as resp:
            stream = resp.read().decode("utf-8", "replace")
        assert "not valid text" in stream, stream
        raw = b'{"data": ["Who is \xff\xfe Joly?", [], []]}'
        status = http_status(
            url + "gradio_api/call/ask", data=raw, headers={"Content-Type": "application/json"}
        )
        assert status in (400, 422)
    assert "Traceback" not in log.read_text()


def test_invalid_utf8_on_the_command_line_gets_the_same_message(seed_settings: Settings) -> None:
    # The shell passes the bytes; Python turns the invalid one into a lone surrogate.
    result = run_cli("ask", "Who is Melanie Joly\udcff?", home=seed_settings.home, check=False)
    assert result.returncode != 0
    assert "not valid text" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
