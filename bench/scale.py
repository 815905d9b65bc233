"""The report at archive scale: Hugo as a second anchor, growth per article, memory, bytes written.

Tables and targets (PASS/FAIL) added to ``report.py``'s: ours against plain Pelican and Hugo in the
same interleaved runs (issue 22, item 4); per-article time, memory and bytes at every N against the
smallest N, the peak RSS at 50,000 articles (item 3); bytes per article per file kind when
``bench/sizes.py`` is there (the hook in ``run.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from measure import Build, Result

# the targets of issue 22
HUGO_AT = (8000, 50000)  # ours no slower than Hugo (by wall time) at 8,000, faster at 50,000, writing more pages
MAX_GROWTH = 1.15  # per-article cost at any N ≤ 1.15 × the cost per article at the smallest N
MAX_RSS_LARGE_MB = 1024.0  # peak RSS of our build at 50,000 articles
RSS_LARGE_AT = 50000

Metric = tuple[str, str, float, Callable[[Result], float | None]]  # name, unit per article, scale, value of one N


def _f(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _med(r: Result, which: str, key: Callable[[Build], float | None]) -> float | None:
    return r.median(r.builds(which), key)


def _pages(r: Result, which: str) -> int:
    return int(_med(r, which, lambda b: b.pages) or 0)


def hugo_table(results: list[Result]) -> str | None:
    """Ours against plain Pelican and Hugo: wall and CPU time, their ratios, pages, peak RSS (medians)."""
    if not any(r.hugo for r in results):
        return None
    lines = [
        "| N | wall ours / Pelican / Hugo (s) | ours ÷ Pelican | ours ÷ Hugo | CPU ours / Pelican / Hugo (s) "
        "| CPU ours ÷ Pelican | CPU ours ÷ Hugo | pages ours / Pelican / Hugo | peak RSS ours / Pelican / Hugo (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        wall = [_med(r, w, lambda b: b.seconds) for w in ("ours", "baseline", "hugo")]
        cpu = [_med(r, w, lambda b: b.cpu) for w in ("ours", "baseline", "hugo")]
        rss = [_med(r, w, lambda b: b.rss_mb) for w in ("ours", "baseline", "hugo")]
        pages = [_pages(r, w) for w in ("ours", "baseline", "hugo")]
        lines.append(
            f"| {r.n} | {' / '.join(_f(x) for x in wall)} | {_f(_ratio(wall[0], wall[1]))} "
            f"| {_f(_ratio(wall[0], wall[2]))} | {' / '.join(_f(x) for x in cpu)} | {_f(_ratio(cpu[0], cpu[1]))} "
            f"| {_f(_ratio(cpu[0], cpu[2]))} | {' / '.join(map(str, pages))} | {' / '.join(_f(x, 0) for x in rss)} |"
        )
    return "\n".join(lines)


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def hugo_check(results: list[Result]) -> tuple[str, bool | None, str]:
    """Ours no slower than Hugo at 8,000 and faster at 50,000 (wall time), writing more pages at both."""
    name = f"full build no slower than Hugo at N={HUGO_AT[0]}, faster at N={HUGO_AT[1]}, writing more pages"
    verdicts, details = [], []
    for n, strict in zip(HUGO_AT, (False, True), strict=True):
        r = next((r for r in results if r.n == n and r.hugo and r.ours), None)
        if r is None:
            details.append(f"N={n} not run")
            continue
        ours, hugo = r.ours_s or 0.0, _med(r, "hugo", lambda b: b.seconds) or 0.0
        more = _pages(r, "ours") > _pages(r, "hugo")
        verdicts.append((ours < hugo if strict else ours <= hugo) and more)
        details.append(
            f"N={n}: {ours:.2f} s vs {hugo:.2f} s ({ours / hugo:.2f}×), "
            f"{_pages(r, 'ours')} vs {_pages(r, 'hugo')} pages"
        )
    passed = all(verdicts) if len(verdicts) == len(HUGO_AT) else (False if not all(verdicts) else None)
    return name, passed, "; ".join(details)


METRICS: tuple[Metric, ...] = (
    ("full build", "ms", 1000.0, lambda r: r.ours_s),
    ("full build CPU", "ms", 1000.0, lambda r: r.median(r.ours, lambda b: b.cpu)),
    ("rebuild", "ms", 1000.0, lambda r: r.rebuild_s),
    ("peak RSS", "KB", 1024.0, lambda r: r.median(r.ours, lambda b: b.rss_mb)),
    ("output", "KB", 1 / 1024, lambda r: r.median(r.ours, lambda b: b.bytes)),
)
CHECKED = ("full build", "rebuild", "peak RSS", "output")  # the growth target of issue 22 (CPU: shown only)


def _per_article(metric: Metric, r: Result) -> float | None:
    value = metric[3](r)
    return value * metric[2] / r.n if value else None


def growth_table(results: list[Result]) -> str | None:
    """Per article at every N (and × the smallest N); the marginal cost of the articles added since the last N."""
    rows = [r for r in results if r.ours]
    if len(rows) < 2:
        return None
    head = " | ".join(f"{name} ({unit}/article, × N={rows[0].n}; added)" for name, unit, *_ in METRICS)
    lines = [f"| N | {head} |", "|---:|" + "---:|" * len(METRICS)]
    for previous, r in zip([None, *rows], rows, strict=False):
        cells = []
        for metric in METRICS:
            per, first = _per_article(metric, r), _per_article(metric, rows[0])
            cell = f"{_f(per)} (× {_f(_ratio(per, first))}"
            value, before = metric[3](r), metric[3](previous) if previous else None
            if previous and value and before:
                cell += f"; {_f((value - before) * metric[2] / (r.n - previous.n))}"
            cells.append(cell + ")")
        lines.append(f"| {r.n} | {' | '.join(cells)} |")
    return "\n".join(lines)


def growth_check(results: list[Result]) -> tuple[str, bool | None, str]:
    """Full build, rebuild, peak RSS and output per article at every N ≤ 1.15 × their value at the smallest N."""
    name = f"per article, every N ≤ {MAX_GROWTH}× the smallest N (full build, rebuild, peak RSS, output)"
    rows = [r for r in results if r.ours]
    if len(rows) < 2:
        return name, None, "needs two sizes"
    worst: list[tuple[float, str]] = []
    for metric in (m for m in METRICS if m[0] in CHECKED):
        first = _per_article(metric, rows[0])
        ratios = [(r.n, _ratio(_per_article(metric, r), first)) for r in rows[1:]]
        measured = [(n, x) for n, x in ratios if x is not None]
        if measured:
            n, x = max(measured, key=lambda item: item[1])
            worst.append((x, f"{metric[0]} {x:.2f}× (N={n})"))
    if not worst:
        return name, None, "not measured"
    return name, max(x for x, _ in worst) <= MAX_GROWTH, ", ".join(text for _, text in worst) + " (the largest of each)"


def rss_check(results: list[Result], n: int, max_mb: float, how: str = "") -> tuple[str, bool | None, str]:
    """Our build's peak RSS at ``n`` articles against ``max_mb`` (``how``: how to run that N, if not by default)."""
    at = next((r for r in results if r.n == n), None)
    rss = at.median(at.ours, lambda b: b.rss_mb) if at else None
    name = f"peak RSS ≤ {max_mb:.0f} MB at N={n}"
    if rss is None:
        return name, None, f"N={n} not run{how}"
    return name, rss <= max_mb, f"{rss:.0f} MB"


def rss_large_check(results: list[Result]) -> tuple[str, bool | None, str]:
    return rss_check(results, RSS_LARGE_AT, MAX_RSS_LARGE_MB, " (`--large`)")


def size_table(results: list[Result]) -> str | None:
    """Bytes written: every kind of build's output, in MB and KB per article (medians)."""
    rows = [r for r in results if r.ours]
    if not rows:
        return None
    kinds = [w for w in ("ours", "baseline", "hugo") if any(r.builds(w) for r in rows)]
    lines = ["| N | " + " | ".join(f"{w} (MB; KB/article)" for w in kinds) + " |", "|---:|" + "---:|" * len(kinds)]
    for r in rows:
        cells = []
        for w in kinds:
            size = _med(r, w, lambda b: b.bytes)
            cells.append(f"{_f(size / 1e6, 0)}; {_f(size / 1024 / r.n, 1)}" if size else "n/a")
        lines.append(f"| {r.n} | {' | '.join(cells)} |")
    return "\n".join(lines)


def by_kind_lines(results: list[Result]) -> list[str]:
    """Bytes per article per file kind of our output (from ``bench/sizes.py``, when it is there)."""
    rows = [r for r in results if r.sizes]
    if not rows:
        return []
    lines = ["", "Bytes per article per file kind of our output (`bench/sizes.py`, first full build):", ""]
    for r in rows:
        kinds = ", ".join(f"{kind} {value:,.0f}" for kind, value in sorted(r.sizes.items(), key=lambda kv: -kv[1]))
        lines.append(f"- N={r.n}: {kinds}")
    return lines
