"""The words of an article's address: many publishers put the headline in it.

``…/delegation-aus-frankenberg-besucht-partnerstadt-bytow-in-polen``,
``…/544266.Mit-Blasmusik-ins-Rathaus.html``, ``…/Freiburg-delegation-calls-on-Mayor-of-Accra-1841213``:
the path segment with the most words is the *slug*. Its words are folded as publishers fold them
(lower case, no accents, ``ä`` as ``ae``, ``a`` or nothing), so that a line of the capture can be
compared with it: a line whose words are the slug's is the headline (a strong signal among the
candidates of :mod:`.headline`), and a capture that prints no headline gets one made of the slug's
words, spelled as the text spells them (with a warning).

>>> words = slug_words("https://www.example.de/presse/delegation-aus-xian-besucht-das-rathaus-1234.html")
>>> words
('delegation', 'aus', 'xian', 'besucht', 'das', 'rathaus')
>>> matches_slug("Delegation aus Xi'an besucht das Rathaus", words), matches_slug("Startseite Presse", words)
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

MIN_SLUG_WORDS = 3  # a segment with fewer words is an id or a section ("news", "detail"), not a headline
MIN_MATCHED = 3  # a line shares at least this many words with the slug …
LINE_SHARE = 0.6  # … and at least this share of its words
SLUG_SHARE = 0.5  # … and covers at least this share of the slug's words
TITLE_SHARE = 0.5  # a title made of the slug: this share of its words must be in the text
_SPLIT = re.compile(r"[-_+.,;:!~=\s]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm|vnp|bbg|xml)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ı": "i", "ł": "l"})
# path words that are a site's sections, never a headline's (a segment of nothing else is no slug)
_SECTIONS_TEXT = """
    news article articles artikel detail details detailansicht newsdetail einzelansicht content index html htm
    de en deutsch english aktuelles presse pressemitteilungen pressemeldungen meldungen nachrichten lokales
    region politik wirtschaft kultur china world home page view show id
"""
_SECTIONS = frozenset(_SECTIONS_TEXT.split())


def _variants(word: str) -> set[str]:
    """How a publisher may have written ``word`` in an address: ``Gästen`` -> gaesten, gasten, gsten."""
    lower = word.casefold().translate(_ASCII_FOLD).replace("’", "").replace("'", "")
    umlauts = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    plain = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    dropped = "".join(c for c in lower if c.isascii())
    return {umlauts, plain, dropped}


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the address's slug (the path segment with the most words), or ``()``.

    >>> slug_words("https://ghanaweb.example/NewsArchive/Freiburg-delegation-calls-on-Mayor-of-Accra-1841213")
    ('freiburg', 'delegation', 'calls', 'on', 'mayor', 'of', 'accra')
    >>> slug_words("https://www.example.de/buerger_rathaus/pressemitteilungen/04727/index.html.de")
    ()
    """
    if not url:
        return ()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return ()
    best: tuple[str, ...] = ()
    for raw in path.split("/"):
        segment = _EXTENSION.sub("", _EXTENSION.sub("", raw.strip()))
        words = tuple(
            word
            for token in _SPLIT.split(segment.casefold())
            if token and token.isalpha() and (word := token.translate(_ASCII_FOLD))
        )
        if sum(1 for w in words if w not in _SECTIONS) >= MIN_SLUG_WORDS and len(words) > len(best):
            best = words
    return best


def _matched(words: list[str], slug: set[str]) -> int:
    return sum(1 for word in words if _variants(word) & slug)


def matches_slug(line: str, slug: tuple[str, ...] | frozenset[str]) -> bool:
    """Is ``line`` the headline the address spells: most of its words in the slug, most of the slug's in it?"""
    if not slug:
        return False
    words = _WORD.findall(line)
    if len(words) < MIN_MATCHED:
        return False
    wanted = set(slug)
    matched = _matched(words, wanted)
    return matched >= MIN_MATCHED and matched >= LINE_SHARE * len(words) and matched >= SLUG_SHARE * len(wanted)


def title_from_slug(slug: tuple[str, ...], text: str) -> str | None:
    """A title made of the slug's words, each spelled as the text spells it ("gaeste" -> "Gäste"), when
    most of them are words of the text; None otherwise.

    >>> title_from_slug(("freiburg", "delegation", "calls", "on", "mayor", "of", "accra"),
    ...                 "A delegation from Freiburg called on the Mayor of Accra on Monday.")
    'Freiburg delegation calls on Mayor of Accra'
    >>> title_from_slug(("ein", "ganz", "anderer", "text"), "Der Oberbürgermeister empfing die Gäste.") is None
    True
    """
    if len(slug) < MIN_SLUG_WORDS:
        return None
    spelled: dict[str, str] = {}
    for word in _WORD.findall(text):
        for variant in _variants(word):
            spelled.setdefault(variant, word)
    found = [spelled.get(word) for word in slug]
    if sum(1 for word in found if word) < TITLE_SHARE * len(slug):
        return None
    title = " ".join(word or slug[n] for n, word in enumerate(found))
    return title[:1].upper() + title[1:]
