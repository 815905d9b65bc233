"""The header zone of a capture: date and source lines, the headline, kickers, captions.

Metadata lines are read in the header zone and the trailer (inside the body
only ``Source:``-style lines); the headline is the first header line that is
not a kicker or a site name; what stands between the headline and the lead
and does not end like a sentence goes.  :class:`Found` gathers the dates and
sources met on the way, each with its rank.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...tagging.calendar import WEEKDAYS, all_names
from ..address import headline_start
from ..headline import choose, repeat_key
from ..menus import NAV_WORDS, is_tag_list
from ..published import find_all
from .dates import match_date_head
from .limits import CAPTION_MIN_WORDS, KICKER_MAX_WORDS
from .lines import (
    LIST_MARKER_RE,
    breadcrumb_parts,
    has_final_punct,
    is_breadcrumb,
    looks_like_site,
    text_key,
    word_count,
)
from .meta import META_LABEL_RE, PAREN_SOURCE_RE, Meta, parse_meta
from .noise import PHOTO_HINT_RE, has_position_hint, noise_kind
from .units import Unit

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Found:
    """Metadata candidates while the capture is read."""

    dates: list[tuple[int, int, dt.date]] = field(default_factory=list)  # (rank, position, date)
    sources: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, position, source)
    editor: str | None = None

    def add_meta(self, meta: Meta, position: int) -> None:
        for hit in meta.dates:
            if hit.date is None:
                logger.debug("ignoring an impossible date at line %d", position)
            else:
                self.dates.append((hit.rank, position, hit.date))
        if meta.source:
            self.sources.append((0, position, meta.source))
        if meta.site:
            self.sources.append((1, position, meta.site))
        if meta.editor and self.editor is None:
            self.editor = meta.editor

    @property
    def published(self) -> dt.date | None:
        return min(self.dates)[2] if self.dates else None

    @property
    def source(self) -> str | None:
        return min(self.sources)[2] if self.sources else None


_WEEKDAY = re.compile(r"\b(?:" + "|".join(all_names(WEEKDAYS)) + r")\b", re.IGNORECASE)
NEAR_HEADLINE = 2  # a date line this close to the headline (above or below) is the article's


def drop_day_bar(units: list[Unit], title_index: int | None, found: Found) -> set[int]:
    """A date with a weekday far above the headline ("Friday, 15/11/2024" over the site's menu) when
    another date line stands next to the headline: the site's bar of the day, not the article's date.
    Returns the day bar's positions.

    >>> found = Found(dates=[(1, 0, dt.date(2024, 11, 15)), (2, 5, dt.date(2023, 4, 4))])
    >>> units = [Unit("Friday, 15/11/2024"), Unit("Politics"), Unit("Hot news:"), Unit("Share"),
    ...          Unit("Mayor receives guests"), Unit("Updated: 16:48, 04/04/2023")]
    >>> drop_day_bar(units, 4, found), found.published
    ({0}, datetime.date(2023, 4, 4))
    """
    if title_index is None:
        return set()
    near = [d for d in found.dates if abs(d[1] - title_index) <= NEAR_HEADLINE]
    bars = [
        d
        for d in found.dates
        if d[1] < title_index - NEAR_HEADLINE and d[1] < len(units) and _WEEKDAY.search(units[d[1]].text)
    ]
    if not (near and bars and {d[2] for d in near}.isdisjoint(d[2] for d in bars)):
        return set()
    found.dates = [d for d in found.dates if d not in bars]
    return {d[1] for d in bars}


def read_metadata(units: list[Unit], header_end: int, last_body: int, found: Found) -> None:
    """Date, source and editor lines in the header zone and the trailer."""
    for index, unit in enumerate(units):
        if unit.kind not in (None, "tail"):
            continue
        in_body = header_end <= index <= last_body
        if in_body and not META_LABEL_RE.match(unit.text, 0, 40):
            continue
        meta = parse_meta(unit.text)
        if in_body:  # in the body: only "Source: …"-style lines, no dates
            if meta is not None and meta.labelled and not meta.dates:
                unit.kind = "meta"
                for value in (meta.source, meta.site):
                    if value:
                        found.sources.append((1, index, value))
                if meta.editor and found.editor is None:
                    found.editor = meta.editor
            continue
        if meta is not None:
            unit.kind = "meta"
            found.add_meta(meta, index)
            continue
        paren = PAREN_SOURCE_RE.fullmatch(unit.text)
        if paren and unit.kind is None:  # "(Xinhua)"
            unit.kind = "meta"
            found.sources.append((1, index, paren.group(1)))
        elif unit.kind is None and index < header_end and is_breadcrumb(unit.text):
            unit.kind = "breadcrumb"


def read_title(
    units: list[Unit],
    first_body: int,
    body_end: int,
    found: Found,
    places: Callable[[str], int] | None = None,
    slug: tuple[str, ...] = (),
    sections: frozenset[str] = frozenset(),
) -> tuple[int | None, str | None]:
    """The headline's unit (marked ``title``) and its text without a site name after a bar or dash.

    The candidates above the article are scored (:func:`diplomacy.reading.headline.choose`: repeated
    below, next to the date line, the end of a breadcrumb, headline form; never a menu, notice, site
    name, caption or lead).  Every other line above the article goes (a one-word site name is kept as
    a source); ``places`` counts the place names in a line (a line of nothing else is a regional
    menu); ``slug`` holds the words of the article's address (a line that spells them is the headline),
    ``sections`` the words of its folders (a section printed before the headline goes).
    ``(None, None)`` when no line qualifies: the caller falls back to the slug or the first sentence.
    """
    lines = [unit.text for unit in units]
    date_lines = {position for _rank, position, _date in found.dates}
    date_lines |= {f.line for f in find_all(lines[:first_body], first_body, first_body) if f.how != "opening"}
    parts = {i: _crumb_end(u.text) for i, u in enumerate(units[:first_body]) if u.kind == "breadcrumb"}
    parts.update((i, _headline_on_date_line(lines[i])) for i in date_lines if i < first_body)
    skip = {i for i, unit in enumerate(units) if unit.kind is not None} | _captions_below_headline(units, first_body)
    tools = {i for i, unit in enumerate(units[:first_body]) if _CLOSE.fullmatch(unit.text)}
    crumbs = {i: c for i, c in parts.items() if c}
    choice = choose(lines, first_body, date_lines, skip, crumbs, places, body_end, tools, slug)
    index = None if choice is None or choice.text != units[choice.index].text else choice.index
    above = index if index is not None else first_body  # what stands above the headline goes
    for position in range(min(above, len(units))):
        unit = units[position]
        if unit.kind is None and (index is not None or not has_final_punct(unit.text)):
            if (word_count(unit.text) == 1 and looks_like_site(unit.text)) or _banner(units, position):
                found.sources.append((2, position, unit.text))
            unit.kind = "header"
    if choice is None:
        return None, None
    header_keys = {repeat_key(line): line for line in lines[:first_body] if ":" not in line}
    lead = lines[first_body] if first_body < len(lines) else ""
    text = _split_title(_without_marker(choice.text), found, choice.index)
    text = _without_place(_without_kicker(text, header_keys), lead)
    text = text[headline_start(text, slug, sections) :]
    if index is not None:  # else the last element of a breadcrumb, a headline on the date line
        units[index].kind = "title"
    return index, text


def _without_marker(title: str) -> str:
    """A list marker before the headline (a symbol and a space: "◇ Delegation visits Munich"): the headline.

    >>> _without_marker("◇ Delegation visits Munich"), _without_marker("„Gäste aus Xi'an“ im Rathaus")
    ('Delegation visits Munich', "„Gäste aus Xi'an“ im Rathaus")
    """
    marker = LIST_MARKER_RE.match(title)
    return title[marker.end() :] if marker else title


# the close button of the share menu that regional papers (Münchner Merkur, Frankfurter Rundschau) put
# under the headline, below a kicker: "• schließen"
_CLOSE = re.compile(r"\W*(?:schließen|close)", re.IGNORECASE)
_DOT_DATELINE = re.compile(r"([A-ZÄÖÜ][\w./'’-]*(?: [A-ZÄÖÜ][\w./'’-]*){0,2}) · ")


def _without_place(title: str, lead: str) -> str:
    """``Düsseldorf China eröffnet …`` above the lead ``Düsseldorf · Diplomaten …``: the place is the
    kicker of the headline (the dateline of the article under it), copied without a break.

    >>> _without_place("Bonn Gäste aus Xi'an im Rathaus", "Bonn · Der Oberbürgermeister hat am Montag …")
    "Gäste aus Xi'an im Rathaus"
    >>> _without_place("Bonn empfängt Gäste aus Xi'an", "Bonn · Der Oberbürgermeister hat am Montag …")
    "Bonn empfängt Gäste aus Xi'an"
    """
    dateline = _DOT_DATELINE.match(lead)
    if dateline is None or not title.startswith(dateline.group(1) + " "):
        return title
    rest = title[len(dateline.group(1)) + 1 :]
    return rest if rest[:1].isupper() and word_count(rest) >= 3 else title


def _without_kicker(title: str, header_lines: dict[str, str]) -> str:
    """``Kicker: Headline`` when the page also shows ``Kicker Headline`` (its heading, the kicker a
    separate element in it, copied without the colon): ``Headline``, as that heading prints it.
    ``header_lines``: the lines above the article by :func:`~diplomacy.reading.headline.repeat_key`.

    >>> apart = "Freizeit und Politik „China“ im Fokus"
    >>> _without_kicker("Freizeit und Politik: China im Fokus", {repeat_key(apart): apart})
    '„China“ im Fokus'
    >>> _without_kicker("Xi'an und Dortmund: Neue Impulse", {})
    "Xi'an und Dortmund: Neue Impulse"
    """
    kicker, colon, rest = title.partition(": ")
    apart = header_lines.get(repeat_key(f"{kicker} {rest}")) if colon and word_count(rest) >= 3 else None
    if apart is None:
        return title
    letters, wanted = 0, len(repeat_key(kicker))
    for position, char in enumerate(apart):  # where the kicker ends in the heading printed apart
        letters += bool(repeat_key(char))
        if letters >= wanted:
            return apart[position + 1 :].strip() or rest
    return rest


def _captions_below_headline(units: list[Unit], first_body: int) -> set[int]:
    """Lines above the article that describe a photo ("… poses with …", "(right)") below a first
    headline-like line: captions, never the headline."""
    captions: set[int] = set()
    seen_headline = False
    for index in range(min(first_body, len(units))):
        unit = units[index]
        if unit.kind is not None or not unit.text:
            continue
        hint = PHOTO_HINT_RE.search(unit.text)
        posing = hint is not None and not hint.group(0).lower().startswith(("talk", "meet"))  # "holds talks with"
        if seen_headline and (posing or has_position_hint(unit.text)):
            captions.add(index)
        elif word_count(unit.text) >= 3 and not has_final_punct(unit.text):
            seen_headline = True
    return captions


def _banner(units: list[Unit], index: int) -> bool:
    """A short line right above a breadcrumb ("Stadt Dortmund" above "Home > News"): the site's banner."""
    text = units[index].text
    if word_count(text) > KICKER_MAX_WORDS or has_final_punct(text):
        return False
    following = next((unit for unit in units[index + 1 :] if unit.text), None)
    return following is not None and following.kind == "breadcrumb"


_AGENCY = re.compile(
    r"(?:xinhua(?:net)?|cgtn|cri(?: online)?|people's daily(?: online)?|china daily|global times|ecns|"
    r"dpa|afp|reuters|german\.china\.org\.cn|china\.org\.cn)",
    re.IGNORECASE,
)


_MENU_BARS = re.compile(r"\s+[|·•]\s+")


def _crumb_end(text: str) -> str | None:
    """The last element of a breadcrumb ("Home > News > Mayors meet in Shanghai").  Items between bars
    are a menu ("Sign up | Send a Release") unless a navigation word opens them ("Home | News | …").

    >>> _crumb_end("Home > News > Mayors meet"), _crumb_end("Sign up | Send a Release")
    ('Mayors meet', None)
    """
    parts = breadcrumb_parts(text)
    if len(parts) < 2 or (len(_MENU_BARS.split(text)) == len(parts) and parts[0].casefold() not in NAV_WORDS):
        return None
    return parts[-1]


_DATE_LINE_PARTS = re.compile(r"\s+(?:\||:)\s+")


def _headline_on_date_line(text: str) -> str | None:
    """A headline printed on the date line, the two glued when copied ("Mayors meet in Shanghai |
    Updated:2022-01-18", "02. June 2008 : Delegation aus Anhui besucht die Uni"): the longest part
    after the date or between bars or spaced colons with four words or more, no digit, no ``Label:`` and
    not the site's tags ("27.10.17 AHK China - News, Chamber, German Industry & Commerce").

    >>> _headline_on_date_line("Mayors meet in Shanghai on trade | Updated:2022-01-18")
    'Mayors meet in Shanghai on trade'
    >>> _headline_on_date_line("Source: Xinhua | 2023-11-07 | Editor: huaxia") is None
    True
    >>> _headline_on_date_line("date 2024-10-08 Consul General Calls On Governor")
    'Consul General Calls On Governor'
    """
    head = match_date_head(text)  # "date 2024-10-08 Consul General Calls On Governor"
    parts = [text[head.end :].strip(" |:–—-")] if head is not None else []
    parts = [p for p in [*parts, *_DATE_LINE_PARTS.split(text)] if word_count(p) >= 4]
    parts = [p for p in parts if not any(c.isdigit() for c in p) and not META_LABEL_RE.search(p) and not noise_kind(p)]
    parts = [p for p in parts if not is_tag_list(p)]
    return max(parts, key=len) if parts else None


# a breadcrumb's number; a kicker of up to eight words glued to the headline by a colon without a space
_ENUMERATED = re.compile(r"^\d{1,2}\.\s+(?=[A-ZÄÖÜ])|^[A-ZÄÖÜ][^\s:]*(?: [^\s:]+){0,7}:(?=[„\"]?[A-ZÄÖÜ][a-zäöüß])")


def _split_title(title: str, found: Found, index: int) -> str:
    """``Headline | nrwheute`` or ``Headline – SHINE`` -> ``Headline`` (and a source candidate).

    >>> _split_title("Mayors meet in Shanghai – SHINE", Found(), 0)
    'Mayors meet in Shanghai'
    >>> _split_title("Shanghai und Köln – eine Partnerschaft", Found(), 0)
    'Shanghai und Köln – eine Partnerschaft'
    >>> _split_title("3. China ruft", Found(), 0), _split_title("Dresden:Sachsen feiert", Found(), 0)
    ('China ruft', 'Sachsen feiert')
    >>> _split_title("Neue Partnerschaft:Zwei Städte, ein Ziel", Found(), 0)
    'Zwei Städte, ein Ziel'
    """
    title = _ENUMERATED.sub("", title)  # a breadcrumb's number, a kicker glued with a colon
    for separator in (" | ", " – ", " — ", " - "):
        head, sep, tail = title.rpartition(separator)
        if not (sep and word_count(head) >= 3):
            continue
        if (separator == " | " and word_count(tail) <= 3) or looks_like_site(tail) or _AGENCY.fullmatch(tail):
            found.sources.append((3, index, tail))
            return _split_title(head, found, index)  # "Headline - Xinhua | German.news.cn"
    return title


def classify_header(
    units: list[Unit], title_index: int | None, title: str | None, first_body: int, header_end: int, found: Found
) -> None:
    """Site name under the headline; captions and other unpunctuated lines in the header zone.

    Between headline and lead every line that does not end like a sentence
    goes (site name, kicker, dek, caption).  Between the lead and the next
    paragraph only caption-like lines go: a photo description of at least
    :data:`CAPTION_MIN_WORDS` words, not a short subheading.
    """
    start = 0 if title_index is None else title_index + 1
    title_key = None if title is None else text_key(title)
    site_checked = False
    for index in range(start, min(header_end, len(units))):
        unit = units[index]
        if unit.kind is not None or has_final_punct(unit.text) or unit.key == title_key:
            continue  # a repeated headline is dropped as a duplicate
        if index >= first_body and unit.body:
            continue  # the article's text, cut off in its last sentence
        if index < first_body:
            if not site_checked and word_count(unit.text) == 1 and re.fullmatch(r"[^\W\d_][\w.-]{1,39}", unit.text):
                unit.kind = "site"
                found.sources.append((2, index, unit.text))
            else:
                unit.kind = "caption"
            site_checked = True
        elif word_count(unit.text) >= CAPTION_MIN_WORDS or PHOTO_HINT_RE.search(unit.text):
            unit.kind = "caption"
