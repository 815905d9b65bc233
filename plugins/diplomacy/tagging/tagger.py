"""The diplomacy tagger: who met whom, for which places, on which day.

Pure functions, no Pelican import.  :func:`tag_article` reads a headline and
body paragraphs and returns :class:`Tags`.  It scans the text for place names
once (``Gazetteer.find``), finds role phrases once (:mod:`people`), splits
sentences once, and looks closer only at sentences that report the meeting.

How it decides
--------------

*Meeting sentences* contain a verb or noun of encounter (met, held talks,
received, visited, delegation, trifft, traf, empfing, kam zusammen, besuchte,
Gespräch, …).  They are *core* unless they only list attendees ("also
attended", "nahm ebenfalls teil", "begleitete") or speak of habit or history
("frequently visited", "in den letzten Jahren", "in 2019" before the year of
publication), or tell of another meeting: the meeting is the one of the first
dated core sentence (the headline's or the lead's), and a later core sentence
dated another day ("Bereits am Montag hatte … empfangen", "On Tuesday, Vice
Mayor Wu met …") is left out; people named only there stay principals only
when they stand for a party of the main meeting (a visit of several days).
The headline counts as a sentence.

*Principals* are people with a role and a full name ("Shanghai Mayor Gong
Zheng", "Stephan Keller, the mayor of Düsseldorf") named in a core sentence,
not only in a clause "accompanied by …", not only as a possessive
("President Xi Jinping's strategy") and not only in reported speech ("…,
saying the consensus reached by President Xi and Chancellor Scholz …").  A
surname alone ("Gong said") only refers to a person already named in full; a
one-word name after a role in a core sentence ("Mayor Gong met …",
"Oberbürgermeister Keller empfing …") is kept when nobody else has it and no
capitalised word follows it.  A shorter name that ends a longer one is the
same person ("Mayor De Wever" is "Bart De Wever").  *Attendees* are people
named only where others "also attended" ("war bei dem Gespräch dabei") or in
the "accompanied by …" clause.

*Parties* (``places``): the places of the principals; places of role phrases
without a name in core sentences ("met with the mayor of Düsseldorf", the
headline's "Belgian Ambassador"); delegations' origins; the host ("visited
Shanghai", "im Kölner Rathaus"); headline places joined by "and"/"und".  A
country is a party only when someone represents it (an ambassador, a
minister, a premier): a country that only contains another party
("Düsseldorf, Germany", "a visit to Germany", "a Chinese delegation" meeting
Shanghai, "German mayors") is not.  With fewer than two parties the tagger
also reads, in this order: the headline's places, a known partner
(gazetteer) named in the text, places named in partnership sentences
("Leipzig und Nanjing sind seit 1988 Partnerstädte"), the place the meeting
was in ("In Halle empfing …"), and lastly a city or region of another country
named in a meeting sentence.  The venue of a meeting ("in der Villa
Reitzenstein in Stuttgart") is no partner of a partnership sentence, nor is a
region a partner city lies in ("Nuremberg, a city in Bavaria").  A principal
without a place takes the place of the delegation they lead ("led by Vice
Mayor …", "unter Leitung von …", "von Vizebürgermeister … angeführt"), else
the place of the same office named without a name, when exactly one holder of
that office is not named beside it ("Bürgermeisterin Kahr trifft Harbins
Bürgermeister"); the one principal left with a local role (mayor, governor …)
takes the one party that nobody else stands for, a visiting delegation's
place only when nothing else is left.

*Not a meeting* (``is_meeting`` False) when no core sentence is the
headline, one of the first three body sentences, dated, or names a
principal: an anniversary feature or a partnership overview.  Then there is
no date and no principal, and the parties are the headline's joined places
and the places named together in partnership sentences (at least two).

*Pairs*: two parties make one pair; with three or more, the centre is paired
with each of the others and visitor–visitor pairs are left out.  The centre
is the one place visited; when several places were visited ("visited Mannheim
and Regensburg"), the visitor; when several delegations came, their host;
else the place of the first principal (with no principal: the first place of
the headline), else the most mentioned party.

*Candidates*: capitalised words after "mayor of", "governor of",
"Oberbürgermeister(in) von", "Gouverneur von", "Ambassador of" … that are not
in the gazetteer.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .dates import meeting_date_in_sentences
from .keywords import ACCOMPANY, DELEGATION
from .mentions import Mentions
from .parties import (
    choose_host,
    conjoined_places,
    delegation_places,
    host_places,
    led_by,
    location_places,
    make_pairs,
)
from .people import RoleHit, find_roles
from .roles import LOCAL_ROLES
from .sentences import Sentence

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Gazetteer

__all__ = ["Person", "Tags", "tag_article"]

_LEAD_SENTENCES = 3
# Reported speech: people named after these words are spoken of, not present
# ("…, saying the consensus reached by President Xi Jinping and Chancellor Scholz …").
_SPEECH = re.compile(
    r"\b(?:saying|said|says|noting|adding|stressing|stating|consensus|according\s+to|in\s+line\s+with|"
    r"sagte|sagten|betonte|betonten|erklärte|erklärten|unterstrich|Konsens|gemäß)\b"
)
# A place after "in" (and articles, adjectives, "state of"): where something is or lies ("a trading city
# in Bavaria", "im Bundesland Mecklenburg-Vorpommern", "in der Villa Reitzenstein in Stuttgart").
_LOCATED_IN = re.compile(
    r"\b(?:in|im)[ \u00a0]+(?:(?:the|der|dem|(?:city|state|province|region)[ \u00a0]+of|capital|Stadt|Hauptstadt|"
    r"Landeshauptstadt|Freistaat|Bundesland|Land|Provinz|Region|[a-zäöü]+(?:ern|ischen|ische|en)|"
    r"German|Chinese|Korean)[ \u00a0]+){0,4}$"
)
_CLAUSE_END = re.compile(r",[ \u00a0]*(?=[a-zäöüß])|;")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\w'’-]*")


@dataclass(slots=True)
class Person:
    """Someone who met (a principal) or attended.

    ``role`` is worded as in the article, singular and capitalised ("Mayor",
    "Oberbürgermeisterin", "Consul General"); ``role_key`` is the
    language-neutral key from :data:`roles.ROLE_KEYS` (mayor, lord_mayor,
    first_mayor, governing_mayor, vice_mayor, deputy_mayor, party_secretary,
    governor, vice_governor, ambassador, consul_general, consul, premier,
    vice_premier, prime_minister, minister_president, chancellor, minister,
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


@dataclass(slots=True)
class _Person:
    name: str
    role: str
    key: str
    place: str | None
    tokens: tuple[str, ...]
    hits: list[RoleHit] = field(default_factory=list)
    first: int = 1 << 30


def _title_cased(title: str, lang: str) -> bool:
    """An English headline In Title Case: its capitalised words are not names."""
    if lang == "de":
        return False
    long_words = [w for w in _WORD.findall(title) if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


class _Article(Mentions):
    """One article's mentions, and the steps of the tagger over them."""

    __slots__ = ()

    def accompanied(self, pos: int, sentence: Sentence) -> bool:
        """Is ``pos`` inside an "accompanied by …" clause of its sentence?

        The clause runs to the first comma before a lower-case word (", met
        with …") or a semicolon, else to the end of the sentence.
        """
        for hit in sentence.hits:
            if hit.kind == ACCOMPANY and hit.end <= pos:
                end = _CLAUSE_END.search(self.text, hit.end, sentence.end)
                if pos < (end.start() if end else sentence.end):
                    return True
        return False

    # -- people --------------------------------------------------------------

    def people(self, hits: list[RoleHit]) -> list[_Person]:
        title_names = not _title_cased(self.title, self.lang)
        persons: list[_Person] = []
        singles: list[RoleHit] = []
        for hit in hits:
            if hit.name is None or (hit.start < self.title_end and not title_names):
                continue
            if hit.single:
                singles.append(hit)
                continue
            person = next((p for p in persons if _same_name(p.name, hit.name)), None)
            if person is None:
                person = _Person(hit.name, hit.role, hit.key, hit.place, tuple(hit.name.split()))
                persons.append(person)
            elif person.place is None and hit.place is not None:
                person.place = hit.place
            person.hits.append(hit)
        persons = _merge_surnames(persons)
        for hit in singles:
            owners = [p for p in persons if hit.name in p.tokens]
            if owners:
                same_role = [p for p in owners if p.key == hit.key]
                owner = (same_role or owners)[0]
                owner.hits.append(hit)
                if owner.place is None and hit.place is not None:
                    owner.place = hit.place
                continue
            sentence = self.sentence_at(hit.start)
            after = self.text[hit.name_end : hit.name_end + 2].lstrip()
            if (
                sentence is not None
                and sentence.reports
                and sentence.body_index >= 0
                and not (after[:1].isupper())  # "Oberbürgermeister Keller empfing", not "… Keller Gäste"
            ):
                name = hit.name or ""
                person = _Person(name, hit.role, hit.key, hit.place, (name,))
                person.hits.append(hit)
                persons.append(person)
        skip_title = self.title_end if not title_names else 0
        for person in persons:
            found = self.text.find(person.name, skip_title)
            person.first = found if found >= 0 else min(h.start for h in person.hits)
        persons.sort(key=lambda p: p.first)
        return persons

    def occurrences(self, person: _Person) -> list[tuple[int, bool]]:
        """Where the person is named: (position, possessive) for full names, surnames and role phrases."""
        text = self.text
        found: list[tuple[int, bool]] = [(h.name_start, h.possessive) for h in person.hits]
        full: list[tuple[int, int]] = []
        names = [person.name]
        if len(person.tokens) >= 2:
            names += [person.tokens[0], person.tokens[-1]]
        for number, name in enumerate(names):
            pos = text.find(name)
            while pos >= 0:
                end = pos + len(name)
                inside = any(s <= pos < e for s, e in full)
                if (
                    not inside
                    and (pos == 0 or not text[pos - 1].isalnum())
                    and (end == len(text) or not text[end].isalnum())
                ):
                    found.append((pos, text.startswith(("'s", "’s"), end)))
                    if number == 0:
                        full.append((pos, end))
                pos = text.find(name, end)
        return found

    def classify(self, persons: list[_Person], *, any_meeting: bool = False) -> tuple[list[_Person], list[_Person]]:
        principals: list[_Person] = []
        attendees: list[_Person] = []
        for person in persons:
            core = attend = False
            for pos, possessive in self.occurrences(person):
                sentence = self.sentence_at(pos)
                if sentence is None:
                    continue
                if sentence.attend or (sentence.meeting and self.accompanied(pos, sentence)):
                    attend = True
                elif (
                    (sentence.reports if any_meeting else sentence.core)
                    and not possessive
                    and not _SPEECH.search(self.text, sentence.start, pos)
                ):
                    core = True
            if core:
                principals.append(person)
            elif attend:
                attendees.append(person)
        return principals, attendees

    # -- places ----------------------------------------------------------------

    def drop_container_countries(self, parties: list[str], strong: set[str]) -> list[str]:
        """A country that only contains another party is no party of its own."""
        kept = []
        for place_id in parties:
            if self.kind(place_id) == "country" and place_id not in strong:
                code = self.country(place_id)
                if any(o != place_id and self.country(o) == code for o in parties):
                    continue
            kept.append(place_id)
        return kept

    def partnership_places(self) -> list[list[str]]:
        """City and region ids of each sentence with partnership words."""
        groups = []
        positions = [m.start for m in self.places]
        for sentence in self.sentences:
            if not sentence.partnership:
                continue
            ids: list[str] = []
            located: list[str] = []
            first = bisect.bisect_left(positions, sentence.start)
            for mention in self.places[first:]:
                if mention.start >= sentence.end:
                    break
                kind = self.kind(mention.place_id)
                if kind == "country":
                    continue
                if _LOCATED_IN.search(self.text, max(0, mention.start - 40), mention.start):
                    if sentence.meeting:
                        continue  # "… in der Villa Reitzenstein in Stuttgart empfangen": the venue
                    if kind == "region":
                        located.append(mention.place_id)
                        continue
                _add(ids, mention.place_id)
            for place_id in located:  # "Nuremberg, a city in Bavaria": where a partner lies
                country = self.country(place_id)
                if not any(self.kind(p) == "city" and self.country(p) == country for p in ids):
                    _add(ids, place_id)
            if ids:
                groups.append(ids)
        return groups


def _merge_surnames(persons: list[_Person]) -> list[_Person]:
    """A name that is the end of a longer one is the same person: "Mayor De Wever" is "Bart De Wever"."""
    kept: list[_Person] = []
    for person in persons:
        size = len(person.tokens)
        longer = [p for p in persons if len(p.tokens) > size and p.tokens[-size:] == person.tokens]
        if len(longer) != 1:
            kept.append(person)
            continue
        full = longer[0]
        full.hits.extend(person.hits)
        if full.place is None:
            full.place = person.place
    return kept


def _same_name(a: str, b: str) -> bool:
    return a == b or a.casefold() == b.casefold()


def _add(target: list[str], place_id: str | None) -> None:
    if place_id and place_id not in target:
        target.append(place_id)


def tag_article(
    title: str,
    paragraphs: list[str],
    lang: str,
    published: dt.date | None,
    gazetteer: Gazetteer,
) -> Tags:
    """Tag one article: meeting date, parties, pairs, principals, attendees.

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
    art = _Article(title or "", paragraphs, lang, published, gazetteer)
    text = art.text
    ctx = art.ctx
    hits = find_roles(text, lang, gazetteer, ctx, art.hits)
    persons = art.people(hits)
    principals, attendees = art.classify(persons)

    core = [s for s in art.sentences if s.core]
    meeting_date = art.main_date
    later: list[_Person] = []  # principals named only where another meeting is told
    if any(s.other for s in art.sentences):
        kept = {id(p) for p in principals}
        later = [p for p in art.classify(persons, any_meeting=True)[0] if id(p) not in kept]
    if meeting_date is None:
        others = [s for s in art.sentences if s.meeting and not s.core]
        meeting_date = meeting_date_in_sentences([text[s.start : s.end] for s in others], lang, published)
    principal_hits = {id(h) for p in principals for h in p.hits}
    person_hits = {id(h) for p in persons for h in p.hits}
    is_meeting = bool(principals) or meeting_date is not None or any(s.body_index < _LEAD_SENTENCES for s in core)

    counts: dict[str, int] = {}
    order: dict[str, int] = {}
    for mention in art.places:
        counts[mention.place_id] = counts.get(mention.place_id, 0) + 1
        order.setdefault(mention.place_id, mention.start)

    parties: list[str] = []
    strong: set[str] = set()
    hosts: list[str] = []
    visitors: list[str] = []
    title_pair = conjoined_places(ctx, art.title_places())
    candidates = sorted({h.candidate for h in hits if h.candidate})

    if is_meeting:
        for person in principals:
            _add(parties, person.place)
            if person.place:
                strong.add(person.place)
        attendee_hits = {id(h) for p in attendees for h in p.hits}
        for hit in hits:
            sentence = art.sentence_at(hit.start)
            if sentence is None or not sentence.core or id(hit) in attendee_hits or hit.possessive:
                continue
            if id(hit) in person_hits and id(hit) not in principal_hits:
                continue  # a named person who is not a principal
            if _SPEECH.search(text, sentence.start, hit.start):
                continue  # "…, saying the Chinese ambassador …": spoken of, not present
            for place_id in hit.places:
                _add(parties, place_id)
                if _represents(hit):
                    strong.add(place_id)
        for sentence in core:
            for place_id, start, _end in delegation_places(ctx, sentence.hits):
                _add(parties, place_id)
                _add(visitors, place_id)
                _leader_place(principals, led_by(ctx, start, sentence.end), place_id)
            for place_id in host_places(ctx, sentence.hits):
                _add(parties, place_id)
                _add(hosts, place_id)
        for place_id in title_pair:
            _add(parties, place_id)
        if len(visitors) == 1:
            _leaders_place(art, principals, core, visitors[0])
        parties = art.drop_container_countries(parties, strong)
        if len(parties) < 2:
            _augment(art, parties, counts)
            parties = art.drop_container_countries(parties, strong)
        _fill_places(art, principals, parties, visitors, hits)
        principals = _keep_later(art, principals, later, parties, visitors)
    else:
        principals, attendees = [], []
        meeting_date = None
        for place_id in title_pair:
            if art.kind(place_id) != "country":
                _add(parties, place_id)
        for group in art.partnership_places():
            if len(group) >= 2 or any(p in parties for p in group):
                for place_id in group:
                    _add(parties, place_id)
        if len(parties) < 2:
            parties = []

    preferred = [p.place for p in principals if p.place] or [m.place_id for m in art.title_places()]
    host = _centre(parties, hosts, visitors, preferred, counts, order)
    pairs = make_pairs(parties, host)
    party_set = set(parties)
    mentioned = {m.place_id for m in art.places} | {p.place for p in attendees if p.place}
    return Tags(
        meeting_date=meeting_date if is_meeting else None,
        places=sorted(party_set),
        pairs=pairs,
        principals=[Person(p.name, p.role, p.key, p.place) for p in principals],
        attendees=[Person(p.name, p.role, p.key, p.place) for p in attendees],
        mentioned=sorted(mentioned - party_set),
        candidates=candidates,
        is_meeting=is_meeting,
    )


def _keep_later(
    art: _Article, principals: list[_Person], later: list[_Person], parties: list[str], visitors: list[str]
) -> list[_Person]:
    """People named only where a meeting on another day is told stay principals only when they stand for a
    party of the headline's meeting that nobody else represents (a visit of several days: "Am 10. September
    empfing Reker die Gäste"), or hold a local office and the one host party nobody represents is left;
    never for a new place ("Sachsens Minister") or a party already represented ("On Tuesday, the mayor
    also met Shanghai's Party Secretary")."""
    if not later:
        return principals
    represented = {p.place for p in principals if p.place}
    open_parties = [p for p in parties if p not in represented and art.kind(p) != "country"]
    if len(open_parties) > 1:
        open_parties = [p for p in open_parties if p not in visitors] or open_parties
    kept = list(principals)
    for person in later:
        if person.place is None and person.key in LOCAL_ROLES and len(open_parties) == 1:
            person.place = open_parties[0]
        if person.place is not None and person.place in open_parties:
            open_parties.remove(person.place)
            kept.append(person)
    kept.sort(key=lambda p: p.first)
    return kept


def _represents(hit: RoleHit) -> bool:
    """Does the role stand for its place (so that a country is a party of its own)?"""
    return hit.key not in {"director", "director_general", "chairman", "vice_chairman", "president"} or bool(hit.name)


def _augment(art: _Article, parties: list[str], counts: dict[str, int]) -> None:
    """Fewer than two parties: add headline places, a known partner named in the text, a partnership
    sentence's places, the place the meeting was in, or a city of another country named in a meeting sentence."""
    for mention in art.title_places():
        if art.kind(mention.place_id) != "country":
            _add(parties, mention.place_id)
    if len(parties) == 1:
        partners = {pid for pid, _since in art.gazetteer.partners(parties[0])}
        named = sorted((p for p in counts if p in partners), key=lambda p: -counts[p])
        if named:
            _add(parties, named[0])
    if len(parties) == 1:
        for group in art.partnership_places():
            if parties[0] in group:
                for place_id in group:
                    _add(parties, place_id)
    if len(parties) == 1:
        for sentence in art.sentences:
            if sentence.core:
                for place_id in location_places(art.ctx, sentence.start, sentence.end):
                    if art.kind(place_id) != "country":
                        _add(parties, place_id)
                        return
    if len(parties) == 1:  # last resort: a city or region of another country named where the meeting is told
        country = art.country(parties[0])
        for mention in art.places:
            sentence = art.sentence_at(mention.start)
            if (
                sentence is not None
                and sentence.core
                and art.kind(mention.place_id) != "country"
                and art.country(mention.place_id) != country
            ):
                _add(parties, mention.place_id)
                return


def _centre(
    parties: list[str],
    hosts: list[str],
    visitors: list[str],
    principal_places: list[str],
    counts: dict[str, int],
    order: dict[str, int],
) -> str | None:
    """The party all others met, for three or more parties.

    One visited place is the host; several visited places share the visitor
    ("visited Mannheim and Regensburg"); several delegations share the host;
    else the place of the first principal, else the most mentioned party.
    """
    if len(parties) <= 2:
        return None
    hosts = [p for p in hosts if p in parties]
    visitors = [p for p in visitors if p in parties]
    if len(hosts) == 1:
        return hosts[0]
    if len(hosts) >= 2:
        others = [p for p in principal_places + parties if p not in hosts]
        if others:
            return others[0]
    if len(visitors) >= 2:
        others = [p for p in principal_places + parties if p not in visitors]
        if others:
            return others[0]
    return choose_host(parties, principal_places, counts, order)


_LEADER = re.compile(
    r"\b(?:led|headed|leads|heads|leading|heading|angeführt|geleitet|leitete|leitet|führte|führt|Leitung|Spitze)\b",
    re.IGNORECASE,
)


def _leaders_place(art: _Article, principals: list[_Person], core: list[Sentence], visitor: str) -> None:
    """The principal named next to "led by"/"angeführt von" in a delegation sentence is of the delegation.

    The first principal after the word, else (German passive: "… von Vizebürgermeister X angeführt")
    the last one before it.
    """
    for sentence in core:
        if not any(h.kind == DELEGATION for h in sentence.hits):
            continue
        for match in _LEADER.finditer(art.text, sentence.start, sentence.end):
            starts = [(h.start, person) for person in principals for h in person.hits]
            after = [item for item in starts if match.end() <= item[0] <= min(sentence.end, match.end() + 80)]
            before = [item for item in starts if max(sentence.start, match.start() - 80) <= item[0] < match.start()]
            nearest = min(after, key=lambda item: item[0]) if after else None
            if nearest is None and before:
                nearest = max(before, key=lambda item: item[0])
            if nearest is not None and nearest[1].place is None:
                nearest[1].place = visitor


def _leader_place(principals: list[_Person], span: tuple[int, int] | None, place_id: str) -> None:
    """The leader of a delegation ("led by Vice Mayor …") stands for the delegation's place."""
    if span is None:
        return
    first = min(
        ((h.start, person) for person in principals for h in person.hits if span[0] <= h.start <= span[0] + 40),
        key=lambda item: item[0],
        default=None,
    )
    if first is not None and first[1].place is None:
        first[1].place = place_id


def _fill_places(
    art: _Article, principals: list[_Person], parties: list[str], visitors: list[str], hits: list[RoleHit]
) -> None:
    """A principal without a place takes the place of the same office named without a name ("Guangzhous
    Bürgermeister" … "Bürgermeister Guo Yonghang"); then one with a local role takes the one party
    nobody else stands for."""
    taken = {p.place for p in principals if p.place}
    for hit in hits:
        if hit.name is not None or hit.plural or hit.place not in parties or hit.place in taken:
            continue
        sentence = art.sentence_at(hit.start)
        if sentence is None or not sentence.core:
            continue
        # the office is held by the one principal of that office who is not named beside it
        # ("Bürgermeisterin Kahr trifft Harbins Bürgermeister": not Kahr)
        holders = [
            p
            for p in principals
            if p.place is None
            and p.key == hit.key
            and not any(sentence.start <= pos < sentence.end for pos, _ in art.occurrences(p))
        ]
        if len(holders) == 1:
            holders[0].place = hit.place
            taken.add(hit.place)
    # a visiting delegation's place only when nothing else is left and the other parties have their people
    for guests in (set(visitors), set()) if len(parties) >= 2 else (set(visitors),):
        claimed = {p.place for p in principals if p.place} | guests
        free = [p for p in parties if p not in claimed and art.kind(p) != "country"]
        # "Bürgermeister von Kleinhausen": of a place the gazetteer does not know
        unplaced = [p for p in principals if p.place is None and not any(h.candidate for h in p.hits)]
        local = [p for p in unplaced if p.key in LOCAL_ROLES]
        if len(free) == 1 and len(local) == 1:  # one party and one office holder left
            local[0].place = free[0]
