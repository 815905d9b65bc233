"""Checks of the content as a whole, before any page is written (each message names the file and the fix)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..reading.annotate import display_path
from ..reading.readers import META_SUFFIX

logger = logging.getLogger(__name__)


class BuildStopped(SystemExit):
    """Stops the build after every problem was reported (no traceback)."""


def warn_orphan_metadata(content: str | Path) -> None:
    """A warning for each ``.meta`` file with no capture beside it."""
    stems: set[tuple[Path, str]] = set()  # every (folder, stem) that has a file other than metadata
    sides = []
    for path in Path(content).rglob("*"):
        if path.suffix == META_SUFFIX:
            sides.append(path)
        else:
            stems.add((path.parent, path.stem))
    for side in sorted(sides):
        if (side.parent, side.stem) not in stems:
            logger.warning(
                "%s: metadata file without a capture beside it (expected %s); rename it to match "
                "its capture or delete it",
                display_path(side),
                side.with_suffix(".txt").name,
            )


def stop_on_failed_sources(context: dict[str, Any], debug: bool) -> None:
    """Stop the build (no traceback) when a content file could not be read."""
    failed = sorted(p for p, v in context.get("generated_content", {}).items() if v is None)
    if not failed:
        return
    message = "The build stopped: %d content file(s) could not be read (see the messages above): %s"
    logger.critical(message, len(failed), ", ".join(failed))
    if debug:
        raise RuntimeError(message % (len(failed), ", ".join(failed)))
    raise BuildStopped(1)


def check_unique_slugs(articles: list[Any]) -> None:
    """Stop the build when two articles would be written to one address."""
    seen: dict[str, str] = {}
    clashes = []
    for article in articles:
        if article.slug in seen:
            clashes.append((article.slug, seen[article.slug], article.source_path))
        seen.setdefault(article.slug, article.source_path)
    for slug, first, second in clashes:
        logger.critical(
            "%s: has the same slug '%s' as %s, so one would overwrite the other. "
            "Fix: give one of them its own 'Slug: …' in its metadata",
            second,
            slug,
            first,
        )
    if clashes:
        raise BuildStopped(1)
