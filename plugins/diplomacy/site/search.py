"""The documents of each language's search index, taken from the model (not from the HTML).

Every page that is a search result (article, place, partnership, meeting and
person pages; list pages are not) becomes one document of the index of the
page's language (searchindex.py). Names weigh more than body text: the names
of places in both languages, the principals and their roles as the reports
word them, so "Cologne" finds the Köln–Shanghai meeting on the German site
and "Oberbürgermeisterin" finds it on the English one. An article's text is
indexed in the index of its own language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..archive.model import Archive
from ..places.entries import NAME_LANGUAGES
from . import i18n
from .feeds import plain_text, summary
from .labels import kind_label, role_label
from .output import Output
from .searchindex import SearchIndex

EXCERPT_WORDS = 20


def index_folder(output: str | Path, lang: str) -> Path:
    """Where the index of ``lang`` is written (the search page reads it from ``<SITEURL>/<lang>/search-index/``)."""
    return Path(output) / lang / "search-index"


def build_index(
    archive: Archive,
    lang: str,
    url_for: Callable[[str, str, str], str | None],
    output: Output,
) -> int:
    """Write the search index of ``lang`` (call while rendering ``lang``); return the number of documents."""
    index = SearchIndex(lang)
    for kind, node_id, title, fields in _documents(archive, lang):
        url = url_for(kind, node_id, lang)
        if url:
            if fields.get("date"):  # a day is found by its year, its ISO date and its words ("9. September 2024")
                fields["names"] = [*fields.get("names", ()), fields["date"], fields.get("date_label", "")]
            index.add(url, title, kind, **fields)
    places = {
        pid: (place.name(lang), place.country)
        for pid in archive.places
        if (place := archive.gazetteer.get(pid)) is not None
    }
    index.write(index_folder(output.root, lang), output.write, places=places)
    return len(index)


def _names(archive: Archive, place_ids: Iterable[str]) -> Iterator[str]:
    """Every name of these places: in each language, and the name of the country of each."""
    for pid in place_ids:
        place = archive.gazetteer.get(pid)
        if place is None:
            yield pid
            continue
        for code in NAME_LANGUAGES:
            yield place.name(code)
            if place.kind != "country":
                yield i18n.country_name(place.country, code)


def _people(people: Iterable[dict[str, Any]]) -> Iterator[str]:
    for person in people:
        yield person.get("name") or ""
        yield str(role_label(person))
        yield person.get("role") or ""
        yield from (person.get("roles_by_lang") or {}).values()


def _line(archive: Archive, person: dict[str, Any]) -> str:
    role = str(role_label(person))
    place = archive.gazetteer.get(person.get("place") or "")
    where = f" ({place.name(i18n.current_lang())})" if place else ""
    return f"{person.get('name', '')}{', ' + role if role else ''}{where}"


def _documents(archive: Archive, lang: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    def name(pid: str) -> str:
        place = archive.gazetteer.get(pid)
        return place.name(lang) if place else pid

    for node in archive.articles:
        tags = node.tags
        yield (
            "article",
            node.id,
            node.title,
            {
                "names": [
                    *_names(archive, tags.get("places", [])),
                    *_people(tags.get("principals", [])),
                    *(node.source or "",),
                ],
                "text": plain_text(node) if node.lang == lang else "",
                "date": node.published.isoformat(),
                "date_label": i18n.format_date(node.published, lang=lang),
                "excerpt": summary(node, EXCERPT_WORDS),
                "lang": node.lang,
                "langs": [node.lang],
                "places": tags.get("places", []),
            },
        )
    for node in archive.places.values():
        place = node.place
        where = (
            kind_label(place.kind)
            if place.kind == "country"
            else (f"{kind_label(place.kind)}, {i18n.country_name(place.country, lang)}")
        )
        yield (
            "place",
            node.id,
            place.name(lang),
            {"names": list(_names(archive, [node.id])), "excerpt": where, "places": [node.id]},
        )
    for node in archive.pairs.values():
        title = " – ".join(name(pid) for pid in node.places)
        yield (
            "pair",
            node.id,
            title,
            {"names": list(_names(archive, node.places)), "excerpt": title, "places": list(node.places)},
        )
    for node in archive.meetings.values():
        yield (
            "meeting",
            node.id,
            " – ".join(name(pid) for pid in node.places),
            {
                "names": [*_names(archive, node.places), *_people(node.principals), *_people(node.attendees)],
                "date": node.date.isoformat(),
                "date_label": i18n.format_date(node.date, lang=lang),
                "excerpt": "; ".join(_line(archive, p) for p in node.principals),
                "langs": sorted({a.lang for a in node.articles}),
                "places": node.places,
            },
        )
    for node in archive.people.values():
        roles = "; ".join(
            str(role_label(role)) + (f", {name(role['place'])}" if role.get("place") else "") for role in node.roles
        )
        places = [role["place"] for role in node.roles if role.get("place")]
        yield (
            "person",
            node.id,
            node.name,
            {"names": [*_people(node.roles), *_names(archive, places)], "excerpt": roles, "places": places},
        )
