"""The test-only pause hook of index runs: silent unless configured, then holds at exactly one step."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from byline.settings import Settings
from index.pause import PausePoint

pytestmark = pytest.mark.fast


def test_unconfigured_it_never_pauses_or_writes_a_file(tmp_path: Path) -> None:
    point = PausePoint(Settings(home=tmp_path))
    for _ in range(5):
        point.step_done()
    assert list(tmp_path.iterdir()) == []


def test_it_holds_after_the_chosen_step_until_the_file_is_deleted(tmp_path: Path) -> None:
    pause = tmp_path / "pause"
    point = PausePoint(Settings(home=tmp_path, test_pause_after_step=2, test_pause_file=pause))
    point.step_done()
    assert not pause.exists(), "step 1 goes on"
    runner = threading.Thread(target=point.step_done)
    runner.start()
    while not pause.exists():
        time.sleep(0.01)
    assert runner.is_alive() and pause.read_text() == "2", "held at step 2"
    pause.unlink()
    runner.join()
    point.step_done()
    assert not pause.exists(), "it pauses once"
