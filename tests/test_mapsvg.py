"""The map's point separation (mapsvg._separate) against its plain definition."""

from __future__ import annotations

import math
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from diplomacy.site import mapsvg
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
