"""The chat's filter row in a real browser: outlets and dates limit what an answer cites.

Two outlets report the same ferry fare rise with different figures and dates, so
which figure the answer quotes, and which article the sources panel shows, says
whether the filter worked; unfiltered, the answer cites both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from byline.settings import Settings
from tests.helpers import ask, browser_page, serving

pytestmark = pytest.mark.browser

QUESTION = "How much will the Gull Island ferry fare rise to?"
HERALD_URL = "https://herald.example/gull-ferry-fare"
LEDGER_URL = "https://ledger.example/gull-island-fare"
ARTICLES = [
    {
        "title": "Gull Island ferry fare to rise in March",
        "publisher": "Northport Herald",
        "date": "2024-02-10",
        "language": "en",
        "url": HERALD_URL,
        "body": "The Gull Island ferry fare will rise to 14 dollars in March, the island transport board "
        "said on Friday. The board blamed higher fuel costs. Residents keep their discount cards.",
    },
    {
        "title": "Ferry operator confirms new Gull Island fare",
        "publisher": "Coastal Ledger",
        "date": "2024-09-18",
        "language": "en",
        "url": LEDGER_URL,
        "body": "The Gull Island ferry fare will rise to 17 dollars from October, the ferry operator "
        "confirmed on Wednesday. The operator said crew wages had gone up. Commuters protested at the pier.",
    },
]
BAKERY = {
    "title": "Pier bakery wins bread prize",
    "publisher": "Pier Weekly",
    "date": "2024-04-04",
    "body": "The pier bakery on Gull Island won the county sourdough prize on Saturday.",
}

SETTLED = """([before, wanted]) => {
  const bots = [...document.querySelectorAll('#byline-chat .message.bot')];
  const sources = document.querySelector('#byline-sources').innerText;
  return bots.length > before && bots[bots.length - 1].innerText.includes(wanted)
    && !sources.includes('Finding sources');
}"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`byline serve` over the two ferry articles; yields its URL and its log."""
    from index import index_paths

    docs = tmp_path_factory.mktemp("ferry-docs")
    (docs / "ferry.json").write_text(json.dumps(ARTICLES), encoding="utf-8")
    home = tmp_path_factory.mktemp("ferry-home")
    index_paths([docs], Settings(home=home))
    log = tmp_path_factory.mktemp("ferry-serve") / "serve.log"
    with serving(home, log) as url:
        yield url, log


@pytest.fixture
def page(served: tuple[str, Path]) -> Iterator[Any]:
    """A fresh browser session on the chat (each test starts with an empty filter row)."""
    with browser_page(served[0]) as page:
        page.set_viewport_size({"width": 1280, "height": 900})
        yield page


def asked(page: Any, question: str, wanted: str = "[1]") -> tuple[Any, Any]:
    """Ask and wait until the answer holding ``wanted`` and its sources are shown; (answer, sources)."""
    before = page.locator("#byline-chat .message.bot").count()
    ask(page, question)
    page.wait_for_function(SETTLED, arg=[before, wanted], timeout=60_000)
    return page.locator("#byline-chat .message.bot").last, page.locator("#byline-sources")


def close_menu(page: Any) -> None:
    page.locator("#byline-filter-outlets input").blur()
    page.get_by_role("option").first.wait_for(state="detached", timeout=30_000)


def outlet_options(page: Any) -> list[str]:
    """The outlet menu's choices (opened, read, closed again)."""
    page.locator("#byline-filter-outlets input").click()
    options = page.get_by_role("option")
    options.first.wait_for(timeout=30_000)
    names = [name.strip() for name in options.all_inner_texts()]
    close_menu(page)
    return names


def choose_outlet(page: Any, name: str) -> None:
    page.locator("#byline-filter-outlets input").click()
    page.get_by_role("option", name=name).click()
    close_menu(page)


def date_box(page: Any, which: str) -> Any:
    return page.locator(f"#byline-{which} input, #byline-{which} textarea").first


def test_an_outlet_filter_limits_the_answer_and_clearing_it_brings_the_other_outlet_back(page) -> None:
    options = outlet_options(page)
    assert {"Coastal Ledger", "Northport Herald"} <= set(options), options
    fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert fits, "the filter row makes the page scroll sideways at 1280 px"

    choose_outlet(page, "Northport Herald")
    answer, sources = asked(page, QUESTION)
    assert "14 dollars" in answer.inner_text() and "17 dollars" not in answer.inner_text()
    assert "Only articles from Northport Herald." in sources.inner_text()
    assert "Northport Herald" in sources.inner_text() and "Coastal Ledger" not in sources.inner_text()
    # Each [n] and each source headline links to the cited article's original address.
    assert set(answer.locator("a").evaluate_all("links => links.map(a => a.href)")) == {HERALD_URL}
    assert sources.locator(f"a[href='{HERALD_URL}']").count() == 1
    assert sources.locator(f"a[href='{LEDGER_URL}']").count() == 0

    page.locator("#byline-filters-clear").click()
    page.wait_for_function(
        "() => !document.querySelector('#byline-filter-outlets').innerText.includes('Northport Herald')",
        timeout=30_000,
    )
    answer, sources = asked(page, QUESTION)
    assert "17 dollars" in answer.inner_text()
    assert "Coastal Ledger" in sources.inner_text() and "Only articles" not in sources.inner_text()
    assert sources.locator(f"a[href='{LEDGER_URL}']").count() == 1


def test_a_date_range_limits_the_answer_and_a_bad_date_gets_one_clear_message(
    page, served: tuple[str, Path]
) -> None:
    date_box(page, "since").fill("2024-06-01")
    date_box(page, "until").fill("2024-12-31")
    answer, sources = asked(page, QUESTION)
    assert "17 dollars" in answer.inner_text() and "14 dollars" not in answer.inner_text()
    assert "Only articles dated 2024-06-01 to 2024-12-31." in sources.inner_text()
    assert "Coastal Ledger" in sources.inner_text() and "Northport Herald" not in sources.inner_text()

    date_box(page, "until").fill("2024-02-30")
    answer, sources = asked(page, QUESTION, wanted="until must be a date as YYYY-MM-DD")
    assert answer.inner_text().strip() == "until must be a date as YYYY-MM-DD, not '2024-02-30'."
    assert page.locator("#byline-question textarea").input_value() == QUESTION  # kept, to ask again

    date_box(page, "since").fill("2024-01-01")
    date_box(page, "until").fill("2024-03-31")
    answer, sources = asked(page, QUESTION)
    assert "14 dollars" in answer.inner_text() and "17 dollars" not in answer.inner_text()
    assert "Traceback" not in served[1].read_text()


def test_the_outlet_menu_offers_an_outlet_added_by_an_upload(page, tmp_path: Path) -> None:
    assert "Pier Weekly" not in outlet_options(page)
    upload = tmp_path / "bakery.json"
    upload.write_text(json.dumps(BAKERY), encoding="utf-8")
    page.locator("#byline-articles").get_by_text("Articles").first.click()
    page.locator("#byline-upload input[type=file]").set_input_files(str(upload))
    page.locator("#byline-upload-status").get_by_text("Added 1").wait_for(timeout=60_000)
    page.wait_for_function(
        "() => document.querySelector('#byline-article-count').innerText.includes('3 articles')",
        timeout=30_000,
    )
    # The menu's choices follow the upload without a page load.
    page.locator("#byline-filter-outlets input").click()
    page.get_by_role("option", name="Pier Weekly").wait_for(timeout=30_000)
