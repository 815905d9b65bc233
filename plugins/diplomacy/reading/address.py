"""The words of an article's address: many publishers put the headline in it.

``…/delegation-aus-frankenberg-besucht-partnerstadt-bytow-in-polen``,
``…/544266.Mit-Blasmusik-ins-Rathaus.html``, ``…/Freiburg-delegation-calls-on-Mayor-of-Accra-1841213``:
the last path segment of words is the *slug* (a publisher's name or a section may come before it:
``…/handelskammer-essen/IHK-Chinesische-Delegation-zu-Gast-in-Essen/boxid/234847``). Its words are
folded as publishers fold them (lower case, no accents, ``ä`` as ``ae``, ``a`` or nothing), so that a
line of the capture can be compared with it: a line whose words are the slug's is the headline (a
strong signal among the candidates of :mod:`.headline`).

>>> words = slug_words("https://www.example.de/presse/delegation-aus-xian-besucht-das-rathaus-1234.html")
>>> words
('delegation', 'aus', 'xian', 'besucht', 'das', 'rathaus')
>>> matches_slug("Delegation aus Xi'an besucht das Rathaus", words), matches_slug("Startseite Presse", words)
(True, False)
>>> matches_slug("Dialogue with Shandong 2021 - Germany-Shandong Industry Cooperation Seminar kicks off",
...              slug_words("https://finance.example.com/news/dialogue-shandong-2021-germany-shandong-0907.html"))
True

The folders before the slug are the site's sections; a local paper prints the section (its town) as a
kicker on the headline's line, and the slug leaves it out (:func:`headline_start`).
"""

from __future__ import annotations

import re
import unicodedata

from .urlpath import address_path

MIN_SLUG_WORDS = 3  # a segment with fewer words is an id or a section ("news", "detail"), not a headline
MIN_MATCHED = 3  # a line shares at least this many words with the slug …
LINE_SHARE = 0.6  # … and at least this share of its words
SLUG_SHARE = 0.5  # … and covers at least this share of the slug's words
MIN_CUT_SLUG = 3  # a slug of this many distinct words, all of them in a longer line: the headline, cut short
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
    """The words of the address's slug (its last path segment of three words or more), or ``()``.

    >>> slug_words("https://ghanaweb.example/NewsArchive/Freiburg-delegation-calls-on-Mayor-of-Accra-1841213")
    ('freiburg', 'delegation', 'calls', 'on', 'mayor', 'of', 'accra')
    >>> slug_words("https://www.example.de/buerger_rathaus/pressemitteilungen/04727/index.html.de")
    ()
    >>> slug_words("https://box.example/verband-der-handelskammern-am-rhein/IHK-Gaeste-aus-Wuhan-in-Essen/boxid/23")
    ('ihk', 'gaeste', 'aus', 'wuhan', 'in', 'essen')
    """
    path = address_path(url)
    if not path:
        return ()
    best: tuple[str, ...] = ()  # the last segment of words: sections and the publisher's name come before it
    for words in _segments(path):
        if sum(1 for w in words if w not in _SECTIONS) >= MIN_SLUG_WORDS:
            best = words
    return best


def _segments(path: str) -> list[tuple[str, ...]]:
    """The folded words of each folder of a path (numbers and extensions left out)."""
    return [
        tuple(
            word
            for token in _SPLIT.split(_EXTENSION.sub("", _EXTENSION.sub("", raw.strip())).casefold())
            if token and token.isalpha() and (word := token.translate(_ASCII_FOLD))
        )
        for raw in path.split("/")
    ]


def section_words(url: str | None) -> frozenset[str]:
    """The folded words of the address's folders before its slug: the site's sections ("staedte", "duisburg").

    >>> sorted(section_words("https://paper.example/nrw/staedte/duisburg/gaeste-aus-china-im-hafen_aid-12.html"))
    ['duisburg', 'nrw', 'staedte']
    """
    slug = slug_words(url)
    if not slug:
        return frozenset()
    words: set[str] = set()
    for tokens in _segments(address_path(url)):
        if tokens == slug:
            break
        words.update(tokens)
    return frozenset(words)


MAX_KICKER_WORDS = 2  # a section printed before the headline is a town or a region: one or two words


def headline_start(line: str, slug: tuple[str, ...], sections: frozenset[str]) -> int:
    """Where the headline starts in ``line`` when a section of the address stands before it (the town a
    local paper files the article under, copied onto the headline's line): the offset of the first word
    that the slug starts with, or 0.

    The words before it must be sections of the address that the slug leaves out, and the slug must go on
    from there (its first two words), so a headline that opens with its town keeps it.

    >>> url = "https://paper.example/nrw/staedte/duisburg/gaeste-aus-wuhan-im-hafen_aid-12.html"
    >>> line = "Duisburg Gäste aus Wuhan im Hafen"
    >>> line[headline_start(line, slug_words(url), section_words(url)):]
    'Gäste aus Wuhan im Hafen'
    >>> url = "https://paper.example/nrw/staedte/duisburg/duisburg-empfaengt-gaeste-aus-wuhan_aid-12.html"
    >>> [headline_start(t, slug_words(url), section_words(url)) for t in ("Duisburg Duisburg empfängt Gäste aus Wuhan",
    ...                                                                    "Duisburg empfängt Gäste aus Wuhan")]
    [9, 0]
    >>> line = "Duisburg: Gäste aus Wuhan im Hafen"
    >>> line[headline_start(line, slug_words(url := url.replace("duisburg-empfaengt", "gaeste-aus-wuhan-im-hafen")),
    ...                     section_words(url)):]
    'Gäste aus Wuhan im Hafen'
    """
    if len(slug) < 2 or not sections:
        return 0
    words = list(_WORD.finditer(line))
    variants = [_variants(w.group(0)) for w in words]

    def aligned(at: int) -> bool:
        return at + 1 < len(words) and slug[0] in variants[at] and slug[1] in variants[at + 1]

    if aligned(0):
        return 0
    for at in range(1, MAX_KICKER_WORDS + 1):
        if not all(variants[i] & sections for i in range(at)):
            return 0
        if aligned(at) and len(words) - at >= MIN_MATCHED:
            gap = line[words[at - 1].end() :]
            return len(line) - len(gap.lstrip(_GAP))  # "Aachen: Chinesen lernen …", "Kiel · Gäste …"
    return 0


_GAP = " :·|–—-"  # what stands between a section printed as a kicker and the headline


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
    if matched < MIN_MATCHED or matched < SLUG_SHARE * len(wanted):
        return False
    # most of the line's words, or every word of a slug the site cut short ("dialogue-shandong-2021-germany")
    return matched >= LINE_SHARE * len(words) or (len(wanted) >= MIN_CUT_SLUG and _all_in(wanted, words))


def _all_in(wanted: set[str], words: list[str]) -> bool:
    seen: set[str] = set()
    for word in words:
        seen |= _variants(word)
    return wanted <= seen
