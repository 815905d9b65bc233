"""`make capture`: a live article becomes an archived capture (plugins/diplomacy/capture/, reading/html.py).

Nothing here reaches the internet: a threaded HTTP server on 127.0.0.1 (a free
port) serves the pages of tests/web_pages, shaped like real news sites
(navigation, teasers, captions, share buttons, comments; the date in a
``<time>`` element, in ``article:published_time`` or only in the text), and
the bad cases: redirects, a 404, a 500, a slow answer, a PDF, a 20 MB page
(generated on the fly), a French page, a page without an article.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from diplomacy.capture.cli import main
from diplomacy.capture.fetch import fetch
from diplomacy.capture.hops import FetchError, FetchOptions
from diplomacy.reading.html import Article, capture_text, decode_html, extract_article, readable_capture
from diplomacy.reading.readers import HtmlCaptureReader
from diplomacy.reading.sidecar import read_sidecar
from diplomacy.reading.textcapture import decode_capture, parse_capture
from sitetools import ROOT, build_site

PAGES = Path(__file__).parent / "web_pages"
LOCAL = "127.0.0.1"  # the test server's address, allowed although loopback (make capture --allow)
MB = 1024 * 1024


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


# ---------------------------------------------------------------------------
# The local web server


@dataclass
class Web:
    origin: str
    pages: dict[str, bytes]  # /changing/<key> serves pages[key]; a test may change it
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.origin + path


Route = Callable[[BaseHTTPRequestHandler], None]


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    if "Content-Length" not in headers:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _html(name: str, charset: str = "utf-8") -> Route:
    return lambda h: _send(h, 200, page(name), {"Content-Type": f"text/html; charset={charset}"})


def _redirect(status: int, location: str) -> Route:
    body = b"<html><body>Moved</body></html>"
    return lambda h: _send(h, status, body, {"Location": location, "Content-Type": "text/html"})


def _slow(h: BaseHTTPRequestHandler) -> None:
    time.sleep(2.0)
    _send(h, 200, page("en_nanjing_leipzig.html"), {"Content-Type": "text/html"})


def _huge(h: BaseHTTPRequestHandler, sized: bool) -> None:
    """20 MB of HTML, made while sending; the client stops reading at 10 MB."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    if sized:
        h.send_header("Content-Length", str(20 * MB))
    h.end_headers()
    chunk = (b"<p>" + b"Shanghai and Hamburg. " * 46 + b"</p>\n")[:1024] * 1024
    for _ in range(20):
        h.wfile.write(chunk)


def _gzipped(h: BaseHTTPRequestHandler) -> None:
    body = gzip.compress(page("de_wuhan_duisburg.html"))
    _send(h, 200, body, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})


def _latin1(h: BaseHTTPRequestHandler) -> None:
    body = page("de_wuhan_duisburg.html").decode("utf-8").replace('<meta charset="utf-8">', "")
    _send(h, 200, body.encode("cp1252"), {"Content-Type": "text/html; charset=windows-1252"})


def _lying_charset(h: BaseHTTPRequestHandler) -> None:
    """A UTF-8 page whose header and meta tag both claim Latin-1."""
    body = page("de_wuhan_duisburg.html").replace(b'<meta charset="utf-8">', b'<meta charset="iso-8859-1">')
    _send(h, 200, body, {"Content-Type": "text/html; charset=iso-8859-1"})


def _raw(h: BaseHTTPRequestHandler, head: bytes, body: bytes) -> None:
    """Bytes as a hostile server sends them, then the connection closes."""
    h.wfile.write(head + b"\r\n" + body)
    h.wfile.flush()
    h.close_connection = True


ARTICLE = page("en_nanjing_leipzig.html")
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"


def _chunked(body: bytes, end: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:2000], body[2000:])) + end


def _drip(h: BaseHTTPRequestHandler, head: bytes, drip: bytes) -> None:
    """A server that sends ``head`` and then one byte of ``drip`` every 0.1 s (for up to 60 s)."""
    h.wfile.write(head)
    for byte in drip * 100:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(0.1)


HOSTILE: dict[str, Route] = {
    "/cut-off": lambda h: _raw(h, HEAD + b"Content-Length: %d\r\n" % (len(ARTICLE) + 5000), ARTICLE),
    "/too-long": lambda h: _raw(h, HEAD + b"Content-Length: %d\r\n" % (len(ARTICLE) - 3000), ARTICLE),
    "/bad-chunk-size": lambda h: _raw(
        h, HEAD + b"Transfer-Encoding: chunked\r\n", _chunked(ARTICLE, b"zz\r\nnot a chunk\r\n")
    ),
    "/no-last-chunk": lambda h: _raw(h, HEAD + b"Transfer-Encoding: chunked\r\n", _chunked(ARTICLE, b"")),
    "/drip-headers": lambda h: _drip(h, b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"a" * 50 + b"\r\n"),
    "/drip-body": lambda h: _drip(h, HEAD + b"\r\n", ARTICLE),
}

ROUTES: dict[str, Route] = {
    "/en/nanjing-leipzig": _html("en_nanjing_leipzig.html"),
    "/de/wuhan-duisburg": _html("de_wuhan_duisburg.html"),
    "/en/chengdu-bonn": _html("en_chengdu_bonn_textdate.html"),
    "/en/undated": _html("en_undated.html"),
    "/fr/lyon": _html("fr_page.html"),
    "/home": _html("no_article.html"),
    "/old-link": _redirect(301, "/moved#top"),
    "/moved": _redirect(302, "/en/nanjing-leipzig"),
    "/to-ftp": _redirect(302, "ftp://127.0.0.1/article.html"),
    "/missing": lambda h: _send(h, 404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"}),
    "/error": lambda h: _send(h, 500, b"<html><body>Oops</body></html>", {"Content-Type": "text/html"}),
    "/slow": _slow,
    "/report.pdf": lambda h: _send(
        h, 200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", {"Content-Type": "application/pdf"}
    ),
    "/huge": lambda h: _huge(h, sized=True),
    "/huge-unsized": lambda h: _huge(h, sized=False),
    "/gzip": _gzipped,
    "/latin1": _latin1,
    "/lying-charset": _lying_charset,
    **HOSTILE,
}


class _Handler(BaseHTTPRequestHandler):
    web: Web

    def do_GET(self) -> None:
        self.web.requests.append((self.path, dict(self.headers.items())))
        path = self.path.split("?", 1)[0]
        try:
            if path.startswith("/loop/"):
                _redirect(302, f"/loop/{int(path.rsplit('/', 1)[1]) + 1}")(self)
            elif path.startswith("/changing/"):
                body = self.web.pages[path.removeprefix("/changing/")]
                _send(self, 200, body, {"Content-Type": "text/html; charset=utf-8"})
            elif path in ROUTES:
                ROUTES[path](self)
            else:
                _send(self, 404, b"not found", {"Content-Type": "text/plain"})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout, size limit): as intended

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture(scope="module")
def web() -> Iterator[Web]:
    state = Web("", {})
    handler = type("Handler", (_Handler,), {"web": state})
    server = _Server(("127.0.0.1", 0), handler)
    state.origin = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="web-pages", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# ---------------------------------------------------------------------------
# Helpers


@dataclass
class Run:
    status: int
    out: str
    err: str


def capture(content: Path, *args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--content", str(content), "--allow", LOCAL, *args], out=out, err=err)
    return Run(status, out.getvalue(), err.getvalue())


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def single_capture(content: Path) -> tuple[Path, dict[str, str]]:
    (txt,) = (content / "captures").glob("*.txt")
    return txt, read_sidecar(txt.with_suffix(".meta"))


NANJING_TITLE = "Nanjing and Leipzig mayors renew sister-city ties"
NANJING_FIRST = (
    "Nanjing Mayor Chen Zhichang met with Burkhard Jung, the mayor of Leipzig, Germany, "
    "and his delegation in Nanjing on May 10."
)
NANJING_LAST = (
    "Both sides signed a memorandum on a joint programme for museums and orchestras "
    "that will run until the end of next year."
)
NOISE_EN = [
    "City Daily. All rights reserved",
    "Subscribe now",
    "Share on Facebook",
    "Photo: City Daily",
    "shakes hands",  # the caption
    "Read more",
    "Hamburg port welcomes",  # an inline teaser
    "Be the first to comment",
    "More from World",
    "Shanghai opens new metro line",
    "cookies",
    "3 min read",
    "Tags:",
]
WUHAN_TITLE = "Wuhan und Duisburg vertiefen ihre Städtepartnerschaft"
NOISE_DE = [
    "Foto: Stadt Duisburg",
    "Lesezeit",
    "Artikel teilen",
    "Auch interessant",
    "Neuer Rekord im Duisburger Hafen",
    "Peter K.",
    "Kommentar",
    "Meistgelesen",
    "Cookies",
    "Impressum",
    "Städtepartnerschaft\n",  # the kicker on a line of its own
]


# ---------------------------------------------------------------------------
# Extraction and the capture text (no server)


@pytest.mark.parametrize(
    ("name", "title", "date", "first"),
    [
        ("en_nanjing_leipzig.html", NANJING_TITLE, dt.date(2023, 5, 12), NANJING_FIRST),
        (
            "de_wuhan_duisburg.html",
            WUHAN_TITLE,
            dt.date(2024, 6, 20),  # article:published_time; not the modified time
            "Duisburgs Oberbürgermeister Sören Link hat am Dienstag den Bürgermeister der chinesischen Stadt Wuhan, "
            "Cheng Yongwen, und eine Delegation im Duisburger Rathaus empfangen.",
        ),
        (
            "en_chengdu_bonn_textdate.html",
            "Chengdu delegation visits Bonn",
            dt.date(2022, 11, 8),  # only in the text: "Published: 8 November 2022"
            "A delegation from Chengdu led by Vice Mayor Wang Fengchao visited Bonn on Monday and met with "
            "Bonn's Lord Mayor Katja Dörner at the Old Town Hall.",
        ),
    ],
)
def test_extraction_and_the_capture_text_read_back_exactly(name: str, title: str, date: dt.date, first: str) -> None:
    article = extract_article(decode_html(page(name)), "https://news.example.com/article")
    assert article.title == title
    assert article.published == date
    readable = readable_capture(article)
    assert readable.article.paragraphs[0] == first
    # parse_capture reads back exactly what was written
    parsed = parse_capture(decode_capture(readable.text.encode("utf-8")))
    assert parsed.title == title
    assert parsed.published == date
    assert parsed.paragraphs == readable.article.paragraphs
    assert not readable.title_in_meta
    assert not readable.date_in_meta
    assert readable.text.startswith(f"{title}\n\n date {date.isoformat()} \n\n")


def test_extraction_drops_navigation_captions_share_and_comments() -> None:
    for name, noise in (("en_nanjing_leipzig.html", NOISE_EN), ("de_wuhan_duisburg.html", NOISE_DE)):
        readable = readable_capture(extract_article(decode_html(page(name))))
        body = "\n".join(readable.article.paragraphs) + "\n"
        for junk in noise:
            assert junk not in body, (name, junk)
    en = readable_capture(extract_article(decode_html(page("en_nanjing_leipzig.html"))))
    assert en.article.paragraphs[-1] == NANJING_LAST
    assert len(en.article.paragraphs) == 5
    assert (en.article.source, en.article.author) == ("City Daily", "Li Wei")
    assert en.text.rstrip().endswith("Source: City Daily   Editor: Li Wei")
    de = readable_capture(extract_article(decode_html(page("de_wuhan_duisburg.html"))))
    assert "Zusammenarbeit bei Logistik und Klimaschutz" in de.article.paragraphs  # a subheading stays
    assert (de.article.source, de.article.author) == ("Rheinblick", "Anna Schmitz")


def test_a_date_line_in_the_text_is_not_kept_as_a_paragraph() -> None:
    readable = readable_capture(extract_article(decode_html(page("en_chengdu_bonn_textdate.html"))))
    assert "Published: 8 November 2022" in readable.dropped
    assert all("Published" not in p for p in readable.article.paragraphs)
    assert "Back to the overview" not in readable.text


def test_a_title_that_does_not_read_back_goes_to_the_metadata() -> None:
    article = Article("Mayors meet | City Daily News", dt.date(2024, 1, 5), None, None, ["One short line."])
    readable = readable_capture(article)
    assert parse_capture(readable.text).title != article.title
    assert readable.title_in_meta
    assert capture_text(article).startswith("Mayors meet | City Daily News\n")


def test_no_article_on_a_page_of_teasers() -> None:
    with pytest.raises(Exception, match="no article text"):
        extract_article(decode_html(page("no_article.html")), "https://news.example.com/")


# ---------------------------------------------------------------------------
# Capturing over HTTP


def test_capture_writes_capture_metadata_record_and_warc(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    url = web.url("/en/nanjing-leipzig")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    run = capture(content, url)
    after = dt.datetime.now(dt.UTC)
    assert run.status == 0, run.err
    txt, meta = single_capture(content)
    name = txt.stem
    assert files(content) == [
        f"captures/{name}.meta",
        f"captures/{name}.txt",
        f"records/{name}.html",
        f"records/{name}.wacz",
        f"records/{name}.warc.gz",
    ]
    # the record is the HTML exactly as received
    record = content / "records" / f"{name}.html"
    assert record.read_bytes() == page("en_nanjing_leipzig.html")
    # the capture reads back as the article
    parsed = parse_capture(decode_capture(txt.read_bytes()))
    assert parsed.title == NANJING_TITLE
    assert parsed.published == dt.date(2023, 5, 12)
    assert parsed.paragraphs[0] == NANJING_FIRST
    assert parsed.paragraphs[-1] == NANJING_LAST
    assert (parsed.source, parsed.editor) == ("City Daily", "Li Wei")
    for junk in NOISE_EN:
        assert junk not in txt.read_text(encoding="utf-8")
    # the metadata
    assert meta["source_url"] == url
    assert meta["final_url"] == url
    assert meta["http_status"] == "200"
    assert meta["sha256"] == hashlib.sha256(page("en_nanjing_leipzig.html")).hexdigest()
    assert meta["text_sha256"] == hashlib.sha256(txt.read_bytes()).hexdigest()
    fetched = dt.datetime.strptime(meta["fetched"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert before <= fetched <= after
    assert "wayback" not in meta  # no snapshot is known (the editor adds one); the site offers a search
    assert meta["record"] == f"records/{name}.html"
    assert meta["warc"] == f"records/{name}.warc.gz"
    assert meta["wacz"] == f"records/{name}.wacz"
    assert meta["version"] == "1"
    assert meta["slug"] == "nanjing-and-leipzig-mayors-renew-sister-city-ties"
    assert meta["content_type"].startswith("text/html")
    assert "title" not in meta
    assert "date" not in meta  # both read from the capture itself
    # what it prints: what it wrote and what it found
    assert f"Captured {url}" in run.out
    assert NANJING_TITLE in run.out
    assert "2023-05-12" in run.out
    assert "en (English)" in run.out
    assert "leipzig, nanjing" in run.out
    assert "meeting:    2023-05-10 (leipzig – nanjing)" in run.out
    assert f"captures/{name}.txt" in run.out
    # an honest User-Agent
    agent = next(headers["User-Agent"] for path, headers in web.requests if path == "/en/nanjing-leipzig")
    assert agent.startswith("CityDiplomacyArchive/")
    assert "archival capture" in agent


def test_the_warc_holds_request_and_response(web: Web, tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    content = tmp_path / "content"
    assert capture(content, web.url("/old-link"), "--no-assets").status == 0
    (warc,) = (content / "records").glob("*.warc.gz")
    with warc.open("rb") as handle:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(handle)
        ]
    responses = [(uri, http.get_statuscode(), body) for kind, uri, http, body in records if kind == "response"]
    requests = [uri for kind, uri, _http, _body in records if kind == "request"]
    assert [status for _uri, status, _body in responses] == ["301", "302", "200"]
    assert [uri for uri, _s, _b in responses] == [
        web.url("/old-link"),
        web.url("/moved"),
        web.url("/en/nanjing-leipzig"),
    ]
    assert responses[-1][2] == page("en_nanjing_leipzig.html")
    assert requests == [uri for uri, _s, _b in responses]
    assert records[0][0] == "warcinfo"


def test_redirects_are_followed_and_the_final_address_kept(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    run = capture(content, web.url("/old-link"))
    assert run.status == 0, run.err
    _txt, meta = single_capture(content)
    assert meta["source_url"] == web.url("/old-link")
    assert meta["final_url"] == web.url("/en/nanjing-leipzig")  # the fragment of a Location is dropped
    assert f"redirected to {web.url('/en/nanjing-leipzig')}" in run.out
    # the final address is known: capturing it directly finds the same article, unchanged
    again = capture(content, web.url("/en/nanjing-leipzig"))
    assert again.status == 0
    assert "Already archived" in again.out
    assert len(list((content / "captures").glob("*.txt"))) == 1


def test_german_article_with_the_date_in_a_meta_tag(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    run = capture(content, web.url("/de/wuhan-duisburg"))
    assert run.status == 0, run.err
    txt, _meta = single_capture(content)
    parsed = parse_capture(decode_capture(txt.read_bytes()))
    assert parsed.title == WUHAN_TITLE
    assert parsed.published == dt.date(2024, 6, 20)
    assert "de (German)" in run.out
    assert "duisburg, wuhan" in run.out
    assert "2024-06-18" in run.out  # "am Dienstag" before Thursday, 20 June


@pytest.mark.parametrize(
    ("path", "encoding"),
    [("/gzip", "gzip despite Accept-Encoding: identity"), ("/latin1", "Windows-1252")],
)
def test_compressed_and_non_utf8_pages(web: Web, tmp_path: Path, path: str, encoding: str) -> None:
    content = tmp_path / "content"
    run = capture(content, web.url(path))
    assert run.status == 0, (encoding, run.err)
    txt, _meta = single_capture(content)
    assert parse_capture(txt.read_text(encoding="utf-8")).title == WUHAN_TITLE


def test_capture_from_a_list_of_addresses(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    listing = tmp_path / "urls.txt"
    lines = [
        "# articles to archive",
        web.url("/en/nanjing-leipzig"),
        "",
        web.url("/missing"),
        web.url("/de/wuhan-duisburg"),
    ]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = capture(content, "--from", str(listing))
    assert run.status == 1  # one of three failed
    assert len(list((content / "captures").glob("*.txt"))) == 2
    assert f"Cannot capture {web.url('/missing')}: the server answered HTTP 404" in run.err
    assert "2 of 3 address(es) captured" in run.out


# ---------------------------------------------------------------------------
# Bad input, bad network: a message naming the URL and the cause, status 1, nothing written


def _closed_port() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"


FAILURES = {
    "404": ("/missing", "the server answered HTTP 404"),
    "500": ("/error", "the server answered HTTP 500"),
    "timeout": ("/slow", "(timeout)"),
    "pdf": ("/report.pdf", "application/pdf"),
    "20 MB with Content-Length": ("/huge", "larger than the limit of 10 MB"),
    "20 MB without Content-Length": ("/huge-unsized", "larger than the limit of 10 MB"),
    "redirect loop": ("/loop/0", "more than 5 redirects"),
    "redirect to ftp": ("/to-ftp", "not an http(s) address"),
    "French": ("/fr/lyon", "French (fr), not English or German"),
    "no article": ("/home", "no article text could be found"),
    "no date": ("/en/undated", "no publication date that could be found; give it with --date YYYY-MM-DD"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_failures_name_the_url_and_the_cause_and_write_nothing(web: Web, tmp_path: Path, case: str) -> None:
    path, cause = FAILURES[case]
    content = tmp_path / "content"
    url = web.url(path)
    started = time.monotonic()
    run = capture(content, "--timeout", "0.5", url)
    elapsed = time.monotonic() - started
    assert run.status == 1
    assert f"Cannot capture {url}: " in run.err
    assert cause in run.err
    assert "Nothing was written." in run.err
    assert run.out == ""
    assert not content.exists() or files(content) == []
    if case == "timeout":
        assert elapsed < 1.9  # the server answers after 2 s


HOSTILE_FAILURES = {
    "/cut-off": "the page is cut off: 3",
    "/too-long": "the page is longer than announced",
    "/bad-chunk-size": "chunked transfer encoding is broken or cut off",
    "/no-last-chunk": "chunked transfer encoding is broken or cut off",
    "/drip-headers": "the fetch took longer than 1.5 s (timeout)",
    "/drip-body": "the fetch took longer than 1.5 s (timeout)",
}


@pytest.mark.parametrize("path", list(HOSTILE_FAILURES))
def test_a_hostile_server_cannot_make_a_capture_lie_or_hang(web: Web, tmp_path: Path, path: str) -> None:
    """A body that is not what its headers announce fails with nothing written; the deadline is one for the
    whole fetch, also against a server that sends a byte every 0.1 s (every single read is quick)."""
    content = tmp_path / "content"
    started = time.monotonic()
    run = capture(content, "--timeout", "1.5", web.url(path))
    elapsed = time.monotonic() - started
    assert run.status == 1, run.out
    assert HOSTILE_FAILURES[path] in run.err
    assert "Nothing was written." in run.err
    assert not content.exists() or files(content) == []
    assert elapsed < 4.0


def test_a_page_that_lies_about_its_charset_is_read_in_the_one_it_is_in(
    web: Web, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    run = capture(content, web.url("/lying-charset"))
    assert run.status == 0, run.err
    txt, _meta = single_capture(content)
    parsed = parse_capture(txt.read_text(encoding="utf-8"))
    assert parsed.title == WUHAN_TITLE  # not "StÃ¤dtepartnerschaft"
    assert "duisburg, wuhan" in run.out  # and so its places are found
    assert "declares the charset iso-8859-1" in caplog.text
    assert "read as utf-8" in caplog.text
    assert (content / "records" / f"{txt.stem}.html").read_bytes().count("ä".encode()) > 3  # kept as received


@pytest.fixture
def second_loopback() -> Iterator[Web]:
    """A server on 127.0.0.2 (loopback too), which must never be asked anything."""
    state = Web("", {})
    server = _Server(("127.0.0.2", 0), type("Handler", (_Handler,), {"web": state}))
    state.origin = f"http://127.0.0.2:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="second-loopback", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_addresses_that_are_not_public_are_refused_at_every_hop(web: Web, second_loopback: Web, tmp_path: Path) -> None:
    """The guard refuses a loopback address unless --allow names it, for the address asked and for every
    redirect, before anything is sent there. (Only loopback addresses are used: nothing leaves this machine.)"""
    content = tmp_path / "content"
    out, err = io.StringIO(), io.StringIO()
    before = len(web.requests)
    assert main(["--content", str(content), web.url("/en/nanjing-leipzig")], out=out, err=err) == 1
    assert "127.0.0.1 is a loopback address; only public addresses are captured" in err.getvalue()
    assert "--allow ADDRESS" in err.getvalue()
    assert len(web.requests) == before  # nothing was sent
    # allowed: 127.0.0.1; a redirect from there to 127.0.0.2 is refused before it is followed
    ROUTES["/to-second"] = _redirect(302, second_loopback.url("/en/nanjing-leipzig"))
    try:
        run = capture(content, web.url("/to-second"))
    finally:
        del ROUTES["/to-second"]
    assert run.status == 1
    assert f"redirected to {second_loopback.url('/en/nanjing-leipzig')}: 127.0.0.2 is a loopback address" in run.err
    assert second_loopback.requests == []
    assert not content.exists() or files(content) == []
    # and allowed too, it is followed
    ROUTES["/to-second"] = _redirect(302, second_loopback.url("/en/nanjing-leipzig"))
    try:
        fetched = fetch(web.url("/to-second"), FetchOptions(allow=("127.0.0.0/30",)))
    finally:
        del ROUTES["/to-second"]
    assert fetched.final_url == second_loopback.url("/en/nanjing-leipzig")
    assert len(second_loopback.requests) == 1


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("169.254.169.254", "link-local"),  # a cloud's metadata service
        ("10.0.0.7", "private"),
        ("192.168.1.1", "private"),
        ("172.16.0.1", "private"),
        ("100.64.0.1", "shared or reserved"),
        ("0.0.0.0", "unspecified"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fd00::1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
    ],
)
def test_a_name_resolving_to_a_private_address_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch, answer: str, kind: str
) -> None:
    """The resolver's answer is checked before connecting: here the resolver is a stand-in and no
    connection may be made at all (so no packet goes anywhere)."""
    import socket

    from diplomacy.capture import guard

    family = socket.AF_INET6 if ":" in answer else socket.AF_INET
    monkeypatch.setattr(
        guard.socket, "getaddrinfo", lambda *_a, **_k: [(family, socket.SOCK_STREAM, 6, "", (answer, 80))]
    )

    def no_connection(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(guard.socket, "create_connection", no_connection)
    with pytest.raises(FetchError, match=f"news.example.org \\({re.escape(answer)}\\) is a {kind} address"):
        fetch("http://news.example.org/article")
    with pytest.raises(FetchError, match=f"is a {kind} address"):
        fetch(f"http://[{answer}]/" if ":" in answer else f"http://{answer}/")


@pytest.mark.parametrize("name", ["../../x", "..", "a/b", "x#1", "x?y", ".hidden", "x-v2", ""])
def test_a_capture_name_is_one_file_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--content", str(tmp_path / "content"), "--name", name, "http://127.0.0.1:9/x"], err=io.StringIO())
    assert stop.value.code == 2
    assert not (tmp_path / "content").exists()
    assert not list(tmp_path.parent.glob("x*"))


def test_the_writer_of_a_capture_writes_nothing_outside_the_content_folder(tmp_path: Path) -> None:
    from diplomacy.capture.plan import CaptureFiles, CapturePlan
    from diplomacy.capture.records import write_capture

    content = tmp_path / "deep" / "content"
    inside = content / "captures" / "fine.txt"
    outside = content / "captures" / ".." / ".." / "escaped.txt"
    plan = CapturePlan("x", 1, "x", CaptureFiles(inside, inside.with_suffix(".meta"), outside, None))
    with pytest.raises(OSError, match="lies outside the content folder"):
        write_capture(plan, {inside: b"capture", outside: b"record"}, content)
    assert not inside.exists()
    assert not (tmp_path / "deep" / "escaped.txt").exists()


def test_network_errors_and_addresses_that_are_not_http(tmp_path: Path) -> None:
    content = tmp_path / "content"
    refused = capture(content, _closed_port())
    assert refused.status == 1
    assert "the connection was refused" in refused.err
    not_http = capture(content, "file:///etc/passwd")
    assert not_http.status == 1
    assert "file:///etc/passwd: not an http(s) address" in not_http.err
    assert not content.exists()


def test_the_editor_gives_a_date_the_page_lacks(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    run = capture(content, "--date", "2024-02-01", web.url("/en/undated"))
    assert run.status == 0, run.err
    txt, meta = single_capture(content)
    assert meta["date"] == "2024-02-01"  # in the metadata, where the editor's facts go ...
    parsed = parse_capture(txt.read_text(encoding="utf-8"))
    assert parsed.published is None  # ... never in the capture's text
    assert parsed.title == "Qingdao and Regensburg explore cooperation"
    assert "published:  2024-02-01" in run.out
    assert "places:     qingdao, regensburg" in run.out


def test_fetch_limits_are_options(web: Web) -> None:
    with pytest.raises(FetchError, match="more than 1 redirects"):
        fetch(web.url("/old-link"), FetchOptions(max_redirects=1, allow=(LOCAL,)))
    with pytest.raises(FetchError, match=r"the page is 3.\d+ kB, larger than the limit of 2 kB"):
        fetch(web.url("/en/nanjing-leipzig"), FetchOptions(max_bytes=2048, allow=(LOCAL,)))
    fetched = fetch(web.url("/old-link"), FetchOptions(max_redirects=2, allow=(LOCAL,)))
    assert fetched.final_url == web.url("/en/nanjing-leipzig")
    assert [e.status for e in fetched.exchanges] == [301, 302, 200]


def test_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--content", str(tmp_path)], out=io.StringIO(), err=io.StringIO())
    assert stop.value.code == 2


def test_the_module_runs_as_a_command(web: Web, tmp_path: Path) -> None:
    """The way `make capture` runs it: python -m diplomacy.capture.cli (the project is installed)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplomacy.capture.cli",
            "--content",
            str(tmp_path / "content"),
            "--allow",
            LOCAL,
            web.url("/missing"),
        ],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert f"Cannot capture {web.url('/missing')}: the server answered HTTP 404" in result.stderr


# ---------------------------------------------------------------------------
# Capturing again: unchanged pages write nothing, changed ones become a new version


def test_an_unchanged_page_is_not_archived_twice(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    assert capture(content, web.url("/en/chengdu-bonn")).status == 0
    before = {name: (content / name).read_bytes() for name in files(content)}
    run = capture(content, web.url("/en/chengdu-bonn"))
    assert run.status == 0
    assert f"Already archived: {web.url('/en/chengdu-bonn')} is unchanged since version 1" in run.out
    assert "nothing was written" in run.out
    assert {name: (content / name).read_bytes() for name in files(content)} == before


def test_a_changed_page_becomes_version_2(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    key = "version-test"
    url = web.url(f"/changing/{key}")
    original = page("en_nanjing_leipzig.html")
    web.pages[key] = original
    assert capture(content, url).status == 0
    (first,) = (content / "captures").glob("*.txt")
    name = first.stem
    # a page that only changed outside the article (an ad, a teaser) is still the same article
    web.pages[key] = original.replace(b"Weather: heavy rain expected", b"Weather: sunshine all week")
    unchanged = capture(content, url)
    assert "Already archived" in unchanged.out
    # a correction in the article's text
    web.pages[key] = original.replace(b"until the end of next year.", b"until the end of 2025.")
    run = capture(content, url)
    assert run.status == 0, run.err
    assert "as a version 2 (the page changed)" in run.out
    assert files(content) == sorted(
        [
            f"captures/{name}.meta",
            f"captures/{name}.txt",
            f"captures/{name}-v2.meta",
            f"captures/{name}-v2.txt",
            f"records/{name}.html",
            f"records/{name}.wacz",
            f"records/{name}.warc.gz",
            f"records/{name}-v2.html",
            f"records/{name}-v2.wacz",
            f"records/{name}-v2.warc.gz",
        ]
    )
    meta1 = read_sidecar(content / "captures" / f"{name}.meta")
    meta2 = read_sidecar(content / "captures" / f"{name}-v2.meta")
    assert (meta1["version"], meta2["version"]) == ("1", "2")
    assert meta2["slug"] == meta1["slug"]  # the article keeps its address
    assert meta2["source_url"] == url
    assert meta2["sha256"] != meta1["sha256"]
    assert (content / "records" / f"{name}-v2.html").read_bytes() == web.pages[key]
    assert (content / "records" / f"{name}.html").read_bytes() == original  # the old record stays
    v2 = parse_capture((content / "captures" / f"{name}-v2.txt").read_text(encoding="utf-8"))
    assert v2.paragraphs[-1].endswith("until the end of 2025.")
    # and the new version is unchanged the next time
    assert "unchanged since version 2" in capture(content, url).out


# ---------------------------------------------------------------------------
# The captured articles on the built site


@pytest.mark.slow
def test_captured_articles_appear_tagged_on_the_built_site(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    seeds = set(files(content))
    key = "site-test"
    web.pages[key] = page("en_nanjing_leipzig.html")
    url = web.url(f"/changing/{key}")
    assert capture(content, url).status == 0
    web.pages[key] = web.pages[key].replace(b"until the end of next year.", b"until the end of 2025.")
    assert capture(content, url).status == 0
    assert capture(content, web.url("/de/wuhan-duisburg")).status == 0
    # a page an editor saved by hand from the browser, with the address beside it
    shutil.copyfile(PAGES / "en_chengdu_bonn_textdate.html", content / "captures" / "saved_chengdu.html")
    (content / "captures" / "saved_chengdu.meta").write_text(
        "Source_url: https://www.bonn.de/pressemitteilungen/chengdu.php\n", encoding="utf-8"
    )
    added = set(files(content)) - seeds
    assert len([f for f in added if f.startswith("records/")]) == 9  # .html, .warc.gz and .wacz of each
    # a snapshot the editor found in the Wayback Machine, added to the newest version's metadata
    (newest,) = (content / "captures").glob("*-v2.meta")
    snapshot = f"https://web.archive.org/web/20230513080000/{url}"
    with newest.open("a", encoding="utf-8") as handle:
        handle.write(f"Wayback: {snapshot}\n")

    site = build_site(content, tmp_path / "output", extra={"DIPLOMACY_SEARCH": False})
    articles = {a["id"]: a for a in site.data("articles")}
    assert len(articles) == 5 + 3  # the seeds, Nanjing (two versions, one article), Wuhan, Chengdu

    nanjing = articles["nanjing-and-leipzig-mayors-renew-sister-city-ties"]
    assert nanjing["lang"] == "en"
    assert nanjing["published"] == "2023-05-12"
    assert nanjing["places"] == ["leipzig", "nanjing"]
    assert nanjing["meeting"] == "2023-05-10--leipzig--nanjing"
    assert nanjing["source_url"] == url
    assert nanjing["capture"].endswith("-v2.txt")  # the newest version is shown
    assert {p["name"] for p in nanjing["principals"]} == {"Chen Zhichang", "Burkhard Jung"}

    wuhan = articles["wuhan-und-duisburg-vertiefen-ihre-staedtepartnerschaft"]
    assert (wuhan["lang"], wuhan["published"], wuhan["places"]) == ("de", "2024-06-20", ["duisburg", "wuhan"])
    assert wuhan["meeting"] == "2024-06-18--duisburg--wuhan"

    chengdu = articles["chengdu-delegation-visits-bonn"]
    assert (chengdu["lang"], chengdu["published"], chengdu["places"]) == ("en", "2022-11-08", ["bonn", "chengdu"])
    assert chengdu["capture"].endswith("saved_chengdu.html.txt")
    assert chengdu["source_url"] == "https://www.bonn.de/pressemitteilungen/chengdu.php"
    assert (site.output / "captures" / "saved_chengdu.html.txt").read_bytes() == page("en_chengdu_bonn_textdate.html")

    # the article page: the text, the tags, and which version it shows
    en = site.page("/en/articles/nanjing-and-leipzig-mayors-renew-sister-city-ties/")
    text = en.text()
    assert NANJING_FIRST in text
    assert "until the end of 2025." in text
    assert "until the end of next year." not in text
    for junk in ("Share on Facebook", "Be the first to comment", "Photo: City Daily"):
        assert junk not in text
    assert "Versions" in text
    assert "This page shows version 2 of 2 of the captured page." in text
    assert re.search(r"fetched on \d{1,2} \w+ \d{4} at \d\d:\d\d UTC", text)
    name = Path(nanjing["capture"]).name.removesuffix("-v2.txt")
    for version in (f"{name}.txt", f"{name}-v2.txt"):
        assert f"/captures/{version}" in en.links
        assert (site.output / "captures" / version).exists()
    assert snapshot in en.links  # the known snapshot, and no search
    assert "Copy in the Internet Archive's Wayback Machine" in text
    assert not [link for link in en.links if link.startswith("https://web.archive.org/web/*/")]
    wuhan = site.page(f"/en/articles/{articles_by_source(articles, web.url('/de/wuhan-duisburg'))}/")
    assert f"https://web.archive.org/web/*/{web.url('/de/wuhan-duisburg')}" in wuhan.links  # none known: a search
    assert "/en/places/leipzig/" in en.links
    assert "/en/meetings/2023-05-10--leipzig--nanjing/" in en.links

    de = site.page("/de/artikel/nanjing-and-leipzig-mayors-renew-sister-city-ties/")
    assert "Versionen" in de.text()
    assert "Diese Seite zeigt Version 2 von 2 der aufgenommenen Seite." in de.text()
    assert re.search(r"abgerufen am \d{1,2}\. \w+ \d{4} um \d\d:\d\d UTC", de.text())

    meeting = site.page("/de/treffen/2024-06-18--duisburg--wuhan/")
    assert WUHAN_TITLE in meeting.text()
    # the records are not articles, and no raw HTML is published: only the WACZ of the replay pages
    assert not list(site.output.rglob("*.warc.gz"))
    published = (
        sorted(p.name for p in (site.output / "records").glob("*")) if (site.output / "records").exists() else []
    )
    assert all(p.endswith(".wacz") for p in published)
    if published:  # the viewer is installed (make replay-viewer): the newest version is replayed
        assert len(published) == 2  # Nanjing's newest version and Wuhan
        assert f"{name}-v2.wacz" in published
        assert "/en/articles/nanjing-and-leipzig-mayors-renew-sister-city-ties/original/" in en.links


def articles_by_source(articles: dict[str, Any], url: str) -> str:
    return next(key for key, article in articles.items() if article["source_url"] == url)


def test_html_outside_the_captures_folder_is_pelicans(tmp_path: Path) -> None:
    pages = tmp_path / "content" / "pages"
    pages.mkdir(parents=True)
    (pages / "about.html").write_text(
        "<html><head><title>About the archive</title></head><body><p>Hello.</p></body></html>", encoding="utf-8"
    )
    from pelican.settings import DEFAULT_CONFIG

    reader = HtmlCaptureReader({**DEFAULT_CONFIG, "PATH": str(tmp_path / "content")})
    content, metadata = reader.read(str(pages / "about.html"))
    assert metadata["title"] == "About the archive"
    assert "Hello." in content
    assert "diplomacy" not in metadata


def _reader(content: Path) -> HtmlCaptureReader:
    from pelican.settings import DEFAULT_CONFIG

    return HtmlCaptureReader({**DEFAULT_CONFIG, "PATH": str(content)})


def test_a_saved_page_in_captures_is_read_like_a_capture(tmp_path: Path) -> None:
    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    saved = captures / "wuhan.htm"
    saved.write_bytes(page("de_wuhan_duisburg.html"))
    content, metadata = _reader(tmp_path / "content").read(str(saved))
    assert metadata["title"] == WUHAN_TITLE
    assert metadata["lang"] == "de"
    assert metadata["capture"] == "wuhan.htm.txt"
    assert (metadata["source"], metadata["editor"]) == ("Rheinblick", "Anna Schmitz")
    assert metadata["diplomacy"]["places"] == ["duisburg", "wuhan"]
    assert "<p>Zusammenarbeit bei Logistik und Klimaschutz</p>" in content
    assert "Peter K." not in content


def test_a_saved_page_without_an_article_stops_the_build_with_a_fix(tmp_path: Path) -> None:
    from diplomacy.reading.annotate import ContentError

    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    saved = captures / "home.html"
    saved.write_bytes(page("no_article.html"))
    with pytest.raises(ContentError, match=r"home\.html: no article can be read from the saved page .*Fix: "):
        _reader(tmp_path / "content").read(str(saved))


@dataclass
class _FakeArticle:
    source_path: str
    metadata: dict[str, Any]


def test_only_the_newest_version_is_an_article(caplog: pytest.LogCaptureFixture) -> None:
    from diplomacy.archive.versions import newest_versions

    v1 = _FakeArticle("/c/captures/x.txt", {"version": "1", "fetched": "2024-05-01T08:00:00Z", "capture": "x.txt"})
    v3 = _FakeArticle("/c/captures/x-v3.txt", {"version": "3", "fetched": "2024-07-01T08:00:00+02:00"})
    v2 = _FakeArticle("/c/captures/x-v2.txt", {"version": "2", "fetched": "soon", "capture": "x-v2.txt"})
    plain = _FakeArticle("/c/captures/seed.txt", {"capture": "seed.txt"})
    other = _FakeArticle("/c/captures/y-v2.txt", {"fetched": "2024-01-01T00:00:00Z"})  # no Version: its own article
    shown = newest_versions([v1, plain, v3, v2, other])
    assert shown == [plain, v3, other]
    assert [(v["version"], v["fetched"], v["shown"]) for v in v3.metadata["versions"]] == [
        (1, "2024-05-01T08:00:00Z", False),
        (2, None, False),
        (3, "2024-07-01T06:00:00Z", True),
    ]
    assert "'Fetched: soon' is not a time" in caplog.text
    assert "versions" not in plain.metadata
    assert [v["version"] for v in other.metadata["versions"]] == [1]


@pytest.mark.parametrize(
    ("text", "strict", "tolerant"),
    [
        ("Source-URL: https://example.org/a \nLang:de\n", {"source_url": "https://example.org/a", "lang": "de"}, None),
        ("# comment\n\nVersion: 2\n", {"version": "2"}, None),
        ("Title: A: B\n", {"title": "A: B"}, None),
        ("Slug: x\nthis is no metadata\n", "line 2 is not a 'Key: value' line", {"slug": "x"}),
        ("1st: x\nSlug: y\n", "line 1 is not a 'Key: value' line", {"slug": "y"}),
    ],
)
def test_one_sidecar_parser_strict_for_the_readers_tolerant_for_make_capture(
    tmp_path: Path, text: str, strict: dict[str, str] | str, tolerant: dict[str, str] | None
) -> None:
    from diplomacy.reading.annotate import ContentError

    path = tmp_path / "x.meta"
    path.write_text(text, encoding="utf-8")
    if isinstance(strict, str):
        with pytest.raises(ContentError, match=strict):
            read_sidecar(path)
    else:
        assert read_sidecar(path) == strict
    assert read_sidecar(path, strict=False) == (strict if tolerant is None else tolerant)
    path.write_bytes(b"\x00\x01binary")
    assert read_sidecar(path, strict=False) == {}
