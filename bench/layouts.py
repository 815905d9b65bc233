"""How an article is written to disk: a raw capture in one of three page styles, or Markdown.

Every third article is a capture with the noise of the real captures in the seeds:

* ``shine``: a `` date 2023-04-17 `` line, breadcrumb, headline and lead repeated, photo
  caption, ``Source:  SHINE    Editor:  Xu Fang`` with no-break spaces;
* ``gov``: ``Veröffentlichungsdatum:13.09.2024 … Quelle:…``, no final line break;
* ``blog``: site name, ``Published: …`` / ``Veröffentlicht am …``, a reading-time badge,
  caption, ``INavigationController.`` glued to a sentence, share and comment boilerplate.

The rest, and every article with ``--markdown-only``, is Markdown.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from model import Article
from phrasing import MONTHS_EN

NBSP = "\u00a0"


def styled(article: Article, rng: random.Random) -> Article:
    """Every third article is a capture; choose its page style and whether it has a sidecar."""
    if article.number % 3 == 0:
        if article.lang == "en":
            article.style = "shine" if rng.random() < 0.6 else "blog"
        else:
            article.style = "gov" if rng.random() < 0.6 else "blog"
        article.sidecar = rng.random() < 0.5
    return article


def _shine(a: Article, _rng: random.Random) -> str:
    lead = a.paragraphs[0]
    crumb = f"News{NBSP} /{NBSP} Metro"
    lines = [f" date {a.published.isoformat()} ", crumb, "", a.title, "", lead, a.title, ""]
    lines += [a.caption, "", lead, ""]
    for paragraph in a.paragraphs[1:]:
        lines += [paragraph, ""]
    lines += ["", "", f"Source:{NBSP} {a.source}{NBSP} {NBSP}  Editor:{NBSP} {a.editor}", ""]
    return "\n".join(lines) + "\n"


def _gov(a: Article, _rng: random.Random) -> str:
    stamp = f"Veröffentlichungsdatum:{a.published:%d.%m.%Y}" + f"{NBSP} " * 5 + f"Quelle:{a.source}"
    lines = [a.title, "", stamp, ""]
    for paragraph in a.paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines).rstrip("\n")  # like the seed: no final line break


BLOG_FOOTER = (
    "Teile diesen Artikel",
    "Hinterlasse einen Kommentar",
    "",
    "Leave a Reply",
    "",
    "Your email address will not be published. Required fields are marked *",
)


def _blog(a: Article, rng: random.Random) -> str:
    """Site name, reading-time badge, caption, glued script junk, share and comment boilerplate."""
    body = a.paragraphs
    if a.lang == "en":
        stamp = f"Published: {MONTHS_EN[a.published.month - 1]} {a.published.day}, {a.published.year}"
        badge = f"{rng.choice((3, 4, 5))} min read"
    else:
        stamp = f"Veröffentlicht am {a.published:%d.%m.%Y}"
        badge = f"{rng.choice((3, 4, 5))} Min. Lesezeit"
    lines = [a.title, "", a.source, stamp, badge, "", a.caption, ""]
    glue = rng.randint(1, max(1, len(body) - 2))
    for index, paragraph in enumerate(body):
        if index == glue:
            lines += [paragraph + "INavigationController."]  # the next paragraph follows without a blank line
        else:
            lines += [paragraph, ""]
    lines += BLOG_FOOTER
    return "\n".join(lines)


PAGE_STYLES: dict[str, Callable[[Article, random.Random], str]] = {"shine": _shine, "gov": _gov, "blog": _blog}


def render_capture(article: Article, rng: random.Random) -> str:
    """The text of a raw capture in its page style, noise included."""
    return PAGE_STYLES[article.style](article, rng)


def render_markdown(article: Article, *, plain: bool = False) -> str:
    a = article
    header = [f"Title: {a.title}", f"Date: {a.published.isoformat()}"]
    if not plain:
        header += [f"Lang: {a.lang}", f"Source: {a.source}", f"Source_url: {a.source_url}"]
    return "\n".join(header) + "\n\n" + "\n\n".join(a.paragraphs) + "\n"
