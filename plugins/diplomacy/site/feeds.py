"""Atom feeds (RFC 4287) and the sitemap, written with the standard library.

Output is deterministic: no build time appears anywhere; a feed's
``updated`` is the newest publication date of its entries.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape, quoteattr

from ..archive.model import ArticleNode
from ..markup import strip_tags

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
SHARED_ENTRIES = 4000  # at most this many entries kept for the next feeds of a language (memory at scale)
SUMMARY_WORDS = 20  # words of an article in its feed entries and its search excerpt (in several files of each language)


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
    limit: int,
    entries: dict[str, str] | None = None,
) -> bytes:
    """An Atom feed of the ``limit`` newest articles; ``url_of`` gives an article's page URL.

    ``entries`` (article id → XML of its entry) lets the caller share entries between
    the many feeds of one language: an article is in the feeds of its places, its
    partnership and the home page, and its entry is the same in each of them.
    """
    newest = heapq.nlargest(limit, articles, key=lambda a: (a.published, a.id))
    cache = {} if entries is None else entries
    updated = newest[0].published if newest else dt.date(2000, 1, 1)
    parts = [
        "<?xml version='1.0' encoding='utf-8'?>\n",
        f'<feed xmlns="{ATOM}" xml:lang={quoteattr(lang)}>\n',
        f"<id>{escape(feed_id)}</id><title>{escape(title)}</title><updated>{_stamp(updated)}</updated>\n",
        f'<link rel="self" href={quoteattr(self_url)} type="application/atom+xml"/>\n',
        f'<link rel="alternate" href={quoteattr(page_url)} type="text/html"/>\n',
        f"<author><name>{escape(author)}</name></author>\n",
    ]
    if len(cache) > SHARED_ENTRIES:
        cache.clear()  # a bound on memory at archive scale; the newest articles are asked for again soon
    for node in newest:
        entry = cache.get(node.id)
        if entry is None:
            entry = cache[node.id] = _entry(node, url_of(node) or "", authority)
        parts.append(entry)
    parts.append("</feed>\n")
    return "".join(parts).encode("utf-8")


def _entry(node: ArticleNode, url: str, authority: str) -> str:
    """One ``<entry>`` on one line: feeds are read by programs, and a site has thousands of them."""
    stamp = _stamp(node.published)
    parts = [
        f"<entry xml:lang={quoteattr(node.lang)}>",
        f"<id>tag:{escape(authority)}:articles/{escape(node.id)}</id>",
        f"<title>{escape(node.title)}</title>",
        f"<link href={quoteattr(url)}/>",  # rel="alternate" is the default; the page is HTML
        f"<updated>{stamp}</updated>",  # the day it was published: Atom's <published> would repeat it
    ]
    if node.source:
        parts.append(f"<author><name>{escape(node.source)}</name></author>")
    opening = summary(node)
    if opening:
        parts.append(f"<summary>{escape(opening)}</summary>")  # type="text" is the default
    parts.append("</entry>\n")
    return "".join(parts)


def plain_text(node: ArticleNode) -> str:
    """The article's text without markup."""
    return strip_tags(str(getattr(node.content, "content", "") or ""))


def summary(node: ArticleNode, words: int = SUMMARY_WORDS) -> str:
    """The first words of the article's text (computed once per article, however many feeds carry it)."""
    if node.summary is None:
        parts = plain_text(node).split()
        node.summary = " ".join(parts[:SUMMARY_WORDS]) + (" …" if len(parts) > SUMMARY_WORDS else "")
    if words >= SUMMARY_WORDS:
        return node.summary
    parts = node.summary.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # the protocol's limit per file (uncompressed), with the URL limit below


def sitemaps(urls: Iterable[dict[str, str]], site_url: str, max_urls: int = 50_000) -> list[tuple[str, bytes]]:
    """The sitemap index (``sitemap.xml``) and the sitemap files it lists (``sitemap-1.xml`` …), each with
    at most ``max_urls`` URLs and 50 MB; each item of ``urls`` maps lang → absolute URL of one page.

    A URL is listed alone: its ``hreflang`` alternates and ``x-default`` are in the ``<head>`` of every
    page, which search engines read as well; repeated here they took three times the bytes of the rest.
    """
    head = f"<?xml version='1.0' encoding='utf-8'?>\n<urlset xmlns=\"{SITEMAP}\">\n"
    tail = "</urlset>\n"
    files: list[list[str]] = [[]]
    count, size = 0, len(head) + len(tail)
    for alternates in urls:
        for loc in alternates.values():
            entry = f"<url><loc>{escape(loc)}</loc></url>\n"
            if count >= max_urls or size + len(entry.encode("utf-8")) > SITEMAP_MAX_BYTES:
                files.append([])
                count, size = 0, len(head) + len(tail)
            files[-1].append(entry)
            count += 1
            size += len(entry.encode("utf-8"))
    written = [
        (f"sitemap-{number}.xml", (head + "".join(entries) + tail).encode("utf-8"))
        for number, entries in enumerate(files, 1)
    ]
    index = [
        "<?xml version='1.0' encoding='utf-8'?>\n",
        f'<sitemapindex xmlns="{SITEMAP}">\n',
        *(f" <sitemap><loc>{escape(site_url)}/{name}</loc></sitemap>\n" for name, _data in written),
        "</sitemapindex>\n",
    ]
    return [("sitemap.xml", "".join(index).encode("utf-8")), *written]
