"""The page as it was: a replay page for every captured article that has a WACZ (``make capture``).

The viewer is ReplayWeb.page (the npm package ``replaywebpage``, installed by
``make replay-viewer`` into ``node_modules/``, pinned by ``package-lock.json``):
its ``ui.js`` and service worker ``sw.js`` are static files, published under
``DIPLOMACY_REPLAY_URL`` of the site itself, so the replay needs no other
server.  Each article's WACZ is published under ``DIPLOMACY_RECORDS_URL``.
Where the viewer is not installed, the build leaves the replay pages out with
one notice; a capture without a WACZ (older ones, ``--no-assets``) has none.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..settings import PROJECT_ROOT

logger = logging.getLogger(__name__)

__all__ = ["VIEWER_FILES", "Replay", "find_replays", "viewer_folder"]

VIEWER_FILES = ("ui.js", "sw.js")  # what the site publishes of the viewer


@dataclass(frozen=True, slots=True)
class Replay:
    """What the replay page of one article shows."""

    wacz: Path  # the file in the content folder
    wacz_url: str  # where it is published, relative to the site root
    url: str  # the address captured (after redirects)
    fetched: str  # ISO time of the capture, UTC ("2024-05-01T08:30:05Z")

    @property
    def timestamp(self) -> str:
        """The capture time as the viewer wants it: ``20240501083005``."""
        return "".join(ch for ch in self.fetched if ch.isdigit())[:14]


def viewer_folder(settings: dict[str, Any]) -> Path | None:
    """The installed viewer (a folder with ``ui.js`` and ``sw.js``), or None."""
    folder = Path(settings.get("DIPLOMACY_REPLAY_VIEWER") or PROJECT_ROOT / "node_modules" / "replaywebpage")
    return folder if all((folder / name).is_file() for name in VIEWER_FILES) else None


def _replay(node: Any, content: Path, pattern: str) -> Replay | None:
    meta = node.content.metadata
    name, url, fetched = meta.get("wacz"), meta.get("final_url") or node.source_url, meta.get("fetched")
    if not (name and url and fetched):
        return None
    wacz = (content / str(name)).resolve()
    if not wacz.is_relative_to(content.resolve()) or not wacz.is_file() or wacz.suffix != ".wacz":
        logger.warning(
            "%s: Wacz: %s is not a WACZ file in the content folder; no replay page", meta.get("capture"), name
        )
        return None
    return Replay(wacz, quote(pattern.format(filename=wacz.name), safe="/"), str(url), str(fetched))


def find_replays(articles: list[Any], content: Path, settings: dict[str, Any]) -> dict[str, Replay]:
    """The replay of each article (by id) whose newest capture has a WACZ, when the viewer is installed."""
    replays = {}
    for node in articles:
        replay = _replay(node, content, settings["DIPLOMACY_RECORDS_URL"])
        if replay is not None:
            replays[node.id] = replay
    if replays and viewer_folder(settings) is None:
        logger.warning(
            "%d replay page(s) left out: the viewer ReplayWeb.page is not installed (make replay-viewer)", len(replays)
        )
        return {}
    return replays
