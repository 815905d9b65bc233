"""The partnership register: formal partnerships between places, each with its kind, year and source.

The register's one home is ``data/partnerships.toml`` (one ``[[partnership]]`` table per partnership:
``a``, ``b`` (place ids), ``kind``, ``since`` (a year or ``"unknown"``), ``source`` (title) and ``url``).
``data/build_gazetteer.py`` checks it with :func:`parse_register` against the places it knows and writes
each partnership into both places' ``partners`` in ``data/places.json``, from which the gazetteer
(:class:`~.gazetteer.Gazetteer`) reads it back as :class:`Partnership` objects.

>>> p = parse_partnership({"a": "koeln", "b": "beijing", "kind": "sister-city", "since": 1987,
...     "source": "Stadt Köln: Städtepartnerschaften", "url": "https://www.stadt-koeln.de/"}, 1, "register")
>>> p.places, p.since, p.kind
(('beijing', 'koeln'), 1987, 'sister-city')
>>> parse_partnership({"a": "koeln", "b": "beijing", "kind": "sister-city", "since": 1850,
...     "source": "x", "url": "https://x.org/"}, 7, "register")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
diplomacy.places.register.RegisterError: register: [[partnership]] #7 (koeln – beijing): since 1850 is not ...
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The kinds of formal partnership (the site words them: site/labels.py).
PARTNERSHIP_KINDS = ("sister-city", "friendship-city", "partner-region", "cooperation", "in-preparation")
FIRST_YEAR = 1949  # no formal partnership of a Chinese place is older than the People's Republic
UNKNOWN = "unknown"  # the register's word for a year no source states
FIELDS = ("a", "b", "kind", "since", "source", "url")


class RegisterError(ValueError):
    """An entry of the partnership register is invalid; the message names the entry and the fix."""


@dataclass(frozen=True, slots=True)
class Partnership:
    """One formal partnership: ``a`` and ``b`` as the register gives them (in the gazetteer: the place
    that lists it and its partner); ``places`` sorted."""

    a: str
    b: str
    kind: str
    since: int | None
    source: str
    url: str

    @property
    def formal(self) -> bool:
        """In force (every kind but ``in-preparation``)."""
        return self.kind != "in-preparation"

    @property
    def places(self) -> tuple[str, str]:
        first, second = sorted((self.a, self.b))
        return first, second

    @property
    def id(self) -> str:
        """The pair's id, as the archive names pairs (``duesseldorf--shanghai``)."""
        return "--".join(self.places)

    def partner_of(self, place_id: str) -> str:
        return self.b if place_id == self.a else self.a

    def record(self, place_id: str) -> dict[str, Any]:
        """The entry in ``place_id``'s ``partners`` list of ``data/places.json``."""
        return {
            "id": self.partner_of(place_id),
            "since": self.since,
            "kind": self.kind,
            "source": self.source,
            "url": self.url,
        }


def _label(spec: Mapping[str, Any], number: int, where: str) -> str:
    return f"{where}: [[partnership]] #{number} ({spec.get('a', '?')} – {spec.get('b', '?')})"


def parse_partnership(spec: Any, number: int, where: str, *, this_year: int | None = None) -> Partnership:
    """Check one ``[[partnership]]`` table (numbered from 1) and make it a :class:`Partnership`."""
    if not isinstance(spec, dict):
        raise RegisterError(f"{where}: [[partnership]] #{number} is not a table")
    label = _label(spec, number, where)
    missing = [key for key in FIELDS if spec.get(key) in (None, "")]
    if missing:
        raise RegisterError(f"{label} lacks {', '.join(missing)}; every partnership needs {', '.join(FIELDS)}")
    unknown = sorted(set(spec) - set(FIELDS))
    if unknown:
        raise RegisterError(f"{label}: unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}")
    a, b = spec["a"], spec["b"]
    if not (isinstance(a, str) and isinstance(b, str)) or a == b:
        raise RegisterError(f"{label}: a and b must be two different place ids")
    if spec["kind"] not in PARTNERSHIP_KINDS:
        raise RegisterError(f"{label}: kind {spec['kind']!r} is not one of {', '.join(sorted(PARTNERSHIP_KINDS))}")
    since = spec["since"]
    last = this_year or dt.date.today().year
    if since == UNKNOWN:
        since = None
    elif not isinstance(since, int) or isinstance(since, bool) or not FIRST_YEAR <= since <= last:
        raise RegisterError(
            f"{label}: since {since!r} is not a plausible year; give the year it began "
            f"({FIRST_YEAR}–{last}) or {UNKNOWN!r}"
        )
    source, url = spec["source"], spec["url"]
    if not isinstance(source, str) or not source.strip():
        raise RegisterError(f"{label}: source must be the title of the page that states the partnership")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or " " in url:
        raise RegisterError(f"{label}: url {url!r} must be the http(s) address of the source")
    return Partnership(a, b, spec["kind"], since, " ".join(source.split()), url)


def parse_register(
    specs: Iterable[Any],
    known: Callable[[str], bool],
    where: str = "partnerships.toml",
    *,
    this_year: int | None = None,
) -> list[Partnership]:
    """Check every entry (fields, kind, year, source, both places ``known``, no pair twice)."""
    partnerships: list[Partnership] = []
    seen: dict[str, int] = {}
    for number, spec in enumerate(specs, start=1):
        partnership = parse_partnership(spec, number, where, this_year=this_year)
        label = _label(spec, number, where)
        for place_id in (partnership.a, partnership.b):
            if not known(place_id):
                raise RegisterError(
                    f"{label}: unknown place id {place_id!r}; use an id of data/places.json or add the place "
                    "to data/curated.toml ([[place]] with id, name = {en, de}, kind, country, lat, lon)"
                )
        if partnership.id in seen:
            raise RegisterError(
                f"{label}: the pair {partnership.id} is already entry #{seen[partnership.id]}; "
                "one entry per pair (keep the one with the better source)"
            )
        seen[partnership.id] = number
        partnerships.append(partnership)
    return partnerships


def load_register(path: Path, known: Callable[[str], bool], *, this_year: int | None = None) -> list[Partnership]:
    """Read and check the register file (raises :class:`RegisterError` naming the file and entry)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise RegisterError(f"{path}: cannot read the partnership register ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegisterError(f"{path}: not valid TOML ({exc})") from exc
    other = sorted(set(data) - {"partnership"})
    if other:
        raise RegisterError(
            f"{path}: unexpected section(s) {', '.join(other)}; the register holds only [[partnership]] tables "
            "(places go into data/curated.toml)"
        )
    return parse_register(data.get("partnership", []), known, path.name, this_year=this_year)


def count_between(
    partnerships: Iterable[Partnership], country_of: Callable[[str], str], first: str, second: str
) -> int:
    """How many partnerships join a place of country ``first`` with one of ``second`` (ISO codes).

    >>> p = Partnership("koeln", "beijing", "sister-city", 1987, "s", "https://x.org/")
    >>> count_between([p], {"koeln": "DE", "beijing": "CN"}.get, "DE", "CN")
    1
    """
    wanted = {first, second}
    return sum(1 for p in partnerships if {country_of(p.a), country_of(p.b)} == wanted)


def register_summary(entries: Sequence[dict[str, Any]]) -> str:
    """One line: the register's size and its formal German–Chinese partnerships (cities, districts, states).

    >>> register_summary([
    ...     {"id": "koeln", "country": "DE", "partners": [{"id": "beijing", "kind": "sister-city"}]},
    ...     {"id": "beijing", "country": "CN", "partners": [{"id": "koeln", "kind": "sister-city"}]}])
    'partnership register: 1 partnerships; 1 formal German–Chinese partnerships (0 more in preparation)'
    """
    country = {entry["id"]: entry["country"] for entry in entries}
    links = {
        tuple(sorted((entry["id"], partner["id"]))): Partnership(
            entry["id"], partner["id"], partner["kind"], None, "", ""
        )
        for entry in entries
        for partner in entry.get("partners", [])
    }
    formal = [link for link in links.values() if link.formal]
    planned = [link for link in links.values() if not link.formal]
    german_chinese = count_between(formal, country.__getitem__, "DE", "CN")
    in_preparation = count_between(planned, country.__getitem__, "DE", "CN")
    return (
        f"partnership register: {len(links)} partnerships; {german_chinese} formal German–Chinese "
        f"partnerships ({in_preparation} more in preparation)"
    )
