"""Build the real site (the five founding captures) and read what it wrote."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from sitetools import ROOT, Site, build_site, parse_page

pytestmark = pytest.mark.slow

# capture → (slug, lang, title, published, en date, de date, first paragraph start, last paragraph end)
SEEDS = {
    "000_2366dcca60153df1.txt": (
        "en",
        "Shanghai and Düsseldorf mayors discuss deepening cooperation",
        "2023-04-17",
        "17 April 2023",
        "17. April 2023",
        "Shanghai Mayor Gong Zheng met with the mayor of Düsseldorf, Germany, Stephan Keller, "
        "and his delegation on April 14.",
        "Pit Heltmann, the German consul general in Shanghai, also attended the meeting.",
    ),
    "001_ccbaccbea2212f9a.txt": (
        "de",
        "Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker",
        "2024-09-13",
        "13 September 2024",
        "13. September 2024",
        "Der Parteisekretär von Shanghai Chen Jining traf am 9. September die Oberbürgermeisterin von Köln "
        "Henriette Reker und ihre Delegation.",
        "um die Freundschaft besser zu vertiefen und eine Win-win-Situation zu schaffen.",
    ),
    "002_facd9a28837d67d5.txt": (
        "en",
        "Shanghai Mayor meets with Belgian Ambassador to discuss pragmatic cooperation",
        "2023-03-31",
        "31 March 2023",
        "31. März 2023",
        "Shanghai Mayor Gong Zheng met with Belgian Ambassador to China, Jan Hoogmartens "
        "and his delegation on Thursday.",
        "Consul General of Belgium in Shanghai, Bruno Jans, also attended the meeting.",
    ),
    "003_d65a921588cc86b9.txt": (
        "de",
        "Chongqing und Düsseldorf feiern 20 Jahre Städtepartnerschaftsfreundschaft",
        "2024-03-26",
        "26 March 2024",
        "26. März 2024",
        "Chongqing hat in den letzten Jahren die Chance ergriffen,",
        "Kulturelle Austausche zwischen Chongqing und Düsseldorf haben das Leben der Einwohner bereichert "
        "und das gegenseitige Verständnis vertieft.",
    ),
    "004_7b7a4a5d8c4df0e0.txt": (
        "en",
        "Shanghai Mayor discusses economic cooperation with South Jeolla Province Governor",
        "2023-09-22",
        "22 September 2023",
        "22. September 2023",
        "Shanghai Mayor Gong Zheng met with Kim Yung-rok, the governor of South Jeolla Province in Korea, on Thursday.",
        "We aim to enhance exchanges and deepen cooperation in the fields of economy, energy, biomedicine, "
        "and tourism, promote mutual investment, and work together to achieve common development.",
    ),
}
NOISE = [
    "Source:",
    "Editor:",
    "Lesezeit",
    "INavigationController",
    "Teile diesen Artikel",
    "Hinterlasse einen Kommentar",
    "Leave a Reply",
    "Required fields",
    "News / Metro",
    "poses with",
    "shakes hands with",
    "talks with Stephan Keller",
]


def _articles_by_capture(site: Site) -> dict[str, dict]:
    return {Path(a["capture"]).name: a for a in site.data("articles") if a["capture"]}


def _body_paragraphs(site: Site, url: str) -> list[str]:
    html = site.file_for(url).read_text(encoding="utf-8")
    body = html.split('class="article-body"', 1)[1].split("</div>", 1)[0]
    return [re.sub(r"\s+", " ", p).strip() for p in re.findall(r"<p>(.*?)</p>", body, re.S)]


@pytest.mark.parametrize("capture", sorted(SEEDS))
def test_each_capture_has_its_title_dates_and_clean_body_in_both_languages(site: Site, capture: str) -> None:
    lang, title, published, en_date, de_date, first, last = SEEDS[capture]
    article = _articles_by_capture(site)[capture]
    assert (article["lang"], article["title"], article["published"]) == (lang, title, published)
    for page_lang, date in (("en", en_date), ("de", de_date)):
        url = site.siteurl + article["urls"][page_lang]
        page = site.page(url)
        assert page.lang == page_lang
        h1 = next(attrs for tag, attrs in page.elements if tag == "h1")
        assert h1.get("lang") == lang
        assert title in page.text(lang)
        assert date in page.text(page_lang), f"{date!r} not on {url}"
        paragraphs = _body_paragraphs(site, url)
        assert paragraphs[0].startswith(first.replace("&", "&amp;"))
        assert paragraphs[-1].endswith(last)
        body = " ".join(paragraphs)
        for noise in NOISE:
            assert noise not in body, f"{noise!r} left in {capture}"
        assert 'class="article-body" lang="' + lang + '"' in site.file_for(url).read_text(encoding="utf-8")


@pytest.mark.parametrize("capture", sorted(SEEDS))
def test_original_capture_is_published_unchanged_and_linked(site: Site, capture: str) -> None:
    article = _articles_by_capture(site)[capture]
    assert article["capture"] == f"/captures/{capture}"
    published = site.file_for(site.siteurl + article["capture"])
    assert published.read_bytes() == (ROOT / "content" / "captures" / capture).read_bytes()
    page = site.page(site.siteurl + article["urls"]["de"])
    assert site.siteurl + article["capture"] in page.links


def test_source_and_wayback_links(site: Site) -> None:
    article = _articles_by_capture(site)["000_2366dcca60153df1.txt"]
    assert article["source_url"] == "https://www.shine.cn/news/metro/2304179552/"
    page = site.page(site.siteurl + article["urls"]["en"])
    assert "https://www.shine.cn/news/metro/2304179552/" in page.links
    # no Wayback: key, so no snapshot is claimed: a search of the Wayback Machine for the address, worded as one
    assert "https://web.archive.org/web/*/https://www.shine.cn/news/metro/2304179552/" in page.links
    assert not [link for link in page.links if link.startswith("https://web.archive.org/web/2")]
    assert "Search the Internet Archive's Wayback Machine for this address" in page.text()


def test_every_page_has_lang_alternates_and_a_switcher_to_its_counterpart(site: Site) -> None:
    checked = 0
    for path in site.html_files():
        rel = path.relative_to(site.output).as_posix()
        if not rel.startswith(("en/", "de/")):
            continue
        page = parse_page(path)
        lang = rel[:2]
        other = "de" if lang == "en" else "en"
        assert page.lang == lang, rel
        assert set(page.alternates) >= {"en", "de"}, rel
        assert page.alternates[lang] == site.siteurl + "/" + rel.removesuffix("index.html") or rel.count("/") > 2
        target = page.switch[other]
        counterpart = site.file_for(target)
        assert counterpart.exists(), f"switcher of {rel} leads to missing {target}"
        back = parse_page(counterpart)
        assert back.lang == other
        assert site.file_for(back.switch[lang]) == path, f"{target} does not switch back to {rel}"
        checked += 1
    assert checked >= 2 * (5 + 2)


def test_root_lets_the_reader_choose(site: Site) -> None:
    page = site.page(site.siteurl + "/")
    assert site.siteurl + "/en/" in page.links
    assert site.siteurl + "/de/" in page.links


def test_localized_dates_on_list_pages(site: Site) -> None:
    assert "17. April 2023" in site.page(site.siteurl + "/de/").text("de")
    assert "17 April 2023" in site.page(site.siteurl + "/en/").text("en")


def _catalog() -> dict[str, str]:
    with open(ROOT / "themes/diplomacy/translations/de/LC_MESSAGES/messages.po", "rb") as handle:
        catalog = read_po(handle)
    pairs = {}
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated: {ids[0]!r}"
        for msgid, msgstr in zip(ids, strings, strict=False):
            if msgid != msgstr:
                pairs[msgid] = msgstr
    return pairs


def _pattern(message: str) -> re.Pattern[str]:
    parts = re.split(r"%\(\w+\)[sd]", message)
    return re.compile(r"^" + r".+?".join(re.escape(p) for p in parts) + r"$")


def test_no_english_ui_text_on_german_pages_and_no_german_on_english(site: Site) -> None:
    catalog = _catalog()
    english = [_pattern(m) for m in catalog]
    german = [_pattern(m) for m in catalog.values()]
    for path in site.html_files():
        rel = path.relative_to(site.output).as_posix()
        if not rel.startswith(("en/", "de/")):
            continue
        lang = rel[:2]
        foreign = english if lang == "de" else german
        page = parse_page(path)
        for text_lang, text in page.texts:
            if text_lang and text_lang != lang:
                continue  # the article's own text, or a name in the other language
            for pattern in foreign:
                assert not pattern.match(text), f"{rel}: untranslated UI text {text!r}"


def test_no_broken_internal_link_under_a_sub_path(site: Site) -> None:
    assert site.siteurl == "/archive"
    broken = []
    for path in site.html_files():
        for link in parse_page(path).links:
            if link.startswith(("http://", "https://", "mailto:", "#")):
                continue
            if not link.startswith(site.siteurl + "/") or not site.file_for(link).exists():
                broken.append((path.relative_to(site.output).as_posix(), link))
    assert broken == []


@pytest.fixture(scope="module")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The real content built for its full address, as `make publish SITEURL=https://…` builds it."""
    out = tmp_path_factory.mktemp("published")
    return build_site(ROOT / "content", out / "output", siteurl="https://example.org/archive")


def test_a_published_site_links_its_pages_by_path_and_keeps_whole_permalinks(published_site: Site) -> None:
    """Links between the site's own pages, styles, scripts and files are paths (/archive/…): scheme and
    host, repeated in every link, would weigh kilobytes per page. What is read outside the page keeps
    the whole address: canonical and hreflang links, the language switch, Open Graph, the feeds."""
    full = "https://example.org/archive/"
    internal = 0
    for path in published_site.html_files():
        rel = path.relative_to(published_site.output).as_posix()
        page = parse_page(path)
        whole = {a["href"] for tag, a in page.elements if tag == "link" and a.get("rel") in ("canonical", "alternate")}
        whole |= set(page.switch.values())
        for link in page.links:
            if link in whole:
                assert link.startswith(full), (rel, link)
            elif link.startswith(("http://", "https://", "mailto:", "#")):
                assert not link.startswith(full), f"{rel}: {link} links the site by its whole address"
            else:
                assert link.startswith("/archive/"), (rel, link)
                assert published_site.file_for(link.removeprefix("/archive")).exists(), (rel, link)
                internal += 1
        for tag, attrs in page.elements:
            if tag == "meta" and attrs.get("property") == "og:url":
                assert attrs["content"].startswith(full), rel
    assert internal > 100
    feed = (published_site.output / "en" / "atom.xml").read_text(encoding="utf-8")
    assert f'href="{full}en/articles/' in feed


def test_built_at_the_root_too(root_site: Site) -> None:
    page = root_site.page("/en/")
    assert "/de/" in page.switch.values()
    for link in page.links:
        if link.startswith("/"):
            assert root_site.file_for(link).exists(), link
