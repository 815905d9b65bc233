"""The archive as a reader uses it: headless Chromium through the site served under /archive/.

Debian's Chromium (scripts/install-system-deps.sh) driven by Playwright for Python; axe-core
(bundled in axe-playwright-python) checks accessibility. Screenshots of every page type, both
languages, phone and desktop width, are kept in test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import ServedSite
from sitetools import ROOT, page_types

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Debian's Chromium; CHROMIUM names another build (Playwright's own browser download is not used)
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}

# Every page type; the root chooser has no language of its own. Optional types are skipped where not built.
TYPES = [
    "root",
    "home",
    "archive",
    "article",
    "capture",
    "place",
    "places",
    "partnership",
    "partnership-unreported",
    "partnerships",
    "partnerships-by-year",
    "partnerships-country",
    "meeting",
    "meetings",
    "person",
    "people",
    "data",
    "methods",
    "search",
    "notfound",
]
OPTIONAL = {"search", "notfound", "capture"}
CASES = [("root", "")] + [(kind, lang) for kind in TYPES[1:] for lang in ("en", "de")]
CASE_IDS = [f"{kind}-{lang}" if lang else kind for kind, lang in CASES]
SEARCH_INPUTS = "#site-search, #search-query"  # the header's box, the search page's own form


# --- the browser ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: run scripts/install-system-deps.sh (make sysdeps) or set CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Tab:
    """One browser tab on the served site, with everything it logged and requested."""

    page: Any
    served: ServedSite
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    outside_from: int = 0  # the server's log of requests outside the site, from this tab's start

    def url(self, path: str) -> str:
        return self.served.url(path)

    def goto(self, path: str, **kwargs: Any) -> Any:
        """Open a page and wait until it is ready: loaded, and the search (if any) done with its first query."""
        response = self.page.goto(self.url(path), **kwargs)
        assert response is not None
        assert response.status == 200, f"{path}: HTTP {response.status}"
        if self.page.locator("[data-index]").count():  # the search page: search.js marks its results when ready
            self.page.locator("[data-index][data-ready]").wait_for(state="attached")
        return response

    def lang(self) -> str:
        return self.page.evaluate("document.documentElement.lang")

    def assert_clean(self) -> None:
        """No console error, no request outside the site (127.0.0.1 under /archive/), no failed load."""
        assert self.console == [], "console errors"
        assert self.foreign == [], "requests outside the site"
        assert self.failed == [], "failed loads"
        outside = [url for url in self.requests if not url.startswith((self.url("/"), "data:", "about:"))]
        assert outside == [], "requests outside the site"
        # the browser's own requests (such as /favicon.ico) bypass the page's events: the server saw them
        assert self.served.outside[self.outside_from :] == [], (
            "the browser asked the server for addresses outside /archive/"
        )


@dataclass
class _Window:
    """A browser context with one page, kept for the session; its events go to the current tab."""

    context: Any
    page: Any
    tab: Tab | None = None


@pytest.fixture(scope="session")
def _windows(browser: Any, served_site: ServedSite) -> Iterator[dict[tuple[Any, ...], _Window]]:
    windows: dict[tuple[Any, ...], _Window] = {}
    yield windows
    for window in windows.values():
        window.context.close()


def _window(browser: Any, served: ServedSite, options: dict[str, Any]) -> _Window:
    context = browser.new_context(service_workers="block", **options)
    window = _Window(context, context.new_page())
    allowed = served.url("/")

    def route(route: Any) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:  # recorded and never sent: the tests reach no other host
            if window.tab:
                window.tab.foreign.append(route.request.url)
            route.abort()

    def record(kind: str, entry: str | None) -> None:
        if window.tab and entry is not None:
            getattr(window.tab, kind).append(entry)

    page = window.page
    context.route("**/*", route)
    page.on("request", lambda request: record("requests", request.url))
    page.on("console", lambda msg: record("console", msg.text if msg.type == "error" else None))
    page.on("pageerror", lambda error: record("console", f"uncaught: {error}"))
    page.on("response", lambda r: record("failed", f"{r.status} {r.url}" if r.status >= 400 else None))
    # a load the browser cancels because the page navigated away (net::ERR_ABORTED: the icon, fetched after
    # the load event, when a test clicks on at once) is no failure: a missing file still shows as its 404
    # response above, a request outside the site as a foreign one
    page.on(
        "requestfailed",
        lambda request: record(
            "failed", None if request.failure == "net::ERR_ABORTED" else f"{request.failure} {request.url}"
        ),
    )
    return window


@pytest.fixture
def open_tab(browser: Any, served_site: ServedSite, _windows: dict[tuple[Any, ...], _Window]) -> Callable[..., Tab]:
    """A tab on the served site: ``open_tab(locale="de-DE", viewport=PHONE, color_scheme="dark")``.

    Browser contexts are reused across tests with the same options (they cost a quarter second each).
    """

    def open_(locale: str = "en-GB", viewport: dict[str, int] | None = None, **options: Any) -> Tab:
        options = {"locale": locale, "viewport": viewport or DESKTOP, "color_scheme": "light", **options}
        key = tuple(sorted((name, repr(value)) for name, value in options.items()))
        if key not in _windows:
            _windows[key] = _window(browser, served_site, options)
        window = _windows[key]
        window.tab = Tab(window.page, served_site, outside_from=len(served_site.outside))
        return window.tab

    return open_


@pytest.fixture(scope="session")
def types(served_site: ServedSite) -> dict[str, dict[str, str]]:
    return page_types(served_site.site)


def _path_of(types: dict[str, dict[str, str]], kind: str, lang: str) -> str:
    if kind not in types:
        if kind in OPTIONAL:
            pytest.skip(f"the site has no {kind} page yet")
        pytest.fail(f"no {kind} page found")
    return types[kind][lang]


def _data(served: ServedSite, name: str) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in served.site.data(name)}


# --- the root chooser -----------------------------------------------------------------------------


def test_root_chooser_stays_for_a_reader_of_another_language(open_tab: Callable[..., Tab]) -> None:
    tab = open_tab(locale="fr-FR")
    tab.goto("/")
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.url == tab.url("/")
    assert tab.page.get_by_role("link", name="Deutsch").is_visible()
    assert tab.page.get_by_role("link", name="English").is_visible()
    tab.assert_clean()


@pytest.mark.parametrize(("locale", "home"), [("de-DE", "/de/"), ("en-US", "/en/"), ("de-AT", "/de/")])
def test_root_sends_the_reader_home_in_the_browser_language(
    open_tab: Callable[..., Tab], locale: str, home: str
) -> None:
    tab = open_tab(locale=locale)
    tab.page.goto(tab.url("/"))
    tab.page.wait_for_url(tab.url(home))
    assert tab.lang() == home.strip("/")
    # the redirect itself may cut the chooser's own load short, depending on timing: that one
    # abort is the behaviour under test; any other failed load still fails the test
    redirected = f"net::ERR_ABORTED {tab.url('/')}"
    tab.failed[:] = [entry for entry in tab.failed if entry != redirected]
    tab.assert_clean()


def test_root_stays_when_the_reader_comes_from_the_site(open_tab: Callable[..., Tab]) -> None:
    tab = open_tab(locale="de-DE")
    tab.goto("/", referer=tab.url("/en/"))
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.url == tab.url("/")
    tab.assert_clean()


# --- a reader's way through the archive -----------------------------------------------------------


def _switch_language(tab: Tab, expected: str, lang: str) -> None:
    """Follow the language switcher; it must land on the counterpart page, in that language."""
    tab.page.locator("a.lang-switch").click()
    tab.page.wait_for_url(tab.url(expected))
    assert tab.lang() == lang
    tab.page.go_back()


def test_a_reader_picks_german_and_switches_to_english_on_each_page(
    open_tab: Callable[..., Tab], served_site: ServedSite
) -> None:
    places = _data(served_site, "places")
    meetings = _data(served_site, "meetings")
    articles = _data(served_site, "articles")
    meeting = meetings["2023-04-14--duesseldorf--shanghai"]
    article = articles[meeting["articles"][0]]
    tab = open_tab(locale="fr-FR")
    page = tab.page
    tab.goto("/")

    page.get_by_role("link", name="Deutsch").click()
    page.wait_for_url(tab.url("/de/"))
    assert tab.lang() == "de"

    page.locator(".site-nav").get_by_role("link", name="Orte").click()
    page.wait_for_url(tab.url(places["duesseldorf"]["url"]["de"]).removesuffix("duesseldorf/"))
    page.locator("main section").get_by_role("link", name="Düsseldorf", exact=True).click()
    page.wait_for_url(tab.url(places["duesseldorf"]["url"]["de"]))
    assert tab.lang() == "de"
    _switch_language(tab, places["duesseldorf"]["url"]["en"], "en")
    page.wait_for_url(tab.url(places["duesseldorf"]["url"]["de"]))

    page.get_by_role("link", name=re.compile(r"14\. April 2023")).first.click()
    page.wait_for_url(tab.url(meeting["url"]["de"]))
    assert tab.lang() == "de"
    assert "Düsseldorf" in page.locator("h1").inner_text()
    _switch_language(tab, meeting["url"]["en"], "en")
    page.wait_for_url(tab.url(meeting["url"]["de"]))

    page.get_by_role("link", name=article["title"]).click()
    page.wait_for_url(tab.url(article["urls"]["de"]))
    assert tab.lang() == "de"
    assert page.locator("h1").inner_text() == article["title"]
    _switch_language(tab, article["urls"]["en"], "en")
    tab.assert_clean()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_map_point_leads_to_its_place_page(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], served_site: ServedSite, lang: str
) -> None:
    # a place with a report is a point (a link); a place only the register knows is a dot (no link)
    places = {pid: p for pid, p in _data(served_site, "places").items() if p["articles"] or p["meetings"]}
    tab = open_tab()
    tab.goto(types["places"][lang])
    points = tab.page.locator("svg.map a")
    assert points.count() == len(places)
    hrefs = [points.nth(i).get_attribute("href") for i in range(points.count())]
    assert sorted(hrefs) == sorted(served_site.site.siteurl + p["url"][lang] for p in places.values())
    for href in hrefs:
        tab.goto(types["places"][lang])
        # a click on the point itself: no label or other point may lie over it
        tab.page.locator(f'svg.map a[href="{href}"] circle.map-point').click(timeout=5000)
        tab.page.wait_for_url(tab.url(href))
        assert tab.lang() == lang
    tab.assert_clean()


def test_the_browser_asks_the_server_for_nothing_outside_the_site(
    browser: Any, served_site: ServedSite, types: dict[str, dict[str, str]]
) -> None:
    """Requests the browser makes by itself (the icon) do not show in page events: the server's log tells.

    A page that declares no icon makes the browser ask for /favicon.ico at the domain's root, outside
    a project site's /archive/: every page needs ``<link rel="icon">`` under the site.
    """
    start = len(served_site.outside)
    visited = []
    for kind, paths in types.items():
        for lang, path in paths.items():
            context = browser.new_context(service_workers="block", locale="fr-FR")  # a new one forgets the icon
            page = context.new_page()
            page.goto(served_site.url(path))
            page.wait_for_timeout(150)  # the icon is fetched after the load event
            context.close()
            visited.append(f"{kind}-{lang}" if lang else kind)
            asked = served_site.outside[start:]
            assert asked == [], (
                f"{path} made the browser ask for {asked}, outside the site: declare the icon in the <head>, "
                f'<link rel="icon" href="{served_site.site.siteurl}/theme/img/favicon.svg" type="image/svg+xml">'
            )
    assert len(visited) >= 23


# --- every page type, both languages, phone and desktop -------------------------------------------


_OVERFLOWING = """() => {
  const width = window.innerWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 1) {
      const cls = typeof el.className === "string" && el.className ? "." + el.className.split(" ").join(".") : "";
      wide.push(el.tagName.toLowerCase() + cls + " right=" + Math.round(box.right));
    }
  }
  return {scroll: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 10)};
}"""

_USABLE = """(selector) => {
  const found = [...document.querySelectorAll(selector)].map((el) => {
    el.scrollIntoView({block: "center"});
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {name: el.textContent.trim(), left: Math.round(box.left), right: Math.round(box.right),
            width: Math.round(box.width), height: Math.round(box.height),
            visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none",
            hit: !!hit && (hit === el || el.contains(hit))};
  });
  window.scrollTo(0, 0);
  return {width: window.innerWidth, links: found};
}"""


def _assert_usable(tab: Tab, selector: str) -> None:
    """Each link visible, inside the viewport, not covered by anything, big enough to tap (24 px, WCAG 2.2)."""
    result = tab.page.evaluate(_USABLE, selector)
    assert result["links"], f"no {selector} on the page"
    for link in result["links"]:
        assert link["visible"], f"hidden: {link}"
        assert link["left"] >= 0, f"starts left of the screen: {link}"
        assert link["right"] <= result["width"], f"ends right of the screen: {link}"
        assert link["hit"], f"covered by another element: {link}"
        assert link["height"] >= 24 or link["width"] >= 24, f"too small to tap: {link}"


@pytest.mark.parametrize("width", [PHONE["width"], DESKTOP["width"]], ids=["phone", "desktop"])
@pytest.mark.parametrize(("kind", "lang"), CASES, ids=CASE_IDS)
def test_page_at_phone_and_desktop_width(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], kind: str, lang: str, width: int
) -> None:
    """Loads cleanly, nothing overflows sideways at 375 px, the navigation is usable; screenshot kept."""
    path = _path_of(types, kind, lang)
    tab = open_tab(locale="fr-FR", viewport=PHONE if width == PHONE["width"] else DESKTOP)  # the root stays
    tab.goto(path)
    target = SCREENSHOTS / f"{width}px" / f"{kind}-{lang}.png".replace("-.png", ".png")
    target.parent.mkdir(parents=True, exist_ok=True)
    tab.page.screenshot(path=str(target), full_page=True)
    layout = tab.page.evaluate(_OVERFLOWING)
    assert layout["scroll"] <= layout["width"], f"{path} is wider than the screen: {layout}"
    if kind == "root":
        _assert_usable(tab, "ul.choose a")
    else:
        _assert_usable(tab, ".site-nav a")
        _assert_usable(tab, "a.lang-switch")
    tab.assert_clean()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_navigation_works_at_phone_width(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], lang: str
) -> None:
    tab = open_tab(viewport=PHONE, has_touch=True)
    tab.goto(types["home"][lang])
    count = tab.page.locator(".site-nav a").count()
    for i in range(count):
        link = tab.page.locator(".site-nav a").nth(i)
        href = link.get_attribute("href")
        link.tap()
        tab.page.wait_for_url(tab.url(href))
        assert tab.page.locator(".site-nav a").nth(i).get_attribute("aria-current") == "page"
    tab.assert_clean()


# --- accessibility --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def axe() -> Any:
    from axe_playwright_python.sync_playwright import Axe

    checker = Axe()
    assert "axe v4" in checker.axe_script[:200], "axe-core comes bundled in the package, nothing is downloaded"
    return checker


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("kind", "lang"), CASES, ids=CASE_IDS)
def test_no_serious_accessibility_violation(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], axe: Any, kind: str, lang: str, scheme: str
) -> None:
    """axe-core: no violation of serious or critical impact, in the light and the dark colour scheme."""
    path = _path_of(types, kind, lang)
    tab = open_tab(locale="fr-FR", color_scheme=scheme)
    tab.goto(path)
    results = axe.run(tab.page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(" ".join(map(str, node["target"])) for node in v["nodes"][:5])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{path}: " + "\n".join(serious)
    tab.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_how_this_was_tagged_opens_without_javascript(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], axe: Any, lang: str, scheme: str
) -> None:
    """The article page's "How this was tagged" is closed, opens on a click on its summary (a <details>, no
    script), fits a phone's width open, and has no serious accessibility violation open."""
    tab = open_tab(locale="fr-FR", viewport=PHONE, color_scheme=scheme)
    tab.goto(types["article"][lang])
    scripts = tab.page.evaluate("[...document.scripts].map(s => [s.type, s.src.split('/').pop(), s.text])")
    # no script of the page touches the block: <details> opens by itself (the Cite block's script aside)
    assert all(kind == "application/ld+json" or src == "cite.js" for kind, src, _text in scripts), scripts
    assert not any("how-tagged" in text for _kind, _src, text in scripts)
    block = tab.page.locator("details.how-tagged")
    assert block.evaluate("el => el.open") is False
    tab.page.locator("details.how-tagged > summary").click()
    assert block.evaluate("el => el.open") is True
    assert tab.page.locator("details.how-tagged mark").count() > 0  # the deciding words, marked
    layout = tab.page.evaluate(_OVERFLOWING)
    assert layout["scroll"] <= layout["width"], f"wider than the screen when open: {layout}"
    serious = [v["id"] for v in axe.run(tab.page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    tab.assert_clean()


_FOCUSED = """(searchInputs) => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), id: el.id, cls: String(el.className || ""), href: el.getAttribute("href"),
          search: el.matches(searchInputs),
          outline: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none",
          visible: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0};
}"""


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("kind", ["article", "place", "search"])
def test_keyboard_reaches_the_language_switcher(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], kind: str, lang: str
) -> None:
    """Tab from the start of the page: the skip link first, then the language switcher, every stop visible."""
    path = _path_of(types, kind, lang)
    tab = open_tab()
    tab.goto(path)
    has_search = tab.page.locator(SEARCH_INPUTS).count() > 0
    stops: list[dict[str, Any]] = []
    for _ in range(25):
        tab.page.keyboard.press("Tab")
        focused = tab.page.evaluate(_FOCUSED, SEARCH_INPUTS)
        assert focused is not None, f"Tab #{len(stops) + 1} left the page: {stops}"
        assert focused["visible"], f"focus on an invisible element: {focused}"
        assert focused["outline"], f"no visible focus indicator on {focused}"
        stops.append(focused)
        switch = any("lang-switch" in s["cls"] for s in stops)
        if switch and (not has_search or any(s["search"] for s in stops)):
            break
    assert "skip" in stops[0]["cls"], f"the first Tab stop is not the skip link: {stops[0]}"
    assert any("lang-switch" in s["cls"] for s in stops), f"the language switcher is not reachable: {stops}"
    # TODO(search): once the search box (#site-search) is on every page, require it here
    # (assert has_search) instead of checking it only where the page has one.
    if has_search:
        assert any(s["search"] for s in stops), f"the search box is not reachable by keyboard: {stops}"
    tab.page.locator("a.lang-switch").focus()
    tab.page.keyboard.press("Enter")
    other = "de" if lang == "en" else "en"
    tab.page.wait_for_function(f"document.documentElement.lang === {other!r}")
    if tab.page.locator("[data-index]").count():  # the other search page runs the query: let it finish
        tab.page.locator("[data-index][data-ready]").wait_for(state="attached")
    tab.assert_clean()


# --- search ------------------------------------------------------------------------------------------

SEARCHES = [
    ("de", "Köln", "/de/treffen/2024-09-09--koeln--shanghai/"),
    ("de", "Cologne", "/de/treffen/2024-09-09--koeln--shanghai/"),
    ("de", "Oberbürgermeisterin", "/de/treffen/2024-09-09--koeln--shanghai/"),
    ("en", "Cologne", "/en/meetings/2024-09-09--koeln--shanghai/"),
    ("en", "Köln", "/en/meetings/2024-09-09--koeln--shanghai/"),
    ("en", "Düsseldorf", "/en/places/duesseldorf/"),
    ("de", "Düsseldorf", "/de/orte/duesseldorf/"),
]


@pytest.mark.parametrize(("lang", "query", "expected"), SEARCHES, ids=[f"{q}-{lang}" for lang, q, _ in SEARCHES])
def test_the_search_box_finds_places_and_meetings_in_both_languages(
    open_tab: Callable[..., Tab], lang: str, query: str, expected: str
) -> None:
    tab = open_tab(locale="de-DE" if lang == "de" else "en-GB")
    tab.goto(f"/{lang}/")
    box = tab.page.locator("#site-search")
    box.fill(query)
    box.press("Enter")
    tab.page.wait_for_url("**/" + ("suche" if lang == "de" else "search") + "/?q=*")
    results = tab.page.locator(".search-result-link")
    results.first.wait_for(timeout=15_000)
    status = tab.page.locator("[data-index] [role=status]").text_content() or ""
    assert re.fullmatch(r"\d+ (results?|Treffer)( .+)?", status), f"the status line: {status!r}"
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    target = tab.url(expected)
    assert any(href in (target, expected, "/archive" + expected) for href in hrefs), hrefs
    link = next(results.nth(i) for i, href in enumerate(hrefs) if href in (target, expected, "/archive" + expected))
    link.click()
    tab.page.wait_for_url(target)
    assert tab.lang() == lang
    tab.assert_clean()


def test_without_javascript_the_search_page_lists_the_indexes(browser: Any, served_site: ServedSite) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served_site.url("/de/suche/?q=K%C3%B6ln"))
        # Chromium's emulation keeps parsing <noscript> as text, so the note is checked in the markup
        assert "<noscript>\n<p>Die Suche braucht JavaScript." in page.content()
        assert page.locator(".search-indexes").is_visible()
        indexes = page.locator(".search-indexes a")
        links = [indexes.nth(i).get_attribute("href") for i in range(indexes.count())]
        assert links == [
            f"/archive/de/{path}/" for path in ("orte", "partnerschaften", "treffen", "personen", "archiv")
        ]
    finally:
        context.close()


# --- research tools: search facets, pages, the query across languages, the Cite block (issue 20) -------

SEARCH_PAGES = {"en": "/en/search/", "de": "/de/suche/"}
KIND_LABELS = {"en": {"article": "Article", "meeting": "Meeting"}, "de": {"article": "Artikel", "meeting": "Treffen"}}


def _search(tab: Tab, lang: str, query: str) -> None:
    """Open the search page at ``query`` (a query string) and wait until search.js shows it."""
    tab.goto(SEARCH_PAGES[lang] + query)
    tab.page.wait_for_function(
        "() => document.querySelector('[data-index]').getAttribute('data-shown') === location.search"
    )


def _shown(tab: Tab) -> None:
    tab.page.wait_for_function(
        "() => document.querySelector('[data-index]').getAttribute('data-shown') === location.search"
    )


def _count(tab: Tab) -> int:
    status = tab.page.locator("[data-index] [role=status]").text_content() or ""
    match = re.match(r"(\d+) ", status)
    assert match, status
    return int(match.group(1))


def _facet(tab: Tab, name: str) -> dict[str, int]:
    """The values of a facet as shown: label → count."""
    items = tab.page.locator(f"#facet-{name} ~ ul li")
    out = {}
    for i in range(items.count()):
        text = items.nth(i).inner_text()
        match = re.fullmatch(r"(.+) \((\d+)\)", text.strip())
        if match:
            out[match.group(1)] = int(match.group(2))
    return out


@pytest.mark.parametrize("lang", ["en", "de"])
def test_search_facets_filter_count_and_survive_the_language_switch(open_tab: Callable[..., Tab], lang: str) -> None:
    tab = open_tab(locale="de-DE" if lang == "de" else "en-GB")
    _search(tab, lang, "?q=shanghai")
    total = _count(tab)
    kinds = _facet(tab, "type")
    assert sum(kinds.values()) == total, "every result has one type"
    article = KIND_LABELS[lang]["article"]
    languages = {"en": {"English", "German"}, "de": {"Englisch", "Deutsch"}}[lang]
    assert set(_facet(tab, "language")) <= languages, "the report's language named in the page's language"
    assert tab.page.locator("#site-search").input_value() == "shanghai", "the header's box holds the query"
    tab.page.locator("#facet-type ~ ul a", has_text=article).click()
    tab.page.wait_for_url("**type=article*")
    _shown(tab)
    assert _count(tab) == kinds[article]
    metas = tab.page.locator(".search-result-meta")
    assert all(metas.nth(i).inner_text().startswith(article) for i in range(metas.count()))
    # combined with a year: the counts are of the results that pass the other facets
    years = _facet(tab, "year")
    year, count = next(iter(years.items()))
    tab.page.locator("#facet-year ~ ul a", has_text=year).click()
    tab.page.wait_for_url(f"**year={year}*")
    _shown(tab)
    assert _count(tab) == count
    times = tab.page.locator(".search-result-meta time")
    assert all((times.nth(i).get_attribute("datetime") or "").startswith(year) for i in range(times.count()))
    # the address is the search: the other language opens it with the same query and facets
    switch = tab.page.locator("a.lang-switch")
    assert "q=shanghai" in (switch.get_attribute("href") or "")
    assert "type=article" in (switch.get_attribute("href") or "")
    switch.click()
    other = "de" if lang == "en" else "en"
    tab.page.wait_for_url(f"**{SEARCH_PAGES[other]}?q=shanghai&type=article&year={year}")
    assert tab.lang() == other
    _shown(tab)
    assert tab.page.locator("#search-query").input_value() == "shanghai"
    assert tab.page.locator("#site-search").input_value() == "shanghai"
    assert tab.page.locator("#facet-type ~ ul a[aria-current=true]").inner_text() == KIND_LABELS[other]["article"]
    tab.assert_clean()


def test_search_pages_reach_every_result_in_either_order(open_tab: Callable[..., Tab]) -> None:
    tab = open_tab()
    # three results a page (the page says how many: data-page-size), so the test content needs several pages
    tab.page.route(
        "**/en/search/*",
        lambda route: route.fulfill(
            response=route.fetch(), body=route.fetch().text().replace('data-page-size="20"', 'data-page-size="3"')
        ),
    )
    try:
        for order in ("", "&sort=date"):
            _search(tab, "en", "?q=shanghai" + order)
            total = _count(tab)
            assert total > 6
            seen: list[str] = []
            dates: list[str] = []
            while True:
                links = tab.page.locator(".search-result-link")
                seen += [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
                times = tab.page.locator(".search-result-meta time")
                dates += [times.nth(i).get_attribute("datetime") or "" for i in range(times.count())]
                following = tab.page.locator(".search-pages a[rel=next]")
                if not following.count():
                    break
                following.click()
                _shown(tab)
            assert len(seen) == total, "every result"
            assert len(set(seen)) == total, "each once"
            assert "page=" in tab.page.url
            if order:
                assert dates == sorted(dates, reverse=True), "newest first"
        tab.page.go_back()
        _shown(tab)
        assert re.search(r"page=\d", tab.page.url), "the browser's back button goes to the previous page of results"
    finally:
        tab.page.unroute("**/en/search/*")
    tab.assert_clean()


def test_search_finds_years_and_filters_by_place_and_country(open_tab: Callable[..., Tab]) -> None:
    tab = open_tab(locale="de-DE")
    _search(tab, "de", "?q=2023")
    assert _count(tab) > 0
    times = tab.page.locator(".search-result-meta time")
    assert all((times.nth(i).get_attribute("datetime") or "").startswith("2023") for i in range(times.count()))
    places = tab.page.locator("details.facet-places")
    places.locator("summary").click()
    tab.page.locator("#facet-place").wait_for()
    countries = _facet(tab, "country")
    assert "Deutschland" in countries
    assert "China" in countries
    tab.page.locator("#facet-country ~ ul a", has_text="Deutschland").click()
    tab.page.wait_for_url("**country=DE*")
    _shown(tab)
    assert _count(tab) == countries["Deutschland"]
    koeln = _facet(tab, "place")
    name = next(iter(koeln))
    tab.page.locator("#facet-place ~ ul a", has_text=name).first.click()
    tab.page.wait_for_url("**place=*")
    _shown(tab)
    assert _count(tab) == koeln[name]
    tab.assert_clean()


@pytest.mark.parametrize("kind", ["article", "meeting"])
def test_the_cite_block_gives_ready_citations_with_the_access_date(
    open_tab: Callable[..., Tab], types: dict[str, dict[str, str]], kind: str
) -> None:
    import datetime as dt

    import bibtexparser

    tab = open_tab(locale="de-DE")
    path = _path_of(types, kind, "de")
    tab.goto(path)
    tab.page.locator("[data-cite][data-ready]").wait_for(state="attached")
    today = tab.page.evaluate(
        "(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; })()"
    )
    day = dt.date(*today).isoformat()
    assert tab.page.locator(".cite time.access-date").get_attribute("datetime") == day
    # the texts are files beside the page, not repeated in it: opening a format fetches and shows them
    assert tab.page.locator("pre.cite-text").count() == 0
    tab.page.locator(".cite summary", has_text="BibTeX").click()
    tab.page.locator("[data-cite][data-loaded]").wait_for(state="attached")
    bib = tab.page.locator("pre[data-format=bibtex]")
    assert bib.is_visible()
    (entry,) = bibtexparser.parse_string(bib.inner_text()).entries
    assert entry.fields_dict["urldate"].value == day
    cited = tab.page.locator(".cite a.permalink").get_attribute("href")
    if kind == "article":  # an article's citation (written once) names its page in its own language
        own = tab.page.locator("article h1").get_attribute("lang")
        cited = tab.page.locator(f'link[rel=alternate][hreflang="{own}"]').get_attribute("href")
    assert entry.fields_dict["url"].value == cited
    csl = json.loads(tab.page.locator("pre[data-format=csl]").text_content() or "")
    assert csl[0]["accessed"] == {"date-parts": [today]}
    ris = tab.page.locator("pre[data-format=ris]").text_content() or ""
    assert f"Y2  - {day.replace('-', '/')}" in ris
    download = tab.page.locator("a.cite-download[data-format=bibtex]")
    assert (download.get_attribute("href") or "").startswith("data:application/x-bibtex")
    # printed: no search box, no navigation; the permalink and the date printed
    tab.page.emulate_media(media="print")
    try:
        assert not tab.page.locator("#site-search").is_visible()
        record = tab.page.locator(".print-record")
        assert record.is_visible()
        assert "Permalink" in record.inner_text()
        assert tab.page.locator("time.print-date").get_attribute("datetime") == day
        if kind == "article":
            assert "/captures/" in record.inner_text()
    finally:
        tab.page.emulate_media(media="screen")
    tab.assert_clean()
