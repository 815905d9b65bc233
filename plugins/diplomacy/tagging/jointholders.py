"""Several holders of one office named in one list: "die Bürgermeister Wang Hongju und Joachim Erwin",
"Mayors Gong Zheng and Stephan Keller".

A role word in the plural (English "mayors", German "Bürgermeisterinnen", or a masculine noun after the
plural article "die"/"beiden") followed by full names joined by "and"/"und" names each of them: every
name gets a role phrase of its own, with the office and no place (the decision stage finds the place
each stands for, :mod:`standing`).  Only full names (two words or more) are read, so "die Bürgermeister
Wang und Keller" lends no office to a surname.

>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.offices import find_roles
>>> hits = find_roles("Am Dienstag unterschrieben die Bürgermeister Wang Hongju und Joachim Erwin den Plan.",
...                   "de", Gazetteer.load())
>>> [(h.role, h.key, h.name) for h in hits]
[('Bürgermeister', 'mayor', 'Wang Hongju'), ('Bürgermeister', 'mayor', 'Joachim Erwin')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .people import read_name
from .roles import RoleHit
from .words import prev_word, word_set

if TYPE_CHECKING:
    from .mentions import Context

__all__ = ["joint_holders"]

_PLURAL_ARTICLE = word_set("die beiden beide")
_AND = re.compile(r"[ \u00a0]*,?[ \u00a0]+(?:and|und|sowie)[ \u00a0]+|[ \u00a0]*,[ \u00a0]+")
_SPACE = re.compile(r"[ \u00a0]+")


def joint_holders(hit: RoleHit, ctx: Context) -> list[RoleHit]:
    """The other holders of ``hit``'s office named with it in a list (the first one is set on ``hit``
    when the plural phrase had no name yet); [] when the office is not written in the plural."""
    text = ctx.text
    if hit.plural:
        if hit.name is not None or hit.place is not None:
            return []
        space = _SPACE.match(text, hit.end)
        first = read_name(text, space.end(), ctx) if space else None
        if first is None or first[3] < 2:
            return []
        names = [first]
    elif hit.name is not None and not hit.single and _german_plural(hit, ctx) and hit.name_start >= hit.end:
        names = [(hit.name_start, hit.name_end, hit.name, 2)]
    else:
        return []
    ended = False  # a list ends with "and"/"und"; after a comma alone an apposition may follow
    while not ended:
        joint = _AND.match(text, names[-1][1])
        found = read_name(text, joint.end(), ctx) if joint else None
        if joint is None or found is None or found[3] < 2 or found[0] in ctx.starts:
            break
        names.append(found)
        ended = bool(joint.group().strip(" \u00a0,"))
    if not ended:
        return []
    if hit.name is None:
        hit.name_start, hit.name_end, hit.name, _ = names[0]
    hit.plural = False
    return [
        replace(hit, name_start=start, name_end=end, name=name, single=False, possessive=False, places=[], place=None)
        for start, end, name, _ in names[1:]
    ]


def _german_plural(hit: RoleHit, ctx: Context) -> bool:
    """A masculine role noun after a plural article: "die Bürgermeister", "beiden Oberbürgermeister"."""
    if ctx.lang != "de" or hit.role.endswith("in"):
        return False
    span = prev_word(ctx.text, hit.start)
    return span is not None and ctx.text[span[0] : span[1]].lower() in _PLURAL_ARTICLE
