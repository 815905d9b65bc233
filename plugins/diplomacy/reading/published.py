"""The publication date of a capture when its header has no date line the capture grammar knows.

News pages print the date in many places and forms; this module looks where real pages put it and
ranks what it finds (:data:`RANKS`, the lower the surer):

* a **label** that says published: ``Date:``, ``Datum:``, ``Published``, ``Veröffentlicht am``,
  ``发布时间``, ``时间``, ``日期`` (with or without a time, the label glued to other text);
* a **date line** of its own in the header: ``2019-08-28 09:12 Shanghai Daily``, ``17. 09. 2013
  Druckversion``, ``(GMT+08:00) 2004-11-24 20:23:28``, ``Donnerstag, den 16. Januar 2020``;
* a **credit** with a source: ``(Xinhua, 2. Februar 2005)``, ``Xinhua, March 30, 2014``,
  ``Pressemitteilung der Stadt Bonn vom 12.06.2014``;
* a **dateline** or a date opening the article: ``Mainz, 04.04.14.``, ``(12.11.2018) Mit einer …``,
  ``2011-10-11 10:12 Mayors …``;
* a **byline** with the date: ``Von Martin Rieß 27.09.2022, 05:00``, ``By Li Qian | 2019-08-28``;
* **updated** (``Stand:``, ``Letzte Aktualisierung``, ``Updated``) only when nothing says published.

Dates in running text ("met on May 31, 2017") are never taken. Day and month order on slash
dates follows the language (US order on English pages) unless a day over 12 decides it.

>>> find(["Home | News", "Xinhua Published: 2017-05-31 21:52:13", "Premier Li arrives"], 2, 3, "en")
Found(date=datetime.date(2017, 5, 31), rank=0, line=1, how='label')
>>> find(["Titel", "Letzte Aktualisierung: 18.04.2024", "(12.11.2018) Mit einer Delegation …"], 2, 3, "de").date
datetime.date(2018, 11, 12)
>>> find(["Mayors meet", "Posted on the 12th of March 2019 by the press office", "The mayor …"], 2, 3, "en").date
datetime.date(2019, 3, 12)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..tagging.calendar import MONTHS, all_names
from .headline import is_caption
from .urlpath import address_path

RANKS = {"label": 0, "line": 1, "credit": 2, "opening": 3, "updated": 9}
HEADER_LINES = 60  # lines looked at above the article (and the article's first lines)
TRAILER_LINES = 8  # lines looked at after the article's last paragraph
MAX_LINE = 240  # longer lines are running text: only their opening and a credit at their end are read
EARLIEST_YEAR = 1949

_MONTH_NAMES = all_names(MONTHS)
_MONTH = "|".join(sorted((re.escape(name) for name in _MONTH_NAMES), key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_FORMS = [
    # 2019-08-28, 2019/08/28, 2019.08.28, 2019年8月28日
    re.compile(r"(?<!\d)" + _YEAR + r"\s*[-/.年]\s*(?P<m>[01]?\d)\s*[-/.月]\s*" + _DAY + r"(?!\d)"),
    # 28.08.2019, 28. 08. 2019, 28.8.19 (two-digit years only with dots)
    re.compile(r"(?<![\d.])" + _DAY + r"\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d])"),
    # 06/03/2015 (order by language)
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR + r"(?!\d)"),
    # 2. Februar 2005, 28 August 2019, 2nd February 2005, the 2nd of February 2005
    re.compile(
        r"(?<!\d)" + _DAY + r"(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>" + _MONTH + r")\.?,?\s+" + _YEAR + r"(?!\d)",
        re.IGNORECASE,
    ),
    # March 30, 2014; May 11th, 2017; Oct 26, 2015
    re.compile(
        r"(?<![\w])(?P<mn>" + _MONTH + r")\.?\s+" + _DAY + r"(?:st|nd|rd|th)?,?\s+" + _YEAR + r"(?!\d)", re.IGNORECASE
    ),
]
_PUBLISHED = re.compile(
    r"(?:^|\b)(?:date|datum|published|publication date|posted|veröffentlicht(?: am)?|erschienen(?: am)?|"
    r"veröffentlichungsdatum|erscheinungsdatum|publiziert|erstellt(?: am)?|release (?:date|time)|issued)\b\s*:?|"
    r"发布时间|发布日期|时间|日期|来源",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"\b(?:updated?|last updated|last modified|stand|letzte aktualisierung|aktualisiert(?: am)?|geändert(?: am)?|"
    r"zuletzt aktualisiert)\b|更新",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?:xinhua|cri|china\.org\.cn|chinadaily|people's daily|quelle|source|pressemitteilung|"
    r"presseinformation|press release)\b",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bvom\s*$", re.IGNORECASE)  # "… der Stadt Bonn vom 12.06.2014"; in a sentence "Sitzung vom …"
# "Mainz, 04.04.14." or "(12.11.2018) Mit …", not a sentence's "Am Mittwoch, dem 12.09.2007, um 15 Uhr …"
_OPENING = re.compile(
    r"^\s*(?:\(|(?!(?:Am|An|On|Im|In|Seit|Since|Bis|Until|Ab|Vom|From)\s)[A-ZÄÖÜ][\w./-]+(?: [A-ZÄÖÜ][\w-]+)?,\s)"
)
_BYLINE = re.compile(r"\s*(?:von|by|text:?|autor(?:in)?:)\s+[^\d,|:]{3,40}?\s*[,|]?\s*$", re.IGNORECASE)
# a byline glued into a longer line, before a bar: "… weiterentwickeln Von dpa | 10.03.2023, 15:01 Uhr"
_BAR_BYLINE = re.compile(r"(?:^|\s)(?-i:Von|By|VON|BY)\s+[^\d,|:.!?]{2,30}?\s*\|\s*$")
_ALONE = re.compile(r"\s*(?:von|vom|am|on|from|by|datum|date)?\s*$", re.IGNORECASE)
# the closing line of a broadcast or a release that says when it went out
_CLOSING = re.compile(
    r"\b(?:gesendet|ausgestrahlt|veröffentlicht|erschienen|published|broadcast|aired|posted|released)\b", re.IGNORECASE
)
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
SHORT_CREDIT = 80  # a caption-like line this short that carries a credit with a date is the article's credit
_SENTENCE_WORDS = re.compile(r"\b(?:on|am|seit|since|until|bis|from|vom \d|von|im|in)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    date: dt.date
    rank: int
    line: int
    how: str


def settle(
    grammar: dt.date | None,
    lines: list[str],
    body_start: int,
    body_end: int,
    lang: str | None,
    address: str | None = None,
    title: str | None = None,
) -> tuple[dt.date | None, str]:
    """The publication date from the capture grammar's date (``grammar``) and what this module finds:
    the grammar's, unless it is a "last updated" date, a slash date read in the other order than the
    language writes it, a date line further from the headline than another one (:func:`_beside_headline`),
    or a labelled publication date says otherwise; this module's when the grammar found none; with
    neither, a dateline without a year (``Nov. 21 (Agency)–``) completed with the year of the page's
    ``address`` (:func:`dateline_day`). Returns the date and where it came from."""
    found = find_all(lines, body_start, body_end, lang)
    published = [f for f in found if f.how != "updated"]
    best = min(published or found, key=lambda f: (f.rank, f.line), default=None)
    beside = _beside_headline(found, lines, body_start, title)
    if beside is not None and not any(f.how == "label" for f in published):
        other = grammar if grammar is not None else best.date if best and best.how == "line" else None
        if other is not None and other != beside.date and any(f.how == "line" and f.date == other for f in found):
            return beside.date, "capture (the date line beside the headline; the one further from it is the page's)"
    if grammar is None and best is None:
        day = dateline_day(lines, body_start, address)
        return (
            (day, "capture (a dateline without a year; the year from the Source_url or a line above)")
            if day
            else (None, "")
        )
    if grammar is None:
        return (best.date, f"capture ({best.how})") if best else (None, "")
    if best is None:
        return grammar, "capture (date line)"
    if any(f.how == "updated" and f.date == grammar for f in found) and published:
        return best.date, f"capture ({best.how}; the other date is when the page was updated)"
    if best.how == "label" and best.date != grammar:
        return best.date, "capture (label)"
    swapped = grammar.day <= 12 and any(f.date == _swap(grammar) for f in published)
    if swapped and lang == "en":
        return _swap(grammar), "capture (month first, as English pages write it)"
    return grammar, "capture (date line)"


def _beside_headline(found: list[Found], lines: list[str], body_start: int, title: str | None) -> Found | None:
    """The plain date line right above or right below the headline, when exactly one is.

    A page may print two bare dates above its article: its own, next to the headline, and a site
    banner's or a page stamp further up (above the menu, or above the other date). The one beside the
    headline is the article's.

    >>> lines = ["Site of the Province", "15 July 2015", "Home | News", "Mayor meets guests", "2018-05-13 Print"]
    >>> _beside_headline(find_all(lines, 5, 5, "en"), lines, 5, "Mayor meets guests").date
    datetime.date(2018, 5, 13)
    """
    key = " ".join((title or "").split())
    if not key or len({f.date for f in found if f.how == "line"}) < 2:
        return None  # one plain date or none: nothing to choose between
    parts = [i for i in range(min(body_start, len(lines))) if _part_of(" ".join(lines[i].split()), key)]
    if not parts:
        return None
    first = last = parts[0]  # a headline wrapped over several lines: the run of its parts
    while last + 1 in parts:
        last += 1
    neighbours = {_filled(lines, first, -1), _filled(lines, last, 1)}
    beside = [f for f in found if f.how == "line" and f.line in neighbours]
    return beside[0] if len({f.date for f in beside}) == 1 else None


def _part_of(line: str, title: str) -> bool:
    """Is ``line`` the headline, or a piece of it of three words or more (a wrapped headline)?"""
    return title in line or (len(line.split()) >= 3 and line in title)


def _filled(lines: list[str], index: int, step: int) -> int | None:
    """The index of the next non-empty line from ``index`` in direction ``step``, or None."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].strip():
            return index
        index += step
    return None


def _swap(date: dt.date) -> dt.date:
    try:
        return dt.date(date.year, date.day, date.month)
    except ValueError:
        return date


def find(lines: list[str], body_start: int, body_end: int, lang: str | None = None) -> Found | None:
    """The publication date printed on the page, or None; ``lines`` are the capture's non-empty lines,
    ``body_start``/``body_end`` the article's span, ``lang`` its language if known ("en", "de")."""
    found = find_all(lines, body_start, body_end, lang)
    if not found:
        return None
    published = [f for f in found if f.how != "updated"]
    return min(published or found, key=lambda f: (f.rank, f.line))


def find_all(lines: list[str], body_start: int, body_end: int, lang: str | None = None) -> list[Found]:
    """Every date this module would take as the publication date, with its rank."""
    found: list[Found] = []
    last = min(len(lines), max(body_start + 3, HEADER_LINES))
    window = [*range(last), *range(max(body_end, last), min(len(lines), body_end + TRAILER_LINES))]
    for index in window:
        line = lines[index]
        in_body = body_start <= index < body_end
        found.extend(_in_line(line, index, in_body, lang, index == body_end - 1))
    return found


def _in_line(line: str, index: int, in_body: bool, lang: str | None, last: bool = False) -> list[Found]:
    hits = list(_dates(line, lang))
    if not hits:
        return []
    addresses = [m.span() for m in _WEB_ADDRESS.finditer(line)]
    if addresses:  # "Quelle: http://example.cn/2012-04/26/…": a day in an address is no printed date
        hits = [hit for hit in hits if not any(a <= hit[0] < b for a, b in addresses)]
    results = []
    long = len(line) > MAX_LINE
    # "… in Berlin, Jan 7, 2011. [Photo/Xinhua]": the day of the photo; but a label or a byline glued to a
    # photo credit ("Foto: dpa … Von dpa | 10.03.2023") and a short credit ("(Xinhua News Agency May 4, 2005)") count
    caption = is_caption(line)
    for start, end, date in hits:
        before = line[max(0, start - 40) : start]
        how = _how(line, start, end, before, in_body, long)
        if caption and not (how == "label" or (how == "credit" and len(line) <= SHORT_CREDIT)):
            continue
        if how is None and last and _CLOSING.search(line) and len(line) <= MAX_LINE:
            how = "credit"  # "Diese Nachricht wurde am 19.06.2023 im Programm … gesendet."
        if how is not None:
            results.append(Found(date, RANKS[how], index, how))
    return results


def _how(line: str, start: int, end: int, before: str, in_body: bool, long: bool) -> str | None:
    """Why this date is the publication date (a key of RANKS), or None for a date in running text."""
    if _UPDATED.search(before):
        return "updated"
    if (
        _PUBLISHED.search(before)
        or _PUBLISHED.search(line[end : end + 12])
        or _BYLINE.match(line, 0, start)
        or _BAR_BYLINE.search(before)
    ):
        return "label"  # "Date: …", "Veröffentlicht am …", a byline "Von Martin Rieß 27.09.2022, 05:00"
    if not in_body and _ALONE.match(line, 0, start) and not line[end:].strip(" .,;:|"):
        return "line"  # "von 23. Februar 2009", "am 12.03.2020", "on May 5, 2019": a date line of its own
    in_parens = line.rstrip().endswith(")") and "(" in before and end >= len(line.rstrip()) - 2
    at_end = end >= len(line.rstrip(" .;)")) - 1  # a sentence of the article: "Sitzung vom 26. Februar 2009 …"
    if _CREDIT.search(before) or in_parens or (_FROM.search(before) and (at_end or not in_body)):
        return "credit"
    if start <= 24 and (_OPENING.match(line) or start == 0 or not line[:start].strip(" ()[]")):
        return "opening" if in_body or long else "line"
    if not in_body and not long and not _SENTENCE_WORDS.search(before):
        return "line"
    return None


# Every form but the dotted one (whose year may have two digits) has a year of four digits with no digit
# beside it: a line without one is read by that form alone, and a line without two digits in a row by none.
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TWO_DIGITS = re.compile(r"\d\d")
_DOTTED = _FORMS[1]


def _dates(line: str, lang: str | None) -> list[tuple[int, int, dt.date]]:
    hits: list[tuple[int, int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    if _FOUR_DIGIT_YEAR.search(line):
        forms = _FORMS
    elif _TWO_DIGITS.search(line):
        forms = [_DOTTED]
    else:
        return hits
    for form in forms:
        for match in form.finditer(line):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            date = _date(match.groupdict(), lang)
            if date is not None:
                hits.append((match.start(), match.end(), date))
                taken.append((match.start(), match.end()))
    return sorted(hits)


def _date(parts: dict[str, str | None], lang: str | None) -> dt.date | None:
    year = int(parts["y"] or 0)
    if year < 100:
        year += 2000 if year < 50 else 1900
    if parts.get("a"):  # a slash date: month first on English pages, unless a day over 12 decides
        a, b = int(parts["a"] or 0), int(parts["b"] or 0)
        month, day = (a, b) if (lang == "en" and a <= 12) or b > 12 else (b, a)
    else:
        day = int(parts["d"] or 0)
        month = _MONTH_NAMES.get((parts.get("mn") or "").casefold().rstrip(".")) or int(parts.get("m") or 0)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if date.year < EARLIEST_YEAR or date > dt.date.today() + dt.timedelta(days=2):
        return None
    return date


_URL_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-/_]?)(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)(?!\d)")


def date_in_url(url: str) -> dt.date | None:
    """A day in a page's address (``/2023/09/22/``, ``/2023-09-22-``, ``t20230922_``), or None.

    Only a full day counts: a year and month alone (``/2023/09/``) do not name the publication day.

    >>> date_in_url("https://www.example.cn/art/2019/11/18/art_1.html")
    datetime.date(2019, 11, 18)
    >>> date_in_url("http://english.example.gov.cn/2017-05/12/c_136277.htm"), date_in_url("https://x.cn/t20170512_1.html")
    (datetime.date(2017, 5, 12), datetime.date(2017, 5, 12))
    >>> date_in_url("https://example.de/news/2023/09/"), date_in_url("https://example.de/id/20231399")
    (None, None)
    """
    for match in _URL_DATE.finditer(address_path(url, with_query=True)):
        try:
            date = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
        if date.year >= EARLIEST_YEAR and date <= dt.date.today():
            return date
    return None


# a wire dateline without a year opening the article: "Nov. 21 (EIRNS)–", "BERLIN, 16. Mai (Xinhua) --",
# "Fujian, July 6 (Jiji Press)--", "SHANGHAI, Oct. 25 /PRNewswire/ --"
_YEARLESS = re.compile(
    r"^\s*(?:(?-i:[A-ZÄÖÜ])[\w'’.-]*(?:[ /-](?-i:[A-ZÄÖÜ])[\w'’.-]*){0,3},\s*)?"
    r"(?:(?P<mn>" + _MONTH + r")\.?\s+(?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)\.?\s+(?P<mn2>" + _MONTH + r")\.?)"
    r"(?![\d\w])\s*(?:\(|/|--|–|—)",
    re.IGNORECASE,
)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?=[/_-]|$)")
# a line above the article that prints a month and its year and nothing else: "November 2014", "2014-11"
_MONTH_YEAR = re.compile(
    r"^\s*(?:date\s+)?(?:(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)|(?P<mn>" + _MONTH + r")\.?\s+(?P<y2>(?:19|20)\d\d))\s*$",
    re.IGNORECASE,
)


def _printed_year(lines: list[str], month: int) -> int | None:
    """The year of a line above the article that prints the dateline's month with a year."""
    for line in lines:
        match = _MONTH_YEAR.match(line)
        if match is None:
            continue
        printed = int(match["m"]) if match["m"] else _MONTH_NAMES.get(match["mn"].casefold().rstrip("."))
        if printed == month:
            return int(match["y"] or match["y2"])
    return None


def dateline_day(lines: list[str], body_start: int, address: str | None) -> dt.date | None:
    """The day of a dateline without a year at the top of the article, in the year of the page's address
    (``/2014/…``) or of a line above the article that prints the same month with its year ("November
    2014"): a year read from the running text could be any event's.

    >>> dateline_day(["Skip", "Nov. 21 (Agency)–A partnership was renewed today."], 1, "https://x.org/2014/a-slug/")
    datetime.date(2014, 11, 21)
    >>> dateline_day(["November 2014", "Nov. 21 (Agency)–A partnership was renewed today."], 1, None)
    datetime.date(2014, 11, 21)
    >>> dateline_day(["Nov. 21 (Agency)–A partnership was renewed today."], 0, "https://x.org/a-slug/") is None
    True
    """
    in_address = _URL_YEAR.search(address_path(address))
    header = lines[max(0, body_start - HEADER_LINES) : body_start + 1]
    for line in header:
        match = _YEARLESS.match(line)
        if match is None:
            continue
        month = _MONTH_NAMES.get((match["mn"] or match["mn2"]).casefold().rstrip(".")) or 0
        year = int(in_address.group(1)) if in_address else _printed_year(header, month)
        if year is None:
            return None
        try:
            date = dt.date(year, month, int(match["d"] or match["d2"]))
        except ValueError:
            continue
        return date if date <= dt.date.today() else None
    return None
