"""Signal wiring only: readers, settings defaults and the generator."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from pelican import signals

from .settings import apply_defaults

logger = logging.getLogger(__name__)


def _fingerprint(settings: dict[str, Any]) -> str:
    """A hash of the gazetteer and of the plugin's code."""
    from .gazetteer import DEFAULT_PATH

    digest = hashlib.sha256()
    gazetteer = Path(settings.get("DIPLOMACY_GAZETTEER") or DEFAULT_PATH)
    if gazetteer.exists():
        digest.update(gazetteer.read_bytes())
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return "tags-" + digest.hexdigest()[:12]


def _initialized(pelican: Any) -> None:
    from .gazetteer import Gazetteer, GazetteerError

    apply_defaults(pelican.settings)
    if pelican.settings.get("CACHE_CONTENT") or pelican.settings.get("LOAD_CONTENT_CACHE"):
        # cached tags are only valid for the gazetteer and tagger that made them
        pelican.settings["CACHE_PATH"] = str(Path(pelican.settings["CACHE_PATH"]) / _fingerprint(pelican.settings))
    try:
        Gazetteer.load(pelican.settings.get("DIPLOMACY_GAZETTEER"))
    except GazetteerError as error:
        logger.critical("The gazetteer cannot be used: %s", error)
        if pelican.settings.get("DEBUG"):
            raise
        raise SystemExit(1) from None


def _readers_init(readers: Any) -> None:
    from .reader import CaptureReader, HtmlCaptureReader, TaggingMarkdownReader

    apply_defaults(readers.settings)
    readers.reader_classes["txt"] = CaptureReader
    for ext in HtmlCaptureReader.file_extensions:  # saved pages in captures/; other HTML goes to Pelican's reader
        readers.reader_classes[ext] = HtmlCaptureReader
    for ext in TaggingMarkdownReader.file_extensions:
        readers.reader_classes[ext] = TaggingMarkdownReader


def _article_generator_init(generator: Any) -> None:
    from .prefetch import prefetch

    prefetch(generator)


def _get_generators(pelican: Any) -> Any:
    from .generator import DiplomacyGenerator

    _set_aside_output(pelican)
    return DiplomacyGenerator


def _set_aside_output(pelican: Any) -> None:
    """Empty the output folder without waiting: move it aside, delete it in the background.

    Pelican deletes the old output (DELETE_OUTPUT_DIRECTORY) file by file before
    writing; with tens of thousands of pages that costs seconds. This runs just
    before Pelican's own cleaning, which then finds nothing left to delete.
    """
    output = Path(pelican.output_path)
    settings = pelican.settings
    if not settings.get("DELETE_OUTPUT_DIRECTORY") or settings.get("OUTPUT_RETENTION") or not output.is_dir():
        return
    if Path(pelican.path).resolve().is_relative_to(output.resolve()):
        return  # the content lives inside the output folder: leave it to Pelican's own rules
    trash = output.with_name(f".{output.name}.old-{os.getpid()}-{time.monotonic_ns()}")
    try:
        output.rename(trash)
    except OSError:
        return  # Pelican deletes it the usual way
    subprocess.Popen(
        [sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)", str(trash)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def register() -> None:
    signals.initialized.connect(_initialized)
    signals.readers_init.connect(_readers_init)
    signals.article_generator_init.connect(_article_generator_init)
    signals.get_generators.connect(_get_generators)
