"""Parties when the meeting sentences name fewer than two: the weaker evidence, in the order it is tried.

:func:`decision.decide` gathers the parties someone acts for into a :class:`Tally`. With one party left, a place
of the headline, a known partner named in the text, a partnership sentence's places, the venue, or a city of
another country named where the meeting is told may complete it, but only when the one principal who stands for
no place holds an office of its kind (:func:`anchored`) or the place is the party's registered partner
(:func:`known_partner`): a place only mentioned is no party.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .abstain import dateline_places
from .features import partnership_places
from .parties import location_places
from .roles import LOCAL_ROLES
from .standing import fits

if TYPE_CHECKING:
    from .mentions import Mentions
    from .people import Individual
    from .sentences import Sentence

__all__ = ["Tally", "anchored", "known_partner"]


@dataclass(slots=True)
class Tally:
    """The parties of a meeting as they are found, and which of them were visited or visiting."""

    found: list[str] = field(default_factory=list)
    strong: set[str] = field(default_factory=set)  # places someone stands for: never only a container country
    hosts: list[str] = field(default_factory=list)
    visitors: list[str] = field(default_factory=list)
    why: dict[str, tuple[str, int]] = field(default_factory=dict)  # place -> (reason, position in the text)

    def add(self, place_id: str | None, reason: str, position: int) -> None:
        """A party, with the first reason found for it and where in the text it stands.

        >>> tally = Tally()
        >>> tally.add("hamburg", "principal", 12); tally.add("hamburg", "headline place", 0); tally.add(None, "x", 1)
        >>> tally.found, tally.why
        (['hamburg'], {'hamburg': ('principal', 12)})
        """
        if place_id and place_id not in self.found:
            self.found.append(place_id)
            self.why.setdefault(place_id, (reason, position))


def anchored(found: Mentions, parties: Tally, principals: list[Individual], counts: dict[str, int]) -> None:
    """Fewer than two parties: a weaker place (see :func:`_augment`) becomes a party only when the one
    principal who stands for no place yet holds an office of its kind ("In Halle empfing
    Oberbürgermeister Geier …", "Bürgermeister Yao Gaoyuan" in Hangzhou): someone acts for it."""
    unplaced = [p for p in principals if p.place is None and p.key in LOCAL_ROLES]
    if len(unplaced) != 1:
        return
    weaker = Tally(found=list(parties.found))
    _augment(found, weaker, counts)
    datelined = dateline_places(found)  # "CHICAGO, Dec. 5 (Xinhua) --": where the report was filed
    for place_id in weaker.found:
        if place_id in parties.found or found.kind(place_id) == "country" or place_id in datelined:
            continue
        if fits(found, unplaced[0], place_id):
            reason, position = weaker.why[place_id]
            unplaced[0].place = place_id
            parties.add(place_id, f"{reason}, office holder", position)
            parties.strong.add(place_id)
            return


def known_partner(found: Mentions, parties: Tally, core: list[Sentence]) -> None:
    """One party, someone acting for it: its one formal partner (the register's) named in the headline or
    where the meeting is told is the other ("Woidke empfängt … von Hebei", "Trier gewinnt mit Xiamen …")."""
    partners = {pid for pid, _since in found.gazetteer.partners(parties.found[0])}
    named: dict[str, int] = {}
    for mention in found.title_places():  # "Trier gewinnt mit Xiamen seine neunte Partnerstadt"
        if mention.place_id in partners:
            named.setdefault(mention.place_id, mention.start)
    for sentence in core:
        for mention in found.places:
            if sentence.start <= mention.start < sentence.end and mention.place_id in partners:
                named.setdefault(mention.place_id, mention.start)
    if len(named) == 1:
        place_id, position = next(iter(named.items()))
        parties.add(place_id, "known partner", position)


def _augment(found: Mentions, parties: Tally, counts: dict[str, int]) -> None:
    """Fewer than two parties: add headline places, a known partner named in the text, a partnership
    sentence's places, the place the meeting was in, or a city of another country named in a meeting sentence."""
    for mention in found.title_places():
        if found.kind(mention.place_id) != "country":
            parties.add(mention.place_id, "headline place", mention.start)
    if len(parties.found) == 1:
        partners = {pid for pid, _since in found.gazetteer.partners(parties.found[0])}
        named = sorted((p for p in counts if p in partners), key=lambda p: -counts[p])
        if named:
            first = next(m.start for m in found.places if m.place_id == named[0])
            parties.add(named[0], "known partner", first)
    if len(parties.found) == 1:
        for group, position in partnership_places(found):
            if parties.found[0] in group:
                for place_id in group:
                    parties.add(place_id, "partnership", position)
    if len(parties.found) == 1:
        for sentence in found.sentences:
            if sentence.core:
                for place_id in location_places(found.ctx, sentence.start, sentence.end):
                    if found.kind(place_id) != "country":
                        parties.add(place_id, "venue", sentence.start)
                        return
    if len(parties.found) == 1:  # last resort: a city or region of another country named where the meeting is told
        country = found.country(parties.found[0])
        for mention in found.places:
            sentence = found.sentence_at(mention.start)
            if (
                sentence is not None
                and sentence.core
                and found.kind(mention.place_id) != "country"
                and found.country(mention.place_id) != country
            ):
                parties.add(mention.place_id, "named abroad", mention.start)
                return
