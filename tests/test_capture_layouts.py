"""Headline, date and body on page layouts met on real pages (issue 16), each case written here in
our own words: a banner in another script, kickers above or glued to the headline, a date line with
the site's tags, a headline glued between a date and the lead, a date in running text."""

from __future__ import annotations

import datetime as dt
import doctest

from diplomacy.reading.published import settle
from diplomacy.reading.textcapture import Capture, parse_capture

LEAD = "The mayor of Krasnodar welcomed delegations from its sister cities in Germany and China on Saturday."
BODY = [
    LEAD,
    "The guests from Karlsruhe and Harbin joined the city's birthday celebrations and visited two schools.",
    "Both delegations said they wanted to extend the exchange of pupils and teachers to vocational training.",
]
TITLE = "Mayor receives sister-city delegations on City Day"


def published(result: Capture, lang: str = "en") -> dt.date | None:
    """The publication date as the reader settles it (the capture grammar's, else a second look)."""
    return settle(result.published, result.lines, *result.span, lang, title=result.title)[0]


def capture(*top: str, body: list[str] = BODY, trailer: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, "", *(p + "\n" for p in body), *trailer]) + "\n"


def test_a_banner_sentence_in_another_script_is_neither_lead_nor_headline() -> None:
    banner = "Нашли проблему в городе? Сообщите о ней через портал, и мы её решим!"
    result = parse_capture(capture("Решаем вместе", banner, "", TITLE))
    assert result.title == TITLE
    assert not result.title_from_text
    assert result.paragraphs == BODY
    assert banner in result.removed


def test_the_site_tags_beside_a_date_are_not_a_headline() -> None:
    title = "25 Jahre Deutsches Zentrum in Wuhan"
    result = parse_capture(capture(title, "", "11.05.18 GIC Wuhan - Hauptkategorie, Chamber, Industry & Commerce"))
    assert result.title == title
    assert published(result) == dt.date(2018, 5, 11)


def test_a_headline_that_opens_with_an_office_and_says_what_it_does() -> None:
    for title in ("Consulate General hosts three delegations from Bavaria in March", "Embassy receives Mayor of Kiel"):
        result = parse_capture(capture(title, "", "(Photo: the consulate)"))
        assert result.title == title
    assert parse_capture(capture("Consulate General of Germany in Chengdu", TITLE)).title == TITLE


def test_a_kicker_of_several_words_glued_to_the_headline_by_a_colon() -> None:
    result = parse_capture(capture("Verein sucht Mitglieder:Die Partnerschaft mit Weifang soll wieder aufleben"))
    assert result.title == "Die Partnerschaft mit Weifang soll wieder aufleben"
    for title in ("Xi'an und Dortmund: Neue Impulse für die Partnerschaft", "Termin um 10:30 Uhr im Rathaus"):
        assert parse_capture(capture(title)).title == title


def test_the_place_above_a_headline_copied_onto_it_when_the_article_opens_with_it() -> None:
    lead = "Kiel · Eine Delegation aus Qingdao hat am Dienstag das Rathaus besucht und Gespräche geführt."
    body = [lead, *BODY[1:]]
    result = parse_capture(capture("Kiel Qingdao schickt Gäste an die Förde", body=body))
    assert result.title == "Qingdao schickt Gäste an die Förde"
    assert (
        parse_capture(capture("Kiel empfängt Gäste aus Qingdao", body=body)).title == "Kiel empfängt Gäste aus Qingdao"
    )
    assert (
        parse_capture(capture("Kiel Qingdao schickt Gäste an die Förde")).title
        == "Kiel Qingdao schickt Gäste an die Förde"
    )


def test_a_long_kicker_above_the_headline_over_the_share_menus_close_button() -> None:
    kicker = "Zehn Jahre Freundschaft zwischen dem Landkreis und der Stadt Yantai (China)"
    result = parse_capture(capture("Foto: Landratsamt", kicker, "Gäste aus Yantai im Kreishaus", "• schließen"))
    assert result.title == "Gäste aus Yantai im Kreishaus"
    assert kicker in result.removed


def test_a_headline_glued_between_a_date_and_the_lead() -> None:
    line = (
        "date 2022-11 Partnerschaften im Norden mit China auf dem Prüfstand Stand: 03.11.2022 07:15 Uhr "
        "Mehrere Städte in Schleswig-Holstein wollen ihre Verbindungen nach China neu bewerten."
    )
    result = parse_capture(capture(line, body=BODY[1:]))
    assert result.title == "Partnerschaften im Norden mit China auf dem Prüfstand"
    assert (
        result.paragraphs[0] == "Mehrere Städte in Schleswig-Holstein wollen ihre Verbindungen nach China neu bewerten."
    )
    assert published(result, "de") == dt.date(2022, 11, 3)
    plain = "date 2022-11-03 Kiel prüft die Partnerschaft mit Qingdao"
    assert parse_capture(capture(plain)).title == "Kiel prüft die Partnerschaft mit Qingdao"


def test_a_date_after_vom_in_a_sentence_of_the_article_is_no_credit() -> None:
    sentence = "Der Stadtrat hatte in seiner Sitzung vom 12. März 2019 beschlossen, die Partnerschaft zu besiegeln."
    result = parse_capture(capture(TITLE, body=[BODY[0], sentence, BODY[2]]))
    assert published(result, "de") is None
    credit = "Eine Mitteilung der Stadt Trier vom 12. März 2019."
    assert published(parse_capture(capture(TITLE, body=[*BODY, credit])), "de") == dt.date(2019, 3, 12)


def test_a_wire_headline_marked_as_coming_with_a_photo_is_no_caption() -> None:
    title = "Die Stadt Weifang stellt sich in Bamberg vor (FOTO)"
    lead = (
        "Weifang, China (ots) - Am 3. Mai stellte sich die Stadt Weifang in Bamberg mit einem Film und Vorträgen vor."
    )
    result = parse_capture(capture(title, body=[lead, *BODY[1:]]))
    assert result.title == title
    assert parse_capture(capture(TITLE, "Die Gäste im Rathaus (Foto: Stadt Bamberg)")).title == TITLE


def test_the_bars_of_table_cells_copied_with_the_lines() -> None:
    body = [f"{paragraph} |" for paragraph in BODY]
    result = parse_capture(capture(f"{TITLE} |", "2011-06-24 |", body=body))
    assert result.title == TITLE
    assert result.paragraphs == BODY
    assert result.published == dt.date(2011, 6, 24)


def test_the_line_that_spells_the_address_is_the_headline() -> None:
    """A city's page with a photo's alt text above a one-word rubric and the headline; a caption printed
    twice (alt text and caption) would otherwise count as a repeated headline."""
    url = "https://www.example-stadt.de/rathaus/aktuelles/gaeste-aus-xian-tragen-sich-ins-goldene-buch-ein"
    title = "Gäste aus Xi'an tragen sich ins Goldene Buch ein"
    caption = "Der Bürgermeister mit der Delegation vor dem alten Rathaus am Markt"
    top = ("Blick auf das Rathaus mit dem Brunnen davor im Abendlicht", "Partnerschaft", title, caption, caption)
    assert parse_capture(capture(*top), source_url=url).title == title
    assert parse_capture(capture(*top)).title != title  # without the address the caption's repeat wins


def test_a_capture_without_a_headline_takes_its_first_sentence_whole_without_the_dateline() -> None:
    url = "https://news.example.com/region/Krasnodar-mayor-welcomes-sister-city-delegations-40817"
    body = ["KRASNODAR, Russia, May 2, 2024 /Newswire/ -- " + LEAD, *BODY[1:]]
    result = parse_capture(capture(body=body), source_url=url)  # the address is no headline the page prints
    assert result.title_from_text
    assert result.title == LEAD.rstrip(".")
    assert parse_capture(capture(body=["Krasnodar. " + LEAD, *BODY[1:]])).title == LEAD.rstrip(".")


def test_a_weather_widget_a_station_name_in_another_script_and_an_introduction_are_no_headline() -> None:
    for top in (
        ("Saturday, 12/04/2025", "Krasnodar 31 °C / 22 - 33 °C", "Hotline: 8 800 100 20 30", "", TITLE),
        ("date 2025-03-02 Kuban TV Телерадиокомпания Краснодарского края", "Main Page >", "", TITLE, "", TITLE),
        ("Das Presseamt teilt mit:", "", "GÄSTE AUS HARBIN IM ALTEN RATHAUS", "Pressemitteilung vom 05.04.2002"),
    ):
        result = parse_capture(capture(*top))
        assert result.title == (TITLE if TITLE in top else "GÄSTE AUS HARBIN IM ALTEN RATHAUS"), top


def test_a_date_glued_to_the_end_of_the_headline() -> None:
    result = parse_capture(capture("Delegation aus Harbin besucht Karlsruhe2019-05-25"))
    assert result.title == "Delegation aus Harbin besucht Karlsruhe"
    assert result.published == dt.date(2019, 5, 25)


def test_an_article_on_one_line_cut_off_in_its_last_sentence_is_read() -> None:
    text = (
        "Im Rathaus warteten der Bürgermeister und sein Stellvertreter schon auf die Gäste aus Harbin. "
        "Die Delegation kam mit Verspätung, weil ihr Zug im Stau stand. Danach ging es durch die Altstadt, "
        "wo die Gäste das Museum und die Bibliothek besuchten und mit dem Stadtrat über den Schüleraustausch"
    )
    result = parse_capture(f"Gäste aus Harbin machen Station in der Altstadt |\n{text}\n")
    assert result.title == "Gäste aus Harbin machen Station in der Altstadt"
    assert result.paragraphs == [text]


def test_the_sites_bar_of_the_day_far_above_the_headline_is_not_the_publication_date() -> None:
    top = ("Friday, 15/11/2024", "Hotline: 8 800 100 20 30", "", "Politics", "Hot news:", "Shares:", "", TITLE)
    result = parse_capture(capture(*top, "Updated: 09:15, 02/03/2024"))
    assert result.title == TITLE
    assert published(result) == dt.date(2024, 3, 2)
    alone = parse_capture(capture("Friday, 15/11/2024", "", TITLE))  # the only date, next to the headline
    assert published(alone) == dt.date(2024, 11, 15)


def test_the_sites_greeting_above_the_headline_is_neither_lead_nor_headline() -> None:
    banner = "Welcome to the official website of the twin-city programme of Krasnodar and Karlsruhe!"
    result = parse_capture(capture(banner, "", "", TITLE))
    assert result.title == TITLE
    assert not result.title_from_text
    assert result.paragraphs == BODY
    assert banner in result.removed


def test_without_a_headline_the_first_sentence_comes_from_the_text_not_from_a_skip_link() -> None:
    cookies = "Diese Seite verwendet nur Cookies, die für ihre Funktionen nötig sind."
    result = parse_capture(capture(cookies, "Springe direkt zu:", cookies))
    assert result.title_from_text
    assert result.title == LEAD.rstrip(".")


def test_without_a_headline_a_sentence_describing_the_top_photo_is_its_caption() -> None:
    photo = "Die Gäste aus Harbin posieren mit ihren Gastgebern vor dem alten Rathaus am Markt."
    lead = "Zwanzig Schüler aus Harbin sind seit Montag in Karlsruhe, sie wohnen bei Gastfamilien."
    rest = "Am Freitag empfing sie der Oberbürgermeister im Rathaus und zeigte ihnen den Bürgersaal."
    result = parse_capture(capture(photo, body=[". " + lead, rest]))
    assert result.title == lead.rstrip(".")
    assert photo in result.removed


def test_a_wire_dateline_whose_dash_is_glued_to_the_first_word() -> None:
    body = ["Krasnodar, Russia (ots/Newswire) -" + LEAD, *BODY[1:]]
    assert parse_capture(capture(body=body)).title == LEAD.rstrip(".")


def test_a_headline_naming_two_places_in_title_case_is_no_regional_menu() -> None:
    def places(text: str) -> int:
        return sum(text.count(name) for name in ("Krasnodar", "Karlsruhe", "Harbin", "Burgas"))

    title = "Twin Towns Krasnodar - Karlsruhe"
    assert parse_capture(capture(title), places).title == title
    assert parse_capture(capture("Krasnodar Karlsruhe Harbin Burgas", TITLE), places).title == TITLE


def test_the_town_a_local_paper_files_the_article_under_printed_before_the_headline() -> None:
    url = "https://paper.example/region/staedte/karlsruhe/gaeste-aus-krasnodar-im-rathaus_aid-4711.html"
    result = parse_capture(capture("Karlsruhe Gäste aus Krasnodar im Rathaus"), source_url=url)
    assert result.title == "Gäste aus Krasnodar im Rathaus"
    url = "https://paper.example/region/staedte/karlsruhe/karlsruhe-empfaengt-gaeste-aus-krasnodar_aid-4712.html"
    result = parse_capture(capture("Karlsruhe empfängt Gäste aus Krasnodar"), source_url=url)
    assert result.title == "Karlsruhe empfängt Gäste aus Krasnodar"  # the town opens the headline itself


def test_a_list_marker_before_the_headline() -> None:
    assert parse_capture(capture("◇ " + TITLE)).title == TITLE


def test_a_short_first_line_with_a_verb_is_the_headline_above_its_subtitle() -> None:
    title, subtitle = "Krasnodar sucht Partnerstadt in Baden", "Handelskammer im Gespräch mit der Stadtverwaltung"
    result = parse_capture(capture(title, "", subtitle, "", "Krasnodar,"))
    assert result.title == title
    assert parse_capture(capture("Stadt am Kuban", "", title)).title == title  # a name: no verb in lower case


def test_a_heading_printed_twice_with_other_punctuation_below_the_pages_title() -> None:
    """The page's title with a teaser first, then the heading as kicker and headline with a colon, then the
    two apart with the headline's quotation marks: the headline as printed apart."""
    top = (
        "Laternen im Hafen | Die Stadt feiert zehn Jahre Partnerschaft mit dem Norden Chinas",
        "Laternen und Drachen: So feiert Karlsruhe seine Partnerstadt",
        "Laternen und Drachen So feiert Karlsruhe seine „Partnerstadt“",
    )
    assert parse_capture(capture(*top)).title == "So feiert Karlsruhe seine „Partnerstadt“"


def test_a_date_and_time_glued_to_the_end_of_the_headline() -> None:
    result = parse_capture(capture("Forum of the twin towns Krasnodar and Karlsruhe held2015-11-05 15:14:00"))
    assert result.title == "Forum of the twin towns Krasnodar and Karlsruhe held"
    assert result.published == dt.date(2015, 11, 5)


def test_the_town_before_the_headline_with_a_colon() -> None:
    url = "https://paper.example/lokales/karlsruhe/aerzte-aus-krasnodar-lernen-im-klinikum_aid-4713"
    result = parse_capture(capture("Karlsruhe: Ärzte aus Krasnodar lernen im Klinikum"), source_url=url)
    assert result.title == "Ärzte aus Krasnodar lernen im Klinikum"


GERMAN_BODY = [
    "Die Gäste aus Nanchang besichtigten am Dienstag das Wasserwerk und die neue Kläranlage im Süden der Stadt.",
    "Der Bürgermeister zeigte ihnen anschließend das Rathaus, wo sie sich in das Gästebuch der Stadt eintrugen.",
]


def test_the_bare_date_beside_the_headline_beats_one_further_up() -> None:
    """Two bare dates above the article: the page's stamp at the very top, the article's next to its headline."""
    title = "Gäste aus Nanchang besuchen das Wasserwerk"
    result = parse_capture(capture("24.03.2021", "", "08.11.2009", "", title, body=GERMAN_BODY))
    assert result.title == title
    assert published(result, "de") == dt.date(2009, 11, 8)
    banner = ("Portal of a Province", "3 March 2014", "Home | News | Travel", TITLE, "2019-06-02  Print  Share")
    assert published(parse_capture(capture(*banner)), "en") == dt.date(2019, 6, 2)
    # one date line only, or the same date twice: nothing to choose
    assert published(parse_capture(capture("08.11.2009", title, body=GERMAN_BODY)), "de") == dt.date(2009, 11, 8)
    twice = capture("08.11.2009", "", "08.11.2009", title, body=GERMAN_BODY)
    assert published(parse_capture(twice), "de") == dt.date(2009, 11, 8)


def test_a_labelled_date_still_wins_over_the_bare_date_beside_the_headline() -> None:
    top = ("Veröffentlicht am 02.06.2019", "", "Gäste aus Nanchang besuchen das Wasserwerk", "12.05.2019")
    assert published(parse_capture(capture(*top, body=GERMAN_BODY)), "de") == dt.date(2019, 6, 2)


def test_a_day_in_a_web_address_is_no_printed_date() -> None:
    source = "Quelle: http://german.example.cn/nachrichten/2012-04/26/content_4711.htm"
    result = parse_capture(capture(body=GERMAN_BODY, trailer=(source,)))
    assert published(result, "de") is None
    credit = parse_capture(capture(body=GERMAN_BODY, trailer=("Quelle: Agentur, 26.04.2012",)))
    assert published(credit, "de") == dt.date(2012, 4, 26)  # the same day printed as a credit is one


def test_the_path_of_an_address_has_one_reader() -> None:
    from diplomacy.reading import urlpath
    from diplomacy.reading.published import date_in_url

    assert doctest.testmod(urlpath).failed == 0
    assert date_in_url("https://www.2019-05-01.example/news/a.html") is None  # the host names no day
    assert date_in_url("https://example.de/show.php?date=20190828") == dt.date(2019, 8, 28)
    assert date_in_url("https://example.de/archiv/2019%2F08%2F28/a.html") == dt.date(2019, 8, 28)


def test_a_bare_date_between_menu_words_and_the_article_on_one_line() -> None:
    """A page copied onto one line: crumbs, the date, the headline and the article run together."""
    page = (
        "Zum Inhalt springen Navigation Sie sind hier: Start Rathaus Aktuelles 14.05.2018 Gäste aus Xuzhou im "
        "Rathaus Der Oberbürgermeister empfing am Montag eine Delegation aus der chinesischen Partnerstadt Xuzhou. "
        "Die Gäste trugen sich in das Goldene Buch ein und sprachen über den Austausch von Schulen."
    )
    result = parse_capture(page)
    assert published(result, "de") == dt.date(2018, 5, 14)
    assert any("Goldene Buch" in paragraph for paragraph in result.paragraphs)
    # a date inside the article's first sentence stays the article's, and a sentence before a date ends the head
    for text in (
        "Die Delegation aus Xuzhou ist seit 14.05.2018 Gast der Stadt und besucht Schulen und Betriebe der Region.",
        "Der Rat tagte lange. Aktuelles 14.05.2018 Die Gäste aus Xuzhou besuchten am Montag das Rathaus der Stadt.",
    ):
        assert published(parse_capture(text), "de") is None
