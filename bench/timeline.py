"""The corpus's timeline: meetings one after another, each reported several times.

``Corpus(gazetteer, seed).articles(n)`` yields the first N articles. A meeting is
reported ``REPORTS_PER_MEETING`` times, in both languages alternately, on publication
days 0-6 days after it; one timeline slot in ``FEATURE_EVERY`` is a partnership
feature that reports no meeting. One party of every meeting is Chinese, the other
foreign, and each side cycles through its places.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from model import START, Article, Gazetteer, Meeting, Place
from people import People
from phrasing import EDITORS, SOURCES_DE, SOURCES_EN, TOPICS
from texts import (
    Titles,
    caption,
    date_phrase,
    feature_body,
    feature_titles,
    lead_sentence,
    meeting_titles,
    report_body,
)

REPORTS_PER_MEETING = (3, 9)
FEATURE_EVERY = 10  # one timeline slot in ten is a partnership feature (no meeting)
SPAN_DAYS = 3650  # the meetings of a corpus spread over about ten years, whatever its size
# a few busy places take this share of each side's meetings, the first of them most (Shanghai meets far
# more often than Ansbach); places the gazetteer lacks are skipped, its first places stand in
HUBS = {"cn": ("shanghai", "beijing", "chongqing", "wuhan", "shenzhen"), "foreign": ("duesseldorf", "hamburg", "koeln")}
HUB_WEIGHTS, HUB_SHARE = (8, 4, 2, 1, 1), 0.4


class Corpus:
    """The articles of one seed over one gazetteer, in timeline order."""

    def __init__(self, gazetteer: Gazetteer, seed: int) -> None:
        self.gazetteer = gazetteer
        self.people = People(gazetteer, seed)
        self.rng = random.Random(seed)
        self.titles = Titles()
        self.cursor = {"cn": 0, "foreign": 0}
        self.hubs = {side: self._hubs(side) for side in ("cn", "foreign")}

    def _hubs(self, side: str) -> list[Place]:
        places = self.gazetteer.chinese if side == "cn" else self.gazetteer.foreign
        named = [self.gazetteer.by_id[pid] for pid in HUBS[side] if pid in self.gazetteer.by_id]
        return [p for p in named if p in places] or places[: len(HUBS[side])]

    def _next(self, side: str) -> Place:
        places = self.gazetteer.chinese if side == "cn" else self.gazetteer.foreign
        if self.rng.random() < HUB_SHARE:
            hubs = self.hubs[side]
            return self.rng.choices(hubs, weights=HUB_WEIGHTS[: len(hubs)])[0]
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

    def meetings(self, n: int = 0) -> Iterator[tuple[Meeting, bool]]:
        """(meeting, is_feature) in timeline order; the day advances so that the meetings of ``n`` articles
        (about 5.4 per meeting) span about ``SPAN_DAYS`` (at least 1-3 days a step)."""
        expected = max(n / ((sum(REPORTS_PER_MEETING) / 2) * 0.9 + 0.1), 1)
        longest = max(3, round(2 * SPAN_DAYS / expected) - 1)
        day = START
        for k in range(10**9):
            host_place, guest_place = self._parties()
            day += dt.timedelta(days=self.rng.randint(1, longest))
            host = self.people.principal(host_place, day.year, abroad_in=guest_place)
            guest = self.people.principal(guest_place, day.year, abroad_in=host_place)
            attendee = self.people.consul(guest_place, host_place, day.year) if self.rng.random() < 0.4 else None
            first, second, third = self.rng.sample(range(len(TOPICS)), 3)
            enterprises = self.rng.choice((100, 200, 300, 600, 1000))
            meeting = Meeting(k, day, host, guest, attendee, (first, second, third), enterprises)
            yield meeting, k % FEATURE_EVERY == FEATURE_EVERY - 1

    def articles(self, n: int) -> Iterator[Article]:
        number = 0
        for meeting, feature in self.meetings(n):
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
        when = date_phrase(rng, m.date, published, lang)
        lead = lead_sentence(rng, m, lang, when)
        candidates, fallback = meeting_titles(rng, m, lang, published)
        title = self.titles.pick(candidates, fallback)
        source, url = self._source(lang, number, published)
        return Article(
            number=number,
            lang=lang,
            title=title,
            published=published,
            source=source,
            source_url=url,
            paragraphs=report_body(rng, m, lang, lead, self.gazetteer),
            caption=caption(rng, m, lang),
            editor=rng.choice(EDITORS),
            meeting_date=m.date,
            places=tuple(sorted((m.host.place.id, m.guest.place.id))),
        )

    def _feature(self, number: int, m: Meeting, lang: str, published: dt.date) -> Article:
        rng = self.rng
        h, g = m.host.place.name(lang), m.guest.place.name(lang)
        candidates, fallback = feature_titles(m, lang, published)
        source, url = self._source(lang, number, published)
        return Article(
            number=number,
            lang=lang,
            title=self.titles.pick(candidates, fallback),
            published=published,
            source=source,
            source_url=url,
            paragraphs=feature_body(rng, m, lang, self.gazetteer),
            caption=f"{h} / {g} (Photo: VCG)" if lang == "en" else f"{h} und {g} (Foto: dpa)",
            editor=rng.choice(EDITORS),
            places=tuple(sorted((m.host.place.id, m.guest.place.id))),
        )
