"""The parties of a report that tells no meeting: the partnership a feature or a profile is about.

An anniversary feature, a partnership overview or a sister city's profile reports no meeting; by the
archivist's rule its places and pair are the partners it is about (:func:`feature_parties`). The places
named together in partnership sentences (:func:`partnership_places`) also serve the decision stage as a
weak hint for a meeting with one party found.

>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> found = find_mentions("Düsseldorf's partner cities", ["Düsseldorf is twinned with Moscow and Chongqing."],
...     "en", None, Gazetteer.load())
>>> partnership_places(found)
[(['duesseldorf'], 0), (['duesseldorf', 'moscow', 'chongqing'], 28)]
>>> [place for place, _reason, _position in feature_parties(found, [])]
['duesseldorf', 'moscow', 'chongqing']

A dateline's place is where the report was filed, and a place an event is held in its venue, not partners:

>>> found = find_mentions("Jubiläum", ["Wuhan (dpa) - Sachsen und Hubei feiern ihre Partnerschaft in Wuhan "
...     "mit einem Festakt."], "de", None, Gazetteer.load())
>>> partnership_places(found)
[(['sachsen', 'hubei'], 9)]
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .abstain import in_dateline

if TYPE_CHECKING:
    from .mentions import Mentions

__all__ = ["feature_parties", "partnership_places"]

# A place after "in" (and articles, adjectives, "state of"): where something is or lies ("a trading city
# in Bavaria", "im Bundesland Mecklenburg-Vorpommern", "in der Villa Reitzenstein in Stuttgart").
_LOCATED_IN = re.compile(
    r"\b(?:in|im)[ \u00a0]+(?:(?:the|der|dem|(?:city|state|province|region)[ \u00a0]+of|capital|Stadt|Hauptstadt|"
    r"Landeshauptstadt|Freistaat|Bundesland|Land|Provinz|Region|[a-zäöü]+(?:ern|ischen|ische|en)|"
    r"German|Chinese|Korean)[ \u00a0]+){0,4}$"
)

# An event held at a place named after "in" ("in Wuhan mit einem Festakt", "in Hamburg with a ceremony"): its venue.
_AT_EVENT = re.compile(
    r"[ \u00a0]+(?:mit|with|bei|at)[ \u00a0]+(?:einem|einer|a|an|the|dem|der)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
    r"(?:Festakt|Feier|Empfang|Zeremonie|Festveranstaltung|Gala|ceremony|celebration|reception|gala|event)"
)


def feature_parties(found: Mentions, title_pair: list[str]) -> list[tuple[str, str, int]]:
    """No meeting: the headline's joined places, else the partnership the headline is about: a partnership
    sentence's pair of which the headline names a place, when the headline names both, speaks of the
    partnership or is only the partner's name (a profile); when the headline names two partners, only they. A
    reception or festival whose report mentions a partnership in passing has no parties.

    Returns (place id, reason, position in the text) of each party, none when fewer than two are found."""
    parties: dict[str, tuple[str, int]] = {}
    for place_id in title_pair:
        if found.kind(place_id) != "country":
            parties.setdefault(place_id, ("headline", 0))
    if len(parties) >= 2:
        return [(p, *why) for p, why in parties.items()]
    named = {m.place_id for m in found.title_places() if found.kind(m.place_id) != "country"}
    headline = found.sentence_at(0) if found.title_end else None
    about = bool(headline and headline.partnership) or len(found.title.split()) <= 4
    groups = [(g, position) for g, position in partnership_places(found) if named.intersection(g)]
    both = [(g, position) for g, position in groups if len(named.intersection(g)) >= 2]
    for group, position in both or (groups if about else []):
        for place_id in group:
            if place_id in named or not both:
                parties.setdefault(place_id, ("partnership", position))
    return [(p, *why) for p, why in parties.items()] if len(parties) >= 2 else []


def partnership_places(found: Mentions) -> list[tuple[list[str], int]]:
    """City and region ids of each sentence with partnership words, with the sentence's start."""
    groups = []
    positions = [m.start for m in found.places]
    for sentence in found.sentences:
        if not sentence.partnership:
            continue
        ids: list[str] = []
        located: list[str] = []
        first = bisect.bisect_left(positions, sentence.start)
        for mention in found.places[first:]:
            if mention.start >= sentence.end:
                break
            kind = found.kind(mention.place_id)
            if kind == "country" or in_dateline(found.text, mention):
                continue  # "Wuhan (dpa/sn) - Sachsen und Hubei haben …": where the report was filed
            if _LOCATED_IN.search(found.text, max(0, mention.start - 40), mention.start):
                if sentence.meeting or _AT_EVENT.match(found.text, mention.end, sentence.end):
                    continue  # "… in der Villa Reitzenstein in Stuttgart empfangen", "in Wuhan mit einem Festakt"
                if kind == "region":
                    located.append(mention.place_id)
                    continue
            if mention.place_id not in ids:
                ids.append(mention.place_id)
        for place_id in located:  # "Nuremberg, a city in Bavaria": where a partner lies
            country = found.country(place_id)
            if not any(found.kind(p) == "city" and found.country(p) == country for p in ids):
                ids.append(place_id)
        if ids:
            groups.append((ids, sentence.start))
    return groups
