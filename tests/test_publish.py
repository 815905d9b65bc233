"""Feeds, sitemap, structured data, 404 pages, search index, workflow and `make github`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from conftest import full_content
from diplomacy.site.searchindex import fold, shard_name
from sitetools import ROOT, Site, build_site, parse_page

pytestmark = pytest.mark.slow


def _jsonld(site: Site, url: str) -> list[dict]:
    html = site.file_for(url).read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize(
    ("url", "title", "min_entries"),
    [
        ("/en/atom.xml", "City Diplomacy Archive", 8),
        ("/de/atom.xml", "Archiv der Städtediplomatie", 8),
        ("/en/places/koeln/atom.xml", "Cologne · City Diplomacy Archive", 2),
        ("/de/orte/koeln/atom.xml", "Köln · Archiv der Städtediplomatie", 2),
        ("/de/partnerschaften/hamburg--shanghai/atom.xml", "Hamburg – Shanghai · Archiv der Städtediplomatie", 2),
    ],
)
def test_atom_feeds_parse_and_carry_languages(full_site: Site, url: str, title: str, min_entries: int) -> None:
    path = full_site.file_for(full_site.siteurl + url)
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == title
    assert len(feed.entries) >= min_entries
    dates = [entry.updated for entry in feed.entries]  # the day of publication (no <published>: the same)
    assert dates == sorted(dates, reverse=True)
    assert {entry.title_detail.language for entry in feed.entries} <= {"en", "de"}
    root = ET.fromstring(path.read_bytes())
    langs = {
        e.get("{http://www.w3.org/XML/1998/namespace}lang") for e in root.iter("{http://www.w3.org/2005/Atom}entry")
    }
    assert langs <= {"en", "de"}
    if "koeln" in url or "/atom.xml" in url[:8]:
        assert langs == {"en", "de"}
    page_url = full_site.siteurl + url.removesuffix("atom.xml")
    page = full_site.page(page_url)
    assert full_site.siteurl + url in page.links  # <link rel="alternate" type="application/atom+xml">
    for entry in feed.entries:
        assert full_site.file_for(entry.link).exists()


SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _sitemap_urls(site: Site) -> tuple[list[str], dict[str, dict[str, str]]]:
    """The sitemap files the index lists, and every URL in them with its alternates."""
    index = ET.fromstring((site.output / "sitemap.xml").read_bytes())
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    files = [loc.text for loc in index.findall("s:sitemap/s:loc", SITEMAP_NS)]
    locs: dict[str, dict[str, str]] = {}
    for href in files:
        root = ET.fromstring(site.file_for(href).read_bytes())
        for url in root.findall("s:url", SITEMAP_NS):
            alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)}
            locs[url.find("s:loc", SITEMAP_NS).text] = alternates
    return files, locs


def test_sitemap_lists_every_page_and_each_page_its_alternates(full_site: Site) -> None:
    files, locs = _sitemap_urls(full_site)
    assert files == [f"{full_site.siteurl}/sitemap-1.xml"]
    pages = {
        full_site.siteurl + "/" + p.relative_to(full_site.output).as_posix().removesuffix("index.html")
        for p in full_site.html_files()
        if p.name != "404.html"
        and p.parent != full_site.output
        and "/search/" not in p.as_posix()
        and "/suche/" not in p.as_posix()
    }
    assert set(locs) == pages
    # the hreflang alternates are in each page's head (not repeated in the sitemap)
    assert not any(locs.values())
    for loc in locs:
        alternates = full_site.page(loc).alternates
        assert set(alternates) == {"en", "de", "x-default"}, loc
        assert loc in alternates.values()
        assert all(href in locs for href in alternates.values()), loc
    robots = (full_site.output / "robots.txt").read_text()
    assert "Sitemap: /archive/sitemap.xml" in robots


@pytest.fixture(scope="module")
def limited_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The content of ``full_site`` built with small limits: 7 URLs per sitemap file, 3 entries per feed."""
    base = tmp_path_factory.mktemp("limited")
    limits = {"DIPLOMACY_SITEMAP_MAX_URLS": 7, "DIPLOMACY_FEED_LENGTH": 3}
    return build_site(full_content(base), base / "output", siteurl="/archive", extra=limits)


def test_a_sitemap_file_holds_at_most_the_limit_of_urls(limited_site: Site) -> None:
    """A sitemap index with as many files as the URL limit asks for (50,000 by the protocol; 7 here)."""
    files, locs = _sitemap_urls(limited_site)
    counts = [len(ET.fromstring(limited_site.file_for(f).read_bytes()).findall("s:url", SITEMAP_NS)) for f in files]
    assert len(files) > 2
    assert max(counts) == 7
    assert sum(counts) == len(locs)
    assert "Sitemap: /archive/sitemap.xml" in (limited_site.output / "robots.txt").read_text()


def test_a_feed_holds_the_newest_entries_up_to_its_limit_with_summaries(full_site: Site, limited_site: Site) -> None:
    """DIPLOMACY_FEED_LENGTH bounds every feed (3 here); the entries kept are the newest, each with its
    article's first words."""
    limited_feeds = sorted(limited_site.output.rglob("atom.xml"))
    assert limited_feeds
    for path in limited_feeds:
        full = feedparser.parse(full_site.output.joinpath(path.relative_to(limited_site.output)).read_bytes())
        kept = feedparser.parse(path.read_bytes())
        assert not kept.bozo, path
        newest = sorted((e.updated, e.id) for e in full.entries)[::-1][:3]
        assert sorted(((e.updated, e.id) for e in kept.entries), reverse=True) == newest, path
        for entry in kept.entries:
            assert len(entry.summary.split()) >= 5, (path, entry.id)
    home = feedparser.parse((limited_site.output / "en" / "atom.xml").read_bytes())
    assert len(home.entries) == 3 < len(feedparser.parse((full_site.output / "en" / "atom.xml").read_bytes()).entries)


def test_a_page_has_a_description_only_when_it_is_its_own(full_site: Site) -> None:
    """The home pages and the methods pages describe themselves, in their language; no other page repeats
    a site-wide description (the same words on every page say nothing, and weigh on every page)."""
    described: dict[str, str] = {}
    for path in full_site.html_files():
        page = parse_page(path)
        metas = [a["content"] for tag, a in page.elements if tag == "meta" and a.get("name") == "description"]
        assert len(metas) <= 1, path
        if metas:
            described[path.relative_to(full_site.output).as_posix()] = metas[0]
    own = ("en/index.html", "de/index.html", "en/methods/index.html", "de/methoden/index.html")
    assert set(own) <= set(described)
    assert len({described[name] for name in own}) == 4
    assert set(described.values()) == {described[name] for name in own}
    assert "Archiv" in described["de/index.html"]
    assert "archive" in described["en/index.html"]
    described_pages = re.compile(r"(en|de)/(\d+/)?index\.html|en/methods/index\.html|de/methoden/index\.html")
    assert all(described_pages.fullmatch(name) for name in described), sorted(described)


def test_json_ld_for_articles_meetings_and_places(full_site: Site) -> None:
    s = full_site.siteurl
    article = _jsonld(full_site, f"{s}/de/artikel/shanghai-and-duesseldorf-mayors-discuss-deepening-cooperation/")[0]
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Shanghai and Düsseldorf mayors discuss deepening cooperation"
    assert article["datePublished"] == "2023-04-17"
    assert article["inLanguage"] == "en"
    assert article["publisher"]["name"] == "SHINE"
    assert article["isBasedOn"] == "https://www.shine.cn/news/metro/2304179552/"
    event = _jsonld(full_site, f"{s}/en/meetings/2024-09-09--koeln--shanghai/")[0]
    assert event["@type"] == "Event"
    assert event["startDate"] == "2024-09-09"
    names = {place["name"] for place in event["location"]}
    assert names == {"Cologne", "Shanghai"}
    assert all(place["@type"] == "Place" and "latitude" in place["geo"] for place in event["location"])
    people = {p["name"]: p["jobTitle"] for p in event["attendee"] if p["@type"] == "Person"}
    assert people["Henriette Reker"] == "Lord Mayor"
    place = _jsonld(full_site, f"{s}/de/orte/koeln/")[0]
    assert place["name"] == "Köln"
    assert "Cologne" in place["alternateName"]


def test_open_graph_and_canonical(full_site: Site) -> None:
    page = full_site.page(f"{full_site.siteurl}/de/orte/koeln/")
    meta = {attrs.get("property"): attrs.get("content") for tag, attrs in page.elements if tag == "meta"}
    assert meta["og:locale"] == "de_DE"
    assert meta["og:locale:alternate"] == "en_GB"
    assert meta["og:url"] == f"{full_site.siteurl}/de/orte/koeln/"
    canonical = [a["href"] for t, a in page.elements if t == "link" and a.get("rel") == "canonical"]
    assert canonical == [f"{full_site.siteurl}/de/orte/koeln/"]


def test_404_pages_in_both_languages(full_site: Site) -> None:
    root = parse_page(full_site.output / "404.html")
    assert "Page not found" in root.text("en")
    assert "Seite nicht gefunden" in root.text("de")
    de = parse_page(full_site.output / "de" / "404.html")
    assert de.lang == "de"
    assert "Seite nicht gefunden" in de.text("de")
    assert de.switch["en"] == f"{full_site.siteurl}/en/404.html"


def _search(site: Site, lang: str, word: str) -> list[list[str]]:
    """The documents (url, title, kind, …) whose terms start with ``word``, read as search.js reads them:
    the shards of the word's first two to four letters and those split off below it, postings as differences."""
    folder = site.output / lang / "search-index"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    term = fold(word)
    own = shard_name(term)
    prefixes = {shard_name(term[:k]) for k in range(2, min(len(term), 4) + 1)}
    postings: dict[str, list[int]] = {}
    for name in manifest["shards"]:
        if name in prefixes or (len(term) < 4 and name.startswith(own) and len(name) > len(own)):
            postings.update(json.loads((folder / f"t-{name}.json").read_text(encoding="utf-8")))
    numbers: set[int] = set()
    for found, deltas in postings.items():
        if found.startswith(term):
            total = 0
            for delta in deltas:
                total += delta
                numbers.add(total >> 2)
    chunk = manifest["chunk"]
    return [
        json.loads((folder / f"d-{n // chunk}.json").read_text(encoding="utf-8"))[n % chunk] for n in sorted(numbers)
    ]


def test_search_index_per_language(full_site: Site) -> None:
    for lang in ("en", "de"):
        manifest = json.loads((full_site.output / lang / "search-index" / "manifest.json").read_text())
        assert manifest["lang"] == lang
        assert manifest["docs"] >= 20
    meeting = "/de/treffen/2024-09-09--koeln--shanghai/"
    for word in ("Köln", "Cologne", "koeln", "Oberbürgermeister", "Reker"):
        urls = [doc[0] for doc in _search(full_site, "de", word)]
        assert full_site.siteurl + meeting in urls, (word, urls)
    english = [doc for doc in _search(full_site, "en", "Cologne") if doc[2] == "place"]
    assert [doc[:3] for doc in english] == [[f"{full_site.siteurl}/en/places/koeln/", "Cologne", "place"]]
    home = full_site.page(f"{full_site.siteurl}/de/")
    forms = [a for t, a in home.elements if t == "form"]
    assert forms[0]["action"] == f"{full_site.siteurl}/de/suche/"
    # the German meeting page carries both names of Cologne and the German role, so search finds them
    meeting = full_site.page(f"{full_site.siteurl}/de/treffen/2024-09-09--koeln--shanghai/")
    text = meeting.text()
    assert "Köln" in text
    assert "Cologne" in text
    assert "Oberbürgermeisterin" in text


def test_workflow_passes_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=str(ROOT / ".venv" / "bin")) or shutil.which("actionlint")
    assert actionlint, "actionlint is installed by requirements.txt"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run([actionlint, *map(str, workflows)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    text = workflows[0].read_text()
    assert "make publish" in text
    assert "actions/deploy-pages" in text


def test_make_github_publishes_to_a_gh_pages_branch(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    work = tmp_path / "site"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(work)], check=True)
    # copied with their times, so that the shared .venv counts as installed (never re-installed from the copy)
    copied = ("content", "themes", "plugins", "data", "pelicanconf.py", "publishconf.py", "Makefile", "pyproject.toml")
    for item in (*copied, "requirements.txt", "requirements-dev.txt"):
        source = ROOT / item
        target = work / item
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy2(source, target)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    result = subprocess.run(
        [
            "make",
            # never re-install the shared environment from the copy (it would point the project at the copy)
            "-o",
            str(ROOT / ".venv" / ".installed"),
            "github",
            f"VENV={ROOT / '.venv'}",
            "GITHUB_REMOTE=" + str(remote),
            "SITEURL=https://user.github.io/archive",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    files = subprocess.run(
        ["git", "--git-dir", str(remote), "ls-tree", "-r", "--name-only", "gh-pages"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert ".nojekyll" in files
    assert "index.html" in files
    assert "de/orte/koeln/index.html" in files
    page = subprocess.run(
        ["git", "--git-dir", str(remote), "show", "gh-pages:en/index.html"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'href="https://user.github.io/archive/de/"' in page


def test_make_serve_answers_a_wrong_address_with_the_site_404_page(full_site: Site) -> None:
    """`make serve` (python -m diplomacy.site.serve) as a static host: 404 page, status 404, UTF-8 text."""
    import socket
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diplomacy.site.serve",
            str(full_site.output),
            "--port",
            str(port),
            "--prefix",
            "/archive",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        origin = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(origin + "/archive/", timeout=2).close()
                break
            except OSError:
                time.sleep(0.05)
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(origin + "/archive/en/no-such-page/", timeout=5)
        assert missing.value.code == 404
        assert b"<html" in missing.value.read()
        capture = next(full_site.output.glob("captures/*.txt"))
        with urllib.request.urlopen(f"{origin}/archive/captures/{capture.name}", timeout=5) as answer:
            assert answer.headers["Content-Type"] == "text/plain; charset=utf-8"
    finally:
        server.terminate()
        server.wait(timeout=10)
