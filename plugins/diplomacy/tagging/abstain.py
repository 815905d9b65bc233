"""Where the decision leaves a party out rather than guess: a place nobody named acts for.

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

__all__ = ["WEAK_REASONS", "unacted"]

# Reasons (Decision.why) that show a place was there, not that someone acted for it.
WEAK_REASONS = frozenset({"host", "venue", "partnership"})


def unacted(parties: list[str], why: dict[str, tuple[str, int]], acting: set[str]) -> list[str]:
    """The parties taken only for a weak reason (:data:`WEAK_REASONS`) that nobody in ``acting`` stands for."""
    return [place for place in parties if why.get(place, ("", -1))[0] in WEAK_REASONS and place not in acting]
