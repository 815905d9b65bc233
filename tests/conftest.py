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
