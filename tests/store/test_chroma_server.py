"""Chroma server mode: a real `chroma run` on 127.0.0.1 shared by the indexer and the app."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from byline.settings import Settings
from rag import engine_for
from tests.helpers import BRIDGE, SEEDS, run_cli


def byline(url: str, home: Path, *args: str) -> dict:
    out = run_cli("--chroma-url", url, "--home", str(home), *args, "--json").stdout
    return json.loads(out)


def test_index_ask_remove_cycle_against_a_chroma_server(chroma_url: str, tmp_path: Path) -> None:
    indexer_home = tmp_path / "indexer"
    report = byline(chroma_url, indexer_home, "index", str(SEEDS))
    assert report["added"] == 2
    assert not (indexer_home / "chroma").exists(), "nothing written to the embedded store"

    # A second process with its own data folder reads the same index from the server.
    reply = byline(chroma_url, tmp_path / "reader", "ask", "Which industry minister confirmed direct talks?")
    assert "Melanie Joly" in reply["answer"]

    run_cli(
        "--chroma-url",
        chroma_url,
        "--home",
        str(indexer_home),
        "remove",
        str(SEEDS / "000_58104823b3c5c729.txt"),
    )
    listed = byline(chroma_url, tmp_path / "reader", "list")
    assert [a["source"] for a in listed] == ["002_1a5d4184944eb79a.txt"]


def test_running_app_sees_articles_indexed_by_another_process(chroma_url: str, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "app", chroma_url=chroma_url, collection="shared-app")
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_1a5d4184944eb79a.txt", docs)
    run_cli(
        "--chroma-url",
        chroma_url,
        "index",
        str(docs),
        home=tmp_path / "indexer",
        env_extra={"BYLINE_COLLECTION": "shared-app"},
    )
    engine = engine_for(settings)  # the app, warm
    assert "Kestrel" not in engine.answer("When did the Kestrel Harbour bridge reopen?").text

    (docs / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    run_cli(
        "--chroma-url",
        chroma_url,
        "index",
        str(docs),
        home=tmp_path / "indexer",
        env_extra={"BYLINE_COLLECTION": "shared-app"},
    )
    reply = engine.answer("When did the Kestrel Harbour bridge reopen?")
    assert "Tuesday" in reply.text
    assert reply.citations[0].source == "bridge.txt"
