"""One line of a capture: cleaned, its words counted, compared, and what it looks like.

Small pure helpers that every stage uses: whether a line ends like a
sentence, its comparison key (repeats are found by it), whether it is a
breadcrumb (``News / Metro``) or a site name (``SHINE``), and :func:`alt`,
which builds a regular-expression alternation from a table of words.
"""

from __future__ import annotations

import re


def alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of literal words, longest first, spaces flexible."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


NOT_LETTER = r"(?![^\W\d_])"  # the next character is not a letter

LEADING_SYMBOLS_RE = re.compile(r"^[^\w(\[„\"“‚'©]+\s*")
# a list marker before a headline: one to three symbols and a space ("◇ ", "■ ", "► "), not a quote
LIST_MARKER_RE = re.compile(r"[^\w\s„“”\"'‘’‚(\[«»<]{1,3}\s+(?=\w)")
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"'“”„‘’»«›‹)\]]*$")
_FINAL_PUNCT_RE = re.compile(r"[.!?…。！？:;：；][\"'“”„‘’»«›‹)\]]*$")
_BREADCRUMB_SPLIT_RE = re.compile(r"\s+(?:/|>|\||::|·|•)\s+|\s*(?:›|»|→|>>)\s*")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_KEY_STRIP = "\"'“”„‘’»«›‹()[]{}.,;:!?…-–—*#|/ "
_EDGE_BARS_RE = re.compile(r"^(?:\|\s)+(?=\S)|(?<=\S)(?:\s\|)+$")  # "| " opening, " |" closing a line
_ZERO_WIDTH_RE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]")


def clean_line(line: str) -> str:
    """One line with every kind of space collapsed to one space, zero-width characters removed.

    >>> clean_line("  Source:\\u00a0SHINE\\u00a0\\u00a0\\u00a0 Editor:\\u00a0Xu Fang ")
    'Source: SHINE Editor: Xu Fang'
    """
    if not line.isascii():
        line = _ZERO_WIDTH_RE.sub("", line)
    line = " ".join(line.split())
    return _EDGE_BARS_RE.sub("", line) if "|" in line else line


def word_count(text: str) -> int:
    """Number of words (two CJK characters count as one word)."""
    count = text.count(" ") + 1 if text else 0
    if not text.isascii():
        count = max(count, len(_CJK_RE.findall(text)) // 2)
    return count


def mostly_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean characters make up more than a third of the line.

    >>> mostly_cjk("吕志成会见德国驻沈阳总领事"), mostly_cjk("Lyu Zhicheng (吕志成) receives the consul general")
    (True, False)
    """
    return not text.isascii() and len(_CJK_RE.findall(text)) * 3 > len(text)


_LATIN_MAX = 0x24F  # Basic Latin to Latin Extended-B; Latin Extended Additional (Vietnamese) is 0x1E00-0x1EFF


def other_script(text: str) -> bool:
    """Mostly written in a script other than the Latin one: Chinese, Japanese, Korean (see :func:`mostly_cjk`),
    or most of its letters Cyrillic, Greek, Armenian, Arabic, Hebrew and the like.

    >>> other_script("Не убран мусор, яма на дороге? Сообщите о ней!"), other_script("Moskau (Москва) meets Köln")
    (True, False)
    """
    if text.isascii():
        return False
    if mostly_cjk(text):
        return True
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > _LATIN_MAX and not 0x1E00 <= ord(c) <= 0x1EFF)
    return foreign * 2 > len(letters)


def ends_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text[-12:]) is not None


def has_final_punct(text: str) -> bool:
    return _FINAL_PUNCT_RE.search(text[-12:]) is not None


def text_key(text: str) -> str:
    """Comparison key: case, spaces and punctuation at the ends ignored.

    >>> text_key("Shanghai  and DÜSSELDORF mayors!") == text_key("shanghai and\u00a0düsseldorf mayors")
    True
    """
    return "".join(text.casefold().split()).strip(_KEY_STRIP)


def breadcrumb_parts(text: str) -> list[str]:
    """The elements of a breadcrumb, in order: ``News / Metro`` -> ``["News", "Metro"]``."""
    return [p.strip() for p in _BREADCRUMB_SPLIT_RE.split(text) if p.strip()]


def is_breadcrumb(text: str) -> bool:
    """``News / Metro``, ``Startseite › Politik › Ausland``.

    >>> is_breadcrumb("News / Metro"), is_breadcrumb("Shanghai and Düsseldorf mayors meet")
    (True, False)
    """
    if len(text) > 120 or has_final_punct(text):
        return False
    parts = breadcrumb_parts(text)
    return len(parts) >= 2 and all(word_count(p) <= 3 and not p.endswith(":") for p in parts) and word_count(text) <= 12


def looks_like_site(text: str) -> bool:
    """A site name: ``nrwheute``, ``SHINE``, ``german.shanghai.gov.cn``, ``ShanghaiDaily``."""
    if " " in text or not 2 <= len(text) <= 40 or not re.fullmatch(r"[\w.-]+", text) or text.isdigit():
        return False
    return text.islower() or text.isupper() or "." in text or re.search(r"[a-z][A-Z]", text) is not None
