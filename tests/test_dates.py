"""Meeting dates: a dense table of phrasings in English and German.

Each row is (language, publication date, text, expected meeting date).  The
texts are whole sentences, because only dates in a sentence that reports the
meeting count.
"""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy.tagging.dateforms import find_dates
from diplomacy.tagging.dates import find_meeting_date

D = dt.date

# 2023-03-31 is a Friday, 2024-09-13 a Friday, 2024-01-03 a Wednesday, 2024-07-01 a Monday.
CASES: list[tuple[str, dt.date | None, str, dt.date | None]] = [
    # --- English: month and day ------------------------------------------------------------
    ("en", D(2023, 4, 17), "Shanghai Mayor Gong Zheng met with Stephan Keller on April 14.", D(2023, 4, 14)),
    ("en", D(2023, 4, 17), "Gong met Keller on 14 April 2023.", D(2023, 4, 14)),
    ("en", D(2023, 4, 17), "Gong met Keller on April 14, 2023.", D(2023, 4, 14)),
    ("en", D(2023, 4, 17), "Gong met Keller on 14th April.", D(2023, 4, 14)),
    ("en", D(2023, 4, 17), "Gong met Keller on Thursday last week.", D(2023, 4, 13)),  # 17 April: a Monday
    ("en", D(2023, 4, 21), "Gong met Keller on Monday of last week.", D(2023, 4, 10)),
    ("en", D(2023, 4, 17), "Gong met Keller on the 14th of April.", D(2023, 4, 14)),
    ("en", D(2023, 4, 17), "Gong met Keller on April 14th in Shanghai.", D(2023, 4, 14)),
    ("en", D(2024, 9, 13), "Chen met Reker on Sept. 9.", D(2024, 9, 9)),
    ("en", D(2024, 9, 13), "Chen met Reker on Sep 9.", D(2024, 9, 9)),
    ("en", D(2024, 9, 13), "Chen met Reker on 2024-09-09 in Shanghai.", D(2024, 9, 9)),
    ("en", D(2024, 9, 13), "The delegation visited Cologne from September 9 to 11.", D(2024, 9, 9)),
    ("en", D(2024, 9, 13), "The delegation visited Cologne on September 9-11.", D(2024, 9, 9)),
    ("en", D(2024, 9, 13), "The delegation visited Cologne on 9-11 September.", D(2024, 9, 9)),
    # --- English: weekdays and relative days ------------------------------------------------
    ("en", D(2023, 3, 31), "Gong met with the Belgian Ambassador on Thursday.", D(2023, 3, 30)),
    ("en", D(2023, 3, 31), "Gong met with the Belgian Ambassador on Friday.", D(2023, 3, 31)),  # same day
    ("en", D(2023, 3, 31), "Gong met with the Belgian Ambassador on Saturday.", D(2023, 3, 25)),
    ("en", D(2023, 3, 31), "Gong met with the Belgian Ambassador last Friday.", D(2023, 3, 24)),
    ("en", D(2023, 3, 31), "Gong met with the ambassador Thursday afternoon.", D(2023, 3, 30)),
    ("en", D(2023, 3, 31), "Gong met with the ambassador yesterday.", D(2023, 3, 30)),
    ("en", D(2023, 3, 31), "Gong met with the ambassador today.", D(2023, 3, 31)),
    ("en", D(2023, 3, 31), "Gong met with the ambassador the day before yesterday.", D(2023, 3, 29)),
    ("en", D(2023, 3, 31), "Gong will meet with the ambassador on Monday.", D(2023, 4, 3)),
    ("en", D(2023, 3, 31), "Gong will meet with the ambassador next Friday.", D(2023, 4, 7)),
    ("en", D(2023, 3, 31), "Gong will meet with the ambassador tomorrow.", D(2023, 4, 1)),
    ("en", D(2023, 3, 31), "Gong met with the ambassador last week.", None),
    ("en", D(2023, 3, 31), "Gong met with the ambassador earlier this month.", None),
    # --- German: day and month ------------------------------------------------------------------
    ("de", D(2024, 9, 13), "Chen Jining traf am 9. September die Oberbürgermeisterin von Köln.", D(2024, 9, 9)),
    ("de", D(2024, 9, 13), "Chen Jining traf am 9.9.2024 die Oberbürgermeisterin von Köln.", D(2024, 9, 9)),
    ("de", D(2024, 9, 13), "Chen Jining traf am 09.09. die Oberbürgermeisterin von Köln.", D(2024, 9, 9)),
    ("de", D(2024, 9, 13), "Chen Jining traf am 09.09.24 die Oberbürgermeisterin.", D(2024, 9, 9)),
    ("de", D(2024, 9, 13), "Chen Jining traf am 9. Sept. die Oberbürgermeisterin.", D(2024, 9, 9)),
    ("de", D(2024, 9, 13), "Chen Jining traf am Montag, 9. September 2024, die Oberbürgermeisterin.", D(2024, 9, 9)),
    ("de", D(2024, 9, 13), "Die Delegation besuchte Köln vom 9. bis 12. September.", D(2024, 9, 9)),
    ("de", D(2024, 3, 12), "Reker empfing die Delegation am 1. März.", D(2024, 3, 1)),
    ("de", D(2024, 3, 12), "Reker empfing die Delegation am 1. Maerz.", D(2024, 3, 1)),
    ("de", D(2024, 3, 12), "Reker empfing die Delegation am 1. Mär.", D(2024, 3, 1)),
    # --- German: weekdays and relative days ---------------------------------------------------
    ("de", D(2024, 9, 13), "Chen traf am Dienstag die Oberbürgermeisterin.", D(2024, 9, 10)),
    ("de", D(2024, 9, 13), "Chen traf am Freitag die Oberbürgermeisterin.", D(2024, 9, 13)),  # same day
    ("de", D(2024, 9, 13), "Chen traf am Dienstagabend die Oberbürgermeisterin.", D(2024, 9, 10)),
    ("de", D(2024, 9, 13), "Chen traf am vergangenen Freitag die Oberbürgermeisterin.", D(2024, 9, 6)),
    ("de", D(2024, 9, 13), "Chen traf gestern die Oberbürgermeisterin.", D(2024, 9, 12)),
    ("de", D(2024, 9, 13), "Chen traf vorgestern die Oberbürgermeisterin.", D(2024, 9, 11)),
    ("de", D(2024, 9, 13), "Chen hat am gestrigen Abend die Oberbürgermeisterin empfangen.", D(2024, 9, 12)),
    ("de", D(2024, 9, 13), "Chen empfing am gestrigen Donnerstag die Oberbürgermeisterin.", D(2024, 9, 12)),
    ("de", D(2024, 9, 13), "Chen trifft heute die Oberbürgermeisterin.", D(2024, 9, 13)),
    ("de", D(2024, 9, 13), "Chen trifft heute Morgen die Oberbürgermeisterin.", D(2024, 9, 13)),
    ("de", D(2024, 9, 13), "Chen wird die Oberbürgermeisterin am Dienstag empfangen.", D(2024, 9, 17)),
    ("de", D(2024, 9, 13), "Chen empfängt die Oberbürgermeisterin morgen im Rathaus.", D(2024, 9, 14)),
    ("de", D(2024, 9, 13), "Reker wird die Delegation am Montag empfangen.", D(2024, 9, 16)),
    ("de", D(2024, 9, 13), "Am Montag traf Reker die Delegation, die Köln bis Freitag besuchen wird.", D(2024, 9, 9)),
    ("de", D(2023, 11, 6), "Ebling hat am heutigen Tag Gäste aus Shenyang empfangen.", D(2023, 11, 6)),
    ("de", D(2024, 9, 13), "Chen traf am Dienstag vergangener Woche die Oberbürgermeisterin.", D(2024, 9, 3)),
    ("de", D(2024, 9, 13), "Chen traf am Montag der vergangenen Woche die Oberbürgermeisterin.", D(2024, 9, 2)),
    ("de", D(2024, 9, 13), "Reker wird die Delegation am Freitag nächster Woche empfangen.", D(2024, 9, 20)),
    ("de", D(2024, 9, 13), "Chen hat am heutigen Freitag die Oberbürgermeisterin empfangen.", D(2024, 9, 13)),
    ("de", D(2024, 9, 13), "Chen empfängt am morgigen Samstag die Oberbürgermeisterin.", D(2024, 9, 14)),
    ("de", D(2024, 4, 18), "(12.11.2018) Reker hat am 9. November die Delegation empfangen.", D(2018, 11, 9)),
    ("de", D(2018, 11, 13), "BERLIN, 12. November (Xinhua) -- Maas traf am Dienstag Liu He.", D(2018, 11, 6)),
    ("de", D(2024, 9, 13), "Chen traf die Oberbürgermeisterin in der vergangenen Woche.", None),
    ("de", D(2024, 9, 13), "Das Treffen findet jeden Montag statt.", None),
    ("de", D(2024, 9, 13), "Bis heute ist das Treffen unvergessen.", None),
    # --- month and year boundaries -------------------------------------------------------------
    ("en", D(2024, 1, 3), "Gong met the delegation on December 29.", D(2023, 12, 29)),
    ("en", D(2024, 1, 3), "Gong met the delegation on Friday.", D(2023, 12, 29)),
    ("de", D(2024, 1, 3), "Kufen empfing die Delegation am 29. Dezember.", D(2023, 12, 29)),
    ("de", D(2024, 1, 3), "Kufen empfing die Delegation am 29.12.", D(2023, 12, 29)),
    ("de", D(2024, 7, 1), "Reiter empfing die Delegation am Freitag.", D(2024, 6, 28)),
    ("de", D(2024, 3, 1), "Reiter empfing die Delegation am Donnerstag.", D(2024, 2, 29)),  # leap day
    ("en", D(2024, 3, 1), "Gong met the delegation on February 29.", D(2024, 2, 29)),
    ("en", D(2023, 12, 30), "Gong will meet the delegation on January 2.", D(2024, 1, 2)),
    ("en", D(2023, 4, 17), "Gong met Keller on April 18.", D(2023, 4, 18)),  # a day "after": time zones
    # --- a day of the month without the month ("on the 13th"): the latest such day --------------------
    ("en", D(2023, 9, 6), "Governor Oh met the mayor of Hainan on the 5th and signed an agreement.", D(2023, 9, 5)),
    ("en", D(2023, 9, 6), "Governor Oh received the delegation on the 6th.", D(2023, 9, 6)),  # same day
    ("en", D(2024, 1, 3), "Mayor Park met the Osaka delegation on the 28th in Busan.", D(2023, 12, 28)),
    ("en", D(2024, 5, 14), "Kim met the mayor on the 31st.", D(2024, 3, 31)),  # April has no 31st
    ("en", D(2024, 5, 14), "Kim met the mayor on the 2nd of this month.", D(2024, 5, 2)),
    ("en", D(2024, 5, 14), "Kim will meet with the mayor on the 20th.", D(2024, 5, 20)),
    ("en", D(2024, 5, 14), "Kim met the mayor to mark the 30th anniversary of ties.", None),
    ("en", D(2024, 5, 14), "Kim met the mayor on the 30th floor.", None),
    ("de", D(2024, 5, 14), "Kim traf den Bürgermeister am 13. dieses Monats in Shenyang.", D(2024, 5, 13)),
    ("de", D(2024, 1, 3), "Oh empfing die Delegation am 29. des Monats.", D(2023, 12, 29)),
    ("en", None, "Kim met the mayor on the 13th.", None),
    ("en", D(2018, 4, 3), "On 29th, Governor Yuan met the delegation from Haixi.", D(2018, 3, 29)),  # no "the"
    ("en", D(2018, 4, 3), "Governor Yuan met the delegation on 2nd floor rooms.", None),
    # --- numeric German dates and pairs of days ------------------------------------------------------
    ("de", D(2023, 5, 19), "Link empfing den Vizebürgermeister am 16.05.2023.", D(2023, 5, 16)),  # sentence end
    ("de", D(2023, 5, 22), "Am 16./17. Mai besuchte die Delegation Mannheim.", D(2023, 5, 16)),
    # --- a stay that began on a weekday ("seit Donnerstag") ------------------------------------------
    ("de", D(2014, 9, 13), "Seit Donnerstag besucht eine Delegation aus Yandu Zwickau.", D(2014, 9, 11)),
    ("en", D(2014, 9, 13), "A delegation from Yandu has been visiting Zwickau since Thursday.", D(2014, 9, 11)),
    # --- quoted speech: its "today" is the speaker's ----------------------------------------------------
    ("en", D(2000, 5, 15), "Webb welcomed the delegation by stating, \"Today's meeting will help us.", None),
    ("de", D(2024, 9, 13), "„Heute beginnt ein neues Kapitel“, sagte Keller beim Empfang am Dienstag.", D(2024, 9, 10)),
    # --- invalid days ---------------------------------------------------------------------------------
    ("de", D(2024, 3, 12), "Reker empfing die Delegation am 31. Februar.", None),
    ("de", D(2024, 3, 12), "Reker empfing die Delegation am 31.02.2024.", None),
    ("en", D(2023, 4, 17), "Gong met Keller on April 31.", None),
    ("de", D(2024, 3, 12), "Reker empfing die Delegation am 32. März.", None),
    # --- dates that are not the meeting ---------------------------------------------------------
    ("de", D(2024, 3, 26), "Düsseldorf und Chongqing sind seit dem 22. Juli 2004 Partnerstädte.", None),
    ("de", D(2024, 3, 26), "Die Partnerschaft wurde am 22. Juli 2004 gegründet.", None),
    ("de", D(2024, 3, 26), "Die Einweihung des Express im März 2011 festigte die Beziehungen.", None),
    ("de", D(2024, 3, 26), "Im November 2014 erhielt Düsseldorf einen Preis.", None),
    ("en", D(2023, 9, 22), "Since establishing a friendly exchange relationship in 1996, both grew.", None),
    ("en", D(2023, 9, 22), "The cities have been partners since April 14, 1996.", None),
    ("en", D(2023, 9, 22), "Gong met Kim, who first visited Shanghai on 12 March 2019, on Thursday.", D(2023, 9, 21)),
    ("en", D(2023, 9, 22), "Published: 2023-09-22. Gong said cooperation may 5 percent grow.", None),
    ("de", D(2024, 9, 13), "Veröffentlichungsdatum:13.09.2024 Quelle:german.shanghai.gov.cn", None),
    ("de", D(2024, 9, 13), "Chen sprach am 9. September über die Zusammenarbeit.", None),  # no meeting verb
    # --- without a publication date ----------------------------------------------------------------
    ("en", None, "Gong met Keller on April 14, 2023.", D(2023, 4, 14)),
    ("en", None, "Gong met Keller on April 14.", None),
    ("de", None, "Chen traf am Dienstag die Oberbürgermeisterin.", None),
    ("de", None, "Chen traf gestern die Oberbürgermeisterin.", None),
    ("de", None, "Chen traf am 9.9.2024 die Oberbürgermeisterin.", D(2024, 9, 9)),
    # --- a dateline, and the meeting day beside it ---------------------------------------------------
    ("de", D(2024, 6, 12), "Peking, 12. Juni (Xinhua) -- Ding hat am Dienstag Wüst getroffen.", D(2024, 6, 11)),
    ("en", D(2024, 6, 12), "BEIJING, June 12 (Xinhua) -- Ding met Wüst in Beijing.", D(2024, 6, 12)),
    # --- last night; the afternoon of a day of the month -------------------------------------------------
    ("en", D(2023, 3, 31), "The Lord Mayor welcomed the delegation at the Town Hall last night.", D(2023, 3, 30)),
    ("en", D(2022, 11, 5), "Mayor Park met the consul general on the afternoon of the 2nd.", D(2022, 11, 2)),
    ("en", D(2022, 7, 5), "Mayor Park met the consul general in the morning of the 4th at City Hall.", D(2022, 7, 4)),
    # --- tense: reported speech, the future after "will", German present tense (an announcement) -----
    ("en", D(2014, 3, 31), "Xi said on Saturday after talks with Kraft that China will open one.", D(2014, 3, 29)),
    ("en", D(2014, 3, 31), "The mayor said she will receive the delegation on Thursday.", D(2014, 4, 3)),
    ("de", D(2024, 9, 9), "Am Donnerstag empfängt Reker die Delegation aus Shanghai.", D(2024, 9, 12)),
    ("de", D(2024, 9, 9), "Am Donnerstag, 12.09., empfängt Reker die Gäste aus Shanghai.", D(2024, 9, 12)),
    ("de", D(2024, 9, 13), "Der Gouverneur besucht am Montag das Rathaus in Köln.", D(2024, 9, 16)),
    ("de", D(2019, 7, 8), "Morgen, am Dienstag, empfängt Woidke den Gast aus Hebei.", D(2019, 7, 9)),
    ("de", D(2024, 9, 13), "Am Dienstagabend unterzeichneten Chen und Reker beim Treffen einen Plan.", D(2024, 9, 10)),
    ("de", D(2024, 9, 13), "Am Montag hielt Reker beim Empfang der Delegation eine Rede.", D(2024, 9, 9)),
    # --- a council's session, a return home, "until": not the meeting ---------------------------------
    ("en", D(2023, 4, 13), "At the March 29 meeting, councillors heard that the delegation had visited.", None),
    ("en", D(2023, 4, 13), "At today's council meeting the delegation's visit was discussed.", None),
    ("de", D(2016, 4, 6), "In der Sitzung des Kreistags am Montag berichtete der Landrat vom Besuch.", None),
    ("de", D(2016, 4, 6), "Reker traf die Delegation am Montag zu einer Sitzung im Rathaus.", D(2016, 4, 4)),
    ("en", D(2016, 4, 6), "Gong met the China Council for Trade delegation at a meeting on Monday.", D(2016, 4, 4)),
    ("de", D(2016, 10, 22), "Die Delegation ist erst am Donnerstag vom Besuch aus China zurückgekehrt.", None),
    ("en", D(2016, 10, 22), "The delegation returned on Thursday from its visit to the sister city.", None),
    ("en", D(2018, 12, 6), "The delegation visited its sister city, local media reported on Wednesday.", None),
    ("de", D(2023, 4, 4), "Das Treffen mit der Delegation teilte ein Sprecher am Montag mit.", None),
    ("de", D(2014, 8, 28), "Die Delegation bleibt bis Freitag, 5. September, zum Besuch in Jinan.", None),
    ("de", D(2018, 9, 15), "Mit einer Delegation ist Günther am Samstag nach China geflogen.", None),
    ("en", D(2018, 9, 15), "The mayor and the delegation departed for Hangzhou on Saturday.", None),
    ("de", D(2018, 9, 15), "Für Montagabend ist ein Gespräch mit dem Parteisekretär vorgesehen.", D(2018, 9, 17)),
    # --- a stamp in brackets, and datelines only as a last resort --------------------------------------
    ("de", D(2018, 11, 12), "(12.11.2018) Feldmann ist am 9. November zum Besuch in Guangzhou.", D(2018, 11, 9)),
    ("en", D(2016, 12, 8), "BEIJING, Dec. 8 (Xinhua) -- Huang recently held talks with Geisel.", None),
    (
        "en",
        D(2024, 5, 30),
        "HEFEI, May 30 (Xinhua) -- Weil is visiting Anhui this week.\nOn Wednesday the delegation met the governor.",
        D(2024, 5, 29),
    ),
    # --- the meeting sentence wins over other sentences ----------------------------------------------
    (
        "de",
        D(2024, 3, 26),
        "Die Städte sind seit dem 22. Juli 2004 Partner. Am Montag traf Keller die Delegation.",
        D(2024, 3, 25),
    ),
    (
        "en",
        D(2023, 4, 17),
        "Shanghai and Düsseldorf mayors discuss cooperation\nGong met Keller on April 14.\nOn April 16 it rained.",
        D(2023, 4, 14),
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "expected"), CASES)
def test_find_meeting_date(lang: str, published: dt.date | None, text: str, expected: dt.date | None) -> None:
    assert find_meeting_date(text, lang, published) == expected


def test_find_dates_reports_kinds_and_invalid_days() -> None:
    hits = find_dates("am Montag, 9. September, und am 31. Februar", "de", D(2024, 9, 13))
    assert [(h.kind, h.value) for h in hits] == [
        ("weekday", D(2024, 9, 9)),
        ("absolute", D(2024, 9, 9)),
        ("absolute", None),
    ]


def test_a_range_in_one_month_has_its_last_day() -> None:
    hits = find_dates("visited from March 15 to 17 and vom 9. bis 12. September", "en", D(2025, 3, 25))
    assert [(h.value, h.until) for h in hits][:1] == [(D(2025, 3, 15), D(2025, 3, 17))]
    hits = find_dates("vom 9. bis 12. September", "de", D(2024, 9, 13))
    assert [(h.value, h.until) for h in hits] == [(D(2024, 9, 9), D(2024, 9, 12))]
    assert find_dates("on April 14", "en", D(2024, 4, 20))[0].until is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (D(2014, 4, 29), D(2014, 6, 17)),  # ten months back or seven weeks ahead: the coming day
        (D(2014, 9, 1), D(2014, 6, 17)),  # eleven weeks back
        (D(2014, 12, 10), D(2014, 6, 17)),  # still within half a year back
        (D(2015, 1, 10), D(2015, 6, 17)),  # seven months back: the coming one, five months ahead
    ],
)
def test_a_day_without_a_year_is_the_nearer_one(published: dt.date, expected: dt.date) -> None:
    assert find_dates("on June 17", "en", published)[0].value == expected


def test_month_names_need_a_capital() -> None:
    """ "may 5" (the verb) is no date, "May 5" is."""
    assert find_meeting_date("They met on May 5.", "en", D(2024, 5, 10)) == D(2024, 5, 5)
    assert find_meeting_date("They met and may 5 times more.", "en", D(2024, 5, 10)) is None


def test_a_long_article_is_dated_by_its_one_meeting_sentence() -> None:
    """Forty sentences without a day, then the meeting's weekday (the speed is measured by bench/tagcost.py)."""
    text = " ".join(["Gong said cooperation in trade and culture will deepen between the two cities."] * 40)
    text += " Gong met Keller on Thursday."
    assert find_meeting_date(text, "en", D(2023, 3, 31)) == D(2023, 3, 30)


def test_an_earlier_event_in_the_pluperfect_is_never_the_main_date() -> None:
    """ "Bereits gestern hatte …" tells another, earlier meeting: not the article's day, even when it is the
    first dated core sentence."""
    from diplomacy.places.gazetteer import Gazetteer
    from diplomacy.tagging.mentions import find_mentions

    found = find_mentions(
        "Delegation aus Nanjing in Essen",
        ["Bereits gestern hatte die Delegation aus Nanjing in Berlin mit der Ministerin gesprochen."],
        "de",
        D(2009, 1, 30),
        Gazetteer.load(),
    )
    assert found.main_date is None
    assert [s.other for s in found.sentences if s.meeting] == [False, True]
