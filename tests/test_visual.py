"""Seeing the archive (issue 21): meetings over time, partnerships told apart, a map that reads at
archive scale, the capture page. Read from the built site: the test content (``full_site``) and, for
the shapes a small corpus cannot show, the benchmark's 1,000-article corpus (``bench_site``)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from diplomacy.site import chart, mapsvg
from sitetools import ROOT, Site, build_site

pytestmark = pytest.mark.slow

BENCH_N = 1000
TEXT_CAPTURE = "shanghai-mayor-discusses-economic-cooperation-with-south-jeolla-province-governo"


@pytest.fixture(scope="module")
def bench_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The benchmark corpus of 1,000 articles (bench/corpus.py), built at the root."""
    base = tmp_path_factory.mktemp("bench-site")
    content = base / "content"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "corpus.py"), "--n", str(BENCH_N), "--out", str(content)],
        check=True,
        capture_output=True,
    )
    return build_site(content, base / "output", siteurl="")


def _html(site: Site, path: str) -> str:
    return site.file_for(site.siteurl + path).read_text(encoding="utf-8")


def _weight(site: Site, html: str) -> int:
    """The page's HTML and the stylesheet it loads (as the standards test weighs a page)."""
    return len(html.encode()) + (ROOT / "themes" / "diplomacy" / "static" / "css" / "site.css").stat().st_size


def _charts(html: str) -> list[str]:
    return re.findall(r'<svg class="chart".*?</svg>', html, flags=re.S)


def _table_counts(html: str) -> dict[int, int]:
    table = re.search(r'<table class="counts">.*?</table>', html, flags=re.S)
    assert table, "the chart's numbers stand in a table beside it"
    rows = re.findall(r'<th scope="row">(\d{4})</th><td>(\d+)</td>', table.group(0))
    return {int(year): int(count) for year, count in rows}


# --- the chart, alone ------------------------------------------------------------------------------


def test_year_counts_fill_the_years_between() -> None:
    meetings = [SimpleNamespace(date=dt.date(y, 1, 1)) for y in (2016, 2016, 2019)]
    assert chart.year_counts(meetings) == [(2016, 2), (2017, 0), (2018, 0), (2019, 1)]


def test_bar_chart_has_a_title_a_description_and_one_bar_per_year_with_meetings() -> None:
    svg = chart.bar_chart([(2016, 2), (2017, 0), (2018, 5)], "c", "Meetings <per> year", "7 meetings")
    assert '<title id="c-title">Meetings &lt;per&gt; year</title>' in svg
    assert '<desc id="c-desc">7 meetings</desc>' in svg
    assert 'role="img"' in svg
    assert 'aria-labelledby="c-title c-desc"' in svg
    bars = re.search(r'<path class="chart-bar" d="([^"]*)"', svg).group(1)
    assert bars.count("M") == 2  # no bar for the year without a meeting
    assert [int(y) for y in re.findall(r'class="chart-year"[^>]*>(\d{4})<', svg)] == [2016, 2017, 2018]


def test_a_long_range_labels_some_years_only() -> None:
    counts = [(year, 1) for year in range(1990, 2030)]
    years = re.findall(r'class="chart-year"[^>]*>(\d{4})<', chart.bar_chart(counts, "c", "t", "d"))
    assert 4 <= len(years) <= 16


# --- the test site: charts, years, labels, capture page ---------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_home_charts_the_whole_archive(full_site: Site, lang: str) -> None:
    html = _html(full_site, f"/{lang}/")
    (svg,) = _charts(html)
    meetings = full_site.data("meetings")
    years = [int(m["date"][:4]) for m in meetings]
    counts = _table_counts(html)
    assert sum(counts.values()) == len(meetings)
    assert min(counts) == min(years)
    assert max(counts) == max(years)
    assert "<title" in svg
    assert "<desc" in svg


@pytest.mark.parametrize(("lang", "word"), [("en", "meetings"), ("de", "Treffen")])
def test_place_page_groups_meetings_and_articles_by_year(full_site: Site, lang: str, word: str) -> None:
    place = next(p for p in full_site.data("places") if p["id"] == "shanghai")
    html = _html(full_site, place["url"][lang])
    counts = _table_counts(html)
    headings = re.findall(r'<h3 id="m(\d{4})">\d{4} <span class="count">\((\d+) (\w+)\)</span>', html)
    assert {int(y): int(n) for y, n, _w in headings} == {y: n for y, n in counts.items() if n}
    assert all(w in (word, word.rstrip("s"), "meeting") for _y, _n, w in headings)
    assert re.search(r'<h3 id="a\d{4}">', html), "articles by year too"
    years = [int(y) for y, _n, _w in headings]
    assert years == sorted(years, reverse=True)


def test_partnerships_are_told_apart(full_site: Site) -> None:
    pairs = {p["id"]: p for p in full_site.data("partnerships")}
    formal = next(p for p in pairs.values() if p["kind"])
    met = next(p for p in pairs.values() if not p["kind"] and p.get("meetings"))
    paths = {"en": "/en/partnerships/", "de": "/de/partnerschaften/"}
    index = {lang: _html(full_site, path) for lang, path in paths.items()}
    assert "met, no formal partnership" in index["en"]
    assert "met, no formal partnership" not in index["de"]
    assert "ohne formelle Partnerschaft" in index["de"]
    met_page = _html(full_site, met["url"]["en"])
    assert "No formal partnership of these two places is known" in met_page
    formal_page = _html(full_site, formal["url"]["en"])
    assert "No formal partnership" not in formal_page


def test_place_page_names_partners_countries(full_site: Site) -> None:
    html = _html(full_site, "/de/orte/shanghai/")
    assert re.search(r'Hamburg – Shanghai</a> <span class="item-meta">Deutschland · ', html)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_meetings_index_counts_per_year_and_jumps(full_site: Site, lang: str) -> None:
    html = _html(full_site, {"en": "/en/meetings/", "de": "/de/treffen/"}[lang])
    nav = re.search(r'<nav class="years".*?</nav>', html, flags=re.S).group(0)
    jumps = re.findall(r'<a href="#y(\d{4})">\d{4}</a> <span class="count">\((\d+)\)</span>', nav)
    assert jumps
    for year, count in jumps:
        section = re.search(rf'<h2 id="y{year}">.*?</section>', html, flags=re.S).group(0)
        assert section.count('class="item-title"') == int(count)


@pytest.mark.parametrize(("lang", "path"), [("en", "capture/"), ("de", "erfassung/")])
def test_capture_page_shows_the_text_as_captured(full_site: Site, lang: str, path: str) -> None:
    article = next(a for a in full_site.data("articles") if a["id"] == TEXT_CAPTURE)
    page = article["urls"][lang] + path
    html = _html(full_site, page)
    name = article["capture"].removeprefix("/captures/")  # the raw file's path in the site
    raw = (ROOT / "content" / "captures" / name).read_text(encoding="utf-8")
    text = re.search(r'<pre class="capture-text" lang="\w+" tabindex="0">(.*?)</pre>', html, flags=re.S).group(1)
    from html import unescape

    assert unescape(text) == raw  # every line, noise included
    assert f'href="{full_site.siteurl}{article["urls"][lang]}"' in html  # back to the article
    assert f'href="{full_site.siteurl}/captures/{name}"' in html  # and to the raw file
    published = full_site.file_for(f"{full_site.siteurl}/captures/{name}").read_bytes()
    assert published == (ROOT / "content" / "captures" / name).read_bytes()  # kept as it is
    article_html = _html(full_site, article["urls"][lang])
    assert f'href="{full_site.siteurl}{page}"' in article_html


# --- the benchmark corpus: the map and the charts at archive scale ----------------------------------


def _view_box(svg: str) -> tuple[float, float]:
    _x, _y, width, height = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    return width, height


def test_every_place_of_the_map_is_inside_the_drawing(bench_site: Site) -> None:
    html = _html(bench_site, "/en/places/")
    svg = re.search(r'<svg class="map".*?</svg>', html, flags=re.S).group(0)
    width, height = _view_box(svg)
    found = re.findall(r'class="map-point[^"]*" cx="([\d.-]+)" cy="([\d.-]+)"', svg)
    points = [(float(x), float(y)) for x, y in found]
    dots = [(float(x), float(y)) for x, y in re.findall(r"M(-?\d+) (-?\d+)h0", svg)]
    places = bench_site.data("places")
    assert len(points) + len(dots) >= 0.9 * len(places) > 300  # dots of one pixel may coincide
    outside = [(x, y) for x, y in points + dots if not (0 <= x <= width and 0 <= y <= height)]
    assert not outside
    # and every place's own coordinates project into the view box
    project, map_height = mapsvg._projection([(p["lat"], p["lon"]) for p in places if p.get("lat") is not None])
    assert map_height == height
    for place in places:
        if place.get("lat") is not None:
            x, y = project(place["lat"], place["lon"])
            assert 0 <= x <= width, place["id"]
            assert 0 <= y <= height, place["id"]


def test_the_map_reads_at_archive_scale(bench_site: Site) -> None:
    html = _html(bench_site, "/de/orte/")
    svg = re.search(r'<svg class="map".*?</svg>', html, flags=re.S).group(0)
    labels = re.findall(r'<text class="map-label"', svg)
    assert 10 <= len(labels) <= mapsvg.MAX_LABELS  # the busiest places only
    assert 'class="map-land"' in svg  # the light base: a level of the one outlines file every map refers to
    level = re.search(r'<use class="map-land" href="/theme/land.svg#(l\d)"', svg).group(1)
    assert f'<path id="{level}" ' in (bench_site.output / "theme" / "land.svg").read_text(encoding="utf-8")
    assert 'class="map-legend"' in html
    assert "formelle Partnerschaft" in html
    skip = html.index('class="skip-map"')
    assert skip < html.index('<svg class="map"')
    assert 'href="#map-list"' in html
    assert 'id="map-list"' in html
    listed = set(re.findall(r'<li><a href="(/de/orte/[^"]+/)">', html))
    linked = set(re.findall(r'<a href="(/de/orte/[^"]+/)" aria-label=', svg))
    assert linked <= listed
    assert len(listed) == len(bench_site.data("places"))
    assert _weight(bench_site, html) < 100_000


def test_charts_show_several_years_and_busy_places(bench_site: Site) -> None:
    counts = _table_counts(_html(bench_site, "/en/"))
    assert len([year for year, n in counts.items() if n]) >= 5
    places = sorted(bench_site.data("places"), key=lambda p: -len(p.get("meetings") or []))
    busiest = places[0]
    assert len(busiest["meetings"]) >= 20
    html = _html(bench_site, busiest["url"]["en"])
    assert len(_table_counts(html)) >= 5
    assert len(re.findall(r'<h3 id="m\d{4}">', html)) >= 5
    assert '<svg class="map"' in html  # its own map of its partners
    assert _weight(bench_site, html) < 100_000


def test_bench_corpus_module_sizes() -> None:
    for path in (ROOT / "bench").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name


def test_outline_source_is_named() -> None:
    import json

    data = json.loads((ROOT / "data" / "outlines.json").read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]
    assert data["arcs"]
    assert (ROOT / "data" / "outlines.json").stat().st_size < 60_000
    assert Path(ROOT / "data" / "build_outlines.py").exists()
