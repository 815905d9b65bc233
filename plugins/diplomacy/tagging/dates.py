"""The day of the meeting an article reports, resolved against its publication date.

Pure functions, no Pelican import.  The date expressions and the day each
names are :mod:`dateforms`'; here is which of them is the meeting's day.

Rules (see :func:`find_meeting_date`):

* Only dates in a *meeting sentence* count: one that reports the encounter
  (met, held talks, received, visited, trifft, traf, empfing, kam zusammen,
  besuchte, Gespräch, …, see :mod:`keywords`).  Sentences about habit
  ("frequently visited", "in den letzten Jahren") or that only list attendees
  are asked last.  The title counts as a sentence.  The first meeting
  sentence with a usable date wins.
* A sentence in the future tense ("will meet", "wird … empfangen", and no
  past-tense verb such as "traf" or "met") resolves weekdays and year-less
  days forwards.
* A date with a year must, when the publication date is known, lie within
  180 days before to 60 days after it: "met … on 12 March 2019" in a 2023
  report is history.
* Dates after "since"/"seit"/"founded"/"gegründet" never count; in one
  sentence an explicit day ("14 April", "9.9.2024") wins over a relative one
  ("Thursday"), and both win over a dateline ("BERLIN, 14. April (Xinhua) --").

>>> import datetime as dt
>>> find_meeting_date("Gong met Keller on April 14.", "en", dt.date(2023, 4, 17))
datetime.date(2023, 4, 14)
>>> find_meeting_date("Chen traf am Dienstag die Delegation.", "de", dt.date(2024, 9, 13))
datetime.date(2024, 9, 10)
>>> find_meeting_date("Die Städte sind seit dem 22. Juli 2004 Partner.", "de", dt.date(2024, 3, 26)) is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .dateforms import DateHit, find_dates
from .keywords import scan
from .sentences import read_sentences

if TYPE_CHECKING:
    from .mentions import Mentions
    from .sentences import Sentence

__all__ = ["find_meeting_date", "is_future", "meeting_date_in_sentences", "meeting_day", "opening_day"]

_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to|"
    r"plans?\s+to|wird|werden|soll|sollen|geplant|plant)\b",
    re.IGNORECASE,
)
# A past-tense report wins over a future word elsewhere in the sentence ("…, die Köln bis Freitag besuchen wird").
_PAST = re.compile(
    r"\b(?:met|received|visited|held|signed|welcomed|discussed|hosted|talked|attended|was|were|had|"
    r"traf|trafen|empfing|empfingen|besuchte|besuchten|unterzeichnete|unterzeichneten|kam|kamen|hat|haben|"
    r"hatte|hatten|wurde|wurden|war|waren)\b",
    re.IGNORECASE,
)


def is_future(sentence: str) -> bool:
    """Does the sentence speak of what will happen ("will meet", "wird … empfangen"), with no past-tense verb?"""
    return bool(_FUTURE.search(sentence)) and not _PAST.search(sentence)


# A date right after these words is not the meeting day.
_NOT_BEFORE = re.compile(
    r"\b(?:since|seit|founded|established|gegründet|until|till|bis\s+zum|bis|every|each|jeden|jede)\s+"
    r"(?:(?:the|dem|den|der|am)\s+)?$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:gegründet|founded|established|ins\s+Leben\s+gerufen|geschlossen\s+wurde)\b",
    re.IGNORECASE,
)
# "das China von heute", "of today": not a day.
_NOT_BEFORE_RELATIVE = re.compile(r"\b(?:von|of|ab|to)\s+$", re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{2,25}\))?\s*(?:--|—|–|-)\s")

_WINDOW_BEFORE = dt.timedelta(days=180)
_WINDOW_AFTER = dt.timedelta(days=60)


def _usable(hit: DateHit, sentence: str, published: dt.date | None) -> bool:
    """Is a hit of ``sentence`` a candidate meeting day?"""
    if hit.value is None:
        return False
    before = sentence[max(0, hit.start - 30) : hit.start]
    if _NOT_BEFORE.search(before):
        return False
    if hit.kind == "relative" and _NOT_BEFORE_RELATIVE.search(before):
        return False
    if _NOT_AFTER.match(sentence, hit.end):
        return False
    if published is not None and hit.has_year:
        return published - _WINDOW_BEFORE <= hit.value <= published + _WINDOW_AFTER
    return True


_RANK = {"absolute": 0, "weekday": 1, "relative": 1, "ordinal": 1, "dateline": 2}


_DIGIT = re.compile(r"\d")
_WEEKDAY_HINTS = ("day", "tag", "woch", "sonnabend")
_RELATIVE_HINTS = (
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "this ",
    "heute",
    "heutig",
    "gestern",
    "gestrig",
    "morgen",
)


def _kinds_present(sentence: str) -> frozenset[str]:
    """Which kinds of date the sentence can hold at all (cheap substring tests before the patterns)."""
    low = sentence.lower()
    kinds = set()
    if _DIGIT.search(sentence):
        kinds.add("absolute")
        kinds.add("ordinal")
    if any(hint in low for hint in _WEEKDAY_HINTS):
        kinds.add("weekday")
    if any(hint in low for hint in _RELATIVE_HINTS):
        kinds.add("relative")
    return frozenset(kinds)


def _best_in_sentence(sentence: str, lang: str, published: dt.date | None) -> dt.date | None:
    kinds = _kinds_present(sentence)
    if not kinds:
        return None
    future = is_future(sentence)
    hits = find_dates(sentence, lang, published, future=future, kinds=kinds)
    best: DateHit | None = None
    best_rank = (99, 0)
    for hit in hits:
        if not _usable(hit, sentence, published):
            continue
        kind = hit.kind
        if kind == "absolute" and hit.start < 40 and _DATELINE_AFTER.match(sentence, hit.end):
            kind = "dateline"
        rank = (_RANK[kind], hit.start)
        if rank < best_rank:
            best, best_rank = hit, rank
    return best.value if best else None


def meeting_date_in_sentences(sentences: list[str], lang: str, published: dt.date | None) -> dt.date | None:
    """The date of the first meeting sentence (in order) that has a usable one.

    The caller has already picked the meeting sentences (the tagger knows
    more, e.g. which sentences only list attendees).
    """
    for sentence in sentences:
        found = _best_in_sentence(sentence, lang, published)
        if found is not None:
            return found
    return None


def find_meeting_date(text: str, lang: str, published: dt.date | None) -> dt.date | None:
    """The day of the meeting ``text`` reports, or None.

    ``text`` is the article (title and body, paragraphs separated by line
    breaks); ``lang`` is "en" or "de"; ``published`` the publication date
    that relative dates are resolved against.

    >>> find_meeting_date("Gong met Kim on Thursday.", "en", dt.date(2023, 3, 31))
    datetime.date(2023, 3, 30)
    >>> find_meeting_date("Gong met Kim last week.", "en", dt.date(2023, 3, 31)) is None
    True
    """
    sentences = [s for s in read_sentences(text, scan(text)) if s.meeting]
    plain = [text[s.start : s.end] for s in sentences if not s.attend and not s.habitual]
    rest = [text[s.start : s.end] for s in sentences if s.attend or s.habitual]
    return meeting_date_in_sentences(plain, lang, published) or meeting_date_in_sentences(rest, lang, published)


# -- the day of an article's meeting, from what the mentions stage found --------------------------------

_LEAD_DATE_SENTENCES = 2


def meeting_day(found: Mentions) -> tuple[dt.date | None, Sentence | None]:
    """The date of the first dated core sentence, else the first usable date of another meeting sentence;
    with the sentence it was read from."""
    if found.main_date is not None:
        return found.main_date, found.main_sentence
    return _first_dated(found, [s for s in found.sentences if s.meeting and not s.core])


def _first_dated(found: Mentions, sentences: list[Sentence]) -> tuple[dt.date | None, Sentence | None]:
    for sentence in sentences:
        day = meeting_date_in_sentences([found.words(sentence)], found.lang, found.published)
        if day is not None:
            return day, sentence
    return None, None


def opening_day(found: Mentions) -> tuple[dt.date | None, Sentence | None]:
    """No meeting sentence is dated: the date of the report's opening ("HAMBURG, Nov. 24 (Xinhua) --
    … on Thursday commended …", "war am 16. und 17. April in Sachsen unterwegs"), the first of its
    first two sentences that has one."""
    lead = [s for s in found.sentences if 0 <= s.body_index < _LEAD_DATE_SENTENCES]
    if any(is_future(found.words(s)) for s in lead) or (found.title and is_future(found.title)):
        return None, None  # an announcement
    day, sentence = _first_dated(found, lead)
    if day is None or (found.published is not None and day > found.published):
        return None, None  # a day after publication: an announcement, not the report of a meeting
    return day, sentence
