"""Pagefind: a static search index per language, built over the finished output."""

from __future__ import annotations

import importlib.util
import json
import logging
import subprocess
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)


def build_index(output: str | Path) -> bool:
    """Run Pagefind over ``output``; each language (from ``<html lang>``) gets its own index.

    Returns False (with a warning) when Pagefind is not installed.
    """
    if importlib.util.find_spec("pagefind") is None:
        logger.warning("Pagefind is not installed: the site has no search index (run `make html`)")
        return False
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(output), "--silent"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        logger.error("Pagefind failed on %s: %s", output, (result.stderr or result.stdout).strip()[-2000:])
        return False
    _stabilize(Path(output) / "pagefind" / "pagefind-entry.json")
    logger.info("Search index written in %.2f s", time.perf_counter() - started)
    return True


def _stabilize(entry: Path) -> None:
    """Pagefind writes the languages of its entry file in random order: sort them (same bytes every build)."""
    if entry.exists():
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
