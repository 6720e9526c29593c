"""Parts failing under a user: the Chroma server going away, a full disk, a read-only data folder."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import SEEDS, ChromaServer, ask, browser_page, run_cli, serving

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


def synthetic_articles(folder: Path, count: int) -> None:
    """Distinct made-up articles, large enough together to fill a few megabytes of index."""
    folder.mkdir()
    for i in range(count):
        lines = [f"Harbour report number {i}"]
        lines += [
            f"Inspector Quill{i:03d}x{j:02d} of the Kestrel port authority counted "
            f"{i * 97 + j} containers on pier {j}."
            for j in range(60)
        ]
        (folder / f"report-{i:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB file system (tmpfs), mounted for the test: the only way to fill a disk safely."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4M", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def remount(mount: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(mount)], check=True)


def test_full_disk_stops_the_run_clearly_and_keeps_the_old_index(small_disk: Path, tmp_path: Path) -> None:
    home = small_disk / "home"
    run_cli("index", str(SEEDS), home=home)
    synthetic_articles(tmp_path / "reports", 80)

    failed = run_cli("index", str(tmp_path / "reports"), home=home, check=False)
    assert failed.returncode == 2
    assert "the disk is full" in failed.stderr and "Traceback" not in failed.stderr

    still = json.loads(run_cli("ask", QUESTION, "--json", home=home).stdout)
    assert "Melanie Joly" in still["answer"], "the previous index still answers"

    remount(small_disk, "size=64M")  # space freed: the next run finishes the job
    report = json.loads(run_cli("index", str(tmp_path / "reports"), "--json", home=home).stdout)
    assert report["added"] + report["repaired"] >= 1
    assert "index is consistent" in run_cli("doctor", home=home).stdout
    reply = json.loads(
        run_cli("ask", "How many containers did inspector Quill007x03 count?", "--json", home=home).stdout
    )
    assert "682" in reply["answer"]


def test_read_only_data_folder_gives_a_clear_message(small_disk: Path, tmp_path: Path) -> None:
    home = small_disk / "home"
    run_cli("index", str(SEEDS), home=home)
    synthetic_articles(tmp_path / "reports", 2)
    remount(small_disk, "ro")
    try:
        for args in (("index", str(tmp_path / "reports")), ("ask", QUESTION)):
            result = run_cli(*args, home=home, check=False)
            assert result.returncode == 2
            assert "read-only" in result.stderr and "Traceback" not in result.stderr
    finally:
        remount(small_disk, "rw")
    assert "Melanie Joly" in run_cli("ask", QUESTION, home=home).stdout
