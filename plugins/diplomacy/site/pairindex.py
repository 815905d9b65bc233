"""The views of the partnership index: by name, by year, and one per country (static pages, no script).

Each pair is placed once per view it belongs to (a pair is in the views of at most two countries), so
the views together cost time linear in the number of pairs.

>>> from types import SimpleNamespace as NS
>>> pairs = [NS(id="a--b", since=1990, partnership=1), NS(id="c--d", since=None, partnership=1),
...          NS(id="e--f", since=None, partnership=None), NS(id="g--h", since=1985, partnership=1)]
>>> [(key, [p.id for p in items]) for key, items in year_groups(pairs)]
[(1985, ['g--h']), (1990, ['a--b']), ('unknown', ['c--d']), ('none', ['e--f'])]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

UNKNOWN_YEAR = "unknown"  # a formal partnership whose beginning no source states
NOT_FORMAL = "none"  # a pair that met, with no formal partnership in the register


def year_groups(pairs: Iterable[Any]) -> list[tuple[int | str, list[Any]]]:
    """Pairs grouped by the year their partnership began, oldest first; then unknown years, then pairs
    without a formal partnership. Within a group, the given order is kept."""
    groups: dict[int | str, list[Any]] = defaultdict(list)
    for pair in pairs:
        if pair.partnership is None:
            groups[NOT_FORMAL].append(pair)
        else:
            groups[pair.since if pair.since is not None else UNKNOWN_YEAR].append(pair)
    years = sorted(key for key in groups if isinstance(key, int))
    return [(key, groups[key]) for key in [*years, UNKNOWN_YEAR, NOT_FORMAL] if key in groups]


def by_country(pairs: Iterable[Any], countries_of: Callable[[Any], set[str]]) -> dict[str, list[Any]]:
    """ISO code (lower case, the country page's id) → the pairs with a place in that country, in the
    given order."""
    out: dict[str, list[Any]] = defaultdict(list)
    for pair in pairs:
        for code in sorted(countries_of(pair)):
            out[code.lower()].append(pair)
    return dict(sorted(out.items()))
