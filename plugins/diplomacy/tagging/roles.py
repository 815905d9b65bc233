"""Reading the role lexicon (:mod:`lexicon`): the role phrase at a head word, role words, display forms.

And :class:`RoleHit`, the record of one role phrase read in a text (:func:`offices.find_roles`).

The keyword scanner (:func:`keywords.scanner`) looks for the head words of the lexicon together
with the meeting words; :func:`match_role` then reads the whole phrase at a head word with one
small anchored expression per head.

>>> is_role_word("Botschafterin"), is_role_word("Bürgermeisterinnen"), is_role_word("Berlin")
(True, True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diplomacy.places.names import trie_pattern

from .lexicon import CITY_ROLES, CONSULAR_ROLES, LOCAL_ROLES, ROLE_KEYS, SPECS, RoleSpec

__all__ = [
    "CITY_ROLES",
    "CONSULAR_ROLES",
    "LOCAL_ROLES",
    "ROLE_HEADS",
    "ROLE_KEYS",
    "SPECS",
    "RoleHit",
    "RoleSpec",
    "display_form",
    "is_plural",
    "is_role_word",
    "match_role",
    "out_of_office",
    "starts_role",
]


def _compile_heads(specs: list[RoleSpec]) -> dict[str, re.Pattern[str]]:
    """One small anchored expression per head word, longest phrase first."""
    groups: dict[str, list[int]] = {}
    for index, spec in enumerate(specs):
        if not spec.heads:
            raise ValueError(f"role pattern {spec.pattern!r} has no head word")
        for head in spec.heads:
            groups.setdefault(head, []).append(index)
    compiled = {}
    for head, indices in groups.items():
        ordered = sorted(indices, key=lambda i: len(specs[i].pattern), reverse=True)
        body = "|".join(f"(?P<r{i}>{specs[i].pattern})" for i in ordered)
        # not the first part of a compound ("OB-Referat", "Bürgermeister-Wahl")
        compiled[head] = re.compile(rf"(?<![\w-])(?:{body})(?![\w])(?!-(?-i:[A-ZÄÖÜ]))", re.IGNORECASE)
    return compiled


_HEADS = _compile_heads(SPECS)
ROLE_HEADS: tuple[str, ...] = tuple(_HEADS)  # the lower-case words role phrases start with (for the scanner)
_HEAD_WORD = re.compile(trie_pattern(sorted(_HEADS), re.escape))


# The shorter head words a head word begins with, longest first: the scanner finds the longest head ("präsidentin",
# the head of "Präsidentin des Landtags"), and the phrase may be one of a shorter head ("Präsidentin" of "Präsident").
_SHORTER = {
    head: tuple(sorted((h for h in _HEADS if h != head and head.startswith(h)), key=len, reverse=True))
    for head in _HEADS
}


def match_role(text: str, start: int, head: str) -> tuple[re.Match[str], RoleSpec] | None:
    """The role phrase that starts at ``start`` with the head word ``head``, and its spec (longest first); else one of
    a shorter head word that ``head`` begins with.

    >>> [match_role(text, 4, "präsidentin")[1].display for text in ("die Präsidentin des Landtags", "die Präsidentin")]
    ['Landtagspräsident', 'Präsident']
    """
    for word in (head, *_SHORTER[head]):
        match = _HEADS[word].match(text, start)
        if match is not None:
            return match, SPECS[int((match.lastgroup or "r0")[1:])]
    return None


_FIRST_WORD = re.compile(r"[\w-]+")


def starts_role(text: str, pos: int) -> bool:
    """Does a role phrase of the lexicon start at ``pos`` ("Chef der Staatskanzlei, Staatssekretär …")?

    >>> starts_role("Chef der Staatskanzlei", 0), starts_role("Chef Koch", 0)
    (True, False)
    """
    word = _FIRST_WORD.match(text, pos)
    head = word.group().lower() if word is not None else ""
    return head in _HEADS and _HEADS[head].match(text, pos) is not None


_FORMER_BEFORE = re.compile(
    r"\b(?:former|ex|ehemalige[nrms]?|frühere[nrms]?|einstige[nrms]?)[ \u00a0-]*$", re.IGNORECASE
)
_FORMER_AFTER = re.compile(r"[ \u00a0]+a\.[ \u00a0]?D\.")
# A predecessor in the office: "einer der Vorgänger im Amt des vietnamesischen Präsidenten, Nguyen Minh Triet",
# "his predecessor as mayor", "predecessor, Mayor …" (at most one adjective between).
_PREDECESSOR_BEFORE = re.compile(
    r"\b(?:(?:Amts)?[Vv]orgänger(?:in|innen|s|n)?(?:[ \u00a0]+im[ \u00a0]+Amt)?(?:[ \u00a0]+(?:des|der|als))?|"
    r"predecessors?(?:[ \u00a0]+(?:as|in\s+office\s+as|of))?(?:[ \u00a0]+the)?[ \u00a0]*,?)"
    r"(?:[ \u00a0]+[\w-]+(?:e|en|er|es|an|ese))?[ \u00a0]*$",
    re.IGNORECASE,
)


def out_of_office(text: str, start: int, end: int) -> bool:
    """Does the role phrase at ``start``–``end`` name a former office ("former mayor", "ehemaliger
    Oberbürgermeister", "Bundespräsident a. D.", a predecessor in it)? A former holder holds no office.

    >>> text = "Christian Wulff, Bundespräsident a. D., und der frühere Bürgermeister Li"
    >>> out_of_office(text, 17, 32), out_of_office(text, 56, 69), out_of_office("Mayor Li", 0, 5)
    (True, True, False)
    >>> text = "einer der Vorgänger im Amt des vietnamesischen Präsidenten, Nguyen Minh Triet, 2008"
    >>> out_of_office(text, text.index("Präsidenten"), text.index(","))
    True
    >>> text = "Mayor Kascha and his predecessor as mayor, Peter Gaffert"
    >>> out_of_office(text, 0, 5), out_of_office(text, text.index("mayor,"), text.index(","))
    (False, True)
    """
    return (
        bool(_FORMER_BEFORE.search(text, max(0, start - 12), start))
        or bool(_FORMER_AFTER.match(text, end))
        or bool(_PREDECESSOR_BEFORE.search(text, max(0, start - 60), start))
    )


def is_role_word(word: str) -> bool:
    """Is ``word`` a role word ("Mayor", "Oberbürgermeisterin", "Botschafters")?"""
    head = _HEAD_WORD.match(word.lower())
    return head is not None and _HEADS[head.group()].fullmatch(word) is not None


_EN_PLURAL = re.compile(
    r"(?:mayors|governors|ambassadors|consuls|premiers|ministers|presidents|directors|senators|chancellors)$"
)


def is_plural(spec: RoleSpec, matched: str) -> bool:
    """Does the phrase ``matched`` name several office holders ("mayors", "Bürgermeisterinnen", "Botschaftern")?"""
    lower = matched.lower()
    return bool(_EN_PLURAL.search(lower)) or (
        spec.fem is not None and (lower.endswith("innen") or (spec.display.endswith("er") and lower.endswith("ern")))
    )


def display_form(spec: RoleSpec, matched: str) -> str:
    """The role as the article words it, singular, capitalised ("Oberbürgermeisterin", "Erste Bürgermeisterin")."""
    if spec.fem is None:
        return spec.display
    lower = " ".join(matched.split()).lower()
    words = lower.split()
    head = words[1] if spec.adjective and len(words) > 1 else words[0]  # the noun, not a last "in"
    feminine = head.endswith(("in", "innen")) or (spec.key in {"chairman", "deputy"} and head.endswith("e"))
    noun = spec.fem if feminine else spec.display
    if spec.adjective:
        adjective = spec.adjective + ("" if feminine else "r")
        return f"{adjective[0].upper()}{adjective[1:]} {noun}"
    return noun


@dataclass(slots=True)
class RoleHit:
    """One role phrase: where it is, what it says, whom it names."""

    start: int
    end: int
    key: str
    role: str
    place: str | None = None
    places: list[str] = field(default_factory=list)  # with places joined by "and" ("Shanghai and Düsseldorf mayors")
    host: str | None = None  # "to China", "in Shanghai"
    name: str | None = None
    name_start: int = -1
    name_end: int = -1
    single: bool = False  # a one-word name ("Mayor Gong")
    possessive: bool = False  # "President Xi Jinping's"
    plural: bool = False
    candidate: str | None = None  # "mayor of Wolfsburg" with Wolfsburg unknown
