"""The user's cache folder for what the build can keep between runs (never the content's tags:
those live in Pelican's content cache)."""

from __future__ import annotations

import os
from pathlib import Path


def folder(name: str) -> Path:
    """``$XDG_CACHE_HOME/city-diplomacy-archive/<name>`` (``~/.cache`` by default); not created here."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "city-diplomacy-archive" / name
