"""The nodes of the archive model: an article, a meeting, a partnership (pair), a place.

Each carries only ids and data (URLs come from :class:`Urls`); :mod:`.model` builds them from
the tagged articles, and :mod:`.grouping` and :mod:`.people` read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..places.gazetteer import Gazetteer, Partnership, Place


def pair_id(a: str, b: str) -> str:
    """Id of the unordered pair of two place ids.

    >>> pair_id("shanghai", "duesseldorf")
    'duesseldorf--shanghai'
    """
    first, second = sorted((a, b))
    return f"{first}--{second}"


def meeting_id(date: str, places: list[str]) -> str:
    """Id of a meeting: its date and its sorted parties.

    >>> meeting_id("2023-04-14", ["shanghai", "duesseldorf"])
    '2023-04-14--duesseldorf--shanghai'
    """
    return "--".join([date, *sorted(places)])


@dataclass(slots=True)
class ArticleNode:
    id: str
    lang: str
    title: str
    published: dt.date
    source: str | None
    source_url: str | None
    editor: str | None
    capture: str | None  # file name of the original capture
    tags: dict[str, Any]
    content: Any  # the Pelican Article
    meeting: str | None = None
    translations: list[str] = field(default_factory=list)
    summary: str | None = None  # plain-text opening, for feeds

    @property
    def pair_ids(self) -> list[str]:
        return [pair_id(a, b) for a, b in self.tags["pairs"]]


@dataclass(slots=True)
class MeetingNode:
    id: str
    date: dt.date
    places: list[str]
    pairs: list[str]
    principals: list[dict[str, Any]] = field(default_factory=list)
    attendees: list[dict[str, Any]] = field(default_factory=list)
    articles: list[ArticleNode] = field(default_factory=list)
    previous: dict[str, str | None] = field(default_factory=dict)  # pair id → meeting id
    next: dict[str, str | None] = field(default_factory=dict)


@dataclass(slots=True)
class PairNode:
    id: str
    places: tuple[str, str]
    since: int | None
    meetings: list[MeetingNode] = field(default_factory=list)
    articles: list[ArticleNode] = field(default_factory=list)
    partnership: Partnership | None = None  # the register's entry (kind, since, source), if it is one

    def countries(self, gazetteer: Gazetteer) -> set[str]:
        """The ISO codes of the two places' countries."""
        return {place.country for place in map(gazetteer.get, self.places) if place}


@dataclass(slots=True)
class PlaceNode:
    place: Place
    meetings: list[MeetingNode] = field(default_factory=list)
    articles: list[ArticleNode] = field(default_factory=list)
    pairs: list[PairNode] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.place.id
