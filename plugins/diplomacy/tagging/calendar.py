"""Month and weekday names per language: the one table that every date reader builds from.

The tagger's meeting dates (:mod:`.dates`) read the table of the article's
language; the capture reader (:mod:`diplomacy.reading.textcapture.dates`) reads
date lines in any language and takes every table at once (:func:`all_names`).
Names are lower case; abbreviations are written without their full stop.

>>> MONTHS["de"]["jänner"], MONTHS["en"]["sept"], WEEKDAYS["de"]["sonnabend"]
(1, 9, 5)
>>> all_names(WEEKDAY_ABBREVIATIONS)["thurs"]
3
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["MONTHS", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS", "all_names"]


def _numbered(names: Iterable[str], start: int) -> dict[str, int]:
    """``("januar jänner", "februar")`` -> ``{"januar": start, "jänner": start, "februar": start + 1}``."""
    table: dict[str, int] = {}
    for number, words in enumerate(names, start=start):
        table.update(dict.fromkeys(words.split(), number))
    return table


# month number (January = 1) by name
MONTHS: dict[str, dict[str, int]] = {
    "en": _numbered(
        (
            *("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul"),
            *("august aug", "september sept sep", "october oct", "november nov", "december dec"),
        ),
        start=1,
    ),
    "de": _numbered(
        (
            *("januar jänner jän jan", "februar feber feb", "märz maerz mär mrz", "april apr", "mai"),
            *("juni jun", "juli jul", "august aug", "september sept sep", "oktober okt", "november nov"),
            "dezember dez",
        ),
        start=1,
    ),
}
# weekday number (Monday = 0, as datetime.date.weekday) by full name
WEEKDAYS: dict[str, dict[str, int]] = {
    "en": _numbered(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), start=0),
    "de": _numbered(
        ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"), start=0
    ),
}
# the short forms of date lines ("Do., 16.05.2024", "Thu, April 25, 2024"): too ambiguous in running text
WEEKDAY_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "en": _numbered(("mon", "tue tues", "wed", "thu thur thurs", "fri", "sat", "sun"), start=0),
    "de": _numbered(("mo", "di", "mi", "do", "fr", "sa", "so"), start=0),
}


def all_names(tables: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """Every language's names in one table (no name means two numbers in two languages)."""
    merged: dict[str, int] = {}
    for table in tables.values():
        merged.update(table)
    return merged
