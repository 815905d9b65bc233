"""A small static search index per language, built in Python from the data the generator already has.

The index is a folder of JSON files that ``themes/diplomacy/static/js/searchindex.js`` reads in the browser
(for the search page, search.js):

``manifest.json``
    ``{"version": 2, "lang": "en", "docs": 8000, "chunk": 8, "shards": ["6b6f", …], "stopwords": […]}``;
    ``shards`` names every term shard that exists, so the client asks for no file that is not there;
    ``stopwords`` are the words :func:`tokens` leaves out, so the client drops the same words from a query.
``t-<hex>.json``
    One term shard: every term whose first two characters (code points, after :func:`fold`) are the same,
    as ``{term: [delta, …]}``.  The shard's name is the hex of those two characters' UTF-8 bytes
    (``"ko"`` → ``t-6b6f.json``), safe on every file system.  A posting is ``doc * 4 + weight``: weight 3
    for a hit in the title or the names, 2 for a word found more than once in the text, 1 for once.
    Postings are in ascending order, one per document and term, and written as the difference to the
    one before (the first as it is), which keeps the common words' lists short.
``d-<n>.json``
    Documents ``n * 8`` to ``n * 8 + 7``: a list of ``[url, title, kind, date, date_label, excerpt, lang]``.
    Small chunks, so that a page of results loads little even when its documents are far apart.
``f.json``, ``p.json``
    The facets of every document (searchfacets.py): kind, languages of the report and year in ``f.json``
    (small, loaded with every search), places and their countries in ``p.json`` (loaded when asked for).

Documents are numbered undated first (places, people, partnerships), then newest first, each group in
the order they were added: the client ranks by summed weight and breaks ties by the smaller number,
which is the newer document.  Identical input gives byte-identical files.

The client treats every query word as a prefix and requires all of them, so the index stores whole words
only.  A word with ä, ö or ü is also stored in its transliteration (``Köln`` as ``koln`` and ``koeln``).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from . import searchfacets

__all__ = ["CHUNK", "STOPWORDS", "VERSION", "SearchIndex", "fold", "shard_name", "tokens"]

VERSION = 2
CHUNK = 8  # documents per d-<n>.json

TITLE, TWICE, ONCE = 3, 2, 1  # posting weights
SHARD_BYTES = 16_000  # a larger shard is split by its next character …
SHARD_DEPTH = 4  # … down to shards of four-character prefixes

# Short lists of words too common to find anything. Words that mean something in the other language
# ("war", "will", "also" …) are left out of both: the two lists apply to every text.
# fmt: off
EN_STOPWORDS = frozenset(
    [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "if", "in", "into", "is", "it", "its", "more", "most", "no", "not", "of", "on", "or", "our", "she", "so",
        "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "to", "was", "we", "were", "what", "when", "which", "who", "with", "would", "you",
    ]
)
DE_STOPWORDS = frozenset(
    [
        "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des",
        "die", "dies", "diese", "dieser", "dir", "doch", "du", "durch", "ein", "eine", "einem", "einen", "einer",
        "eines", "er", "es", "für", "hat", "ich", "ihr", "im", "in", "ist", "ja", "man", "mit", "nach", "nicht",
        "noch", "nur", "ob", "oder", "sich", "sie", "sind", "so", "über", "um", "und", "uns", "vom", "von", "vor",
        "wie", "wir", "wird", "zu", "zum", "zur",
    ]
)
# fmt: on

# U+0308 is the diaeresis of ä, ö, ü once decomposed (NFKD)
_DIAERESIS = "\u0308"
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARK_RE = re.compile(f"[{_MARKS}]+")
_UMLAUT_RE = re.compile(f"([aou]){_DIAERESIS}")
_WORD_RE = re.compile(r"[^\W_]+")  # letters and digits (str.isalnum); everything else separates words
_SEPARATORS = "".join(chr(c) for c in range(128) if not chr(c).isalnum())
_ASCII_SEPARATORS = str.maketrans(_SEPARATORS, " " * len(_SEPARATORS))
_BYTE_SEPARATORS = bytes.maketrans(_SEPARATORS.encode("ascii"), b" " * len(_SEPARATORS))
# letters that carry no separable diacritic; the client maps the same ones
_SPECIAL = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe", "þ": "th"}
_SPECIAL_RE = re.compile("[" + "".join(_SPECIAL) + "]")


def _special(match: re.Match[str]) -> str:
    return _SPECIAL[match.group()]


def _unmark(decomposed: str) -> str:
    """Drop combining marks and map the special letters of a decomposed, case-folded text."""
    text = _MARK_RE.sub("", decomposed)
    return _SPECIAL_RE.sub(_special, text) if not text.isascii() else text


def fold(text: str) -> str:
    """Case-fold ``text`` and strip its diacritics; ß becomes ss (searchindex.js folds the same way).

    >>> fold("Köln, Düsseldorf, São Paulo, Straße, ŁÓDŹ")
    'koln, dusseldorf, sao paulo, strasse, lodz'
    """
    if text.isascii():
        return text.lower()
    return _unmark(unicodedata.normalize("NFKD", text).casefold())


STOPWORDS = frozenset(fold(word) for word in EN_STOPWORDS | DE_STOPWORDS)  # folded as the texts are: für → fur


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the index stores them: folded, at least two characters, no stopwords.

    Words are runs of letters and digits; hyphens, apostrophes and everything else separate them.
    A word with ä, ö or ü comes twice: folded, then transliterated (ä → ae, ö → oe, ü → ue).

    >>> tokens("Der Oberbürgermeister von Köln und Shanghai's Vize-Bürgermeister")
    ['oberburgermeister', 'oberbuergermeister', 'koln', 'koeln', 'shanghai', 'vize', 'burgermeister', 'buergermeister']
    """
    # Fast (a regular expression costs 20 ns a character): ASCII separators become spaces, str.split()
    # cuts there and at all Unicode white space; only the few pieces left with other characters
    # (umlauts, typographic quotes) take the full path of _chunk_tokens, cached.
    stop = STOPWORDS
    text = text.casefold()
    if text.isascii():
        return [word for word in text.translate(_ASCII_SEPARATORS).split() if len(word) > 1 and word not in stop]
    out: list[str] = []
    for word in (
        text.encode("utf-8", "surrogatepass").translate(_BYTE_SEPARATORS).decode("utf-8", "surrogatepass").split()
    ):
        if not word.isascii():
            out.extend(_chunk_tokens(word))
        elif len(word) > 1 and word not in stop:
            out.append(word)
    return out


def _tokens(text: str) -> list[str]:
    """:func:`tokens` by its definition, slowly: the client's way, and the reference for the fast one."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    plain = _WORD_RE.findall(_unmark(decomposed))
    if _DIAERESIS not in decomposed:
        return [word for word in plain if len(word) > 1 and word not in STOPWORDS]
    spelled = _WORD_RE.findall(_unmark(_UMLAUT_RE.sub(r"\1e", decomposed)))
    out: list[str] = []
    for word, other in zip(plain, spelled, strict=True):  # the same words: only letters inside them differ
        if word in STOPWORDS:
            continue
        if len(word) > 1:
            out.append(word)
        if other != word and len(other) > 1:
            out.append(other)
    return out


@functools.lru_cache(maxsize=8192)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    return tuple(_tokens(chunk))


@functools.lru_cache(maxsize=16384)
def _name_tokens(name: str) -> tuple[str, ...]:
    """:func:`tokens` of a name: the same places, countries and roles name thousands of documents."""
    return tuple(tokens(name))


def shard_name(prefix: str) -> str:
    """The name of the shard of a prefix (two characters, or more where a shard was split): the hex of its
    UTF-8 bytes. Without a split, a term's shard is that of its first two characters.

    >>> shard_name("ko"), shard_name("über"[:1] + "x"), shard_name("may")
    ('6b6f', 'c3bc78', '6d6179')
    """
    return prefix[:SHARD_DEPTH].encode("utf-8").hex()


def _dump(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class SearchIndex:
    """The search index of one language; :meth:`add` every document, then :meth:`write` the folder once.

    >>> index = SearchIndex("de")
    >>> index.add("/de/orte/koeln/", "Köln", "place", names=["Cologne"], excerpt="Stadt in Deutschland")
    >>> index.add("/de/treffen/x/", "Treffen in Köln", "meeting", text="Köln und Shanghai", date="2024-09-09")
    >>> index.search("koeln shang")
    [1]
    >>> index.search("cologne")
    [0]
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._docs: list[tuple[str, str, str, str, str, str, str]] = []
        self._facets: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (languages of the report, places)
        self._postings: dict[str, array[int]] = {}

    def __len__(self) -> int:
        return len(self._docs)

    def add(
        self,
        url: str,
        title: str,
        kind: str,
        *,
        names: Iterable[str] = (),
        text: str = "",
        date: str = "",
        date_label: str = "",
        excerpt: str = "",
        lang: str | None = None,
        langs: Iterable[str] = (),
        places: Iterable[str] = (),
    ) -> None:
        """Add one document (a page of the site).

        ``names`` (place names in both languages, people, roles) weigh like the title; ``text`` (the body)
        weighs less.  ``date`` is ISO (``2024-09-09``) and orders ties, newest first; ``date_label`` is
        what the reader sees.  ``lang`` is the language of ``title`` and ``excerpt`` (default: the index's).
        ``langs`` (the languages of the reports) and ``places`` (place ids) are the document's facets.
        """
        doc = len(self._docs)
        self._docs.append((url, title, kind, date, date_label, excerpt, lang or self.lang))
        self._facets.append((tuple(sorted(set(langs))), tuple(dict.fromkeys(places))))
        postings = self._postings
        strong = set(tokens(title))
        for name in names:
            strong.update(_name_tokens(name))
        base = doc * 4
        for term in strong:
            found = postings.get(term)
            if found is None:
                postings[term] = array("I", (base + TITLE,))
            else:
                found.append(base + TITLE)
        if text:
            for term, count in Counter(tokens(text)).items():
                if term in strong:
                    continue
                posting = base + (TWICE if count > 1 else ONCE)
                found = postings.get(term)
                if found is None:
                    postings[term] = array("I", (posting,))
                else:
                    found.append(posting)

    def _order(self) -> list[int]:
        """Old document numbers in their written order: undated first, then newest first, else as added."""
        return sorted(range(len(self._docs)), key=lambda doc: self._docs[doc][3] or "\uffff", reverse=True)

    def search(self, query: str) -> list[int]:
        """The documents (as added) that the client would find for ``query``, best first: for tests and tools.

        Every query word is a prefix; all are required; a word's weight in a document is its best hit.
        """
        groups = _query_groups(query)
        if not groups:
            return []
        order = self._order()
        rank = {old: new for new, old in enumerate(order)}
        total: dict[int, int] | None = None
        for group in groups:
            best: dict[int, int] = {}
            for prefix in group:
                for term, postings in self._postings.items():
                    if term.startswith(prefix):
                        for posting in postings:
                            doc = posting >> 2
                            best[doc] = max(best.get(doc, 0), posting & 3)
            total = best if total is None else {doc: total[doc] + w for doc, w in best.items() if doc in total}
        assert total is not None
        return sorted(total, key=lambda doc: (-total[doc], rank[doc]))

    def write(
        self,
        folder: Path,
        write_file: Callable[[Path, bytes], None] | None = None,
        places: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        """Write the index into ``folder`` (created; earlier shards and chunks there are removed).

        ``write_file(path, data)`` writes each file (default: ``Path.write_bytes``); the site's build
        passes its own, which records the file and leaves unchanged bytes alone.  ``places`` gives each
        place id of the facets its name and country code (default: the id and no country).
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        order = self._order()
        remap: list[int] | None = None
        if order != list(range(len(order))):
            remap = [0] * len(order)
            for new, old in enumerate(order):
                remap[old] = new
        written: set[str] = set()

        def put(name: str, data: object) -> None:
            if write_file is None:
                (folder / name).write_bytes(_dump(data))
            else:
                write_file(folder / name, _dump(data))
            written.add(name)

        groups: dict[str, list[str]] = {}
        for term in sorted(self._postings):
            groups.setdefault(term[:2], []).append(term)
        shards: list[str] = []
        for prefix, terms in groups.items():
            content: dict[str, list[int]] = {}
            for term in terms:
                postings = self._postings[term]
                if remap is None:
                    content[term] = _deltas(postings.tolist())
                else:
                    content[term] = _deltas(sorted([(remap[p >> 2] << 2) | (p & 3) for p in postings]))
            for name, part in _split(prefix, content):
                put(f"t-{name}.json", part)
                shards.append(name)
        docs = [self._docs[old] for old in order]
        if docs:
            facets = [self._facets[old] for old in order]
            put("f.json", searchfacets.kinds_and_years(docs, facets))
            put("p.json", searchfacets.places(facets, places or {}))
        for number, start in enumerate(range(0, len(docs), CHUNK)):
            put(f"d-{number}.json", [list(doc) for doc in docs[start : start + CHUNK]])
        for stale in [*folder.glob("t-*.json"), *folder.glob("d-*.json"), *folder.glob("[fp].json")]:
            if stale.name not in written:
                stale.unlink()
        manifest = {
            "version": VERSION,
            "lang": self.lang,
            "docs": len(docs),
            "chunk": CHUNK,
            "shards": sorted(shards),
            "stopwords": sorted(STOPWORDS),
        }
        put("manifest.json", manifest)


def _split(prefix: str, content: dict[str, list[int]]) -> Iterator[tuple[str, dict[str, list[int]]]]:
    """The shards of the terms that start with ``prefix``: (name, terms).

    One shard, unless its file would be over :data:`SHARD_BYTES`: then the shard of ``prefix`` keeps only
    the term ``prefix`` itself and each next character opens a shard of its own, split again where needed
    (up to :data:`SHARD_DEPTH` characters), so a query for a common word loads little besides that word.
    """
    if len(prefix) >= SHARD_DEPTH or len(_dump(content)) <= SHARD_BYTES:
        yield shard_name(prefix), content
        return
    own = {term: postings for term, postings in content.items() if term == prefix}
    if own:
        yield shard_name(prefix), own
    longer: dict[str, dict[str, list[int]]] = {}
    for term, postings in content.items():
        if term != prefix:
            longer.setdefault(term[: len(prefix) + 1], {})[term] = postings
    for sub, part in longer.items():
        yield from _split(sub, part)


def shard_of(term: str, shards: Iterable[str]) -> str | None:
    """The shard that holds ``term`` among the written ``shards`` (the longest prefix that has one)."""
    names = set(shards)
    for length in range(min(len(term), SHARD_DEPTH), 1, -1):
        if shard_name(term[:length]) in names:
            return shard_name(term[:length])
    return None


def _deltas(postings: list[int]) -> list[int]:
    """Ascending postings as differences: [5, 9, 30] → [5, 4, 21] (the client adds them up again)."""
    return [p - q for p, q in zip(postings, [0, *postings[:-1]], strict=True)]


def _query_groups(query: str) -> list[list[str]]:
    """A query as the client reads it: one group of spellings per word; stopwords dropped unless all are."""
    groups: list[list[str]] = []
    stopped: list[list[str]] = []
    decomposed = unicodedata.normalize("NFKD", query).casefold()
    plain = _WORD_RE.findall(_unmark(decomposed))
    spelled = _WORD_RE.findall(_unmark(_UMLAUT_RE.sub(r"\1e", decomposed)))
    for word, other in zip(plain, spelled, strict=True):
        group = [spelling for spelling in dict.fromkeys((word, other)) if len(spelling) >= 2]
        if group and group not in groups and group not in stopped:
            (stopped if word in STOPWORDS else groups).append(group)
    return groups or stopped
