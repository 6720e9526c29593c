"""Opening the Chroma client an index lives in, and the messages a user gets when it is not there.

An embedded store (a data folder) or a ``chroma run`` server (``settings.chroma_url``):
the same collections either way, opened here so that every failure to reach them
becomes one clear message rather than a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from byline.errors import (
    DataFolderError,
    IndexMissingError,
    StoreUnavailableError,
    UserFacingError,
    causes,
)
from byline.settings import Settings
from byline.storage_faults import storage_fault


def open_client(settings: Settings, create: bool) -> Any:
    """A Chroma client for the settings: an HTTP client or the embedded store."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise StoreUnavailableError(unreachable_message(settings)) from exc
    if not create and not settings.chroma_path.is_dir():
        raise IndexMissingError(missing_message(settings))
    try:
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except Exception as exc:
        reason = storage_fault(exc)
        if reason is None:
            raise
        # The embedded store writes to its database even to open it for reading.
        raise DataFolderError(
            f"cannot open the index in {settings.chroma_path}: {reason}. Chroma's embedded store "
            "needs a writable data folder even for questions; make it writable, or share the "
            "index through a Chroma server (--chroma-url)."
        ) from exc


def _is_unreachable(exc: BaseException) -> bool:
    """Whether an error (or one it came from) is a refused, dropped or timed-out connection."""
    import httpx

    return any(isinstance(e, httpx.TransportError | ConnectionError | TimeoutError) for e in causes(exc))


def unreachable_message(settings: Settings) -> str:
    return (
        f"The Chroma server at {settings.chroma_url} is not answering, so the index cannot be "
        "read right now. Ask again once it is back; nothing needs restarting."
    )


@contextmanager
def server_errors(settings: Settings) -> Iterator[None]:
    """Turn a lost Chroma server into :class:`StoreUnavailableError` (a message, not a traceback).

    The HTTP client reconnects by itself once the server answers again, so the
    same process keeps working after the server returns.
    """
    try:
        yield
    except UserFacingError:
        raise
    except Exception as exc:
        if settings.chroma_url and _is_unreachable(exc):
            raise StoreUnavailableError(unreachable_message(settings)) from exc
        raise


def missing_message(settings: Settings) -> str:
    where = settings.chroma_url or str(settings.home)
    return (
        f"No Byline index found in {where}. Build it first with `byline index` "
        "(indexes seeds/) or `byline index PATH ...`."
    )


def older_format_message(settings: Settings) -> str:
    return (
        f"The index in {settings.chroma_url or settings.home} was built by an older Byline. "
        "Rebuild it with `byline index --rebuild PATH ...`."
    )


def drop_collections(settings: Settings) -> None:
    """Delete every collection of the index, whatever format it was built in (for ``--rebuild``)."""
    client = open_client(settings, create=True)
    present = {getattr(c, "name", c) for c in client.list_collections()}
    for kind in ("chunks", "articles", "log", "sentences"):  # "sentences": formats before 3
        if f"{settings.collection}-{kind}" in present:
            client.delete_collection(f"{settings.collection}-{kind}")
