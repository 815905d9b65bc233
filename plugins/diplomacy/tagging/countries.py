"""Countries and containers among the parties: a country is a party only through someone acting for it.

Pure functions, no Pelican import; split from :mod:`parties` (which reads the evidence of one sentence),
these weigh the places found against what contains them: a country or a city that only contains another
party, the one party of another country, and the publisher as host.  A delegation "from China" is from no
party unless lawmakers or a government travel: the one city the text names was right 0 times and wrong once
on the development set and two real batches (the Wenzhou of an Ouhai delegation), so it is no longer guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mentions import Mentions

__all__ = ["drop_containers", "odd_country", "publisher_hosts"]


def drop_containers(found: Mentions, parties: list[str], strong: set[str]) -> list[str]:
    """A country that only contains another party is no party of its own; nor is the city a district party
    belongs to ("Huishan District (Wuxi)" and Wuxi, "Lebendige Partnerschaft mit Wuxi / Huishan"), unless
    someone acts for it."""
    containers = {_container(found, p) for p in parties}
    kept = []
    for place_id in parties:
        if found.kind(place_id) == "country" and place_id not in strong:
            code = found.country(place_id)
            if any(o != place_id and found.country(o) == code for o in parties):
                continue
        if place_id in containers and place_id not in strong:
            continue
        kept.append(place_id)
    return kept


_DISTRICT_OF = re.compile(r"(?:District|County)[ \u00a0]+\(([^)]+)\)$")


def _container(found: Mentions, place_id: str) -> str | None:
    """The city a district lies in, as the gazetteer names it ("Huishan District (Wuxi)": Wuxi)."""
    place = found.gazetteer.get(place_id)
    match = _DISTRICT_OF.search(place.name_en) if place is not None else None
    city = found.gazetteer.lookup(match.group(1)) if match else None
    return city.id if city is not None else None


def odd_country(found: Mentions, parties: list[str]) -> str | None:
    """The one party of a country no other party is of, when all the others share one country."""
    countries = [found.country(p) for p in parties]
    odd = [p for p, c in zip(parties, countries, strict=True) if countries.count(c) == 1]
    return odd[0] if len(odd) == 1 and len(set(countries)) == 2 else None


def publisher_hosts(found: Mentions, parties: list[str], publisher: str | None) -> bool:
    """Is the publisher, the city or region whose own site published a meeting report, a party of it?

    Yes when every party found is of another country: the guests it received or the hosts its own
    delegation met ("Bürgermeister empfängt Delegation aus Chizhou" on bad-zwischenahn.de). Not when
    no party was found (nothing says a meeting of the place took place), nor when a party is of its own
    country (a province's site reporting one of its cities: the city, not the province, met).
    On the development set and two batches of real reports it added the publisher twice, rightly both
    times; the own-country condition kept out the two publishers that were no party.

    >>> import datetime as dt
    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> found = find_mentions("Besuch aus Fernost", ["Am Montag kam eine Delegation aus Chizhou ins Rathaus."],
    ...     "de", dt.date(2019, 1, 23), Gazetteer.load())
    >>> publisher_hosts(found, ["chizhou"], "bad-zwischenahn"), publisher_hosts(found, ["chizhou"], "anhui")
    (True, False)
    """
    if publisher is None or not parties or publisher in parties:
        return False
    own = found.country(publisher)
    return own is not None and all(found.country(p) not in (own, None) for p in parties)
