"""Where a new capture goes: its name, the archived versions of the same page, the plan of files.

A page captured for the first time is a new article, named after its host and
a hash of its address (:func:`capture_name`).  A page captured before is found
by the ``Source_url``/``Final_url`` of the archived ``.meta`` files
(:func:`find_versions`); if it changed, it becomes the next version beside the
old ones and keeps their slug, so the article keeps its address; if not,
nothing is written (:func:`plan_capture`).  The naming rules themselves
(``-v2``, ``Version:``, the slug) are :mod:`diplomacy.naming`'s.

The files of one capture ``<name>`` (version 1; later versions are
``<name>-v2``, ``<name>-v3`` …)::

    content/captures/<name>.txt      the extracted article as a raw capture (read by Pelican)
    content/captures/<name>.meta     Source_url, Final_url, Fetched, Http_status, Sha256, Warc, Wacz, …
    content/records/<name>.html      the HTML exactly as received (not read by Pelican)
    content/records/<name>.warc.gz   the HTTP exchanges (page, redirects, images, stylesheets, fonts) as WARC
    content/records/<name>.wacz      the same WARC with its index and page list, for the replay page
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from ..naming import article_slug, parse_version, version_group
from ..places.names import slugify
from ..reading.html import ExtractionError, ReadableCapture, decode_html, extract_article
from ..reading.sidecar import read_sidecar
from ..reading.textcapture import CaptureError, decode_capture, parse_capture
from .hops import Fetched

__all__ = [
    "CAPTURES_DIR",
    "RECORDS_DIR",
    "ArchivedVersion",
    "CaptureFiles",
    "CapturePlan",
    "capture_name",
    "find_versions",
    "plan_capture",
    "text_sha256",
]

CAPTURES_DIR = "captures"
RECORDS_DIR = "records"


def capture_name(url: str) -> str:
    """The file name (without suffix) of a new capture of ``url``: host and a short hash.

    >>> capture_name("https://www.shine.cn/news/metro/2304179552/")
    'www-shine-cn_2354322bec4b'
    """
    host = slugify(urlsplit(url).hostname or "page")[:40].strip("-") or "page"
    return f"{host}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


@dataclass(slots=True)
class ArchivedVersion:
    name: str  # file stem
    capture: Path  # the .txt or .html capture
    version: int
    meta: dict[str, str]


def _same_url(a: str, b: str) -> bool:
    return bool(a) and urldefrag(a.strip()).url == urldefrag(b.strip()).url


def _archived(side: Path, meta: dict[str, str], suffixes: tuple[str, ...]) -> ArchivedVersion | None:
    """The version whose metadata is ``side``, if its capture (the first of ``suffixes``) is there."""
    capture = next((side.with_suffix(s) for s in suffixes if side.with_suffix(s).exists()), None)
    if capture is None:
        return None
    return ArchivedVersion(side.stem, capture, parse_version(meta.get("version")), meta)


def find_versions(captures: Path, urls: Iterable[str]) -> list[ArchivedVersion]:
    """Archived versions of an article whose ``Source_url`` or ``Final_url`` is one of ``urls``.

    All versions of the first matching group (by name), oldest first.
    """
    wanted = [u for u in urls if u]
    found: dict[str, list[ArchivedVersion]] = {}
    if not captures.is_dir():
        return []
    for side in sorted(captures.glob("*.meta")):
        meta = read_sidecar(side, strict=False)
        if not any(_same_url(meta.get(key, ""), url) for key in ("source_url", "final_url") for url in wanted):
            continue
        version = _archived(side, meta, (".txt", ".html", ".htm"))
        if version is not None:
            found.setdefault(version_group(version.name, version.version), []).append(version)
    if not found:
        return []
    group = sorted(found)[0]
    versions = found[group] + _unnamed_versions(captures, group, {v.name for v in found[group]})
    return sorted(versions, key=lambda v: (v.version, v.name))


def _unnamed_versions(captures: Path, group: str, names: set[str]) -> list[ArchivedVersion]:
    """The other versions of ``group`` (``<group>-v2`` …), also those whose metadata names no URL."""
    versions = []
    for side in sorted(captures.glob(f"{group}-v*.meta")):
        if side.stem in names:
            continue
        meta = read_sidecar(side, strict=False)
        version = _archived(side, meta, (".txt",))
        if version is not None and version_group(side.stem, version.version) == group:
            versions.append(version)
    return versions


def _slug_of(version: ArchivedVersion) -> str:
    """The slug of an archived version, as the reader gives it."""
    if version.meta.get("slug"):
        return version.meta["slug"]
    title = version.meta.get("title", "")
    if not title:
        try:
            data = version.capture.read_bytes()
            if version.capture.suffix == ".txt":
                title = parse_capture(decode_capture(data)).title or ""
            else:
                html = decode_html(data, where=str(version.capture))
                title = extract_article(html, version.meta.get("source_url")).title
        except (OSError, CaptureError, ExtractionError):
            title = ""
    return article_slug(title, version.name)


@dataclass(slots=True)
class CaptureFiles:
    capture: Path
    meta: Path
    record: Path
    warc: Path | None
    wacz: Path | None = None

    def all(self) -> list[Path]:
        return [p for p in (self.capture, self.meta, self.record, self.warc, self.wacz) if p is not None]


@dataclass(slots=True)
class CapturePlan:
    name: str
    version: int
    slug: str
    files: CaptureFiles | None  # None: the page is unchanged, nothing to write
    unchanged: ArchivedVersion | None = None  # the archived version equal to the page
    previous: list[ArchivedVersion] = field(default_factory=list)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plan_capture(
    content: Path,
    fetched: Fetched,
    readable: ReadableCapture,
    *,
    name: str | None = None,
    warc: bool = True,
    wacz: bool = True,
) -> CapturePlan:
    """Where this capture goes: a new article, a new version beside the old ones, or nowhere (unchanged)."""
    captures = content / CAPTURES_DIR
    records = content / RECORDS_DIR
    previous = find_versions(captures, [fetched.url, fetched.final_url])
    slug = article_slug(readable.article.title, name or capture_name(fetched.url))
    if previous:
        latest = previous[-1]
        text_hash = text_sha256(readable.text)
        if latest.meta.get("sha256") == fetched.sha256 or latest.meta.get("text_sha256") == text_hash:
            return CapturePlan(latest.name, latest.version, _slug_of(latest), None, latest, previous)
        base = version_group(latest.name, latest.version)
        version = latest.version + 1
        stem = f"{base}-v{version}"
        slug = _slug_of(previous[0])  # the article keeps its address
    else:
        version = 1
        stem = name or capture_name(fetched.url)
    files = CaptureFiles(
        capture=captures / f"{stem}.txt",
        meta=captures / f"{stem}.meta",
        record=records / f"{stem}.html",
        warc=records / f"{stem}.warc.gz" if warc else None,
        wacz=records / f"{stem}.wacz" if warc and wacz else None,
    )
    return CapturePlan(stem, version, slug, files, None, previous)
