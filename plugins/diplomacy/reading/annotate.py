"""Turn what a reader found (title, paragraphs, editor metadata) into tags.

This is the thin layer between Pelican's readers and the pure tagging code:
it detects the language, runs the tagger, applies the editor's metadata on
top of the guesses (an editor's value always wins) and validates the result.
Everything it returns is plain data, so Pelican's content cache keeps it and
an unchanged article is never tagged again.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import asdict
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from babel import Locale

from ..naming import display_path
from ..places.gazetteer import Gazetteer
from ..settings import LANGUAGES
from ..tagging.language import detect_language
from ..tagging.tagger import Person, tag_article
from .provenance import confidence, editor_says_yes, provenance

logger = logging.getLogger(__name__)

_NONE_WORDS = {"none", "no", "false", "-", "keine", "kein", "nein"}
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=64)
def english_language_name(code: str) -> str:
    """The English name of a language code, from CLDR (Babel), for messages to the editor.

    >>> english_language_name("zh"), english_language_name("de")
    ('Chinese', 'German')
    """
    try:
        name = Locale.parse(code).get_display_name("en") or code
    except (ValueError, TypeError):
        return code
    return name[:1].upper() + name[1:]


class ContentError(Exception):
    """A problem with one content file that stops the build.

    The message always names the file, what is wrong and how to fix it.
    """

    def __init__(self, path: str | Path, problem: str, fix: str) -> None:
        path = display_path(path)
        self.path = path
        self.problem = problem
        self.fix = fix
        super().__init__(f"{path}: {problem}. Fix: {fix}")


def parse_iso_date(value: Any) -> dt.date | None:
    """Parse ``YYYY-MM-DD`` (a datetime or date passes through); None if invalid.

    >>> parse_iso_date("2024-02-29")
    datetime.date(2024, 2, 29)
    >>> parse_iso_date("2024-13-01") is None
    True
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _ISO_DATE.match(str(value))
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _split_list(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r"[,;]", str(value)) if part.strip()]


def _parse_people(path: str, key: str, value: Any, lang: str, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """``Name | Role | place-id; Name | Role | place-id`` → person dicts."""
    people = []
    for entry in str(value).split(";"):
        if not entry.strip():
            continue
        parts = [p.strip() for p in entry.split("|")]
        name = parts[0]
        role = parts[1] if len(parts) > 1 else ""
        place = parts[2] if len(parts) > 2 and parts[2] else None
        if place is not None and gazetteer.get(place) is None:
            raise ContentError(
                path,
                f"metadata '{key}' names the place id '{place}', which is not in the gazetteer",
                "use an id from data/places.json or add the place to data/curated.toml",
            )
        role_key = re.sub(r"[^a-z]+", "_", role.lower()).strip("_")
        people.append({"name": name, "role": role, "role_key": role_key, "place": place, "lang": lang})
    return people


def _person(person: Person, lang: str) -> dict[str, Any]:
    return {**asdict(person), "lang": lang}


def resolve_language(path: str, metadata: dict[str, Any], text: str) -> str:
    """The article's language: the editor's ``lang`` or the detected one."""
    lang = str(metadata.get("lang") or "").strip().lower()
    if lang:
        if lang not in LANGUAGES:
            raise ContentError(
                path,
                f"metadata sets lang '{lang}', but the archive publishes only English (en) and German (de)",
                "set 'Lang: en' or 'Lang: de'",
            )
        return lang
    found, _confidence = detect_language(text)
    if found not in LANGUAGES:
        raise ContentError(
            path,
            f"the text is in {english_language_name(found)} ({found}), not English or German",
            "archive an English or German version, or set 'Lang: en'/'Lang: de' "
            "in its metadata if the detection is wrong",
        )
    return found


_HOST_PREFIXES = ("stadt-", "landkreis-", "kreis-", "landeshauptstadt-", "www2-", "english-")
_NOT_PLACES = frozenset({"www", "www2", "en", "english", "german", "de", "gov", "com", "org", "net", "cn", "info"})
# The sites of embassies and consulates (named after the city they sit in) speak for their country.
_FOREIGN_MISSION = re.compile(r"consulate|embassy|botschaft|konsulat|mfa|fmprc|diplo", re.IGNORECASE)


def publisher_place(url: str, gazetteer: Gazetteer) -> str | None:
    """The city or region whose own site published the article (``www.duesseldorf.de``,
    ``stadt-ratingen.de``, ``medienservice.sachsen.de``, ``english.shanghai.gov.cn``), or None.

    Only a city or a region: a country's name in an address (``german.china.org.cn``) is a media
    site's, not a government's; an embassy's or a consulate's site (``frankfurt.china-consulate.org``)
    speaks for its country, not for the city it sits in.
    """
    host = urlsplit(url).hostname or ""
    if _FOREIGN_MISSION.search(host):
        return None  # frankfurt.china-consulate.org: a consulate's site, not Frankfurt's
    found: set[str] = set()
    for part in host.split(".")[:-1]:
        if part in _NOT_PLACES:
            continue
        label = part
        for prefix in _HOST_PREFIXES:
            label = label.removeprefix(prefix)
        place = gazetteer.get(label) or gazetteer.lookup(label.replace("-", " "))
        if place is not None and place.kind in ("city", "region"):
            found.add(place.id)
    return found.pop() if len(found) == 1 else None


def annotate(
    path: str,
    metadata: dict[str, Any],
    title: str,
    paragraphs: list[str],
    lang: str,
    published: dt.date | None,
    gazetteer: Gazetteer,
    origins: dict[str, dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Tag an article and apply the editor's overrides; return the tags as plain data, with where each
    came from (``provenance``; ``origins``: the reader's word on the title and the publication date,
    the editor's when None), how sure the tagger is, and whether an editor checked them."""
    publisher = publisher_place(str(metadata.get("source_url") or ""), gazetteer)
    tags = tag_article(title, paragraphs, lang, published, gazetteer, publisher)
    for candidate in tags.candidates:
        logger.warning(
            "%s: '%s' looks like a place that met (it follows a title such as "
            "'mayor of'), but it is not in the gazetteer; add it to data/curated.toml "
            "if it is a place",
            path,
            candidate,
        )
    result: dict[str, Any] = {
        "lang": lang,
        "meeting_date": tags.meeting_date.isoformat() if tags.meeting_date else None,
        "is_meeting": tags.is_meeting,
        "places": list(tags.places),
        "pairs": [list(pair) for pair in tags.pairs],
        "principals": [_person(p, lang) for p in tags.principals],
        "attendees": [_person(p, lang) for p in tags.attendees],
        "mentioned": list(tags.mentioned),
        "evidence": [item.as_data() for item in tags.evidence],
        "doubts": list(tags.doubts),
    }
    editor = _apply_overrides(path, metadata, result, gazetteer)
    result["provenance"] = provenance(result, editor, origins or {})
    result["confidence"] = confidence(result["doubts"])
    del result["evidence"], result["doubts"]  # kept in the provenance and the confidence, once per article
    result["reviewed"] = editor_says_yes(metadata.get("reviewed"))
    return result


def _apply_overrides(path: str, metadata: dict[str, Any], result: dict[str, Any], gazetteer: Gazetteer) -> set[str]:
    """The editor's metadata over the tagger's guesses: places, pairs, people, the meeting. Returns the
    fields the editor set (their provenance is ``editor``)."""
    editor: set[str] = set()
    if "places" in metadata:
        _override_places(path, metadata, result, gazetteer)
        editor.update(("places", "pairs"))
    if "pairs" in metadata:
        result["pairs"] = _editor_pairs(path, metadata["pairs"], gazetteer)
        editor.add("pairs")
    # the tagger's key of a role the editor words as the article does ("Parteisekretär": party_secretary)
    keys = {(p["name"], p["role"]): p["role_key"] for p in [*result["principals"], *result["attendees"]]}
    for key in ("principals", "attendees"):
        if key in metadata:
            value = str(metadata[key]).strip()
            people = [] if value.lower() in _NONE_WORDS else _parse_people(path, key, value, result["lang"], gazetteer)
            for person in people:
                person["role_key"] = keys.get((person["name"], person["role"]), person["role_key"])
            result[key] = people
            editor.add(key)
    _override_meeting(path, metadata, result)
    if "meeting_date" in metadata or str(metadata.get("meeting", "")).strip().lower() in _NONE_WORDS:
        editor.add("meeting_date")
    if not result["is_meeting"]:
        result["meeting_date"] = None
    return editor


def _override_places(path: str, metadata: dict[str, Any], result: dict[str, Any], gazetteer: Gazetteer) -> None:
    """``Places: a, b, c``: these places, and every pair of them unless ``Pairs:`` says which."""
    places = _split_list(metadata["places"])
    for place in places:
        if gazetteer.get(place) is None:
            raise ContentError(
                path,
                f"metadata 'places' names the place id '{place}', which is not in the gazetteer",
                "use an id from data/places.json or add the place to data/curated.toml",
            )
    result["places"] = sorted(set(places))
    if "pairs" not in metadata:
        result["pairs"] = [list(pair) for pair in combinations(result["places"], 2)]


def _editor_pairs(path: str, value: Any, gazetteer: Gazetteer) -> list[list[str]]:
    """``Pairs: shanghai/duesseldorf, shanghai/koeln`` -> sorted pairs of known place ids."""
    pairs = []
    for entry in _split_list(value):
        ids = sorted(p.strip() for p in re.split(r"\s*(?:/|–|\s-\s|--)\s*", entry) if p.strip())
        if len(ids) != 2 or any(gazetteer.get(i) is None for i in ids):
            raise ContentError(
                path,
                f"metadata 'pairs' entry '{entry}' is not two known place ids",
                "write pairs as 'shanghai/duesseldorf, shanghai/koeln' with ids from data/places.json",
            )
        pairs.append(ids)
    return sorted(pairs)


def _override_meeting(path: str, metadata: dict[str, Any], result: dict[str, Any]) -> None:
    """``Meeting: none`` or ``Meeting_date: none`` (no meeting), ``Meeting_date: YYYY-MM-DD`` (this day)."""
    meeting = str(metadata.get("meeting", "")).strip().lower()
    if meeting in _NONE_WORDS:
        result["is_meeting"] = False
        result["meeting_date"] = None
    if "meeting_date" not in metadata:
        return
    raw = str(metadata["meeting_date"]).strip()
    if raw.lower() in _NONE_WORDS:
        result["is_meeting"] = False
        result["meeting_date"] = None
        return
    date = parse_iso_date(raw)
    if date is None:
        raise ContentError(
            path,
            f"metadata 'meeting_date' is '{raw}', which is not a valid date",
            "write it as YYYY-MM-DD, e.g. 'Meeting_date: 2023-04-14', or 'none'",
        )
    result["meeting_date"] = date.isoformat()
    result["is_meeting"] = True
