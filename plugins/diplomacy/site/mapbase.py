"""The map's light base: country outlines (Natural Earth 1:110m, public domain; ``data/outlines.json``,
made once by ``data/build_outlines.py``, which names the source), projected like the places and
written as one path of relative moves in whole map units.

Only the outlines that reach into the map's box are drawn, and points less than a unit apart are
merged, so a map of Germany carries a few hundred bytes of outline and a map of the world a few
kilobytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

OUTLINES = Path(__file__).resolve().parents[3] / "data" / "outlines.json"
MIN_STEP = 5  # map units: a point closer than this to the last one drawn is left out
MIN_EXTENT = 4  # map units: an outline smaller than this (an islet) is left out


@lru_cache(maxsize=1)
def _arcs() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The outlines as (lat, lon) points (an empty base when the file is missing)."""
    try:
        data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple(tuple((flat[i + 1] / 10, flat[i] / 10) for i in range(0, len(flat) - 1, 2)) for flat in data["arcs"])


def outline_path(project: Callable[[float, float], tuple[float, float]], width: float, height: float) -> str:
    """The ``d`` of one path through every outline that reaches into the box (0, 0, width, height)."""
    parts: list[str] = []
    for arc in _arcs():
        points = [project(lat, lon) for lat, lon in arc]
        if not any(-50 <= x <= width + 50 and -50 <= y <= height + 50 for x, y in points):
            continue
        xs, ys = [x for x, _y in points], [y for _x, y in points]
        if max(xs) - min(xs) < MIN_EXTENT and max(ys) - min(ys) < MIN_EXTENT:
            continue
        x0, y0 = round(points[0][0]), round(points[0][1])
        moves = []
        last_x, last_y = x0, y0
        for index, (x, y) in enumerate(points[1:], start=1):
            rx, ry = round(x), round(y)
            final = index == len(points) - 1
            if (abs(rx - last_x) + abs(ry - last_y) < MIN_STEP and not final) or (rx, ry) == (last_x, last_y):
                continue
            moves.append(f"{rx - last_x} {ry - last_y}")
            last_x, last_y = rx, ry
        if moves:
            parts.append(f"M{x0} {y0}l" + " ".join(moves))
    return "".join(parts).replace(" -", "-")
