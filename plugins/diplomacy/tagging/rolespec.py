"""How the role lexicon writes one office: :class:`RoleSpec`, and the builders of English and German specs.

>>> spec = de_noun("Oberbürgermeister", "lord_mayor")
>>> bool(re.fullmatch(spec.pattern, "Oberbürgermeisterinnen", re.IGNORECASE)), spec.fem
(True, 'Oberbürgermeisterin')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import word_set

__all__ = ["MINISTRIES", "RoleSpec", "de_adjective", "de_noun", "en_words"]


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """One way of writing an office: a regular expression (matched case-insensitively) and what it means."""

    pattern: str
    key: str
    display: str  # English: the label; German nouns: the masculine base
    fem: str | None = None  # German feminine form
    adjective: str | None = None  # German adjective before the noun ("Erste", "stellvertretende")
    direct: bool = False  # a place may follow without "of"/"von" ("Secretary of the CPC Shanghai …")
    heads: tuple[str, ...] = ()  # lower-case words the phrase starts with (the keyword scanner finds them)
    country: str | None = None  # the place of an office that names it ("Bundeskanzler": Germany)


def en_words(words: str, key: str, display: str | None = None, *, plural: bool = True) -> RoleSpec:
    """An English role: words separated by spaces or hyphens; optional plural -s."""
    parts = [re.escape(w) for w in words.split()]
    pattern = r"[\s-]+".join(parts)
    if plural:
        pattern += "s?"
    return RoleSpec(
        pattern, key, display or " ".join(w.capitalize() for w in words.split()), heads=(words.split(maxsplit=1)[0],)
    )


def de_noun(base: str, key: str, fem: str | None = None, country: str | None = None) -> RoleSpec:
    """A German role noun with feminine, genitive and plural endings."""
    fem = fem or base + "in"
    return RoleSpec(
        rf"(?:{re.escape(fem)}(?:nen)?|{re.escape(base)}(?:en|s|n)?)",
        key,
        base,
        fem,
        heads=(base.lower(),),
        country=country,
    )


def de_adjective(adjective: str, base: str, key: str) -> RoleSpec:
    """A German role of adjective and noun: "Erster Bürgermeister", "stellvertretende Bürgermeisterin"."""
    return RoleSpec(
        rf"{re.escape(adjective)}[rnms]?\s+(?:{re.escape(base)}in(?:nen)?|{re.escape(base)}(?:s|n)?)",
        key,
        base,
        base + "in",
        adjective,
        heads=(adjective.lower(),),
    )


# German ministers are compounds: "Wirtschaftsministerin", "Außenminister".
MINISTRIES = sorted(
    word_set(
        "Wirtschafts Finanz Außen Innen Kultus Wissenschafts Verkehrs Umwelt Justiz Gesundheits Sozial "
        "Landwirtschafts Europa Bildungs Digital Bau Arbeits Forschungs Entwicklungs Kultur Handels Energie"
    )
)
