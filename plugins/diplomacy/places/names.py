"""Names of places: the comparison key (folding), slugs, and regular expressions for many names.

One home for how two spellings of a name are compared ("Düsseldorf", "DUESSELDORF", "Du\u0308sseldorf"),
how an id is made from a name, and how many literal forms become one regular expression (a character
trie); the gazetteer, its matcher, the tagger's keyword scanner and data/build_gazetteer.py use them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

_FOLD_TABLE = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u00ad": "",
    }
)
_SPACE = re.compile(r"\s+")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Return the comparison key of a name.

    >>> fold("Düsseldorf") == fold("DUESSELDORF") == fold("Du\\u0308sseldorf")
    True
    >>> fold("Shanghai\\u2019s   Partner")
    "shanghai's partner"
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.casefold().translate(_FOLD_TABLE)
    if " " in text or "\n" in text or "\t" in text or "\xa0" in text:
        text = _SPACE.sub(" ", text).strip()
    return text


def name_key(name: str) -> str:
    """The index key of a name or alias: its fold, or (for short all-caps
    abbreviations such as "US", "NRW") the exact form prefixed with "=".

    >>> name_key("Köln"), name_key("US"), name_key("U.S.")
    ('koeln', '=US', 'u.s')
    """
    name = name.strip()
    if len(name) <= 4 and name.isupper() and name.isalpha():
        return "=" + name
    return fold(name).rstrip(".")


def strip_marks(text: str) -> str:
    """Remove diacritics: "São Paulo" → "Sao Paulo", "Düsseldorf" → "Dusseldorf"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def slugify(text: str) -> str:
    """ASCII id slug, German-style transliteration.

    >>> slugify("Köln"), slugify("Frankfurt (Oder)"), slugify("Xi'an")
    ('koeln', 'frankfurt-oder', 'xian')
    """
    key = strip_marks(fold(text).replace("'", "")).replace("ø", "o").replace("ł", "l")
    return _SLUG_DROP.sub("-", key).strip("-")


def variant_pattern(char: str) -> str:
    """A regex for one character that also accepts its decomposed form and
    typographic variants (apostrophes, hyphens, any whitespace)."""
    if char == " ":
        return r"\s+"
    if char in "'\u2019\u02bc":
        return "['\u2019\u02bc]"
    if char in "-\u2010\u2011":
        return "[-\u2010\u2011]"
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed != char:
        return f"(?:{re.escape(char)}|{re.escape(decomposed)})"
    return re.escape(char)


def trie_pattern(forms: list[str], char_pattern: Callable[[str], str] = variant_pattern) -> str:
    """One regex alternation for many literal forms, merged as a trie so that
    the engine never tries more than one branch per character and prefers
    the longest form. ``char_pattern`` turns one character into a regex: by
    default it also accepts decomposed and typographic variants; ``re.escape``
    matches the forms literally.

    >>> trie_pattern(["Sino", "Sinai", "Sin"])
    'Sin(?:ai|o)?'
    >>> trie_pattern(["ab", "a"], re.escape)
    'a(?:b)?'
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [char_pattern(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if optional else group

    return emit(trie)
