"""The gazetteer: data (data/places.json), loader, validation and matcher."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from diplomacy.places import divisions
from diplomacy.places import gazetteer as gazetteer_module
from diplomacy.places.gazetteer import Gazetteer, GazetteerError, Mention, Partnership, fold, slugify

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = ROOT / "content" / "captures"


def _build_module() -> ModuleType:
    name = "build_gazetteer_under_test"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "data" / "build_gazetteer.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _build_module()


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place_id) for m in gaz.find(text)]


# -- the data ------------------------------------------------------------------------

REQUIRED_IDS = [
    "shanghai", "duesseldorf", "koeln", "chongqing", "belgium", "south-jeolla", "beijing", "berlin",
    "hamburg", "muenchen", "duisburg", "germany", "china", "bayern", "korea", "nordrhein-westfalen",
    # the wider gazetteer: first-level regions of the world, small towns and districts, smaller cities
    "attica", "california", "nebraska", "new-south-wales", "sasebo", "hamilton", "shawnee", "merzig",
    "schwandorf", "landkreis-schwandorf", "landkreis-heidenheim", "heidenheim-an-der-brenz",
    "rhein-kreis-neuss", "lahn-dill-kreis", "landkreis-darmstadt-dieburg", "cochem", "yizhou", "lijiang",
]  # fmt: skip


@pytest.mark.parametrize("place_id", REQUIRED_IDS)
def test_required_ids_exist(gaz: Gazetteer, place_id: str) -> None:
    assert gaz.get(place_id) is not None


NAMES = [
    ("Köln", "koeln"), ("Cologne", "koeln"), ("Koeln", "koeln"), ("KÖLN", "koeln"),
    ("München", "muenchen"), ("Munich", "muenchen"), ("Muenchen", "muenchen"),
    ("Nürnberg", "nuernberg"), ("Nuremberg", "nuernberg"),
    ("Düsseldorf", "duesseldorf"), ("Duesseldorf", "duesseldorf"), ("Dusseldorf", "duesseldorf"),
    ("Du\u0308sseldorf", "duesseldorf"),
    ("Frankfurt am Main", "frankfurt-am-main"), ("Frankfurt", "frankfurt-am-main"),
    ("Bayern", "bayern"), ("Bavaria", "bayern"),
    ("Nordrhein-Westfalen", "nordrhein-westfalen"), ("North Rhine-Westphalia", "nordrhein-westfalen"),
    ("NRW", "nordrhein-westfalen"),
    ("South Jeolla Province", "south-jeolla"), ("South Jeolla", "south-jeolla"),
    ("Jeollanam-do", "south-jeolla"), ("Jeollanam", "south-jeolla"), ("Süd-Jeolla", "south-jeolla"),
    ("Belgium", "belgium"), ("Belgien", "belgium"),
    ("Korea", "korea"), ("South Korea", "korea"), ("Republic of Korea", "korea"), ("Südkorea", "korea"),
    ("Beijing", "beijing"), ("Peking", "beijing"), ("Germany", "germany"), ("Deutschland", "germany"),
    ("China", "china"), ("Volksrepublik China", "china"), ("Shanghai", "shanghai"), ("Chongqing", "chongqing"),
    ("Chungking", "chongqing"), ("Duisburg", "duisburg"), ("Xi'an", "xian"), ("Xi’an", "xian"), ("Xian", "xian"),
    ("Hongkong", "hong-kong"), ("Wien", "wien"), ("Vienna", "wien"), ("Moskau", "moscow"),
    ("Valencia", "valencia"), ("  Shanghai  ", "shanghai"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "place_id"), NAMES)
def test_lookup_names_and_aliases(gaz: Gazetteer, name: str, place_id: str) -> None:
    place = gaz.lookup(name)
    assert place is not None, name
    assert place.id == place_id


@pytest.mark.parametrize("name", ["Belgian", "deutschen", "Shanghaier", "Atlantis", "", "Essen und Trinken"])
def test_lookup_misses(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) is None


@pytest.mark.parametrize(
    ("place_id", "en", "de"),
    [
        ("koeln", "Cologne", "Köln"),
        ("muenchen", "Munich", "München"),
        ("bayern", "Bavaria", "Bayern"),
        ("belgium", "Belgium", "Belgien"),
        ("south-jeolla", "South Jeolla Province", "Süd-Jeolla"),
        ("beijing", "Beijing", "Peking"),
        ("korea", "South Korea", "Südkorea"),
    ],
)
def test_names_both_languages(gaz: Gazetteer, place_id: str, en: str, de: str) -> None:
    place = gaz.get(place_id)
    assert place is not None
    assert (place.name("en"), place.name("de"), place.name("de-AT"), place.name("fr")) == (en, de, de, en)


def test_kinds_and_countries(gaz: Gazetteer) -> None:
    expect = {
        "shanghai": ("city", "CN"),
        "koeln": ("city", "DE"),
        "south-jeolla": ("region", "KR"),
        "nordrhein-westfalen": ("region", "DE"),
        "belgium": ("country", "BE"),
        "korea": ("country", "KR"),
        "hong-kong": ("region", "CN"),
    }
    for place_id, (kind, country) in expect.items():
        place = gaz.get(place_id)
        assert place is not None
        assert (place.kind, place.country) == (kind, country)


def test_coordinates_are_plausible(gaz: Gazetteer) -> None:
    for place in gaz.places.values():
        assert -90 <= place.lat <= 90
        assert -180 <= place.lon <= 180
        assert place.lat == round(place.lat, 4)
    duesseldorf = gaz.get("duesseldorf")
    assert duesseldorf is not None
    assert (round(duesseldorf.lat), round(duesseldorf.lon)) == (51, 7)


def test_aliases_are_latin_script(gaz: Gazetteer) -> None:
    import unicodedata

    for place in gaz.places.values():
        for alias in (place.name_en, place.name_de, *place.aliases):
            for char in alias:
                if char.isalpha():
                    assert "LATIN" in unicodedata.name(char), (place.id, alias)


@pytest.mark.parametrize(
    ("a", "b", "since"),
    [
        ("chongqing", "duesseldorf", 2004),
        ("shanghai", "south-jeolla", 1996),
        ("shanghai", "hamburg", 1986),
        ("beijing", "berlin", 1994),
        ("nanjing", "leipzig", 1988),
        ("wuhan", "duisburg", 1982),
    ],
)
def test_partnerships_are_symmetric(gaz: Gazetteer, a: str, b: str, since: int) -> None:
    assert (b, since) in gaz.partners(a)
    assert (a, since) in gaz.partners(b)


def test_partners_of_unknown_place(gaz: Gazetteer) -> None:
    assert gaz.partners("atlantis") == []


AMBIGUOUS = [
    ("essen", True), ("halle", True), ("worms", True), ("jining", True), ("koeln", False), ("shanghai", False),
    # small or far places are places only where the text says so; curated ones always are
    ("merzig", True), ("nagaoka", True), ("texas", True), ("hamilton", True), ("attica", False), ("cochem", False),
]  # fmt: skip


@pytest.mark.parametrize(("place_id", "ambiguous"), AMBIGUOUS)
def test_ambiguous_flag(gaz: Gazetteer, place_id: str, ambiguous: bool) -> None:
    place = gaz.get(place_id)
    assert place is not None
    assert place.ambiguous is ambiguous


# -- find() ----------------------------------------------------------------------------

FIND = [
    (
        "Shanghai Mayor Gong Zheng met with the mayor of Düsseldorf, Germany, on April 14.",
        [("Shanghai", "shanghai"), ("Düsseldorf", "duesseldorf"), ("Germany", "germany")],
    ),
    (
        "Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker",
        [("Köln", "koeln")],
    ),
    (
        "Düsseldorf, die Hauptstadt von Nordrhein-Westfalen in Deutschland",
        [("Düsseldorf", "duesseldorf"), ("Nordrhein-Westfalen", "nordrhein-westfalen"), ("Deutschland", "germany")],
    ),
    (
        "Kim Yung-rok, the governor of South Jeolla Province in Korea",
        [("South Jeolla Province", "south-jeolla"), ("Korea", "korea")],
    ),
    # genitives and possessives
    ("Shanghais Partnerstadt", [("Shanghais", "shanghai")]),
    ("Kölns Oberbürgermeisterin", [("Kölns", "koeln")]),
    ("Düsseldorfs Wirtschaft", [("Düsseldorfs", "duesseldorf")]),
    ("Nordrhein-Westfalens Hauptstadt", [("Nordrhein-Westfalens", "nordrhein-westfalen")]),
    ("Shanghai's development", [("Shanghai", "shanghai")]),
    ("Shanghai\u2019s development", [("Shanghai", "shanghai")]),
    ("South Jeolla Province's governor", [("South Jeolla Province", "south-jeolla")]),
    ("Belgium's advanced experience", [("Belgium", "belgium")]),
    # longest match first
    ("Frankfurt am Main, Frankfurt (Oder)",
     [("Frankfurt am Main", "frankfurt-am-main"), ("Frankfurt (Oder)", "frankfurt-oder")]),
    ("Halle (Saale) und Halle an der Saale", [("Halle (Saale)", "halle"), ("Halle an der Saale", "halle")]),
    ("Frankfurt. Main", [("Frankfurt", "frankfurt-am-main")]),
    ("South Jeolla and South Korea", [("South Jeolla", "south-jeolla"), ("South Korea", "korea")]),
    ("New York City and New York", [("New York City", "new-york-city"), ("New York", "new-york-city")]),
    ("Baden-Württemberg", [("Baden-Württemberg", "baden-wuerttemberg")]),
    # hyphen compounds: the capitalised part is a word of its own
    ("die Shanghai-Delegation in Ost-Berlin", [("Shanghai", "shanghai"), ("Berlin", "berlin")]),
    # transliterated and decomposed spellings
    ("Du\u0308sseldorf und Duesseldorf und Dusseldorf",
     [("Du\u0308sseldorf", "duesseldorf"), ("Duesseldorf", "duesseldorf"), ("Dusseldorf", "duesseldorf")]),
    ("Kno\u0308ln", []),
    ("São Paulo, Sao Paulo", [("São Paulo", "sao-paulo"), ("Sao Paulo", "sao-paulo")]),
    ("Xi'an und Xi’an", [("Xi'an", "xian"), ("Xi’an", "xian")]),
    # capitalised matches only; common words stay ambiguous
    ("Wir essen in der halle.", []),
    ("Essen ist eine Stadt.", [("Essen", "essen")]),
    ("shanghai.gov.cn", []),
    # a Chinese given name is not a city
    ("Chen Jining said Jining is a city.", [("Jining", "jining")]),
    # all-caps abbreviations match in exactly that case
    ("US and NRW, Us and Nrw", [("US", "united-states"), ("NRW", "nordrhein-westfalen")]),
    # not inside words, not city adjectives
    ("XShanghai, Shanghaier, Kölner, Düsseldorfer", []),
    ("", []),
    # the wider gazetteer: exonyms, and words that are no places
    ("Attika und Kalifornien, Attica and California", [("Attika", "attica"), ("Kalifornien", "california"),
                                                       ("Attica", "attica"), ("California", "california")]),
    ("Der Landkreis Heidenheim und Heidenheim", [("Landkreis Heidenheim", "landkreis-heidenheim"),
                                                 ("Heidenheim", "heidenheim-an-der-brenz")]),
    ("die Länder des Bundes, im Norden auf der Heide", []),
    ("Halle (Westf.) is no Halle (Saale)", [("Halle", "halle"), ("Halle (Saale)", "halle")]),
    # a world region named with its kind: "Kanton" is not Guangzhou's German name there
    ("der Kanton Solothurn und die Präfektur Hyogo", [("Kanton Solothurn", "solothurn"),
                                                      ("Präfektur Hyogo", "hyogo")]),
    ("the Kaliningrad Region, Kaliningrad and Krasnodar Krai", [("Kaliningrad Region", "kaliningrad-oblast"),
                                                                ("Kaliningrad", "kaliningrad"),
                                                                ("Krasnodar Krai", "krasnodar-krai")]),
]  # fmt: skip

# Names of the wider world: a kind word makes a name qualified (a place wherever it stands); Russia's oblasts and
# krais are named after their capitals (none of the names is ambiguous), Thailand's and Turkey's provinces are in.
QUALIFIED = [
    ("Präfektur Hyogo", "hyogo", True), ("Hyogo Prefecture", "hyogo", True), ("Hyogo", "hyogo", False),
    ("Chiang Mai Province", "chiang-mai", True), ("Provinz Shandong", "shandong", True),
    ("Oblast Kaliningrad", "kaliningrad-oblast", True), ("State of Minnesota", "minnesota", True),
    ("Taipei County", "new-taipei-city", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place_id", "qualified"), QUALIFIED)
def test_qualified_names(gaz: Gazetteer, text: str, place_id: str, qualified: bool) -> None:
    [mention] = gaz.find(text)
    assert (mention.text, mention.place_id, mention.qualified) == (text, place_id, qualified)


def test_wider_world_regions(gaz: Gazetteer) -> None:
    regions = [p for p in gaz.places.values() if p.kind == "region"]
    russian = {p.id for p in regions if p.country == "RU"}
    assert {"kaliningrad-oblast", "novosibirsk-oblast", "krasnodar-krai"} <= russian
    assert not any(gaz.places[r].ambiguous for r in russian)
    assert "amursk-oblast" not in russian  # Amurskaya is the river's
    assert sum(p.country == "TH" for p in regions) > 60
    assert gaz.get("edirne").kind == "city"  # a province named like its city is the city's


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gaz, text) == expected


def test_find_offsets_and_order(gaz: Gazetteer) -> None:
    text = "Zwischen Köln und Shanghai, zwischen Shanghais und Kölns Bürgern."
    mentions = gaz.find(text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert isinstance(mention, Mention)
        assert text[mention.start : mention.end] == mention.text
    assert len(mentions) == 4


def test_find_on_the_seed_captures(gaz: Gazetteer) -> None:
    expected = {
        "000": {"shanghai", "duesseldorf", "germany", "china"},
        "001": {"shanghai", "koeln", "china", "germany"},
        "002": {"shanghai", "belgium", "china"},
        "003": {"chongqing", "duesseldorf", "nordrhein-westfalen", "duisburg", "germany", "china"},
        "004": {"shanghai", "south-jeolla", "korea", "china"},
    }
    for path in sorted(CAPTURES.glob("*.txt")):
        ids = {m.place_id for m in gaz.find(path.read_text(encoding="utf-8"))}
        assert ids == expected[path.name[:3]], path.name


# -- adjective() ---------------------------------------------------------------------------

ADJECTIVES = [
    ("the Belgian Ambassador to China", [("Belgian", "belgium")]),
    ("die belgische Botschafterin, der belgischen Delegation", [("belgische", "belgium"), ("belgischen", "belgium")]),
    ("Belgischer Generalkonsul", [("Belgischer", "belgium")]),
    ("the German consul general", [("German", "germany")]),
    ("der chinesisch-deutschen Beziehungen", [("chinesisch", "china"), ("deutschen", "germany")]),
    ("Sino-German ties", [("Sino", "china"), ("German", "germany")]),
    ("Korean and South Korean firms", [("Korean", "korea"), ("South Korean", "korea")]),
    ("koreanische Provinz", [("koreanische", "korea")]),
    ("US-amerikanische Firmen", [("US-amerikanische", "united-states")]),
    ("Su\u0308dkoreanische Firmen", [("Su\u0308dkoreanische", "korea")]),
    ("german.shanghai.gov.cn", []),
    ("Germany and Belgium", []),
    ("undeutsch, Deutschland", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ADJECTIVES)
def test_adjective(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.place_id) for m in gaz.adjective(text)] == expected


# -- loading and validation ---------------------------------------------------------------


def _entry(place_id: str, **fields: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": place_id,
        "name": {"en": place_id.title(), "de": place_id.title()},
        "aliases": [],
        "kind": "city",
        "country": "DE",
        "lat": 50.0,
        "lon": 7.0,
        "partners": [],
    }
    entry.update(fields)
    return entry


def _write(tmp_path: Path, entries: Any) -> Path:
    path = tmp_path / "places.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_small_file_and_cache(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry("bonn", aliases=["Bundesstadt Bonn"]), _entry("essen", ambiguous=True)])
    first = Gazetteer.load(path)
    assert Gazetteer.load(str(path)) is first
    assert len(first) == 2
    assert "bonn" in first
    assert found(first, "Von Bonn nach Essen.") == [("Bonn", "bonn"), ("Essen", "essen")]
    assert first.get("essen").ambiguous  # type: ignore[union-attr]
    # a rewritten file is reloaded
    path.write_text(json.dumps([_entry("bonn")]), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    second = Gazetteer.load(path)
    assert second is not first
    assert len(second) == 1


BAD = [
    (
        "duplicate id",
        [_entry("bonn"), _entry("bonn", name={"en": "Bonn 2", "de": "Bonn 2"})],
        ["'bonn'", "duplicates id", "rename"],
    ),
    (
        "alias claimed twice",
        [_entry("bonn", aliases=["Bundesstadt"]), _entry("berlin", aliases=["Bundesstadt"])],
        ["'Bundesstadt'", "'bonn'", "'berlin'", "[winners]"],
    ),
    (
        "transliterated alias claimed twice",
        [_entry("koeln", name={"en": "Köln", "de": "Köln"}), _entry("koln", name={"en": "Koeln", "de": "Koeln"})],
        ["'koeln'", "'koln'", "claimed"],
    ),
    (
        "unknown partner",
        [_entry("bonn", partners=[{"id": "chengdu", "since": 2009}])],
        ["'bonn'", "unknown partner id 'chengdu'", "[[partnership]]"],
    ),
    (
        "one-sided partner",
        [_entry("bonn", partners=[{"id": "berlin", "since": 2009}]), _entry("berlin")],
        ["'bonn'", "'berlin'", "symmetric"],
    ),
    (
        "partner year not a year",
        [_entry("bonn", partners=[{"id": "bonn", "since": "2009"}])],
        ["'bonn'", "since"],
    ),
    ("missing field", [{"id": "bonn", "name": {"en": "Bonn", "de": "Bonn"}, "kind": "city"}],
     ["'bonn'", "country, lat, lon"]),
    ("missing German name", [_entry("bonn", name={"en": "Bonn"})], ["'bonn'", '"de"']),
    ("unknown kind", [_entry("bonn", kind="village")], ["'bonn'", "kind 'village'"]),
    ("bad country code", [_entry("bonn", country="Germany")], ["'bonn'", "alpha-2"]),
    ("bad id", [_entry("Bonn")], ["'Bonn'", "slug"]),
    ("bad coordinates", [_entry("bonn", lat="north")], ["'bonn'", "lat/lon"]),
    ("NaN latitude", [_entry("bonn", lat=float("nan"))], ["'bonn'", "not a point on Earth", "-90 <= lat <= 90"]),
    ("infinite longitude", [_entry("bonn", lon=float("inf"))], ["'bonn'", "not a point on Earth"]),
    ("latitude beyond the pole", [_entry("bonn", lat=91.5)], ["'bonn'", "not a point on Earth"]),
    ("bad aliases", [_entry("bonn", aliases="Bundesstadt")], ["'bonn'", "aliases"]),
    ("not an object", ["bonn"], ["entry #0", "not a JSON object"]),
    ("not a list", {"bonn": {}}, ["JSON list"]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "entries", "needles"), BAD, ids=[b[0] for b in BAD])
def test_validation_errors(tmp_path: Path, label: str, entries: Any, needles: list[str]) -> None:
    path = _write(tmp_path, entries)
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(path)
    message = str(info.value)
    assert str(path) in message, label
    for needle in needles:
        assert needle in message, (label, needle, message)


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    path.write_text('[{"id": "bonn",]', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"invalid JSON at line 1.*build_gazetteer\.py"):
        Gazetteer.load(path)


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ('[[place]]\nid = "bonn"\nname =\n', ["not valid TOML", "line 3", "fix that line"]),
        ("place = 3\n", ["'place' must be a list ([[place]] tables)"]),
        ('exclude = "all"\n', ["'exclude' must be a table [exclude]"]),
    ],
)
def test_a_malformed_curated_file_is_one_message(
    build: ModuleType, tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str, needles: list[str]
) -> None:
    curated = tmp_path / "curated.toml"
    curated.write_text(text, encoding="utf-8")
    output = tmp_path / "places.json"
    assert build.main(["--curated", str(curated), "--output", str(output)]) == 2
    assert str(curated) in caplog.text
    for needle in needles:
        assert needle in caplog.text
    assert "Traceback" not in caplog.text
    assert not output.exists()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"cannot read the gazetteer.*build_gazetteer\.py"):
        Gazetteer.load(tmp_path / "nope.json")


def test_gazetteer_error_is_a_value_error() -> None:
    assert issubclass(GazetteerError, ValueError)


# -- helpers and the build script -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Köln", "koeln"), ("Düsseldorf", "duesseldorf"), ("Frankfurt (Oder)", "frankfurt-oder"),
     ("Xi'an", "xian"), ("São Paulo", "sao-paulo"), ("Gießen", "giessen"), ("Łódź", "lodz"),
     ("South Jeolla", "south-jeolla")],
)  # fmt: skip
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_fold() -> None:
    assert fold("Düsseldorf") == fold("DUESSELDORF") == fold("Du\u0308sseldorf") == "duesseldorf"
    assert fold("South  Jeolla\nProvince") == "south jeolla province"
    assert fold("Xi\u2019an") == "xi'an"


def test_doctests(build: ModuleType) -> None:
    for module in (gazetteer_module, build):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__


def test_id_rule(build: ModuleType) -> None:
    draft = build.Draft
    city_de = draft("city:DE:Köln", "city", "DE", name_en="Cologne", name_de="Köln", lat=0.0, lon=0.0)
    city_cn = draft("city:CN:Beijing", "city", "CN", name_en="Beijing", name_de="Peking", lat=0.0, lon=0.0)
    region_de = draft("region:DE-BY", "region", "DE", name_en="Bavaria", name_de="Bayern", lat=0.0, lon=0.0)
    country = draft("country:DE", "country", "DE", name_en="Germany", name_de="Deutschland", lat=0.0, lon=0.0)
    override = draft("country:KR", "country", "KR", name_en="South Korea", name_de="Südkorea", lat=0, lon=0, id="korea")
    assert [build.place_id(d) for d in (city_de, city_cn, region_de, country, override)] == [
        "koeln",
        "beijing",
        "bayern",
        "germany",
        "korea",
    ]


def test_entry_json_and_dumps_are_stable(build: ModuleType) -> None:
    one = build.Draft(
        "city:DE:Düsseldorf",
        "city",
        "DE",
        name_en="Düsseldorf",
        name_de="Düsseldorf",
        lat=51.223194,
        lon=6.779270,
        aliases=["Dusseldorf", "Duesseldorf", "Dusseldorf"],
        partners={"chongqing": Partnership("duesseldorf", "chongqing", "sister-city", 2004, "S", "https://s.org/")},
    )
    two = build.Draft("city:CN:Chongqing", "city", "CN", name_en="Chongqing", name_de="Chongqing", lat=29.5, lon=106.5)
    entries = [build.entry_json(one), build.entry_json(two)]
    text = build.dumps(entries)
    assert text == build.dumps(list(reversed(entries)))
    data = json.loads(text)
    assert [e["id"] for e in data] == ["chongqing", "duesseldorf"]
    assert list(data[1]) == ["id", "name", "aliases", "kind", "country", "lat", "lon", "partners"]
    assert data[1]["aliases"] == ["Duesseldorf", "Dusseldorf"]
    assert data[1]["lat"] == 51.2232
    assert data[1]["partners"] == [
        {"id": "chongqing", "since": 2004, "kind": "sister-city", "source": "S", "url": "https://s.org/"}
    ]
    assert "Düsseldorf" in text  # ensure_ascii=False


def test_places_json_is_sorted_and_canonical(build: ModuleType) -> None:
    text = (ROOT / "data" / "places.json").read_text(encoding="utf-8")
    entries = json.loads(text)
    assert [e["id"] for e in entries] == sorted(e["id"] for e in entries)
    assert build.dumps(entries) == text
    assert 3000 <= len(entries) <= 8000


def test_places_json_is_up_to_date(build: ModuleType, tmp_path: Path) -> None:
    """Building again gives the committed bytes (so two builds are identical)."""
    out = tmp_path / "places.json"
    assert build.main(["--output", str(out)]) == 0
    assert out.read_bytes() == (ROOT / "data" / "places.json").read_bytes()
    assert build.main(["--output", str(out), "--check"]) == 0


# -- administrative divisions (data/districts_de.tsv, data/prefectures_cn.tsv) --------------------------


def _kind(place: Any) -> tuple[str, str] | None:
    return (place.kind, place.country) if place is not None else None


def test_every_german_district_and_kreisfreie_stadt_is_a_place(gaz: Gazetteer) -> None:
    districts = divisions.read_districts(ROOT / "data" / "districts_de.tsv")
    kinds = [d.kind for d in districts]
    assert (kinds.count("landkreis"), kinds.count("kreisfreie-stadt"), kinds.count("regierungsbezirk")) == (
        294,
        106,
        19,
    )
    assert len({d.nuts for d in districts}) == 419
    for district in districts:
        if district.kind != "kreisfreie-stadt":
            place = gaz.lookup(district.name)
            assert _kind(place) == ("region", "DE"), district.name
            assert all(gaz.lookup(form) == place for form in district.forms()), district.name
        else:
            place = gaz.lookup(district.name) or gaz.lookup(district.name.split(" (")[0])
            assert _kind(place) == ("city", "DE"), district.name


def test_every_chinese_prefecture_level_division_is_a_place(gaz: Gazetteer) -> None:
    prefectures = divisions.read_prefectures(ROOT / "data" / "prefectures_cn.tsv")
    kinds = [p.kind for p in prefectures]
    counts = {kind: kinds.count(kind) for kind in divisions.PREFECTURE_KINDS}
    assert counts == {"city": 293, "prefecture": 7, "autonomous-prefecture": 30, "league": 3}
    assert len({p.adcode for p in prefectures}) == 333
    for prefecture in prefectures:
        kind = "city" if prefecture.kind == "city" else "region"
        assert _kind(gaz.lookup(prefecture.name_en)) == (kind, "CN"), prefecture.name_en


DIVISION_NAMES = [
    # districts: only forms that say so; the bare name is the seat's (or nobody's)
    ("Landkreis Peine", "landkreis-peine"), ("Kreis Peine", "landkreis-peine"), ("Peine District", "landkreis-peine"),
    ("Landkreises Harz", "landkreis-harz"), ("Kreis Mettmann", "kreis-mettmann"),
    ("Region Hannover", "region-hannover"),
    ("Hanover Region", "region-hannover"), ("Städteregion Aachen", "staedteregion-aachen"),
    ("Rhein-Sieg-Kreises", "rhein-sieg-kreis"), ("Regionalverband Saarbrücken", "regionalverband-saarbruecken"),
    ("Landkreis Mühldorf am Inn", "landkreis-muehldorf-a-inn"), ("Weiden in der Oberpfalz", "weiden"),
    # Regierungsbezirke: Bavaria's by their own name (ambiguous), the others only by forms that say so
    ("Oberfranken", "oberfranken"), ("Bezirk Schwaben", "schwaben"), ("Upper Palatinate", "oberpfalz"),
    ("Bezirksregierung Köln", "regierungsbezirk-koeln"),
    ("Regierungspräsidium Stuttgart", "regierungsbezirk-stuttgart"),
    ("Stuttgart", "stuttgart"),
    # China: prefecture-level cities geonames names wrongly or lacks, namesakes, prefectures and leagues
    ("Lhasa", "lhasa"), ("Liaoyuan", "liaoyuan"), ("Yiyang", "yiyang"), ("Shigatse", "shigatse"),
    ("Suzhou", "suzhou"), ("Suzhou (Anhui)", "suzhou-anhui"), ("Yulin (Shaanxi)", "yulin-shaanxi"),
    ("Yanbian Korean Autonomous Prefecture", "yanbian-prefecture"), ("Autonomer Bezirk Yanbian", "yanbian-prefecture"),
    ("Yanbian", "yanbian-prefecture"), ("Xilingol League", "xilingol-league"),
    ("Kashgar Prefecture", "kashgar-prefecture"),
    ("Kashgar", "kashgar"), ("Hainan", "hainan"),
    # German and older spellings of Chinese places
    ("Schandong", "shandong"), ("Kanton", "guangzhou"), ("Peking", "beijing"), ("Nanking", "nanjing"),
    ("Tsingtau", "qingdao"), ("Szechuan", "sichuan"), ("Sichuan", "sichuan"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "place_id"), DIVISION_NAMES)
def test_division_names(gaz: Gazetteer, name: str, place_id: str) -> None:
    place = gaz.lookup(name)
    assert (place.id if place else None) == place_id


def test_bare_district_names_stay_their_seats_or_nothing(gaz: Gazetteer) -> None:
    """A district is never found by its bare name: "Peine" is the town, "Harz" the mountains."""
    assert found(gaz, "Gäste aus Peine und aus dem Harz") == [("Peine", "peine")]
    assert found(gaz, "Der Landrat des Landkreises Peine") == [("Landkreises Peine", "landkreis-peine")]


def test_short_names_of_chinese_prefectures_are_ambiguous(gaz: Gazetteer) -> None:
    """ "Yanbian" alone is a place only where the text says so; "Präfektur"-like full names everywhere."""
    mentions = gaz.find("Yanbian und die Yanbian Prefecture")
    assert [(m.text, m.place_id, m.qualified) for m in mentions] == [
        ("Yanbian", "yanbian-prefecture", False),
        ("Yanbian Prefecture", "yanbian-prefecture", True),
    ]
    place = gaz.get("yanbian-prefecture")
    assert place is not None
    assert place.ambiguous


def test_prefecture_level_cities_are_sure(gaz: Gazetteer) -> None:
    """Small prefecture-level cities (geonames: under 500,000) are places wherever named."""
    for place_id in ("tieling", "karamay", "zhangjiajie", "lhasa"):
        place = gaz.get(place_id)
        assert place is not None, place_id
        assert not place.ambiguous, place_id


WIDER_WORLD = [
    # a prefecture or province named like its capital keeps the names that say its kind; the bare name is the city's
    ("Präfektur Chiba", "chiba-prefecture"), ("Chiba Prefecture", "chiba-prefecture"), ("Chiba", "chiba"),
    ("Hiroshima Prefecture", "hiroshima-prefecture"), ("Hiroshima", "hiroshima"),
    ("Provinz Utrecht", "utrecht-province"),
    # first-level counties (Romania's județe, Hungary's megyék), as German reports name them
    ("Kreis Alba", "alba"), ("Alba County", "alba"), ("Landkreis Arad", "arad-county"),
    # partner-sized Japanese towns, and a capital the district rule used to drop
    ("Otsu", "otsu"), ("Hikone", "hikone"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "place_id"), WIDER_WORLD)
def test_wider_world_names(gaz: Gazetteer, name: str, place_id: str) -> None:
    place = gaz.lookup(name)
    assert (place.id if place else None) == place_id


def test_wider_world_places_are_ambiguous_by_their_bare_names(gaz: Gazetteer) -> None:
    """The new small towns and counties are places only where the text says so; kind names count anywhere."""
    for place_id in ("alba", "chiba-prefecture", "hikone"):
        place = gaz.get(place_id)
        assert place is not None, place_id
        assert place.ambiguous, place_id
    assert [(m.text, m.qualified) for m in gaz.find("Präfektur Chiba")] == [("Präfektur Chiba", True)]
