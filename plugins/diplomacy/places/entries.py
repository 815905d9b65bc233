"""One place of the gazetteer, and the checks every entry of ``data/places.json`` passes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .names import slugify
from .register import PARTNERSHIP_KINDS, Partnership

KINDS = frozenset({"city", "region", "country"})
REQUIRED_FIELDS = ("id", "name", "kind", "country", "lat", "lon")
NAME_LANGUAGES = ("en", "de")  # every place is named in these (Place.name_en, Place.name_de)


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name_en: str
    name_de: str
    aliases: tuple[str, ...]
    kind: str
    country: str
    lat: float
    lon: float
    partners: tuple[tuple[str, int | None], ...]
    adjectives: tuple[str, ...] = ()
    ambiguous: bool = False
    partnerships: tuple[Partnership, ...] = ()  # the same partners, with kind and source (the register)

    def name(self, lang: str) -> str:
        """The display name in ``lang`` ("de" or "en"; anything else → English)."""
        return self.name_de if lang[:2].lower() == "de" else self.name_en


class GazetteerError(ValueError):
    """The gazetteer file is invalid; the message names the file, entry and fix."""


def parse_entry(entry: Any, number: int, where: str) -> Place:
    if not isinstance(entry, dict):
        raise GazetteerError(f"{where}: entry #{number} is not a JSON object")
    label = f"{where}: entry #{number} ({entry.get('id', 'no id')!r})"
    missing = [key for key in REQUIRED_FIELDS if key not in entry]
    if missing:
        raise GazetteerError(
            f"{label} lacks field(s) {', '.join(missing)}; add them (see the header of "
            "data/build_gazetteer.py) or rebuild the file"
        )
    place_id = entry["id"]
    if not isinstance(place_id, str) or slugify(place_id) != place_id:
        raise GazetteerError(f"{label}: id must be a lowercase ASCII slug like 'koeln'")
    name = entry["name"]
    if not isinstance(name, dict) or not all(isinstance(name.get(lang), str) and name[lang] for lang in NAME_LANGUAGES):
        raise GazetteerError(f'{label}: name must be {{"en": "...", "de": "..."}} with both languages')
    if entry["kind"] not in KINDS:
        raise GazetteerError(f"{label}: kind {entry['kind']!r} is not one of {sorted(KINDS)}")
    country = entry["country"]
    if not (isinstance(country, str) and len(country) == 2 and country.isupper()):
        raise GazetteerError(f"{label}: country must be an ISO 3166-1 alpha-2 code such as 'DE'")
    try:
        lat, lon = round(float(entry["lat"]), 4), round(float(entry["lon"]), 4)
    except (TypeError, ValueError, OverflowError) as exc:
        raise GazetteerError(f"{label}: lat/lon must be numbers") from exc
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(
            f"{label}: lat/lon ({entry['lat']}, {entry['lon']}) are not a point on Earth; give degrees with "
            "-90 <= lat <= 90 and -180 <= lon <= 180 (in data/curated.toml) and rebuild the file"
        )
    partners: list[tuple[str, int | None]] = []
    partnerships: list[Partnership] = []
    for partner in entry.get("partners", []):
        if not isinstance(partner, dict) or not isinstance(partner.get("id"), str):
            raise GazetteerError(f'{label}: partners must be objects like {{"id": "hamburg", "since": 1986}}')
        since = partner.get("since")
        if since is not None and not isinstance(since, int):
            raise GazetteerError(f"{label}: partner {partner['id']!r} since must be a year or null")
        partners.append((partner["id"], since))
        kind = partner.get("kind", "sister-city")
        if kind not in PARTNERSHIP_KINDS:
            raise GazetteerError(f"{label}: partner {partner['id']!r} kind {kind!r} is not one of {PARTNERSHIP_KINDS}")
        source, url = partner.get("source", ""), partner.get("url", "")
        if not (isinstance(source, str) and isinstance(url, str)):
            raise GazetteerError(f"{label}: partner {partner['id']!r} source and url must be strings")
        partnerships.append(Partnership(place_id, partner["id"], kind, since, source, url))
    for list_field in ("aliases", "adjectives"):
        value = entry.get(list_field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise GazetteerError(f"{label}: {list_field} must be a list of strings")
    return Place(
        id=place_id,
        name_en=name["en"],
        name_de=name["de"],
        aliases=tuple(entry.get("aliases", [])),
        kind=entry["kind"],
        country=country,
        lat=lat,
        lon=lon,
        partners=tuple(partners),
        adjectives=tuple(entry.get("adjectives", [])),
        ambiguous=bool(entry.get("ambiguous", False)),
        partnerships=tuple(partnerships),
    )
