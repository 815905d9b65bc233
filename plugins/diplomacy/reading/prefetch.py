"""Read the articles on every core before Pelican asks for them.

Pelican reads content files one after the other. Reading is the larger part
of our build (Markdown, capture parsing, language identification, tagging), so
before Pelican's article generator starts its loop, the files that are not in
the content cache are read by worker processes (forked, so they share the
loaded gazetteer and plugin code; each loads the language model itself, so
that the main process, which holds every article, never does). Each worker runs the very reader Pelican
would run; the main process then hands Pelican the finished result when it
asks for that file, together with the log messages its reading produced, in
Pelican's own order. A file whose reading fails in a worker is simply read
again by Pelican, which reports the problem as usual.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from dataclasses import dataclass, field
from typing import Any

from ..settings import parallel_workers

logger = logging.getLogger(__name__)

MIN_FILES = 48  # below this, starting workers costs more than it saves
CHUNK = 16  # files per task handed to a worker


@dataclass(slots=True)
class Prefetched:
    content: str
    metadata: dict[str, Any]
    records: list[logging.LogRecord] = field(default_factory=list)


_results: dict[str, Prefetched] = {}
_state: dict[str, Any] = {}  # "readers": the Readers being prefetched for (inherited by the forked workers)


def take(source_path: str) -> Prefetched | None:
    """The result of a worker for this file (once), or None: then the caller reads it itself."""
    return _results.pop(source_path, None)


def replay(records: list[logging.LogRecord]) -> None:
    """Emit the worker's log messages in this process, where Pelican's handlers are."""
    for record in records:
        logging.getLogger(record.name).handle(record)


def prefetch(generator: Any) -> None:
    """Read the articles of Pelican's article generator that the content cache lacks, in parallel."""
    count = parallel_workers(generator.settings)
    if not count:
        return
    readers = generator.readers
    paths = []
    for relative in generator.get_files(
        generator.settings["ARTICLE_PATHS"], exclude=generator.settings["ARTICLE_EXCLUDES"]
    ):
        path = os.path.abspath(os.path.join(generator.path, relative))
        fmt = os.path.splitext(path)[1][1:]
        reader = readers.readers.get(fmt)
        if reader is None or not hasattr(reader, "read_now"):
            continue
        if readers.get_cached_data(path, (None, None))[0] is not None:
            continue
        paths.append((path, fmt))
    if len(paths) < MIN_FILES:
        return
    # The language model is loaded by each worker (its large tables are memory-mapped, so they
    # share the pages), never here: this process keeps every article until the end of the build,
    # and its peak memory is the build's.
    _state["readers"] = readers
    tasks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(count) as pool:
            for chunk in pool.imap(_read_chunk, tasks):
                for path, result in chunk:
                    if result is not None:
                        _results[path] = result
    finally:
        _state.clear()
    logger.debug("Read %d of %d files in %d worker processes", len(_results), len(paths), count)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg = record.getMessage()  # plain text: arguments need not be picklable
        record.args = None
        record.exc_info = record.exc_text = None
        self.records.append(record)


def _read_chunk(chunk: list[tuple[str, str]]) -> list[tuple[str, Prefetched | None]]:
    root = logging.getLogger()
    collector = _Collector()
    saved = root.handlers[:]
    root.handlers = [collector]
    out: list[tuple[str, Prefetched | None]] = []
    try:
        for path, fmt in chunk:
            collector.records = []
            try:
                content, metadata = _state["readers"].readers[fmt].read_now(path)
            except Exception:  # Pelican reads it again and reports the problem
                out.append((path, None))
                continue
            out.append((path, Prefetched(content, metadata, collector.records)))
    finally:
        root.handlers = saved
    return out
