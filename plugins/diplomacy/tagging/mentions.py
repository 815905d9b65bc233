"""The mentions stage: what is found once per article, before anything is related or decided.

:func:`find_mentions` reads an article (headline and body paragraphs) once:
the place names (:class:`Context`: the gazetteer's mentions, less those of a
name that is also a common word where nothing says it is a place, see
:func:`plausible`), the keywords (:func:`keywords.scan`: meeting words and
role words), the sentences and their kinds (:func:`sentences.read_sentences`)
and the dates of the sentences that report a meeting.  The meeting is the one
of the first dated core sentence (the headline's or the lead's); a later core
sentence dated another day ("Bereits am Montag hatte … empfangen", "On
Tuesday, Vice Mayor Wu met …") tells another meeting and is marked ``other``.

>>> import datetime as dt
>>> from diplomacy.places.gazetteer import Gazetteer
>>> found = find_mentions("Reker trifft Chen", ["Am 9. September empfing Reker Chen in Köln. "
...     "Bereits am Dienstag hatte Chen Düsseldorf besucht."], "de", dt.date(2024, 9, 13), Gazetteer.load())
>>> found.main_date, [m.place_id for m in found.places], [(s.core, s.other) for s in found.sentences]
(datetime.date(2024, 9, 9), ['koeln', 'duesseldorf'], [(True, False), (True, False), (False, True)])
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from .keywords import Hit, scan
from .mainmeeting import earlier_meetings, main_date, next_meetings, other_months
from .sentences import Sentence, Sentences, read_sentences

if TYPE_CHECKING:
    from diplomacy.places.gazetteer import Gazetteer, Mention, Place

__all__ = ["Context", "Mentions", "find_mentions", "plausible"]


class Context:
    """A text, its place mentions and cached gazetteer look-ups, shared by the tagging steps."""

    __slots__ = ("ends", "gazetteer", "lang", "mentions", "starts", "text")

    def __init__(self, text: str, lang: str, gazetteer: Gazetteer, mentions: list[Mention] | None = None) -> None:
        self.text = text
        self.lang = lang
        self.gazetteer = gazetteer
        self.mentions = gazetteer.find(text) if mentions is None else mentions
        self.starts = {m.start: m for m in self.mentions}
        self.ends = {m.end: m for m in self.mentions}

    def mention_after(self, match: re.Match[str]) -> Mention | None:
        """The mention right after a connecting phrase ("of the", "der Provinz"), or one that
        swallows its last words ("der Provinz Shandong" when the alias is "Provinz Shandong")."""
        end = match.end()
        mention = self.starts.get(end)
        if mention is not None:
            return self.partner_named(mention)
        text = self.text
        pos = match.start()
        while True:
            pos = text.find(" ", pos, end)
            if pos < 0:
                return None
            pos += 1
            mention = self.starts.get(pos)
            if mention is not None and mention.end >= end:
                return self.partner_named(mention)

    def partner_named(self, mention: Mention) -> Mention | None:
        """The place a possessive partner phrase names: "Bonn's partner city Chengdu", "Nürnbergs
        Partnerstadt Shenzhen", "Antwerp's sister city Shanghai" → the partner; else the mention itself.

        Without a name after it ("eine Delegation aus Ratingens Partnerstadt in China") the phrase means the
        possessor's partner, never the possessor: its one partner in the register named in the text, or None.

        >>> from diplomacy.places.gazetteer import Gazetteer
        >>> ctx = Context("Huishan liegt bei Wuxi. Gäste aus Ratingens Partnerstadt kamen.", "de", Gazetteer.load())
        >>> ctx.partner_named(ctx.mentions[-1]).place_id
        'huishan'
        """
        match = _PARTNER_OF.match(self.text, mention.end)
        if match is None:
            return mention
        if not match.group(1) and not (mention.text.endswith("s") and self.gazetteer.lookup(mention.text) is None):
            return mention  # "Bonn partner city" without a genitive: no possessive
        named = self.starts.get(match.end())
        if named is not None:
            return named
        partners = {place_id for place_id, _since in self.gazetteer.partners(mention.place_id)}
        known = [m for m in self.mentions if m.place_id in partners]
        return known[0] if len({m.place_id for m in known}) == 1 else None

    def place(self, place_id: str | None) -> Place | None:
        return self.gazetteer.get(place_id) if place_id else None

    def adjective(self, word: str) -> str | None:
        """The place a demonym or place adjective stands for: "Belgian", "belgische", "Kölner", "bayerischer"."""
        return _adjective_place(self.gazetteer, word)

    def demonym(self, word: str) -> bool:
        """Is ``word`` one of the gazetteer's demonyms ("German", "chinesische")?  No guessing from city names."""
        return _is_demonym(self.gazetteer, word)


# Look-ups of single words, cached for all articles (gazetteers are long-lived: Gazetteer.load caches them).
_CACHE_SIZE = 50_000
_ISCH = re.compile(r"isch(?:e[nrsm]?)?$")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _is_demonym(gazetteer: Gazetteer, word: str) -> bool:
    hits = gazetteer.adjective(word)
    return bool(hits) and hits[0].start == 0 and hits[0].end == len(word)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _adjective_place(gazetteer: Gazetteer, word: str) -> str | None:
    hits = gazetteer.adjective(word)
    if hits and hits[0].start == 0 and hits[0].end == len(word):
        return hits[0].place_id
    if len(word) < 5 or not word[0].isalpha():
        return None
    lower = word.lower()
    stems: list[str] = []
    if word[0].isupper() and lower.endswith("er"):
        stem = word[:-2]  # Kölner, Düsseldorfer, Bremer, Dresdner, Münchner
        stems += [stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else stem + "n"]
    if word[0].isupper() and lower.endswith("an"):
        stems.append(word[:-1])  # Bavarian → Bavaria
    match = _ISCH.search(lower)
    if match:
        stem = word[: match.start()]  # bayerisch → Bayer(n), hessisch → Hess(en), sächsisch → Sachs(en)
        plain = stem.replace("ä", "a").replace("ö", "o").replace("ü", "u")
        stems += [s.capitalize() + end for s in (stem, plain) for end in ("n", "en", "")]
    for stem in stems:
        place = gazetteer.lookup(stem)
        if place is not None and place.kind != "country":
            return place.id
    return None


# After a place in the genitive: its partner named next ("'s sister city Shanghai", "s Partnerstadt Shenzhen").
_PARTNER_OF = re.compile(
    r"(['’]s)?[ \u00a0]+(?:(?:[a-z]+|German|Chinese|Korean|Japanese)[ \u00a0]+)?"
    r"(?:(?i:partner|sister|twin|friendship|friendly)[ \u00a0-]+(?i:city|town|province|region|state)|"
    r"(?:chinesische[nr]?|deutsche[nr]?|koreanische[nr]?|japanische[nr]?)?[ \u00a0]*"
    r"(?:Partner|Schwester|Freundschafts)(?:stadt|provinz|region|land|kommune))(?:[ \u00a0]+|(?=[.,;:!?)]|$))"
)
# An ambiguous name (Essen, Hof, Halle) is a place only after one of these words.
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|nach|aus|von|of|from|to|at|visited|besuchte|besucht|Stadt|city|and|und|sowie|Partnerstadt|"
    r"Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Mayor)|,)[ \u00a0]*$",
    re.IGNORECASE,
)


# A small number right after a name: "Halle 6", "Halle 10.2", "Hof 3a" (a hall, a yard); not a year ("Halle
# 2024"), an amount ("Essen 1,5 Millionen") or a count of something ("in Essen 20 Unternehmen").
# A place's leader named right after the name ("Iowa Governor Terry Branstad", "Hyogo Governor", "Hof
# Oberbürgermeisterin"): the office says the name is the place it is held for.
_LEADER_AFTER = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:(?:Vice|Deputy|Acting|Lieutenant)[ \u00a0-])?(?:Governor|Mayor|Lord[ \u00a0]Mayor|Premier|"
    r"Chief[ \u00a0]Minister|Minister[ -]President|Gouverneur(?:in)?|Vizegouverneur(?:in)?|Landrat|Landrätin|"
    r"(?:Ober)?[Bb]ürgermeister(?:in)?)\b"
)
_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d{1,2}(?:\.\d{1,2})?[a-z]?(?!\d|[.,]\d)(?![ \u00a0]+[A-ZÄÖÜ])")


def plausible(mention: Mention, ctx: Context, title_end: int) -> bool:
    """Is a mention of a name that is also a common word (Essen, Hof, Halle) really the place?

    It is after "in", "aus", "von", "nach", "of", … (but not "im", "beim",
    "zum", "die"), right before its leader's office ("Iowa Governor …"), as a genitive ("Essens"),
    or at the start of the headline; never right before a number ("in Halle 6": an exhibition hall).

    >>> bool(_LEADER_AFTER.match(" Governor Terry Branstad")), bool(_LEADER_AFTER.match("’s Vice Governor"))
    (True, True)
    >>> bool(_LEADER_AFTER.match(" Governance")), bool(_LEADER_AFTER.match(" Oberbürgermeisterin Eva Döhla"))
    (False, True)
    """
    place = ctx.place(mention.place_id)
    if place is None or not place.ambiguous or mention.qualified:  # "Präfektur Hyogo" says it is a place
        return True
    text = ctx.text
    if _NUMBER_AFTER.match(text, mention.end):
        return False  # "in Halle 6", "Hof 3": a hall or a yard with its number
    if mention.start == 0 and title_end > 0:
        return True
    if _LEADER_AFTER.match(text, mention.end):
        return True
    if mention.text.endswith("s") and ctx.gazetteer.lookup(mention.text) is None:
        return True
    return bool(_PLACE_CUE.search(text, max(0, mention.start - 25), mention.start))


class Mentions:
    """One article as the mentions stage found it: its text, places, keywords, sentences and main date."""

    __slots__ = (
        "ctx",
        "gazetteer",
        "hits",
        "lang",
        "main_date",
        "main_sentence",
        "published",
        "sentences",
        "text",
        "title",
        "title_end",
    )

    def __init__(
        self, title: str, paragraphs: list[str], lang: str, published: dt.date | None, gazetteer: Gazetteer
    ) -> None:
        self.title = " ".join(title.split()) if title else ""
        body = [" ".join(p.split()) for p in paragraphs if p and p.strip()]
        self.text = "\n".join([self.title, *body]) if self.title else "\n".join(body)
        self.title_end = len(self.title)
        self.lang = lang
        self.published = published
        self.gazetteer = gazetteer
        self.ctx = _places(self.text, lang, gazetteer, self.title_end)
        self.hits: list[Hit] = scan(self.text)
        self.sentences: Sentences = read_sentences(self.text, self.hits, title_end=self.title_end, published=published)
        self.main_sentence: Sentence | None = None  # the sentence the main date was read from
        self.main_date = main_date(self)
        other_months(self)
        next_meetings(self)
        earlier_meetings(self)

    @property
    def places(self) -> list[Mention]:
        """The place mentions of the text, in order."""
        return self.ctx.mentions

    def title_places(self) -> list[Mention]:
        """The place mentions of the headline."""
        return [m for m in self.ctx.mentions if m.start < self.title_end]

    def sentence_at(self, pos: int) -> Sentence | None:
        return self.sentences.at(pos)

    def words(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def kind(self, place_id: str) -> str:
        """The kind of a place ("city", "region", "country"); "city" if the gazetteer does not know it."""
        place = self.gazetteer.get(place_id)
        return place.kind if place else "city"

    def country(self, place_id: str) -> str | None:
        place = self.gazetteer.get(place_id)
        return place.country if place else None


def find_mentions(
    title: str, paragraphs: list[str], lang: str, published: dt.date | None, gazetteer: Gazetteer
) -> Mentions:
    """Read one article: its places, keywords, sentences and the date of the meeting it reports first."""
    return Mentions(title, paragraphs, lang, published, gazetteer)


def _places(text: str, lang: str, gazetteer: Gazetteer, title_end: int) -> Context:
    """The text's place mentions, without a common word that is no place here ("gemeinsames Essen", "Halle 6")."""
    ctx = Context(text, lang, gazetteer)
    mentions = [m for m in ctx.mentions if plausible(m, ctx, title_end)]
    if len(mentions) < len(ctx.mentions):
        ctx = Context(text, lang, gazetteer, mentions)
    return ctx
