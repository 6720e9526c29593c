"""Errors a user can act on: shown as one clear line, never as a traceback."""

from __future__ import annotations


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


class QuestionError(UserFacingError, ValueError):
    """The question cannot be answered as asked (e.g. it is empty)."""


class DataFolderError(UserFacingError):
    """The data folder cannot be written (disk full, read-only, no permission)."""
