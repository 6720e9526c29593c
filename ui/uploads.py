"""Articles added from the browser: checked, capped, stored under safe names, then indexed.

An upload's own name is never used as a path: each file is first copied into a
private staging folder inside ``BYLINE_HOME/tmp`` under a generated name that
keeps only an allowed extension (so ``../../etc/passwd`` cannot escape), read
once to count its articles against the per-upload caps and to drop files whose
every article is already indexed (no orphan copies), then moved into
``home/uploads`` (mode 0600) and indexed. A cancelled upload removes what it
had added, so the index is left as it was. Gradio's own upload folder is set
inside ``BYLINE_HOME/tmp`` too (not the shared ``/tmp/gradio``) and emptied
when the server starts.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from byline.errors import IndexMissingError
from byline.settings import Settings
from index import IndexReport, index_paths, remove_articles
from index.article import Article, Skipped
from index.loaders import SUFFIXES, load_file
from index.pipeline import Progress
from store.chroma import Store

log = logging.getLogger(__name__)

MAX_FILES_PER_UPLOAD = 20
ALLOWED_SUFFIXES = tuple(sorted(s for s in SUFFIXES if s != ".gz"))
GENERATED_PREFIX = re.compile(r"^[0-9a-f]{12}-")


class UploadCancelled(Exception):
    """Raised from the indexer's progress callback when the reader cancels the upload."""


@dataclass
class UploadResult:
    """What happened to an upload, for the status line."""

    report: IndexReport | None = None
    rejected: list[Skipped] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # files whose articles were all indexed already
    refused: str = ""  # the whole upload was refused (caps)
    cancelled: bool = False

    def summary(self) -> str:
        if self.refused:
            return self.refused
        if self.cancelled:
            return "Upload cancelled; the index is as it was before it."
        parts = []
        if self.report is not None:
            r = self.report
            parts.append(f"Added {r.added}, updated {r.updated}, unchanged {r.unchanged} article(s).")
            parts.extend(f"Skipped {shown_source(Path(s.path).name)}: {s.reason}." for s in r.skipped)
        parts.extend(f"Already indexed: {name}." for name in self.known)
        parts.extend(f"Rejected {s.path}: {s.reason}." for s in self.rejected)
        return " ".join(parts) or "Nothing to add."


def shown_source(name: str) -> str:
    """A stored upload's file name as the reader gave it (without the generated prefix)."""
    return GENERATED_PREFIX.sub("", name)


def temp_folder(settings: Settings) -> Path:
    return settings.home / "tmp"


def prepare_upload_folder(settings: Settings) -> Path:
    """Empty ``home/tmp`` and point Gradio's upload cache into it (call before importing gradio)."""
    folder = temp_folder(settings)
    shutil.rmtree(folder, ignore_errors=True)
    received = folder / "gradio"
    received.mkdir(parents=True, mode=0o700)
    folder.chmod(0o700)
    os.environ["GRADIO_TEMP_DIR"] = str(received)
    return received


def discard_received(files: Sequence[str | Path], settings: Settings) -> None:
    """Delete the copies Gradio received, once indexed (only those inside our own temp folder)."""
    root = temp_folder(settings).resolve()
    for item in files:
        path = Path(item).resolve()
        if root in path.parents:
            path.unlink(missing_ok=True)
            if path.parent != root and not any(path.parent.iterdir()):
                path.parent.rmdir()


def _display_name(name: str) -> str:
    """The uploaded name, reduced to something safe to show."""
    base = re.split(r"[\\/]", name)[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:80] or "upload"


def _check(source: Path, shown: str, index: int, settings: Settings) -> str | None:
    """Why one uploaded file is rejected, or None."""
    if index >= MAX_FILES_PER_UPLOAD:
        return f"more than {MAX_FILES_PER_UPLOAD} files at once"
    if source.suffix.lower() not in ALLOWED_SUFFIXES:
        return f"type not allowed (allowed: {', '.join(ALLOWED_SUFFIXES)})"
    if not source.is_file():
        return "upload not found"
    if source.stat().st_size > settings.max_file_bytes:
        return f"larger than {settings.max_file_bytes} bytes"
    return None


def save_uploads(
    files: Sequence[str | Path], settings: Settings, folder: Path
) -> tuple[list[Path], list[Skipped]]:
    """Copy accepted uploads into ``folder`` under generated names, readable by the owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    saved: list[Path] = []
    rejected: list[Skipped] = []
    for i, item in enumerate(files):
        source = Path(item)
        shown = _display_name(str(item))
        reason = _check(source, shown, i, settings)
        if reason is not None:
            rejected.append(Skipped(shown, reason))
            continue
        stem = re.sub(r"[^\w\-]", "_", Path(shown).stem)[:40]
        target = folder / f"{uuid.uuid4().hex[:12]}-{stem}{source.suffix.lower()}"
        shutil.copyfile(source, target)
        target.chmod(0o600)
        saved.append(target)
    return saved, rejected


def _indexed_hashes(settings: Settings) -> dict[str, str]:
    try:
        return {r.doc_id: r.content_hash for r in Store(settings).article_records().values()}
    except IndexMissingError:
        return {}


def _new_articles(path: Path, settings: Settings, indexed: dict[str, str]) -> list[str] | None:
    """Doc ids of the file's articles not indexed yet (None: every one already is)."""
    articles = [a for a in load_file(path, settings.max_file_bytes) if isinstance(a, Article)]
    fresh = [a.doc_id for a in articles if indexed.get(a.doc_id) != a.content_hash]
    return None if articles and not fresh else fresh


def _checked_progress(progress: Progress | None, cancel: threading.Event | None) -> Progress:
    """The indexer's progress callback; between write steps it stops the run if cancelled."""

    def report(done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise UploadCancelled
        if progress is not None:
            progress(done, total)

    return report


def add_uploads(
    files: Sequence[str | Path],
    settings: Settings,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> UploadResult:
    """Check, cap, store and index uploaded files; the chat sees them on its next question."""
    total = sum(Path(f).stat().st_size for f in files if Path(f).is_file())
    if total > settings.upload_max_bytes:
        return UploadResult(
            refused=f"Upload refused: {total:,} bytes is more than the {settings.upload_max_bytes:,} "
            "bytes one upload may hold (BYLINE_UPLOAD_MAX_BYTES)."
        )
    staging = temp_folder(settings) / f"upload-{uuid.uuid4().hex}"
    try:
        staged, rejected = save_uploads(files, settings, staging)
        result = UploadResult(rejected=rejected)
        indexed = _indexed_hashes(settings)
        keep: list[Path] = []
        fresh: set[str] = set()
        for path in staged:
            if cancel is not None and cancel.is_set():
                return UploadResult(cancelled=True)
            new = _new_articles(path, settings, indexed)
            if new is None:
                result.known.append(shown_source(path.name))
            else:
                keep.append(path)
                fresh.update(new)
        if len(fresh) > settings.upload_max_articles:
            return UploadResult(
                refused=f"Upload refused: it holds {len(fresh):,} new articles, more than the "
                f"{settings.upload_max_articles:,} one upload may add (BYLINE_UPLOAD_MAX_ARTICLES)."
            )
        if keep:
            result.report, result.cancelled = _index(keep, sorted(fresh), settings, progress, cancel)
        return result
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _index(
    staged: list[Path],
    fresh: list[str],
    settings: Settings,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> tuple[IndexReport | None, bool]:
    """Move staged files into ``home/uploads`` and index them; if cancelled, remove the ``fresh`` ids."""
    folder = settings.home / "uploads"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stored = [folder / path.name for path in staged]
    for path, target in zip(staged, stored, strict=True):
        path.replace(target)
    try:
        report = index_paths(stored, settings, prune=False, progress=_checked_progress(progress, cancel))
    except UploadCancelled:
        # Finishes the interrupted run first, then forgets whatever of this upload got in.
        removed = remove_articles(settings, fresh)
        log.warning("upload cancelled: removed the %d article(s) it had added", len(removed))
        for path in stored:
            path.unlink(missing_ok=True)
        return None, True
    failed = {s.path for s in report.skipped}
    for path in stored:  # files that could not be indexed are not kept
        if str(path.resolve()) in failed:
            path.unlink(missing_ok=True)
    return report, False
