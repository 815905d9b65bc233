"""The meeting's day of one article, from what the mentions stage found: which sentence it is read from.

:func:`meeting_day` takes the first dated core sentence (the mentions stage's ``main_date``), else the
first usable date of another meeting sentence; :func:`opening_day`, when no meeting sentence is dated, the
date of the report's opening, a dateline included.  A day after publication is an announcement: no
meeting day.  How a sentence's date is read is :mod:`dates`'.

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> found = find_mentions("Chen empfängt Keller", ["Am Dienstag empfing Chen Jining Stephan Keller."], "de",
...     dt.date(2024, 9, 13), Gazetteer.load())
>>> meeting_day(found)[0]
datetime.date(2024, 9, 10)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

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
    return day, sentence


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


def opening_day(found: Mentions) -> tuple[dt.date | None, Sentence | None]:
    """No meeting sentence is dated: the date of the report's opening ("HAMBURG, Nov. 24 (Xinhua) --
    … on Thursday commended …", "war am 16. und 17. April in Sachsen unterwegs"), the first of its
    first two sentences that has one; a dateline counts unless the sentence gives a vague time
    ("recently held talks"); a sentence that only tells who gave the news ("Darüber informierte der
    Landtag heute") does not."""
    lead = [s for s in found.sentences if 0 <= s.body_index < _LEAD_DATE_SENTENCES]
    if any(is_future(found.words(s)) for s in lead) or (found.title and is_future(found.title)):
        return None, None  # an announcement
    lead = [s for s in lead if s.meeting or not _NEWS_GIVEN.search(found.words(s))]
    day, sentence = _first_dated(found, lead, datelines=True)
    if day is None or (found.published is not None and day > found.published):
        return None, None  # a day after publication: an announcement, not the report of a meeting
    return day, sentence
