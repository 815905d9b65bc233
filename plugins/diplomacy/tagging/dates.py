"""The day of the meeting an article reports, resolved against its publication date.

Pure functions, no Pelican import, no dateparser: regular expressions built
once from named parts (``DAY``, ``MONTH``, ``YEAR``, ``WEEKDAY``) and month
and weekday tables in English and German.

Rules (see :func:`find_meeting_date`):

* Only dates in a *meeting sentence* count: one that reports the encounter
  (met, held talks, received, visited, trifft, traf, empfing, kam zusammen,
  besuchte, Gespräch, …, see :mod:`keywords`).  Sentences about habit
  ("frequently visited", "in den letzten Jahren") or that only list attendees
  are asked last.  The title counts as a sentence.  The first meeting
  sentence with a usable date wins.
* A date needs a day: "last week", "in March 2011", "im November 2014" and
  bare years are never a meeting date.
* Month and day without a year ("on April 14", "am 9. September") take the
  most recent such day on or before publication (across the year boundary:
  "December 29" published 2024-01-03 is 2023-12-29); only when that day lies
  more than half a year back and the same day falls within a week *after*
  publication is the coming one taken (an announcement, or time zones).
  Without a publication date such a date is None.
* A day of the month without a month ("on the 13th", "am 13. dieses
  Monats", in Korean and Japanese press releases) is the latest such day on
  or before publication (the next one in the future tense).
* A weekday ("on Thursday", "am Freitag") is the last such day on or before
  publication (the same day counts); "last Thursday"/"vergangenen Donnerstag"
  is strictly before, "next"/"kommenden" strictly after; in a sentence in the
  future tense ("will meet", "wird … empfangen", and no past-tense verb such
  as "traf" or "met") the next such day on or after publication.  Without a
  publication date a weekday is None.
* "today"/"heute" is the publication day, "yesterday"/"gestern" the day
  before, "vorgestern"/"the day before yesterday" two days before,
  "tomorrow"/"morgen" the day after.
* A date with a year must be a real day ("am 31. Februar" is nothing) and,
  when the publication date is known, lie within 180 days before to 60 days
  after it: "met … on 12 March 2019" in a 2023 report is history.
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
from dataclasses import dataclass

from .calendar import MONTHS as _MONTHS
from .calendar import WEEKDAYS as _WEEKDAYS
from .keywords import scan
from .sentences import read_sentences

__all__ = ["DateHit", "find_dates", "find_meeting_date", "meeting_date_in_sentences"]

# Offsets in days from the publication date.
_RELATIVE: dict[str, dict[str, int]] = {
    "en": {
        "the day before yesterday": -2,
        "yesterday": -1,
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
        "heute": 0,
        "am heutigen tag": 0,
        "morgen": 1,
    },
}
_PAST_MODIFIERS = frozenset({"last", "past", "vergangenen", "letzten", "vorigen", "zurückliegenden"})
_NEXT_MODIFIERS = frozenset({"next", "coming", "kommenden", "nächsten", "folgenden"})

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
_GRACE_AFTER = dt.timedelta(days=7)


def _alternation(words: list[str] | set[str] | dict[str, int]) -> str:
    """Longest first, so that "Sept" wins over "Sep" and "Dezember" over "Dez"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ORD = r"(?:st|nd|rd|th)?"


def _compile(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """The date patterns of one language, each tagged with its kind."""
    month = rf"(?P<month>{_alternation(_MONTHS[lang])})"
    weekday = rf"(?P<weekday>{_alternation(_WEEKDAYS[lang])})"
    relative = rf"(?P<relative>{_alternation(_RELATIVE[lang])})"
    iso = r"(?<![\d.])(?P<year>(?:19|20)\d{2})-(?P<nmonth>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"
    flags = re.IGNORECASE
    if lang == "en":
        return [
            ("absolute", re.compile(iso)),
            # April 14 / April 14, 2023 / Sept. 9 / April 14-16
            (
                "absolute",
                re.compile(
                    rf"\b{month}\.?\s+{_DAY}{_ORD}(?![\d:])(?!\s*(?:%|percent|per\s+cent))"
                    rf"(?:\s*(?:-|–|to|and)\s*[0-3]?\d{_ORD})?(?:,?\s+{_YEAR}\b)?",
                    flags,
                ),
            ),
            # 14 April 2023 / 14th April / the 14th of April / 14-16 April
            (
                "absolute",
                re.compile(
                    rf"\b{_DAY}{_ORD}(?:\s*(?:-|–|to|and)\s*[0-3]?\d{_ORD})?\s+(?:of\s+)?{month}\b\.?"
                    rf"(?:,?\s+{_YEAR}\b)?",
                    flags,
                ),
            ),
            (
                "weekday",
                re.compile(
                    rf"\b(?:(?P<mod>last|this|next|past|coming)\s+)?{weekday}\b",
                    flags,
                ),
            ),
            ("relative", re.compile(rf"\b{relative}\b", flags)),
            # "on the 13th" (Korean and Japanese press releases): a day of the month, no month named
            (
                "ordinal",
                re.compile(
                    rf"\bon\s+the\s+{_DAY}(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month\b)?"
                    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|before|after|in|at|with|when|while|during|for|as|"
                    r"local\s+time|this\s+month)\b)",
                    flags,
                ),
            ),
        ]
    return [
        ("absolute", re.compile(iso)),
        # 9. September 2024 / 9. Sept. / vom 9. bis 12. September
        (
            "absolute",
            re.compile(
                rf"(?<![\d.]){_DAY}\.(?:\s*(?:-|–|bis|und)\s*[0-3]?\d\.)?\s*{month}\b\.?(?:\s+{_YEAR}\b)?",
                flags,
            ),
        ),
        # 9.9.2024 / 09.09. / 09.09.24
        (
            "absolute",
            re.compile(
                rf"(?<![\d.]){_DAY}\.\s?(?P<nmonth>[01]?\d)\.(?:\s?(?P<year>(?:19|20)?\d{{2}})\b)?(?![\d.])",
            ),
        ),
        (
            "weekday",
            re.compile(
                rf"\b(?:(?P<mod>vergangenen|letzten|vorigen|zurückliegenden|kommenden|nächsten|folgenden|diesen)\s+)?"
                rf"{weekday}(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?\b",
                flags,
            ),
        ),
        # "morgen" (tomorrow) only lower-case and not after "heute"/"gestern"/"am" ("heute Morgen").
        ("relative", re.compile(r"(?<!heute )(?<!gestern )(?<!am )(?<!jeden )\b(?-i:morgen)\b")),
        ("relative", re.compile(r"\b(?P<relative>vorgestern|gestern|heute|am\s+heutigen\s+Tag)\b", flags)),
        # "am 13. dieses Monats", "am 13. des Monats", "am 13. d. M.": a day of the month, no month named
        (
            "ordinal",
            re.compile(
                rf"\bam\s+{_DAY}\.\s*(?:(?:dieses|des(?:\s+laufenden)?)\s+Monats\b|d\.\s?M\.)",
                flags,
            ),
        ),
    ]


_PATTERNS = {lang: _compile(lang) for lang in ("en", "de")}


@dataclass(slots=True, frozen=True)
class DateHit:
    """One day-level date expression found in a text."""

    start: int
    end: int
    kind: str  # "absolute" | "weekday" | "relative" | "ordinal" | "dateline"
    value: dt.date | None  # None when it cannot be resolved (no publication date, invalid day)
    has_year: bool


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
    soon = [d for d in coming if d - published <= _GRACE_AFTER and d > published]
    if soon and (not past or published - max(past) > dt.timedelta(days=182)):
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


def _resolve_weekday(weekday: int, modifier: str, published: dt.date, future: bool) -> dt.date:
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
    text: str, lang: str, published: dt.date | None, *, future: bool = False, kinds: frozenset[str] | None = None
) -> list[DateHit]:
    """All day-level date expressions of ``text`` in order, resolved against ``published``.

    ``lang`` picks the month and weekday tables ("de", otherwise English);
    ``future`` resolves weekdays and year-less days forwards (an announcement);
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
            groups = match.groupdict()
            value: dt.date | None = None
            has_year = False
            if kind == "absolute":
                month = _month_number(code, match)
                day = int(groups["day"])
                year = _year(groups.get("year"))
                has_year = year is not None
                if groups.get("month") and not groups["month"][0].isupper():
                    month = None
                if month is not None:
                    if year is not None:
                        value = _safe_date(year, month, day)
                    elif published is not None and _safe_date(2000, month, day):
                        value = _resolve_month_day(month, day, published, future)
            elif kind == "ordinal":
                if published is not None and 1 <= int(groups["day"]) <= 31:
                    value = _resolve_day_of_month(int(groups["day"]), published, future)
            elif kind == "weekday":
                if published is not None:
                    weekday = _WEEKDAYS[code][groups["weekday"].lower()]
                    modifier = (groups.get("mod") or "").lower()
                    value = _resolve_weekday(weekday, modifier, published, future)
            elif published is not None:
                key = " ".join((groups.get("relative") or match.group()).lower().split())
                value = published + dt.timedelta(days=_RELATIVE[code][key])
            hits.append(DateHit(match.start(), match.end(), kind, value, has_year))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


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
_RELATIVE_HINTS = ("today", "yesterday", "tonight", "tomorrow", "this ", "heute", "heutig", "gestern", "morgen")


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
    future = bool(_FUTURE.search(sentence)) and not _PAST.search(sentence)
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
