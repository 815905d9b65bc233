"""The facets of the search index: what the search page (search.js) needs to filter and count results
without loading them.

``f.json`` (loaded with every search, about 1 byte a document)::

    {"classes": [["article", "en"], ["meeting", "de en"], ["place", ""], …],
     "doc_class": "0010201…",            # one character per document: its class (an index into classes)
     "years": [[2024, 0, 311], …]}       # documents first..last (inclusive) dated in that year

A class is a kind of page and the languages of its reports (an article's own language, a meeting's
reports' languages).  Documents are numbered undated first, then newest first, so each year is one run.

``p.json`` (loaded when the reader opens the place facet or a link filters by place or country)::

    {"places": [["koeln", "Köln", "DE"], …],   # id, name in the index's language, ISO country code
     "width": 2,                               # characters per place in "docs"
     "docs": "ab,,acad,…"}                     # per document its places, "," between documents

Characters stand for numbers in :data:`ALPHABET` (64 characters, no escaping in JSON or URLs).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"


def code(number: int, width: int) -> str:
    """``number`` in ``width`` characters of :data:`ALPHABET`, most significant first.

    >>> code(0, 1), code(65, 2), code(4095, 2)
    ('0', '11', '__')
    """
    out = []
    for _ in range(width):
        number, digit = divmod(number, 64)
        out.append(ALPHABET[digit])
    if number:
        raise ValueError("too large for the width")
    return "".join(reversed(out))


def kinds_and_years(docs: Sequence[Sequence[str]], facets: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]) -> Any:
    """``f.json`` of documents in their written order (``docs``: url, title, kind, date, …)."""
    classes: dict[tuple[str, str], int] = {}
    chars = []
    years: list[list[int]] = []
    for number, (doc, (langs, _places)) in enumerate(zip(docs, facets, strict=True)):
        key = (doc[2], " ".join(langs))
        chars.append(ALPHABET[classes.setdefault(key, len(classes))])
        if doc[3]:
            year = int(doc[3][:4])
            if years and years[-1][0] == year:
                years[-1][2] = number
            else:
                years.append([year, number, number])
    if len(classes) > len(ALPHABET):
        raise ValueError("too many classes of documents")
    return {"classes": [list(key) for key in classes], "doc_class": "".join(chars), "years": years}


def places(facets: Sequence[tuple[tuple[str, ...], tuple[str, ...]]], known: Mapping[str, tuple[str, str]]) -> Any:
    """``p.json``: the places of every document; ``known`` gives a place id its name and country."""
    ids = sorted({pid for _langs, pids in facets for pid in pids})
    number = {pid: n for n, pid in enumerate(ids)}
    width = 1
    while 64**width < max(len(ids), 1):
        width += 1
    docs = ",".join("".join(code(number[pid], width) for pid in pids) for _langs, pids in facets)
    table = [[pid, *known.get(pid, (pid, ""))] for pid in ids]
    return {"places": table, "width": width, "docs": docs}
