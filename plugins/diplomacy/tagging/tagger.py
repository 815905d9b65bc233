"""The diplomacy tagger: who met whom, for which places, on which day.

Pure functions, no Pelican import.  :func:`tag_article` reads a headline and
body paragraphs and returns :class:`Tags`, in three stages:

1. *mentions* (:mod:`mentions`): what is found once per article: the place
   names (``Gazetteer.find``), the meeting and role words, the sentences and
   their kinds (:mod:`sentences`: *meeting sentences* contain a verb or noun
   of encounter; they are *core* unless they only list attendees, speak of
   habit or history, or tell of another meeting), and the date of the first
   dated core sentence (:mod:`dates`);
2. *relations* (:mod:`relations`): the role phrases (:mod:`offices`), the
   people they name (:mod:`people`), and who of them met (*principals*), only
   attended (*attendees*) or met on another day;
3. *decision* (:mod:`decision`): the meeting date, the parties (``places``,
   from the evidence :mod:`parties` reads), the places principals stand for,
   the pairs, or that the article reports no meeting at all.

Each module's docstring states its rules.  *Candidates*: capitalised words
after "mayor of", "governor of", "Oberbürgermeister(in) von", "Gouverneur
von", "Ambassador of" … that are not in the gazetteer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .decision import decide
from .evidence import Evidence, collect, doubts
from .mentions import find_mentions
from .relations import relate

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Gazetteer

    from .people import Individual

__all__ = ["Person", "Tags", "tag_article"]


@dataclass(slots=True)
class Person:
    """Someone who met (a principal) or attended.

    ``role`` is worded as in the article, singular and capitalised ("Mayor",
    "Oberbürgermeisterin", "Consul General"); ``role_key`` is the
    language-neutral key from :data:`roles.ROLE_KEYS` (mayor, lord_mayor,
    first_mayor, governing_mayor, vice_mayor, deputy_mayor, party_secretary,
    governor, vice_governor, ambassador, consul_general, consul, premier,
    vice_premier, prime_minister, minister_president, chancellor, minister, vice_minister,
    state_secretary, president, vice_president, chairman, vice_chairman,
    senator, district_administrator, deputy, secretary_general,
    director_general, director, head_of_delegation); ``place`` the place id
    the person represents, None if unknown.
    """

    name: str
    role: str
    role_key: str
    place: str | None


@dataclass(slots=True)
class Tags:
    """What :func:`tag_article` found; see the module docstring for the rules."""

    meeting_date: dt.date | None
    places: list[str]  # party place ids, sorted
    pairs: list[tuple[str, str]]  # unordered pairs of parties, each tuple sorted, list sorted
    principals: list[Person]  # people who met, in order of first mention
    attendees: list[Person]  # people who only attended
    mentioned: list[str]  # place ids only mentioned (not parties), sorted
    candidates: list[str]  # unknown names after "mayor of" etc., sorted
    is_meeting: bool
    evidence: list[Evidence] = field(default_factory=list)  # where each tag came from (:mod:`evidence`)
    doubts: list[str] = field(default_factory=list)  # why the tagger is unsure; empty when it is sure


def tag_article(
    title: str,
    paragraphs: list[str],
    lang: str,
    published: dt.date | None,
    gazetteer: Gazetteer,
    publisher: str | None = None,
) -> Tags:
    """Tag one article: meeting date, parties, pairs, principals, attendees.

    ``publisher`` is the place id of the city or region whose own site published it, if known: the
    host a press release implies ("Oberbürgermeister Keller empfing …" on the city's site).

    ``title`` is the headline ("" if none), ``paragraphs`` the clean body
    paragraphs (a capture's or a Markdown body's), ``lang`` "en" or "de",
    ``published`` the publication date relative dates are resolved against.

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> tags = tag_article("Chen Jining trifft Henriette Reker",
    ...     ["Der Parteisekretär von Shanghai Chen Jining traf am 9. September die "
    ...      "Oberbürgermeisterin von Köln Henriette Reker."], "de", dt.date(2024, 9, 13), Gazetteer.load())
    >>> tags.meeting_date, tags.places, tags.pairs
    (datetime.date(2024, 9, 9), ['koeln', 'shanghai'], [('koeln', 'shanghai')])
    >>> [(p.name, p.role, p.place) for p in tags.principals]
    [('Chen Jining', 'Parteisekretär', 'shanghai'), ('Henriette Reker', 'Oberbürgermeisterin', 'koeln')]
    """
    found = find_mentions(title or "", paragraphs, lang, published, gazetteer)
    related = relate(found)
    decided = decide(found, related, publisher)
    parties = set(decided.parties)
    mentioned = {m.place_id for m in found.places} | {p.place for p in decided.attendees if p.place}
    return Tags(
        meeting_date=decided.meeting_date,
        places=sorted(parties),
        pairs=decided.pairs,
        # a principal whose place is unknown is left out (and named in the doubts): a wrong or unplaced
        # person on a person page misleads; an editor adds them with 'Principals:'
        principals=[_person(p) for p in decided.principals if p.place],
        attendees=[_person(p) for p in decided.attendees],
        mentioned=sorted(mentioned - parties),
        candidates=related.candidates,
        is_meeting=decided.is_meeting,
        evidence=collect(found, decided),
        doubts=doubts(found, decided, related.candidates),
    )


def _person(person: Individual) -> Person:
    return Person(person.name, person.role, person.key, person.place)
