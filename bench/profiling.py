"""Where the time of our build goes: cProfile at one or two sizes, summarised as Markdown.

Our build runs once more under ``python -m cProfile -m pelican … -e
DIPLOMACY_PARALLEL=false`` (the reading workers and the forked writer of the second
language would be invisible to cProfile). ``profile_text`` sums the cumulative time
of named parts (``BUCKETS``) and lists the top functions; ``growth_text`` compares two
sizes and flags the plugin's functions whose time grows faster than the articles.
"""

from __future__ import annotations

import pstats
from pathlib import Path
from typing import Any

from measure import ROOT, Paths, fresh, run_process, say

# Profile of our build


# label, where (a part of the file's path: a file or a folder), function name (cumulative time of that function)
BUCKETS: tuple[tuple[str, str, str], ...] = (
    ("whole run (Pelican.run)", "pelican/__init__.py", "run"),
    ("reading all files (Readers.read_file)", "pelican/readers.py", "read_file"),
    ("  capture parsing (parse_capture)", "diplomacy/reading/textcapture.py", "parse_capture"),
    ("  Markdown conversion (Markdown.convert)", "markdown/core.py", "convert"),
    (
        "  Markdown, prose-only documents converted directly (plainmd.convert)",
        "diplomacy/reading/plainmd.py",
        "convert",
    ),
    ("  language detection (detect_language)", "diplomacy/tagging/language.py", "detect_language"),
    ("  tagging (tag_article)", "diplomacy/tagging/tagger.py", "tag_article"),
    ("archive model (build_archive)", "diplomacy/archive/model.py", "build_archive"),
    ("Pelican's own article output (ArticlesGenerator.generate_output)", "pelican/generators.py", "generate_output"),
    ("diplomacy output (DiplomacyGenerator.generate_output)", "diplomacy/site/generator.py", "generate_output"),
    ("  rendering and writing pages (_write_page)", "diplomacy/site/", "_write_page"),
    ("    writing files (output.write, incl. the file system)", "diplomacy/site/output.py", "write"),
    ("search index (build_index, per language)", "diplomacy/site/search.py", "build_index"),
)
WRITERS = "diplomacy/site/"  # where the generator's page writers (``_write_*``, ``_copy_captures``) are

ProfileTable = dict[tuple[str, int, str], tuple[int, float, float]]  # key → (calls, own s, cumulative s)


def run_profile(paths: Paths) -> tuple[float, ProfileTable, Path]:
    """cProfile our full build at ``paths.n``; return wall seconds, the table and the .prof path."""
    out, cache = paths.out("profile"), paths.cache("profile")
    fresh(out, cache)
    prof = paths.root / "ours.prof"
    # one process: the forked child that writes the second language would be invisible to cProfile
    cmd = paths.ours(out, cache, "DIPLOMACY_PARALLEL=false")
    cmd[1:1] = ["-m", "cProfile", "-o", str(prof)]
    say(f"  profiling our build at N={paths.n} …")
    seconds, _, _ = run_process(cmd, paths.log("profile"))
    # cProfile swallows SystemExit, so a failed build exits 0: check that it finished
    if "Done: Processed" not in paths.log("profile").read_text(encoding="utf-8", errors="replace"):
        raise SystemExit(f"the profiled build did not finish: see {paths.log('profile')}")
    fresh(out, cache)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = pstats.Stats(str(prof)).stats  # type: ignore[attr-defined]
    table = {(_short(f), line, name): (nc, tt, ct) for (f, line, name), (_cc, nc, tt, ct, _c) in raw.items()}
    return seconds, table, prof


def _cumulative(table: ProfileTable, where: str, name: str) -> float:
    return sum(ct for (f, _l, n), (_nc, _tt, ct) in table.items() if where in f and n == name)


def profile_text(n: int, seconds: float, table: ProfileTable, prof: Path, top: int = 30) -> str:
    """Markdown: where the time goes (buckets, the plugin's page writers, top functions)."""
    total = max(ct for _nc, _tt, ct in table.values())
    lines = [
        f"Profile of our full build at N={n} (cProfile, with `-e DIPLOMACY_PARALLEL=false` so that both "
        f"languages are written in the profiled process: {seconds:.1f} s wall with profiling overhead; "
        f"`{prof.relative_to(ROOT)}`, read it with `python -m pstats`):",
        "",
        "| part | cumulative s | share |",
        "|---|---:|---:|",
    ]
    rows = [(label, _cumulative(table, where, name)) for label, where, name in BUCKETS]
    writers = sorted(
        (
            (f"  diplomacy {name}", ct)
            for (f, _l, name), (_nc, _tt, ct) in table.items()
            if WRITERS in f and (name.startswith("_write_") or name == "_copy_captures")
        ),
        key=lambda row: row[1],
        reverse=True,
    )
    index = next(i for i, (label, _) in enumerate(rows) if label.startswith("diplomacy output")) + 1
    rows[index:index] = writers
    for label, cumulative in rows:
        lines.append(f"| {label} | {cumulative:.2f} | {100 * cumulative / total:.0f} % |")
    lines += ["", f"Top {top} functions by cumulative time:", "", "| cumulative s | own s | calls | function |"]
    lines.append("|---:|---:|---:|---|")
    for (where, line, name), (calls, own, cumulative) in sorted(table.items(), key=lambda i: i[1][2], reverse=True)[
        :top
    ]:
        lines.append(f"| {cumulative:.2f} | {own:.2f} | {calls} | `{where}:{line} {name}` |")
    lines += ["", "Top 15 functions by own time:", "", "| own s | cumulative s | calls | function |"]
    lines.append("|---:|---:|---:|---|")
    for (where, line, name), (calls, own, cumulative) in sorted(table.items(), key=lambda i: i[1][1], reverse=True)[
        :15
    ]:
        lines.append(f"| {own:.2f} | {cumulative:.2f} | {calls} | `{where}:{line} {name}` |")
    return "\n".join(lines)


def growth_text(small: tuple[int, ProfileTable], big: tuple[int, ProfileTable], top: int = 25) -> str:
    """Markdown: the project's functions whose time grows faster than the number of articles."""
    (n_small, t_small), (n_big, t_big) = small, big
    factor = n_big / n_small
    ours = ("diplomacy/", "themes/", "templates/")
    rows = []
    for key, (calls, _own, cumulative) in t_big.items():
        if not any(marker in key[0] for marker in ours) or cumulative < 0.2:
            continue
        before = t_small.get(key)
        if before is None or before[2] <= 0:
            continue
        rows.append((cumulative / before[2], calls / max(before[0], 1), before[2], cumulative, key))
    rows.sort(key=lambda row: row[0], reverse=True)
    lines = [
        f"Growth from N={n_small} to N={n_big} ({factor:.0f}× the articles) of the plugin's and theme's functions "
        f"(cumulative ≥ 0.2 s at N={n_big}; a time ratio well above {factor:.0f} is super-linear):",
        "",
        f"| time ratio | calls ratio | s at {n_small} | s at {n_big} | function |",
        "|---:|---:|---:|---:|---|",
    ]
    for ratio, calls_ratio, before, after, (where, line, name) in rows[:top]:
        flag = " **super-linear**" if ratio > 1.5 * factor else ""
        lines.append(
            f"| {ratio:.1f}{flag} | {calls_ratio:.1f} | {before:.2f} | {after:.2f} | `{where}:{line} {name}` |"
        )
    return "\n".join(lines)


def _short(filename: str) -> str:
    for marker in ("site-packages/", "plugins/", "/themes/", "lib/python3."):
        if marker in filename:
            tail = filename.split(marker, 1)[1]
            return tail.split("/", 1)[1] if marker == "lib/python3." and "/" in tail else tail
    return filename


def profile(sizes: list[int], *, stub_map: bool = False) -> str:
    """Profile at the largest size; with two or more sizes also at the smallest, for the growth table."""
    big = Paths(sizes[-1], stub_map)
    seconds, table, prof = run_profile(big)
    text = profile_text(big.n, seconds, table, prof)
    if len(sizes) >= 2:
        small = Paths(sizes[0], stub_map)
        _seconds, small_table, _prof = run_profile(small)
        text += "\n\n" + growth_text((small.n, small_table), (big.n, table))
    return text
