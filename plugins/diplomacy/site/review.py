"""``make review``: the articles no editor has checked yet, for an editor's own machine.

A build with ``DIPLOMACY_REVIEW = True`` (``make review``; never ``make publish``) writes
``review/index.html`` and ``review/review.json`` into its output: every article without
``Reviewed: yes``, newest first, with what was found, the tagger's evidence and doubts, and a
``.meta`` block that states its tags. Pasted into the article's metadata file (or a Markdown
article's header), the block makes the next build read the same tags from the editor and count the
article as checked. Nothing here writes to ``content/``.

    python -m diplomacy.site.review output      # the table in the terminal (after the build)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..archive.model import ArticleNode
from ..naming import display_path, sidecar_path

REVIEW_FOLDER = "review"
_MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")


def unchecked(articles: list[ArticleNode]) -> list[ArticleNode]:
    """The articles without ``Reviewed: yes``, newest first (unsure or not: each is still the tagger's word)."""
    return sorted(
        (node for node in articles if not node.tags.get("reviewed")),
        key=lambda node: (-node.published.toordinal(), node.id),
    )


def metadata_file(node: ArticleNode) -> str:
    """Where the editor pastes the block: the capture's ``.meta`` file, or the Markdown article itself."""
    source = Path(node.content.source_path)
    return display_path(source if source.suffix in _MARKDOWN else sidecar_path(source))


def meta_block(node: ArticleNode) -> str:
    """``Key: value`` lines that state the article's tags as they are, and ``Reviewed: yes``.

    The title and publication date are stated too unless an editor set them already; a meeting whose
    day the tagger did not find keeps no ``Meeting_date`` line (the editor adds the day).
    """
    tags = node.tags
    provenance = tags.get("provenance") or {}
    lines = []
    if (provenance.get("title") or {}).get("source") != "editor":
        lines.append(f"Title: {node.title}")
    if (provenance.get("published") or {}).get("source") != "editor":
        lines.append(f"Date: {node.published.isoformat()}")
    if tags.get("meeting_date"):
        lines.append(f"Meeting_date: {tags['meeting_date']}")
    elif not tags.get("is_meeting"):
        lines.append("Meeting_date: none")
    lines.append("Places: " + ", ".join(tags.get("places", [])))
    lines.append("Pairs: " + ", ".join("/".join(pair) for pair in tags.get("pairs", [])))
    for key in ("principals", "attendees"):
        people = "; ".join(_person(p) for p in tags.get(key, [])) or "none"
        lines.append(f"{key.capitalize()}: {people}")
    lines.append("Reviewed: yes")
    return "\n".join(lines) + "\n"


def _person(person: dict[str, Any]) -> str:
    parts = [person.get("name") or "", person.get("role") or "", person.get("place") or ""]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


def records(nodes: list[ArticleNode]) -> list[dict[str, Any]]:
    """What ``review.json`` holds for the table in the terminal: one record per article to check."""
    return [
        {
            "id": node.id,
            "published": node.published.isoformat(),
            "title": node.title,
            "sure": bool((node.tags.get("confidence") or {}).get("sure", True)),
            "doubts": [d["text"] for d in (node.tags.get("confidence") or {}).get("doubts", [])],
            "meeting_date": node.tags.get("meeting_date"),
            "places": node.tags.get("places", []),
            "principals": [p["name"] for p in node.tags.get("principals", [])],
            "file": metadata_file(node),
            "meta": meta_block(node),
        }
        for node in nodes
    ]


def table(rows: list[dict[str, Any]]) -> str:
    """The articles to check as a plain-text table, newest first."""
    header = ("published", "tagger", "meeting", "places", "principals", "title", "metadata file")
    lines = [
        (
            row["published"],
            "sure" if row["sure"] else "UNSURE",
            row["meeting_date"] or "-",
            ", ".join(row["places"]) or "-",
            ", ".join(row["principals"]) or "-",
            _cut(row["title"], 50),
            row["file"],
        )
        for row in rows
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines, strict=False)]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in (header, *lines)
    ]
    return "\n".join(text) + "\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The articles no editor has checked (after `make review`'s build).")
    parser.add_argument("output", type=Path, help="the build's output folder")
    args = parser.parse_args(argv)
    data = args.output / REVIEW_FOLDER / "review.json"
    if not data.exists():
        print(f"{data} is missing: build with DIPLOMACY_REVIEW=true first (make review)", file=sys.stderr)
        return 1
    rows = json.loads(data.read_text(encoding="utf-8"))
    unsure = sum(not row["sure"] for row in rows)
    print(table(rows), end="")
    for row in rows:
        if row["doubts"]:
            print(f"unsure: {row['file']}: " + "; ".join(row["doubts"]))
    print(f"\n{len(rows)} articles not checked by an editor, {unsure} of them unsure.")
    print(f"Evidence and the .meta block of each: {args.output / REVIEW_FOLDER / 'index.html'}")
    print("Nothing in content/ was changed; an editor who agrees pastes the block into the metadata file.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
