"""Versions of a captured article: one article page, every version listed on it.

``make capture`` keeps a changed page as a new version beside the old one:
``<name>.txt`` (``Version: 1``), ``<name>-v2.txt`` (``Version: 2``) … with
the same ``Slug:``.  Pelican reads each file as an article; before the archive
is built, :func:`newest_versions` keeps only the newest version of each
article and gives it the list of all versions (``metadata["versions"]``), so
that the article page says which version it shows and when each was fetched,
and every version's capture is still published.

Grouping is done here, in the generator, and not in the reader, so it is
right whichever articles came from Pelican's content cache.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..naming import parse_version, version_group

logger = logging.getLogger(__name__)


def _group(article: Any) -> tuple[str, str] | None:
    """(folder, name shared by the versions), or None for an article that is not a versioned capture."""
    meta = article.metadata
    if "version" not in meta and "fetched" not in meta:
        return None
    path = Path(article.source_path)
    return str(path.parent), version_group(path.stem, parse_version(meta.get("version")))


def fetched_time(article: Any) -> str | None:
    """The ``Fetched:`` time as ``YYYY-MM-DDThh:mm:ssZ`` (UTC), or None (missing or not a time: a warning)."""
    value = str(article.metadata.get("fetched") or "").strip()
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        logger.warning(
            "%s: 'Fetched: %s' is not a time; write it as YYYY-MM-DDThh:mm:ssZ (UTC)", article.source_path, value
        )
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def newest_versions(articles: list[Any]) -> list[Any]:
    """The articles to publish: all, except that of several versions only the newest stays.

    The one kept gets ``metadata["versions"]``: for every version, oldest
    first, ``version``, ``fetched`` (UTC, ISO), ``capture`` (file name of its
    published capture), ``source_path`` and ``shown``.
    """
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for article in articles:
        key = _group(article)
        if key is not None:
            groups[key].append(article)
    hidden: set[int] = set()
    for versions in groups.values():
        versions.sort(key=lambda a: (parse_version(a.metadata.get("version")), a.source_path))
        shown = versions[-1]
        shown.metadata["versions"] = [
            {
                "version": parse_version(a.metadata.get("version")),
                "fetched": fetched_time(a),
                "capture": a.metadata.get("capture"),
                "source_path": a.source_path,
                "shown": a is shown,
            }
            for a in versions
        ]
        hidden.update(id(a) for a in versions[:-1])
    return [a for a in articles if id(a) not in hidden]
