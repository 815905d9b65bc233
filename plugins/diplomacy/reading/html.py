"""A web page's HTML -> its article -> the raw-capture text the capture reader reads.

Used twice: by the :class:`~diplomacy.reading.readers.HtmlCaptureReader`, for a
page saved by hand into ``content/captures``, and by ``make capture``
(:mod:`diplomacy.capture`), for a page it has just fetched.  Both get the same
article from the same HTML, so this is reading, and capture imports it.

1. :func:`decode_html` turns the bytes into text (the charset of the
   ``Content-Type`` header, of a ``<meta>``, else as a capture is decoded).
2. :func:`extract_article` finds the headline, the publication date, the
   author, the site name and the main text (no navigation, captions, share
   or comment boilerplate) with trafilatura.  Raises :class:`ExtractionError`.
3. :func:`readable_capture` turns an article into the raw-capture text that
   :class:`~diplomacy.reading.readers.CaptureReader` reads (title line, date line,
   paragraphs, ``Source: … Editor: …`` line) and checks that
   :func:`~diplomacy.reading.textcapture.parse_capture` reads back exactly its title,
   date and paragraphs.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from .textcapture import Capture, CaptureError, decode_capture, parse_capture

__all__ = [
    "Article",
    "ExtractionError",
    "ReadableCapture",
    "capture_text",
    "decode_html",
    "extract_article",
    "readable_capture",
]

logger = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"\s+")


class ExtractionError(Exception):
    """The page has no article that the archive can keep; the message names the page and the cause."""

    def __init__(self, url: str, cause: str) -> None:
        self.url = url
        self.cause = cause
        super().__init__(f"{url}: {cause}")


def decode_html(body: bytes, content_type: str = "", where: str = "the page") -> str:
    """The document's text: the charset the page declares (``Content-Type`` header, then ``<meta>``) when
    its bytes decode cleanly in it, else the one they are in (UTF-8, else as a capture is decoded), with a
    warning naming ``where``.

    >>> decode_html("<p>Köln</p>".encode("cp1252"), "text/html; charset=windows-1252")
    '<p>Köln</p>'
    >>> decode_html(b'<meta charset="iso-8859-1"><p>K\\xf6ln</p>')
    '<meta charset="iso-8859-1"><p>Köln</p>'
    >>> decode_html("<p>Köln</p>".encode(), "text/html; charset=iso-8859-1")  # the header lies
    '<p>Köln</p>'
    >>> decode_html("<p>„Köln“</p>".encode("cp1252"), "text/html; charset=iso-8859-1")  # C1 codes in Latin-1
    '<p>„Köln“</p>'
    """
    declared: list[str] = []
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    if match:
        declared.append(match.group(1))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", "replace"))
    if body.startswith(b"\xef\xbb\xbf"):
        return body.decode("utf-8-sig", "replace")
    for charset in declared:
        text = _clean_decode(body, charset)
        if text is not None:
            return text
    text = _detected(body)
    if declared:
        logger.warning(
            "%s: declares the charset %s, but its bytes do not read cleanly in it; read as %s",
            where,
            declared[0],
            "utf-8" if _is_utf8(body) else "the detected encoding",
        )
    return text


def _is_utf8(body: bytes) -> bool:
    """Valid UTF-8 with at least one non-ASCII character: text in a legacy encoding almost never is."""
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _clean_decode(body: bytes, charset: str) -> str | None:
    """``body`` in ``charset`` when it reads cleanly: no decoding error, no C1 control characters (a
    Windows-1252 or UTF-8 page read as Latin-1), and not UTF-8 bytes declared as another charset."""
    try:
        name = codecs.lookup(charset).name
        text = body.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith("utf"):
        return text
    if _is_utf8(body) or any("\x80" <= char <= "\x9f" for char in text):
        return None
    return text


def _detected(body: bytes) -> str:
    if _is_utf8(body):
        return body.decode("utf-8")
    try:
        return decode_capture(body)
    except CaptureError:
        return body.decode("utf-8", "replace")


@dataclass(slots=True)
class Article:
    title: str
    published: dt.date | None
    source: str | None  # the site's name
    author: str | None
    paragraphs: list[str]


_BLOCKS = ("p", "head", "item", "quote", "cell")
_CHATTY_LOGGERS = ("trafilatura", "htmldate", "courlan")


def _text(element: Any) -> str:
    return _SPACES.sub(" ", "".join(element.itertext())).strip()


def _paragraphs(body: Any) -> list[str]:
    """Block texts of trafilatura's body in document order; a block inside a block counts once."""
    for line_break in body.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    paragraphs: list[str] = []
    for element in body.iter(*_BLOCKS):
        if any(ancestor.tag in _BLOCKS for ancestor in element.iterancestors()):
            continue
        text = _text(element)
        if text:
            paragraphs.append(text)
    return paragraphs


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _author(value: str | None) -> str | None:
    if not value:
        return None
    names = [name.strip() for name in re.split(r"\s*;\s*", value) if name.strip()]
    return ", ".join(names[:3]) or None


def extract_article(html: str, url: str | None = None) -> Article:
    """The article in a web page: headline, publication date, author, site name, main text.

    Raises :class:`ExtractionError` when no article text or no headline is found.
    """
    import trafilatura

    for name in _CHATTY_LOGGERS:  # their warnings ("discarding data") say less than our errors
        chatty = logging.getLogger(name)
        if chatty.level == logging.NOTSET:
            chatty.setLevel(logging.ERROR)
    where = url or "the page"
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if document is None or document.body is None:
        raise ExtractionError(where, "no article text could be found on the page (only navigation or teasers?)")
    title = _SPACES.sub(" ", document.title or "").strip()
    if not title:
        raise ExtractionError(where, "the page has no recognizable headline")
    paragraphs = _paragraphs(document.body)
    while paragraphs and _key(paragraphs[0]) == _key(title):
        paragraphs.pop(0)  # the headline at the top of the text
    if not paragraphs:
        raise ExtractionError(where, "no article text could be found on the page (only navigation or teasers?)")
    published = None
    if document.date:
        try:
            published = dt.date.fromisoformat(str(document.date)[:10])
        except ValueError:
            published = None
    source = _SPACES.sub(" ", document.sitename or "").strip() or None
    return Article(title, published, source, _author(document.author), paragraphs)


# ---------------------------------------------------------------------------
# 3. The raw-capture text


def capture_text(article: Article) -> str:
    """The text CaptureReader reads: title, date line, paragraphs, ``Source: … Editor: …``.

    >>> capture_text(Article("A title", dt.date(2023, 4, 17), "SHINE", "Xu Fang", ["One.", "Two."])).split("\\n\\n")
    ['A title', ' date 2023-04-17 ', 'One.', 'Two.', 'Source: SHINE   Editor: Xu Fang\\n']
    """
    blocks = [article.title]
    if article.published:
        blocks.append(f" date {article.published.isoformat()} ")
    blocks.extend(article.paragraphs)
    credits = []
    if article.source:
        credits.append(f"Source: {article.source}")
    if article.author:
        credits.append(f"Editor: {article.author}")
    if credits:
        blocks.append("   ".join(credits))
    return "\n\n".join(blocks) + "\n"


@dataclass(slots=True)
class ReadableCapture:
    text: str  # what is written as <name>.txt
    capture: Capture  # what parse_capture reads from it
    article: Article  # the article as the archive keeps it
    dropped: list[str]  # extracted paragraphs that the capture reader removes as noise
    title_in_meta: bool  # the title does not read back from the text: it goes into the .meta
    date_in_meta: bool  # likewise the date


def readable_capture(article: Article) -> ReadableCapture:
    """The capture text for ``article``, checked by reading it back with :func:`parse_capture`.

    Paragraphs the capture reader would remove as noise (a date line, a
    caption) are left out, so that the text written reads back exactly: the
    same title, date and paragraphs.  A title or date that still does not
    read back is marked for the metadata file, where the editor's values win.
    """
    kept = article
    capture = parse_capture(capture_text(kept))
    if capture.paragraphs != kept.paragraphs:
        kept = replace(article, paragraphs=list(capture.paragraphs))
        capture = parse_capture(capture_text(kept))
    wanted = {_key(p) for p in kept.paragraphs}
    dropped = [p for p in article.paragraphs if _key(p) not in wanted]
    return ReadableCapture(
        text=capture_text(kept),
        capture=capture,
        article=kept,
        dropped=dropped,
        title_in_meta=capture.title != kept.title,
        date_in_meta=kept.published is not None and capture.published != kept.published,
    )
