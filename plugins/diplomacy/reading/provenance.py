"""Where each tag of an article came from, and how sure the tagger is: plain data for its metadata.

Four sources: ``editor`` (a ``.meta`` file or a Markdown header), ``capture`` (the page's own
headline or date line), ``tagger`` (with the sentence it read, the deciding words' span and the
reason in words, from :mod:`..tagging.evidence`) and ``gazetteer`` (a known partnership). The
result travels in the article's metadata, so Pelican's content cache keeps it, and the site shows
it and writes it to ``data/articles.json``.

>>> tags = {"title": "x", "meeting_date": "2024-09-09", "places": ["koeln", "shanghai"],
...         "pairs": [["koeln", "shanghai"]], "principals": [], "attendees": [],
...         "evidence": [{"field": "place", "value": "shanghai", "reason": "where the delegation came from",
...                       "sentence": "A delegation from Shanghai.", "start": 18, "end": 26}]}
>>> found = provenance(tags, {"places"}, {"title": {"source": "capture", "how": "headline"}})
>>> found["places"][0], found["places"][1]["source"], found["pairs"][0]["source"]
({'value': 'koeln', 'source': 'editor'}, 'editor', 'editor')
>>> found["meeting_date"]["source"], found["published"]
('tagger', {'source': 'editor'})
>>> doubt = confidence(["nobody named acts for koeln"])["doubts"][0]
>>> doubt["template"], doubt["values"]
('nobody named acts for {place}', {'place': 'koeln'})
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..tagging.evidence import DOUBTS, REASONS

__all__ = ["SOURCES", "confidence", "editor_says_yes", "provenance"]

SOURCES = ("editor", "capture", "tagger", "gazetteer")
_YES = frozenset({"yes", "true", "1", "ja", "y"})
_SET_FIELDS = {"places": "place", "principals": "principal", "attendees": "attendee"}
_GAZETTEER_REASONS = frozenset({REASONS["known partner"]})


def editor_says_yes(value: Any) -> bool:
    """``Reviewed: yes`` (or ``ja``, ``true``, ``1``).

    >>> editor_says_yes("Yes"), editor_says_yes("no"), editor_says_yes(None)
    (True, False, False)
    """
    return str(value or "").strip().lower() in _YES


def provenance(tags: dict[str, Any], editor: set[str], origins: dict[str, dict[str, str]]) -> dict[str, Any]:
    """Each field's source: ``editor`` for the fields the editor set (``editor``: field names), the
    reader's ``origins`` for the title and the publication date (the editor's when it names none),
    and for the tags the tagger's evidence (``tags["evidence"]``)."""
    evidence: dict[tuple[str, str], dict[str, Any]] = {}
    sentences: dict[str, str] = {}  # one string per sentence, however many tags quote it (memory at scale)
    for given in tags.get("evidence", []):
        item = {**given, "sentence": sentences.setdefault(given["sentence"], given["sentence"])}
        evidence.setdefault((item["field"], item["value"]), item)
    found: dict[str, Any] = {
        "title": dict(origins.get("title") or {"source": "editor"}),
        "published": dict(origins.get("published") or {"source": "editor"}),
    }
    date = tags.get("meeting_date")
    if "meeting_date" in editor:
        found["meeting_date"] = {"value": date, "source": "editor"}
    else:
        found["meeting_date"] = {"value": date, **_tagger(evidence.get(("meeting_date", date or "")))}
    for field, kind in _SET_FIELDS.items():
        values = tags.get(field, [])
        found[field] = [
            {"value": value, "source": "editor"}
            if field in editor
            else {"value": value, **_tagger(evidence.get((kind, value)))}
            for value in (v["name"] if isinstance(v, dict) else v for v in values)
        ]
    sources = {entry["value"]: entry["source"] for entry in found["places"]}
    found["pairs"] = [
        {"value": list(pair), "source": "editor" if "pairs" in editor else _pair_source(pair, sources)}
        for pair in tags.get("pairs", [])
    ]
    return found


def _tagger(item: dict[str, Any] | None) -> dict[str, Any]:
    if item is None:
        return {"source": "tagger"}
    source = "gazetteer" if item["reason"].split(", ")[0] in _GAZETTEER_REASONS else "tagger"
    return {"source": source, **{k: item[k] for k in ("reason", "sentence", "start", "end")}}


def _pair_source(pair: list[str], sources: dict[str, str]) -> str:
    """A pair is the editor's when both places are, the gazetteer's when a known partnership made one."""
    found = [sources.get(place, "tagger") for place in pair]
    if all(source == "editor" for source in found):
        return "editor"
    return "gazetteer" if "gazetteer" in found else "tagger"


def confidence(doubts: list[str]) -> dict[str, Any]:
    """Sure when the tagger has no doubt; each doubt with its template (a message the site translates) and
    the values filled into it (a place id, a name)."""
    return {"sure": not doubts, "doubts": [_doubt(text) for text in doubts]}


def _doubt(text: str) -> dict[str, Any]:
    for template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match:
            return {"text": text, "template": template, "values": match.groupdict()}
    return {"text": text, "template": text, "values": {}}


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """A pattern per template of evidence.DOUBTS: its words literally, each ``{field}`` a group."""
    patterns = []
    for template in DOUBTS.values():
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        patterns.append((template, re.compile(regex, re.S)))
    return patterns


def extract_messages(fileobj: Any, keywords: Any, comment_tags: Any, options: Any) -> Any:
    """Babel's extractor for ``tagging/evidence.py`` (babel.cfg, ``make messages``): every reason and
    doubt of its tables is a message of the site's catalogs, so their English stays in that one table."""
    del fileobj, keywords, comment_tags, options
    for message in (*REASONS.values(), *DOUBTS.values()):
        yield 1, None, message, ["the tagger's words (tagging/evidence.py); keep {place} and {name}"]
