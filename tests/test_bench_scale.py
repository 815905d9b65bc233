"""The benchmark at archive scale (bench/scale.py) and its Hugo anchor (bench/hugosite.py, bench/hugo/).

The benchmark itself is not part of the tests; these check that the Hugo site holds the
generator's articles (and, where Hugo is installed, that it builds into the pages the
report counts), and that the new targets judge what they say they judge.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimpleNamespace]:
    """The benchmark's modules (bench/ is not a package; they import each other by name), unloaded afterwards."""
    before = set(sys.modules)
    monkeypatch.syspath_prepend(str(BENCH))
    import corpus
    import hugosite
    import measure
    import scale

    yield SimpleNamespace(corpus=corpus, hugosite=hugosite, measure=measure, scale=scale)
    # only bench's own modules: unloading what they imported first (the plugin's modules, Pelican's) would
    # leave later tests with a second copy of those beside the objects that still use the first
    own = {path.stem for path in BENCH.glob("*.py")}
    for name in set(sys.modules) - before:
        if name in own:
            del sys.modules[name]


def _front_matter(path: Path) -> dict[str, object]:
    head = path.read_text(encoding="utf-8").split("---\n")[1]
    return {key: json.loads(value) if value[:1] in '"[' else value for key, value in _pairs(head)}


def _pairs(head: str) -> Iterator[tuple[str, str]]:
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        yield key, value


def test_hugo_content_holds_the_generators_articles(bench: SimpleNamespace, tmp_path: Path) -> None:
    assert bench.hugosite.write_site(12, tmp_path, 7)
    truth = list(bench.corpus.generate(12, 7))
    for article in truth:
        path = tmp_path / "content" / article.lang / "articles" / f"{article.number:04d}.md"
        meta = _front_matter(path)
        assert meta["title"] == article.title
        assert meta["date"] == article.published.isoformat()
        assert meta["places"] == list(article.places)
        assert meta["pairs"] == (["--".join(article.places)] if len(article.places) == 2 else [])
        assert article.paragraphs[0] in path.read_text(encoding="utf-8")
    assert len(list((tmp_path / "content").rglob("*.md"))) == 12
    assert not bench.hugosite.write_site(12, tmp_path, 7)  # the stamp: written once per N, seed and generator
    assert bench.hugosite.write_site(13, tmp_path, 7)
    assert len(list((tmp_path / "content").rglob("*.md"))) == 13


def test_the_hugo_site_builds_its_pages_and_feeds(bench: SimpleNamespace, tmp_path: Path) -> None:
    binary = bench.hugosite.hugo_binary()
    if binary is None:
        pytest.skip("Hugo is a benchmark-only dependency (requirements-bench.txt, make bench)")
    site, out = tmp_path / "site", tmp_path / "out"
    bench.hugosite.write_site(60, site, 7)
    future = next((site / "content" / "en" / "articles").glob("*.md"))  # Hugo leaves these out by default
    future.write_text(future.read_text(encoding="utf-8").replace("\ndate: 20", "\ndate: 29", 1), encoding="utf-8")
    cmd = bench.hugosite.hugo_cmd(binary, site, out, tmp_path / "cache")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    article = next(a for a in bench.corpus.generate(60, 7) if a.lang == "de" and len(a.places) == 2)
    page = (out / "de" / "articles" / f"{article.number:04d}" / "index.html").read_text(encoding="utf-8")
    assert article.paragraphs[0].split(".")[0] in page
    place = out / "de" / "places" / article.places[0] / "index.html"
    assert f"/de/articles/{article.number:04d}/" in "".join(
        p.read_text(encoding="utf-8") for p in [place, *place.parent.glob("page/*/index.html")]
    )
    assert f'href="/de/pairs/{"--".join(article.places)}/"' in page
    for lang in ("en", "de"):
        assert "<rss" in (out / lang / "index.xml").read_text(encoding="utf-8")
        assert (out / lang / "places" / "index.html").is_file()
    for lang in ("en", "de"):  # every article is written, in its language, future ones too
        built = {p.parent.name for p in (out / lang / "articles").glob("*/index.html")}
        assert built == {p.stem for p in (site / "content" / lang / "articles").glob("*.md")}
    assert "date: 29" in future.read_text(encoding="utf-8")
    pages, size = bench.measure.count_output(out)
    assert pages == sum(1 for _ in out.rglob("*.html"))
    assert size == sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def _result(bench: SimpleNamespace, n: int, seconds: float, rss: float, size: int, pages: int = 0) -> Any:
    result = bench.measure.Result(n)
    result.ours.append(bench.measure.Build(seconds, rss, pages or 5 * n, seconds, size))
    result.rebuild.append(seconds / 3)
    return result


def test_growth_is_judged_per_article_against_the_smallest_n(bench: SimpleNamespace) -> None:
    linear = [_result(bench, n, n / 100, n / 10, n * 90_000) for n in (1000, 20000, 50000)]
    _name, passed, detail = bench.scale.growth_check(linear)
    assert passed is True
    assert "1.00×" in detail
    steeper = [*linear[:2], _result(bench, 50000, 50000 / 100 * 1.2, 50000 / 10, 50000 * 90_000)]
    _name, passed, detail = bench.scale.growth_check(steeper)
    assert passed is False
    for part in ("full build 1.20× (N=50000)", "rebuild 1.20×", "output 1.00×"):
        assert part in detail
    assert bench.scale.growth_check(linear[:1])[1] is None
    table = bench.scale.growth_table(steeper)
    assert "| 50000 | 12.00 (× 1.20; " in table


def test_hugo_target_needs_both_sizes_faster_and_more_pages(bench: SimpleNamespace) -> None:
    def run(n: int, ours: float, hugo: float, ours_pages: int, hugo_pages: int) -> Any:
        result = _result(bench, n, ours, 100, 1000, ours_pages)
        result.hugo.append(bench.measure.Build(hugo, 100, hugo_pages, hugo, 1000))
        return result

    assert bench.scale.hugo_check([run(8000, 20, 20, 9, 5), run(50000, 90, 100, 9, 5)])[1] is True
    assert bench.scale.hugo_check([run(8000, 20, 20, 9, 5), run(50000, 100, 100, 9, 5)])[1] is False  # not faster
    assert bench.scale.hugo_check([run(8000, 10, 20, 5, 9), run(50000, 90, 100, 9, 5)])[1] is False  # fewer pages
    assert bench.scale.hugo_check([run(8000, 10, 20, 9, 5)])[1] is None  # 50,000 not run
    assert bench.scale.hugo_check([run(8000, 30, 20, 9, 5)])[1] is False
    assert bench.scale.rss_large_check([_result(bench, 50000, 1, 1100, 1)])[1] is False
    assert bench.scale.rss_large_check([_result(bench, 50000, 1, 900, 1)])[1] is True
