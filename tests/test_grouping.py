"""Reports of one meeting on one meeting page, and different meetings apart: a site built from our own reports."""

from __future__ import annotations

from typing import Any

import pytest
from sitetools import Site, build_site

REPORTS = {
    # the meeting, reported in German with its day and both parties
    "trier-de.md": """Title: Trier und Xiamen unterzeichnen Partnerschaftsvertrag
Date: 2010-11-15
Lang: de
Places: trier, xiamen
Principals: Klaus Jensen | Oberbürgermeister | trier; Zang Jie | Vizebürgermeister | xiamen
Meeting_date: 2010-11-11

Oberbürgermeister Klaus Jensen und Vizebürgermeister Zang Jie haben am 11. November 2010 im
Trierer Rathaus den Vertrag über die Städtepartnerschaft zwischen Trier und Xiamen unterzeichnet.
""",
    # … in English, as a feature with no meeting day, published the day of the meeting
    "trier-en.md": """Title: Trier wins Xiamen as its ninth partner city
Date: 2010-11-11
Lang: en
Places: trier, xiamen

Trier has a ninth partner city. The Chinese port city of Xiamen joins Trier's partners from
Europe and America, and both cities hope for exchanges of students, artists and companies.
""",
    # … in English with one party only, naming the Lord Mayor by his surname
    "trier-one-party-en.md": """Title: Trier signs a partnership agreement
Date: 2010-11-12
Lang: en
Places: trier
Principals: Jensen | Lord Mayor | trier
Meeting_date: 2010-11-11

Lord Mayor Jensen signed a partnership agreement at Trier's town hall on 11 November 2010.
""",
    # the same two cities months later: another meeting
    "trier-later-de.md": """Title: Delegation aus Xiamen besucht Trier
Date: 2011-05-03
Lang: de
Places: trier, xiamen
Principals: Klaus Jensen | Oberbürgermeister | trier
Meeting_date: 2011-05-02

Oberbürgermeister Klaus Jensen hat am 2. Mai 2011 eine Delegation aus Xiamen im Rathaus empfangen.
""",
    # a report without a day of the same two cities, published long after both: no meeting
    "trier-feature-en.md": """Title: Trier and Xiamen, partners across the world
Date: 2011-09-20
Lang: en
Places: trier, xiamen

Trier and Xiamen have been partner cities for almost a year, and schools of both cities exchange pupils.
""",
    # the day of the first meeting, other parties: another meeting
    "hamburg-en.md": """Title: Shanghai mayor meets Hamburg's mayor
Date: 2010-11-12
Lang: en
Places: hamburg, shanghai
Principals: Han Zheng | Mayor | shanghai; Olaf Scholz | First Mayor | hamburg
Meeting_date: 2010-11-11

Shanghai Mayor Han Zheng met Olaf Scholz, the First Mayor of Hamburg, in Shanghai on 11 November 2010.
""",
    # one ambassador, one day, one state: two meetings, each with someone else for the state
    "haseloff-de.md": """Title: Ministerpräsident empfängt chinesischen Botschafter
Date: 2019-12-12
Lang: de
Places: china, guangxi, sachsen-anhalt
Principals: Reiner Haseloff | Ministerpräsident | sachsen-anhalt; Wu Ken | Botschafter | china
Meeting_date: 2019-12-12

Ministerpräsident Reiner Haseloff hat am 12. Dezember 2019 den Botschafter Wu Ken in der Staatskanzlei begrüßt.
""",
    "brakebusch-de.md": """Title: Landtagspräsidentin empfängt chinesischen Botschafter
Date: 2019-12-13
Lang: de
Places: china, sachsen-anhalt
Principals: Gabriele Brakebusch | Landtagspräsidentin | sachsen-anhalt; Ken Wu | Botschafter | china
Meeting_date: 2019-12-12

Landtagspräsidentin Gabriele Brakebusch hat am 12. Dezember 2019 den Botschafter Wu Ken im Landtag empfangen.
""",
}


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Site:
    content = tmp_path_factory.mktemp("grouping-content")
    (content / "articles").mkdir()
    for name, text in REPORTS.items():
        (content / "articles" / name).write_text(text, encoding="utf-8")
    extra = {"DIPLOMACY_SEARCH": False, "DIPLOMACY_FEEDS": False, "DIPLOMACY_SITEMAP": False}
    return build_site(content, tmp_path_factory.mktemp("grouping-out"), extra=extra)


def _articles(site: Site) -> dict[str, dict[str, Any]]:
    """Articles by the file name of their source."""
    by_title = {text.split("\n", 1)[0].removeprefix("Title: "): name for name, text in REPORTS.items()}
    return {by_title[a["title"]]: a for a in site.data("articles")}


def test_reports_of_one_meeting_in_two_languages_are_on_one_meeting_page(grouped: Site) -> None:
    articles = _articles(grouped)
    german, english, one_party = articles["trier-de.md"], articles["trier-en.md"], articles["trier-one-party-en.md"]
    assert english["meeting_date"] is None  # how the reports differ: no day, one party
    assert one_party["places"] == ["trier"]
    meetings = {m["id"]: m for m in grouped.data("meetings")}
    meeting = meetings["2010-11-11--trier--xiamen"]
    assert sorted(meeting["articles"]) == sorted(a["id"] for a in (german, english, one_party))
    assert {german["meeting"], english["meeting"], one_party["meeting"]} == {meeting["id"]}
    for lang, url in meeting["url"].items():
        page = grouped.page(url)
        for report in (german, english, one_party):
            assert report["urls"][lang] in page.links, (lang, report["title"])
    # the undated report's page links its meeting, with the meeting's day
    page = grouped.page(english["urls"]["en"])
    assert meeting["url"]["en"] in page.links
    assert ("time", {"datetime": "2010-11-11"}) in page.elements


def test_different_meetings_stay_apart(grouped: Site) -> None:
    articles = _articles(grouped)
    meeting = {name: article["meeting"] for name, article in articles.items()}
    assert meeting["trier-later-de.md"] == "2011-05-02--trier--xiamen"  # the same places months later
    assert meeting["hamburg-en.md"] == "2010-11-11--hamburg--shanghai"  # the same day, other places
    assert meeting["trier-feature-en.md"] is None  # no day, and published long after any meeting
    # the same day and state, someone else for it: two meetings though one report's parties hold the other's
    assert meeting["haseloff-de.md"] == "2019-12-12--china--guangxi--sachsen-anhalt"
    assert meeting["brakebusch-de.md"] == "2019-12-12--china--sachsen-anhalt"
    meetings = {m["id"]: m for m in grouped.data("meetings")}
    assert {m: len(meetings[m]["articles"]) for m in meetings} == {
        "2010-11-11--trier--xiamen": 3,
        "2010-11-11--hamburg--shanghai": 1,
        "2011-05-02--trier--xiamen": 1,
        "2019-12-12--china--guangxi--sachsen-anhalt": 1,
        "2019-12-12--china--sachsen-anhalt": 1,
    }
