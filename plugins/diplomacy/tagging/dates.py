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
* A date in the future tense resolves weekdays and year-less days forwards:
  the nearest tense word before it decides ("will meet on Monday"; but "said
  on Saturday that … will" is past), in German the nearest on either side
  ("der am Freitag … alt wird"); a German sentence with no tense word but a
  present-tense verb beside the day ("Am Samstag fliegt …", "… kommt am
  Montag", "Morgen, am Dienstag, empfängt …") announces.
* A date with a year must, when the publication date is known, lie within
  180 days before to 60 days after it: "met … on 12 March 2019" in a 2023
  report is history.
* Dates after "since"/"seit"/"founded"/"gegründet"/"bis (Freitag,)" never
  count (but a weekday or "gestern" after "since"/"seit" is the first day of
  a stay that still lasts: "Seit Donnerstag ist eine Delegation in …"), nor
  the day a council sat ("In der Sitzung des Kreistags am Montag",
  "At today's Council meeting") nor the days of a sentence telling a return
  home ("erst am Donnerstag aus China zurückgekehrt", "returned on Sunday");
  in one sentence an explicit day ("14 April", "9.9.2024") wins over a
  relative one ("Thursday").  A relative day or a weekday inside quoted
  speech ('"Today's meeting will …", said the mayor') is the speaker's, not
  the report's, and does not count (:func:`quoted`).  A dateline ("BERLIN, 14. April (Xinhua) --")
  or a stamp in brackets ("(12.11.2018) …") is the report's day: it counts
  only as a last resort (:func:`opening_day`), never when the sentence gives
  a vague time ("recently held talks", "in der vergangenen Woche").  It is
  the sentence's own "today": the weekdays and year-less days after it are
  read from it, not from the publication date ("(12.11.2018) … am 9.
  November" on a page updated in 2024 is 9 November 2018; "KIEL, 14.09.18 –
  vom morgigen Samstag an" is a day to come).
* An article's meeting day after its publication date is an announcement:
  no meeting day (:mod:`meetingday`, which picks the sentence the day is read from).

>>> import datetime as dt
>>> find_meeting_date("Gong met Keller on April 14.", "en", dt.date(2023, 4, 17))
datetime.date(2023, 4, 14)
>>> find_meeting_date("Chen traf am Dienstag die Delegation.", "de", dt.date(2024, 9, 13))
datetime.date(2024, 9, 10)
>>> find_meeting_date("Die Städte sind seit dem 22. Juli 2004 Partner.", "de", dt.date(2024, 3, 26)) is None
True
>>> find_meeting_date("BERLIN, 12. November (Xinhua) -- Maas traf am Dienstag Liu.", "de", dt.date(2018, 11, 13))
datetime.date(2018, 11, 6)
>>> find_meeting_date("Seit Donnerstag besucht eine Delegation aus Yandu Zwickau.", "de", dt.date(2014, 9, 13))
datetime.date(2014, 9, 11)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .dateforms import DateHit, find_dates
from .keywords import scan
from .sentences import read_sentences
from .visitdays import nth_day
from .words import word_set

if TYPE_CHECKING:
    from collections.abc import Callable


__all__ = [
    "find_meeting_date",
    "is_future",
    "meeting_date_in_sentences",
    "quoted",
    "tells_earlier",
    "weekday_within",
]

_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to|"
    r"plans?\s+to|wird|werden|soll|sollen|geplant|plant|vorgesehen)\b",
    re.IGNORECASE,
)
# A past-tense report wins over a future word elsewhere in the sentence ("…, die Köln bis Freitag besuchen wird").
# A statement reported in the past ("Xi said on Saturday that China will open …") is past too.
_PAST = re.compile(
    r"\b(?:met|received|visited|held|signed|welcomed|discussed|hosted|talked|attended|was|were|had|"
    r"said|told|announced|stressed|noted|added|"
    r"traf|trafen|empfing|empfingen|besuchte|besuchten|unterzeichnete|unterzeichneten|kam|kamen|hat|haben|"
    r"hatte|hatten|wurde|wurden|war|waren|sagte|erklärte|betonte|kündigte)\b",
    re.IGNORECASE,
)


def is_future(sentence: str) -> bool:
    """Does the sentence speak of what will happen ("will meet", "wird … empfangen"), with no past-tense verb?"""
    return bool(_FUTURE.search(sentence)) and not _PAST.search(sentence)


# A German finite verb in the present tense next to a day ("Am Samstag fliegt …", "… kommt am Montag"):
# a press office announcing a programme.  Words ending in -t that are no such verb: auxiliaries of the
# perfect, adverbs, strong past forms.
_PRESENT_STOP = word_set(
    """hat ist nicht jetzt erst seit mit bereits zuletzt insgesamt selbst direkt meist sonst einst
    gut fest spät hielt trat bat galt riet bot tat recht acht"""
)
_WORD_BEFORE_DAY = re.compile(r"\b([a-zäöüß]+)\s+(?:am|vom|ab)\s+$")
_WORD_AFTER_DAY = re.compile(
    r"[\s,()]*(?:\d{1,2}\.\s?(?:\d{1,2}\.(?:\d{2,4})?|[A-ZÄÖÜ][a-zäöü]+\.?(?:\s+\d{4})?)[\s,()]*)?([a-zäöüß]+)"
)


def _present_verb(word: str) -> bool:
    if len(word) < 4 or not word.endswith("t") or word in _PRESENT_STOP:
        return False
    return not (word.startswith("ge") and len(word) > 5)  # a participle ("geplant", "gereist")


def _present_at(sentence: str, start: int, end: int) -> bool:
    """Is the verb next to the day at ``start:end`` a German present-tense one (the verb after a day that
    opens the sentence, or right before "am"/"vom")?"""
    before = _WORD_BEFORE_DAY.search(sentence, max(0, start - 30), start)
    if before and _present_verb(before.group(1)):
        return True
    if sentence[:start].strip(" ,").lower() not in ("am", "vom", "ab", "morgen", "morgen, am", "heute", "heute, am"):
        return False
    after = _WORD_AFTER_DAY.match(sentence, end)
    return bool(after) and _present_verb(after.group(1))


def _tense(sentence: str, lang: str) -> Callable[[int, int], bool]:
    """Does the date at ``start:end`` speak of the future?  The nearest tense marker before it decides
    ("said on Saturday that … will": past; "said he will visit … on Monday": future), in German the nearest
    on either side ("der am Freitag … alt wird"); with none, the sentence's tense; in a German sentence
    without any marker, a present-tense verb beside the day ("Am Samstag fliegt …", "… kommt am Montag":
    an announcement)."""
    markers = sorted(
        [(m.start(), True) for m in _FUTURE.finditer(sentence)] + [(m.start(), False) for m in _PAST.finditer(sentence)]
    )
    whole = bool(markers) and is_future(sentence)
    german_present = lang == "de" and not markers

    def future_at(start: int, end: int) -> bool:
        if markers and lang == "de":  # German puts the verb last in a clause: the nearest marker either side
            return min(markers, key=lambda marker: abs(marker[0] - start))[1]
        before = [ahead for at, ahead in markers if at < start]
        if before:
            return before[-1]
        if german_present:
            return _present_at(sentence, start, end)
        return whole

    return future_at


# A date right after these words is not the meeting day.
_NOT_BEFORE = re.compile(
    r"\b(?:since|seit|founded|established|gegründet|until|till|bis\s+zum|bis|every|each|jeden|jede)\s+"
    r"(?:(?:the|dem|den|der|am)\s+)?(?:[A-Z][a-z]+(?:day|tag|woch)\s*,?\s+)?$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:gegründet|founded|established|ins\s+Leben\s+gerufen|geschlossen\s+wurde)\b",
    re.IGNORECASE,
)
# The day news was given ("local media reported on Wednesday", "berichtete am Mittwoch", "Das teilte ein
# Sprecher am Montag mit"): not the meeting's.
_NEWS_BEFORE = re.compile(
    r"\b(?:reported|berichtete|berichteten|informierte|mitteilte|teilte(?:\s+\S+){0,3})\s+(?:on\s+|am\s+)?$"
)
# "Seit Donnerstag ist eine Delegation in Zwickau", "has been in Berlin since Monday": a weekday or a relative
# day after "since" is when a stay began that still lasts (the first day of a visit); a date with a month
# after it is when a partnership or an office began ("seit dem 22. Juli 2004").
_SINCE = re.compile(r"(?i:since|seit)\b")
_STAY_KINDS = frozenset({"weekday", "relative"})
# "das China von heute", "of today": not a day.
_NOT_BEFORE_RELATIVE = re.compile(r"\b(?:von|of|ab|to)\s+$", re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{2,25}\))?\s*(?:--|—|–|-)\s")
# A council's or committee's session is no meeting between places ("In der Sitzung des Kreistags am Montag",
# "At today's Council meeting", "At the March 29 meeting, elected members heard …").
_SESSION = re.compile(r"\b(?:\w*[Ss]itzung|meeting|session)\b")
_COUNCIL = re.compile(
    r"\b(?:(?:Kreistag|Stadtrat|Gemeinderat|Stadtverordnete|Kreisausschuss|Ausschuss|Rats)\w*|Rate?s?\b|"
    r"[Cc]ouncill?ors|elected\s+members)|\b[Cc]ouncil(?:'s)?\s+(?:meeting|session)|"
    r"\b(?:meeting|session)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}[Cc]ouncil\b"
)
_SESSION_REACH = 50
# A departure or a return home ("ist am Samstag nach China geflogen", "erst am Donnerstag aus China
# zurückgekommen", "returned from Shanghai on Sunday"): its days are the journey's, not the meeting's.
_JOURNEY = re.compile(
    r"zurückgek|zurückgereist|heimgekehrt|\bRück(?:kehr|reise|flug)\b|\b(?:aufgebrochen|abgereist|geflogen|"
    r"abgeflogen)\b|\b(?:returned|returning)\b(?!\s+(?:a|the|his|her|their)\s+visit)|\bcame\s+back\b|"
    r"\bback\s+(?:home|from)\b|\b(?:departed|left\s+for|set\s+off)\b"
)
# A date printed in brackets at the start ("(12.11.2018) Mit einer Delegation …"): the press office's stamp.
_STAMP = re.compile(r"\(\s*$")

_WINDOW_BEFORE = dt.timedelta(days=180)
_WINDOW_AFTER = dt.timedelta(days=60)


def _usable(hit: DateHit, sentence: str, published: dt.date | None) -> bool:
    """Is a hit of ``sentence`` a candidate meeting day?"""
    if hit.value is None:
        return False
    before = sentence[max(0, hit.start - 30) : hit.start]
    blocked = _NOT_BEFORE.search(before)
    if blocked and not (hit.kind in _STAY_KINDS and _SINCE.match(blocked.group())):
        return False
    if hit.kind == "relative" and _NOT_BEFORE_RELATIVE.search(before):
        return False
    if _NEWS_BEFORE.search(before):
        return False
    if _NOT_AFTER.match(sentence, hit.end):
        return False
    if _in_session(hit, sentence):
        return False
    if published is not None and hit.has_year:
        return published - _WINDOW_BEFORE <= hit.value <= published + _WINDOW_AFTER
    return True


def _in_session(hit: DateHit, sentence: str) -> bool:
    """Does the date tell when a council sat (a session word and a council word near it)?"""
    near = sentence[max(0, hit.start - _SESSION_REACH) : hit.end + _SESSION_REACH]
    return bool(_SESSION.search(near)) and bool(_COUNCIL.search(near))


def _is_dateline(hit: DateHit, sentence: str) -> bool:
    """A dateline ("BERLIN, 14. April (Xinhua) --") or a stamp ("(12.11.2018) …") opening the sentence."""
    if hit.kind != "absolute" or hit.start >= 40:
        return False
    return bool(_DATELINE_AFTER.match(sentence, hit.end)) or (
        hit.start <= 2 and bool(_STAMP.search(sentence, 0, hit.start)) and sentence.startswith(")", hit.end)
    )


_RANK = {"absolute": 0, "weekday": 1, "relative": 1, "ordinal": 1, "dateline": 2}


_DIGIT = re.compile(r"\d")
_WEEKDAY_HINTS = ("day", "tag", "woch", "sonnabend")
_RELATIVE_HINTS = (
    "today",
    "yesterday",
    "last night",
    "last evening",
    "tonight",
    "tomorrow",
    "this ",
    "heute",
    "heutig",
    "gestern",
    "gestrig",
    "morgen",
    "morgig",
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


def _best_in_sentence(sentence: str, lang: str, published: dt.date | None, datelines: bool) -> dt.date | None:
    kinds = _kinds_present(sentence)
    if not kinds or _JOURNEY.search(sentence):
        return None
    future = _tense(sentence, lang)
    hits = find_dates(sentence, lang, published, future=future, kinds=kinds)
    anchor = next((hit for hit in hits if hit.value is not None and _is_dateline(hit, sentence)), None)
    if anchor is not None and anchor.value != published and len(hits) > 1:
        # the sentence's own date line is its "today": its weekdays and year-less days are read from it
        later = find_dates(sentence[anchor.end :], lang, anchor.value, future=_shifted(future, anchor.end), kinds=kinds)
        hits = [anchor, *(_moved(hit, anchor.end) for hit in later)]
    best: DateHit | None = None
    best_rank = (99, 0)
    for hit in hits:
        if not _usable(hit, sentence, published) or (hit.kind in _SPEAKERS_KINDS and quoted(sentence, hit.start, lang)):
            continue
        kind = "dateline" if _is_dateline(hit, sentence) else hit.kind
        if kind == "dateline" and (not datelines or _VAGUE.search(sentence)):
            continue
        rank = (_RANK[kind], hit.start)
        if rank < best_rank:
            best, best_rank = hit, rank
    return best.value if best else None


# A relative day or a weekday inside quoted speech ("Today's meeting will help …", said the mayor; „Heute
# unterzeichnen wir …“) is counted from the day the speaker spoke, which the report does not give: it is not
# the report's "today".  Quote marks that open a quotation, and the marks that close each.
_SPEAKERS_KINDS = frozenset({"relative", "weekday"})
_QUOTES = {
    "en": (("\u201c", "\u201d"), ("\u00ab", "\u00bb")),
    "de": (("\u201e", "\u201c\u201d"), ("\u00bb", "\u00ab"), ("\u00ab", "\u00bb")),
}


def quoted(sentence: str, start: int, lang: str) -> bool:
    """Does ``start`` lie inside a quotation of the sentence (an odd number of straight double quotes before
    it, or an opening mark not yet closed; the sentence may end before the quotation does)?

    >>> quoted('He said: "Today we sign the agreement.', 10, "en")
    True
    >>> quoted('The "Made in China 2025" plan was discussed today.', 42, "en")
    False
    >>> quoted("„Heute ist ein guter Tag“, sagte Keller am Montag.", 1, "de")
    True
    >>> quoted("„Heute ist ein guter Tag“, sagte Keller am Montag.", 40, "de")
    False
    """
    before = sentence[:start]
    if before.count('"') % 2:
        return True
    for opener, closers in _QUOTES["de" if lang == "de" else "en"]:
        at = before.rfind(opener)
        if at >= 0 and not any(mark in before[at + 1 :] for mark in closers):
            return True
    return False


def _shifted(future: Callable[[int, int], bool], offset: int) -> Callable[[int, int], bool]:
    return lambda start, end: future(start + offset, end + offset)


def _moved(hit: DateHit, offset: int) -> DateHit:
    return DateHit(hit.start + offset, hit.end + offset, hit.kind, hit.value, hit.has_year, hit.until)


# A sentence that gives no day ("recently held talks", "in der vergangenen Woche"): its dateline is the
# report's day, not the meeting's.
_VAGUE = re.compile(
    r"\b(?:recently|earlier\s+this\s+(?:week|month)|last\s+week|this\s+week|kürzlich|vor\s+kurzem|jüngst|"
    r"(?:in\s+der\s+)?(?:vergangenen|letzten|dieser)\s+Woche|diese\s+Woche|vergangene\s+Woche)\b",
    re.IGNORECASE,
)


def meeting_date_in_sentences(
    sentences: list[str], lang: str, published: dt.date | None, *, datelines: bool = True
) -> dt.date | None:
    """The date of the first meeting sentence (in order) that has a usable one.

    The caller has already picked the meeting sentences (the tagger knows
    more, e.g. which sentences only list attendees).  ``datelines``: may a
    dateline be the day (when the sentence has no other date and gives no
    vague time such as "recently")?
    """
    for sentence in sentences:
        found = _best_in_sentence(sentence, lang, published, datelines)
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
    return next(
        (
            day
            for datelines in (False, True)
            for group in (plain, rest)
            if (day := meeting_date_in_sentences(group, lang, published, datelines=datelines)) is not None
        ),
        None,
    )


# "Bereits gestern hatten …", "had already met": an earlier event, told in the pluperfect.
_EARLIER = re.compile(r"\b(?:bereits|schon|already|earlier|zuvor|previously)\b", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|had|war|waren)\b", re.IGNORECASE)


def tells_earlier(sentence: str) -> bool:
    """Does the sentence tell an earlier event ("Bereits gestern hatten …", "had already met on Monday")?"""
    return bool(_EARLIER.search(sentence)) and bool(_PLUPERFECT.search(sentence))


def weekday_within(sentence: str, lang: str, span: tuple[dt.date, dt.date]) -> dt.date | None:
    """The day a weekday of the sentence names within a visit of several days ("Am Freitagabend empfing …"
    in a report of a visit on 17 and 18 January), or the day of the visit it counts ("on the second day",
    "am dritten Besuchstag", "am letzten Tag"), or None.

    >>> weekday_within("Am zweiten Tag traf Kämpfer Meng.", "de", (dt.date(2019, 6, 16), dt.date(2019, 6, 21)))
    datetime.date(2019, 6, 17)
    """
    low = sentence.lower()
    if "day" not in low and "tag" not in low and "woch" not in low:
        return None
    for hit in find_dates(sentence, lang, span[1], kinds=_WEEKDAY_ONLY):
        if hit.value is not None and span[0] <= hit.value <= span[1] and _usable(hit, sentence, span[1]):
            return hit.value
    return nth_day(sentence, lang, span)


_WEEKDAY_ONLY = frozenset({"weekday"})
# -- the day of an article's meeting, from what the mentions stage found --------------------------------
