"""A deterministic benchmark corpus of city-diplomacy news, English and German.

``python bench/corpus.py --n N --out DIR [--markdown-only] [--seed S]`` writes N
articles of about 500 words, half English and half German (alternating), built
from templates over the real places of the gazetteer (``data/places.json``):

* a meeting report starts with the meeting sentence ("Shanghai Mayor Gong Zheng
  met with the mayor of Düsseldorf, Germany, Stephan Keller, and his delegation
  on April 14." / "Der Parteisekretär von Shanghai Chen Jining traf am
  9. September die Oberbürgermeisterin von Köln Henriette Reker …"), the meeting
  day in many phrasings relative to the publication day ("on Thursday",
  "yesterday", "on 14 April 2023", "am Dienstag", "gestern" …), then statements
  of both principals and filler paragraphs of diplomatic prose;
* every meeting is reported 3 to 9 times, in both languages, on different
  publication days; about one slot in ten is a feature on a partnership that
  reports no meeting;
* one party of every meeting is Chinese, the other foreign; each side cycles
  through its places of the gazetteer (cities, regions, countries through
  their ambassadors), so at 8,000 articles every place occurs;
* principals have generated Chinese, German, Korean … names that stay the
  same for a place, role and three-year term.

Layout of DIR: every third article (0, 3, 6, …) is a raw capture
``captures/NNNN.txt`` with the noise of real captures (date line, breadcrumb,
repeated headline, photo caption, reading-time badge, ``Source: … Editor: …``
with no-break spaces, glued ``INavigationController.``, share and comment
boilerplate) and sometimes a ``captures/NNNN.meta`` with ``Source_url:``; the
rest is Markdown ``articles/NNNN.md`` with ``Title:``, ``Date:``, ``Lang:``,
``Source:`` (and ``Source_url:``) header lines.

With ``--markdown-only`` the same articles are all written as plain Markdown
(``Title:``, ``Date:`` and the clean paragraphs; no noise, no other metadata):
the input of the plain-Pelican baseline.

The output is a pure function of N, the seed and the gazetteer: two runs
write the same bytes, and the first articles of a bigger corpus are the
articles of a smaller one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GAZETTEER = ROOT / "data" / "places.json"
DEFAULT_SEED = 2024
START = dt.date(2016, 1, 4)  # the first meeting day; meetings follow every 1-3 days
TARGET_WORDS = 480  # add filler paragraphs until the body has this many words
REPORTS_PER_MEETING = (3, 9)
FEATURE_EVERY = 10  # one timeline slot in ten is a partnership feature (no meeting)
TERM_YEARS = 3  # a principal holds a role for this many years

NBSP = "\u00a0"


def _split(words: str) -> list[str]:
    return words.split()


_FILE_RE = re.compile(r"^\d{4,}\.(?:txt|meta|md)$")

# ---------------------------------------------------------------------------
# Words


MONTHS_EN = _split("January February March April May June July August September October November December")
MONTHS_DE = _split("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
WEEKDAYS_EN = _split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WEEKDAYS_DE = _split("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag")

TOPICS: tuple[tuple[str, str], ...] = (
    ("trade", "Handel"),
    ("culture", "Kultur"),
    ("education", "Bildung"),
    ("green development", "grüne Entwicklung"),
    ("innovation", "Innovation"),
    ("tourism", "Tourismus"),
    ("logistics", "Logistik"),
    ("healthcare", "Gesundheitswesen"),
    ("the digital economy", "digitale Wirtschaft"),
    ("youth exchange", "Jugendaustausch"),
    ("urban governance", "Stadtverwaltung"),
    ("new energy", "neue Energien"),
    ("biomedicine", "Biomedizin"),
    ("sports", "Sport"),
    ("exhibitions", "Messewesen"),
    ("high-end manufacturing", "Hightech-Fertigung"),
)

CHINESE_SURNAMES = _split(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie "
    "Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Su Lu Jiang Cai Jia Ding Wei Xue Ye Yan "
    "Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin "
    "Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Gong"
)
CHINESE_SYLLABLES = _split(
    "jin ning zheng ming wei hua jian guo qiang lei yong jun ping hong xin yan bo tao hai feng dong lin bin "
    "chao kai rui hao yu xiao li zhi wen qing min an cheng de hui liang shan yi jie"
)
GERMAN_FIRST = {
    "m": _split(
        "Stephan Peter Thomas Markus Andreas Michael Frank Stefan Dieter Jürgen Martin Klaus Sören Burkhard "
        "Dominik Uwe Hendrik Tobias Matthias Christian"
    ),
    "f": _split(
        "Henriette Katja Sabine Petra Claudia Anja Susanne Birgit Manuela Franziska Julia Annette Eva "
        "Kerstin Heike Monika"
    ),
}
GERMAN_SURNAMES = _split(
    "Keller Reker Tschentscher Link Kufen Josef Reiter Wegner Müller Schmidt Schneider Fischer Weber Meyer "
    "Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann Schwarz Zimmermann Braun Krüger Hartmann "
    "Lange Werner Krause Lehmann Köhler Maier Kaiser Fuchs Vogel Jung Heltmann"
)
KOREAN_SURNAMES = _split("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong")
KOREAN_SYLLABLES = _split("yung rok min jun seo hyun ji woo jae sung ho young su kyung hee chul dong hwan jin tae sang")
BELGIAN_FIRST = {"m": _split("Jan Bruno Pieter Marc Luc Dirk Koen Wim"), "f": _split("Els Sofie An Hilde Katrien Lies")}
BELGIAN_SURNAMES = _split(
    "Hoogmartens Jans Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Dubois Lambert"
)
EUROPEAN_FIRST = {
    "m": _split("John Pierre Marco Jan Lars Pavel Miguel Tomas"),
    "f": _split("Anna Maria Sofia Elena Ingrid Laura"),
}
EUROPEAN_SURNAMES = _split("Martin Rossi Novak Jensen Nowak Dubois Silva Horvat Nielsen Bianchi Kowalski")
OTHER_NAMES: dict[tuple[str, ...], tuple[dict[str, list[str]], list[str]]] = {
    ("JP",): (
        {"m": _split("Hiroshi Takeshi Kenji Daisuke Koji Masato"), "f": _split("Yuko Akiko Keiko Naoko Emi")},
        _split("Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida"),
    ),
    ("IN", "PK", "BD", "NP", "LK"): (
        {"m": _split("Rajesh Amit Sanjay Vikram Arun Imran"), "f": _split("Priya Anita Sunita Kavita Ayesha")},
        _split("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Khan"),
    ),
    ("US", "GB", "AU", "CA", "NZ", "IE", "ZA", "NG", "KE", "GH"): (
        {"m": _split("John David Michael James Robert Daniel"), "f": _split("Sarah Emily Laura Karen Grace")},
        _split("Smith Johnson Brown Taylor Wilson Davies Evans Thompson Clark Okafor"),
    ),
    ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "CU", "BO", "UY", "PY"): (
        {"m": _split("Carlos José Luis Miguel Javier Andrés"), "f": _split("María Ana Lucía Carmen Elena")},
        _split("García Martínez López Rodríguez Fernández Pérez Sánchez Gómez Torres"),
    ),
    ("RU", "BY", "UA", "KZ", "KG", "UZ"): (
        {"m": _split("Sergei Alexei Dmitri Igor Andrei Nikolai"), "f": _split("Olga Natalia Irina Svetlana")},
        _split("Ivanov Petrov Smirnov Kuznetsov Volkov Sokolov Popov Lebedev"),
    ),
    ("FR", "LU", "MC"): (
        {"m": _split("Pierre Jean Philippe Nicolas Laurent"), "f": _split("Marie Sophie Isabelle Claire")},
        _split("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy"),
    ),
}

SOURCES_EN: tuple[tuple[str, str], ...] = (
    ("SHINE", "www.shine.cn/news/metro"),
    ("Xinhua", "english.news.cn"),
    ("China Daily", "www.chinadaily.com.cn/a"),
    ("Global Times", "www.globaltimes.cn/page"),
    ("iChongqing", "www.ichongqing.info"),
    ("Hubei Daily", "news.hubeidaily.net/en"),
)
SOURCES_DE: tuple[tuple[str, str], ...] = (
    ("german.shanghai.gov.cn", "german.shanghai.gov.cn"),
    ("nrwheute", "nrwheute.de"),
    ("german.china.org.cn", "german.china.org.cn"),
    ("Rheinische Post", "rp-online.de/nrw"),
    ("WAZ", "www.waz.de/staedte"),
    ("Stadtnachrichten", "www.stadtnachrichten.de"),
)
EDITORS = ("Xu Fang", "Wang Xinyi", "Zhu Ying", "Li Qian", "Shen Ke", "Hu Min")

# ---------------------------------------------------------------------------
# Paragraph templates. Placeholders: host, guest (place names), hs, gs (surnames),
# hc, gc (country names), t1, t2, t3 (topics), n (a number), cont (continent).

HOST_EN = (
    "{hs} said that the relationship between {hc} and {gc} has a solid foundation. {host} and {guest}, "
    "although thousands of kilometres apart, have maintained frequent exchanges and have carried out practical "
    "cooperation in areas such as {t1}, {t2} and {t3}, achieving positive results.",
    "{hs} expressed the hope that both sides would deepen cooperation, achieve a higher level of mutual benefit "
    "and further expand exchanges in {t1} and {t2}. {host} warmly welcomes enterprises from {guest} to invest and "
    "start businesses in the city, and encourages its own enterprises to explore the market of {guest}.",
    "According to {hs}, {host} is accelerating the construction of a modern international metropolis with global "
    "influence. The city attaches great importance to friendly exchanges with {guest} and hopes to draw on its "
    "experience in {t1}, {t2} and urban renewal.",
    "{hs} noted that the two sides share many similarities and have strongly complementary advantages. Deepening "
    "cooperation in {t1} and {t2} will bring tangible benefits to the people of both places and inject new "
    "momentum into the relations between {hc} and {gc}.",
    "At the same time, {hs} hoped to continue to deepen artistic and cultural exchanges and to build a bridge of "
    "friendship for the people of the two places through exchanges in {t1}, education and youth programmes.",
    "{hs} invited the delegation to take part in the upcoming trade fairs and expos in {host} and suggested a "
    "regular working mechanism so that projects in {t1} and {t2} can be carried out more efficiently.",
)
GUEST_EN = (
    "{gs} said that {guest} is an important destination for investment and a gateway to {cont}. More than {n} "
    "enterprises from {hc} are already active there, and {guest} is willing to help them develop the market.",
    "{gs} said that {host} is a renowned economic and trade centre whose development achievements are "
    "impressive. {guest} aims to enhance exchanges and deepen cooperation in the fields of {t1}, {t2} and {t3}, "
    "promote mutual investment and work together to achieve common development.",
    "{gs} noted that over the years frequent visits have taken place and many projects have been completed. "
    "{guest} hopes to share knowledge and experience in {t1} and {t2} so that the friendship between the two "
    "sides can grow further.",
    "{gs} thanked {hs} for the warm reception and said that the delegation had come to learn from the experience "
    "of {host} in {t1}. The two sides should make full use of existing platforms and open new channels for "
    "dialogue.",
    "{gs} pointed out that cooperation in {t1}, {t2} and vocational training offers broad prospects. {guest} "
    "welcomes companies from {host} and looks forward to becoming a reliable partner for them.",
)
FILLER_EN = (
    "Officials from both sides also discussed ways to simplify procedures for business travellers, students and "
    "researchers. They agreed that closer contacts between universities, chambers of commerce and cultural "
    "institutions are an important foundation for lasting trust.",
    "In recent years, trade between the two regions has grown steadily. Logistics links, including freight rail "
    "connections and direct flights, have made it easier for small and medium-sized enterprises to reach new "
    "customers and suppliers.",
    "The talks covered {t1}, {t2} and the digital transformation of public services. Experts from both places are "
    "expected to meet again to prepare concrete projects and a joint work plan.",
    "Cultural exchange has long been a pillar of the relationship. Orchestras, museums and film festivals from both "
    "places have presented their work to new audiences, and a growing number of young people take part in "
    "exchange programmes every year.",
    "Both sides emphasised the role of local governments in international relations. City diplomacy, they said, "
    "can build practical bridges where national politics moves slowly, and can bring the benefits of cooperation "
    "directly to citizens.",
    "The delegation is also scheduled to visit a science park, a port logistics centre and a vocational school "
    "during its stay, and to meet representatives of enterprises that already operate in both markets.",
    "Green and low-carbon development was another focus of the meeting. The two sides exchanged views on "
    "renewable energy, energy-efficient buildings, clean air and water, and the renewal of old industrial areas.",
    "Healthcare and care for the elderly are becoming more important for ageing societies. Hospitals and research "
    "institutes from both places have already started joint projects, and further cooperation in {t1} is planned.",
    "Tourism promotion also featured in the discussion. Travel agencies and tourism boards plan to present new "
    "routes and packages, and both sides expect the number of visitors to rise again in the coming years.",
    "Representatives of the chambers of commerce said that companies value stable rules, reliable partners and "
    "open markets. They called for more matchmaking events and for the exchange of information on investment "
    "projects in {t1} and {t2}.",
    "Education and research form a further pillar. Universities from both places have signed agreements on "
    "student exchange and joint degree programmes, and researchers cooperate on topics ranging from {t1} to "
    "artificial intelligence.",
    "Sports exchanges, including youth football camps and marathon partnerships, have brought people together. "
    "Both sides agreed to support more such events and to involve clubs, schools and volunteers.",
)
HOST_DE = (
    "{hs} betonte, {hc} und {gc} seien umfassende strategische Partner; die Zusammenarbeit bringe der Entwicklung "
    "der Beziehungen einen kräftigen Schub. {host} und {guest} pflegten enge Beziehungen in den Bereichen {t1}, "
    "{t2} und {t3}.",
    "Es sei wichtig, die Kommunikation und den Austausch weiter zu stärken und die jeweiligen Vorteile "
    "auszuspielen, sagte {hs}. {host} begrüße Unternehmen aus {guest}, die investieren möchten, und ermutige die "
    "eigenen Unternehmen, sich in {guest} zu engagieren.",
    "{hs} erklärte, {host} beschleunige den Aufbau einer modernen internationalen Metropole mit weltweiter "
    "Ausstrahlung. Man messe dem freundschaftlichen Austausch mit {guest} große Bedeutung bei und wolle von den "
    "Erfahrungen im Bereich {t1} lernen.",
    "Nach den Worten von {hs} ergänzen sich beide Seiten in vielen Bereichen. Eine engere Zusammenarbeit in den "
    "Bereichen {t1} und {t2} bringe den Menschen an beiden Orten einen spürbaren Nutzen.",
    "Zugleich sprach sich {hs} dafür aus, den kulturellen Austausch zu vertiefen und neue Kanäle für die Begegnung "
    "der Menschen zu öffnen, insbesondere unter der Jugend, in der Bildung und im Bereich {t1}.",
    "{hs} lud die Delegation ein, an den kommenden Messen und Ausstellungen in {host} teilzunehmen, und schlug "
    "einen regelmäßigen Arbeitsmechanismus vor, damit Projekte im Bereich {t1} schneller umgesetzt werden können.",
)
GUEST_DE = (
    "{gs} wies darauf hin, dass {guest} ein wichtiger Investitionsstandort und ein Tor nach {cont} sei. Bereits "
    "mehr als {n} Unternehmen aus {hc} seien dort tätig, und man wolle ihnen bei der Erschließung des Marktes helfen.",
    "{gs} sagte, {host} sei in Bezug auf Innovation und Wirtschaft ein attraktiver Standort. Es sei von großer "
    "Bedeutung, die praktische Zusammenarbeit in den Bereichen {t1}, {t2} und {t3} zu vertiefen und die "
    "gegenseitigen Investitionen zu fördern.",
    "{gs} äußerte die Hoffnung, dass der Wirtschafts- und Handelsaustausch kontinuierlich ausgebaut werde und dass "
    "Wissen und Erfahrungen im Bereich {t1} geteilt würden, um die Freundschaft zu vertiefen und eine "
    "Win-win-Situation zu schaffen.",
    "{gs} dankte für den herzlichen Empfang und sagte, die Delegation wolle von den Erfahrungen von {host} im "
    "Bereich {t1} lernen. Beide Seiten sollten bestehende Plattformen nutzen und neue Wege für den Dialog eröffnen.",
    "{gs} hob hervor, dass die Zusammenarbeit in den Bereichen {t1}, {t2} und der beruflichen Bildung große "
    "Perspektiven biete. {guest} heiße Unternehmen aus {host} willkommen und wolle ein verlässlicher Partner sein.",
)
FILLER_DE = (
    "Vertreter beider Seiten erörterten zudem, wie Verfahren für Geschäftsreisende, Studierende und Forschende "
    "vereinfacht werden können. Enge Kontakte zwischen Hochschulen, Handelskammern und Kultureinrichtungen seien "
    "eine wichtige Grundlage für dauerhaftes Vertrauen.",
    "In den vergangenen Jahren ist der Handel zwischen beiden Regionen stetig gewachsen. Logistikverbindungen, "
    "darunter Güterzüge und Direktflüge, erleichtern es kleinen und mittleren Unternehmen, neue Kunden und "
    "Lieferanten zu erreichen.",
    "Bei den Gesprächen ging es um {t1}, {t2} und die digitale Transformation öffentlicher Dienstleistungen. "
    "Fachleute beider Seiten wollen sich erneut treffen, um konkrete Projekte und einen gemeinsamen Arbeitsplan "
    "vorzubereiten.",
    "Der kulturelle Austausch ist seit langem eine Säule der Beziehungen. Orchester, Museen und Filmfestivals "
    "beider Orte haben ihre Arbeit einem neuen Publikum vorgestellt, und jedes Jahr nehmen mehr junge Menschen an "
    "Austauschprogrammen teil.",
    "Beide Seiten unterstrichen die Rolle der Kommunen in den internationalen Beziehungen. Städtediplomatie könne "
    "praktische Brücken bauen, wo die große Politik langsam vorankommt, und den Nutzen der Zusammenarbeit direkt "
    "zu den Bürgerinnen und Bürgern bringen.",
    "Während ihres Aufenthalts besucht die Delegation außerdem einen Wissenschaftspark, ein Logistikzentrum im "
    "Hafen und eine Berufsschule und trifft Vertreter von Unternehmen, die bereits auf beiden Märkten tätig sind.",
    "Ein weiterer Schwerpunkt war die grüne und kohlenstoffarme Entwicklung. Beide Seiten tauschten sich über "
    "erneuerbare Energien, energieeffiziente Gebäude, saubere Luft und sauberes Wasser sowie die Erneuerung alter "
    "Industrieflächen aus.",
    "Gesundheitsversorgung und Altenpflege gewinnen in alternden Gesellschaften an Bedeutung. Krankenhäuser und "
    "Forschungsinstitute beider Orte haben bereits gemeinsame Projekte begonnen; eine weitere Zusammenarbeit im "
    "Bereich {t1} ist geplant.",
    "Auch die Tourismusförderung war Thema. Reiseveranstalter und Tourismusämter wollen neue Routen und Angebote "
    "vorstellen, und beide Seiten erwarten, dass die Zahl der Besucher in den kommenden Jahren wieder steigt.",
    "Vertreter der Handelskammern sagten, Unternehmen schätzten stabile Regeln, verlässliche Partner und offene "
    "Märkte. Sie forderten mehr Kontaktbörsen und einen regelmäßigen Informationsaustausch über "
    "Investitionsprojekte in den Bereichen {t1} und {t2}.",
    "Bildung und Forschung bilden eine weitere Säule. Hochschulen beider Orte haben Vereinbarungen über "
    "Studierendenaustausch und gemeinsame Studiengänge unterzeichnet, und Forschende arbeiten an Themen von {t1} "
    "bis künstliche Intelligenz zusammen.",
    "Der Sportaustausch, darunter Fußballcamps für Jugendliche und Marathon-Partnerschaften, hat Menschen "
    "zusammengebracht. Beide Seiten vereinbarten, weitere Veranstaltungen dieser Art zu unterstützen und Vereine, "
    "Schulen und Ehrenamtliche einzubinden.",
)
FEATURE_INTRO_EN = (
    "In recent years, {host} has seized the opportunity to become a centre of international exchange by "
    "continuously integrating and expanding its foreign relations. The city has stepped up its efforts to invite "
    "foreign organisations, and its international network has grown.",
    "Two places on different continents, {host} and {guest}, look back on a long history of exchange. The "
    "relationship has grown stronger over the years and has promoted cooperation in {t1}, {t2} and {t3}.",
)
FEATURE_INTRO_DE = (
    "{host} hat in den letzten Jahren die Chance ergriffen, sich zu einem Zentrum für internationale Austausche zu "
    "entwickeln, indem die Stadt ihre auswärtigen Beziehungen kontinuierlich ausweitet. Ihr internationales "
    "Netzwerk ist dadurch gewachsen.",
    "Zwei Orte auf verschiedenen Kontinenten, {host} und {guest}, blicken auf eine lange Geschichte des "
    "Austauschs zurück. Die Beziehungen haben sich im Laufe der Jahre gefestigt und die Zusammenarbeit in den "
    "Bereichen {t1}, {t2} und {t3} gefördert.",
)

CONTINENT = {"CN": ("Asia", "Asien"), "KR": ("Asia", "Asien"), "JP": ("Asia", "Asien")}

# ---------------------------------------------------------------------------
# The model of the corpus


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    en: str
    de: str
    kind: str
    country: str
    partners: tuple[tuple[str, int | None], ...]
    adj_en: str | None  # "Belgian"
    adj_de: str | None  # "belgisch" (stem; endings are added)

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    sex: str  # "m" or "f"
    surname: str


@dataclass(frozen=True, slots=True)
class Office:
    """A person in a role for a place, with the phrases both languages need."""

    person: Person
    place: Place
    en_title: str  # "Mayor of Düsseldorf", "Belgian Ambassador to China"
    en_pre: str  # "Düsseldorf Mayor", "Belgian Ambassador to China"
    en_the: str  # "the mayor of Düsseldorf, Germany"
    de_nom: str  # "der Oberbürgermeister von Köln"
    de_acc: str  # "den Oberbürgermeister von Köln"
    de_dat: str  # "dem Oberbürgermeister von Köln"


@dataclass(slots=True)
class Article:
    number: int
    lang: str
    title: str
    published: dt.date
    source: str
    source_url: str
    paragraphs: list[str]
    caption: str
    editor: str
    style: str = "markdown"  # markdown | shine | gov | blog
    sidecar: bool = False
    # what a perfect tagger finds (for the benchmark's accuracy line)
    meeting_date: dt.date | None = None
    places: tuple[str, ...] = ()


class Gazetteer:
    """The places of ``data/places.json`` as the generator needs them."""

    def __init__(self, entries: list[dict[str, object]]) -> None:
        places = [_place(entry) for entry in entries]
        places.sort(key=lambda p: p.id)
        if len(places) < 2:
            raise SystemExit("the gazetteer needs at least two places")
        self.places = places
        self.by_id = {p.id: p for p in places}
        self.countries = {p.country: p for p in places if p.kind == "country"}
        # the two sides of every meeting: Chinese places (with China, through its ambassadors) and the others
        self.chinese = [p for p in places if p.country == "CN"]
        self.foreign = [p for p in places if p.country != "CN"]
        if not self.chinese or not self.foreign:
            self.chinese = self.foreign = places

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def country_name(self, code: str, lang: str) -> str:
        country = self.countries.get(code)
        return country.name(lang) if country else code


def _place(entry: dict[str, object]) -> Place:
    name = entry["name"]
    assert isinstance(name, dict)
    adjectives = [str(a) for a in entry.get("adjectives", []) or []]  # type: ignore[union-attr]
    adj_en = next((a for a in adjectives if a[:1].isupper()), None)
    lower = sorted((a for a in adjectives if a[:1].islower() and a.isalpha()), key=len)
    partners = tuple(
        (str(p["id"]), int(p["since"]) if p.get("since") else None)
        for p in entry.get("partners", []) or []  # type: ignore[union-attr]
    )
    return Place(
        id=str(entry["id"]),
        en=str(name.get("en") or name.get("de")),
        de=str(name.get("de") or name.get("en")),
        kind=str(entry.get("kind", "city")),
        country=str(entry.get("country", "")),
        partners=partners,
        adj_en=adj_en,
        adj_de=lower[0] if lower else None,
    )


# ---------------------------------------------------------------------------
# People


def _person(rng: random.Random, country: str) -> Person:
    sex = "f" if rng.random() < (0.15 if country == "CN" else 0.3) else "m"
    if country in ("CN", "TW", "HK"):
        surname = rng.choice(CHINESE_SURNAMES)
        given = "".join(rng.choice(CHINESE_SYLLABLES) for _ in range(rng.choice((1, 2, 2))))
        return Person(f"{surname} {given.capitalize()}", sex, surname)
    if country == "KR":
        surname = rng.choice(KOREAN_SURNAMES)
        first, second = rng.sample(KOREAN_SYLLABLES, 2)
        return Person(f"{surname} {first.capitalize()}-{second}", sex, surname)
    if country in ("DE", "AT", "CH"):
        first_names, surnames = GERMAN_FIRST, GERMAN_SURNAMES
    elif country in ("BE", "NL"):
        first_names, surnames = BELGIAN_FIRST, BELGIAN_SURNAMES
    else:
        first_names, surnames = next(
            (pools for codes, pools in OTHER_NAMES.items() if country in codes), (EUROPEAN_FIRST, EUROPEAN_SURNAMES)
        )
    surname = rng.choice(surnames)
    return Person(f"{rng.choice(first_names[sex])} {surname}", sex, surname)


def _de_adj(stem: str, case: str, sex: str) -> str:
    """``belgisch`` → ``der belgische`` / ``den belgischen`` / ``dem belgischen`` (weak declension)."""
    if sex == "f":
        return {"nom": f"die {stem}e", "acc": f"die {stem}e", "dat": f"der {stem}en"}[case]
    return {"nom": f"der {stem}e", "acc": f"den {stem}en", "dat": f"dem {stem}en"}[case]


def _de_article(case: str, sex: str) -> str:
    if sex == "f":
        return {"nom": "die", "acc": "die", "dat": "der"}[case]
    return {"nom": "der", "acc": "den", "dat": "dem"}[case]


def _de_of(name: str) -> str:
    """``von Köln``; ``der Provinz Jeollanam-do`` for names that start with a noun of kind."""
    if name.startswith(("Provinz ", "Region ", "Präfektur ")):
        return f"der {name}"
    return f"von {name}"


class People:
    """Who holds which office where; stable for a place, role and term."""

    def __init__(self, gazetteer: Gazetteer, seed: int) -> None:
        self.gazetteer = gazetteer
        self.seed = seed

    def _holder(self, place: Place, role: str, year: int, country: str) -> Person:
        term = (year - START.year) // TERM_YEARS
        return _person(random.Random(f"{self.seed}:{place.id}:{role}:{term}"), country)

    def principal(self, place: Place, year: int, *, abroad_in: Place | None = None) -> Office:
        """The head of a place; for a country, its ambassador in the other party's country."""
        g = self.gazetteer
        if place.kind == "country":
            other = g.country_name(abroad_in.country if abroad_in else "CN", "en")
            other_de = g.country_name(abroad_in.country if abroad_in else "CN", "de")
            person = self._holder(place, f"ambassador-{other}", year, place.country)
            noun_de = "Botschafterin" if person.sex == "f" else "Botschafter"
            if place.adj_en and place.adj_de:
                en_title = f"{place.adj_en} Ambassador to {other}"
                de = {c: f"{_de_adj(place.adj_de, c, person.sex)} {noun_de} in {other_de}" for c in _CASES}
            else:
                en_title = f"Ambassador of {place.en} to {other}"
                de = {c: f"{_de_article(c, person.sex)} {noun_de} von {place.de} in {other_de}" for c in _CASES}
            return Office(person, place, en_title, en_title, f"the {en_title}", de["nom"], de["acc"], de["dat"])
        rng = random.Random(f"{self.seed}:{place.id}:role:{year // 2}")
        if place.country == "CN":
            role_en, role_de = rng.choice((("Mayor", "Bürgermeister"), ("Party Secretary", "Parteisekretär")))
        elif place.kind == "region" and place.country == "DE":
            role_en, role_de = "Minister-President", "Ministerpräsident"
        elif place.kind == "region":
            role_en, role_de = "Governor", "Gouverneur"
        elif place.country == "DE":
            role_en, role_de = rng.choice((("Mayor", "Oberbürgermeister"), ("Lord Mayor", "Oberbürgermeister")))
        else:
            role_en, role_de = "Mayor", "Bürgermeister"
        person = self._holder(place, role_en, year, place.country)
        noun_de = f"{role_de}in" if person.sex == "f" else role_de
        where = ""
        if place.country != "CN" and place.country in g.countries:
            country = g.country_name(place.country, "en")
            where = f", {country}" if place.kind == "city" else f" in {country}"
        de = {c: f"{_de_article(c, person.sex)} {noun_de} {_de_of(place.de)}" for c in _CASES}
        return Office(
            person,
            place,
            en_title=f"{role_en} of {place.en}",
            en_pre=f"{place.en} {role_en}" if place.kind == "city" else f"{role_en} of {place.en}",
            en_the=f"the {role_en.lower()} of {place.en}{where}",
            de_nom=de["nom"],
            de_acc=de["acc"],
            de_dat=de["dat"],
        )

    def consul(self, guest: Place, host: Place, year: int) -> Office | None:
        """The guest country's consul general in the host city (an attendee), if the country is known."""
        country = self.gazetteer.countries.get(guest.country)
        if country is None or not country.adj_en or not country.adj_de or guest.country == host.country:
            return None
        if host.kind != "city":
            return None
        person = self._holder(host, f"consul-{guest.country}", year, guest.country)
        noun_de = "Generalkonsulin" if person.sex == "f" else "Generalkonsul"
        de = {c: f"{_de_adj(country.adj_de, c, person.sex)} {noun_de} in {host.de}" for c in _CASES}
        title = f"{country.adj_en} Consul General in {host.en}"
        return Office(
            person,
            country,
            title,
            title,
            f"the {country.adj_en} consul general in {host.en}",
            de["nom"],
            de["acc"],
            de["dat"],
        )


_CASES = ("nom", "acc", "dat")

# ---------------------------------------------------------------------------
# Meetings and their date phrases


@dataclass(frozen=True, slots=True)
class Meeting:
    number: int
    date: dt.date
    host: Office
    guest: Office
    attendee: Office | None
    topics: tuple[int, int, int]
    n: int  # "more than {n} enterprises"


def _date_phrase(rng: random.Random, meeting: dt.date, published: dt.date, lang: str) -> str:
    """A phrase for the meeting day as a reporter writing on the publication day would put it."""
    delta = (published - meeting).days
    same_year = meeting.year == published.year
    options: list[str] = []
    if lang == "en":
        month, day = MONTHS_EN[meeting.month - 1], meeting.day
        options.append(f"on {day} {month} {meeting.year}")
        options.append(f"on {month} {day}, {meeting.year}")
        if same_year:
            options += [f"on {month} {day}"] * 2
        if 1 <= delta <= 6:
            options += [f"on {WEEKDAYS_EN[meeting.weekday()]}"] * 3
        if delta == 1:
            options += ["yesterday"] * 2
    else:
        month, day = MONTHS_DE[meeting.month - 1], meeting.day
        options.append(f"am {day}. {month} {meeting.year}")
        if same_year:
            options += [f"am {day}. {month}"] * 2
        if 1 <= delta <= 6:
            options += [f"am {WEEKDAYS_DE[meeting.weekday()]}"] * 3
        if delta == 1:
            options += ["gestern"] * 2
    return rng.choice(options)


def _lead(rng: random.Random, m: Meeting, lang: str, when: str) -> str:
    h, g = m.host, m.guest
    pos_en = "her" if g.person.sex == "f" else "his"
    if lang == "en":
        forms = (
            f"{h.en_pre} {h.person.name} met with {g.en_the}, {g.person.name}, and {pos_en} delegation {when}.",
            f"{h.en_pre} {h.person.name} met with {g.person.name}, {g.en_the}, {when}.",
            f"{h.en_pre} {h.person.name} held talks with {g.en_title} {g.person.name} in {h.place.en} {when}.",
            f"{h.person.name}, {h.en_the}, met {g.en_title} {g.person.name} and a delegation from {g.place.en} {when}.",
        )
    else:
        pos_de = "ihre" if g.person.sex == "f" else "seine"
        forms = (
            f"{_cap(h.de_nom)} {h.person.name} traf {when} {g.de_acc} {g.person.name} und {pos_de} Delegation.",
            f"{_cap(h.de_nom)} {h.person.name} hat {when} {g.de_acc} {g.person.name} zu einem Gespräch empfangen.",
            f"{_cap(h.de_nom)}, {h.person.name}, ist {when} mit {g.de_dat}, {g.person.name}, zusammengetroffen.",
            f"{_cap(when)} empfing {h.de_nom} {h.person.name} {g.de_acc} {g.person.name} in {h.place.de}.",
        )
    return rng.choice(forms)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _caption(rng: random.Random, m: Meeting, lang: str) -> str:
    h, g = m.host, m.guest
    if lang == "en":
        verb = rng.choice(("talks with", "poses with", "shakes hands with", "meets with"))
        return f"{h.en_pre} {h.person.name} {verb} {g.person.name}, {g.en_the}"
    credit = rng.choice(("Xinhua", "dpa", "VCG", "Ti Gong"))
    return f"{h.person.name} und {g.person.name} bei dem Treffen in {h.place.de} (Foto: {credit})"


# ---------------------------------------------------------------------------
# Titles (unique by slug, like the archive requires)


_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
SLUG_CHARS = 70  # the archive cuts slugs at 80 characters; compare a shorter prefix to be safe


def _slug_key(title: str) -> str:
    """A key at least as coarse as the archive's slug (German folding, cut, punctuation dropped).

    >>> _slug_key("Köln trifft Düsseldorf!") == _slug_key("koeln-trifft-duesseldorf")
    True
    """
    folded = unicodedata.normalize("NFKD", title.lower().translate(_GERMAN_FOLD))
    slug = re.sub(r"[^a-z0-9]+", "-", "".join(c for c in folded if not unicodedata.combining(c))).strip("-")
    return slug[:SLUG_CHARS].replace("-", "")


class Titles:
    def __init__(self) -> None:
        self.seen: set[str] = set()

    def pick(self, candidates: Sequence[str], fallback: str) -> str:
        for title in candidates:
            if _slug_key(title) not in self.seen:
                self.seen.add(_slug_key(title))
                return title
        number = 2
        while _slug_key(f"({number}) {fallback}") in self.seen:
            number += 1
        title = f"({number}) {fallback}"
        self.seen.add(_slug_key(title))
        return title


def _meeting_titles(rng: random.Random, m: Meeting, lang: str, published: dt.date) -> tuple[list[str], str]:
    h, g = m.host, m.guest
    topics = list(m.topics) + [i for i in range(len(TOPICS)) if i not in m.topics]
    if lang == "en":
        hp, gp = h.place.en, g.place.en
        role = h.en_title.split(" of ")[0] if " of " in h.en_title else h.en_title
        forms = [
            f"{hp} and {gp} discuss deepening cooperation",
            f"{hp} {role} meets with {g.en_title}",
            f"{h.person.name} meets {g.person.name}",
        ]
        forms += [f"{hp} {role} discusses {TOPICS[t][0]} cooperation with {g.en_title}" for t in topics[:3]]
        forms += [f"{_cap(TOPICS[t][0])}: {hp} and {gp} agree to expand ties" for t in topics]
        month = MONTHS_EN[published.month - 1]
        fallback = f"{month} {published.year}: {hp} and {gp} leaders meet"
    else:
        hp, gp = h.place.de, g.place.de
        forms = [
            f"{h.person.name} trifft {g.de_acc} {g.person.name}",
            f"{hp} empfängt Delegation aus {gp}",
            f"{hp} und {gp} wollen Zusammenarbeit vertiefen",
        ]
        forms += [f"{_cap(TOPICS[t][1])}: {hp} und {gp} vereinbaren engere Zusammenarbeit" for t in topics]
        month = MONTHS_DE[published.month - 1]
        fallback = f"{month} {published.year}: Treffen von {hp} und {gp}"
    head = forms[:6]
    rng.shuffle(head)
    return head + forms[6:], fallback


# ---------------------------------------------------------------------------
# Bodies


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def _values(m: Meeting, lang: str, gazetteer: Gazetteer) -> dict[str, str]:
    h, g = m.host, m.guest
    topics = [TOPICS[t][0 if lang == "en" else 1] for t in m.topics]
    cont_en, cont_de = CONTINENT.get(g.place.country, ("Europe", "Europa"))
    gc = gazetteer.country_name(g.place.country, lang)
    return {
        "host": h.place.name(lang),
        "guest": g.place.name(lang),
        "hs": h.person.surname,
        "gs": g.person.surname,
        "hc": gazetteer.country_name(h.place.country, lang),
        "gc": gc,
        "t1": topics[0],
        "t2": topics[1],
        "t3": topics[2],
        "n": str(m.n),
        "cont": f"{gc} and {cont_en}" if lang == "en" else cont_de,
    }


def _words(paragraphs: Sequence[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _partnership(m: Meeting, lang: str) -> str | None:
    since = dict(m.host.place.partners).get(m.guest.place.id)
    if since is None:
        return None
    h, g = m.host.place.name(lang), m.guest.place.name(lang)
    if lang == "en":
        return f"{h} and {g} have been partner cities since {since}, and the partnership remains active."
    return f"{h} und {g} sind seit {since} Partnerstädte, und die Partnerschaft wird lebendig gehalten."


def _report_body(rng: random.Random, m: Meeting, lang: str, lead: str, gazetteer: Gazetteer) -> list[str]:
    values = _values(m, lang, gazetteer)
    host, guest, filler = (HOST_EN, GUEST_EN, FILLER_EN) if lang == "en" else (HOST_DE, GUEST_DE, FILLER_DE)
    paragraphs = [lead]
    paragraphs += [_fill(t, values) for t in rng.sample(host, rng.choice((2, 3)))]
    paragraphs += [_fill(t, values) for t in rng.sample(guest, 2)]
    partnership = _partnership(m, lang)
    if partnership:
        paragraphs.append(partnership)
    for template in rng.sample(filler, len(filler)):
        if _words(paragraphs) >= TARGET_WORDS:
            break
        paragraphs.insert(rng.randint(3, len(paragraphs)), _fill(template, values))
    if m.attendee:
        a = m.attendee
        if lang == "en":
            paragraphs.append(f"{a.person.name}, {a.en_the}, also attended the meeting.")
        else:
            paragraphs.append(f"An dem Treffen nahm auch {a.de_nom} {a.person.name} teil.")
    return paragraphs


def _feature_body(rng: random.Random, m: Meeting, lang: str, gazetteer: Gazetteer) -> list[str]:
    values = _values(m, lang, gazetteer)
    intro, filler = (FEATURE_INTRO_EN, FILLER_EN) if lang == "en" else (FEATURE_INTRO_DE, FILLER_DE)
    paragraphs = [_fill(t, values) for t in intro]
    partnership = _partnership(m, lang)
    if partnership:
        paragraphs.append(partnership)
    for template in rng.sample(filler, len(filler)):
        if _words(paragraphs) >= TARGET_WORDS:
            break
        paragraphs.append(_fill(template, values))
    return paragraphs


# ---------------------------------------------------------------------------
# The timeline: meetings, their reports, features


class Corpus:
    def __init__(self, gazetteer: Gazetteer, seed: int = DEFAULT_SEED) -> None:
        self.gazetteer = gazetteer
        self.people = People(gazetteer, seed)
        self.rng = random.Random(seed)
        self.titles = Titles()
        self.cursor = {"cn": 0, "foreign": 0}

    def _next(self, side: str) -> Place:
        places = self.gazetteer.chinese if side == "cn" else self.gazetteer.foreign
        place = places[self.cursor[side] % len(places)]
        self.cursor[side] += 1
        return place

    def _parties(self) -> tuple[Place, Place]:
        """Host and guest of the next meeting; each side cycles through its places."""
        g, rng = self.gazetteer, self.rng
        foreign = self._next("foreign")
        partners = [g.by_id[pid] for pid, _ in foreign.partners if pid in g.by_id and g.by_id[pid].country == "CN"]
        if partners and rng.random() < 0.5:
            chinese = rng.choice(partners)
        else:
            chinese = self._next("cn")
            while chinese is foreign or (chinese.kind == "country" and foreign.kind == "country"):
                chinese = self._next("cn")
        if chinese.kind == "country":  # China's ambassador visits a foreign place
            return foreign, chinese
        if foreign.kind == "country":  # a foreign ambassador visits a Chinese place
            return chinese, foreign
        return (chinese, foreign) if rng.random() < 0.75 else (foreign, chinese)

    def meetings(self) -> Iterator[tuple[Meeting, bool]]:
        """(meeting, is_feature) in timeline order; the day advances by 1-3 days."""
        day = START
        for k in range(10**9):
            host_place, guest_place = self._parties()
            day += dt.timedelta(days=self.rng.choice((1, 2, 2, 3)))
            host = self.people.principal(host_place, day.year, abroad_in=guest_place)
            guest = self.people.principal(guest_place, day.year, abroad_in=host_place)
            attendee = self.people.consul(guest_place, host_place, day.year) if self.rng.random() < 0.4 else None
            first, second, third = self.rng.sample(range(len(TOPICS)), 3)
            enterprises = self.rng.choice((100, 200, 300, 600, 1000))
            meeting = Meeting(k, day, host, guest, attendee, (first, second, third), enterprises)
            yield meeting, k % FEATURE_EVERY == FEATURE_EVERY - 1

    def articles(self, n: int) -> Iterator[Article]:
        number = 0
        for meeting, feature in self.meetings():
            count = 1 if feature else self.rng.randint(*REPORTS_PER_MEETING)
            delays = sorted(self.rng.choice(range(7)) for _ in range(count))
            for delay in delays:
                if number >= n:
                    return
                lang = "en" if number % 2 == 0 else "de"
                published = meeting.date + dt.timedelta(days=delay)
                if feature:
                    yield self._feature(number, meeting, lang, published)
                else:
                    yield self._report(number, meeting, lang, published)
                number += 1

    def _source(self, lang: str, number: int, published: dt.date) -> tuple[str, str]:
        name, base = self.rng.choice(SOURCES_EN if lang == "en" else SOURCES_DE)
        url = f"https://{base}/{published:%Y%m%d}{number:05d}/"
        return name, url

    def _report(self, number: int, m: Meeting, lang: str, published: dt.date) -> Article:
        rng = self.rng
        when = _date_phrase(rng, m.date, published, lang)
        lead = _lead(rng, m, lang, when)
        candidates, fallback = _meeting_titles(rng, m, lang, published)
        title = self.titles.pick(candidates, fallback)
        source, url = self._source(lang, number, published)
        return Article(
            number=number,
            lang=lang,
            title=title,
            published=published,
            source=source,
            source_url=url,
            paragraphs=_report_body(rng, m, lang, lead, self.gazetteer),
            caption=_caption(rng, m, lang),
            editor=rng.choice(EDITORS),
            meeting_date=m.date,
            places=tuple(sorted((m.host.place.id, m.guest.place.id))),
        )

    def _feature(self, number: int, m: Meeting, lang: str, published: dt.date) -> Article:
        rng = self.rng
        h, g = m.host.place.name(lang), m.guest.place.name(lang)
        since = dict(m.host.place.partners).get(m.guest.place.id)
        if lang == "en":
            years = (
                f"celebrate {published.year - since} years of partnership"
                if since
                else "look back on years of exchange"
            )
            candidates = [f"{h} and {g} {years}", f"Ties between {h} and {g} keep growing"]
            fallback = f"{published.year}: {h} and {g}, a partnership"
        else:
            years = (
                f"feiern {published.year - since} Jahre Städtepartnerschaft"
                if since
                else "blicken auf Jahre des Austauschs zurück"
            )
            candidates = [f"{h} und {g} {years}", f"Die Beziehungen zwischen {h} und {g} wachsen weiter"]
            fallback = f"{published.year}: {h} und {g}, eine Partnerschaft"
        source, url = self._source(lang, number, published)
        return Article(
            number=number,
            lang=lang,
            title=self.titles.pick(candidates, fallback),
            published=published,
            source=source,
            source_url=url,
            paragraphs=_feature_body(rng, m, lang, self.gazetteer),
            caption=f"{h} / {g} (Photo: VCG)" if lang == "en" else f"{h} und {g} (Foto: dpa)",
            editor=rng.choice(EDITORS),
            places=tuple(sorted((m.host.place.id, m.guest.place.id))),
        )


# ---------------------------------------------------------------------------
# Writing


def _styled(article: Article, rng: random.Random) -> Article:
    """Every third article is a capture; choose its page style and whether it has a sidecar."""
    if article.number % 3 == 0:
        if article.lang == "en":
            article.style = "shine" if rng.random() < 0.6 else "blog"
        else:
            article.style = "gov" if rng.random() < 0.6 else "blog"
        article.sidecar = rng.random() < 0.5
    return article


def _glue_junk(paragraph: str) -> str:
    return paragraph + "INavigationController."


def render_capture(article: Article, rng: random.Random) -> str:
    """The text of a raw capture in one of three page styles, noise included."""
    a = article
    body = list(a.paragraphs)
    lead = body[0]
    lines: list[str]
    if a.style == "shine":
        crumb = f"News{NBSP} /{NBSP} Metro"
        lines = [f" date {a.published.isoformat()} ", crumb, "", a.title, "", lead, a.title, ""]
        lines += [a.caption, "", lead, ""]
        for paragraph in body[1:]:
            lines += [paragraph, ""]
        lines += ["", "", f"Source:{NBSP} {a.source}{NBSP} {NBSP}  Editor:{NBSP} {a.editor}", ""]
        return "\n".join(lines) + "\n"
    if a.style == "gov":
        stamp = f"Veröffentlichungsdatum:{a.published:%d.%m.%Y}" + f"{NBSP} " * 5 + f"Quelle:{a.source}"
        lines = [a.title, "", stamp, ""]
        for paragraph in body:
            lines += [paragraph, ""]
        return "\n".join(lines).rstrip("\n")  # like the seed: no final line break
    # blog: site name, reading-time badge, caption, glued script junk, share and comment boilerplate
    if a.lang == "en":
        stamp = f"Published: {MONTHS_EN[a.published.month - 1]} {a.published.day}, {a.published.year}"
        badge = f"{rng.choice((3, 4, 5))} min read"
    else:
        stamp = f"Veröffentlicht am {a.published:%d.%m.%Y}"
        badge = f"{rng.choice((3, 4, 5))} Min. Lesezeit"
    lines = [a.title, "", a.source, stamp, badge, "", a.caption, ""]
    glue = rng.randint(1, max(1, len(body) - 2))
    for index, paragraph in enumerate(body):
        if index == glue:
            lines += [_glue_junk(paragraph)]  # the next paragraph follows without a blank line
        else:
            lines += [paragraph, ""]
    lines += [
        "Teile diesen Artikel",
        "Hinterlasse einen Kommentar",
        "",
        "Leave a Reply",
        "",
        "Your email address will not be published. Required fields are marked *",
    ]
    return "\n".join(lines)


def render_markdown(article: Article, *, plain: bool = False) -> str:
    a = article
    header = [f"Title: {a.title}", f"Date: {a.published.isoformat()}"]
    if not plain:
        header += [f"Lang: {a.lang}", f"Source: {a.source}", f"Source_url: {a.source_url}"]
    return "\n".join(header) + "\n\n" + "\n\n".join(a.paragraphs) + "\n"


def _clear(folder: Path) -> None:
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and _FILE_RE.match(path.name):
                path.unlink()


def write_corpus(
    n: int,
    out: Path,
    *,
    markdown_only: bool = False,
    seed: int = DEFAULT_SEED,
    gazetteer: Path = DEFAULT_GAZETTEER,
) -> dict[str, int]:
    """Write the corpus into ``out``; return counts of what was written."""
    corpus = Corpus(Gazetteer.load(gazetteer), seed)
    noise = random.Random(seed + 1)
    width = max(4, len(str(max(n - 1, 0))))
    captures, articles = out / "captures", out / "articles"
    for folder in (captures, articles):
        _clear(folder)
    articles.mkdir(parents=True, exist_ok=True)
    if not markdown_only:
        captures.mkdir(parents=True, exist_ok=True)
    counts = {"articles": 0, "captures": 0, "markdown": 0, "sidecars": 0, "en": 0, "de": 0}
    for article in corpus.articles(n):
        name = f"{article.number:0{width}d}"
        _styled(article, noise)
        counts["articles"] += 1
        counts[article.lang] += 1
        if markdown_only or article.style == "markdown":
            text = render_markdown(article, plain=markdown_only)
            (articles / f"{name}.md").write_text(text, encoding="utf-8", newline="\n")
            counts["markdown"] += 1
            continue
        text = render_capture(article, noise)
        (captures / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
        counts["captures"] += 1
        if article.sidecar:
            side = f"# generated by bench/corpus.py\nSource_url: {article.source_url}\n"
            (captures / f"{name}.meta").write_text(side, encoding="utf-8", newline="\n")
            counts["sidecars"] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write captures/ and articles/ into")
    parser.add_argument("--markdown-only", action="store_true", help="plain Markdown only (the baseline input)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must not be negative")
    counts = write_corpus(args.n, args.out, markdown_only=args.markdown_only, seed=args.seed, gazetteer=args.gazetteer)
    print(", ".join(f"{key} {value}" for key, value in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
