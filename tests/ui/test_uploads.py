"""Uploads from the chat: caps, private storage, no orphan copies, and cancelling half-way."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

import pytest

from byline.settings import Settings
from index import index_paths
from store.chroma import Store
from tests.helpers import SEEDS, browser_page, serving
from ui.uploads import add_uploads

STORY = "Pier rebuilt\nThe Kestrel pier was rebuilt by Ada Brisk's crew in May, the harbour board said.\n"


def _records(settings: Settings) -> dict[str, str]:
    return {r.doc_id: r.content_hash for r in Store(settings).article_records().values()}


def _jsonl(path: Path, n: int) -> Path:
    lines = (
        json.dumps(
            {
                "title": f"Tide report {i}",
                "body": f"The tide at Kestrel Point on day {i} rose {i} cm above the mark.",
            }
        )
        for i in range(n)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_uploads_are_private_and_known_content_leaves_no_copy(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    story = tmp_path / "pier.txt"
    story.write_text(STORY, encoding="utf-8")
    first = add_uploads([story], settings)
    assert first.report is not None and first.report.added == 1
    stored = list((settings.home / "uploads").iterdir())
    assert len(stored) == 1
    assert stat.S_IMODE(stored[0].stat().st_mode) == 0o600
    again = add_uploads([story], settings)
    assert "Already indexed: pier.txt" in again.summary()
    assert list((settings.home / "uploads").iterdir()) == stored, "a second copy was kept"
    assert len(_records(settings)) == 1
    assert not list((settings.home / "tmp").glob("upload-*")), "the staging folder was not cleaned"


def test_an_upload_over_the_caps_is_refused_whole(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", upload_max_articles=10, upload_max_bytes=4_000)
    many = _jsonl(tmp_path / "many.jsonl", 11)
    result = add_uploads([many], settings)
    assert "11 new articles" in result.summary() and "BYLINE_UPLOAD_MAX_ARTICLES" in result.summary()
    big = tmp_path / "big.txt"
    big.write_text("Big story\n" + "The harbour grew. " * 300, encoding="utf-8")
    result = add_uploads([big], settings)
    assert "BYLINE_UPLOAD_MAX_BYTES" in result.summary()
    assert not (settings.home / "uploads").exists() or not list((settings.home / "uploads").iterdir())
    ten = add_uploads([_jsonl(tmp_path / "ten.jsonl", 10)], settings)
    assert ten.report is not None and ten.report.added == 10


def test_an_upload_cancelled_half_way_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", store_batch_chunks=4, model_process_batches=1000)
    index_paths([SEEDS], settings)
    before = _records(settings)
    passages = sorted(cid for cid, _ in Store(settings).chunk_metadata())
    batch = _jsonl(tmp_path / "tides.jsonl", 30)
    cancel = threading.Event()
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        if len(steps) == 2:  # two write steps are in the store: cancel now
            cancel.set()

    result = add_uploads([batch], settings, progress=progress, cancel=cancel)
    assert result.cancelled and "cancelled" in result.summary()
    assert len(steps) == 2, "the run went on after the cancel"
    assert _records(settings) == before
    assert not list((settings.home / "uploads").iterdir())
    assert sorted(cid for cid, _ in Store(settings).chunk_metadata()) == passages
    # The next upload works normally.
    result = add_uploads([batch], settings)
    assert result.report is not None and result.report.added == 30


@pytest.mark.browser
def test_the_chats_cancel_button_stops_an_upload_and_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    home = tmp_path / "home"
    index_paths([SEEDS], Settings(home=home))
    before = _records(Settings(home=home))
    batch = _jsonl(tmp_path / "tides.jsonl", 300)
    # One article per write step, embedded in this process: the upload takes many steps.
    env = {"BYLINE_STORE_BATCH_CHUNKS": "1", "BYLINE_MODEL_PROCESS_BATCHES": "100000"}
    with serving(home, tmp_path / "serve.log", env_extra=env) as url, browser_page(url) as page:
        page.locator("#byline-articles").get_by_text("Articles").first.click()
        page.locator("#byline-upload input[type=file]").set_input_files(str(batch))
        page.get_by_text("Indexing (bytes of the files read)").first.wait_for(timeout=120_000)
        page.locator("#byline-upload-cancel").click()
        status = page.locator("#byline-upload-status")
        status.get_by_text("Upload cancelled").wait_for(timeout=120_000)
        page.locator("#byline-article-count").get_by_text("2 articles indexed").wait_for(timeout=30_000)
    assert _records(Settings(home=home)) == before
    assert not list((home / "uploads").iterdir())
    assert not list((home / "tmp").rglob("*.jsonl")), "the received upload was not cleaned up"
