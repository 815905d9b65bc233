"""What the methods page shows of the tagger's accuracy: the figures the evaluation wrote.

``tests/score.py dev eval heldout --json data/accuracy.json --dated`` measures the tagger through
a real build on the labelled sets and writes ``{"measured": day, "commit": …, "sets": [figures]}``;
this module only reads that file (no figure is written by hand) and arranges it as a table.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..settings import DEFAULT_ACCURACY
from .i18n import N_

logger = logging.getLogger(__name__)

# the evaluation's fields, in its order, with the label the page shows
FIELDS = {
    "title": N_("Title"),
    "language": N_("Language"),
    "published": N_("Publication date"),
    "meeting_date": N_("Meeting date"),
    "places": N_("Places (parties)"),
    "pairs": N_("Pairs of places"),
    "principals": N_("Principals"),
    "attendees": N_("Also attending"),
}
SETS = {
    "dev": N_("development set (the tagger is tuned on it)"),
    "eval": N_("blind evaluation set"),
    "heldout": N_("held-out blind set (never tuned on)"),
}


@dataclass(slots=True)
class Accuracy:
    """The measured figures: when, at which commit, and per set a row per field."""

    measured: str | None = None
    commit: str | None = None
    sets: list[dict[str, Any]] = field(default_factory=list)  # {"id", "captures", "read", "rows": [...]}


def load_accuracy(settings: dict[str, Any]) -> Accuracy:
    """The figures of ``DIPLOMACY_ACCURACY`` (default ``data/accuracy.json``); none when it is missing."""
    path = Path(settings.get("DIPLOMACY_ACCURACY") or DEFAULT_ACCURACY)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        logger.warning("No accuracy figures for the methods page (%s): %s", path, error)
        return Accuracy()
    if not isinstance(data, dict):  # the undated list of `score.py --json` without --dated
        logger.warning("%s has no date of measurement; write it with tests/score.py … --dated", path)
        return Accuracy()
    sets = []
    for figures in data.get("sets", []):
        rows = [{"field": name, **figures[name]} for name in FIELDS if isinstance(figures.get(name), dict)]
        sets.append(
            {"id": figures.get("set"), "captures": figures.get("captures"), "read": figures.get("read"), "rows": rows}
        )
    return Accuracy(data.get("measured"), data.get("commit"), sets)
