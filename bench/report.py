"""The benchmark's report: tables, the targets (PASS/FAIL) and the text of ``bench/results.md``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
from collections.abc import Callable
from pathlib import Path

import scale
from hugosite import hugo_binary
from measure import Result

# the targets of issue 7
MAX_RATIO = 1.5  # our full build ≤ 1.5 × the baseline, at every N
MAX_SCALING = 9.0  # time(8000) / time(1000) ≤ 9 (allowed growth for 8 × the articles)
MAX_REBUILD = 0.6  # a rebuild after one changed capture ≤ 0.6 × the full build
MAX_RSS_MB = 300.0  # peak RSS of our build at N = 8000
RSS_AT = 8000
MAX_TAGGING_US = 1500.0  # median tagging cost per article


def _f(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def table(results: list[Result]) -> str:
    head = (
        "| N | ours full (s) | baseline (s) | ratio | pages ours / baseline | ms per page ours / baseline "
        "| rebuild (s) | rebuild / full | peak RSS ours / baseline (MB) | tagging median (µs/article) |"
    )
    lines = [head, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        ours, base, reb = r.ours_s, r.base_s, r.rebuild_s
        pages_o = int(r.median(r.ours, lambda b: b.pages) or 0)
        pages_b = int(r.median(r.base, lambda b: b.pages) or 0)
        rss_o = r.median(r.ours, lambda b: b.rss_mb)
        rss_b = r.median(r.base, lambda b: b.rss_mb)
        ratio = ours / base if ours and base else None
        per_o = 1000 * ours / pages_o if ours and pages_o else None
        per_b = 1000 * base / pages_b if base and pages_b else None
        rebuild_ratio = reb / ours if reb and ours else None
        tagging = r.tagging.get("median_us")
        lines.append(
            f"| {r.n} | {_f(ours)} | {_f(base)} | {_f(ratio)} | {pages_o} / {pages_b} | {_f(per_o)} / {_f(per_b)} "
            f"| {_f(reb)} | {_f(rebuild_ratio)} | {_f(rss_o, 0)} / {_f(rss_b, 0)} | {_f(tagging, 0)} |"
        )
    return "\n".join(lines)


def cpu_table(results: list[Result]) -> str:
    lines = ["| N | ours CPU (s) | baseline CPU (s) | CPU ratio |", "|---:|---:|---:|---:|"]
    for r in results:
        ours = r.median(r.ours, lambda b: b.cpu)
        base = r.median(r.base, lambda b: b.cpu)
        ratio = ours / base if ours and base else None
        lines.append(f"| {r.n} | {_f(ours)} | {_f(base)} | {_f(ratio)} |")
    return "\n".join(lines)


def split_table(results: list[Result]) -> str | None:
    rows = [r for r in results if r.nosearch]
    if not rows:
        return None
    lines = [
        "| N | without search (s) | CPU (s) | peak RSS (MB) | pages | search index's share of the build's CPU time |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        seconds = r.median(r.nosearch, lambda x: x.seconds)
        cpu = r.median(r.nosearch, lambda x: x.cpu)
        rss = r.median(r.nosearch, lambda x: x.rss_mb)
        ours_cpu = r.median(r.ours, lambda x: x.cpu)
        # from CPU time (medians): wall time is too noisy on a shared machine
        share = 1 - cpu / ours_cpu if cpu and ours_cpu else None
        lines.append(
            f"| {r.n} | {_f(seconds)} | {_f(cpu)} | {_f(rss, 0)} | {r.nosearch[0].pages} | "
            f"{_f(100 * share if share is not None else None, 0)} % |"
        )
    return "\n".join(lines)


def load_average() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


Check = tuple[str, bool | None, str]  # target, passed (None when not measured), detail


def _at_every_n(name: str, values: list[tuple[int, float]], limit: float, unit: Callable[[float], str]) -> Check:
    passed = all(x <= limit for _, x in values) if values else None
    return name, passed, ", ".join(f"N={n}: {unit(x)}" for n, x in values) or "not measured"


def _ratio_check(results: list[Result]) -> Check:
    ratios = [(r.n, r.ours_s / r.base_s) for r in results if r.ours_s and r.base_s]
    return _at_every_n(f"full build ≤ {MAX_RATIO}× baseline at every N", ratios, MAX_RATIO, lambda x: f"{x:.2f}×")


def _scaling_check(results: list[Result]) -> Check:
    timed = [r for r in results if r.ours_s]
    if len(timed) < 2 or timed[-1].n <= timed[0].n:
        return "time(8000) / time(1000) ≤ 9", None, "needs two sizes"
    small, big = timed[0], timed[-1]
    allowed = MAX_SCALING * (big.n / small.n) / 8
    growth = big.ours_s / small.ours_s  # type: ignore[operator]
    detail = f"{growth:.2f}"
    if big.base_s and small.base_s:
        detail += f" (baseline {big.base_s / small.base_s:.2f})"
    return f"time({big.n}) / time({small.n}) ≤ {allowed:.1f} (9 for 8× the articles)", growth <= allowed, detail


def _rebuild_check(results: list[Result]) -> Check:
    rebuilds = [(r.n, r.rebuild_s / r.ours_s) for r in results if r.rebuild_s and r.ours_s]
    name = f"rebuild after one changed capture ≤ {MAX_REBUILD}× full build"
    return _at_every_n(name, rebuilds, MAX_REBUILD, lambda x: f"{x:.2f}×")


def _rss_check(results: list[Result]) -> Check:
    return scale.rss_check(results, RSS_AT, MAX_RSS_MB)


def _tagging_check(results: list[Result]) -> Check:
    tagged = [(r.n, r.tagging["median_us"]) for r in results if r.tagging]
    name = f"tagging ≤ {MAX_TAGGING_US / 1000:.1f} ms/article (median)"
    return _at_every_n(name, tagged, MAX_TAGGING_US, lambda x: f"{x:.0f} µs")


CHECKS: tuple[Callable[[list[Result]], Check], ...] = (
    _ratio_check,
    _scaling_check,
    _rebuild_check,
    _rss_check,
    _tagging_check,
    scale.hugo_check,
    scale.growth_check,
    scale.rss_large_check,
)


def targets(results: list[Result]) -> list[Check]:
    """The targets in order: (target, passed or None when not measured, detail)."""
    return [check(results) for check in CHECKS]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _hugo_version() -> str:
    binary = hugo_binary()
    if binary is None:
        return "Hugo not installed"
    try:
        done = subprocess.run([str(binary), "version"], capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return "Hugo (version unknown)"
    return "Hugo " + (done.stdout.split() or ["?", "?"])[1].split("-")[0]


def _header(args: argparse.Namespace) -> list[str]:
    import pelican

    lines = ["# Benchmark: our build against plain Pelican and Hugo", ""]
    if args.stub_map:
        lines += [
            "**DIAGNOSTIC RUN (`--stub-map`): `diplomacy.site.mapsvg.render_map` was replaced by an empty map in our "
            "builds, so these are not the real site's numbers.**",
            "",
        ]
    return [
        *lines,
        f"- date: {dt.date.today().isoformat()}",
        f"- machine: {os.cpu_count()} cores ({_cpu_model()}), {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, Pelican {pelican.__version__}, {_hugo_version()}",
        f"- command: `python bench/run.py {' '.join(args.argv)}` (medians of {args.runs} run(s); seed {args.seed})",
        "",
    ]


def _timings(results: list[Result], args: argparse.Namespace) -> list[str]:
    lines = [
        table(results),
        "",
        "CPU time of the same builds (user + system; less sensitive to other processes on the machine):",
        "",
        cpu_table(results),
        "",
        f"Load average (1/5/15 min) at the start: {args.load_before}; at the end: {load_average()}.",
        "",
    ]
    lines += _scale(results)
    split = split_table(results)
    if split:
        lines += [
            "Our build without the search index and search pages (`-e DIPLOMACY_SEARCH=false`, after ours and the "
            "baseline in every run; medians):",
            "",
            split,
            "",
        ]
    return lines


def _scale(results: list[Result]) -> list[str]:
    """The Hugo anchor, the bytes written and the growth per article (bench/scale.py)."""
    lines: list[str] = []
    hugo = scale.hugo_table(results)
    if hugo:
        lines += ["Ours against plain Pelican and Hugo (the same runs, the order rotating; medians):", "", hugo, ""]
    sizes = scale.size_table(results)
    if sizes:
        lines += ["Bytes written (every file of the output folder; medians):", "", sizes, ""]
    growth = scale.growth_table(results)
    if growth:
        lines += [
            "Our build per article at every N (× its value at the smallest N; after `;`: the cost of each "
            "article added since the previous N):",
            "",
            growth,
            "",
        ]
    return lines + scale.by_kind_lines(results)


def _verdicts(checks: list[Check]) -> list[str]:
    lines = ["Targets:", ""]
    for name, passed, detail in checks:
        verdict = "n/a" if passed is None else ("PASS" if passed else "FAIL")
        lines.append(f"- **{verdict}** {name}: {detail}")
    return lines


def _tagging(results: list[Result]) -> list[str]:
    lines = ["", "Tagging (language detection + `tag_article`, per article, in one process; the best pass):", ""]
    for r in results:
        t = r.tagging
        if t:
            lines.append(
                f"- N={r.n}: median {t['median_us']:.0f} µs CPU (detection {t['detect_median_us']:.0f} µs, "
                f"tagger {t['tag_median_us']:.0f} µs; wall median {t['wall_median_us']:.0f} µs), "
                f"p90 {t['p90_us']:.0f} µs, mean {t['mean_us']:.0f} µs over "
                f"{t['articles']:.0f} articles; right: language {t['right_lang']:.1f} %, meeting date "
                f"{t['right_meeting_date']:.1f} %, parties {t['right_places']:.1f} %; the best of "
                f"{len(t['pass_medians_us'])} passes, whose medians were "
                + " / ".join(f"{m:.0f}" for m in t["pass_medians_us"])
                + " µs"
            )
    warm = [(r.n, statistics.median(r.warm)) for r in results if r.warm]
    if warm:
        lines += ["", "Warm builds that fill the content cache: " + ", ".join(f"N={n}: {s:.2f} s" for n, s in warm)]
    return lines


WHAT_IS_MEASURED = (
    "What is measured: see `bench/README.md`. Ours = `pelicanconf.py` (plugin `diplomacy`, theme "
    "`themes/diplomacy`, every page in English and German, data files, capture copies) on the generated "
    "corpus (a third raw captures, the rest Markdown); baseline = Pelican with `PLUGINS = []`, the `simple` "
    "theme and `DEFAULT_PAGINATION = 20` on the same articles as plain Markdown; Hugo = `hugo --quiet` on the "
    "same articles as a bilingual Hugo site with our minimal layout in `bench/hugo/` (each article once, in its "
    "language; lists, places and partnerships as taxonomies, RSS feeds per language)."
)


def report(results: list[Result], args: argparse.Namespace, profile: str | None) -> str:
    """The Markdown of ``bench/results.md``: header, tables, targets, tagging, (profile)."""
    lines = [*_header(args), *_timings(results, args), *_verdicts(targets(results)), *_tagging(results)]
    lines += ["", WHAT_IS_MEASURED]
    if profile:
        lines += ["", "## Where the time goes", "", profile]
    return "\n".join(lines) + "\n"
