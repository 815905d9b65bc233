"""Who leads each side: the principal named as leading a delegation, and a side's head named elsewhere.

Asked by the decision stage as it finds the parties (:mod:`decision`).  A principal without a place takes
the place of the delegation they lead (:func:`lead_delegation`, :func:`delegation_leaders`: "led by Vice
Mayor …", "unter Leitung von …", "von Vizebürgermeister … angeführt").  A party nobody stands for takes
the one attendee whose local office is of it, the mayor listed among his delegation
(:func:`heads_among_attendees`), and the one visiting party nobody stands for the office holder named as
leading the group in a sentence of its own (:func:`leaders_elsewhere`: "Angeführt wurde die Gruppe von
Feng Guangze, dem Direktor …").  Deputies named in one sentence with the head of their own place's
government attend beside them (:func:`deputies_beside_heads`).

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> from diplomacy.tagging.relations import relate
>>> found = find_mentions("", ["Am Montag hieß Bürgermeister Martin Mertens eine Delegation aus Qingdao "
...     "willkommen.", "Angeführt wurde die Gruppe von Feng Guangze, dem Direktor der Steuerverwaltung."],
...     "de", dt.date(2019, 10, 29), Gazetteer.load())
>>> related = relate(found)
>>> [(p.name, p.place) for p in leaders_elsewhere(found, related.people, related.principals, ["qingdao"])]
[('Feng Guangze', 'qingdao')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .keywords import DELEGATION
from .namesides import side_fits
from .people import Individual, occurrences
from .roles import LOCAL_ROLES
from .standing import fits

if TYPE_CHECKING:
    from .mentions import Mentions
    from .sentences import Sentence

__all__ = [
    "delegation_leaders",
    "deputies_beside_heads",
    "heads_among_attendees",
    "lead_delegation",
    "leaders_elsewhere",
]

# A head of a city's or region's government, and the deputies who attend beside them.
_DEPUTIES_OF = {
    "mayor": frozenset({"vice_mayor", "deputy_mayor"}),
    "lord_mayor": frozenset({"vice_mayor", "deputy_mayor", "mayor"}),  # under an Oberbürgermeister, a Bürgermeister
    "governing_mayor": frozenset({"vice_mayor", "deputy_mayor"}),
    "first_mayor": frozenset({"vice_mayor", "deputy_mayor"}),
    "governor": frozenset({"vice_governor"}),
}

_LEADER = re.compile(
    r"\b(?:led|headed|leads|heads|leading|heading|angeführt|geleitet|leitete|leitet|führte|führt|Leitung|Spitze)\b",
    re.IGNORECASE,
)


def lead_delegation(found: Mentions, principals: list[Individual], span: tuple[int, int] | None, place_id: str) -> None:
    """The leader of a delegation, named in ``span`` ("led by Vice Mayor …"), stands for the delegation's place."""
    if span is None:
        return
    first = min(
        ((h.start, person) for person in principals for h in person.hits if span[0] <= h.start <= span[0] + 40),
        key=lambda item: item[0],
        default=None,
    )
    if first is not None and first[1].place is None and side_fits(first[1].name, found.country(place_id)):
        first[1].place = place_id


def delegation_leaders(found: Mentions, principals: list[Individual], core: list[Sentence], visitor: str) -> None:
    """The principal named next to "led by"/"angeführt von" in a delegation sentence is of the delegation.

    The first principal after the word, else (German passive: "… von Vizebürgermeister X angeführt")
    the last one before it.
    """
    for sentence in core:
        if not any(h.kind == DELEGATION for h in sentence.hits):
            continue
        for match in _LEADER.finditer(found.text, sentence.start, sentence.end):
            starts = [(h.start, person) for person in principals for h in person.hits]
            after = [item for item in starts if match.end() <= item[0] <= min(sentence.end, match.end() + 80)]
            before = [item for item in starts if max(sentence.start, match.start() - 80) <= item[0] < match.start()]
            nearest = min(after, key=lambda item: item[0]) if after else None
            if nearest is None and before:
                nearest = max(before, key=lambda item: item[0])
            if nearest is not None and nearest[1].place is None and side_fits(nearest[1].name, found.country(visitor)):
                nearest[1].place = visitor


_LEADER_STEMS = ("led", "head", "lead", "führt", "leit", "spitze")
_GROUP = re.compile(r"\b(?:Gruppe|Delegation|Reise|Besuch|group|delegation|trip|visit)\b", re.IGNORECASE)


def leaders_elsewhere(
    found: Mentions, people: list[Individual], principals: list[Individual], visitors: list[str]
) -> list[Individual]:
    """The one visiting party nobody stands for takes the office holder named as leading the group in a
    sentence of its own ("Angeführt wurde die Gruppe von Feng Guangze, dem Direktor …", "Geleitet wurde
    die Gruppe vom stellvertretenden Bürgermeister Chen Jinliang"). Returns the people made principals."""
    if len(visitors) != 1 or any(p.place == visitors[0] for p in principals):
        return []
    lower = found.text.lower()
    if not any(word in lower for word in _LEADER_STEMS):  # cheap test before the expressions
        return []
    visitor = visitors[0]
    for sentence in found.sentences:
        if sentence.habitual or sentence.other or sentence.body_index < 0:
            continue
        if _GROUP.search(found.text, sentence.start, sentence.end) is None:
            continue
        for match in _LEADER.finditer(found.text, sentence.start, sentence.end):
            after = [
                (pos, person)
                for person in people
                for pos, _ in occurrences(found.text, person)
                if match.end() <= pos <= min(sentence.end, match.end() + 40)
            ]
            if not after:
                continue
            person = min(after, key=lambda item: item[0])[1]
            if person in principals or person.place not in (None, visitor):
                return []
            if side_fits(person.name, found.country(visitor)):
                person.place = visitor
                return [person]
            return []
    return []


def heads_among_attendees(
    found: Mentions, principals: list[Individual], attendees: list[Individual], parties: list[str]
) -> list[Individual]:
    """A party of the meeting nobody stands for takes the one attendee whose local office is of it: the
    mayor named in the list of the delegation or of the guests ("…, OB Dr. Kurt Gribl (CSU), Juri Heiser
    …", "Zur Delegation gehören außer Tillich auch …") leads his side. An office without a place is of the
    one open party of its kind and side; of several such attendees, the one named as leading. Returns the
    attendees made principals."""
    represented = {p.place for p in principals if p.place}
    open_parties = [p for p in parties if p not in represented and found.kind(p) != "country"]
    heads: list[Individual] = []
    for party in open_parties:
        holders = [
            a
            for a in attendees
            if a.key in LOCAL_ROLES
            and a not in heads
            and (a.place == party or (a.place is None and fits(found, a, party) and _only_fit(found, a, open_parties)))
        ]
        if len(holders) > 1:  # the one named as leading ("Geleitet hatte die Reise der Erste Beigeordnete …")
            holders = [a for a in holders if _named_leading(found, a)]
        if len(holders) == 1:
            holders[0].place = party
            heads.append(holders[0])
    return heads


def _named_leading(found: Mentions, person: Individual) -> bool:
    for pos, _possessive in occurrences(found.text, person):
        sentence = found.sentence_at(pos)
        if sentence is not None and _LEADER.search(found.text, max(sentence.start, pos - 60), pos):
            return True
    return False


def _only_fit(found: Mentions, person: Individual, parties: list[str]) -> bool:
    return sum(fits(found, person, p) for p in parties) == 1


def deputies_beside_heads(found: Mentions, principals: list[Individual]) -> list[Individual]:
    """The deputies named in one sentence with the head of their own place's government attend beside them:
    "von Oberbürgermeister Wolfram Leibe und Beigeordnetem Thomas Schmitt begrüßt" (Leibe met, Schmitt
    attended); in a city with an Oberbürgermeister a Bürgermeister is a deputy ("Neben Oberbürgermeister Manfred
    Schilder und Bürgermeisterin Margareta Böckh …"). Returns the deputies, to be moved from the principals to the
    attendees."""
    moved: list[Individual] = []
    if not any(p.key in ("vice_mayor", "deputy_mayor", "vice_governor", "mayor") for p in principals):
        return moved
    for head in principals:
        deputies = _DEPUTIES_OF.get(head.key)
        if not deputies or head.place is None:
            continue
        sentences = {id(s) for pos, _ in occurrences(found.text, head) if (s := found.sentence_at(pos))}
        for person in principals:
            beside = any(id(found.sentence_at(pos)) in sentences for pos, _ in occurrences(found.text, person))
            if person.key in deputies and person.place == head.place and person not in moved and beside:
                moved.append(person)
    return moved
