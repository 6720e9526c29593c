"""What `pip install .` ships: every folder of the product's code, and the tokenizer asset.

An explicit package list once left out ``index.loaders``: an editable install (the
Makefile's) worked, a regular install failed on the first index run.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from setuptools import find_namespace_packages

pytestmark = pytest.mark.fast

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("byline", "index", "store", "rag", "ui")


def shipped_packages() -> set[str]:
    """The packages setuptools builds into the wheel, from pyproject.toml's own configuration."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = config.get("packages")
    if isinstance(listed, list):
        return set(listed)
    found = listed["find"] if isinstance(listed, dict) else {}
    return set(find_namespace_packages(where=str(ROOT), include=found.get("include", ["*"])))


def code_folders() -> set[str]:
    """Every folder under the product's top-level packages that holds Python code."""
    folders = set()
    for top in PRODUCT:
        for module in (ROOT / top).rglob("*.py"):
            folders.add(".".join(module.parent.relative_to(ROOT).parts))
    return folders


def test_every_code_folder_is_shipped() -> None:
    assert code_folders() - shipped_packages() == set()


def test_tests_and_benches_are_not_shipped() -> None:
    assert not {p for p in shipped_packages() if p.split(".")[0] in {"tests", "bench", "docs", "seeds"}}


def test_the_tokenizer_asset_is_shipped() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["byline"]
    assert "byline.assets" in shipped_packages() or any(p.startswith("assets/") for p in patterns)
    assert any((ROOT / "byline").glob(pattern) for pattern in patterns)
