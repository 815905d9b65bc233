"""Pelican readers: raw captures (``.txt``), saved web pages (``.html`` in a
captures folder) and tagged Markdown (``.md``).

A capture is read exactly as it was copied from the web; facts it lacks come
from a metadata file beside it (``<capture>.meta``, ``Key: value`` lines, the
same keys as Markdown metadata). A web page saved by hand is first turned into
such a capture with the extraction of ``make capture`` (html.py). Every
reader puts the tags into the metadata it returns, so Pelican's content cache
keeps them.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nh3
from markdown import Markdown
from markdown.extensions.meta import MetaPreprocessor
from pelican.readers import BaseReader, HTMLReader, MarkdownReader
from pelican.utils import pelican_open

from ..markup import block_texts
from ..naming import article_slug, capture_path
from ..places.gazetteer import Gazetteer
from ..tagging.language import detect_language
from . import plainmd, prefetch
from .annotate import ContentError, annotate, parse_iso_date, resolve_language
from .headline import shorten
from .html import ExtractionError, decode_html, extract_article, readable_capture
from .published import date_in_url, settle
from .sidecar import read_sidecar, sidecar_path
from .textcapture import Capture, CaptureError, decode_capture, parse_capture
from .textcapture.structure import first_sentence
from .textcapture.units import restored_body

logger = logging.getLogger(__name__)

__all__ = [
    "CaptureReader",
    "HtmlCaptureReader",
    "TaggingMarkdownReader",
    "read_sidecar",
    "sanitize_html",
]

CAPTURES_FOLDER = "captures"  # HTML files in a folder of this name are captures
URL_KEYS = ("source_url", "final_url", "wayback")


def _check_source_url(path: str, value: str, key: str = "source_url") -> str:
    url = value.strip()
    if url and not re.match(r"^https?://[^\s<>\"]+$", url, re.I):  # an apostrophe is allowed: "/china's-fujian.html"
        raise ContentError(
            path,
            f"{key} '{url[:80]}' is not an http(s) address",
            "give the address the article was published at, starting with https:// or http://",
        )
    return url


def _place_counter(settings: dict[str, Any]) -> Callable[[str], int]:
    """How many place names a line has (for telling a regional menu from a headline)."""
    gazetteer = _gazetteer(settings)
    return lambda text: len(gazetteer.find(text))


def _gazetteer(settings: dict[str, Any]) -> Gazetteer:
    return Gazetteer.load(settings.get("DIPLOMACY_GAZETTEER"))


class _TaggingMixin:
    settings: dict[str, Any]

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """What a worker already read for this file (see prefetch.py), else read it now."""
        done = prefetch.take(source_path)
        if done is None:
            return self.read_now(source_path)
        prefetch.replay(done.records)
        return done.content, done.metadata

    def read_now(self, source_path: str) -> tuple[str, dict[str, Any]]:
        raise NotImplementedError

    @staticmethod
    def _fail(error: ContentError) -> ContentError:
        """Report a content problem (file, problem, fix) and hand it back to raise."""
        logger.error("%s", error)
        return error

    def _finish(
        self,
        path: str,
        metadata: dict[str, Any],
        title: str,
        paragraphs: list[str],
        published: dt.date | None,
        origins: dict[str, dict[str, str]] | None = None,
    ) -> dict[str, Any]:
        if not metadata.get("slug"):
            metadata["slug"] = article_slug(title, Path(path).stem)
        text = "\n".join([title, *paragraphs])
        metadata["lang"] = resolve_language(path, metadata, text)
        for key in URL_KEYS:
            if key in metadata:
                metadata[key] = _check_source_url(path, str(metadata[key]), key)
        if published and published > dt.date.today():
            logger.warning("%s: the publication date %s is in the future; check 'Date:'", path, published)
        metadata["diplomacy"] = annotate(
            path, metadata, title, paragraphs, metadata["lang"], published, _gazetteer(self.settings), origins
        )
        return metadata


def _address(path: Path) -> str | None:
    """The ``Source_url`` of a capture's sidecar, read early for the headline (its errors are reported later)."""
    side = sidecar_path(path)
    try:
        return read_sidecar(side).get("source_url") if side.exists() else None
    except ContentError:
        return None


def _restore_text(path: Path, capture: Capture) -> None:
    """No article text was found: keep the lines dropped as noise that read as sentences (with a
    warning), or refuse the capture when there are none."""
    capture.paragraphs = restored_body(capture.removed)
    if not capture.paragraphs:
        raise ContentError(path, "the capture has no article text", "capture the article's text again")
    logger.warning(
        "%s: no article text was recognised apart from the page's noise; the %d paragraph(s) that read as "
        "sentences are kept as the article. If that is wrong, capture the article's text again",
        path,
        len(capture.paragraphs),
    )
    if not capture.title:
        capture.title = shorten(first_sentence(capture.paragraphs[0])) or None
        capture.title_from_text = capture.title is not None


class CaptureReader(_TaggingMixin, BaseReader):
    """Reads a raw capture: removes the noise, finds title, date, source, editor."""

    enabled = True
    file_extensions = ("txt",)

    def read_now(self, source_path: str) -> tuple[str, dict[str, Any]]:
        path = Path(source_path)
        try:
            text = decode_capture(path.read_bytes())
            capture = parse_capture(text, _place_counter(self.settings), _address(path))
        except (OSError, CaptureError) as error:
            raise self._fail(
                ContentError(
                    path,
                    f"the capture cannot be read as text ({error})",
                    "save the article's text as UTF-8 plain text, or remove the file",
                )
            ) from error
        return self._read_capture(path, text, capture)

    def _read_capture(self, path: Path, text: str, capture: Capture) -> tuple[str, dict[str, Any]]:
        side = sidecar_path(path)
        try:
            editor = read_sidecar(side) if side.exists() else {}
            if not capture.paragraphs:  # before the language: no text has no language
                _restore_text(path, capture)
            article_text = "\n".join([capture.title or "", *capture.paragraphs])
            lang = resolve_language(str(path), editor, article_text)  # the article's words, not the page's noise
            if "lang" in editor:
                found, confidence = detect_language(article_text)
                if found != lang and confidence > 0.9:
                    logger.warning(
                        "%s: metadata says 'Lang: %s' but the text reads as '%s'; keeping the editor's value",
                        side,
                        lang,
                        found,
                    )
            address = editor.get("source_url")
            capture.published, how = settle(
                capture.published, capture.lines, *capture.span, lang, address, title=capture.title
            )
            if "without a year" in how and "date" not in editor:
                logger.warning(
                    "%s: the capture prints its date without a year; using %s (the year of its Source_url "
                    "or of a month printed above the article). "
                    "If that is wrong, add 'Date: YYYY-MM-DD' to %s",
                    path,
                    capture.published,
                    side.name,
                )
            dated = {"source": "capture", "how": how.removeprefix("capture (").removesuffix(")")}
            if capture.published is None and "date" not in editor:
                capture.published = self._date_in_address(path, side, editor)
                dated["how"] = "the day in the Source_url"
            elif how:
                logger.debug("%s: publication date %s from the %s", path, capture.published, how)
            if capture.title_from_text and "title" not in editor:
                logger.warning(
                    "%s: no headline found; the title is the article's first sentence, '%s'. "
                    "To give the headline, add 'Title: …' to %s",
                    path,
                    capture.title,
                    side.name,
                )
            metadata = self._metadata(path, side, capture, editor)
            metadata["lang"] = lang
            published = parse_iso_date(metadata["date"])
            content = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in capture.paragraphs)
            origins = {
                "title": {"source": "capture", "how": "first sentence" if capture.title_from_text else "headline"},
                "published": dated,
            }
            for key in ("title", "date"):
                if key in editor:
                    origins["published" if key == "date" else key] = {"source": "editor"}
            self._finish(str(path), metadata, metadata["title"], capture.paragraphs, published, origins)
        except ContentError as error:
            raise self._fail(error) from error
        return content, metadata

    def _metadata(self, path: Path, side: Path, capture: Capture, editor: dict[str, str]) -> dict[str, Any]:
        metadata: dict[str, Any] = {}
        title = (editor.get("title") or capture.title or "").strip()
        if not title:
            raise ContentError(path, "the capture has no recognizable title", f"add 'Title: …' to {side.name}")
        date = self._publication_date(path, side, capture, editor)
        metadata["title"] = title
        metadata["date"] = self.process_metadata("date", date.isoformat())
        for key in ("source", "editor"):
            value = editor.get(key) or getattr(capture, key)
            if value:
                metadata[key] = value
        for key, value in editor.items():
            if key not in ("title", "date", "source", "editor"):
                metadata[key] = value
        metadata["capture"] = capture_path(path, self.settings.get("PATH"))
        return metadata

    @staticmethod
    def _date_in_address(path: Path, side: Path, editor: dict[str, str]) -> dt.date | None:
        """The day in the ``Source_url`` (``/2023/09/22/``, ``t20230922_``): a fallback, with a warning."""
        date = date_in_url(editor.get("source_url", ""))
        if date is not None:
            logger.warning(
                "%s: the capture prints no publication date; using %s from its Source_url. "
                "If that is wrong, add 'Date: YYYY-MM-DD' to %s",
                path,
                date,
                side.name,
            )
        return date

    @staticmethod
    def _publication_date(path: Path, side: Path, capture: Capture, editor: dict[str, str]) -> dt.date:
        """The editor's ``Date:`` (with a warning when the capture says otherwise), else the capture's."""
        if "date" not in editor:
            date = capture.published
        else:
            date = parse_iso_date(editor["date"])
            if date is None:
                raise ContentError(
                    side,
                    f"'Date: {editor['date']}' is not a valid date",
                    "write the publication date as YYYY-MM-DD, e.g. 'Date: 2024-03-26'",
                )
            if capture.published and capture.published != date:
                logger.warning(
                    "%s: 'Date: %s' differs from the date in the capture (%s); keeping the editor's value",
                    side,
                    date,
                    capture.published,
                )
        if date is None:
            raise ContentError(
                path,
                "the capture has no recognizable publication date",
                f"add 'Date: YYYY-MM-DD' to {side.name} beside it",
            )
        return date


class HtmlCaptureReader(CaptureReader):
    """A web page saved by hand (``.html``/``.htm``) in a captures folder, read like a raw capture.

    The article is extracted with the code of ``make capture`` and then read
    exactly as a ``.txt`` capture is.  The page itself is published as text
    (``<name>.html.txt``), so that none of its scripts runs on the archive's
    pages.  HTML files anywhere else go to Pelican's own HTMLReader.
    """

    file_extensions = ("html", "htm")

    def read_now(self, source_path: str) -> tuple[str, dict[str, Any]]:
        if not self._in_captures(source_path):
            return HTMLReader(self.settings).read(source_path)
        path = Path(source_path)
        side = sidecar_path(path)
        try:
            editor = read_sidecar(side) if side.exists() else {}
        except ContentError as error:
            raise self._fail(error) from error
        try:
            article = extract_article(decode_html(path.read_bytes(), where=str(path)), editor.get("source_url") or None)
        except (OSError, ExtractionError) as error:
            cause = error.cause if isinstance(error, ExtractionError) else str(error)
            raise self._fail(
                ContentError(
                    path,
                    f"no article can be read from the saved page ({cause})",
                    "save the page again while the article is shown, or copy its text into a .txt capture",
                )
            ) from error
        readable = readable_capture(article)
        capture = readable.capture
        capture.title = readable.article.title  # what the extraction found wins over the re-reading
        capture.published = readable.article.published or capture.published
        content, metadata = self._read_capture(path, readable.text, capture)
        metadata["capture"] = f"{capture_path(path, self.settings.get('PATH'))}.txt"
        return content, metadata

    def _in_captures(self, source_path: str) -> bool:
        path = Path(source_path).resolve()
        try:
            folders = path.relative_to(Path(self.settings.get("PATH") or ".").resolve()).parts[:-1]
        except ValueError:
            folders = path.parts[:-1]
        return CAPTURES_FOLDER in folders


ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt", "em", "figcaption",
    "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "ol", "p", "pre", "q", "s", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"lang", "dir", "title"},
    "a": {"href", "hreflang"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
}


def sanitize_html(html_text: str) -> str:
    """Keep only an allow-list of tags, attributes and URL schemes (http, https, mailto).

    >>> sanitize_html('<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a></p>')
    '<p>Hi <a rel="noopener noreferrer">x</a></p>'
    """
    return _CLEANER.clean(html_text)


# built once: nh3.clean() would convert the allow-lists for every article
_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)


class TaggingMarkdownReader(_TaggingMixin, MarkdownReader):
    """Pelican's Markdown reader, plus HTML sanitizing, language detection and tagging."""

    _document_md: Markdown | None = None
    _fields_md: Markdown | None = None
    _plain_prose = False  # plainmd's direct way applies to this reader's MARKDOWN setting

    def _convert(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Pelican's ``MarkdownReader.read``, with two Markdown instances per reader instead of one per file.

        Building a ``Markdown`` loads every extension again (about a third of the cost of a
        short article); an instance is made to be ``reset()`` and reused. Pelican converts
        formatted metadata (``Summary:``) with the meta extension switched off, hence the second one.
        """
        if self._document_md is None or self._fields_md is None:
            self._document_md = Markdown(**self.settings["MARKDOWN"])
            self._fields_md = Markdown(**self.settings["MARKDOWN"])
            self._plain_prose = plainmd.applies(self.settings["MARKDOWN"])
        document = self._document_md
        document.reset()
        self._source_path = source_path
        with pelican_open(source_path) as text:
            content = plainmd.convert(document, text) if self._plain_prose else None
            if content is None:  # not prose only: the whole Markdown pipeline
                document.reset()
                content = document.convert(text)
        fields = self._fields_md
        if "meta" not in fields.preprocessors:  # Pelican's _parse_metadata switches it off
            fields.preprocessors.register(MetaPreprocessor(fields), "meta", 27)
        self._md = fields
        return content, self._parse_metadata(getattr(document, "Meta", {}))

    def read_now(self, source_path: str) -> tuple[str, dict[str, Any]]:
        content, metadata = self._convert(source_path)
        content = sanitize_html(content)
        try:
            title = str(metadata.get("title", "")).strip()
            if not title:
                raise ContentError(source_path, "the article has no title", "add a 'Title: …' line at the top")
            if "date" not in metadata:
                raise ContentError(
                    source_path, "the article has no publication date", "add a 'Date: YYYY-MM-DD' line at the top"
                )
            published = parse_iso_date(metadata["date"])
            paragraphs = block_texts(content)
            if not any(p.strip() for p in paragraphs):
                raise ContentError(
                    source_path,
                    "the article has metadata but no text",
                    "write the article's text below the metadata, after an empty line",
                )
            self._finish(source_path, metadata, title, paragraphs, published)
        except ContentError as error:
            raise self._fail(error) from error
        return content, metadata
