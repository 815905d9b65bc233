"""Meetings over time: counts per year and a bar chart of them drawn at build time as inline SVG.

No script: the chart is a picture with a title and a description (``role="img"``),
and the same numbers stand beside it as a table (``timeline`` in macros.html), so
a screen reader or a reader without the picture has them all. Counting is one
pass over the meetings given, so the charts of all places and partnerships
together cost time linear in the number of meetings.

>>> import datetime as dt
>>> from types import SimpleNamespace as NS
>>> ms = [NS(date=dt.date(2019, 5, 1)), NS(date=dt.date(2021, 1, 2)), NS(date=dt.date(2021, 3, 4))]
>>> year_counts(ms)
[(2019, 1), (2020, 0), (2021, 2)]
>>> year_counts([])
[]
>>> 'role="img"' in bar_chart([(2019, 1), (2020, 0)], "c1", "Meetings per year", "1 meeting")
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape
from typing import Any

WIDTH, HEIGHT = 640, 180  # the drawing's units; the stylesheet scales it to the column
TOP, BOTTOM, LEFT, RIGHT = 14, 24, 30, 6  # room for the numbers above and the years below
ARTICLES_SHOWN = 40  # articles listed on a place or partnership page at most (whole years; see articles_by_year)
FONT_SIZE = 12  # of the axis labels, in chart units (the stylesheet's .chart text must agree)


def year_counts(meetings: Iterable[Any]) -> list[tuple[int, int]]:
    """(year, meetings that year) from the first year to the last, years without a meeting included."""
    counts = Counter(meeting.date.year for meeting in meetings)
    if not counts:
        return []
    return [(year, counts.get(year, 0)) for year in range(min(counts), max(counts) + 1)]


def group_by_year(items: Iterable[Any], year_of: Any) -> list[tuple[int, list[Any]]]:
    """Items grouped by year, newest year first, each group in the given order.

    >>> group_by_year([3, 1, 2, 5], lambda n: n % 2)
    [(1, [3, 1, 5]), (0, [2])]
    """
    groups: dict[int, list[Any]] = {}
    for item in items:
        groups.setdefault(year_of(item), []).append(item)
    return sorted(groups.items(), key=lambda group: group[0], reverse=True)


def meetings_by_year(meetings: Iterable[Any]) -> list[tuple[int, list[Any]]]:
    return group_by_year(meetings, lambda meeting: meeting.date.year)


def articles_by_year(articles: Iterable[Any], limit: int = ARTICLES_SHOWN) -> tuple[list[Any], list[Any]]:
    """(shown, earlier): the articles by year, newest year first; whole years are shown until ``limit``
    articles are (at least the newest year), the earlier years only counted (a busy place's page stays
    light; each of those articles is linked from its meeting and from the archive's year).

    >>> import datetime as dt
    >>> from types import SimpleNamespace as NS
    >>> items = [NS(published=dt.date(y, 1, 1)) for y in (2020, 2021, 2021, 2022)]
    >>> shown, earlier = articles_by_year(items, 2)
    >>> [(y, len(a)) for y, a in shown], [(y, len(a)) for y, a in earlier]
    ([(2022, 1)], [(2021, 2), (2020, 1)])
    """
    groups = group_by_year(
        sorted(articles, key=lambda a: a.published, reverse=True), lambda article: article.published.year
    )
    shown, total = [], 0
    for year, items in groups:
        if shown and total + len(items) > limit:
            break
        shown.append((year, items))
        total += len(items)
    return shown, groups[len(shown) :]


def _label_step(years: int) -> int:
    """Every year labelled up to 16 years; beyond, every 2nd, 5th or 10th (never crowded)."""
    for step in (1, 2, 5, 10, 20, 50):
        if years / step <= 16:
            return step
    return 100


def bar_chart(counts: list[tuple[int, int]], chart_id: str, title: str, description: str) -> str:
    """SVG markup of one bar per year; ``title`` and ``description`` name it for assistive technology."""
    if not counts:
        return ""
    most = max(count for _year, count in counts) or 1
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = inner_w / len(counts)
    bar = max(min(slot * 0.7, 48), 1.0)
    step = _label_step(len(counts))
    cid = escape(chart_id)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-labelledby="{cid}-title {cid}-desc">',
        f'<title id="{cid}-title">{escape(title)}</title><desc id="{cid}-desc">{escape(description)}</desc>',
        f'<path class="chart-axis" d="M{LEFT} {TOP + inner_h}H{WIDTH - RIGHT}"/>',
        f'<text class="chart-scale" x="{LEFT - 4}" y="{TOP + FONT_SIZE / 2:.0f}" text-anchor="end">{most}</text>',
        f'<text class="chart-scale" x="{LEFT - 4}" y="{TOP + inner_h}" text-anchor="end">0</text>',
    ]
    bars = []
    for index, (year, count) in enumerate(counts):
        centre = LEFT + slot * (index + 0.5)
        if count:
            h = inner_h * count / most
            bars.append(f"M{centre - bar / 2:.1f} {TOP + inner_h}v{-h:.1f}h{bar:.1f}v{h:.1f}z")
            if slot >= 22:  # the number above its bar, where there is room for it
                y = TOP + inner_h - h - 3
                count_at = f'x="{centre:.1f}" y="{y:.1f}"'
                parts.append(f'<text class="chart-count" {count_at} text-anchor="middle">{count}</text>')
        if (year - counts[0][0]) % step == 0:
            parts.append(
                f'<text class="chart-year" x="{centre:.1f}" y="{HEIGHT - 6}" text-anchor="middle">{year}</text>'
            )
    parts.insert(3, f'<path class="chart-bar" d="{"".join(bars)}"/>')
    parts.append("</svg>")
    return "".join(parts)
