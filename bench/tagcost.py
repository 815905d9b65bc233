"""The tagging cost per article, measured in the benchmark's own process.

``detect_language`` + ``tag_article`` on every article of the corpus (captures read
with ``parse_capture``), timed with the thread's CPU time after one warm-up call, in
``TAGGING_PASSES`` passes; the generator knows the truth, so the figures include how
often the language, the meeting date and the parties come out right.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import corpus
from measure import Paths
from model import Article

TAGGING_PASSES = 3  # passes over all articles; the one with the lowest median counts (see measure_tagging)

Item = tuple[int, str, list[str], dt.date | None]  # number, title, paragraphs, publication day


def _read_markdown(path: Path) -> tuple[str, list[str], dt.date | None]:
    header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta["Title"], paragraphs, dt.date.fromisoformat(meta["Date"])


def _truth(n: int, seed: int) -> dict[int, Article]:
    return {a.number: a for a in corpus.generate(n, seed)}


def measure_tagging(paths: Paths, seed: int) -> dict[str, Any]:
    """Median cost of language detection + tag_article per article, and how often the tags are right."""
    from diplomacy.places.gazetteer import Gazetteer
    from diplomacy.reading.textcapture import decode_capture, parse_capture
    from diplomacy.tagging.language import detect_language
    from diplomacy.tagging.tagger import tag_article

    gazetteer = Gazetteer.load()
    items: list[Item] = []
    for path in sorted((paths.site / "captures").glob("*.txt")):
        capture = parse_capture(decode_capture(path.read_bytes()))
        items.append((int(path.stem), capture.title or "", capture.paragraphs, capture.published))
    for path in sorted((paths.site / "articles").glob("*.md")):
        items.append((int(path.stem), *_read_markdown(path)))
    items.sort(key=lambda item: item[0])
    truth = _truth(paths.n, seed)

    _number, title, paragraphs, published = items[0]
    tag_article(title, paragraphs, detect_language("\n".join([title, *paragraphs]))[0], published, gazetteer)

    # Several passes over all articles; the figures are those of the pass with the lowest median.
    # As timeit's documentation puts it, higher values are typically not caused by variability in
    # Python's speed but by other processes interfering: on a shared VM even CPU time inflates
    # (by up to half, measured here) while other guests are busy.
    passes = [_tagging_pass(items, truth, gazetteer, detect_language, tag_article) for _ in range(TAGGING_PASSES)]
    best = min(passes, key=lambda one: one["median_us"])
    return {**best, "pass_medians_us": [one["median_us"] for one in passes]}


def _tagging_pass(
    items: list[Item],
    truth: dict[int, Article],
    gazetteer: Any,
    detect_language: Callable[[str], tuple[str, float]],
    tag_article: Callable[..., Any],
) -> dict[str, float]:
    detect_ns: list[int] = []
    total_ns: list[int] = []
    wall_ns: list[int] = []
    right = {"lang": 0, "meeting_date": 0, "places": 0}
    cpu, wall = time.thread_time_ns, time.perf_counter_ns  # CPU time: immune to other processes
    for number, title, paragraphs, published in items:
        start_wall, start = wall(), cpu()
        lang, _confidence = detect_language("\n".join([title, *paragraphs]))
        middle = cpu()
        tags = tag_article(title, paragraphs, lang if lang in ("en", "de") else "en", published, gazetteer)
        end, end_wall = cpu(), wall()
        detect_ns.append(middle - start)
        total_ns.append(end - start)
        wall_ns.append(end_wall - start_wall)
        expected = truth[number]
        right["lang"] += lang == expected.lang
        right["meeting_date"] += (tags.meeting_date if tags.is_meeting else None) == expected.meeting_date
        right["places"] += tuple(sorted(tags.places)) == expected.places
    count = len(items)
    total_sorted = sorted(total_ns)
    return {
        "articles": count,
        "median_us": statistics.median(total_ns) / 1000,
        "p90_us": total_sorted[int(0.9 * (count - 1))] / 1000,
        "mean_us": statistics.fmean(total_ns) / 1000,
        "wall_median_us": statistics.median(wall_ns) / 1000,
        "detect_median_us": statistics.median(detect_ns) / 1000,
        "tag_median_us": statistics.median(t - d for t, d in zip(total_ns, detect_ns, strict=True)) / 1000,
        **{f"right_{key}": 100.0 * value / count for key, value in right.items()},
    }
