"""Which line of a capture is its headline: candidate lines scored by what real news pages show.

A capture copied from a browser starts with whatever the page shows above the article: the site's
name, a language switcher, a menu, a breadcrumb, a cookie or JavaScript notice, a date line, a
dateline ("Shanghai", "DÜSSELDORF, 14. April (Xinhua) --"). The headline is the line that looks
like one, and real pages give it away by where it stands and what it repeats:

* it is **repeated** further down (the page's ``<title>`` and its ``<h1>``, or a teaser);
* it stands **next to the date line** (just above or below);
* it may be the **last element of a breadcrumb** ("Startseite › Presse › Besuch aus Xi'an"): that element
  is a candidate of its own;
* it has the **form of a headline**: a few words up to two lines, no final full stop, words in
  lower case between the capitalised ones ("Mayors of Shanghai and Köln meet in …");

and what it is not: a **menu** (a run of capitalised one-word items, or items separated by ``|``,
``·``, ``•``; navigation words such as "Home", "Startseite", "Aktuelles"), a **notice** (cookies,
JavaScript, consent), a **site name**, a **sentence** (the lead). Each candidate gets a score from
the table :data:`SCORES`; the best one above :data:`MIN_SCORE` wins; on a tie a line of its own beats a
breadcrumb's element, then the earliest wins. With no
candidate the caller falls back to the article's first sentence (shortened), with a warning.

>>> lines = ["Home | News | Metro | World | Opinion", "2019-08-28 09:12 Shanghai Daily",
...          "Shanghai and Hamburg mayors discuss port cooperation",
...          "The mayors of Shanghai and Hamburg met on Tuesday to discuss the ports."]
>>> choose(lines, first_body=3, date_lines={1}).index
2
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .address import matches_slug
from .menus import TITLE_CASE_JOINERS, WORD, is_menu, place_menu

# What a candidate's features are worth (one table: tune here, measure with tests/score.py dev).
SCORES: dict[str, int] = {
    "address": 8,  # the words of the address's slug (many publishers put the headline in it)
    "repeated": 4,  # the same text again below, up to the article's end (page title and h1, or a teaser)
    "next_to_date": 3,  # directly above or below the date line
    "headline_length": 2,  # 3 to 24 words
    "short": -2,  # 2 words
    "tiny": -4,  # 1 word
    "too_long": -4,  # over 30 words
    "first_clean": 2,  # the first headline-like line with nothing against it (captions and deks come after)
    "after_nav": 1,  # right below a menu or breadcrumb
    "above_tools": 3,  # right above the share menu's close button (above it a kicker, the first clean line)
    "menu": -8,  # a run of navigation items
    "notice": -8,  # cookies, JavaScript, consent, newsletter
    "sentence": -5,  # ends with a full stop and is long: the lead
    "stop": -1,  # ends with a full stop while other candidates do not
    "site": -5,  # looks like a site's name ("SHINE", "nrwheute", "Das Online-Magazin für …", "Ministerium für …")
    "caption": -6,  # a photo caption or credit ("(Xinhua/Li Tao)", "[Photo/Xinhua]", "Foto: …", "(L)")
    "markup": -8,  # HTML source copied with the text ("<img src=…>")
    "dateline": -8,  # "BERLIN, 16. Mai (Xinhua) --": the opening of the article's first sentence
    "byline": -5,  # "By Li Qian", "Robert Schilken, Herausgeber"
    "footer_repeat": -6,  # repeated only below the article (the site's name in its footer)
    "media_name": -4,  # a short name of a paper, agency or station ("China Radio International")
    "cjk": -4,  # mostly Chinese characters in a capture of English or German text (a metadata line)
    "label": -6,  # "Pressemitteilung", "News", a rubric of one or two words
    "colon_end": -6,  # ends with a colon: it introduces what follows ("Das Presseamt teilt mit:", "Contact:")
    "first_line": -1,  # the very first line: more often the site's name than the headline
}
MIN_SCORE = 1
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS, TOO_LONG_WORDS = 3, 24, 30
MAX_CHARS = 400  # a longer line is never a headline
NOTICE_LINES = 80  # notices are looked for this far from the top and the end
FIRST_LINE_HEADLINE_WORDS = 6  # a first line this long is as clean a candidate as any (site names are shorter)

_NOTICE = re.compile(
    r"cookie|javascript|java script|datenschutzeinstellungen|einwilligung|consent|zustimm|akzeptier|"
    r"your browser|ihr browser|enable|aktivieren sie|newsletter|abonnieren|subscribe|werbung|advertisement|"
    r"licen[cs]e needed|all rights reserved|alle rechte vorbehalten|subscription|paywall|support us|"
    r"unterstützung zählt|unterstützen sie|spenden|create (?:your|an) account|immediate access|sign in to|log in to|"
    r"geschätzte[rn]? leser|liebe leser|dear reader|you are (?:currently )?viewing|"
    r"schriftgröße|font size|text size|size:\s*big|background colou?r|kontrast|leichte sprache|"
    r"navigation|überspringen|skip to|springe zu|zum inhalt|sprungmarken",
)  # lower-case: matched against the lower-cased text (IGNORECASE is 8x slower)
# what an office or a rubric does in a headline ("Consulate General welcomes 4 German delegations"): no site name
_ACTS = (
    r"(?:trifft|empfängt|empfing|besucht|begrüßt|feiert|eröffnet|lädt|unterzeichnet|meets|visits|welcomes|receives|"
    r"hosts|holds|signs|opens|celebrates|attends|congratulates|calls on)"
)
_SITE_PHRASE = re.compile(
    r"(?:online-?\w*magazin|nachrichtenportal|\bportal$|\bverlag\b|channel description|official (?:web)?site|"
    r"press office|lokalnachrichten|nachrichten für|news for|wordpress|"
    r"^\S+(?: \S+)? magazine?(?: \S+)?$|^(?:staats|bundes|landes)?ministerium (?:für|des)\b|"
    r"^ministry of\b|^the state government|(?:government|municipality|affairs office)(?: of [\w ]+)?$|"
    r"\b(?:box)?id:\s*\d{3,}|^(?:[\w-]+ ){0,3}(?:government|embassy|consulate|municipality)$|"
    r"^(?:embassy|consulate|botschaft|generalkonsulat|freie und hansestadt|landeshauptstadt|bundesstadt)\b"
    rf"(?!.* {_ACTS} )|"
    r"^(?:die )?landesregierung\b|^(?:bayerische |sächsische )?staatskanzlei$)",
    re.IGNORECASE,
)
_CAPTION = re.compile(  # not a wire headline's "(FOTO)": the release comes with a photo
    r"\((?!(?-i:FOTOS?|PHOTOS?|BILDER|VIDEO)\))(?:xinhua|photo|foto|cfp|ic|vcg|afp|dpa|reuters|ap)\b[^)]*\)\s*$|"
    r"\b(?:file photo|photo credit|photo:|foto:|"
    r"bild:|bildquelle|fotos?:|©|foto von|photo by|bild von|fotos? von)|\[(?:photo|foto|bild)\b|"
    r"\((?:l|r|c|m|left|right|cent(?:er|re)[\w ]*|front|middle|"
    r"von links|v\. ?l\.|links|rechts|mitte)\)|\((?:quelle|source):",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|von|text:|author:|autor:)\s+\S+(?:\s+\S+){0,3}$|"
    r"^[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){1,2},? (?:herausgeber\w*|redakteur\w*|editor|reporter|autor\w*|"
    r"correspondent|korrespondent\w*|chefredakt\w*)$",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"^<[a-z!/][^>]*>|<(?:img|a|div|span|p|script|iframe)\b[^>]*>", re.IGNORECASE)
_DATELINE = re.compile(r"^[^\W\d_][\w .'/-]{1,40},\s+[\w. ]{3,20}\s*(?:\([^)]{2,30}\))?\s*(?:--|—|–)\s*$")
_MEDIA = re.compile(
    r"\b(?:radio|tv|television|zeitung|news|daily|times|post|online|agentur|agency|rundschau|kurier|anzeiger|"
    r"nachrichten|tagblatt|journal|review|network|broadcasting|press)\b",
    re.IGNORECASE,
)
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_WEATHER = re.compile(r"\d\s?°\s?[CF]?(?:\s|/|$)")
WIDGET_MAX_WORDS = 8
_LABEL = re.compile(
    r"(?:press release|news release|pressemitteilung|pressemeldung|presseinformation|medieninformation|"
    r"news|nachrichten|aktuelles|meldung|artikel|article|topic|thema)s?\W*",
    re.IGNORECASE,
)
_RUBRIC = re.compile(
    r"(?:pressemitteilungen|pressemeldungen|presseinformationen|nachrichten|aktuelles|meldungen|news|press releases)"
    rf"\b(?! \w+ {_ACTS})",
    re.IGNORECASE,
)
_FINAL_STOP = re.compile(r"[.!?…。！？]['’\"»“”)」]*$")


@dataclass(frozen=True, slots=True)
class Choice:
    """The headline chosen among the candidates: its line, its score and why."""

    index: int
    text: str
    score: int
    reasons: tuple[str, ...]


def choose(
    lines: list[str],
    first_body: int,
    date_lines: set[int] | frozenset[int] = frozenset(),
    skip: set[int] | frozenset[int] = frozenset(),
    crumbs: dict[int, str] | None = None,
    places: Callable[[str], int] | None = None,
    body_end: int | None = None,
    tools: set[int] | frozenset[int] = frozenset(),
    slug: tuple[str, ...] = (),
) -> Choice | None:
    """The best headline among ``lines[:first_body]`` (and the ends of breadcrumbs), or None.

    ``date_lines``: indexes of date lines; ``skip``: lines already known to be something else (meta
    lines, captions); ``crumbs``: line index -> a part of that line that is a candidate of its own (the
    last element of a breadcrumb, a headline printed on the date line); ``places``: how many place
    names a text has (a line of nothing but place names is a regional menu); ``body_end``: the line after
    the article's last paragraph (a repeat further down is in the footer); ``tools``: indexes of the
    share menu's close button (the headline stands right above it, a kicker above the headline);
    ``slug``: the words of the address's slug (:func:`diplomacy.reading.address.slug_words`).
    """
    keys = [repeat_key(line) for line in lines]
    body_end = len(lines) if body_end is None else body_end
    later: dict[str, int] = {}
    for index in range(len(lines) - 1, -1, -1):
        later.setdefault(keys[index], index)
    best: Choice | None = None
    best_rank = (0, 0)
    skip = set(skip) | set(date_lines)
    candidates = [(i, lines[i]) for i in range(min(first_body, len(lines))) if i not in skip and lines[i].strip()]
    candidates += [(i, text) for i, text in (crumbs or {}).items()]
    scored = []
    lead = lines[first_body] if first_body < len(lines) else ""
    chinese_page = len(_CJK_CHAR.findall(lead)) * 3 > len(lead) > 0  # Chinese lines are no noise on a Chinese page
    for index, text in candidates:
        reasons = _features(text, index, lines, keys, later, date_lines, body_end, chinese_page)
        if places is not None and "menu" not in reasons and place_menu(text, places):
            reasons.append("menu")
        if index + 1 in tools and index < len(lines) and lines[index] == text:
            reasons.append("above_tools")
        if slug and matches_slug(text, slug):
            reasons.append("address")
        scored.append((index, text, reasons))
    unstopped = any(not _FINAL_STOP.search(t) and "headline_length" in r for _i, t, r in scored)
    for _index, text, reasons in scored:
        if unstopped and _FINAL_STOP.search(text):
            reasons.append("stop")  # a sentence among lines that read as headlines: body text, not the headline
    clean = [  # a headline found on a date line is never the first clean line: that is a line of its own
        i
        for i, t, reasons in scored
        if "headline_length" in reasons
        and i not in date_lines
        and all(SCORES[r] >= 0 or (r == "first_line" and _phrase_not_name(t)) for r in reasons)
    ]
    for index, text, reasons in scored:
        if clean and index == min(clean):
            reasons.append("first_clean")
        score = sum(SCORES[reason] for reason in reasons)
        if score >= MIN_SCORE and (best is None or (score, _rank(lines, index, text)) > (best.score, best_rank)):
            best, best_rank = Choice(index, text, score, tuple(reasons)), _rank(lines, index, text)
    return best or _short_line_above_lead(scored, lines)


def _short_line_above_lead(scored: list[tuple[int, str, list[str]]], lines: list[str]) -> Choice | None:
    """With no candidate, a two-word line right above the article with nothing else against it, not the
    capture's first line ("Handelspartner China" under a topic label): a short headline rather than the
    first sentence."""
    own = [(i, t, r) for i, t, r in scored if i < len(lines) and lines[i] == t]
    if not own:
        return None
    index, text, reasons = max(own)
    if "short" not in reasons or any(SCORES[r] < 0 for r in reasons if r != "short"):  # the first line: a site
        return None
    return Choice(index, text, sum(SCORES[r] for r in reasons), (*reasons, "above_lead"))


def _rank(lines: list[str], index: int, text: str) -> tuple[int, int]:
    """How a tie is broken: a line of its own before a part of a line (a breadcrumb's last element is
    more often the section than the headline), then the earlier line."""
    return (index < len(lines) and lines[index] == text, -index)


def _features(
    text: str,
    index: int,
    lines: list[str],
    keys: list[str],
    later: dict[str, int],
    date_lines: set[int] | frozenset[int],
    body_end: int,
    chinese_page: bool = False,
) -> list[str]:
    if len(text) > MAX_CHARS:
        return ["too_long"]  # no headline: and no expression runs over a 100,000-character line
    if not any(c.isalpha() for c in text):
        return ["tiny", "label"]  # "2008", "—": no words at all
    words = WORD.findall(text)
    cjk = len(_CJK_CHAR.findall(text))
    count = max(len(words), cjk // 2)  # Chinese has no spaces: about two characters a word
    reasons: list[str] = []
    key = keys[index] if index < len(keys) and lines[index] == text else repeat_key(text)
    repeat = later.get(key)
    if count >= 3 and repeat is not None and repeat > index:
        reasons.append("repeated" if repeat <= body_end else "footer_repeat")
    if count <= 4 and _MEDIA.search(text) and not _FINAL_STOP.search(text):
        reasons.append("media_name")
    if (cjk * 3 > len(text) or _other_letters(text)) and not chinese_page:
        reasons.append("cjk")
    on_date_line = index in date_lines and index < len(lines) and text != lines[index]  # a part of it
    if any(abs(index - d) <= 2 and (d != index or on_date_line) for d in date_lines) and not _FINAL_STOP.search(text):
        reasons.append("next_to_date")
    if HEADLINE_MIN_WORDS <= count <= HEADLINE_MAX_WORDS:
        reasons.append("headline_length")
    elif count > TOO_LONG_WORDS:
        reasons.append("too_long")
    elif count == 2:
        reasons.append("short")
    else:
        reasons.append("tiny")
    if is_menu(text):
        reasons.append("menu")
    if _SITE_PHRASE.search(text):
        reasons.append("site")
    if _CAPTION.search(text):
        reasons.append("caption")
    if _is_markup(text):
        reasons.append("markup")
    if _DATELINE.match(text):
        reasons.append("dateline")
    if _BYLINE.match(text.strip()):
        reasons.append("byline")
    if is_notice(text) or (count <= WIDGET_MAX_WORDS and _WEATHER.search(text)):
        reasons.append("notice")  # a cookie or JavaScript notice, a weather widget ("Bắc Giang 32 °C / 23 - 33 °C")
    if _FINAL_STOP.search(text) and count >= 12:
        reasons.append("sentence")
    if text.rstrip().endswith((":", "：")):
        reasons.append("colon_end")
    if (count <= 2 and _LABEL.fullmatch(text.strip())) or (count <= 5 and _RUBRIC.match(text.strip())):
        reasons.append("label")
    if count == 1 and re.fullmatch(r"[\w.-]+", text.strip()) and ("." in text or text.isupper() or text.islower()):
        reasons.append("site")
    if index > 0 and index < len(lines) and is_menu(lines[index - 1]):
        reasons.append("after_nav")
    if index == 0:
        reasons.append("first_line")
    return reasons


_LATIN_MAX = 0x24F  # Basic Latin to Latin Extended-B; Vietnamese (Latin Extended Additional) is Latin too


def _other_letters(text: str) -> bool:
    """Most letters in Cyrillic, Greek, Arabic or another non-Latin script ("Qazaq TV Телерадиокомпания
    Президента Казахстана"): a station's or site's name on an English or German page, not its headline."""
    if text.isascii():
        return False
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > _LATIN_MAX and not 0x1E00 <= ord(c) <= 0x1EFF)
    return foreign * 2 > len(letters)


def _is_markup(text: str) -> bool:
    """HTML source copied with the page: a line opening with a tag or mostly tags (quoting one is text)."""
    stripped = text.strip()
    if stripped.startswith("<") and _MARKUP.match(stripped):
        return True
    tags = sum(len(m.group(0)) for m in _ANY_TAG.finditer(stripped))
    return tags * 2 > len(stripped)


_ANY_TAG = re.compile(r"<[a-z!/][^>]*>", re.IGNORECASE)


def _words(text: str) -> int:
    return len(WORD.findall(text))


# the small words of German and English in lower case: a name has them too ("Stadt an der Ruhr"), a verb it has not
_SMALL_GERMAN = """der die das den dem des ein eine einer eines einem einen und oder für von vom zu zur zum im in am an
    auf aus bei beim mit nach über unter vor durch gegen ohne um bis"""
_FUNCTION_WORDS = TITLE_CASE_JOINERS | frozenset(_SMALL_GERMAN.split())


def _phrase_not_name(text: str) -> bool:
    """A first line that reads as a phrase, not a site's name: long, or with two words in lower case
    besides the small joining words ("Unbreakable bond spans decades"; "Foreign Affairs Office of Xiamen"),
    or with a word in lower case that is not one of the small words of German or English: a verb or an
    adjective, which names lack ("Zhangjiagang sucht Partnerstadt in Deutschland"; "Stadt an der Ruhr").

    >>> _phrase_not_name("Zhangjiagang sucht Partnerstadt in Deutschland"), _phrase_not_name("Stadt an der Ruhr")
    (True, False)
    """
    words = WORD.findall(text)
    lower = [w for w in words if w[0].islower() and w not in TITLE_CASE_JOINERS]
    content = any(w.casefold() not in _FUNCTION_WORDS for w in lower)
    return len(words) >= FIRST_LINE_HEADLINE_WORDS or len(lower) >= 2 or content


FIRST_SENTENCE_MAX_CHARS = 200  # a first sentence made the title is kept whole up to this length (as archivists do)


def shorten(sentence: str, limit: int = FIRST_SENTENCE_MAX_CHARS) -> str:
    """A title made of the article's first sentence: cut at a word before ``limit`` characters, with "…".

    >>> shorten("The mayors of Shanghai and Hamburg met on Tuesday.")
    'The mayors of Shanghai and Hamburg met on Tuesday'
    >>> shorten("The mayors of Shanghai and Hamburg met on Tuesday.", 30)
    'The mayors of Shanghai and …'
    """
    text = " ".join(sentence.split()).rstrip(". ")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–-") + " …"


_NOT_LETTERS = re.compile(r"[\W_]+")


def repeat_key(text: str) -> str:
    """What a repeat of a line shares with it: its letters and digits (the page's title and its heading
    differ in quotation marks and in the colon after a kicker).

    >>> repeat_key("Gäste aus Xi'an: „Ein Fest“") == repeat_key("Gäste aus Xi’an Ein Fest")
    True
    """
    return _NOT_LETTERS.sub("", text.casefold())


def is_notice(text: str) -> bool:
    """A cookie, JavaScript, consent, paywall or newsletter notice (never the headline, never the article)."""
    return _NOTICE.search(text[:MAX_CHARS].lower()) is not None


def body_span(lines: list[str], is_body: list[bool]) -> tuple[int, int]:
    """The first line of the article's text and the line after its last paragraph (see :func:`body_start`)."""
    start = body_start(lines, is_body)
    end = start
    for index in range(start, len(lines)):
        if is_body[index] and not _notice_at(lines, index):
            end = index + 1
    return start, end


def _notice_at(lines: list[str], index: int) -> bool:
    """A notice among the first or last :data:`NOTICE_LINES` lines (every line of 5 MB would cost seconds)."""
    near_edge = index < NOTICE_LINES or index >= len(lines) - NOTICE_LINES
    return near_edge and is_notice(lines[index])


def body_start(lines: list[str], is_body: list[bool]) -> int:
    """Where the article's text starts: the first line of the longest run of body lines (by characters).

    An appeal for donations, a paywall or a cookie text above the article is a run of sentences too,
    but a shorter one; the headline is looked for above the article's own run.

    >>> body_start(["Cookies help us.", "Title", "A long first paragraph.", "Another one."], [True, False, True, True])
    2
    """
    best, best_size, start, size = len(lines), 0, None, 0
    for index, body in enumerate(is_body):
        if body and not _notice_at(lines, index):
            if start is None:
                start, size = index, 0
            size += len(lines[index])
            if size > best_size:
                best, best_size = start, size
        else:
            start = None
    return best


def is_caption(text: str) -> bool:
    """A photo caption or credit ("… [Photo/Xinhua]", "(Xinhua/Li Tao)", "Foto: …")."""
    return _CAPTION.search(text) is not None
