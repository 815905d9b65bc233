"""The decision stage: the meeting's day, its parties and pairs, and who of the people met.

:func:`decide` weighs what the mentions stage found (:mod:`mentions`) and the
relations stage related (:mod:`relations`); the evidence for parties is read
by :mod:`parties`.

*Meeting date*: the date of the first dated core sentence (the mentions
stage's ``main_date``), else the first usable date of another meeting
sentence.

*Not a meeting* (``is_meeting`` False) when no core sentence is the
headline, one of the first three body sentences, dated, or names a
principal: an anniversary feature or a partnership overview.  Then there is
no date and no principal (the guests named as attending a reception stay
attendees), and the parties are the headline's joined places
and the places named together in partnership sentences (at least two), none
when they are all of one country (a city and its province are no partnership).

*Parties* of a meeting, each with the reason it was taken (``Decision.why``:
``principal``, ``office``, ``delegation``, ``host``, ``headline``, ``authority``,
``partnership``, ``publisher``): the places of the principals; places of role
phrases without a name in core sentences ("met with the mayor of
Düsseldorf", the headline's "Belgian Ambassador"); delegations' origins; the
host ("visited Shanghai", "im Kölner Rathaus": left out when nobody named acts for it, :mod:`abstain`);
two governments meeting; headline places joined by
"and"/"und"; on a city's or region's own site, that place for its office
holders named without one, and as a party of its own when every other party is
of another country (:func:`countries.publisher_hosts`).  A country is a party only when someone
represents it (an ambassador, a minister, a premier): a country that only
contains another party ("Düsseldorf, Germany", "a visit to Germany", "a
Chinese delegation" meeting Shanghai, "German mayors") is not.  Nothing
weaker makes a party: a headline place on its own, a known partner named in
the text, the places of a partnership sentence, the venue and a city named
abroad were right on fewer than half of the development set's reports
(``tests/score.py dev``), so a report with one party found keeps one party
and no pair, for an editor to complete.  As the parties are found,
principals without a place take one (:mod:`relations`: delegation leaders,
offices named apart, the one party left, of the office's kind), and people
named only where another day's meeting is told stay principals only when
they stand for a party nobody else represents.  A principal acts for a party:
one whose place ends up no party (a country dropped as the container of its
state) is left out.

*Pairs*: two parties make one pair; with three or more, the centre is paired
with each of the others and visitor–visitor pairs are left out.  The centre
is the one party of another country than all the others; else the one place
visited; when several places were visited ("visited Mannheim and
Regensburg"), the visitor; when several delegations came, their host; else
the place of the first principal (with no principal: the first place of the
headline), else the most mentioned party.

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import find_mentions
>>> from diplomacy.tagging.relations import relate
>>> found = find_mentions("Reker empfängt Delegation aus Shanghai", ["Am 9. September empfing "
...     "Oberbürgermeisterin Henriette Reker eine Delegation aus Shanghai unter Leitung von Vizebürgermeister "
...     "Wu Qing im Kölner Rathaus."], "de", dt.date(2024, 9, 13), Gazetteer.load())
>>> decided = decide(found, relate(found))
>>> decided.meeting_date, decided.parties, decided.pairs
(datetime.date(2024, 9, 9), ['shanghai', 'koeln'], [('koeln', 'shanghai')])
>>> [(p.name, p.place) for p in decided.principals]
[('Henriette Reker', 'koeln'), ('Wu Qing', 'shanghai')]
>>> found = find_mentions("Chairman meets leaders of Germany's Mecklenburg-Vorpommern State", ["Chairman Pham "
...     "Minh Huan met a delegation of Germany's Mecklenburg-Vorpommern State, headed by its Minister for Economic "
...     "Affairs Harry Glawe, in Hanoi on October 30.", "Huan works with the Mecklenburg-Vorpommern delegation "
...     "(Germany)."], "en", dt.date(2019, 10, 31), Gazetteer.load())
>>> decided = decide(found, relate(found))
>>> decided.parties, [p.name for p in decided.principals if p.place]
(['mecklenburg-vorpommern'], [])


A feature about a city and its province tells no partnership between places:

>>> found = find_mentions("Taicang and Jiangsu: a home for German SMEs", ["The forum on the partnership of "
...     "Taicang and Jiangsu with German firms has been held every year since 2015."], "en", None, Gazetteer.load())
>>> decided = decide(found, relate(found))
>>> decided.is_meeting, decided.parties
(False, [])

A country's delegation is a party through its national body, not through a former minister:

>>> [bool(_NATIONAL_BODY.search(t)) for t in ("a delegation of US senators", "Former Federal Minister Scharping")]
[True, False]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .abstain import dateline_places, short_forms, unacted
from .countries import drop_containers, odd_country, publisher_hosts
from .dates import is_future
from .features import feature_parties
from .leaders import (
    delegation_leaders,
    deputies_beside_heads,
    heads_among_attendees,
    lead_delegation,
    leaders_elsewhere,
)
from .meetingday import meeting_day, opening_day
from .parties import (
    authority_places,
    choose_host,
    conjoined_places,
    counterpart_places,
    delegation_places,
    host_places,
    led_by,
    make_pairs,
)
from .relations import SPEECH
from .roles import CONSULAR_ROLES
from .standing import (
    fill_places,
    keep_later,
    offices_named_apart,
    place_by_side,
    place_office_holders,
    stand_ins,
)
from .weakparties import Tally, anchored, known_partner

if TYPE_CHECKING:
    from .mentions import Mentions
    from .people import Individual
    from .relations import Relations
    from .roles import RoleHit
    from .sentences import Sentence

__all__ = ["Decision", "decide"]

_LEAD_SENTENCES = 3
_CONSULAR = re.compile(r"consul|konsul", re.IGNORECASE)
# A headline that tells of something to come ("Guiyang Mayor Coming to Fort Worth", "Rockhampton to seal …").
_HEADLINE_AHEAD = re.compile(r"\b(?:coming|to[ \u00a0]+(?:visit|sign|travel|meet|host|seal|open))\b", re.IGNORECASE)
# A country's own lawmakers or government: their delegation acts for the country; a former minister does not
# ("Rudolf Scharping, Former Federal Minister of Defense of Germany, and other German delegation members").
_NATIONAL_BODY = re.compile(
    r"(?<!former )(?<!former federal )(?<!ehemalige )(?<!ehemaliger )(?<!ehemaligen )(?<!Ex-)"
    r"(?:senat|lawmaker|congress|parliament|abgeordnet|bundestag|volkskongress|regierung|government|minist)",
    re.IGNORECASE,
)
# Headline words of a gathering of many guests rather than a meeting between two places.
_EVENT = re.compile(
    r"(?i:reception|gathering|conference|forum|festival|gala|award|banquet)|"
    r"(?:[Ee]mpfang|[Kk]onferenz|[Ff]orum|[Ff]est|[Aa]bend|[Aa]uszeichnung|[Pp]reis|[Gg]ala)(?:es|s|e)?\b"
)
# Roles that stand for their place only with a name (so that a country is a party of its own).
_NAMED_ONLY = frozenset({"director", "director_general", "chairman", "vice_chairman", "president"})


@dataclass(slots=True)
class Decision:
    """What the decision stage settled for one article."""

    meeting_date: dt.date | None
    parties: list[str]  # in the order found
    pairs: list[tuple[str, str]]  # unordered pairs of parties, each tuple sorted, list sorted
    principals: list[Individual]  # in order of first mention
    attendees: list[Individual]
    is_meeting: bool
    why: dict[str, tuple[str, int]] = field(default_factory=dict)  # party -> (reason, position in the text)
    date_sentence: Sentence | None = None  # the sentence the meeting date was read from


def decide(found: Mentions, related: Relations, publisher: str | None = None) -> Decision:
    """Settle the meeting date, parties, pairs, principals and attendees (see the module docstring)."""
    meeting_date, date_sentence = meeting_day(found)
    principals, attendees = related.principals, related.attendees
    lead = any(s.core and s.body_index < _LEAD_SENTENCES for s in found.sentences)
    is_meeting = bool(principals) or meeting_date is not None or lead
    if is_meeting and meeting_date is None:
        meeting_date, date_sentence = opening_day(found)
    counts: dict[str, int] = {}
    order: dict[str, int] = {}
    for mention in found.places:
        counts[mention.place_id] = counts.get(mention.place_id, 0) + 1
        order.setdefault(mention.place_id, mention.start)
    title_pair = conjoined_places(found.ctx, found.title_places())
    if is_meeting:
        parties = _meeting_parties(found, related, title_pair, counts, publisher)
        principals = keep_later(found, principals, related.later, parties.found, parties.visitors)
        heads = heads_among_attendees(found, principals, attendees, parties.found)
        heads += leaders_elsewhere(found, related.people, principals + heads, parties.visitors)
        deputies = deputies_beside_heads(found, [*principals, *heads])
        principals = sorted([p for p in [*principals, *heads] if p not in deputies], key=lambda p: p.first)
        attendees = [a for a in attendees if a not in heads] + deputies
    else:
        principals, meeting_date = [], None  # the guests of a reception are still its attendees
        parties = Tally()
        for place_id, reason, position in feature_parties(found, title_pair):
            parties.add(place_id, reason, position)
        if len({found.country(p) for p in parties.found}) == 1:  # "Taicang, Jiangsu": a city and its province
            parties = Tally()  # are no partnership between places; the feature has no pair to tell
        ahead = is_future(found.title) or _HEADLINE_AHEAD.search(found.title)
        holders = stand_ins(found, related, [], parties.found) if len(parties.found) == 2 and not ahead else []
        if len(holders) == 2:  # both partners' office holders named: a signing, not a feature
            principals, is_meeting = holders, True
            meeting_date, date_sentence = opening_day(found)
    if is_meeting and not parties.found and _EVENT.search(found.title):
        # "Guangzhou welcomes consular corps at reception", "Frühlingsfest-Empfang des Generalkonsulats":
        # a gathering of many guests where no two parties are found is no meeting between parties
        principals, meeting_date, date_sentence, is_meeting = [], None, None, False
    if is_meeting:  # a feature's places are the partnership it is about, not parties someone acts for
        acting = {p.place for p in principals if p.place} | parties.strong
        partners = {p: {q for q, _since in found.gazetteer.partners(p)} for p in parties.found}
        left_out = unacted(parties.found, parties.why, acting, partners)
        parties.found = [place for place in parties.found if place not in left_out]  # nobody acts for them
    # a principal acts for a party: one whose place is no party (a container dropped, a country nobody else
    # stands for) is left out rather than shown for the wrong place
    principals = [p for p in principals if p.place is None or p.place in parties.found]
    preferred = [p.place for p in principals if p.place] or [m.place_id for m in found.title_places()]
    centre = _centre(found, parties, preferred, counts, order)
    pairs = make_pairs(parties.found, centre)
    why = {p: parties.why.get(p, ("", -1)) for p in parties.found}
    return Decision(meeting_date, parties.found, pairs, principals, attendees, is_meeting, why, date_sentence)


def _meeting_parties(
    found: Mentions, related: Relations, title_pair: list[str], counts: dict[str, int], publisher: str | None
) -> Tally:
    """The parties of a meeting, strongest evidence first; principals without a place take one on the way."""
    parties = Tally()
    principals = related.principals
    place_office_holders(found, principals, publisher)
    for person in principals:
        parties.add(person.place, "principal", person.first)
        if person.place:
            parties.strong.add(person.place)
    _role_parties(found, related, parties)
    core = [s for s in found.sentences if s.core]
    for sentence in core:
        for place_id, start, _end in delegation_places(found.ctx, sentence.hits):
            if _CONSULAR.search(found.text, max(sentence.start, start - 60), min(sentence.end, start + 160)):
                continue  # consular officers' delegation ("a delegation of consular officials", "headed by … consul")
            if found.kind(place_id) == "country" and place_id not in parties.strong:
                window = (max(sentence.start, start - 60), min(sentence.end, start + 120))
                if not _NATIONAL_BODY.search(found.text, *window):  # "a delegation of US senators" acts for it
                    continue  # "Delegation aus China": not the country, nor a guess at the one city the text names
            parties.add(place_id, "delegation", start)
            _add(parties.visitors, place_id)
            lead_delegation(found, principals, led_by(found.ctx, start, sentence.end), place_id)
        for place_id in counterpart_places(found.ctx, sentence.start, sentence.end):
            if found.kind(place_id) != "country" or place_id in parties.strong:
                parties.add(place_id, "signatory", sentence.start)
        for place_id in authority_places(found.ctx, sentence.start, sentence.end):
            if found.kind(place_id) != "country":
                parties.add(place_id, "authority", sentence.start)
        for place_id in host_places(found.ctx, sentence.hits):
            if found.kind(place_id) == "country" and place_id not in parties.strong:
                continue  # "a visit to China": a country is a party only through someone acting for it
            parties.add(place_id, "host", sentence.start)
            _add(parties.hosts, place_id)
    for place_id in title_pair:
        if found.kind(place_id) != "country" or place_id in parties.strong:
            parties.add(place_id, "headline", 0)  # not "China-Mexico anniversary": nobody acts for Mexico
    if len(parties.visitors) == 1:
        delegation_leaders(found, principals, core, parties.visitors[0])
    parties.found = drop_containers(found, parties.found, parties.strong)
    short = short_forms(found, parties.found, parties.why)  # "Hannover" in the headline for Region Hannover
    parties.found = [place for place in parties.found if place not in short]
    if publisher_hosts(found, parties.found, publisher):  # the site's own place received or sent the party
        parties.add(publisher, "publisher", 0)
        parties.strong.add(publisher or "")
    if len(parties.found) < 2:
        offices_named_apart(found, principals, parties.found, related.roles)
        anchored(found, parties, principals, counts)
    fill_places(found, principals, parties.found, parties.visitors, related.roles)
    datelined = dateline_places(found)  # "CHICAGO, Dec. 5 (Xinhua) --": where the report was filed
    for place_id in place_by_side(found, principals, parties.found):
        holder = next(p for p in principals if p.place == place_id)
        if place_id in datelined:
            holder.place = None
            continue
        parties.add(place_id, "side", holder.first)
        parties.strong.add(place_id)
    parties.strong |= {p.place for p in principals if p.place}  # a delegation's leader acts for it
    if len(parties.found) == 1 and parties.found[0] in parties.strong:
        known_partner(found, parties, core)
        fill_places(found, principals, parties.found, parties.visitors, related.roles)
    principals.extend(stand_ins(found, related, principals, parties.found))
    principals.sort(key=lambda p: p.first)
    return parties


def _role_parties(found: Mentions, related: Relations, parties: Tally) -> None:
    """The places of role phrases in core sentences: of principals, or of an office named without a name;
    never of an attendee, a possessive, another named person, or someone spoken of."""
    principal_hits = {id(h) for p in related.principals for h in p.hits}
    person_hits = {id(h) for p in related.people for h in p.hits}
    attendee_hits = {id(h) for p in related.attendees for h in p.hits}
    for hit in related.roles:
        sentence = found.sentence_at(hit.start)
        if sentence is None or not sentence.core or id(hit) in attendee_hits or hit.possessive:
            continue
        if hit.key in CONSULAR_ROLES:
            continue  # a consul general does not make a country a party
        if id(hit) in person_hits and id(hit) not in principal_hits:
            continue  # a named person who is not a principal
        if SPEECH.search(found.text, sentence.start, hit.start):
            continue  # "…, saying the Chinese ambassador …": spoken of, not present
        for place_id in hit.places:
            parties.add(place_id, "office", hit.start)
            if _represents(hit):
                parties.strong.add(place_id)


def _represents(hit: RoleHit) -> bool:
    """Does the role stand for its place (so that a country is a party of its own)?"""
    return hit.key not in _NAMED_ONLY or bool(hit.name)


def _centre(
    found: Mentions, parties: Tally, principal_places: list[str], counts: dict[str, int], order: dict[str, int]
) -> str | None:
    """The party all others met, for three or more parties.

    The one party of another country than all the others (China's envoy meeting Berlin, Mainz and
    Trier; Shanghai hosting Düsseldorf and Köln); else one visited place is the host; several visited
    places share the visitor ("visited Mannheim and Regensburg"); several delegations share the host;
    else the place of the first principal, else the most mentioned party.
    """
    if len(parties.found) <= 2:
        return None
    odd = odd_country(found, parties.found)
    if odd is not None:
        return odd  # Liu Jianchao (China) meets Berlin's, Mainz's and Trier's office holders: each pairs with China
    hosts = [p for p in parties.hosts if p in parties.found]
    visitors = [p for p in parties.visitors if p in parties.found]
    if len(hosts) == 1:
        return hosts[0]
    if len(hosts) >= 2:
        others = [p for p in principal_places + parties.found if p not in hosts]
        if others:
            return others[0]
    if len(visitors) >= 2:
        others = [p for p in principal_places + parties.found if p not in visitors]
        if others:
            return others[0]
    return choose_host(parties.found, principal_places, counts, order)


def _add(target: list[str], place_id: str | None) -> None:
    if place_id and place_id not in target:
        target.append(place_id)
