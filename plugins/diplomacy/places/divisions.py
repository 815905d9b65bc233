"""Administrative divisions as tables: German districts (``data/districts_de.tsv``) and China's
prefecture-level divisions (``data/prefectures_cn.tsv``), read for ``data/build_gazetteer.py``.

Each table is tab-separated UTF-8 with ``#`` comment lines; its last comment line names the columns.
This module reads and checks a table and says how its places are named; the build makes places of them.

>>> district = District("DE91A", "NI", "landkreis", "Landkreis Peine", "Peine", 52.32, 10.23)
>>> district.base, district.name_en
('Peine', 'Peine District')
>>> district.forms()
['Landkreis Peine', 'Kreis Peine', 'Landkreises Peine', 'Kreises Peine', 'Peine District']
>>> rhein_sieg = District("DEA2C", "NW", "landkreis", "Rhein-Sieg-Kreis", "Siegburg", 50.8, 7.2)
>>> rhein_sieg.name_en, rhein_sieg.forms()
('Rhein-Sieg District', ['Rhein-Sieg-Kreis', 'Rhein-Sieg-Kreises', 'Rhein-Sieg District'])
>>> District("DE929", "NI", "landkreis", "Region Hannover", "Hannover", 52.4, 9.7, "Hanover Region").forms()
['Region Hannover', 'Hanover Region']
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .names import slugify

DISTRICT_KINDS = ("landkreis", "kreisfreie-stadt", "regierungsbezirk")
PREFECTURE_KINDS = ("city", "prefecture", "autonomous-prefecture", "league")
_PREFIXES = ("Landkreis ", "Kreis ")
# The other names of a Regierungsbezirk, by state: its government's ("Bezirksregierung Düsseldorf") and, in
# Bavaria, the self-governing Bezirk's ("Bezirk Oberfranken").
_GOVERNMENT_REGION_FORMS = {
    "BW": ("Regierungsbezirk {}", "Regierungspräsidium {}"),
    "HE": ("Regierungsbezirk {}", "Regierungspräsidium {}"),
    "NW": ("Regierungsbezirk {}", "Bezirksregierung {}"),
    "BY": ("Regierungsbezirk {}", "Bezirk {}"),
}
# The German and English word for each kind of Chinese prefecture-level division that is not a city.
PREFECTURE_WORDS = {
    "prefecture": ("Regierungsbezirk", "Prefecture"),
    "autonomous-prefecture": ("Autonomer Bezirk", "Prefecture"),
    "league": ("Bund", "League"),
}


_DISTRICT_STARTS = ("Landkreis ", "Kreis ", "Region ", "Städteregion ", "Regionalverband ")


def is_district(name_de: str, kind: str, country: str) -> bool:
    """Is a place a German district (a Landkreis, Kreis, Region Hannover …), by its German name?

    >>> is_district("Landkreis Görlitz", "region", "DE"), is_district("Rhein-Sieg-Kreis", "region", "DE")
    (True, True)
    >>> is_district("Görlitz", "city", "DE"), is_district("Sachsen", "region", "DE")
    (False, False)
    """
    return (
        kind == "region"
        and country == "DE"
        and (name_de.startswith(_DISTRICT_STARTS) or name_de.casefold().endswith("kreis"))
    )


class DivisionError(ValueError):
    """A row of a division table is invalid; the message names the file, the line and the fix."""


@dataclass(frozen=True, slots=True)
class District:
    """A German Kreis (``landkreis``: also Region, Städteregion, Regionalverband) or kreisfreie Stadt."""

    nuts: str
    state: str  # ISO 3166-2 code without "DE-"
    kind: str
    name: str  # the official German name ("Landkreis Peine", "Rhein-Sieg-Kreis", "Region Hannover")
    seat: str
    lat: float
    lon: float
    english: str = ""  # the English name where the rule below does not give it
    aliases: tuple[str, ...] = ()

    @property
    def base(self) -> str:
        """The name without "Landkreis"/"Kreis" in front ("Peine"; "Rhein-Sieg-Kreis" stays)."""
        if self.kind == "regierungsbezirk":
            return self.name.removeprefix("Regierungsbezirk ")
        for prefix in _PREFIXES:
            if self.name.startswith(prefix):
                return self.name.removeprefix(prefix)
        return self.name

    @property
    def name_en(self) -> str:
        """ "Peine District", "Rhein-Sieg District" (a name ending in -kreis), else the given English name."""
        if self.english:
            return self.english
        base = self.base
        if base != self.name:
            return f"{base} District"
        for ending in ("-Kreis", "kreis"):
            if base.endswith(ending) and not base.endswith("er Kreis"):
                return f"{base.removesuffix(ending)} District"
        return base

    def forms(self) -> list[str]:
        """The names that say it is a district: official, with the other prefix, English.

        >>> District("DEA1", "NW", "regierungsbezirk", "Regierungsbezirk Düsseldorf", "Düsseldorf", 51.2, 6.8,
        ...     "Düsseldorf Government Region").forms()
        ['Regierungsbezirk Düsseldorf', 'Bezirksregierung Düsseldorf', 'Düsseldorf Government Region']
        """
        forms = [self.name]
        if self.kind == "regierungsbezirk":
            forms += [form.format(self.base) for form in _GOVERNMENT_REGION_FORMS.get(self.state, ())]
        elif self.base != self.name:
            forms += [prefix + self.base for prefix in _PREFIXES]
            forms += [f"{prefix.strip()}es {self.base}" for prefix in _PREFIXES]  # "des Landkreises Peine"
        elif self.name.endswith(("kreis", "Kreis")):
            forms.append(f"{self.name}es")  # "des Rhein-Sieg-Kreises"
        forms += [self.name_en, *self.aliases]
        return list(dict.fromkeys(forms))


@dataclass(frozen=True, slots=True)
class Prefecture:
    """One of China's prefecture-level divisions: a city, prefecture, autonomous prefecture or league."""

    adcode: str
    province: str  # ISO 3166-2 code ("CN-SD")
    kind: str
    zh: str
    name_en: str
    short: str  # the name alone ("Yanbian"); for a city its English name
    geonames: str  # the geonames city it is, if any
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()

    @property
    def name_de(self) -> str:
        """ "Autonomer Bezirk Yanbian", "Bund Xilingol"; a city keeps its name."""
        if self.kind == "city" or not self.short:
            return self.name_en
        return f"{PREFECTURE_WORDS[self.kind][0]} {self.short}"

    @property
    def id(self) -> str:
        """The gazetteer id of a division that is not a city: "yanbian-prefecture", "xilingol-league"."""
        word = "league" if self.kind == "league" else "prefecture"
        return slugify(f"{self.short} {word}") if self.short else slugify(self.name_en)

    def forms(self) -> list[str]:
        """Names that say what it is ("Yanbian Prefecture", "Bezirk Yanbian"), and its aliases."""
        forms = list(self.aliases)
        if self.kind != "city" and self.short:
            word_de, word_en = PREFECTURE_WORDS[self.kind]
            forms += [f"{self.short} {word_en}", f"{word_de} {self.short}", f"Bezirk {self.short}"]
        return [form for form in dict.fromkeys(forms) if form not in (self.name_en, self.name_de)]


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DivisionError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.split("\t")


def _coordinate(value: str, where: str) -> float:
    try:
        number = float(value) if value else math.nan
    except ValueError:
        raise DivisionError(f"{where}: {value!r} is not a number (degrees, like 52.32)") from None
    return number


def _fields(cells: list[str], size: int, where: str) -> list[str]:
    if not size - 2 <= len(cells) <= size:
        raise DivisionError(f"{where}: expected {size} tab-separated columns, found {len(cells)}")
    return [cell.strip() for cell in cells] + [""] * (size - len(cells))


def read_districts(path: Path) -> list[District]:
    """The rows of ``districts_de.tsv`` (nuts, state, kind, name, seat, lat, lon[, en[, aliases]])."""
    districts = []
    for number, cells in _rows(path):
        where = f"{path.name}:{number}"
        nuts, state, kind, name, seat, lat, lon, english, aliases = _fields(cells, 9, where)
        if kind not in DISTRICT_KINDS:
            raise DivisionError(f"{where}: kind {kind!r} is not one of {', '.join(DISTRICT_KINDS)}")
        district = District(
            nuts,
            state,
            kind,
            name,
            seat,
            _coordinate(lat, where),
            _coordinate(lon, where),
            english,
            tuple(a.strip() for a in aliases.split(";") if a.strip()),
        )
        if kind == "landkreis" and math.isnan(district.lat + district.lon):
            raise DivisionError(f"{where}: a district needs lat and lon (its seat's)")
        districts.append(district)
    return districts


def read_prefectures(path: Path) -> list[Prefecture]:
    """The rows of ``prefectures_cn.tsv`` (adcode, province, kind, zh, en, short, geonames, lat, lon, aliases)."""
    prefectures = []
    for number, cells in _rows(path):
        where = f"{path.name}:{number}"
        adcode, province, kind, zh, english, short, geonames, lat, lon, aliases = _fields(cells, 10, where)
        if kind not in PREFECTURE_KINDS:
            raise DivisionError(f"{where}: kind {kind!r} is not one of {', '.join(PREFECTURE_KINDS)}")
        if not english:
            raise DivisionError(f"{where}: the English name (column en) is missing")
        prefectures.append(
            Prefecture(
                adcode,
                province,
                kind,
                zh,
                english,
                short or (english if kind == "city" else ""),
                geonames,
                _coordinate(lat, where),
                _coordinate(lon, where),
                tuple(a.strip() for a in aliases.split(";") if a.strip()),
            )
        )
    return prefectures
