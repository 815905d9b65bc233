"""Translatable labels for values the tagger and the register produce (kinds, roles, partnership kinds, the
reasons and doubts of the tagger's evidence).

The strings are marked with ``N_`` so that ``pybabel extract`` puts them in
the catalog; they are translated when a page is rendered.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from .i18n import N_, current_lang, translate

KINDS = {"city": N_("city"), "region": N_("region"), "country": N_("country")}

# the kinds of formal partnership of the register (diplomacy.places.register.PARTNERSHIP_KINDS)
PARTNERSHIP_KINDS = {
    "sister-city": N_("sister cities"),
    "friendship-city": N_("friendship cities"),
    "partner-region": N_("partner regions"),
    "cooperation": N_("cooperation agreement"),
    "in-preparation": N_("partnership in preparation"),
}

ROLES = {
    "mayor": N_("Mayor"),
    "lord_mayor": N_("Lord Mayor"),
    "first_mayor": N_("First Mayor"),
    "governing_mayor": N_("Governing Mayor"),
    "vice_mayor": N_("Vice Mayor"),
    "deputy_mayor": N_("Deputy Mayor"),
    "party_secretary": N_("Party Secretary"),
    "governor": N_("Governor"),
    "vice_governor": N_("Vice Governor"),
    "ambassador": N_("Ambassador"),
    "consul_general": N_("Consul General"),
    "consul": N_("Consul"),
    "premier": N_("Premier"),
    "vice_premier": N_("Vice Premier"),
    "prime_minister": N_("Prime Minister"),
    "minister_president": N_("Minister-President"),
    "chancellor": N_("Chancellor"),
    "minister": N_("Minister"),
    "vice_minister": N_("Vice Minister"),
    "state_secretary": N_("State Secretary"),
    "president": N_("President"),
    "vice_president": N_("Vice President"),
    "chairman": N_("Chairman"),
    "vice_chairman": N_("Vice Chairman"),
    "senator": N_("Senator"),
    "district_administrator": N_("District Administrator"),
    "deputy": N_("Deputy"),
    "secretary_general": N_("Secretary-General"),
    "director_general": N_("Director General"),
    "director": N_("Director"),
    "head_of_delegation": N_("Head of Delegation"),
    "parliament_president": N_("President of Parliament"),
    "council_chair": N_("Chair of the City Council"),
    "rector": N_("Rector"),
    "envoy": N_("Envoy"),
}


def kind_label(kind: str) -> str:
    return translate(KINDS.get(kind, kind))


def partnership_label(kind: str) -> str:
    return translate(PARTNERSHIP_KINDS.get(kind, kind))


def role_label(person: dict) -> str | Markup:
    """The role in the page's language: a known role key is translated, else the words of the article."""
    key = person.get("role_key") or ""
    worded = (person.get("roles_by_lang") or {}).get(current_lang())
    if worded:  # a report in the page's language worded it so ("Oberbürgermeisterin")
        return worded
    if person.get("role") and person.get("lang") == current_lang():
        return person["role"]
    if key in ROLES:
        return translate(ROLES[key])
    role = person.get("role") or ""
    if role and person.get("lang") and person["lang"] != current_lang():
        return Markup('<span lang="{}">{}</span>').format(person["lang"], role)  # the article's own words
    return role


def reason_label(reason: str) -> str:
    """The tagger's reason in the page's language: its English words (tagging/evidence.py, the one home)
    are the catalog's messages; a reason with a qualifier (", where …") is translated part by part."""
    return ", ".join(translate(part) for part in reason.split(", "))


def doubt_label(doubt: dict, place_name: Callable[[str], str]) -> str:
    """Why the tagger is unsure, in the page's language: the doubt's template translated, a place id
    filled in as the place's name."""
    values = dict(doubt.get("values") or {})
    if "place" in values:
        values["place"] = place_name(values["place"])
    try:
        return translate(doubt["template"]).format(**values)
    except (KeyError, IndexError, ValueError):
        return doubt.get("text", "")


def marked(sentence: str, start: int, end: int, *, again: bool = False) -> Markup:
    """The sentence, escaped, with the deciding words ``sentence[start:end]`` in ``<mark>``.

    ``again``: the sentence is quoted in full just above (several tags rest on one sentence): only the
    deciding words, with "…" for the rest of it, so a page does not repeat the sentence for every tag.
    """
    if not 0 <= start < end <= len(sentence):
        return escape(sentence)
    if again:
        before = "… " if sentence[:start].strip() else ""
        after = " …" if sentence[end:].strip() else ""
        return Markup(f"{before}<mark>{escape(sentence[start:end])}</mark>{after}")
    # escaped part by part as Markup.format would, without its formatter (ten thousand sentences a build)
    return Markup(f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>{escape(sentence[end:])}")
