"""Faithful records of a web capture (issue 23): the WARC as it went over the wire, the page's images,
stylesheets and fonts in it, one WACZ per capture, and the replay page of the site.

Nothing leaves this machine: a server on 127.0.0.1 (a free port) writes every answer byte by byte and
keeps what it wrote, so the test compares the WARC with the bytes served: a redirect, a chunked page,
its stylesheet, the font and background image the stylesheet loads (the image behind a redirect), the
page's image, an image on a loopback address that is not allowed, and one larger than the size limit.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import ssl
import struct
import subprocess
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from diplomacy.capture.cli import main
from diplomacy.capture.fetch import fetch
from diplomacy.capture.hops import FetchOptions
from diplomacy.reading.sidecar import read_sidecar
from sitetools import ROOT, build_site

PAGES = Path(__file__).parent / "web_pages"
LOCAL = "127.0.0.1"
TITLE = "Nanjing and Leipzig mayors renew sister-city ties"
SLOW = 4.0  # seconds before /img/slow.png answers
SHOTS = ROOT / "test-artifacts" / "screenshots" / "1280px"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real PNG of one colour (a browser draws it: its natural size is width × height)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


IMAGE = png(120, 80, (200, 30, 40))
BACKGROUND = png(4, 4, (240, 240, 230))
FONT = b"wOF2" + bytes(range(256)) * 4  # not a usable font: the bytes are what counts
CSS = (
    b"@font-face { font-family: Paper; src: url('/fonts/paper.woff2') format('woff2'); }\n"
    b"body { font-family: Paper, serif; background: url(/img/bg.png); }\n"
)


def article_page(port: int) -> bytes:
    html = (PAGES / "en_nanjing_leipzig.html").read_bytes()
    extra = (
        b'<link rel="stylesheet" href="/static/site.css">\n'
        b'<link rel="icon" href="data:,">\n'
        b'<script src="/js/tracker.js"></script>\n'
    )
    html = html.replace(b"</head>", extra + b"</head>", 1)
    images = b'<img src="http://127.0.0.2:%d/private.png" alt=""><img src="/img/huge.png" alt="">' % port
    return html.replace(b"</body>", images + b"</body>", 1)


def _head(status: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _plain(status: str, body: bytes, kind: str, *extra: tuple[str, str]) -> bytes:
    headers = [("Content-Type", kind), ("Content-Length", str(len(body))), ("Connection", "close"), *extra]
    return _head(status, headers) + body


def _chunked(body: bytes, kind: str) -> bytes:
    parts = [body[i : i + 1500] for i in range(0, len(body), 1500)]
    encoded = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
    return (
        _head("200 OK", [("Content-Type", kind), ("Transfer-Encoding", "chunked"), ("Connection", "close")]) + encoded
    )


def _wayback(path: str) -> tuple[bytes, bytes]:
    query = parse_qs(urlsplit(path).query)
    url, timestamp = query["url"][0], query["timestamp"][0]
    closest = {"status": "200", "available": True, "url": f"http://web.archive.org/web/20230513080000/{url}"}
    found = {"url": url, "archived_snapshots": {"closest": {**closest, "timestamp": "20230513080000"}}}
    answer = found if path.startswith("/wayback/available") else {"url": url, "archived_snapshots": {}}
    assert timestamp.isdigit()
    assert len(timestamp) == 14
    body = json.dumps(answer).encode()
    return body, _plain("200 OK", body, "application/json")


@dataclass
class Web:
    origin: str = ""
    served: dict[str, bytes] = field(default_factory=dict)  # path → the bytes written for it
    bodies: dict[str, bytes] = field(default_factory=dict)  # path → the body (before any transfer encoding)
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.origin + path


def _answers(web: Web, port: int) -> dict[str, tuple[bytes, bytes]]:
    page = article_page(port)
    slow = (PAGES / "en_nanjing_leipzig.html").read_bytes().replace(b"</body>", b'<img src="/img/slow.png"></body>')
    moved = b"<html><body>Moved</body></html>"
    return {
        "/story": (moved, _plain("302 Found", moved, "text/html", ("Location", "/news/story.html"))),
        "/news/story.html": (page, _chunked(page, "text/html; charset=utf-8")),
        "/static/site.css": (CSS, _plain("200 OK", CSS, "text/css")),
        "/fonts/paper.woff2": (FONT, _plain("200 OK", FONT, "font/woff2")),
        "/img/bg.png": (moved, _plain("301 Moved Permanently", moved, "text/html", ("Location", "/img/bg-2.png"))),
        "/img/bg-2.png": (BACKGROUND, _plain("200 OK", BACKGROUND, "image/png")),
        "/img/nanjing-leipzig.jpg": (IMAGE, _plain("200 OK", IMAGE, "image/png")),
        "/img/huge.png": (b"", _head("200 OK", [("Content-Type", "image/png"), ("Content-Length", str(50 << 20))])),
        "/news/slow-image.html": (slow, _plain("200 OK", slow, "text/html; charset=utf-8")),
        "/img/slow.png": (IMAGE, _plain("200 OK", IMAGE, "image/png")),  # after SLOW seconds
    }


class _Handler(BaseHTTPRequestHandler):
    web: Web
    answers: dict[str, tuple[bytes, bytes]]

    def do_GET(self) -> None:
        self.web.requests.append(self.path)
        if self.path == "/img/slow.png":
            time.sleep(SLOW)
        body, raw = self.answers.get(self.path, (b"", _plain("404 Not Found", b"not found", "text/plain")))
        if self.path.startswith("/wayback/"):  # the Wayback Machine's availability API, as it answers
            body, raw = _wayback(self.path)
        self.web.served[self.path] = raw
        self.web.bodies[self.path] = body
        try:
            self.wfile.write(raw)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def web() -> Iterator[Web]:
    state = Web()
    server = ThreadingHTTPServer((LOCAL, 0), _Handler)
    port = server.server_address[1]
    server.RequestHandlerClass = type("Handler", (_Handler,), {"web": state, "answers": _answers(state, port)})
    server.daemon_threads = True
    state.origin = f"http://{LOCAL}:{port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def capture(content: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--content", str(content), "--allow", LOCAL, *args], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def captured(web: Web, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    content = tmp_path_factory.mktemp("records") / "content"
    status, out, err = capture(content, web.url("/story"))
    assert status == 0, err
    return content, out


def sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def warc_records(path: Path) -> list[tuple[str, str, Any, bytes]]:
    """(type, target URI, WARC headers, the record's block as stored) of every record."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        return [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers, r.raw_stream.read())
            for r in ArchiveIterator(handle, no_record_parse=True)
        ]


def test_the_warc_holds_every_exchange_byte_for_byte(web: Web, captured: tuple[Path, str]) -> None:
    from warcio.archiveiterator import ArchiveIterator

    content, _out = captured
    meta = read_sidecar(content / "captures" / next((content / "captures").glob("*.meta")).name)
    records = warc_records(content / meta["warc"])
    assert records[0][0] == "warcinfo"
    responses = {uri: (headers, block) for kind, uri, headers, block in records if kind == "response"}
    requests = {uri: (headers, block) for kind, uri, headers, block in records if kind == "request"}
    fetched = [
        "/story",
        "/news/story.html",
        "/static/site.css",
        "/img/nanjing-leipzig.jpg",
        "/fonts/paper.woff2",
        "/img/bg.png",
        "/img/bg-2.png",
    ]
    assert sorted(responses) == sorted(web.url(p) for p in fetched)
    for path in fetched:
        headers, block = responses[web.url(path)]
        assert block == web.served[path], path  # status line, headers, body (chunked as sent): as served
        assert headers.get_header("WARC-Block-Digest") == sha1(web.served[path])
        assert headers.get_header("WARC-IP-Address") == LOCAL
        request_headers, request = requests[web.url(path)]
        assert request.startswith(f"GET {path} HTTP/1.1\r\n".encode())
        assert b"User-Agent: CityDiplomacyArchive/" in request
        assert request_headers.get_header("WARC-Concurrent-To") == headers.get_header("WARC-Record-ID")
        assert request_headers.get_header("WARC-Block-Digest") == sha1(request)
    # the payload digest of an unchunked answer is that of the bytes served
    for path in ("/static/site.css", "/img/nanjing-leipzig.jpg", "/fonts/paper.woff2", "/img/bg-2.png"):
        assert responses[web.url(path)][0].get_header("WARC-Payload-Digest") == sha1(web.bodies[path])
    # warcio reads it back, every digest checked, the chunked page decoded to the page served
    with (content / meta["warc"]).open("rb") as handle:
        bodies = {
            r.rec_headers.get_header("WARC-Target-URI"): r.content_stream().read()
            for r in ArchiveIterator(handle, check_digests="raise")
            if r.rec_type == "response"
        }
    assert bodies[web.url("/news/story.html")] == web.bodies["/news/story.html"]
    assert b"Transfer-Encoding: chunked" in responses[web.url("/news/story.html")][1]
    # the scripts are not fetched; the address that is not allowed is never asked, the huge image is left
    assert "/js/tracker.js" not in web.requests
    assert web.url("/img/huge.png") not in responses


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_over_https_the_record_holds_the_bytes_inside_tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes are kept after TLS and before any decoding: an HTTPS server on 127.0.0.1 whose certificate
    (made here, for 127.0.0.1) the fetch trusts through SSL_CERT_FILE."""
    from diplomacy.capture.records import warc_bytes

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    make = "req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1"
    subprocess.run(["openssl", *make.split(), "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    state = Web()
    server = ThreadingHTTPServer((LOCAL, 0), _Handler)
    port = server.server_address[1]
    server.RequestHandlerClass = type("Handler", (_Handler,), {"web": state, "answers": _answers(state, port)})
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    state.origin = f"https://{LOCAL}:{port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        fetched = fetch(state.url("/story"), FetchOptions(allow=(LOCAL,), assets=True))
    finally:
        server.shutdown()
        server.server_close()
    (tmp_path / "x.warc.gz").write_bytes(warc_bytes(fetched))
    responses = {uri: block for kind, uri, _h, block in warc_records(tmp_path / "x.warc.gz") if kind == "response"}
    assert len(responses) == 7
    for uri, block in responses.items():
        path = urlsplit(uri).path
        assert uri == state.url(path)
        assert block == state.served[path], path
    assert fetched.body == state.bodies["/news/story.html"]


def test_skipped_assets_are_named_and_the_capture_stands(captured: tuple[Path, str]) -> None:
    _content, out = captured
    assert "assets:     5 response(s) recorded, 2 skipped" in out
    assert "private.png: 127.0.0.2 is a loopback address; only public addresses are captured" in out
    assert "huge.png: 50 MB, larger than the limit of 10 MB" in out


def test_one_valid_wacz_per_capture_with_its_page_list_and_index(web: Web, captured: tuple[Path, str]) -> None:
    from wacz.main import main as wacz_main

    content, out = captured
    (meta_path,) = (content / "captures").glob("*.meta")
    meta = read_sidecar(meta_path)
    name = meta_path.stem
    assert meta["wacz"] == f"records/{name}.wacz"
    assert "wayback" not in meta  # no snapshot is known: the site offers a search instead
    assert f"records/{name}.wacz" in out
    wacz = content / meta["wacz"]
    said = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(said):
        assert wacz_main(["validate", "-f", str(wacz)]) == 0
    assert "Validation succeeded" in said.getvalue()
    with zipfile.ZipFile(wacz) as archive:
        names = set(archive.namelist())
        assert {"datapackage.json", "datapackage-digest.json", "pages/pages.jsonl", "indexes/index.cdx.gz"} <= names
        assert archive.read(f"archive/{name}.warc.gz") == (content / meta["warc"]).read_bytes()
        pages = [json.loads(line) for line in archive.read("pages/pages.jsonl").splitlines() if line.strip()]
        package = json.loads(archive.read("datapackage.json"))
    assert pages[1]["url"] == web.url("/news/story.html")
    assert pages[1]["title"] == TITLE
    assert pages[1]["ts"] == meta["fetched"]
    assert package["mainPageURL"] == web.url("/news/story.html")


def test_no_assets_keeps_the_quick_capture(web: Web, tmp_path: Path) -> None:
    content = tmp_path / "content"
    before = len(web.requests)
    status, out, err = capture(content, web.url("/story"), "--no-assets")
    assert status == 0, err
    assert web.requests[before:] == ["/story", "/news/story.html"]
    (meta_path,) = (content / "captures").glob("*.meta")
    name = meta_path.stem
    assert sorted(p.relative_to(content).as_posix() for p in content.rglob("*") if p.is_file()) == [
        f"captures/{name}.meta",
        f"captures/{name}.txt",
        f"records/{name}.html",
        f"records/{name}.warc.gz",
    ]
    assert "wacz" not in read_sidecar(meta_path)
    kinds = [(kind, uri) for kind, uri, _h, _b in warc_records(content / "records" / f"{name}.warc.gz")]
    assert [uri for kind, uri in kinds if kind == "response"] == [web.url("/story"), web.url("/news/story.html")]
    assert "assets:" not in out


def test_an_unchanged_page_costs_no_asset_fetch(web: Web, captured: tuple[Path, str]) -> None:
    content, _out = captured
    before = len(web.requests)
    status, out, err = capture(content, web.url("/story"))
    assert status == 0, err
    assert "is unchanged since version 1" in out
    assert web.requests[before:] == ["/story", "/news/story.html"]


def test_assets_share_the_pages_one_deadline(web: Web) -> None:
    options = FetchOptions(timeout=1.5, total_timeout=1.5, allow=(LOCAL,), assets=True)
    started = time.monotonic()
    fetched = fetch(web.url("/news/slow-image.html"), options)
    assert time.monotonic() - started < 2.5  # the image that answers after 4 s did not hold the capture up
    assert fetched.body == web.bodies["/news/slow-image.html"]  # the page is kept
    assert [e.url for e in fetched.assets] == [web.url("/img/nanjing-leipzig.jpg")]
    # which of the two 1.5 s limits (the read's or the whole fetch's) fires first depends on the machine's load
    assert [url for url, _why in fetched.skipped] == [web.url("/img/slow.png")]
    assert fetched.skipped[0][1] in ("the fetch took longer than 1.5 s (timeout)", "no answer within 1.5 s (timeout)")


def test_a_known_wayback_snapshot_is_written_and_none_claimed_otherwise(web: Web, tmp_path: Path) -> None:
    page = web.url("/news/story.html")
    status, out, err = capture(
        tmp_path / "found", page, "--no-assets", "--wayback", "--wayback-api", web.url("/wayback/available")
    )
    assert status == 0, err
    (meta_path,) = (tmp_path / "found" / "captures").glob("*.meta")
    assert read_sidecar(meta_path)["wayback"] == f"https://web.archive.org/web/20230513080000/{page}"
    assert "wayback:    a snapshot is known" in out
    asked = [p for p in web.requests if p.startswith("/wayback/available")][-1]
    assert parse_qs(urlsplit(asked).query)["url"] == [page]
    status, out, err = capture(
        tmp_path / "none", page, "--no-assets", "--wayback", "--wayback-api", web.url("/wayback/none")
    )
    assert status == 0, err
    (meta_path,) = (tmp_path / "none" / "captures").glob("*.meta")
    assert "wayback" not in read_sidecar(meta_path)
    assert "wayback:    the Wayback Machine holds no snapshot" in out
    # an API that cannot be reached: the capture stands, nothing is claimed
    status, out, err = capture(
        tmp_path / "down", page, "--no-assets", "--wayback", "--wayback-api", "http://127.0.0.2:9/wayback/available"
    )
    assert status == 0, err
    assert "wayback:    the Wayback Machine could not be asked: 127.0.0.2 is a loopback address" in out


def build_with_capture(content: Path, output: Path) -> Any:
    return build_site(content, output, extra={"DIPLOMACY_PARALLEL": False})


viewer_installed = pytest.mark.skipif(
    not (ROOT / "node_modules" / "replaywebpage" / "sw.js").is_file(),
    reason="ReplayWeb.page is not installed (make replay-viewer)",
)


@pytest.mark.slow
@viewer_installed
def test_the_site_has_a_replay_page_in_both_languages(web: Web, captured: tuple[Path, str], tmp_path: Path) -> None:
    content, _out = captured
    (meta_path,) = (content / "captures").glob("*.meta")
    meta, name = read_sidecar(meta_path), meta_path.stem
    site = build_with_capture(content, tmp_path / "output")
    slug = meta["slug"]
    article = site.page(f"/en/articles/{slug}/")
    assert f"/en/articles/{slug}/original/" in article.links
    # no snapshot known: a search of the Wayback Machine, worded as one
    assert f"https://web.archive.org/web/*/{web.url('/story')}" in article.links
    assert "Search the Internet Archive's Wayback Machine for this address" in article.text()
    for path, words in (
        (f"/en/articles/{slug}/original/", ("The page as captured", "Captured", "sandbox")),
        (f"/de/artikel/{slug}/original/", ("Die Seite wie aufgenommen", "Aufgenommen", "Sandbox")),
    ):
        original = site.page(path)
        text = original.text()
        for word in words:
            assert word in text, (path, word)
        assert web.url("/news/story.html") in original.links
        html = site.file_for(path).read_text(encoding="utf-8")
        assert f'source="/records/{name}.wacz"' in html
        assert 'replaybase="/replay/"' in html
        assert f'ts="{meta["fetched"].replace("-", "").replace(":", "").replace("T", "")[:14]}"' in html
    assert (site.output / "records" / f"{name}.wacz").read_bytes() == (content / meta["wacz"]).read_bytes()
    for viewer in ("ui.js", "sw.js"):
        assert (site.output / "replay" / viewer).stat().st_size > 100_000
    assert not list(site.output.rglob("*.warc.gz"))
    assert not list((site.output / "records").glob("*.html"))


@pytest.mark.slow
def test_without_the_viewer_the_replay_pages_are_left_out_with_a_notice(
    captured: tuple[Path, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content, _out = captured
    (meta_path,) = (content / "captures").glob("*.meta")
    slug = read_sidecar(meta_path)["slug"]
    site = build_site(
        content, tmp_path / "output", extra={"DIPLOMACY_PARALLEL": False, "DIPLOMACY_REPLAY_VIEWER": str(tmp_path)}
    )
    assert not (site.output / "en" / "articles" / slug / "original").exists()
    assert not (site.output / "replay").exists()
    assert f"/en/articles/{slug}/original/" not in site.page(f"/en/articles/{slug}/").links
    notices = [r.getMessage() for r in caplog.records if "replay page" in r.getMessage()]
    assert notices == ["1 replay page(s) left out: the viewer ReplayWeb.page is not installed (make replay-viewer)"]


@pytest.mark.slow
@pytest.mark.browser
@viewer_installed
def test_the_replay_page_shows_the_captured_page_in_the_browser(
    web: Web, captured: tuple[Path, str], tmp_path: Path
) -> None:
    """Debian's Chromium opens the replay page of the site served on 127.0.0.1 (a secure context, so the
    viewer's service worker runs): the captured page's headline and image appear, from the WACZ alone."""
    from sitetools import serve

    content, _out = captured
    (meta_path,) = (content / "captures").glob("*.meta")
    meta = read_sidecar(meta_path)
    site = build_site(content, tmp_path / "output", siteurl="/archive", extra={"DIPLOMACY_PARALLEL": False})
    outside: list[str] = []
    asked_before = len(web.requests)
    with serve(site.output, "/archive", outside) as origin, ThreadPoolExecutor(1) as thread:
        # a thread of its own: Playwright's sync API refuses to start where tests/test_browser.py's runs
        foreign = thread.submit(_open_replay_pages, web, origin, meta).result()
    assert web.requests[asked_before:] == [], "the replay asked the captured site itself"
    assert foreign == [], "the replay page loaded something from another host"
    assert outside == [], "the replay asked the server for addresses outside the site"


def _open_replay_pages(web: Web, origin: str, meta: dict[str, str]) -> list[str]:
    """Open the replay page in both languages and check it; return the requests to other hosts."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM, CHROMIUM_ARGS

    foreign: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.context.on(
                "request",
                lambda r: foreign.append(r.url) if not r.url.startswith((origin, "data:", "blob:", "about:")) else None,
            )
            for path, notice in (
                (f"/archive/en/articles/{meta['slug']}/original/", "sandbox"),
                (f"/archive/de/artikel/{meta['slug']}/original/", "Sandbox"),
            ):
                page.goto(origin + path)
                assert notice in page.locator(".sandbox-notice").inner_text()
                assert page.locator("a.address").inner_text() == web.url("/news/story.html")
                assert page.locator("time").first.get_attribute("datetime") == meta["fetched"]
                frame = _replayed_frame(page, "/news/story.html")
                headline = frame.locator("h1").first
                headline.wait_for(timeout=30_000)
                assert headline.inner_text() == TITLE
                image = frame.locator("img[src*='nanjing-leipzig']").first
                image.wait_for(timeout=30_000)
                frame.wait_for_function(
                    "img => img.complete && img.naturalWidth > 0", arg=image.element_handle(), timeout=30_000
                )
                assert image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [120, 80]
                # the archive's own part of the page (the captured page is as it was: not ours to judge)
                results = Axe().run(page, context={"exclude": [["replay-web-page"]]})
                serious = [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
                assert serious == [], path
                SHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SHOTS / f"original-{path.split('/')[2]}.png"), full_page=True)
        finally:
            browser.close()
    return foreign


def _replayed_frame(page: Any, path: str, timeout: float = 90.0) -> Any:
    """The frame (inside the viewer's frames) that shows the captured page at ``path``.

    A viewer whose service worker was not yet in control when the page first loaded shows nothing (seen
    now and then in full runs, never alone): after a third of the time the page is loaded once more, as a
    reader would.
    """
    deadline = time.monotonic() + timeout
    reload_at: float | None = time.monotonic() + timeout / 3
    while time.monotonic() < deadline:
        for frame in page.frames:
            if path in frame.url and "mp_/" in frame.url:
                return frame
        if reload_at is not None and time.monotonic() > reload_at:
            page.reload()
            reload_at = None
        page.wait_for_timeout(200)
    raise AssertionError(f"no replayed frame for {path}; frames: {[f.url for f in page.frames]}")
