"""The open data files: the site-wide tables as JSON and CSV, a file per page, ``datapackage.json``.

Documented in the README and on the data page (fields: dataschema.py); stable order, UTF-8, dates as
``YYYY-MM-DD`` and URLs as paths from the site root (``/en/places/koeln/``).

``data/<table>.json`` and ``data/<table>.csv``
    every record of a table (articles, meetings, places, partnerships, people);
``data/<table>/<id>.json``
    the record of one article, meeting, place, partnership or person, linked from its page; an
    article's adds where each of its tags came from (``provenance``, see ``PAGE_ONLY``);
``data/<table>/<id>.csv``
    the meetings and articles of one place, partnership or person, one row each;
``data/datapackage.json``
    the Frictionless Data Package describing the CSV tables.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from ..archive.model import Archive, ArticleNode, MeetingNode, PairNode, PersonNode, PlaceNode
from ..places.register import Partnership
from .dataschema import ITEMS, LICENSE, TABLES, cells, table_schema
from .urls import Urls

# the folder of each table's per-page files, and the page kind whose page links them
PAGE_TABLES = {
    "article": "articles",
    "meeting": "meetings",
    "place": "places",
    "pair": "partnerships",
    "person": "people",
}
ITEM_TABLES = ("places", "partnerships", "people")  # their pages also link a CSV of meetings and articles
# Fields in a page's own file only, not repeated in the site-wide table: an article's provenance (the
# tagger's sentences, quoted per tag) is more than half of its record.
PAGE_ONLY: dict[str, tuple[str, ...]] = {"articles": ("provenance",)}


def table_record(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """A record as the site-wide table holds it: its page file's record without the ``PAGE_ONLY`` fields."""
    left_out = PAGE_ONLY.get(table, ())
    return {key: value for key, value in record.items() if key not in left_out} if left_out else record


def _path(url: str | None) -> str | None:
    return f"/{url}" if url is not None else None


def _people(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": p["name"], "role": p["role"], "place": p["place"]} for p in people]


class Records:
    """The JSON record of each node, the same in the site-wide file and in the node's own file."""

    def __init__(self, archive: Archive, urls: Urls) -> None:
        self.archive = archive
        self.urls = urls

    def _urls(self, kind: str, id: str) -> dict[str, str | None]:
        return {lang: _path(self.urls.url(kind, lang, id)) for lang in self.urls.languages}

    def article(self, node: ArticleNode) -> dict[str, Any]:
        tags = node.tags
        return {
            "id": node.id,
            "lang": node.lang,
            "title": node.title,
            "url": _path(self.urls.url("article", node.lang, node.id)),
            "urls": self._urls("article", node.id),
            "published": node.published.isoformat(),
            "meeting": node.meeting,
            "meeting_date": tags["meeting_date"],
            "places": tags["places"],
            "pairs": tags["pairs"],
            "principals": _people(tags["principals"]),
            "attendees": _people(tags["attendees"]),
            "source": node.source,
            "source_url": node.source_url,
            "capture": _path(self.urls.capture_link(node.capture)),
            "translations": node.translations,
            **_checked(tags),
        }

    def meeting(self, m: MeetingNode) -> dict[str, Any]:
        return {
            "id": m.id,
            "date": m.date.isoformat(),
            "places": m.places,
            "pairs": [list(pair.split("--")) for pair in m.pairs],
            "principals": _people(m.principals),
            "attendees": _people(m.attendees),
            "articles": [a.id for a in m.articles],
            "url": self._urls("meeting", m.id),
        }

    def place(self, node: PlaceNode) -> dict[str, Any]:
        place = node.place
        return {
            "id": place.id,
            "name": {"en": place.name_en, "de": place.name_de},
            "aliases": list(place.aliases),
            "kind": place.kind,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "partners": sorted({p for pair in node.pairs for p in pair.places if p != place.id}),
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
            "url": self._urls("place", place.id),
        }

    def pair(self, pair: PairNode) -> dict[str, Any]:
        return {
            "id": pair.id,
            "places": list(pair.places),
            "since": pair.since,
            **_formal(pair.partnership),
            "meetings": [m.id for m in pair.meetings],
            "articles": sorted(a.id for a in pair.articles),
            "url": self._urls("pair", pair.id),
        }

    def person(self, person: PersonNode) -> dict[str, Any]:
        return {
            "id": person.id,
            "name": person.name,
            "place": person.place,
            "roles": [{"role": r["role"], "place": r["place"]} for r in person.roles],
            "meetings": [m.id for m in person.meetings],
            "articles": sorted(a.id for a in person.articles),
            "namesakes": person.namesakes,
            "url": self._urls("person", person.id),
        }

    def items(self, meetings: list[MeetingNode], articles: list[ArticleNode]) -> list[dict[str, Any]]:
        """The rows of a page's CSV: its meetings, then its articles, each in date order."""
        rows = [
            {
                "type": "meeting",
                "id": m.id,
                "date": m.date.isoformat(),
                "lang": None,
                "title": None,
                "places": m.places,
            }
            for m in sorted(meetings, key=lambda m: (m.date, m.id))
        ]
        rows += [
            {
                "type": "article",
                "id": a.id,
                "date": a.published.isoformat(),
                "lang": a.lang,
                "title": a.title,
                "places": a.tags["places"],
            }
            for a in sorted(articles, key=lambda a: (a.published, a.id))
        ]
        return rows


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
    """Every table as plain JSON-ready data: (table name, records), one table at a time."""
    records = Records(archive, urls)
    articles = sorted(archive.articles, key=lambda a: a.id)
    yield "articles", [table_record("articles", records.article(a)) for a in articles]
    yield "meetings", [records.meeting(m) for m in archive.meetings.values()]
    yield "places", [records.place(node) for node in archive.places.values()]
    yield "partnerships", [records.pair(pair) for pair in archive.pairs.values()]
    yield "people", [records.person(person) for person in archive.people.values()]


def page_data(archive: Archive, urls: Urls) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """The file of each page: (table name, id, record)."""
    records = Records(archive, urls)
    for a in archive.articles:
        yield "articles", a.id, records.article(a)
    for m in archive.meetings.values():
        yield "meetings", m.id, records.meeting(m)
    for node in archive.places.values():
        yield "places", node.id, records.place(node)
    for pair in archive.pairs.values():
        yield "partnerships", pair.id, records.pair(pair)
    for person in archive.people.values():
        yield "people", person.id, records.person(person)


def page_items(archive: Archive, urls: Urls) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """The meetings and articles of each place, partnership and person: (table name, id, rows)."""
    records = Records(archive, urls)
    for node in archive.places.values():
        yield "places", node.id, records.items(node.meetings, node.articles)
    for pair in archive.pairs.values():
        yield "partnerships", pair.id, records.items(pair.meetings, pair.articles)
    for person in archive.people.values():
        yield "people", person.id, records.items(person.meetings, person.articles)


def to_csv(table_name: str, records: list[dict[str, Any]], languages: tuple[str, ...]) -> str:
    """The CSV text of a table's records (RFC 4180: a header row, CRLF line ends, quotes where needed)."""
    table = ITEMS if table_name == "items" else next(t for t in TABLES if t.name == table_name)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column for column, _field in table.columns(languages)])
    for record in records:
        writer.writerow(cells(table, record, languages))
    return buffer.getvalue()


def datapackage(languages: tuple[str, ...], site_url: str, title: str) -> dict[str, Any]:
    """The Frictionless Data Package of the site-wide CSV tables (paths relative to the data folder)."""
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "city-diplomacy-archive",
        "title": title,
        "licenses": [LICENSE],
        "resources": [
            {
                "name": table.name,
                "title": table.title,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(table, languages),
            }
            for table in TABLES
        ],
    }
    if site_url.startswith(("http://", "https://")):
        package["homepage"] = site_url + "/"
    return package


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dump(data: Any) -> str:
    """A data file's JSON text: UTF-8 characters, stable key order as built, no indentation (a site has
    thousands of these files), one final newline."""
    return _COMPACT.encode(data) + "\n"


def table_chunks(records: list[dict[str, Any]]) -> Iterator[str]:
    """A table's JSON text, one record per line (compact, and still easy to read line by line or diff)."""
    yield "["
    for number, record in enumerate(records):
        yield ("\n" if number == 0 else ",\n") + _COMPACT.encode(record)
    yield "\n]\n"
