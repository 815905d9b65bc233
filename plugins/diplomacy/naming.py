"""How the files of a captured article are named (its metadata file, its versions, its slug), and how a
content file's path is shown to the editor (:func:`display_path`: reading's errors, the site's checks).

``make capture`` (:mod:`diplomacy.capture`) writes these names, the readers
(:mod:`diplomacy.reading`) read them, and the archive (:mod:`diplomacy.archive.versions`)
groups the versions of one article by them.  Imports run capture -> reading ->
tagging -> places and site -> archive -> places, so the archive may import
neither capture nor reading; this module sits beside ``settings.py``, imports
only from ``places`` (the slug), and every side may import it.

A capture ``<name>.txt`` has its metadata in ``<name>.meta``; a later version of
the same page is ``<name>-v2.txt`` with ``Version: 2`` in its ``.meta``, and so on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from .places.names import slugify

__all__ = [
    "META_SUFFIX",
    "article_slug",
    "capture_path",
    "display_path",
    "parse_version",
    "sidecar_path",
    "version_group",
]

META_SUFFIX = ".meta"
SLUG_MAX_CHARS = 80
_VERSION_SUFFIX = re.compile(r"^(?P<base>.+)-v(?P<number>[1-9]\d*)$")


def sidecar_path(capture: str | Path) -> Path:
    """The metadata file beside a capture: ``captures/x.txt`` -> ``captures/x.meta``."""
    return Path(capture).with_suffix(META_SUFFIX)


def capture_path(path: str | Path, content: str | Path | None) -> str:
    """Where a capture is published under ``/captures/``: its path inside the captures folder, subfolders
    kept (two ``same.txt`` in different subfolders stay two files); a capture elsewhere in the content
    folder keeps its whole path there.

    >>> capture_path("/c/captures/a/same.txt", "/c"), capture_path("/c/captures/x.txt", "/c")
    ('a/same.txt', 'x.txt')
    >>> capture_path("/c/articles/y.txt", "/c"), capture_path("/elsewhere/z.txt", "/c")
    ('articles/y.txt', 'z.txt')
    """
    full = os.path.abspath(path)
    root = os.path.abspath(content or ".")
    relative = os.path.relpath(full, root)
    if relative.startswith(os.pardir):
        return os.path.basename(full)
    parts = Path(relative).parts
    if len(parts) > 1 and parts[0] == "captures":
        parts = parts[1:]
    return "/".join(parts)


def parse_version(value: Any) -> int:
    """A ``Version:`` value; 1 when missing or invalid.

    >>> parse_version("3"), parse_version(None), parse_version("0"), parse_version("two")
    (3, 1, 1, 1)
    """
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def version_group(stem: str, version: int) -> str:
    """The name shared by every version: ``x-v3`` with ``Version: 3`` belongs to ``x``.

    >>> version_group("news_ab12-v2", 2), version_group("news_ab12", 1), version_group("a-v2", 3)
    ('news_ab12', 'news_ab12', 'a-v2')
    """
    match = _VERSION_SUFFIX.match(stem)
    if match and int(match.group("number")) == version and version > 1:
        return match.group("base")
    return stem


def article_slug(title: str, fallback: str = "article") -> str:
    """The slug of an article without ``Slug:``: its title, at most 80 characters.

    >>> article_slug("Wuhan und Duisburg vertiefen ihre Städtepartnerschaft")
    'wuhan-und-duisburg-vertiefen-ihre-staedtepartnerschaft'
    """
    return slugify(title)[:SLUG_MAX_CHARS].rstrip("-") or fallback


def display_path(path: str | Path) -> str:
    """A path as the editor knows it: relative to the working folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
