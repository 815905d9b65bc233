"""The model of the benchmark corpus: places, people in office, meetings, articles.

``Gazetteer`` is the generator's view of ``data/places.json``: every place with its
names in both languages, its country, adjectives and partners, split into the two
sides of every meeting (Chinese places and the others).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

# the first meeting day; meetings follow every 1-3 days at 8,000 articles, farther apart in smaller
# corpora (timeline.SPAN_DAYS)
START = dt.date(2016, 1, 4)


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    en: str
    de: str
    kind: str
    country: str
    partners: tuple[tuple[str, int | None], ...]
    adj_en: str | None  # "Belgian"
    adj_de: str | None  # "belgisch" (stem; endings are added)

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    sex: str  # "m" or "f"
    surname: str


@dataclass(frozen=True, slots=True)
class Office:
    """A person in a role for a place, with the phrases both languages need."""

    person: Person
    place: Place
    en_title: str  # "Mayor of Düsseldorf", "Belgian Ambassador to China"
    en_pre: str  # "Düsseldorf Mayor", "Belgian Ambassador to China"
    en_the: str  # "the mayor of Düsseldorf, Germany"
    de_nom: str  # "der Oberbürgermeister von Köln"
    de_acc: str  # "den Oberbürgermeister von Köln"
    de_dat: str  # "dem Oberbürgermeister von Köln"


@dataclass(slots=True)
class Article:
    number: int
    lang: str
    title: str
    published: dt.date
    source: str
    source_url: str
    paragraphs: list[str]
    caption: str
    editor: str
    style: str = "markdown"  # markdown | shine | gov | blog
    sidecar: bool = False
    # what a perfect tagger finds (for the benchmark's accuracy line)
    meeting_date: dt.date | None = None
    places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Meeting:
    number: int
    date: dt.date
    host: Office
    guest: Office
    attendee: Office | None
    topics: tuple[int, int, int]
    n: int  # "more than {n} enterprises"


class Gazetteer:
    """The places of ``data/places.json`` as the generator needs them."""

    def __init__(self, entries: list[dict[str, object]]) -> None:
        places = [_place(entry) for entry in entries]
        places.sort(key=lambda p: p.id)
        if len(places) < 2:
            raise SystemExit("the gazetteer needs at least two places")
        self.places = places
        self.by_id = {p.id: p for p in places}
        self.countries = {p.country: p for p in places if p.kind == "country"}
        # the two sides of every meeting: Chinese places (with China, through its ambassadors) and the others
        self.chinese = [p for p in places if p.country == "CN"]
        self.foreign = [p for p in places if p.country != "CN"]
        if not self.chinese or not self.foreign:
            self.chinese = self.foreign = places

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def country_name(self, code: str, lang: str) -> str:
        country = self.countries.get(code)
        return country.name(lang) if country else code


def _place(entry: dict[str, object]) -> Place:
    name = entry["name"]
    assert isinstance(name, dict)
    adjectives = [str(a) for a in entry.get("adjectives", []) or []]  # type: ignore[union-attr]
    adj_en = next((a for a in adjectives if a[:1].isupper()), None)
    lower = sorted((a for a in adjectives if a[:1].islower() and a.isalpha()), key=len)
    partners = tuple(
        (str(p["id"]), int(p["since"]) if p.get("since") else None)
        for p in entry.get("partners", []) or []  # type: ignore[union-attr]
    )
    return Place(
        id=str(entry["id"]),
        en=str(name.get("en") or name.get("de")),
        de=str(name.get("de") or name.get("en")),
        kind=str(entry.get("kind", "city")),
        country=str(entry.get("country", "")),
        partners=partners,
        adj_en=adj_en,
        adj_de=lower[0] if lower else None,
    )
