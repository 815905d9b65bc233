"""Capturing a live web page: fetch it, extract the article, write the capture.

Each step works on its own and knows nothing of Pelican:

1. :func:`fetch` gets one page: an honest User-Agent, a timeout, a size
   limit, at most a few redirects, ``http(s)`` only.  Every failure raises
   :class:`FetchError` naming the URL and the cause.
2. :func:`extract_article` finds the headline, the publication date, the
   author, the site name and the main text (no navigation, captions, share
   or comment boilerplate) with trafilatura.  Raises :class:`ExtractionError`.
3. :func:`readable_capture` turns an article into the raw-capture text that
   :class:`~diplomacy.reading.readers.CaptureReader` reads (title line, date line,
   paragraphs, ``Source: … Editor: …`` line) and checks that
   :func:`~diplomacy.reading.textcapture.parse_capture` reads back exactly its title,
   date and paragraphs.
4. :func:`plan_capture` decides the file names (a new article, a new version
   of an archived one, or nothing because the page is unchanged) and
   :func:`write_capture` writes the files, all or none.

The files of one capture ``<name>`` (version 1; later versions are
``<name>-v2``, ``<name>-v3`` …)::

    content/captures/<name>.txt      the extracted article as a raw capture (read by Pelican)
    content/captures/<name>.meta     Source_url, Final_url, Fetched, Http_status, Sha256, Wayback, …
    content/records/<name>.html      the HTML exactly as received (not read by Pelican)
    content/records/<name>.warc.gz   the HTTP exchange(s) as WARC records
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import http.client
import io
import ipaddress
import logging
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from ..naming import article_slug, parse_version, version_group
from ..places.names import slugify
from ..reading.sidecar import read_sidecar
from ..reading.textcapture import Capture, CaptureError, decode_capture, parse_capture

__all__ = [
    "ArchivedVersion",
    "Article",
    "CaptureFiles",
    "CapturePlan",
    "Exchange",
    "ExtractionError",
    "FetchError",
    "FetchOptions",
    "Fetched",
    "ReadableCapture",
    "WebCaptureError",
    "article_slug",
    "capture_name",
    "capture_text",
    "decode_html",
    "extract_article",
    "fetch",
    "find_versions",
    "meta_text",
    "parse_version",
    "plan_capture",
    "readable_capture",
    "text_sha256",
    "version_group",
    "warc_bytes",
    "wayback_url",
    "write_capture",
]

ARCHIVE_NAME = "CityDiplomacyArchive"
ARCHIVE_VERSION = "0.1"
USER_AGENT = f"{ARCHIVE_NAME}/{ARCHIVE_VERSION} (archival capture of one news article for the City Diplomacy Archive)"
MAX_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
CAPTURES_DIR = "captures"
RECORDS_DIR = "records"
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"\s+")


class WebCaptureError(Exception):
    """A URL that could not be captured; the message names the URL and the cause."""

    def __init__(self, url: str, cause: str) -> None:
        self.url = url
        self.cause = cause
        super().__init__(f"{url}: {cause}")


class FetchError(WebCaptureError):
    """The page could not be fetched: network, timeout, HTTP status, type or size."""


class ExtractionError(WebCaptureError):
    """The page has no article that the archive can keep."""


# ---------------------------------------------------------------------------
# 1. Fetching


@dataclass(slots=True)
class FetchOptions:
    timeout: float = 20.0  # seconds for connecting and for each read
    total_timeout: float = 120.0  # seconds for the whole download
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Exchange:
    """One HTTP request and its response (a redirect or the page itself)."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    protocol: str  # "HTTP/1.1"
    headers: list[tuple[str, str]]
    body: bytes  # as received (of a redirect, the first 64 kB)


@dataclass(slots=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes  # the document as received (decompressed only if the server compressed it unasked)
    fetched: dt.datetime  # UTC, when the page's response arrived
    exchanges: list[Exchange] = field(default_factory=list)  # every hop; the last one is the page

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class _EveryStatus(urllib.request.HTTPErrorProcessor):
    """Hands every response back as it is: no exception for 4xx/5xx, no automatic redirect."""

    def http_response(self, request: urllib.request.Request, response: Any) -> Any:
        return response

    https_response = http_response


def _check_http(url: str, asked: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        if url == asked:
            raise FetchError(asked, "not an http(s) address; give the article's address starting with https://")
        raise FetchError(asked, f"redirected to {url}, which is not an http(s) address; nothing was fetched there")


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _opener(url: str) -> urllib.request.OpenerDirector:
    handlers: list[Any] = [_EveryStatus()]
    if _is_loopback(urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # no proxy can reach this machine's loopback
    return urllib.request.build_opener(*handlers)


def _network_cause(error: BaseException, timeout: float) -> str:
    reason: Any = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s (timeout)"
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved (no network, or a wrong address)"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, ConnectionResetError):
        return "the connection was reset by the server"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason})"
    if isinstance(reason, http.client.IncompleteRead):
        return "the connection broke off before the page was complete"
    if isinstance(reason, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(reason).__name__})"
    if isinstance(reason, OSError) and reason.strerror:
        return f"network error: {reason.strerror}"
    return f"network error: {reason}"


def _megabytes(size: int) -> str:
    """A size for people.

    >>> _megabytes(10 * 1024 * 1024), _megabytes(20 * 1024 * 1024 + 1), _megabytes(2048), _megabytes(12)
    ('10 MB', '20 MB', '2 kB', '12 bytes')
    """
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} kB"
    return f"{size} bytes"


def _read_body(response: Any, asked: str, options: FetchOptions, deadline: float) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(asked, f"the download took longer than {options.total_timeout:g} s (timeout)")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > options.max_bytes:
            raise FetchError(asked, f"the page is larger than the limit of {_megabytes(options.max_bytes)}")
        chunks.append(chunk)


def _decompress(body: bytes, encoding: str, asked: str, limit: int) -> bytes:
    """A body the server compressed although we asked for ``identity``."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(asked, f"the server sent the page compressed as '{encoding}', which cannot be read")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        data = inflater.decompress(body, limit + 1)
    except zlib.error as error:
        raise FetchError(asked, f"the compressed page is damaged ({error})") from error
    if len(data) > limit:
        raise FetchError(asked, f"the page is larger than the limit of {_megabytes(limit)}")
    return data


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or b"<body" in head


def fetch(url: str, options: FetchOptions | None = None) -> Fetched:
    """GET one web page; follow at most ``options.max_redirects`` http(s) redirects.

    Raises :class:`FetchError` for a network error, a timeout, an HTTP error
    status, a response that is not HTML, or one larger than the size limit.

    >>> fetch("ftp://example.org/file")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplomacy.capture.web.FetchError: ftp://example.org/file: not an http(s) address; give the article's address ...
    """
    options = options or FetchOptions()
    asked = url.strip()
    _check_http(asked, asked)
    deadline = time.monotonic() + options.total_timeout
    current = urldefrag(asked).url
    exchanges: list[Exchange] = []
    for _hop in range(options.max_redirects + 1):
        if time.monotonic() > deadline:
            raise FetchError(asked, f"the download took longer than {options.total_timeout:g} s (timeout)")
        request_headers = [
            ("User-Agent", options.user_agent),
            ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
            ("Accept-Language", "en, de;q=0.9"),
            ("Accept-Encoding", "identity"),
        ]
        request = urllib.request.Request(current, headers=dict(request_headers))
        try:
            response = _opener(current).open(request, timeout=options.timeout)
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
            raise FetchError(asked, _network_cause(error, options.timeout)) from error
        answered = dt.datetime.now(dt.UTC).replace(microsecond=0)
        with response:
            status, reason = int(response.status), str(response.reason or "")
            headers = list(response.headers.items())
            protocol = "HTTP/1.0" if getattr(response, "version", 11) == 10 else "HTTP/1.1"
            host = urlsplit(current).netloc
            exchange = Exchange(current, [("Host", host), *request_headers], status, reason, protocol, headers, b"")
            exchanges.append(exchange)
            location = response.headers.get("Location")
            if status in (301, 302, 303, 307, 308) and location:
                target = urldefrag(urljoin(current, location.strip())).url
                _check_http(target, asked)
                with contextlib.suppress(OSError, http.client.HTTPException):
                    exchange.body = response.read(_CHUNK)  # a short "moved" page, kept for the WARC
                current = target
                continue
            where = "" if current == urldefrag(asked).url else f" (at {current})"
            if not 200 <= status < 300:
                raise FetchError(asked, f"the server answered HTTP {status} {reason}{where}".rstrip())
            content_type = response.headers.get("Content-Type", "")
            media = content_type.split(";", 1)[0].strip().lower()
            if media and media not in HTML_TYPES:
                raise FetchError(asked, f"the address gives {media}{where}, not an HTML page; nothing was downloaded")
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > options.max_bytes:
                raise FetchError(
                    asked,
                    f"the page is {_megabytes(int(length))}, larger than the limit of {_megabytes(options.max_bytes)}",
                )
            try:
                raw = _read_body(response, asked, options, deadline)
            except (OSError, http.client.HTTPException) as error:
                raise FetchError(asked, _network_cause(error, options.timeout)) from error
        exchange.body = raw
        body = _decompress(raw, response.headers.get("Content-Encoding", ""), asked, options.max_bytes)
        if not media and not _looks_like_html(body):
            raise FetchError(asked, f"the answer{where} has no content type and does not look like an HTML page")
        return Fetched(
            url=asked,
            final_url=current,
            status=status,
            content_type=content_type or "text/html",
            body=body,
            fetched=answered,
            exchanges=exchanges,
        )
    raise FetchError(asked, f"more than {options.max_redirects} redirects; the last one pointed at {current}")


def decode_html(body: bytes, content_type: str = "") -> str:
    """The document's text: the charset of the Content-Type header, of a ``<meta>``, UTF-8 or Windows-1252.

    >>> decode_html("<p>Köln</p>".encode("cp1252"), "text/html; charset=windows-1252")
    '<p>Köln</p>'
    >>> decode_html(b'<meta charset="iso-8859-1"><p>K\\xf6ln</p>')
    '<meta charset="iso-8859-1"><p>Köln</p>'
    """
    candidates: list[str] = []
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    if match:
        candidates.append(match.group(1))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace"))
    if body.startswith(b"\xef\xbb\xbf"):
        candidates.insert(0, "utf-8-sig")
    for charset in candidates:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return decode_capture(body)
    except CaptureError:
        return body.decode("utf-8", "replace")


def wayback_url(url: str, when: dt.datetime) -> str:
    """The Wayback Machine's address of ``url`` nearest to ``when``.

    >>> wayback_url("https://example.org/a", dt.datetime(2024, 5, 1, 8, 30, 5, tzinfo=dt.UTC))
    'https://web.archive.org/web/20240501083005/https://example.org/a'
    """
    return f"https://web.archive.org/web/{when.astimezone(dt.UTC):%Y%m%d%H%M%S}/{url}"


# ---------------------------------------------------------------------------
# 2. Extracting


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


# ---------------------------------------------------------------------------
# 4. Names, versions and writing


def capture_name(url: str) -> str:
    """The file name (without suffix) of a new capture of ``url``: host and a short hash.

    >>> capture_name("https://www.shine.cn/news/metro/2304179552/")
    'www-shine-cn_2354322bec4b'
    """
    host = slugify(urlsplit(url).hostname or "page")[:40].strip("-") or "page"
    return f"{host}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


@dataclass(slots=True)
class ArchivedVersion:
    name: str  # file stem
    capture: Path  # the .txt or .html capture
    version: int
    meta: dict[str, str]


def _same_url(a: str, b: str) -> bool:
    return bool(a) and urldefrag(a.strip()).url == urldefrag(b.strip()).url


def find_versions(captures: Path, urls: Iterable[str]) -> list[ArchivedVersion]:
    """Archived versions of an article whose ``Source_url`` or ``Final_url`` is one of ``urls``.

    All versions of the first matching group (by name), oldest first.
    """
    wanted = [u for u in urls if u]
    found: dict[str, list[ArchivedVersion]] = {}
    if not captures.is_dir():
        return []
    for side in sorted(captures.glob("*.meta")):
        meta = read_sidecar(side, strict=False)
        if not any(_same_url(meta.get(key, ""), url) for key in ("source_url", "final_url") for url in wanted):
            continue
        capture = next(
            (side.with_suffix(s) for s in (".txt", ".html", ".htm") if side.with_suffix(s).exists()),
            None,
        )
        if capture is None:
            continue
        version = parse_version(meta.get("version"))
        found.setdefault(version_group(side.stem, version), []).append(
            ArchivedVersion(side.stem, capture, version, meta)
        )
    if not found:
        return []
    group = sorted(found)[0]
    # every version of that group, also one whose metadata names no URL
    names = {v.name for v in found[group]}
    for side in sorted(captures.glob(f"{group}-v*.meta")):
        meta = read_sidecar(side, strict=False)
        version = parse_version(meta.get("version"))
        if side.stem not in names and version_group(side.stem, version) == group:
            capture = side.with_suffix(".txt")
            if capture.exists():
                found[group].append(ArchivedVersion(side.stem, capture, version, meta))
    return sorted(found[group], key=lambda v: (v.version, v.name))


def _slug_of(version: ArchivedVersion) -> str:
    """The slug of an archived version, as the reader gives it."""
    if version.meta.get("slug"):
        return version.meta["slug"]
    title = version.meta.get("title", "")
    if not title:
        try:
            data = version.capture.read_bytes()
            if version.capture.suffix == ".txt":
                title = parse_capture(decode_capture(data)).title or ""
            else:
                title = extract_article(decode_html(data), version.meta.get("source_url")).title
        except (OSError, CaptureError, WebCaptureError):
            title = ""
    return article_slug(title, version.name)


@dataclass(slots=True)
class CaptureFiles:
    capture: Path
    meta: Path
    record: Path
    warc: Path | None

    def all(self) -> list[Path]:
        return [p for p in (self.capture, self.meta, self.record, self.warc) if p is not None]


@dataclass(slots=True)
class CapturePlan:
    name: str
    version: int
    slug: str
    files: CaptureFiles | None  # None: the page is unchanged, nothing to write
    unchanged: ArchivedVersion | None = None  # the archived version equal to the page
    previous: list[ArchivedVersion] = field(default_factory=list)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plan_capture(
    content: Path,
    fetched: Fetched,
    readable: ReadableCapture,
    *,
    name: str | None = None,
    warc: bool = True,
) -> CapturePlan:
    """Where this capture goes: a new article, a new version beside the old ones, or nowhere (unchanged)."""
    captures = content / CAPTURES_DIR
    records = content / RECORDS_DIR
    previous = find_versions(captures, [fetched.url, fetched.final_url])
    slug = article_slug(readable.article.title, name or capture_name(fetched.url))
    if previous:
        latest = previous[-1]
        text_hash = text_sha256(readable.text)
        if latest.meta.get("sha256") == fetched.sha256 or latest.meta.get("text_sha256") == text_hash:
            return CapturePlan(latest.name, latest.version, _slug_of(latest), None, latest, previous)
        base = version_group(latest.name, latest.version)
        version = latest.version + 1
        stem = f"{base}-v{version}"
        slug = _slug_of(previous[0])  # the article keeps its address
    else:
        version = 1
        stem = name or capture_name(fetched.url)
    files = CaptureFiles(
        capture=captures / f"{stem}.txt",
        meta=captures / f"{stem}.meta",
        record=records / f"{stem}.html",
        warc=records / f"{stem}.warc.gz" if warc else None,
    )
    return CapturePlan(stem, version, slug, files, None, previous)


def meta_text(
    plan: CapturePlan, fetched: Fetched, readable: ReadableCapture, content: Path, date: dt.date | None = None
) -> str:
    """The ``.meta`` file of a capture: where it came from, when, and how to check it.

    ``date`` is a publication date the editor gave (the page names none, or a wrong one).
    """
    assert plan.files is not None
    import trafilatura

    def rel(path: Path) -> str:
        return path.relative_to(content).as_posix()

    lines = [
        f"# Captured from the web with `make capture` ({ARCHIVE_NAME} {ARCHIVE_VERSION}).",
        f"# The record is {rel(plan.files.record)}: the HTML exactly as received. Never edit either file.",
        f"Source_url: {fetched.url}",
        f"Final_url: {fetched.final_url}",
        f"Fetched: {fetched.fetched.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"Http_status: {fetched.status}",
        f"Content_type: {fetched.content_type}",
        f"Sha256: {fetched.sha256}",
        f"Text_sha256: {text_sha256(readable.text)}",
        f"Wayback: {wayback_url(fetched.url, fetched.fetched)}",
        f"Record: {rel(plan.files.record)}",
    ]
    if plan.files.warc is not None:
        lines.append(f"Warc: {rel(plan.files.warc)}")
    lines += [
        f"Version: {plan.version}",
        f"Slug: {plan.slug}",
        f"Extractor: trafilatura {trafilatura.__version__}",
    ]
    if readable.title_in_meta:
        lines.append(f"Title: {readable.article.title}")
    if date is None and readable.date_in_meta:
        date = readable.article.published
    if date is not None:
        lines.append(f"Date: {date.isoformat()}")
    return "\n".join(lines) + "\n"


def warc_bytes(fetched: Fetched) -> bytes:
    """The exchange(s) as gzipped WARC/1.1: a warcinfo record, then request and response of every hop."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    date = fetched.fetched.strftime("%Y-%m-%dT%H:%M:%SZ")
    writer.write_record(
        writer.create_warcinfo_record("", {"software": f"{ARCHIVE_NAME}/{ARCHIVE_VERSION}", "format": "WARC/1.1"})
    )
    for exchange in fetched.exchanges:
        parts = urlsplit(exchange.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", exchange.request_headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": date},
        )
        # urllib removed a chunked transfer encoding: the body is stored as one piece
        headers = [(k, v) for k, v in exchange.headers if k.lower() != "transfer-encoding"]
        response = writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=StatusAndHeaders(f"{exchange.status} {exchange.reason}", headers, protocol=exchange.protocol),
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_request_response_pair(request, response)
    return buffer.getvalue()


def write_capture(plan: CapturePlan, contents: dict[Path, bytes]) -> None:
    """Write every file of a capture, or none: nothing existing is ever overwritten."""
    assert plan.files is not None
    for path in contents:
        if path.exists():
            raise FileExistsError(f"{path} exists already; nothing was written")
    written: list[Path] = []
    try:
        for path, data in contents.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("xb") as handle:  # "x": fails if the file appeared meanwhile
                written.append(path)
                handle.write(data)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
