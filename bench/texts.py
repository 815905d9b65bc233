"""The text of one article about a meeting: date phrase, lead, caption, title and body.

Everything here is drawn from the tables of ``phrasing.py`` with the corpus's random
generator, in a fixed order (the corpus is a pure function of N and the seed).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Sequence

from model import Gazetteer, Meeting
from phrasing import (
    CONTINENT,
    FEATURE_INTRO_DE,
    FEATURE_INTRO_EN,
    FILLER_DE,
    FILLER_EN,
    GUEST_DE,
    GUEST_EN,
    HOST_DE,
    HOST_EN,
    MONTHS_DE,
    MONTHS_EN,
    TOPICS,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
)

TARGET_WORDS = 480  # add filler paragraphs until the body has this many words

# ---------------------------------------------------------------------------
# The meeting day, the lead sentence, the photo caption


def date_phrase(rng: random.Random, meeting: dt.date, published: dt.date, lang: str) -> str:
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


def lead_sentence(rng: random.Random, m: Meeting, lang: str, when: str) -> str:
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


def caption(rng: random.Random, m: Meeting, lang: str) -> str:
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


def meeting_titles(rng: random.Random, m: Meeting, lang: str, published: dt.date) -> tuple[list[str], str]:
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


def feature_titles(m: Meeting, lang: str, published: dt.date) -> tuple[list[str], str]:
    """Titles of a partnership feature (its years when the partnership is known) and a fallback."""
    h, g = m.host.place.name(lang), m.guest.place.name(lang)
    since = dict(m.host.place.partners).get(m.guest.place.id)
    if lang == "en":
        years = (
            f"celebrate {published.year - since} years of partnership" if since else "look back on years of exchange"
        )
        candidates = [f"{h} and {g} {years}", f"Ties between {h} and {g} keep growing"]
        return candidates, f"{published.year}: {h} and {g}, a partnership"
    years = (
        f"feiern {published.year - since} Jahre Städtepartnerschaft"
        if since
        else "blicken auf Jahre des Austauschs zurück"
    )
    candidates = [f"{h} und {g} {years}", f"Die Beziehungen zwischen {h} und {g} wachsen weiter"]
    return candidates, f"{published.year}: {h} und {g}, eine Partnerschaft"


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


def report_body(rng: random.Random, m: Meeting, lang: str, lead: str, gazetteer: Gazetteer) -> list[str]:
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


def feature_body(rng: random.Random, m: Meeting, lang: str, gazetteer: Gazetteer) -> list[str]:
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
