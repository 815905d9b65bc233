"""The walk through the content folder: Pelican's, except that no directory is entered twice.

Pelican's ``Generator.get_files`` follows symbolic links to directories
(``os.walk(followlinks=True)``), so a link to a folder above it (``content/
captures/again -> ..``) makes the walk go round forever: the build hangs. This
walk follows links as Pelican does, but enters each real directory once: a link
back to a folder the walk is already in (a loop), or to one it has read
through another path, is passed over with a warning naming the link and the fix.
Everything else (exclusions, ``IGNORE_FILES``, extensions) is Pelican's.
"""

from __future__ import annotations

import fnmatch
import logging
import os
from collections.abc import Iterable
from typing import Any

logger = logging.getLogger(__name__)

__all__ = ["get_files", "install"]


def install(generator: Any) -> None:
    """Pelican's ``generator_init``: every generator walks the content with :func:`get_files`."""
    reported: set[str] = set()  # links already reported by this generator (it may walk twice)
    generator.get_files = lambda paths, exclude=None, extensions=None: get_files(
        generator, paths, exclude, extensions, reported
    )


def get_files(
    generator: Any,
    paths: str | Iterable[str],
    exclude: list[str] | None = None,
    extensions: Any = None,
    reported: set[str] | None = None,
) -> set[str]:
    """The files of ``paths`` (relative to the content folder), as Pelican's ``get_files`` gives them."""
    reported = set() if reported is None else reported
    if isinstance(paths, str):
        paths = [paths]
    exclusions: dict[str, set[str]] = {}
    for excluded in exclude or []:
        parent, name = os.path.split(os.path.join(generator.path, excluded))
        exclusions.setdefault(parent, set()).add(name)
    ignores = generator.settings["IGNORE_FILES"]
    files: set[str] = set()
    seen: set[str] = set()  # real folders walked, over all paths
    for path in paths:
        root = os.path.join(generator.path, path) if path else generator.path
        if os.path.isdir(root):
            if os.path.realpath(root) in seen:
                continue
            seen.add(os.path.realpath(root))
            for folder, names in _walk(root, exclusions, ignores, seen, reported):
                relative = os.path.relpath(folder, generator.path)
                files.update(
                    os.path.join(relative, name)
                    for name in names
                    if generator._include_path(os.path.join(relative, name), extensions)
                )
        elif os.path.exists(root) and generator._include_path(path, extensions):
            files.add(path)
    return files


def _walk(
    root: str, exclusions: dict[str, set[str]], ignores: list[str], seen: set[str], reported: set[str]
) -> Iterable[tuple[str, list[str]]]:
    """(folder, file names) of every folder under ``root``, each real folder (not in ``seen``) once."""
    for folder, dirs, names in os.walk(root, topdown=True, followlinks=True):
        excluded = exclusions.get(folder, ())
        keep = []
        for name in sorted(dirs):
            if name in excluded or any(fnmatch.fnmatch(name, pattern) for pattern in ignores):
                continue
            path = os.path.join(folder, name)
            real = os.path.realpath(path)
            if real in seen or _loop(real, folder):
                _report(path, real, folder, reported)
                continue
            seen.add(real)
            keep.append(name)
        dirs[:] = keep
        yield folder, names


def _loop(real: str, folder: str) -> bool:
    """Does a link in ``folder`` to ``real`` lead back to a folder the walk is in?"""
    return os.path.join(os.path.realpath(folder), "").startswith(os.path.join(real, ""))


def _report(path: str, real: str, folder: str, reported: set[str]) -> None:
    if path in reported:
        return
    reported.add(path)
    if _loop(real, folder):
        logger.warning(
            "%s: a link to %s, a folder it lies in (a loop); it is not followed. Fix: remove the link",
            path,
            real,
        )
    else:
        logger.warning(
            "%s: a link to %s, which the content walk reads already; it is not read twice. "
            "Fix: remove the link or the copy",
            path,
            real,
        )
