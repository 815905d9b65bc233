"""The name in apposition to the left of a role phrase, past the other offices written between.

Reports name an office holder first and the offices after a comma: "Stephan Keller, the mayor of
Düsseldorf", "(Oberbürgermeisterin Henriette Reker …" and, in Chinese reports, several offices
joined by "and": "Huang Qiang, Deputy Secretary of the CPC Sichuan Provincial Committee and
Governor of Sichuan Province"; "Sun Yunfei, member of the Standing Committee of the CPC Anhui
Provincial Committee and Party secretary of the CPC Lu'an Municipal Committee".  The name before
the comma belongs to each office of the list; the words between must all be words of offices and
their authorities (:data:`_OFFICE_WORDS`), role words or places, so that "Keller met Mayor Wang
and Governor Li" never lends a name across.

>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import Context
>>> text = "Huang Qiang, Deputy Secretary of the CPC Sichuan Provincial Committee and Governor of Sichuan"
>>> name_in_apposition(text.index("Governor"), Context(text, "en", Gazetteer.load()))
(0, 11, 'Huang Qiang', 2)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .people import read_name_before
from .roles import is_role_word
from .words import prev_word, word_set

if TYPE_CHECKING:
    from .mentions import Context

__all__ = ["name_in_apposition"]

# "the mayor", "the visiting Mayor", "der amtierende Oberbürgermeister", "als Vorsitzender"
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:als|as)[ \u00a0]+)?(?:(?:the|der|die|das|des|dem|den|a|an|ein|eine|einer)[ \u00a0]+"
    r"(?:(?:visiting|incumbent|current|new|newly[ \u00a0]+elected|amtierende[nr]?|neue[nr]?|scheidende[nr]?)"
    r"[ \u00a0]+)?)?$",
    re.IGNORECASE,
)
_APPOS_BEFORE = re.compile(r"[ \u00a0]*[,(][ \u00a0]*$")
_AND = word_set("and und sowie")
# Words of offices and of the bodies they belong to, between a name and a later office of the same person.
_OFFICE_WORDS = word_set(
    """
    the of a an member members standing committee committees deputy vice executive secretary secretary-general
    party cpc communist provincial municipal city county district prefectural people's congress government
    national central political consultative conference cppcc leading group office bureau department commission
    head director general chairman chairwoman president
    der des die dem mitglied ständigen ausschusses stellvertretender stellvertretende stellvertretenden
    kommunistischen partei parteikomitees provinzkomitees stadtkomitees volkskongresses volksregierung
    """
)
_MAX_WORDS = 24


def name_in_apposition(phrase_start: int, ctx: Context) -> tuple[int, int, str, int] | None:
    """The name before ", the mayor of …" / "(Oberbürgermeisterin …", or before ", <offices> and the
    mayor of …": (start, end, name, number of words), or None."""
    text = ctx.text
    end = phrase_start
    article = _ARTICLE_BEFORE.search(text, max(0, end - 30), end)
    if article is not None:
        end = article.start()
    comma = _APPOS_BEFORE.search(text, max(0, end - 6), end)
    if comma is None:
        start = _offices_before(end, ctx)
        comma = _APPOS_BEFORE.search(text, max(0, start - 6), start) if start is not None else None
        if comma is None:
            return None
    return read_name_before(text, comma.start(), ctx)


def _offices_before(pos: int, ctx: Context) -> int | None:
    """Where a list of offices ending in "and" right before ``pos`` starts, or None."""
    text = ctx.text
    span = prev_word(text, pos)
    if span is None or text[span[0] : span[1]].lower() not in _AND:
        return None
    pos = span[0]
    for _ in range(_MAX_WORDS):
        span = prev_word(text, pos)
        if span is None:
            return pos
        start, end = span
        mention = ctx.ends.get(end)
        if mention is not None and mention.start >= start - 40:
            pos = mention.start
            continue
        word = text[start:end]
        if not (word.lower() in _OFFICE_WORDS or is_role_word(word) or ctx.adjective(word) is not None):
            return None
        pos = start
    return None
