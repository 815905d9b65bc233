"""Score the tagger on the held-out blind set (measure only; never tune on it).

Usage:  .venv/bin/python tests/heldout/score.py [--verbose]

For each captures/NN_slug.txt: decode and parse the capture, take the
publication date from NN_slug.meta (``Date: YYYY-MM-DD``) if there is one,
else from the capture; detect the language; run the tagger; compare with
expected.toml.  Prints per-field accuracy; --verbose also prints every
mismatch.  Always exits 0.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import traceback
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CAPTURES = HERE / "captures"
EXPECTED = HERE / "expected.toml"

FIELDS = ("language", "published", "meeting_date", "places", "pairs", "principals", "attendees")


def norm_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name or "").split()).casefold()


def place_id(place) -> str | None:
    if place is None:
        return None
    return getattr(place, "id", place)


def meta_date(path: Path) -> dt.date | None:
    meta = path.with_suffix(".meta")
    if not meta.exists():
        return None
    for line in meta.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*Date\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", line, re.IGNORECASE)
        if match:
            return dt.date.fromisoformat(match.group(1))
    return None


def expected_values(exp: dict) -> dict:
    meeting = exp.get("meeting_date", "none")
    return {
        "language": exp["lang"],
        "published": dt.date.fromisoformat(exp["published"]) if exp.get("published") else None,
        "meeting_date": None if meeting in (None, "none", "") else dt.date.fromisoformat(meeting),
        "places": sorted(exp.get("places", [])),
        "pairs": sorted(tuple(sorted(p)) for p in exp.get("pairs", [])),
        "principals": sorted((norm_name(p["name"]), p["place"]) for p in exp.get("principals", [])),
        "attendees": sorted(norm_name(n) for n in exp.get("attendees", [])),
    }


def actual_values(path: Path, gazetteer) -> dict:
    from diplomacy.reading.textcapture import decode_capture, parse_capture
    from diplomacy.tagging.language import detect_language
    from diplomacy.tagging.tagger import tag_article

    text = decode_capture(path.read_bytes())
    capture = parse_capture(text)
    published = meta_date(path) or capture.published
    title = capture.title or ""
    paragraphs = list(capture.paragraphs)
    lang, _confidence = detect_language("\n".join([title, *paragraphs]))
    tags = tag_article(title, paragraphs, lang, published, gazetteer)
    return {
        "language": lang,
        "published": published,
        "meeting_date": tags.meeting_date,
        "places": sorted(set(tags.places)),
        "pairs": sorted({tuple(sorted(p)) for p in tags.pairs}),
        "principals": sorted({(norm_name(p.name), place_id(p.place)) for p in tags.principals}),
        "attendees": sorted({norm_name(p.name) for p in tags.attendees}),
    }


def main(argv: list[str]) -> None:
    import tomllib

    verbose = "--verbose" in argv or "-v" in argv
    expected = tomllib.loads(EXPECTED.read_text(encoding="utf-8"))
    files = sorted(CAPTURES.glob("*.txt"))
    missing = sorted(set(expected) - {f.name for f in files})
    unlisted = sorted({f.name for f in files} - set(expected))

    from diplomacy.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    correct = dict.fromkeys((*FIELDS, "all"), 0)
    by_lang: dict[str, dict[str, int]] = {}
    total = 0
    mismatches: list[str] = []
    for path in files:
        if path.name not in expected:
            continue
        total += 1
        want = expected_values(expected[path.name])
        lang_counts = by_lang.setdefault(want["language"], {"n": 0, "all": 0})
        lang_counts["n"] += 1
        try:
            got = actual_values(path, gazetteer)
        except Exception as error:  # a crash counts as wrong on every field
            mismatches.append(f"{path.name}: ERROR {type(error).__name__}: {error}")
            if verbose:
                mismatches.append(traceback.format_exc())
            continue
        ok_all = True
        for field in FIELDS:
            if got[field] == want[field]:
                correct[field] += 1
            else:
                ok_all = False
                mismatches.append(f"{path.name}: {field}: expected {want[field]!r}, got {got[field]!r}")
        if ok_all:
            correct["all"] += 1
            lang_counts["all"] += 1

    labels = {
        "language": "language",
        "published": "published",
        "meeting_date": "meeting_date",
        "places": "places",
        "pairs": "pairs",
        "principals": "principals (name+place)",
        "attendees": "attendees",
        "all": "all fields",
    }
    print(f"Held-out blind set: {total} captures")
    print(f"{'field':<26}{'correct':>10}{'accuracy':>10}")
    for field in (*FIELDS, "all"):
        share = correct[field] / total if total else 0.0
        print(f"{labels[field]:<26}{correct[field]:>5}/{total:<4}{share:>9.0%}")
    for lang, counts in sorted(by_lang.items()):
        print(f"all fields [{lang}]{'':<16}{counts['all']:>5}/{counts['n']:<4}")
    if missing:
        print("missing captures:", ", ".join(missing))
    if unlisted:
        print("captures without expected tags:", ", ".join(unlisted))
    if verbose and mismatches:
        print()
        print("Mismatches:")
        for line in mismatches:
            print("  " + line)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except Exception:  # never fail the caller: this is a measurement
        traceback.print_exc()
    sys.exit(0)
