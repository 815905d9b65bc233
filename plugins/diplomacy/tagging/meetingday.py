"""The meeting's day of one article, from what the mentions stage found: which sentence it is read from.

:func:`meeting_day` takes the first dated core sentence (the mentions stage's ``main_date``), else the
first usable date of another meeting sentence, unless the report's first sentence tells the meeting on one
day while saying who attended (it is then no core sentence, but still the lead: its day wins over a later
line's).  A headline's day gives way to the body's first dated meeting sentence: a headline speaks in the
present ("consultations kick off on Tuesday" on a Monday is the next day, not the last Tuesday) and the body
tells the meeting.  :func:`opening_day`, when no meeting sentence is dated, the
date of the report's opening, a dateline included.  A day after publication is an announcement: no
meeting day.  How a sentence's date is read is :mod:`dates`'.

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> found = find_mentions("Chen empfängt Keller", ["Am Dienstag empfing Chen Jining Stephan Keller."], "de",
...     dt.date(2024, 9, 13), Gazetteer.load())
>>> meeting_day(found)[0]
datetime.date(2024, 9, 10)
>>> found = find_mentions("Xi meets Merkel", ["Xi Jinping met Angela Merkel in Osaka on Friday as both attended the "
...     "G20 summit.", "June 24 to 30: State visits to Mongolia."], "en", dt.date(2019, 6, 29), Gazetteer.load())
>>> meeting_day(found)[0]
datetime.date(2019, 6, 28)
>>> found = find_mentions("Talks start on Tuesday", ["On Monday, Chen Jining received Peter Tschentscher."], "en",
...     dt.date(2024, 5, 13), Gazetteer.load())
>>> meeting_day(found)[0]
datetime.date(2024, 5, 13)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .dateforms import find_dates
from .dates import is_future, meeting_date_in_sentences

if TYPE_CHECKING:
    from .mentions import Mentions
    from .sentences import Sentence

__all__ = ["meeting_day", "opening_day"]

_LEAD_DATE_SENTENCES = 2


def meeting_day(found: Mentions) -> tuple[dt.date | None, Sentence | None]:
    """The date of the first dated core sentence, else the first usable date of another meeting sentence
    (not one that tells an earlier meeting); with the sentence it was read from.  Datelines do not count
    here (:func:`opening_day`).  A day after publication is an announcement: no meeting day."""
    if found.main_date is not None:
        day, sentence = found.main_date, found.main_sentence
    else:
        day, sentence = _first_dated(found, [s for s in found.sentences if s.meeting and not s.core and not s.other])
    if day is not None and found.published is not None and day > found.published:
        return None, None
    if sentence is not None and sentence.body_index < 0:  # the headline's day gives way to the body's
        body_day, body = _first_dated(found, [s for s in found.sentences if s.body_index >= 0 and s.meeting])
        if body_day is not None and (found.published is None or body_day <= found.published):
            day, sentence = body_day, body
    lead_day, lead = _attended_lead(found)
    if day is not None and lead_day is not None and day != lead_day and _one_day(found, lead):
        past = found.published is None or lead_day <= found.published
        return (lead_day, lead) if past else (None, None)
    return day, sentence


def _attended_lead(found: Mentions) -> tuple[dt.date | None, Sentence | None]:
    """The day of a report's first sentence when it tells the meeting and also who attended ("Xi met Merkel in
    St Petersburg on Friday as both leaders attended the G20 summit"): such a sentence is no core sentence, but
    it is the report's lead, and a later line's day ("Sept 3 to 13: state visits to …") does not override it."""
    lead = [s for s in found.sentences if s.body_index == 0 and s.meeting and s.attend and not s.habitual]
    return _first_dated(found, lead) if lead else (None, None)


def _one_day(found: Mentions, lead: Sentence | None) -> bool:
    """Does the sentence name a single day (no visit of several days, no second date)?"""
    if lead is None:
        return False
    hits = [h for h in find_dates(found.words(lead), found.lang, found.published) if h.value is not None]
    return len(hits) == 1 and hits[0].until is None


def _first_dated(
    found: Mentions, sentences: list[Sentence], *, datelines: bool = False
) -> tuple[dt.date | None, Sentence | None]:
    for sentence in sentences:
        day = meeting_date_in_sentences([found.words(sentence)], found.lang, found.published, datelines=datelines)
        if day is not None:
            return day, sentence
    return None, None


# A sentence that tells who gave the news ("Darüber informierte der Landtag heute in Erfurt", "Das teilte die
# Stadt am Montag mit", "local media reported on Wednesday"): its day is the news', not the meeting's.
_NEWS_GIVEN = re.compile(
    r"\b(?:informierte|informiert|teilte|teilt|mitgeteilt|berichtete|reported|said\s+in\s+a\s+(?:statement|release))\b"
)


_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE_ONLY_WORDS = 2  # capitalised: a place, a label ("Mainz, 04.04.14.", "Stand: Montag, 7. April 2014")


def _date_only(text: str, lang: str) -> bool:
    """Is the sentence nothing but a date line (a place or a label and a date: "Mainz, 04.04.14.")?  It is the
    report's own day, not a report of a meeting.

    >>> _date_only("Mainz, 04.04.14.", "de"), _date_only("Hamburg, den 3. Mai 2024", "de")
    (True, True)
    >>> _date_only("Keller traf Li am 3. Mai 2024.", "de"), _date_only("Gale on April 29.", "en")
    (False, False)
    """
    hits = find_dates(text, lang, None)
    if not hits:
        return False
    rest, last = [], 0
    for hit in hits:
        rest.append(text[last : hit.start])
        last = hit.end
    rest.append(text[last:])
    words = [word for word in _WORD.findall(" ".join(rest)) if word != "den"]  # "Hamburg, den 3. Mai"
    return len(words) <= _DATE_ONLY_WORDS and all(word[0].isupper() for word in words)


def opening_day(found: Mentions) -> tuple[dt.date | None, Sentence | None]:
    """No meeting sentence is dated: the date of the report's opening ("HAMBURG, Nov. 24 (Xinhua) --
    … on Thursday commended …", "war am 16. und 17. April in Sachsen unterwegs"), the first of its
    first two sentences that has one; a dateline counts unless the sentence gives a vague time
    ("recently held talks"); a sentence that only tells who gave the news ("Darüber informierte der
    Landtag heute") does not, nor one that is only the report's date line ("Mainz, 04.04.14.")."""
    lead = [s for s in found.sentences if 0 <= s.body_index < _LEAD_DATE_SENTENCES]
    if any(is_future(found.words(s)) for s in lead) or (found.title and is_future(found.title)):
        return None, None  # an announcement
    lead = [s for s in lead if s.meeting or not _NEWS_GIVEN.search(found.words(s))]
    lead = [s for s in lead if not _date_only(found.words(s), found.lang)]
    day, sentence = _first_dated(found, lead, datelines=True)
    if day is None or (found.published is not None and day > found.published):
        return None, None  # a day after publication: an announcement, not the report of a meeting
    return day, sentence
