"""Date expressions: how a day is written in English and German, and which day it names.

Pure functions, no Pelican import, no dateparser: regular expressions built
once from named parts (``DAY``, ``MONTH``, ``YEAR``, ``WEEKDAY``) and month
and weekday tables (:mod:`calendar`) in English and German, and the day each
expression names, resolved against the publication date.  Which of them is
the meeting's day is :mod:`dates`' question.

* A date needs a day: "last week", "in March 2011", "im November 2014" and
  bare years are never found.
* Month and day without a year ("on April 14", "am 9. September") take the
  most recent such day on or before publication (across the year boundary:
  "December 29" published 2024-01-03 is 2023-12-29); only when that day lies
  more than half a year back and the same day falls within half a year
  *after* publication is the coming one taken ("June 17" published in late
  April is a coming day, not one ten months back).  Without a publication
  date such a date is None.  A range within one month ("March 15 to 17",
  "vom 9. bis 12. September") names its first day; its last is ``until``.
* A day of the month without a month ("on the 13th", "On 29th,", "on the
  afternoon of the 2nd", "am 13. dieses Monats", in Korean, Japanese and Chinese
  press releases) is
  the latest such day on or before publication (the next one in the future
  tense).
* A weekday ("on Thursday", "am Freitag") is the last such day on or before
  publication (the same day counts); "last Thursday"/"vergangenen Donnerstag"
  is strictly before, "next"/"kommenden" strictly after; in the future tense
  the next such day on or after publication.  A weekday of the week before
  ("Tuesday last week", "am Dienstag vergangener Woche", "Ende letzter Woche"
  is no day) is that day of the previous Monday-to-Sunday week, one of the week
  after ("am Montag nächster Woche") that of the next week.  Without a
  publication date a weekday is None.
* "today"/"heute" is the publication day, "yesterday"/"last night"/"gestern"
  the day before, "vorgestern"/"the day before yesterday" two days before,
  "tomorrow"/"morgen" (and "Morgen" opening a sentence) the day after; the
  adjectives name the same day ("am gestrigen Dienstag", "am heutigen
  Freitag", "vom morgigen Samstag an": the weekday only repeats it).
* A date with a year must be a real day ("am 31. Februar" is nothing).

>>> import datetime as dt
>>> [(h.kind, h.value) for h in find_dates("Gong met Kim on Thursday, April 13.", "en", dt.date(2023, 4, 17))]
[('weekday', datetime.date(2023, 4, 13)), ('absolute', datetime.date(2023, 4, 13))]
>>> [(h.kind, h.value) for h in find_dates("am Dienstag vergangener Woche", "de", dt.date(2024, 9, 13))]
[('weekday', datetime.date(2024, 9, 3))]
>>> [(h.kind, h.value) for h in find_dates("vom morgigen Samstag an", "de", dt.date(2024, 9, 13))][0]
('relative', datetime.date(2024, 9, 14))
>>> [(h.kind, h.value) for h in find_dates("On 29th, Governor Yuan met the delegation.", "en", dt.date(2018, 4, 3))]
[('ordinal', datetime.date(2018, 3, 29))]
>>> [h.value for h in find_dates("They left on 2nd floor rooms.", "en", dt.date(2018, 4, 3))]
[]
>>> [(h.value, h.until) for h in find_dates("Li traf Keller am 16./17. Mai.", "de", dt.date(2023, 5, 19))]
[(datetime.date(2023, 5, 16), datetime.date(2023, 5, 17))]
>>> [h.value for h in find_dates("Keller empfing Li am 16.05.2023.", "de", None)]
[datetime.date(2023, 5, 16)]
>>> [h.value for h in find_dates("Version 1.2.3 und 16.05.2023.1 sind keine Tage", "de", None)]
[]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .calendar import MONTHS as _MONTHS
from .calendar import WEEKDAYS as _WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["DateHit", "find_dates"]

# Offsets in days from the publication date.
_RELATIVE: dict[str, dict[str, int]] = {
    "en": {
        "the day before yesterday": -2,
        "yesterday": -1,
        "last night": -1,
        "last evening": -1,
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "earlier today": 0,
        "tomorrow": 1,
    },
    "de": {
        "vorgestern": -2,
        "gestern": -1,
        "gestrigen": -1,
        "heutigen": 0,
        "morgigen": 1,
        "heute": 0,
        "am heutigen tag": 0,
        "morgen": 1,
    },
}
_PAST_MODIFIERS = frozenset({"last", "past", "vergangenen", "letzten", "vorigen", "zurückliegenden"})
_NEXT_MODIFIERS = frozenset({"next", "coming", "kommenden", "nächsten", "folgenden"})
# The week a weekday lies in, said after it ("Tuesday last week", "am Dienstag vergangener Woche"): -1 or +1.
_WEEK_AFTER = {
    "en": r"(?P<week>\s+(?:of\s+)?(?:last|next|the\s+previous|the\s+following)\s+week\b)?",
    "de": r"(?P<week>\s+(?:der\s+)?(?:vergangene[rn]|letzte[rn]|vorige[rn]|kommende[rn]|nächste[rn])\s+Woche\b|"
    r"\s+der\s+Vorwoche\b)?",
}
_WEEK_BEFORE_WORDS = ("last", "previous", "vergangen", "letzt", "vorig", "vorwoche")

_HALF_YEAR = dt.timedelta(days=182)


def _alternation(words: list[str] | set[str] | dict[str, int]) -> str:
    """Longest first, so that "Sept" wins over "Sep" and "Dezember" over "Dez"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DAY = r"(?P<day>[0-3]?\d)"
_DAY2 = r"(?P<day2>[0-3]?\d)"  # the last day of a range ("April 14-16", "vom 9. bis 12. September")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ORD = r"(?:st|nd|rd|th)?"
_ISO = r"(?<![\d.])(?P<year>(?:19|20)\d{2})-(?P<nmonth>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"


def _words(lang: str) -> tuple[str, str, str]:
    """The month, weekday and relative-day alternations of one language, as named groups."""
    month = rf"(?P<month>{_alternation(_MONTHS[lang])})"
    weekday = rf"(?P<weekday>{_alternation(_WEEKDAYS[lang])})"
    relative = rf"(?P<relative>{_alternation(_RELATIVE[lang])})"
    return month, weekday, relative


def _english() -> list[tuple[str, re.Pattern[str]]]:
    """The English date patterns, each tagged with its kind."""
    month, weekday, relative = _words("en")
    flags = re.IGNORECASE
    return [
        ("absolute", re.compile(_ISO)),
        # April 14 / April 14, 2023 / Sept. 9 / April 14-16
        (
            "absolute",
            re.compile(
                rf"\b{month}\.?\s+{_DAY}{_ORD}(?![\d:])(?!\s*(?:%|percent|per\s+cent))"
                rf"(?:\s*(?:-|–|to|and)\s*{_DAY2}{_ORD})?(?:,?\s+{_YEAR}\b)?",
                flags,
            ),
        ),
        # 14 April 2023 / 14th April / the 14th of April / 14-16 April
        (
            "absolute",
            re.compile(
                rf"\b{_DAY}{_ORD}(?:\s*(?:-|–|to|and)\s*{_DAY2}{_ORD})?\s+(?:of\s+)?{month}\b\.?"
                rf"(?:,?\s+{_YEAR}\b)?",
                flags,
            ),
        ),
        (
            "weekday",
            re.compile(
                rf"\b(?:(?P<mod>last|this|next|past|coming)\s+)?{weekday}\b{_WEEK_AFTER['en']}",
                flags,
            ),
        ),
        ("relative", re.compile(rf"\b{relative}\b", flags)),
        # "on the 13th", "on (in) the afternoon of the 2nd" (Korean and Japanese press releases), "On 29th,"
        # (Chinese provincial sites leave out "the"): a day of the month, no month named
        (
            "ordinal",
            re.compile(
                rf"\b(?:on(?:\s+the)?|(?:on|in)\s+the\s+(?:morning|afternoon|evening|night)\s+of(?:\s+the)?)\s+"
                rf"{_DAY}(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month\b)?"
                r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|before|after|in|at|with|when|while|during|for|as|"
                r"local\s+time|this\s+month)\b)",
                flags,
            ),
        ),
    ]


def _german() -> list[tuple[str, re.Pattern[str]]]:
    """The German date patterns, each tagged with its kind ("morgen", "heute" … are written out)."""
    month, weekday, _ = _words("de")
    flags = re.IGNORECASE
    return [
        ("absolute", re.compile(_ISO)),
        # 9. September 2024 / 9. Sept. / vom 9. bis 12. September / am 16./17. Mai
        (
            "absolute",
            re.compile(
                rf"(?<![\d.]){_DAY}\.(?:\s*(?:-|–|/|bis|und)\s*{_DAY2}\.)?\s*{month}\b\.?(?:\s+{_YEAR}\b)?",
                flags,
            ),
        ),
        # 9.9.2024 / 09.09. / 09.09.24 (a full stop after the year ends the sentence: "am 16.05.2023.")
        (
            "absolute",
            re.compile(
                rf"(?<![\d.]){_DAY}\.\s?(?P<nmonth>[01]?\d)\.(?:\s?(?P<year>(?:19|20)?\d{{2}})\b)?(?!\d|\.\d)",
            ),
        ),
        (
            "weekday",
            re.compile(
                rf"\b(?:(?P<mod>vergangenen|letzten|vorigen|zurückliegenden|kommenden|nächsten|folgenden|diesen)\s+)?"
                rf"{weekday}(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?\b{_WEEK_AFTER['de']}",
                flags,
            ),
        ),
        # "morgen" (tomorrow) only lower-case and not after "heute"/"gestern"/"am" ("heute Morgen"); capitalised
        # only where it opens the sentence ("Morgen, am Dienstag, empfängt …"; the noun needs an article there).
        ("relative", re.compile(r"(?<!heute )(?<!gestern )(?<!am )(?<!jeden )\b(?-i:morgen)\b")),
        ("relative", re.compile(r"^(?P<relative>Morgen)\b(?!\s+(?:für|des|der))")),
        ("relative", re.compile(r"\b(?P<relative>vorgestern|gestern|heute|am\s+heutigen\s+Tag)\b", flags)),
        # "am gestrigen Abend", "am gestrigen Dienstag", "am heutigen Freitag", "vom morgigen Samstag an"
        (
            "relative",
            re.compile(r"\b(?:am|vom|ab|zum|bis\s+zum)\s+(?P<relative>gestrigen|heutigen|morgigen)\s+(?=[A-ZÄÖÜ])"),
        ),
        # "am 13. dieses Monats", "am 13. des Monats", "am 13. d. M.": a day of the month, no month named
        (
            "ordinal",
            re.compile(
                rf"\bam\s+{_DAY}\.\s*(?:(?:dieses|des(?:\s+laufenden)?)\s+Monats\b|d\.\s?M\.)",
                flags,
            ),
        ),
    ]


_PATTERNS = {"en": _english(), "de": _german()}


@dataclass(slots=True, frozen=True)
class DateHit:
    """One day-level date expression found in a text."""

    start: int
    end: int
    kind: str  # "absolute" | "weekday" | "relative" | "ordinal" | "dateline"
    value: dt.date | None  # None when it cannot be resolved (no publication date, invalid day)
    has_year: bool
    until: dt.date | None = None  # the last day of a range in one month ("March 15 to 17"), else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_month_day(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """The nearest valid (month, day) around ``published``; see the module rules."""
    years = (published.year - 1, published.year, published.year + 1)
    candidates = [d for y in years if (d := _safe_date(y, month, day))]
    if not candidates:
        return None
    past = [d for d in candidates if d <= published]
    coming = [d for d in candidates if d >= published]
    if future and coming:
        return min(coming)
    if past and published - max(past) <= _HALF_YEAR:
        return max(past)
    soon = [d for d in coming if d - published <= _HALF_YEAR and d > published]
    if soon:
        return min(soon)
    return max(past) if past else None


def _resolve_day_of_month(day: int, published: dt.date, future: bool) -> dt.date | None:
    """The latest day ``day`` of a month on or before ``published`` (the next one on or after, for the future)."""
    year, month = published.year, published.month
    step = 1 if future else -1
    for _ in range(3):  # the 31st is at most two months away
        found = _safe_date(year, month, day)
        if found is not None and (found >= published if future else found <= published):
            return found
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return None


def _resolve_weekday(weekday: int, modifier: str, published: dt.date, future: bool, week: str = "") -> dt.date:
    if week:  # "Tuesday last week", "am Montag nächster Woche": that day of the week before or after
        monday = published - dt.timedelta(days=published.weekday())
        step = -7 if any(word in week.lower() for word in _WEEK_BEFORE_WORDS) else 7
        return monday + dt.timedelta(days=step + weekday)
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier in _PAST_MODIFIERS:
        return published - dt.timedelta(days=back or 7)
    if modifier in _NEXT_MODIFIERS:
        return published + dt.timedelta(days=ahead or 7)
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _month_number(lang: str, match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("nmonth"):
        return int(groups["nmonth"])
    name = groups.get("month")
    if not name:
        return None
    return _MONTHS[lang].get(name.lower().rstrip("."))


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def find_dates(
    text: str,
    lang: str,
    published: dt.date | None,
    *,
    future: bool | Callable[[int, int], bool] = False,
    kinds: frozenset[str] | None = None,
) -> list[DateHit]:
    """All day-level date expressions of ``text`` in order, resolved against ``published``.

    ``lang`` picks the month and weekday tables ("de", otherwise English);
    ``future`` resolves weekdays and year-less days forwards (an announcement): for the whole text, or as a
    function of where an expression starts and ends (the tense there);
    ``kinds`` limits the search to some kinds ("absolute", "weekday", "relative").
    Overlapping hits keep the longer one.

    >>> [(h.kind, h.value) for h in find_dates("am Montag, 9. September", "de", dt.date(2024, 9, 13))]
    [('weekday', datetime.date(2024, 9, 9)), ('absolute', datetime.date(2024, 9, 9))]
    >>> [h.value for h in find_dates("am 31. Februar 2024", "de", None)]
    [None]
    """
    code = "de" if lang == "de" else "en"
    hits: list[DateHit] = []
    for kind, pattern in _PATTERNS[code]:
        if kinds is not None and kind not in kinds:
            continue
        for match in pattern.finditer(text):
            ahead = future(match.start(), match.end()) if callable(future) else future
            value, has_year = _RESOLVE[kind](code, match, published, ahead)
            hits.append(DateHit(match.start(), match.end(), kind, value, has_year, _last_day(match, value)))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _last_day(match: re.Match[str], first: dt.date | None) -> dt.date | None:
    """The last day of a range within one month ("March 15 to 17", "vom 9. bis 12. September"), or None."""
    last = match.groupdict().get("day2")
    if first is None or not last or int(last) <= first.day:
        return None
    return _safe_date(first.year, first.month, int(last))


# The day a match of each kind names: (day or None, whether a year was written).
_Resolved = tuple[dt.date | None, bool]


def _absolute(code: str, match: re.Match[str], published: dt.date | None, future: bool) -> _Resolved:
    groups = match.groupdict()
    month = _month_number(code, match)
    day = int(groups["day"])
    year = _year(groups.get("year"))
    if groups.get("month") and not groups["month"][0].isupper():
        month = None
    if month is None:
        return None, year is not None
    if year is not None:
        return _safe_date(year, month, day), True
    if published is not None and _safe_date(2000, month, day):
        return _resolve_month_day(month, day, published, future), False
    return None, False


def _ordinal(code: str, match: re.Match[str], published: dt.date | None, future: bool) -> _Resolved:
    day = int(match.group("day"))
    if published is not None and 1 <= day <= 31:
        return _resolve_day_of_month(day, published, future), False
    return None, False


def _weekday(code: str, match: re.Match[str], published: dt.date | None, future: bool) -> _Resolved:
    if published is None:
        return None, False
    weekday = _WEEKDAYS[code][match.group("weekday").lower()]
    modifier = (match.groupdict().get("mod") or "").lower()
    return _resolve_weekday(weekday, modifier, published, future, match.groupdict().get("week") or ""), False


def _relative(code: str, match: re.Match[str], published: dt.date | None, future: bool) -> _Resolved:
    if published is None:
        return None, False
    key = " ".join((match.groupdict().get("relative") or match.group()).lower().split())
    return published + dt.timedelta(days=_RELATIVE[code][key]), False


_RESOLVE = {"absolute": _absolute, "ordinal": _ordinal, "weekday": _weekday, "relative": _relative}
