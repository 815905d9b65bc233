"""The one writer of the site (plugins/diplomacy/site/output.py): a fresh folder is written directly,
an existing one through temporary files; neither leaves a file cut short."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from plugins.diplomacy.site.output import Output, OutputPathError, WriteFailed


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fresh", [True, False])
def test_writes_files_and_folders_and_a_second_write_replaces_the_first(tmp_path: Path, fresh: bool) -> None:
    root = tmp_path / "out"
    out = Output(root, in_place=False, fresh=fresh)
    out.write("en/a/index.html", "<p>eins")
    out.write("en/a/index.html", "<p>zwei")
    out.write_chunks("data/t.json", iter(["[", "1", "]"]))
    out.write(root / "en" / "b.txt", b"\x00bytes")
    assert _files(root) == {"data/t.json": b"[1]", "en/a/index.html": b"<p>zwei", "en/b.txt": b"\x00bytes"}
    with pytest.raises(OutputPathError):
        out.write("../elsewhere.html", "x")
    assert not (tmp_path / "elsewhere.html").exists()


@pytest.mark.parametrize("fresh", [True, False])
def test_a_full_disk_leaves_no_file_cut_short(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: bool) -> None:
    root = tmp_path / "out"
    out = Output(root, in_place=False, fresh=fresh)
    out.write("en/kept.html", "<p>ganz")
    real_write = os.write

    def write(handle: int, data: bytes) -> int:
        real_write(handle, bytes(data[:3]))  # a few bytes reach the disk, then it is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(WriteFailed):
        out.write("en/cut/index.html", "<p>" + "x" * 1000)
    assert _files(root) == {"en/kept.html": b"<p>ganz"}


@pytest.mark.parametrize("fresh", [True, False])
def test_only_a_fresh_folder_is_written_directly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: bool) -> None:
    """A folder that existed keeps its old file until the new one is complete (a temporary file, renamed)."""
    root = tmp_path / "out"
    out = Output(root, in_place=False, fresh=fresh)
    opened: list[str] = []
    real_open = os.open

    def spy(path: str, *args: int) -> int:
        opened.append(os.path.basename(path))
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", spy)
    out.write("en/page.html", "<p>neu")
    assert (opened == ["page.html"]) is fresh
    assert _files(root) == {"en/page.html": b"<p>neu"}
    assert not Output(root, in_place=True, fresh=True).fresh  # a folder updated in place is never fresh
