"""Helpers for tests that build the site and read what it wrote."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from diplomacy.site.serve import serving

ROOT = Path(__file__).resolve().parents[1]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Page:
    path: Path
    lang: str | None = None
    links: list[str] = field(default_factory=list)  # href/src of a, link, img, script
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang → href of <link rel=alternate>
    switch: dict[str, str] = field(default_factory=dict)  # hreflang → href of the language switcher
    texts: list[tuple[str, str]] = field(default_factory=list)  # (effective lang, text node)
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def text(self, lang: str | None = None) -> str:
        return " ".join(t for text_lang, t in self.texts if lang is None or text_lang == lang)


class _Parser(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.stack: list[tuple[str, str | None]] = []  # (tag, lang)
        self.skip = 0

    def _lang(self) -> str | None:
        for _tag, lang in reversed(self.stack):
            if lang:
                return lang
        return None

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        self.page.elements.append((tag, attrs))
        if tag == "html":
            self.page.lang = attrs.get("lang")
        if tag in ("a", "link") and "href" in attrs:
            if not attrs["href"].startswith("data:"):  # inline data (the icon) requests nothing
                self.page.links.append(attrs["href"])
            if tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
                self.page.alternates[attrs["hreflang"]] = attrs["href"]
            if tag == "a" and "lang-switch" in attrs.get("class", ""):
                self.page.switch[attrs.get("hreflang", "")] = attrs["href"]
        if tag == "form" and "action" in attrs:
            self.page.links.append(attrs["action"])
        if tag in ("img", "script", "source") and "src" in attrs:
            self.page.links.append(attrs["src"])
        if tag in ("script", "style"):
            self.skip += 1
        if tag not in VOID:
            self.stack.append((tag, attrs.get("lang")))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = " ".join(data.split())
        if text:
            self.page.texts.append((self._lang() or "", text))


def parse_page(path: Path) -> Page:
    return parse_html(path.read_text(encoding="utf-8"), path)


def parse_html(html: str, path: Path) -> Page:
    """A page from its markup (``path`` only names it)."""
    page = Page(path)
    parser = _Parser(page)
    parser.feed(html)
    parser.close()
    return page


@dataclass
class Site:
    output: Path
    siteurl: str  # "" or a sub-path such as "/archive"
    log: str = ""

    def page(self, url_path: str) -> Page:
        return parse_page(self.file_for(url_path))

    def file_for(self, url_path: str) -> Path:
        """The output file of a site-root path ('/en/places/koeln/')."""
        rel = url_path.split("#", maxsplit=1)[0].split("?", maxsplit=1)[0]
        prefix = self.siteurl + "/"
        if rel.startswith(prefix):
            rel = rel[len(prefix) :]
        rel = rel.lstrip("/")
        target = self.output / rel
        if rel == "" or rel.endswith("/"):
            target = target / "index.html"
        return target

    def data(self, name: str) -> Any:
        return json.loads((self.output / "data" / f"{name}.json").read_text(encoding="utf-8"))

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))


def build_site(content: Path, output: Path, siteurl: str = "", extra: dict[str, Any] | None = None) -> Site:
    """Build the site with the project's settings into ``output``."""
    from pelican import Pelican
    from pelican.settings import read_settings

    old = Path.cwd()
    os.chdir(ROOT)
    try:
        override = {
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "SITEURL": siteurl,
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "DELETE_OUTPUT_DIRECTORY": True,
            **(extra or {}),
        }
        settings = read_settings(path=str(ROOT / "pelicanconf.py"), override=override)
        Pelican(settings).run()
    finally:
        os.chdir(old)
    return Site(output=output, siteurl=siteurl)


# --- serving the built site as a web server would (browser and crawl tests) ---

# One page of every type: type → site-root path per language ("" = the type has one language-neutral page).
INDEX_PAGES = {
    "home": {"en": "/en/", "de": "/de/"},
    "archive": {"en": "/en/archive/", "de": "/de/archiv/"},
    "places": {"en": "/en/places/", "de": "/de/orte/"},
    "partnerships": {"en": "/en/partnerships/", "de": "/de/partnerschaften/"},
    "partnerships-by-year": {"en": "/en/partnerships/by-year/", "de": "/de/partnerschaften/nach-jahr/"},
    "partnerships-country": {"en": "/en/partnerships/country/de/", "de": "/de/partnerschaften/land/de/"},
    "meetings": {"en": "/en/meetings/", "de": "/de/treffen/"},
    "people": {"en": "/en/people/", "de": "/de/personen/"},
    "data": {"en": "/en/data/", "de": "/de/daten/"},
    "methods": {"en": "/en/methods/", "de": "/de/methoden/"},
}
# the search page is shown with results, facets and the place facet open: the page at its fullest
SEARCH_QUERY = "?q=shanghai&place=shanghai"
# (data file, id) of the node page shown for each type: the fullest of the test content
NODE_PAGES = {
    "article": ("articles", "shanghai-mayor-discusses-economic-cooperation-with-south-jeolla-province-governo"),
    "place": ("places", "shanghai"),
    "partnership": ("partnerships", "hamburg--shanghai"),
    "partnership-unreported": ("partnerships", "aachen--ningbo"),  # from the register, no report yet
    "meeting": ("meetings", "2024-06-10--hamburg--shanghai"),
    "person": ("people", "gong-zheng"),
}


def page_types(site: Site) -> dict[str, dict[str, str]]:
    """One page of every type in each language: {type: {lang: site-root path}}; the root chooser is {"": "/"}."""
    types: dict[str, dict[str, str]] = {"root": {"": "/"}, **INDEX_PAGES}
    for kind, (data, wanted) in NODE_PAGES.items():
        items = {item["id"]: item for item in site.data(data)}
        item = items.get(wanted) or next(iter(items.values()))
        types[kind] = dict(item.get("urls") or item["url"])
    capture = {lang: url + ("capture/" if lang == "en" else "erfassung/") for lang, url in types["article"].items()}
    if all(site.file_for(site.siteurl + path).exists() for path in capture.values()):
        types["capture"] = capture  # the original text capture of the article, where it is a text capture
    search = {}
    for lang, home in INDEX_PAGES["home"].items():
        forms = [attrs for tag, attrs in site.page(site.siteurl + home).elements if tag == "form"]
        action = next((f["action"] for f in forms if f.get("role") == "search" and "action" in f), None)
        if action and site.file_for(action).exists():
            search[lang] = action.removeprefix(site.siteurl) + SEARCH_QUERY
    if search:
        types["search"] = search  # the search page, where the site has one (the header's search form)
    notfound = {lang: f"/{lang}/404.html" for lang in ("en", "de")}
    if all(site.file_for(site.siteurl + path).exists() for path in notfound.values()):
        types["notfound"] = notfound
    return types


@contextmanager
def serve(output: Path, prefix: str = "/archive", outside: list[str] | None = None) -> Iterator[str]:
    """Serve ``output`` under ``prefix`` on 127.0.0.1 (a free port), as ``make serve`` does; yields the origin.

    Requests for addresses outside ``prefix`` get the site's 404 page and are recorded in ``outside``.
    """
    with serving(output, prefix, outside) as origin:
        yield origin
