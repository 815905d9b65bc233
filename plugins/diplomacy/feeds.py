"""Atom feeds (RFC 4287) and the sitemap, written with the standard library.

Output is deterministic: no build time appears anywhere; a feed's
``updated`` is the newest publication date of its entries.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable
from xml.etree import ElementTree as ET

from .model import ArticleNode

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    *,
    feed_id: str,
    title: str,
    lang: str,
    self_url: str,
    page_url: str,
    articles: Iterable[ArticleNode],
    url_of: Callable[[ArticleNode], str | None],
    author: str,
    authority: str,
    limit: int = 50,
) -> bytes:
    """An Atom feed of the ``limit`` newest articles; ``url_of`` gives an article's page URL."""
    ET.register_namespace("", ATOM)
    newest = sorted(articles, key=lambda a: (a.published, a.id), reverse=True)[:limit]
    items = [(node, url_of(node)) for node in newest]  # URLs only for the entries kept
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})
    ET.SubElement(feed, f"{{{ATOM}}}id").text = feed_id
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    updated = items[0][0].published if items else dt.date(2000, 1, 1)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(updated)
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": self_url, "type": "application/atom+xml"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": page_url, "type": "text/html"})
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = author
    for node, url in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry", {XML_LANG: node.lang})
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"tag:{authority}:articles/{node.id}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = node.title
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": url, "type": "text/html"})
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(node.published)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(node.published)
        if node.source:
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = node.source
        summary = _summary(node)
        if summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary", {"type": "text"}).text = summary
    ET.indent(feed, space=" ")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _summary(node: ArticleNode, words: int = 60) -> str:
    """The first words of the article's text (computed once per article, however many feeds carry it)."""
    if node.summary is None:
        node.summary = _make_summary(node, words)
    return node.summary


def _make_summary(node: ArticleNode, words: int) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", str(getattr(node.content, "content", "") or "")))
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def sitemap(urls: Iterable[dict[str, str]], default_lang: str) -> bytes:
    """A sitemap with ``xhtml:link`` alternates; each item maps lang → absolute URL."""
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for alternates in urls:
        for loc in alternates.values():
            url = ET.SubElement(root, f"{{{SITEMAP}}}url")
            ET.SubElement(url, f"{{{SITEMAP}}}loc").text = loc
            for other, href in alternates.items():
                ET.SubElement(url, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": other, "href": href})
            if default_lang in alternates:
                default = {"rel": "alternate", "hreflang": "x-default", "href": alternates[default_lang]}
                ET.SubElement(url, f"{{{XHTML}}}link", default)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
