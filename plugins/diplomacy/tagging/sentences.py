"""An article's sentences: their spans, the keywords in each, and what kind of sentence each is.

Pure functions over plain strings, no Pelican import.  :func:`split_sentences`
cuts the text (a line break always ends a sentence; "Dr.", "Sept." and "am
9. September" do not); :func:`read_sentences` gives each sentence its keyword
hits and marks it: *meeting* (it reports an encounter), *attend* (it lists
attendees), *habitual* (habit or history, or an event year before the year of
publication), *partnership*.  Which sentences tell another meeting than the
headline's (``other``) is decided later, by their dates.

>>> text = "Shanghai Mayor Gong Zheng met Dr. Keller on April 14. Gong said hello."
>>> [text[s:e] for s, e in split_sentences(text)]
['Shanghai Mayor Gong Zheng met Dr. Keller on April 14.', 'Gong said hello.']
>>> text = "Chen traf am 9. September die Oberbürgermeisterin. Reker sprach."
>>> [text[s:e] for s, e in split_sentences(text)]
['Chen traf am 9. September die Oberbürgermeisterin.', 'Reker sprach.']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .calendar import MONTHS, all_names
from .keywords import ATTEND, HABIT, MEET, PARTNER, Hit
from .words import word_set

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MONTH_WORDS", "Sentence", "Sentences", "event_years", "read_sentences", "split_sentences"]

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = word_set(
    """
    dr prof mr mrs ms st nr no bzw ca vgl inkl evtl ggf sog jr sr hon gen gov sen rep corp
    jan feb mar apr jun jul aug sep sept oct okt nov dec dez mio mrd min tel abs art str
    z.b u.a d.h a.d h.c i.e e.g u.s vs dipl ing rer nat med phil jur mag bzgl
    """
)
# Month names and abbreviations of both languages (sentence splitting after "9." and dates).
MONTH_WORDS = word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar jänner februar märz maerz mai juni juli oktober dezember okt dez mär
    """
)
# Words before a day number "9." that make it an ordinal inside the sentence.
_ORDINAL_BEFORE = word_set("am den dem vom zum bis der die das des im zur ab seit und")

_SENTENCE_END = re.compile(r"[.!?]+[\"'”“»«)\]]*(?=\s)")
_PARAGRAPH = re.compile(r"[^\n]+")

# A year an event is placed in ("in 2019", "im Jahr 2004", "in March 2011").
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
_EVENT_YEAR_BEFORE = re.compile(
    r"\b(?:in|im|of|Jahr|year|Jahre)\s+(?:the\s+year\s+|dem\s+Jahr\s+|[A-ZÄÖÜ][a-zäöü]+\.?\s+)?$",
    re.IGNORECASE,
)


def event_years(text: str) -> list[tuple[int, int]]:
    """Years that place an event: "in 2019", "im Jahr 2004", "in March 2011", as (offset, year).

    >>> event_years("Partner since 1996; the expo in 2019 and im November 2014 and 600 firms")
    [(32, 2019), (53, 2014)]
    """
    years = []
    for match in _YEAR.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        if _EVENT_YEAR_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            years.append((match.start(), int(match.group())))
    return years


# The pluperfect tells what had happened before the reported events ("hier hatte Xi Jinping 2016 … empfangen").
_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|had)\b")
_ANY_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w.,]\d)")
_SPAN_BEFORE = re.compile(r"(?:seit|since|bis|until|to|till|from|von|ab|[-–/])\s*$", re.IGNORECASE)
_IN_MONTH = re.compile(r"\b(?:in|im|Anfang|Mitte|Ende)\s+([A-ZÄÖÜ][a-zä]+)\b(?!\s+\d)")
_MONTHS = all_names(MONTHS)


def _aside(text: str, sentence: Sentence, pos: int) -> bool:
    """Is the year at ``pos`` in an aside after the meeting the sentence tells: a meeting word before it
    and a comma between ("Liu spoke while meeting the mayor …, a biennial gathering first held in 2004")?"""
    return any(hit.kind == MEET and hit.end <= pos and "," in text[hit.end : pos] for hit in sentence.hits)


def _told_before(sentence: str, published: dt.date) -> bool:
    """Is a sentence in the pluperfect placed before the time of the report: a year before the
    year of publication ("hatte Parteichef Xi Jinping 2016 … empfangen"), or a month at least two before
    the month of publication, the same year ("Schon im März hatte Vize-Gouverneur Lu …" in October)?

    >>> _told_before("Schon im März hatte der Vizegouverneur die Provinz vorgestellt.", dt.date(2017, 10, 5))
    True
    >>> _told_before("Am Montag hatte der Landrat die Gäste begrüßt, Partner seit 1996.", dt.date(2017, 10, 5))
    False
    """
    if _PLUPERFECT.search(sentence) is None:
        return False
    for match in _ANY_YEAR.finditer(sentence):
        if int(match.group()) < published.year and not _SPAN_BEFORE.search(sentence, 0, match.start()):
            return True
    for match in _IN_MONTH.finditer(sentence):
        month = _MONTHS.get(match.group(1).lower())
        if month is not None and month <= published.month - 2:
            return True
    return False


_OPENERS = "\"'“„»«("
_WORD_END = " \u00a0\t\n.,;:"


def _word_before(text: str, end: int, floor: int) -> tuple[int, str]:
    """The word that ends at ``end`` (after stripping spaces) and where it starts."""
    while end > floor and text[end - 1] in " \u00a0\t":
        end -= 1
    start = end
    while start > floor and text[start - 1] not in " \u00a0\t\n":
        start -= 1
    return start, text[start:end]


def _is_boundary(text: str, punct: re.Match[str], para_start: int, para_end: int) -> bool:
    """Does the punctuation ``punct`` close a sentence?  (Plain string tests: this runs at every full stop.)"""
    pos = punct.end()
    while pos < para_end and text[pos] in " \u00a0\t":
        pos += 1
    while pos < para_end and text[pos] in _OPENERS:
        pos += 1
    if pos >= para_end:
        return True
    char = text[pos]
    if not (char.isupper() or char.isdigit()):
        return False
    if punct.group()[0] != ".":
        return True
    word_start, word = _word_before(text, punct.start(), para_start)
    word = word.lstrip(_OPENERS)
    lower = word.lower()
    if lower in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    last = word.rsplit("/", 1)[-1]  # "am 16./17. Mai": the second day of the pair
    if last.isdigit() and len(last) <= 2:
        stop = pos
        while stop < para_end and text[stop] not in _WORD_END:
            stop += 1
        if text[pos:stop].lower() in MONTH_WORDS:
            return False
        _start, before = _word_before(text, word_start, para_start)
        if before.lower() in _ORDINAL_BEFORE:
            return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)``; a line break always ends one.

    Full stops after abbreviations ("Dr.", "Sept."), initials and German
    ordinals ("am 9. September") do not end a sentence.

    >>> text = "Am 09.09. traf Prof. Dr. Keller den Gouverneur.\\nGut!"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Am 09.09. traf Prof. Dr. Keller den Gouverneur.', 'Gut!']
    >>> text = "Am 16./17. Mai war Li in Mannheim."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Am 16./17. Mai war Li in Mannheim.']
    """
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.span()
        start = p_start
        while start < p_end and text[start].isspace():
            start += 1
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            end = match.end()
            if end <= start:
                continue
            if _is_boundary(text, match, p_start, p_end):
                spans.append((start, end))
                start = end
                while start < p_end and text[start].isspace():
                    start += 1
        end = p_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


@dataclass(slots=True)
class Sentence:
    """One sentence of an article: its span, its keyword hits and what kind of sentence it is."""

    start: int
    end: int
    body_index: int  # -1 for the headline
    hits: list[Hit] = field(default_factory=list)
    meeting: bool = False
    attend: bool = False
    habitual: bool = False
    partnership: bool = False
    other: bool = False  # tells of another meeting, on another day, than the headline's

    @property
    def reports(self) -> bool:
        """Does it report a meeting (not only attendees, not habit), the article's or another day's?"""
        return self.meeting and not self.attend and not self.habitual

    @property
    def core(self) -> bool:
        """Does it report the article's meeting (not another day's)?"""
        return self.meeting and not self.attend and not self.habitual and not self.other


class Sentences:
    """The sentences of an article in order, and the one a position lies in."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list[Sentence]) -> None:
        self.items = items
        self.starts = [s.start for s in items]

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.items)

    def at(self, pos: int) -> Sentence | None:
        """The sentence ``pos`` lies in, None between sentences."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        sentence = self.items[i]
        return sentence if pos < sentence.end else None


def read_sentences(text: str, hits: list[Hit], *, title_end: int = 0, published: dt.date | None = None) -> Sentences:
    """The sentences of ``text`` with their keyword ``hits`` and kinds.

    Sentences before ``title_end`` are the headline's; an event year before
    the year of ``published`` ("in 2019") makes a sentence habitual.

    >>> from diplomacy.tagging.keywords import scan
    >>> text = "Gong Zheng met with Stephan Keller. Pit Heltmann also attended the meeting."
    >>> [(s.meeting, s.attend, s.core) for s in read_sentences(text, scan(text))]
    [(True, False, True), (True, True, False)]
    """
    items = []
    body_index = 0
    for start, end in split_sentences(text):
        in_title = start < title_end
        items.append(Sentence(start, end, -1 if in_title else body_index))
        if not in_title:
            body_index += 1
    sentences = Sentences(items)
    for hit in hits:
        sentence = sentences.at(hit.start)
        if sentence is not None:
            sentence.hits.append(hit)
    if published is not None:
        for pos, year in event_years(text):
            sentence = sentences.at(pos)
            if sentence is not None and year < published.year and not _aside(text, sentence, pos):
                sentence.habitual = True
        told_before = ("hatte" in text or "had" in text) and _PLUPERFECT.search(text)  # cheap test first
        for sentence in items if told_before else ():
            if not sentence.habitual and _PLUPERFECT.search(text, sentence.start, sentence.end):
                sentence.habitual = _told_before(text[sentence.start : sentence.end], published)
    for sentence in items:
        kinds = {hit.kind for hit in sentence.hits}
        sentence.meeting = MEET in kinds
        sentence.attend = ATTEND in kinds
        sentence.habitual = sentence.habitual or HABIT in kinds
        sentence.partnership = PARTNER in kinds
    return sentences
