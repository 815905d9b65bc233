"""Which reports tell of the same meeting: the archivist's rules, in the order they are applied.

1. *Dated reports* (a meeting day and at least two parties): the same day and the same parties are
   one meeting (one page, whoever each names). On the same day, a report whose parties are a subset
   of exactly one other report's parties belongs to that larger meeting (one report adds the state,
   another names only the cities).
2. *A dated report with one party* (the other was not found): it joins the one meeting of that day
   that has this party and someone the report names for it or for another party.
3. *A report without a meeting day* but with at least two parties (no day found, or read as a
   feature): it joins the one meeting whose parties include all of its own, when it was published
   from the day before that meeting to a week after. Not when an editor said it tells of no meeting.
4. *A translation* (``Translations:``) of a report of a meeting, itself of no meeting and of no
   other day, joins that meeting.

Never joined by rules 1–4: reports of different days; reports that name different people for one
party (on the same day the Minister-President and the Landtag's president each received the
ambassador); a report that could join more than one meeting. Where unsure, reports stay apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..places.gazetteer import slugify

if TYPE_CHECKING:
    from .nodes import ArticleNode

PUBLISHED_BEFORE = 1  # days a report without a meeting day may be published before the meeting
PUBLISHED_AFTER = 7  # … and after it

__all__ = ["PUBLISHED_AFTER", "PUBLISHED_BEFORE", "meeting_of"]


@dataclass(slots=True)
class _Meeting:
    date: str
    places: frozenset[str]
    reports: list[dict[str, Any]] = field(default_factory=list)  # the tags of its reports


def meeting_of(articles: list[ArticleNode]) -> dict[str, tuple[str, list[str]]]:
    """Article id → (day, sorted parties) of the meeting it reports, for the articles that report one."""
    found: dict[str, _Meeting] = {}
    dated = [a for a in articles if _dated(a.tags) and len(a.tags["places"]) >= 2]
    meetings = _dated_meetings(dated, found)
    for node in articles:
        if node.id in found:
            continue
        tags = node.tags
        if _dated(tags) and len(tags["places"]) == 1:
            _join(node, [m for m in meetings if _one_party_fits(tags, m)], found)
        elif not tags["meeting_date"] and len(tags["places"]) >= 2 and not _editor_says_none(tags):
            _join(node, [m for m in meetings if _undated_fits(node, m)], found)
    for node in articles:
        if node.id not in found:
            of = {id(found[t]): found[t] for t in node.translations if t in found}
            fitting = [m for m in of.values() if node.tags["meeting_date"] in (None, m.date)]
            _join(node, fitting, found)
    return {aid: (m.date, sorted(m.places)) for aid, m in found.items()}


def _dated(tags: dict[str, Any]) -> bool:
    return bool(tags["is_meeting"] and tags["meeting_date"])


def _editor_says_none(tags: dict[str, Any]) -> bool:
    return (tags.get("provenance") or {}).get("meeting_date", {}).get("source") == "editor"


def _dated_meetings(reports: list[ArticleNode], found: dict[str, _Meeting]) -> list[_Meeting]:
    """Rule 1: the meetings of the reports with a day and two parties or more."""
    by_key: dict[tuple[str, frozenset[str]], list[ArticleNode]] = defaultdict(list)
    for node in reports:
        by_key[node.tags["meeting_date"], frozenset(node.tags["places"])].append(node)
    by_date: dict[str, list[frozenset[str]]] = defaultdict(list)
    for date, places in by_key:
        by_date[date].append(places)
    meetings: list[_Meeting] = []
    for date, sets in sorted(by_date.items()):
        roots: list[_Meeting] = []
        for places in sorted(sets, key=lambda p: (-len(p), sorted(p))):
            tags = [node.tags for node in by_key[date, places]]
            larger = [m for m in roots if places < m.places and not _differ(tags, m.reports)]
            meeting = larger[0] if len(larger) == 1 else _Meeting(date, places)
            if meeting not in larger:
                roots.append(meeting)
            meeting.reports.extend(tags)
            found.update({node.id: meeting for node in by_key[date, places]})
        meetings.extend(roots)
    return meetings


def _join(node: ArticleNode, candidates: list[_Meeting], found: dict[str, _Meeting]) -> None:
    """Put the report with its meeting when exactly one meeting fits and names nobody else for a party."""
    fitting = [m for m in candidates if not _differ([node.tags], m.reports)]
    if len(fitting) == 1:
        fitting[0].reports.append(node.tags)
        found[node.id] = fitting[0]


def _one_party_fits(tags: dict[str, Any], meeting: _Meeting) -> bool:
    """Rule 2: the same day, the report's one party among the meeting's, and a principal in common."""
    if tags["meeting_date"] != meeting.date or not set(tags["places"]) <= meeting.places:
        return False
    theirs = [_name(p) for report in meeting.reports for p in report["principals"]]
    return any(_same_person(_name(p), other) for p in tags["principals"] for other in theirs)


def _undated_fits(node: ArticleNode, meeting: _Meeting) -> bool:
    """Rule 3: all the report's parties among the meeting's, published close to the meeting's day."""
    days = (node.published - dt.date.fromisoformat(meeting.date)).days
    return -PUBLISHED_BEFORE <= days <= PUBLISHED_AFTER and set(node.tags["places"]) <= meeting.places


def _differ(reports: Iterable[dict[str, Any]], others: Iterable[dict[str, Any]]) -> bool:
    """True when, for one party, both sides name who acted for it and nobody is named by both."""
    ours, theirs = _by_party(reports), _by_party(others)
    return any(
        not any(_same_person(a, b) for a in names for b in theirs[party])
        for party, names in ours.items()
        if theirs.get(party)
    )


def _by_party(reports: Iterable[dict[str, Any]]) -> dict[str, list[frozenset[str]]]:
    named: dict[str, list[frozenset[str]]] = defaultdict(list)
    for tags in reports:
        for person in tags["principals"]:
            if person.get("place"):
                named[person["place"]].append(_name(person))
    return named


def _name(person: dict[str, Any]) -> frozenset[str]:
    """The words of a name, folded ('Ken Wu' and 'Wu Ken' are one name).

    >>> sorted(_name({"name": "Pia Findeiß"}))
    ['findeiss', 'pia']
    """
    return frozenset(slugify(person["name"]).split("-")) - {""}


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name's words within the other's ('Findeiß', 'Pia Findeiß'); never an empty name."""
    return bool(a and b) and (a <= b or b <= a)
