"""Articles added from the browser: checked, stored under safe names, then indexed.

An upload's own name is never used as a path: each file is saved in
``home/uploads`` under a generated name that keeps only an allowed extension,
so names like ``../../etc/passwd`` cannot escape the data folder.
"""

from __future__ import annotations

import logging
import re
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from byline.settings import Settings
from index import IndexReport, index_paths
from index.article import Skipped
from index.loaders import SUFFIXES
from index.pipeline import Progress

log = logging.getLogger(__name__)

MAX_FILES_PER_UPLOAD = 20
ALLOWED_SUFFIXES = tuple(sorted(s for s in SUFFIXES if s != ".gz"))


@dataclass
class UploadResult:
    """What happened to an upload, for the status line."""

    report: IndexReport | None = None
    rejected: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        parts = []
        if self.report is not None:
            r = self.report
            parts.append(f"Added {r.added}, updated {r.updated}, unchanged {r.unchanged} article(s).")
            parts.extend(f"Skipped {Path(s.path).name}: {s.reason}." for s in r.skipped)
        parts.extend(f"Rejected {s.path}: {s.reason}." for s in self.rejected)
        return " ".join(parts) or "Nothing to add."


def _display_name(name: str) -> str:
    """The uploaded name, reduced to something safe to show."""
    base = re.split(r"[\\/]", name)[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:80] or "upload"


def save_uploads(files: Sequence[str | Path], settings: Settings) -> tuple[list[Path], list[Skipped]]:
    """Copy accepted uploads into ``home/uploads`` under generated names."""
    folder = settings.home / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    rejected: list[Skipped] = []
    for i, item in enumerate(files):
        source = Path(item)
        shown = _display_name(str(item))
        suffix = source.suffix.lower()
        if i >= MAX_FILES_PER_UPLOAD:
            rejected.append(Skipped(shown, f"more than {MAX_FILES_PER_UPLOAD} files at once"))
        elif suffix not in ALLOWED_SUFFIXES:
            rejected.append(Skipped(shown, f"type not allowed (allowed: {', '.join(ALLOWED_SUFFIXES)})"))
        elif not source.is_file():
            rejected.append(Skipped(shown, "upload not found"))
        elif source.stat().st_size > settings.max_file_bytes:
            rejected.append(Skipped(shown, f"larger than {settings.max_file_bytes} bytes"))
        else:
            stem = re.sub(r"[^\w\-]", "_", Path(shown).stem)[:40]
            target = folder / f"{uuid.uuid4().hex[:12]}-{stem}{suffix}"
            shutil.copyfile(source, target)
            saved.append(target)
    return saved, rejected


def add_uploads(
    files: Sequence[str | Path], settings: Settings, progress: Progress | None = None
) -> UploadResult:
    """Save and index uploaded files; the chat sees them on its next question."""
    saved, rejected = save_uploads(files, settings)
    result = UploadResult(rejected=rejected)
    if saved:
        result.report = index_paths(saved, settings, prune=False, progress=progress)
        for path in saved:  # files that could not be indexed are not kept
            if any(s.path == str(path.resolve()) for s in result.report.skipped):
                path.unlink(missing_ok=True)
    return result
