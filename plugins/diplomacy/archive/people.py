"""People: one node per person, told apart by name and place.

Two principals with the same name are one person when at most one place stands behind that name in the
whole archive; with several places, each (name, place) is a person of its own, with the id
``<name-slug>--<place-id>``, and every one of them knows its namesakes (the person page says so).
A report that names such a person without a place cannot say which one it is: it is kept under the
plain name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..places.gazetteer import slugify

if TYPE_CHECKING:
    from .nodes import ArticleNode, MeetingNode


def person_id(name: str) -> str:
    """
    >>> person_id("Kim Yung-rok")
    'kim-yung-rok'
    """
    return slugify(name)


@dataclass(slots=True)
class PersonNode:
    id: str
    name: str
    place: str | None = None  # the place that tells this person apart from a namesake (None: not needed)
    roles: list[dict[str, Any]] = field(default_factory=list)  # distinct (role, role_key, place, lang)
    meetings: list[MeetingNode] = field(default_factory=list)
    articles: list[ArticleNode] = field(default_factory=list)  # reports naming the person as a principal
    namesakes: list[str] = field(default_factory=list)  # ids of other people of the same name


class _Names:
    """Which person a (name, place) is: the decision above, made once over every principal."""

    def __init__(self, principals: list[dict[str, Any]]) -> None:
        places: dict[str, set[str]] = defaultdict(set)
        for principal in principals:
            slug = person_id(principal["name"])
            if slug and principal.get("place"):
                places[slug].add(principal["place"])
        self._split = {slug for slug, found in places.items() if len(found) > 1}

    def key(self, name: str, place: str | None) -> str:
        slug = person_id(name)
        if slug and slug in self._split and place:
            return f"{slug}--{place}"
        return slug


def build_people(meetings: list[MeetingNode], articles: list[ArticleNode]) -> dict[str, PersonNode]:
    """Every principal of a meeting or a report, by id; sets ``id`` on each principal entry.

    ``meetings`` in date order, ``articles`` newest first (as the model keeps them).
    """
    entries = [p for m in meetings for p in m.principals] + [p for a in articles for p in a.tags["principals"]]
    names = _Names(entries)
    people: dict[str, PersonNode] = {}

    def person(principal: dict[str, Any], place: str | None = None) -> PersonNode | None:
        key = names.key(principal["name"], principal.get("place") or place)
        if not key:
            return None
        principal["id"] = key
        node = people.get(key)
        if node is None:
            place = principal.get("place") if key != person_id(principal["name"]) else None
            node = people[key] = PersonNode(key, principal["name"], place)
        role = {k: principal.get(k) for k in ("role", "role_key", "place", "lang")}
        if role not in node.roles:
            node.roles.append(role)
        return node

    for meeting in meetings:
        for principal in meeting.principals:
            node = person(principal)
            if node is not None and meeting not in node.meetings:
                node.meetings.append(meeting)
    by_id = {m.id: m for m in meetings}
    for article in reversed(articles):  # oldest first, as the meetings
        meeting = by_id.get(article.meeting or "")
        known = {p["name"].casefold(): p.get("place") for p in meeting.principals} if meeting else {}
        for principal in article.tags["principals"]:
            # a report that names no place for someone takes the place its meeting knows for that name
            node = person(principal, known.get(principal["name"].casefold()))
            if node is not None and article not in node.articles:
                node.articles.append(article)
    for node in people.values():
        node.articles.reverse()  # newest first, as every list of articles
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, node in people.items():
        by_name[person_id(node.name)].append(key)
    for keys in by_name.values():
        for key in keys:
            people[key].namesakes = sorted(k for k in keys if k != key)
    return dict(sorted(people.items()))
