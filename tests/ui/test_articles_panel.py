"""The Articles panel in a real browser: upload an article, ask about it, remove it."""

from __future__ import annotations

from pathlib import Path

import pytest

from byline.settings import Settings
from tests.helpers import ROOT, ask, browser_page, serving

pytestmark = pytest.mark.browser


LIGHTHOUSE = """Lighthouse keeper retires
Orla Vance, keeper of the Kestrel Point lighthouse for 31 years, retired on Friday.
The harbour board said an automated beacon will replace her watch next spring.
"""


def test_upload_ask_and_remove_an_article_in_the_chat(tmp_path: Path) -> None:
    from index import index_paths

    home = tmp_path / "home"
    index_paths([ROOT / "seeds"], Settings(home=home))
    upload = tmp_path / "lighthouse.txt"
    upload.write_text(LIGHTHOUSE, encoding="utf-8")
    question = "How long was Orla Vance keeper of the Kestrel Point lighthouse?"
    with serving(home, tmp_path / "serve.log") as url, browser_page(url) as page:
        page.locator("#byline-articles").get_by_text("Articles").first.click()
        count = page.locator("#byline-article-count")
        count.get_by_text("2 articles indexed").wait_for(timeout=30_000)

        page.locator("#byline-upload input[type=file]").set_input_files(str(upload))
        page.locator("#byline-upload-status").get_by_text("Added 1").wait_for(timeout=60_000)
        count.get_by_text("3 articles indexed").wait_for(timeout=30_000)
        assert "Lighthouse keeper retires" in page.locator("#byline-article-table").inner_text()

        ask(page, question)
        page.wait_for_function(
            "() => { const m = [...document.querySelectorAll('#byline-chat .message.bot')].pop();"
            " return m && m.innerText.includes('31 years') && m.innerText.includes('[1]'); }",
            timeout=30_000,
        )
        sources = page.locator("#byline-sources")
        sources.locator("mark").first.wait_for(timeout=30_000)
        assert "lighthouse.txt" in sources.inner_text()

        page.locator("#byline-remove-choice input").click()
        page.get_by_role("option", name="Lighthouse keeper retires").first.click()
        page.locator("#byline-remove").click()
        page.locator("#byline-upload-status").get_by_text("Removed 1 article").wait_for(timeout=30_000)
        count.get_by_text("2 articles indexed").wait_for(timeout=30_000)
        ask(page, question)
        page.wait_for_function(
            "() => { const m = [...document.querySelectorAll('#byline-chat .message.bot')];"
            ' return m.length >= 2 && m[m.length - 1].innerText.includes("don\'t say"); }',
            timeout=30_000,
        )


def test_the_panel_pages_filters_and_fits_1280_pixels(tmp_path: Path) -> None:
    import json
    import re

    from index import index_paths

    home = tmp_path / "home"
    docs = tmp_path / "docs"
    docs.mkdir()
    records = [
        {
            "title": f"Tide report number {i} from the long-running Kestrel Point harbour-master's series",
            "publisher": "The Kestrel Point Harbour Gazette and Evening Courier",
            "date": f"2024-03-{i + 1:02d}",
            "language": "en",
            "body": f"The tide at Kestrel Point on day {i} rose {i} cm above the mark at noon",
        }
        for i in range(30)
    ]
    (docs / "tides.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    index_paths([docs], Settings(home=home))
    with serving(home, tmp_path / "serve.log") as url, browser_page(url) as page:
        page.set_viewport_size({"width": 1280, "height": 900})
        page.locator("#byline-articles").get_by_text("Articles").first.click()
        count = page.locator("#byline-article-count")
        count.get_by_text("30 articles indexed").wait_for(timeout=30_000)
        table = page.locator("#byline-article-table table")
        assert table.locator("tbody tr").count() == 25
        assert "2024-03-30" in table.inner_text()  # newest first
        head = table.locator("thead").inner_text()
        for column in ("Article", "Outlet", "Date", "Language", "Passages"):
            assert column in head
        wide = page.evaluate(
            "() => { const t = document.querySelector('#byline-article-table table');"
            " return [t.scrollWidth, t.parentElement.clientWidth, document.documentElement.scrollWidth,"
            " window.innerWidth]; }"
        )
        assert wide[0] <= wide[1] and wide[2] <= wide[3], f"horizontal scrolling: {wide}"
        page.locator("#byline-page-next").click()
        count.get_by_text("Page 2 of 2").wait_for(timeout=30_000)
        assert table.locator("tbody tr").count() == 5
        page.locator("#byline-article-filter textarea, #byline-article-filter input").first.fill("2024-03-07")
        page.locator("#byline-article-filter textarea, #byline-article-filter input").first.press("Enter")
        count.get_by_text("1 matches the filter").wait_for(timeout=30_000)
        assert "Tide report number 6 " in table.inner_text()
        assert not re.search(r"[0-9a-f]{12}-", table.inner_text())
