"""A map of the archive drawn at build time as inline SVG.

Every place is a point linking to its page, every partnership a line between
its two places. Equirectangular projection over the places' bounding box,
no tiles, no JavaScript.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from typing import Any

WIDTH = 960
PAD = 40


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
        return (round(PAD + (lon - lon_min) * kx * scale, 1), round(PAD + (lat_max - lat) * scale, 1))

    return project, height


def render_map(archive: Any, url_of: Callable[[str], str | None], name_of: Callable[[str], str]) -> str:
    """SVG markup of all places (points) and partnerships (lines)."""
    places = list(archive.places.values())
    if not places:
        return ""
    project, height = _projection([(p.place.lat, p.place.lon) for p in places])
    xy = {p.id: project(p.place.lat, p.place.lon) for p in places}
    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg" '
        'aria-labelledby="map-title">',
        f'<rect class="map-bg" x="0" y="0" width="{WIDTH}" height="{height}"/>',
    ]
    for pair in archive.pairs.values():
        a, b = pair.places
        if a in xy and b in xy:
            (x1, y1), (x2, y2) = xy[a], xy[b]
            parts.append(
                f'<line class="map-pair" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">'
                f"<title>{escape(name_of(a))} – {escape(name_of(b))}</title></line>"
            )
    for node in sorted(places, key=lambda n: n.id):
        x, y = xy[node.id]
        name = escape(name_of(node.id))
        radius = 5 if node.place.kind == "city" else 7
        dot = (
            f'<circle class="map-point map-{node.place.kind}" cx="{x}" cy="{y}" r="{radius}"/>'
            f'<text class="map-label" x="{x + 8}" y="{y + 4}">{name}</text>'
        )
        url = url_of(node.id)
        if url:
            parts.append(f'<a href="{escape(url)}" aria-label="{name}">{dot}</a>')
        else:
            parts.append(dot)
    parts.append("</svg>")
    return "".join(parts)
