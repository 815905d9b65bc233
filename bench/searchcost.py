"""What a cold search downloads: open the search page of a built site in a fresh browser (empty cache) and
add up the bytes of the index files the query loads.

    .venv/bin/python bench/searchcost.py OUTPUT [--lang en] [--query mayor --query …]

OUTPUT is a built site (``SITEURL=""``), e.g. the benchmark's ``bench/work/out-8000``. Each query is run in a
new browser context; the figure is the sum of the response bodies under ``/<lang>/search-index/`` (as
served, without compression), with the files counted and the largest named. Issue 20's budget: 100 KB for
a common word at 8,000 articles. Needs Playwright and Debian's Chromium (the test tools).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from diplomacy.site.serve import serving  # noqa: E402

QUERIES = {
    "en": ["mayor", "cooperation", "city", "meeting", "delegation", "shanghai", "2023", "Oberbürgermeisterin"],
    "de": ["stadt", "zusammenarbeit", "oberbürgermeisterin", "delegation", "treffen", "shanghai", "2023"],
}
SEARCH_PAGE = {"en": "/en/search/", "de": "/de/suche/"}
BUDGET = 100_000


def measure(output: Path, lang: str, queries: list[str]) -> list[tuple[str, int, int, int, str]]:
    """(query, results, bytes, files, largest file) of each cold query."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    rows = []
    with serving(output) as origin, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for query in queries:
            context = browser.new_context()
            page = context.new_page()
            loaded: list[tuple[str, int]] = []
            index_path = f"/{lang}/search-index/"

            def record(response: object, loaded: list[tuple[str, int]] = loaded, index_path: str = index_path) -> None:
                url = response.url  # type: ignore[attr-defined]
                if index_path in url:
                    loaded.append((url.rsplit("/", 1)[1], len(response.body())))  # type: ignore[attr-defined]

            page.on("response", record)
            page.goto(f"{origin}{SEARCH_PAGE[lang]}?q={query}")
            page.wait_for_selector("[data-shown]", state="attached", timeout=60_000)
            status = page.text_content("[role=status]") or ""
            results = int("".join(ch for ch in status.split(" ")[0] if ch.isdigit()) or 0)
            total = sum(size for _name, size in loaded)
            largest = max(loaded, key=lambda item: item[1]) if loaded else ("", 0)
            rows.append((query, results, total, len(loaded), f"{largest[0]} ({largest[1] / 1000:.1f} KB)"))
            context.close()
        browser.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", choices=sorted(QUERIES), default="en")
    parser.add_argument("--query", action="append", help="a query (repeatable; default: common words)")
    args = parser.parse_args(argv)
    rows = measure(args.output, args.lang, args.query or QUERIES[args.lang])
    print(f"| query ({args.lang}) | results | downloaded (KB) | files | largest |")
    print("|---|---:|---:|---:|---|")
    for query, results, total, files, largest in rows:
        print(f"| {query} | {results} | {total / 1000:.1f} | {files} | {largest} |")
    worst = max(total for _q, _r, total, _f, _l in rows)
    print(
        f"\nlargest cold query: {worst / 1000:.1f} KB ({'PASS' if worst <= BUDGET else 'FAIL'} ≤ {BUDGET // 1000} KB)"
    )
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
