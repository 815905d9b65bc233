"""Hand-written tagger cases: one row per article, in English and German.

Each case is ``Case(id, lang, published, title, body, expect)``; ``body``
paragraphs are separated by blank lines, as in a Markdown article.  ``expect``
holds what the tagger must return exactly:

* ``date``: the meeting date (None: no exact day);
* ``places``: the party place ids (sorted by the test);
* ``pairs``: the pairs (default: the single pair of two parties);
* ``principals`` / ``attendees``: ``"Name | Role | role_key | place"`` strings;
* ``meeting``: is_meeting (default True);
* ``candidates``: unknown place names after "mayor of" … (default none);
* ``mentioned``: ids that must be among the mentioned places (a subset check).

The rows describe phrasings, not particular articles: they are written to
cover every rule of ``diplomacy.tagging`` once, including the hard cases.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

D = dt.date


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    published: dt.date | None
    title: str
    body: str
    expect: dict[str, Any] = field(default_factory=dict)


CASES: list[Case] = [
    # --- two cities named, only one pair met ---------------------------------
    Case(
        "en-one-pair-of-three-cities",
        "en",
        D(2024, 5, 10),
        "Hamburg Mayor meets Shanghai Party Secretary",
        "Hamburg Mayor Peter Tschentscher met with Shanghai Party Secretary Chen Jining in Shanghai on Wednesday.\n\n"
        "Hamburg and Shanghai have been sister cities since 1986. Shanghai also has a friendship with Osaka.",
        {
            "date": D(2024, 5, 8),
            "places": ["hamburg", "shanghai"],
            "principals": [
                "Peter Tschentscher | Mayor | mayor | hamburg",
                "Chen Jining | Party Secretary | party_secretary | shanghai",
            ],
            "mentioned": ["osaka"],
        },
    ),
    Case(
        "de-one-pair-third-city-in-passing",
        "de",
        D(2023, 10, 27),
        "Oberbürgermeister Keller trifft Wuhans Bürgermeister",
        "Düsseldorfs Oberbürgermeister Dr. Stephan Keller traf am Mittwoch den Bürgermeister von Wuhan, "
        "Cheng Yongwen, im Rathaus.\n\n"
        "Wuhan ist seit 1982 Partnerstadt von Duisburg; auch Köln und Bonn unterhalten Kontakte nach China.",
        {
            "date": D(2023, 10, 25),
            "places": ["duesseldorf", "wuhan"],
            "principals": [
                "Stephan Keller | Oberbürgermeister | lord_mayor | duesseldorf",
                "Cheng Yongwen | Bürgermeister | mayor | wuhan",
            ],
            "mentioned": ["bonn", "china", "duisburg", "koeln"],
        },
    ),
    # --- a state instead of a city ----------------------------------------------
    Case(
        "de-state-minister-president-receives-governor",
        "de",
        D(2024, 7, 3),
        "Söder empfängt Gouverneur aus Shandong",
        "Ministerpräsident Markus Söder empfing am Montag den Gouverneur der Provinz Shandong, Zhou Naixiang, "
        "in der Staatskanzlei in München. Bayern und Shandong pflegen seit 1987 eine Partnerschaft.",
        {
            "date": D(2024, 7, 1),
            "places": ["bayern", "shandong"],
            "principals": [
                "Markus Söder | Ministerpräsident | minister_president | bayern",
                "Zhou Naixiang | Gouverneur | governor | shandong",
            ],
            "mentioned": ["muenchen"],
        },
    ),
    Case(
        "en-state-genitive-roles",
        "en",
        D(2024, 7, 3),
        "Bavaria, Shandong leaders hold talks",
        "Bavaria's Minister-President Markus Söder held talks with Shandong's governor Zhou Naixiang in Munich "
        "on Tuesday.",
        {
            "date": D(2024, 7, 2),
            "places": ["bayern", "shandong"],
            "principals": [
                "Markus Söder | Minister-President | minister_president | bayern",
                "Zhou Naixiang | Governor | governor | shandong",
            ],
        },
    ),
    Case(
        "de-state-adjective-role",
        "de",
        D(2024, 4, 19),
        "Bayerischer Ministerpräsident in Shandong",
        "Der bayerische Ministerpräsident Markus Söder ist am Donnerstag in Jinan mit dem Parteisekretär der "
        "Provinz Shandong, Lin Wu, zusammengekommen.",
        {
            "date": D(2024, 4, 18),
            "places": ["bayern", "shandong"],
            "principals": [
                "Markus Söder | Ministerpräsident | minister_president | bayern",
                "Lin Wu | Parteisekretär | party_secretary | shandong",
            ],
            "mentioned": ["jinan"],
        },
    ),
    # --- an ambassador: the country is a party -------------------------------------
    Case(
        "en-ambassador-visits-city",
        "en",
        D(2023, 6, 2),
        "Chinese Ambassador visits Duisburg",
        "Chinese Ambassador to Germany Wu Ken visited Duisburg yesterday and met with Mayor Sören Link. "
        "Link said Duisburg is China's gateway to Europe.",
        {
            "date": D(2023, 6, 1),
            "places": ["china", "duisburg"],
            "principals": ["Wu Ken | Ambassador | ambassador | china", "Sören Link | Mayor | mayor | duisburg"],
            "mentioned": ["germany"],
        },
    ),
    Case(
        "de-ambassador-genitive-country-attendee",
        "de",
        D(2024, 3, 11),
        "Kölns Oberbürgermeisterin empfängt belgischen Botschafter",
        "Kölns Oberbürgermeisterin Henriette Reker hat am vergangenen Freitag den Botschafter Belgiens, "
        "Geert Muylle, im Historischen Rathaus empfangen. Auch Generalkonsul Jan Peeters nahm an dem Treffen teil.",
        {
            "date": D(2024, 3, 8),
            "places": ["belgium", "koeln"],
            "principals": [
                "Henriette Reker | Oberbürgermeisterin | lord_mayor | koeln",
                "Geert Muylle | Botschafter | ambassador | belgium",
            ],
            "attendees": ["Jan Peeters | Generalkonsul | consul_general | None"],
        },
    ),
    Case(
        "en-ambassador-of-country",
        "en",
        D(2023, 11, 9),
        "Vice Mayor receives Dutch envoy",
        "Shanghai Vice Mayor Hua Yuan received the Ambassador of the Netherlands to China, André Haspels, "
        "on November 8.\n\nHaspels said Dutch companies see Shanghai as their home in China.",
        {
            "date": D(2023, 11, 8),
            "places": ["netherlands", "shanghai"],
            "principals": [
                "Hua Yuan | Vice Mayor | vice_mayor | shanghai",
                "André Haspels | Ambassador | ambassador | netherlands",
            ],
            "mentioned": ["china"],
        },
    ),
    # --- dates at month and year boundaries --------------------------------------
    Case(
        "de-year-boundary-common-word-essen",
        "de",
        D(2024, 1, 3),
        "Oberbürgermeister von Essen trifft Delegation",
        "Der Oberbürgermeister von Essen Thomas Kufen traf am 29. Dezember eine Delegation aus Changzhou. "
        "Beim Essen im Rathaus sprachen beide Seiten über Wasserstoff.",
        {
            "date": D(2023, 12, 29),
            "places": ["changzhou", "essen"],
            "principals": ["Thomas Kufen | Oberbürgermeister | lord_mayor | essen"],
        },
    ),
    Case(
        "en-weekday-across-new-year",
        "en",
        D(2024, 1, 2),
        "Beijing Mayor meets Berlin delegation",
        "Beijing Mayor Yin Yong met with a delegation from Berlin led by Governing Mayor Kai Wegner on Friday.",
        {
            "date": D(2023, 12, 29),
            "places": ["beijing", "berlin"],
            "principals": [
                "Yin Yong | Mayor | mayor | beijing",
                "Kai Wegner | Governing Mayor | governing_mayor | berlin",
            ],
        },
    ),
    Case(
        "de-friday-published-monday-month-boundary",
        "de",
        D(2024, 7, 1),
        "Delegation aus Shenzhen in Nürnberg",
        "Eine Delegation aus Shenzhen unter Leitung von Vizebürgermeister Zhang Hua ist am Freitag von "
        "Oberbürgermeister Marcus König im Nürnberger Rathaus empfangen worden.",
        {
            "date": D(2024, 6, 28),
            "places": ["nuernberg", "shenzhen"],
            "principals": [
                "Zhang Hua | Vizebürgermeister | vice_mayor | shenzhen",
                "Marcus König | Oberbürgermeister | lord_mayor | nuernberg",
            ],
        },
    ),
    # --- names that are common words ---------------------------------------------------
    Case(
        "de-halle-the-hall-and-the-city",
        "de",
        D(2024, 2, 5),
        "Besuch aus Jiaxing",
        "Beim Essen in der Halle des Hotels sprach man über das Wetter. In Halle (Saale) empfing "
        "Oberbürgermeister Egbert Geier am Donnerstag eine Delegation aus Jiaxing.",
        {
            "date": D(2024, 2, 1),
            "places": ["halle", "jiaxing"],
            "principals": ["Egbert Geier | Oberbürgermeister | lord_mayor | halle"],
        },
    ),
    Case(
        "de-essen-only-a-meal",
        "de",
        D(2024, 6, 14),
        "Oberbürgermeisterin Reker empfängt Delegation aus Peking",
        "Oberbürgermeisterin Henriette Reker empfing am Mittwoch eine Delegation aus Peking im Kölner Rathaus. "
        "Nach dem Essen besuchte die Delegation den Dom.",
        {
            "date": D(2024, 6, 12),
            "places": ["beijing", "koeln"],
            "principals": ["Henriette Reker | Oberbürgermeisterin | lord_mayor | koeln"],
        },
    ),
    # --- delegation visits -----------------------------------------------------------------
    Case(
        "de-delegation-host-city-hall-partnership",
        "de",
        D(2023, 11, 20),
        "Delegation aus Nanjing zu Gast",
        "Am Freitag war eine Delegation aus Nanjing zu Gast im Leipziger Rathaus. Oberbürgermeister Burkhard "
        "Jung empfing die Gäste.\n\nLeipzig und Nanjing sind seit 1988 Partnerstädte.",
        {
            "date": D(2023, 11, 17),
            "places": ["leipzig", "nanjing"],
            "principals": ["Burkhard Jung | Oberbürgermeister | lord_mayor | leipzig"],
        },
    ),
    Case(
        "en-delegation-visit-host",
        "en",
        D(2024, 9, 6),
        "Qingdao delegation tours Mannheim",
        "A delegation from Qingdao led by Vice Mayor Geng Tao visited Mannheim on September 4 and held talks "
        "with Lord Mayor Christian Specht.",
        {
            "date": D(2024, 9, 4),
            "places": ["mannheim", "qingdao"],
            "principals": [
                "Geng Tao | Vice Mayor | vice_mayor | qingdao",
                "Christian Specht | Lord Mayor | lord_mayor | mannheim",
            ],
        },
    ),
    Case(
        "de-adjective-delegation",
        "de",
        D(2024, 5, 23),
        "Dresdner Delegation in Hangzhou",
        "Eine Dresdner Delegation ist am Dienstag in Hangzhou mit Bürgermeister Yao Gaoyuan zusammengetroffen.",
        {
            "date": D(2024, 5, 21),
            "places": ["dresden", "hangzhou"],
            "principals": ["Yao Gaoyuan | Bürgermeister | mayor | hangzhou"],
        },
    ),
    # --- German inverted word order ----------------------------------------------------------
    Case(
        "de-inverted-order",
        "de",
        D(2023, 4, 20),
        "Shanghais Bürgermeister in München",
        "Am Dienstag empfing Oberbürgermeister Dieter Reiter im Rathaus den Bürgermeister von Shanghai, "
        "Gong Zheng, und seine Delegation.",
        {
            "date": D(2023, 4, 18),
            "places": ["muenchen", "shanghai"],
            "principals": [
                "Dieter Reiter | Oberbürgermeister | lord_mayor | muenchen",
                "Gong Zheng | Bürgermeister | mayor | shanghai",
            ],
        },
    ),
    Case(
        "de-passive-received-by",
        "de",
        D(2024, 10, 10),
        "Gäste aus Chengdu",
        "Empfangen wurde die Delegation aus Chengdu am 8. Oktober von Oberbürgermeisterin Katja Dörner, "
        "die die Gäste im Alten Rathaus der Stadt Bonn begrüßte.",
        {
            "date": D(2024, 10, 8),
            "places": ["bonn", "chengdu"],
            "principals": ["Katja Dörner | Oberbürgermeisterin | lord_mayor | bonn"],
        },
    ),
    # --- partnership features without a meeting --------------------------------------------
    Case(
        "en-anniversary-no-meeting",
        "en",
        D(2022, 10, 15),
        "Wuhan and Duisburg celebrate 40 years of partnership",
        "Wuhan and Duisburg became sister cities in 1982. Over the years, the two cities have cooperated in "
        "many fields, and mayors of both cities visited each other frequently.\n\n"
        "Duisburg is also a partner of Vilnius.",
        {
            "date": None,
            "places": ["duisburg", "wuhan"],
            "meeting": False,
            "mentioned": ["vilnius"],
        },
    ),
    Case(
        "de-anniversary-founding-date-not-taken",
        "de",
        D(2024, 6, 1),
        "30 Jahre Freundschaft: Berlin und Peking",
        "Berlin und Peking sind seit dem 5. April 1994 Partnerstädte. Im Jahr 2019 besuchte der damalige "
        "Regierende Bürgermeister Michael Müller die chinesische Hauptstadt.",
        {"date": None, "places": ["beijing", "berlin"], "meeting": False},
    ),
    # --- attendees ----------------------------------------------------------------------------
    Case(
        "en-accompanied-by-attendee",
        "en",
        D(2024, 4, 12),
        "Vice Mayor meets Hessian minister",
        "Hesse's Minister Kaweh Mansoori, accompanied by German Consul General Pit Heltmann, met with Shanghai "
        "Vice Mayor Hua Yuan on April 11.",
        {
            "date": D(2024, 4, 11),
            "places": ["hessen", "shanghai"],
            "principals": [
                "Kaweh Mansoori | Minister | minister | hessen",
                "Hua Yuan | Vice Mayor | vice_mayor | shanghai",
            ],
            "attendees": ["Pit Heltmann | Consul General | consul_general | germany"],
        },
    ),
    Case(
        "de-attendees-also-present",
        "de",
        D(2024, 11, 15),
        "Partnerschaftsbesuch aus Kyoto",
        "Der Kölner Oberbürgermeisterin Henriette Reker ist am 14. November der Bürgermeister von Kyoto, "
        "Koji Matsui, begegnet; beide unterzeichneten eine Erklärung.\n\n"
        "Ebenfalls anwesend waren der japanische Generalkonsul Kiyoshi Asano und Bürgermeister Ralf Heinen.",
        {
            "date": D(2024, 11, 14),
            "places": ["koeln", "kyoto"],
            "principals": [
                "Henriette Reker | Oberbürgermeisterin | lord_mayor | koeln",
                "Koji Matsui | Bürgermeister | mayor | kyoto",
            ],
            "attendees": [
                "Kiyoshi Asano | Generalkonsul | consul_general | japan",
                "Ralf Heinen | Bürgermeister | mayor | None",
            ],
        },
    ),
    # --- genitive and adjective forms ----------------------------------------------------------
    Case(
        "de-city-adjective-role",
        "de",
        D(2024, 9, 27),
        "Kölner Oberbürgermeisterin trifft Pekinger Vizebürgermeister",
        "Die Kölner Oberbürgermeisterin Henriette Reker hat heute den Pekinger Vizebürgermeister Sima Hong "
        "zu einem Gespräch getroffen.",
        {
            "date": D(2024, 9, 27),
            "places": ["beijing", "koeln"],
            "principals": [
                "Henriette Reker | Oberbürgermeisterin | lord_mayor | koeln",
                "Sima Hong | Vizebürgermeister | vice_mayor | beijing",
            ],
        },
    ),
    Case(
        "en-possessive-mayor-and-apposition",
        "en",
        D(2023, 5, 26),
        "Düsseldorf's mayor welcomes Chongqing guests",
        "Stephan Keller, Düsseldorf's mayor, welcomed a delegation from Chongqing headed by Vice Mayor Zheng "
        "Xiangdong on Thursday, the 25th.",
        {
            "date": D(2023, 5, 25),
            "places": ["chongqing", "duesseldorf"],
            "principals": [
                "Stephan Keller | Mayor | mayor | duesseldorf",
                "Zheng Xiangdong | Vice Mayor | vice_mayor | chongqing",
            ],
        },
    ),
    # --- three parties: host with each visitor --------------------------------------------------
    Case(
        "en-three-parties-host-pairs",
        "en",
        D(2024, 4, 26),
        "Shanghai Mayor meets German mayors",
        "Shanghai Mayor Gong Zheng met with Düsseldorf Mayor Stephan Keller and Duisburg Mayor Sören Link "
        "in Shanghai on April 25.",
        {
            "date": D(2024, 4, 25),
            "places": ["duesseldorf", "duisburg", "shanghai"],
            "pairs": [("duesseldorf", "shanghai"), ("duisburg", "shanghai")],
            "principals": [
                "Gong Zheng | Mayor | mayor | shanghai",
                "Stephan Keller | Mayor | mayor | duesseldorf",
                "Sören Link | Mayor | mayor | duisburg",
            ],
        },
    ),
    # --- a country that only contains a party -----------------------------------------------------
    Case(
        "en-visit-to-country-not-a-party",
        "en",
        D(2023, 9, 15),
        "Chongqing Party Secretary visits Germany",
        "During his visit to Germany, Chongqing Party Secretary Yuan Jiajun met with Düsseldorf Mayor Stephan "
        "Keller on September 13.",
        {
            "date": D(2023, 9, 13),
            "places": ["chongqing", "duesseldorf"],
            "principals": [
                "Yuan Jiajun | Party Secretary | party_secretary | chongqing",
                "Stephan Keller | Mayor | mayor | duesseldorf",
            ],
            "mentioned": ["germany"],
        },
    ),
    # --- other date phrasings ------------------------------------------------------------------------
    Case(
        "en-no-exact-day",
        "en",
        D(2024, 3, 20),
        "Wuhan mayor meets Duisburg delegation",
        "Wuhan Mayor Cheng Yongwen met with a delegation from Duisburg last week. In March 2011 the first "
        "train left Duisburg.",
        {
            "date": None,
            "places": ["duisburg", "wuhan"],
            "principals": ["Cheng Yongwen | Mayor | mayor | wuhan"],
        },
    ),
    Case(
        "en-future-tense-weekday",
        "en",
        D(2024, 8, 20),
        "Hangzhou delegation to visit Heidelberg",
        "Heidelberg Lord Mayor Eckart Würzner will receive a delegation from Hangzhou on Thursday.",
        {
            "date": D(2024, 8, 22),
            "places": ["hangzhou", "heidelberg"],
            "principals": ["Eckart Würzner | Lord Mayor | lord_mayor | heidelberg"],
        },
    ),
    Case(
        "de-xinhua-dateline-and-numeric-date",
        "de",
        None,
        "Vizepremier trifft Ministerpräsidenten",
        "Peking, 12. Juni (Xinhua) -- Chinas Vizepremier Ding Xuexiang hat am 11.06.2024 in Peking den "
        "Ministerpräsidenten von Nordrhein-Westfalen, Hendrik Wüst, getroffen.",
        {
            "date": D(2024, 6, 11),
            "places": ["china", "nordrhein-westfalen"],
            "principals": [
                "Ding Xuexiang | Vizepremier | vice_premier | china",
                "Hendrik Wüst | Ministerpräsident | minister_president | nordrhein-westfalen",
            ],
            "mentioned": ["beijing"],
        },
    ),
    # --- surname-only later mentions, possessives, titles -------------------------------------------
    Case(
        "en-surnames-and-possessive-leader",
        "en",
        D(2024, 10, 18),
        "Tianjin Party chief meets Bremen Mayor",
        "Tianjin Party chief Chen Min'er met with Bremen Mayor Andreas Bovenschulte on Wednesday, in line with "
        "President Xi Jinping's vision of opening-up.\n\nChen said Tianjin welcomes Bremen firms. Bovenschulte "
        "said the mayor of Bremen values the ties.",
        {
            "date": D(2024, 10, 16),
            "places": ["bremen", "tianjin"],
            "principals": [
                "Chen Min'er | Party Chief | party_secretary | tianjin",
                "Andreas Bovenschulte | Mayor | mayor | bremen",
            ],
        },
    ),
    Case(
        "de-academic-titles",
        "de",
        D(2024, 5, 17),
        "Aachen empfängt Gäste aus Ningbo",
        "Oberbürgermeisterin Sibylle Keupen und Prof. Dr. Ulrich Rüdiger empfingen am 16. Mai den "
        "Vizebürgermeister von Ningbo, Li Guanding.",
        {
            "date": D(2024, 5, 16),
            "places": ["aachen", "ningbo"],
            "principals": [
                "Sibylle Keupen | Oberbürgermeisterin | lord_mayor | aachen",
                "Li Guanding | Vizebürgermeister | vice_mayor | ningbo",
            ],
        },
    ),
    # --- Chinese party titles --------------------------------------------------------------------------
    Case(
        "en-cpc-committee-secretary",
        "en",
        D(2024, 9, 12),
        "Shanghai leader meets Cologne mayor",
        "Chen Jining, Secretary of the CPC Shanghai Municipal Committee, met with Cologne Mayor Henriette Reker "
        "and her delegation on September 9.",
        {
            "date": D(2024, 9, 9),
            "places": ["koeln", "shanghai"],
            "principals": [
                "Chen Jining | Party Secretary | party_secretary | shanghai",
                "Henriette Reker | Mayor | mayor | koeln",
            ],
        },
    ),
    # --- unknown places after "mayor of" ---------------------------------------------------------------
    Case(
        "de-candidate-unknown-town",
        "de",
        D(2024, 3, 1),
        "Besuch aus Suzhou",
        "Der Bürgermeister von Kleinhausen am See, Hans Maier, empfing am Mittwoch eine Delegation aus Suzhou.",
        {
            "date": D(2024, 2, 28),
            "places": ["suzhou"],
            "pairs": [],
            "principals": ["Hans Maier | Bürgermeister | mayor | None"],
            "candidates": ["Kleinhausen am See"],
        },
    ),
    Case(
        "en-candidate-unknown-province",
        "en",
        D(2024, 3, 1),
        "Shanghai Mayor meets Korean governor",
        "Shanghai Mayor Gong Zheng met with Park Wan-su, the governor of Gangwondong Province, on Tuesday.",
        {
            "date": D(2024, 2, 27),
            "places": ["shanghai"],
            "pairs": [],
            "principals": ["Gong Zheng | Mayor | mayor | shanghai", "Park Wan-su | Governor | governor | None"],
            "candidates": ["Gangwondong Province"],
        },
    ),
    # --- hand-written Markdown, headline in title case -------------------------------------------------
    Case(
        "en-markdown-title-case-headline",
        "en",
        D(2023, 7, 7),
        "Nanjing Mayor Meets Leipzig Lord Mayor Burkhard Jung",
        "Nanjing Mayor Chen Zhichang met with Leipzig Lord Mayor Burkhard Jung today.\n\n"
        "The two mayors discussed exchanges in culture and education.",
        {
            "date": D(2023, 7, 7),
            "places": ["leipzig", "nanjing"],
            "principals": [
                "Chen Zhichang | Mayor | mayor | nanjing",
                "Burkhard Jung | Lord Mayor | lord_mayor | leipzig",
            ],
        },
    ),
    Case(
        "de-bürgermeister-der-stadt-gestern",
        "de",
        D(2024, 4, 10),
        "Wuhan und Duisburg vertiefen Zusammenarbeit",
        "Der Bürgermeister der Stadt Duisburg, Sören Link, ist gestern mit dem Vizebürgermeister von Wuhan, "
        "Wang Qinghua, zu einem Gespräch zusammengekommen.",
        {
            "date": D(2024, 4, 9),
            "places": ["duisburg", "wuhan"],
            "principals": [
                "Sören Link | Bürgermeister | mayor | duisburg",
                "Wang Qinghua | Vizebürgermeister | vice_mayor | wuhan",
            ],
        },
    ),
    Case(
        "en-korean-province-governor-and-future",
        "en",
        D(2023, 5, 3),
        "Gyeonggi governor in Shenzhen",
        "Gyeonggi Governor Kim Dong-yeon met Shenzhen Party Secretary Meng Fanli on May 2, 2023. The governor "
        "will visit Guangzhou next week.",
        {
            "date": D(2023, 5, 2),
            "places": ["gyeonggi", "shenzhen"],
            "principals": [
                "Kim Dong-yeon | Governor | governor | gyeonggi",
                "Meng Fanli | Party Secretary | party_secretary | shenzhen",
            ],
        },
    ),
]
