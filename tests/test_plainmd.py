"""The fast way for prose-only Markdown (plainmd.py) gives exactly what Python-Markdown gives, or declines."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from diplomacy.reading import plainmd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.settings import read_settings
from sitetools import ROOT

REFERENCE = Markdown(**copy.deepcopy(plainmd.PLAIN_CONFIG))
FAST = Markdown(**copy.deepcopy(plainmd.PLAIN_CONFIG))


def _both(source: str) -> tuple[str, dict[str, list[str]], str | None, dict[str, list[str]]]:
    REFERENCE.reset()
    expected = REFERENCE.convert(source)
    FAST.reset()
    fast = plainmd.convert(FAST, source)
    return expected, REFERENCE.Meta, fast, FAST.Meta


def _same_or_declined(source: str) -> str | None:
    expected, expected_meta, fast, fast_meta = _both(source)
    if fast is not None:
        assert fast == expected, source
        assert fast_meta == expected_meta, source
    return fast


def test_the_project_uses_the_configuration_the_fast_way_reproduces() -> None:
    reader = MarkdownReader(read_settings(str(ROOT / "pelicanconf.py")))
    assert plainmd.applies(reader.settings["MARKDOWN"])
    assert not plainmd.applies({**reader.settings["MARKDOWN"], "extensions": ["markdown.extensions.toc"]})


def test_prose_is_converted_the_fast_way() -> None:
    source = (
        "Title: Köln und Shanghai\nDate: 2024-09-09\nSource_url: https://example.org/a_b?c=1&d=2\n\n"
        "Die Oberbürgermeisterin (Köln) traf am 9. September 2024 den Bürgermeister.\n"
        "„Wir vertiefen die Partnerschaft“, sagte sie – 40 Jahre nach 1984!\n\n"
        "2024 war ein gutes Jahr: 3,5 % mehr Handel.\n"
    )
    fast = _same_or_declined(source)
    assert fast is not None
    assert fast.count("<p>") == 2
    assert FAST.Meta["source_url"] == ["https://example.org/a_b?c=1&d=2"]


@pytest.mark.parametrize(
    "body",
    [
        "A *stressed* word.",
        "A [link](https://example.org).",
        "Line one  \nline two with a hard break.",
        "# A heading",
        "Heading\n=======",
        "Text\n---",
        "1. A list\n2. of two",
        "- a list",
        "> quoted",
        "    code",
        "A | table | row\n--- | --- | ---",
        "Term\n: definition",
        "*[HTML]: Hyper Text",
        "Text[^1]\n\n[^1]: Note",
        "<div>raw</div>",
        "Fish &amp; chips",
        "Paragraph\n\n\n\nafter blank lines",
        "```\ncode\n```",
        "Trailing space ",
        "A paragraph {: .class }",
    ],
)
def test_markdown_syntax_takes_the_usual_way(body: str) -> None:
    source = f"Title: T\nDate: 2024-01-01\n\n{body}\n"
    assert _same_or_declined(source) is None


def test_every_markdown_article_of_the_repository_is_the_same_either_way() -> None:
    for path in sorted((ROOT / "tests" / "site_content").rglob("*.md")) + sorted((ROOT / "content").rglob("*.md")):
        _same_or_declined(Path(path).read_text(encoding="utf-8"))


# Text near the bounds: prose characters, Markdown's own, line breaks and spaces in every arrangement.
PIECES = st.sampled_from(
    [
        "Köln", "Shanghai", "der", "mayor", "2024", "9.", "1.", " ", " ", "  ", "\n", "\n\n", "\n\n\n", ",", ".", "–",
        "-", "--", "=", "#", ">", ":", "!", "?", "(", ")", '"', "„", "“", "'", "*", "_", "`", "[", "]", "<", "&",
        "{", "|", "~", "\\", "\t", "    ", "ß", "İ", "\u00a0", "\u2028", "x", "1)", "+",
    ]
)  # fmt: skip
HEADERS = st.sampled_from(["", "Title: T\n\n", "Title: T\nDate: 2024-01-01\n\n", "Title: T\n    more\n\n"])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=HEADERS, pieces=st.lists(PIECES, max_size=40))
def test_generated_documents_are_the_same_either_way(header: str, pieces: list[str]) -> None:
    _same_or_declined(header + "".join(pieces))


@settings(max_examples=400, deadline=None)
@given(
    header=HEADERS,
    paragraphs=st.lists(
        st.lists(st.sampled_from(["Köln", "Shanghai", "traf", "2024", "„Ja“", "(OB)", "3,5 %", "!", "–"]), min_size=1),
        min_size=1,
        max_size=5,
    ),
    ending=st.sampled_from(["", "\n", "\n\n", "\n\n\n"]),
)
def test_generated_prose_takes_the_fast_way(header: str, paragraphs: list[list[str]], ending: str) -> None:
    source = header + "\n\n".join(" ".join(words) for words in paragraphs) + ending
    fast = _same_or_declined(source)
    if all(words[0] not in ("!", "–") for words in paragraphs):  # no paragraph starts with a sign
        assert fast is not None, source
