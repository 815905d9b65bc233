"""JSON-LD (schema.org) for articles, meetings and places."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from ..archive.model import Archive, ArticleNode, MeetingNode
from ..places.gazetteer import Place


def script(data: dict[str, Any]) -> Markup:
    """A ``<script type="application/ld+json">`` element, safe inside HTML."""
    text = json.dumps(
        {"@context": "https://schema.org", **data}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


def place(place: Place, lang: str, url: str | None, other_names: bool = True) -> dict[str, Any]:
    """A place; ``other_names``: its other names too (on its own page; an Event's places link theirs)."""
    data: dict[str, Any] = {
        "@type": "City" if place.kind == "city" else ("Country" if place.kind == "country" else "AdministrativeArea"),
        "name": place.name(lang),
        "geo": {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon},
    }
    if other_names:
        data["alternateName"] = sorted({place.name_en, place.name_de, *place.aliases} - {place.name(lang)})
    if url:
        data["url"] = url
    return data


def article(node: ArticleNode, url: str | None, meeting_url: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": node.title,
        "datePublished": node.published.isoformat(),
        "inLanguage": node.lang,
    }
    if url:
        data["url"] = url  # the page itself (mainEntityOfPage would repeat it)
    if node.source:
        data["publisher"] = {"@type": "Organization", "name": node.source}
    if node.editor:
        data["editor"] = {"@type": "Person", "name": node.editor}
    if node.source_url:
        data["isBasedOn"] = node.source_url
    if meeting_url:
        data["about"] = {"@type": "Event", "url": meeting_url}
    return data


def meeting(
    node: MeetingNode,
    archive: Archive,
    lang: str,
    url: str | None,
    role_of: Callable[[dict[str, Any]], str],
    place_url: Callable[[str], str | None],
) -> dict[str, Any]:
    """An Event: the date, the parties as places with coordinates, the people with their roles."""
    gazetteer = archive.gazetteer
    places = [p for p in (gazetteer.get(pid) for pid in node.places) if p]

    def person(entry: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {"@type": "Person", "name": entry["name"], "jobTitle": role_of(entry)}
        represented = gazetteer.get(entry["place"]) if entry.get("place") else None
        if represented:
            data["affiliation"] = {"@type": "Place", "name": represented.name(lang)}
        return data

    data: dict[str, Any] = {
        "@type": "Event",
        "name": " – ".join(p.name(lang) for p in places),
        "startDate": node.date.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": [{**place(p, lang, place_url(p.id), other_names=False), "@type": "Place"} for p in places],
        "attendee": [person(p) for p in node.principals] + [person(p) for p in node.attendees],
        "subjectOf": [{"@type": "NewsArticle", "headline": a.title, "inLanguage": a.lang} for a in node.articles],
    }
    if url:
        data["url"] = url
    return data
