"""Research tools (issue 20) in the built site: data from every page, the data page and data package,
citations (parsed back), people told apart by name and place, and what the search index offers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
from diplomacy.site.data import table_record
from diplomacy.site.dataschema import ITEMS, TABLES
from diplomacy.site.searchindex import SearchIndex
from frictionless import Package
from sitetools import Site, build_site, parse_page

pytestmark = pytest.mark.slow

LANGS = ("en", "de")
PAGE_FOLDERS = {  # page kind → (English folder, German folder, data table, with a CSV)
    "article": ("en/articles", "de/artikel", "articles", False),
    "meeting": ("en/meetings", "de/treffen", "meetings", False),
    "place": ("en/places", "de/orte", "places", True),
    "pair": ("en/partnerships", "de/partnerschaften", "partnerships", True),
    "person": ("en/people", "de/personen", "people", True),
}


_INDEX_VIEWS = frozenset({"by-year", "nach-jahr", "country", "land"})  # the partnership index's views


def _pages(site: Site, folder: str) -> list[Path]:
    return sorted(p for p in (site.output / folder).glob("*/index.html") if p.parent.name not in _INDEX_VIEWS)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# --- data from every page ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(PAGE_FOLDERS))
def test_every_page_links_its_own_data(full_site: Site, kind: str) -> None:
    en, de, table, with_csv = PAGE_FOLDERS[kind]
    records = {r["id"]: r for r in full_site.data(table)}
    for folder in (en, de):
        pages = _pages(full_site, folder)
        assert pages, folder
        for path in pages:
            id = path.parent.name
            links = parse_page(path).links
            json_url = f"{full_site.siteurl}/data/{table}/{id}.json"
            assert json_url in links, f"{path}: no link to its JSON"
            record = json.loads(_text(full_site.file_for(json_url)))
            # the page's file holds its record of the site-wide table, and an article's its provenance too
            assert table_record(table, record) == records[id]
            assert ("provenance" in record) == (table == "articles"), path
            csv_url = f"{full_site.siteurl}/data/{table}/{id}.csv"
            assert (csv_url in links) == with_csv, path
            if with_csv:
                rows = list(csv.DictReader(io.StringIO(_text(full_site.file_for(csv_url)))))
                meetings = {r["id"] for r in rows if r["type"] == "meeting"}
                articles = {r["id"] for r in rows if r["type"] == "article"}
                assert meetings == set(record["meetings"]), path
                assert articles == set(record["articles"]), path
                columns = {"type", "id", "date", "lang", "title", "places"}  # no addresses: the tables hold them
                assert all(set(r) == columns for r in rows), path


def test_site_wide_tables_come_as_csv_with_the_documented_columns(full_site: Site) -> None:
    for table in TABLES:
        records = full_site.data(table.name)
        text = (full_site.output / "data" / f"{table.name}.csv").read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == [column for column, _f in table.columns(LANGS)]
        assert [row[0] for row in rows[1:]] == [r["id"] for r in records], table.name
    articles = {
        r["id"]: r for r in csv.DictReader(io.StringIO((full_site.output / "data" / "articles.csv").read_text()))
    }
    koeln = next(r for r in full_site.data("articles") if r["meeting"] and "koeln" in r["places"] and r["principals"])
    row = articles[koeln["id"]]
    assert row["places"].split("; ") == koeln["places"]
    assert row["principals"].split("; ")[0] == " | ".join(
        str(koeln["principals"][0][k] or "") for k in ("name", "role", "place")
    )


def test_the_data_package_validates_and_loads_every_table(full_site: Site) -> None:
    descriptor = full_site.output / "data" / "datapackage.json"
    package = Package(str(descriptor))
    report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [r.name for r in package.resources] == [t.name for t in TABLES]
    for resource, table in zip(package.resources, TABLES, strict=True):
        rows = resource.read_rows()
        assert len(rows) == len(full_site.data(table.name)), table.name
    places = {row["id"]: row for row in package.get_resource("places").read_rows()}
    assert float(places["koeln"]["lat"]) == pytest.approx(50.94, abs=0.1), "numbers read as numbers"
    assert json.loads(descriptor.read_text())["licenses"][0]["name"] == "CC-BY-4.0"


@pytest.mark.parametrize(("lang", "path"), [("en", "/en/data/"), ("de", "/de/daten/")])
def test_the_data_page_describes_every_file_and_is_linked_from_every_footer(
    full_site: Site, lang: str, path: str
) -> None:
    page = parse_page(full_site.file_for(path))
    assert page.lang == lang
    for table in TABLES:
        for ext in ("json", "csv"):
            assert f"{full_site.siteurl}/data/{table.name}.{ext}" in page.links
    assert f"{full_site.siteurl}/data/datapackage.json" in page.links
    text = page.text()
    for table in (*TABLES, ITEMS):
        for f in table.fields:
            assert f.name in text, f.name
    assert "https://creativecommons.org/licenses/by/4.0/" in page.links
    if lang == "de":
        assert "Gründungsjahr der Partnerschaft" in text
        assert "year the partnership" not in text
    home = parse_page(full_site.file_for(f"/{lang}/"))
    assert f"{full_site.siteurl}{path}" in home.links, "the footer links the data page"
    assert page.alternates["en"] == f"{full_site.siteurl}/en/data/"
    assert page.alternates["de"] == f"{full_site.siteurl}/de/daten/"


# --- citations -----------------------------------------------------------------------------------------

# The CSL-JSON input schema (https://resource.citationstyles.org/schema/latest/input/json/csl-data.json),
# reduced to the variables the archive writes: the types, strings and date model as the schema defines them.
_DATE = {
    "type": "object",
    "properties": {
        "date-parts": {
            "type": "array",
            "items": {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1, "maxItems": 3},
            "minItems": 1,
            "maxItems": 2,
        }
    },
    "additionalProperties": False,
}
CSL_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "id": {"type": ["string", "number"]},
            "type": {"enum": ["article-newspaper", "webpage"]},
            **{
                k: {"type": "string"}
                for k in ("title", "language", "URL", "archive", "archive_location", "container-title", "note")
            },
            "issued": _DATE,
            "event-date": _DATE,
            "accessed": _DATE,
        },
        "required": ["type", "id"],
        "additionalProperties": False,
    },
}


def _ris(text: str) -> dict[str, str]:
    assert text.endswith("ER  - \r\n")
    return {line[:2]: line[6:] for line in text.split("\r\n") if line}


@pytest.mark.parametrize("kind", ["article", "meeting"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_article_and_meeting_page_offers_a_citation_that_parses_back(
    full_site: Site, kind: str, lang: str
) -> None:
    folder = PAGE_FOLDERS[kind][LANGS.index(lang)]
    for path in _pages(full_site, folder):
        page = parse_page(path)
        html = _text(path)
        canonical = next(a for tag, a in page.elements if tag == "link" and a.get("rel") == "canonical")["href"]
        metas = {
            a["name"]: a["content"]
            for tag, a in page.elements
            if tag == "meta" and a.get("name", "").startswith("citation_")
        }
        assert metas["citation_title"]
        assert metas["citation_public_url"] == canonical
        assert "Cite" in page.text() or "Zitieren" in page.text()
        permalink = next(a for tag, a in page.elements if tag == "a" and "permalink" in a.get("class", ""))
        assert permalink["href"] == canonical
        # an article's files are written once, beside its page in its own language, and linked from both
        cited = canonical
        if kind == "article":
            record = json.loads(_text(full_site.output / "data" / "articles" / f"{path.parent.name}.json"))
            cited = page.alternates[record["lang"]]
        files = {name: full_site.file_for(cited).parent / name for name in ("cite.bib", "cite.ris", "cite.json")}
        for name in files:
            assert f'{cited}{name}"' in html, f"{path}: links {name}"
        # the texts live in the files only: the page links them (cite.js shows them when a format is opened)
        assert _text(files["cite.bib"]).splitlines()[0] not in html, f"{path}: BibTeX repeated in the page"
        bib = bibtexparser.parse_string(_text(files["cite.bib"]))
        assert not bib.failed_blocks
        (entry,) = bib.entries
        assert entry.fields_dict["url"].value == cited
        assert entry.fields_dict["title"].value.replace("\\&", "&") == metas["citation_title"]
        ris = _ris(files["cite.ris"].read_bytes().decode("utf-8"))
        assert ris["TY"] == ("NEWS" if kind == "article" else "ELEC")
        assert ris["UR"] == cited
        assert ris["TI"] == metas["citation_title"]
        csl = json.loads(_text(files["cite.json"]))
        jsonschema.validate(csl, CSL_SCHEMA)
        assert csl[0]["URL"] == cited
        assert csl[0]["title"] == metas["citation_title"]
        if kind == "article":
            assert metas["citation_publication_date"] == record["published"].replace("-", "/")
            assert csl[0]["issued"]["date-parts"] == [[int(x) for x in record["published"].split("-")]]
        assert "print-only" in html
        assert "print-date" in html


# --- people --------------------------------------------------------------------------------------------


def test_principals_on_article_pages_link_their_person_pages(full_site: Site) -> None:
    linked = 0
    for record in full_site.data("articles"):
        for lang in LANGS:
            page = parse_page(full_site.file_for(record["urls"][lang]))
            people = [link for link in page.links if "/people/" in link or "/personen/" in link]
            for principal in record["principals"]:
                assert any(principal["name"] in _text(full_site.file_for(link)) for link in people), principal
                linked += 1
    assert linked >= 8


NAMESAKES = """Title: {title}
Date: {date}
Lang: en
Meeting_date: {meeting}
Places: shanghai, {place}
Principals: Li Wei | Mayor | {place}; Gong Zheng | Mayor | shanghai

Li Wei, the mayor of {name}, met Shanghai Mayor Gong Zheng on {day}.
"""


def test_people_of_the_same_name_in_different_places_get_a_page_each(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    for n, (place, name, date) in enumerate([("koeln", "Cologne", "2024-05-02"), ("hamburg", "Hamburg", "2024-06-03")]):
        day = date[:-1] + str(int(date[-1]) - 1)
        (content / "articles" / f"a{n}.md").write_text(
            NAMESAKES.format(
                title=f"Li Wei of {name} in Shanghai", date=date, meeting=day, place=place, name=name, day=day
            ),
            encoding="utf-8",
        )
    site = build_site(content, tmp_path / "output")
    people = {p["id"]: p for p in site.data("people")}
    assert {"li-wei--koeln", "li-wei--hamburg", "gong-zheng"} <= set(people)
    assert people["li-wei--koeln"]["namesakes"] == ["li-wei--hamburg"]
    assert people["gong-zheng"]["namesakes"] == []
    assert len(people["gong-zheng"]["meetings"]) == 2
    page = parse_page(site.file_for("/en/people/li-wei--koeln/"))
    assert "/en/people/li-wei--hamburg/" in page.links
    assert "Not to be confused with:" in page.text()
    de = parse_page(site.file_for("/de/personen/li-wei--hamburg/"))
    assert "Nicht zu verwechseln mit:" in de.text()
    assert "Köln" in de.text()
    article = parse_page(site.file_for("/en/articles/li-wei-of-cologne-in-shanghai/"))
    assert "/en/people/li-wei--koeln/" in article.links
    assert "/en/people/li-wei--hamburg/" not in article.links


# --- the search index ----------------------------------------------------------------------------------


def test_the_index_finds_years_and_dates_and_knows_its_facets(full_site: Site) -> None:
    folder = full_site.output / "en" / "search-index"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["version"] == 2
    facets = json.loads((folder / "f.json").read_text())
    assert len(facets["doc_class"]) == manifest["docs"]
    kinds = {kind for kind, _langs in facets["classes"]}
    assert kinds == {"article", "meeting", "place", "pair", "person"}
    assert [year for year, _first, _last in facets["years"]] == [2024, 2023]
    places = json.loads((folder / "p.json").read_text())
    assert ["koeln", "Cologne", "DE"] in places["places"]
    assert len(places["docs"].split(",")) == manifest["docs"]
    shards = manifest["shards"]
    # "2023" and "2023-04-14" are found: the dates are indexed as names of dated documents
    index_terms: set[str] = set()
    for name in shards:
        index_terms.update(json.loads((folder / f"t-{name}.json").read_text()))
    assert {"2023", "2024", "04", "14", "april"} <= index_terms


def test_a_search_index_of_dates_finds_them_in_the_client_s_way() -> None:
    index = SearchIndex("en")
    index.add("/en/m/1/", "Cologne – Shanghai", "meeting", names=["2024-09-09", "9 September 2024"], date="2024-09-09")
    index.add("/en/m/2/", "Düsseldorf – Shanghai", "meeting", names=["2023-04-14", "14 April 2023"], date="2023-04-14")
    assert index.search("2023") == [1]
    assert index.search("2024-09-09") == [0]
    assert index.search("14 April 2023") == [1]
    assert index.search("September") == [0]


def test_the_real_content_builds_at_the_root_with_the_new_files(root_site: Site) -> None:
    assert (root_site.output / "data" / "datapackage.json").exists()
    page = parse_page(root_site.file_for("/en/data/"))
    assert "/data/articles.csv" in page.links
