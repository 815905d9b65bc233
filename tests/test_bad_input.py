"""Bad and hostile input: the one item left out with an error naming the file and the fix (a stop only
when the whole site cannot be built, or under `make publish`), or a warning and a correct article.

Every case builds the real content plus the case's files in a subprocess, the
way an editor runs `make html`, and asserts the exit status, the message and
what was published.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sitetools import ROOT, parse_page

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent / "bad_inputs"
GOOD_EN = (HERE / "good_en.txt").read_bytes()
GOOD_DE = (HERE / "good_de.txt").read_bytes()
GOOD_EN_TEXT = GOOD_EN.decode("utf-8")
GOOD_DE_TEXT = GOOD_DE.decode("utf-8")
EN_TITLE = "Munich mayor meets Shanghai delegation"
FIRST_SENTENCE = "Munich Mayor Dieter Reiter met with Shanghai Vice Mayor Hua Yuan and her delegation on May 3"
DE_TITLE = "Kölner Oberbürgermeisterin empfängt Delegation aus Shanghai"


@dataclass
class Case:
    files: dict[str, bytes]
    stop: bool
    messages: list[str]
    published: dict[str, str] = field(default_factory=dict)  # slug → expected title
    settings: dict[str, str] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # content files left out (the rest is built)


def _left_out(files: dict[str, bytes], messages: list[str]) -> Case:
    """A content file that cannot be read: an error naming it and the fix, the rest of the site built."""
    left = [name for name in files if not name.endswith(".meta")]
    return Case(files, False, [*messages, "Left out 1 content file"], left_out=left)


def _gazetteer_with(entry_change: str) -> bytes:
    places = json.loads((ROOT / "data" / "places.json").read_text(encoding="utf-8"))
    if entry_change == "duplicate-id":
        places.append(dict(next(p for p in places if p["id"] == "aachen")))
    elif entry_change in ("nan", "inf"):
        places[-1]["lat" if entry_change == "nan" else "lon"] = float(entry_change)  # JSON NaN / Infinity
    elif entry_change == "duplicate-alias":
        clone = dict(next(p for p in places if p["id"] == "koeln"))
        clone.update(id="koeln-copy", partners=[])
        places.append(clone)
    return json.dumps(places, ensure_ascii=False).encode("utf-8")


BIG_PARAGRAPH = "The two sides discussed cooperation in trade, culture and science. " * 12 + "\n\n"
CASES: dict[str, Case] = {
    "empty file": _left_out({"captures/empty.txt": b""}, ["captures/empty.txt", "empty", "Fix:"]),
    "binary file": _left_out(
        {"captures/binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))},
        ["captures/binary.txt", "binary", "Fix:"],
    ),
    "Latin-1": Case({"captures/latin1.txt": GOOD_DE_TEXT.encode("latin-1")}, False, [], {"koelner": DE_TITLE}),
    "UTF-16 with BOM": Case({"captures/utf16.txt": GOOD_DE_TEXT.encode("utf-16")}, False, [], {"koelner": DE_TITLE}),
    "UTF-8 with BOM": Case({"captures/bom.txt": b"\xef\xbb\xbf" + GOOD_EN}, False, [], {"munich": EN_TITLE}),
    "Windows line endings": Case(
        {"captures/crlf.txt": GOOD_EN_TEXT.replace("\n", "\r\n").encode()}, False, [], {"munich": EN_TITLE}
    ),
    "old Mac line endings": Case(
        {"captures/cr.txt": GOOD_EN_TEXT.replace("\n", "\r").encode()}, False, [], {"munich": EN_TITLE}
    ),
    "decomposed Unicode": Case(
        {"captures/nfd.txt": GOOD_DE_TEXT.replace("Köln", "Ko\u0308ln").replace("Kölner", "Ko\u0308lner").encode()},
        False,
        [],
        {"koelner": DE_TITLE},
    ),
    "impossible date in text": _left_out(
        {"captures/feb31.txt": GOOD_DE_TEXT.replace("06.05.2024", "31.02.2024").encode()},
        ["captures/feb31.txt", "no recognizable publication date", "Date: YYYY-MM-DD", "feb31.meta"],
    ),
    "invalid date in metadata": _left_out(
        {"captures/month13.txt": GOOD_EN, "captures/month13.meta": b"Date: 2024-13-01\n"},
        ["captures/month13.meta", "2024-13-01", "not a valid date", "YYYY-MM-DD"],
    ),
    "date in the future": Case(
        {"captures/future.txt": GOOD_EN_TEXT.replace("2024-05-06", "2099-05-06").encode()},
        False,
        ["captures/future.txt", "in the future"],
        {"munich": EN_TITLE},
    ),
    "metadata contradicts the text": Case(
        {"captures/contra.txt": GOOD_EN, "captures/contra.meta": b"Date: 2024-05-07\n"},
        False,
        ["captures/contra.meta", "differs from the date in the capture"],
        {"munich": EN_TITLE},
    ),
    "unknown language code": _left_out(
        {"captures/xx.txt": GOOD_EN, "captures/xx.meta": b"Lang: xx\n"},
        ["captures/xx.txt", "lang 'xx'", "Lang: en"],
    ),
    "Chinese-only capture": _left_out(
        {"captures/zh.txt": "上海市市长龚正会见杜塞尔多夫市市长凯勒。\n\n双方就深化经贸合作交换了意见。\n".encode()},
        ["captures/zh.txt", "Chinese (zh)"],
    ),
    "two articles with the same slug": Case(
        {"captures/one.txt": GOOD_EN, "captures/two.txt": GOOD_EN},
        False,
        [
            "captures/two.txt",
            "same slug 'munich-mayor-meets-shanghai-delegation' as",
            "munich-mayor-meets-shanghai-delegation-2024-05-06",
            "Slug:",
        ],
        {"munich-mayor-meets-shanghai-delegation-2024-05-06": EN_TITLE},
    ),
    "metadata file without capture": Case(
        {"captures/lonely.meta": b"Date: 2024-01-01\n"}, False, ["captures/lonely.meta", "without a capture"]
    ),
    "gazetteer with a duplicate id": Case(
        {}, True, ["gazetteer", "duplicates id 'aachen'", "rename one"], settings={"gazetteer": "duplicate-id"}
    ),
    "gazetteer with a duplicate alias": Case(
        {}, True, ["gazetteer", "koeln-copy"], settings={"gazetteer": "duplicate-alias"}
    ),
    "gazetteer with NaN coordinates": Case(
        {}, True, ["gazetteer", "not a point on Earth", "-90 <= lat <= 90"], settings={"gazetteer": "nan"}
    ),
    "gazetteer with infinite coordinates": Case(
        {}, True, ["gazetteer", "not a point on Earth"], settings={"gazetteer": "inf"}
    ),
    "metadata key given twice": Case(
        {"captures/twice.txt": GOOD_EN, "captures/twice.meta": f"Title: A first try\nTitle: {EN_TITLE}\n".encode()},
        False,
        ["captures/twice.meta", "key 'Title' is given twice (lines 1 and 2)", "is kept", "keep one 'Title:' line"],
        {"munich": EN_TITLE},
    ),
    "publication date 0001-01-01": Case(
        {"captures/ancient.txt": GOOD_EN, "captures/ancient.meta": b"Date: 0001-01-01\n"},
        False,
        ["captures/ancient.txt", "the publication date 0001-01-01 is before 1900", "Fix:", "ancient.meta"],
        {"munich": EN_TITLE},
    ),
    "translations naming no article and the article itself": Case(
        {
            "captures/tr.txt": GOOD_EN,
            "captures/tr.meta": b"Translations: no-such-article, munich-mayor-meets-shanghai-delegation\n",
        },
        False,
        [
            "captures/tr.txt",
            "'no-such-article' is the slug of no article",
            "'munich-mayor-meets-shanghai-delegation' is the article itself",
            "Fix: give the slug of the translation",
            "tr.meta",
        ],
        {"munich": EN_TITLE},
    ),
    "Markdown with metadata and no text": _left_out(
        {"articles/empty.md": b"Title: Nothing here\nDate: 2024-05-01\nLang: en\n"},
        ["articles/empty.md", "the article has metadata but no text", "Fix: write the article's text"],
    ),
    "unknown place id": _left_out(
        {"articles/atlantis.md": b"Title: A visit\nDate: 2024-05-01\nLang: en\nPlaces: shanghai, atlantis\n\nText.\n"},
        ["articles/atlantis.md", "atlantis", "not in the gazetteer"],
    ),
    "unknown place after a title": Case(
        {
            "articles/unknown.md": "Title: Besuch aus Neustadtkirchen\nDate: 2024-05-06\nLang: de\n\n"
            "Der Oberbürgermeister von Neustadtkirchen, Max Mustermann, empfing am Freitag den "
            "Bürgermeister von Shanghai, Gong Zheng, im Rathaus.\n".encode()
        },
        False,
        ["articles/unknown.md", "'Neustadtkirchen' looks like a place", "data/curated.toml"],
        {"besuch-aus-neustadtkirchen": "Besuch aus Neustadtkirchen"},
    ),
    "source URL that is not http(s)": _left_out(
        {"captures/js.txt": GOOD_EN, "captures/js.meta": b"Source_url: javascript:alert(1)\n"},
        ["captures/js.txt", "not an http(s) address"],
    ),
    "no date line, a day in the Source_url": Case(
        {
            "captures/urldate.txt": GOOD_EN_TEXT.replace(" date 2024-05-06 ", "").encode(),
            "captures/urldate.meta": b"Source_url: https://www.example.org/news/2024-05/06/c_4711.htm\n",
        },
        False,
        ["captures/urldate.txt", "prints no publication date; using 2024-05-06 from its Source_url", "Date:"],
        {"munich": EN_TITLE},
    ),
    "no headline: the first sentence, with a warning": Case(
        {"captures/nohead.txt": GOOD_EN_TEXT.replace("Munich mayor meets Shanghai delegation\n", "").encode()},
        False,
        ["captures/nohead.txt", "no headline found", "Title: …"],
        {"munich-mayor-dieter-reiter": FIRST_SENTENCE},
    ),
    "navigation, a dateline and a German cookie notice above an English article": Case(
        {
            "captures/noisy.txt": (
                "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.\n"
                "Home | News | Metro | World | Opinion\n\nMUNICH, May 6 (Xinhua) --\n\n" + GOOD_EN_TEXT
            ).encode()
        },
        False,
        [],
        {"munich": EN_TITLE},
    ),
    "5 MB capture": Case(
        {"captures/big.txt": (GOOD_EN_TEXT + BIG_PARAGRAPH * 6000).encode()}, False, [], {"munich": EN_TITLE}
    ),
    "one 100,000-character line": Case(
        {"captures/longline.txt": GOOD_EN_TEXT.replace("culture and science.", "culture " * 12500 + ".").encode()},
        False,
        [],
        {"munich": EN_TITLE},
    ),
}


def _build(tmp_path: Path, case: Case) -> tuple[subprocess.CompletedProcess[str], Path]:
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(content)], check=True)
    for name, data in case.files.items():
        target = content / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    output = tmp_path / "output"
    extra = ["-e", "DIPLOMACY_SEARCH=false"]  # one -e with every setting: a second -e replaces the first
    if "gazetteer" in case.settings:
        gazetteer = tmp_path / "places.json"
        gazetteer.write_bytes(_gazetteer_with(case.settings["gazetteer"]))
        extra.append(f'DIPLOMACY_GAZETTEER="{gazetteer}"')
    env = {**os.environ, "COLUMNS": "400"}
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", "pelicanconf.py", *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return result, output


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    result, output = _build(tmp_path, case)
    log = " ".join((result.stdout + result.stderr).split())
    assert "Traceback" not in log
    if case.stop:
        assert result.returncode != 0, log[-2000:]
    else:
        assert result.returncode == 0, log[-3000:]
    for fragment in case.messages:
        assert fragment in log, f"{fragment!r} not in: {log[-3000:]}"
    if case.stop:
        assert not (output / "index.html").exists()  # stopped before writing: no half output
        return
    articles = {a["id"]: a for a in json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))}
    assert len(articles) >= 5 + len(case.published)  # no founding article lost
    published_captures = {a["capture"].rsplit("/", 1)[-1] for a in articles.values() if a.get("capture")}
    for left in case.left_out:
        assert Path(left).name not in published_captures
    for prefix, title in case.published.items():
        match = [a for slug, a in articles.items() if slug.startswith(prefix)]
        assert len(match) == 1, sorted(articles)
        article = match[0]
        assert article["title"] == title
        page = parse_page(output / article["urls"]["en"].lstrip("/") / "index.html")
        assert title in page.text()
        assert article["translations"] == []
        if prefix == "koelner":
            assert "koeln" in article["places"]
            assert article["meeting_date"] == "2024-05-03"


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "captures").mkdir(parents=True)
    (content / "captures" / "empty.txt").write_bytes(b"")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-o",
            str(tmp_path / "o"),
            "-s",
            "pelicanconf.py",
            "-D",
            "-e",
            "DIPLOMACY_SEARCH=false",
            "DIPLOMACY_STRICT=true",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" in result.stdout + result.stderr


def _live_markup(path: Path) -> list[str]:
    """Script elements other than JSON-LD, event-handler attributes, javascript: URLs, iframes…"""
    page = parse_page(path)
    problems = []
    for tag, attrs in page.elements:
        if tag in ("iframe", "object", "embed", "svg", "img") and tag != "svg":
            problems.append(f"<{tag}>")
        for key, value in attrs.items():
            if key.startswith("on"):
                problems.append(f"{key}=")
            if "javascript:" in value.replace(" ", "").lower():
                problems.append(f"{key}=javascript:")
    html = path.read_text(encoding="utf-8")
    for attrs_text, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S | re.I):
        if "alert(" in body and 'type="application/ld+json"' not in attrs_text:
            problems.append("<script>")
    for chunk in html.split('<script type="application/ld+json">')[1:]:
        assert "</script" not in chunk.split("</script>", 1)[0]
    if "<!-- secret -->" in html or "<!-- comment -->" in html:
        problems.append("comment")
    return problems


def test_hostile_input_never_reaches_a_page_as_live_markup(tmp_path: Path) -> None:
    case = Case(
        {
            "captures/xss.txt": (HERE / "xss_capture.txt").read_bytes(),
            "articles/xss.md": (HERE / "xss_markdown.md").read_bytes(),
        },
        False,
        [],
    )
    result, output = _build(tmp_path, case)
    assert result.returncode == 0, result.stderr[-3000:]
    pages = sorted(output.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        assert _live_markup(page) == [], page
    capture_page = next(output.glob("en/articles/hamburg-mayor-meets-*/index.html"))
    text = parse_page(capture_page).text()
    assert "<script>alert(1)</script>" in text  # shown as text
    assert '<img src=x onerror="alert(2)">' in text
    md_page = output / "en/articles/xss-markdown/index.html"
    assert "styled" in parse_page(md_page).text()
    for feed in output.rglob("atom.xml"):
        assert "<script" not in feed.read_text(encoding="utf-8").replace("&lt;script", "")


def test_publish_stops_on_a_file_left_out(tmp_path: Path) -> None:
    """`make publish` (DIPLOMACY_STRICT) stops where `make html` leaves the one file out."""
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(content)], check=True)
    (content / "captures" / "empty.txt").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(tmp_path / "o"), "-s", "publishconf.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "400", "SITEURL": "https://example.org/archive"},
        check=False,
    )
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0
    assert "The build stopped: 1 content file(s) could not be read" in log
    assert "captures/empty.txt" in log
    assert "Traceback" not in log


FULL_DISK = """\
import errno, os, sys
real_write, calls = os.write, [0]
def write(fd, data):
    calls[0] += 1
    if calls[0] > 40:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return real_write(fd, data)
os.write = write
from pelican import main
sys.argv = ["pelican", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize("fault", ["full disk", "a file where a folder must be"])
def test_an_unwritable_output_stops_with_one_message(tmp_path: Path, fault: str) -> None:
    output = tmp_path / "output"
    launch = ["-c", FULL_DISK]
    if fault != "full disk":
        output.mkdir()
        (output / "de").write_text("not a folder", encoding="utf-8")
        launch = ["-m", "pelican"]
    settings = ["-e", "DIPLOMACY_SEARCH=false", "DIPLOMACY_PARALLEL=false"]
    result = subprocess.run(
        [sys.executable, *launch, str(ROOT / "content"), "-o", str(output), "-s", "pelicanconf.py", *settings],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "400"},
        check=False,
    )
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0
    assert "Cannot write" in log
    assert str(output) in log
    assert "Traceback" not in log
    assert not list(output.rglob("*.tmp"))  # no temporary file left behind
    if fault == "full disk":  # the next good build gives exactly what a clean build gives
        build = [sys.executable, "-m", "pelican", str(ROOT / "content"), "-s", "pelicanconf.py", *settings]
        subprocess.run([*build, "-o", str(output)], cwd=ROOT, check=True, capture_output=True)
        subprocess.run([*build, "-o", str(tmp_path / "fresh")], cwd=ROOT, check=True, capture_output=True)
        assert _tree(output) == _tree(tmp_path / "fresh")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("existing", [False, True])
def test_a_read_only_output_stops_with_one_message_without_debug(tmp_path: Path, existing: bool) -> None:
    """An output folder the build may not write to: one message naming the path, no traceback (as root, who
    may write anywhere, the build runs as the user 'nobody', in a folder other users can enter)."""
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        reach = subprocess.run([*as_user, sys.executable, "-c", "import pelican"], capture_output=True, check=False)
        if reach.returncode != 0:  # a checkout in a private folder (mktemp -d is mode 700): 'nobody' cannot run it
            pytest.skip(f"the user 'nobody' cannot run {sys.executable} from this checkout's folder")
        tmp_path = Path(tempfile.mkdtemp(prefix="read-only-"))
        tmp_path.chmod(0o755)
    output = tmp_path / "output"
    settings = ["-e", "DIPLOMACY_SEARCH=false"]
    build = [sys.executable, "-m", "pelican", str(ROOT / "content"), "-o", str(output), "-s", "pelicanconf.py"]
    try:
        if existing:
            subprocess.run([*build, *settings], cwd=ROOT, check=True, capture_output=True)
            (output / "en" / "index.html").unlink()
        else:
            output.mkdir()
        if not as_user:
            for folder in (output, *output.rglob("*")):
                if folder.is_dir():
                    folder.chmod(0o555)
        result = subprocess.run(
            [*as_user, *build, *settings],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "400", "HOME": str(tmp_path)},
            check=False,
        )
    finally:
        for folder in (output, *output.rglob("*")):
            if folder.is_dir():
                folder.chmod(0o755)
        if as_user:
            shutil.rmtree(tmp_path)
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 1, log[-2000:]
    assert "Cannot write" in log
    assert "Permission denied" in log
    assert str(output) in log
    assert "Traceback" not in log


def test_a_slug_from_content_never_leaves_its_folder(tmp_path: Path) -> None:
    """`Slug:` values that name other folders are made safe (with a warning), never followed."""
    files = {
        "captures/up.txt": GOOD_EN,
        "captures/up.meta": b"Slug: ../../../../escaped\n",
        "captures/dots.txt": GOOD_DE,
        "captures/dots.meta": b"Slug: ..\n",
        "captures/place.txt": GOOD_EN.replace(b"Munich", b"Munich's"),
        "captures/place.meta": b"Slug: ../places/koeln\n",
    }
    result, output = _build(tmp_path, Case(files, False, []))
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 0, log[-3000:]
    assert "is not a safe address" in log
    assert [p for p in tmp_path.parent.glob("**/escaped") if output not in p.parents] == []
    articles = {a["id"] for a in json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))}
    assert {"escaped", "article", "places-koeln"} <= articles
    assert (output / "en" / "index.html").read_text(encoding="utf-8").count("<html") == 1  # home pages intact
    assert "Köln" in (output / "de" / "orte" / "koeln" / "index.html").read_text(encoding="utf-8")


def test_captures_keep_their_subfolder_and_every_link_reaches_its_file(tmp_path: Path) -> None:
    """Two captures named alike in different subfolders are published as two files; a name with '#', '?',
    '%' or a space is linked URL-encoded, so the link (followed over HTTP) gives the capture's own bytes."""
    odd = "odd #1?x%20 y.txt"
    files = {
        "captures/a/same.txt": GOOD_EN,
        "captures/b/same.txt": GOOD_DE,
        f"captures/{odd}": GOOD_EN.replace(b"Munich", b"Augsburg"),
    }
    result, output = _build(tmp_path, Case(files, False, []))
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 0, log[-3000:]
    articles = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    by_source = {
        "captures/a/same.txt": next(a for a in articles if a["id"].startswith("munich")),
        "captures/b/same.txt": next(a for a in articles if a["id"].startswith("koelner")),
        f"captures/{odd}": next(a for a in articles if a["id"].startswith("augsburg")),
    }
    assert by_source["captures/a/same.txt"]["capture"] == "/captures/a/same.txt"
    assert by_source[f"captures/{odd}"]["capture"] == "/captures/odd%20%231%3Fx%2520%20y.txt"
    from diplomacy.site.serve import serving

    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 only, never a proxy
    with serving(output) as origin:
        for source, article in by_source.items():
            page = parse_page(output / article["url"].lstrip("/") / "index.html")
            assert article["capture"] in page.links  # the page links the capture as the data says
            with direct.open(origin + article["capture"], timeout=10) as response:
                assert response.read() == files[source], source


def test_a_directory_link_loop_in_content_is_passed_over(tmp_path: Path) -> None:
    """Links back to a folder the walk is in (content/captures/up -> .., content/captures/here -> .) are not
    followed (the build hung): a warning names each, every article is read once."""
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(content)], check=True)
    (content / "captures" / "extra.txt").write_bytes(GOOD_EN)
    (content / "captures" / "up").symlink_to("..")
    (content / "captures" / "here").symlink_to(".")
    output = tmp_path / "output"
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", "pelicanconf.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "400"},
        timeout=180,
        check=False,
    )
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 0, log[-3000:]
    assert "Traceback" not in log
    for link in ("captures/up", "captures/here"):
        assert f"{link}: a link to" in log
    assert log.count("(a loop); it is not followed. Fix: remove the link") == 2
    articles = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    assert len(articles) == 6  # the five of content/ and extra.txt, each once
