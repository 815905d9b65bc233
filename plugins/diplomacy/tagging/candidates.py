"""Candidates: capitalised words after "mayor of", "Oberbürgermeister von" … that could name a place the
gazetteer does not know ("Bürgermeister von Kleinhausen"); the build names them so that an editor can add
them to ``data/curated.toml``.

>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import Context
>>> text = "the mayor of Kleinhausen am See, Anna Roth"
>>> candidate_name(text, 13, Context(text, "en", Gazetteer.load()))
('Kleinhausen am See', 31)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .people import NAME_TOKEN, NOT_NAMES
from .words import word_set

if TYPE_CHECKING:
    from .mentions import Context

__all__ = ["CANDIDATE_HEADS", "candidate_name"]

# The offices whose "of …" names a place (not "director of …").
CANDIDATE_HEADS = frozenset(
    {"mayor", "lord_mayor", "governor", "ambassador", "minister_president", "party_secretary", "vice_mayor"}
)
_GEO_PREFIX = word_set(
    "new san santa los las st. saint sankt bad den la le el rio hong kuala buenos tel abu south north east west "
    "inner upper lower greater nord süd ost west united"
)
_CANDIDATE_JOIN = re.compile(r"[ \u00a0]+(?:(am|an der|upon|on the|on|an)[ \u00a0]+)?")
_GEO_SUFFIX = word_set("province provinz prefecture county city region oblast")


def candidate_name(text: str, pos: int, ctx: Context) -> tuple[str, int] | None:
    """The capitalised words after "mayor of" that could be an unknown place, and where they end."""
    first = NAME_TOKEN.match(text, pos)
    if first is None or first.group().lower() in NOT_NAMES:
        return None
    words = [first.group()]
    end = first.end()
    while True:
        nxt = _CANDIDATE_JOIN.match(text, end)
        if nxt is None:
            break
        token = NAME_TOKEN.match(text, nxt.end())
        if token is None:
            break
        joiner = nxt.group(1)
        word = token.group()
        if joiner or words[-1].lower() in _GEO_PREFIX or word.lower() in _GEO_SUFFIX:
            words.append(f"{joiner} {word}" if joiner else word)
            end = token.end()
            continue
        break
    name = " ".join(words)
    if ctx.gazetteer.lookup(name) is not None or ctx.adjective(words[0]) is not None:
        return None
    return name, end
