"""Serve a built site on this machine as a static host does: ``make serve``.

The output folder is served under its sub-path (``/archive/…`` for a project site, ``/`` at a
domain root); a wrong address gets the site's own 404 page with status 404 (as GitHub Pages
serves it), text files are UTF-8, and nothing else is served.

    python -m diplomacy.site.serve output/ [--bind 127.0.0.1] [--port 8000] [--prefix /archive]
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

TYPES = {
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves ``output`` under ``prefix`` and nothing else; requests outside it are noted in ``outside``."""

    output: Path
    prefix: str
    outside: list[str]
    quiet: bool = True
    extensions_map: ClassVar[dict[str, str]] = {**SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def translate_path(self, path: str) -> str:
        rel = urlsplit(path).path
        if self.prefix and not (rel == self.prefix or rel.startswith(self.prefix + "/")):
            self.outside.append(path)
            return str(self.output / "-outside-the-prefix-")  # never exists: 404
        return super().translate_path(rel[len(self.prefix) :] or "/")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.output / "404.html"
        if code != 404 or not page.exists():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()  # the site's own "not found" page, as GitHub Pages serves it
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)


def make_server(
    output: Path,
    prefix: str = "",
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    quiet: bool = True,
    outside: list[str] | None = None,
) -> ThreadingHTTPServer:
    """A server of ``output`` under ``prefix`` (port 0: a free one); requests outside it go to ``outside``."""
    attributes = {
        "output": Path(output),
        "prefix": prefix.rstrip("/"),
        "outside": [] if outside is None else outside,
        "quiet": quiet,
    }
    handler = type("Handler", (SiteHandler,), attributes)
    server = ThreadingHTTPServer((host, port), partial(handler, directory=str(output)))
    server.daemon_threads = True
    return server


@contextmanager
def serving(output: Path, prefix: str = "", outside: list[str] | None = None) -> Iterator[str]:
    """Serve ``output`` on 127.0.0.1 (a free port) in a thread; yields the origin, e.g. http://127.0.0.1:41234."""
    server = make_server(output, prefix, outside=outside)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the built site, with its 404 page for wrong addresses.")
    parser.add_argument("output", type=Path, help="the output folder (output/)")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="", help="the sub-path the site is built for (e.g. /archive)")
    args = parser.parse_args(argv)
    if not (args.output / "index.html").exists():
        print(f"{args.output}: no built site here; run `make html` first", file=sys.stderr)
        return 1
    server = make_server(args.output, args.prefix, args.bind, args.port, quiet=False)
    print(f"Serving {args.output} at http://{args.bind}:{args.port}{args.prefix}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
