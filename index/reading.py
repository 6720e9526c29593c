"""The articles of an index run's files, loaded one at a time, and how much of the files is read.

An index run pulls articles from here as it goes, so it never holds more than the
record being loaded; how far it is through its input (bytes of the files on disk,
a streamed dump counted as it is read) is its progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from index.article import Article, Skipped
from index.loaders import ReadPosition, iter_files, load_file


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Reading:
    """Loads the files under ``roots`` lazily; skipped files and records go to ``skipped``."""

    def __init__(
        self,
        roots: Sequence[Path],
        max_bytes: int,
        field_map: Mapping[str, str] | None = None,
    ) -> None:
        self.roots = roots
        self.max_bytes = max_bytes
        self.field_map = field_map
        self.total = sum(_size(p) for p in iter_files(roots) if isinstance(p, Path))
        self.done = 0  # bytes of the files finished
        self.position = ReadPosition()

    def bytes_read(self) -> int:
        """Bytes of the input read so far (the file being streamed counted up to where it is)."""
        return min(self.total, self.done + self.position.offset())

    def share_read(self) -> float:
        """The share of the input read so far (0..1; 1 for an empty input)."""
        return self.bytes_read() / self.total if self.total else 1.0

    def articles(self, skipped: list[Skipped], failed: set[str]) -> Iterator[Article]:
        """Every article of the input in order; files that yielded a skip are added to ``failed``."""
        for path in iter_files(self.roots):
            if isinstance(path, Skipped):
                skipped.append(path)
                continue
            yield from self._file(path, skipped, failed)
            self.position.follow(None)
            self.done += _size(path)
        skipped.extend(Skipped(str(p), "no such file or folder") for p in self.roots if not p.exists())

    def _file(self, path: Path, skipped: list[Skipped], failed: set[str]) -> Iterable[Article]:
        for item in load_file(path, self.max_bytes, self.field_map, self.position):
            if isinstance(item, Skipped):
                skipped.append(item)
                failed.add(str(path))
            else:
                yield item
