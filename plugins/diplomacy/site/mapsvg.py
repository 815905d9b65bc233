"""A map of the archive drawn at build time as inline SVG.

Every place with a report is a point linking to its page; every other place (a
place of the partnership register that no report names yet) is a small dot where
it lies; every partnership a line between its two places (all lines are one path:
a register of thousands of partnerships adds a few bytes each). Equirectangular
projection over all places' bounding box, no tiles, no JavaScript.

Places a few kilometres apart (Cologne and Düsseldorf) would fall on the same
pixels at this scale, so points closer than ``MIN_SEPARATION`` are pushed apart
a little (the dots, which take no clicks, stay where they are: a hundred German
places of the register would push the map out of shape); each label then takes
the position around its point that overlaps no other label or point and stays
inside the map.

>>> _label_width("Köln") < _label_width("Düsseldorf")
True
>>> _separate({"a": (100.0, 100.0), "b": (101.0, 100.0)}, 20)["b"][0] - 100 >= 10
True
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from functools import lru_cache, partial
from html import escape
from pathlib import Path
from typing import Any

WIDTH = 960
PAD = 40
MARGIN = 4  # labels keep this far from the map's edge
FONT_SIZE = 14  # of the labels, in map units (the stylesheet's .map-label must agree)
HIT_RADIUS = 11  # an invisible disc around each point that takes the click or tap
MIN_SEPARATION = 2 * HIT_RADIUS + 4  # centre to centre: no point's hit disc covers another point
SEPARATION_ROUNDS = 60  # at most (a map whose points are apart stops at once)
LABEL_GAP = 4  # between a point and its label
LABEL_SPACE = 4  # kept free between two labels, so that they do not read as one
MAX_LABELS = 40  # more names than this do not fit a 960-unit map; the rest are tooltips
LABEL_RINGS, LABEL_STEP = 3, 14  # label positions: rings this much farther out, joined to the point by a line

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _projection(points: list[tuple[float, float]]) -> tuple[Callable[[float, float], tuple[float, float]], int]:
    lats = [p[0] for p in points] or [0.0]
    lons = [p[1] for p in points] or [0.0]
    lat_min, lat_max = min(lats) - 2, max(lats) + 2
    lon_min, lon_max = min(lons) - 3, max(lons) + 3
    kx = math.cos(math.radians((lat_min + lat_max) / 2))
    span_x = max((lon_max - lon_min) * kx, 1e-6)
    span_y = max(lat_max - lat_min, 1e-6)
    scale = (WIDTH - 2 * PAD) / span_x
    height = int(min(max(span_y * scale + 2 * PAD, 240), 720))
    scale = min(scale, (height - 2 * PAD) / span_y)

    def project(lat: float, lon: float) -> tuple[float, float]:
        return (PAD + (lon - lon_min) * kx * scale, PAD + (lat_max - lat) * scale)

    return project, height


def _label_width(text: str) -> float:
    """A generous estimate of the label's width in a sans-serif face (no font metrics at build time)."""
    em = 0.0
    for char in text:
        if char in "ijlI.,;:'!|() ":
            em += 0.33
        elif char in "mwMW":
            em += 0.92
        elif char.isupper() or char.isdigit():
            em += 0.7
        else:
            em += 0.6
    return em * FONT_SIZE


def _separate(
    xy: dict[str, tuple[float, float]], distance: float, bounds: Box | None = None
) -> dict[str, tuple[float, float]]:
    """Push points apart until no two are closer than ``distance`` (rounds of pairwise repulsion),
    keeping them inside ``bounds`` (x0, y0, x1, y1) when given: a crowded region (a hundred German
    places on a map of the world) spreads, but never off the map.

    Neighbours are found through a grid of ``distance``-sized cells, so a round
    costs about linear time, not quadratic, however many places there are.
    Points are numbered (in the order of their keys) and kept in two lists, and
    each cell's neighbourhood is listed once per round: with a thousand places in
    a few dense clusters this runs its rounds in about 30 % less time than a
    version with a dictionary per point, with the same pushes in the same order.
    """
    keys = sorted(xy)
    xs = [float(xy[key][0]) for key in keys]
    ys = [float(xy[key][1]) for key in keys]
    limit = distance - 1e-6
    far = (limit + 1e-3) ** 2
    hypot, cos, sin, pi = math.hypot, math.cos, math.sin, math.pi
    for _ in range(SEPARATION_ROUNDS):
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
            grid.setdefault((int(x // distance), int(y // distance)), []).append(i)
        around: dict[tuple[int, int], list[int]] = {}  # the points of a cell and its eight neighbours
        moved = False
        for i in range(len(keys)):
            cell = (int(xs[i] // distance), int(ys[i] // distance))
            near = around.get(cell)
            if near is None:
                cx, cy = cell
                near = around[cell] = [
                    j for gx in (cx - 1, cx, cx + 1) for gy in (cy - 1, cy, cy + 1) for j in grid.get((gx, gy), ())
                ]
            for j in near:
                if j <= i:
                    continue
                ax, ay, bx, by = xs[i], ys[i], xs[j], ys[j]
                dx, dy = bx - ax, by - ay
                if dx * dx + dy * dy > far:  # clearly apart (most pairs): no square root needed
                    continue
                d = hypot(dx, dy)
                if d >= limit:
                    continue
                if d < 1e-6:  # the same spot: spread in a fixed direction per pair
                    angle = (i * 7 + j * 3) % 12 * pi / 6
                    dx, dy, d = cos(angle), sin(angle), 1.0
                push = (distance - d) / 2 + 0.01
                ux, uy = dx / d, dy / d
                xs[i], ys[i] = ax - ux * push, ay - uy * push
                xs[j], ys[j] = bx + ux * push, by + uy * push
                if bounds is not None:
                    x0, y0, x1, y1 = bounds
                    xs[i], ys[i] = min(max(xs[i], x0), x1), min(max(ys[i], y0), y1)
                    xs[j], ys[j] = min(max(xs[j], x0), x1), min(max(ys[j], y0), y1)
                moved = True
        if not moved:
            break
    return {key: (xs[i], ys[i]) for i, key in enumerate(keys)}


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _crossing(box: Box, segments: list[tuple[float, float, float, float]]) -> float:
    """How much of the segments runs through the box: the length of each clipped to it (Liang–Barsky).

    >>> _crossing((0, 0, 10, 10), [(-5, 5, 15, 5), (20, 20, 30, 30)])
    10.0
    """
    total = 0.0
    for x1, y1, x2, y2 in segments:
        if max(x1, x2) < box[0] or min(x1, x2) > box[2] or max(y1, y2) < box[1] or min(y1, y2) > box[3]:
            continue
        dx, dy = x2 - x1, y2 - y1
        low, high = 0.0, 1.0
        for p, q in ((-dx, x1 - box[0]), (dx, box[2] - x1), (-dy, y1 - box[1]), (dy, box[3] - y1)):
            if p == 0:
                if q < 0:
                    low, high = 1.0, 0.0
                continue
            t = q / p
            if p < 0:
                low = max(low, t)
            else:
                high = min(high, t)
        if high > low:
            total += (high - low) * math.hypot(dx, dy)
    return total


def _place_label(
    x: float,
    y: float,
    radius: float,
    width: float,
    height: int,
    points: list[Box],
    labels: list[Box],
    segments: list[tuple[float, float, float, float]],
) -> tuple[float, float, str, Box, bool]:
    """The label position around a point (x, y) that collides least: (text x, baseline y, anchor, box, far)."""
    ascent, descent = FONT_SIZE * 0.8, FONT_SIZE * 0.25
    middle = y + (ascent - descent) / 2
    candidates = []
    for ring in range(LABEL_RINGS):  # beside the point first; farther out (with a leader line) where crowded
        off = radius + LABEL_GAP + ring * LABEL_STEP
        candidates += [  # (text x, baseline, anchor): right, left, above, below, then the diagonals
            (x + off, middle, "start"),
            (x - off, middle, "end"),
            (x, y - off - descent, "middle"),
            (x, y + off + ascent, "middle"),
            (x + off * 0.7, y - off * 0.7 - descent, "start"),
            (x + off * 0.7, y + off * 0.7 + ascent, "start"),
            (x - off * 0.7, y - off * 0.7 - descent, "end"),
            (x - off * 0.7, y + off * 0.7 + ascent, "end"),
        ]
    boxes = []
    for tx, ty, anchor in candidates:
        x0 = {"start": tx, "end": tx - width, "middle": tx - width / 2}[anchor]
        boxes.append((x0 - 2, ty - ascent - 1, x0 + width + 2, ty + descent + 1))
    # only what lies near the point can touch a candidate: filter once, not per candidate
    near = (
        min(b[0] for b in boxes) - LABEL_SPACE,
        min(b[1] for b in boxes) - LABEL_SPACE,
        max(b[2] for b in boxes) + LABEL_SPACE,
        max(b[3] for b in boxes) + LABEL_SPACE,
    )
    labels = [other for other in labels if _overlap(near, other)]
    points = [other for other in points if _overlap(near, other)]
    segments = [
        s
        for s in segments
        if not (
            max(s[0], s[2]) < near[0]
            or min(s[0], s[2]) > near[2]
            or max(s[1], s[3]) < near[1]
            or min(s[1], s[3]) > near[3]
        )
    ]
    best = None
    for rank, ((tx, ty, anchor), box) in enumerate(zip(candidates, boxes, strict=True)):
        outside = (
            max(0.0, MARGIN - box[0])
            + max(0.0, box[2] - (WIDTH - MARGIN))
            + max(0.0, MARGIN - box[1])
            + max(0.0, box[3] - (height - MARGIN))
        )
        # overlaps and crossing lines can only add to the score: a candidate that cannot win is not measured
        score = outside * 1000 + rank % 8 * 12 + rank // 8 * 60
        if best is not None and score >= best[0]:
            continue
        spaced = (box[0] - LABEL_SPACE, box[1] - LABEL_SPACE / 2, box[2] + LABEL_SPACE, box[3] + LABEL_SPACE / 2)
        score += (sum(_overlap(spaced, other) for other in labels) + sum(_overlap(box, other) for other in points)) * 10
        if best is not None and score >= best[0]:
            continue
        score += _crossing(box, segments) / 4
        if best is None or score < best[0]:
            best = (score, tx, ty, anchor, box, rank >= 8)
    assert best is not None
    return best[1:]


def _leader(x: float, y: float, radius: float, box: Box) -> tuple[float, float, float, float]:
    """A line from the point's edge to the nearest edge of its label's box."""
    nx, ny = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    d = math.hypot(nx - x, ny - y) or 1.0
    return (x + (nx - x) * radius / d, y + (ny - y) * radius / d, nx, ny)


Points = tuple[tuple[str, float, float, bool], ...]  # (place id, lat, lon, is a point: has a report)


@lru_cache(maxsize=4)
def _layout(points: Points) -> tuple[dict[str, tuple[float, float]], int]:
    """Projected positions, the points separated; the same for both languages, so computed once."""
    project, height = _projection([(lat, lon) for _id, lat, lon, _point in points])
    inside = (PAD / 2, PAD / 2, WIDTH - PAD / 2, height - PAD / 2)
    xy = {pid: project(lat, lon) for pid, lat, lon, _point in points}
    separated = _separate({pid: xy[pid] for pid, _lat, _lon, point in points if point}, MIN_SEPARATION, inside)
    return {**xy, **separated}, height


def _is_point(node: Any) -> bool:
    """A place a report names is a point of the map (a link); one only the register knows is a dot."""
    return bool(node.meetings or node.articles)


def _points(archive: Any) -> Points:
    return tuple((p.id, p.place.lat, p.place.lon, _is_point(p)) for p in archive.places.values())


def map_layout(archive: Any) -> tuple[dict[str, tuple[float, float]], int]:
    """The places' positions on the map and its height (computed once, then remembered)."""
    points = _points(archive)
    handed = _handed_over.pop(points, None)
    return handed() if handed is not None else _layout(points)


_handed_over: dict[Points, Callable[[], Any]] = {}


class LayoutHandover:
    """The map's layout computed by one process of a build and received by the others (after a fork).

    Made before forking; the computing process calls :meth:`send`, each other one
    :meth:`expect` with its number (0 … ``receivers - 1``) right after the fork. A receiver
    that finds no layout (the sender failed) computes it itself.
    """

    def __init__(self, archive: Any, receivers: int) -> None:
        import tempfile

        self.archive = archive
        handle, self.path = tempfile.mkstemp(prefix="diplomacy-map-", suffix=".pickle")
        os.close(handle)
        self.pipes = [os.pipe() for _ in range(receivers)]

    def send(self) -> None:
        import pickle

        for reading, _writing in self.pipes:
            os.close(reading)
        with open(self.path, "wb") as out:
            pickle.dump(map_layout(self.archive), out)
        for _reading, writing in self.pipes:
            os.write(writing, b"!")
            os.close(writing)

    def expect(self, number: int) -> None:
        """In receiver ``number``: the next :func:`map_layout` of this archive waits for the sender's layout."""
        for index, (reading, writing) in enumerate(self.pipes):
            os.close(writing)
            if index != number:
                os.close(reading)
        points = _points(self.archive)
        _handed_over[points] = partial(self._receive, self.pipes[number][0], points)

    def _receive(self, reading: int, points: Points) -> Any:
        import pickle

        ready = os.read(reading, 1)
        os.close(reading)
        if ready:
            with open(self.path, "rb") as source:
                return pickle.load(source)  # written by this build, a moment ago
        return _layout(points)

    def close(self) -> None:
        """In the process that forked the others, once they have finished."""
        Path(self.path).unlink(missing_ok=True)


def render_map(archive: Any, url_of: Callable[[str], str | None], name_of: Callable[[str], str]) -> str:
    """SVG markup of all places (points and dots) and partnerships (lines)."""
    every = list(archive.places.values())
    if not every:
        return ""
    xy, height = map_layout(archive)
    places = [p for p in every if _is_point(p)]
    radius = {p.id: 5 if p.place.kind == "city" else 7 for p in places}
    names = {p.id: name_of(p.id) for p in places}
    # the most crowded places choose their label's side first
    dots = {
        pid: (x - radius[pid] - 1, y - radius[pid] - 1, x + radius[pid] + 1, y + radius[pid] + 1)
        for pid, (x, y) in ((p.id, xy[p.id]) for p in places)
    }

    # the places with most meetings and articles are labelled (and choose their side) first; a place
    # beyond MAX_LABELS, and one whose label would cover another point (which then could not be
    # clicked), is a point with its name as tooltip and link label only
    important = sorted(places, key=lambda p: (-len(p.meetings), -len(p.articles), p.id))
    segments = [(*xy[a], *xy[b]) for a, b in (pair.places for pair in archive.pairs.values()) if a in xy and b in xy]
    labels: dict[str, tuple[float, float, str, tuple[float, float, float, float] | None]] = {}
    boxes: list[Box] = []
    for pid in (p.id for p in important[:MAX_LABELS]):
        x, y = xy[pid]
        others = [box for other, box in dots.items() if other != pid and abs(box[0] - x) < 400]
        width = _label_width(names[pid])
        tx, ty, anchor, box, far = _place_label(x, y, radius[pid], width, height, others, boxes, segments)
        if any(_overlap(box, other) for other in others):
            continue
        boxes.append(box)
        labels[pid] = (tx, ty, anchor, _leader(x, y, radius[pid], box) if far else None)

    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg" '
        'aria-labelledby="map-title">',
        f'<rect class="map-bg" x="0" y="0" width="{WIDTH}" height="{height}"/>',
    ]
    if segments:
        path = "".join(f"M{x1:.0f} {y1:.0f}L{x2:.0f} {y2:.0f}" for x1, y1, x2, y2 in segments)
        parts.append(f'<path class="map-pair" d="{path}"/>')
    spots = sorted({(round(xy[p.id][0]), round(xy[p.id][1])) for p in every if not _is_point(p)})
    if spots:  # the places no report names yet (the list below the map names and links them)
        parts.append('<path class="map-dot" d="' + "".join(f"M{x} {y}h0" for x, y in spots) + '"/>')
    for node in sorted(places, key=lambda n: n.id):
        x, y = xy[node.id]
        name = escape(names[node.id])
        circle = f'<circle class="map-point map-{node.place.kind}" cx="{x:.1f}" cy="{y:.1f}" r="{radius[node.id]}"/>'
        if node.id in labels:
            tx, ty, anchor, leader = labels[node.id]
            anchor_attr = "" if anchor == "start" else f' text-anchor="{anchor}"'
            leader_line = ""
            if leader:
                x1, y1, x2, y2 = leader
                leader_line = f'<line class="map-leader" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>'
            dot = leader_line + circle + f'<text class="map-label" x="{tx:.1f}" y="{ty:.1f}"{anchor_attr}>{name}</text>'
        else:
            dot = circle.replace("/>", f"><title>{name}</title></circle>")
        url = url_of(node.id)
        if url:
            hit = f'<circle class="map-hit" cx="{x:.1f}" cy="{y:.1f}" r="{HIT_RADIUS}"/>'
            parts.append(f'<a href="{escape(url)}" aria-label="{name}">{hit}{dot}</a>')
        else:
            parts.append(dot)
    parts.append("</svg>")
    return "".join(parts)
