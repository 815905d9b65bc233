"""Citations of article and meeting pages: BibTeX, RIS and CSL-JSON from one description.

The page shows them in its "Cite" block and writes them beside itself (``cite.bib``, ``cite.ris``,
``cite.json``); Highwire ``citation_*`` meta tags carry the same facts for reference managers. The
access date is the reader's: ``theme/js/cite.js`` adds it to the texts on the page (BibTeX
``urldate``, RIS ``Y2``, CSL ``accessed``); the files do not carry one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

FILES = {"bibtex": "cite.bib", "ris": "cite.ris", "csl": "cite.json"}
LANGUAGE_NAMES = {"en": "english", "de": "ngerman"}  # biblatex's langid

_BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_~^])")
_KEY = re.compile(r"[^A-Za-z0-9:_-]+")


@dataclass(frozen=True, slots=True)
class Citation:
    """What is cited: an article of the archive (``news``) or a meeting page of it (``page``)."""

    id: str
    kind: str  # "news" or "page"
    title: str
    url: str  # the permalink: the page in the archive
    lang: str  # language of what is cited
    archive: str  # the archive's name in the page's language
    date: dt.date | None = None  # publication date (news) or the meeting's day (page)
    container: str | None = None  # the publisher of the article
    original: str | None = None  # the original article's address

    def meta_tags(self) -> list[tuple[str, str]]:
        """Highwire Press ``citation_*`` tags (Google Scholar, Zotero): (name, content)."""
        tags = [("citation_title", self.title)]
        if self.date:
            tags.append(
                (
                    "citation_publication_date" if self.kind == "news" else "citation_date",
                    self.date.strftime("%Y/%m/%d"),
                )
            )
        tags.append(("citation_publisher", self.container or self.archive))
        # the page is the full text: citation_fulltext_html_url would repeat citation_public_url
        tags += [("citation_language", self.lang), ("citation_public_url", self.url)]
        return tags


def _bibtex_value(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: "\\" + m.group(1) if m.group(1) in "{}%&$#_" else " ", text)


def bibtex(c: Citation) -> str:
    """A BibTeX (biblatex-compatible) ``@misc`` entry.

    >>> day = dt.date(2023, 4, 14)
    >>> print(bibtex(Citation("x", "news", "A & B", "https://a.org/x/", "en", "Archive", day, "SHINE")))
    @misc{x,
      title = {A \\& B},
      howpublished = {SHINE},
      organization = {Archive},
      year = {2023},
      month = {4},
      date = {2023-04-14},
      url = {https://a.org/x/},
      langid = {english},
    }
    <BLANKLINE>
    """
    fields = [("title", _bibtex_value(c.title))]
    if c.container:
        fields.append(("howpublished", _bibtex_value(c.container)))
    fields.append(("organization", _bibtex_value(c.archive)))
    if c.date:
        fields += [("year", str(c.date.year)), ("month", str(c.date.month)), ("date", c.date.isoformat())]
    fields += [("url", c.url), ("langid", LANGUAGE_NAMES.get(c.lang, c.lang))]
    if c.original:
        fields.append(("note", "Original: \\url{" + c.original + "}"))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@misc{{{_KEY.sub('-', c.id)},\n{body}}}\n"


def ris(c: Citation) -> str:
    """An RIS record (CRLF line ends, as the format asks)."""
    lines = [("TY", "NEWS" if c.kind == "news" else "ELEC"), ("ID", c.id), ("TI", c.title)]
    if c.container:
        lines.append(("T2", c.container))
    if c.date:
        lines += [("PY", str(c.date.year)), ("DA", c.date.strftime("%Y/%m/%d"))]
    lines += [("UR", c.url), ("LA", c.lang), ("DB", c.archive)]
    if c.original:
        lines.append(("N1", f"Original: {c.original}"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl(c: Citation) -> list[dict[str, object]]:
    """CSL-JSON: a list of one item."""
    item: dict[str, object] = {
        "id": c.id,
        "type": "article-newspaper" if c.kind == "news" else "webpage",
        "title": c.title,
        "language": c.lang,
        "URL": c.url,
        "archive": c.archive,
    }
    if c.kind == "news":
        if c.container:
            item["container-title"] = c.container
        if c.date:
            item["issued"] = {"date-parts": [[c.date.year, c.date.month, c.date.day]]}
        item["archive_location"] = c.url
    else:
        item["container-title"] = c.archive
        if c.date:
            item["event-date"] = {"date-parts": [[c.date.year, c.date.month, c.date.day]]}
    if c.original:
        item["note"] = f"Original: {c.original}"
    return [item]


def formats(c: Citation) -> dict[str, str]:
    """Each format's text, by the names of :data:`FILES`."""
    return {"bibtex": bibtex(c), "ris": ris(c), "csl": json.dumps(csl(c), ensure_ascii=False) + "\n"}
