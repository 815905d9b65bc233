"""Place, partnership, meeting and person pages: their set, their links, both languages."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from diplomacy.places.gazetteer import Gazetteer
from sitetools import Site, parse_page

pytestmark = pytest.mark.slow

REPORTED_PLACES = {"shanghai", "duesseldorf", "koeln", "belgium", "chongqing", "south-jeolla", "hamburg"}
REPORTED_PAIRS = {
    "duesseldorf--shanghai",
    "koeln--shanghai",
    "belgium--shanghai",
    "chongqing--duesseldorf",
    "shanghai--south-jeolla",
    "hamburg--shanghai",
}
# every partnership of the register has its page, and so have its two places, reported or not
GAZETTEER = Gazetteer.load()
REGISTER = GAZETTEER.partnerships
PLACES = REPORTED_PLACES | {pid for link in REGISTER.values() for pid in link.places}
PAIRS = REPORTED_PAIRS | set(REGISTER)
MEETINGS = {
    "2023-03-30--belgium--shanghai",
    "2023-04-14--duesseldorf--shanghai",
    "2023-09-21--shanghai--south-jeolla",
    "2024-06-10--hamburg--shanghai",
    "2024-09-09--koeln--shanghai",
}
SECTIONS = {
    "place": ("en/places", "de/orte"),
    "pair": ("en/partnerships", "de/partnerschaften"),
    "meeting": ("en/meetings", "de/treffen"),
    "person": ("en/people", "de/personen"),
}


def _ids(site: Site, section: str) -> set[str]:
    folder = site.output / section
    views = {"by-year", "nach-jahr"}  # the partnership index sorted by year
    return {p.name for p in folder.iterdir() if p.is_dir() and (p / "index.html").exists() and p.name not in views}


@pytest.mark.parametrize(
    ("kind", "expected"), [("place", PLACES), ("pair", PAIRS), ("meeting", MEETINGS)], ids=["place", "pair", "meeting"]
)
def test_exact_set_of_pages_in_both_languages(full_site: Site, kind: str, expected: set[str]) -> None:
    en, de = SECTIONS[kind]
    assert _ids(full_site, en) == expected
    assert _ids(full_site, de) == expected


def test_data_files_give_every_url_in_both_languages(full_site: Site) -> None:
    places = {p["id"]: p for p in full_site.data("places")}
    assert set(places) == PLACES
    assert places["koeln"]["url"] == {"en": "/en/places/koeln/", "de": "/de/orte/koeln/"}
    assert places["koeln"]["name"] == {"en": "Cologne", "de": "Köln"}
    meetings = {m["id"]: m for m in full_site.data("meetings")}
    assert set(meetings) == MEETINGS
    for meeting in meetings.values():
        for lang, url in meeting["url"].items():
            assert full_site.file_for(full_site.siteurl + url).exists(), (lang, url)


def test_reports_in_both_languages_share_one_meeting(full_site: Site) -> None:
    meetings = {m["id"]: m for m in full_site.data("meetings")}
    articles = {a["id"]: a for a in full_site.data("articles")}
    hamburg = meetings["2024-06-10--hamburg--shanghai"]
    assert sorted(articles[a]["lang"] for a in hamburg["articles"]) == ["de", "en"]
    assert sorted(articles[a]["published"] for a in hamburg["articles"]) == ["2024-06-11", "2024-06-13"]
    cologne = meetings["2024-09-09--koeln--shanghai"]
    assert sorted(articles[a]["lang"] for a in cologne["articles"]) == ["de", "en"]


def test_links_place_to_meeting_to_article_to_place(full_site: Site) -> None:
    s = full_site.siteurl
    for lang, places, meetings, articles in (
        ("en", "places", "meetings", "articles"),
        ("de", "orte", "treffen", "artikel"),
    ):
        place = full_site.page(f"{s}/{lang}/{places}/duesseldorf/")
        meeting_url = f"{s}/{lang}/{meetings}/2023-04-14--duesseldorf--shanghai/"
        assert meeting_url in place.links
        meeting = full_site.page(meeting_url)
        article_url = f"{s}/{lang}/{articles}/shanghai-and-duesseldorf-mayors-discuss-deepening-cooperation/"
        assert article_url in meeting.links
        assert f"{s}/{lang}/{places}/duesseldorf/" in meeting.links
        assert f"{s}/{lang}/{places}/shanghai/" in meeting.links
        article = full_site.page(article_url)
        assert f"{s}/{lang}/{places}/duesseldorf/" in article.links
        assert meeting_url in article.links


def test_principal_and_meeting_link_both_ways(full_site: Site) -> None:
    s = full_site.siteurl
    person = full_site.page(f"{s}/de/personen/gong-zheng/")
    meeting_url = f"{s}/de/treffen/2023-09-21--shanghai--south-jeolla/"
    assert meeting_url in person.links
    assert f"{s}/de/personen/gong-zheng/" in full_site.page(meeting_url).links
    assert (
        f"{s}/en/people/kim-yung-rok/" in full_site.page(f"{s}/en/meetings/2023-09-21--shanghai--south-jeolla/").links
    )


def test_place_names_in_each_language_with_the_other_shown(full_site: Site) -> None:
    s = full_site.siteurl
    en = full_site.page(f"{s}/en/places/koeln/")
    de = full_site.page(f"{s}/de/orte/koeln/")
    assert "Cologne" in en.text("en")
    assert "Köln" in en.text("de")  # the other name, marked as German
    assert "Köln" in de.text("de")
    assert "Cologne" in de.text("en")
    assert en.switch["de"] == f"{s}/de/orte/koeln/"
    assert de.switch["en"] == f"{s}/en/places/koeln/"
    jeolla = full_site.page(f"{s}/de/orte/south-jeolla/")
    assert "Süd-Jeolla" in jeolla.text("de") or "Jeollanam-do" in jeolla.text("de")


def test_partnership_page_knows_since_when(full_site: Site) -> None:
    s = full_site.siteurl
    page = full_site.page(f"{s}/de/partnerschaften/chongqing--duesseldorf/")
    assert "Partner seit 2004." in page.text("de")
    page = full_site.page(f"{s}/en/partnerships/hamburg--shanghai/")
    assert "Partners since 1986." in page.text("en")


def test_meeting_page_has_prev_and_next_of_the_same_pair(full_site: Site) -> None:
    s = full_site.siteurl
    first = full_site.page(f"{s}/en/meetings/2023-04-14--duesseldorf--shanghai/")
    assert not any("/meetings/" in link and "2023-04-14" not in link for link in first.links if "rel" in link)
    # Shanghai–Köln has one meeting: no pager. Data carries the chain for pairs with several.
    pairs = {p["id"]: p for p in full_site.data("partnerships")}
    assert pairs["koeln--shanghai"]["meetings"] == ["2024-09-09--koeln--shanghai"]


def test_translations_link_each_other(full_site: Site) -> None:
    articles = {a["id"]: a for a in full_site.data("articles")}
    en = articles["colognes-mayor-in-shanghai"]
    de_id = "chen-jining-trifft-die-oberbuergermeisterin-von-koeln-henriette-reker"
    assert en["translations"] == [de_id]
    assert articles[de_id]["translations"] == ["colognes-mayor-in-shanghai"]
    page = full_site.page(full_site.siteurl + articles[de_id]["urls"]["en"])
    assert full_site.siteurl + en["urls"]["en"] in page.links


def _crawl(site: Site, start: str) -> tuple[set[Path], list[tuple[str, str]]]:
    seen: set[Path] = set()
    broken: list[tuple[str, str]] = []
    queue = deque([start])
    while queue:
        url = queue.popleft()
        path = site.file_for(url)
        if path in seen:
            continue
        if not path.exists():
            broken.append(("?", url))
            continue
        seen.add(path)
        if path.suffix != ".html":
            continue
        for link in parse_page(path).links:
            if link.startswith(("http://", "https://", "mailto:", "#")):
                continue
            if not link.startswith(site.siteurl + "/"):
                broken.append((str(path), link))
                continue
            target = site.file_for(link)
            if not target.exists():
                broken.append((str(path), link))
            elif target not in seen:
                queue.append(link)
    return seen, broken


@pytest.mark.parametrize("start", ["/", "/en/", "/de/"])
def test_crawl_reaches_every_page_and_finds_no_broken_link(full_site: Site, start: str) -> None:
    seen, broken = _crawl(full_site, full_site.siteurl + start)
    assert broken == []
    # error pages are served by the web server for unknown addresses, never linked
    pages = {p for p in full_site.html_files() if p.name != "404.html"}
    orphans = sorted(p.relative_to(full_site.output).as_posix() for p in pages - seen)
    # the language chooser at the root is the entry point, not linked from inside a language
    assert orphans == ([] if start == "/" else ["index.html"])


def test_paginated_pages_switch_to_the_same_page_number(tmp_path: Path) -> None:
    from sitetools import ROOT, build_site

    site = build_site(
        ROOT / "content",
        tmp_path / "out",
        siteurl="/archive",
        extra={"DEFAULT_PAGINATION": 2, "PAGINATED_TEMPLATES": {"home": None, "year": 1}, "DIPLOMACY_SEARCH": False},
    )
    second = site.page("/archive/en/2/")
    assert second.lang == "en"
    assert second.switch["de"] == "/archive/de/2/"
    assert site.page("/archive/de/2/").switch["en"] == "/archive/en/2/"
    assert "/archive/en/3/" in second.links
    year = site.page("/archive/de/archiv/2023/2/")
    assert year.switch["en"] == "/archive/en/archive/2023/2/"
    seen, broken = _crawl(site, "/archive/")
    assert broken == []
    assert {p for p in site.html_files() if p.name != "404.html"} <= seen


# -- the partnership register: a partnership without reports -------------------------------------

UNREPORTED = "aachen--ningbo"  # Aachen and Ningbo, sister cities since 1986: no report in the test content


def _internal_links_exist(site: Site, page: Any) -> list[str]:
    return [
        link
        for link in page.links
        if not link.startswith(("http://", "https://", "mailto:", "#")) and not site.file_for(link).exists()
    ]


def test_a_partnership_without_reports_has_its_pages_in_both_languages(full_site: Site) -> None:
    s = full_site.siteurl
    link = REGISTER[UNREPORTED]
    data = {p["id"]: p for p in full_site.data("partnerships")}[UNREPORTED]
    assert (data["articles"], data["meetings"]) == ([], [])
    assert (data["kind"], data["since"], data["source"], data["source_url"]) == (
        "sister-city",
        1986,
        link.source,
        link.url,
    )
    assert data["url"] == {"en": f"/en/partnerships/{UNREPORTED}/", "de": f"/de/partnerschaften/{UNREPORTED}/"}
    en = full_site.page(f"{s}/en/partnerships/{UNREPORTED}/")
    de = full_site.page(f"{s}/de/partnerschaften/{UNREPORTED}/")
    for page, lang, words in (
        (en, "en", ["Partners since 1986.", "sister cities", "No report in the archive yet.", link.source]),
        (de, "de", ["Partner seit 1986.", "Partnerstädte", "Noch kein Bericht im Archiv.", link.source]),
    ):
        text = page.text()
        for word in words:
            assert word in text, (lang, word)
        assert link.url in page.links  # the source, linked
        assert _internal_links_exist(full_site, page) == []
        places, pairs = ("places", "partnerships") if lang == "en" else ("orte", "partnerschaften")
        for place in ("aachen", "ningbo"):
            assert f"{s}/{lang}/{places}/{place}/" in page.links
            # and the partnership is on both places' pages
            place_page = full_site.page(f"{s}/{lang}/{places}/{place}/")
            assert f"{s}/{lang}/{pairs}/{UNREPORTED}/" in place_page.links
            assert _internal_links_exist(full_site, place_page) == []
    assert en.switch["de"] == f"{s}/de/partnerschaften/{UNREPORTED}/"
    assert de.switch["en"] == f"{s}/en/partnerships/{UNREPORTED}/"
    places = {p["id"]: p for p in full_site.data("places")}
    assert {"id": UNREPORTED, "partner": "ningbo", "since": 1986, "kind": "sister-city"} in places["aachen"][
        "partnerships"
    ]


def test_a_partnership_of_unknown_year_says_so(full_site: Site) -> None:
    key = next(key for key, link in sorted(REGISTER.items()) if link.since is None)
    page = full_site.page(f"{full_site.siteurl}/en/partnerships/{key}/")
    assert "The year the partnership began is not known." in page.text("en")
    assert {p["id"]: p for p in full_site.data("partnerships")}[key]["since"] is None


def test_the_partnership_index_sorted_by_year_and_filtered_by_country(full_site: Site) -> None:
    s = full_site.siteurl
    index = full_site.page(f"{s}/en/partnerships/")
    by_year, germany, japan = (
        f"{s}/en/partnerships/by-year/",
        f"{s}/en/partnerships/country/de/",
        f"{s}/en/partnerships/country/jp/",
    )
    assert {by_year, germany, japan} <= set(index.links)  # no orphan views
    pair_url = f"{s}/en/partnerships/{UNREPORTED}/"
    year_page = full_site.page(by_year)
    assert pair_url in year_page.links
    html = year_page.path.read_text(encoding="utf-8")
    years = [int(y) for y in re.findall(r'<h2 id="y\d+">(\d{4})</h2>', html)]
    assert years == sorted(years)
    assert years[0] == min(link.since for link in REGISTER.values() if link.since)
    # Aachen–Ningbo is under its year
    assert html.index(">1986</h2>") < html.index(f'href="{pair_url}"') < html.index(">1987</h2>")
    # filtered by country: Germany has it, Japan does not; each view sorted by year
    assert pair_url in full_site.page(germany).links
    japanese = full_site.page(japan)
    assert pair_url not in japanese.links
    in_japan = {key for key, link in REGISTER.items() if "JP" in {key_country(pid) for pid in link.places}}
    shown = {link.rstrip("/").rsplit("/", 1)[-1] for link in japanese.links if "--" in link}
    assert shown == in_japan
    german = full_site.page(f"{s}/de/partnerschaften/land/de/")
    assert "Partnerschaften: Deutschland" in german.text("de")
    assert f"{s}/de/partnerschaften/nach-jahr/" in german.links
    for page in (index, year_page, japanese, german):
        assert _internal_links_exist(full_site, page) == []


def key_country(place_id: str) -> str:
    return GAZETTEER.places[place_id].country


def test_every_partnership_is_a_line_on_the_map(full_site: Site) -> None:
    html = (full_site.output / "en" / "places" / "index.html").read_text(encoding="utf-8")
    svg = html[html.index('<svg class="map"') : html.index("</svg>")]
    (formal,) = re.findall(r'<path class="map-pair" d="([^"]*)"/>', svg)
    (met,) = re.findall(r'<path class="map-met" d="([^"]*)"/>', svg)  # places that met, no formal partnership
    pairs = full_site.data("partnerships")
    assert formal.count("M") == formal.count("L") == sum(1 for p in pairs if p["kind"])  # one line each
    assert met.count("M") == met.count("L") == sum(1 for p in pairs if not p["kind"])
    # a place with a report is a point leading to its page; one only the register knows is a dot
    s = full_site.siteurl
    places = full_site.data("places")
    reported = [p for p in places if p["articles"] or p["meetings"]]
    assert svg.count("<a href=") == len(reported)
    assert f'<a href="{s}/en/places/shanghai/" aria-label="Shanghai">' in html
    assert f'<a href="{s}/en/places/aachen/" aria-label="Aachen">' not in html
    (dots,) = re.findall(r'<path class="map-dot" d="([^"]*)"/>', svg)
    assert 0 < dots.count("M") <= len(places) - len(reported)  # one each (two in one spot are one dot)
