"""Tests of the raw-capture parser: the five seed captures, our own captures, and tables of noise and dates."""

from __future__ import annotations

import codecs
import datetime as dt
import doctest
import importlib
import json
import pkgutil
import time
from pathlib import Path

import pytest
from diplomacy.reading import textcapture as capture_module
from diplomacy.reading.published import settle
from diplomacy.reading.readers import CaptureReader
from diplomacy.reading.textcapture import Capture, CaptureError, decode_capture, parse_capture, parse_date

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "content" / "captures"
OWN = Path(__file__).resolve().parent / "captures"
EXPECTED = json.loads((OWN / "expected.json").read_text(encoding="utf-8"))
NBSP = "\u00a0"


def read(path: Path) -> Capture:
    return parse_capture(decode_capture(path.read_bytes()))


def seed(prefix: str) -> Capture:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read(path)


def assert_clean(result: Capture) -> None:
    """No dropped noise line is left in (or equal to) a paragraph; no paragraph is empty or repeated."""
    for line in result.removed:
        for paragraph in result.paragraphs:
            assert line not in paragraph, (line, paragraph)
    assert all(p and p == " ".join(p.split()) for p in result.paragraphs)
    assert len({p.casefold() for p in result.paragraphs}) == len(result.paragraphs)
    assert NBSP not in "".join(result.paragraphs)
    if result.title:
        assert result.title not in result.paragraphs


# ---------------------------------------------------------------------------
# The seeds, exactly


def test_seed_000() -> None:
    result = seed("000")
    assert result.title == "Shanghai and Düsseldorf mayors discuss deepening cooperation"
    assert result.published == dt.date(2023, 4, 17)
    assert (result.source, result.editor) == ("SHINE", "Xu Fang")
    assert result.paragraphs[0] == (
        "Shanghai Mayor Gong Zheng met with the mayor of Düsseldorf, Germany, Stephan Keller, "
        "and his delegation on April 14."
    )
    assert result.paragraphs[-1] == "Pit Heltmann, the German consul general in Shanghai, also attended the meeting."
    assert len(result.paragraphs) == 8
    assert "Shanghai Mayor Gong Zheng talks with Stephan Keller, the mayor of Düsseldorf, Germany" in result.removed
    assert "News / Metro" in result.removed
    assert "Source: SHINE Editor: Xu Fang" in result.removed
    assert_clean(result)


def test_seed_001() -> None:
    result = seed("001")
    assert result.title == "Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker"
    assert result.published == dt.date(2024, 9, 13)
    assert (result.source, result.editor) == ("german.shanghai.gov.cn", None)
    assert result.paragraphs[0].startswith("Der Parteisekretär von Shanghai Chen Jining traf am 9. September")
    assert result.paragraphs[0] == (
        "Der Parteisekretär von Shanghai Chen Jining traf am 9. September die Oberbürgermeisterin von Köln "
        "Henriette Reker und ihre Delegation."
    )
    assert result.paragraphs[-1].startswith("Reker wies darauf hin")
    assert result.paragraphs[-1].endswith("eine Win-win-Situation zu schaffen.")
    assert len(result.paragraphs) == 3
    assert_clean(result)


def test_seed_002() -> None:
    result = seed("002")
    assert result.title == "Shanghai Mayor meets with Belgian Ambassador to discuss pragmatic cooperation"
    assert result.published == dt.date(2023, 3, 31)
    assert (result.source, result.editor) == ("SHINE", "Xu Fang")
    assert result.paragraphs[0] == (
        "Shanghai Mayor Gong Zheng met with Belgian Ambassador to China, Jan Hoogmartens "
        "and his delegation on Thursday."
    )
    assert result.paragraphs[-1] == "Consul General of Belgium in Shanghai, Bruno Jans, also attended the meeting."
    assert len(result.paragraphs) == 5
    assert "Shanghai Mayor Gong Zheng poses with Jan Hoogmartens, Belgian ambassador to China" in result.removed
    assert_clean(result)


def test_seed_003() -> None:
    result = seed("003")
    assert result.title == "Chongqing und Düsseldorf feiern 20 Jahre Städtepartnerschaftsfreundschaft"
    assert result.published is None
    assert (result.source, result.editor) == ("nrwheute", None)
    assert result.paragraphs[0].startswith("Chongqing hat in den letzten Jahren")
    assert result.paragraphs[-1].startswith("Das Amt für Hafenlogistik")
    assert result.paragraphs[-1].endswith("das gegenseitige Verständnis vertieft.")
    assert result.paragraphs[-2].endswith("Geschäftsunternehmungen vorangetrieben.")
    assert len(result.paragraphs) == 4
    body = "\n".join(result.paragraphs)
    for noise in ("INavigationController", "Teile diesen Artikel", "Kommentar", "Leave a Reply", "email", "Lesezeit"):
        assert noise not in body
    assert "3 Min. Lesezeit" in result.removed
    assert "INavigationController." in result.removed
    assert_clean(result)


def test_seed_004() -> None:
    result = seed("004")
    assert result.title == "Shanghai Mayor discusses economic cooperation with South Jeolla Province Governor"
    assert result.published is None
    assert (result.source, result.editor) == ("SHINE", "Xu Fang")
    assert result.paragraphs[0] == (
        "Shanghai Mayor Gong Zheng met with Kim Yung-rok, the governor of South Jeolla Province in Korea, on Thursday."
    )
    assert result.paragraphs[-1].startswith("Kim said that Shanghai is a world-renowned")
    assert len(result.paragraphs) == 6
    assert_clean(result)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_paragraphs_are_unique_and_clean(path: Path) -> None:
    result = read(path)
    assert_clean(result)
    assert result.title
    assert all(len(p.split()) >= 8 for p in result.paragraphs)


# ---------------------------------------------------------------------------
# Our own captures (tests/captures/, expectations in expected.json)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_own_capture(name: str) -> None:
    expected = EXPECTED[name]
    result = read(OWN / name)
    assert result.title == expected["title"]
    assert result.published == (dt.date.fromisoformat(expected["published"]) if expected["published"] else None)
    assert result.source == expected["source"]
    assert result.editor == expected["editor"]
    assert result.paragraphs[0] == expected["first"]
    assert result.paragraphs[-1] == expected["last"]
    assert len(result.paragraphs) == expected["paragraphs"]
    for line in expected["removed_includes"]:
        assert line in result.removed
    assert_clean(result)


def test_own_captures_cover_encodings_and_line_endings() -> None:
    raw = {path.name: path.read_bytes() for path in OWN.glob("*.txt")}
    assert len(raw) >= 8
    assert any(b"\r\n" in data for data in raw.values())
    assert any(b"\r" in data and b"\n" not in data for data in raw.values())
    assert any(data.startswith(codecs.BOM_UTF8) for data in raw.values())
    assert any(data.startswith(codecs.BOM_UTF16_LE) for data in raw.values())
    assert any(not data.endswith(b"\n") for data in raw.values())
    assert any(b"\xc2\xa0" in data for data in raw.values())  # NBSP
    assert any(b"a\xcc\x88" in data for data in raw.values())  # decomposed umlaut
    with pytest.raises(UnicodeDecodeError):
        raw["en_us_date_byline.txt"].decode("utf-8")  # Windows-1252


# ---------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2023-04-17", dt.date(2023, 4, 17)),
        (" date 2023-04-17 ", dt.date(2023, 4, 17)),
        ("2023-04-17", dt.date(2023, 4, 17)),
        ("2023/04/17", dt.date(2023, 4, 17)),
        ("2023.4.7", dt.date(2023, 4, 7)),
        ("2023-04-17T14:02:00+08:00", dt.date(2023, 4, 17)),
        ("Updated: 2023-04-17 14:02", dt.date(2023, 4, 17)),
        ("Last updated: 2023-04-17 14:02 (GMT+8)", dt.date(2023, 4, 17)),
        ("Published: April 17, 2023", dt.date(2023, 4, 17)),
        ("Published on Apr. 17, 2023", dt.date(2023, 4, 17)),
        ("Posted on April 17th, 2023 at 2:15 pm", dt.date(2023, 4, 17)),
        ("Release Time: 2024-03-26 09:30", dt.date(2024, 3, 26)),
        ("April 17, 2023", dt.date(2023, 4, 17)),
        ("Monday, April 17, 2023", dt.date(2023, 4, 17)),
        ("Apr 17 2023 10:15 AM", dt.date(2023, 4, 17)),
        ("17 April 2023", dt.date(2023, 4, 17)),
        ("17th April 2023", dt.date(2023, 4, 17)),
        ("17-Apr-2023", dt.date(2023, 4, 17)),
        ("04/17/2023", dt.date(2023, 4, 17)),  # day > 12: US order
        ("17/04/2023", dt.date(2023, 4, 17)),
        ("Veröffentlichungsdatum:13.09.2024", dt.date(2024, 9, 13)),
        ("Veröffentlichungsdatum: 13.09.2024", dt.date(2024, 9, 13)),
        ("Datum: 13.09.2024", dt.date(2024, 9, 13)),
        ("13.09.2024", dt.date(2024, 9, 13)),
        ("13.9.24", dt.date(2024, 9, 13)),
        ("13. September 2024", dt.date(2024, 9, 13)),
        ("13. Sept. 2024", dt.date(2024, 9, 13)),
        ("Freitag, 13. September 2024, 14:02 Uhr", dt.date(2024, 9, 13)),
        ("Fr., 13.09.2024, 14.02 Uhr", dt.date(2024, 9, 13)),
        ("Veröffentlicht am 13.09.2024 um 14:02 Uhr", dt.date(2024, 9, 13)),
        ("Aktualisiert: 3. März 2024", dt.date(2024, 3, 3)),
        ("Stand: 1. Mär. 2024", dt.date(2024, 3, 1)),
        ("Erschienen am 5. Jänner 2023", dt.date(2023, 1, 5)),
        ("22. Dezember 2023", dt.date(2023, 12, 22)),
        ("29.02.2024", dt.date(2024, 2, 29)),
        ("发布时间：2024年9月13日", dt.date(2024, 9, 13)),
        ("2024年9月13日", dt.date(2024, 9, 13)),
        ("13.09.2024 | Politik", dt.date(2024, 9, 13)),
        ("Düsseldorf, 22.07.2024", dt.date(2024, 7, 22)),
        ("Frankfurt am Main, 17. April 2023", dt.date(2023, 4, 17)),
        ("SHANGHAI, April 17, 2023", dt.date(2023, 4, 17)),
        ("🗓 17.04.2023", dt.date(2023, 4, 17)),
        ("2023-06-15 21:36:08", dt.date(2023, 6, 15)),
        ("17.04.2023 - 14:02", dt.date(2023, 4, 17)),
        ("Mon 17 Apr 2023 10:15 CET", dt.date(2023, 4, 17)),
        # not a date, or an impossible one
        ("31.02.2024", None),
        ("29.02.2023", None),
        ("2024-13-01", None),
        ("2024-02-30", None),
        ("32. März 2024", None),
        ("February 30, 2024", None),
        ("date 2024-00-10", None),
        ("13/13/2024", None),
        ("September 2024", None),
        ("2024", None),
        ("Am 13. September 2024 traf Chen Jining die Oberbürgermeisterin von Köln in Shanghai.", None),
        ("On April 17, 2023, the mayors of Shanghai and Düsseldorf met for talks in the city.", None),
        ("20 Jahre Städtepartnerschaft", None),
        (
            "Düsseldorf, 22.07.2024 – Oberbürgermeister Keller hat am Montag eine Delegation aus Chongqing empfangen.",
            None,
        ),
        ("", None),
    ],
)
def test_parse_date(line: str, expected: dt.date | None) -> None:
    assert parse_date(line) == expected


BODY = [
    "Shanghai Mayor Gong Zheng met with the mayor of Düsseldorf, Stephan Keller, and his delegation on Friday.",
    "Gong said the two cities have carried out practical cooperation in trade, exhibitions and sports for years.",
    "Keller said more than 600 Chinese enterprises invest in Düsseldorf and that the city welcomes more of them.",
]
TITLE = "Shanghai and Düsseldorf mayors discuss deepening cooperation"


def capture_text(
    *, top: list[str] = (), header: list[str] = (), trailer: list[str] = (), body: list[str] = BODY
) -> str:
    """A small capture: lines above the title, the title, header lines, the body, trailer lines."""
    return "\n".join([*top, TITLE, *header, "", *(p + "\n" for p in body), *trailer]) + "\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2023-04-17", dt.date(2023, 4, 17)),
        ("Published: April 17, 2023", dt.date(2023, 4, 17)),
        ("Updated: 2023-04-17 14:02", dt.date(2023, 4, 17)),
        ("Datum: 13.09.2024", dt.date(2024, 9, 13)),
        ("17.04.2023", dt.date(2023, 4, 17)),
        ("April 17, 2023", dt.date(2023, 4, 17)),
        ("17 April 2023", dt.date(2023, 4, 17)),
        ("13. September 2024", dt.date(2024, 9, 13)),
        (f"Veröffentlichungsdatum:13.09.2024{NBSP * 5}Quelle:german.shanghai.gov.cn", dt.date(2024, 9, 13)),
        ("By Xu Fang | April 17, 2023", dt.date(2023, 4, 17)),
        ("By JOHN MILLER | Berliner Morgenpost | Updated: 2024-03-05 10:12", dt.date(2024, 3, 5)),
        ("Von Anna Schmidt in Köln | Rheinische Post · Aktualisiert: 05.03.2024, 10:12 Uhr", dt.date(2024, 3, 5)),
        ("31.02.2024", None),
        ("date 2024-13-01", None),
    ],
)
@pytest.mark.parametrize("where", ["top", "header", "trailer"])
def test_date_line_positions(line: str, expected: dt.date | None, where: str) -> None:
    result = parse_capture(capture_text(**{where: [line]}))
    assert result.published == expected
    assert result.title == TITLE
    assert result.paragraphs == BODY
    assert " ".join(line.split()) in result.removed


def test_invalid_date_is_skipped_for_a_later_valid_one() -> None:
    result = parse_capture(capture_text(header=["Datum: 31.02.2024", "Datum: 13.09.2024"]))
    assert result.published == dt.date(2024, 9, 13)


def test_only_date_invalid() -> None:
    result = parse_capture(capture_text(top=["date 2024-02-31"]))
    assert result.published is None
    assert result.title == TITLE
    assert result.paragraphs == BODY


def test_published_beats_updated_and_bare_dates() -> None:
    result = parse_capture(capture_text(header=["Updated: 2023-04-18 09:00", "Published: 2023-04-17 08:00"]))
    assert result.published == dt.date(2023, 4, 17)
    result = parse_capture(capture_text(header=["Updated: 2023-04-18 09:00"], trailer=["17.04.2023"]))
    assert result.published == dt.date(2023, 4, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "The partnership was signed on 22 July 2004 in Düsseldorf, and both cities celebrate it every year.",
        "Die Partnerschaft wurde am 22.07.2004 in Düsseldorf unterzeichnet und wird jedes Jahr gefeiert.",
        "13. September 2024: An diesem Tag trafen sich die Bürgermeister beider Städte zum ersten Mal im Rathaus.",
    ],
)
def test_no_date_from_body_sentences(sentence: str) -> None:
    result = parse_capture(capture_text(body=[BODY[0], sentence, BODY[2]]))
    assert result.published is None
    assert sentence in result.paragraphs


def test_date_line_inside_the_body_is_not_the_publication_date() -> None:
    body = [BODY[0], BODY[1], "22. Juli 2004", BODY[2]]
    result = parse_capture(capture_text(body=body))
    assert result.published is None
    assert "22. Juli 2004" in result.paragraphs


# Date lines as real news sites print them: (line, publication date, source it names)
D = dt.date
REAL_DATE_LINES = [
    # English: time before the date (People's Daily, CGTN, AP, SHINE, section pages)
    ("14:25, April 25, 2024", D(2024, 4, 25), None),
    ("(People's Daily Online) 14:25, April 25, 2024", D(2024, 4, 25), "People's Daily Online"),
    ("16:42 September 05, 2024", D(2024, 9, 5), None),
    ("All News 16:42 September 05, 2024", D(2024, 9, 5), None),
    ("Updated 21:36, 14-Jun-2022", D(2022, 6, 14), None),
    ("21:36, 14-Jun-2022", D(2022, 6, 14), None),
    ("Updated 2:25 PM GMT+2, April 25, 2024", D(2024, 4, 25), None),
    ("Published 7:02 AM EDT, Thu April 25, 2024", D(2024, 4, 25), None),
    ("15:08 UTC+8, 2023-04-17", D(2023, 4, 17), None),
    # English: agency or outlet first (Xinhua, Global Times, ecns)
    ("Xinhua | Updated: 2024-04-25 14:25:03", D(2024, 4, 25), "Xinhua"),
    ("Global Times | Published: Apr 25, 2024 09:12 PM", D(2024, 4, 25), "Global Times"),
    ("2024-04-25 14:25:03 Source: Xinhua", D(2024, 4, 25), "Xinhua"),
    ("dpa | 16.05.2024, 10:31 Uhr", D(2024, 5, 16), "dpa"),
    # English: date before the time
    ("Published: 25 Apr 2024 09:12 GMT", D(2024, 4, 25), None),
    ("14-Jun-2022", D(2022, 6, 14), None),
    ("Jun 14, 2022 | 21:36", D(2022, 6, 14), None),
    ("June 14, 2022 at 9:36 p.m.", D(2022, 6, 14), None),
    ("Posted: Tue, 14 Jun 2022 21:36:00 +0800", D(2022, 6, 14), None),
    ("Last updated on 14.06.2022", D(2022, 6, 14), None),
    ("Updated on: 16 May 2024", D(2024, 5, 16), None),
    ("2022/06/14", D(2022, 6, 14), None),
    ("2022.06.14", D(2022, 6, 14), None),
    ("14 Jun 2022, 21:36 CET", D(2022, 6, 14), None),
    ("Thu 25 Apr 2024 14.25 BST", D(2024, 4, 25), None),
    ("First published on Thu 25 Apr 2024 14.25 BST", D(2024, 4, 25), None),
    ("April 25, 2024 2:25 PM GMT+2 Updated 3 hours ago", D(2024, 4, 25), None),
    ("Apr 25, 2024, 2:25 PM ET", D(2024, 4, 25), None),
    ("May 16, 2024 10:31 a.m. ET", D(2024, 5, 16), None),
    ("Thu, 16 May 2024 10:31:00 GMT", D(2024, 5, 16), None),
    ("Thursday 16th May 2024", D(2024, 5, 16), None),
    ("Last Updated: Thursday, May 16, 2024 | 10:31 AM", D(2024, 5, 16), None),
    ("April 25, 2024 / 7:02 AM / CBS News", D(2024, 4, 25), None),
    ("25 April 2024 | Ministry of Foreign Affairs", D(2024, 4, 25), None),
    ("Press Release | April 25, 2024", D(2024, 4, 25), None),
    ("News Release – April 25, 2024", D(2024, 4, 25), None),
    ("Posted on May 16, 2024 by John Miller", D(2024, 5, 16), None),
    ("BEIJING, April 25, 2024 /PRNewswire/ --", D(2024, 4, 25), None),
    # German: press offices of cities and states
    ("Rathauskorrespondenz vom 16.05.2024", D(2024, 5, 16), None),
    ("Pressemitteilung vom 16. Mai 2024", D(2024, 5, 16), None),
    ("Pressemitteilung Nr. 123/2024 vom 16.05.2024", D(2024, 5, 16), None),
    ("Pressemitteilung | 16.05.2024", D(2024, 5, 16), None),
    ("Meldung vom 16.05.2024, 10:31 Uhr", D(2024, 5, 16), None),
    ("Rathaus Umschau 93 / 2024, veröffentlicht am 16.05.2024", D(2024, 5, 16), None),
    ("Erstellt am 16.05.2024", D(2024, 5, 16), None),
    ("Eingestellt am 16.05.2024", D(2024, 5, 16), None),
    ("Veröffentlicht am: 16. Mai 2024", D(2024, 5, 16), None),
    # German: newspapers, broadcasters, blogs
    ("Stand: 16.05.2024 10:31 Uhr", D(2024, 5, 16), None),
    ("16.05.2024 | 10:31 Uhr", D(2024, 5, 16), None),
    ("10:31 Uhr, 16.05.2024", D(2024, 5, 16), None),
    ("Do., 16.05.2024", D(2024, 5, 16), None),
    ("Do 16.05.2024 10:31 Uhr MESZ", D(2024, 5, 16), None),
    ("Mi 15.05.2024 | 10:31", D(2024, 5, 15), None),
    ("Sa, 18. Mai 2024", D(2024, 5, 18), None),
    ("Donnerstag, 16. Mai 2024, 10:31 Uhr", D(2024, 5, 16), None),
    ("16. Mai 2024 um 10:31 Uhr", D(2024, 5, 16), None),
    ("16. Mai 2024, 10:31 Uhr | Lesezeit: 2 Min.", D(2024, 5, 16), None),
    ("16.05.2024 – 10:31 Uhr – Lesedauer: 3 Minuten", D(2024, 5, 16), None),
    ("Datum: 16.05.24", D(2024, 5, 16), None),
    ("Datum: 16.05.98", D(1998, 5, 16), None),
    ("Datum: 16. Mai 2024 | Uhrzeit: 10:31", D(2024, 5, 16), None),
    ("Aktualisiert: 16.05.2024", D(2024, 5, 16), None),
    ("Letzte Änderung: 17.05.2024", D(2024, 5, 17), None),
    ("Veröffentlicht am 16.05.2024 von Anna Schmidt", D(2024, 5, 16), None),
    ("Politik | 16.05.2024", D(2024, 5, 16), None),  # a rubric, not a source
    ("Xinhua | 16.05.2024 10:31", D(2024, 5, 16), "Xinhua"),
    ("2024年05月16日 10:31 来源：新华网", D(2024, 5, 16), "新华网"),
    # a dateline is a date line only with a year
    ("BERLIN, 16. Mai 2024 (Xinhua) --", D(2024, 5, 16), "Xinhua"),
    # impossible dates
    ("Pressemitteilung vom 31. Februar 2024", None, None),
    ("14:25, February 30, 2024", None, None),
    ("Updated 21:36, 31-Jun-2022", None, None),
]


@pytest.mark.parametrize(("line", "expected", "source"), REAL_DATE_LINES)
@pytest.mark.parametrize("where", ["top", "header", "trailer"])
def test_real_date_lines(line: str, expected: dt.date | None, source: str | None, where: str) -> None:
    result = parse_capture(capture_text(**{where: [line]}))
    assert result.published == expected
    assert result.source == source
    assert result.title == TITLE
    assert result.paragraphs == BODY
    assert line in result.removed


@pytest.mark.parametrize(("line", "expected", "source"), REAL_DATE_LINES)
def test_parse_date_real_date_lines(line: str, expected: dt.date | None, source: str | None) -> None:
    assert parse_date(line) == expected


@pytest.mark.parametrize(
    ("line", "editor", "source"),
    [
        ("By Li Hongyang (People's Daily) 08:49, April 26, 2024", "Li Hongyang", "People's Daily"),
        ("Posted by John Miller on May 16, 2024", "John Miller", None),
        ("Posted on May 16, 2024 by John Miller", "John Miller", None),
        ("Von Anna Schmidt am 16.05.2024, 10:31 Uhr", "Anna Schmidt", None),
        ("Von Anna Schmidt (dpa) | 16.05.2024", "Anna Schmidt", "dpa"),
    ],
)
def test_bylines_with_dates(line: str, editor: str, source: str | None) -> None:
    result = parse_capture(capture_text(header=[line]))
    assert (result.published is not None, result.editor, result.source) == (True, editor, source)
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Mai 2024",  # a month is not a day
        "September 2024",
        "BERLIN, 16. Mai (Xinhua) --",  # a dateline without a year
        "SHANGHAI, June 15 (Xinhua) --",
        "25:10, April 25, 2024",  # no such time: not a date line
    ],
)
@pytest.mark.parametrize("where", ["header", "trailer"])
def test_no_publication_date_without_a_day_and_year(line: str, where: str) -> None:
    result = parse_capture(capture_text(**{where: [line]}))
    assert result.published is None
    assert result.title == TITLE
    assert result.paragraphs == BODY
    assert parse_date(line) is None


def test_section_label_above_a_time_first_date() -> None:
    result = parse_capture(capture_text(top=["All News"], header=["16:42 September 05, 2024"]))
    assert (result.title, result.published, result.paragraphs) == (TITLE, D(2024, 9, 5), BODY)
    assert result.removed == ["All News", "16:42 September 05, 2024"]


@pytest.mark.parametrize(
    ("header", "trailer"),
    [
        (["Updated 21:36, 14-Jun-2022", "Published: 13 Jun 2022 09:00"], []),
        (["Updated: 2022-06-14 21:36"], ["Published: 13 Jun 2022"]),
        (["Aktualisiert: 14.06.2022, 21:36 Uhr", "Veröffentlicht am: 13. Juni 2022"], []),
        (["Stand: 14.06.2022 21:36 Uhr"], ["Pressemitteilung vom 13. Juni 2022"]),
        (["Stand: 14.06.2022 21:36 Uhr", "Erstellt am 13.06.2022"], []),
        (["Zuletzt aktualisiert am 14.06.2022 | Veröffentlicht am 13.06.2022"], []),
        (["Updated 14.06.2022 08:00 | Published 13.06.2022 10:31"], []),
        (["Xinhua | Updated: 2022-06-14 21:36", "Release Time: 2022-06-13 09:00"], []),
        (["Last updated on 14.06.2022"], ["13 June 2022"]),  # a plain date beats an update too
    ],
)
def test_published_beats_updated_in_real_date_lines(header: list[str], trailer: list[str]) -> None:
    result = parse_capture(capture_text(header=header, trailer=trailer))
    assert result.published == D(2022, 6, 13)
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    "lead",
    [
        "BERLIN, May 16 (Xinhua) -- German Chancellor Olaf Scholz met the mayor of Shanghai on Thursday.",
        "BERLIN, 16. Mai (Xinhua) -- Bundeskanzler Olaf Scholz hat am Donnerstag den Bürgermeister getroffen.",
        "BERLIN, May 16, 2024 (Xinhua) -- German Chancellor Olaf Scholz met the mayor of Shanghai on Thursday.",
        "14:25, April 25, 2024: the mayors of both cities signed the agreement in the city hall of Düsseldorf.",
        "Pressemitteilung vom 16. Mai 2024: Die Stadt Köln begrüßt eine Delegation aus Peking im Rathaus.",
        "Am 16.05.2024 um 10:31 Uhr unterzeichneten beide Bürgermeister das Abkommen im Rathaus.",
        "Stand: 16.05.2024 – die Stadt hat bisher drei Delegationen aus Peking im Rathaus empfangen.",
    ],
)
def test_no_date_from_the_lead_sentence(lead: str) -> None:
    result = parse_capture(capture_text(body=[lead, BODY[1], BODY[2]]))
    assert result.published is None
    assert result.paragraphs == [lead, BODY[1], BODY[2]]


def test_dateline_lead_after_a_date_line() -> None:
    lead = "BERLIN, May 16 (Xinhua) -- German Chancellor Olaf Scholz met the mayor of Shanghai on Thursday."
    result = parse_capture(capture_text(header=["Source: Xinhua", "2024-05-17 09:12:00"], body=[lead, *BODY[1:]]))
    assert (result.published, result.source) == (D(2024, 5, 17), "Xinhua")
    assert result.paragraphs == [lead, *BODY[1:]]


# ---------------------------------------------------------------------------
# Source and editor


@pytest.mark.parametrize(
    ("line", "source", "editor"),
    [
        (f"Source:{NBSP}SHINE{NBSP}{NBSP}{NBSP} Editor:{NBSP}Xu Fang", "SHINE", "Xu Fang"),
        ("Source: SHINE | Editor: Xu Fang", "SHINE", "Xu Fang"),
        ("Source: Xinhua", "Xinhua", None),
        ("Source: https://www.shine.cn/news/metro/2304179552/", "www.shine.cn", None),
        ("Editor: Xu Fang", None, "Xu Fang"),
        ("Editor-in-charge: Li Qian", None, "Li Qian"),
        ("Quelle: german.shanghai.gov.cn", "german.shanghai.gov.cn", None),
        ("Quelle: dpa", "dpa", None),
        ("Redaktion: Markus Weber", None, "Markus Weber"),
        ("Autor: Anna Schmidt", None, "Anna Schmidt"),
        ("Autorin: Anna Schmidt · Quelle: WDR", "WDR", "Anna Schmidt"),
        ("Text: Anna Schmidt", None, "Anna Schmidt"),
        ("By Xu Fang", None, "Xu Fang"),
        ("By Xu Fang and Li Qian", None, "Xu Fang and Li Qian"),
        ("Von Anna Schmidt", None, "Anna Schmidt"),
        ("Von Anna Schmidt und Jan de Vries", None, "Anna Schmidt und Jan de Vries"),
        ("Written by John Miller", None, "John Miller"),
        ("(Xinhua)", "Xinhua", None),
        ("来源：上海市人民政府", "上海市人民政府", None),
        ("Source: Xinhua Editor: Zhang Rui 2022-10-12", "Xinhua", "Zhang Rui"),
        ("By DU JUAN | China Daily | Updated: 2024-09-04 07:32", "China Daily", "DU JUAN"),
        ("By Li Wei in Hamburg | Global Times | 2023-06-15", "Global Times", "Li Wei"),
    ],
)
@pytest.mark.parametrize("where", ["header", "trailer"])
def test_source_and_editor_lines(line: str, source: str | None, editor: str | None, where: str) -> None:
    result = parse_capture(capture_text(**{where: [line]}))
    assert (result.source, result.editor) == (source, editor)
    assert result.paragraphs == BODY
    assert result.title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Von Düsseldorf nach Chongqing",
        "By the end of the year",
        "Quelle der Freundschaft",
        "Shanghai | Düsseldorf | Partner Cities",  # site-like words between bars, but no date or byline
    ],
)
def test_not_a_byline(line: str) -> None:
    result = parse_capture(capture_text(body=[BODY[0], BODY[1], line, BODY[2]]))
    assert result.editor is None
    assert result.source is None
    assert line in result.paragraphs


def test_labelled_source_beats_site_name() -> None:
    result = parse_capture(capture_text(header=["nrwheute"], trailer=["Quelle: WDR"]))
    assert result.source == "WDR"
    result = parse_capture(capture_text(header=["nrwheute"]))
    assert result.source == "nrwheute"


# ---------------------------------------------------------------------------
# Titles


@pytest.mark.parametrize(
    ("top", "source"),
    [
        ([f"News{NBSP}/{NBSP}Metro"], None),
        (["Home › World › Europe"], None),
        (["Startseite > Politik > Ausland"], None),
        (["SHINE"], "SHINE"),
        (["nrwheute"], "nrwheute"),
        (["german.shanghai.gov.cn"], "german.shanghai.gov.cn"),
        (["Politik"], None),  # a kicker, not a site name
        (["Städtepartnerschaft"], None),
        (["date 2023-04-17", f"News{NBSP}/{NBSP}Metro", ""], None),
        (["3 Min. Lesezeit"], None),
        (["Teilen", "Drucken"], None),
        # short lines above a longer headline: kicker, rubric, an office's name
        (["Besuch im Rathaus"], None),
        (["Freie und Hansestadt Hamburg", "Pressemitteilung"], None),
        (["Gyeonggi Provincial Government", "News Release"], None),
        # a banner above the breadcrumb is the site's name, even when the headline is short
        (["Stadt Dortmund", "Startseite > Presse"], "Stadt Dortmund"),
        (["Embassy of Belgium", "Home > News"], "Embassy of Belgium"),
        (["We use cookies to give you the best experience on our website. Please accept them.", "Accept all"], None),
    ],
)
def test_title_after_top_lines(top: list[str], source: str | None) -> None:
    result = parse_capture(capture_text(top=top))
    assert result.title == TITLE
    assert result.source == source
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "title", "source"),
    [
        (f"{TITLE} | nrwheute", TITLE, "nrwheute"),
        (f"{TITLE} | Rheinische Post", TITLE, "Rheinische Post"),
        (f"{TITLE} – SHINE", TITLE, "SHINE"),
        (f"{TITLE} - german.shanghai.gov.cn", TITLE, "german.shanghai.gov.cn"),
        (
            "Shanghai und Köln – eine Partnerschaft mit Zukunft",
            "Shanghai und Köln – eine Partnerschaft mit Zukunft",
            None,
        ),
        ("Xi'an und Dortmund: Neue Impulse | Teil 2 von 3", "Xi'an und Dortmund: Neue Impulse | Teil 2 von 3", None),
        ("Reker besucht Shanghai und Peking (Video)", "Reker besucht Shanghai und Peking (Video)", None),
    ],
)
def test_title_suffix(line: str, title: str, source: str | None) -> None:
    result = parse_capture(capture_text().replace(TITLE, line, 1))
    assert (result.title, result.source) == (title, source)
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (["Stadt Dortmund", "Startseite > Presse"], "Xi'an zu Gast"),
        (["Rathaus Umschau", "Home > Presse"], "Kahr in Harbin"),
        (["Wirtschaft", "Messebesuch"], "Suzhou trifft Düsseldorf"),
    ],
)
def test_short_headline_after_a_site_banner_or_kickers(top: list[str], title: str) -> None:
    result = parse_capture(capture_text(top=top).replace(TITLE, title, 1))
    assert result.title == title
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    "caption",
    [
        "Oberbürgermeisterin Henriette Reker (M.) mit den Gästen aus Peking",
        "Mayor Gong Zheng poses with the delegation from Düsseldorf",
    ],
)
def test_short_headline_above_a_longer_caption_stays(caption: str) -> None:
    result = parse_capture(capture_text(header=[caption]).replace(TITLE, "Reker empfängt Gäste", 1))
    assert result.title == "Reker empfängt Gäste"
    assert result.paragraphs == BODY


def test_site_name_under_the_title() -> None:
    result = parse_capture(capture_text(header=["nrwheute", "3 Min. Lesezeit"]))
    assert (result.title, result.source) == (TITLE, "nrwheute")
    assert result.removed == ["nrwheute", "3 Min. Lesezeit"]


def test_title_question_mark() -> None:
    text = capture_text().replace(TITLE, "Warum feiern Chongqing und Düsseldorf ihre Partnerschaft?", 1)
    assert parse_capture(text).title == "Warum feiern Chongqing und Düsseldorf ihre Partnerschaft?"


def test_no_headline_gives_the_first_sentence_as_title_shortened_only_when_very_long() -> None:
    result = parse_capture("\n\n".join(BODY))
    assert result.title_from_text
    assert BODY[0].startswith(result.title)  # whole, as archivists label a page that prints no headline
    assert result.paragraphs == BODY
    long = BODY[0].rstrip(".") + ", " + ", ".join(["and with many more guests from the region"] * 5) + "."
    result = parse_capture("\n\n".join([long, *BODY[1:]]))
    assert result.title.endswith(" …")
    assert len(result.title) <= 202


@pytest.mark.parametrize(
    "date_line",
    [
        f"{TITLE} | Updated:2022-01-18",
        f"18. January 2022 : {TITLE}",
        f"2022-01-18 | {TITLE} | Editor: Xu Fang",
    ],
)
def test_headline_printed_on_the_date_line(date_line: str) -> None:
    text = "\n".join(["Home | News | Sister cities | Services", "Home > News", "", date_line, "", *BODY])
    result = parse_capture(text)
    assert result.title == TITLE
    assert not result.title_from_text
    assert settle(result.published, result.lines, *result.span, "en")[0] == dt.date(2022, 1, 18)
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    "date_line",
    [
        "Donnerstag, 16. Mai 2024 | Lokales aus Stadt und Landkreis",
        "Veröffentlicht am 16.05.2024 | Stadt Düsseldorf Amt für Kommunikation",
        "Stand: 16.05.2024 | Lesedauer etwa drei Minuten",
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_text_on_a_date_line_never_beats_the_headline(date_line: str, above: bool) -> None:
    top = [date_line, TITLE] if above else [TITLE, date_line]
    assert parse_capture("\n".join([*top, "", *BODY])).title == TITLE


def test_no_headline_from_a_date_line_of_labels() -> None:
    text = "\n".join(["Source: Xinhua | 2023-11-07 | Editor: huaxia", "", *BODY])
    result = parse_capture(text)
    assert result.title_from_text
    assert result.published == dt.date(2023, 11, 7)


def test_headline_below_a_blog_tagline_and_an_action_menu() -> None:
    text = "\n".join(
        [
            "Berlin Jetzt",
            "Eine weitere WordPress-Website",
            "Sign up | Send a Release",
            TITLE,
            "Teilen Sie diesen Artikel",
            "",
            *BODY,
        ]
    )
    result = parse_capture(text)
    assert result.title == TITLE
    assert "Teilen Sie diesen Artikel" in result.removed
    assert result.paragraphs == BODY


@pytest.mark.parametrize(
    "caption",
    [
        "Zu einem Empfang hatte Landrat Josef Hauner (Mitte) die Gäste aus Weifang in den Bräukeller eingeladen.",
        "Die Delegation aus China und die stellvertretende Landrätin (5. v. r.) am Gedenkstein im Klostergarten.",
        "Mayor Gong Zheng (right) welcomes the delegation from Düsseldorf at the city government on Friday.",
    ],
)
def test_photo_caption_sentence_above_the_headline(caption: str) -> None:
    result = parse_capture(capture_text(top=["+", caption, ""]))
    assert result.title == TITLE
    assert caption in result.removed
    assert result.paragraphs == BODY


@pytest.mark.parametrize("headline", ["Bonn (Germany)", "Berlin, Germany"])
def test_place_name_headline_under_a_breadcrumb_beats_the_breadcrumb_section(headline: str) -> None:
    top = [
        "Chengdu Municipal Foreign Affairs Office",
        "Home > Sister Cities",
        headline,
        "Release Time:2010-07-01 16:07",
    ]
    result = parse_capture("\n".join([*top, "", *BODY]))
    assert result.title == headline
    assert result.published == dt.date(2010, 7, 1)


def test_short_first_line_headline_above_its_dek_and_byline() -> None:
    text = "\n".join(
        [
            "Unbreakable bond spans decades",
            "",
            "Wuhan and Duisburg share cooperation in many fields, bringing China and Germany closer",
            "",
            "By Chen Ying in Wuhan | China Daily | Updated: 2024-04-15 09:19",
            "Share",
            "Share - WeChat",
            "",
            *BODY,
        ]
    )
    result = parse_capture(text)
    assert result.title == "Unbreakable bond spans decades"
    assert "Share - WeChat" in result.removed
    assert result.paragraphs == BODY


def test_headline_glued_to_a_leading_date() -> None:
    result = parse_capture("\n".join([f"date 2024-10-08 {TITLE}", "", *BODY]))
    assert result.title == TITLE
    assert settle(result.published, result.lines, *result.span, "en")[0] == dt.date(2024, 10, 8)


def test_kicker_glued_with_a_colon_goes_when_the_page_shows_it_apart() -> None:
    top = ["1. Startseite", "2. Lokal", "3. Freizeit und Politik: " + TITLE, "Freizeit und Politik " + TITLE]
    assert parse_capture("\n".join([*top, "", *BODY])).title == TITLE
    alone = parse_capture("\n".join(["Freizeit und Politik: " + TITLE, "", *BODY]))
    assert alone.title == "Freizeit und Politik: " + TITLE


def test_two_word_headline_under_a_topic_label() -> None:
    result = parse_capture("\n".join(["| Antrittsbesuch", "", "Handelspartner China", "", *BODY]))
    assert result.title == "Handelspartner China"
    assert not result.title_from_text
    assert result.paragraphs == BODY


def test_two_word_first_line_above_the_text_is_no_headline() -> None:
    result = parse_capture("\n".join(["Stadt Bonn", "", *BODY]))
    assert result.title_from_text


CHINESE_VERSION = [
    "吕志成会见德国驻沈阳总领事",
    "时间:2022-10-27  撰稿人:  供稿部门:本站原创",
    "",
    "10月25日,市委副书记、市长吕志成会见德国驻沈阳总领事毕满天一行。",
    "吕志成介绍了沈阳经济社会发展情况,希望双方在汽车、装备制造和环保领域加强合作。",
    "毕满天表示,总领事馆愿继续发挥桥梁作用,向德国企业推介沈阳。",
    "",
]


@pytest.mark.parametrize("chinese_first", [True, False])
def test_bilingual_page_keeps_its_english_version(chinese_first: bool) -> None:
    english = [TITLE, "", *BODY, ""]
    lines = [*CHINESE_VERSION, *english] if chinese_first else [*english, *CHINESE_VERSION]
    result = parse_capture("\n".join(["沈阳市人民政府外事办公室", "首页 | 工作动态 | 友好城市 | English", *lines]))
    assert result.title == TITLE
    assert result.paragraphs == BODY
    if chinese_first:
        assert result.published == dt.date(2022, 10, 27)


def test_chinese_page_with_an_english_line_stays_chinese() -> None:
    result = parse_capture("\n".join([*CHINESE_VERSION, "Shenyang receives the German consul general."]))
    assert result.paragraphs[0].startswith("10月25日")


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (["BERLIN, 16. Mai (Xinhua) --"], TITLE),
        (["Home | News | Metro | World", "2019-08-28 09:12 Shanghai Daily"], TITLE),
        (["Bitte aktivieren Sie JavaScript, um alle Funktionen zu nutzen.", "Shanghai"], TITLE),
        (["Neuss Dormagen Grevenbroich Kaarst Meerbusch"], TITLE),
        (["v Shanghai feiert v Hamburg empfängt v Mehr Nachrichten"], TITLE),
        (['<img src="photo.jpg" alt="Gong Zheng">'], TITLE),
        (["Most Requested Investing in Beijing Working in Beijing Studying in Beijing Living in Beijing"], TITLE),
        (["English About Changzhou Mayor's Mailbox Government Bulletin Latest News Laws and Regulations"], TITLE),
    ],
)
def test_headline_is_never_navigation_dateline_notice_or_markup(top: list[str], title: str) -> None:
    places = {"Neuss", "Dormagen", "Grevenbroich", "Kaarst", "Meerbusch", "Shanghai"}
    result = parse_capture(
        "\n".join([*top, "", title, "", *BODY]), lambda text: sum(1 for word in text.split() if word in places)
    )
    assert result.title == title
    assert not result.title_from_text
    assert result.paragraphs == BODY


def test_headline_and_lead_repeats_are_dropped() -> None:
    text = capture_text(
        header=[
            "",
            BODY[0],
            TITLE,
            "",
            "Shanghai Mayor Gong Zheng shakes hands with Stephan Keller, mayor of Düsseldorf",
        ]
    )
    result = parse_capture(text)
    assert result.title == TITLE
    assert result.paragraphs == BODY
    assert result.removed == ["Shanghai Mayor Gong Zheng shakes hands with Stephan Keller, mayor of Düsseldorf"]


def test_truncated_teaser_is_replaced_by_the_full_lead() -> None:
    teaser = BODY[0][:60] + "…"
    result = parse_capture(capture_text(header=[teaser]))
    assert result.paragraphs == BODY


# ---------------------------------------------------------------------------
# Noise, in both languages


HEADER_NOISE = [
    # reading-time badges
    "3 Min. Lesezeit",
    "⏱ 3 Min.",
    "5 min read",
    "Lesezeit: 4 Minuten",
    "Reading time: 2 min",
    "Lesedauer 6 Min.",
    "2 minutes read",
    "Less than a minute read",
    "ca. 3 Min.",
    # captions and credits
    "Shanghai Mayor Gong Zheng talks with Stephan Keller, the mayor of Düsseldorf, Germany",
    "Shanghai Mayor Gong Zheng poses with Jan Hoogmartens, Belgian ambassador to China",
    "Photo: Ti Gong",
    "(Photo: Xinhua)",
    "Photo by Li Wei/SHINE",
    "Foto: Stadt Köln / Alexander Schwaiger",
    "Bild: picture alliance/dpa",
    "Fotos: Anna Schmidt",
    "Image: Getty Images",
    "Credit: Reuters",
    "© Stadt Düsseldorf",
    "© 2024 Landeshauptstadt Düsseldorf",
    "Oberbürgermeister Stephan Keller (r.) empfängt die Delegation aus Shanghai. (Foto: Stadt Düsseldorf)",
    "Oberbürgermeister Stephan Keller (r.) begrüßt Gong Zheng im Rathaus.",
    "Gong Zheng (right) meets Stephan Keller in Shanghai on Friday.",
    "Gong Zheng (2nd L) poses with Stephan Keller and members of the delegation in Shanghai.",
    "Ti Gong",
    "Wang Rongjiang / SHINE",
    "Imaginechina",
    "Shot by Zhou Shengjie. Edited by Zhou Shengjie. Subtitles by Yang Yang.",
    "A Hamburg trade delegation visits the port in Shanghai, June 15, 2023. (Xinhua/Wang Peng)",
    "Gong Zheng meets Stephan Keller in Shanghai on Friday. [Photo provided to chinadaily.com.cn]",
    "Die Delegation vor dem Rathaus. Foto: Stadt Köln",
    "The delegation in front of the city hall | Photo: Xinhua",
    "Die Oberbürgermeisterin mit den Gästen aus Shanghai / dpa",
    # breadcrumbs, share and print, ads, navigation
    "News / Metro",
    "Startseite › Politik › Ausland",
    "Share",
    "Teilen",
    "Share this article",
    "Teile diesen Artikel",
    "Diesen Artikel teilen",
    "Share on Facebook",
    "Share on WhatsApp",
    "Auf Facebook teilen",
    "Facebook Twitter WhatsApp E-Mail",
    "Facebook | X | LinkedIn",
    "Print",
    "Drucken",
    "Artikel drucken",
    "Print this article",
    "Anzeige",
    "Advertisement",
    "Font size: A A A",
    "Schriftgröße: A+ A-",
    "Listen to this article",
    "Artikel anhören",
    "Zum Inhalt springen",
    "Skip to content",
    "Bildergalerie",
    # cookie banners
    "We use cookies to improve your experience on our website. By browsing this site, you agree to our use of cookies.",
    "Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie zu.",
    "Wir verwenden Cookies.",
    "Alle akzeptieren",
    "Accept all cookies",
    "Cookie-Einstellungen",
    # script junk
    "INavigationController.",
    "undefined",
    "[object Object]",
    "javascript:void(0);",
    "Loading...",
    "Wird geladen …",
    "Bitte aktivieren Sie JavaScript, um diese Seite vollständig zu nutzen.",
    "* * *",
    "—",
]


@pytest.mark.parametrize("line", HEADER_NOISE)
def test_noise_under_the_title(line: str) -> None:
    result = parse_capture(capture_text(header=[line]))
    assert result.title == TITLE
    assert result.paragraphs == BODY
    assert result.removed == [" ".join(line.split())]


SHARE_BUTTONS = [
    "Share",
    "Teilen",
    "Share this article",
    "Teile diesen Artikel",
    "Diesen Artikel teilen",
    "Share on Facebook",
    "Share on WhatsApp",
    "Auf Facebook teilen",
    "Facebook Twitter WhatsApp E-Mail",
    "Facebook | X | LinkedIn",
    "Print",
    "Drucken",
    "Artikel drucken",
    "Print this article",
]
BODY_NOISE = [
    line
    for line in HEADER_NOISE
    if line not in SHARE_BUTTONS and not line.startswith(("Shanghai Mayor", "News /", "Startseite"))
] + [
    "Lesen Sie auch: Shenyang und Gelsenkirchen erneuern Partnerschaftsvertrag",
    "Read more: Hamburg mayor visits Shanghai port",
    "v.l.n.r.: Karin Welge, Wang Ling und Bernd Kriegesmann bei der Unterzeichnung",
    "Gong Zheng (left) and Stephan Keller pose for a group photo after the talks",
]


@pytest.mark.parametrize("line", BODY_NOISE)
def test_noise_between_paragraphs(line: str) -> None:
    result = parse_capture(capture_text(body=[BODY[0], BODY[1], line, BODY[2]]))
    assert result.paragraphs == BODY
    assert result.removed == [" ".join(line.split())]


@pytest.mark.parametrize("line", SHARE_BUTTONS)
def test_share_buttons(line: str) -> None:
    assert set(SHARE_BUTTONS) <= set(HEADER_NOISE)
    # between headline and lead, or between lead and body: only the line goes
    result = parse_capture(capture_text(body=[BODY[0], line, BODY[1], BODY[2]]))
    assert (result.paragraphs, result.removed) == (BODY, [line])
    # after two paragraphs: the article has ended
    result = parse_capture(capture_text(body=[BODY[0], BODY[1], line, BODY[2]]))
    assert (result.paragraphs, result.removed) == (BODY[:2], [line, BODY[2]])


TRAILER_MARKERS = [
    "Teile diesen Artikel",
    "Hinterlasse einen Kommentar",
    "Leave a Reply",
    "Leave a comment",
    "Your email address will not be published. Required fields are marked *",
    "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
    "Share this article",
    "Share on Facebook",
    "Share on Twitter",
    "Kommentar schreiben",
    "Schreibe einen Kommentar",
    "Kommentare (3)",
    "2 Comments",
    "Related articles",
    "Related Posts",
    "Ähnliche Artikel",
    "Weitere Nachrichten",
    "Das könnte Sie auch interessieren",
    "You may also like",
    "Mehr zum Thema",
    "More from SHINE",
    "Tags: Shanghai, Düsseldorf, sister cities",
    "Schlagwörter: Köln, Shanghai",
    "Themen: Städtepartnerschaft",
    "Print",
    "Drucken",
    "Previous article",
    "Nächster Artikel",
]


@pytest.mark.parametrize("marker", TRAILER_MARKERS)
def test_trailer_marker_drops_the_rest(marker: str) -> None:
    trailer = [
        "",
        marker,
        "Hamburg mayor visits Shanghai port and signs an agreement on hydrogen cooperation.",
        "Max Mustermann",
        "This is a comment that somebody left below the article about the visit.",
        "Name *",
    ]
    result = parse_capture(capture_text(trailer=trailer))
    assert result.paragraphs == BODY
    assert result.removed == [line for line in trailer if line]


@pytest.mark.parametrize("marker", ["Related articles", "Tags: Shanghai", "Kommentare (3)"])
def test_trailer_marker_above_the_article_drops_only_itself(marker: str) -> None:
    result = parse_capture(capture_text(header=[marker]))
    assert result.paragraphs == BODY
    assert result.removed == [marker]


def test_editor_after_share_buttons_is_still_read() -> None:
    result = parse_capture(capture_text(trailer=["Print  Close", "Editor: Wang Jing"]))
    assert result.editor == "Wang Jing"
    assert result.paragraphs == BODY


def test_dates_after_related_articles_are_not_read() -> None:
    trailer = ["Related articles", "Hamburg mayor visits Shanghai port", "Updated: 2021-04-02 10:00"]
    result = parse_capture(capture_text(trailer=trailer))
    assert result.published is None


# ---------------------------------------------------------------------------
# Junk glued to sentences


@pytest.mark.parametrize(
    ("line", "kept", "junk"),
    [
        (
            "Beide Städte haben Geschäftsunternehmungen vorangetrieben.INavigationController.",
            "Beide Städte haben Geschäftsunternehmungen vorangetrieben.",
            "INavigationController.",
        ),
        (
            "Both cities signed a memorandum on Monday in Shanghai.IWebViewDelegate",
            "Both cities signed a memorandum on Monday in Shanghai.",
            "IWebViewDelegate",
        ),
        (
            "Both cities signed a memorandum on Monday in Shanghai.undefined",
            "Both cities signed a memorandum on Monday in Shanghai.",
            "undefined",
        ),
        (
            "Both cities signed a memorandum on Monday in Shanghai.NaN",
            "Both cities signed a memorandum on Monday in Shanghai.",
            "NaN",
        ),
        (
            "Both cities signed a memorandum on Monday in Shanghai. [object Object]",
            "Both cities signed a memorandum on Monday in Shanghai.",
            "[object Object]",
        ),
        (
            "Both cities signed a memorandum on Monday in Shanghai.javascript:void(0);",
            "Both cities signed a memorandum on Monday in Shanghai.",
            "javascript:void(0);",
        ),
        (
            "Both cities signed a memorandum on Monday in Shanghai.function(){return false;}",
            "Both cities signed a memorandum on Monday in Shanghai.",
            "function(){return false;}",
        ),
        (
            "Both cities signed a memorandum in Shanghai.NavigationController",
            "Both cities signed a memorandum in Shanghai.",
            "NavigationController",
        ),
        (
            "Die Städte haben viel erreicht.INavigationController. Die Zusammenarbeit geht weiter im nächsten Jahr.",
            "Die Städte haben viel erreicht. Die Zusammenarbeit geht weiter im nächsten Jahr.",
            "INavigationController.",
        ),
    ],
)
def test_glued_junk(line: str, kept: str, junk: str) -> None:
    result = parse_capture(capture_text(body=[BODY[0], line, BODY[2]]))
    assert result.paragraphs == [BODY[0], kept, BODY[2]]
    assert junk in result.removed


@pytest.mark.parametrize(
    "line",
    [
        "Mit Hauptsitzen von globalen Riesen wie der Metro Group, E.ON Energy und Henkel kann die Stadt aufwarten.",
        "Die Delegation besuchte die IHK Düsseldorf und das Rathaus. IHK-Präsident Andreas Schmitz begrüßte sie.",
        "Die Gespräche fanden am 9.IX. statt und dauerten mehrere Stunden, sagte die Sprecherin der Stadt.",
        "The visitors also toured the offices of www.shine.cn and met reporters from the Shanghai Daily.",
        "Das Projekt wird vom Auswärtigen Amt gefördert, sagte die Sprecherin. iPhone-Nutzer können die App laden.",
        "Die Stadt hat ihre Bemühungen verstärkt.Das Amt für Hafenlogistik hat ein Büro in Düsseldorf eröffnet.",
    ],
)
def test_no_junk_in_real_text(line: str) -> None:
    result = parse_capture(capture_text(body=[BODY[0], line, BODY[2]]))
    assert result.paragraphs == [BODY[0], line, BODY[2]]


# ---------------------------------------------------------------------------
# Paragraphs


def test_single_newline_after_a_sentence_is_a_paragraph_break() -> None:
    text = f"{TITLE}\n\n{BODY[0]}\n{BODY[1]}\n{BODY[2]}"
    assert parse_capture(text).paragraphs == BODY


def test_hard_wrapped_lines_are_joined() -> None:
    wrapped = (
        "Shanghai Mayor Gong Zheng met with the mayor of\nDüsseldorf, Stephan Keller, and his\ndelegation on Friday."
    )
    text = f"{TITLE}\n\n{wrapped}\n\n{BODY[1]}\n\n{BODY[2]}"
    assert parse_capture(text).paragraphs == [BODY[0].replace("Düsseldorf, Stephan", "Düsseldorf, Stephan"), *BODY[1:]]


def test_whitespace_inside_paragraphs_is_normalised() -> None:
    messy = BODY[0].replace(" ", f"{NBSP} \t", 3).replace("Keller", "Kel\u200bler")
    result = parse_capture(capture_text(body=[messy, BODY[1], BODY[2]]))
    assert result.paragraphs == BODY


def test_subheadings_in_the_body_are_kept() -> None:
    body = [BODY[0], BODY[1], "Wasserstoff als gemeinsames Thema", BODY[2]]
    assert parse_capture(capture_text(body=body)).paragraphs == body


def test_short_last_sentence_is_kept() -> None:
    body = [*BODY, "Die Delegation reist am Freitag weiter."]
    assert parse_capture(capture_text(body=body)).paragraphs == body


def test_repeated_paragraph_in_the_body_is_dropped() -> None:
    result = parse_capture(capture_text(body=[BODY[0], BODY[1], BODY[2], BODY[1]]))
    assert result.paragraphs == BODY


CLEAN_ARTICLES = {
    "interview": (
        "Interview: Was Köln von Shanghai lernen kann",
        [
            "Henriette Reker war im September in Shanghai. Wir haben mit ihr über die Reise gesprochen.",
            "Frau Reker, was war der wichtigste Termin?",
            "Das Treffen mit Parteisekretär Chen Jining. Wir sprachen über Digitalisierung, Pflege und Bildung.",
            "Welche Projekte sind geplant?",
            "Drei Bereiche stehen im Vordergrund:",
            "- Austausch von Auszubildenden in der Pflege",
            "- ein gemeinsames Forum zur Stadtverwaltung",
            "- Kooperationen zwischen Hochschulen",
            "Wann fahren Sie wieder hin?",
            "Im nächsten Jahr, wenn es die Lage erlaubt.",
        ],
    ),
    "subheadings": (
        "Twenty years of friendship: Chongqing and Düsseldorf",
        [
            "Chongqing and Düsseldorf have been partner cities since July 22, 2004, and marked the anniversary.",
            "Trade and logistics",
            "The China-Europe Railway Express has linked Chongqing with Duisburg, near Düsseldorf, since 2011.",
            "More than 600 Chinese companies have their European headquarters in Düsseldorf.",
            "Culture and education",
            "Students from Heinrich Heine University have spent semesters in Chongqing.",
            '"We want to do more," the mayor said.',
            "Who pays for the exchange?",
            "Both cities share the costs.",
        ],
    ),
    "short-paragraphs": (
        "Kurz gemeldet: Bonn und Chengdu",
        ["Bonn und Chengdu arbeiten enger zusammen.", "Das teilte die Stadt mit.", "Ein Abkommen soll folgen."],
    ),
    "title-with-period": (
        "Shanghai mayor meets Hamburg delegation.",
        [
            "Shanghai Mayor Gong Zheng met with a delegation from Hamburg on Monday to discuss port cooperation.",
            "The two cities have been partners since 1986, and they plan to expand exchanges in green shipping.",
        ],
    ),
    "noise-words-in-sentences": (
        "Timeline of a partnership",
        [
            "The partnership between Shanghai and Hamburg began with a visit of Hamburg's mayor in 1986.",
            "1986: The partnership agreement is signed in Shanghai.",
            "2004: Hamburg opens a liaison office in Shanghai.",
            "17 April 2023",
            "Share prices of port operators in both cities rose after the announcement, analysts said.",
            "Print media in both cities reported widely on the visit and on the new agreement.",
            "Photo opportunities were arranged at the port, where the delegation toured the container terminal.",
            "Bilder von der Unterzeichnung wurden am Abend in den sozialen Medien beider Städte geteilt.",
            "Source of the figures: the Hamburg Port Authority, which publishes its statistics every quarter.",
            "Related to this, the mayor announced a new office in Shanghai that will open next spring.",
            "Top news from the meeting: both cities will open liaison offices, the mayor said.",
            "Comments from business leaders were positive, and several firms announced new investments.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN_ARTICLES))
def test_clean_article_round_trip(name: str) -> None:
    """An article without noise comes out exactly as it went in."""
    title, body = CLEAN_ARTICLES[name]
    result = parse_capture(title + "\n\n" + "\n\n".join(body) + "\n")
    assert result.title == title
    assert result.paragraphs == body
    assert result.removed == []
    assert result.published is None


def test_subheading_right_after_the_lead_is_kept() -> None:
    body = [BODY[0], "Trade and logistics", BODY[1], BODY[2]]
    assert parse_capture(capture_text(body=body)).paragraphs == body


def test_chinese_capture() -> None:
    result = read(OWN / "zh_shanghai_koeln.txt")
    assert result.title == "上海市委书记陈吉宁会见科隆市长雷克尔"
    assert result.published == dt.date(2024, 9, 13)


# ---------------------------------------------------------------------------
# Decoding and bad input


SAMPLE = "Düsseldorf und Köln – „Städtepartnerschaft“\nZweite Zeile\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE),
        (SAMPLE.encode("utf-16"), SAMPLE),  # with BOM (native order)
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), SAMPLE),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), SAMPLE),
        (SAMPLE.encode("utf-16-le"), SAMPLE),  # no BOM, but plain to see
        (SAMPLE.encode("cp1252"), SAMPLE),
        ("Düsseldorf\n".encode("latin-1"), "Düsseldorf\n"),
        (b"Caf\xe9 \x81 Bonn\n", "Café \x81 Bonn\n"),  # 0x81 is undefined in cp1252: Latin-1
        (SAMPLE.replace("\n", "\r\n").encode("utf-8"), SAMPLE),
        (SAMPLE.replace("\n", "\r").encode("utf-8"), SAMPLE),
        ("Du\u0308sseldorf\n".encode("utf-8"), "Düsseldorf\n"),
        ("K\u00f6ln\u2028Bonn".encode("utf-8"), "Köln\nBonn"),
        (codecs.BOM_UTF8 + "Köln “Zitat”".encode("cp1252"), "Köln “Zitat”"),  # a BOM on Windows-1252 text
        (b"", ""),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32le-bom",
        "utf16le-no-bom",
        "cp1252",
        "latin1",
        "latin1-undefined-cp1252",
        "crlf",
        "cr",
        "nfd",
        "line-separator",
        "bom-on-cp1252",
        "empty",
    ],
)
def test_decode_capture(data: bytes, expected: str) -> None:
    assert decode_capture(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.4\n\x00\x01\x02\x03binary",
        bytes(range(32)) * 40,
        b"text with a NUL\x00 inside",
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate
    ],
    ids=["png", "pdf", "control-chars", "nul", "bad-utf16"],
)
def test_decode_capture_rejects_binary(data: bytes) -> None:
    with pytest.raises(CaptureError):
        decode_capture(data)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \u00a0\n", "\ufeff", "\x00\x01\x02\x03\x04\x05abc"])
def test_parse_capture_rejects_empty_or_binary_text(text: str) -> None:
    with pytest.raises(CaptureError):
        parse_capture(text)


def test_parse_capture_rejects_bytes() -> None:
    with pytest.raises(CaptureError):
        parse_capture(b"Title\n\nBody.")  # type: ignore[arg-type]


def test_capture_error_is_a_value_error() -> None:
    assert issubclass(CaptureError, ValueError)


def test_parse_capture_accepts_crlf_bom_and_nfd_text() -> None:
    text = "\ufeff" + capture_text(top=["date 2023-04-17"]).replace("\n", "\r\n").replace("ü", "u\u0308")
    result = parse_capture(text)
    assert result.title == TITLE
    assert result.published == dt.date(2023, 4, 17)
    assert result.paragraphs == BODY


def test_noise_only_capture() -> None:
    result = parse_capture("Teile diesen Artikel\n3 Min. Lesezeit\nLeave a Reply\n")
    assert result.paragraphs == []
    assert result.title is None


# ---------------------------------------------------------------------------
# Speed: no catastrophic backtracking


@pytest.mark.parametrize(
    "line",
    [
        "word " * 20000,
        "a." * 50000,
        "Foto: " * 16000,
        "1" * 100000,
        "I" + "Ab" * 50000,
        "Published: " + "13.09." * 16000,
        ("x" * 99 + " ") * 1000,
        "A.b" * 33000,
        " / ".join(["News"] * 25000),
        "." * 100000,
        ("Share on Facebook " * 6000),
        "(" * 50000 + ")" * 50000,
    ],
    ids=[
        "words",
        "dots",
        "foto",
        "digits",
        "camel",
        "dates",
        "long-words",
        "glued",
        "breadcrumb",
        "only-dots",
        "share",
        "parens",
    ],
)
def test_100k_single_line_is_fast(line: str) -> None:
    assert len(line) >= 90000
    start = time.process_time()
    parse_capture(line)
    parse_capture(f"{TITLE}\n{line}\n\n{BODY[0]}\n{line}")
    assert time.process_time() - start < 1.0  # a few ms measured; backtracking would take minutes


def test_5mb_capture_is_fast() -> None:
    body: list[str] = []
    size = 0
    while size < 5_000_000:
        for paragraph in BODY:
            body.append(f"{paragraph[:-1]} ({len(body)}).")
            size += len(body[-1]) + 2
    text = capture_text(top=["date 2023-04-17", "News / Metro"], body=body, trailer=["Source: SHINE Editor: Xu Fang"])
    assert len(text.encode()) > 5_000_000
    start = time.process_time()  # CPU time: other processes on a busy machine do not count
    result = parse_capture(text)
    elapsed = time.process_time() - start
    assert result.paragraphs == body
    assert (result.title, result.published, result.source) == (TITLE, dt.date(2023, 4, 17), "SHINE")
    assert elapsed < 6.0, elapsed  # about 1.2 s measured


@pytest.mark.parametrize("module", [m.name for m in pkgutil.iter_modules(capture_module.__path__)])
def test_doctests(module: str) -> None:
    results = doctest.testmod(importlib.import_module(f"{capture_module.__name__}.{module}"))
    assert results.failed == 0


@pytest.mark.parametrize("module", ["headline", "menus"])
def test_headline_doctests(module: str) -> None:
    results = doctest.testmod(importlib.import_module(f"diplomacy.reading.{module}"))
    assert results.attempted > 0
    assert results.failed == 0


# --- real pages' layouts that were left out (issue 16): captures written here, in those layouts ---

KIEL_BODY = [
    "Die Landeshauptstadt will ihre Kontakte zu einer Hafenstadt in Ostchina ausbauen, wie das Rathaus mitteilte.",
    "Bisher ging es vor allem um den Wassersport, künftig sollen auch Schulen und Hochschulen beteiligt werden.",
]


def published_of(text: str, lang: str, address: str | None = None) -> dt.date | None:
    result = parse_capture(text)
    return settle(result.published, result.lines, *result.span, lang, address)[0]


@pytest.mark.parametrize(
    ("lines", "lang", "expected"),
    [
        # a byline glued into one line with a photo credit, a kicker and the headline
        (
            [
                " date 2022-02",
                "Hafen Foto: Stadtarchiv/Archivbild up-down Kooperation Stadt plant neue Kontakte nach China "
                "Von dpa | 14.02.2022, 09:30 Uhr",
                "",
                *KIEL_BODY,
            ],
            "de",
            dt.date(2022, 2, 14),
        ),
        # a date line of its own after "von" (the author's name missing)
        (["Ausschuss stimmt Partnerschaft zu", "", "von 5. März 2010", "", *KIEL_BODY], "de", dt.date(2010, 3, 5)),
        # the closing line says when the piece went out
        (
            [
                "Nachrichten",
                "Partnerschaft mit Ostchina soll wachsen",
                "",
                *KIEL_BODY,
                "Dieser Beitrag wurde am 02.05.2021 im Programm des Senders ausgestrahlt.",
            ],
            "de",
            dt.date(2021, 5, 2),
        ),
        # a short credit after the article, on a page of menus
        (
            [
                "Hot Links",
                "Foreign Ministry",
                "Governors Meet State Councilor",
                "",
                *BODY,
                "",
                "(Xinhua News Agency March 3, 2004)",
                "",
                "Related: Premier Meets Guests",
                "Print This Page",
            ],
            "en",
            dt.date(2004, 3, 3),
        ),
    ],
)
def test_publication_dates_of_real_layouts(lines: list[str], lang: str, expected: dt.date) -> None:
    assert published_of("\n".join(lines) + "\n", lang) == expected


def test_a_caption_date_and_a_sentence_date_are_no_publication_date() -> None:
    caption = "The mayor speaks at a university in Wuhan, Hubei Province, Sept. 3, 2019. (Xinhua/Wang Lin)"
    assert published_of("\n".join([TITLE, caption, "", *BODY]), "en") is None
    sentence = "Am Dienstag, dem 14.03.2006, um 10 Uhr unterzeichneten beide Bürgermeister eine Erklärung im Rathaus."
    assert published_of("\n".join(["Besuch aus Peking", "", KIEL_BODY[0], sentence, KIEL_BODY[1]]), "de") is None


def test_a_dateline_without_a_year_takes_the_year_of_the_address() -> None:
    text = "\n".join(
        ["Skip to content", TITLE, "", "Oct. 9 (Wire Service)–" + BODY[0], *BODY[1:], "", "Leave a Comment"]
    )
    assert published_of(text, "en", "https://blog.example.org/2016/mayors-meet/") == dt.date(2016, 10, 9)
    assert published_of(text, "en", "https://blog.example.org/mayors-meet/") is None  # no year: no date
    german = ["März 2019", "Besuch aus Ostchina", "", "PEKING, 14. März (Agentur) – " + KIEL_BODY[0], KIEL_BODY[1]]
    assert published_of("\n".join(german), "de") == dt.date(2019, 3, 14)  # the month printed above, with its year
    german[0] = "April 2019"
    assert published_of("\n".join(german), "de") is None  # another month's year says nothing


def _capture_reader(content: Path) -> CaptureReader:
    from pelican.settings import DEFAULT_CONFIG

    return CaptureReader({**DEFAULT_CONFIG, "PATH": str(content)})


def test_a_photo_page_is_read_and_dated_by_its_address(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A page whose only prose is one captioned sentence with its credit is an article, not an empty page."""
    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    path = captures / "photo.txt"
    caption = (
        "The mayor of Düsseldorf gives a talk at a university in Shanghai, east China, March 4, 2018. "
        "The mayor toured the city with a delegation on Sunday. (Agency/Photographer Name)"
    )
    path.write_text(f"Video PlayerClose\n{caption}\n", encoding="utf-8")
    path.with_suffix(".meta").write_text(
        "Source_url: https://news.example.com/english/2018-03/05/c_1234_2.htm\n", encoding="utf-8"
    )
    _content, metadata = _capture_reader(tmp_path / "content").read(str(path))
    assert metadata["lang"] == "en"
    assert metadata["title"].startswith("The mayor of Düsseldorf gives a talk")
    assert str(metadata["date"].date()) == "2018-03-05"
    assert "using 2018-03-05 from its Source_url" in caplog.text


def test_an_address_with_an_apostrophe_is_an_address(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    path = captures / "wire.txt"
    path.write_text(
        "\n".join(["Newsfrom Wire", "", "Fujian, May 4 (Wire)--" + BODY[0], *BODY[1:]]) + "\n", encoding="utf-8"
    )
    address = "https://www.example.com/en/news/2019050400123/mayor-visits-china's-fujian.html"
    path.with_suffix(".meta").write_text(f"Source_url: {address}\nDate: 2019-05-04\n", encoding="utf-8")
    _content, metadata = _capture_reader(tmp_path / "content").read(str(path))
    assert metadata["source_url"] == address
    assert metadata["lang"] == "en"


def test_a_year_from_the_address_is_announced(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    path = captures / "blog.txt"
    path.write_text("\n".join([TITLE, "", "Oct. 9 (Wire Service)–" + BODY[0], *BODY[1:]]) + "\n", encoding="utf-8")
    path.with_suffix(".meta").write_text("Source_url: https://blog.example.org/2016/mayors-meet/\n", encoding="utf-8")
    _content, metadata = _capture_reader(tmp_path / "content").read(str(path))
    assert str(metadata["date"].date()) == "2016-10-09"
    assert "without a year" in caplog.text


def test_published_doctests() -> None:
    from diplomacy.reading import published

    results = doctest.testmod(published)
    assert results.attempted > 0
    assert results.failed == 0


def test_an_article_on_one_line_behind_a_photo_credit_is_read_not_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The whole article on one line that opens like a photo credit: the reading drops the line as a credit
    and finds no article text, so the reader keeps the line that reads as sentences, with a warning,
    instead of leaving the capture out."""
    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    path = captures / "oneline.txt"
    page = (
        "Foto: Stadt Musterstadt Der Oberbürgermeister empfing am Montag eine Delegation aus der chinesischen "
        "Partnerstadt Xuzhou. Die Gäste trugen sich in das Goldene Buch ein und sprachen über den Austausch von "
        "Schulen und Hochschulen. Am Nachmittag besuchten sie die Feuerwache und ein Unternehmen am Hafen"
    )
    assert parse_capture(page).paragraphs == []  # the grammar alone finds no article text in it
    path.write_text(page + "\n", encoding="utf-8")
    path.with_suffix(".meta").write_text("Source_url: https://www.example.de/2018/05/14/xuzhou/\n", encoding="utf-8")
    content, metadata = _capture_reader(tmp_path / "content").read(str(path))
    assert "Goldene Buch" in content
    assert metadata["lang"] == "de"
    assert metadata["title"]
    assert str(metadata["date"].date()) == "2018-05-14"
    assert "kept as the article" in caplog.text


def test_a_capture_of_nothing_but_a_cookie_notice_is_still_left_out(tmp_path: Path) -> None:
    from diplomacy.reading.annotate import ContentError

    captures = tmp_path / "content" / "captures"
    captures.mkdir(parents=True)
    path = captures / "cookies.txt"
    path.write_text(
        "Diese Webseite verwendet Cookies. Wenn Sie weitersurfen, stimmen Sie der Nutzung von Cookies zu.\nDrucken\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="no article text"):
        _capture_reader(tmp_path / "content").read(str(path))
