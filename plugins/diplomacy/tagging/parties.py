"""Which places took part: evidence from delegations, visits, headlines and partnerships.

Pure functions, no Pelican import.  Each finder looks at one sentence span of
the article text and returns place ids; :mod:`tagger` decides which sentences
to ask (only those that report the meeting) and weighs the answers.

Evidence, strongest first:

* the places of the people who met (:mod:`people`), and role phrases without
  a name in a meeting sentence ("met with the mayor of Düsseldorf");
* delegations: "a delegation from Hamburg", "eine Delegation aus Nürnberg",
  "the Hamburg delegation", "eine Nürnberger Delegation", "Gäste aus Nanjing";
* the host: "visited Shanghai", "besuchte die Partnerstadt Shenyang", "zu Gast
  in Köln", "im Kölner Rathaus", "at Düsseldorf City Hall";
* the headline: places joined by "and"/"und" ("Chongqing und Düsseldorf
  feiern …", "Shanghai and Düsseldorf mayors …");
* partnership sentences ("sister cities", "Partnerstädte", "friendly exchange
  relationship") when the text itself names fewer than two parties.

>>> from diplomacy.places.gazetteer import Gazetteer
>>> from diplomacy.tagging.mentions import Context
>>> from diplomacy.tagging.keywords import scan
>>> ctx = Context("Eine Delegation aus Düsseldorf besuchte Chongqing.", "de", Gazetteer.load())
>>> delegation_places(ctx, scan(ctx.text)), host_places(ctx, scan(ctx.text))
([('duesseldorf', 5, 30)], ['chongqing'])
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .dates import is_future
from .keywords import DELEGATION, HOST, Hit
from .mentions import Context
from .words import prev_word, word_set

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Mention


__all__ = [
    "authority_places",
    "choose_host",
    "conjoined_places",
    "counterpart_places",
    "delegation_places",
    "host_places",
    "led_by",
    "location_places",
    "make_pairs",
]

_LOWER_ADJ = r"[a-zäöüß]+(?:ischen|ische|ischer|en|e)"
_FILLER = (
    r"(?:(?:the|der|die|den|das|dem|des|city[ \u00a0]+of|province[ \u00a0]+of|Stadt|Partnerstadt|Schwesterstadt|"
    rf"Provinz|Region|Metropole|Hauptstadt|Landeshauptstadt|Hansestadt|Freistaat|{_LOWER_ADJ})[ \u00a0]+){{0,3}}"
)
# These start at a keyword of kind DELEGATION or HOST (see :mod:`keywords`).
# After "led by …" only "from"/"aus" tell the origin: an "of" there belongs to the leader's title ("the delegation
# led by Former Mayor of Zurich …"), whose place is the leader's to stand for, not the delegation's.
_DELEGATION_RIGHT = re.compile(
    r"(?i:delegations?|delegationen|abordnung)(?:[ \u00a0]+(?:from|of|aus|der|des|von)|"
    r"[ \u00a0]+(?:headed|led)[ \u00a0]+by[^,.;]{0,60}?[ \u00a0]+(?:from|aus))[ \u00a0]+"
    + _FILLER
    + r"|(?i:guests|visitors|gäste|gästen|besucher|besuchergruppe|besuch)[ \u00a0]+(?:from|aus)[ \u00a0]+"
    + _FILLER
)
_DELEGATION_NOUNS = word_set("delegation delegations delegationen abordnung")
# "brought a 100-strong delegation to Guangzhou", "eine Delegation nach Jinan": the place visited.
_DELEGATION_TO = re.compile(r"(?i:delegations?|delegationen|abordnung)[ \u00a0]+(?:to|nach)[ \u00a0]+" + _FILLER)
_TO_COME = re.compile(r"(?i)\b(?:will|would|to[ \u00a0]+sign|plans?[ \u00a0]+to|soll|sollen|wird|werden|künftig)\b")
# "The City of Sydney has brought a 100-strong delegation": the place that sent it, right before the verb.
_SENT_BEFORE = re.compile(
    r"[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?(?:brought|sent|taken|took|led)[ \u00a0]+(?:a|an|its)[ \u00a0]+"
    r"(?:[\w-]+[ \u00a0]+){0,3}$"
)
# "Unterschrieben wurde der Vertrag mit Yandu", "signed a memorandum with Fortaleza": the other signatory.
_SIGNED_WITH = re.compile(
    r"(?i:vertrag|vereinbarung|abkommen|absichtserklärung|kooperationsvertrag|partnerschaftsvertrag|agreement|"
    r"memorandum(?:[ \u00a0]+of[ \u00a0]+understanding)?|mou|letter[ \u00a0]+of[ \u00a0]+intent)"
    r"[ \u00a0]+(?:mit|with)[ \u00a0]+" + _FILLER
)
_HOST_RIGHT = re.compile(
    r"(?i:visited|visiting|visits|toured|(?:visit|trip|journey|tour|besuch|reise)[ \u00a0]+(?:to|of|in|nach)|"
    r"arrived[ \u00a0]+in|besuchte[n]?|besucht|reiste[n]?[ \u00a0]+nach|gast[ \u00a0]+in|station[ \u00a0]+in|"
    r"eingetroffen[ \u00a0]+in|rathaus(?:es)?[ \u00a0]+(?:of|der[ \u00a0]+Stadt|von|in)|hall[ \u00a0]+(?:of|in))"
    r"[ \u00a0]+" + _FILLER
)
# German verbs at the end of a clause have their object before them ("hat am Dienstag Düsseldorf besucht").
_VERB_LAST = word_set("besucht besuchte besuchten unterwegs")
_CLAUSE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$|und\b|sowie\b)")
_PREPOSITIONS = word_set("aus von vom in im nach mit bei zu zum zur für from of in to with at")
# Institutions named after their town: a guest of "der Universität Osnabrück" is not the city's guest.
_INSTITUTIONS = word_set("universität hochschule fachhochschule university college gymnasium schule klinikum")
_LED_BY = re.compile(
    r"\b(?:led|headed)[ \u00a0]+by|unter[ \u00a0]+(?:der[ \u00a0]+)?(?:Leitung|Führung)[ \u00a0]+(?:von|des|der)|"
    r"angeführt[ \u00a0]+von|an[ \u00a0]+(?:der|deren|dessen)[ \u00a0]+Spitze"
)
_CHAIN = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+|und[ \u00a0]+)?|[ \u00a0]+(?:and|und|sowie|&)[ \u00a0]+)"
)
_IN = re.compile(
    r"(?<![\w-])(?:in|In|im|at)[ \u00a0]+(?:der[ \u00a0]+Stadt[ \u00a0]+|the[ \u00a0]+city[ \u00a0]+of[ \u00a0]+)?"
)
_CITY_HALL_BEFORE = re.compile(r"(?:[Cc]ity|[Tt]own)[ \u00a0]+$")
_JOIN = re.compile(r"^[ \u00a0]*(?:and|und|&|–|—|-|/|,|sowie|with|mit)[ \u00a0]*$")
# A preposition of place right before a headline's joined places, with no "partner" word just before it.
_ROUTE_BEFORE = re.compile(
    r"(?<![Pp]artnern )(?<![Pp]artners )\b(?:in|im|nach|to|from|aus|von|vom|across|durch)[ \u00a0]+"
    r"(?:(?:the|der|den)[ \u00a0]+)?$"
)


def _place_before(ctx: Context, pos: int) -> str | None:
    """The place written right before ``pos``: a mention ("Hamburg", "Shanghai's"), or an adjective."""
    text = ctx.text
    if pos > 0 and text[pos - 1] == "-":  # Shanghai-Delegation
        mention = ctx.ends.get(pos - 1)
        return mention.place_id if mention else None
    span = prev_word(text, pos)
    if span is None:
        return None
    word = text[span[0] : span[1]]
    core_end = span[1] - 2 if word.endswith(("'s", "’s")) else span[1]
    mention = ctx.ends.get(core_end)
    if mention is not None:
        return mention.place_id
    return ctx.adjective(word)


def delegation_places(ctx: Context, hits: list[Hit]) -> list[tuple[str, int, int]]:
    """Places delegations come from, by the keyword ``hits`` (kind DELEGATION) of one sentence.

    Each is ``(place id, start, end)`` of the delegation phrase; a leader named
    right after it ("led by Vice Mayor …", "unter Leitung von …") is looked
    for from ``start`` by :func:`led_by`.  After "led by …" only "from"/"aus" name the origin: an "of"
    there is the leader's title's.

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.keywords import scan
    >>> ctx = Context("He met a delegation led by former Mayor of Zurich Hans Muster.", "en", Gazetteer.load())
    >>> delegation_places(ctx, scan(ctx.text))
    []
    """
    found: list[tuple[str, int, int]] = []
    for hit in hits:
        if hit.kind != DELEGATION:
            continue
        match = _DELEGATION_RIGHT.match(ctx.text, hit.start)
        mention = ctx.mention_after(match) if match is not None else None
        if mention is not None:
            for joined in _chain(ctx, mention):
                found.append((joined.place_id, hit.start, joined.end))
        if hit.word in _DELEGATION_NOUNS and hit.end < len(ctx.text) and not ctx.text[hit.end].isalpha():
            place = _place_before(ctx, hit.start)
            if place is not None:
                found.append((place, hit.start, hit.end))
            sent = _SENT_BEFORE.search(ctx.text, max(0, hit.start - 80), hit.start)
            sender = ctx.ends.get(sent.start()) if sent is not None else None
            if sender is not None:
                found.append((sender.place_id, sender.start, hit.end))
    return found


def _chain(ctx: Context, mention: Mention) -> list[Mention]:
    """A mention and those joined to it: "Mannheim and Regensburg", "Köln, Bonn und Aachen"."""
    chain = [mention]
    while len(chain) < 6:
        join = _CHAIN.match(ctx.text, chain[-1].end)
        following = ctx.starts.get(join.end()) if join is not None else None
        if following is None:
            break
        chain.append(following)
    return chain


def led_by(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The span after "led by"/"headed by"/"unter Leitung von" in ``text[start:end]``, where the leader is named."""
    match = _LED_BY.search(ctx.text, start, end)
    return (match.end(), min(end, match.end() + 60)) if match else None


def location_places(ctx: Context, start: int, end: int) -> list[str]:
    """Places a sentence says the meeting was in: "in Halle (Saale)", "in Shanghai"."""
    found = []
    for match in _IN.finditer(ctx.text, start, end):
        mention = ctx.starts.get(match.end())
        if mention is not None:
            found.append(mention.place_id)
    return found


def host_places(ctx: Context, hits: list[Hit]) -> list[str]:
    """Places visited or hosting, by the keyword ``hits`` (kind HOST) of one sentence.

    "visited Shanghai", "besuchte die Partnerstadt Shenyang", "zu Gast in Köln",
    "im Kölner Rathaus", "at Düsseldorf City Hall", "Rathaus der Stadt Köln", and with the verb
    at the end of a German clause, "hat am Dienstag Düsseldorf besucht", "in der Partnerstadt Yizhou zu Gast".
    """
    found: list[str] = []
    text = ctx.text
    for hit in hits:
        if hit.kind == DELEGATION and hit.word in _DELEGATION_NOUNS:
            to = _DELEGATION_TO.match(text, hit.start)
            mention = ctx.mention_after(to) if to is not None else None
            if mention is not None:
                found.append(mention.place_id)
        if hit.kind != HOST:
            continue
        match = _HOST_RIGHT.match(text, hit.start)
        mention = ctx.mention_after(match) if match is not None else None
        if mention is not None:
            found.extend(m.place_id for m in _chain(ctx, mention))
        if hit.word.startswith("rathaus"):
            place = _place_before(ctx, hit.start)
        elif hit.word == "hall":
            city = _CITY_HALL_BEFORE.search(text, max(0, hit.start - 8), hit.start)
            place = _place_before(ctx, city.start()) if city else None
        elif hit.word in _VERB_LAST and _CLAUSE_END_AFTER.match(text, hit.end):
            place = _object_before(ctx, hit.start)  # also "in der Partnerprovinz Hebei unterwegs"
        elif (
            hit.word == "gast"
            and text[max(0, hit.start - 3) : hit.start].lower() == "zu "
            and (_CLAUSE_END_AFTER.match(text, hit.end) or text.startswith("\n", hit.end))
        ):  # "… in der Partnerstadt Yizhou zu Gast": the place before it, when no "aus" governs it
            place = _object_before(ctx, hit.start - 3)
        else:
            place = None
        if place is not None:
            found.append(place)
    return found


# A government or its foreign affairs office acts for its place: "The Foreign Affairs Office of Xiamen held an
# online meeting with the government of the Santiago metropolitan area", "the Xiamen Foreign Affairs Office
# held a video conference with the city"; so does "the city of X" a meeting is held with.
_AUTHORITY = (
    r"(?:Foreign[ \u00a0]+Affairs[ \u00a0]+(?:Office|Bureau)|(?:Municipal[ \u00a0]+|Provincial[ \u00a0]+)?"
    r"People's[ \u00a0]+Government|(?:(?:city|municipal|metropolitan|provincial|state)[ \u00a0]+)?government)"
)
_AUTHORITY_OF = re.compile(_AUTHORITY + r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
_AUTHORITY_AFTER = re.compile(r"[ \u00a0]+(?:Municipal[ \u00a0]+|Provincial[ \u00a0]+)?" + _AUTHORITY + r"\b")
_WITH_CITY_OF = re.compile(r"\bwith[ \u00a0]+the[ \u00a0]+(?:[A-Z][\w-]+[ \u00a0]+)?city[ \u00a0]+of[ \u00a0]+")


def authority_places(ctx: Context, start: int, end: int) -> list[str]:
    """The places whose government or foreign affairs office is told between ``start`` and ``end``
    (see :data:`_AUTHORITY`), and "the city of X" a meeting is held with: two or more, or none."""
    text = ctx.text
    authority = text.find("overnment", start, end) >= 0 or text.find("Affairs", start, end) >= 0
    if not authority and text.find("city of", start, end) < 0:
        return []  # cheap tests before the expressions
    found: list[str] = []
    for pattern in (_AUTHORITY_OF, _WITH_CITY_OF) if authority else (_WITH_CITY_OF,):
        for match in pattern.finditer(text, start, end):
            mention = ctx.mention_after(match)
            if mention is not None:
                found.append(mention.place_id)
    if authority:
        for mention in ctx.mentions:
            if start <= mention.start < end and _AUTHORITY_AFTER.match(text, mention.end):
                found.append(mention.place_id)
    return found if len(set(found)) >= 2 else []  # two authorities meet; one alone may host anything


def counterpart_places(ctx: Context, start: int, end: int) -> list[str]:
    """The other signatory of an agreement told between ``start`` and ``end`` ("der Vertrag mit Yandu",
    "an agreement with the city of Fortaleza"); not one still to be signed: a sentence that tells the
    future (:func:`dates.is_future`), or "will travel … to sign" just before the agreement."""
    matches = list(_SIGNED_WITH.finditer(ctx.text, start, end))
    if not matches or is_future(ctx.text[start:end]):
        return []
    found: list[str] = []
    for match in matches:
        if _TO_COME.search(ctx.text, max(start, match.start() - 80), match.start()):
            continue
        mention = ctx.mention_after(match)
        if mention is not None:
            found.append(mention.place_id)
    return found


def _object_before(ctx: Context, pos: int) -> str | None:
    """The place named right before a clause-final German verb, unless a preposition governs it:
    "hat Düsseldorf besucht", "als er die Partnerstadt Köln besuchte" (not "aus Suzhou besuchte")."""
    span = prev_word(ctx.text, pos)
    mention = ctx.ends.get(span[1]) if span is not None else None
    if mention is None:
        return None
    before = prev_word(ctx.text, mention.start)
    if before is not None and ctx.text[before[0] : before[1]].lower() in _PREPOSITIONS | _INSTITUTIONS:
        return None
    return mention.place_id


def conjoined_places(ctx: Context, mentions: list[Mention]) -> list[str]:
    """Places joined by "and"/"und"/"–" among ``mentions`` (in text order): the headline's pair; not places
    after a preposition of place ("in Berlin und Rheinland-Pfalz", "a delegation from Hong Kong and Macao",
    "points to Montreal and Quebec links": stops, origins, topics), unless they are partners ("bei den
    Partnern in Jiading und Dalian"); nor a place and what contains it, written after a comma ("SHENYANG,
    China, Oct. 25", "Jinan, Shandong": one place, told where it lies).

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> ctx = Context("SHENYANG, China: Liaoning und Bayern feiern", "de", Gazetteer.load())
    >>> conjoined_places(ctx, ctx.mentions)
    ['liaoning', 'bayern']
    """
    found: list[str] = []
    text = ctx.text
    for left, right in itertools.pairwise(mentions):
        if _ROUTE_BEFORE.search(text, max(0, left.start - 40), left.start):
            continue
        if _located(ctx, left.place_id, right.place_id, text[left.end : right.start]):
            continue
        if left.place_id != right.place_id and _JOIN.match(text[left.end : right.start]):
            for place_id in (left.place_id, right.place_id):
                if place_id not in found:
                    found.append(place_id)
    return found


def _located(ctx: Context, left: str, right: str, between: str) -> bool:
    """A second place after a comma that says where the first lies: "City, Country", "City, Province"."""
    first, second = ctx.place(left), ctx.place(right)
    if first is None or second is None or between.strip() != "," or first.country != second.country:
        return False
    return second.kind == "country" or (first.kind == "city" and second.kind == "region")


def choose_host(parties: list[str], preferred: list[str], counts: dict[str, int], order: dict[str, int]) -> str:
    """The party the others met: the first of ``preferred`` that is a party, else the most mentioned."""
    for place_id in preferred:
        if place_id in parties:
            return place_id
    return min(parties, key=lambda p: (-counts.get(p, 0), order.get(p, 1 << 30), p))


def make_pairs(parties: list[str], host: str | None) -> list[tuple[str, str]]:
    """Unordered pairs: one pair for two parties; with more, the host with each of the others.

    >>> make_pairs(["shanghai", "duesseldorf"], None)
    [('duesseldorf', 'shanghai')]
    >>> make_pairs(["shanghai", "duesseldorf", "duisburg"], "shanghai")
    [('duesseldorf', 'shanghai'), ('duisburg', 'shanghai')]
    """
    unique = sorted(set(parties))
    if len(unique) < 2:
        return []
    if len(unique) == 2:
        return [(unique[0], unique[1])]
    if host is None or host not in unique:
        host = unique[0]
    pairs = {(min(host, other), max(host, other)) for other in unique if other != host}
    return sorted(pairs)
