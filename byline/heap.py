"""Give memory a process has freed back to the system.

A one-shot index run embeds its few articles and then has Chroma load the HNSW
of the whole collection for the write (~620 MiB at 60,000 articles). The model's
session is released before that, but glibc keeps most of what ONNX Runtime freed
in its arenas (RSS 268 → 219 MiB on release, → 117 MiB after ``malloc_trim``), so
without a trim the freed model still counts in the run's peak.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging

log = logging.getLogger(__name__)


def give_back_freed_memory() -> None:
    """Collect garbage and return free heap pages to the system (glibc's ``malloc_trim``; no-op elsewhere)."""
    gc.collect()
    name = ctypes.util.find_library("c")
    if name is None:
        return
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return
    trim(0)
    log.debug("returned freed heap to the system")
