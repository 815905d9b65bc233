"""What ``make capture`` writes: the record of the exchange and the files of a capture, all or none.

The HTML exactly as received, the HTTP exchanges of the page and its images,
stylesheets and fonts as gzipped WARC/1.1 (:func:`warc_bytes`), the same in one
WACZ with its index and page list for the replay (:func:`wacz_bytes`), the
``.meta`` file that says where the capture came from, when, and how to check
it (:func:`meta_text`), and :func:`write_capture`, which never overwrites a
file.  A ``Wayback:`` line is written only for a snapshot known to exist
(``--wayback``, :mod:`.wayback`); the editor may add one too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import tempfile
from pathlib import Path

from ..reading.html import ReadableCapture
from .hops import ARCHIVE_NAME, ARCHIVE_VERSION, Fetched
from .plan import CapturePlan, text_sha256

__all__ = ["meta_text", "wacz_bytes", "warc_bytes", "write_capture"]


def meta_text(
    plan: CapturePlan,
    fetched: Fetched,
    readable: ReadableCapture,
    content: Path,
    date: dt.date | None = None,
    wayback: str | None = None,
) -> str:
    """The ``.meta`` file of a capture: where it came from, when, and how to check it.

    ``date`` is a publication date the editor gave (the page names none, or a wrong one); ``wayback`` a
    snapshot the Wayback Machine is known to hold (``make capture --wayback``).
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
        f"Record: {rel(plan.files.record)}",
    ]
    if plan.files.warc is not None:
        lines.append(f"Warc: {rel(plan.files.warc)}")
    if plan.files.wacz is not None:
        lines.append(f"Wacz: {rel(plan.files.wacz)}")
    if wayback:
        lines.append(f"Wayback: {wayback}")
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
    """The exchanges as gzipped WARC/1.1: a warcinfo record, then request and response of every hop of the
    page and of its assets, each exactly as it went over the wire (:mod:`.wire`), with warcio's digests."""
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    writer.write_record(
        writer.create_warcinfo_record("", {"software": f"{ARCHIVE_NAME}/{ARCHIVE_VERSION}", "format": "WARC/1.1"})
    )
    for exchange in [*fetched.exchanges, *fetched.assets]:
        when = exchange.when or fetched.fetched
        warc_headers = {"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")}
        if exchange.peer:
            warc_headers["WARC-IP-Address"] = exchange.peer
        request, response = (
            writer.create_warc_record(
                exchange.url, kind, payload=io.BytesIO(raw), length=len(raw), warc_headers_dict=dict(warc_headers)
            )
            for kind, raw in (("request", exchange.sent), ("response", exchange.received))
        )
        writer.write_request_response_pair(request, response)
    return buffer.getvalue()


def wacz_bytes(warc: bytes, name: str, fetched: Fetched, title: str) -> bytes:
    """One WACZ of the capture (the ``wacz`` package): the WARC, its CDXJ index, the page list (the page,
    with its title) and the data package with every file's hash, as ReplayWeb.page opens it."""
    from wacz.main import main as wacz_main

    with tempfile.TemporaryDirectory(prefix="capture-wacz-") as folder:
        work = Path(folder)
        (work / f"{name}.warc.gz").write_bytes(warc)
        pages = [
            {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"},
            {
                "id": "page-1",
                "url": fetched.final_url,
                "ts": fetched.fetched.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "title": title,
            },
        ]
        (work / "pages.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
        output = work / f"{name}.wacz"
        arguments = ["create", "-o", str(output), str(work / f"{name}.warc.gz"), "--pages", str(work / "pages.jsonl")]
        arguments += ["--url", fetched.final_url, "--title", title]  # (with --ts, wacz 0.6 puts the address as title)
        with contextlib.redirect_stdout(io.StringIO()) as said:
            status = wacz_main(arguments)
        if status not in (0, None) or not output.exists():
            raise OSError(f"the WACZ could not be made: {said.getvalue().strip()}")
        return output.read_bytes()


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
