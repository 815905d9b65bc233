"""Finding place names in text: the rules of :meth:`Gazetteer.find` and :meth:`Gazetteer.adjective`.

Two indexes (names and aliases; country adjectives and demonyms) of folded keys, and a matcher that
scans a text for the capitalised words that may start a mention, then takes the longest name at each.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .entries import GazetteerError, Place
from .names import fold, name_key, strip_marks, trie_pattern

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
# Fast candidate scans (no look-behind; _CAP_WORD / the adjective pattern
# then check the word boundaries at the few candidate positions).
_CAP_RUN = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][\w\u0300-\u036f'\u2019\u02bc]*")
_LETTERS = re.compile(r"[a-zA-Z\u00c0-\u024f]+")
_CACHE_MAX = 100_000  # cached words per gazetteer (memory bound)


# Words that say what kind of place a name is: a name with one of them ("Hyogo Prefecture",
# "Präfektur Hyogo", "Kaliningrad Oblast", "Kanton Solothurn") names a place wherever it stands.
_KINDS = """
    province provinz prefecture praefektur state bundesstaat canton kanton region oblast krai county
    landkreis kreis district bezirk municipality league bund regierungsbezirk bezirksregierung
    regierungspraesidium
"""
KIND_WORDS = frozenset(_KINDS.split())


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    place_id: str
    qualified: bool = False  # the name says what kind of place it is ("Präfektur Hyogo"): a place wherever it stands


@dataclass(slots=True)
class NameIndex:
    """Folded key → place id, plus the longest name (in words) per first word."""

    keys: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)  # case-sensitive short all-caps forms
    capital: set[str] = field(default_factory=set)  # keys whose every form is capitalised
    first: dict[str, int] = field(default_factory=dict)
    derived: dict[str, str | None] = field(default_factory=dict)
    forms: set[str] = field(default_factory=set)  # raw forms, lower-cased, for the regex
    qualified: set[str] = field(default_factory=set)  # keys of names with a word of :data:`KIND_WORDS`
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
        words = _WORD.findall(fold(name))
        if len(words) > 1 and not KIND_WORDS.isdisjoint(words):
            self.qualified.add(key)
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


class Matcher:
    """Place mentions in a text, from the names and adjectives of ``places`` (caches per word)."""

    __slots__ = ("_adjective_words", "_adjectives", "_heads", "_names", "places")

    def __init__(self, places: dict[str, Place], where: str) -> None:
        self.places = places
        fix = (
            "give one of them a qualified name, drop the alias, or name the winner "
            "in data/curated.toml [winners] and run data/build_gazetteer.py"
        )
        self._names = NameIndex()
        self._adjectives = NameIndex()
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

    def lookup(self, name: str) -> str | None:
        """The id of an exact, case-insensitive name or alias (not adjectives)."""
        name = name.strip()
        place_id = self._names.exact.get(name) or self._names.keys.get(fold(name))
        if place_id is None:
            place_id = self._names.keys.get(fold(strip_marks(name)))
        return place_id

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
            mentions.append(Mention(start, hit[0], text[start : hit[0]], hit[1], hit[2] in index.qualified))
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
