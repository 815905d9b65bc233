"""People named in an article: their names beside role words, and the role phrases that name one person.

:func:`read_name` and :func:`read_name_before` (:mod:`namereading`) read a name next to a role word.

:func:`people` gathers the role phrases (:func:`offices.find_roles`) that name the same person into one
:class:`Individual`: the same name (case aside, or a Chinese name in the other order, named as the body
writes it: "Hongbo Deng", headline "Deng Hongbo"); a shorter name that ends a longer one ("Mayor De
Wever" is "Bart De Wever"); a surname alone ("Mayor Gong") belongs to the one named in full with it,
else it is kept only after a role in a sentence that reports a meeting, with no capitalised word after
it ("Oberbürgermeister Keller empfing …").  Names in an English headline In Title Case are not read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .namereading import read_name, read_name_before
from .namesides import chinese_name
from .namewords import NAME_TOKEN, NOT_NAMES
from .standins import aside

if TYPE_CHECKING:
    from .mentions import Mentions
    from .roles import RoleHit

__all__ = ["NAME_TOKEN", "NOT_NAMES", "Individual", "occurrences", "people", "read_name", "read_name_before"]


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\w'’-]*")


@dataclass(slots=True)
class Individual:
    """Someone the article names with a role: every role phrase that names them, and where first named."""

    name: str
    role: str
    key: str
    place: str | None
    tokens: tuple[str, ...]
    hits: list[RoleHit] = field(default_factory=list)
    first: int = 1 << 30
    shared: frozenset[str] = frozenset()  # name words another person's name has too ("Wang"): no reference alone


def people(found: Mentions, hits: list[RoleHit]) -> list[Individual]:
    """The people the role phrases ``hits`` name, in order of first mention (see the module docstring)."""
    title_names = not _title_cased(found.title, found.lang)
    named = [h for h in hits if h.name is not None and (h.start >= found.title_end or title_names)]
    persons = _merge_surnames(_full_names([h for h in named if not h.single], found.title_end))
    _add_single_names(found, persons, [h for h in named if h.single])
    skip_title = found.title_end if not title_names else 0
    for person in persons:
        pos = found.text.find(person.name, skip_title)
        person.first = pos if pos >= 0 else min(h.start for h in person.hits)
    persons.sort(key=lambda p: p.first)
    counts = Counter(t for person in persons for t in set(person.tokens))
    for person in persons:
        if any(counts[t] > 1 for t in person.tokens):  # a word another person's name has too
            person.shared = frozenset(t for t in person.tokens if counts[t] > 1)
    return persons


def _title_cased(title: str, lang: str) -> bool:
    """An English headline In Title Case: its capitalised words are not names."""
    if lang == "de":
        return False
    long_words = [w for w in _WORD.findall(title) if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _full_names(hits: list[RoleHit], title_end: int) -> list[Individual]:
    """One person for each name of two words or more (the same name, case aside, or a Chinese name in the
    other order, is the same person); named as the body first writes it ("Hongbo Deng" in the text,
    "Deng Hongbo" in the headline), with the most telling of the offices named with it (:data:`_GENERIC_KEYS`).

    >>> from diplomacy.tagging.roles import RoleHit
    >>> hits = [RoleHit(0, 11, "president", "Präsident", name="Barbara Stamm", name_start=12, name_end=25),
    ...         RoleHit(40, 59, "parliament_president", "Landtagspräsident", name="Barbara Stamm")]
    >>> [(p.name, p.key, p.role) for p in _full_names(hits, 0)]
    [('Barbara Stamm', 'parliament_president', 'Landtagspräsident')]
    """
    persons: list[Individual] = []
    for hit in hits:
        name = hit.name or ""
        person = next((p for p in persons if _same_name(p.name, name)), None)
        if person is None:
            person = Individual(name, hit.role, hit.key, hit.place, tuple(name.split()))
            persons.append(person)
        else:
            if person.hits[0].start < title_end <= hit.start and all(h.start < title_end for h in person.hits):
                person.name, person.tokens = name, tuple(name.split())
            if person.place is None and hit.place is not None:
                person.place = hit.place
            if (
                person.key in _GENERIC_KEYS and hit.key not in _GENERIC_KEYS
            ):  # "Präsidentin", then "Landtagspräsidentin"
                person.key, person.role = hit.key, hit.role
        person.hits.append(hit)
    return persons


# Offices named by a word any body has ("Präsidentin", "chairman"): a person named with a more telling office too
# ("Landtagspräsidentin Barbara Stamm", "Präsidentin Barbara Stamm") holds that one.
_GENERIC_KEYS = frozenset({"president", "vice_president", "chairman", "vice_chairman", "director", "director_general"})


def _add_single_names(found: Mentions, persons: list[Individual], singles: list[RoleHit]) -> None:
    """A surname alone belongs to the person named in full with it (of the same role first); else it is a
    person of its own after a role in a sentence that reports a meeting, with no capitalised word after it."""
    for hit in singles:
        owners = [p for p in persons if hit.name in p.tokens]
        if owners:
            same_role = [p for p in owners if p.key == hit.key]
            owner = (same_role or owners)[0]
            owner.hits.append(hit)
            if owner.place is None and hit.place is not None:
                owner.place = hit.place
            continue
        sentence = found.sentence_at(hit.start)
        after = found.text[hit.name_end : hit.name_end + 2].lstrip()
        if (
            sentence is not None
            and _titled(found.text, hit)
            and (sentence.reports or (sentence.attend and not sentence.habitual and _right_after(found.text, hit)))
            and sentence.body_index >= 0
            and not (after[:1].isupper())  # "Oberbürgermeister Keller empfing", not "… Keller Gäste"
        ):
            name = hit.name or ""
            person = Individual(name, hit.role, hit.key, hit.place, (name,))
            person.hits.append(hit)
            persons.append(person)


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Herr|Herrn|Frau|Dr|Prof)\.?[ \u00a0]+$")
_TITLE_GAP = re.compile(r"[ \u00a0]+(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Herrn|Frau)\.?[ \u00a0]+)*")


def _titled(text: str, hit: RoleHit) -> bool:
    """Does a surname alone follow its role word as a title does ("Oberbürgermeisterin Findeiß", "Mayor Gong")?
    Not after "mayor of <place>" ("the mayor of Halle Zalle": a misspelt place, "Mayor of Perm Ci >": a broken
    word) and not before the role ("junge Technologiefirmen, und der Ministerpräsident").

    >>> from diplomacy.tagging.roles import RoleHit
    >>> text = "Mayor Gong met the mayor of Halle Zalle."
    >>> _titled(text, RoleHit(0, 5, "mayor", "Mayor", name="Gong", name_start=6, name_end=10, single=True))
    True
    >>> _titled(text, RoleHit(15, 20, "mayor", "Mayor", name="Zalle", name_start=30, name_end=35, single=True))
    False
    """
    if hit.name_start < hit.start:  # "Mr. Morgan, the British consul-general": an honorific marks a person
        return _HONORIFIC_BEFORE.search(text, max(0, hit.name_start - 8), hit.name_start) is not None
    return _TITLE_GAP.fullmatch(text, hit.end, hit.name_start) is not None


def _right_after(text: str, hit: RoleHit) -> bool:
    """Does the name follow its role word with no comma between ("Staatssekretär Lersch-Mense")?"""
    return hit.start < hit.name_start and "," not in text[hit.start : hit.name_start]


def _merge_surnames(persons: list[Individual]) -> list[Individual]:
    """A name that is the end of a longer one is the same person: "Mayor De Wever" is "Bart De Wever"."""
    kept: list[Individual] = []
    for person in persons:
        size = len(person.tokens)
        longer = [p for p in persons if len(p.tokens) > size and p.tokens[-size:] == person.tokens]
        if len(longer) != 1:
            kept.append(person)
            continue
        full = longer[0]
        full.hits.extend(person.hits)
        if full.place is None:
            full.place = person.place
    return kept


def _same_name(a: str, b: str) -> bool:
    """The same name, case aside, a hyphen or a space between given names aside ("Frank Walter Steinmeier" in a
    caption is "Frank-Walter Steinmeier"), or a Chinese name in the other order.

    >>> _same_name("Frank Walter Steinmeier", "Frank-Walter Steinmeier"), _same_name("Deng Hongbo", "Hongbo Deng")
    (True, True)
    >>> _same_name("Hans-Peter Meier", "Hans Meier")
    False
    """
    if a == b or a.casefold() == b.casefold() or a.casefold().replace("-", " ") == b.casefold().replace("-", " "):
        return True
    return sorted(a.casefold().split()) == sorted(b.casefold().split()) and chinese_name(a) is True


def occurrences(text: str, person: Individual) -> list[tuple[int, bool]]:
    """Where the person is named: (position, aside) for full names, surnames and role phrases.  *Aside*: only
    spoken of there, as a possessive ("President Xi Jinping's strategy"), as the one another stands in for or
    as the one who invited (:func:`standins.aside`)."""
    found: list[tuple[int, bool]] = [
        (h.name_start, h.possessive or aside(text, min(h.start, h.name_start), max(h.end, h.name_end)))
        for h in person.hits
    ]
    full: list[tuple[int, int]] = []
    names = [person.name]
    if len(person.tokens) >= 2:
        names += [t for t in (person.tokens[0], person.tokens[-1]) if t not in person.shared]
    for number, name in enumerate(names):
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            inside = any(s <= pos < e for s, e in full)
            if (
                not inside
                and (pos == 0 or not text[pos - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
            ):
                found.append((pos, text.startswith(("'s", "’s"), end) or aside(text, pos, end)))
                if number == 0:
                    full.append((pos, end))
            pos = text.find(name, end)
    return found
