"""Who holds which office where: generated names, roles and their phrases in both languages.

A principal's name is drawn from the name pools of the place's country with a
random generator seeded by the place, the role and the term, so the same person
holds a role for ``TERM_YEARS`` and person pages collect several meetings.
"""

from __future__ import annotations

import random

from model import START, Gazetteer, Office, Person, Place
from phrasing import wordlist

TERM_YEARS = 3  # a principal holds a role for this many years
_CASES = ("nom", "acc", "dat")

# ---------------------------------------------------------------------------
# Name pools


CHINESE_SURNAMES = wordlist(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie "
    "Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Su Lu Jiang Cai Jia Ding Wei Xue Ye Yan "
    "Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin "
    "Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Gong"
)
CHINESE_SYLLABLES = wordlist(
    "jin ning zheng ming wei hua jian guo qiang lei yong jun ping hong xin yan bo tao hai feng dong lin bin "
    "chao kai rui hao yu xiao li zhi wen qing min an cheng de hui liang shan yi jie"
)
GERMAN_FIRST = {
    "m": wordlist(
        "Stephan Peter Thomas Markus Andreas Michael Frank Stefan Dieter Jürgen Martin Klaus Sören Burkhard "
        "Dominik Uwe Hendrik Tobias Matthias Christian"
    ),
    "f": wordlist(
        "Henriette Katja Sabine Petra Claudia Anja Susanne Birgit Manuela Franziska Julia Annette Eva "
        "Kerstin Heike Monika"
    ),
}
GERMAN_SURNAMES = wordlist(
    "Keller Reker Tschentscher Link Kufen Josef Reiter Wegner Müller Schmidt Schneider Fischer Weber Meyer "
    "Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann Schwarz Zimmermann Braun Krüger Hartmann "
    "Lange Werner Krause Lehmann Köhler Maier Kaiser Fuchs Vogel Jung Heltmann"
)
KOREAN_SURNAMES = wordlist("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong")
KOREAN_SYLLABLES = wordlist(
    "yung rok min jun seo hyun ji woo jae sung ho young su kyung hee chul dong hwan jin tae sang"
)
BELGIAN_FIRST = {
    "m": wordlist("Jan Bruno Pieter Marc Luc Dirk Koen Wim"),
    "f": wordlist("Els Sofie An Hilde Katrien Lies"),
}
BELGIAN_SURNAMES = wordlist(
    "Hoogmartens Jans Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Dubois Lambert"
)
EUROPEAN_FIRST = {
    "m": wordlist("John Pierre Marco Jan Lars Pavel Miguel Tomas"),
    "f": wordlist("Anna Maria Sofia Elena Ingrid Laura"),
}
EUROPEAN_SURNAMES = wordlist("Martin Rossi Novak Jensen Nowak Dubois Silva Horvat Nielsen Bianchi Kowalski")
OTHER_NAMES: dict[tuple[str, ...], tuple[dict[str, list[str]], list[str]]] = {
    ("JP",): (
        {"m": wordlist("Hiroshi Takeshi Kenji Daisuke Koji Masato"), "f": wordlist("Yuko Akiko Keiko Naoko Emi")},
        wordlist("Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida"),
    ),
    ("IN", "PK", "BD", "NP", "LK"): (
        {"m": wordlist("Rajesh Amit Sanjay Vikram Arun Imran"), "f": wordlist("Priya Anita Sunita Kavita Ayesha")},
        wordlist("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Khan"),
    ),
    ("US", "GB", "AU", "CA", "NZ", "IE", "ZA", "NG", "KE", "GH"): (
        {"m": wordlist("John David Michael James Robert Daniel"), "f": wordlist("Sarah Emily Laura Karen Grace")},
        wordlist("Smith Johnson Brown Taylor Wilson Davies Evans Thompson Clark Okafor"),
    ),
    ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "CU", "BO", "UY", "PY"): (
        {"m": wordlist("Carlos José Luis Miguel Javier Andrés"), "f": wordlist("María Ana Lucía Carmen Elena")},
        wordlist("García Martínez López Rodríguez Fernández Pérez Sánchez Gómez Torres"),
    ),
    ("RU", "BY", "UA", "KZ", "KG", "UZ"): (
        {"m": wordlist("Sergei Alexei Dmitri Igor Andrei Nikolai"), "f": wordlist("Olga Natalia Irina Svetlana")},
        wordlist("Ivanov Petrov Smirnov Kuznetsov Volkov Sokolov Popov Lebedev"),
    ),
    ("FR", "LU", "MC"): (
        {"m": wordlist("Pierre Jean Philippe Nicolas Laurent"), "f": wordlist("Marie Sophie Isabelle Claire")},
        wordlist("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy"),
    ),
}


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


def _role(rng: random.Random, place: Place) -> tuple[str, str]:
    """The head's title in English and German; Chinese and German cities vary between two."""
    if place.country == "CN":
        return rng.choice((("Mayor", "Bürgermeister"), ("Party Secretary", "Parteisekretär")))
    if place.kind == "region" and place.country == "DE":
        return "Minister-President", "Ministerpräsident"
    if place.kind == "region":
        return "Governor", "Gouverneur"
    if place.country == "DE":
        return rng.choice((("Mayor", "Oberbürgermeister"), ("Lord Mayor", "Oberbürgermeister")))
    return "Mayor", "Bürgermeister"


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
        if place.kind == "country":
            return self._ambassador(place, year, abroad_in.country if abroad_in else "CN")
        role_en, role_de = _role(random.Random(f"{self.seed}:{place.id}:role:{year // 2}"), place)
        person = self._holder(place, role_en, year, place.country)
        noun_de = f"{role_de}in" if person.sex == "f" else role_de
        where = ""
        if place.country != "CN" and place.country in self.gazetteer.countries:
            country = self.gazetteer.country_name(place.country, "en")
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

    def _ambassador(self, place: Place, year: int, abroad: str) -> Office:
        """A country's ambassador in the country ``abroad`` (a country code)."""
        other = self.gazetteer.country_name(abroad, "en")
        other_de = self.gazetteer.country_name(abroad, "de")
        person = self._holder(place, f"ambassador-{other}", year, place.country)
        noun_de = "Botschafterin" if person.sex == "f" else "Botschafter"
        if place.adj_en and place.adj_de:
            en_title = f"{place.adj_en} Ambassador to {other}"
            de = {c: f"{_de_adj(place.adj_de, c, person.sex)} {noun_de} in {other_de}" for c in _CASES}
        else:
            en_title = f"Ambassador of {place.en} to {other}"
            de = {c: f"{_de_article(c, person.sex)} {noun_de} von {place.de} in {other_de}" for c in _CASES}
        return Office(person, place, en_title, en_title, f"the {en_title}", de["nom"], de["acc"], de["dat"])

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
