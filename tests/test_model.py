"""The archive model: meetings, pairs, places and people from tagged articles."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from types import SimpleNamespace

from diplomacy.archive.model import build_archive, meeting_id, pair_id
from diplomacy.places.gazetteer import Gazetteer


def _article(slug: str, lang: str, published: str, meeting_date: str | None, places: list[str], **extra: object):
    tags = {
        "lang": lang,
        "meeting_date": meeting_date,
        "is_meeting": meeting_date is not None,
        "places": sorted(places),
        "pairs": [list(p) for p in combinations(sorted(places), 2)],
        "principals": extra.get("principals", []),
        "attendees": [],
        "mentioned": [],
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
