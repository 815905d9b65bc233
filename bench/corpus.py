"""A deterministic benchmark corpus of city-diplomacy news, English and German.

``python bench/corpus.py --n N --out DIR [--markdown-only] [--seed S]`` writes N
articles of about 500 words, half English and half German (alternating), built
from templates over the real places of the gazetteer (``data/places.json``):

* a meeting report starts with the meeting sentence ("Shanghai Mayor Gong Zheng
  met with the mayor of Düsseldorf, Germany, Stephan Keller, and his delegation
  on April 14." / "Der Parteisekretär von Shanghai Chen Jining traf am
  9. September die Oberbürgermeisterin von Köln Henriette Reker …"), the meeting
  day in many phrasings relative to the publication day ("on Thursday",
  "yesterday", "on 14 April 2023", "am Dienstag", "gestern" …), then statements
  of both principals and filler paragraphs of diplomatic prose;
* every meeting is reported 3 to 9 times, in both languages, on different
  publication days; about one slot in ten is a feature on a partnership that
  reports no meeting;
* one party of every meeting is Chinese, the other foreign; each side cycles
  through its places of the gazetteer (cities, regions, countries through
  their ambassadors), so at 8,000 articles every place occurs;
* principals have generated Chinese, German, Korean … names that stay the
  same for a place, role and three-year term.

Layout of DIR: every third article (0, 3, 6, …) is a raw capture
``captures/NNNN.txt`` with the noise of real captures (date line, breadcrumb,
repeated headline, photo caption, reading-time badge, ``Source: … Editor: …``
with no-break spaces, glued ``INavigationController.``, share and comment
boilerplate) and sometimes a ``captures/NNNN.meta`` with ``Source_url:``; the
rest is Markdown ``articles/NNNN.md`` with ``Title:``, ``Date:``, ``Lang:``,
``Source:`` (and ``Source_url:``) header lines.

With ``--markdown-only`` the same articles are all written as plain Markdown
(``Title:``, ``Date:`` and the clean paragraphs; no noise, no other metadata):
the input of the plain-Pelican baseline.

The output is a pure function of N, the seed and the gazetteer: two runs
write the same bytes, and the first articles of a bigger corpus are the
articles of a smaller one.

The generator is spread over the modules beside this file: ``model.py`` (places,
people in office, meetings, articles), ``phrasing.py`` (the words and sentence
tables), ``people.py`` (names and roles), ``texts.py`` (the text of one article),
``timeline.py`` (meetings and their reports in order) and ``layouts.py`` (captures
and Markdown as written to disk).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import layouts
import model
import people
import phrasing
import texts
import timeline
from layouts import render_capture, render_markdown, styled
from model import Article, Gazetteer
from timeline import Corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GAZETTEER = ROOT / "data" / "places.json"
DEFAULT_SEED = 2024
GENERATOR = (model, phrasing, people, texts, timeline, layouts)  # with this file: what the output depends on

_FILE_RE = re.compile(r"^\d{4,}\.(?:txt|meta|md)$")


def generate(n: int, seed: int = DEFAULT_SEED, gazetteer: Path = DEFAULT_GAZETTEER) -> Iterator[Article]:
    """The first ``n`` articles, as the generator knows them (the truth a perfect tagger finds)."""
    return Corpus(Gazetteer.load(gazetteer), seed).articles(n)


def fingerprint(gazetteer: Path = DEFAULT_GAZETTEER) -> str:
    """A hash of the generator's code and the gazetteer: the same corpus for the same N and seed."""
    sources = [Path(__file__), *(Path(str(module.__file__)) for module in GENERATOR), gazetteer]
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()


def _clear(folder: Path) -> None:
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and _FILE_RE.match(path.name):
                path.unlink()


def write_corpus(
    n: int,
    out: Path,
    *,
    markdown_only: bool = False,
    seed: int = DEFAULT_SEED,
    gazetteer: Path = DEFAULT_GAZETTEER,
) -> dict[str, int]:
    """Write the corpus into ``out``; return counts of what was written."""
    noise = random.Random(seed + 1)
    width = max(4, len(str(max(n - 1, 0))))
    captures, articles = out / "captures", out / "articles"
    for folder in (captures, articles):
        _clear(folder)
    articles.mkdir(parents=True, exist_ok=True)
    if not markdown_only:
        captures.mkdir(parents=True, exist_ok=True)
    counts = {"articles": 0, "captures": 0, "markdown": 0, "sidecars": 0, "en": 0, "de": 0}
    for article in generate(n, seed, gazetteer):
        name = f"{article.number:0{width}d}"
        styled(article, noise)
        counts["articles"] += 1
        counts[article.lang] += 1
        if markdown_only or article.style == "markdown":
            text = render_markdown(article, plain=markdown_only)
            (articles / f"{name}.md").write_text(text, encoding="utf-8", newline="\n")
            counts["markdown"] += 1
            continue
        text = render_capture(article, noise)
        (captures / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
        counts["captures"] += 1
        if article.sidecar:
            side = f"# generated by bench/corpus.py\nSource_url: {article.source_url}\n"
            (captures / f"{name}.meta").write_text(side, encoding="utf-8", newline="\n")
            counts["sidecars"] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write captures/ and articles/ into")
    parser.add_argument("--markdown-only", action="store_true", help="plain Markdown only (the baseline input)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must not be negative")
    counts = write_corpus(args.n, args.out, markdown_only=args.markdown_only, seed=args.seed, gazetteer=args.gazetteer)
    print(", ".join(f"{key} {value}" for key, value in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
