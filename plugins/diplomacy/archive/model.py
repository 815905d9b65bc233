"""The archive as one model, built once and rendered in both languages.

Places, partnerships (pairs), meetings and principals are derived from the
tags of every article, and every formal partnership of the register (the
gazetteer's) is a pair too, with its two places, whether or not a report
names it. Each object carries only ids and data; URLs are computed by
:class:`Urls` from the ``DIPLOMACY_*_SAVE_AS`` settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..places.gazetteer import Gazetteer
from . import grouping
from .nodes import ArticleNode, MeetingNode, PairNode, PlaceNode, meeting_id, pair_id
from .people import PersonNode, build_people, person_id

__all__ = [
    "Archive",
    "ArticleNode",
    "MeetingNode",
    "PairNode",
    "PersonNode",
    "PlaceNode",
    "build_archive",
    "meeting_id",
    "pair_id",
    "person_id",
]


@dataclass(slots=True)
class Archive:
    articles: list[ArticleNode]
    places: dict[str, PlaceNode]
    pairs: dict[str, PairNode]
    meetings: dict[str, MeetingNode]
    people: dict[str, PersonNode]
    gazetteer: Gazetteer

    by_id: dict[str, ArticleNode] = field(default_factory=dict)
    years: dict[int, list[ArticleNode]] = field(default_factory=dict)  # newest year first

    def __post_init__(self) -> None:
        self.by_id = {a.id: a for a in self.articles}
        for node in self.articles:
            self.years.setdefault(node.published.year, []).append(node)

    def article(self, article_id: str) -> ArticleNode | None:
        return self.by_id.get(article_id)


def _date(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def build_archive(contents: list[Any], gazetteer: Gazetteer) -> Archive:
    """Build the model from Pelican articles (already tagged by our readers)."""
    articles = [_article_node(c) for c in contents if "diplomacy" in c.metadata]
    articles.sort(key=lambda a: (-a.published.toordinal(), a.id))  # newest first
    by_id = {a.id: a for a in articles}
    for node in articles:  # translations are symmetric
        for other in list(node.translations):
            if other in by_id and node.id not in by_id[other].translations:
                by_id[other].translations.append(node.id)
        node.translations = sorted(t for t in node.translations if t in by_id and t != node.id)

    meetings: dict[str, MeetingNode] = {}
    pairs: dict[str, PairNode] = {}
    party_ids: set[str] = set()
    meeting_of = grouping.meeting_of(articles)
    for node in reversed(articles):  # oldest first: stable principal order
        tags = node.tags
        party_ids.update(tags["places"])
        for a, b in tags["pairs"]:
            party_ids.update((a, b))
            pid = pair_id(a, b)
            pair = pairs.get(pid) or pairs.setdefault(pid, _pair(gazetteer, a, b))
            pair.articles.append(node)
        if node.id in meeting_of:
            date, places = meeting_of[node.id]
            mid = meeting_id(date, places)
            meeting = meetings.get(mid)
            if meeting is None:
                meeting = meetings[mid] = MeetingNode(mid, dt.date.fromisoformat(date), places, [])
            for a, b in tags["pairs"]:
                if pair_id(a, b) not in meeting.pairs:
                    meeting.pairs.append(pair_id(a, b))
                    meeting.pairs.sort()
            meeting.articles.append(node)
            _merge_people(meeting.principals, tags["principals"])
            _merge_people(meeting.attendees, tags["attendees"])
            node.meeting = mid
    # every formal partnership of the register, reported or not, and its places
    for key, link in gazetteer.partnerships.items():
        if key not in pairs:
            pairs[key] = _pair(gazetteer, *link.places)
        party_ids.update(link.places)

    places = {pid: PlaceNode(gazetteer.get(pid)) for pid in sorted(party_ids) if gazetteer.get(pid)}
    for node in articles:
        for pid in node.tags["places"]:
            if pid in places:
                places[pid].articles.append(node)
    ordered_meetings = sorted(meetings.values(), key=lambda m: (m.date, m.id))
    for meeting in ordered_meetings:
        meeting.articles.sort(key=lambda a: (a.published, a.id))
        for pid in meeting.places:
            places[pid].meetings.append(meeting)
        for key in meeting.pairs:
            pairs[key].meetings.append(meeting)
    for pair in pairs.values():
        pair.articles.sort(key=lambda a: (-a.published.toordinal(), a.id))
        chain = pair.meetings
        for i, current in enumerate(chain):
            current.previous[pair.id] = chain[i - 1].id if i > 0 else None
            current.next[pair.id] = chain[i + 1].id if i + 1 < len(chain) else None
        for pid in pair.places:
            if pid in places:
                places[pid].pairs.append(pair)
    for place in places.values():
        place.meetings.reverse()  # newest first
        place.pairs.sort(key=lambda p: p.id)

    people = build_people(ordered_meetings, articles)
    return Archive(
        articles=articles,
        places=places,
        pairs=dict(sorted(pairs.items())),
        meetings={m.id: m for m in ordered_meetings},
        people=people,
        gazetteer=gazetteer,
    )


def _pair(gazetteer: Gazetteer, a: str, b: str) -> PairNode:
    first, second = sorted((a, b))
    link = gazetteer.partnership(first, second)
    return PairNode(pair_id(first, second), (first, second), link.since if link else None, partnership=link)


def _merge_people(into: list[dict[str, Any]], people: list[dict[str, Any]]) -> None:
    """Add people not yet known; keep how each report's language words a known person's role."""
    known = {p["name"].casefold(): p for p in into}
    for person in people:
        entry = known.get(person["name"].casefold())
        if entry is None:
            entry = known[person["name"].casefold()] = dict(person, roles_by_lang={})
            into.append(entry)
        if person.get("lang") and person.get("role"):
            entry["roles_by_lang"].setdefault(person["lang"], person["role"])
        if not entry.get("place") and person.get("place"):
            entry["place"] = person["place"]


def _article_node(content: Any) -> ArticleNode:
    meta = content.metadata
    translations = meta.get("translations") or ""
    return ArticleNode(
        id=content.slug,
        lang=meta["lang"],
        title=content.title,
        published=_date(content.date),
        source=meta.get("source"),
        source_url=meta.get("source_url") or None,
        editor=meta.get("editor"),
        capture=meta.get("capture"),
        tags=meta["diplomacy"],
        content=content,
        translations=[t.strip() for t in str(translations).split(",") if t.strip()],
    )
