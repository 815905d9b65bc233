"""The archive model: meetings, pairs, places and people from tagged articles."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
from itertools import combinations
from types import SimpleNamespace

import pytest
from diplomacy.archive.model import build_archive, meeting_id, pair_id
from diplomacy.places.gazetteer import Gazetteer


def _article(slug: str, lang: str, published: str, meeting_date: str | None, places: list[str], **extra: object):
    tags = {
        "lang": lang,
        "meeting_date": meeting_date,
        "is_meeting": extra.get("is_meeting", meeting_date is not None),
        "places": sorted(places),
        "pairs": [list(p) for p in combinations(sorted(places), 2)],
        "principals": extra.get("principals", []),
        "attendees": [],
        "mentioned": [],
        "provenance": extra.get("provenance", {}),
    }
    metadata = {"lang": lang, "diplomacy": tags, "translations": extra.get("translations", "")}
    return SimpleNamespace(
        slug=slug, title=slug, date=dt.datetime.fromisoformat(published), metadata=metadata, source_path=slug
    )


def test_reports_naming_more_parties_join_the_larger_meeting() -> None:
    gazetteer = Gazetteer.load()
    archive = build_archive(
        [
            _article("a", "en", "2024-05-02", "2024-05-01", ["shanghai", "duesseldorf"]),
            _article("b", "de", "2024-05-03", "2024-05-01", ["shanghai", "duesseldorf", "nordrhein-westfalen"]),
            _article("c", "de", "2024-05-03", "2024-05-01", ["beijing", "berlin"]),
            _article("d", "en", "2024-06-03", "2024-06-01", ["shanghai", "duesseldorf"]),
        ],
        gazetteer,
    )
    big = meeting_id("2024-05-01", ["shanghai", "duesseldorf", "nordrhein-westfalen"])
    assert set(archive.meetings) == {
        big,
        meeting_id("2024-05-01", ["beijing", "berlin"]),
        meeting_id("2024-06-01", ["shanghai", "duesseldorf"]),
    }
    assert [a.id for a in archive.meetings[big].articles] == ["a", "b"]
    pair = archive.pairs[pair_id("shanghai", "duesseldorf")]
    assert [m.date.isoformat() for m in pair.meetings] == ["2024-05-01", "2024-06-01"]
    first, second = pair.meetings
    assert first.next[pair.id] == second.id
    assert second.previous[pair.id] == first.id


def test_places_people_and_translations() -> None:
    gazetteer = Gazetteer.load()
    gong = {"name": "Gong Zheng", "role": "Mayor", "role_key": "mayor", "place": "shanghai", "lang": "en"}
    archive = build_archive(
        [
            _article("x", "en", "2024-05-02", "2024-05-01", ["shanghai", "koeln"], principals=[gong], translations="y"),
            _article("y", "de", "2024-05-02", None, ["shanghai", "koeln"]),
        ],
        gazetteer,
    )
    assert archive.by_id["y"].translations == ["x"]
    assert archive.by_id["x"].translations == ["y"]
    registered = {pid for link in gazetteer.partnerships.values() for pid in link.places}
    assert set(archive.places) == {"shanghai", "koeln"} | registered
    assert [a.id for a in archive.places["koeln"].articles] == ["x", "y"]
    assert list(archive.people) == ["gong-zheng"]
    assert archive.people["gong-zheng"].roles == [
        {"role": "Mayor", "role_key": "mayor", "place": "shanghai", "lang": "en"}
    ]


def test_every_registered_partnership_is_a_pair_with_its_places_also_without_reports() -> None:
    gazetteer = Gazetteer.load()
    archive = build_archive([_article("x", "en", "2024-05-02", "2024-05-01", ["shanghai", "koeln"])], gazetteer)
    assert set(gazetteer.partnerships) <= set(archive.pairs)
    reported = archive.pairs[pair_id("shanghai", "koeln")]
    assert reported.partnership is None  # met, no formal partnership known
    assert [a.id for a in reported.articles] == ["x"]
    for key, link in gazetteer.partnerships.items():
        pair = archive.pairs[key]
        assert pair.partnership == link
        assert pair.since == link.since
        for pid in pair.places:
            assert pair in archive.places[pid].pairs  # on both places' pages
    unreported = archive.pairs[pair_id("aachen", "ningbo")]
    assert (unreported.articles, unreported.meetings) == ([], [])
    assert unreported.partnership.kind == "sister-city"
    assert unreported.since == 1986


SHANGHAI_DUESSELDORF = ["shanghai", "duesseldorf"]


@pytest.mark.parametrize(
    ("published", "joins"), [("2024-04-30", True), ("2024-05-08", True), ("2024-04-29", False), ("2024-05-09", False)]
)
def test_a_report_without_a_day_joins_the_meeting_it_was_published_around(published: str, joins: bool) -> None:
    archive = build_archive(
        [
            _article("dated", "de", "2024-05-02", "2024-05-01", SHANGHAI_DUESSELDORF),
            _article("undated", "en", published, None, SHANGHAI_DUESSELDORF, is_meeting=False),
        ],
        Gazetteer.load(),
    )
    assert archive.by_id["undated"].meeting == (meeting_id("2024-05-01", SHANGHAI_DUESSELDORF) if joins else None)


def test_a_report_that_fits_two_meetings_or_that_an_editor_says_is_no_meeting_stays_apart() -> None:
    editor = {"meeting_date": {"value": None, "source": "editor"}}
    archive = build_archive(
        [
            _article("first", "de", "2024-05-02", "2024-05-01", SHANGHAI_DUESSELDORF),
            _article("second", "de", "2024-05-04", "2024-05-03", SHANGHAI_DUESSELDORF),
            _article("both", "en", "2024-05-04", None, SHANGHAI_DUESSELDORF),
            _article("later", "de", "2024-06-02", "2024-06-01", SHANGHAI_DUESSELDORF),
            _article("no", "en", "2024-06-02", None, SHANGHAI_DUESSELDORF, is_meeting=False, provenance=editor),
        ],
        gazetteer=Gazetteer.load(),
    )
    assert archive.by_id["both"].meeting is None
    assert archive.by_id["no"].meeting is None
    assert [len(m.articles) for m in archive.meetings.values()] == [1, 1, 1]


def test_a_report_with_one_party_joins_only_with_a_principal_in_common() -> None:
    gong = {"name": "Gong Zheng", "role": "Mayor", "role_key": "mayor", "place": "shanghai", "lang": "en"}
    keller = {"name": "Stephan Keller", "role": "Mayor", "role_key": "mayor", "place": "duesseldorf", "lang": "de"}
    archive = build_archive(
        [
            _article("both", "de", "2024-05-02", "2024-05-01", SHANGHAI_DUESSELDORF, principals=[gong, keller]),
            _article("gong", "en", "2024-05-02", "2024-05-01", ["shanghai"], principals=[dict(gong, name="Gong")]),
            _article("nobody", "en", "2024-05-02", "2024-05-01", ["duesseldorf"]),
        ],
        Gazetteer.load(),
    )
    assert archive.by_id["gong"].meeting == archive.by_id["both"].meeting == "2024-05-01--duesseldorf--shanghai"
    assert archive.by_id["nobody"].meeting is None


def test_a_translation_joins_its_originals_meeting() -> None:
    archive = build_archive(
        [
            _article("x", "en", "2024-05-02", "2024-05-01", SHANGHAI_DUESSELDORF, translations="y"),
            _article("y", "de", "2024-07-20", None, []),
        ],
        Gazetteer.load(),
    )
    assert archive.by_id["y"].meeting == archive.by_id["x"].meeting == "2024-05-01--duesseldorf--shanghai"


@pytest.mark.parametrize("module", ["nodes", "model", "grouping", "people", "versions"])
def test_docstring_examples(module: str) -> None:
    """The examples in the archive modules' docstrings run as written."""
    imported = importlib.import_module(f"diplomacy.archive.{module}")
    result = doctest.testmod(imported)
    assert result.failed == 0
