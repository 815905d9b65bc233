"""The partnership register (data/partnerships.toml): loading, validation, and the gazetteer built from it."""

from __future__ import annotations

import doctest
import importlib.util
import logging
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from diplomacy.places import register as register_module
from diplomacy.places.gazetteer import Gazetteer
from diplomacy.places.register import PARTNERSHIP_KINDS, RegisterError, load_register, parse_register

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "data" / "partnerships.toml"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "data" / "build_gazetteer.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_doctests() -> None:
    assert doctest.testmod(register_module).failed == 0


def test_register_loads_and_every_entry_is_in_the_gazetteer(gaz: Gazetteer) -> None:
    partnerships = load_register(REGISTER, gaz.__contains__)
    assert len(partnerships) >= 120
    assert {p.kind for p in partnerships} <= set(PARTNERSHIP_KINDS)
    assert all(p.source and p.url.startswith(("http://", "https://")) for p in partnerships)
    # the gazetteer holds exactly the register, with kind, year and source, on both places
    assert set(gaz.partnerships) == {p.id for p in partnerships}
    for p in partnerships:
        entry = gaz.partnership(p.b, p.a)
        assert entry is not None
        assert (entry.kind, entry.since, entry.source, entry.url) == (
            p.kind,
            p.since,
            p.source,
            p.url,
        )
        assert (p.b, p.since) in gaz.partners(p.a)
        assert (p.a, p.since) in gaz.partners(p.b)


def test_at_least_100_formal_german_chinese_partnerships(gaz: Gazetteer) -> None:
    formal = [
        p
        for p in gaz.partnerships.values()
        if p.formal and {gaz.places[p.a].country, gaz.places[p.b].country} == {"DE", "CN"}
    ]
    assert len(formal) >= 100
    kinds = {gaz.places[pid].kind for p in formal for pid in p.places}
    assert kinds == {"city", "region"}  # cities and districts, states and provinces


def test_the_register_is_the_one_home_of_partnerships() -> None:
    curated = tomllib.loads((ROOT / "data" / "curated.toml").read_text(encoding="utf-8"))
    assert "partnership" not in curated
    register = tomllib.loads(REGISTER.read_text(encoding="utf-8"))
    assert set(register) == {"partnership"}


def test_unknown_year_is_none(gaz: Gazetteer) -> None:
    unknown = [p for p in gaz.partnerships.values() if p.since is None]
    assert unknown, "the register has partnerships of unknown year"
    raw = tomllib.loads(REGISTER.read_text(encoding="utf-8"))["partnership"]
    assert sum(1 for spec in raw if spec["since"] == "unknown") == len(unknown)


# -- validation: a bad entry gives an error naming it ----------------------------------------

GOOD = {
    "a": "koeln",
    "b": "beijing",
    "kind": "sister-city",
    "since": 1987,
    "source": "Stadt Köln: Städtepartnerschaften",
    "url": "https://www.stadt-koeln.de/",
}


def _with(**changes: Any) -> dict[str, Any]:
    spec = {**GOOD, **changes}
    return {k: v for k, v in spec.items() if v is not None}


BAD = [
    ("unknown place", [_with(b="atlantis")], ["#1", "koeln – atlantis", "unknown place id 'atlantis'", "curated.toml"]),
    ("duplicate pair", [GOOD, _with(a="beijing", b="koeln", kind="friendship-city")],
     ["#2", "beijing – koeln", "beijing--koeln", "already entry #1"]),
    ("year too early", [_with(since=1850)], ["#1", "koeln – beijing", "since 1850", "plausible year"]),
    ("year in the future", [_with(since=2999)], ["since 2999", "plausible year"]),
    ("year not a number", [_with(since="1987")], ["since '1987'", "'unknown'"]),
    ("no source", [_with(source=None)], ["#1", "koeln – beijing", "lacks source"]),
    ("empty source", [_with(source="  ")], ["source"]),
    ("no url", [_with(url=None)], ["lacks url"]),
    ("url not http", [_with(url="ftp://x.org/")], ["url 'ftp://x.org/'", "http(s)"]),
    ("bad kind", [_with(kind="twin-town")], ["kind 'twin-town'", "sister-city"]),
    ("same place twice", [_with(b="koeln")], ["two different place ids"]),
    ("unknown field", [_with(note="x")], ["unknown field(s) note"]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "specs", "needles"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_entry_gives_an_error_naming_it(label: str, specs: list[dict[str, Any]], needles: list[str]) -> None:
    known = {"koeln", "beijing"}.__contains__
    with pytest.raises(RegisterError) as info:
        parse_register(specs, known, "partnerships.toml", this_year=2026)
    message = str(info.value)
    assert message.startswith("partnerships.toml: [[partnership]] #"), message
    for needle in needles:
        assert needle in message, (label, needle, message)


def test_unknown_year_is_accepted() -> None:
    (p,) = parse_register([_with(since="unknown")], {"koeln", "beijing"}.__contains__, this_year=2026)
    assert p.since is None
    assert p.id == "beijing--koeln"


# -- the gazetteer build: it validates the register and prints the count ----------------------


def _register_file(tmp_path: Path, specs: list[dict[str, Any]]) -> Path:
    lines = []
    for spec in specs:
        lines.append("[[partnership]]")
        lines += [f"{key} = {value!r}".replace("'", '"') for key, value in spec.items()]
        lines.append("")
    path = tmp_path / "partnerships.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_build_prints_the_count(build: ModuleType, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="build_gazetteer")
    assert build.main(["--output", str(tmp_path / "places.json")]) == 0
    line = next(r.getMessage() for r in caplog.records if "German–Chinese" in r.getMessage())
    count = int(line.split("; ")[1].split()[0])
    assert count >= 100, line
    assert (tmp_path / "places.json").read_bytes() == (ROOT / "data" / "places.json").read_bytes()


def test_build_refuses_a_bad_register(build: ModuleType, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    bad = _register_file(tmp_path, [GOOD, _with(b="atlantis", since=1990)])
    out = tmp_path / "places.json"
    assert build.main(["--output", str(out), "--register", str(bad)]) == 2
    assert not out.exists()
    message = " ".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert "partnerships.toml: [[partnership]] #2 (koeln – atlantis): unknown place id 'atlantis'" in message


def test_build_refuses_partnerships_in_the_curated_file(build: ModuleType, tmp_path: Path) -> None:
    curated = tmp_path / "curated.toml"
    curated.write_text(
        (ROOT / "data" / "curated.toml").read_text(encoding="utf-8")
        + '\n[[partnership]]\na = "koeln"\nb = "beijing"\nsince = 1987\n',
        encoding="utf-8",
    )
    with pytest.raises(build.BuildError, match=r"belong in the partnership register"):
        build.load_curated(curated)
