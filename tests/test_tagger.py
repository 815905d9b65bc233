"""The diplomacy tagger: the five founding captures, and a table of hand-written articles.

The seeds are read exactly as captured (through ``capture.parse_capture``)
and must give the archivist's tags of ``shared/seeds/README.md``.  The
hand-written cases (``tagger_cases/cases.toml``) cover every rule in both
languages.
"""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import re
import statistics
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest
from diplomacy.places.gazetteer import Gazetteer
from diplomacy.reading.textcapture import parse_capture
from diplomacy.tagging import roles
from diplomacy.tagging.tagger import Person, Tags, tag_article

HERE = Path(__file__).parent
CAPTURES = HERE.parent / "content" / "captures"
TAGGING = HERE.parent / "plugins" / "diplomacy" / "tagging"
D = dt.date


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _person(text: str) -> Person:
    name, role, key, place = (part.strip() for part in text.split("|"))
    return Person(name, role, key, None if place == "None" else place)


def _tag(gazetteer: Gazetteer, title: str, paragraphs: list[str], lang: str, published: dt.date | None) -> Tags:
    return tag_article(title, paragraphs, lang, published, gazetteer)


# --- the founding captures -----------------------------------------------------------------

SEEDS: list[tuple[str, str, dt.date, dict[str, Any]]] = [
    (
        "000_2366dcca60153df1.txt",
        "en",
        D(2023, 4, 17),
        {
            "date": D(2023, 4, 14),
            "places": ["duesseldorf", "shanghai"],
            "principals": ["Gong Zheng | Mayor | mayor | shanghai", "Stephan Keller | Mayor | mayor | duesseldorf"],
            "attendees": ["Pit Heltmann | Consul General | consul_general | germany"],
            "meeting": True,
            "mentioned": ["germany"],
        },
    ),
    (
        "001_ccbaccbea2212f9a.txt",
        "de",
        D(2024, 9, 13),
        {
            "date": D(2024, 9, 9),
            "places": ["koeln", "shanghai"],
            "principals": [
                "Chen Jining | Parteisekretär | party_secretary | shanghai",
                "Henriette Reker | Oberbürgermeisterin | lord_mayor | koeln",
            ],
            "attendees": [],
            "meeting": True,
            "mentioned": [],
        },
    ),
    (
        "002_facd9a28837d67d5.txt",
        "en",
        D(2023, 3, 31),
        {
            "date": D(2023, 3, 30),
            "places": ["belgium", "shanghai"],
            "principals": [
                "Gong Zheng | Mayor | mayor | shanghai",
                "Jan Hoogmartens | Ambassador | ambassador | belgium",
            ],
            "attendees": ["Bruno Jans | Consul General | consul_general | belgium"],
            "meeting": True,
            "mentioned": ["china"],
        },
    ),
    (
        "003_d65a921588cc86b9.txt",
        "de",
        D(2024, 3, 26),
        {
            "date": None,
            "places": ["chongqing", "duesseldorf"],
            "principals": [],
            "attendees": [],
            "meeting": False,
            "mentioned": ["duisburg"],
        },
    ),
    (
        "004_7b7a4a5d8c4df0e0.txt",
        "en",
        D(2023, 9, 22),
        {
            "date": D(2023, 9, 21),
            "places": ["shanghai", "south-jeolla"],
            "principals": [
                "Gong Zheng | Mayor | mayor | shanghai",
                "Kim Yung-rok | Governor | governor | south-jeolla",
            ],
            "attendees": [],
            "meeting": True,
            "mentioned": ["korea"],
        },
    ),
]


@pytest.mark.parametrize(("name", "lang", "published", "expect"), SEEDS, ids=[s[0][:3] for s in SEEDS])
def test_seed_captures(gazetteer: Gazetteer, name: str, lang: str, published: dt.date, expect: dict[str, Any]) -> None:
    capture = parse_capture((CAPTURES / name).read_text(encoding="utf-8"))
    tags = _tag(gazetteer, capture.title or "", capture.paragraphs, lang, published)
    places = expect["places"]
    assert tags.meeting_date == expect["date"]
    assert tags.places == places
    assert tags.pairs == [(places[0], places[1])]
    assert tags.principals == [_person(p) for p in expect["principals"]]
    assert tags.attendees == [_person(p) for p in expect["attendees"]]
    assert tags.is_meeting is expect["meeting"]
    assert tags.candidates == []
    assert set(expect["mentioned"]) <= set(tags.mentioned)
    assert not set(tags.mentioned) & set(tags.places)


def test_seed_000_country_of_the_city_is_no_party(gazetteer: Gazetteer) -> None:
    """ "the mayor of Düsseldorf, Germany, Stephan Keller": Germany is where Düsseldorf lies."""
    capture = parse_capture((CAPTURES / "000_2366dcca60153df1.txt").read_text(encoding="utf-8"))
    tags = _tag(gazetteer, capture.title or "", capture.paragraphs, "en", D(2023, 4, 17))
    assert "germany" not in tags.places
    assert "germany" in tags.mentioned
    assert "china" not in tags.places  # "the relationship between China and Germany" in a quoted speech


def test_seed_002_host_country_of_an_ambassador_is_no_party(gazetteer: Gazetteer) -> None:
    """ "Belgian Ambassador to China": China is the host, Belgium the party."""
    capture = parse_capture((CAPTURES / "002_facd9a28837d67d5.txt").read_text(encoding="utf-8"))
    tags = _tag(gazetteer, capture.title or "", capture.paragraphs, "en", D(2023, 3, 31))
    assert tags.places == ["belgium", "shanghai"]


def test_seed_dates_without_publication_date(gazetteer: Gazetteer) -> None:
    """Only a weekday and no publication date: no meeting date, but still a meeting."""
    capture = parse_capture((CAPTURES / "004_7b7a4a5d8c4df0e0.txt").read_text(encoding="utf-8"))
    tags = _tag(gazetteer, capture.title or "", capture.paragraphs, "en", None)
    assert tags.meeting_date is None
    assert tags.is_meeting
    assert tags.places == ["shanghai", "south-jeolla"]


# --- hand-written cases ------------------------------------------------------------------------

CASES: list[dict[str, Any]] = tomllib.loads((HERE / "tagger_cases" / "cases.toml").read_text(encoding="utf-8"))["case"]


def test_enough_cases_in_both_languages() -> None:
    assert len(CASES) >= 30
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert sum(c["lang"] == "de" for c in CASES) >= 12
    assert sum(c["lang"] == "en" for c in CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(gazetteer: Gazetteer, case: dict[str, Any]) -> None:
    paragraphs = [p.strip() for p in case["body"].split("\n\n") if p.strip()]
    tags = tag_article(case["title"], paragraphs, case["lang"], case.get("published"), gazetteer, case.get("publisher"))
    places = sorted(case["places"])
    default_pairs = [[places[0], places[1]]] if len(places) == 2 else []
    assert tags.meeting_date == case.get("date")
    assert tags.places == places
    assert [list(p) for p in tags.pairs] == case.get("pairs", default_pairs)
    assert tags.principals == [_person(p) for p in case.get("principals", [])]
    assert tags.attendees == [_person(p) for p in case.get("attendees", [])]
    assert tags.is_meeting is case.get("meeting", True)
    assert tags.candidates == case.get("candidates", [])
    assert set(case.get("mentioned", [])) <= set(tags.mentioned)
    assert not set(tags.mentioned) & set(tags.places)


# --- the shape of the result -------------------------------------------------------------------


def test_tags_are_sorted_and_plain(gazetteer: Gazetteer) -> None:
    tags = _tag(
        gazetteer,
        "",
        ["Shanghai Mayor Gong Zheng met with Düsseldorf Mayor Stephan Keller and Duisburg Mayor Sören Link."],
        "en",
        D(2024, 4, 26),
    )
    assert tags.places == sorted(tags.places)
    assert tags.pairs == sorted(tags.pairs)
    assert all(a < b for a, b in tags.pairs)
    assert tags.mentioned == sorted(tags.mentioned)
    assert all(isinstance(p, Person) for p in tags.principals)


def test_empty_article(gazetteer: Gazetteer) -> None:
    tags = _tag(gazetteer, "", [], "en", None)
    assert tags == Tags(None, [], [], [], [], [], [], False)


def test_surname_alone_makes_no_person(gazetteer: Gazetteer) -> None:
    tags = _tag(
        gazetteer,
        "",
        [
            "Shanghai Mayor Gong Zheng met with the mayor of Düsseldorf, Stephan Keller, on April 14.",
            "Gong said the two cities are close. Keller agreed. Mayor Keller and Mayor Gong then signed a memorandum.",
        ],
        "en",
        D(2023, 4, 17),
    )
    assert [p.name for p in tags.principals] == ["Gong Zheng", "Stephan Keller"]


@pytest.mark.parametrize(
    ("text", "place_id", "is_place"),
    [
        ("Die Bürgermeister trafen sich in Halle 6, wo Firmen aus Jiangsu ausstellten.", "halle", False),
        ("Der Stand liegt in Halle 10.2 der Messe.", "halle", False),
        ("Geier empfing die Gäste in Halle (Saale).", "halle", True),
        ("Die Delegation reiste nach Halle und dann nach Leipzig.", "halle", True),
        ("Seit 2019 haben sich in Essen 20 Unternehmen aus Changzhou angesiedelt.", "essen", True),
        ("Nach dem Treffen ging es zum gemeinsamen Essen.", "essen", False),
    ],
)
def test_names_that_are_also_words(gazetteer: Gazetteer, text: str, place_id: str, is_place: bool) -> None:
    """Halle, Essen: a place after "in", "nach" …, but not before a hall number, not as a noun."""
    tags = _tag(
        gazetteer, "", ["Oberbürgermeister Keller traf am Montag den Bürgermeister von Suzhou.", text], "de", None
    )
    assert (place_id in tags.mentioned + tags.places) is is_place


def test_role_keys_are_documented() -> None:
    """Every role the lexicon knows has a key of :data:`roles.ROLE_KEYS` (the site translates them)."""
    keys = {spec.key for spec in roles.SPECS}
    assert keys <= set(roles.ROLE_KEYS)
    for feminine, masculine in [("Oberbürgermeisterin", "Oberbürgermeister"), ("Botschafterin", "Botschafter")]:
        assert roles.is_role_word(feminine)
        assert roles.is_role_word(masculine)


DOCUMENTED = sorted(p.stem for p in TAGGING.glob("*.py") if p.stem not in {"__init__", "language"})


@pytest.mark.parametrize("module", DOCUMENTED)
def test_docstring_examples(module: str) -> None:
    """The examples in the tagging modules' docstrings are true."""
    imported = importlib.import_module(f"diplomacy.tagging.{module}")
    result = doctest.testmod(imported, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0


def test_tagging_imports_no_pelican() -> None:
    for path in TAGGING.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(?:from|import)\s+pelican\b", source, re.M), path.name


def _article(words: int) -> tuple[str, list[str]]:
    capture = parse_capture((CAPTURES / "000_2366dcca60153df1.txt").read_text(encoding="utf-8"))
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs += capture.paragraphs
    return capture.title or "", paragraphs


def test_tagger_never_takes_long(gazetteer: Gazetteer) -> None:
    """A 500-word article is tagged in about a millisecond; the benchmark measures that (bench/tagcost.py).
    This guards only against a pathological slowdown (a rule that backtracks or rescans the text): the
    thread's CPU time, so a busy machine does not count, with a bound twenty times the usual cost."""
    title, paragraphs = _article(500)
    _tag(gazetteer, title, paragraphs, "en", D(2023, 4, 17))
    times = []
    for _ in range(30):
        start = time.thread_time()
        _tag(gazetteer, title, paragraphs, "en", D(2023, 4, 17))
        times.append(time.thread_time() - start)
    assert statistics.median(times) < 0.03


SCAN_TEXTS = [
    "Der Oberbürgermeister traf den Bürgermeister; die Delegation besuchte die Partnerstadt.",
    "Mayor Li met the Lord Mayor of Hamburg.The delegation visited the sister city, then left.",
    "OB Reiter (München) empfing am 3. Mai eine Delegation aus Nanjing – Treffen im Rathaus.",
    "Vize-Bürgermeisterin und Bürgermeisterin-Stellvertreter, mayoral talks, unterzeichneten",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_keyword_scan_matches_the_look_behind_definition(text: str) -> None:
    """The fast scanner (keyword preceded by a matched separator) finds what a look-behind finds."""
    from diplomacy.tagging import keywords

    scanner = keywords.scanner()
    assert scanner.padded  # every keyword begins and ends inside a word
    reference = keywords.Scanner(scanner.table, look_behind=True)
    assert reference.pattern.pattern.startswith("(?<!")
    fast = scanner.scan(text)
    assert fast == reference.scan(text)
    assert fast  # the texts have keywords


def test_keyword_scan_falls_back_to_a_look_behind() -> None:
    """A keyword that begins with a separator would make the fast form miss matches: it is not used then."""
    from diplomacy.tagging import keywords

    table = dict(keywords.scanner().table)
    table["-jährig"] = table["delegation"]
    assert not keywords.Scanner(table).padded
    assert keywords.Scanner(table).pattern.pattern.startswith("(?<!")


def test_keyword_scanner_is_built_once_from_every_table() -> None:
    """One scanner, the same object on every call, knows the meeting words and every role head word."""
    from diplomacy.tagging import keywords

    assert keywords.scanner() is keywords.scanner()
    table = keywords.scanner().table
    assert all(any(e.kind == keywords.ROLE for e in table[head]) for head in roles.ROLE_HEADS)
    assert all(word in table for word, _entry in keywords.VOCABULARY)


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("https://www.duesseldorf.de/medienportal/pressedienst-einzelansicht/pld/empfang.html", "duesseldorf"),
        ("https://english.shanghai.gov.cn/en-Latest-WhatsNew/20240913/news.html", "shanghai"),
        ("https://medienservice.sachsen.de/medien/news/1234", "sachsen"),
        ("http://frankfurt.china-consulate.org/det/zxxx/201104/t2011.htm", None),  # a consulate's site
        ("https://german.china.org.cn/txt/2024-05/10/content.htm", None),  # a media site
    ],
)
def test_publisher_place_is_a_city_or_region_site_never_a_mission(
    url: str, place: str | None, gazetteer: Gazetteer
) -> None:
    from diplomacy.reading.annotate import publisher_place

    assert publisher_place(url, gazetteer) == place
