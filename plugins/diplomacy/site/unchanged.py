"""Article pages that need no rendering in a rebuild: their inputs are those of the last build.

An article page shows the article (text, facts, tags) and links whose presence
depends on other pages (its meeting, partnerships, places, people, and the
titles of its translations). Its *key* is a hash of all of that, of the theme's
templates and catalogs, of the plugin's code and gazetteer and of the settings
that shape pages. When the output folder is updated in place (output.py) and
an article page's key equals the one recorded by the last build into the same
folder, and the file on disk is still the one the record says that build wrote
(its size and hash), the page is what rendering would write again, so it is kept.
A file damaged or replaced since (an interrupted build, a full disk, a hand edit)
is rendered again. The record lives in Pelican's cache folder (``CACHE_PATH``),
so ``make clean`` forgets it. Everything else is always rendered: list, place, meeting and other pages show
many articles and are cheap compared with the article pages.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any


def build_key(settings: dict[str, Any], theme: str | Path, code_key: str) -> str:
    """What every page depends on: templates, catalogs, plugin code and gazetteer, page-shaping settings."""
    digest = hashlib.sha256(code_key.encode())
    for path in sorted(Path(theme).rglob("*")):
        if path.is_file() and path.suffix in (".html", ".mo"):
            digest.update(path.as_posix().encode())
            digest.update(path.read_bytes())
    shaping = {
        key: value
        for key, value in settings.items()
        if key.startswith("DIPLOMACY_") or key in ("SITEURL", "THEME", "JINJA_ENVIRONMENT", "DEFAULT_LANG")
    }
    digest.update(repr(sorted(shaping.items(), key=lambda item: item[0])).encode())
    return digest.hexdigest()


def article_key(build: str, node: Any, archive: Any) -> str:
    """The key of one article's page (the same in every language: the language is part of the file name)."""
    tags = node.tags
    people = [*tags.get("principals", []), *tags.get("attendees", [])]
    place_ids = {*tags.get("places", []), *(p.get("place") for p in people if p.get("place"))}
    metadata = node.content.metadata
    inputs = (
        node.id,
        node.lang,
        node.title,
        node.published.isoformat(),
        node.source,
        node.source_url,
        node.editor,
        node.capture,
        repr(tags),
        node.meeting,
        bool(node.meeting) and node.meeting in archive.meetings,
        [(t, archive.by_id[t].title, archive.by_id[t].lang) for t in node.translations if t in archive.by_id],
        str(getattr(node.content, "content", "") or ""),
        metadata.get("wayback"),
        repr(metadata.get("versions")),
        [pair in archive.pairs for pair in node.pair_ids],
        sorted((pid, pid in archive.places) for pid in place_ids),
        [(p.get("id"), p.get("id") in archive.people) for p in people],
    )
    return hashlib.sha256((build + repr(inputs)).encode()).hexdigest()[:32]


def stamp(data: bytes) -> dict[str, Any]:
    """What the record keeps of a written page: its size and a hash of its bytes."""
    return {"size": len(data), "hash": hashlib.blake2b(data, digest_size=16).hexdigest()}


def on_disk(path: str | Path, entry: dict[str, Any]) -> bool:
    """Is the file at ``path`` still the one ``entry`` recorded (same size, same hash)?"""
    try:
        if os.stat(path).st_size != entry.get("size"):
            return False
        with open(path, "rb") as page:
            return stamp(page.read())["hash"] == entry.get("hash")
    except OSError:
        return False


def _record_file(cache: str | Path, output: str | Path, lang: str) -> Path:
    where = hashlib.sha256(os.path.abspath(output).encode()).hexdigest()[:16]
    return Path(cache) / "diplomacy-pages" / f"{where}-{lang}.json"


def load(cache: str | Path, output: str | Path, lang: str) -> dict[str, dict[str, Any]]:
    """What the last build into this folder wrote of each article page in this language (save_as → entry:
    ``key``, ``size``, ``hash``)."""
    try:
        data = json.loads(_record_file(cache, output, lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def save(cache: str | Path, output: str | Path, lang: str, entries: dict[str, dict[str, Any]]) -> None:
    path = _record_file(cache, output, lang)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(entries, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # no record: the next build renders every page
