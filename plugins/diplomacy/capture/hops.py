"""One address fetched under the guard, hop by hop: the HTTP layer of :mod:`.fetch` and :mod:`.assets`.

:func:`follow` asks one address with an honest User-Agent, checks every hop's address
(:mod:`.guard`), follows at most a few ``http(s)`` redirects, refuses an answer over the size
limit or shorter or longer than its ``Content-Length``, and keeps every hop as an
:class:`Exchange` for the WARC record (:mod:`.records`). Every failure raises
:class:`FetchError` naming the address and the cause.

>>> header_map([("Content-Type", "text/html"), ("X-Seen", "1")])["content-type"]
'text/html'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import http.client
import ipaddress
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from . import guard

__all__ = [
    "ARCHIVE_NAME",
    "ARCHIVE_VERSION",
    "MAX_BYTES",
    "USER_AGENT",
    "Exchange",
    "FetchError",
    "FetchOptions",
    "Fetched",
    "WebCaptureError",
    "check_http",
    "decompress",
    "fetch_page",
    "follow",
    "header_map",
]

ARCHIVE_NAME = "CityDiplomacyArchive"
ARCHIVE_VERSION = "0.1"
USER_AGENT = f"{ARCHIVE_NAME}/{ARCHIVE_VERSION} (archival capture of one news article for the City Diplomacy Archive)"
MAX_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")

_CHUNK = 64 * 1024


class WebCaptureError(Exception):
    """A URL that could not be captured; the message names the URL and the cause."""

    def __init__(self, url: str, cause: str) -> None:
        self.url = url
        self.cause = cause
        super().__init__(f"{url}: {cause}")


class FetchError(WebCaptureError):
    """The page could not be fetched: network, timeout, HTTP status, type or size."""


@dataclass(slots=True)
class FetchOptions:
    timeout: float = 20.0  # seconds for connecting and for each read (never past the deadline)
    total_timeout: float = 120.0  # seconds for the whole fetch: connecting, headers, body, every redirect
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    allow: tuple[str, ...] = ()  # addresses or networks allowed although not public (a local test server)
    assets: bool = False  # also fetch the page's images, stylesheets and fonts (make capture; --no-assets)
    max_assets: int = 100  # at most this many of them, each within max_bytes


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
    sent: bytes = b""  # the request exactly as sent
    received: bytes = b""  # the response exactly as received: status line, headers, body (chunked as it came)
    peer: str | None = None  # the address connected to
    when: dt.datetime | None = None  # UTC, when the response arrived

    def finish(self, response: Any) -> None:
        """Keep the bytes of the exchange as they went over the wire (:mod:`.wire`)."""
        wire = getattr(response, "wire", None)
        if wire is not None:
            self.sent, self.received, self.peer = bytes(wire.sent), bytes(wire.received), wire.peer


@dataclass(slots=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes  # the document as received (decompressed only if the server compressed it unasked)
    fetched: dt.datetime  # UTC, when the page's response arrived
    exchanges: list[Exchange] = field(default_factory=list)  # every hop; the last one is the page
    assets: list[Exchange] = field(default_factory=list)  # images, stylesheets, fonts, with their redirects
    skipped: list[tuple[str, str]] = field(default_factory=list)  # assets not fetched: (address, why)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class _EveryStatus(urllib.request.HTTPErrorProcessor):
    """Hands every response back as it is: no exception for 4xx/5xx, no automatic redirect."""

    def http_response(self, request: urllib.request.Request, response: Any) -> Any:
        return response

    https_response = http_response


def check_http(url: str, asked: str) -> None:
    """Refuse an address that is not ``http(s)`` with a host (``asked``: the address the editor gave)."""
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


def _opener(url: str, watch: guard.Watch) -> urllib.request.OpenerDirector:
    handlers: list[Any] = [_EveryStatus(), *guard.handlers(watch, urlsplit(url).hostname or "")]
    if _is_loopback(urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # no proxy can reach this machine's loopback
    return urllib.request.build_opener(*handlers)


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


def decompress(body: bytes, encoding: str, asked: str, limit: int) -> bytes:
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


_REDIRECT_STATUSES = (301, 302, 303, 307, 308)


def _check_deadline(deadline: float, asked: str, options: FetchOptions) -> None:
    if time.monotonic() > deadline:
        raise FetchError(asked, f"the fetch took longer than {options.total_timeout:g} s (timeout)")


PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


def header_map(headers: list[tuple[str, str]]) -> dict[str, str]:
    """Headers by lower-case name (the last one of a repeated name)."""
    return {key.lower(): value for key, value in headers}


def _request_headers(options: FetchOptions, accept: str = PAGE_ACCEPT) -> list[tuple[str, str]]:
    return [
        ("User-Agent", options.user_agent),
        ("Accept", accept),
        ("Accept-Language", "en, de;q=0.9"),
        ("Accept-Encoding", "identity"),
    ]


def _check_address(url: str, asked: str, watch: guard.Watch) -> None:
    """Refuse a host that is or resolves to a non-public address, before anything is sent to it."""
    parts = urlsplit(url)
    try:
        guard.check_host(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80), watch.allowed)
    except guard.AddressRefusedError as error:
        where = "" if url == urldefrag(asked).url else f"redirected to {url}: "
        raise FetchError(asked, f"{where}{error}; nothing was fetched there") from None


def _open(
    url: str, request_headers: list[tuple[str, str]], asked: str, options: FetchOptions, watch: guard.Watch
) -> Any:
    request = urllib.request.Request(url, headers=dict(request_headers))
    try:
        return _opener(url, watch).open(request, timeout=watch.read_timeout())
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        if watch.refused:
            raise FetchError(asked, f"{watch.refused}; nothing was fetched there") from None
        raise FetchError(asked, guard.network_cause(error, options.timeout)) from error


def _exchange(url: str, request_headers: list[tuple[str, str]], response: Any) -> Exchange:
    """The hop as the WARC keeps it (its body is read later)."""
    protocol = "HTTP/1.0" if getattr(response, "version", 11) == 10 else "HTTP/1.1"
    return Exchange(
        url,
        [("Host", urlsplit(url).netloc), *request_headers],
        int(response.status),
        str(response.reason or ""),
        protocol,
        list(response.headers.items()),
        b"",
        when=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


def _redirect_target(exchange: Exchange, response: Any, asked: str) -> str | None:
    """Where a redirect points (checked: http(s) only, no fragment), or None for any other answer."""
    location = response.headers.get("Location")
    if exchange.status not in _REDIRECT_STATUSES or not location:
        return None
    target = urldefrag(urljoin(exchange.url, location.strip())).url
    check_http(target, asked)
    return target


def _check_page(exchange: Exchange, response: Any, asked: str, where: str, options: FetchOptions) -> str:
    """The page's media type ("" if none), once its status, type and announced size are acceptable."""
    if not 200 <= exchange.status < 300:
        raise FetchError(asked, f"the server answered HTTP {exchange.status} {exchange.reason}{where}".rstrip())
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if media and media not in HTML_TYPES:
        raise FetchError(asked, f"the address gives {media}{where}, not an HTML page; nothing was downloaded")
    _check_size(response, asked, options, "the page is ")
    return media


def _announced_length(response: Any) -> int | None:
    """The body's ``Content-Length`` (None when chunked or not given); read to the end of the connection
    when it closes after the answer, so that a body longer than announced is noticed too."""
    if getattr(response, "chunked", False):
        return None
    length = response.headers.get("Content-Length", "").strip()
    if not length.isdigit():
        return None
    if getattr(response, "will_close", False) and getattr(response, "length", None) is not None:
        response.length = None  # http.client would stop at the announced length and hide the rest
    return int(length)


def _read_body(response: Any, asked: str, options: FetchOptions, deadline: float) -> bytes:
    """The body as received, in chunks, within the deadline and the size limit, exactly as long as announced."""
    announced = _announced_length(response)
    chunks: list[bytes] = []
    total = 0
    while True:
        _check_deadline(deadline, asked, options)
        try:
            chunk = response.read(_CHUNK)
        except (OSError, http.client.HTTPException, ValueError) as error:
            if getattr(response, "chunked", False) and isinstance(error, http.client.IncompleteRead | ValueError):
                raise FetchError(asked, "the page's chunked transfer encoding is broken or cut off") from error
            raise FetchError(asked, guard.network_cause(error, options.timeout)) from error
        if not chunk:
            break
        total += len(chunk)
        if total > options.max_bytes:
            raise FetchError(asked, f"the page is larger than the limit of {_megabytes(options.max_bytes)}")
        chunks.append(chunk)
    if announced is not None and total != announced:
        how = "cut off" if total < announced else "longer than announced"
        raise FetchError(asked, f"the page is {how}: {total} bytes arrived, its Content-Length says {announced}")
    return b"".join(chunks)


def follow(
    asked: str, options: FetchOptions, watch: guard.Watch, accept: str, page: bool
) -> tuple[list[Exchange], str]:
    """Every hop from ``asked`` to its answer (redirects followed and checked); the last one's body read.

    ``page``: the answer must be a successful HTML page (:func:`_check_page`); otherwise any answer within
    the size limit is kept as it is, an error status too (a missing image is part of the record).
    """
    current = urldefrag(asked).url
    exchanges: list[Exchange] = []
    for _hop in range(options.max_redirects + 1):
        _check_deadline(watch.deadline, asked, options)
        _check_address(current, asked, watch)
        request_headers = _request_headers(options, accept)
        response = _open(current, request_headers, asked, options, watch)
        with response:
            exchange = _exchange(current, request_headers, response)
            exchanges.append(exchange)
            target = _redirect_target(exchange, response, asked)
            if target is not None:
                with contextlib.suppress(OSError, http.client.HTTPException):
                    exchange.body = response.read(_CHUNK)  # a short "moved" page, kept for the WARC
                exchange.finish(response)
                current = target
                continue
            where = "" if current == urldefrag(asked).url else f" (at {current})"
            if page:
                _check_page(exchange, response, asked, where, options)
            else:
                _check_size(response, asked, options)
            exchange.body = _read_body(response, asked, options, watch.deadline)
            exchange.finish(response)
        return exchanges, current
    raise FetchError(asked, f"more than {options.max_redirects} redirects; the last one pointed at {current}")


def _check_size(response: Any, asked: str, options: FetchOptions, what: str = "") -> None:
    """Refuse an answer that announces more than the size limit, before its body is read."""
    length = response.headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > options.max_bytes:
        size, limit = _megabytes(int(length)), _megabytes(options.max_bytes)
        raise FetchError(asked, f"{what}{size}, larger than the limit of {limit}")


def fetch_page(asked: str, options: FetchOptions, watch: guard.Watch) -> Fetched:
    """The page at ``asked`` (redirects followed), decompressed: an HTML page or a :class:`FetchError`."""
    exchanges, current = follow(asked, options, watch, PAGE_ACCEPT, page=True)
    exchange = exchanges[-1]
    headers = header_map(exchange.headers)
    where = "" if current == urldefrag(asked).url else f" (at {current})"
    media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    body = decompress(exchange.body, headers.get("content-encoding", ""), asked, options.max_bytes)
    if not media and not _looks_like_html(body):
        raise FetchError(asked, f"the answer{where} has no content type and does not look like an HTML page")
    assert exchange.when is not None
    return Fetched(
        url=asked,
        final_url=current,
        status=exchange.status,
        content_type=headers.get("content-type", "") or "text/html",
        body=body,
        fetched=exchange.when,
        exchanges=exchanges,
    )
