"""What every open data file holds: the one description of each table's fields.

The data page (in both languages), ``datapackage.json`` (Frictionless Data Package) and the CSV files
are all made from these tables; the JSON files hold the same fields, with lists and objects kept as
they are.  Descriptions are marked with ``N_`` and translated when the data page is rendered.

A field's ``shape`` says how a JSON value becomes CSV cells:

``value``   as it is (``null`` → empty cell)
``list``    list of ids or words, joined with ``"; "``
``pairs``   list of two place ids each, written ``a--b`` and joined with ``"; "``
``people``  ``{"name", "role", "place"}`` each, written ``name | role | place`` (the ``Principals:``
            metadata format) and joined with ``"; "``
``urls``    ``{"en": …, "de": …}``: one column per language, ``url_en``, ``url_de``
``names``   ``{"en": …, "de": …}``: one column per language, ``name_en``, ``name_de``
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import N_

LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: str  # Frictionless (Table Schema) type of the CSV column(s)
    description: str
    shape: str = "value"


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # articles, meetings …: the file names <name>.json and <name>.csv
    title: str
    fields: tuple[Field, ...]

    def columns(self, languages: tuple[str, ...]) -> list[tuple[str, Field]]:
        """The CSV columns: (column name, the field it comes from)."""
        out = []
        for f in self.fields:
            if f.shape in ("urls", "names"):
                out.extend((f"{f.name}_{lang}", f) for lang in languages)
            else:
                out.append((f.name, f))
        return out


_URL = Field("url", "string", N_("address of the page in each language, from the site root"), "urls")
_MEETINGS = Field("meetings", "string", N_("ids of the meetings"), "list")
_ARTICLES = Field("articles", "string", N_("ids of the articles"), "list")
_PLACES = Field("places", "string", N_("ids of the places that are parties"), "list")
_PAIRS = Field("pairs", "string", N_("partnerships concerned: two place ids each"), "pairs")
_PRINCIPALS = Field("principals", "string", N_("principals: name, role as worded, place id"), "people")
_ATTENDEES = Field("attendees", "string", N_("others attending: name, role as worded, place id"), "people")

TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        N_("Articles"),
        (
            Field("id", "string", N_("id of the article (its slug)")),
            Field("lang", "string", N_("language of the article (en or de)")),
            Field("title", "string", N_("title")),
            Field("url", "string", N_("address of the page in the article's own language")),
            Field("urls", "string", N_("address of the article's page in each language"), "urls"),
            Field("published", "date", N_("date of publication")),
            Field("meeting", "string", N_("id of the meeting it reports, if any")),
            Field("meeting_date", "date", N_("date of the meeting it reports, if any")),
            _PLACES,
            _PAIRS,
            _PRINCIPALS,
            _ATTENDEES,
            Field("source", "string", N_("publisher")),
            Field("source_url", "string", N_("address of the original article")),
            Field("capture", "string", N_("address of the original capture, unchanged")),
            Field("translations", "string", N_("ids of articles that are translations of it"), "list"),
        ),
    ),
    Table(
        "meetings",
        N_("Meetings"),
        (
            Field("id", "string", N_("id of the meeting: date and place ids")),
            Field("date", "date", N_("day of the meeting")),
            _PLACES,
            _PAIRS,
            _PRINCIPALS,
            _ATTENDEES,
            Field("articles", "string", N_("ids of every report of it, in either language"), "list"),
            _URL,
        ),
    ),
    Table(
        "places",
        N_("Places"),
        (
            Field("id", "string", N_("id of the place")),
            Field("name", "string", N_("name in each language"), "names"),
            Field("aliases", "string", N_("other names"), "list"),
            Field("kind", "string", N_("city, region or country")),
            Field("country", "string", N_("country (ISO 3166-1 alpha-2)")),
            Field("lat", "number", N_("latitude")),
            Field("lon", "number", N_("longitude")),
            Field("partners", "string", N_("ids of its partner places"), "list"),
            Field(
                "partnerships", "string", N_("its partnerships (JSON: id, partner, founding year; CSV: ids)"), "list"
            ),
            _MEETINGS,
            _ARTICLES,
            _URL,
        ),
    ),
    Table(
        "partnerships",
        N_("Partnerships"),
        (
            Field("id", "string", N_("id of the partnership: the two place ids")),
            Field("places", "string", N_("the two place ids"), "list"),
            Field("since", "integer", N_("year the partnership was founded, if known")),
            Field(
                "kind",
                "string",
                N_("kind of formal partnership in the register, empty for places that only met"),
            ),
            Field("source", "string", N_("the source that states the formal partnership")),
            Field("source_url", "string", N_("the address of that source")),
            _MEETINGS,
            _ARTICLES,
            _URL,
        ),
    ),
    Table(
        "people",
        N_("People"),
        (
            Field("id", "string", N_("id of the person: name, and place where a namesake exists")),
            Field("name", "string", N_("name")),
            Field("place", "string", N_("place that tells the person apart from a namesake")),
            Field("roles", "string", N_("roles: role as worded, place id"), "people"),
            _MEETINGS,
            Field("articles", "string", N_("ids of the articles naming the person as a principal"), "list"),
            Field("namesakes", "string", N_("ids of other people of the same name"), "list"),
            _URL,
        ),
    ),
)

# The CSV of one place, partnership or person: its meetings and articles, one row each. No addresses: an
# article's and a meeting's are in the site-wide tables (by id), and they were half of these files' bytes.
ITEMS = Table(
    "items",
    N_("Meetings and articles of a page"),
    (
        Field("type", "string", N_("meeting or article")),
        Field("id", "string", N_("id of the meeting or article")),
        Field("date", "date", N_("day of the meeting, or date of publication")),
        Field("lang", "string", N_("language of the article (empty for a meeting)")),
        Field("title", "string", N_("title of the article (empty for a meeting)")),
        _PLACES,
    ),
)


def cells(table: Table, record: dict[str, Any], languages: tuple[str, ...]) -> list[Any]:
    """One CSV row of ``record`` (a JSON record of ``table``)."""
    row: list[Any] = []
    for f in table.fields:
        value = record.get(f.name)
        if f.shape in ("urls", "names"):
            row.extend((value or {}).get(lang) or "" for lang in languages)
        elif f.shape == "list":
            row.append(SEPARATOR.join(str(v["id"] if isinstance(v, dict) else v) for v in value or []))
        elif f.shape == "pairs":
            row.append(SEPARATOR.join("--".join(pair) for pair in value or []))
        elif f.shape == "people":
            row.append(
                SEPARATOR.join(
                    " | ".join(str(p.get(k) or "") for k in ("name", "role", "place") if k in p) for p in value or []
                )
            )
        else:
            row.append("" if value is None else value)
    return row


def table_schema(table: Table, languages: tuple[str, ...]) -> dict[str, Any]:
    """The Frictionless Table Schema of ``table``'s CSV file."""
    fields = []
    for column, f in table.columns(languages):
        field: dict[str, Any] = {"name": column, "type": f.type, "description": f.description}
        if f.shape in ("list", "pairs", "people"):
            field["description"] += f" (separated by '{SEPARATOR.strip()}')"
        fields.append(field)
    return {"fields": fields, "primaryKey": ["id"] if table is not ITEMS else ["type", "id"]}
