from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sitetools import ROOT, Site, build_site, serve

SEEDS = ROOT / "content" / "captures"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The real content, built for a GitHub Pages project site (sub-path /archive)."""
    out = tmp_path_factory.mktemp("site")
    return build_site(ROOT / "content", out / "output", siteurl="/archive")


@pytest.fixture(scope="session")
def root_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The real content, built for the root of a domain."""
    out = tmp_path_factory.mktemp("root-site")
    return build_site(ROOT / "content", out / "output", siteurl="")


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A copy of the real content that a test may change."""
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


@pytest.fixture(scope="session")
def full_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The founding captures plus the test articles of tests/site_content, under /archive."""
    base = tmp_path_factory.mktemp("full-site")
    return build_site(full_content(base), base / "output", siteurl="/archive")


def full_content(base: Path) -> Path:
    """The founding captures plus the test articles of tests/site_content, copied into ``base/content``."""
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(Path(__file__).parent / "site_content", content, dirs_exist_ok=True)
    return content


@dataclass
class ServedSite:
    """A built site served over HTTP under its sub-path, as on GitHub Pages."""

    site: Site
    origin: str  # http://127.0.0.1:PORT
    outside: list[str] = field(default_factory=list)  # requests the server got for addresses outside the site

    def url(self, path: str) -> str:
        """The address of a site-root path ('/en/places/koeln/') or of a link as written ('/archive/en/…')."""
        if not path.startswith(self.site.siteurl + "/"):
            path = self.site.siteurl + path
        return self.origin + path


@pytest.fixture(scope="session")
def served_site(full_site: Site) -> Iterator[ServedSite]:
    """``full_site`` on 127.0.0.1 (a free port) under /archive/; every other address is 404."""
    outside: list[str] = []
    with serve(full_site.output, full_site.siteurl, outside) as origin:
        yield ServedSite(full_site, origin, outside)
