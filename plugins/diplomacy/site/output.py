"""Rebuild the output folder in place: write only what changed, then remove what is stale.

Pelican's ``DELETE_OUTPUT_DIRECTORY`` empties the output before every build.
With tens of thousands of pages, deleting and writing every file again costs
more than rendering them. So when the output folder already exists, this
build keeps it: a page whose bytes are unchanged is not written again, and at
the end every file that this build did not produce is deleted (except the
theme's static files, which Pelican copies only when they changed, and the
names in ``OUTPUT_RETENTION``). The result is the same folder a clean build
gives; only the work differs. A fresh folder is written without comparisons.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_state: dict[str, Any] = {"in_place": False, "root": None}
_written: set[str] = set()  # absolute paths produced by this build (in this process)
_folders: set[str] = set()  # output folders known to exist


def begin(output: str | Path, in_place: bool) -> None:
    """Start a build into ``output``; ``in_place``: the folder is kept and pruned at the end."""
    _state["in_place"] = in_place
    _state["root"] = os.path.abspath(output)
    _written.clear()
    _folders.clear()


def in_place() -> bool:
    return bool(_state["in_place"])


def record(path: str | Path) -> None:
    """Count a file as produced by this build (Pelican's writer reports its files through a signal)."""
    _written.add(os.path.abspath(path))


def write(path: str | Path, data: str | bytes) -> None:
    """Write a file of the output (folders created); unchanged bytes are not written again."""
    path = os.fspath(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    _written.add(os.path.abspath(path))
    if _state["in_place"]:
        try:
            with open(path, "rb") as old:
                if old.read(len(raw) + 1) == raw:
                    return
        except OSError:
            pass
    _folder(os.path.dirname(path))
    # os.open rather than open(): no file object, no buffer, no terminal check; tens of thousands of pages
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(raw)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


def _folder(folder: str) -> None:
    """Make sure ``folder`` exists: one system call for a page's new folder, none for a folder seen before."""
    if folder in _folders:
        return
    try:
        os.mkdir(folder)
    except FileExistsError:
        pass
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    _folders.add(folder)


def write_chunks(path: str | Path, chunks: Iterable[str]) -> None:
    """Write text produced piece by piece (a large JSON file) without holding it whole, except when
    the output is updated in place, where it is compared with the old file first."""
    if _state["in_place"]:
        write(path, "".join(chunks))
        return
    path = os.fspath(path)
    _written.add(os.path.abspath(path))
    _folder(os.path.dirname(path))
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(chunks)


def hand_over_file() -> str:
    """A temporary file through which a forked writer hands its paths to the parent (made before forking)."""
    handle, name = tempfile.mkstemp(prefix="diplomacy-written-", suffix=".txt")
    os.close(handle)
    return name


def hand_over(name: str) -> None:
    """In a forked writer process: save the paths it produced for the parent (see :func:`take_over`)."""
    Path(name).write_text("\n".join(sorted(_written)), encoding="utf-8")


def take_over(name: str) -> None:
    """In the parent: add the paths a forked writer produced."""
    try:
        text = Path(name).read_text(encoding="utf-8")
    finally:
        Path(name).unlink(missing_ok=True)
    _written.update(line for line in text.split("\n") if line)


def prune(keep_folders: list[str], keep_files: set[str], retention: list[str]) -> int:
    """Delete the files of the output that this build did not produce; return how many.

    ``keep_folders`` (absolute) and ``keep_files`` (absolute) are left alone, as are top-level
    names in ``retention``. Folders left empty are removed.
    """
    root = _state["root"]
    if not _state["in_place"] or root is None:
        return 0
    kept = tuple(os.path.join(folder, "") for folder in keep_folders)
    retained = {os.path.join(root, name) for name in retention}
    removed = 0
    for folder, _dirs, files in os.walk(root, topdown=False):
        inside = os.path.join(folder, "")
        if inside.startswith(kept) or any(inside.startswith(os.path.join(r, "")) for r in retained):
            continue
        for name in files:
            path = os.path.join(folder, name)
            if path not in _written and path not in keep_files and path not in retained:
                os.unlink(path)
                removed += 1
        if folder != root and not os.listdir(folder):
            os.rmdir(folder)
    logger.debug("Removed %d stale file(s) from %s", removed, root)
    return removed


def content_written(path: str, **_kwargs: Any) -> None:
    """Pelican's ``content_written`` signal: a file Pelican wrote is this build's too."""
    record(path)


def others_listen_for_written_files() -> bool:
    """Does any other plugin receive Pelican's ``content_written`` signal (ours only records the path)?

    Sent for each of tens of thousands of pages it costs about 2 % of a build, so the generator sends it
    only when somebody else listens.
    """
    from blinker import ANY
    from pelican import signals

    return any(receiver is not content_written for receiver in signals.content_written.receivers_for(ANY))
