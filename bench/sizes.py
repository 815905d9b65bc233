"""What a built site publishes, by file kind, and per article: ``bytes_per_kind(output)``.

GitHub Pages publishes at most 1 GB, so the bytes per article decide how large an archive fits.
Every file of the output folder counts (pages in both languages, feeds, sitemap, data, search
index, capture copies, assets). Files are sorted into kinds by their path in the default
layout of ``plugins/diplomacy/settings.py`` (English and German folder names).

    .venv/bin/python bench/sizes.py OUTPUT [--articles N] [--json]

``--articles`` defaults to the number of English article pages (each article has one per
language). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# (kind, pattern of the path relative to the output folder); the first match wins.
_LANG = r"(?:en|de)"
_PAGE = r"(?:/\d+)?/index\.html$"  # a page, or a further page of a paginated list
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("citation files", r"(?:^|/)cite\.(?:bib|ris|json)$"),
        ("feeds", r"(?:^|/)atom\.xml$"),
        ("sitemap, robots.txt", r"^(?:sitemap[^/]*\.xml|robots\.txt)$"),
        ("search index", rf"^{_LANG}/search-index/"),
        ("data files", r"^data/"),
        ("capture copies", r"^captures/"),
        ("replay (records, viewer)", r"^(?:records|replay)/"),
        ("assets (theme)", r"^theme/"),
        ("article pages", rf"^{_LANG}/(?:articles|artikel)/[^/]+/index\.html$"),
        ("article capture/original pages", rf"^{_LANG}/(?:articles|artikel)/[^/]+/[^/]+/index\.html$"),
        ("place pages", rf"^{_LANG}/(?:places|orte)/[^/]+{_PAGE}"),
        ("partnership pages", rf"^{_LANG}/(?:partnerships|partnerschaften)/(?!index\.html)[^/]+/"),
        ("meeting pages", rf"^{_LANG}/(?:meetings|treffen)/[^/]+{_PAGE}"),
        ("person pages", rf"^{_LANG}/(?:people|personen)/[^/]+{_PAGE}"),
        ("year pages", rf"^{_LANG}/(?:archive|archiv)/[^/]+{_PAGE}"),
        ("list and other pages", r"\.html$"),
    )
)
OTHER = "other files"


@dataclass(slots=True)
class Sizes:
    """Files and bytes of one output folder by kind, and the number of articles it holds."""

    articles: int
    files: dict[str, int] = field(default_factory=dict)
    bytes: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.bytes.values())

    def per_article(self) -> dict[str, float]:
        """Bytes per article of each kind, and ``"total"``."""
        n = max(self.articles, 1)
        return {**{kind: size / n for kind, size in self.bytes.items()}, "total": self.total / n}


def kind_of(path: str) -> str:
    """The kind of a file from its path relative to the output folder (``/`` separators)."""
    for kind, pattern in KINDS:
        if pattern.search(path):
            return kind
    return OTHER


def count_articles(output: Path) -> int:
    """Articles of a built site: its English article pages (every article has one per language)."""
    folder = output / "en" / "articles"
    return sum(1 for page in folder.glob("*/index.html")) if folder.is_dir() else 0


def measure(output: Path, articles: int | None = None) -> Sizes:
    """Every file under ``output`` sorted into kinds (see ``KINDS``), with its bytes."""
    sizes = Sizes(articles if articles is not None else count_articles(output))
    order = [kind for kind, _pattern in KINDS] + [OTHER]
    for kind in order:
        sizes.files[kind] = sizes.bytes[kind] = 0
    for path in output.rglob("*"):
        if path.is_file():
            kind = kind_of(path.relative_to(output).as_posix())
            sizes.files[kind] += 1
            sizes.bytes[kind] += path.stat().st_size
    return sizes


def bytes_per_kind(output: Path, articles: int | None = None) -> dict[str, float]:
    """Bytes per article of each file kind (and ``"total"``) of the site built in ``output``."""
    return measure(output, articles).per_article()


def table(sizes: Sizes) -> str:
    """A Markdown table: kind, files, bytes, share and bytes per article."""
    total = max(sizes.total, 1)
    per = sizes.per_article()
    rows = [
        f"Articles: {sizes.articles:,}; total {sizes.total / 1e6:,.1f} MB, {per['total'] / 1e3:,.1f} KB per article",
        "",
        "| kind | files | MB | share | KB per article |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, size in sizes.bytes.items():
        if sizes.files[kind]:
            rows.append(
                f"| {kind} | {sizes.files[kind]:,} | {size / 1e6:,.2f} | {size / total:.1%} | {per[kind] / 1e3:,.2f} |"
            )
    files = sum(sizes.files.values())
    rows.append(f"| **total** | {files:,} | {sizes.total / 1e6:,.2f} | 100% | {per['total'] / 1e3:,.2f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="a built site's output folder")
    parser.add_argument("--articles", type=int, help="articles in the site (default: its English article pages)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if not args.output.is_dir():
        parser.error(f"not a folder: {args.output}")
    sizes = measure(args.output, args.articles)
    if args.json:
        print(json.dumps({"articles": sizes.articles, "files": sizes.files, "bytes": sizes.bytes}, indent=1))
    else:
        print(table(sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
