"""One metadata line: dates, ``Label: value`` pairs, bylines and site names.

A metadata line is a sequence of items separated by spaces, bars and dots:
date heads (:mod:`.dates`), ``Source: SHINE``, ``Editor: Xu Fang``, ``By Zhou
Wenting in Shanghai``, ``chinadaily.com.cn``, ``(Xinhua)``, with at most a
short tail after a date.  :func:`parse_meta` reads one or says it is none;
:func:`parse_date` is the public way to read the date of one line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .dates import YEARISH_RE, DateHit, match_date_head
from .labels import LABEL_KINDS, SECTION_LABELS
from .limits import DATE_HEAD_MAX_CHARS, KICKER_MAX_WORDS, META_MAX_WORDS, NOISE_MAX_CHARS, SITE_MAX_WORDS
from .lines import (
    LEADING_SYMBOLS_RE,
    NOT_LETTER,
    alt,
    clean_line,
    ends_sentence,
    has_final_punct,
    looks_like_site,
    word_count,
)
from .noise import BADGE_RE

_SEPARATORS = " \t|·•,;/–—-_:"
META_LABEL_RE = re.compile(
    rf"(?<![^\s|·•,;/(])(?P<label>{alt(LABEL_KINDS)}){NOT_LETTER}\s*[:：]\s*",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(r"(?i:by|von|written\s+by|posted\s+by|verfasst\s+von|ein\s+beitrag\s+von|text\s+von)\s+(?=\w)")
_NAME_SPLIT_RE = re.compile(r"\s*,\s*|\s+(?:and|und|&)\s+", re.IGNORECASE)
_NAME_PARTICLES = frozenset(
    ("von", "van", "de", "der", "den", "zu", "da", "di", "du", "le", "la", "al", "bin", "dos", "del")
)
# where a byline's names end: a bar or dash, a bracket ("By Li Wei (People's Daily) 08:49, …"), or "on"/"am"
# before a date ("Posted by John Miller on May 16, 2024", "Von Anna Schmidt am 16.05.2024")
_VALUE_END_RE = re.compile(r"\s+[|·•]\s*|\s+[–—-]\s+|\s+(?=\()|\s+(?:on|am)\s+(?=\d|[^\W\d_]+\.?,?\s+\d)")
_SEGMENT_END_RE = re.compile(r"\s*[|·•]\s*|\s+[–—-]\s+")
_PLACE_SUFFIX_RE = re.compile(r"\s+(?:in|aus|from)\s+[^\W\d_][\w .'’-]{0,40}$")
PAREN_SOURCE_RE = re.compile(r"\(\s*([^\W\d_][\w .&'’-]{1,40}?)\s*\)")
# a news agency or outlet named before a date ("Xinhua | Updated: …", "Global Times | 2024-04-25"), not a rubric
_OUTLET_RE = re.compile(
    r"(?:xinhua|reuters|dpa|afp|ap|kyodo|yonhap|tass|ansa|apa|kna|epd|cgtn|cctv|cri|ecns|shine|"
    r".*\b(?:daily|times|news|post|online|press|presse|zeitung|rundschau|nachrichten|anzeiger|kurier|tagblatt|"
    r"herald|tribune|journal|gazette|telegraph|courier|agency|agentur|radio|tv|network|media|medien))",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"https?://\S+", re.IGNORECASE)


def is_date_line(text: str) -> bool:
    """A short line that :func:`parse_meta` reads a date from."""
    if len(text) > DATE_HEAD_MAX_CHARS or YEARISH_RE.search(text) is None:
        return False
    meta = parse_meta(text)
    return meta is not None and bool(meta.dates)


def _short_tail(text: str) -> bool:
    """A few trailing words after a date (a category, a place, a reading-time badge) that may be ignored."""
    return (word_count(text) <= 4 and not ends_sentence(text)) or BADGE_RE.fullmatch(text) is not None


def parse_date(text: str) -> dt.date | None:
    """The date of a date line, or ``None`` if it is not one or the date is impossible.

    >>> parse_date("Veröffentlichungsdatum: 13.09.2024")
    datetime.date(2024, 9, 13)
    >>> parse_date("Published: April 17, 2023")
    datetime.date(2023, 4, 17)
    >>> parse_date("Updated: 2023-04-17 14:02")
    datetime.date(2023, 4, 17)
    >>> parse_date("(People's Daily Online) 14:25, April 25, 2024")
    datetime.date(2024, 4, 25)
    >>> parse_date("Aktualisiert: 17.05.2024 | Veröffentlicht am 16.05.2024")
    datetime.date(2024, 5, 16)
    >>> parse_date("31.02.2024") is None, parse_date("Mai 2024") is None
    (True, True)
    """
    meta = parse_meta(clean_line(text))
    if meta is None:
        return None
    dates = [(hit.rank, index, hit.date) for index, hit in enumerate(meta.dates) if hit.date is not None]
    return min(dates)[2] if dates else None


def _clean_value(value: str) -> str:
    value = value.strip(_SEPARATORS + " ")
    url = _URL_RE.fullmatch(value)
    if url:
        value = urlsplit(url.group()).hostname or value
    if value.endswith(".") and not value.endswith(".."):
        value = value[:-1]
    return value


def _names(value: str) -> str | None:
    """``value`` if it is a list of person names ("Xu Fang", "Anna Schmidt und Li Wei")."""
    parts = [p for p in _NAME_SPLIT_RE.split(value) if p]
    if not parts:
        return None
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 4 or any(ch.isdigit() for ch in part):
            return None
        if not all(t[0].isupper() or t.casefold() in _NAME_PARTICLES for t in tokens) or not tokens[-1][0].isupper():
            return None
    return value


@dataclass(slots=True)
class Meta:
    """What a date/source/editor line says."""

    dates: list[DateHit] = field(default_factory=list)
    source: str | None = None
    editor: str | None = None
    site: str | None = None  # an unlabelled site name between separators
    labelled: bool = False  # the line starts with "Label:"


def _byline(rest: str, meta: Meta) -> str | None:
    """Read ``By Xu Fang`` / ``Von Anna Schmidt`` at the start of ``rest``; the text after it, or ``None``."""
    match = _BYLINE_RE.match(rest)
    if match is None:
        return None
    value = rest[match.end() :]
    end, label = _VALUE_END_RE.search(value), META_LABEL_RE.search(value)
    cut = resume = len(value)
    if end is not None:
        cut, resume = end.start(), end.end()  # "… on May 16, 2024": go on at the date
    if label is not None and label.start() < cut:
        cut = resume = label.start()
    names = _names(_PLACE_SUFFIX_RE.sub("", _clean_value(value[:cut])))
    if names is None:
        return None
    meta.editor = meta.editor or names
    return value[resume:]


def parse_meta(text: str) -> Meta | None:
    """Read a metadata line (date line, ``Source: … Editor: …``, byline); ``None`` if it is not one.

    The line is a sequence of items: dates (optionally labelled, optionally
    after a place: ``Düsseldorf, 22.07.2024``), ``Label: value`` pairs,
    bylines and site names, separated by spaces, ``|``, ``·`` and the like.

    >>> m = parse_meta("Veröffentlichungsdatum:13.09.2024 Quelle:german.shanghai.gov.cn")
    >>> m.dates[0].date, m.source
    (datetime.date(2024, 9, 13), 'german.shanghai.gov.cn')
    >>> parse_meta("Source: SHINE Editor: Xu Fang").editor
    'Xu Fang'
    >>> m = parse_meta("By Zhou Wenting in Shanghai | chinadaily.com.cn | Updated: 2023-04-17 21:33")
    >>> m.editor, m.site, m.dates[0].date
    ('Zhou Wenting', 'chinadaily.com.cn', datetime.date(2023, 4, 17))
    >>> parse_meta("Von Düsseldorf nach Chongqing") is None
    True
    """
    if len(text) > NOISE_MAX_CHARS:
        return None
    meta = Meta()
    rest = LEADING_SYMBOLS_RE.sub("", text).strip(_SEPARATORS)  # "🗓 17.04.2023"
    first = True
    while rest:
        hit = match_date_head(rest)
        label = None if hit else META_LABEL_RE.match(rest)
        if hit is not None:
            meta.dates.append(hit)
            rest = rest[hit.end :]
        elif label is not None:
            kind, _rank = LABEL_KINDS[" ".join(label["label"].casefold().split())]
            meta.labelled = meta.labelled or first
            following = META_LABEL_RE.search(rest, label.end())
            value = rest[label.end() : following.start() if following else len(rest)]
            rest = rest[following.start() :] if following else ""
            if not _read_meta_value(meta, kind, value):
                return None
        elif (after := _byline(rest, meta)) is not None:
            rest = after
        elif paren := PAREN_SOURCE_RE.match(rest):  # "(People's Daily Online) 14:25, April 25, 2024"
            meta.site = meta.site or paren.group(1)
            rest = rest[paren.end() :]
        else:
            skip = _skip_name(rest, meta)
            if not skip:
                break
            rest = rest[skip:]
        rest = rest.strip(_SEPARATORS)
        first = False
    if rest and not (meta.dates and _short_tail(rest)):
        return None
    if not (meta.dates or meta.source or meta.editor or meta.labelled):
        return None
    return meta


_BAR_AFTER_RE = re.compile(r"\s*[|·•]\s*")
_NAME_COMMA_RE = re.compile(r"[^\W_][^,.!?:;|]{0,60}?,\s*")  # a name, then a comma (and a labelled date)


def _skip_name(rest: str, meta: Meta) -> int:
    """Length of a name at the start of ``rest`` that may stand in a meta line (0: none).

    A site name (``chinadaily.com.cn |``, ``China Daily |`` after a byline), an outlet or a
    rubric before a date (``Xinhua | Updated: …``, ``Politik | 16.05.2024``; only an outlet is
    kept as the site), or a name before a comma and a labelled date (``Rathaus Umschau 93 / 2024,
    veröffentlicht am 16.05.2024``).
    """
    segment = _SEGMENT_END_RE.split(rest, maxsplit=1)[0]
    if segment == rest:
        comma = _NAME_COMMA_RE.match(rest)
        if comma is None or word_count(comma.group()) > KICKER_MAX_WORDS + 2:
            return 0
        hit = match_date_head(rest[comma.end() :])
        return comma.end() if hit is not None and hit.prefix in ("label", "doc") else 0
    name = segment.strip()
    if looks_like_site(name) or (meta.editor is not None and _site_between_bars(rest, segment)):
        meta.site = meta.site or name
    elif _site_between_bars(rest, segment) and _date_after(rest, len(segment)):
        if name.casefold() not in SECTION_LABELS and _OUTLET_RE.fullmatch(name):
            meta.site = meta.site or name
    else:
        return 0
    return len(segment)


def _date_after(rest: str, position: int) -> bool:
    """Does a date (line) follow the bar at ``position``?"""
    bar = _BAR_AFTER_RE.match(rest, position)
    return bar is not None and match_date_head(rest[bar.end() :]) is not None


def _site_between_bars(rest: str, segment: str) -> bool:
    """A site name of a few capitalised words followed by ``|`` after a byline: ``By … | China Daily | Updated: …``.

    Only a name of at most :data:`SITE_MAX_WORDS` words that each start with a
    capital letter, with no sentence punctuation, and only before a bar (not
    a dash); :func:`parse_meta` asks only after it has read a byline.

    >>> _site_between_bars("China Daily | Updated: 2024-09-04", "China Daily")
    True
    >>> _site_between_bars("Mayors meet in Shanghai | 2024", "Mayors meet in Shanghai")
    False
    """
    name = segment.strip()
    words = name.split()
    if not 1 <= len(words) <= SITE_MAX_WORDS or has_final_punct(name) or ":" in name:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return _BAR_AFTER_RE.match(rest, len(segment)) is not None


def _split_off_date(value: str, meta: Meta) -> str:
    """``Zhang Rui 2022-10-12`` -> ``Zhang Rui`` (the date goes to ``meta``)."""
    if not any(ch.isdigit() for ch in value) or len(value) > 120:
        return value
    for match in re.finditer(r"(?<!\S)\S", value):
        start = match.start()
        if start == 0:
            continue
        hit = match_date_head(value[start:])
        if (
            hit is not None
            and hit.prefix != "section"
            and (not value[start + hit.end :].strip(_SEPARATORS) or _short_tail(value[start + hit.end :]))
        ):
            meta.dates.append(hit)
            return value[:start].strip(_SEPARATORS)
    return value


def _read_meta_value(meta: Meta, kind: str, value: str) -> bool:
    """Store one ``Label: value``; ``False`` if the value is not what the label promises."""
    value = _clean_value(value)
    if kind == "date":
        hit = match_date_head(value)
        if hit is not None:
            meta.dates.append(hit)
        return word_count(value) <= 6
    value = _split_off_date(value, meta)
    if not value:
        return kind != "source"  # "撰稿人:  供稿部门: …": a label the page left empty
    if word_count(value) > META_MAX_WORDS:
        return False
    if ends_sentence(value) and word_count(value) > 3:
        return False
    if kind == "source":
        meta.source = meta.source or value
    elif kind == "editor":
        meta.editor = meta.editor or value
    return True
