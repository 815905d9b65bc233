"""Where the decision leaves a party out rather than guess: a place nobody named acts for, a headline's
short form of another party, a place named only in the dateline.

The archivist's rule (issue 17): a place is a party when someone acts for it in
the meeting, a principal, a delegation or a host who is named; a place only
visited as the venue, hosting with nobody of it named, or named as someone's
partner is not. The decision stage takes such places on weak evidence
(``Decision.why``: ``host``, ``venue``, ``partnership``); when no principal
stands for the place and nothing stronger made it a party, it is left out of a
meeting's parties, and the report keeps fewer parties for an editor to complete
(a feature's places, the partnership it is about, stay). On the development set
(``tests/score.py dev``, 181 dated reports) such parties were right 8 times of
14 for ``host`` and 5 of 9 for ``partnership`` (the same reasons with someone
acting: 8 of 8); leaving them out of meetings raised the precision of parties
from 89.7 to 91.6 % and of pairs from 87.9 to 91.0 %.

>>> unacted(["koeln", "shanghai", "peking"], {"koeln": ("principal", 3), "shanghai": ("host", 40),
...     "peking": ("partnership", 90)}, acting={"koeln"})
['shanghai', 'peking']
>>> unacted(["koeln", "shanghai"], {"koeln": ("principal", 3), "shanghai": ("host", 40)}, acting={"koeln", "shanghai"})
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplomacy.places.matcher import KIND_WORDS
from diplomacy.places.names import fold

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Mention

    from .mentions import Mentions

__all__ = ["WEAK_REASONS", "dateline_places", "in_dateline", "short_forms", "unacted"]

# Reasons (Decision.why) that show a place was there, not that someone acted for it.
WEAK_REASONS = frozenset({"host", "venue", "partnership"})


def unacted(
    parties: list[str], why: dict[str, tuple[str, int]], acting: set[str], partners: dict[str, set[str]] | None = None
) -> list[str]:
    """The parties taken only for a weak reason (:data:`WEAK_REASONS`) that nobody in ``acting`` stands for.

    A host that is a formal partner (``partners``: the register's, by place) of a party someone acts for
    stays: the partner city received the visitors ("In ihrer chinesischen Partnerstadt Jinan wird die
    Augsburger OB-Delegation empfangen"). On the development set and two real batches such hosts were
    parties 5 times of 5; hosts that are nobody's partner, 4 of 9.

    >>> unacted(["augsburg", "jinan"], {"augsburg": ("principal", 3), "jinan": ("host", 40)}, {"augsburg"},
    ...     {"jinan": {"augsburg"}})
    []
    """
    partners = partners or {}
    return [
        place
        for place in parties
        if why.get(place, ("", -1))[0] in WEAK_REASONS
        and place not in acting
        and not (why[place][0] == "host" and partners.get(place, set()) & acting)
    ]


def short_forms(found: Mentions, parties: list[str], why: dict[str, tuple[str, int]]) -> list[str]:
    """Parties taken from the headline only that are another party's name without its kind: one place named
    two ways ("Symposium between Lu'an, Hannover" for Region Hannover, whose president met; "Heidenheim" for
    the Landkreis Heidenheim).

    >>> import datetime as dt
    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> found = find_mentions("Lu'an and Hannover", ["The Region Hannover met Lu'an."], "en", None, Gazetteer.load())
    >>> short_forms(found, ["luan", "hannover", "region-hannover"], {"hannover": ("headline", 0)})
    ['hannover']
    """
    dropped = []
    for place_id in parties:
        place = found.gazetteer.get(place_id)
        if place is None or why.get(place_id, ("", -1))[0] != "headline":
            continue
        short = {fold(place.name_en), fold(place.name_de)}
        for other_id in parties:
            other = found.gazetteer.get(other_id)
            if other is None or other_id == place_id or other.country != place.country:
                continue
            longer = {fold(name) for name in (other.name_en, other.name_de, *other.aliases)}
            if any(_kind_and(name, short) for name in longer):
                dropped.append(place_id)
                break
    return dropped


def _kind_and(name: str, short: set[str]) -> bool:
    """Is ``name`` one of ``short`` with kind words before or after it ("region hannover", "hannover region")?"""
    for base in short:
        for rest in (name.removesuffix(" " + base), name.removeprefix(base + " ")):
            if rest != name and all(word in KIND_WORDS for word in rest.split()):
                return True
    return False


# What follows a dateline's place: ", Dec. 5", "[Germany], November 28", "(Xinhua)", "(dpa/sn)", then a dash or
# a colon ("CHICAGO, Dec. 5 (Xinhua) --", "Wuhan (dpa/sn) -", "Munich [Germany], November 28 (ANI):", "Kiel –").
_DATELINE_TAIL = re.compile(
    r"(?:[ \u00a0]*(?:,[ \u00a0]*[A-Z][\w.]*(?:[ \u00a0]+[\w.]+){0,3}|\[[^\]\n]{2,30}\]|\([^()\n]{2,60}\)))*"
    r"[ \u00a0]*(?:--|—|–|-|:)[ \u00a0]"
)


def dateline_places(found: Mentions) -> set[str]:
    """Places named only in a dateline, where the report was filed ("CHICAGO, Dec. 5 (Xinhua) -- A delegation
    from Haiyan visited Batesville"): no evidence of a party.

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> found = find_mentions("Visit", ["CHICAGO, Dec. 5 (Xinhua) -- A delegation from Hangzhou visited Boston."],
    ...     "en", None, Gazetteer.load())
    >>> sorted(dateline_places(found))
    ['chicago']
    """
    datelined: set[str] = set()
    elsewhere: set[str] = set()
    for mention in found.places:
        (datelined if in_dateline(found.text, mention) else elsewhere).add(mention.place_id)
    return datelined - elsewhere


def in_dateline(text: str, mention: Mention) -> bool:
    """Is the mention a dateline's place: it opens a line and the dateline's tail follows it?"""
    opens_line = mention.start == 0 or text[mention.start - 1] == "\n"
    return opens_line and _DATELINE_TAIL.match(text, mention.end) is not None
