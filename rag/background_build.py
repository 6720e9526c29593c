"""A keyword index built on a background thread, for a server that must answer before it is done.

A new app process joining a Chroma server, or one whose local index was lost, builds
its keyword index from every passage in the store: 45 s at 6,000 articles over HTTP,
minutes at 60,000. A server should not be deaf that long. When the store is large
(``Settings.background_build_passages``), the build runs on a daemon thread and the
retriever answers meanwhile from the store's vector search alone, with a notice; the
finished index is saved like any other, so the next process only loads it.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from pathlib import Path

from byline.settings import Settings
from store.chroma import Store
from store.local_index import LocalIndex
from store.local_index_files import MANIFEST, current_local_index

log = logging.getLogger(__name__)

BUILDING_NOTICE = (
    "The keyword index is still being built, so this answer comes from vector search alone "
    "and may miss passages that share the question's words."
)


def worth_building_apart(settings: Settings, store: Store) -> bool:
    """Whether the keyword index must be built whole and the store is large enough to do it apart.

    A saved index (even an old one) is loaded and brought forward by the change log in
    seconds, so only a missing one counts.
    """
    limit = settings.background_build_passages
    if limit is None or (settings.local_index_path / MANIFEST).exists():
        return False
    return store.passage_count() > limit


class BackgroundBuild:
    """The keyword index of ``store`` at its current generation, built and saved on a daemon thread.

    A daemon thread, so a server that stops mid-build is not held up; nothing is saved
    until the build is whole, so an interrupted build leaves no half index.
    """

    def __init__(self, store: Store, folder: Path) -> None:
        self._future: Future[LocalIndex] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(store, folder), daemon=True, name="byline-keyword-build"
        )
        log.info("building the keyword index in the background; answering from vector search meanwhile")
        self._thread.start()

    def _run(self, store: Store, folder: Path) -> None:
        try:
            self._future.set_result(current_local_index(store, folder))
        except BaseException as exc:  # handed to the retriever, which builds in the foreground
            self._future.set_exception(exc)

    def done(self) -> bool:
        """Whether the build has ended (built or failed)."""
        return self._future.done()

    def wait(self, timeout: float | None = None) -> LocalIndex:
        """The built index (waits for it); raises what the build raised."""
        return self._future.result(timeout)
