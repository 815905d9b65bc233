"""The date head of a date line: one regular expression built once from named parts.

A head is ``place, label, time, weekday, date, time`` with every part but
the date optional: ``Düsseldorf, 22.07.2024``, ``Veröffentlicht am
13.09.2024``, ``Updated 21:36, 14-Jun-2022``, ``Do., 16.05.2024, 10:31 Uhr``,
``April 25, 2024 14:25 GMT+8``.  The date is one of five forms
(:data:`_DATE_FORMS`: ISO, day-month-year in digits, day and month name,
month name and day, CJK), the month names come from
:mod:`diplomacy.tagging.calendar` (every language at once: a capture's date
line need not be in the article's language), and the labels from
:mod:`.labels`.  :func:`match_date_head` reads one head and validates its date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...tagging.calendar import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, all_names
from .labels import DATE_LABELS, DOCUMENT_LABELS, LABEL_KINDS, SECTION_LABELS
from .limits import DATE_HEAD_MAX_CHARS, SHORT_YEAR_PIVOT
from .lines import NOT_LETTER, alt

_MONTHS = all_names(MONTHS)
_WEEKDAYS = (*all_names(WEEKDAYS), *all_names(WEEKDAY_ABBREVIATIONS))

_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_YEAR_SHORT = r"(?P<year>(?:19|20)?\d{2})(?!\d)"
_MONTH_NAME = rf"(?P<month>{alt(_MONTHS)}){NOT_LETTER}\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_ORDINAL = r"(?:st|nd|rd|th)"
_DATE_FORMS: dict[str, str] = {
    # 2023-04-17, 2023/04/17, 2023.04.17 (month and day loose: validated later)
    "ymd": rf"(?<!\d){_YEAR}(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep){_DAY}(?!\d)",
    # 17.04.2023, 17/04/2023, 17-04-2023, 13.09.24, 16. 05. 2024
    "dmy": rf"(?<!\d){_DAY}(?P<sep>[./-])\s?(?P<month>\d{{1,2}})(?P=sep)\s?{_YEAR_SHORT}",
    # 17 April 2023, 13. September 2024, 17th of April, 2023, 17-Apr-2023 (CGTN: 14-Jun-2022)
    "d_month_y": rf"(?<!\d){_DAY}(?:\.\s*|\s+|-|{_ORDINAL}\s+)(?:of\s+)?{_MONTH_NAME}(?:,?\s*|-){_YEAR}",
    # April 17, 2023; Apr. 17 2023; April 17th, 2023; September 05, 2024
    "month_d_y": rf"{_MONTH_NAME}\s*{_DAY}{_ORDINAL}?(?:,\s*|\s+){_YEAR}",
    # 2023年4月17日
    "cjk": rf"{_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*{_DAY}\s*日",
}
# a time zone after a clock time: "GMT", "UTC+8", "(GMT+8)", "+0800", "Z" (upper case only: "ist", "et")
_ZONE = (
    r"(?:Z\b|[+-]\d{2}:?\d{2}\b|\(?\b(?-i:UTC|GMT|MEZ|MESZ|CET|CEST|WET|WEST|EET|EEST|BST|IST|MSK|BJT|CST|HKT|SGT|"
    r"JST|KST|AEST|AEDT|EST|EDT|ET|CDT|CT|PST|PDT|PT|Beijing\s+Time)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)"
)
_CLOCK = r"(?:[01]?\d|2[0-3])"
_AM_PM = r"[ap]\.?\s?m\b\.?"
# a time after the date: "14:02", ", 14.02 Uhr", " at 9:36 p.m.", " | 21:36", "T14:02:00+08:00", " 09:12 GMT"
_TIME = (
    r"(?:\s*(?:,|\||-|–|—|·|/|\bum\b|\bat\b|@)?\s*T?"
    rf"{_CLOCK}[:.h][0-5]\d(?:[:.][0-5]\d)?(?:\.\d+)?"
    rf"(?:\s*(?:Uhr\b|h\b|{_AM_PM}))?"
    rf"(?:\s*{_ZONE})?)?"
)
# a time before the date: "14:25, April 25, 2024", "Updated 21:36, 14-Jun-2022", "2:25 PM GMT+2, April 25,
# 2024", "10.31 Uhr | 16.05.2024" (with a colon, or a dot and "Uhr": never a day and month)
_LEAD_TIME = (
    rf"(?:{_CLOCK}(?::[0-5]\d(?::[0-5]\d)?(?:\s*(?:Uhr\b|h\b|{_AM_PM}))?|\.[0-5]\d\s*Uhr\b)"
    rf"(?:\s*{_ZONE})?\s*(?:[,|·/–—-]\s*)?)?"
)
# what comes before a date: a label ("Published:", "Last updated on", "Veröffentlicht am:"), the kind
# of document with its number ("Pressemitteilung Nr. 123/2024 vom"), or a section name ("All News")
_CONNECTOR = rf"(?:\s+(?:on|at|am|vom|from|of|dated){NOT_LETTER})?"
_DOCUMENT_NUMBER = r"(?:\s+(?:(?:nr|no)\.?\s*|#\s*)?\d{1,4}(?:\s*/\s*(?:19|20)?\d{2})?(?![\d.]))?"
_DATE_LABEL_PART = (
    rf"(?:(?:(?P<label>{alt(DATE_LABELS)})|(?P<doc>{alt(DOCUMENT_LABELS)}){NOT_LETTER}{_DOCUMENT_NUMBER}|"
    rf"(?P<section>{alt(SECTION_LABELS)})){NOT_LETTER}{_CONNECTOR}\s*(?:[:：|–—-]\s*)?)?"
)
_WEEKDAY_PART = rf"(?:(?:{alt(_WEEKDAYS)}){NOT_LETTER}\.?,?\s*)?"
# the place of a dateline: "Düsseldorf, 22.07.2024", "Frankfurt am Main, 17. April 2023", "BERLIN, 16. Mai
# 2024 (Xinhua) --" (only with a year: "BERLIN, 16. Mai (Xinhua) --" gives no date)
_ANY_DATE_LABEL = alt(DATE_LABELS + DOCUMENT_LABELS + SECTION_LABELS)
_PLACE_PART = rf"(?:(?!(?:{_ANY_DATE_LABEL}){NOT_LETTER})(?-i:[A-ZÄÖÜ])[\w'’.]*(?:[ -][\w'’.]+){{0,3}},\s*)?"


def _date_head_re() -> re.Pattern[str]:
    """One regex for every date head: place, label, time, weekday, one of the date forms, time.

    Each form's groups are prefixed with its name (``dmy_day``) and the form itself is a group
    (``dmy``), so that one match tells which form it was.
    """
    forms = "|".join(
        f"(?P<{name}>{form.replace('(?P<', f'(?P<{name}_').replace('(?P=', f'(?P={name}_')})"
        for name, form in _DATE_FORMS.items()
    )
    return re.compile(_PLACE_PART + _DATE_LABEL_PART + _LEAD_TIME + _WEEKDAY_PART + f"(?:{forms})" + _TIME, re.I)


_DATE_HEAD_RE = _date_head_re()
_DIGIT_RE = re.compile(r"\d")
YEARISH_RE = re.compile(r"\d(?:\d\d\d|\d?[./-])")  # a year or a day and a dot: no date without it


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value.casefold().rstrip(".")]


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    """The validated date of a date-head match (``None`` for 31.02.2024 and the like)."""
    form = next(name for name in _DATE_FORMS if match[name] is not None)
    year = int(match[f"{form}_year"])
    if year < 100:
        year += 2000 if year < SHORT_YEAR_PIVOT else 1900  # 16.05.24: 2024; 16.05.98: 1998
    day, month = int(match[f"{form}_day"]), _month_number(match[f"{form}_month"])
    date = _make_date(year, month, day)
    if date is None and form == "dmy" and match["dmy_sep"] == "/":
        date = _make_date(year, day, month)  # 04/17/2023: US order
    return date


@dataclass(slots=True)
class DateHit:
    date: dt.date | None  # None: date-shaped but impossible (31.02.2024)
    rank: int  # 0 published, 1 plain date, 2 updated
    end: int  # where the date (and time) ends in the text
    prefix: str = ""  # "label" (Published:), "doc" (Pressemitteilung vom), "section" (All News) or ""


def match_date_head(text: str) -> DateHit | None:
    """A (labelled) date at the start of ``text``.

    >>> match_date_head("Updated 21:36, 14-Jun-2022 | CGTN")
    DateHit(date=datetime.date(2022, 6, 14), rank=2, end=26, prefix='label')
    >>> match_date_head("Pressemitteilung vom 16. Mai 2024").rank
    0
    """
    if not text[:1].isalnum() or _DIGIT_RE.search(text, 0, DATE_HEAD_MAX_CHARS) is None:
        return None
    match = _DATE_HEAD_RE.match(text[:DATE_HEAD_MAX_CHARS])
    if match is None:
        return None
    label = match["label"]
    if label:
        rank, prefix = LABEL_KINDS[" ".join(label.casefold().split())][1], "label"
    elif match["doc"]:
        rank, prefix = 0, "doc"
    else:
        rank, prefix = 1, "section" if match["section"] else ""
    return DateHit(_date_from_match(match), rank, match.end(), prefix)
