"""Role phrases: a role word, the place its office stands for, the name of who holds it.

Pure functions, no Pelican import.  The role words of the lexicon
(:mod:`roles`) are found by the keyword scanner together with the meeting
words; :func:`find_roles` looks only at the few words left and right of each,
so the cost grows with the number of role words, not with the size of the
gazetteer.

A role phrase yields a :class:`RoleHit`:

* its place, from the left ("Shanghai Mayor", "Kölns Oberbürgermeisterin",
  "Düsseldorf's mayor", "Belgian Ambassador", "Kölner Oberbürgermeisterin",
  "bayerischer Ministerpräsident") or the right ("mayor of Düsseldorf",
  "Oberbürgermeisterin von Köln", "Bürgermeister der Stadt Duisburg",
  "Botschafter Belgiens", "Secretary of the CPC Shanghai Municipal Committee");
  a place in the genitive before a partner phrase names the partner ("Vice
  Mayor of Antwerp's sister city Shanghai": Shanghai, "aus Nürnbergs
  Partnerstadt Shenzhen": Shenzhen);
  "to China" after an ambassador and "in Shanghai" after a consul general are
  the *host*, never the place; ", Germany" after a city is its location;
  a place that names an organisation ("president of the Shanghai … University")
  is none; in its own brackets the place right after the office word is the
  office's ("Ning Yu (Oberbürgermeister Laizhou)"); with no place yet, the place
  after the name ("Minister Eva Brandt of Bavaria", "… Li Wu Wei aus Shanghai");
* the person's name, to the right ("Mayor Gong Zheng", "the mayor of
  Düsseldorf, Germany, Stephan Keller", "Oberbürgermeister Dr. Stephan
  Keller") or to the left in apposition ("Stephan Keller, the mayor of
  Düsseldorf", "Kim Yung-rok, the governor of …", past other offices of the
  same person, :mod:`appositions`); the left name wins over a surname alone
  or a name after a comma on the right ("Ramazan Tezcan, secretary-general of
  the Izmir Metropolitan Municipality").  Titles (Dr., Prof.) are dropped from
  the name.  A single word ("Mayor Gong") is marked ``single``: the tagger only
  uses it to find a person named in full elsewhere.

Phrases that name no office of a place (a deputy party secretary, an
organisation's "its president", :mod:`notoffices`) yield no role phrase.

>>> from diplomacy.places.gazetteer import Gazetteer
>>> hits = find_roles("Shanghai Mayor Gong Zheng met the mayor of Düsseldorf, Germany, Stephan Keller.",
...                   "en", Gazetteer.load())
>>> [(h.role, h.key, h.place, h.name) for h in hits]
[('Mayor', 'mayor', 'shanghai', 'Gong Zheng'), ('Mayor', 'mayor', 'duesseldorf', 'Stephan Keller')]
>>> [h.name for h in find_roles("Wang met a delegation of the Ebert Foundation led by its president Martin Schulz "
...     "and Mayor Peter Kurz.", "en", Gazetteer.load())]
['Peter Kurz']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .appositions import name_in_apposition
from .bodies import national_body
from .candidates import CANDIDATE_HEADS, candidate_name
from .jointholders import joint_holders
from .keywords import ROLE, Hit, scan
from .mentions import Context
from .notoffices import ORGANISATION_NOUNS, no_office
from .people import read_name
from .roles import CITY_ROLES, RoleHit, RoleSpec, display_form, is_plural, match_role, out_of_office
from .standins import stand_in
from .words import prev_word, word_set

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Gazetteer, Mention

__all__ = ["find_roles"]

# Right of the role: "of", "von", "der Stadt" … then a place.
_CONNECT = re.compile(
    r"[ \u00a0]+(?:of|for|von|vom|der|des|from|aus)[ \u00a0]+"
    r"(?:(?:Politischen\s+Konsultativkonferenz(?:\s+von)?|"  # "Vorsitzender der Politischen …"
    r"the|der|die|des|dem|CPC|city\s+of|Stadt|Landeshauptstadt|Hansestadt|Freien(?:\s+und)?\s+Hansestadt|"
    r"Partner(?:stadt|provinz|region|landes|land)|Schwester(?:stadt|provinz)|Freundschaftsstadt|"
    r"(?:partner|sister|twin|friendship)\s+(?:city|province|region|state)(?:\s+of)?|"
    r"Provinz|Province\s+of|Freistaat(?:e?s)?|Free\s+State\s+of|State\s+of|Landes|Bundeslandes|"
    r"Sozialistischen\s+Republik|Socialist\s+Republic\s+of|"
    r"Region|Bezirks?|Kreises|Municipality\s+of|Metropole|[a-zäöü]+(?:ischen|ische)|"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:China|Germany|Korea|Japan|Vietnam)['’]s|"
    r"(?:German|Chinese|Korean|Japanese|Vietnamese)\s+(?:state|province|city|region)\s+of|"
    # the authority between office and place: "director of the Foreign Affairs Office in Xiamen",
    # "Vorsitzende des Ständigen Ausschusses des Volkskongresses von Schanghai"
    r"(?:Municipal\s+|Provincial\s+)?(?:Foreign\s+Affairs\s+(?:Office|Bureau)|People's\s+Government|"
    r"(?:Standing\s+Committee\s+of\s+the\s+)?People's\s+Congress|Political\s+Consultative\s+Conference)\s+(?:of|in)|"
    r"Ständigen\s+Ausschusses(?:\s+des)?|Volkskongresses(?:\s+von)?|Volksregierung(?:\s+von)?)"
    r"(?:[ \u00a0]+|(?=,))){0,3}",
    re.IGNORECASE,
)
_WS = re.compile(r"[ \u00a0]+")
_SUFFIX = re.compile(
    r"(?:[ \u00a0]+(?:(?:Municipal|Provincial)(?:\s+People's)?\s+Government|"
    r"(?:Municipal|Provincial)(?:\s+Party)?\s+Committee(?:\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China))?|"
    r"(?:Municipal\s+|Provincial\s+)?(?:Foreign\s+Affairs\s+Office|Commission\s+of\s+Commerce|Commerce\s+Commission|"
    r"People's\s+Congress(?:\s+Standing\s+Committee)?|Government)|"
    r"(?:(?:City|Municipal|Provincial)\s+)?People['’]s\s+Committee|"  # Vietnam's: "of the Hue Provincial People's …"
    r"(?:Metropolitan\s+)?Municipality|Province|Provinz|City|Prefecture|County))+"
)
# "Minister of Economic Affairs", "Minister for Science and Culture": the portfolio before the name.
_PORTFOLIO = re.compile(
    r"[ \u00a0]+(?:of|for|für)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:"
    r"Economic|Economy|Affairs|Foreign|Finance|Science|Research|Arts|Culture|Education|Transport|Environment|"
    r"Interior|Justice|Health|Labour|Labor|Social|Digital|Agriculture|Trade|Commerce|Tourism|Energy|Housing|"
    r"Development|Innovation|Industry|European|International|State|Economics|Technology|Climate|Protection|Federal|"
    r"Regional|Urban|Wissenschaft|Technologie|Wirtschaft|Kultur|Bildung(?:swesen)?|Umwelt|Finanzen|Verkehr|Arbeit|"
    r"Soziales|Gesundheit|Justiz|Inneres|Europa|Forschung|Kunst|Digitalisierung|Handel|Energie"
    r")(?:,|[ \u00a0]+and|[ \u00a0]+und|[ \u00a0]+&)?[ \u00a0]*)+"
)
# The place names an organisation, not a government: "of the Shanghai Jiao Tong University". A Chinese
# "People's Association for Friendship with Foreign Countries" is the city's or province's own office.
_ORGANISATION = re.compile(
    r"(?:['’]s)?(?:(?:[ \u00a0]+(?:(?!People['’]s\b)[A-Z][\w'’.-]*|of|for|and|&)){0,5}?[ \u00a0]+|-)"
    rf"(?:{ORGANISATION_NOUNS})\b"
)
_OF_PLACE = re.compile(r"[ \u00a0]+(?:of|from|aus|von)[ \u00a0]+(?:the[ \u00a0]+)?")
_APPOSITION = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]*\([ \u00a0]*|[ \u00a0]+in[ \u00a0]+)")
_AND = re.compile(r"[ \u00a0]+(?:and|und|&)[ \u00a0]+")
_HOST = re.compile(
    r"[ \u00a0]+(?:to|in|at|an|bei|für|nach)[ \u00a0]+(?:(?:the|der|die|den|dem|city\s+of|Stadt)[ \u00a0]+)?",
    re.IGNORECASE,
)
_NAME_SEP = re.compile(r"[ \u00a0]*,?[ \u00a0]*")
_FILLERS = word_set(
    "municipal provincial city province state metropolitan prefectural county cpc communist party's "
    "foreign economic economy finance trade commerce culture education science transport interior health "
    "environment digital agriculture energy federal executive"
)
# A mention right after these words is where something happens, not whose office it is ("in Berlin Bundeskanzler").
_LOCATIVE = word_set("in im at nach aus bei")


def _left_place(hit: RoleHit, ctx: Context) -> int:
    """Find the place written before the role; return where the role phrase starts."""
    text = ctx.text
    pos = hit.start
    for _ in range(3):
        span = prev_word(text, pos)
        if span is None:
            return pos
        w_start, w_end = span
        word = text[w_start:w_end]
        core_end = w_end - 2 if word.endswith(("'s", "’s")) else w_end
        mention = ctx.ends.get(core_end)
        if mention is not None and mention.start >= w_start - 40:
            before = prev_word(text, mention.start)
            bare = core_end == w_end and ctx.gazetteer.lookup(mention.text) is not None
            if bare and before is not None and text[before[0] : before[1]].lower() in _LOCATIVE:
                return hit.start
            hit.place = mention.place_id
            hit.places.append(mention.place_id)
            start = mention.start
            conj = prev_word(text, start)
            if conj is not None and text[conj[0] : conj[1]].lower() in {"and", "und", "&"}:
                before = prev_word(text, conj[0])
                other = ctx.ends.get(before[1]) if before else None
                if other is not None:
                    hit.places.append(other.place_id)
            return start
        if word.lower() in _FILLERS:
            pos = w_start
            continue
        place = ctx.adjective(word)
        if place is None:
            two = prev_word(text, w_start)
            if two is not None:
                place = ctx.adjective(f"{text[two[0] : two[1]]} {word}")
                if place is not None:
                    w_start = two[0]
        if place is not None:
            hit.place = place
            hit.places.append(place)
            return w_start
        return hit.start
    return hit.start


def _right_place(hit: RoleHit, spec: RoleSpec, ctx: Context) -> int:
    """Find the place (and host) written after the role; return where a name could start."""
    pos = _after_portfolio(hit, ctx.text, hit.end)
    mention, connected, pos = _mention_right(hit, spec, ctx, pos)
    organisation = mention is not None and _ORGANISATION.match(ctx.text, mention.end)
    if organisation:  # "vice president of the Guizhou … Association for Friendship": not the province's office
        return _host_right(hit, ctx, organisation.end())
    if mention is not None:
        if hit.place is None or connected:
            hit.place = mention.place_id
        hit.places.append(mention.place_id)
        pos = _more_places(hit, mention, ctx, _after_suffix(ctx.text, mention.end))
    return _host_right(hit, ctx, pos)


def _after_portfolio(hit: RoleHit, text: str, pos: int) -> int:
    """A minister's portfolio ("Minister for Economic Affairs of …") is read past."""
    if hit.key in ("minister", "vice_minister"):
        portfolio = _PORTFOLIO.match(text, pos)
        if portfolio is not None:
            return portfolio.end() - 1 if text[portfolio.end() - 1] in " \u00a0" else portfolio.end()
    return pos


def _mention_right(hit: RoleHit, spec: RoleSpec, ctx: Context, pos: int) -> tuple[Mention | None, bool, int]:
    """The place named right of the role, whether "of"/"von" … connects it, and where reading goes on.

    After a connecting phrase, the place (or, not in the gazetteer, a candidate name); without one, only
    a fused genitive ("Botschafter Belgiens", never "Bürgermeister Shanghai") or a place a role is written
    before by its nature (``spec.direct``).
    """
    text = ctx.text
    connect = _CONNECT.match(text, pos)
    if connect is not None:
        mention = ctx.mention_after(connect)
        if mention is None and text.startswith(",", connect.end()):
            pos = connect.end()  # "dem Parteisekretär der Provinz, Che Jun": the name after the comma
        elif mention is None and hit.key in CANDIDATE_HEADS and (found := candidate_name(text, connect.end(), ctx)):
            hit.candidate, pos = found
        return mention, True, pos
    if not spec.direct and hit.place is not None:
        return None, False, pos
    space = _WS.match(text, pos)
    if space is None:
        return None, False, pos
    mention = ctx.starts.get(space.end())
    if (
        mention is not None
        and not spec.direct
        and (not mention.text.endswith("s") or ctx.gazetteer.lookup(mention.text) is not None)
        and not _bracketed(text, hit.start, mention.end)
    ):
        return None, False, pos
    return mention, False, pos


def _bracketed(text: str, start: int, end: int) -> bool:
    """Is the phrase a bracket of its own after a name: "Ning Yu (Oberbürgermeister Laizhou)"?"""
    return text.startswith(")", end) and text[max(0, start - 2) : start].strip() == "("


def _more_places(hit: RoleHit, mention: Mention, ctx: Context, pos: int) -> int:
    """Places joined to the first ("Shanghai and Düsseldorf") and the region or country it lies in
    ("of Düsseldorf, Germany", "of Jinan (Shandong)"), read past; return where they end."""
    text = ctx.text
    while True:
        conj = _AND.match(text, pos)
        if conj is not None and conj.end() in ctx.starts:
            other = ctx.starts[conj.end()]
            hit.places.append(other.place_id)
            pos = other.end
            continue
        appos = _APPOSITION.match(text, pos)
        if appos is not None and appos.end() in ctx.starts:
            outer = ctx.starts[appos.end()]
            inner_place = ctx.place(mention.place_id)
            outer_place = ctx.place(outer.place_id)
            if (
                inner_place is not None
                and outer_place is not None
                and outer_place.kind != "city"
                and outer_place.id != inner_place.id
                and outer_place.country == inner_place.country
            ):
                pos = outer.end
                if text.startswith(")", pos):
                    pos += 1
                continue
        return pos


def _host_right(hit: RoleHit, ctx: Context, pos: int) -> int:
    """The host after an ambassador or consul ("to China", "in Shanghai"): never the place of the office."""
    host = _HOST.match(ctx.text, pos)
    if host is None or host.end() not in ctx.starts:
        return pos
    other = ctx.starts[host.end()]
    hit.host = other.place_id
    return _after_suffix(ctx.text, other.end)


def _after_suffix(text: str, pos: int) -> int:
    """Past "Municipal People's Government", "Provincial Party Committee" … after a place."""
    suffix = _SUFFIX.match(text, pos)
    return suffix.end() if suffix is not None else pos


def find_roles(
    text: str, lang: str, gazetteer: Gazetteer, ctx: Context | None = None, hits: list[Hit] | None = None
) -> list[RoleHit]:
    """Every role phrase of ``text`` in order, with place, host and name where written (``hits``: the
    keyword hits of :func:`keywords.scan`, computed if not given)."""
    ctx = ctx or Context(text, lang, gazetteer)
    if hits is None:
        hits = scan(text)
    roles: list[RoleHit] = []
    done = 0
    for keyword in hits:
        if keyword.kind != ROLE or keyword.start < done:
            continue
        found = match_role(text, keyword.start, keyword.word)
        if found is None:
            continue
        match, spec = found
        done = match.end()
        if no_office(text, match.start(), spec) or out_of_office(text, match.start(), match.end()):
            continue
        roles.append(hit := _read_role(match, spec, ctx))
        roles.extend(joint_holders(hit, ctx))  # "die Bürgermeister Wang Hongju und Joachim Erwin"
    return roles


def _holder(ctx: Context, name_pos: int, left_start: int) -> tuple[int, int, str, int] | None:
    """The name of the office holder: right of the phrase ("Mayor Gong Zheng", "the mayor of Düsseldorf,
    Stephan Keller"), else in apposition to the left ("Stephan Keller, the mayor of …"). The left name wins
    over a surname alone on the right ("Ramazan Tezcan, secretary-general of the Izmir Metropolitan …") and
    over a name after a comma, the next of a list ("Martin Charles, Ambassador to China, Wang Lei, …")."""
    text = ctx.text
    sep = _NAME_SEP.match(text, name_pos)
    found = read_name(text, sep.end() if sep else name_pos, ctx)
    if found is None or found[3] == 1 or "," in text[name_pos : found[0]]:
        left = name_in_apposition(left_start, ctx)
        if left is not None and (found is None or left[3] > 1):
            found = left
    return found


def _read_role(match: re.Match[str], spec: RoleSpec, ctx: Context) -> RoleHit:
    text = ctx.text
    matched = match.group()
    hit = RoleHit(match.start(), match.end(), spec.key, display_form(spec, matched))
    hit.plural = is_plural(spec, matched)
    left_start = _left_place(hit, ctx)
    name_pos = _right_place(hit, spec, ctx)
    if hit.place is None and spec.country is not None:
        hit.place = spec.country
        hit.places.append(spec.country)
    if hit.place is None and (inner := _inner_adjective(matched, ctx)) is not None:  # "Head of the Bavarian State …"
        hit.place = inner
        hit.places.append(inner)
    if hit.place is None and (body := national_body(text, hit.end)) is not None:  # "Vice Premier of the State Council"
        hit.place, name_pos = body
        hit.places.append(body[0])
    if hit.key in CITY_ROLES:  # "German mayors", "a Korean governor": the office is not the country's
        countries = [p for p in hit.places if (place := ctx.place(p)) is not None and place.kind == "country"]
        if countries:
            hit.places = [p for p in hit.places if p not in countries]
            if hit.place in countries:
                hit.place = hit.places[0] if hit.places else None
    if not hit.plural:
        found = _holder(ctx, name_pos, left_start)
        if found is not None:
            hit.name_start, hit.name_end, hit.name, count = found
            hit.single = count == 1
            hit.possessive = text.startswith(("'s", "’s"), hit.name_end)
            if hit.place is None and hit.name_start >= hit.end:
                _place_after_name(hit, ctx)
        elif hit.place is not None:
            stand_in(hit, ctx, left_start)
    return hit


def _inner_adjective(matched: str, ctx: Context) -> str | None:
    """The place of an adjective inside a role phrase of several words ("Head of the Bavarian State Chancellery")."""
    places = {place for word in matched.split()[1:] if word[:1].isupper() and (place := ctx.adjective(word))}
    return places.pop() if len(places) == 1 else None


def _place_after_name(hit: RoleHit, ctx: Context) -> None:
    """The place after the name ("Minister Florian Herrmann of Bavaria"); a city's office takes no country.  A
    capitalised name there that is no known place is the office's place all the same, unknown (a candidate)."""
    after = _OF_PLACE.match(ctx.text, hit.name_end)
    mention = ctx.starts.get(after.end()) if after is not None else None
    if mention is None and after is not None and hit.key in CANDIDATE_HEADS:  # "… Maurizio Brucchi aus Teramo"
        found = candidate_name(ctx.text, after.end(), ctx)
        hit.candidate = found[0] if found is not None else None
    if mention is None or ctx.text.startswith(("'s", "’s"), mention.end):
        return
    place = ctx.place(mention.place_id)
    if hit.key in CITY_ROLES and place is not None and place.kind == "country":
        return
    hit.place = mention.place_id
    hit.places.append(mention.place_id)
