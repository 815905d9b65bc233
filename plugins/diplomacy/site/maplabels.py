"""Where the map's labels go: each label takes the position around its point that overlaps no other
label or point, crosses the fewest lines and stays inside the map (a part of mapsvg.py).

>>> label_width("Köln") < label_width("Düsseldorf")
True
"""

from __future__ import annotations

import math

WIDTH = 960  # the map's width in its own units (mapsvg.WIDTH)
MARGIN = 4  # labels keep this far from the map's edge
FONT_SIZE = 14  # of the labels, in map units (the stylesheet's .map-label must agree)
LABEL_GAP = 4  # between a point and its label
LABEL_SPACE = 4  # kept free between two labels, so that they do not read as one
LABEL_RINGS, LABEL_STEP = 3, 14  # label positions: rings this much farther out, joined to the point by a line

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def label_width(text: str) -> float:
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


def overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def crossing(box: Box, segments: list[tuple[float, float, float, float]]) -> float:
    """How much of the segments runs through the box: the length of each clipped to it (Liang–Barsky).

    >>> crossing((0, 0, 10, 10), [(-5, 5, 15, 5), (20, 20, 30, 30)])
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


def place_label(
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
    labels = [other for other in labels if overlap(near, other)]
    points = [other for other in points if overlap(near, other)]
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
        score += (sum(overlap(spaced, other) for other in labels) + sum(overlap(box, other) for other in points)) * 10
        if best is not None and score >= best[0]:
            continue
        score += crossing(box, segments) / 4
        if best is None or score < best[0]:
            best = (score, tx, ty, anchor, box, rank >= 8)
    assert best is not None
    return best[1:]


def leader(x: float, y: float, radius: float, box: Box) -> tuple[float, float, float, float]:
    """A line from the point's edge to the nearest edge of its label's box."""
    nx, ny = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    d = math.hypot(nx - x, ny - y) or 1.0
    return (x + (nx - x) * radius / d, y + (ny - y) * radius / d, nx, ny)
