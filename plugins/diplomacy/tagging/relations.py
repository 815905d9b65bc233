"""The relations stage: who holds which office for which place, and who met whom.

:func:`relate` reads the role phrases of an article (:func:`offices.find_roles`:
"Shanghai Mayor Gong Zheng", "Stephan Keller, the mayor of Düsseldorf"), the
people they name (:func:`people.people`) and sorts them:

*Principals* are people with a role and a full name named in a core sentence
(one that reports the article's meeting, see :mod:`sentences`), not only in a
clause "accompanied by …", not only as a possessive ("President Xi Jinping's
strategy") and not only in reported speech ("…, saying the consensus reached
by President Xi and Chancellor Scholz …").  A surname alone ("Gong said")
only refers to a person already named in full.  *Attendees* are people named
only where others "also attended" ("war bei dem Gespräch dabei") or in the
"accompanied by …" clause, never in history ("Damals nahm … teil"), consuls
general named where the meeting is told, and the full names listed there
without a role the lexicon knows (:mod:`listed`).  People named only where a
meeting on another day is told are kept aside (``later``): the decision stage
keeps them when they stand for a party nobody else represents (a visit of
several days).

The place a principal stands for is the place of their role phrase; a principal
without one takes one as the decision stage finds the parties (:mod:`standing`).

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> found = find_mentions("Reker trifft Chen Jining", ["Am 9. September empfing Oberbürgermeisterin Henriette "
...     "Reker den Parteisekretär von Shanghai Chen Jining.", "Generalkonsul Yang Dong nahm ebenfalls teil."],
...     "de", dt.date(2024, 9, 13), Gazetteer.load())
>>> related = relate(found)
>>> [(p.name, p.place) for p in related.principals], [(p.name, p.key) for p in related.attendees]
([('Chen Jining', 'shanghai'), ('Henriette Reker', None)], [('Yang Dong', 'consul_general')])

A newspaper's words are reported speech too:

>>> bool(SPEECH.search("Die Lokalzeitung schrieb, mit dem Besuch des Regierungschefs beginne ein Kapitel"))
True

Who was there "in the presence of" others' meeting attended it:

>>> found = find_mentions("", ["Tuscany and Hubei signed an agreement on Tuesday, in the presence of Chinese "
...     "Ambassador Li Junhua."], "en", dt.date(2022, 3, 10), Gazetteer.load())
>>> [p.name for p in relate(found).attendees]
['Li Junhua']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .keywords import ACCOMPANY, MEET
from .listed import listed_attendees
from .offices import find_roles
from .people import Individual, occurrences, people
from .roles import CONSULAR_ROLES

if TYPE_CHECKING:
    from .mentions import Mentions
    from .roles import RoleHit
    from .sentences import Sentence

__all__ = ["SPEECH", "Relations", "relate"]

# Reported speech: people named after these words are spoken of, not present
# ("…, saying the consensus reached by President Xi Jinping and Chancellor Scholz …"), and so are offices in what
# a newspaper wrote ("Das Abendblatt schrieb, mit dem Besuch des chinesischen Regierungschefs …").
SPEECH = re.compile(
    r"\b(?:saying|said|says|noting|adding|stressing|stating|consensus|according\s+to|in\s+line\s+with|"
    r"sagte|sagten|betonte|betonten|erklärte|erklärten|unterstrich|Konsens|gemäß|"
    r"wrote|writes|schrieb|schrieben|schreibt|berichtete|berichteten|kommentierte)\b"
)
# Who was present at what others did is an attendee: "signed … in the presence of Ambassador Zhang", "im Beisein
# des Generalkonsuls", "in Anwesenheit von Bürgermeister …".
_PRESENCE = re.compile(
    r"\b(?:in[ \u00a0]+the[ \u00a0]+presence[ \u00a0]+of|im[ \u00a0]+Beisein|in[ \u00a0]+Anwesenheit)\b"
)
_CLAUSE_END = re.compile(r",[ \u00a0]*(?=[a-zäöüß])|;")


@dataclass(slots=True)
class Relations:
    """The role phrases of an article, the people they name, and who of them met or attended."""

    roles: list[RoleHit]
    people: list[Individual]
    principals: list[Individual]  # in order of first mention
    attendees: list[Individual]
    later: list[Individual]  # principals named only where a meeting on another day is told

    @property
    def candidates(self) -> list[str]:
        """Unknown place names after "mayor of", "Oberbürgermeister von" …, sorted."""
        return sorted({h.candidate for h in self.roles if h.candidate})


def relate(found: Mentions) -> Relations:
    """Who holds which office, and who met whom, in the article ``found`` (see the module docstring)."""
    roles = find_roles(found.text, found.lang, found.gazetteer, found.ctx, found.hits)
    persons = people(found, roles)
    principals, attendees = _classify(found, persons)
    attendees += listed_attendees(found, persons)  # named without a role the lexicon knows
    later: list[Individual] = []
    if any(s.other for s in found.sentences):
        kept = {id(p) for p in principals}
        later = [p for p in _classify(found, persons, any_meeting=True)[0] if id(p) not in kept]
    return Relations(roles, persons, principals, attendees, later)


def _classify(
    found: Mentions, persons: list[Individual], *, any_meeting: bool = False
) -> tuple[list[Individual], list[Individual]]:
    """Principals (named in a core sentence, or with ``any_meeting`` in one of another day's meeting too) and
    attendees (named only where others attended, or in an "accompanied by" clause)."""
    principals: list[Individual] = []
    attendees: list[Individual] = []
    for person in persons:
        core = attend = present = False
        for pos, possessive in occurrences(found.text, person):
            sentence = found.sentence_at(pos)
            if sentence is None or sentence.habitual:  # history: "Damals nahm … teil"
                continue
            present = present or (sentence.body_index >= 0 and not sentence.other and not possessive)
            if sentence.attend or (sentence.meeting and _accompanied(found.text, pos, sentence)):
                attend = True
            elif (
                (sentence.reports if any_meeting else sentence.core)
                and not possessive
                and not _spoken_of(found.text, pos, sentence)
            ):
                core = True
        if core and person.key not in CONSULAR_ROLES:
            principals.append(person)
        elif attend or core or (present and person.key in CONSULAR_ROLES):
            attendees.append(person)  # "also attended", "accompanied by", a consul general told of at the meeting
    return principals, attendees


def _spoken_of(text: str, pos: int, sentence: Sentence) -> bool:
    """Is ``pos`` in reported speech: after "said", "saying" … with no meeting word between ("Xi said on
    Thursday when he met Hamburg Mayor Olaf Scholz": met; "…, saying the consensus reached by President Xi":
    spoken of)?"""
    start = sentence.start
    for hit in sentence.hits:
        if hit.kind == MEET and hit.end <= pos:
            start = max(start, hit.end)
    return SPEECH.search(text, start, pos) is not None


def _accompanied(text: str, pos: int, sentence: Sentence) -> bool:
    """Is ``pos`` inside an "accompanied by …" or "in the presence of …" clause of its sentence?

    The clause runs to the first comma before a lower-case word (", met
    with …") or a semicolon, else to the end of the sentence.
    """
    starts = [hit.end for hit in sentence.hits if hit.kind == ACCOMPANY and hit.end <= pos]
    if not sentence.other:  # present at another day's event is not at this meeting
        starts += [m.end() for m in _PRESENCE.finditer(text, sentence.start, pos)]
    for start in starts:
        end = _CLAUSE_END.search(text, start, sentence.end)
        if pos < (end.start() if end else sentence.end):
            return True
    return False
