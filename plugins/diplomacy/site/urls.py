"""URLs of every page type in both languages, from the ``*_SAVE_AS`` settings."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote


class Urls:
    """Paths of the generated pages, relative to the site root.

    ``save_as(kind, lang, id)`` is where a page is written; ``url(...)`` is the
    link to it (``index.html`` dropped) or ``None`` when that page type is
    switched off (its ``DIPLOMACY_<KIND>_SAVE_AS`` is empty).
    """

    def __init__(self, settings: dict[str, Any]) -> None:
        self._patterns: dict[str, dict[str, str]] = {}
        for key, value in settings.items():
            if key.startswith("DIPLOMACY_") and key.endswith("_SAVE_AS") and not key.startswith("DIPLOMACY_ROOT"):
                kind = key[len("DIPLOMACY_") : -len("_SAVE_AS")].lower()
                self._patterns[kind] = value if isinstance(value, dict) else {}
        if not settings["DIPLOMACY_SEARCH"]:
            self._patterns["search"] = {}  # no index, no search page, no search box
        self.capture_pattern: str = settings["DIPLOMACY_CAPTURE_URL"]
        self.languages: tuple[str, ...] = tuple(settings["DIPLOMACY_LANGUAGES"])

    def enabled(self, kind: str) -> bool:
        return bool(self._patterns.get(kind))

    def save_as(self, kind: str, lang: str, id: str = "") -> str:
        pattern = self._patterns.get(kind, {}).get(lang, "")
        return pattern.format(id=id) if pattern else ""

    def url(self, kind: str, lang: str, id: str = "") -> str | None:
        save_as = self.save_as(kind, lang, id)
        if not save_as:
            return None
        return save_as[: -len("index.html")] if save_as.endswith("index.html") else save_as

    def both(self, kind: str, id: str = "") -> dict[str, str | None]:
        return {lang: self.url(kind, lang, id) for lang in self.languages}

    def capture(self, filename: str | None) -> str | None:
        """Where the copy of a capture is written (its path under the captures folder, as it is)."""
        return self.capture_pattern.format(filename=filename) if filename else None

    def capture_link(self, filename: str | None) -> str | None:
        """The link to the copy of a capture, URL-encoded (a name with '#', '?', '%' or a space still
        reaches its file)."""
        path = self.capture(filename)
        return quote(path, safe="/") if path else None
