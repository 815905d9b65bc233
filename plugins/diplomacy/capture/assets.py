"""What a captured page needs to be shown as it was: its images, stylesheets and fonts.

:func:`page_assets` reads the addresses of a page's images (``src``,
``srcset``, ``<picture>`` sources, a video's poster), stylesheets, icons and
preloaded fonts, and the ``url()`` of its ``<style>`` blocks and ``style``
attributes; :func:`css_assets` those of a stylesheet (``@import``, fonts,
background images).  Scripts are not fetched: the replay shows the page's
look, and its scripts run only inside the viewer.  The fetch itself, under the
page's rules (one deadline, size cap, public addresses only), is
:func:`fetch_assets`, with :func:`diplomacy.capture.hops.follow`, inside the
page's :func:`~diplomacy.capture.fetch.fetch`.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from . import guard
from .hops import Fetched, FetchError, FetchOptions, decompress, follow, header_map

__all__ = ["css_assets", "fetch_assets", "fetch_assets_within", "page_assets"]

_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon"}
_PRELOADED = {"style", "font", "image"}


def _absolute(base: str, ref: str | None) -> str | None:
    """``ref`` made absolute against ``base``; None for anything that is not an http(s) address.

    >>> _absolute("https://a.example/news/1", "../img/x.jpg#f"), _absolute("https://a.example/", "data:,A")
    ('https://a.example/img/x.jpg', None)
    """
    if not ref or not ref.strip():
        return None
    url = urldefrag(urljoin(base, ref.strip())).url
    return url if urlsplit(url).scheme in ("http", "https") else None


def _srcset(value: str) -> list[str]:
    """The addresses of a ``srcset``.

    >>> _srcset("a.jpg 1x, b.jpg 2x,c.jpg 640w")
    ['a.jpg', 'b.jpg', 'c.jpg']
    """
    return [part.split()[0] for part in value.split(",") if part.split()]


def css_assets(css: str, base: str) -> list[str]:
    """The addresses a stylesheet loads (imports, fonts, images), absolute, in order, each once.

    >>> css_assets('@import "print.css"; body{background:url(/bg.png)} @font-face{src:url("f.woff2")}',
    ...            "https://a.example/css/site.css")
    ['https://a.example/css/print.css', 'https://a.example/bg.png', 'https://a.example/css/f.woff2']
    """
    found = [next(g for g in m.groups() if g is not None) for m in _CSS_IMPORT.finditer(css)]
    found += [next(g for g in m.groups() if g is not None) for m in _CSS_URL.finditer(css)]
    return _unique(_absolute(base, ref) for ref in found)


def _unique(urls: object) -> list[str]:
    seen: dict[str, None] = {}
    for url in urls:  # type: ignore[attr-defined]
        if url:
            seen.setdefault(url, None)
    return list(seen)


def page_assets(html: bytes, base: str) -> list[str]:
    """The images, stylesheets, icons and fonts a page loads, absolute, in order, each once.

    >>> page_assets(b'<link rel="stylesheet" href="/s.css"><img src="a.jpg" srcset="a2.jpg 2x">'
    ...             b'<script src="x.js"></script><p style="background:url(bg.png)">', "https://a.example/n/")
    ['https://a.example/s.css', 'https://a.example/n/a.jpg', 'https://a.example/n/a2.jpg', 'https://a.example/n/bg.png']
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    base_href = root.xpath("string(//base/@href)")
    if base_href:
        base = urljoin(base, base_href)
    found: list[str | None] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "link":
            rels = set((element.get("rel") or "").lower().split())
            if rels & _LINK_RELS or ("preload" in rels and (element.get("as") or "").lower() in _PRELOADED):
                found.append(_absolute(base, element.get("href")))
        elif tag in ("img", "source"):  # a <source> of a video or audio has a src, never fetched
            if tag == "img":
                found.append(_absolute(base, element.get("src")))
            found += [_absolute(base, ref) for ref in _srcset(element.get("srcset") or "")]
        elif tag == "video":
            found.append(_absolute(base, element.get("poster")))
        elif tag == "style":
            found += css_assets(element.text_content(), base)
        if element.get("style"):
            found += css_assets(element.get("style") or "", base)
    return _unique(found)


def fetch_assets(fetched: Fetched, options: FetchOptions, watch: guard.Watch) -> None:
    """The page's images, stylesheets (and what they load: imports, fonts, images), within the deadline."""
    queue = page_assets(fetched.body, fetched.final_url)
    done = {urldefrag(e.url).url for e in fetched.exchanges}
    while queue:
        url = queue.pop(0)
        if url in done:
            continue
        done.add(url)
        if len(done) - len(fetched.exchanges) > options.max_assets:
            fetched.skipped.append((url, f"more than {options.max_assets} images, stylesheets and fonts"))
            continue
        timeout = f"the fetch took longer than {options.total_timeout:g} s (timeout)"
        if watch.remaining() <= 0:
            fetched.skipped.append((url, timeout))
            continue
        try:
            exchanges, _final = follow(url, options, watch, "*/*", page=False)
        except FetchError as error:  # when the deadline passed, the watch shut the connection: a timeout
            fetched.skipped.append((url, timeout if watch.expired else error.cause))
            continue
        fetched.assets += exchanges
        answer = exchanges[-1]
        media = header_map(answer.headers).get("content-type", "").split(";", 1)[0].strip()
        if 200 <= answer.status < 300 and media.lower() == "text/css":
            encoding = header_map(answer.headers).get("content-encoding", "")
            try:
                css = decompress(answer.body, encoding, url, options.max_bytes)
            except FetchError:
                continue
            queue += css_assets(css.decode("utf-8", "replace"), answer.url)


def fetch_assets_within(fetched: Fetched, options: FetchOptions, seconds: float) -> None:
    """:func:`fetch_assets` after the page's fetch, under a watch that ends when the capture's deadline does
    (``seconds`` from now): ``make capture`` fetches them only for a page that is new or changed."""
    with guard.Watch(max(seconds, 0.0), options.timeout, guard.networks(options.allow)) as watch:
        fetch_assets(fetched, options, watch)
