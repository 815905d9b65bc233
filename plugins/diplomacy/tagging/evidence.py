"""Why each tag was given: the sentence the tagger read, the words that decided, the reason in a few words.

The decision stage (:mod:`decision`) settles the tags; this module writes down, for each of them,
where in the article it came from, so the site can show it and an editor can check it, and what
makes the tagger unsure (:func:`doubts`).  Pure, no Pelican import.

An :class:`Evidence` holds the sentence as it stands in the article (the headline counts as a
sentence) and the span of the deciding words inside it: a place's name, a person's name, the
date's words (an empty span when the words cannot be told apart, e.g. a place as an adjective).

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> from diplomacy.tagging.relations import relate
>>> from diplomacy.tagging.decision import decide
>>> found = find_mentions("Reker empfängt Delegation aus Shanghai", ["Am 9. September empfing "
...     "Oberbürgermeisterin Henriette Reker eine Delegation aus Shanghai im Kölner Rathaus."], "de",
...     dt.date(2024, 9, 13), Gazetteer.load())
>>> related = relate(found)
>>> decided = decide(found, related)
>>> [(e.field, e.value, e.reason, e.marked) for e in collect(found, decided)]  # doctest: +NORMALIZE_WHITESPACE
[('meeting_date', '2024-09-09', 'the date of the meeting sentence', '9. September'),
 ('place', 'koeln', 'the place visited or hosting', ''),
 ('place', 'shanghai', 'where the delegation came from', 'Shanghai'),
 ('principal', 'Henriette Reker', 'named with an office in a sentence that reports the meeting', 'Henriette Reker')]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dateforms import find_dates

if TYPE_CHECKING:
    from .decision import Decision
    from .mentions import Mentions
    from .people import Individual
    from .sentences import Sentence

__all__ = ["DOUBTS", "REASONS", "Evidence", "collect", "doubts"]

# Every reason in words, the one home of their English (the site translates them: its catalogs hold these
# texts as messages): why a party was taken (decision.Decision.why), and why a date or a person was.
REASONS: dict[str, str] = {
    "principal": "the place of a principal",
    "office": "an office of the place at the meeting",
    "delegation": "where the delegation came from",
    "host": "the place visited or hosting",
    "headline": "named with the other party in the headline",
    "partnership": "a partner named in a partnership sentence",
    "publisher": "the place whose own site published the report",
    "known partner": "a known partner of the other party named in the text",
    "office holder": "where the one principal without a place holds its office",
    "side": "the one place of the office holder's side named in the report (a pinyin name is China's side)",
    "signatory": "the other signatory of an agreement signed at the meeting",
    "authority": "its government or foreign affairs office met another's",
    "meeting date": "the date of the meeting sentence",
    "named principal": "named with an office in a sentence that reports the meeting",
    "named attendee": "named as attending or accompanying",
}
# Why the tagger is unsure (doubts()), as templates whose {fields} are a place id or a name.
DOUBTS: dict[str, str] = {
    "no day": "no day of the meeting found",
    "other day": "the report also tells of a meeting on another day",
    "few parties": "fewer than two parties found",
    "nobody acts": "nobody named acts for {place}",
    "no place": "{name}: an office without a place",
    "unknown place": "'{name}' follows an office but is not in the gazetteer",
}
_STRONG = frozenset({"principal", "office", "publisher"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """One tag and where it came from."""

    field: str  # "meeting_date", "place", "principal", "attendee"
    value: str  # ISO date, place id, or name
    reason: str  # a few words
    sentence: str  # the sentence read, as in the article
    start: int  # the deciding words: sentence[start:end]
    end: int

    @property
    def marked(self) -> str:
        return self.sentence[self.start : self.end]

    def as_data(self) -> dict[str, object]:
        return {
            "field": self.field,
            "value": self.value,
            "reason": self.reason,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


def collect(found: Mentions, decided: Decision) -> list[Evidence]:
    """The evidence of every tag the decision gave: the meeting date, each party, principal and attendee."""
    evidence: list[Evidence] = []
    if decided.meeting_date is not None and decided.date_sentence is not None:
        words = found.words(decided.date_sentence)
        start, end = _date_words(words, decided.meeting_date, found)
        reason = REASONS["meeting date"]
        evidence.append(Evidence("meeting_date", decided.meeting_date.isoformat(), reason, words, start, end))
    for place_id in sorted(decided.parties):
        reason, position = decided.why.get(place_id, ("", -1))
        item = _place_evidence(found, place_id, reason, position)
        if item is not None:
            evidence.append(item)
    for field, people in (("principal", decided.principals), ("attendee", decided.attendees)):
        for person in people:
            item = _person_evidence(found, field, person)
            if item is not None:
                evidence.append(item)
    return evidence


def doubts(found: Mentions, decided: Decision, candidates: list[str]) -> list[str]:
    """Why the tagger is not sure of an article, in a few words each; empty when it is."""
    reasons: list[str] = []
    if decided.is_meeting and decided.meeting_date is None:
        reasons.append(DOUBTS["no day"])
    if any(s.other for s in found.sentences if s.core):
        reasons.append(DOUBTS["other day"])
    if decided.is_meeting and len(decided.parties) < 2:
        reasons.append(DOUBTS["few parties"])
    acting = {p.place for p in decided.principals if p.place}
    for place_id in sorted(decided.parties):
        reason = decided.why.get(place_id, ("", -1))[0]
        if reason.split(",")[0] not in _STRONG and "office holder" not in reason and place_id not in acting:
            reasons.append(DOUBTS["nobody acts"].format(place=place_id))
    for person in decided.principals:
        if person.place is None:
            reasons.append(DOUBTS["no place"].format(name=person.name))
    for name in candidates:
        reasons.append(DOUBTS["unknown place"].format(name=name))
    return reasons


def _sentence(found: Mentions, position: int) -> Sentence | None:
    return found.sentence_at(position) if position >= 0 else None


def _date_words(words: str, day: dt.date, found: Mentions) -> tuple[int, int]:
    """The span of the date's words in the sentence (nothing marked when they cannot be told)."""
    for hit in find_dates(words, found.lang, found.published):
        if hit.value == day:
            return hit.start, hit.end
    return 0, 0


def _place_evidence(found: Mentions, place_id: str, reason: str, position: int) -> Evidence | None:
    sentence = _sentence(found, position)
    if sentence is None:
        return None
    words = found.words(sentence)
    start = end = 0  # nothing marked when the place is written as an adjective ("im Kölner Rathaus")
    if reason.startswith("principal"):
        name = _person_at(found, position)
        if name is not None:
            start, end = name
    else:
        for mention in found.places:
            if mention.place_id == place_id and sentence.start <= mention.start < sentence.end:
                start, end = mention.start - sentence.start, mention.end - sentence.start
                break
    label = REASONS.get(reason.split(",", maxsplit=1)[0], reason)
    if "office holder" in reason:
        label += ", " + REASONS["office holder"]
    return Evidence("place", place_id, label, words, start, end)


def _person_at(found: Mentions, position: int) -> tuple[int, int] | None:
    sentence = found.sentence_at(position)
    if sentence is None:
        return None
    return position - sentence.start, position - sentence.start + _name_length(found.text, position)


def _name_length(text: str, position: int) -> int:
    end = position
    while end < len(text) and (text[end].isalpha() or text[end] in " -'’.") and end - position < 60:
        end += 1
    return len(text[position:end].rstrip(" .,"))


def _person_evidence(found: Mentions, field: str, person: Individual) -> Evidence | None:
    position = found.text.find(person.name, max(0, person.first))
    if position < 0:
        position = found.text.find(person.name)
    sentence = _sentence(found, position)
    if sentence is None:
        return None
    words = found.words(sentence)
    start = position - sentence.start
    reason = REASONS["named principal" if field == "principal" else "named attendee"]
    return Evidence(field, person.name, reason, words, start, start + len(person.name))
