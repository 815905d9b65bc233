"""Where each tag came from (issue 18): provenance in the data and on the article page, confidence,
meeting pages counting checked reports, `make review` and its .meta blocks, the methods page."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from diplomacy.site import review
from diplomacy.site.i18n import format_date, format_percent
from sitetools import ROOT, Site, build_site

pytestmark = pytest.mark.slow

SURE_EN = "000_2366dcca60153df1"  # tagger-set, sure (English)
SURE_DE = "001_ccbaccbea2212f9a"  # tagger-set, sure (German, no .meta)
CHECKED = "002_facd9a28837d67d5"  # Reviewed: yes
UNSURE = "003_d65a921588cc86b9"  # nobody named acts for either party; the editor's Date
EDITED = "004_7b7a4a5d8c4df0e0"  # places and principals set by the editor
EDITOR_LINES = {
    CHECKED: "Reviewed: yes\n",
    EDITED: "Places: shanghai, south-jeolla\nPrincipals: Gong Zheng | Mayor | shanghai\n",
}


def _content(folder: Path) -> Path:
    captures = folder / "content" / "captures"
    shutil.copytree(ROOT / "content" / "captures", captures)
    for name, lines in EDITOR_LINES.items():
        meta = captures / f"{name}.meta"
        old = meta.read_text(encoding="utf-8") if meta.exists() else ""
        meta.write_text(old + lines, encoding="utf-8")
    return folder / "content"


def _by_capture(site: Site) -> dict[str, dict]:
    """Each article's record as its own data file holds it (with its provenance), by its capture's name."""
    files = site.output / "data" / "articles"
    return {
        Path(a["capture"]).stem: json.loads((files / f"{a['id']}.json").read_text(encoding="utf-8"))
        for a in site.data("articles")
    }


def _block(site: Site, lang: str, article: dict) -> str:
    """The "How this was tagged" block of an article's page, as text with its markup."""
    html = site.file_for(article["urls"][lang]).read_text(encoding="utf-8")
    match = re.search(r'<details class="how-tagged".*?</details>', html, re.S)
    assert match, article["id"]
    return match.group(0)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Site:
    folder = tmp_path_factory.mktemp("evidence")
    return build_site(_content(folder), folder / "output", extra={"DIPLOMACY_REVIEW": True})


def test_provenance_in_the_data(built: Site) -> None:
    articles = _by_capture(built)
    sure = articles[SURE_EN]["provenance"]
    assert sure["title"] == {"source": "capture", "how": "headline"}
    assert sure["published"]["source"] == "capture"
    date = sure["meeting_date"]
    assert date["source"] == "tagger"
    assert date["value"] == "2023-04-14"
    assert date["reason"] == "the date of the meeting sentence"
    assert date["sentence"][date["start"] : date["end"]]  # the deciding words are in the sentence
    assert {e["value"]: e["source"] for e in sure["places"]} == {"duesseldorf": "tagger", "shanghai": "tagger"}
    for entry in sure["principals"]:
        assert entry["sentence"][entry["start"] : entry["end"]] == entry["value"]
    assert sure["pairs"] == [{"value": ["duesseldorf", "shanghai"], "source": "tagger"}]

    edited = articles[EDITED]["provenance"]
    assert edited["published"] == {"source": "editor"}
    assert [e["source"] for e in edited["places"] + edited["pairs"] + edited["principals"]] == ["editor"] * 4
    assert edited["meeting_date"]["source"] == "tagger"
    assert articles[EDITED]["principals"] == [{"name": "Gong Zheng", "role": "Mayor", "place": "shanghai"}]

    assert articles[UNSURE]["confidence"] == {
        "sure": False,
        "doubts": ["nobody named acts for chongqing", "nobody named acts for duesseldorf"],
    }
    assert articles[SURE_EN]["confidence"] == {"sure": True, "doubts": []}
    assert [articles[name]["reviewed"] for name in (CHECKED, SURE_EN, UNSURE)] == [True, False, False]


def test_how_this_was_tagged_in_both_languages(built: Site) -> None:
    articles = _by_capture(built)
    english = _block(built, "en", articles[SURE_DE])
    german = _block(built, "de", articles[SURE_DE])
    assert "<details" in english
    assert " open" not in english.split(">")[0]
    assert "How this was tagged" in english
    assert "the tagger is sure" in english
    assert "named with an office in a sentence that reports the meeting" in english
    assert '<blockquote lang="de">' in german
    assert "<mark>Henriette Reker</mark>" in german
    assert "Wie verschlagwortet wurde" in german
    assert "mit einem Amt genannt in einem Satz, der vom Treffen berichtet" in german
    assert "die Überschrift der Seite" in german  # the title's source
    for english_words in ("named with an office", "the tagger", "set by an editor", "How this was tagged"):
        assert english_words not in german

    edited = _block(built, "en", articles[EDITED])
    assert edited.count("set by an editor") == 5  # published, two places, the pair, the principal
    assert "von der Redaktion festgelegt" in _block(built, "de", articles[EDITED])

    unsure_en, unsure_de = _block(built, "en", articles[UNSURE]), _block(built, "de", articles[UNSURE])
    assert "the tagger is unsure" in unsure_en
    assert "nobody named acts for Chongqing" in unsure_en
    assert "für Chongqing handelt niemand Genanntes" in unsure_de

    checked = _block(built, "de", articles[CHECKED])
    assert "von der Redaktion geprüft" in checked
    assert "von der Redaktion bestätigt" in checked
    assert "confirmed by an editor" in _block(built, "en", articles[CHECKED])


def test_a_sentence_several_tags_rest_on_is_quoted_in_full_once(built: Site) -> None:
    """Tags found in one sentence (the meeting's day, both places, both principals): the block quotes it
    in full for the first and then only the words that decided each next tag, never the sentence again."""
    keys = ("title", "published", "meeting_date", "places", "pairs", "principals", "attendees")
    repeated = 0
    for article in _by_capture(built).values():
        provenance = article["provenance"]
        values = [provenance.get(key) for key in keys]
        entries = [e for value in values for e in (value if isinstance(value, list) else [value]) if e]
        quoted = [e for e in entries if e.get("sentence")]
        sentences = [e["sentence"] for e in quoted]
        runs = [s for i, s in enumerate(sentences) if i == 0 or sentences[i - 1] != s]
        repeated += len(sentences) - len(runs)
        for lang in ("en", "de"):
            text = html.unescape(re.sub(r"<[^>]+>", "", _block(built, lang, article)))
            for sentence in set(sentences):
                assert text.count(sentence) == runs.count(sentence), (article["id"], lang, sentence)
            for entry in quoted:
                assert entry["sentence"][entry["start"] : entry["end"]] in text
    assert repeated >= 2  # the founding captures do have tags that share a sentence


def test_meeting_pages_count_checked_reports(built: Site) -> None:
    articles = _by_capture(built)
    meetings = {m["id"]: m for m in built.data("meetings")}
    checked = meetings[articles[CHECKED]["meeting"]]["url"]
    assert "1 of 1 report checked by an editor" in built.page(checked["en"]).text()
    assert "1 von 1 Bericht von der Redaktion geprüft" in built.page(checked["de"]).text()
    other = meetings[articles[SURE_EN]["meeting"]]["url"]["en"]
    assert "0 of 1 report checked by an editor" in built.page(other).text()


def test_methods_page_shows_the_measured_accuracy(built: Site) -> None:
    figures = json.loads((ROOT / "data" / "accuracy.json").read_text(encoding="utf-8"))
    dev = next(s for s in figures["sets"] if s["set"] == "dev")
    english = built.page("/en/methods/").text()
    german = built.page("/de/methoden/").text()
    precision = dev["places"]["precision"]
    flat = " ".join(german.replace("\xa0", " ").split())
    assert format_percent(precision, "en") in english  # as the page formats it (Babel's rounding)
    assert " ".join(format_percent(precision, "de").replace("\xa0", " ").split()) in flat  # "70,6 %"
    measured = dt.date.fromisoformat(figures["measured"])
    assert format_date(measured, lang="en") in english
    assert format_date(measured, lang="de") in german
    for page in ("/en/", "/de/", articles_url(built)):
        assert any(link.endswith(("/en/methods/", "/de/methoden/")) for link in built.page(page).links)


def articles_url(site: Site) -> str:
    return site.data("articles")[0]["url"]


def _facts(site: Site, article: dict, lang: str) -> str:
    html = site.file_for(article["urls"][lang]).read_text(encoding="utf-8")
    return re.search(r'<dl class="facts">.*?</dl>', html, re.S).group(0)


def _tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


TAG_FIELDS = ("title", "published", "meeting", "meeting_date", "places", "pairs", "principals", "attendees")


def test_review_lists_the_unchecked_and_its_block_makes_them_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _content(tmp_path)
    before = _tree_hash(content)
    site = build_site(content, tmp_path / "output", extra={"DIPLOMACY_REVIEW": True})
    assert _tree_hash(content) == before  # the review changes no capture and no .meta file
    capsys.readouterr()  # the build's log
    assert review.main([str(site.output)]) == 0
    table = capsys.readouterr().out
    rows = json.loads((site.output / "review" / "review.json").read_text(encoding="utf-8"))
    articles = _by_capture(site)
    unchecked = [SURE_DE, UNSURE, EDITED, SURE_EN]  # every article without Reviewed: yes, newest first
    assert [row["id"] for row in rows] == [articles[name]["id"] for name in unchecked]
    assert [row["sure"] for row in rows] == [True, False, True, True]
    assert "4 articles not checked by an editor, 1 of them unsure." in table
    assert table.count("UNSURE") == 1
    assert articles[CHECKED]["title"][:30] not in table
    assert all(articles[name]["title"][:30] in table for name in unchecked)
    assert [line.split()[0] for line in table.splitlines()[1:5]] == [row["published"] for row in rows]
    page = site.page("/review/")
    assert "Articles to check" in page.text()
    assert page.text().count("Reviewed: yes") == 4
    assert ("meta", {"name": "robots", "content": "noindex, nofollow"}) in page.elements

    facts = {(name, lang): _facts(site, article, lang) for name, article in articles.items() for lang in ("en", "de")}
    for row in rows:  # the editor agrees with every article: each block pasted into its sidecar
        meta = content / "captures" / Path(row["file"]).name
        assert Path(row["file"]).suffix == ".meta"
        old = meta.read_text(encoding="utf-8") if meta.exists() else ""
        keys = {line.split(":", 1)[0] for line in row["meta"].splitlines()}
        kept = [line for line in old.splitlines() if line.split(":", 1)[0] not in keys]
        meta.write_text("\n".join([*kept, row["meta"]]), encoding="utf-8")
    again = build_site(content, tmp_path / "output", extra={"DIPLOMACY_REVIEW": True})
    after = _by_capture(again)
    for name, article in articles.items():
        assert {k: after[name][k] for k in TAG_FIELDS} == {k: article[k] for k in TAG_FIELDS}, name
        assert after[name]["reviewed"] is True
        assert after[name]["id"] == article["id"]
    for (name, lang), before in facts.items():  # the pages show the same tags (roles translated as before)
        assert _facts(again, after[name], lang) == before, (name, lang)
    provenance = after[UNSURE]["provenance"]
    assert {provenance[k]["source"] for k in ("title", "published", "meeting_date")} == {"editor"}
    assert {e["source"] for e in provenance["places"] + provenance["pairs"]} == {"editor"}
    assert json.loads((again.output / "review" / "review.json").read_text(encoding="utf-8")) == []
    for meeting in again.data("meetings"):
        count = len(meeting["articles"])
        assert f"{count} of {count} report" in again.page(meeting["url"]["en"]).text()


def test_review_page_is_never_published(tmp_path: Path) -> None:
    from pelican import Pelican
    from pelican.settings import read_settings

    content = _content(tmp_path)
    output = tmp_path / "output"
    build_site(content, output, extra={"DIPLOMACY_REVIEW": True})
    assert (output / "review" / "index.html").exists()
    old = Path.cwd()
    os.chdir(ROOT)
    try:  # `make publish`: publishconf.py into the same folder
        settings = read_settings(
            path=str(ROOT / "publishconf.py"),
            override={"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_CONTENT": False},
        )
        Pelican(settings).run()
    finally:
        os.chdir(old)
    assert not (output / "review").exists()
    assert not any("review" in path.parts for path in output.rglob("*"))
    assert (output / "en" / "methods" / "index.html").exists()
