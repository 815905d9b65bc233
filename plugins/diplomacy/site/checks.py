"""Checks of the content as a whole, before any page is written (each message names the file and the fix)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from ..naming import META_SUFFIX, display_path
from ..places.names import slugify

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


def report_left_out(context: dict[str, Any], *, strict: bool, debug: bool) -> None:
    """Sum up the content files that could not be read (each was reported with its fix when read).

    They are left out and the rest of the site is built; with ``strict`` (``make publish``) the build
    stops instead, so that a published site never silently lacks an article.
    """
    failed = sorted(p for p, v in context.get("generated_content", {}).items() if v is None)
    if not failed:
        return
    names = ", ".join(display_path(p) for p in failed)
    if not strict:
        logger.error(
            "Left out %d content file(s) that could not be read (see the messages above for each fix): %s",
            len(failed),
            names,
        )
        return
    message = "The build stopped: %d content file(s) could not be read (see the messages above): %s"
    logger.critical(message, len(failed), names)
    if debug:
        raise RuntimeError(message % (len(failed), names))
    raise BuildStopped(1)


def distinct_slugs(articles: list[Any]) -> None:
    """Give every article a safe slug of its own: one that names no other folder (``../x``, ``..``, a
    path) and that no other article has. Each change comes with a warning naming the file(s).

    Articles that would share a slug (one address) get distinct slugs.

    The article that came first keeps the slug: first by its capture time (``Fetched:``, set by
    ``make capture``), else by its publication date, then by file name. So an article's address does
    not change when another with the same slug arrives later. The others get the slug with their
    publication date appended, and if that is taken too, a short hash of their file name.
    """
    for article in articles:
        safe = slugify(str(article.slug or "")) or "article"
        if safe != article.slug:
            logger.warning(
                "%s: Slug '%s' is not a safe address (lower-case letters, digits and hyphens only); "
                "it is published as '%s'. Fix: write 'Slug: %s' in its metadata",
                display_path(article.source_path),
                article.slug,
                safe,
                safe,
            )
            article.slug = safe
            article.metadata["slug"] = safe
    by_slug: dict[str, list[Any]] = {}
    for article in articles:
        by_slug.setdefault(article.slug, []).append(article)
    taken = set(by_slug)
    for slug, group in by_slug.items():
        if len(group) < 2:
            continue
        group.sort(key=_arrival)
        first = group[0]
        for article in group[1:]:
            new = _free_slug(slug, article, taken)
            taken.add(new)
            logger.warning(
                "%s: has the same slug '%s' as %s; it is published as '%s' instead. "
                "To choose its address, give it its own 'Slug: …' in its metadata",
                display_path(article.source_path),
                slug,
                display_path(first.source_path),
                new,
            )
            article.slug = new
            article.metadata["slug"] = new


OLDEST_YEAR = 1900  # a publication date before this is a typing error, not a news article


def warn_implausible(articles: list[Any]) -> None:
    """Warnings for what an article's metadata says that cannot be meant: a publication date before
    1900 (``Date: 0001-01-01``), ``Translations:`` naming no article or the article itself. The article
    is published all the same (the date as given, the translation links that exist)."""
    slugs = {article.slug for article in articles}
    for article in articles:
        date = article.metadata.get("date")
        if hasattr(date, "year") and date.year < OLDEST_YEAR:
            logger.warning(
                "%s: the publication date %s is before %d; it is published as given. "
                "Fix: correct 'Date: YYYY-MM-DD' in %s",
                display_path(article.source_path),
                _iso(date)[:10],
                OLDEST_YEAR,
                _where_metadata(article),
            )
        named = str(article.metadata.get("translations") or "")
        for slug in (s.strip() for s in named.split(",")):
            if not slug or (slug in slugs and slug != article.slug):
                continue
            why = "is the article itself" if slug == article.slug else "is the slug of no article"
            logger.warning(
                "%s: 'Translations: %s': '%s' %s, so no link to it is made. "
                "Fix: give the slug of the translation (the last part of its address) in %s",
                display_path(article.source_path),
                named,
                slug,
                why,
                _where_metadata(article),
            )


def _where_metadata(article: Any) -> str:
    """Where the editor writes this article's metadata: its ``.meta`` file, or its own header."""
    path = Path(article.source_path)
    if path.suffix == ".md":
        return "its header"
    return display_path(path.with_suffix(META_SUFFIX))


def _arrival(article: Any) -> tuple[str, str]:
    meta = article.metadata
    when = str(meta.get("fetched") or "").strip() or _iso(meta.get("date"))
    return when, str(article.source_path)


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _free_slug(slug: str, article: Any, taken: set[str]) -> str:
    dated = f"{slug}-{_iso(article.metadata.get('date'))[:10]}".rstrip("-")
    if dated not in taken:
        return dated
    digest = hashlib.sha256(str(article.source_path).encode("utf-8")).hexdigest()
    for size in range(6, len(digest) + 1, 2):
        candidate = f"{dated}-{digest[:size]}"
        if candidate not in taken:
            return candidate
    raise AssertionError("a sha256 digest cannot be taken")  # pragma: no cover
