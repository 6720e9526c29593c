"""`byline serve` stops when told to, even while a program stays connected to the chat."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from gradio_client import Client

from byline.settings import Settings
from tests.helpers import ROOT, free_port, wait_for


def test_sigterm_stops_the_server_while_a_chat_client_stays_connected(
    seed_settings: Settings, tmp_path: Path
) -> None:
    """A gradio_client keeps its event stream open between answers; before the shutdown grace
    period, SIGTERM (what Ctrl+C, systemd and `docker stop` send) left the server running."""
    port = free_port()
    env = dict(os.environ, BYLINE_HOME=str(seed_settings.home))
    with (tmp_path / "serve.log").open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.cli", "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(url, proc)
        client = Client(url, verbose=False, download_files=False, ssl_verify=False)
        chat, _sources, _box = client.predict("What did Joly say?", [], api_name="/ask")
        assert "Joly" in str(chat[-1]["content"])
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)  # a hang guard: without the grace period it never stopped
        except subprocess.TimeoutExpired:
            pytest.fail("byline serve was still running 60 s after SIGTERM with a chat client connected")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
