"""Raw article captures: decode the bytes, drop the page noise, keep the article.

A *capture* is the text of a news page as it was copied from a browser: the
headline, often a breadcrumb, a date line, a photo caption, the lead paragraph
(sometimes twice), the body, then ``Source: … Editor: …`` lines, share buttons
and a comment form.  :func:`parse_capture` turns it into a :class:`Capture`
with the headline, the publication date, source and editor, and the clean body
paragraphs.  The module is pure Python (no Pelican import).

How a capture is read:

1. Lines are cleaned (NFC, every kind of space becomes one space, zero-width
   characters go, code junk glued after a sentence such as
   ``…vorangetrieben.INavigationController.`` is cut off) and grouped into
   *units*: one unit per line, except that hard-wrapped lines of one paragraph
   are joined again.
2. Noise that is noise wherever it stands is dropped: reading-time badges,
   share and print buttons, cookie banners, ``Photo:``/``Foto:``/``©`` lines
   and credits, script junk.  A comment form, "Related articles", "Tags:"
   and the like *after* the body has started end the article: the rest is
   dropped.  So do share and print buttons after two body paragraphs (an
   ``Editor:`` line after them is still read).
3. The *body* is found: units that end like a sentence and have at least
   :data:`BODY_MIN_WORDS` words.  Everything before the second distinct body
   unit is the *header zone* (headline, date line, breadcrumb, site name,
   caption, the lead and its repetition); everything after the last one is
   the *trailer*.
4. Date lines, bylines and ``Source:``/``Editor:`` lines are read (and
   removed) in the header zone and the trailer only; inside the body only
   lines that start with ``Source:``/``Quelle:``-style labels are, and never
   for a date: a date inside the body is never taken.  A byline may name the
   site between bars (``By DU JUAN | China Daily | Updated: …``).  A date
   line is one date head (:data:`_DATE_HEAD_RE`, built from named parts:
   place, label or document kind or section name, a time before the date,
   weekday, the date in one of :data:`_DATE_FORMS`, a time after it) among
   bylines, ``Label: value`` pairs, ``(Xinhua)`` and site names, with at most
   a short tail: ``(People's Daily Online) 14:25, April 25, 2024``,
   ``Xinhua | Updated: 2024-04-25 14:25:03``, ``Updated 21:36, 14-Jun-2022``,
   ``Pressemitteilung vom 16. Mai 2024``, ``Do., 16.05.2024, 10:31 Uhr``.
   Impossible dates are skipped; a date without a year ("Mai 2024",
   ``BERLIN, 16. Mai (Xinhua) --``) is none.  A ``published`` date beats a
   plain one, which beats an ``updated`` one (``Stand:``).  The
   headline is the first remaining header line that is not a kicker or site
   name: a single word, a line right above a breadcrumb (the site's banner),
   or a short line (at most :data:`KICKER_MAX_WORDS` words, no final
   punctuation) above a longer line that reads like a headline rather than a
   caption ("Besuch auf der Messe", "Press Release" above it).  Between
   headline and lead every line that does not end like a sentence goes
   (kickers, captions); after the lead only caption-like ones (long, or
   "poses with", "v.l.n.r.") so that subheadings stay.  In the trailer,
   lines that do not end like a sentence go.
5. Repeated headlines and paragraphs are dropped (the first copy stays).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..tagging.calendar import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, all_names

logger = logging.getLogger(__name__)

__all__ = ["Capture", "CaptureError", "decode_capture", "parse_capture", "parse_date"]


class CaptureError(ValueError):
    """The input is not a capture: empty, whitespace only, or not text at all."""


@dataclass(slots=True)
class Capture:
    """What :func:`parse_capture` found in a capture.

    ``removed`` lists the noise that was dropped (badges, captions, date and
    ``Source:`` lines, boilerplate, glued script junk), cleaned like the
    paragraphs.  Repeated copies of the headline or of a paragraph are not
    listed: their text is kept once, as the title or a paragraph.
    """

    title: str | None  # headline, whitespace-normalised
    published: dt.date | None
    source: str | None  # e.g. "SHINE", "german.shanghai.gov.cn", "nrwheute"
    editor: str | None  # e.g. "Xu Fang"
    paragraphs: list[str] = field(default_factory=list)  # clean body paragraphs, in order
    removed: list[str] = field(default_factory=list)  # noise lines that were dropped, in order


# ---------------------------------------------------------------------------
# Tunables (one place)

BODY_MIN_WORDS = 8  # a unit that ends like a sentence and has this many words is body text
NOISE_MAX_CHARS = 400  # longer lines are never badges, buttons, captions or meta lines
DATE_HEAD_MAX_CHARS = 160  # a date head (place, label, weekday, date, time) is never longer
META_MAX_WORDS = 8  # longest accepted Source:/Editor: value
CAPTION_MIN_WORDS = 6  # an unpunctuated line right after the lead this long is a photo caption
KICKER_MAX_WORDS = 4  # a short unpunctuated line above a longer one is a kicker, rubric or site name
BINARY_MAX_SHARE = 0.05  # share of control characters above which bytes are "binary"
SHORT_YEAR_PIVOT = 70  # a two-digit year below this is 20xx, from it on 19xx (as strptime's %y)

# ---------------------------------------------------------------------------
# Decoding


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd\ufffe\uffff]")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * len(zeros) and other.count(0) < 0.05 * len(other):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def normalize_text(text: str) -> str:
    """NFC, one line-break character (``\\n``), no byte-order mark.

    >>> normalize_text("\\ufeffDu\\u0308sseldorf\\r\\nK\\u00f6ln\\rBonn")
    'Düsseldorf\\nKöln\\nBonn'
    """
    text = text.removeprefix("\ufeff")
    return unicodedata.normalize("NFC", _NEWLINES_RE.sub("\n", text))


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    return len(_CONTROL_RE.findall(sample)) > BINARY_MAX_SHARE * max(len(sample), 1)


def _decode_unmarked(data: bytes) -> str:
    """Bytes without a byte-order mark: UTF-16 if plain to see, UTF-8, Windows-1252, Latin-1."""
    if b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise CaptureError("binary data (NUL bytes), not text")
        return text
    for codec in ("utf-8", "cp1252"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec != "utf-8":
            logger.debug("capture is not UTF-8; decoded as %s", codec)
        return text
    logger.debug("capture is neither UTF-8 nor Windows-1252; decoded as Latin-1")
    return data.decode("latin-1")


def decode_capture(data: bytes) -> str:
    """Decode a capture file's bytes to normalised text.

    UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM (UTF-16 without BOM
    when it is plain to see), otherwise Windows-1252 and finally Latin-1.  The
    result is NFC with ``\\n`` line breaks.  Raises :class:`CaptureError` for
    binary data (NUL bytes, mostly control characters).

    >>> decode_capture("Köln\\r\\n".encode("cp1252"))
    'Köln\\n'
    >>> decode_capture(b"\\xef\\xbb\\xbfK\\xc3\\xb6ln")
    'Köln'
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CaptureError(f"expected bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                if codec != "utf-8":
                    raise CaptureError(f"invalid {codec} after its byte-order mark: {error}") from error
                text = _decode_unmarked(data[len(bom) :])  # a UTF-8 BOM on Windows-1252 text
            break
    else:
        text = _decode_unmarked(data)
    if _looks_binary(text):
        raise CaptureError("binary data (control characters), not text")
    return normalize_text(text)


# ---------------------------------------------------------------------------
# Regular expressions, built once from named parts


def _alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of literal words, longest first, spaces flexible."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTHS = all_names(MONTHS)
_WEEKDAYS = (*all_names(WEEKDAYS), *all_names(WEEKDAY_ABBREVIATIONS))

# date labels and their priority: the publication date beats a bare date beats an update
_PUBLISHED_LABELS = (
    "published",
    "published on",
    "published at",
    "first published",
    "date published",
    "publication date",
    "publish date",
    "publishing date",
    "posted",
    "posted on",
    "posted at",
    "release date",
    "release time",
    "released",
    "veröffentlicht",
    "veröffentlicht am",
    "veröffentlichungsdatum",
    "veröffentlichungszeit",
    "publiziert",
    "publiziert am",
    "erschienen",
    "erschienen am",
    "erstellt",
    "erstellt am",
    "eingestellt",
    "eingestellt am",
    "online seit",
    "datum der veröffentlichung",
    "date of publication",
    "date posted",
    "dated",
    "发布时间",
    "发布日期",
)
_GENERIC_DATE_LABELS = ("date", "datum", "time", "zeit", "日期", "时间")
_UPDATED_LABELS = (
    "updated",
    "updated on",
    "updated at",
    "last updated",
    "last modified",
    "modified",
    "aktualisiert",
    "aktualisiert am",
    "zuletzt aktualisiert",
    "zuletzt aktualisiert am",
    "geändert",
    "geändert am",
    "zuletzt geändert",
    "zuletzt bearbeitet",
    "letzte änderung",
    "letzte aktualisierung",
    "stand",  # "Stand: 16.05.2024 10:31 Uhr" is the time of the last change
    "stand vom",
    "revised",
    "last edited",
    "更新时间",
)
# what a date line may start with instead of a label: the kind of document ("Pressemitteilung
# vom 16. Mai 2024", "Press release 25 April 2024": its publication date) or a section name
# ("All News 16:42 September 05, 2024": a plain date).  Never read as ``Label: value``.
_DOCUMENT_LABELS = (
    "press release",
    "news release",
    "media release",
    "press statement",
    "pressemitteilung",
    "pressemeldung",
    "presseinformation",
    "presseerklärung",
    "pressenotiz",
    "medieninformation",
    "medienmitteilung",
    "mitteilung",
    "meldung",
    "nachricht",
    "rathauskorrespondenz",
    "rathausnachrichten",
    "artikel",
    "beitrag",
    "sendung",
)
_SECTION_LABELS = (
    "news",
    "all news",
    "latest news",
    "latest",
    "breaking news",
    "top news",
    "top stories",
    "nachrichten",
    "aktuelles",
    "aktuell",
    "neuigkeiten",
    "meldungen",
)
_SOURCE_LABELS = ("source", "sources", "quelle", "quellen", "via", "publisher", "herausgeber", "来源", "出处")
_EDITOR_LABELS = (
    "editor",
    "editors",
    "editor-in-charge",
    "editor in charge",
    "responsible editor",
    "chief editor",
    "redaktion",
    "redakteur",
    "redakteurin",
    "bearbeitung",
    "bearbeiter",
    "bearbeiterin",
    "autor",
    "autorin",
    "autoren",
    "author",
    "authors",
    "reporter",
    "writer",
    "written by",
    "text",
    "verfasst von",
    "责任编辑",
    "编辑",
    "作者",
    "记者",
)
_OTHER_LABELS = (
    "photo",
    "photos",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "image",
    "images",
    "picture",
    "credit",
    "credits",
    "bildquelle",
    "fotoquelle",
    "bildnachweis",
    "fotonachweis",
    "translator",
    "translated by",
    "translation",
    "übersetzung",
    "übersetzer",
    "übersetzerin",
    "category",
    "kategorie",
    "rubrik",
    "section",
    "ressort",
    "views",
    "aufrufe",
)


def _label_kinds() -> dict[str, tuple[str, int]]:
    kinds: dict[str, tuple[str, int]] = {}
    for labels, kind, rank in (
        (_PUBLISHED_LABELS, "date", 0),
        (_GENERIC_DATE_LABELS, "date", 1),
        (_UPDATED_LABELS, "date", 2),
        (_SOURCE_LABELS, "source", 0),
        (_EDITOR_LABELS, "editor", 0),
        (_OTHER_LABELS, "other", 0),
    ):
        kinds.update(dict.fromkeys(labels, (kind, rank)))
    return kinds


_LABEL_KINDS = _label_kinds()
_DATE_LABELS = _PUBLISHED_LABELS + _GENERIC_DATE_LABELS + _UPDATED_LABELS
_NOT_LETTER = r"(?![^\W\d_])"  # the next character is not a letter

_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_YEAR_SHORT = r"(?P<year>(?:19|20)?\d{2})(?!\d)"
_MONTH_NAME = rf"(?P<month>{_alt(_MONTHS)}){_NOT_LETTER}\.?"
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
_CONNECTOR = rf"(?:\s+(?:on|at|am|vom|from|of|dated){_NOT_LETTER})?"
_DOCUMENT_NUMBER = r"(?:\s+(?:(?:nr|no)\.?\s*|#\s*)?\d{1,4}(?:\s*/\s*(?:19|20)?\d{2})?(?![\d.]))?"
_DATE_LABEL_PART = (
    rf"(?:(?:(?P<label>{_alt(_DATE_LABELS)})|(?P<doc>{_alt(_DOCUMENT_LABELS)}){_NOT_LETTER}{_DOCUMENT_NUMBER}|"
    rf"(?P<section>{_alt(_SECTION_LABELS)})){_NOT_LETTER}{_CONNECTOR}\s*(?:[:：|–—-]\s*)?)?"
)
_WEEKDAY_PART = rf"(?:(?:{_alt(_WEEKDAYS)}){_NOT_LETTER}\.?,?\s*)?"
# the place of a dateline: "Düsseldorf, 22.07.2024", "Frankfurt am Main, 17. April 2023", "BERLIN, 16. Mai
# 2024 (Xinhua) --" (only with a year: "BERLIN, 16. Mai (Xinhua) --" gives no date)
_ANY_DATE_LABEL = _alt(_DATE_LABELS + _DOCUMENT_LABELS + _SECTION_LABELS)
_PLACE_PART = rf"(?:(?!(?:{_ANY_DATE_LABEL}){_NOT_LETTER})(?-i:[A-ZÄÖÜ])[\w'’.]*(?:[ -][\w'’.]+){{0,3}},\s*)?"


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
_YEARISH_RE = re.compile(r"\d(?:\d\d\d|\d?[./-])")  # a year or a day and a dot: no date without it

_SEPARATORS = " \t|·•,;/–—-_:"
_META_LABEL_RE = re.compile(
    rf"(?<![^\s|·•,;/(])(?P<label>{_alt(_LABEL_KINDS)}){_NOT_LETTER}\s*[:：]\s*",
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
_PAREN_SOURCE_RE = re.compile(r"\(\s*([^\W\d_][\w .&'’-]{1,40}?)\s*\)")
# a news agency or outlet named before a date ("Xinhua | Updated: …", "Global Times | 2024-04-25"), not a rubric
_OUTLET_RE = re.compile(
    r"(?:xinhua|reuters|dpa|afp|ap|kyodo|yonhap|tass|ansa|apa|kna|epd|cgtn|cctv|cri|ecns|shine|"
    r".*\b(?:daily|times|news|post|online|press|presse|zeitung|rundschau|nachrichten|anzeiger|kurier|tagblatt|"
    r"herald|tribune|journal|gazette|telegraph|courier|agency|agentur|radio|tv|network|media|medien))",
    re.IGNORECASE,
)

# -- noise that is noise wherever it stands (matched against the whole line) --

_READ_LABEL = (
    r"(?:lesezeit|lesedauer|reading\s+time|read\s+time|time\s+to\s+read|"
    r"(?:geschätzte|estimated)\s+(?:lesezeit|reading\s+time))"
)
_MINUTES = r"(?:min(?:s|uten?|utes?)?\.?)"
_NUMBER = r"(?:(?:ca\.|etwa|about|approx\.?|~)\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
_BADGE_RE = re.compile(
    "(?:"
    + "|".join(
        (
            rf"{_READ_LABEL}\s*[:：]?\s*{_NUMBER}\s*{_MINUTES}",
            rf"{_NUMBER}\s*{_MINUTES}\s*(?:{_READ_LABEL}|read(?:ing)?|lesen|zum\s+lesen)",
            rf"{_NUMBER}\s*min\.?",
            r"(?:less\s+than\s+a|under\s+a)\s+minute(?:\s+read)?|weniger\s+als\s+eine\s+minute(?:\s+lesezeit)?",
        )
    )
    + r")\s*[.!]?",
    re.IGNORECASE,
)

_SOCIAL = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|xing|telegram|pinterest|reddit|tumblr|weibo|wechat|qq|threads|bluesky|"
    r"mastodon|e-?mail|mail|messenger|flipboard|print|drucken|copy\s+link|link\s+kopieren|kopieren|teilen|share|tweet)"
)
_SHARE_ITEM = (
    rf"(?:(?:share|teilen|tweet|post)\s+)?(?:(?:on|via|auf|per|über|bei|with)\s+)?{_SOCIAL}"
    r"(?:\s+(?:teilen|share|posten|empfehlen))?"
)
_SHARE_RE = re.compile(
    "(?:"
    + "|".join(
        (
            r"(?:share|teilen|teile|jetzt\s+teilen)(?:\s+(?:this|the|diesen|den|diese|die)\s+"
            r"(?:article|story|post|page|artikel|beitrag|seite|link))?(?:\s+(?:on|via|auf|per|über|bei)\s+\S+)?",
            r"(?:diesen|den|artikel|beitrag|seite)\s+(?:artikel\s+|beitrag\s+|link\s+)?teilen",
            rf"{_SHARE_ITEM}(?:\s*[,|/·•]?\s*{_SHARE_ITEM}){{0,12}}",
            r"(?:print|drucken)(?:\s+(?:this|the|diesen|den|die|diese)?\s*(?:article|page|story|artikel|seite|beitrag))?",
            r"(?:artikel|seite|beitrag)\s+(?:drucken|versenden|merken|speichern)",
            r"(?:per\s+e-?mail|via\s+e-?mail|e-?mail)\s+(?:versenden|senden|teilen|share)",
            r"(?:print|drucken|close|schließen)\s*[|/·]?\s*(?:print|drucken|close|schließen)",
        )
    )
    + r")\s*[.!:：]?",
    re.IGNORECASE,
)
_UI_RE = re.compile(
    "(?:"
    + "|".join(
        (
            # "read also" teasers
            r"(?:lesen\s+sie\s+auch|lies\s+auch|auch\s+interessant|siehe\s+auch|mehr\s+dazu|read\s+also|also\s+read|"
            r"read\s+more|see\s+also|weiterlesen|mehr\s+lesen|mehr\s+erfahren|learn\s+more|continue\s+reading)"
            r"(?:\s*(?:[:：»›>…]|\.{3})\s*.{0,160})?",
            # ads, navigation, audio, galleries, font size
            r"(?:anzeige|advertisement|advertising|werbung|sponsored|gesponsert)",
            r"(?:back\s+to\s+top|nach\s+oben|zum\s+seitenanfang|seitenanfang|top|scroll\s+to\s+top)",
            r"(?:listen\s+to\s+this\s+article|(?:diesen\s+)?artikel\s+anhören|vorlesen|audio\s+abspielen|play\s+audio)"
            r".{0,40}",
            r"(?:(?:bild|foto|photo|image)\s+)?(?:vergrößern|enlarge|zoom)|click\s+to\s+enlarge|zum\s+vergrößern\s+klicken|"
            r"(?:photo\s+)?gallery|bildergalerie|fotostrecke|mehr\s+bilder|more\s+photos",
            r"(?:schriftgröße|font\s+size|textgröße|text\s+size)\s*[:：]?.{0,30}",
            r"(?:a\s*[+-]|[+-]\s*a|a)(?:\s*[|/]?\s*(?:a\s*[+-]|[+-]\s*a|a)){1,4}",
            r"(?:home|startseite|zurück|back|schließen|close|menu|menü|navigation|suche|search|login|log\s+in|"
            r"anmelden|registrieren|sign\s+in|sign\s+up|abonnieren|subscribe|kontakt|contact|impressum|datenschutz|"
            r"privacy\s+policy|imprint|sitemap|rss|newsletter|mehr|more|weiter|next|prev|previous|vorherige|nächste|"
            r"skip\s+to\s+content|zum\s+inhalt\s+springen|direkt\s+zum\s+inhalt|springe\s+zum\s+inhalt|"
            r"toggle\s+navigation|open\s+menu|menü\s+öffnen)",
            r"(?:zurück|back)\s+(?:zur|zum|to)\s+(?:übersicht|startseite|liste|list|overview|home|top|news)|"
            r"zur\s+(?:startseite|übersicht)|return\s+to\s+top",
            r"(?:über\s+dieses\s+thema\s+berichte[nt]|this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+)?"
            r"(?:appeared|published)\s+(?:in|on|at)).{0,300}",
            r"(?:abonnieren\s+sie|abonniere|subscribe\s+to|sign\s+up\s+for|melden\s+sie\s+sich).{0,80}newsletter.{0,80}",
            # copyright footers
            r"(?:copyright|©|\(c\))\s*(?:\d{4}|by).{0,200}",
            r".{0,200}(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten).{0,200}",
            # cookie banner buttons
            r"(?:alle\s+)?(?:cookies?\s+)?(?:akzeptieren|ablehnen|zulassen)|accept(?:\s+all)?(?:\s+cookies)?|"
            r"reject(?:\s+all)?(?:\s+cookies)?|allow\s+(?:all\s+)?cookies|"
            r"cookie[- ]?(?:einstellungen|settings|richtlinie|policy|hinweis|banner|consent)|"
            r"(?:datenschutz|privacy)[- ]?(?:einstellungen|settings)|einstellungen|settings|einverstanden|got\s+it|"
            r"i\s+agree|ich\s+stimme\s+zu|ok(?:ay)?|verstanden|manage\s+(?:cookies|consent|preferences)|"
            r"nur\s+(?:notwendige|essenzielle)\s+cookies(?:\s+akzeptieren)?|only\s+necessary\s+cookies",
        )
    )
    + r")\s*[.!:：]?",
    re.IGNORECASE,
)
# a cookie banner sentence (matched at the start of a line of any length)
_COOKIE_RE = re.compile(
    r"(?:wir\s+(?:verwenden|nutzen|setzen)|diese\s+(?:web)?(?:seite|site)\s+(?:verwendet|nutzt)|"
    r"this\s+(?:web)?site\s+uses|we\s+use|our\s+(?:web)?site\s+uses|unsere\s+(?:web)?seite\s+(?:verwendet|nutzt))"
    r"\s+(?:\w+\s+){0,3}cookies|"
    r"(?:by\s+(?:continuing|using)|wenn\s+sie\s+(?:fortfahren|diese\s+(?:web)?seite))\b.{0,120}"
    r"\b(?:cookies|datenschutz|privacy)",
    re.IGNORECASE,
)

# script junk: a whole line of it, or glued to a sentence end
_CODE_IDENTIFIER = r"I[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+"  # INavigationController, IWebView
_JS_TOKEN = (
    r"undefined|null|NaN|\[object\s+Object\]|javascript:\s*void\(0\);?|"
    r"function\s*\([^()]{0,40}\)\s*\{[^{}]{0,200}\}"
)
_CAMEL = r"(?:[A-Z][a-z0-9]+){2,}|[a-z]+(?:[A-Z][a-z0-9]+)+"
_GLUED_END_RE = re.compile(
    rf"[.!?…](?<=[^\W_][.!?…])(?P<junk>(?:{_CODE_IDENTIFIER}|{_CAMEL}|{_JS_TOKEN})(?:\(\))?[.;]?)\s*$",
)
_GLUED_MID_RE = re.compile(rf"[.!?…](?<=[^\W_][.!?…])(?P<junk>(?:{_CODE_IDENTIFIER}|{_JS_TOKEN})(?:\(\))?[.;]?)(?=\s)")
GLUED_TAIL_CHARS = 300  # junk glued to the end of a line is looked for in its last characters
_OBJECT_OBJECT_RE = re.compile(r"\s*\[object\s+Object\]")
_JUNK_LINE_RE = re.compile(
    rf"(?:(?:{_CODE_IDENTIFIER}|{_JS_TOKEN})(?:\(\))?[.;]?\s*)+|"
    r"(?i:(?:loading|wird\s+geladen|lädt)\s*(?:\.{3}|…)?|"
    r"(?:please\s+enable\s+javascript|bitte\s+(?:aktivieren\s+sie|aktiviere)\s+javascript|"
    r"javascript\s+(?:is\s+)?(?:disabled|required|erforderlich)|your\s+browser\s+does\s+not\s+support|"
    r"ihr\s+browser\s+unterstützt).{0,200})",
)

# photo captions and credits
_PHOTO_WORD = (
    r"(?:photos?|fotos?|bild(?:er)?|images?|pictures?|pics?|credits?|bildquelle|fotoquelle|bildnachweis|"
    r"fotonachweis|abb(?:ildung|\.)|grafik|graphic|illustration|video|screenshot)"
)
_CREDIT_INTRO = rf"(?:{_PHOTO_WORD}\s*(?:[:：/]|\bby\b|\bvon\b)|©)"
_AGENCY = (
    r"(?:dpa|afp|reuters|ap|imago|getty\s+images|xinhua|ic|vcg|ti\s+gong|imaginechina|picture\s+alliance|epa|kna|"
    r"ddp|cfp|shine|shanghai\s+daily|china\s+daily|jiefang\s+daily)"
)
_CAPTION_RE = re.compile(rf"\(?\s*{_PHOTO_WORD}\s*[:：|/]|©|\(c\)\s", re.IGNORECASE)
_CAPTION_BY_RE = re.compile(rf"\(?\s*{_PHOTO_WORD}\s+(?:by|von|courtesy(?:\s+of)?)\s", re.IGNORECASE)
# a credit at the end of a caption: "... (Photo: Xinhua)", "... Foto: Stadt Köln", "... / dpa"
_CREDIT_TAIL_RE = re.compile(
    "(?:"
    + "|".join(
        (
            rf"[(\[]\s*(?:{_PHOTO_WORD}\b\s*[^()\[\]\s][^()\[\]]{{0,60}}|©[^()\[\]]{{1,60}})[)\]]",
            rf"(?:\s|[.|/–-])\s*{_CREDIT_INTRO}\s*[^.!?:：()]{{1,60}}",
            rf"\s(?:/|\|)\s*{_AGENCY}(?:\s*/\s*[\w .-]{{1,40}})?",
            rf"\s\(\s*{_AGENCY}\s*/\s*[^()]{{1,40}}\)",  # "... June 15, 2023. (Xinhua/Wang Peng)"
        )
    )
    + r")\s*$",
    re.IGNORECASE,
)
_PHOTO_AGENCY = r"(?:ti\s+gong|imaginechina|getty\s+images|picture\s+alliance|vcg|ic|cfp|imago)"
_CREDIT_NAME = r"\s*/\s*[^\W\d_][\w .'’-]{1,40}"
_AGENCY_LINE_RE = re.compile(
    rf"\(?(?:{_AGENCY}{_CREDIT_NAME}|{_PHOTO_AGENCY}(?:{_CREDIT_NAME})?)\)?",  # not "(Xinhua)": a source
    re.IGNORECASE,
)
_CREDIT_MARKS = (":", "：", "/", "|", "©", " by ", " von ")  # an unbracketed credit has one of these
CREDIT_TAIL_CHARS = 90  # a credit is looked for in the last characters of a line only
# people's positions in a photo: "(right)", "(2nd L)", "(r.)", "v.l.n.r." – only captions say that
_POSITION_PAREN_RE = re.compile(
    r"\((?:left|right|center|centre|front|l\.?|r\.?|m\.?|\d(?:st|nd|rd|th)?\s+(?:from\s+)?(?:left|right|l|r))\)",
    re.IGNORECASE,
)
_POSITION_WORDS_RE = re.compile(
    r"\bv\.\s?l\.\s?n\.\s?r\.|\bfrom\s+left\b|\bleft\s+to\s+right\b|\bvon\s+links\b", re.IGNORECASE
)
POSITION_CAPTION_MAX_WORDS = 30
# video and photo credits: "Shot by Zhou Shengjie. Edited by Zhou Shengjie. Subtitles by Yang Yang."
_CREDITS_RE = re.compile(
    r"(?:(?:shot|filmed|edited|reported|subtitles?|translated|produced|photos?|videos?|camera|gefilmt|geschnitten)"
    r"\s+(?:by|von)\s+[^.!?:]{1,60}[.;,]?\s*){1,6}",
    re.IGNORECASE,
)
_PHOTO_HINT_RE = re.compile(
    r"\b(?:poses?\s+(?:for|with)|posing\s+(?:for|with)|shak(?:es?|ing)\s+hands|talks?\s+with|meets?\s+with|"
    r"pictured|photographed|group\s+photo|family\s+photo|from\s+left|left\s+to\s+right|"
    r"\((?:left|right|center|centre|front|back|l|r|c|\d(?:st|nd|rd|th)\s+[lr])\)|"
    r"v\.\s?l\.(?:\s?n\.\s?r\.)?|von\s+links|im\s+bild|auf\s+dem\s+bild|posieren|posiert|gruppenfoto|"
    r"familienfoto|händedruck|schütteln\s+sich\s+die\s+hände|signing\s+ceremony)",
    re.IGNORECASE,
)

# the end of the article: a comment form, related articles, tags ... (drop the rest)
_TRAILER_RE = re.compile(
    "(?:"
    + "|".join(
        (
            r"leave\s+a\s+(?:reply|comment|response)(?:\s+to\s+.{1,80})?(?:\s+cancel\s+reply)?|cancel\s+reply",
            r"(?:hinterlasse|hinterlassen\s+sie|schreibe|schreiben\s+sie|verfasse)\s+(?:einen|einen\s+neuen|eine)\s+"
            r"(?:kommentar|antwort)(?:\s+zu\s+.{1,80})?(?:\s+antworten\s+abbrechen)?|antwort(?:en)?\s+abbrechen",
            r"kommentar\s+(?:schreiben|verfassen|hinzufügen|abgeben|absenden)|"
            r"(?:add|post|write|submit)\s+(?:a\s+|your\s+)?comment",
            r"(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|replies|responses)(?:\s*\(\d+\))?",
            r"(?:keine|no)\s+(?:kommentare|comments).{0,40}|be\s+the\s+first\s+to\s+comment.{0,40}|"
            r"(?:sei|seien\s+sie)\s+(?:der|die)\s+erste.{0,80}",
            r"your\s+email\s+address\s+will\s+not\s+be\s+published.{0,200}|"
            r"(?:deine|ihre)\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht.{0,200}|"
            r"required\s+fields\s+are\s+marked.{0,40}|(?:erforderliche|pflicht)\s*felder\s+sind.{0,40}markiert.{0,20}",
            r"(?:related|similar|more|recommended|popular|latest|trending|top|most\s+read|most\s+popular)\s+"
            r"(?:articles?|posts?|stories|news|content|reads?|reading|topics?)(?:\s+(?:from|on|in)\s+[^.!?:]{1,60})?",
            r"(?:ähnliche|verwandte|weitere|beliebte|neueste|empfohlene|meistgelesene|aktuelle|passende)\s+"
            r"(?:artikel|beiträge|nachrichten|themen|news|meldungen|stories|inhalte)"
            r"(?:\s+(?:zum\s+thema|aus|zu|von)\s+[^.!?:]{1,60})?",
            r"(?:das|dies|die)\s+(?:könnte|könnten)\s+(?:sie|dich|euch)\s+auch\s+interessieren|"
            r"(?:you|you'?ll)\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in|enjoy)|"
            r"mehr\s+(?:zum\s+thema|zu\s+diesem\s+thema|aus\s+[^.!?:]{1,40}|artikel|nachrichten)|"
            r"more\s+from\s+[^.!?:]{1,40}|more\s+on\s+this\s+(?:topic|story)|lesenswert|empfehlungen|recommended(?:\s+for\s+you)?|"
            r"top\s+stories|meistgelesen|most\s+read|editor'?s?\s+picks?|trending(?:\s+now)?",
            r"(?:tags?|schlagwörter|schlagworte|stichwörter|stichworte|keywords|themen|topics|kategorien?|categories|"
            r"filed\s+under|posted\s+in|abgelegt\s+unter|veröffentlicht\s+in|rubriken?)\s*[:：].{0,300}",
            r"tags|schlagwörter|schlagworte|stichwörter|stichworte",
            r"(?:previous|next|vorheriger|voriger|nächster|älterer|neuerer|older|newer)\s+"
            r"(?:article|post|story|entry|artikel|beitrag|eintrag|nachricht)\b.{0,200}",
            r"(?:über\s+den\s+autor|über\s+die\s+autorin|about\s+the\s+author|zum\s+autor|author\s+bio).{0,200}",
        )
    )
    + r")\s*[.!:：…]*",
    re.IGNORECASE,
)

_LEADING_SYMBOLS_RE = re.compile(r"^[^\w(\[„\"“‚'©]+\s*")
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+")
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"'“”„‘’»«›‹)\]]*$")
_FINAL_PUNCT_RE = re.compile(r"[.!?…。！？:;：；][\"'“”„‘’»«›‹)\]]*$")
_WRAP_END_RE = re.compile(
    r"(?:[,(\-–/&]|\b(?:der|die|das|den|dem|des|und|oder|von|mit|im|zu|zur|zum|für|auf|an|am|bei|aus|nach|über|"
    r"the|a|an|of|and|or|to|in|on|at|for|with|by|from))$"
)
_BREADCRUMB_SPLIT_RE = re.compile(r"\s+(?:/|>|\||::|·|•)\s+|\s*(?:›|»|→|>>)\s*")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_KEY_STRIP = "\"'“”„‘’»«›‹()[]{}.,;:!?…-–—*#|/ "
_URL_RE = re.compile(r"https?://\S+", re.IGNORECASE)
_ZERO_WIDTH_RE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]")


# ---------------------------------------------------------------------------
# Small pure helpers


def _clean_line(line: str) -> str:
    """One line with every kind of space collapsed to one space, zero-width characters removed.

    >>> _clean_line("  Source:\\u00a0SHINE\\u00a0\\u00a0\\u00a0 Editor:\\u00a0Xu Fang ")
    'Source: SHINE Editor: Xu Fang'
    """
    if not line.isascii():
        line = _ZERO_WIDTH_RE.sub("", line)
    return " ".join(line.split())


def _words(text: str) -> int:
    """Number of words (two CJK characters count as one word)."""
    count = text.count(" ") + 1 if text else 0
    if not text.isascii():
        count = max(count, len(_CJK_RE.findall(text)) // 2)
    return count


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text[-12:]) is not None


def _has_final_punct(text: str) -> bool:
    return _FINAL_PUNCT_RE.search(text[-12:]) is not None


def _is_body(text: str) -> bool:
    """Body text: ends like a sentence and is not tiny (nor a date line: ``16. Mai 2024 | Lesezeit: 2 Min.``)."""
    return _ends_sentence(text) and _words(text) >= BODY_MIN_WORDS and not _is_date_line(text)


def _is_date_line(text: str) -> bool:
    """A short line that :func:`_parse_meta` reads a date from."""
    if len(text) > DATE_HEAD_MAX_CHARS or _YEARISH_RE.search(text) is None:
        return False
    meta = _parse_meta(text)
    return meta is not None and bool(meta.dates)


def _key(text: str) -> str:
    """Comparison key: case, spaces and punctuation at the ends ignored.

    >>> _key("Shanghai  and DÜSSELDORF mayors!") == _key("shanghai and\u00a0düsseldorf mayors")
    True
    """
    return "".join(text.casefold().split()).strip(_KEY_STRIP)


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
class _DateHit:
    date: dt.date | None  # None: date-shaped but impossible (31.02.2024)
    rank: int  # 0 published, 1 plain date, 2 updated
    end: int  # where the date (and time) ends in the text
    prefix: str = ""  # "label" (Published:), "doc" (Pressemitteilung vom), "section" (All News) or ""


def _match_date_head(text: str) -> _DateHit | None:
    """A (labelled) date at the start of ``text``.

    >>> _match_date_head("Updated 21:36, 14-Jun-2022 | CGTN")
    _DateHit(date=datetime.date(2022, 6, 14), rank=2, end=26, prefix='label')
    >>> _match_date_head("Pressemitteilung vom 16. Mai 2024").rank
    0
    """
    if not text[:1].isalnum() or _DIGIT_RE.search(text, 0, DATE_HEAD_MAX_CHARS) is None:
        return None
    match = _DATE_HEAD_RE.match(text[:DATE_HEAD_MAX_CHARS])
    if match is None:
        return None
    label = match["label"]
    if label:
        rank, prefix = _LABEL_KINDS[" ".join(label.casefold().split())][1], "label"
    elif match["doc"]:
        rank, prefix = 0, "doc"
    else:
        rank, prefix = 1, "section" if match["section"] else ""
    return _DateHit(_date_from_match(match), rank, match.end(), prefix)


def _short_tail(text: str) -> bool:
    """A few trailing words after a date (a category, a place, a reading-time badge) that may be ignored."""
    return (_words(text) <= 4 and not _ends_sentence(text)) or _BADGE_RE.fullmatch(text) is not None


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
    meta = _parse_meta(_clean_line(text))
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
class _Meta:
    """What a date/source/editor line says."""

    dates: list[_DateHit] = field(default_factory=list)
    source: str | None = None
    editor: str | None = None
    site: str | None = None  # an unlabelled site name between separators
    labelled: bool = False  # the line starts with "Label:"


def _byline(rest: str, meta: _Meta) -> str | None:
    """Read ``By Xu Fang`` / ``Von Anna Schmidt`` at the start of ``rest``; the text after it, or ``None``."""
    match = _BYLINE_RE.match(rest)
    if match is None:
        return None
    value = rest[match.end() :]
    end, label = _VALUE_END_RE.search(value), _META_LABEL_RE.search(value)
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


def _parse_meta(text: str) -> _Meta | None:
    """Read a metadata line (date line, ``Source: … Editor: …``, byline); ``None`` if it is not one.

    The line is a sequence of items: dates (optionally labelled, optionally
    after a place: ``Düsseldorf, 22.07.2024``), ``Label: value`` pairs,
    bylines and site names, separated by spaces, ``|``, ``·`` and the like.

    >>> m = _parse_meta("Veröffentlichungsdatum:13.09.2024 Quelle:german.shanghai.gov.cn")
    >>> m.dates[0].date, m.source
    (datetime.date(2024, 9, 13), 'german.shanghai.gov.cn')
    >>> _parse_meta("Source: SHINE Editor: Xu Fang").editor
    'Xu Fang'
    >>> m = _parse_meta("By Zhou Wenting in Shanghai | chinadaily.com.cn | Updated: 2023-04-17 21:33")
    >>> m.editor, m.site, m.dates[0].date
    ('Zhou Wenting', 'chinadaily.com.cn', datetime.date(2023, 4, 17))
    >>> _parse_meta("Von Düsseldorf nach Chongqing") is None
    True
    """
    if len(text) > NOISE_MAX_CHARS:
        return None
    meta = _Meta()
    rest = _LEADING_SYMBOLS_RE.sub("", text).strip(_SEPARATORS)  # "🗓 17.04.2023"
    first = True
    while rest:
        hit = _match_date_head(rest)
        label = None if hit else _META_LABEL_RE.match(rest)
        if hit is not None:
            meta.dates.append(hit)
            rest = rest[hit.end :]
        elif label is not None:
            kind, _rank = _LABEL_KINDS[" ".join(label["label"].casefold().split())]
            meta.labelled = meta.labelled or first
            following = _META_LABEL_RE.search(rest, label.end())
            value = rest[label.end() : following.start() if following else len(rest)]
            rest = rest[following.start() :] if following else ""
            if not _read_meta_value(meta, kind, value):
                return None
        elif (after := _byline(rest, meta)) is not None:
            rest = after
        elif paren := _PAREN_SOURCE_RE.match(rest):  # "(People's Daily Online) 14:25, April 25, 2024"
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
SITE_MAX_WORDS = 4  # a site name of words ("China Daily", "Rheinische Post") is never longer


def _skip_name(rest: str, meta: _Meta) -> int:
    """Length of a name at the start of ``rest`` that may stand in a meta line (0: none).

    A site name (``chinadaily.com.cn |``, ``China Daily |`` after a byline), an outlet or a
    rubric before a date (``Xinhua | Updated: …``, ``Politik | 16.05.2024``; only an outlet is
    kept as the site), or a name before a comma and a labelled date (``Rathaus Umschau 93 / 2024,
    veröffentlicht am 16.05.2024``).
    """
    segment = _SEGMENT_END_RE.split(rest, maxsplit=1)[0]
    if segment == rest:
        comma = _NAME_COMMA_RE.match(rest)
        if comma is None or _words(comma.group()) > KICKER_MAX_WORDS + 2:
            return 0
        hit = _match_date_head(rest[comma.end() :])
        return comma.end() if hit is not None and hit.prefix in ("label", "doc") else 0
    name = segment.strip()
    if _looks_like_site(name) or (meta.editor is not None and _site_between_bars(rest, segment)):
        meta.site = meta.site or name
    elif _site_between_bars(rest, segment) and _date_after(rest, len(segment)):
        if name.casefold() not in _SECTION_LABELS and _OUTLET_RE.fullmatch(name):
            meta.site = meta.site or name
    else:
        return 0
    return len(segment)


def _date_after(rest: str, position: int) -> bool:
    """Does a date (line) follow the bar at ``position``?"""
    bar = _BAR_AFTER_RE.match(rest, position)
    return bar is not None and _match_date_head(rest[bar.end() :]) is not None


def _site_between_bars(rest: str, segment: str) -> bool:
    """A site name of a few capitalised words followed by ``|`` after a byline: ``By … | China Daily | Updated: …``.

    Only a name of at most :data:`SITE_MAX_WORDS` words that each start with a
    capital letter, with no sentence punctuation, and only before a bar (not
    a dash); :func:`_parse_meta` asks only after it has read a byline.

    >>> _site_between_bars("China Daily | Updated: 2024-09-04", "China Daily")
    True
    >>> _site_between_bars("Mayors meet in Shanghai | 2024", "Mayors meet in Shanghai")
    False
    """
    name = segment.strip()
    words = name.split()
    if not 1 <= len(words) <= SITE_MAX_WORDS or _has_final_punct(name) or ":" in name:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return _BAR_AFTER_RE.match(rest, len(segment)) is not None


def _split_off_date(value: str, meta: _Meta) -> str:
    """``Zhang Rui 2022-10-12`` -> ``Zhang Rui`` (the date goes to ``meta``)."""
    if not any(ch.isdigit() for ch in value) or len(value) > 120:
        return value
    for match in re.finditer(r"(?<!\S)\S", value):
        start = match.start()
        if start == 0:
            continue
        hit = _match_date_head(value[start:])
        if (
            hit is not None
            and hit.prefix != "section"
            and (not value[start + hit.end :].strip(_SEPARATORS) or _short_tail(value[start + hit.end :]))
        ):
            meta.dates.append(hit)
            return value[:start].strip(_SEPARATORS)
    return value


def _read_meta_value(meta: _Meta, kind: str, value: str) -> bool:
    """Store one ``Label: value``; ``False`` if the value is not what the label promises."""
    value = _clean_value(value)
    if kind == "date":
        hit = _match_date_head(value)
        if hit is not None:
            meta.dates.append(hit)
        return _words(value) <= 6
    value = _split_off_date(value, meta)
    if not value or _words(value) > META_MAX_WORDS:
        return False
    if _ends_sentence(value) and _words(value) > 3:
        return False
    if kind == "source":
        meta.source = meta.source or value
    elif kind == "editor":
        meta.editor = meta.editor or value
    return True


def _is_breadcrumb(text: str) -> bool:
    """``News / Metro``, ``Startseite › Politik › Ausland``.

    >>> _is_breadcrumb("News / Metro"), _is_breadcrumb("Shanghai and Düsseldorf mayors meet")
    (True, False)
    """
    if len(text) > 120 or _has_final_punct(text):
        return False
    parts = [p for p in _BREADCRUMB_SPLIT_RE.split(text) if p.strip()]
    return len(parts) >= 2 and all(_words(p) <= 3 and not p.endswith(":") for p in parts) and _words(text) <= 12


def _looks_like_site(text: str) -> bool:
    """A site name: ``nrwheute``, ``SHINE``, ``german.shanghai.gov.cn``, ``ShanghaiDaily``."""
    if " " in text or not 2 <= len(text) <= 40 or not re.fullmatch(r"[\w.-]+", text) or text.isdigit():
        return False
    return text.islower() or text.isupper() or "." in text or re.search(r"[a-z][A-Z]", text) is not None


def _strip_glued_junk(line: str, removed: list[str]) -> str:
    """Cut code junk glued after a sentence end.

    >>> _strip_glued_junk("Geschäftsunternehmungen vorangetrieben.INavigationController.", [])
    'Geschäftsunternehmungen vorangetrieben.'
    """
    if "[object" in line:
        found = _OBJECT_OBJECT_RE.findall(line)
        removed.extend(f.strip() for f in found)
        line = _OBJECT_OBJECT_RE.sub("", line)
    offset = max(0, len(line) - GLUED_TAIL_CHARS)
    match = _GLUED_END_RE.search(line, offset)
    if match:
        removed.append(match["junk"])
        line = line[: match.start("junk")]
    if _GLUED_MID_RE.search(line):
        removed.extend(m["junk"] for m in _GLUED_MID_RE.finditer(line))
        line = _GLUED_MID_RE.sub(lambda m: m.group()[0], line)
    return line.rstrip()


def _has_position_hint(text: str) -> bool:
    """``(right)``, ``(2nd L)``, ``(r.)``, ``v.l.n.r.``, ``from left`` (cheap substring test first)."""
    if "(" in text and _POSITION_PAREN_RE.search(text):
        return True
    lowered = text.lower() if ("v." in text or "eft" in text or "inks" in text) else ""
    return bool(lowered) and _POSITION_WORDS_RE.search(lowered) is not None


def _has_credit_tail(text: str) -> bool:
    """A photo credit at the end: ``(Photo: Xinhua)``, ``Foto: Stadt Köln``, ``/ dpa``."""
    tail = text[-CREDIT_TAIL_CHARS:]
    bracketed = tail.endswith((")", "]"))
    if not bracketed and (_ends_sentence(tail) or not any(mark in tail for mark in _CREDIT_MARKS)):
        return False
    return _CREDIT_TAIL_RE.search(tail) is not None


def _noise_kind(text: str) -> str | None:
    """The kind of context-free noise ``text`` is, or ``None``.

    >>> [_noise_kind(t) for t in ("3 Min. Lesezeit", "Teile diesen Artikel", "Leave a Reply", "Foto: dpa")]
    ['badge', 'share', 'trailer', 'caption']
    """
    if not any(ch.isalnum() for ch in text[:200]) and len(text) < 200:
        return "junk"  # "***", "—", "|"
    if _AGENCY_LINE_RE.fullmatch(text) or _CREDITS_RE.fullmatch(text):
        return "caption"  # a photo credit alone: "Ti Gong", "Xinhua/Wang Peng", "Shot by … Edited by …"
    if _words(text) <= POSITION_CAPTION_MAX_WORDS and _has_position_hint(text):
        return "caption"  # "Gong Zheng (right) meets Stephan Keller."
    if _COOKIE_RE.match(text):
        return "ui"
    if len(text) > NOISE_MAX_CHARS:
        return None
    if not text[:1].isalnum():
        text = _LEADING_SYMBOLS_RE.sub("", text)  # "⏱ 3 min", "» Lesen Sie auch", "🔗 Share"
    if _JUNK_LINE_RE.fullmatch(text):
        return "junk"
    if _BADGE_RE.fullmatch(text):
        return "badge"
    if _TRAILER_RE.fullmatch(text):
        return "trailer"
    if _SHARE_RE.fullmatch(text):
        return "share"
    if _UI_RE.fullmatch(text):
        return "ui"
    if _words(text) <= 50 and (
        _CAPTION_RE.match(text)
        or (_CAPTION_BY_RE.match(text) and not (_ends_sentence(text) and _words(text) > 8))
        or _has_credit_tail(text)
    ):
        return "caption"
    return None


# ---------------------------------------------------------------------------
# Units: cleaned lines, hard-wrapped lines joined


@dataclass(slots=True)
class _Unit:
    text: str
    kind: str | None = None  # None: not (yet) known to be noise
    junk: list[str] = field(default_factory=list)  # glued junk cut from this unit
    _key: str | None = None
    _body: bool | None = None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = _key(self.text)
        return self._key

    @property
    def body(self) -> bool:
        """Is the text body text (:func:`_is_body`)?"""
        if self._body is None:
            self._body = _is_body(self.text)
        return self._body


def _continues(previous: _Unit, line: str) -> bool:
    """Is ``line`` the continuation of a hard-wrapped paragraph?"""
    if previous.kind is not None or _has_final_punct(previous.text) or " " not in line:
        return False
    if not (line[:1].islower() or _WRAP_END_RE.search(previous.text[-12:])):
        return False
    return _parse_meta(line) is None and _parse_meta(previous.text) is None  # "date 2023-04-17", "by Xu Fang"


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    block_start = 0  # index of the first unit of the current blank-line separated block
    for raw in text.split("\n"):
        junk: list[str] = []
        line = _strip_glued_junk(_clean_line(raw), junk)
        if line.startswith("#"):
            line = _MARKDOWN_HEADING_RE.sub("", line)
        if not line:
            if junk:
                units.append(_Unit("", "junk", junk))
            block_start = len(units)
            continue
        kind = _noise_kind(line)
        if kind is None and len(units) > block_start and _continues(units[-1], line):
            units[-1].text += " " + line
            units[-1]._key = units[-1]._body = None
            units[-1].junk += junk
            continue
        units.append(_Unit(line, kind, junk))
    return units


# ---------------------------------------------------------------------------
# The parser


@dataclass(slots=True)
class _Found:
    """Metadata candidates while the capture is read."""

    dates: list[tuple[int, int, dt.date]] = field(default_factory=list)  # (rank, position, date)
    sources: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, position, source)
    editor: str | None = None

    def add_meta(self, meta: _Meta, position: int) -> None:
        for hit in meta.dates:
            if hit.date is None:
                logger.debug("ignoring an impossible date at line %d", position)
            else:
                self.dates.append((hit.rank, position, hit.date))
        if meta.source:
            self.sources.append((0, position, meta.source))
        if meta.site:
            self.sources.append((1, position, meta.site))
        if meta.editor and self.editor is None:
            self.editor = meta.editor

    @property
    def published(self) -> dt.date | None:
        return min(self.dates)[2] if self.dates else None

    @property
    def source(self) -> str | None:
        return min(self.sources)[2] if self.sources else None


def _cut_trailer(units: list[_Unit]) -> None:
    """From the first end-of-article marker after body text on, everything is noise.

    A comment form, "Related articles" or "Tags:" ends the article after the
    first body paragraph; share and print buttons only after two distinct
    body paragraphs (above that they sit between headline and lead).  Lines
    after share buttons become the "tail", where the article's own
    ``Editor:`` line may still follow; after a comment form nothing is read.
    """
    body_keys: set[str] = set()
    ended = ""  # "", "tail" after share buttons, "trailer" after a comment form and the like
    for unit in units:
        if unit.kind == "trailer" and (body_keys or ended):
            ended = "trailer"
        elif unit.kind == "share" and len(body_keys) >= 2 and not ended:
            ended = "tail"
        if ended:
            if unit.kind in (None, "share", "trailer"):
                unit.kind = ended
        elif unit.kind == "trailer":
            unit.kind = "ui"  # a "Tags:" or comment count above the article: drop only the line
        elif unit.kind is None and unit.body:
            body_keys.add(unit.key)


def _zones(units: list[_Unit]) -> tuple[int, int, int]:
    """(first body unit, end of the header zone, last body unit)."""
    body = [i for i, u in enumerate(units) if u.kind is None and u.body]
    if not body:
        return len(units), len(units), -1
    lead = units[body[0]].key
    header_end = next((i for i in body if units[i].key != lead), len(units))
    return body[0], header_end, body[-1]


def _read_metadata(units: list[_Unit], header_end: int, last_body: int, found: _Found) -> None:
    """Date, source and editor lines in the header zone and the trailer."""
    for index, unit in enumerate(units):
        if unit.kind not in (None, "tail"):
            continue
        in_body = header_end <= index <= last_body
        if in_body and not _META_LABEL_RE.match(unit.text, 0, 40):
            continue
        meta = _parse_meta(unit.text)
        if in_body:  # in the body: only "Source: …"-style lines, no dates
            if meta is not None and meta.labelled and not meta.dates:
                unit.kind = "meta"
                for value in (meta.source, meta.site):
                    if value:
                        found.sources.append((1, index, value))
                if meta.editor and found.editor is None:
                    found.editor = meta.editor
            continue
        if meta is not None:
            unit.kind = "meta"
            found.add_meta(meta, index)
            continue
        paren = _PAREN_SOURCE_RE.fullmatch(unit.text)
        if paren and unit.kind is None:  # "(Xinhua)"
            unit.kind = "meta"
            found.sources.append((1, index, paren.group(1)))
        elif unit.kind is None and index < header_end and _is_breadcrumb(unit.text):
            unit.kind = "breadcrumb"


def _find_title(units: list[_Unit], first_body: int, found: _Found) -> int | None:
    """Index of the headline: the first header line that is not a sentence, kicker or site name."""
    candidates = [i for i in range(min(first_body, len(units))) if units[i].kind is None]
    for position, index in enumerate(candidates):
        text = units[index].text
        if units[index].body:
            return None
        if _words(text) == 1:  # one word above the headline: site name or kicker
            if _looks_like_site(text):
                units[index].kind = "site"
                found.sources.append((2, index, text))
            else:
                units[index].kind = "kicker"
            continue
        later = candidates[position + 1 :]
        if later and _short_line(text) and _above_breadcrumb(units, index):
            units[index].kind = "site"  # "German Embassy Beijing" above "Home > News": the site's banner
            found.sources.append((2, index, text))
            continue
        if _short_line(text) and _headline_after(units, later, _words(text)):
            units[index].kind = "kicker"  # "Besuch auf der Messe", "Press Release" above the headline
            continue
        return index
    return None


def _above_breadcrumb(units: list[_Unit], index: int) -> bool:
    """Is the next non-empty line a breadcrumb ("Home > News")?"""
    for unit in units[index + 1 :]:
        if unit.text:
            return unit.kind == "breadcrumb"
    return False


def _short_line(text: str) -> bool:
    return _words(text) <= KICKER_MAX_WORDS and not _has_final_punct(text)


def _headline_after(units: list[_Unit], following: list[int], words: int) -> bool:
    """Is there a headline below a short line: after more short lines (kickers, a site name, a
    rubric such as "Press Release"), a longer line that does not end like a sentence and is no caption?"""
    for index in following:
        text = units[index].text
        if _short_line(text):
            continue
        return (
            _words(text) > words
            and _words(text) >= KICKER_MAX_WORDS + 1
            and not _has_final_punct(text)
            and not _PHOTO_HINT_RE.search(text)
            and not _has_position_hint(text)
        )
    return False


def _split_title(title: str, found: _Found, index: int) -> str:
    """``Headline | nrwheute`` or ``Headline – SHINE`` -> ``Headline`` (and a source candidate).

    >>> _split_title("Mayors meet in Shanghai – SHINE", _Found(), 0)
    'Mayors meet in Shanghai'
    >>> _split_title("Shanghai und Köln – eine Partnerschaft", _Found(), 0)
    'Shanghai und Köln – eine Partnerschaft'
    """
    for separator in (" | ", " – ", " — ", " - "):
        head, sep, tail = title.rpartition(separator)
        if not (sep and _words(head) >= 3):
            continue
        if (separator == " | " and _words(tail) <= 3) or _looks_like_site(tail):
            found.sources.append((3, index, tail))
            return head
    return title


def _classify_header(
    units: list[_Unit], title_index: int | None, title: str | None, first_body: int, header_end: int, found: _Found
) -> None:
    """Site name under the headline; captions and other unpunctuated lines in the header zone.

    Between headline and lead every line that does not end like a sentence
    goes (site name, kicker, dek, caption).  Between the lead and the next
    paragraph only caption-like lines go: a photo description of at least
    :data:`CAPTION_MIN_WORDS` words, not a short subheading.
    """
    start = 0 if title_index is None else title_index + 1
    title_key = None if title is None else _key(title)
    site_checked = False
    for index in range(start, min(header_end, len(units))):
        unit = units[index]
        if unit.kind is not None or _has_final_punct(unit.text) or unit.key == title_key:
            continue  # a repeated headline is dropped as a duplicate
        if index < first_body:
            if not site_checked and _words(unit.text) == 1 and re.fullmatch(r"[^\W\d_][\w.-]{1,39}", unit.text):
                unit.kind = "site"
                found.sources.append((2, index, unit.text))
            else:
                unit.kind = "caption"
            site_checked = True
        elif _words(unit.text) >= CAPTION_MIN_WORDS or _PHOTO_HINT_RE.search(unit.text):
            unit.kind = "caption"


def _classify_rest(units: list[_Unit], header_end: int, last_body: int) -> None:
    """Photo captions in the body; scraps after the last paragraph that do not end like a sentence."""
    for index in range(header_end, len(units)):
        unit = units[index]
        if unit.kind is not None or _ends_sentence(unit.text):
            continue
        if index > last_body:
            unit.kind = "caption"  # "Unsere Quellen:", "Stadt Köln", a stray author name
        elif not _has_final_punct(unit.text) and _words(unit.text) >= 5 and _PHOTO_HINT_RE.search(unit.text):
            unit.kind = "caption"


def _paragraphs(units: list[_Unit], title: str | None, header_end: int) -> list[str]:
    """Kept units in order, without repeats of the headline or of earlier paragraphs."""
    seen = {_key(title)} if title else set()
    paragraphs: list[str] = []
    teasers: list[tuple[int, str]] = []  # (paragraph index, key) of header-zone paragraphs ending in "…"
    for index, unit in enumerate(units):
        if unit.kind is not None:
            continue
        key = unit.key
        if not key or key in seen:
            unit.kind = "duplicate"
            continue
        replaced = False
        for number, earlier in teasers:  # a truncated teaser of this paragraph
            if len(earlier) >= 30 and key.startswith(earlier):
                paragraphs[number] = unit.text
                replaced = True
                break
        seen.add(key)
        if replaced:
            unit.kind = "duplicate"
            continue
        if index < header_end and unit.text.endswith(("…", "...")):
            teasers.append((len(paragraphs), key))
        paragraphs.append(unit.text)
    return paragraphs


def parse_capture(text: str) -> Capture:
    """Parse a raw capture into headline, date, source, editor and clean paragraphs.

    Raises :class:`CaptureError` only for text that is empty, whitespace only
    or not text at all.

    >>> c = parse_capture(
    ...     " date 2023-04-17 \\nNews\\u00a0/\\u00a0Metro\\n\\nMayors meet in Shanghai\\n\\n"
    ...     "The mayors of Shanghai and Düsseldorf met on Friday in the city.\\n"
    ...     "The mayor of Shanghai talks with the mayor of Düsseldorf\\n\\n"
    ...     "Both said they want to deepen trade and cultural exchanges further.\\n\\n"
    ...     "Source:\\u00a0SHINE\\u00a0\\u00a0 Editor:\\u00a0Xu Fang\\n"
    ... )
    >>> c.title, c.published, c.source, c.editor
    ('Mayors meet in Shanghai', datetime.date(2023, 4, 17), 'SHINE', 'Xu Fang')
    >>> c.paragraphs[-1]
    'Both said they want to deepen trade and cultural exchanges further.'
    """
    if not isinstance(text, str):
        raise CaptureError(f"expected text, not {type(text).__name__}")
    text = normalize_text(text)
    if not text.strip():
        raise CaptureError("the capture is empty")
    if _looks_binary(text):
        raise CaptureError("binary data (control characters), not text")

    units = _units(text)
    _cut_trailer(units)
    first_body, header_end, last_body = _zones(units)
    found = _Found()
    _read_metadata(units, header_end, last_body, found)
    title_index = _find_title(units, first_body, found)
    title = None
    if title_index is not None:
        units[title_index].kind = "title"
        title = _split_title(units[title_index].text, found, title_index)
    _classify_header(units, title_index, title, first_body, header_end, found)
    _classify_rest(units, header_end, last_body)
    paragraphs = _paragraphs(units, title, header_end)

    removed: list[str] = []
    for unit in units:
        removed.extend(unit.junk)
        if unit.kind not in (None, "title", "duplicate") and unit.text:
            removed.append(unit.text)
    capture = Capture(title, found.published, found.source, found.editor, paragraphs, removed)
    logger.debug(
        "capture: title=%r published=%s source=%r, %d paragraphs, %d lines removed",
        title,
        capture.published,
        capture.source,
        len(paragraphs),
        len(removed),
    )
    return capture
