"""The places people stand for: asked by the decision stage as it finds the parties.

The place a principal stands for is the place of their role phrase.  A
principal without one takes, as the decision stage finds the parties, the
place of the delegation they lead (:mod:`leaders`: "led by Vice Mayor …",
"unter Leitung von …", "von Vizebürgermeister … angeführt"), else the place of the same office named
without a name, when exactly one holder of that office is not named beside it
("Bürgermeisterin Kahr trifft Harbins Bürgermeister"); the one principal left
with a local role (mayor, governor …) takes the one party that nobody else
stands for, a visiting delegation's place only when nothing else is left
(:func:`fill_places`).

A name tells the side it stands on (:mod:`namesides`): no office holder takes a place of the other
side (:func:`fits`), a local office holder still without a place takes the one party, else the one
place, of their side and kind (:func:`place_by_side`), and a party nobody stands for takes the one
office holder of its kind and side named elsewhere (:func:`stand_ins`). Office holders named without
a place take the one their office and the article imply (:func:`place_office_holders`: the
publisher's own city or region, the one province named for an office "der Provinz", the one German
state named, the one other country named).

>>> office_fits("minister_president", "region"), office_fits("mayor", "region")
(True, False)
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> from diplomacy.tagging.relations import relate
>>> found = find_mentions("", ["Oberbürgermeister Wolfram Leibe empfing Parteisekretär Wang Fei aus Guangyuan "
...     "in Trier."], "de", None, Gazetteer.load())
>>> leibe, wang = relate(found).principals
>>> fits(found, leibe, "guangyuan"), fits(found, leibe, "trier"), fits(found, wang, "guangyuan")
(False, True, True)
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..places.divisions import is_district
from .namesides import chinese_name, side_fits
from .people import Individual, occurrences
from .roles import LOCAL_ROLES

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Gazetteer

    from .mentions import Mentions
    from .relations import Relations
    from .roles import RoleHit

__all__ = [
    "fill_places",
    "fits",
    "keep_later",
    "office_fits",
    "offices_named_apart",
    "place_by_side",
    "place_office_holders",
    "stand_ins",
]


def fill_places(
    found: Mentions, principals: list[Individual], parties: list[str], visitors: list[str], roles: list[RoleHit]
) -> None:
    """A principal without a place takes the place of the same office named without a name ("Guangzhous
    Bürgermeister" … "Bürgermeister Guo Yonghang"); then one with a local role takes the one party
    nobody else stands for."""
    offices_named_apart(found, principals, parties, roles)
    # a visiting delegation's place only when nothing else is left and the other parties have their people
    for guests in (set(visitors), set()) if len(parties) >= 2 else (set(visitors),):
        claimed = {p.place for p in principals if p.place} | guests
        free = [p for p in parties if p not in claimed and found.kind(p) != "country"]
        # "Bürgermeister von Kleinhausen": of a place the gazetteer does not know
        unplaced = [p for p in principals if p.place is None and not any(h.candidate for h in p.hits)]
        local = [p for p in unplaced if p.key in LOCAL_ROLES]
        if len(free) == 1 and len(local) == 1 and fits(found, local[0], free[0]):
            local[0].place = free[0]  # one party and one office holder left


_REGION_ONLY = frozenset({"minister_president", "governor", "vice_governor", "premier", "parliament_president"})
_CITY_ONLY = frozenset(
    {"mayor", "lord_mayor", "first_mayor", "governing_mayor", "vice_mayor", "deputy_mayor", "council_chair"}
)


def office_fits(key: str, kind: str | None) -> bool:
    """A Minister-President or governor stands for a region, a mayor for a city (never the venue city)."""
    if key in _REGION_ONLY:
        return kind == "region"
    if key in _CITY_ONLY:
        return kind == "city"
    return True


def fits(found: Mentions, person: Individual, place_id: str) -> bool:
    """May ``person`` stand for ``place_id``: an office of its kind, and a name of its side
    (:mod:`namesides`: a pinyin name for a Chinese place, another name for any other); not when their role
    phrase names a place the gazetteer does not know ("Oberbürgermeister Maurizio Brucchi aus Teramo"): that one
    is theirs."""
    if any(hit.candidate for hit in person.hits):
        return False
    return office_fits(person.key, found.kind(place_id)) and side_fits(person.name, found.country(place_id))


def stand_ins(
    found: Mentions, related: Relations, principals: list[Individual], parties: list[str]
) -> list[Individual]:
    """A party of the meeting nobody stands for takes the one local office holder of its kind and side
    the report names elsewhere ("Chongqing und Düsseldorf legen Arbeitsprogramm fest" … "Bürgermeister
    Wang Hongju sagte"): never an attendee, someone only told of as habit, or one who would fit two
    parties. Returns the people added, with their places set."""
    represented = {p.place for p in principals if p.place}
    open_parties = [p for p in parties if p not in represented and found.kind(p) != "country"]
    if not open_parties:
        return []
    taken = {id(p) for p in principals} | {id(p) for p in related.attendees}
    added: list[Individual] = []
    for person in related.people:
        if id(person) in taken or person.key not in LOCAL_ROLES or not _told(found, person):
            continue
        fitting = [p for p in open_parties if person.place == p or (person.place is None and fits(found, person, p))]
        if len(fitting) == 1 and not any(q.place == fitting[0] for q in added):
            person.place = fitting[0]
            added.append(person)
    counts: dict[str, int] = {}
    for person in added:
        counts[person.place or ""] = counts.get(person.place or "", 0) + 1
    return [p for p in added if counts[p.place or ""] == 1]


def _told(found: Mentions, person: Individual) -> bool:
    """Is the person named in at least one sentence that is no habit or history and not possessive?"""
    for pos, possessive in occurrences(found.text, person):
        sentence = found.sentence_at(pos)
        if sentence is not None and not sentence.habitual and not possessive:
            return True
    return False


def place_by_side(found: Mentions, principals: list[Individual], parties: list[str]) -> list[str]:
    """A local office holder still without a place takes the one party of their side whose kind fits the
    office; with none, the one place of that side and kind the article names at all (the German mayor
    "Oberbürgermeister Wolfram Leibe" in a report naming Trier and Chinese places); of several parties,
    the one named where the person meets ("In Dalian kam die Gruppe mit Oberbürgermeister Chen …
    zusammen"). Returns the places that were no party yet."""
    added: list[str] = []
    named = [m.place_id for m in found.places if found.kind(m.place_id) != "country"]
    for person in principals:
        if person.place is not None or person.key not in LOCAL_ROLES or chinese_name(person.name) is None:
            continue
        if any(h.candidate for h in person.hits):
            continue  # "Bürgermeister von Kleinhausen": a place the gazetteer does not know
        own = [p for p in parties if found.kind(p) != "country" and fits(found, person, p)]
        if len(own) > 1:  # "In Dalian kam die Gruppe mit Oberbürgermeister Chen Shaowang zusammen"
            own = [p for p in own if p in _places_beside(found, person)] or own
        elif not own:
            own = list(dict.fromkeys(p for p in named if fits(found, person, p)))
            if any(_district(found, q) and side_fits(person.name, found.country(q)) for q in named):
                own = []  # a district's mayors are of its towns, which the gazetteer may not know
        if len(own) == 1:
            person.place = own[0]
            if own[0] not in parties:
                added.append(own[0])
    return added


def _district(found: Mentions, place_id: str) -> bool:
    place = found.gazetteer.get(place_id)
    return place is not None and is_district(place.name_de, place.kind, place.country)


def _places_beside(found: Mentions, person: Individual) -> set[str]:
    """The places named in the sentences that name the person as a principal (not inside a name)."""
    names = [(pos, pos + len(person.name)) for pos, _ in occurrences(found.text, person)]
    spans = [s for pos, _ in names if (s := found.sentence_at(pos)) is not None and s.core]
    return {
        m.place_id
        for m in found.places
        if any(s.start <= m.start < s.end for s in spans) and not any(a <= m.start < b for a, b in names)
    }


def offices_named_apart(
    found: Mentions, principals: list[Individual], parties: list[str], roles: list[RoleHit]
) -> None:
    """The office of a party named without a name in a core sentence is held by the one principal of that
    office who is not named in that sentence ("Bürgermeisterin Kahr trifft Harbins Bürgermeister": not Kahr)."""
    taken = {p.place for p in principals if p.place}
    for hit in roles:
        if hit.name is not None or hit.plural or hit.place not in parties or hit.place in taken:
            continue
        sentence = found.sentence_at(hit.start)
        if sentence is None or not sentence.core:
            continue
        holders = [
            p
            for p in principals
            if p.place is None
            and p.key == hit.key
            and side_fits(p.name, found.country(hit.place))
            and not any(sentence.start <= pos < sentence.end for pos, _ in occurrences(found.text, p))
        ]
        if len(holders) == 1:
            holders[0].place = hit.place
            taken.add(hit.place)


def keep_later(
    found: Mentions, principals: list[Individual], later: list[Individual], parties: list[str], visitors: list[str]
) -> list[Individual]:
    """People named only where a meeting on another day is told stay principals only when they stand for a
    party of the headline's meeting that nobody else represents (a visit of several days: "Am 10. September
    empfing Reker die Gäste"), or hold a local office and the one host party nobody represents is left;
    never for a new place ("Sachsens Minister") or a party already represented ("On Tuesday, the mayor
    also met Shanghai's Party Secretary")."""
    if not later:
        return principals
    represented = {p.place for p in principals if p.place}
    open_parties = [p for p in parties if p not in represented and found.kind(p) != "country"]
    if len(open_parties) > 1:
        open_parties = [p for p in open_parties if p not in visitors] or open_parties
    kept = list(principals)
    for person in later:
        if (
            person.place is None
            and person.key in LOCAL_ROLES
            and len(open_parties) == 1
            and fits(found, person, open_parties[0])
        ):
            person.place = open_parties[0]
        if person.place is not None and person.place in open_parties:
            open_parties.remove(person.place)
            kept.append(person)
    kept.sort(key=lambda p: p.first)
    return kept


# Offices of a German state's government: in a German report, with one state named, they are its.
_STATE_OFFICES_DE = frozenset({"minister_president", "minister", "state_secretary", "parliament_president"})
# Offices of a country's head, government or envoy.
_NATIONAL_OFFICES = frozenset(
    {
        "president",
        "vice_president",
        "premier",
        "vice_premier",
        "prime_minister",
        "chancellor",
        "ambassador",
        "minister",
        "vice_minister",
    }
)
# Offices a city's or a region's own site speaks of without naming the place.
_CITY_OFFICES = frozenset(
    {"mayor", "lord_mayor", "first_mayor", "governing_mayor", "vice_mayor", "deputy_mayor", "party_secretary"}
)
_REGION_OFFICES = frozenset(
    {"governor", "vice_governor", "minister_president", "premier", "party_secretary", "minister", "state_secretary"}
)


def place_office_holders(found: Mentions, principals: list[Individual], publisher: str | None) -> None:
    """Principals named without a place take the one their office and the article imply: the
    publisher's own city or region, the one German state named, the one other country named."""
    if publisher is not None:
        _publisher_hosts(found, principals, publisher)
    _the_province(found, principals)
    _sole_state(found, principals)
    _national_offices(found, principals)


def _publisher_hosts(found: Mentions, principals: list[Individual], publisher: str) -> None:
    """On a city's or region's own site, its office holders named without a place stand for it
    ("Oberbürgermeister Keller empfing …" on duesseldorf.de, "Ministerpräsident Woidke" on brandenburg.de)."""
    kind = found.kind(publisher)
    offices = _CITY_OFFICES if kind == "city" else _REGION_OFFICES
    for person in principals:
        if person.place is None and person.key in offices and side_fits(person.name, found.country(publisher)):
            person.place = publisher


# An office of "the province" the article names elsewhere: "dem Parteisekretär der Provinz, Che Jun".
_OF_THE_PROVINCE = re.compile(
    r"[ \u00a0]+(?:der[ \u00a0]+Provinz|of[ \u00a0]+the[ \u00a0]+province)\b(?![ \u00a0]+[A-Z])"
)


def _the_province(found: Mentions, principals: list[Individual]) -> None:
    """An office holder "der Provinz" / "of the province" stands for the one Chinese province the article
    names ("Die Reise führt nach Hangzhou in der Partnerprovinz Zhejiang … mit dem Parteisekretär der
    Provinz, Che Jun")."""
    unplaced = [
        p for p in principals if p.place is None and any(_OF_THE_PROVINCE.match(found.text, h.end) for h in p.hits)
    ]
    if not unplaced:
        return
    provinces = {
        m.place_id for m in found.places if found.kind(m.place_id) == "region" and found.country(m.place_id) == "CN"
    }
    if len(provinces) == 1:
        province = provinces.pop()
        for person in unplaced:
            if fits(found, person, province):
                person.place = province


def _sole_state(found: Mentions, principals: list[Individual]) -> None:
    """A Minister-President named without a state, and in a German report a minister or state
    secretary, stands for the one German or Austrian state the article names ("Ministerpräsident
    Woidke" in a report that names Brandenburg and Hebei, "Wirtschaftsminister Dulig" and Sachsen), a
    Minister-President in a report naming no state the one whose capital it names ("Kretschmer … in
    Dresden empfangen"); a Landrat for the one German district it names ("Landrat Schellhaas" and the
    Landkreis Darmstadt-Dieburg)."""
    keys = _STATE_OFFICES_DE if found.lang == "de" else {"minister_president", "parliament_president"}
    unplaced = [p for p in principals if p.place is None and (p.key in keys or p.key == "district_administrator")]
    if not unplaced:
        return
    regions = {m.place_id for m in found.places if found.kind(m.place_id) == "region"}
    regions = {s for s in regions if found.country(s) in ("DE", "AT")}
    districts = {r for r in regions if _DISTRICT.search(r)}
    capitals = _capitals(found.gazetteer)
    seats = {capitals[m.place_id] for m in found.places if m.place_id in capitals} - regions
    for person in unplaced:
        sole = districts if person.key == "district_administrator" else regions - districts
        if not sole and person.key in _HEADS_OF_STATE_GOVERNMENT:  # "Kretschmer … in Dresden empfangen"
            sole = seats
        if len(sole) == 1:
            place = next(iter(sole))
            if side_fits(person.name, found.country(place)):  # not "Außenminister Wang Chao"
                person.place = place


@functools.lru_cache(maxsize=4)
def _capitals(gazetteer: Gazetteer) -> dict[str, str]:
    """German state capitals: the city at its state's point (``data/build_gazetteer.py`` places a state at
    its capital, named in ``data/curated.toml``): {"dresden": "sachsen", "potsdam": "brandenburg"}."""
    places = gazetteer.places.values()
    # districts left out first: Landkreis München and Region Hannover sit at their seat, the state capital
    states = {
        (p.lat, p.lon): p.id for p in places if p.kind == "region" and p.country == "DE" and not _DISTRICT.search(p.id)
    }
    return {p.id: states[(p.lat, p.lon)] for p in places if p.kind == "city" and (p.lat, p.lon) in states}


_HEADS_OF_STATE_GOVERNMENT = frozenset({"minister_president", "parliament_president"})
# The ids of German districts (Landkreis, Kreis, Region Hannover), not states.
_DISTRICT = re.compile(r"kreis|^region-")


def _national_offices(found: Mentions, principals: list[Individual]) -> None:
    """A head of state or government, vice premier, minister or ambassador named without a country
    ("President Xi Jinping", "Botschafter Wu Ken", "Außenminister Wang Chao") stands for the one country
    the article names that is not the country of the other principals' places, when the name is of its side;
    of several such countries, a pinyin name takes China's."""
    unplaced = [
        p for p in principals if p.place is None and p.key in _NATIONAL_OFFICES and not _region_before(found, p)
    ]
    if not unplaced:
        return
    theirs = {found.country(p.place) for p in principals if p.place}
    if not theirs:
        return
    countries = {m.place_id for m in found.places if found.kind(m.place_id) == "country"}
    others = {c for c in countries if found.country(c) not in theirs}
    for person in unplaced:
        # of the other countries, the one of the name's side: a pinyin name is China's ("Xi Jinping" in a
        # report that also names the Netherlands and France, the other stops of his tour)
        fitting = [c for c in others if side_fits(person.name, found.country(c))]
        if len(fitting) == 1 and (len(others) == 1 or chinese_name(person.name)):
            person.place = fitting[0]


def _region_before(found: Mentions, person: Individual) -> bool:
    """Is a region or city named just before one of the person's role phrases ("Punjab Chief Minister Maryam
    Nawaz")?  Then the office is that place's, not the country's, even where the place is not read as its.
    The place is the mentions stage's (:data:`mentions._LEADER_AFTER` reads a name before a leader's office as
    the place), not a look-up of its own.

    >>> import datetime as dt
    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import find_mentions
    >>> from diplomacy.tagging.relations import relate
    >>> found = find_mentions("", ["Punjab Chief Minister Maryam Nawaz met Ambassador Alfred Grannas of Germany "
    ...     "in Lahore on Tuesday."], "en", dt.date(2024, 7, 24), Gazetteer.load())
    >>> [(p.name, _region_before(found, p)) for p in relate(found).principals]
    [('Maryam Nawaz', True), ('Alfred Grannas', False)]
    >>> found = find_mentions("", ["Madhya Pradesh Chief Minister Mohan Yadav met Minister Florian Herrmann of Bavaria "
    ...     "in Munich on Thursday."], "en", dt.date(2024, 11, 28), Gazetteer.load())
    >>> [(p.name, _region_before(found, p)) for p in relate(found).principals]
    [('Mohan Yadav', True), ('Florian Herrmann', False)]
    """
    for hit in person.hits:
        before = _WORDS_BEFORE.search(found.text, max(0, hit.start - 40), hit.start)
        words = before.group().split() if before is not None else []
        # the last word or two, or those before one more word ("Punjab Chief", "Madhya Pradesh Chief")
        names = {" ".join(words[i:j]) for j in (len(words), len(words) - 1) for i in (j - 1, j - 2) if 0 <= i < j}
        for name in names:
            place = found.gazetteer.lookup(name)  # even if not read here
            if place is not None and place.kind != "country":
                return True
    return False


# The capitalised words (up to three) right before a role phrase.
_WORDS_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\w-]+[ \u00a0]+){1,3}$")
