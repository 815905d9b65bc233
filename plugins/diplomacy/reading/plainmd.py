"""Markdown that is nothing but paragraphs of prose, converted without the whole Markdown pipeline.

Most articles an editor writes in Markdown are news text pasted as paragraphs:
no emphasis, links, lists or headings. Python-Markdown still runs every block
test and every inline pattern over every paragraph (about a sixth of a build).
For such a document the result is known in advance: each paragraph in a
``<p>`` element, one per line. :func:`convert` checks that the document is of
that kind and returns exactly what ``Markdown.convert`` would return, or
``None``, and then the caller converts it as usual.

The check is deliberately narrow. It applies only with Pelican's default
``MARKDOWN`` setting (codehilite, extra, meta; HTML5), which this project uses,
and only to a body without any character that starts Markdown or HTML syntax
(``\\ ` * _ [ ] < > & { } | ~``, tabs, the pipeline's own placeholders), whose
lines all begin with a letter, a digit (not as ``1. ``) or an opening quote or
parenthesis and end without a space. The metadata header is read by the real
preprocessors, so ``Meta`` is the same. ``tests/test_plainmd.py`` compares the
two ways on generated documents inside and just outside these bounds.
"""

from __future__ import annotations

import re
from typing import Any

# Pelican's default MARKDOWN setting, as its Markdown reader completes it
PLAIN_CONFIG: dict[str, Any] = {
    "extension_configs": {
        "markdown.extensions.codehilite": {"css_class": "highlight"},
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
    "extensions": ["markdown.extensions.codehilite", "markdown.extensions.extra", "markdown.extensions.meta"],
}

_SYNTAX = re.compile(r"[\\`*_\[\]<>&{}|~\t\r\x00-\x08\x0b-\x1f\x7f]")  # anywhere in the body: not plain prose
_LINE_START = re.compile(r"(?:[^\W\d_]|\d(?!\d*\.(?: |$))|[\"'„“”‚‘’«»(])")  # a letter, a digit, a quote


def applies(config: dict[str, Any]) -> bool:
    """Is ``config`` (the reader's ``MARKDOWN`` setting) the one the fast way reproduces?"""
    return config == PLAIN_CONFIG


def convert(md: Any, source: str) -> str | None:
    """``md.convert(source)`` for a document of prose paragraphs, or ``None`` for any other document.

    ``md`` must be a freshly reset ``Markdown`` made with :data:`PLAIN_CONFIG`; its preprocessors
    run here (``md.Meta`` is set as by ``convert``). After ``None``, reset it before converting.
    """
    if not source.strip():
        return None
    lines = source.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    body = "\n".join(lines).rstrip("\n")
    if not body or body[0] == "\n" or _SYNTAX.search(body):
        return None
    paragraphs = body.split("\n\n")
    for paragraph in paragraphs:
        if not paragraph or paragraph[0] == "\n":  # three line breaks in a row
            return None
        for line in paragraph.split("\n"):
            if not line or line[-1].isspace() or not _LINE_START.match(line):
                return None
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
