"""Role phrases that name no office of a place: read past by :func:`offices.find_roles`.

A deputy party secretary ("Deputy Secretary of the CPC …", whose own office, mayor or governor, is written
beside it) and the deputy of a national office ("deputy head of the International Department …") hold no
office of the lexicon; nor does the president or chairman an organisation named just before calls "its"
("the Friedrich Ebert Foundation led by its president Martin Schulz").

>>> from diplomacy.tagging.roles import SPECS
>>> president = next(s for s in SPECS if s.key == "president" and s.display == "President")
>>> text = "a delegation of the Friedrich Ebert Foundation led by its president Martin Schulz"
>>> no_office(text, text.index("president"), president), no_office("led by President Xi", 7, president)
(True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import prev_word, word_set

if TYPE_CHECKING:
    from .rolespec import RoleSpec

__all__ = ["ORGANISATION_NOUNS", "no_office"]

# The nouns of organisations (offices.py also reads a place that names one: "of the Shanghai … University").
ORGANISATION_NOUNS = (
    r"Association|Chamber|University|Institute|Academy|College|School|Company|Corporation|Group|Bank|Foundation|"
    r"Society|Federation|Club|Hospital|Museum|Agency|Cent(?:re|er)|Universität|Hochschule|Gesellschaft|Stiftung|"
    r"Verband|Verein|Institut|Akademie|(?i:group|company|corporation|holdings)"
)

# "a delegation of the Friedrich Ebert Foundation led by its president": an organisation's office, not a place's
_ITS_OFFICE = re.compile(
    rf"\b(?:{ORGANISATION_NOUNS})\b[^.;]{{0,60}}?\b(?:its|their|seine[mnrs]?|ihre[mnrs]?|dessen|deren)[ \u00a0]+$"
)
_GENERIC = frozenset({"president", "vice_president", "chairman", "vice_chairman", "director", "secretary_general"})
_DEPUTY = word_set("deputy vice assistant stellvertretende stellvertretender stellvertretenden")


def no_office(text: str, start: int, spec: RoleSpec) -> bool:
    """Does the role phrase of ``spec`` at ``start`` name no office of a place (see the module docstring)?"""
    if spec.key in _GENERIC and _ITS_OFFICE.search(text, max(0, start - 100), start):
        return True  # "… Foundation led by its president Martin Schulz": the organisation's office
    return _deputy_of(text, start, spec)


def _deputy_of(text: str, start: int, spec: RoleSpec) -> bool:
    """A deputy of an office the lexicon has no key for: a deputy party secretary ("Deputy Secretary of the
    CPC …", whose own office, mayor or governor, is written beside it) or the deputy of a national office
    ("deputy head of the International Department of the CPC …": not the office that stands for China)."""
    if spec.key != "party_secretary" and spec.country is None:
        return False
    span = prev_word(text, start)
    return span is not None and text[span[0] : span[1]].lower() in _DEPUTY
