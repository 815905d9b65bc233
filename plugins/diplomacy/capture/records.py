"""What ``make capture`` writes: the record of the exchange and the files of a capture, all or none.

The HTML exactly as received, the HTTP exchange(s) as gzipped WARC/1.1
(:func:`warc_bytes`), the ``.meta`` file that says where the capture came
from, when, and how to check it (:func:`meta_text`, with the Wayback Machine's
address of the page), and :func:`write_capture`, which never overwrites a file.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from urllib.parse import urlsplit

from ..reading.html import ReadableCapture
from .fetch import ARCHIVE_NAME, ARCHIVE_VERSION, Fetched
from .plan import CapturePlan, text_sha256

__all__ = ["meta_text", "warc_bytes", "wayback_url", "write_capture"]


def wayback_url(url: str, when: dt.datetime) -> str:
    """The Wayback Machine's address of ``url`` nearest to ``when``.

    >>> wayback_url("https://example.org/a", dt.datetime(2024, 5, 1, 8, 30, 5, tzinfo=dt.UTC))
    'https://web.archive.org/web/20240501083005/https://example.org/a'
    """
    return f"https://web.archive.org/web/{when.astimezone(dt.UTC):%Y%m%d%H%M%S}/{url}"


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


def write_capture(plan: CapturePlan, contents: dict[Path, bytes], root: Path) -> None:
    """Write every file of a capture, or none: nothing existing is ever overwritten, nothing outside ``root``
    (the content folder) is written."""
    assert plan.files is not None
    inside = root.resolve()
    for path in contents:
        if not path.resolve().is_relative_to(inside):
            raise OSError(f"{path} lies outside the content folder {root}; nothing was written")
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
