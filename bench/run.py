"""Is the archive fast at archive scale? Our build against plain Pelican.

``python bench/run.py [--n 1000 4000 8000] [--runs 3] [--profile]``

For every N it generates the corpus (``bench/corpus.py``) into ``bench/work/``
and measures, each build a separate ``python -m pelican`` process:

(a) our full build: ``pelicanconf.py`` (the diplomacy plugin and theme) on the
    corpus, everything the site writes;
(b) the baseline: plain Pelican with its ``simple`` theme and no plugins on
    the same articles as plain Markdown (``corpus.py --markdown-only``);
(c) a rebuild with Pelican's content cache on, after one capture changed
    (a warm build first, then the change, then the timed build);
(d) the tagging cost per article, in this process: language detection plus
    ``tag_article`` over every article of the corpus.

(a) and (b) alternate; the table shows medians. Wall time includes the
interpreter's start; peak RSS is the child's own ``ru_maxrss`` from
``os.wait4`` (no ``/usr/bin/time`` needed). Results go to the terminal and
to ``bench/results.md``; the targets are checked at the end (PASS/FAIL).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Sequence
from pathlib import Path

# The benchmark's modules live beside this file and import each other by name (bench/ is not a package):
# ``python bench/run.py`` has this folder first on sys.path already; the line below does it on import too.
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
from measure import (  # noqa: E402
    ROOT,
    VENV_PYTHON,
    WORK,
    Paths,
    Result,
    empty_trash,
    fresh,
    full_build,
    generate,
    generate_hugo,
    prepare_work,
    rebuild,
    say,
)
from profiling import profile  # noqa: E402
from report import load_average, report  # noqa: E402
from sizes import bytes_per_kind  # noqa: E402
from tagcost import measure_tagging  # noqa: E402

RESULTS = BENCH / "results.md"
LARGE = (20000, 50000)  # the archive-scale sizes of --large
# every run measures each kind once; the order rotates, so each kind goes first in one run of three
ORDERS = (("ours", "baseline", "hugo"), ("baseline", "hugo", "ours"), ("hugo", "ours", "baseline"))


def _ensure_venv(argv: Sequence[str]) -> None:
    """Re-run with the project's virtual environment when this Python lacks Pelican."""
    try:
        import pelican  # noqa: F401
    except ImportError:
        if VENV_PYTHON.exists() and Path(sys.executable).resolve() != VENV_PYTHON.resolve():
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *argv])
        raise SystemExit("Pelican is not installed: run `make venv` first (or use .venv/bin/python)") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 4000, 8000], help="corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="full builds of each kind per N (medians)")
    parser.add_argument("--rebuild-runs", type=int, default=None, help="rebuild measurements per N (default: --runs)")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    parser.add_argument("--profile", action="store_true", help="also profile our build at the largest N")
    parser.add_argument(
        "--profile-only",
        action="store_true",
        help="only profile (largest N, and the smallest for the growth table); write bench/work/profile.md",
    )
    parser.add_argument("--no-results", action="store_true", help="do not write the results file")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the report (bench/results.md)")
    parser.add_argument(
        "--stub-map",
        action="store_true",
        help="DIAGNOSTIC: replace diplomacy.site.mapsvg.render_map by an empty map in our builds (not the real site)",
    )
    parser.add_argument("--no-split", action="store_true", help="skip the extra build without the search index")
    parser.add_argument(
        "--large",
        type=int,
        nargs="*",
        default=None,
        help=f"also the archive-scale sizes (default {' '.join(map(str, LARGE))}): full builds and a rebuild, "
        "no split build and no tagging pass; checks linear growth and memory (not in CI)",
    )
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo anchor")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    args = parser.parse_args(argv)
    _ensure_venv(argv)
    args.load_before = load_average()
    args.argv = argv
    if args.large is not None:
        args.large = sorted(set(args.large or LARGE))
    args.n = sorted(set(args.n) | set(args.large or ()))
    if args.runs < 1 or min(args.n) < 1:
        parser.error("--runs and every --n must be at least 1")
    prepare_work(stub_map=args.stub_map)
    say(
        f"{os.cpu_count()} cores, Python {platform.python_version()}; N = {args.n}, {args.runs} run(s) each; "
        f"load average {args.load_before}"
    )
    try:
        return _profile_only(args) if args.profile_only else _run(args)
    finally:
        empty_trash()


def _profile_only(args: argparse.Namespace) -> int:
    """No measurements: profile the largest and the smallest N, write ``bench/work/profile.md``."""
    for n in sorted({args.n[0], args.n[-1]}):
        generate(Paths(n, args.stub_map), args.seed)
    text = profile(args.n, stub_map=args.stub_map) + "\n"
    print(text)
    (WORK / "profile.md").write_text(text, encoding="utf-8")
    say(f"written to {(WORK / 'profile.md').relative_to(ROOT)}")
    return 0


def _measure(n: int, args: argparse.Namespace) -> Result:
    """Full builds (ours and the baseline alternating), rebuilds and the tagging cost at one N."""
    paths = Paths(n, args.stub_map)
    generate(paths, args.seed)
    if not args.no_hugo:
        generate_hugo(paths, args.seed)
    large = n in (args.large or ())  # archive scale: no split build, no tagging pass (it does not depend on N)
    result = Result(n)
    for number in range(1, args.runs + 1):
        order = tuple(w for w in ORDERS[(number - 1) % len(ORDERS)] if w != "hugo" or not args.no_hugo)
        for which in order + (() if args.no_split or large else ("nosearch",)):
            result.builds(which).append(full_build(paths, which, number))
            if which == "ours" and not result.sizes:  # what our site publishes per article, by file kind
                result.sizes = bytes_per_kind(paths.out("ours"), n)
    for number in range(1, (args.rebuild_runs or args.runs) + 1):
        warm, seconds = rebuild(paths, number)
        result.warm.append(warm)
        result.rebuild.append(seconds)
    if not large:
        result.tagging = measure_tagging(paths, args.seed)
        t = result.tagging
        say(
            f"  tagging: median {t['median_us']:.0f} µs/article over {t['articles']:.0f} articles "
            f"(right: meeting date {t['right_meeting_date']:.1f} %, parties {t['right_places']:.1f} %)"
        )
    for which in ("ours", "baseline", "hugo", "rebuild", "nosearch"):
        fresh(paths.out(which), paths.cache(which))
    return result


def _run(args: argparse.Namespace) -> int:
    results = [_measure(n, args) for n in args.n]
    text = report(results, args, profile(args.n, stub_map=args.stub_map) if args.profile else None)
    print()
    print(text)
    if not args.no_results:
        args.results.write_text(text, encoding="utf-8")
        say(f"written to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
