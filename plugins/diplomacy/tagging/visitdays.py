"""The day of a visit a sentence counts ("on the second day of the visit", "am dritten Besuchstag").

Pure functions, no Pelican import.  A report of a visit of several days often gives the span once ("from
June 16 to 21", "vom 16. bis 21. Juni") and then the meeting's day as a count from the first day: the first
day is the span's first, "the last day" its last.  Which span a sentence belongs to is the caller's
(:func:`dates.weekday_within`, for the mentions stage).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["nth_day"]

_ORDINALS = {
    word: number
    for number, words in enumerate(
        (
            "first ersten 1st",
            "second zweiten 2nd",
            "third dritten 3rd",
            "fourth vierten 4th",
            "fifth fünften 5th",
            "sixth sechsten 6th",
            "seventh siebten 7th",
        ),
        start=1,
    )
    for word in words.split()
}
_LAST = frozenset({"last", "final", "letzten"})
_NTH_DAY = {
    "en": re.compile(
        r"\bon\s+(?:the|its|his|her|their)\s+(first|second|third|fourth|fifth|sixth|seventh|[1-7](?:st|nd|rd|th)|"
        r"last|final)\s+day\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\bam\s+(ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|letzten)\s+"
        r"(?:(?:Besuchs|Reise|Aufenthalts)tag|Tag)\b",
        re.IGNORECASE,
    ),
}


def nth_day(sentence: str, lang: str, span: tuple[dt.date, dt.date]) -> dt.date | None:
    """The day of the visit ``span`` (first and last day) that the sentence counts, or None.

    >>> visit = (dt.date(2019, 6, 16), dt.date(2019, 6, 21))
    >>> nth_day("Meng met Kaempfer on the second day of the visit.", "en", visit)
    datetime.date(2019, 6, 17)
    >>> nth_day("Am letzten Besuchstag traf Kämpfer den Bürgermeister.", "de", visit)
    datetime.date(2019, 6, 21)
    >>> nth_day("Am siebten Tag reiste die Delegation weiter.", "de", visit) is None
    True
    """
    counted = _NTH_DAY["de" if lang == "de" else "en"].search(sentence)
    if counted is None:
        return None
    word = counted.group(1).lower()
    day = span[1] if word in _LAST else span[0] + dt.timedelta(days=_ORDINALS[word] - 1)
    return day if day <= span[1] else None
