"""HTML markup to plain text: the one tag stripper of the plugin.

The readers take the paragraphs of converted Markdown to tag them
(:func:`block_texts`); the site takes an article's text for its feeds and
search index (:func:`strip_tags`).  Reading and site may not import each
other, so this module sits beside ``settings.py`` and imports nothing of the
plugin.  Only markup that the plugin wrote itself or cleaned first (Markdown
output, sanitised) comes here: a regular expression is enough for that (a page
from the web goes through trafilatura instead).

>>> strip_tags("<p>K&ouml;ln &amp; <em>Bonn</em></p>")
' Köln &  Bonn  '
>>> block_texts("<h2>Title</h2><p>One <b>and</b> two.</p><p> </p><ul><li>three</li></ul>")
['Title', 'One and two.', 'three']
"""

from __future__ import annotations

import html
import re

__all__ = ["block_texts", "strip_tags"]

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"<(p|li|h[1-6]|blockquote)\b[^>]*>(.*?)</\1>", re.S)


def strip_tags(markup: str, between: str = " ") -> str:
    """The text of ``markup``: each tag replaced by ``between``, character references resolved."""
    return html.unescape(_TAG.sub(between, markup))


def block_texts(markup: str) -> list[str]:
    """The text of each paragraph, list item, heading and quotation, in order; empty ones left out."""
    texts = (strip_tags(match.group(2), "").strip() for match in _BLOCK.finditer(markup))
    return [text for text in texts if text]
