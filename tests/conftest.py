from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sitetools import ROOT, Site, build_site

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
    content = base / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(Path(__file__).parent / "site_content", content, dirs_exist_ok=True)
    return build_site(content, base / "output", siteurl="/archive")
