"""The map's light base: country outlines (Natural Earth 1:110m, public domain; ``data/outlines.json``,
made once by ``data/build_outlines.py``, which names the source).

A site has a map on every place page, so the outlines are one file, ``land.svg`` (:func:`land_svg`,
written once per build, about 60 KB), holding one path per simplification level in tenths of a degree
(x = lon × 10, y = −lat × 10); each map draws the level that still shows detail at its scale with
``<use>``, placed by the map's own projection (:func:`land_use`): a few dozen bytes per map instead of
hundreds or thousands. :func:`outline_path` draws the outlines of one map inline, in its own units (the
definition of what a map shows; kept for a map that cannot refer to a file).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

OUTLINES = Path(__file__).resolve().parents[3] / "data" / "outlines.json"
MIN_STEP = 5  # map units (of 960 across): a point closer than this to the last one drawn is left out
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


def outline_path(
    lon_lat_box: tuple[float, float, float, float],
    scale: float,
    project: Callable[[float, float], tuple[float, float]],
) -> str:
    """The ``d`` of one path through every outline that reaches into ``lon_lat_box`` (lon0, lat0, lon1,
    lat1, the map's extent), ``scale`` map units per degree.

    (Plain Python: numpy would be quicker per point, but the process that writes the first language
    does not load it otherwise, and its memory is the build's peak.)
    """
    level = max((i for i, tolerance in enumerate(LEVELS) if tolerance * scale <= MIN_STEP / 2), default=0)
    min_deg = MIN_EXTENT / scale
    lon0, lat0, lon1, lat1 = lon_lat_box
    parts: list[str] = []
    for (x0, y0, x1, y1), levels in _arcs():
        if x1 < lon0 or x0 > lon1 or y1 < lat0 or y0 > lat1:
            continue
        if x1 - x0 < min_deg and y1 - y0 < min_deg:
            continue
        points = levels[level]
        projected = [project(lat, lon) for lon, lat in points]
        first_x, first_y = projected[0]
        last_x, last_y = round(first_x), round(first_y)
        moves = [f"M{last_x} {last_y}l"]
        # a point closer than MIN_STEP to the last one drawn is left out, except the last point, which
        # is left out only where the last one drawn already is
        for x, y in projected[1:-1]:
            rx, ry = round(x), round(y)
            dx, dy = rx - last_x, ry - last_y
            if abs(dx) + abs(dy) < MIN_STEP:
                continue
            moves.append(f"{dx} {dy} ")
            last_x, last_y = rx, ry
        if len(projected) > 1:
            rx, ry = round(projected[-1][0]), round(projected[-1][1])
            if rx != last_x or ry != last_y:
                moves.append(f"{rx - last_x} {ry - last_y} ")
        if len(moves) > 1:
            parts.append("".join(moves).rstrip())
    return "".join(parts).replace(" -", "-").replace("l-", "l-")


LAND_FILE = "land.svg"  # beside the theme's files (``theme/``): the outlines every map refers to
LAND_UNIT = 10  # land.svg's units per degree


def level_for(scale: float) -> int:
    """The coarsest simplification whose error stays under half a step at ``scale`` map units per degree."""
    return max((i for i, tolerance in enumerate(LEVELS) if tolerance * scale <= MIN_STEP / 2), default=0)


def land_svg() -> str:
    """The outlines at every level as one SVG file: ``<path id="l0">`` … (ids: the levels). An outline
    smaller than a map leaves out at the scales its level is drawn at is left out of that level."""
    paths = []
    for level, tolerance in enumerate(LEVELS):
        smallest = MIN_EXTENT * tolerance * 2 / MIN_STEP  # degrees: MIN_EXTENT at the largest scale of the level
        moves: list[str] = []
        for (x0, y0, x1, y1), levels in _arcs():
            if x1 - x0 < smallest and y1 - y0 < smallest:
                continue
            points = [(round(lon * LAND_UNIT), round(-lat * LAND_UNIT)) for lon, lat in levels[level]]
            last_x, last_y = points[0]
            steps = [f"M{last_x} {last_y}l"]
            for x, y in points[1:]:
                if (x, y) != (last_x, last_y):
                    steps.append(f"{x - last_x} {y - last_y} ")
                    last_x, last_y = x, y
            if len(steps) > 1:
                moves.append("".join(steps).rstrip())
        d = "".join(moves).replace(" -", "-")
        paths.append(f'<path id="l{level}" fill="none" vector-effect="non-scaling-stroke" d="{d}"/>')
    return '<svg xmlns="http://www.w3.org/2000/svg">\n' + "\n".join(paths) + "\n</svg>\n"


def land_use(scale: float, project: Callable[[float, float], tuple[float, float]]) -> str:
    """``#l<level> matrix(…)``: the level of ``land.svg`` to draw at ``scale`` (map units per degree) and
    the transform that places it like ``project(lat, lon)`` places a point (linear in lon and in lat)."""
    x0, y0 = project(0.0, 0.0)
    per_lon = project(0.0, 1.0)[0] - x0
    per_lat = project(1.0, 0.0)[1] - y0  # negative: north is up
    a, d = per_lon / LAND_UNIT, -per_lat / LAND_UNIT
    return f"#l{level_for(scale)} matrix({a:.6g} 0 0 {d:.6g} {x0:.2f} {y0:.2f})"
