"""Shared fixtures: offline environment, network guard, a seed index built once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import SEEDS, ChromaServer

GUARD_DIR = Path(__file__).parent / "netguard"

os.environ.update(
    {
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
    }
)
os.environ["PYTHONPATH"] = os.pathsep.join([str(GUARD_DIR), *filter(None, [os.environ.get("PYTHONPATH")])])
sys.path.insert(0, str(GUARD_DIR))
import byline_netguard  # noqa: E402  (the guard, in this process too)

from byline.settings import Settings  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def network_guard_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every process of the run records refused non-loopback connections here; none may exist."""
    log = tmp_path_factory.mktemp("netguard") / "refused.log"
    log.touch()
    os.environ["BYLINE_NETGUARD_LOG"] = str(log)
    byline_netguard._LOG = str(log)
    yield log
    refused = log.read_text()
    assert not refused, f"the test run tried to reach outside 127.0.0.1:\n{refused}"


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """An index of seeds/ in a temporary home, built once with the real model and Chroma."""
    from index import index_paths

    settings = Settings(home=tmp_path_factory.mktemp("seed-home"))
    report = index_paths([SEEDS], settings)
    assert report.added == len(list(SEEDS.glob("*.txt")))
    return settings


@pytest.fixture(autouse=True)
def unit_tier_starts_no_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test in the fast tier that starts a process (CLI, server, browser) fails: it belongs in ``slow``."""
    marks = {m.name for m in request.node.iter_markers()}
    if "fast" in marks and "slow" not in marks:

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("a fast-tier test started a process; mark it slow")

        monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on 127.0.0.1, one per test module."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    server.start()
    try:
        yield server.url
    finally:
        server.stop()
