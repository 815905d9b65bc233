"""Small helpers over words, shared by the tagging modules: word tables and the word before a position.

>>> text = "Shanghai's Mayor"
>>> start, end = prev_word(text, 11)
>>> text[start:end]
"Shanghai's"
"""

from __future__ import annotations

__all__ = ["prev_word", "word_set"]

_WORD_DELIMITERS = frozenset(' \u00a0\t\n,;:()"“”„')


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one string (keeps long word tables readable)."""
    return frozenset(words.split())


def prev_word(text: str, pos: int, limit: int = 60) -> tuple[int, int] | None:
    """The span of the word (anything between spaces and ,;:()") that ends before ``pos``, skipping spaces."""
    end = pos
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    start = end
    stop = max(0, end - limit)
    while start > stop and text[start - 1] not in _WORD_DELIMITERS:
        start -= 1
    return (start, end) if start < end else None
