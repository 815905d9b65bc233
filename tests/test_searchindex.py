"""The static search index (plugins/diplomacy/searchindex.py) and its client's folding (search.js, run in Node)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from diplomacy.site.searchindex import (
    CHUNK,
    DE_STOPWORDS,
    EN_STOPWORDS,
    STOPWORDS,
    SearchIndex,
    _query_groups,
    _tokens,
    fold,
    shard_name,
    shard_of,
    tokens,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SEARCH_JS = ROOT / "themes" / "diplomacy" / "static" / "js" / "searchindex.js"  # the index's client (Node-loadable)
PAGE_JS = ROOT / "themes" / "diplomacy" / "static" / "js" / "search.js"  # the search page


def read(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def undelta(deltas: list[int]) -> list[int]:
    out, total = [], 0
    for delta in deltas:
        total += delta
        out.append(total)
    return out


def postings(folder: Path, term: str) -> dict[int, int]:
    """``{doc: weight}`` of a term as the client reads it (no shard, or no term: no hits)."""
    name = shard_of(term, read(folder, "manifest.json")["shards"])
    if name is None:
        return {}
    return {posting // 4: posting % 4 for posting in undelta(read(folder, f"t-{name}.json").get(term, []))}


def sample(lang: str = "de") -> SearchIndex:
    index = SearchIndex(lang)
    index.add(
        "/archive/de/orte/koeln/",
        "Köln",
        "place",
        names=["Cologne", "Köln"],
        excerpt="Stadt in Nordrhein-Westfalen",
    )
    index.add(
        "/archive/de/treffen/2024-09-09--koeln--shanghai/",
        "Köln und Shanghai",
        "meeting",
        names=["Köln", "Cologne", "Shanghai", "Henriette Reker", "Oberbürgermeisterin"],
        text="Die Oberbürgermeisterin von Köln traf den Bürgermeister von Shanghai. Shanghai und Köln.",
        date="2024-09-09",
        date_label="9. September 2024",
        excerpt="Die Oberbürgermeisterin von Köln traf …",
    )
    index.add(
        "/archive/de/artikel/duesseldorf-chongqing/",
        "Düsseldorf and Chongqing sign an agreement",
        "article",
        text="The mayor of Düsseldorf met a delegation from Chongqing about the port of Duisburg, a large port.",
        date="2021-03-01",
        date_label="1. März 2021",
        excerpt="The mayor of Düsseldorf met …",
        lang="en",
    )
    index.add(
        "/archive/de/artikel/koeln-2019/",
        "Partnerschaftsjubiläum",
        "article",
        text="Ein Bericht über Köln aus dem Jahr 2019, Düsseldorf wird einmal erwähnt.",
        date="2019-05-02",
        date_label="2. Mai 2019",
    )
    return index


# --- fold and tokens ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Köln", "koln"),
        ("DÜSSELDORF", "dusseldorf"),
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        ("Élysée", "elysee"),
        ("São Paulo", "sao paulo"),
        ("ŁÓDŹ", "lodz"),
        ("Øresund", "oresund"),
        ("İstanbul", "istanbul"),
        ("Ko\u0308ln", "koln"),  # decomposed input
        ("ﬁnance", "finance"),
        ("上海", "上海"),
        ("Plain ASCII, 2024!", "plain ascii, 2024!"),
    ],
)
def test_fold_case_folds_and_strips_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_tokens_split_words_on_everything_but_letters_and_digits() -> None:
    assert tokens("Shanghai's Vize-Bürgermeister (2024): „Köln“ — Partner_Stadt") == [
        "shanghai",
        "vize",
        "burgermeister",
        "buergermeister",
        "2024",
        "koln",
        "koeln",
        "partner",
        "stadt",
    ]


def test_tokens_keep_both_spellings_of_umlauts() -> None:
    assert tokens("Köln") == ["koln", "koeln"]
    assert tokens("KÖLN") == ["koln", "koeln"]
    assert tokens("Ko\u0308ln") == ["koln", "koeln"]
    assert tokens("Düsseldorf Ärger Öl Zürich") == [
        "dusseldorf",
        "duesseldorf",
        "arger",
        "aerger",
        "ol",
        "oel",
        "zurich",
        "zuerich",
    ]
    # only ä, ö, ü have a transliteration; other accents are just dropped
    assert tokens("Citroën Élysée Straße") == ["citroen", "elysee", "strasse"]


def test_tokens_drop_stopwords_and_single_letters() -> None:
    assert tokens("The Mayor of Cologne and the delegation") == ["mayor", "cologne", "delegation"]
    assert tokens("Der Bürgermeister und die Delegation für über A B 7") == [
        "burgermeister",
        "buergermeister",
        "delegation",
    ]
    assert tokens("") == []
    assert tokens("a b c - ' ,") == []


def test_stopword_lists_are_short_and_keep_words_that_matter_in_the_other_language() -> None:
    assert 50 <= len(EN_STOPWORDS) <= 80
    assert 50 <= len(DE_STOPWORDS) <= 80
    assert {"the", "and", "of", "der", "die", "und", "fur", "uber"} <= STOPWORDS
    assert STOPWORDS.isdisjoint({"war", "will", "rat", "mayor", "stadt", "koln", "partner", "city"})
    assert all(word == fold(word) for word in STOPWORDS)


NEWSY = [
    "Köln", "Cologne", "Düsseldorf", "Oberbürgermeisterin", "STRAẞE", "Straße", "über", "the", "und", "a",
    "Shanghai's", "Vize-Präsident", "„Zitat“", "Ko\u0308ln", "ﬁnance", "İstanbul", "ŁÓDŹ", "2024", "9.",
    "\u00a0", " ", "\n", "_", "—", "上海市", "Ærø", "Ꭰꭰ", "ᾳ", "ς", "x\u0308", "\u0308", "E=mc²", "½",
]  # fmt: skip
# characters assigned in Python's Unicode database (the browser's may be newer)
assigned = st.characters(blacklist_categories=("Cn", "Cs"))
texts = st.one_of(st.text(assigned, max_size=300), st.lists(st.sampled_from(NEWSY), max_size=40).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_fast_tokens_are_the_tokens_by_definition(text: str) -> None:
    assert tokens(text) == _tokens(text)


def test_a_long_text_gives_the_tokens_of_its_words_in_order() -> None:
    """The fast path on a long text (its speed is the report's business, bench/searchcost.py)."""
    words = "Die Oberbürgermeisterin von Köln traf den Bürgermeister von Shanghai, „Partner“ seit 1980. "
    text = " ".join([words] * 40)  # 520 words
    assert tokens(text) == _tokens(text)
    assert tokens(text)[:4] == ["oberburgermeisterin", "oberbuergermeisterin", "koln", "koeln"]


# --- shards -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "name"),
    [("ko", "6b6f"), ("kol", "6b6f6c"), ("2024", "32303234"), ("上海", "e4b88ae6b5b7"), ("ωι", "cf89ceb9")],
)
def test_shard_names_are_the_hex_of_the_prefix(term: str, name: str) -> None:
    assert shard_name(term) == name
    assert re.fullmatch(r"[0-9a-f]+", name)


# --- writing the index ---------------------------------------------------------------------------------


def test_write_lays_out_manifest_shards_and_chunks(tmp_path: Path) -> None:
    folder = tmp_path / "de" / "search-index"
    sample().write(folder)
    manifest = read(folder, "manifest.json")
    assert manifest["version"] == 2
    assert manifest["lang"] == "de"
    assert manifest["docs"] == 4
    assert manifest["chunk"] == CHUNK == 8
    assert manifest["stopwords"] == sorted(STOPWORDS)
    assert manifest["shards"] == sorted(manifest["shards"])
    files = sorted(path.name for path in folder.iterdir())
    assert files == sorted(
        ["manifest.json", "d-0.json", "f.json", "p.json", *(f"t-{shard}.json" for shard in manifest["shards"])]
    )
    for shard in manifest["shards"]:
        terms = read(folder, f"t-{shard}.json")
        assert terms
        for term, deltas in terms.items():
            posts = undelta(deltas)
            assert shard_of(term, manifest["shards"]) == shard
            assert term == fold(term)
            assert posts == sorted(posts)
            assert len({p // 4 for p in posts}) == len(posts), f"{term}: one posting per document"
            assert all(1 <= p % 4 <= 3 and p // 4 < manifest["docs"] for p in posts)
    docs = read(folder, "d-0.json")
    assert [len(doc) for doc in docs] == [7] * 4


def test_documents_are_numbered_undated_first_then_newest_first(tmp_path: Path) -> None:
    sample().write(tmp_path)
    docs = read(tmp_path, "d-0.json")
    assert [doc[3] for doc in docs] == ["", "2024-09-09", "2021-03-01", "2019-05-02"]
    assert docs[1] == [
        "/archive/de/treffen/2024-09-09--koeln--shanghai/",
        "Köln und Shanghai",
        "meeting",
        "2024-09-09",
        "9. September 2024",
        "Die Oberbürgermeisterin von Köln traf …",
        "de",
    ]
    assert docs[2][6] == "en", "the language of an article in the other language"
    # the postings follow the new numbers
    assert postings(tmp_path, "jahr") == {3: 1}
    assert postings(tmp_path, "port") == {2: 2}


def test_weights_title_and_names_over_repeated_body_over_single_body(tmp_path: Path) -> None:
    sample().write(tmp_path)
    # place (0): title; meeting (1): title and names; article 2021 (2): title and body; article 2019 (3): body once
    assert postings(tmp_path, "koln") == {0: 3, 1: 3, 3: 1}
    assert postings(tmp_path, "dusseldorf") == {2: 3, 3: 1}
    assert postings(tmp_path, "cologne") == {0: 3, 1: 3}, "names weigh like the title"
    assert postings(tmp_path, "reker") == {1: 3}
    assert postings(tmp_path, "burgermeister") == {1: 1}
    assert postings(tmp_path, "chongqing") == {2: 3}, "in the title and the body: the title counts"
    assert postings(tmp_path, "port") == {2: 2}, "twice in the body"
    assert postings(tmp_path, "duisburg") == {2: 1}


def test_umlaut_words_are_indexed_in_both_spellings(tmp_path: Path) -> None:
    sample().write(tmp_path)
    assert postings(tmp_path, "koeln") == postings(tmp_path, "koln")
    assert postings(tmp_path, "duesseldorf") == postings(tmp_path, "dusseldorf")
    assert postings(tmp_path, "oberbuergermeisterin") == {1: 3}
    assert "koln" in read(tmp_path, "t-6b6f.json")
    assert "koeln" in read(tmp_path, "t-6b6f.json")


def test_a_large_shard_is_split_by_the_next_characters(tmp_path: Path) -> None:
    index = SearchIndex("en")
    for n in range(3000):
        words = "mayor mayors maybe many market" if n % 2 else "mayor march"
        index.add(f"/en/a/{n}/", f"Article {n}", "article", text=f"{words} ma", date=f"2020-01-{n % 28 + 1:02d}")
    index.write(tmp_path)
    shards = read(tmp_path, "manifest.json")["shards"]
    assert shard_name("ma") in shards
    assert shard_name("may") in shards
    assert shard_name("mar") in shards
    assert list(read(tmp_path, f"t-{shard_name('ma')}.json")) == ["ma"], "the split shard keeps only its own term"
    for name in shards:
        assert (
            (tmp_path / f"t-{name}.json").stat().st_size <= 16_000
            or len(bytes.fromhex(name).decode()) == 4
            or (len(read(tmp_path, f"t-{name}.json")) == 1)
        )
    assert len(postings(tmp_path, "mayor")) == 3000
    assert len(postings(tmp_path, "maybe")) == 1500
    assert list(index.search("mayo")) == index.search("mayor")


def test_facets_give_each_document_its_class_year_and_places(tmp_path: Path) -> None:
    index = SearchIndex("en")
    index.add("/en/places/koeln/", "Cologne", "place", places=["koeln"])
    index.add(
        "/en/m/1/", "Cologne – Shanghai", "meeting", date="2024-09-09", langs=["de", "en"], places=["koeln", "shanghai"]
    )
    index.add("/en/a/1/", "Report", "article", date="2024-09-10", langs=["en"], places=["koeln", "shanghai"])
    index.add("/en/a/2/", "Old", "article", date="2019-01-01", langs=["de"], places=["shanghai"])
    index.write(tmp_path, places={"koeln": ("Cologne", "DE"), "shanghai": ("Shanghai", "CN")})
    f = read(tmp_path, "f.json")
    classes = [tuple(f["classes"][int(c, 36)]) for c in f["doc_class"]]
    assert classes == [("place", ""), ("article", "en"), ("meeting", "de en"), ("article", "de")]
    assert f["years"] == [[2024, 1, 2], [2019, 3, 3]]
    p = read(tmp_path, "p.json")
    assert p["places"] == [["koeln", "Cologne", "DE"], ["shanghai", "Shanghai", "CN"]]
    assert p["width"] == 1
    assert p["docs"].split(",") == ["0", "01", "01", "1"]


def test_stopwords_are_not_indexed(tmp_path: Path) -> None:
    sample().write(tmp_path)
    for word in ("the", "and", "of", "die", "und", "von", "den", "fur", "uber", "fuer", "ueber"):
        assert postings(tmp_path, word) == {}, word


def test_the_same_input_writes_the_same_bytes(tmp_path: Path) -> None:
    sample().write(tmp_path / "a")
    sample().write(tmp_path / "b")
    sample().write(tmp_path / "b")  # again, over the first
    names = sorted(path.name for path in (tmp_path / "a").iterdir())
    assert names == sorted(path.name for path in (tmp_path / "b").iterdir())
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    raw = (tmp_path / "a" / "d-0.json").read_text(encoding="utf-8")
    assert "Köln" in raw, "UTF-8, not \\u escapes"
    assert '", "' not in raw, "compact separators"
    assert "], [" not in raw, "compact separators"
    assert not re.search(r"[,:]\s", (tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    manifest = read(tmp_path / "a", "manifest.json")
    assert list(manifest) == sorted(manifest), "sorted keys"
    for shard in manifest["shards"]:
        terms = read(tmp_path / "a", f"t-{shard}.json")
        assert list(terms) == sorted(terms), "sorted keys"


def test_a_smaller_index_removes_the_files_it_no_longer_has(tmp_path: Path) -> None:
    big = SearchIndex("en")
    for n in range(600):
        big.add(f"/en/a/{n}/", f"Article {n} zebra{n}", "article", date=f"2020-01-{n % 28 + 1:02d}")
    big.write(tmp_path)
    manifest = read(tmp_path, "manifest.json")
    assert manifest["docs"] == 600
    assert [len(read(tmp_path, f"d-{n}.json")) for n in (0, 74)] == [8, 8]
    assert not (tmp_path / "d-75.json").exists()
    small = SearchIndex("en")
    small.add("/en/a/x/", "Only one", "article")
    small.write(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "d-0.json",
        "f.json",
        "manifest.json",
        "p.json",
        "t-6f6e.json",
    ]
    assert read(tmp_path, "t-6f6e.json") == {"one": [3], "only": [3]}


def test_an_empty_index_is_still_an_index(tmp_path: Path) -> None:
    SearchIndex("en").write(tmp_path / "new" / "folder")
    assert read(tmp_path / "new" / "folder", "manifest.json")["docs"] == 0
    assert [path.name for path in (tmp_path / "new" / "folder").iterdir()] == ["manifest.json"]


# --- what the client finds (SearchIndex.search is the client's algorithm in Python) -------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Köln", [0, 1, 3]),  # the place and the meeting (title), then the article (body)
        ("koln", [0, 1, 3]),
        ("koeln", [0, 1, 3]),
        ("kol", [0, 1, 3]),
        ("Cologne", [0, 1]),
        ("Oberbürgermeister", [1]),  # a prefix of Oberbürgermeisterin
        ("oberbuergermeister", [1]),
        ("Köln Shanghai", [1]),  # every word is required
        ("Düsseldorf", [2, 3]),
        ("die und", []),  # only stopwords: searched anyway (as prefixes), and not indexed
        ("the", []),
        ("zebra", []),
        ("", []),
    ],
)
def test_search_finds_by_prefix_and_all_words(query: str, found: list[int]) -> None:
    assert sample().search(query) == found


def test_ties_go_to_the_newer_document() -> None:
    index = SearchIndex("en")
    index.add("/old/", "Harbour", "article", date="2019-01-01")
    index.add("/new/", "Harbour", "article", date="2023-01-01")
    index.add("/body/", "Something", "article", text="harbour", date="2024-01-01")
    assert index.search("harb") == [1, 0, 2]


def test_query_words_fold_like_the_index() -> None:
    assert _query_groups("Köln") == [["koln", "koeln"]]
    assert _query_groups("Oberbürgermeisterin der Stadt") == [
        ["oberburgermeisterin", "oberbuergermeisterin"],
        ["stadt"],
    ]
    assert _query_groups("der die") == [["der"], ["die"]]
    assert _query_groups("K k Köln köln") == [["koln", "koeln"]]


# --- the client (search.js) folds as Python does --------------------------------------------------------


def _node() -> str | None:
    """Node.js: the system's, else the one Playwright (a pinned test dependency) ships with."""
    found = shutil.which("node") or shutil.which("nodejs")
    if found:
        return found
    try:
        import playwright
    except ImportError:
        return None
    bundled = Path(playwright.__file__).parent / "driver" / "node"
    return str(bundled) if bundled.exists() else None


NODE = _node()
NODE_SCRIPT = """
const s = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const stop = new Set(input.stopwords);
process.stdout.write(JSON.stringify({
  fold: input.chars.map(s.fold),
  tokens: input.texts.map((t) => s.tokens(t, stop)),
  groups: input.texts.map((t) => s.queryGroups(t, stop)),
  shards: input.terms.map(s.shardName),
  shardsFor: input.terms.map((t) => s.shardsFor(t, new Set(input.written || []))),
}));
"""


def run_node(payload: dict[str, Any]) -> dict[str, Any]:
    if NODE is None:
        pytest.skip("no Node.js to run search.js")
    result = subprocess.run(
        [NODE, "-e", NODE_SCRIPT, str(SEARCH_JS)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


SAMPLES = [
    "Köln und Shanghai",
    "Der Oberbürgermeister von Köln und Shanghai's Vize-Bürgermeister",
    "The Lord Mayor of Cologne, „Zitat“ — Düsseldorf_Chongqing 2024!",
    "STRAẞE Straße ŁÓDŹ Øresund İstanbul ﬁnance E=mc² ½ Ærø",
    "Ko\u0308ln x\u0308y ä ö ü Ä",
    "上海市 与 科隆 ΣΊΣΥΦΟΣ ᾳ Ꭰꭰ",
    "die und der",
    "the",
    "",
    "a b c",
]


def test_search_js_folds_every_character_as_python_does() -> None:
    chars = [
        chr(c)
        for c in range(0x30000)
        if not 0xD800 <= c < 0xE000 and unicodedata.category(chr(c)) not in ("Cn", "Co", "Cs")
    ]
    texts = [*SAMPLES, *(" ".join(NEWSY[i::7]) for i in range(7))]
    terms = ["ko", "kol", "2024", "上海", "ωι", "üb"]
    out = run_node({"chars": chars, "texts": texts, "terms": terms, "stopwords": sorted(STOPWORDS)})
    differ = [(hex(ord(c)), c, js, fold(c)) for c, js in zip(chars, out["fold"], strict=True) if js != fold(c)]
    assert differ == []
    assert out["tokens"] == [tokens(text) for text in texts]
    assert out["groups"] == [_query_groups(text) for text in texts]
    assert out["shards"] == [shard_name(term) for term in terms]


def test_search_js_finds_the_shards_of_a_split_index_as_python_does(tmp_path: Path) -> None:
    written = [shard_name(p) for p in ("ko", "ma", "may", "mayo", "mar", "üb", "übe")]
    terms = ["ko", "koln", "ma", "mayor", "mayo", "mar", "march", "üb", "über", "zz"]
    out = run_node({"chars": [], "texts": [], "terms": terms, "stopwords": [], "written": written})
    expected = {
        "ko": ["6b6f"],
        "koln": ["6b6f"],
        "ma": sorted([shard_name(p) for p in ("ma", "may", "mayo", "mar")]),
        "mayor": sorted([shard_name(p) for p in ("ma", "may", "mayo")]),
        "mayo": sorted([shard_name(p) for p in ("ma", "may", "mayo")]),
        "mar": sorted([shard_name(p) for p in ("ma", "mar")]),
        "march": sorted([shard_name(p) for p in ("ma", "mar")]),
        "üb": sorted([shard_name(p) for p in ("üb", "übe")]),
        "über": sorted([shard_name(p) for p in ("üb", "übe")]),
        "zz": [],
    }
    assert {term: sorted(found) for term, found in zip(terms, out["shardsFor"], strict=True)} == expected
    for term in ("koln", "mayor", "march", "über"):  # the shard Python writes the term to is among them
        assert shard_of(term, written) in expected[term]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=50, max_size=50))
def test_search_js_tokenizes_any_text_as_python_does(batch: list[str]) -> None:
    out = run_node({"chars": [], "texts": batch, "terms": [], "stopwords": sorted(STOPWORDS)})
    assert out["tokens"] == [tokens(text) for text in batch]
    assert out["groups"] == [_query_groups(text) for text in batch]


def test_search_js_never_writes_html() -> None:
    source = SEARCH_JS.read_text(encoding="utf-8") + PAGE_JS.read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", source)
    assert not re.search(r"https?://", source), "no external resources"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
