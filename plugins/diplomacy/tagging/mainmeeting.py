"""Which sentences tell the report's meeting: the date of the first dated core sentence, and the core sentences
that tell another meeting (``Sentence.other``).

Split from :mod:`mentions` (which calls these once per article, after the sentences are read).  The
archivist's rule (issue 17): a report's parties come from its principal meeting, the first dated one; a
second meeting's places stay mentions.  Another meeting is one dated another day, told in the pluperfect
before the main one, placed in another month named without a day, or one the report moves on to ("also
met", "im Anschluss … weiter nach") with a place the main meeting does not name.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from .calendar import MONTHS, all_names
from .dateforms import find_dates
from .dates import meeting_date_in_sentences, tells_earlier, weekday_within
from .keywords import ROLE

if TYPE_CHECKING:
    from .mentions import Mentions
    from .sentences import Sentence

__all__ = ["earlier_meetings", "main_date", "next_meetings", "other_months"]


def main_date(found: Mentions) -> dt.date | None:
    """The date of the first dated core sentence; later core sentences dated another day are marked ``other``
    ("Bereits am Montag hatte … empfangen": another meeting than the headline's).  A sentence that tells an
    earlier event in the pluperfect ("Bereits gestern hatten …", "had already met on Monday") is never the
    first: it is ``other``; nor is one dated after publication while a later one tells a past day ("Höhepunkt
    wird am Donnerstag der Festabend sein. Am Montag hat der Landrat … willkommen geheißen").

    When that first date opens a visit of several days ("from July 31 to Aug 3", "vom 16. bis 18.
    April") and a later core sentence names office holders meeting on a day within it ("On Aug 1,
    Mayor Zhuang met …", "Am Freitagabend empfing Landrat …": a weekday of the visit), that day is the
    meeting's and the visit's sentence tells no other meeting.
    """
    dated: dict[str, dt.date | None] = {}  # a repeated sentence is read once
    main = _dated_core(found, dated, past_only=True)
    return main if main is not None else _dated_core(found, dated, past_only=False)  # only days to come


def _dated_core(found: Mentions, dated: dict[str, dt.date | None], *, past_only: bool) -> dt.date | None:
    """:func:`main_date`'s pass over the core sentences; ``past_only``: pass over days after publication."""
    meeting_date = None
    span: tuple[dt.date, dt.date] | None = None
    for sentence in found.sentences:
        if not sentence.core:
            continue
        words = found.words(sentence)
        if words not in dated:
            dated[words] = meeting_date_in_sentences([words], found.lang, found.published, datelines=False)
        day = dated[words]
        if span is not None and (day is None or not span[0] <= day <= span[1]):
            day = weekday_within(words, found.lang, span) or day
        if day is None or (past_only and meeting_date is None and found.published and day > found.published):
            continue
        if meeting_date is None and tells_earlier(words):
            sentence.other = True
        elif meeting_date is None:
            meeting_date, found.main_sentence = day, sentence
            span = _visit_span(words, found.lang, found.published)
        elif span is not None and span[0] <= day <= span[1] and _part_of(span, sentence, words, found):
            meeting_date, span, found.main_sentence = day, None, sentence  # the day of the meeting within the visit
        elif day != meeting_date:
            sentence.other = True
    return meeting_date


_MONTH_NAMES = all_names(MONTHS)
# A month named without a day: "Anfang September", "im März", "in early May", "last October".
_MONTH_ONLY = re.compile(
    r"\b(?:Anfang|Mitte|Ende|anfang|mitte|ende|im|in|In|Im|early|mid|late|last)[ \u00a0-]+"
    r"(?:(?:early|mid|late|of)[ \u00a0-]+)?"
    r"([A-ZÄÖÜa-zäöü]{3,9})\b(?![ \u00a0.]*\d)"
)


def other_months(found: Mentions) -> None:
    """Core sentences after the main one that place their meeting in another month, named without a day,
    tell another meeting (``other``): "Anfang September war eine Delegation aus Guangxi im Land" in a report
    of a December meeting.  Its places and people are no parties of the report's meeting.

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> found = find_mentions("Haseloff empfängt Botschafter", ["Am 12. Dezember 2019 empfing Haseloff den "
    ...     "Botschafter.", "Anfang September war eine Delegation aus Guangxi im Land."], "de",
    ...     dt.date(2019, 12, 13), Gazetteer.load())
    >>> [(s.core, s.other) for s in found.sentences][1:]
    [(True, False), (False, True)]
    """
    main = found.main_sentence
    if found.main_date is None or main is None:
        return
    for sentence in found.sentences:
        if not sentence.core or sentence.start <= main.start:
            continue
        for match in _MONTH_ONLY.finditer(found.text, sentence.start, sentence.end):
            month = _MONTH_NAMES.get(match.group(1).lower())
            if month is not None and month != found.main_date.month:
                sentence.other = True
                break


# Words that move a report on to a further encounter: "also met", "later travelled to", "anschließend",
# "im Anschluss", "reiste … weiter nach".
_FURTHER = re.compile(
    r"\b(?:also[ \u00a0]+(?:met|held|visited|called|paid|travell?ed)|later|then[ \u00a0]+(?:met|travell?ed|went)|"
    r"subsequently|afterwards|went[ \u00a0]+on[ \u00a0]+to|moved[ \u00a0]+on|"
    r"[Aa]nschließend|[Ii]m[ \u00a0]+Anschluss|[Dd]anach|[Ss]päter|weiter[ \u00a0]+nach|weiter,|weiter[ \u00a0]+zu)\b"
)


# The pluperfect of an encounter: what had happened before the reported meeting ("Bereits im Mai hatte Reker den
# Bürgermeister von Peking empfangen", "had met the governor in 2019").
_HAD_MET = re.compile(
    r"\b(?:had[ \u00a0]+(?:already[ \u00a0]+|previously[ \u00a0]+|earlier[ \u00a0]+|also[ \u00a0]+)?"
    r"(?:met|visited|received|hosted|welcomed|signed|travell?ed|held[ \u00a0]+talks)|"
    r"hatten?\b[^.;]{0,120}?\b(?:empfangen|getroffen|besucht|begrüßt|unterzeichnet|geführt|gesprochen))\b"
)


def earlier_meetings(found: Mentions) -> None:
    """Core sentences after the main one that tell an encounter in the pluperfect tell an earlier meeting
    (``other``): "Bereits im Mai hatte Reker den Bürgermeister von Peking empfangen" after Monday's meeting.

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> found = find_mentions("Reker trifft Chen", ["Oberbürgermeisterin Henriette Reker traf am Montag in Shanghai "
    ...     "den Parteisekretär Chen Jining.", "Bereits im Mai hatte Reker den Bürgermeister von Peking empfangen."],
    ...     "de", dt.date(2024, 5, 15), Gazetteer.load())
    >>> [s.other for s in found.sentences]
    [False, False, True]
    """
    main = found.main_sentence
    if main is None:
        return
    for sentence in found.sentences:
        if sentence.core and sentence.start > main.start and _HAD_MET.search(found.text, sentence.start, sentence.end):
            sentence.other = True


def next_meetings(found: Mentions) -> None:
    """Core sentences after the main one that move on to a further encounter ("Tschentscher also met the
    mayor of Suzhou during his trip", "Im Anschluss reiste sie nach Peking weiter, wo …") and name a place
    the headline and the main sentence do not: another meeting (``other``), whose places are no parties of
    the report's.

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> found = find_mentions("Chen meets Hamburg mayor", ["Shanghai Party Secretary Chen Jining met Hamburg "
    ...     "Mayor Peter Tschentscher on Monday.", "Tschentscher also met Suzhou Mayor Wu Qingwen on his trip."],
    ...     "en", dt.date(2024, 5, 15), Gazetteer.load())
    >>> [s.other for s in found.sentences]
    [False, False, True]
    """
    main = found.main_sentence
    if main is None or _visit_span(found.words(main), found.lang, found.published) is not None:
        return  # a visit of several days: its talks are the visit's ("He also held talks with …")
    known = {m.place_id for m in found.places if m.start < found.title_end or main.start <= m.start < main.end}
    for sentence in found.sentences:
        if not sentence.core or sentence.start <= main.start:
            continue
        if not _FURTHER.search(found.text, sentence.start, sentence.end):
            continue
        if any(
            sentence.start <= m.start < sentence.end and m.place_id not in known and found.kind(m.place_id) != "country"
            for m in found.places
        ):
            sentence.other = True


_SPAN_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—|bis(?:\s+(?:zum|am))?|und)\s*$", re.IGNORECASE)
_MAX_VISIT_DAYS = 14


def _visit_span(words: str, lang: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a visit the sentence spans ("from July 31 to Aug 3", "from March 15 to
    17"), or None."""
    found = [h for h in find_dates(words, lang, published) if h.value is not None]
    for hit in found:
        if hit.value is not None and hit.until is not None and (hit.until - hit.value).days <= _MAX_VISIT_DAYS:
            return hit.value, hit.until
    hits = [(h.start, h.end, h.value) for h in found]
    for (_s1, end1, day1), (start2, _e2, day2) in itertools.pairwise(hits):
        if 0 < (day2 - day1).days <= _MAX_VISIT_DAYS and _SPAN_JOIN.match(words[end1:start2]):
            return day1, day2
    return None


def _part_of(span: tuple[dt.date, dt.date], sentence: Sentence, words: str, found: Mentions) -> bool:
    """Does the sentence name office holders on a day of the visit (not the whole visit again)?"""
    return any(hit.kind == ROLE for hit in sentence.hits) and _visit_span(words, found.lang, found.published) != span
