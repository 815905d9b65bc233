"""The plugin's wiring into Pelican: what it switches off in Pelican's own article generator."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import diplomacy as plugin
import pytest
from diplomacy.site import output
from pelican import signals
from pelican.settings import read_settings
from sitetools import ROOT, build_site


@pytest.fixture
def settings() -> dict[str, Any]:
    return read_settings(str(ROOT / "pelicanconf.py"))


def _initialized_generator(settings: dict[str, Any]) -> SimpleNamespace:
    def generate_pages(writer: Any) -> None:
        raise AssertionError("Pelican's pages would be written")

    generator = SimpleNamespace(settings={**settings, "DIPLOMACY_PARALLEL": False}, generate_pages=generate_pages)
    plugin._article_generator_init(generator)
    return generator


def test_our_settings_leave_pelican_no_article_page_to_write(settings: dict[str, Any]) -> None:
    assert plugin.pelican_article_outputs(settings) == []
    assert plugin.pelican_article_outputs(read_settings(str(ROOT / "publishconf.py"))) == []
    generator = _initialized_generator(settings)
    generator.generate_pages(None)  # replaced: goes through no tag, category or author


@pytest.mark.parametrize(
    ("changes", "outputs"),
    [
        ({"TAG_SAVE_AS": "tag/{slug}.html"}, ["TAG_SAVE_AS"]),
        ({"ARTICLE_SAVE_AS": "{slug}.html", "AUTHOR_SAVE_AS": "a/{slug}.html"}, ["ARTICLE_SAVE_AS", "AUTHOR_SAVE_AS"]),
        ({"DIRECT_TEMPLATES": ["index"], "INDEX_SAVE_AS": ""}, []),
        ({"DIRECT_TEMPLATES": ["archives"]}, ["ARCHIVES_SAVE_AS"]),  # Pelican's default: archives.html
    ],
)
def test_pelican_writes_its_pages_when_a_setting_asks_for_them(
    settings: dict[str, Any], changes: dict[str, Any], outputs: list[str]
) -> None:
    changed = {**settings, **changes}
    changed.pop("ARCHIVES_SAVE_AS", None)
    assert plugin.pelican_article_outputs(changed) == outputs
    generator = _initialized_generator(changed)
    if outputs:
        with pytest.raises(AssertionError, match="would be written"):
            generator.generate_pages(None)
    else:
        generator.generate_pages(None)


def test_other_plugins_hear_of_every_page_written(tmp_path: Path) -> None:
    """content_written is sent for our pages only when a receiver besides ours listens (it costs time)."""
    assert not output.others_listen_for_written_files()
    heard: list[str] = []

    def receiver(path: str, **_kwargs: Any) -> None:
        heard.append(Path(path).relative_to(tmp_path / "output").as_posix())

    signals.content_written.connect(receiver)
    try:
        assert output.others_listen_for_written_files()
        build_site(ROOT / "content", tmp_path / "output", extra={"DIPLOMACY_PARALLEL": False})
    finally:
        signals.content_written.disconnect(receiver)
    assert not output.others_listen_for_written_files()
    pages = {p.relative_to(tmp_path / "output").as_posix() for p in (tmp_path / "output").rglob("*.html")}
    assert {"index.html", "en/index.html", "de/orte/koeln/index.html"} <= set(heard)
    assert pages == set(heard)
