"""The map's point separation (mapsvg._separate) against its plain definition."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from diplomacy.site import mapbase, mapsvg
from hypothesis import given, settings
from hypothesis import strategies as st


def _reference(xy: dict[str, tuple[float, float]], distance: float) -> dict[str, tuple[float, float]]:
    """Rounds of pairwise repulsion over a grid of ``distance``-sized cells: the definition, slowly."""
    points = {key: list(value) for key, value in xy.items()}
    keys = sorted(points)
    index = {key: i for i, key in enumerate(keys)}
    for _ in range(60):
        grid: dict[tuple[int, int], list[str]] = {}
        for key in keys:
            x, y = points[key]
            grid.setdefault((int(x // distance), int(y // distance)), []).append(key)
        moved = False
        for a in keys:
            ax, ay = points[a]
            cx, cy = int(ax // distance), int(ay // distance)
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    for b in grid.get((gx, gy), ()):
                        i, j = index[a], index[b]
                        if j <= i:
                            continue
                        ax, ay = points[a]
                        bx, by = points[b]
                        dx, dy = bx - ax, by - ay
                        d = math.hypot(dx, dy)
                        if d >= distance - 1e-6:
                            continue
                        if d < 1e-6:
                            angle = (i * 7 + j * 3) % 12 * math.pi / 6
                            dx, dy, d = math.cos(angle), math.sin(angle), 1.0
                        push = (distance - d) / 2 + 0.01
                        ux, uy = dx / d, dy / d
                        points[a] = [ax - ux * push, ay - uy * push]
                        points[b] = [bx + ux * push, by + uy * push]
                        moved = True
        if not moved:
            break
    return {key: (value[0], value[1]) for key, value in points.items()}


COORDINATE = st.floats(min_value=0, max_value=400, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    points=st.lists(st.tuples(COORDINATE, COORDINATE), max_size=120),
    duplicates=st.integers(min_value=0, max_value=3),
    distance=st.sampled_from([mapsvg.MIN_SEPARATION, 10.0, 40.0]),
)
def test_separation_is_the_definition(points: list[tuple[float, float]], duplicates: int, distance: float) -> None:
    xy = {f"p{number}": point for number, point in enumerate(points)}
    for number in range(min(duplicates, len(points))):
        xy[f"same{number}"] = points[number]  # several places on one spot
    assert mapsvg._separate(xy, distance) == _reference(xy, distance)


def test_separated_points_keep_their_distance() -> None:
    xy = {"koeln": (100.0, 100.0), "duesseldorf": (101.0, 99.0), "bonn": (100.5, 101.0), "far": (300.0, 50.0)}
    result = mapsvg._separate(xy, mapsvg.MIN_SEPARATION)
    for a in result:
        for b in result:
            if a < b:
                assert math.dist(result[a], result[b]) >= mapsvg.MIN_SEPARATION - 1e-6
    assert result["far"] == xy["far"]


def _archive(count: int) -> SimpleNamespace:
    places = {
        f"p{n}": SimpleNamespace(
            id=f"p{n}",
            place=SimpleNamespace(lat=50 + n % 7 * 0.01, lon=7 + n % 5 * 0.01),
            meetings=[],
            articles=["a"] if n % 4 else [],  # every fourth place is a dot (no report), the rest points
        )
        for n in range(count)
    }
    return SimpleNamespace(places=places)


@pytest.mark.parametrize("sender_works", [True, False])
def test_a_forked_process_hands_the_layout_over(sender_works: bool) -> None:
    """The process that computes the layout hands it to another; if it fails, the other computes it."""
    archive = _archive(40)
    expected = mapsvg._layout.__wrapped__(mapsvg._points(archive))
    handover = mapsvg.LayoutHandover(archive, receivers=1)
    child = os.fork()
    if child == 0:
        code = 1
        try:
            if sender_works:
                handover.send()
            code = 0
        finally:
            os._exit(code)
    handover.expect(0)
    mapsvg._layout.cache_clear()
    assert mapsvg.map_layout(archive) == expected
    os.waitpid(child, 0)
    handover.close()
    assert not Path(handover.path).exists()
    assert mapsvg._layout.cache_info().currsize == (0 if sender_works else 1)  # received, or computed here


def _outline_reference(box: tuple[float, float, float, float], scale: float, project: Any) -> str:
    """mapbase.outline_path point by point, in plain Python: the definition of the drawn outline."""
    level = max((i for i, t in enumerate(mapbase.LEVELS) if t * scale <= mapbase.MIN_STEP / 2), default=0)
    min_deg = mapbase.MIN_EXTENT / scale
    lon0, lat0, lon1, lat1 = box
    parts = []
    for (x0, y0, x1, y1), levels in mapbase._arcs():
        if x1 < lon0 or x0 > lon1 or y1 < lat0 or y0 > lat1 or (x1 - x0 < min_deg and y1 - y0 < min_deg):
            continue
        points = levels[level]
        first_x, first_y = project(points[0][1], points[0][0])
        last_x, last_y = round(first_x), round(first_y)
        moves = [f"M{last_x} {last_y}l"]
        for index in range(1, len(points)):
            rx, ry = (round(v) for v in project(points[index][1], points[index][0]))
            near = abs(rx - last_x) + abs(ry - last_y) < mapbase.MIN_STEP and index < len(points) - 1
            if (rx, ry) == (last_x, last_y) or near:
                continue
            moves.append(f"{rx - last_x} {ry - last_y} ")
            last_x, last_y = rx, ry
        if len(moves) > 1:
            parts.append("".join(moves).rstrip())
    return "".join(parts).replace(" -", "-")


# One to six places anywhere a map may show them (latitude, longitude).
SPOTS = st.lists(
    st.tuples(st.floats(min_value=-60, max_value=70), st.floats(min_value=-180, max_value=180)),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(spots=SPOTS)
def test_outlines_are_those_of_the_point_by_point_definition(spots: list[tuple[float, float]]) -> None:
    """The drawn points chosen in one comparison each: the same path, to the unit, as the definition."""
    project, _height = mapsvg._projection(list(spots))
    scale = project(0.0, 0.0)[1] - project(1.0, 0.0)[1]
    lats, lons = [lat for lat, _lon in spots], [lon for _lat, lon in spots]
    box = (min(lons) - 20, min(lats) - 10, max(lons) + 20, max(lats) + 10)
    assert mapbase.outline_path(box, scale, project) == _outline_reference(box, scale, project)


@settings(max_examples=60, deadline=None)
@given(spots=SPOTS)
def test_the_shared_outlines_are_placed_like_the_points(spots: list[tuple[float, float]]) -> None:
    """A map draws land.svg (x = lon × 10, y = −lat × 10) through a matrix that puts every outline point
    where the map's projection puts that place, at the level of detail the map's scale asks for."""
    points = tuple((f"p{n}", lat, lon, True) for n, (lat, lon) in enumerate(spots))
    project, height = mapsvg._projection(list(spots))
    level, matrix = mapsvg._base(points, height).split(" ", 1)
    a, b, c, d, e, f = map(float, re.fullmatch(r"matrix\((.+)\)", matrix).group(1).split())
    assert b == c == 0
    for lat, lon in [*spots, (0.0, 0.0), (45.5, -120.25)]:
        x, y = project(lat, lon)
        lx, ly = lon * mapbase.LAND_UNIT, -lat * mapbase.LAND_UNIT
        assert a * lx + e == pytest.approx(x, abs=0.5)
        assert d * ly + f == pytest.approx(y, abs=0.5)
    scale = project(0.0, 0.0)[1] - project(1.0, 0.0)[1]
    assert level == f"#l{mapbase.level_for(scale)}"


def test_the_outlines_file_holds_every_level() -> None:
    svg = mapbase.land_svg()
    ids = re.findall(r'<path id="(l\d)" fill="none" vector-effect="non-scaling-stroke" d="M', svg)
    assert ids == [f"l{n}" for n in range(len(mapbase.LEVELS))]
    sizes = [len(d) for d in re.findall(r' d="([^"]*)"', svg)]
    assert sizes == sorted(sizes, reverse=True)  # coarser levels, fewer points


def test_a_partner_map_shares_its_layout_across_languages() -> None:
    """What every language's partner map shows but its labels is computed once (before the writers fork)."""
    archive = _archive(12)
    for node in archive.places.values():
        node.pairs = []
    centre = archive.places["p1"]
    centre.pairs = [SimpleNamespace(places=("p1", f"p{n}"), partnership=n % 2 == 0) for n in (2, 3, 5)]
    for node in archive.places.values():
        node.place.kind = "city"
        node.place.lat, node.place.lon = 40 + int(node.id[1:]) * 2.0, -3 + int(node.id[1:]) * 4.0
    names = {"en": {"p1": "Cologne"}, "de": {"p1": "Köln"}}
    mapsvg._partner_layouts.clear()
    mapsvg.prepare_partner_maps(archive)
    assert len(mapsvg._partner_layouts) == 1

    def draw(lang: str) -> str:
        return mapsvg.render_partner_map(centre, archive, lambda pid: f"/{pid}/", lambda pid: names[lang].get(pid, pid))

    ((_xy, _height, base),) = mapsvg._partner_layouts.values()
    maps = {lang: draw(lang) for lang in names}  # the first takes the prepared part, the second computes it
    assert mapsvg._partner_layouts  # and leaves it for the next
    assert maps["en"] == draw("en")  # which takes it
    assert not mapsvg._partner_layouts  # forgotten once taken
    assert base
    level, transform = base.split(" ", 1)
    assert all(
        f'<use class="map-land" href="/theme/land.svg{level}" transform="{transform}"/>' in svg for svg in maps.values()
    )
    assert ">Cologne<" in maps["en"]
    assert ">Köln<" in maps["de"]
