"""Navigation copied with a page: menus, breadcrumbs, navigation words (never an article's headline).

A menu is a run of items separated by ``|``, ``·``, ``»``, a breadcrumb (``Start > Aktuelles``), a line
mostly made of navigation words ("Home", "Startseite", "Aktuelles"), a run of capitalised items, or
a line of nothing but place names (a regional menu).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Items of menus and footers in English and German (lower-cased); a line mostly made of them is navigation.
_NAV = """
    home homepage news metro business nation world opinion feature features sport sports video videos photo photos
    culture society politics economy travel tourism life arts lifestyle science sci-tech tech technology
    region regions regional provinces investment about contact search menu login register subscribe newsletter
    lokales abo e-paper epaper anzeigen
    english deutsch 中文 español français services service topics media press releases events policies
    multimedia specials special reports more top latest weather columns blogs business-news
    startseite aktuelles nachrichten presse pressemitteilungen pressemeldungen pressedienst pressestelle termine
    themen service kontakt suche impressum datenschutz barrierefreiheit leichte sprache gebärdensprache
    rathaus politik verwaltung bürgerservice wirtschaft kultur freizeit tourismus leben bildung soziales umwelt
    stadt landesregierung ministerien ministerium landtag parlament abgeordnete dokumente besuch besucherdienst
    mediathek bilder abonnement reden termine karriere stellenangebote veranstaltungen international
    internationales partnerstädte aktuell meldungen archiv übersicht sitemap
    government invest trade living visiting studying working requested faq faqs feedback
    studium forschung universität presseportal lehre campus hochschule
"""
NAV_WORDS = frozenset(_NAV.split())
_SEPARATORS = re.compile(r"\s+[|·•»›>/]\s+|\s*(?:\||>>|»|›)\s*")
_NAV_MARK = re.compile(
    r"^(?:sie sind hier|sie befinden sich hier|you are here|startseite|start|home|english|deutsch)\b\W*(?:[>›»/|:]|$)",
    re.IGNORECASE,
)
# "Home Page ChengDu News International Exchanges …": a navigation word, then five or more capitalised items
_NAV_START = re.compile(r"(?:home|startseite|start)\b(?:\s+(?:[A-ZÄÖÜ][\w-]*|[a-z]{1,3})){5,}\s*$", re.IGNORECASE)
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöüß]")
_BULLET = re.compile(r"(?:^|(?<=[\s\w]))[v•·▪►▸›»]\s+(?=[A-ZÄÖÜ0-9])")  # teaser lists: "v Headline v Headline"
_CRUMB = re.compile(r"\s(?:>|›|»|>>)\s")
_JOINERS = "a an and as at by for from in of on the to with vs"
TITLE_CASE_JOINERS = frozenset(_JOINERS.split())
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def place_menu(text: str, places: Callable[[str], int]) -> bool:
    """Four or more capitalised words, nothing in lower case, most of them place names ("Neuss Dormagen …").

    A headline naming two places in title case ("Town Twinning Duisburg - Wuhan") has as many other words:
    no menu.

    >>> count = lambda text: sum(text.count(name) for name in ("Duisburg", "Wuhan", "Neuss", "Dormagen", "Kaarst"))
    >>> place_menu("Neuss Dormagen Kaarst Grevenbroich", count), place_menu("Town Twinning Duisburg - Wuhan", count)
    (True, False)
    """
    words = WORD.findall(text)
    if len(words) < 4 or not all(w[0].isupper() for w in words):
        return False
    return places(text) * 2 > len(words)


def is_menu(text: str) -> bool:
    """A line of navigation items: separated by ``|``, ``·``, ``»``, or mostly navigation words.

    >>> is_menu("News | Metro | Business | Nation"), is_menu("Rathaus Bürgerservice Kultur Wirtschaft Tourismus")
    (True, True)
    >>> is_menu("Shanghai mayor meets Düsseldorf delegation"), is_menu("Xi Jinping and Scholz Discuss Belt and Road")
    (False, False)
    >>> is_menu("GÄSTE AUS XI'AN IM ALTEN RATHAUS"), is_menu("Rathaus Politik Verwaltung Kultur")
    (False, True)
    """
    if (
        _NAV_MARK.search(text.strip())
        or len(_GLUED.findall(text)) >= 3  # "HannoverStudierendeAlumni…": a menu copied without spaces
        or text.lstrip().startswith(("• ", "· ", "▪ ", "► "))
        or _NAV_START.match(text.strip())
        or len(_BULLET.findall(text)) >= (2 if _BULLET.match(text) else 3)
    ):
        return True
    crumbs = _CRUMB.split(text.strip())
    if len(crumbs) >= 2 and len(crumbs[0].split()) <= 2 and all(len(c.split()) <= 6 for c in crumbs):
        return True  # a breadcrumb: "Start > Aktuelles aus dem Generalkonsulat"
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
        return True
    words = WORD.findall(text)
    if len(words) < 3:
        return False
    if _same_word_thrice(words):
        return True  # "Investing in Beijing Working in Beijing Studying in Beijing": items of one menu
    nav = sum(1 for w in words if w.casefold() in NAV_WORDS)
    if nav >= max(2, (len(words) + 1) // 2) or (nav >= 4 and nav * 3 >= len(words)):
        return True  # mostly navigation words, or four of them in a line ("English About … Latest News Laws …")
    # five or more capitalised words with nothing in lower case and no digits: a menu, not a phrase
    # five or more capitalised words, two of them navigation words, none of the small words that title-case
    # headlines keep ("Mayor Hosts Delegation For Talks"): a menu
    # (a headline set in capitals, "CHINESISCHER STAATSPRÄSIDENT IM ROTEN RATHAUS", is no such run)
    capitalised = all(w[0].isupper() or w == "&" for w in words) and not all(w.isupper() for w in words)
    joined = any(w.casefold() in TITLE_CASE_JOINERS for w in words)
    return capitalised and len(words) >= 4 and nav >= 1 and not joined and not any(c.isdigit() for c in text)


_TAG_SEPARATORS = re.compile(r"\s*[,;]\s+|\s+[-–]\s+")
_TAG_JOINERS = TITLE_CASE_JOINERS | {"&", "und", "der", "die", "das", "für"}


def is_tag_list(text: str) -> bool:
    """The site's categories or tags, copied beside a date ("AHK China - News-Hauptkategorie, Chamber,
    German Industry & Commerce"): three or more short items, every word capitalised but the joining ones.

    >>> is_tag_list("AHK China - News, Chamber, German Industry & Commerce")
    True
    >>> is_tag_list("Wirtschaft, Tourismus und Kultur prägen Partnerschaften mit China")
    False
    """
    items = [item for item in _TAG_SEPARATORS.split(text.strip()) if item]
    if len(items) < 3 or any(len(item.split()) > 4 for item in items):
        return False
    return all(w[0].isupper() or w.casefold() in _TAG_JOINERS for w in WORD.findall(text))


def _same_word_thrice(words: list[str]) -> bool:
    """A capitalised word of three letters or more three times in one line: a headline never repeats one so."""
    counts: dict[str, int] = {}
    for word in words:
        if len(word) >= 3 and word[0].isupper():
            counts[word] = counts.get(word, 0) + 1
    return max(counts.values(), default=0) >= 3
