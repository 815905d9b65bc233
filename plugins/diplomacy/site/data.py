"""The open data files: ``articles.json``, ``meetings.json``, ``places.json``, ``partnerships.json``,
``people.json``.

Documented in the README; stable order, UTF-8, dates as ``YYYY-MM-DD`` and
URLs as paths from the site root (``/en/places/koeln/``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..archive.model import Archive, ArticleNode
from ..places.register import Partnership
from .urls import Urls


def _path(url: str | None) -> str | None:
    return f"/{url}" if url is not None else None


def _people(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": p["name"], "role": p["role"], "place": p["place"]} for p in people]


def _article(node: ArticleNode, urls: Urls) -> dict[str, Any]:
    tags = node.tags
    return {
        "id": node.id,
        "lang": node.lang,
        "title": node.title,
        "url": _path(urls.url("article", node.lang, node.id)),
        "urls": {lang: _path(urls.url("article", lang, node.id)) for lang in urls.languages},
        "published": node.published.isoformat(),
        "meeting": node.meeting,
        "meeting_date": tags["meeting_date"],
        "places": tags["places"],
        "pairs": tags["pairs"],
        "principals": _people(tags["principals"]),
        "attendees": _people(tags["attendees"]),
        "source": node.source,
        "source_url": node.source_url,
        "capture": _path(urls.capture_link(node.capture)),
        "translations": node.translations,
        **_checked(tags),
    }


def _checked(tags: dict[str, Any]) -> dict[str, Any]:
    """Where each tag came from, how sure the tagger is and why not, whether an editor checked it."""
    doubts = (tags.get("confidence") or {}).get("doubts", [])
    return {
        "provenance": tags.get("provenance", {}),
        "confidence": {"sure": not doubts, "doubts": [doubt["text"] for doubt in doubts]},
        "reviewed": bool(tags.get("reviewed")),
    }


def _formal(link: Partnership | None) -> dict[str, str | None]:
    """A partnership's kind and source in the register (all None: a pair that met, no formal partnership)."""
    if link is None:
        return {"kind": None, "source": None, "source_url": None}
    return {"kind": link.kind, "source": link.source, "source_url": link.url}


def archive_data(archive: Archive, urls: Urls) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Everything a researcher needs, as plain JSON-ready data: (file name, records), one file at a time."""
    yield "articles", [_article(a, urls) for a in sorted(archive.articles, key=lambda a: a.id)]
    yield (
        "meetings",
        [
            {
                "id": m.id,
                "date": m.date.isoformat(),
                "places": m.places,
                "pairs": [list(pair.split("--")) for pair in m.pairs],
                "principals": _people(m.principals),
                "attendees": _people(m.attendees),
                "articles": [a.id for a in m.articles],
                "url": {lang: _path(urls.url("meeting", lang, m.id)) for lang in urls.languages},
            }
            for m in archive.meetings.values()
        ],
    )
    places = []
    for node in archive.places.values():
        place = node.place
        partners = sorted({p for pair in node.pairs for p in pair.places if p != place.id})
        places.append(
            {
                "id": place.id,
                "name": {"en": place.name_en, "de": place.name_de},
                "aliases": list(place.aliases),
                "kind": place.kind,
                "country": place.country,
                "lat": place.lat,
                "lon": place.lon,
                "partners": partners,
                "partnerships": [
                    {
                        "id": pair.id,
                        "partner": next(p for p in pair.places if p != place.id),
                        "since": pair.since,
                        "kind": pair.partnership.kind if pair.partnership else None,
                    }
                    for pair in node.pairs
                ],
                "meetings": [m.id for m in sorted(node.meetings, key=lambda m: (m.date, m.id))],
                "articles": sorted(a.id for a in node.articles),
                "url": {lang: _path(urls.url("place", lang, place.id)) for lang in urls.languages},
            }
        )
    yield "places", places
    yield (
        "partnerships",
        [
            {
                "id": pair.id,
                "places": list(pair.places),
                "since": pair.since,
                **_formal(pair.partnership),
                "meetings": [m.id for m in pair.meetings],
                "articles": sorted(a.id for a in pair.articles),
                "url": {lang: _path(urls.url("pair", lang, pair.id)) for lang in urls.languages},
            }
            for pair in archive.pairs.values()
        ],
    )
    yield (
        "people",
        [
            {
                "id": person.id,
                "name": person.name,
                "roles": [{"role": r["role"], "place": r["place"]} for r in person.roles],
                "meetings": [m.id for m in person.meetings],
                "url": {lang: _path(urls.url("person", lang, person.id)) for lang in urls.languages},
            }
            for person in archive.people.values()
        ],
    )
