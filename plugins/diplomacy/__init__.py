"""City-diplomacy archive plugin for Pelican: capture reader, tagger, bilingual pages.

Signal wiring only: settings defaults, the readers, the reading workers and the generator.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from .settings import apply_defaults, code_fingerprint
from .site import output

logger = logging.getLogger(__name__)


def _initialized(pelican: Any) -> None:
    from .places.gazetteer import Gazetteer, GazetteerError

    apply_defaults(pelican.settings)
    if pelican.settings.get("CACHE_CONTENT") or pelican.settings.get("LOAD_CONTENT_CACHE"):
        # cached tags are only valid for the gazetteer and tagger that made them
        pelican.settings["CACHE_PATH"] = str(Path(pelican.settings["CACHE_PATH"]) / code_fingerprint(pelican.settings))
    try:
        Gazetteer.load(pelican.settings.get("DIPLOMACY_GAZETTEER"))
    except GazetteerError as error:
        logger.critical("The gazetteer cannot be used: %s", error)
        if pelican.settings.get("DEBUG"):
            raise
        raise SystemExit(1) from None


def _generator_init(generator: Any) -> None:
    from .reading.walk import install

    install(generator)  # a directory link loop in content/ is passed over with a warning, never walked


def _readers_init(readers: Any) -> None:
    from .reading.readers import CaptureReader, HtmlCaptureReader, TaggingMarkdownReader

    apply_defaults(readers.settings)
    readers.reader_classes["txt"] = CaptureReader
    for ext in HtmlCaptureReader.file_extensions:  # saved pages in captures/; other HTML goes to Pelican's reader
        readers.reader_classes[ext] = HtmlCaptureReader
    for ext in TaggingMarkdownReader.file_extensions:
        readers.reader_classes[ext] = TaggingMarkdownReader


def _article_generator_init(generator: Any) -> None:
    from .reading.prefetch import prefetch

    if not pelican_article_outputs(generator.settings):
        # Pelican's article pages, archives, tags, categories and authors are all switched off
        # (DiplomacyGenerator writes the site), yet generate_pages would still go through them,
        # and for every tag, category and author it matches all articles against that one's
        # list: quadratic in the number of articles (0.28 s measured at 4,000), for nothing.
        generator.generate_pages = _write_nothing
    prefetch(generator)


def pelican_article_outputs(settings: dict[str, Any]) -> list[str]:
    """The settings by which Pelican's article generator would write pages (an empty list: none)."""
    names = [
        "ARTICLE_SAVE_AS",
        "ARTICLE_LANG_SAVE_AS",
        "DRAFT_SAVE_AS",
        "DRAFT_LANG_SAVE_AS",
        "YEAR_ARCHIVE_SAVE_AS",
        "MONTH_ARCHIVE_SAVE_AS",
        "DAY_ARCHIVE_SAVE_AS",
        "TAG_SAVE_AS",
        "CATEGORY_SAVE_AS",
        "AUTHOR_SAVE_AS",
    ]
    names += [f"{template.upper()}_SAVE_AS" for template in settings.get("DIRECT_TEMPLATES") or []]
    return [name for name in names if settings.get(name, f"{name} is not set") != ""]


def _write_nothing(writer: Any) -> None:
    del writer


def _get_generators(pelican: Any) -> Any:
    """The generator of the archive, bound to this build's writer (one :class:`Output` per run)."""
    from .site.generator import DiplomacyGenerator

    writer = _prepare_output(pelican)
    pelican.diplomacy_output = writer  # for _finalized
    # Pelican wants a class: a subclass per run carries the run's writer
    return type("DiplomacyGenerator", (DiplomacyGenerator,), {"output": writer})


def _prepare_output(pelican: Any) -> output.Output:
    """Keep an existing output folder and rebuild it in place (see output.py), instead of deleting it first."""
    path = Path(pelican.output_path)
    settings = pelican.settings
    keep = (
        settings.get("DELETE_OUTPUT_DIRECTORY")
        and path.is_dir()
        and not Path(pelican.path).resolve().is_relative_to(path.resolve())  # content inside the output
    )
    if keep:
        pelican.delete_outputdir = False  # Pelican would empty it: Output.prune removes what is stale instead
    writer = output.Output(path, in_place=bool(keep), fresh=not path.exists())
    # the run's own receivers, disconnected at the end (blinker would hold a bound method only weakly)
    signals.content_written.connect(writer.content_written, weak=False)
    signals.static_generator_finalized.connect(writer.static_files, weak=False)
    return writer


def _finalized(pelican: Any) -> None:
    writer = getattr(pelican, "diplomacy_output", None)
    if writer is None:
        return
    signals.content_written.disconnect(writer.content_written)
    signals.static_generator_finalized.disconnect(writer.static_files)
    settings = pelican.settings
    root = Path(pelican.output_path)
    folders = [str(root / settings.get("THEME_STATIC_DIR", "theme"))]  # Pelican copies only changed files
    writer.prune(folders, set(), list(settings.get("OUTPUT_RETENTION") or []))


def register() -> None:
    signals.initialized.connect(_initialized)
    signals.generator_init.connect(_generator_init)
    signals.readers_init.connect(_readers_init)
    signals.article_generator_init.connect(_article_generator_init)
    signals.get_generators.connect(_get_generators)
    signals.finalized.connect(_finalized)
