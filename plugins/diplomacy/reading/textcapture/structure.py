"""The structure of a capture and :func:`parse_capture`, which reads it in named steps.

Units (:mod:`.units`), the end of the article cut off, the zones (header,
body, trailer), the metadata and the headline (:mod:`.header`), captions in
the body and scraps in the trailer, and finally the paragraphs without
repeats.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..address import section_words, slug_words
from ..headline import body_start, is_notice, shorten
from .decode import CaptureError, looks_binary, normalize_text
from .header import Found, classify_header, drop_day_bar, read_metadata, read_title
from .limits import BODY_MIN_WORDS, POSITION_CAPTION_MAX_WORDS
from .lines import ends_sentence, has_final_punct, other_script, text_key, word_count
from .noise import PHOTO_HINT_RE, has_position_hint, is_banner
from .units import Unit, split_units

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Capture:
    """What :func:`parse_capture` found in a capture.

    ``removed`` lists the noise that was dropped (badges, captions, date and
    ``Source:`` lines, boilerplate, glued script junk), cleaned like the
    paragraphs.  Repeated copies of the headline or of a paragraph are not
    listed: their text is kept once, as the title or a paragraph.
    """

    title: str | None  # headline, whitespace-normalised
    published: dt.date | None
    source: str | None  # e.g. "SHINE", "german.shanghai.gov.cn", "nrwheute"
    editor: str | None  # e.g. "Xu Fang"
    paragraphs: list[str] = field(default_factory=list)  # clean body paragraphs, in order
    removed: list[str] = field(default_factory=list)  # noise lines that were dropped, in order
    title_from_text: bool = False  # no headline found: the title is the article's first sentence, shortened
    lines: list[str] = field(default_factory=list)  # the capture's units (for the publication date's second look)
    span: tuple[int, int] = (0, 0)  # the article's first unit and the unit after its last paragraph


def _cut_trailer(units: list[Unit]) -> None:
    """From the first end-of-article marker after body text on, everything is noise.

    A comment form, "Related articles" or "Tags:" ends the article after the
    first body paragraph; share and print buttons only after two distinct
    body paragraphs (above that they sit between headline and lead).  Lines
    after share buttons become the "tail", where the article's own
    ``Editor:`` line may still follow; after a comment form nothing is read.
    """
    body_keys: set[str] = set()
    ended = ""  # "", "tail" after share buttons, "trailer" after a comment form and the like
    for unit in units:
        if unit.kind == "trailer" and (body_keys or ended):
            ended = "trailer"
        elif unit.kind == "share" and len(body_keys) >= 2 and not ended:
            ended = "tail"
        if ended:
            if unit.kind in (None, "share", "trailer"):
                unit.kind = ended
        elif unit.kind == "trailer":
            unit.kind = "ui"  # a "Tags:" or comment count above the article: drop only the line
        elif unit.kind is None and unit.body:
            body_keys.add(unit.key)


OTHER_SCRIPT_MIN_WORDS = 40  # a capture with this much English or German body text besides Chinese is bilingual


def _other_script_version(units: list[Unit]) -> None:
    """A bilingual page (the Chinese text, then its English version, or the reverse) or a site's notice
    in another script (a Russian city's "report a problem" banner above its English news): the
    sentences in Chinese, Cyrillic or another non-Latin script go, so the article is its English or
    German version, read like any capture.  A page with less Latin-script body text than
    :data:`OTHER_SCRIPT_MIN_WORDS` words stays as it is."""
    body = [unit for unit in units if unit.kind is None and unit.body]
    foreign = [unit for unit in body if other_script(unit.text)]
    if foreign and sum(word_count(u.text) for u in body if not other_script(u.text)) >= OTHER_SCRIPT_MIN_WORDS:
        for unit in foreign:
            unit.kind = "other_script"


def _notices_above_article(units: list[Unit]) -> None:
    """Sentences above the article's longest run of body text that are a notice (cookies, JavaScript,
    a paywall, an appeal for donations) are noise, not its lead; so are the sentences that follow a
    notice directly (the rest of the appeal).  A sentence there that says where people stand on a
    photo ("Landrat Hauner (Mitte) mit den Gästen.", "(5. v. r.)") is the caption of the top photo; the
    site's greeting ("Welcome to the official website of …!") is its banner."""
    is_body = [unit.kind is None and unit.body for unit in units]
    start = body_start([unit.text for unit in units], is_body)
    in_notice = False
    for index, unit in enumerate(units[:start]):
        if unit.kind is None and is_banner(unit.text):
            unit.kind = "header"
        elif unit.kind is None and (is_notice(unit.text) or (in_notice and is_body[index])):
            unit.kind = "notice"
            in_notice = True
        elif is_body[index] and word_count(unit.text) <= POSITION_CAPTION_MAX_WORDS and has_position_hint(unit.text):
            unit.kind = "caption"
        elif unit.text:
            in_notice = False


_TRAILING_CREDIT = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # "… on Saturday. (Agency/Photographer)"


def _prose_without_body(units: list[Unit]) -> None:
    """A page whose only prose was taken for a photo caption (a photo page: one long captioned sentence
    and its credit) is not a page without text: with no body unit anywhere, every caption that reads
    like prose (sentences of twice :data:`~.limits.BODY_MIN_WORDS` words before its credit) is the article."""
    if any(unit.kind is None and unit.body for unit in units):
        return
    for unit in units:
        prose = word_count(unit.text) >= 2 * BODY_MIN_WORDS and ends_sentence(_TRAILING_CREDIT.sub("", unit.text))
        if unit.kind in (None, "caption") and prose:
            unit.kind = None
            unit._body = True


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence (a full stop, ! or ? followed by a space and a capital).

    >>> first_sentence("Mayors met in Köln on 3 May. They talked about trade.")
    'Mayors met in Köln on 3 May.'
    """
    match = _SENTENCE_END.search(paragraph)
    return paragraph[: match.start() + 1] if match else paragraph


# what opens an article before its first sentence: a rubric in brackets ("[Overview] "), a wire dateline
# ("SHENYANG, China, Oct. 25, 2023 /PRNewswire/ -- ", "BERLIN, 16. Mai (Xinhua) -- ")
# ("SHENYANG, China, Oct. 25, 2023 /PRNewswire/ -- ", "BERLIN, 16. Mai (Xinhua) -- "), a place ("Frankenberg. ",
# "TRIER. ", "Bytów/Frankenberg (nh). ")
_OPENING = re.compile(
    r"^(?:\[[^\]]{1,30}\]\s*|[A-ZÄÖÜ][^!?\n]{1,80}?\s(?:--|—|–)\s+(?=[A-ZÄÖÜ\"„“])|"
    r"[A-ZÄÖÜ][^!?\n()]{1,60}\([^()]{2,40}\)\s?(?:--?|—|–)\s*(?=[A-ZÄÖÜ\"„“])|"
    r"(?!(?:Prof|Mrs|Gov|Sen|Rep|Str|Abs|Bzw)\.)[A-ZÄÖÜ][\w/'’-]{2,30}(?:\s?\([^)]{1,20}\))?\.\s+(?=[A-ZÄÖÜ\"„“]))"
)


def _without_opening(paragraph: str) -> str:
    """The paragraph without a bracketed rubric or a wire dateline before its first sentence.

    >>> _without_opening("KIEL, Germany, Oct. 2, 2024 /PRNewswire/ -- A delegation from Qingdao arrived.")
    'A delegation from Qingdao arrived.'
    >>> _without_opening("[Profile] Kiel is the capital of Schleswig-Holstein.")
    'Kiel is the capital of Schleswig-Holstein.'
    >>> _without_opening("Kiel. Eine Delegation aus Qingdao ist angekommen."), _without_opening("Dr. Kurz kam.")
    ('Eine Delegation aus Qingdao ist angekommen.', 'Dr. Kurz kam.')
    >>> _without_opening("Wuhan, China (ots/PRNewswire) -Vom 9. bis 11. September fand das Fest statt.")
    'Vom 9. bis 11. September fand das Fest statt.'
    """
    return _OPENING.sub("", paragraph, count=1)


_SENTENCE_END = re.compile(r"(?<![A-Z0-9])[.!?](?=\s+[\"„“A-ZÄÖÜ])")


def _caption_above_lead(units: list[Unit]) -> None:
    """On a page without a headline, a first paragraph of one sentence that describes a photo ("Die Gäste
    posieren mit ihren Gastgebern vor dem Rathaus.") above more text is the top photo's caption."""
    body = [unit for unit in units if unit.kind is None and unit.body]
    if len(body) >= 2 and PHOTO_HINT_RE.search(body[0].text) and _SENTENCE_END.search(body[0].text) is None:
        body[0].kind = "caption"


def _lead(units: list[Unit], paragraphs: list[str]) -> str:
    """The article's first paragraph of body text (not a line left over from the page's header, such as
    "Springe direkt zu:"), without the punctuation a copy may have left before it.

    >>> _lead([Unit("Springe direkt zu:"), Unit(". Der Generalkonsul besuchte am Montag den Landtag in Kiel.")], [])
    'Der Generalkonsul besuchte am Montag den Landtag in Kiel.'
    """
    text = next((unit.text for unit in units if unit.kind is None and unit.body), paragraphs[0] if paragraphs else "")
    return text.lstrip(" .,;:|-–—")


def _zones(units: list[Unit]) -> tuple[int, int, int]:
    """(first body unit, end of the header zone, last body unit)."""
    body = [i for i, u in enumerate(units) if u.kind is None and u.body]
    if not body:
        return len(units), len(units), -1
    lead = units[body[0]].key
    header_end = next((i for i in body if units[i].key != lead), len(units))
    return body[0], header_end, body[-1]


def _classify_rest(units: list[Unit], header_end: int, last_body: int) -> None:
    """Photo captions in the body; scraps after the last paragraph that do not end like a sentence."""
    for index in range(header_end, len(units)):
        unit = units[index]
        if unit.kind is not None or ends_sentence(unit.text) or unit.body:  # body: a paragraph cut off mid-sentence
            continue
        if index > last_body:
            unit.kind = "caption"  # "Unsere Quellen:", "Stadt Köln", a stray author name
        elif not has_final_punct(unit.text) and word_count(unit.text) >= 5 and PHOTO_HINT_RE.search(unit.text):
            unit.kind = "caption"


def _paragraphs(units: list[Unit], title: str | None, header_end: int) -> list[str]:
    """Kept units in order, without repeats of the headline or of earlier paragraphs."""
    seen = {text_key(title)} if title else set()
    paragraphs: list[str] = []
    teasers: list[tuple[int, str]] = []  # (paragraph index, key) of header-zone paragraphs ending in "…"
    for index, unit in enumerate(units):
        if unit.kind is not None:
            continue
        key = unit.key
        if not key or key in seen:
            unit.kind = "duplicate"
            continue
        replaced = False
        for number, earlier in teasers:  # a truncated teaser of this paragraph
            if len(earlier) >= 30 and key.startswith(earlier):
                paragraphs[number] = unit.text
                replaced = True
                break
        seen.add(key)
        if replaced:
            unit.kind = "duplicate"
            continue
        if index < header_end and unit.text.endswith(("…", "...")):
            teasers.append((len(paragraphs), key))
        paragraphs.append(unit.text)
    return paragraphs


def _checked_text(text: str) -> str:
    """The text, normalised; :class:`CaptureError` if it is not text, empty or binary."""
    if not isinstance(text, str):
        raise CaptureError(f"expected text, not {type(text).__name__}")
    text = normalize_text(text)
    if not text.strip():
        raise CaptureError("the capture is empty")
    if looks_binary(text):
        raise CaptureError("binary data (control characters), not text")
    return text


def _removed(units: list[Unit]) -> list[str]:
    """What was dropped as noise, in order: glued junk and every unit that is not kept (nor a repeat)."""
    removed: list[str] = []
    for unit in units:
        removed.extend(unit.junk)
        if unit.kind not in (None, "title", "duplicate") and unit.text:
            removed.append(unit.text)
    return removed


def parse_capture(text: str, places: Callable[[str], int] | None = None, source_url: str | None = None) -> Capture:
    """Parse a raw capture into headline, date, source, editor and clean paragraphs.

    ``places`` counts the place names in a line (the gazetteer's), so that a line of nothing but
    place names (a regional menu) is never the headline.  ``source_url`` is the article's address:
    a line that spells the words of its slug is the headline (:mod:`diplomacy.reading.address`).

    Raises :class:`CaptureError` only for text that is empty, whitespace only
    or not text at all.

    >>> c = parse_capture(
    ...     " date 2023-04-17 \\nNews\\u00a0/\\u00a0Metro\\n\\nMayors meet in Shanghai\\n\\n"
    ...     "The mayors of Shanghai and Düsseldorf met on Friday in the city.\\n"
    ...     "The mayor of Shanghai talks with the mayor of Düsseldorf\\n\\n"
    ...     "Both said they want to deepen trade and cultural exchanges further.\\n\\n"
    ...     "Source:\\u00a0SHINE\\u00a0\\u00a0 Editor:\\u00a0Xu Fang\\n"
    ... )
    >>> c.title, c.published, c.source, c.editor
    ('Mayors meet in Shanghai', datetime.date(2023, 4, 17), 'SHINE', 'Xu Fang')
    >>> c.paragraphs[-1]
    'Both said they want to deepen trade and cultural exchanges further.'
    """
    units = split_units(_checked_text(text))
    _cut_trailer(units)
    _other_script_version(units)
    _notices_above_article(units)
    _prose_without_body(units)
    first_body, header_end, last_body = _zones(units)
    found = Found()
    read_metadata(units, header_end, last_body, found)
    slug = slug_words(source_url)
    title_index, title = read_title(units, first_body, last_body + 1, found, places, slug, section_words(source_url))
    day_bars = drop_day_bar(units, title_index, found)
    classify_header(units, title_index, title, first_body, header_end, found)
    _classify_rest(units, header_end, last_body)
    if title is None:
        _caption_above_lead(units)
    paragraphs = _paragraphs(units, title, header_end)
    removed = _removed(units)
    guessed = title is None and bool(paragraphs)
    if guessed:
        title = shorten(first_sentence(_without_opening(_lead(units, paragraphs)))) or None
        guessed = title is not None
    capture = Capture(title, found.published, found.source, found.editor, paragraphs, removed, guessed)
    capture.lines = [("" if i in day_bars else unit.text) for i, unit in enumerate(units)]  # no second look at it
    capture.span = (first_body, last_body + 1)
    logger.debug(
        "capture: title=%r published=%s source=%r, %d paragraphs, %d lines removed",
        title,
        capture.published,
        capture.source,
        len(paragraphs),
        len(removed),
    )
    return capture
