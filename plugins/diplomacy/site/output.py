"""The one writer of the site: every file the build writes goes through an :class:`Output`.

It checks that each path lies inside the output folder before writing (a slug such as
``../../x`` from a content file can never write elsewhere), writes atomically (a
temporary file in the same folder, then a rename: an interrupted build leaves the old
file or the new one, never half of one), and records what this build produced.

Pelican's ``DELETE_OUTPUT_DIRECTORY`` empties the output before every build. With tens
of thousands of pages, deleting and writing every file again costs more than rendering
them. So when the output folder already exists, this build keeps it: a page whose bytes
are unchanged is not written again, and at the end every file that this build did not
produce is deleted (except the theme's static files, which Pelican copies only when they
changed, and the names in ``OUTPUT_RETENTION``). The result is the same folder a clean
build gives; only the work differs. A fresh folder is written without comparisons, and
without temporary files: there is no old file to keep, so each file is written where it
belongs (one system call less for each of tens of thousands of files). A file cut short there
(a full disk) is removed at once; one cut short by a killed build differs from what the next
build writes, and that build, in place, writes it again.

One :class:`Output` exists per build; the plugin makes it when Pelican asks for the
generators and hands it to the generator (no module-level state).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


class OutputPathError(ValueError):
    """A path that would be written outside the output folder."""


class WriteFailed(SystemExit):
    """The output cannot be written (full disk, no permission): the build stops with one message, no traceback."""


def _stop(path: str, error: OSError) -> WriteFailed:
    logger.critical(
        "Cannot write %s: %s. Fix: free space on that disk or make the output folder writable, then build again "
        "(the next build replaces whatever this one left)",
        path,
        error.strerror or error,
    )
    return WriteFailed(1)


class Output:
    """The output folder of one build: contained, atomic writes, and the record of what was written."""

    def __init__(self, root: str | Path, *, in_place: bool, fresh: bool = False) -> None:
        self.root = os.path.abspath(root)
        self._inside = os.path.join(self.root, "")
        self.in_place = in_place  # the folder is kept and pruned at the end
        self.fresh = fresh and not in_place  # the folder did not exist: nothing in it to replace atomically
        # paths (relative to the root) produced by this build in this process: kept only for pruning a folder
        # rebuilt in place; a new folder has nothing to prune, and at 50,000 articles the set would hold a million
        self._written: set[str] = set()
        self._folders: set[str] = set()  # output folders known to exist

    # -- paths ---------------------------------------------------------------
    def path(self, path: str | Path) -> str:
        """The absolute path of ``path`` (relative to the output folder, or absolute inside it).

        Raises :class:`OutputPathError` for a path that leaves the folder (``..``, an absolute path
        elsewhere), whatever the content or a setting asked for.
        """
        full = os.path.normpath(os.path.join(self.root, os.fspath(path)))
        if not full.startswith(self._inside):
            raise OutputPathError(f"{os.fspath(path)!r} lies outside the output folder {self.root}")
        return full

    def record(self, path: str | Path) -> None:
        """Count a file as produced by this build (Pelican's writer reports its files through a signal)."""
        self._remember(self.path(path))

    def _remember(self, full: str) -> None:
        if self.in_place:
            self._written.add(full[len(self._inside) :])

    # -- writing -------------------------------------------------------------
    def write(self, path: str | Path, data: str | bytes) -> None:
        """Write a file of the output (folders created); unchanged bytes are not written again."""
        full = self.path(path)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self._remember(full)
        if self.in_place and _same_bytes(full, raw):
            return
        temporary = full if self.fresh else _temporary_name(full)
        # a new file where it belongs in a fresh folder (written twice, the second replaces the first),
        # else a temporary file of this process's own
        mode = os.O_TRUNC if self.fresh else os.O_EXCL
        try:
            self._folder(os.path.dirname(full))
            # os.open rather than open(): no file object, no buffer, no terminal check; tens of thousands of pages
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | mode | getattr(os, "O_BINARY", 0), 0o666)
            try:
                view = memoryview(raw)
                while view:
                    view = view[os.write(handle, view) :]
            finally:
                os.close(handle)
            if temporary != full:
                os.replace(temporary, full)
        except OSError as error:
            _remove(temporary)
            raise _stop(full, error) from None
        except BaseException:
            _remove(temporary)
            raise

    def write_chunks(self, path: str | Path, chunks: Iterable[str]) -> None:
        """Write text produced piece by piece (a large JSON file) without holding it whole, except when
        the output is updated in place, where it is compared with the old file first."""
        if self.in_place:
            self.write(path, "".join(chunks))
            return
        full = self.path(path)
        self._remember(full)
        temporary = full if self.fresh else _temporary_name(full)
        try:
            self._folder(os.path.dirname(full))
            with open(temporary, "w" if self.fresh else "x", encoding="utf-8") as out:
                out.writelines(chunks)
            if temporary != full:
                os.replace(temporary, full)
        except OSError as error:
            _remove(temporary)
            raise _stop(full, error) from None
        except BaseException:
            _remove(temporary)
            raise

    def _folder(self, folder: str) -> None:
        """Make sure ``folder`` exists: one system call for a page's new folder, none for a folder seen before."""
        if folder in self._folders:
            return
        try:
            os.mkdir(folder)
        except FileExistsError:
            pass
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
        self._folders.add(folder)

    # -- forked writers --------------------------------------------------------
    @staticmethod
    def hand_over_file() -> str:
        """A temporary file through which a forked writer hands its paths to the parent (made before forking)."""
        handle, name = tempfile.mkstemp(prefix="diplomacy-written-", suffix=".txt")
        os.close(handle)
        return name

    def hand_over(self, name: str) -> None:
        """In a forked writer process: save the paths it produced for the parent (see :meth:`take_over`)."""
        Path(name).write_text("\n".join(sorted(self._written)), encoding="utf-8")

    def take_over(self, name: str) -> None:
        """In the parent: add the paths a forked writer produced."""
        try:
            text = Path(name).read_text(encoding="utf-8")
        finally:
            Path(name).unlink(missing_ok=True)
        self._written.update(line for line in text.split("\n") if line)

    # -- Pelican's signals -----------------------------------------------------
    def content_written(self, path: str, **_kwargs: Any) -> None:
        """Pelican's ``content_written`` signal: a file Pelican wrote is this build's too."""
        self.record(path)

    def static_files(self, generator: Any) -> None:
        """Pelican's ``static_generator_finalized``: its files are copied only when changed, but ours."""
        for item in getattr(generator, "staticfiles", []):
            self.record(Path(generator.output_path) / item.save_as)

    # -- the end -------------------------------------------------------------
    def prune(self, keep_folders: list[str], keep_files: set[str], retention: list[str]) -> int:
        """Delete the files of the output that this build did not produce; return how many.

        ``keep_folders`` (absolute) and ``keep_files`` (absolute) are left alone, as are top-level
        names in ``retention``. Folders left empty are removed. Nothing happens in a fresh folder.
        """
        if not self.in_place:
            return 0
        root = self.root
        inside_root = self._inside
        kept = tuple(os.path.join(folder, "") for folder in keep_folders)
        retained = {os.path.join(root, name) for name in retention}
        removed = 0
        for folder, _dirs, files in os.walk(root, topdown=False):
            inside = os.path.join(folder, "")
            if inside.startswith(kept) or any(inside.startswith(os.path.join(r, "")) for r in retained):
                continue
            for name in files:
                path = os.path.join(folder, name)
                if path[len(inside_root) :] not in self._written and path not in keep_files and path not in retained:
                    os.unlink(path)
                    removed += 1
            if folder != root and not os.listdir(folder):
                os.rmdir(folder)
        logger.debug("Removed %d stale file(s) from %s", removed, root)
        return removed


def others_listen_for_written_files() -> bool:
    """Does any other plugin receive Pelican's ``content_written`` signal (ours only records the path)?

    Sent for each of tens of thousands of pages it costs about 2 % of a build, so the generator sends it
    only when somebody else listens.
    """
    from blinker import ANY
    from pelican import signals

    receivers = signals.content_written.receivers_for(ANY)
    return any(not isinstance(getattr(receiver, "__self__", None), Output) for receiver in receivers)


def _same_bytes(path: str, raw: bytes) -> bool:
    try:
        with open(path, "rb") as old:
            return old.read(len(raw) + 1) == raw
    except OSError:
        return False


def _temporary_name(path: str) -> str:
    """A name beside ``path`` that no other writer uses (process id: forked writers share the folder)."""
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.{os.getpid()}.tmp")


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
