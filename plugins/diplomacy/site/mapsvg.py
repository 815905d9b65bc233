"""A map of the archive drawn at build time as inline SVG.

Every place with a report is a point linking to its page; every other place (a
place of the partnership register that no report names yet) is a small dot where
it lies; every partnership a line between its two places (all lines are one path:
a register of thousands of partnerships adds a few bytes each). Equirectangular
projection over all places' bounding box, no tiles, no JavaScript.

Places a few kilometres apart (Cologne and Düsseldorf) would fall on the same
pixels at this scale, so points closer than ``MIN_SEPARATION`` are pushed apart
a little, never farther than ``MAX_SHIFT`` (the dots, which take no clicks, stay
where they are: a hundred German places of the register would push the map out of
shape; a crowd of reported places stays a crowd where it lies, its places all in
the list beside the map); each label then takes
the position around its point that overlaps no other label or point and stays
inside the map.

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

from .mapbase import land_use
from .maplabels import WIDTH, Box, label_width, leader, overlap, place_label

PAD = 40
HIT_RADIUS = 11  # a city point's transparent stroke (site.css: .map-point) takes the click or tap this far out
MIN_SEPARATION = 2 * HIT_RADIUS + 4  # centre to centre: no point's hit disc covers another point
MAX_SHIFT = 2 * MIN_SEPARATION  # the farthest a point is moved from where it lies
SEPARATION_ROUNDS = 60  # at most (a map whose points are apart stops at once)
MAX_LABELS = 40  # more names than this do not fit a 960-unit map; the rest are tooltips
LAND = "/theme/land.svg"  # the outlines' file at a domain's root (pages pass it under SITEURL's path)


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


def _base(points: Points, height: int) -> str:
    """The country outlines under a map of these points: which level of ``land.svg`` and where
    (``#l<level> matrix(…)``, mapbase.land_use)."""
    project, _height = _projection([(lat, lon) for _id, lat, lon, _point in points])
    scale = project(0.0, 0.0)[1] - project(1.0, 0.0)[1]  # map units per degree of latitude
    return land_use(scale, project)


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


Points = tuple[tuple[str, float, float, bool], ...]  # (place id, lat, lon, is a point: has a report)


@lru_cache(maxsize=4)
def _layout(points: Points) -> tuple[dict[str, tuple[float, float]], int]:
    """Projected positions, the points separated; the same for both languages, so computed once."""
    project, height = _projection([(lat, lon) for _id, lat, lon, _point in points])
    inside = (PAD / 2, PAD / 2, WIDTH - PAD / 2, height - PAD / 2)
    xy = {pid: project(lat, lon) for pid, lat, lon, _point in points}
    separated = _separate({pid: xy[pid] for pid, _lat, _lon, point in points if point}, MIN_SEPARATION, inside)
    return {**xy, **{pid: _near(xy[pid], at) for pid, at in separated.items()}}, height


def _near(home: tuple[float, float], at: tuple[float, float]) -> tuple[float, float]:
    """A separated point at most ``MAX_SHIFT`` from where it lies: a region with more places than fit
    (a hundred German cities on a map of the world) stays a crowd where it is, not a grid over the
    map; its places are all in the list beside the map.

    >>> _near((0.0, 0.0), (60.0, 80.0)) == (MAX_SHIFT * 0.6, MAX_SHIFT * 0.8)
    True
    """
    dx, dy = at[0] - home[0], at[1] - home[1]
    d = math.hypot(dx, dy)
    if d <= MAX_SHIFT:
        return at
    return (home[0] + dx * MAX_SHIFT / d, home[1] + dy * MAX_SHIFT / d)


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


def render_map(
    archive: Any, url_of: Callable[[str], str | None], name_of: Callable[[str], str], land: str = LAND
) -> str:
    """SVG markup of all places (points and dots) and partnerships (lines) of the archive; ``land`` is the
    address of the outlines' file (mapbase.land_svg)."""
    every = list(archive.places.values())
    if not every:
        return ""
    xy, height = map_layout(archive)
    base = _base(_points(archive), height)
    return _draw(every, list(archive.pairs.values()), xy, height, base, url_of, name_of, "map-title", land=land)


def render_partner_map(
    node: Any,
    archive: Any,
    url_of: Callable[[str], str | None],
    name_of: Callable[[str], str],
    land: str = LAND,
) -> str:
    """SVG markup of one place and its partners (every pair it belongs to), for its own page."""
    if not node.pairs:
        return ""
    every, points = _partners(node, archive)
    xy, height, base = _partner_layout(points)
    return _draw(every, node.pairs, xy, height, base, url_of, name_of, "partner-map-title", centre=node.id, land=land)


def _partners(node: Any, archive: Any) -> tuple[list[Any], Points]:
    ids = {node.id, *(pid for pair in node.pairs for pid in pair.places)}
    every = [archive.places[pid] for pid in sorted(ids) if pid in archive.places]
    return every, tuple((p.id, p.place.lat, p.place.lon, True) for p in every)


# What a partner map shows in every language (positions, height, the outlines), by its points: each
# place's map is drawn once per language, and the labels are all that differ. What one language
# computes, the next takes (and it is forgotten then: a few kilobytes a place, thousands of places).
_partner_layouts: dict[Points, tuple[dict[str, tuple[float, float]], int, str]] = {}


def _partner_layout(points: Points) -> tuple[dict[str, tuple[float, float]], int, str]:
    found = _partner_layouts.pop(points, None)
    if found is None:
        xy, height = _layout.__wrapped__(points)  # not kept in _layout's few places (the whole map's)
        found = _partner_layouts[points] = (xy, height, _base(points, height))
    return found


def prepare_partner_maps(archive: Any) -> None:
    """Compute what the partner maps of every language share, before the languages' writers fork (one
    language each): each then draws only its labels."""
    for node in archive.places.values():
        if node.pairs:
            points = _partners(node, archive)[1]
            if points not in _partner_layouts:
                _partner_layout(points)


def _draw(
    every: list[Any],
    pairs: list[Any],
    xy: dict[str, tuple[float, float]],
    height: int,
    base: str,
    url_of: Callable[[str], str | None],
    name_of: Callable[[str], str],
    title_id: str,
    centre: str | None = None,
    land: str = "",
) -> str:
    """The map's markup: base, lines (formal partnerships and places that only met, one path each),
    dots, points (links) and the labels of the busiest points."""
    places = [p for p in every if centre or _is_point(p)]
    radius = {p.id: 7 if p.id == centre or p.place.kind != "city" else 5 for p in places}
    names = {p.id: name_of(p.id) for p in places}
    dots = {
        pid: (x - radius[pid] - 1, y - radius[pid] - 1, x + radius[pid] + 1, y + radius[pid] + 1)
        for pid, (x, y) in ((p.id, xy[p.id]) for p in places)
    }
    # the places with most meetings and articles are labelled (and choose their side) first; a place
    # beyond MAX_LABELS, and one whose label would cover another point (which then could not be
    # clicked), is a point with its name as tooltip and link label only (the list beside names all)
    important = sorted(places, key=lambda p: (p.id != centre, -len(p.meetings), -len(p.articles), p.id))
    formal = [(*xy[a], *xy[b]) for a, b in (pair.places for pair in pairs if pair.partnership) if a in xy and b in xy]
    met = [(*xy[a], *xy[b]) for a, b in (pair.places for pair in pairs if not pair.partnership) if a in xy and b in xy]
    segments = formal + met
    labels: dict[str, tuple[float, float, str, Box | None]] = {}
    boxes: list[Box] = []
    for pid in (p.id for p in important[:MAX_LABELS]):
        x, y = xy[pid]
        others = [box for other, box in dots.items() if other != pid and abs(box[0] - x) < 400]
        width = label_width(names[pid])
        tx, ty, anchor, box, far = place_label(x, y, radius[pid], width, height, others, boxes, segments)
        if any(overlap(box, other) for other in others):
            continue
        boxes.append(box)
        labels[pid] = (tx, ty, anchor, leader(x, y, radius[pid], box) if far else None)

    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg" '
        f'aria-labelledby="{title_id}">',
        f'<rect class="map-bg" x="0" y="0" width="{WIDTH}" height="{height}"/>',
    ]
    if base:
        level, transform = base.split(" ", 1)
        parts.append(f'<use class="map-land" href="{escape(land)}{level}" transform="{transform}"/>')
    for kind, lines in (("map-pair", formal), ("map-met", met)):
        if lines:
            path = "".join(f"M{x1:.0f} {y1:.0f}L{x2:.0f} {y2:.0f}" for x1, y1, x2, y2 in lines)
            parts.append(f'<path class="{kind}" d="{path}"/>')
    spots = sorted({(round(xy[p.id][0]), round(xy[p.id][1])) for p in every if p not in places})
    if spots:  # the places no report names yet (the list below the map names and links them)
        parts.append('<path class="map-dot" d="' + "".join(f"M{x} {y}h0" for x, y in spots) + '"/>')
    for node in sorted(places, key=lambda n: n.id):
        parts.append(_point(node, xy[node.id], radius[node.id], names[node.id], labels.get(node.id), url_of))
    parts.append("</svg>")
    return "".join(parts)


def _point(
    node: Any,
    at: tuple[float, float],
    radius: int,
    name: str,
    label: tuple[float, float, str, Box | None] | None,
    url_of: Callable[[str], str | None],
) -> str:
    x, y = at
    name = escape(name)
    kind = "" if node.place.kind == "city" else f" map-{node.place.kind}"
    circle = f'<circle class="map-point{kind}" cx="{x:.0f}" cy="{y:.0f}" r="{radius}"/>'
    if label:
        tx, ty, anchor, line = label
        anchor_attr = "" if anchor == "start" else f' text-anchor="{anchor}"'
        leader_line = ""
        if line:
            x1, y1, x2, y2 = line
            leader_line = f'<line class="map-leader" x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}"/>'
        dot = leader_line + circle + f'<text class="map-label" x="{tx:.0f}" y="{ty:.0f}"{anchor_attr}>{name}</text>'
    else:
        dot = circle.replace("/>", f"><title>{name}</title></circle>")
    url = url_of(node.id)
    if url:  # the point's transparent stroke (site.css: .map-point) takes the click around it
        return f'<a href="{escape(url)}" aria-label="{name}">{dot}</a>'
    return dot
