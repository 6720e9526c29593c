"""Helpers for tests that run Byline as a user would."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run_cli(
    *args: str,
    home: Path | None = None,
    check: bool = True,
    env_extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run ``byline`` in a fresh process, as a user would."""
    env = dict(os.environ, **(env_extra or {}))
    if home is not None:
        env["BYLINE_HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "byline.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"byline {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def cli_json(*args: str, home: Path | None = None) -> dict:
    return json.loads(run_cli(*args, "--json", home=home).stdout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
