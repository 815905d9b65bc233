"""Score the archive on a labelled set of captures, through a real build.

    .venv/bin/python tests/score.py dev              # the development set (tests/dev): tune on this one
    .venv/bin/python tests/score.py eval heldout     # the blind sets: report only, never tune on them
    .venv/bin/python tests/score.py dev --verbose    # and every mismatch, with the labeller's "why"
    .venv/bin/python tests/score.py dev --only cngov_ --json figures.json
    .venv/bin/python tests/score.py dev eval heldout --json data/accuracy.json --dated   # the methods page's figures

Each set's captures (and their ``.meta`` files) are copied into an empty content folder and built
with the site's own settings, exactly as ``make html`` would (search, feeds and sitemap off, they
do not change the tags). The figures come from what the build wrote, ``data/articles.json``, and
from its log: a capture without an article was left out, and the log says why.

Per field: accuracy (the article's value equals the label), and for the set-valued fields
(places, pairs, principals, attendees) micro precision and recall over all items. A capture the
labels say has no printed date anywhere (``published = "unknown"``, no ``.meta`` date) should be
left out: it counts as right when it is, and is not counted for the other fields. Names compare
without titles, case, accents and umlaut spelling; a title compares with whitespace, quotes and
dashes unified. Always exits 0: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETS = {
    "dev": HERE / "dev",
    "eval": HERE / "eval",
    "heldout": HERE / "heldout",
    "unseen6": HERE / "unseen6",
    "unseen6b": HERE / "unseen6b",
    "unseen7": HERE / "unseen7",
}
FIELDS = ("title", "language", "published", "meeting_date", "places", "pairs", "principals", "attendees")
SET_FIELDS = ("places", "pairs", "principals", "attendees")
_TITLES = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|frau|herr|herrn)\.?\s+)+", re.IGNORECASE)
_QUOTES = str.maketrans(
    {"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "–": "-", "—": "-"}
)


def fold_name(name: str) -> str:
    """Compare names loosely: no titles, case, spacing, umlaut spelling or accents."""
    name = _TITLES.sub("", " ".join(str(name).split())).casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(a, b)
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if not unicodedata.combining(c)).replace("-", " ")


def fold_title(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(title)).translate(_QUOTES).split()).casefold().rstrip(".")


def load_labels(folder: Path) -> dict[str, dict[str, Any]]:
    """``expected.toml``, or every ``expected/*.toml`` of the folder, merged."""
    files = (
        [folder / "expected.toml"] if (folder / "expected.toml").exists() else sorted(folder.glob("expected/*.toml"))
    )
    labels: dict[str, dict[str, Any]] = {}
    for path in files:
        labels.update(tomllib.loads(path.read_text(encoding="utf-8")))
    return labels


@dataclass
class Built:
    articles: dict[str, dict[str, Any]]  # capture file name -> the article the build wrote
    log: str
    seconds: float


def build(folder: Path, names: list[str]) -> Built:
    """Build the captures ``names`` of ``folder/captures`` with the site's settings; read what was written."""
    import time

    with tempfile.TemporaryDirectory(prefix="diplomacy-score-") as tmp:
        content = Path(tmp) / "content" / "captures"
        content.mkdir(parents=True)
        for name in names:
            shutil.copy2(folder / "captures" / name, content / name)
            meta = (folder / "captures" / name).with_suffix(".meta")
            if meta.exists():
                shutil.copy2(meta, content / meta.name)
        output = Path(tmp) / "output"
        extra = ["DIPLOMACY_SEARCH=false", "DIPLOMACY_FEEDS=false", "DIPLOMACY_SITEMAP=false"]
        cmd = [sys.executable, "-m", "pelican", str(content.parent), "-o", str(output), "-s", "pelicanconf.py"]
        start = time.perf_counter()
        done = subprocess.run(
            [*cmd, "--cache-path", str(Path(tmp) / "cache"), "-e", *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**_passed_env(), "PATH": "/usr/bin:/bin", "COLUMNS": "1000", "HOME": tmp, "PYTHONUTF8": "1"},
            check=False,
        )
        seconds = time.perf_counter() - start
        data = output / "data" / "articles.json"
        records = json.loads(data.read_text(encoding="utf-8")) if data.exists() else []
    articles = {}
    for record in records:
        capture = (record.get("capture") or "").rsplit("/", 1)[-1]
        articles[capture] = record
    return Built(articles, done.stdout + done.stderr, seconds)


def _passed_env() -> dict[str, str]:
    """PYTHONPATH and XDG_CACHE_HOME pass through (to score another checkout with this script)."""
    import os

    return {key: os.environ[key] for key in ("PYTHONPATH", "XDG_CACHE_HOME") if key in os.environ}


def got_values(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": record.get("title") or "",
        "language": record.get("lang"),
        "published": record.get("published") or "none",
        "meeting_date": record.get("meeting_date") or "none",
        "places": sorted(record.get("places") or []),
        "pairs": sorted(tuple(sorted(p)) for p in record.get("pairs") or []),
        "principals": sorted((p.get("name", ""), p.get("place")) for p in record.get("principals") or []),
        "attendees": sorted(
            (a.get("name", "") if isinstance(a, dict) else str(a)) for a in record.get("attendees") or []
        ),
    }


def want_values(label: dict[str, Any]) -> dict[str, Any]:
    meeting = label.get("meeting_date", "none")
    return {
        "title": label.get("title"),  # the blind sets have no title labels
        "language": label["lang"],
        "published": label["published"],
        "meeting_date": "none" if meeting in ("none", "unknown") else meeting,
        "places": sorted(label.get("places", [])),
        "pairs": sorted(tuple(sorted(p)) for p in label.get("pairs", [])),
        "principals": sorted((p["name"], p["place"]) for p in label.get("principals", [])),
        "attendees": sorted(label.get("attendees", [])),
    }


def items(name: str, values: list[Any]) -> set[Any]:
    if name == "principals":
        return {(fold_name(n), place) for n, place in values}
    if name == "attendees":
        return {fold_name(n) for n in values}
    return {tuple(v) if isinstance(v, list | tuple) else v for v in values}


def same(name: str, want: Any, got: Any) -> bool:
    if name in SET_FIELDS:
        return items(name, want) == items(name, got)
    if name == "title":
        return fold_title(want) == fold_title(got)
    return want == got


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    got_n: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    want_n: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mismatches: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    left_out: dict[str, str] = field(default_factory=dict)  # capture -> why (from the log)
    expected_out: int = 0
    rightly_out: int = 0

    def add(self, capture: str, want: dict[str, Any], got: dict[str, Any] | None) -> None:
        for name in FIELDS:
            if want[name] is None:
                continue
            self.total[name] += 1
            if name in SET_FIELDS:
                self.want_n[name] += len(items(name, want[name]))
                if got is not None:
                    found = items(name, got[name])
                    self.got_n[name] += len(found)
                    self.tp[name] += len(found & items(name, want[name]))
            if got is not None and same(name, want[name], got[name]):
                self.right[name] += 1
            else:
                self.mismatches.append((capture, name, want[name], None if got is None else got[name]))


def why_left_out(log: str, capture: str) -> str:
    stem = Path(capture).stem
    lines = [" ".join(line.split()) for line in log.splitlines() if stem in line and "Left out" not in line]
    return lines[0][:300] if lines else "no article written (no message names it)"


def score_set(name: str, only: str | None) -> tuple[Score, Built, dict[str, dict[str, Any]]]:
    folder = SETS[name] if name in SETS else Path(name)
    labels = load_labels(folder)
    names = sorted(n for n in labels if not only or only in n)
    built = build(folder, names)
    score = Score()
    for capture in names:
        label = labels[capture]
        record = built.articles.get(capture)
        has_meta_date = _meta_date((folder / "captures" / capture).with_suffix(".meta"))
        if label["published"] == "unknown" and not has_meta_date:
            score.expected_out += 1
            score.rightly_out += record is None
            continue
        if record is None:
            score.left_out[capture] = why_left_out(built.log, capture)
        score.add(capture, want_values(label), None if record is None else got_values(record))
    return score, built, labels


def _meta_date(meta: Path) -> bool:
    return meta.exists() and re.search(r"(?im)^\s*date\s*:", meta.read_text(encoding="utf-8")) is not None


def groups_merged(labels: dict[str, dict[str, Any]], built: Built) -> tuple[int, int, dict[str, dict[str, Any]]]:
    """Meetings reported by several captures: how many ended on one meeting page, and the others.

    The others map each group's name to the meeting page (or ``None``) each of its captures got.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for capture, label in labels.items():
        if label.get("group"):
            groups[label["group"]].append(capture)
    merged, apart = 0, {}
    for group, captures in groups.items():
        pages = {c: (built.articles.get(c) or {}).get("meeting") for c in captures}
        if len(set(pages.values())) == 1 and None not in pages.values():
            merged += 1
        else:
            apart[group] = pages
    return merged, len(groups), apart


def report(name: str, score: Score, built: Built, labels: dict[str, dict[str, Any]], verbose: bool) -> dict[str, Any]:
    read = sum(1 for c in labels if c in built.articles)
    figures: dict[str, Any] = {"set": name, "captures": len(labels), "read": read, "left_out": len(score.left_out)}
    counts = f"{len(labels)} captures; {read} read, {len(score.left_out)} left out"
    print(f"\n== {name}: {counts} (build {built.seconds:.1f} s)")
    print(f"{'field':<14}{'right':>7}{'total':>7}{'accuracy':>10}{'precision':>11}{'recall':>8}")
    for field_name in FIELDS:
        total = score.total[field_name]
        if not total:
            continue
        accuracy = score.right[field_name] / total
        row = {"right": score.right[field_name], "total": total, "accuracy": round(accuracy, 4)}
        extra = ""
        if field_name in SET_FIELDS:
            precision = score.tp[field_name] / score.got_n[field_name] if score.got_n[field_name] else 1.0
            recall = score.tp[field_name] / score.want_n[field_name] if score.want_n[field_name] else 1.0
            row.update(precision=round(precision, 4), recall=round(recall, 4))
            extra = f"{precision:>11.1%}{recall:>8.1%}"
        figures[field_name] = row
        print(f"{field_name:<14}{score.right[field_name]:>7}{total:>7}{accuracy:>10.1%}{extra}")
    if score.expected_out:
        print(f"{'no date: out':<14}{score.rightly_out:>7}{score.expected_out:>7}   (no date anywhere: left out)")
        figures["no_date_left_out"] = {"right": score.rightly_out, "total": score.expected_out}
    merged, groups, apart = groups_merged(labels, built)
    if groups:
        print(f"{'same meeting':<14}{merged:>7}{groups:>7}   (reports of one meeting on one meeting page)")
        figures["same_meeting"] = {"right": merged, "total": groups}
    for capture, why in sorted(score.left_out.items()):
        print(f"  left out: {capture}: {why}")
    if verbose:
        for capture, field_name, want, got in score.mismatches:
            print(f"  {capture} [{field_name}]\n      expected: {want}\n      got:      {got}")
            why = labels[capture].get("why")
            if why:
                print(f"      why:      {why}")
        for group, pages in sorted(apart.items()):
            print(f"  same meeting {group!r} not merged:")
            for capture, page in sorted(pages.items()):
                print(f"      {capture}: {page or '(no meeting page)'}")
    return figures


def _today() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).date().isoformat()


def _commit() -> str | None:
    """The commit measured (with "+changes" when the working tree differs from it), or None outside git."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, check=False
        )
    except OSError:
        return None
    if head.returncode:
        return None
    return head.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def _set_name(value: str) -> str:
    """A named set, or a folder holding `captures/` and `expected/` (a scratch batch outside the repository)."""
    if value in SETS or ((Path(value) / "captures").is_dir() and (Path(value) / "expected").is_dir()):
        return value
    named = ", ".join(sorted(SETS))
    raise argparse.ArgumentTypeError(f"{value!r} is neither {named} nor a folder with captures/ and expected/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sets",
        nargs="+",
        type=_set_name,
        help=f"{', '.join(sorted(SETS))}, or a folder of the same form (captures/, expected/*.toml)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="print every mismatch")
    parser.add_argument("--only", help="score only captures whose file name contains this")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--dated",
        action="store_true",
        help="the JSON as {measured: day, commit, sets: [figures]}: data/accuracy.json, which the methods page shows",
    )
    args = parser.parse_args(argv)
    all_figures = []
    for name in args.sets:
        score, built, labels = score_set(name, args.only)
        if args.only:
            labels = {k: v for k, v in labels.items() if args.only in k}
        all_figures.append(report(name, score, built, labels, args.verbose))
    if args.json:
        payload: Any = all_figures
        if args.dated:
            payload = {"measured": _today(), "commit": _commit(), "sets": all_figures}
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
