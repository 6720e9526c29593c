"""Errors a user can act on: shown as one clear line, never as a traceback."""

from __future__ import annotations

from collections.abc import Iterator


class UserFacingError(RuntimeError):
    """Base of every error whose message tells the user what to do."""


class IndexMissingError(UserFacingError):
    """There is no index to read yet."""


class StoreUnavailableError(UserFacingError):
    """The Chroma store (usually a server) cannot be reached."""


class IndexBusyError(UserFacingError):
    """Another index run holds the lock for longer than we were willing to wait."""


class ModelFileError(UserFacingError):
    """A model file is missing or does not match its pinned checksum."""


class EmbeddingModelMismatchError(UserFacingError):
    """The index was built with another embedding model than the one configured."""


class QuestionError(UserFacingError, ValueError):
    """The question cannot be answered as asked (e.g. it is empty)."""


class DataFolderError(UserFacingError):
    """The data folder cannot be written (disk full, read-only, no permission)."""


def causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the errors it was raised from or during, innermost last (each once)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


class IndexFormatError(UserFacingError):
    """The index was written by a version of Byline with another layout."""


class NameListError(UserFacingError):
    """A packaged name list is missing or does not match its pinned checksum."""
