"""Files to articles: one reader per format family, each returning articles or skips.

Every failure becomes a :class:`Skipped` with a reason a person can act on; no
loader raises for bad input, so one broken file never stops an index run.
Dumps (``.json``, ``.jsonl``) are read record by record, so the size limit
applies per record; every other file is read whole up to the limit.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from index.article import Article, Skipped
from index.language import with_language
from index.loaders.decoding import decode, guess_encoding
from index.loaders.dumps import jsonl_records, parsed_records, streamed_records
from index.loaders.files import ReadPosition, inner_suffix, open_binary, read_limited, walk
from index.loaders.html import load_html
from index.loaders.pdf import load_pdf
from index.loaders.text import Loaded, load_plain
from index.loaders.word import load_docx

log = logging.getLogger(__name__)

__all__ = ["LOADERS", "SUFFIXES", "Loaded", "ReadPosition", "iter_files", "load_file", "supported"]

Item = Article | Skipped

LOADERS: dict[str, Callable[[str, bytes], Loaded]] = {
    ".txt": load_plain,
    ".md": load_plain,
    ".markdown": load_plain,
    ".html": load_html,
    ".htm": load_html,
    ".xhtml": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}
DUMPS = (".json", ".jsonl", ".ndjson")
SUFFIXES = (*LOADERS, *DUMPS, ".gz")
_SAMPLE = 1 << 16


def supported(path: Path) -> bool:
    """Whether a file has a format Byline reads (``.gz`` of a readable format included)."""
    suffix = inner_suffix(path)
    return suffix in LOADERS or suffix in DUMPS


def load_file(
    path: Path,
    max_bytes: int,
    field_map: Mapping[str, str] | None = None,
    position: ReadPosition | None = None,
) -> Iterator[Item]:
    """The articles of one file, or skips explaining why not (dumps: lazily, record by record).

    Every article carries a language: the file's declaration, else the detector's. It
    is part of the content hash, so every caller (index runs, uploads) must see it.
    ``position``, when given, follows how far a streamed dump has been read. Any
    error a loader raises ends the file with a skip that names it (the articles of a
    dump read before it stay), so one odd file never stops an index run or an upload.
    """
    try:
        for item in _items(path, max_bytes, field_map, position):
            yield with_language(item)
    except Exception as exc:  # a parser's fault on one odd file must not stop the whole run
        log.info("could not read %s", path, exc_info=True)  # the traceback only with -v
        yield Skipped(str(path), f"could not be read ({type(exc).__name__}: {exc})")


def _items(
    path: Path, max_bytes: int, field_map: Mapping[str, str] | None, position: ReadPosition | None
) -> Iterable[Item]:
    name = str(path)
    suffix = inner_suffix(path)
    if not supported(path):
        shown = "".join(path.suffixes[-2:]) if path.suffix.lower() == ".gz" else path.suffix
        return [Skipped(name, f"unsupported file type '{shown or 'none'}'")]
    if suffix in DUMPS:
        return _dump(path, max_bytes, dict(field_map or {}), position)
    try:
        raw = read_limited(path, max_bytes)
    except (OSError, EOFError) as exc:
        return [Skipped(name, f"cannot read file ({getattr(exc, 'strerror', None) or exc})")]
    if raw is None:
        return [Skipped(name, f"file too large (over {max_bytes} bytes)")]
    return LOADERS[suffix](name, raw)


def _dump(path: Path, limit: int, field_map: dict[str, str], position: ReadPosition | None) -> Iterator[Item]:
    name = str(path)
    try:
        small = path.suffix.lower() == ".gz" or path.stat().st_size <= limit
        if inner_suffix(path) == ".json" and small and (raw := read_limited(path, limit)) is not None:
            text = decode(raw, name)
            if isinstance(text, Skipped):
                yield text
            else:
                yield from parsed_records(name, text, field_map)
            return
        with open_binary(path) as handle:
            encoding = guess_encoding(handle.read(_SAMPLE))
        with open_binary(path) as handle:
            if position is not None and path.suffix.lower() != ".gz":
                position.follow(handle)
            stream = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
            if inner_suffix(path) == ".json":
                yield from streamed_records(name, stream, limit, field_map)
            else:
                yield from jsonl_records(name, stream, limit, field_map)
    except (OSError, EOFError) as exc:
        yield Skipped(name, f"cannot read file ({getattr(exc, 'strerror', None) or exc})")


def iter_files(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Every file under each path (given files as they are), or why it is left out."""
    for root in paths:
        if root.is_dir():
            yield from walk(root.resolve())
        elif root.exists():
            yield root
