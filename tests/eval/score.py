#!/usr/bin/env python3
"""Score the tagger against the blind evaluation corpus in tests/eval/.

    python tests/eval/score.py [--verbose] [--only SUBSTRING]

For every ``tests/eval/captures/*.txt`` the capture is decoded and parsed
exactly as the importer does it (``diplomacy.reading.textcapture``), the language is
detected, and ``tag_article`` is run with the publication date (the ``.meta``
``Date:`` if there is one, else the date ``parse_capture`` found).  The result
is compared with ``tests/eval/expected.toml`` field by field:

    language, published, meeting_date, places, pairs,
    principals (set of name + place), attendees (set of names)

plus, for captures that report the same meeting (``group``), whether they all
got the same meeting date and places.  Prints a table of per-field accuracy
and every mismatch (file, field, expected, got).  Always exits 0: this is a
measurement, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
import traceback
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


FIELDS = ("language", "published", "meeting_date", "places", "pairs", "principals", "attendees")
_TITLES_RE = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|frau|herr)\.?\s+)+", re.IGNORECASE)


def fold_name(name: str) -> str:
    """Compare names loosely: no titles, case, spacing, umlaut spelling or accents."""
    name = _TITLES_RE.sub("", " ".join(str(name).split()))
    name = name.casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(a, b)
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if not unicodedata.combining(c)).replace("-", " ")


def place_id(value) -> str:
    for attr in ("id", "place_id"):
        if hasattr(value, attr):
            return str(getattr(value, attr))
    return str(value)


def read_meta_date(path: Path) -> dt.date | None:
    meta = path.with_suffix(".meta")
    if not meta.exists():
        return None
    for line in meta.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*date\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", line, re.IGNORECASE)
        if match:
            return dt.date.fromisoformat(match.group(1))
    return None


def normalise_tags(tags) -> dict:
    """Tags -> comparable plain values."""
    is_meeting = getattr(tags, "is_meeting", True)
    date = getattr(tags, "meeting_date", None)
    if date is None or not is_meeting:
        meeting = "none"
        if date is not None:
            meeting = f"none (is_meeting=False, meeting_date={date})"
    else:
        meeting = date.isoformat() if hasattr(date, "isoformat") else str(date)
    places = sorted({place_id(p) for p in (getattr(tags, "places", None) or [])})
    pairs = sorted({tuple(sorted(place_id(x) for x in pair)) for pair in (getattr(tags, "pairs", None) or [])})
    principals = []
    for person in getattr(tags, "principals", None) or []:
        place = getattr(person, "place", None)
        principals.append((getattr(person, "name", str(person)), None if place is None else place_id(place)))
    attendees = [getattr(a, "name", a) for a in (getattr(tags, "attendees", None) or [])]
    return {
        "meeting_date": meeting,
        "places": places,
        "pairs": [list(p) for p in pairs],
        "principals": principals,
        "attendees": [str(a) for a in attendees],
    }


def compare(field: str, want, got) -> bool:
    if field in ("places",):
        return sorted(want) == sorted(got)
    if field == "pairs":
        return {tuple(sorted(p)) for p in want} == {tuple(sorted(p)) for p in got}
    if field == "principals":
        return {(fold_name(p["name"]), p["place"]) for p in want} == {(fold_name(n), pl) for n, pl in got}
    if field == "attendees":
        return {fold_name(n) for n in want} == {fold_name(n) for n in got}
    return want == got


def show(field: str, value) -> str:
    if field == "principals":
        items = [(p["name"], p["place"]) if isinstance(p, dict) else tuple(p) for p in value]
        return "[" + ", ".join(f"{n} @ {pl}" for n, pl in items) + "]"
    if field == "pairs":
        return "[" + ", ".join("–".join(p) for p in value) + "]"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print every capture's tags")
    parser.add_argument("--only", help="score only captures whose file name contains this")
    args = parser.parse_args()

    from diplomacy.places.gazetteer import Gazetteer
    from diplomacy.reading.textcapture import decode_capture, parse_capture
    from diplomacy.tagging.language import detect_language
    from diplomacy.tagging.tagger import tag_article

    expected = tomllib.loads((HERE / "expected.toml").read_text(encoding="utf-8"))
    gazetteer = Gazetteer.load()
    captures = sorted((HERE / "captures").glob("*.txt"))
    if args.only:
        captures = [c for c in captures if args.only in c.name]

    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    mismatches: list[tuple[str, str, str, str]] = []
    results: dict[str, dict] = {}

    for path in captures:
        name = path.name
        want = expected.get(name)
        if want is None:
            print(f"!! {name}: no entry in expected.toml (skipped)")
            continue
        got: dict = {}
        try:
            capture = parse_capture(decode_capture(path.read_bytes()))
            title = capture.title or ""
            paragraphs = list(capture.paragraphs)
            lang_result = detect_language("\n".join([title, *paragraphs]))
            lang = lang_result[0] if isinstance(lang_result, tuple) else lang_result
            published = read_meta_date(path) or capture.published
            got["language"] = lang
            got["published"] = published.isoformat() if published else "none"
            tags = tag_article(title, paragraphs, lang, published, gazetteer)
            got.update(normalise_tags(tags))
            if args.verbose:
                print(f"--- {name}")
                print(f"    title: {title!r}")
                print(f"    lang={lang} published={got['published']} meeting={got['meeting_date']}")
                print(f"    places={got['places']} pairs={show('pairs', got['pairs'])}")
                for person in getattr(tags, "principals", None) or []:
                    print(
                        f"    principal: {getattr(person, 'name', person)!r} role={getattr(person, 'role', None)!r}"
                        f" role_key={getattr(person, 'role_key', None)!r} place={getattr(person, 'place', None)!r}"
                    )
                print(f"    attendees={got['attendees']}")
        except Exception as error:  # a crash is a miss on every field not yet known
            print(f"!! {name}: {type(error).__name__}: {error}")
            if args.verbose:
                traceback.print_exc()
        results[name] = got

        wanted = {
            "language": want["lang"],
            "published": want["published"],
            "meeting_date": want["meeting_date"],
            "places": want["places"],
            "pairs": want["pairs"],
            "principals": want["principals"],
            "attendees": want["attendees"],
        }
        for field in FIELDS:
            total[field] += 1
            if field in got and compare(field, wanted[field], got[field]):
                right[field] += 1
            else:
                mismatches.append((name, field, show(field, wanted[field]), show(field, got.get(field, "<crash>"))))

    # the same meeting reported by several captures
    groups: dict[str, list[str]] = defaultdict(list)
    for name, want in expected.items():
        if "group" in want and name in results:
            groups[want["group"]].append(name)
    group_ok = 0
    group_problems: list[str] = []
    for group, names in sorted(groups.items()):
        seen = {(results[n].get("meeting_date"), tuple(results[n].get("places", []))) for n in names}
        if len(seen) == 1 and all(results[n].get("meeting_date") == expected[n]["meeting_date"] for n in names):
            group_ok += 1
        else:
            detail = "; ".join(f"{n}: {results[n].get('meeting_date')} {results[n].get('places')}" for n in names)
            group_problems.append(f"{group}: {detail}")

    n = len(results)
    print()
    print(
        f"Blind evaluation: {n} captures ({sum(1 for k in results if expected[k]['lang'] == 'en')} en, "
        f"{sum(1 for k in results if expected[k]['lang'] == 'de')} de)"
    )
    print()
    print(f"{'field':<14}{'right':>7}{'total':>7}{'accuracy':>10}")
    for field in FIELDS:
        acc = right[field] / total[field] if total[field] else 0.0
        print(f"{field:<14}{right[field]:>7}{total[field]:>7}{acc:>10.1%}")
    all_ok = sum(1 for k in results if not any(m[0] == k for m in mismatches))
    print(f"{'all fields':<14}{all_ok:>7}{n:>7}{(all_ok / n if n else 0):>10.1%}")
    if groups:
        print(
            f"{'same meeting':<14}{group_ok:>7}{len(groups):>7}{group_ok / len(groups):>10.1%}"
            "   (groups whose captures all got the expected date and the same places)"
        )
    print()
    if mismatches:
        print(f"Mismatches ({len(mismatches)}):")
        for name, field, want_s, got_s in mismatches:
            why = expected[name].get("why", "")
            print(f"  {name}  [{field}]\n      expected: {want_s}\n      got:      {got_s}")
            if args.verbose and why:
                print(f"      why:      {why}")
    if group_problems:
        print()
        print("Same-meeting groups that disagree:")
        for line in group_problems:
            print("  " + line)
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception:  # always exit 0: the score is a report
        traceback.print_exc()
    sys.exit(0)
