"""People listed as attending without a role the lexicon knows: "Mit Gribl reisen die Stadträte Peter Grab
(Pro Augsburg), Juri Heiser (CSU) und …", "Also taking part were Nathanael Liminski, Minister for …".

:func:`listed_attendees` reads, in the sentences that list attendees (:mod:`sentences`: *attend*), after "his
deputy" / "seine Stellvertreterin" where the meeting is told, and in the
"accompanied by …" clauses of the other sentences of the meeting, every full name (two words or more) that
no role phrase names.  A name is a run of capitalised words that are no stop word, role word, demonym or place, with
particles ("von der") and initials; a run with a noun of office or organisation in it ("Bildungsreferent
Hermann Köhler", "Technische Beigeordnete Jochen Kral") loses the words up to it.  A run is no name when it
stands in brackets ("(Freie Wähler)"), contains a word of an organisation ("Community Development"), or
follows an article or preposition without such a noun ("vom Weingut Klein-Götz").  People the article
names with a role elsewhere are left to :func:`relations.relate`.

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> found = find_mentions("Gribl in Jinan", ["Oberbürgermeister Kurt Gribl traf am 9. Mai den Bürgermeister "
...     "von Jinan.", "Mit Gribl reisen die Stadträte Peter Grab (Pro Augsburg), Juri Heiser (CSU) und "
...     "Bildungsreferent Hermann Köhler."], "de", dt.date(2024, 5, 12), Gazetteer.load())
>>> [p.name for p in listed_attendees(found, [])]
['Peter Grab', 'Juri Heiser', 'Hermann Köhler']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .keywords import ACCOMPANY
from .people import NAME_TOKEN, NOT_NAMES, Individual
from .roles import is_role_word
from .words import word_set

if TYPE_CHECKING:
    from .mentions import Mentions

__all__ = ["listed_attendees"]

# Nouns of office or organisation that may stand right before a name ("Bildungsreferent Hermann Köhler").
_NOUN_END = re.compile(
    r"(?:referent|referentin|räte|innen|leiter|leiterin|führer|führerin|professor|professorin|gattin|gatte|kanzler|kanzlerin|chair|"
    r"beigeordnetem|beigeordneten|meister|meisterin|präsident|präsidentin|rat|rätin|direktor|"
    r"direktorin|dezernent|dezernentin|kämmerer|kämmerin|beigeordnete|beigeordneter|sekretär|sekretärin|"
    r"vorsitzende|vorsitzender|chef|chefin|minister|ministerin|sprecher|sprecherin|dolmetscher|dolmetscherin|"
    r"architekt|architektin|vertreter|vertreterin|unternehmer|unternehmerin|gründer|gründerin|ungen|ung|"
    r"schaften?|heit(?:en)?|keit(?:en)?|ium|amt|amtes|verband|verbandes|verein|vereins|kammer|arbeit|ion(?:en)?|tät|ismus)$"
)
# Words of organisations: a run with one of them names no person.
_ORGANISATION = word_set(
    """
    university universität universitat hochschule bank group gruppe gesellschaft verein verband ministerium
    amt office department development committee chamber kammer stiftung foundation institute institut
    zentrum center centre akademie academy partei union council association vereinigung company
    corporation gmbh ag ltd inc club orchester orchestra museum school schule college hotel unternehmen
    firma conference konferenz forum summit expo festival messe fair
    """
)
# Titles and capitalised words that start a sentence or a list without being a name.
_NOT_IN_NAMES = word_set(
    "herr herrn frau mr mrs ms dr prof sir dame außer neben sowie darunter zudem beim bei including among"
)
_DEPUTY = re.compile(
    r"\b(?:his|her|their)[ \u00a0]+deputy[ \u00a0]+|\bseine?[nr]?[ \u00a0]+Stellvertreter(?:in)?[ \u00a0]+"
)
_NAME_STOP = re.compile(r"[,;()]|[ \u00a0](?:and|und|sowie)[ \u00a0]")
_ARTICLES = word_set("der die das des dem den vom im zur zum beim the of for at in from")
_PARTICLES = re.compile(r"(?:von der|von dem|van der|van den|von|van|de la|de|du|da|di|zu|ter|ten|le|la|al|bin) ")
_INITIAL = re.compile(r"[A-Z]\. ")
_GAP = re.compile(r"[ \u00a0]")
_WORD_AFTER = re.compile(r"[ \u00a0](\w+)")


def listed_attendees(found: Mentions, persons: list[Individual]) -> list[Individual]:
    """Full names in attendance sentences and "accompanied by" clauses that no role phrase names, in order."""
    known = {person.tokens[-1].casefold() for person in persons if person.tokens}  # their surnames
    added: list[Individual] = []
    for start, end in _attendance_spans(found):
        for name, pos in _names(found, start, end):
            tokens = tuple(name.split())
            if tokens[-1].casefold() in known or any(p.name == name for p in added):
                continue
            person = Individual(name, "", "", None, tokens, first=pos)
            added.append(person)
    return added


def _attendance_spans(found: Mentions) -> list[tuple[int, int]]:
    """The attendance sentences (of the reported meeting, no habit), the "accompanied by" clauses, and the
    name after "his deputy" / "seine Stellvertreterin" where the meeting is told: the deputy attends beside
    the one who met ("Zhang Quan … and his deputy Yu Hao talked with Dietze")."""
    spans = []
    deputies = "deputy" in found.text or "Stellvertreter" in found.text  # cheap test before the expression
    for sentence in found.sentences:
        if sentence.habitual or sentence.other or sentence.body_index < 0:
            continue
        if sentence.attend:
            spans.append((sentence.start, sentence.end))
        else:
            spans += [(h.end, sentence.end) for h in sentence.hits if h.kind == ACCOMPANY][:1]
        if deputies and sentence.core:
            for deputy in _DEPUTY.finditer(found.text, sentence.start, sentence.end):
                stop = _NAME_STOP.search(found.text, deputy.end(), sentence.end)
                spans.append((deputy.end(), stop.start() if stop else sentence.end))
    return spans


def _names(found: Mentions, start: int, end: int) -> list[tuple[str, int]]:
    """The names of the text between ``start`` and ``end`` (see the module docstring), with their positions."""
    text = found.text
    names = []
    pos = start
    while pos < end:
        run = _run(found, pos, end)
        if not run:
            pos = _next_word(text, pos + 1, end)
            continue
        pos = run[-1][1]
        name = _name_of(found, run)
        if name is not None:
            names.append((name, run[0][0]))
    return names


def _run(found: Mentions, pos: int, end: int) -> list[tuple[int, int]]:
    """The capitalised name words from ``pos`` on, each as (start, end), with particles and initials inside."""
    text, ctx = found.text, found.ctx
    run: list[tuple[int, int]] = []
    p = pos
    while p < end:
        match = NAME_TOKEN.match(text, p)
        if match is None or match.end() > end or not _name_word(found, match.group(), match.start()):
            break
        run.append(match.span())
        gap = _GAP.match(text, match.end())
        if gap is None:
            break
        p = gap.end()
        for extra in (_INITIAL, _PARTICLES):
            inner = extra.match(text, p)
            if inner is not None and NAME_TOKEN.match(text, inner.end()) and inner.end() not in ctx.starts:
                p = inner.end()
    return run


def _name_word(found: Mentions, word: str, start: int) -> bool:
    low = word.lower()
    if low in NOT_NAMES or low in _NOT_IN_NAMES or low in _ORGANISATION or start in found.ctx.starts:
        return False
    return not (is_role_word(word) or found.ctx.demonym(word))


def _name_of(found: Mentions, run: list[tuple[int, int]]) -> str | None:
    """The name a run of words gives, or None (see the module docstring)."""
    text = found.text
    words = [text[s:e] for s, e in run]
    trimmed = False
    nouns = [i for i, word in enumerate(words) if _NOUN_END.search(word.lower())]
    if nouns:  # "der Technische Beigeordnete Jochen Kral": the name follows the last noun
        words, run, trimmed = words[nouns[-1] + 1 :], run[nouns[-1] + 1 :], True
    if len(words) < 2 or len(words) > 3:
        return None
    following = _WORD_AFTER.match(text, run[-1][1])
    if following is not None and following.group(1).lower() in _ORGANISATION:
        return None  # "Low Carbon Conference"
    before = text[max(0, run[0][0] - 1) : run[0][0]]
    if before in "(\"'“„«»‚‘" and before:
        return None
    if not trimmed and _word_before(text, run[0][0]).lower() in _ARTICLES:
        return None
    return text[run[0][0] : run[-1][1]]


def _next_word(text: str, pos: int, end: int) -> int:
    """Where the next capitalised word starts (not inside a word: "OB-Delegation"), else ``end``."""
    for match in NAME_TOKEN.finditer(text, pos, end):
        if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in "-‐"):
            return match.start()
    return end


def _word_before(text: str, pos: int) -> str:
    head = text[max(0, pos - 20) : pos].rstrip()
    return head.rsplit(None, 1)[-1] if head.split() else ""
