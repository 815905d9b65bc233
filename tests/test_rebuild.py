"""Repeated builds: byte-identical output, content cache, changes reflected everywhere."""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sitetools import ROOT, build_site

pytestmark = pytest.mark.slow


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical_whatever_the_file_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_site(ROOT / "content", tmp_path / "one", extra={"DIPLOMACY_SEARCH": True})
    real_walk = os.walk

    def shuffled_walk(top, *args, **kwargs):
        for root, dirs, files in real_walk(top, *args, **kwargs):
            random.Random(7).shuffle(files)
            dirs.reverse()
            yield root, dirs, files

    monkeypatch.setattr(os, "walk", shuffled_walk)
    second = build_site(ROOT / "content", tmp_path / "two", extra={"DIPLOMACY_SEARCH": True})
    one, two = _tree(first.output), _tree(second.output)
    assert sorted(one) == sorted(two)
    different = [name for name in one if one[name] != two[name]]
    assert different == []
    assert "en/search-index/manifest.json" in one
    assert "de/search-index/manifest.json" in one
    assert filecmp.cmp(first.output / "sitemap.xml", second.output / "sitemap.xml", shallow=False)


def _cached_build(content: Path, output: Path, cache: Path) -> None:
    build_site(
        content,
        output,
        extra={
            "CACHE_CONTENT": True,
            "LOAD_CONTENT_CACHE": True,
            "CACHE_PATH": str(cache),
            "DIPLOMACY_SEARCH": False,
        },
    )


def test_cache_skips_tagging_and_a_change_shows_everywhere(
    content_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplomacy.reading import annotate

    calls: list[str] = []
    real = annotate.tag_article

    def counting(title, *args, **kwargs):
        calls.append(title)
        return real(title, *args, **kwargs)

    monkeypatch.setattr(annotate, "tag_article", counting)
    output, cache = tmp_path / "output", tmp_path / "cache"
    _cached_build(content_dir, output, cache)
    assert len(calls) == 5
    calls.clear()
    _cached_build(content_dir, output, cache)
    assert calls == []  # unchanged articles are not tagged again

    # change one capture: its new title shows on every page and in the data
    capture = content_dir / "captures" / "000_2366dcca60153df1.txt"
    text = capture.read_text(encoding="utf-8").replace(
        "Shanghai and Düsseldorf mayors discuss deepening cooperation", "Shanghai and Düsseldorf mayors meet again"
    )
    capture.write_text(text, encoding="utf-8")
    stat = capture.stat()
    os.utime(capture, (stat.st_atime + 5, stat.st_mtime + 5))
    _cached_build(content_dir, output, cache)
    assert calls == ["Shanghai and Düsseldorf mayors meet again"]
    articles = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    assert "Shanghai and Düsseldorf mayors meet again" in {a["title"] for a in articles}
    for page in (
        "de/orte/duesseldorf/index.html",
        "en/meetings/2023-04-14--duesseldorf--shanghai/index.html",
        "en/index.html",
        "de/archiv/2023/index.html",
    ):
        html = (output / page).read_text(encoding="utf-8")
        assert "mayors meet again" in html, page
        assert "discuss deepening cooperation" not in html, page
    assert "mayors meet again" in (output / "en" / "places" / "duesseldorf" / "atom.xml").read_text(encoding="utf-8")


def test_a_deleted_article_disappears_from_every_page(content_dir: Path, tmp_path: Path) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    _cached_build(content_dir, output, cache)
    before = {a["id"] for a in json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))}
    for name in ("004_7b7a4a5d8c4df0e0.txt", "004_7b7a4a5d8c4df0e0.meta"):
        (content_dir / "captures" / name).unlink()
    _cached_build(content_dir, output, cache)
    after = {a["id"] for a in json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))}
    (gone,) = before - after
    for page in output.rglob("*"):
        if page.is_file() and page.suffix in (".html", ".json", ".xml"):
            text = page.read_text(encoding="utf-8")
            assert gone not in text, page
            assert "Kim Yung-rok" not in text, page
            assert "2023-09-21--shanghai--south-jeolla" not in text, page  # its meeting
    # South Jeolla and Shanghai stay partners in the register: their pages remain, without a report
    page = (output / "en" / "partnerships" / "shanghai--south-jeolla" / "index.html").read_text(encoding="utf-8")
    assert "No report in the archive yet." in page
    place = (output / "en" / "places" / "south-jeolla" / "index.html").read_text(encoding="utf-8")
    assert "No report in the archive yet." in place


def test_a_rebuild_in_the_same_folder_writes_only_changes_and_removes_what_is_stale(
    content_dir: Path, tmp_path: Path
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    build_site(content_dir, output, extra={"CACHE_PATH": str(cache)})
    stray = output / "en" / "places" / "atlantis" / "index.html"
    stray.parent.mkdir(parents=True)
    stray.write_text("<p>a page of an earlier build</p>", encoding="utf-8")
    unchanged = output / "de" / "orte" / "koeln" / "index.html"
    os.utime(unchanged, (1_000_000, 1_000_000))
    css = output / "theme" / "css" / "site.css"
    (content_dir / "captures" / "004_7b7a4a5d8c4df0e0.meta").unlink()
    (content_dir / "captures" / "004_7b7a4a5d8c4df0e0.txt").unlink()
    edited = content_dir / "captures" / "001_ccbaccbea2212f9a.txt"
    lines = edited.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))  # a paragraph of the article
    lines[longest] += " Both sides confirmed the plan."
    edited.write_text("\n".join(lines), encoding="utf-8")

    build_site(content_dir, output, extra={"CACHE_PATH": str(cache)})
    fresh = build_site(content_dir, tmp_path / "fresh", extra={"CACHE_PATH": str(tmp_path / "cache2")})

    assert _tree(output) == _tree(fresh.output)  # the same folder as a clean build gives
    assert any(
        b"Both sides confirmed the plan." in page for name, page in _tree(output).items() if "/articles/" in name
    )
    assert not stray.parent.exists()  # stale files and the folders they leave empty are gone
    assert not (output / "en" / "meetings" / "2023-09-21--shanghai--south-jeolla").exists()  # the deleted report's
    assert unchanged.stat().st_mtime == 1_000_000  # same bytes: not written again
    assert css.exists()


def test_a_damaged_or_half_written_page_is_rendered_again(content_dir: Path, tmp_path: Path) -> None:
    """The unchanged-page record is trusted only when the file on disk is what that build wrote."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build_site(content_dir, output, extra={"CACHE_PATH": str(cache)})
    fresh = _tree(output)
    pages = sorted(output.glob("en/articles/*/index.html"))
    assert len(pages) >= 2
    empty, half = pages[0], pages[1]
    empty.write_bytes(b"")  # what a kill -9 or a full disk could leave behind with in-place writes
    half.write_bytes(half.read_bytes()[: half.stat().st_size // 2])
    (output / "en" / ".index.html.4242.tmp").write_bytes(b"<p>a temporary file of an interrupted build")
    build_site(content_dir, output, extra={"CACHE_PATH": str(cache)})
    assert _tree(output) == fresh  # exactly what a clean build writes
    assert list(cache.glob("diplomacy-pages/*.json"))  # the record lives in the cache folder (`make clean`)


def _pelican(content: Path, output: Path, cache: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pelican",
        str(content),
        "-o",
        str(output),
        "-s",
        "pelicanconf.py",
        "-e",
        "DIPLOMACY_SEARCH=false",
        f'CACHE_PATH="{cache}"',
    ]


def _mtimes(output: Path) -> dict[str, int]:
    """The modification time of every page (a page may vanish meanwhile: the build prunes)."""
    times = {}
    for folder, _dirs, names in os.walk(output):
        for name in names:
            if name.endswith(".html"):
                with contextlib.suppress(FileNotFoundError):
                    times[os.path.join(folder, name)] = os.stat(os.path.join(folder, name)).st_mtime_ns
    return times


def _kill_while_writing(command: list[str], output: Path, pages: int) -> None:
    """Start a real build and kill it (SIGKILL, the build and its forked writers) once it has written
    ``pages`` pages more; fails if the build ended first, so the interruption really happened."""
    written = _mtimes(output)
    build = subprocess.Popen(
        command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while build.poll() is None:
            now = _mtimes(output)
            if sum(1 for p, t in now.items() if written.get(p) != t) >= pages:
                os.killpg(build.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        build.wait(timeout=120)
    assert build.returncode == -signal.SIGKILL, "the build ended before it could be interrupted"


def test_a_build_killed_while_writing_leaves_nothing_the_next_build_keeps(tmp_path: Path) -> None:
    """kill -9 during a first build and during a rebuild in place: the next build gives exactly the folder
    a clean build gives (no half-written page, no temporary file, no page trusted because it exists)."""
    content = tmp_path / "content"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "corpus.py"), "--n", "100", "--out", str(content)],
        check=True,
        capture_output=True,
    )
    output, cache = tmp_path / "output", tmp_path / "cache"
    build = _pelican(content, output, cache)
    _kill_while_writing(build, output, pages=30)  # a first build into an empty folder
    subprocess.run(build, cwd=ROOT, check=True, capture_output=True)
    for article in sorted((content / "articles").glob("*.md"))[:50]:  # pages that change
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("Oberbürgermeister", "Stadtoberhaupt").replace("mayor", "Mayor"), "utf-8")
    _kill_while_writing(build, output, pages=15)  # a rebuild in place
    _kill_while_writing(build, output, pages=1)  # and again, a moment in
    subprocess.run(build, cwd=ROOT, check=True, capture_output=True)
    fresh = tmp_path / "fresh"
    subprocess.run(_pelican(content, fresh, tmp_path / "cache2"), cwd=ROOT, check=True, capture_output=True)
    assert _tree(output) == _tree(fresh)


def test_make_clean_forgets_the_unchanged_page_record(tmp_path: Path) -> None:
    """The record of the pages a build wrote lives in Pelican's cache folder, which `make clean` removes
    with the output (a project folder of its own: the settings, the theme, the content)."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "pelicanconf.py").write_bytes((ROOT / "pelicanconf.py").read_bytes())
    (project / "themes").symlink_to(ROOT / "themes")
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(project / "content")], check=True)
    build = [sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-e", "DIPLOMACY_SEARCH=false"]
    subprocess.run(build, cwd=project, check=True, capture_output=True)
    subprocess.run(build, cwd=project, check=True, capture_output=True)  # in place: the record is written
    records = list((project / "cache" / "diplomacy-pages").glob("*.json"))
    assert records
    subprocess.run(["make", "-C", str(ROOT), "clean", f"BASEDIR={project}"], check=True, capture_output=True)
    assert not (project / "cache").exists()
    assert not (project / "output").exists()
    assert (project / "content" / "captures").is_dir()  # nothing else removed


def test_the_bounded_caches_change_nothing_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared feed entries and the memo of fragments are emptied when full (memory at archive scale):
    a build that empties them at every step writes the same bytes as one that never does."""
    from diplomacy.site import feeds, templating

    first = build_site(ROOT / "content", tmp_path / "one")
    monkeypatch.setattr(feeds, "SHARED_ENTRIES", 0)
    monkeypatch.setattr(templating, "MEMO_SIZE", 0)
    second = build_site(ROOT / "content", tmp_path / "two")
    one, two = _tree(first.output), _tree(second.output)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert any(name.endswith("atom.xml") for name in one)
