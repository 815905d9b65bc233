"""Signal wiring only: readers, settings defaults and the generator."""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals

from .settings import apply_defaults

logger = logging.getLogger(__name__)


def _initialized(pelican: Any) -> None:
    from .gazetteer import Gazetteer, GazetteerError

    apply_defaults(pelican.settings)
    try:
        Gazetteer.load(pelican.settings.get("DIPLOMACY_GAZETTEER"))
    except GazetteerError as error:
        logger.critical("The gazetteer cannot be used: %s", error)
        if pelican.settings.get("DEBUG"):
            raise
        raise SystemExit(1) from None


def _readers_init(readers: Any) -> None:
    from .reader import CaptureReader, TaggingMarkdownReader

    apply_defaults(readers.settings)
    readers.reader_classes["txt"] = CaptureReader
    for ext in TaggingMarkdownReader.file_extensions:
        readers.reader_classes[ext] = TaggingMarkdownReader


def _get_generators(pelican: Any) -> Any:
    from .generator import DiplomacyGenerator

    return DiplomacyGenerator


def _finalized(pelican: Any) -> None:
    from .search import build_index

    if pelican.settings.get("DIPLOMACY_SEARCH"):
        build_index(pelican.output_path)


def register() -> None:
    signals.initialized.connect(_initialized)
    signals.readers_init.connect(_readers_init)
    signals.get_generators.connect(_get_generators)
    signals.finalized.connect(_finalized)
