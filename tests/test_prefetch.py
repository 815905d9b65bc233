"""Reading in worker processes (prefetch.py) gives the same site and the same messages as reading in one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from diplomacy.reading import prefetch
from sitetools import ROOT, build_site

pytestmark = pytest.mark.slow

CITIES = [("Köln", "Cologne", "Henriette Reker"), ("Hamburg", "Hamburg", "Peter Tschentscher")]
CHINA = [("Shanghai", "Gong Zheng"), ("Nanjing", "Han Liqing"), ("Wuhan", "Cheng Yongwen")]


def _article(number: int) -> str:
    german, english, mayor = CITIES[number % 2]
    city, guest = CHINA[number % 3]
    day = 1 + number % 27
    if number % 2:
        return (
            f"Title: {city} und {german} vertiefen Zusammenarbeit ({number})\nDate: 2024-05-{day + 1:02d}\n\n"
            f"Der Bürgermeister von {city}, {guest}, ist am {day}. Mai mit dem Ersten Bürgermeister von "
            f"{german}, {mayor}, zusammengetroffen. Beide Seiten vereinbarten, den Austausch in Wirtschaft, "
            "Kultur und Bildung weiter zu stärken und die Partnerschaft mit neuen Projekten zu beleben.\n"
        )
    return (
        f"Title: {city} mayor meets {english} delegation ({number})\nDate: 2024-05-{day + 1:02d}\n\n"
        f"{city} Mayor {guest} met the mayor of {english}, {mayor}, on May {day}. Both sides agreed to "
        "deepen exchanges in trade, culture and education and to give the partnership new projects.\n"
    )


def _pelican(content: Path, output: Path, parallel: str) -> subprocess.CompletedProcess[str]:
    settings = [f"DIPLOMACY_PARALLEL={parallel}", "DIPLOMACY_SEARCH=false"]
    command = [sys.executable, "-m", "pelican", "-v", str(content), "-o", str(output), "-s", "pelicanconf.py"]
    return subprocess.run(
        [*command, "-e", *settings],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "400"},
        check=False,
    )


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_workers_read_like_pelican_and_report_each_problem_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(content)], check=True)
    folder = content / "articles" / "many"
    folder.mkdir(parents=True)
    for number in range(60):  # more than prefetch.MIN_FILES, so the workers read them
        (folder / f"{number:03d}.md").write_text(_article(number), encoding="utf-8")
    bad = content / "captures" / "zh.txt"
    bad.write_text("上海市委书记陈吉宁会见科隆市长雷克尔。\n\n双方就深化合作交换了意见。\n", encoding="utf-8")
    future = folder / "future.md"
    future.write_text(_article(7).replace("Date: 2024-05-09", "Date: 2999-05-09"), encoding="utf-8")

    # The build policy: the unreadable capture is left out with its error, the rest is built (exit 0).
    failed = _pelican(content, tmp_path / "failed", "true")
    log = " ".join((failed.stdout + failed.stderr).split())
    assert failed.returncode == 0, log[-2000:]
    assert "Left out 1 content file(s) that could not be read" in log
    assert (tmp_path / "failed" / "en" / "articles").is_dir()
    assert "Traceback" not in log
    assert log.count("zh.txt: the text is in Chinese (zh)") == 1, log[-3000:]  # read again by Pelican, once
    assert log.count("future.md: the publication date 2999-05-09 is in the future") == 1, log[-3000:]  # replayed

    bad.unlink()
    future.unlink()
    taken = []
    real_take = prefetch.take

    def counting_take(source_path: str) -> prefetch.Prefetched | None:
        done = real_take(source_path)
        taken.append(done is not None)
        return done

    monkeypatch.setattr(prefetch, "take", counting_take)
    parallel = build_site(content, tmp_path / "parallel", extra={"DIPLOMACY_PARALLEL": True, "DIPLOMACY_SEARCH": False})
    assert taken.count(True) == 65  # every file was read by a worker
    single = build_site(content, tmp_path / "single", extra={"DIPLOMACY_PARALLEL": False, "DIPLOMACY_SEARCH": False})
    assert taken.count(True) == 65
    one, two = _tree(parallel.output), _tree(single.output)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert len([name for name in one if name.startswith("en/articles/")]) >= 65
