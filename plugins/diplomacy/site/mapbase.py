"""The map's light base: country outlines (Natural Earth 1:110m, public domain; ``data/outlines.json``,
made once by ``data/build_outlines.py``, which names the source), projected like the places and
written as one path of relative moves in whole map units.

Only the outlines whose box reaches into the map's are drawn, each at the coarsest of a few
precomputed simplifications that still shows detail at the map's scale, so a map of Germany carries a
few hundred bytes of outline and a map of the world about ten kilobytes, and drawing one costs a few
milliseconds (each place page has a map of its partners).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

OUTLINES = Path(__file__).resolve().parents[3] / "data" / "outlines.json"
MIN_STEP = 5  # map units: a point closer than this to the last one drawn is left out
MIN_EXTENT = 4  # map units: an outline smaller than this (an islet) is left out
LEVELS = (0.0, 0.5, 1.0, 2.0)  # degrees: the simplifications kept (0: as in the file)

Arc = tuple[tuple[float, float], ...]  # (lon, lat) points


def _simplify(points: Arc, tolerance: float) -> Arc:
    """Douglas–Peucker (iterative; the ends are kept)."""
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 or 1e-9
        worst, where = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs((x2 - x1) * (y1 - py) - (x1 - px) * (y2 - y1)) / length
            if d > worst:
                worst, where = d, i
        if where >= 0 and worst > tolerance:
            keep[where] = True
            stack += [(first, where), (where, last)]
    return tuple(p for p, k in zip(points, keep, strict=True) if k)


@lru_cache(maxsize=1)
def _arcs() -> tuple[tuple[tuple[float, float, float, float], tuple[Arc, ...]], ...]:
    """Each outline: its (lon, lat) box and its points at every level (empty when the file is missing)."""
    try:
        data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    out = []
    for flat in data["arcs"]:
        points = tuple((flat[i] / 10, flat[i + 1] / 10) for i in range(0, len(flat) - 1, 2))
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        box = (min(lons), min(lats), max(lons), max(lats))
        out.append((box, tuple(_simplify(points, level) for level in LEVELS)))
    return tuple(out)


class _Level(NamedTuple):
    """The points of every outline at one simplification, end to end: outline ``i`` is
    ``lons[starts[i]:starts[i + 1]]`` (arrays, so that a map projects them all in one step)."""

    lons: np.ndarray
    lats: np.ndarray
    starts: list[int]


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, tuple[_Level, ...]]:
    """The outlines' boxes (one row each: lon0, lat0, lon1, lat1) and their points at every level."""
    arcs = _arcs()
    boxes = np.array([box for box, _levels in arcs], dtype=float).reshape(-1, 4)
    levels = []
    for level in range(len(LEVELS)):
        points = [point for _box, levels_ in arcs for point in levels_[level]]
        starts = [0]
        for _box, levels_ in arcs:
            starts.append(starts[-1] + len(levels_[level]))
        table = np.array(points, dtype=float).reshape(-1, 2)
        levels.append(_Level(table[:, 0].copy(), table[:, 1].copy(), starts))
    return boxes, tuple(levels)


def outline_path(
    lon_lat_box: tuple[float, float, float, float],
    scale: float,
    project: Callable[[Any, Any], tuple[Any, Any]],
) -> str:
    """The ``d`` of one path through every outline that reaches into ``lon_lat_box`` (lon0, lat0, lon1,
    lat1, the map's extent), ``scale`` map units per degree.

    ``project(lat, lon)`` is arithmetic that also takes arrays (numpy): the points of all outlines are
    projected and rounded in one step (the same numbers as point by point: the same operations in the
    same order, and numpy rounds halves to even as ``round`` does); only the choice of the points drawn,
    which depends on the last one drawn, goes point by point.
    """
    level = max((i for i, tolerance in enumerate(LEVELS) if tolerance * scale <= MIN_STEP / 2), default=0)
    min_deg = MIN_EXTENT / scale
    lon0, lat0, lon1, lat1 = lon_lat_box
    boxes, levels = _tables()
    if not len(boxes):
        return ""
    x0, y0, x1, y1 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    outside = (x1 < lon0) | (x0 > lon1) | (y1 < lat0) | (y0 > lat1)
    small = (x1 - x0 < min_deg) & (y1 - y0 < min_deg)
    drawn = np.flatnonzero(~(outside | small)).tolist()
    if not drawn:
        return ""
    table = levels[level]
    xs, ys = project(table.lats, table.lons)
    # whole map units as Python ints (an array of floats rounded to even, then converted exactly)
    all_x, all_y = np.rint(xs).astype(np.int64).tolist(), np.rint(ys).astype(np.int64).tolist()
    starts = table.starts
    parts: list[str] = []
    for arc in drawn:
        first, final = starts[arc], starts[arc + 1] - 1
        last_x, last_y = all_x[first], all_y[first]
        moves = [f"M{last_x} {last_y}l"]
        # a point closer than MIN_STEP to the last one drawn is left out, except the last point, which
        # is left out only where the last one drawn already is
        for rx, ry in zip(all_x[first + 1 : final], all_y[first + 1 : final], strict=True):
            dx, dy = rx - last_x, ry - last_y
            if abs(dx) + abs(dy) < MIN_STEP:
                continue
            moves.append(f"{dx} {dy} ")
            last_x, last_y = rx, ry
        if final > first and (all_x[final] != last_x or all_y[final] != last_y):
            moves.append(f"{all_x[final] - last_x} {all_y[final] - last_y} ")
        if len(moves) > 1:
            parts.append("".join(moves).rstrip())
    return "".join(parts).replace(" -", "-").replace("l-", "l-")
