"""People another stands in for: named where someone acts on their behalf, or told to be away.

A person named right after "on behalf of", "in absence of", "in Vertretung von", "stellvertretend für" …
(with at most their role between) is represented by someone else and not there; so is one the article
says "was away" or "war verhindert".  Such a mention makes nobody a principal or an attendee
(:func:`people.occurrences` marks it *aside*), and the stand-in is the one who acts.  So does a mention
as the host whose invitation a visit follows ("at the invitation of Premier Li Qiang", "auf Einladung von
Ministerpräsident …", :func:`invited_by`): the visit is told, not a meeting with the one who invited.

>>> represented("Minister Holthoff-Pförtner empfing in Vertretung von Ministerpräsident Armin Laschet Gäste.", 65)
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .namereading import read_name_before

if TYPE_CHECKING:
    from .mentions import Context
    from .roles import RoleHit

__all__ = [
    "INVITED_BY",
    "REPRESENTED",
    "STAND_IN",
    "STAND_IN_BEFORE",
    "STAND_IN_KEYS",
    "aside",
    "invited_by",
    "represented",
    "stand_in",
]

# The stand-in phrases, one list for two uses.  The person named right after one is represented by someone else,
# and so is not there (:data:`REPRESENTED`): "received the delegation on behalf of Mayor Sada Gawanas", "in absence
# of lord mayor Michael Kissel", "in Vertretung von Ministerpräsident Armin Laschet".  An office named after one with
# nobody's name is held for the day by the one named before (:data:`STAND_IN_BEFORE`, read by
# :func:`offices.find_roles`): "Edeltraud Klabuhn in Vertretung des Duisburger Oberbürgermeisters".
STAND_IN = (
    r"on\s+behalf\s+of|in\s+(?:the\s+)?absence\s+of|in\s+place\s+of|instead\s+of|standing\s+in\s+for|"
    r"in\s+Vertretung\s+(?:von|des|der|für)|stellvertretend\s+für|anstelle\s+(?:von|des|der)|"
    r"an\s+Stelle\s+(?:von|des|der)"
)
REPRESENTED = re.compile(rf"\b(?:{STAND_IN})\s", re.IGNORECASE)
STAND_IN_BEFORE = re.compile(rf"\b(?:{STAND_IN})(?:[ \u00a0]+(?:the|den|die))?[ \u00a0]+$", re.IGNORECASE)
# The office a stand-in holds for the day: the deputy's of the office named ("in Vertretung des Oberbürgermeisters").
STAND_IN_KEYS = {
    "mayor": "deputy_mayor",
    "lord_mayor": "deputy_mayor",
    "first_mayor": "deputy_mayor",
    "governing_mayor": "deputy_mayor",
    "governor": "vice_governor",
    "minister_president": "minister",
}

_AWAY = re.compile(
    r"(?:[ \u00a0]+(?:of|von|aus)[ \u00a0]+[A-ZÄÖÜ][\w-]*)?"  # "Lord Mayor Michael Kissel of Worms was away"
    r"[ \u00a0]+(?:(?:was|were|is)[ \u00a0]+(?:away|absent|abroad|unavailable|unable[ \u00a0]+to[ \u00a0]+attend)|"
    r"(?:war|ist)[ \u00a0]+(?:verhindert|abwesend|entschuldigt)|"
    r"(?:could|was)[ \u00a0]+not[ \u00a0]+(?:attend|be[ \u00a0]+present))\b"
)
_STAND_IN_GAP = re.compile(r"[^,.;:!?()\n]{0,60}")


def represented(text: str, pos: int, end: int | None = None) -> bool:
    """Is the person named at ``pos`` (to ``end``) represented by someone else there: named right after "on
    behalf of", "in Vertretung von" … (:data:`REPRESENTED`), with at most their role between, or
    told to be away ("Michael Kissel was away", "… Laschet war verhindert")?

    >>> text = "Deputy Mayor Joseph Uapingene received the delegation on behalf of Mayor Sada Gawanas."
    >>> represented(text, text.index("Sada")), represented(text, text.index("Joseph"))
    (True, False)
    >>> text = "Minister Holthoff-Pförtner hat in Vertretung von Ministerpräsident Armin Laschet Luo Huining empfangen."
    >>> represented(text, text.index("Armin")), represented(text, text.index("Holthoff"))
    (True, False)
    >>> text = "Since lord mayor Michael Kissel of Worms was away, deputy mayor Georg Büttler received him."
    >>> represented(text, text.index("Michael"), text.index(" of")), represented(text, text.index("Georg"))
    (True, False)
    """
    if end is not None and _AWAY.match(text, end):
        return True
    return _right_after(REPRESENTED, text, pos)


# Words after which the person named is the one whose invitation a visit follows: "arrived to kick off his visit at
# the invitation of Chinese Premier Li Qiang", "within the framework of his State visit, at the invitation of President
# Vo Van Thuong", "auf Einladung von Ministerpräsident …".  The invitation is told, not a meeting with the inviter.
INVITED_BY = re.compile(
    r"\b(?:(?:at|on|upon)\s+(?:the\s+)?invitation\s+of|invited\s+by|"
    r"auf\s+(?:die\s+)?Einladung\s+(?:von|des|der)|eingeladen\s+von)\s",
    re.IGNORECASE,
)


def invited_by(text: str, pos: int) -> bool:
    """Is the person named at ``pos`` named as the one who invited, right after "at the invitation of", "auf
    Einladung von" … with at most a role and a country's adjective between?

    >>> text = "Scholz arrived in Chongqing for a visit at the invitation of Chinese Premier Li Qiang."
    >>> invited_by(text, text.index("Li Qiang")), invited_by(text, text.index("Scholz"))
    (True, False)
    >>> text = "Auf Einladung von Ministerpräsident Winfried Kretschmann reiste Gouverneur Wang nach Stuttgart."
    >>> invited_by(text, text.index("Winfried")), invited_by(text, text.index("Wang"))
    (True, False)
    """
    return _right_after(INVITED_BY, text, pos)


def _right_after(phrase: re.Pattern[str], text: str, pos: int) -> bool:
    """Does the last ``phrase`` within 80 characters before ``pos`` end at most four words (a role, a country's
    adjective) before it, none of them crossing a clause (:data:`_STAND_IN_GAP`)?"""
    if not _holds(phrase, text):
        return False
    last = None
    for match in phrase.finditer(text, max(0, pos - 80), pos):
        last = match
    if last is None:
        return False
    gap = _STAND_IN_GAP.fullmatch(text, last.end(), pos)
    return gap is not None and len(gap.group().split()) <= 4


@lru_cache(maxsize=64)
def _holds(phrase: re.Pattern[str], text: str) -> bool:
    """Does ``text`` hold ``phrase`` anywhere?

    Asked once per text and phrase: most texts hold no stand-in phrase (:data:`REPRESENTED`) and no invitation
    (:data:`INVITED_BY`), and then no mention in them needs the look behind it (both patterns end in a space, so
    a match inside a mention's window is a match of the whole text).

    >>> text = "Sie kamen auf Einladung von Oberbürgermeister Kufen."
    >>> _holds(REPRESENTED, text), _holds(INVITED_BY, text), _holds(INVITED_BY, "Gäste aus Wuhan.")
    (False, True, False)
    """
    return phrase.search(text) is not None


def aside(text: str, pos: int, end: int | None = None) -> bool:
    """Is the person named at ``pos`` (to ``end``) only spoken of there: represented by someone else
    (:func:`represented`) or the one whose invitation the visit follows (:func:`invited_by`)?"""
    return represented(text, pos, end) or invited_by(text, pos)


def stand_in(hit: RoleHit, ctx: Context, left_start: int) -> None:
    """Read the stand-in of ``hit``, an office named with its place but nobody's name after a stand-in phrase ("in
    Vertretung des", "on behalf of the", :data:`STAND_IN_BEFORE`): the full name right before stands in for it,
    with the deputy's key (:data:`STAND_IN_KEYS`).

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.offices import find_roles
    >>> text = "Es sprachen Melanie Huml sowie Edeltraud Klabuhn in Vertretung des Duisburger Oberbürgermeisters."
    >>> [(h.name, h.key, h.place) for h in find_roles(text, "de", Gazetteer.load())]
    [('Edeltraud Klabuhn', 'deputy_mayor', 'duisburg')]
    """
    text = ctx.text
    marker = STAND_IN_BEFORE.search(text, max(0, left_start - 40), left_start)
    key = STAND_IN_KEYS.get(hit.key)
    if marker is None or key is None:
        return
    found = read_name_before(text, marker.start(), ctx)
    if found is None or found[3] < 2:
        return
    hit.name_start, hit.name_end, hit.name, _count = found
    hit.key = key
    hit.role = ("in Vertretung: " if ctx.lang == "de" else "on behalf of the ") + hit.role
