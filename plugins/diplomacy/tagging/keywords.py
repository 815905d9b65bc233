"""The meeting words the tagger cares about, and one fast pass over an article for all of them.

Tables first: every keyword of every kind (meeting verbs, attendance, habit,
partnership, delegation and visit words) in :data:`VOCABULARY`, and the head
words of the role lexicon (:data:`roles.ROLE_HEADS`).  :func:`scanner`
compiles them once, on first use, into one :class:`Scanner`: *one* regular
expression shaped as a character trie (:func:`places.names.trie_pattern`) run
once over the lower-cased text, far cheaper than one alternation per kind
(Python's ``re`` tries the branches of a flat alternation one by one at every
position).  Each hit is then checked where it stands: word boundaries, and for
multi-word phrases a small confirming expression around it ("held talks",
"nahm … teil").

>>> [(hit.word, hit.kind) for hit in scan("Mayor Li met the delegation. Keller also attended.")]
[('mayor', 'role'), ('met', 'meet'), ('delegation', 'meet'), ('delegation', 'delegation'), ('attended', 'attend')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from diplomacy.places.names import trie_pattern

from .roles import ROLE_HEADS

__all__ = [
    "ACCOMPANY",
    "ATTEND",
    "DELEGATION",
    "HABIT",
    "HOST",
    "MEET",
    "PARTNER",
    "ROLE",
    "VOCABULARY",
    "Entry",
    "Hit",
    "Scanner",
    "build_table",
    "scan",
    "scanner",
]

MEET = "meet"
ATTEND = "attend"
ACCOMPANY = "accompany"
HABIT = "habit"
PARTNER = "partner"
ROLE = "role"
DELEGATION = "delegation"
HOST = "host"

# Word: the keyword must be a whole word.  Prefix: it must start a word (role
# nouns take endings).  Infix: anywhere ("Städtepartnerschaft").
_WORD, _PREFIX, _INFIX = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Entry:
    """How one keyword is found: its kind, where it may stand in a word, and what must surround it."""

    kind: str
    mode: int
    confirm: re.Pattern[str] | None  # searched in a window around the hit (lower-cased text)
    back: int = 0  # window: characters before the hit
    ahead: int = 0  # window: characters after the hit


def _plain(kind: str, words: str, mode: int = _WORD) -> list[tuple[str, Entry]]:
    entry = Entry(kind, mode, None)
    return [(w, entry) for w in words.split()]


def _phrase(kind: str, words: str, pattern: str, back: int = 40, ahead: int = 40) -> list[tuple[str, Entry]]:
    entry = Entry(kind, _WORD, re.compile(pattern), back, ahead)
    return [(w, entry) for w in words.split()]


_PARTNERSHIP = re.compile(
    r"(?:sister[\s-]+(?:cit|provin|state|region|relation)|twin[\s-]+(?:town|cit)|twinned|"
    r"partner[\s-]+(?:cit|town|provin|region|state)|partnership|friendship[\s-]+cit|friendly[\s-]+cit|"
    r"friendly[\s-]+(?:exchange|cooperat)\w*[\s-]+relation|"
    r"partnerst[aä]dt|städtepartnerschaft|partnerschaft|schwesterst[aä]dt|freundschaftsst[aä]dt|"
    r"partnerregion|partnerprovinz|partnerland)"
)


VOCABULARY: list[tuple[str, Entry]] = [
    # A reported encounter.  Plural nouns of habit ("visits" as a noun, "Besuche") are left out.
    *_plain(
        MEET,
        "met meets meeting received receives receiving welcomed hosted visited visiting visits discussed discusses "
        "discuss conferred signed signs delegation delegations "
        "trifft traf trafen treffen getroffen zusammentreffen zusammengetroffen zusammengekommen empfing empfingen "
        "empfängt empfangen empfang begrüßte begrüßten begrüßt besuchte besuchten besucht besuch antrittsbesuch "
        "arbeitsbesuch gespräch gespräche gesprächs unterzeichnete unterzeichneten unterzeichnet delegationen "
        "erörterte erörterten beriet berieten diskutierte diskutierten besuchs besuches treffens empfangs "
        "videokonferenz videoschalte gesprächspartner gesprächspartnern unterschriften unterwegs gastgeber gastgeberin "
        "teilgenommen",
    ),
    *_phrase(MEET, "goldene goldenen", r"goldenen?\s+buch"),
    *_phrase(MEET, "video", r"video[\s-]*(?:call|conference|link|meeting)"),
    *_phrase(MEET, "meet", r"meet\s+with"),
    *_phrase(MEET, "talks", r"(?:held|hold|holds|holding)\s+talks|talks\s+with"),
    *_phrase(MEET, "talked", r"talked\s+with"),
    *_phrase(MEET, "meetings", r"(?:held|hold|holds|separate)\s+(?:[\w-]+\s+)?meetings\s+with"),
    *_phrase(MEET, "welcomes", r"welcomes\s+(?:a|the)\b"),
    *_phrase(
        MEET,
        "visit",
        r"\b(?:paid|pays|paying|on|during|a|an|his|her|their|its|official|working|state|first|recent)\s+"
        r"(?:[\w-]+\s+)?visit\b(?!\s+(?:to\s+)?(?:the\s+)?(?:expo|fair|exhibition))",
    ),
    *_phrase(MEET, "called calls", r"call(?:ed|s)\s+on\b"),
    *_phrase(MEET, "views", r"exchanged\s+views"),
    *_phrase(MEET, "hands", r"sh(?:ook|akes?|aking)\s+hands"),
    *_phrase(MEET, "poses pose", r"poses?\s+(?:for\s+a\s+photo\s+)?with"),
    *_phrase(MEET, "zusammen", r"\bkam(?:en)?\s[^.;!?]{0,160}?\bzusammen\b", back=170, ahead=10),
    *_phrase(MEET, "gast", r"\bzu\s+gast\b"),
    *_phrase(
        MEET, "sprach sprachen", r"sprach(?:en)?\s+(?:[\w-]+\s+)?mit\b|\bmit\s[^.;!?]{1,80}?\bsprach(?:en)?\b", back=90
    ),
    *_phrase(MEET, "tauschten tauschte", r"tauschte[n]?\s+sich"),
    *_phrase(
        MEET,
        "hieß hießen hiess hiessen",
        r"hie(?:ß|ss)(?:en)?\b(?:[^.;!?]|\.(?=\S)|\b(?:dr|prof)\.){0,200}?\bwillkommen\b",
        ahead=220,
    ),
    *_phrase(MEET, "willkommen", r"willkommen\s+(?:zu\s+)?(?:hei(?:ß|ss)en|geheißen)\b", back=0, ahead=30),
    # Were there, but only attended.
    *_plain(ATTEND, "attended anwesend zugegen begleitete begleiteten"),
    *_phrase(ATTEND, "present", r"(?:were|was|also|are|is)\s+(?:also\s+)?present"),
    *_phrase(ATTEND, "attendance", r"in\s+attendance"),
    *_phrase(ATTEND, "took", r"also\s+took\s+part"),
    *_phrase(ATTEND, "joined", r"also\s+joined\b"),
    *_phrase(ATTEND, "accompanied", r"accompanied\b(?!\s+by)"),
    *_phrase(ATTEND, "begleitet", r"begleitet\b(?!\s+von)"),
    *_phrase(ATTEND, "teil", r"\bnahm(?:en)?\b(?:[^.;]|\b(?:dr|prof|mr|mrs|ms)\.){0,120}?\bteil\b", back=130, ahead=5),
    *_phrase(ATTEND, "dabei", r"\b(?:war|waren)\s+(?:(?!nicht\b)[\w-]+\.?\s+){0,5}?dabei\b", back=70, ahead=5),
    *_phrase(ATTEND, "dabei", r"\bmit\s+dabei\b", back=5, ahead=5),
    *_phrase(ATTEND, "took", r"took\s+part\s+in\s+the\s+(?:meeting|talks|signing)"),
    *_phrase(ATTEND, "taking", r"(?:also\s+)?taking\s+part\s+(?:were|was)\b", back=6),
    *_phrase(ATTEND, "joined", r"joined\s+the\s+(?:meeting|talks)\b"),
    *_phrase(ATTEND, "travelled traveled", r"travel+ed\s+with\s+the\s+(?:group|guests|delegation)\b", back=0),
    *_phrase(ATTEND, "tisch", r"\bmit\s+am\s+tisch\b", back=8),
    *_phrase(
        ATTEND,
        "gehören gehörten gehört gehörte",
        r"\b(?:zur|zu\s+der|der)\s+(?:[\w-]+\s+)?(?:delegation|begleitung|reisegruppe)\b",
        back=40,
    ),
    *_phrase(ATTEND, "included", r"\b(?:delegation|group)\s+(?:also\s+)?included\b", back=25),
    *_phrase(ATTEND, "dazu", r"\bgehört\s+dazu\b", back=8),
    *_phrase(ATTEND, "unter", r"\bunter\s+den\s+(?:ehren)?gästen\b", back=0),
    *_phrase(ATTEND, "darunter", r"(?:gäste|gästen|teilnehmer)\b[^.;]{0,80}darunter", back=90),
    *_phrase(ATTEND, "ihnen", r"(?:gäste|gästen|teilnehmer)\b[^.;]{0,80}unter\s+ihnen", back=90),
    *_phrase(ATTEND, "included", r"\b(?:they|guests|participants)\s+included\b", back=15),
    *_phrase(ATTEND, "reisen reisten reist reiste", r"(?:^|\n|[.!?]\s+)mit\s+(?:[\w.-]+\s+){1,2}reis", back=40),
    *_phrase(ATTEND, "fuhren fuhr", r"fuhr(?:en)?\b[^.;]{0,160}\bmit\.", ahead=170),
    *_plain(ATTEND, "begleiten"),
    # A clause of companions inside a meeting sentence.
    *_phrase(ACCOMPANY, "accompanied joined", r"(?:accompanied|joined)\s+by\b", back=0, ahead=5),
    *_phrase(ACCOMPANY, "begleitet", r"begleitet\s+von\b", back=0, ahead=6),
    *_plain(ACCOMPANY, "begleitung"),
    # Habit or history rather than the reported encounter.
    *_plain(
        HABIT,
        "frequently regularly often previously häufig häufige häufigen regelmäßig regelmäßige regelmäßigen oft "
        "damals damalige damaligen damaliger",
    ),
    *_phrase(HABIT, "recent", r"in\s+recent\s+years"),
    *_phrase(HABIT, "years", r"over\s+the\s+years|years\s+ago"),
    *_phrase(HABIT, "past", r"(?:for|in)\s+the\s+past\b"),
    *_phrase(HABIT, "year", r"last\s+year"),
    *_phrase(HABIT, "jahren", r"(?:in\s+den\s+(?:letzten|vergangenen)|vor\s+\w+)\s+jahren"),
    *_phrase(HABIT, "laufe", r"im\s+laufe\s+der\s+jahre"),
    *_phrase(HABIT, "jahr", r"(?:im\s+vergangenen|letztes|letzten)\s+jahr\b"),
    *_phrase(HABIT, "bereits", r"bereits\s+(?:im\s+jahr\s+)?\d{4}"),
    # Partnership vocabulary (inside compounds too: "Städtepartnerschaft").
    *[
        (w, Entry(PARTNER, _INFIX, _PARTNERSHIP, 20, 40))
        for w in ["partner", "sister", "twin", "friendship", "friendly", "schwesterst", "freundschaftsst"]
    ],
    # Delegations and visits (the patterns in :mod:`parties` start at these words).
    *_plain(DELEGATION, "delegation delegations delegationen abordnung guests visitors gäste gästen besucher", _PREFIX),
    *_plain(DELEGATION, "besuch"),
    *_plain(
        HOST,
        "visited visiting visits toured visit trip journey tour reise arrived besuchte besuchten besucht reiste "
        "reisten gast station eingetroffen rathaus rathauses hall besuch unterwegs",
    ),
]


class Hit(NamedTuple):
    """A keyword found in the text: where, which literal, which kind."""

    start: int
    end: int
    word: str
    kind: str


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


_INSIDE_WORD = "a-zäöüß0-9"  # a keyword does not start after one of these


class Scanner:
    """Every keyword of a table found in one pass: built once (see :func:`scanner`), then only read.

    Words and prefixes start a word and are found by one trie-shaped expression (the keyword is its
    group 1); infixes ("Städtepartnerschaft") are found with ``str.find`` instead.

    The expression matches the character before the keyword too (the text gets a leading space)
    rather than looking behind for it: the regular expression engine can then skip from one such
    character to the next instead of trying the keywords at every position (about 30 % less time
    for the regular expression). The matches are the same as a look-behind's as long as no keyword
    begins or ends with such a character (a match never swallows the next one's); otherwise, or
    when ``look_behind`` asks for it, the look-behind is used.
    """

    __slots__ = ("infixes", "padded", "pattern", "table")

    def __init__(self, table: Mapping[str, tuple[Entry, ...]], *, look_behind: bool = False) -> None:
        self.table = dict(table)
        words = sorted(w for w, entries in self.table.items() if any(e.mode != _INFIX for e in entries))
        inside = re.compile(f"[{_INSIDE_WORD}]")
        self.padded = not look_behind and all(inside.match(w[0]) and inside.match(w[-1]) for w in words)
        body = trie_pattern(words, re.escape)
        self.pattern = re.compile(f"[^{_INSIDE_WORD}]({body})" if self.padded else f"(?<![{_INSIDE_WORD}])({body})")
        self.infixes = sorted(w for w, entries in self.table.items() if any(e.mode == _INFIX for e in entries))

    def scan(self, text: str) -> list[Hit]:
        """Every checked keyword hit of ``text``, in order."""
        low = _lower(text)
        hits = self._words(text, low)
        if self._infixes(low, hits):
            hits.sort(key=lambda h: h.start)
        return hits

    def _words(self, text: str, low: str) -> list[Hit]:
        """Hits of words and prefixes, checked at their word boundaries and by their confirming expressions."""
        size = len(low)
        hits: list[Hit] = []
        append = hits.append
        table = self.table
        padded = self.padded
        for match in self.pattern.finditer(" " + low if padded else low):
            start, end = match.span(1)
            if padded:
                start, end = start - 1, end - 1
            word = match.group(1)
            if word == "ob" and text[start : start + 2] != "OB":  # "OB Reiter", never "ob" (whether)
                continue
            before = low[start - 1] if start else " "
            before_ok = not (before.isalnum() or before == "-")
            after_ok = end == size or not low[end].isalnum()
            for entry in table[word]:
                mode = entry.mode
                if mode == _WORD:
                    if not (before_ok and after_ok):
                        continue
                elif mode == _PREFIX and not (before_ok or (before == "-" and entry.kind == DELEGATION)):
                    continue
                confirm = entry.confirm
                if confirm is not None and not confirm.search(
                    low, max(0, start - entry.back), min(size, end + entry.ahead)
                ):
                    continue
                append(Hit(start, end, word, entry.kind))
        return hits

    def _infixes(self, low: str, hits: list[Hit]) -> bool:
        """Append the hits of infixes to ``hits``; were there any?"""
        size = len(low)
        found = False
        for word in self.infixes:
            start = low.find(word)
            while start >= 0:
                end = start + len(word)
                for entry in self.table[word]:
                    confirm = entry.confirm
                    if confirm is None or confirm.search(low, max(0, start - entry.back), min(size, end + entry.ahead)):
                        hits.append(Hit(start, end, word, entry.kind))
                        found = True
                start = low.find(word, end)
        return found


def build_table(vocabulary: Iterable[tuple[str, Entry]], role_heads: Iterable[str]) -> dict[str, tuple[Entry, ...]]:
    """Keyword -> its entries, in the order written: the vocabulary's, then a role entry for each role head word."""
    merged: dict[str, list[Entry]] = {}
    for word, entry in vocabulary:
        merged.setdefault(word, []).append(entry)
    role = Entry(ROLE, _PREFIX, None)
    for word in role_heads:
        entries = merged.setdefault(word, [])
        if not any(e.kind == ROLE for e in entries):
            entries.append(role)
    return {word: tuple(entries) for word, entries in merged.items()}


@functools.cache
def scanner() -> Scanner:
    """The scanner of every table: :data:`VOCABULARY` and the role lexicon's head words, built on first use."""
    return Scanner(build_table(VOCABULARY, ROLE_HEADS))


def scan(text: str) -> list[Hit]:
    """Every keyword hit of ``text`` (meeting words and role words), in order."""
    return scanner().scan(text)
