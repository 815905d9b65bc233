"""Build ``data/outlines.json``, the light base of the map: the country outlines of Natural Earth's
1:110m Admin 0 countries (public domain), as the npm package world-atlas 2.0.2 ships them
(``countries-110m.json``, TopoJSON), simplified and stored as integer tenths of a degree.

Run once, by hand (the result is in the repository; the build never fetches anything)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python data/build_outlines.py package/countries-110m.json

Each shared border is one arc, drawn once. Douglas–Peucker at ``TOLERANCE`` degrees keeps a 960-unit
map of the world recognisable and the file small.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOLERANCE = 0.25  # degrees
OUT = Path(__file__).with_name("outlines.json")
SOURCE = (
    "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), version 4.1.0, "
    "from the npm package world-atlas 2.0.2 (countries-110m.json), simplified by data/build_outlines.py"
)


def _decode(topology: dict) -> list[list[tuple[float, float]]]:
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for qx, qy in arc:
            x, y = x + qx, y + qy
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker (iterative): the ends are kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        worst, where = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                d = abs((x2 - x1) * (y1 - py) - (x1 - px) * (y2 - y1)) / length
            else:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > worst:
                worst, where = d, i
        if where is not None and worst > tolerance:
            keep[where] = True
            stack += [(first, where), (where, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    pieces = []
    for arc in _decode(topology):  # an arc across the antimeridian (Fiji, Chukotka) is cut there
        start = 0
        for i in range(1, len(arc)):
            if abs(arc[i][0] - arc[i - 1][0]) > 180:
                pieces.append(arc[start:i])
                start = i
        pieces.append(arc[start:])
    arcs = []
    for arc in pieces:
        flat: list[int] = []
        for lon, lat in _simplify(arc, TOLERANCE):
            point = [round(lon * 10), round(lat * 10)]
            if flat[-2:] != point:
                flat += point
        if len(flat) >= 4:
            arcs.append(flat)
    data = {"source": SOURCE, "unit": "0.1 degree, [lon, lat, lon, lat, …]", "arcs": arcs}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(arcs)} arcs, {sum(len(a) // 2 for a in arcs)} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
