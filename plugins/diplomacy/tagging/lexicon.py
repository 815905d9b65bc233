"""The role lexicon: every office the tagger knows, in English and German, and how it is written.

A table, no text is read here (:mod:`roles` reads it).  Each :class:`RoleSpec` is one way of
writing an office ("Vice Mayor", "Oberbürgermeisterin", "Secretary of the CPC …") with its
language-neutral key (:data:`ROLE_KEYS`, which the site translates), its display form and the
lower-case *head words* the phrase starts with.  National offices that name their country carry it
("Bundeskanzler": Germany, "head of the International Department of the CPC Central Committee":
China).

>>> [spec.key for spec in SPECS if spec.display == "Oberbürgermeister"]
['lord_mayor', 'lord_mayor']
>>> [spec.country for spec in SPECS if spec.display == "Bundesaußenminister"]
['germany']
>>> spec = next(s for s in SPECS if s.display == "President of Parliament")
>>> bool(re.fullmatch(spec.pattern, "Chairman of the Parliament of the State", re.IGNORECASE))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import word_set

__all__ = ["CITY_ROLES", "CONSULAR_ROLES", "LOCAL_ROLES", "ROLE_KEYS", "SPECS", "RoleSpec"]

# key: English label. The list the site translates (labels.ROLES should know each key).
ROLE_KEYS: dict[str, str] = {
    "mayor": "Mayor",
    "lord_mayor": "Lord Mayor",
    "first_mayor": "First Mayor",
    "governing_mayor": "Governing Mayor",
    "vice_mayor": "Vice Mayor",
    "deputy_mayor": "Deputy Mayor",
    "party_secretary": "Party Secretary",
    "governor": "Governor",
    "vice_governor": "Vice Governor",
    "ambassador": "Ambassador",
    "consul_general": "Consul General",
    "consul": "Consul",
    "premier": "Premier",
    "vice_premier": "Vice Premier",
    "prime_minister": "Prime Minister",
    "minister_president": "Minister-President",
    "chancellor": "Chancellor",
    "minister": "Minister",
    "vice_minister": "Vice Minister",
    "state_secretary": "State Secretary",
    "president": "President",
    "vice_president": "Vice President",
    "chairman": "Chairman",
    "vice_chairman": "Vice Chairman",
    "senator": "Senator",
    "district_administrator": "District Administrator",
    "deputy": "Deputy",
    "secretary_general": "Secretary-General",
    "director_general": "Director-General",
    "director": "Director",
    "head_of_delegation": "Head of Delegation",
    "parliament_president": "President of Parliament",
    "council_chair": "Chair of the City Council",
    "rector": "Rector",
    "envoy": "Envoy",
}

# Offices of a city or region: such a role never stands for a country ("German mayors").
CITY_ROLES = word_set(
    "mayor lord_mayor first_mayor governing_mayor vice_mayor deputy_mayor governor vice_governor "
    "district_administrator senator"
)
# Consular officers: present at a meeting, they attend it; they never make their country a party.
CONSULAR_ROLES = word_set("consul_general consul")
# Roles of an office that stands for a city or region (a principal without a place may take one).
LOCAL_ROLES = word_set(
    "mayor lord_mayor first_mayor governing_mayor vice_mayor deputy_mayor party_secretary governor vice_governor "
    "premier minister_president district_administrator senator parliament_president council_chair"
)


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """One way of writing an office: a regular expression (matched case-insensitively) and what it means."""

    pattern: str
    key: str
    display: str  # English: the label; German nouns: the masculine base
    fem: str | None = None  # German feminine form
    adjective: str | None = None  # German adjective before the noun ("Erste", "stellvertretende")
    direct: bool = False  # a place may follow without "of"/"von" ("Secretary of the CPC Shanghai …")
    heads: tuple[str, ...] = ()  # lower-case words the phrase starts with (the keyword scanner finds them)
    country: str | None = None  # the place of an office that names it ("Bundeskanzler": Germany)


def _en(words: str, key: str, display: str | None = None, *, plural: bool = True) -> RoleSpec:
    """An English role: words separated by spaces or hyphens; optional plural -s."""
    parts = [re.escape(w) for w in words.split()]
    pattern = r"[\s-]+".join(parts)
    if plural:
        pattern += "s?"
    return RoleSpec(
        pattern, key, display or " ".join(w.capitalize() for w in words.split()), heads=(words.split(maxsplit=1)[0],)
    )


def _de(base: str, key: str, fem: str | None = None, country: str | None = None) -> RoleSpec:
    """A German role noun with feminine, genitive and plural endings."""
    fem = fem or base + "in"
    return RoleSpec(
        rf"(?:{re.escape(fem)}(?:nen)?|{re.escape(base)}(?:en|s|n)?)",
        key,
        base,
        fem,
        heads=(base.lower(),),
        country=country,
    )


def _de_adj(adjective: str, base: str, key: str) -> RoleSpec:
    """A German role of adjective and noun: "Erster Bürgermeister", "stellvertretende Bürgermeisterin"."""
    return RoleSpec(
        rf"{re.escape(adjective)}[rnms]?\s+(?:{re.escape(base)}in(?:nen)?|{re.escape(base)}(?:s|n)?)",
        key,
        base,
        base + "in",
        adjective,
        heads=(adjective.lower(),),
    )


# German ministers are compounds: "Wirtschaftsministerin", "Außenminister".
_MINISTRIES = sorted(
    word_set(
        "Wirtschafts Finanz Außen Innen Kultus Wissenschafts Verkehrs Umwelt Justiz Gesundheits Sozial "
        "Landwirtschafts Europa Bildungs Digital Bau Arbeits Forschungs Entwicklungs Kultur Handels Energie"
    )
)

SPECS: list[RoleSpec] = [
    # English
    _en("executive vice mayor", "vice_mayor"),
    _en("acting mayor", "mayor"),
    _en("executive mayor", "mayor"),
    _en("special envoy", "envoy"),
    _en("envoy", "envoy"),
    RoleSpec(
        r"speakers?\s+of\s+the\s+(?:parliament|Landtag|Bundestag|state\s+parliament)",
        "parliament_president",
        "Speaker of Parliament",
        heads=("speaker",),
    ),
    RoleSpec(
        # "Chairman of the Parliament of the State of Hessen", "President of the Regional Assembly"
        r"(?:president|chairman|chairwoman)\s+of\s+the\s+(?:Landtag|Bundestag|state\s+parliament|"
        r"(?:regional\s+|provincial\s+|state\s+)?(?:parliament|assembly)(?:\s+of\s+the\s+(?:free\s+)?state)?)",
        "parliament_president",
        "President of Parliament",
        heads=("president", "chairman", "chairwoman"),
    ),
    _en("rector", "rector"),
    _en("vice mayor", "vice_mayor"),
    _en("deputy mayor", "deputy_mayor"),
    _en("lord mayor", "lord_mayor"),
    _en("governing mayor", "governing_mayor"),
    _en("first mayor", "first_mayor"),
    _en("mayor", "mayor"),
    _en("party secretary", "party_secretary"),
    _en("party chief", "party_secretary"),
    RoleSpec(
        r"secretary\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China)",
        "party_secretary",
        "Party Secretary",
        direct=True,
        heads=("secretary",),
    ),
    # "Secretary of the Liaoning Provincial Committee of the CPC": the place inside the phrase
    RoleSpec(
        r"secretary\s+of\s+the(?=\s+(?!CPC\s)(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:Provincial|Municipal)\s+"
        r"(?:Party\s+)?Committee)",
        "party_secretary",
        "Party Secretary",
        direct=True,
        heads=("secretary",),
    ),
    # "CPC Hunan Provincial Committee secretary": the place follows the head word
    RoleSpec(
        r"CPC(?=\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:Provincial|Municipal)\s+(?:Party\s+)?Committee\s+"
        r"secretary\b)",
        "party_secretary",
        "Party Secretary",
        direct=True,
        heads=("cpc",),
    ),
    _en("vice governor", "vice_governor"),
    _en("deputy governor", "vice_governor"),
    _en("governor", "governor"),
    RoleSpec(
        r"ambassadors?(?:\s+extraordinary\s+and\s+plenipotentiary)?",
        "ambassador",
        "Ambassador",
        heads=("ambassador",),
    ),
    RoleSpec(r"consuls?[\s-]+general", "consul_general", "Consul General", heads=("consul",)),
    _en("consul", "consul"),
    _en("vice premier", "vice_premier"),
    _en("premier", "premier"),
    _en("prime minister", "prime_minister"),
    RoleSpec(r"minister[\s-]+presidents?", "minister_president", "Minister-President", heads=("minister",)),
    _en("state premier", "minister_president"),
    _en("chancellor", "chancellor"),
    _en("vice president", "vice_president"),
    _en("president", "president"),
    _en("vice chairman", "vice_chairman", plural=False),
    _en("vice chairwoman", "vice_chairman", plural=False),
    _en("chairman", "chairman", plural=False),
    _en("chairwoman", "chairman", plural=False),
    _en("chairperson", "chairman"),
    _en("state secretary", "state_secretary"),
    _en("vice minister", "vice_minister"),
    _en("deputy minister", "vice_minister"),
    _en("minister", "minister"),
    RoleSpec(r"secretary[\s-]+general", "secretary_general", "Secretary-General", heads=("secretary",)),
    RoleSpec(r"director[\s-]+general", "director_general", "Director-General", heads=("director",)),
    _en("director", "director"),
    _en("senator", "senator"),
    _en("district administrator", "district_administrator"),
    _en("district chief", "district_administrator", "District Administrator"),
    RoleSpec(
        r"member\s+of\s+(?:the\s+)?(?:parliament|Bundestag|Landtag)",
        "deputy",
        "Member of Parliament",
        heads=("member",),
    ),
    RoleSpec(r"head\s+of\s+(?:the\s+)?delegation", "head_of_delegation", "Head of Delegation", heads=("head",)),
    _en("assemblyman", "deputy", "Assemblyman"),
    _en("assemblywoman", "deputy", "Assemblywoman"),
    _en("assembly member", "deputy", "Assembly Member"),
    # national offices that name their country
    RoleSpec(
        r"(?:head|director|minister)\s+of\s+the\s+International\s+(?:Liaison\s+)?Department\s+of\s+the\s+"
        r"(?:CPC|Communist\s+Party\s+of\s+China(?:\s+\(CPC\))?)\s+Central\s+Committee",
        "director",
        "Head of the International Department",
        heads=("head", "director", "minister"),
        country="china",
    ),
    RoleSpec(
        r"(?:CPC\s+)?International\s+(?:Liaison\s+)?Department\s+(?:head|chief|director)",
        "director",
        "Head of the International Department",
        heads=("cpc", "international"),
        country="china",
    ),
    RoleSpec(
        r"head\s+of\s+(?:Germany['’]s\s+|the\s+(?:German\s+)?)?Federal\s+Chancellery",
        "minister",
        "Head of the Federal Chancellery",
        heads=("head",),
        country="germany",
    ),
    RoleSpec(r"head\s+of\s+the\s+State\s+Chancellery", "minister", "Head of the State Chancellery", heads=("head",)),
    _en("chief executive", "president"),
    # German
    _de("Oberbürgermeister", "lord_mayor"),
    _de("Bezirksbürgermeister", "mayor"),
    _de("Stadtbürgermeister", "mayor"),  # the mayor of a town in a Verbandsgemeinde (Rhineland-Palatinate)
    _de("Ortsbürgermeister", "mayor"),
    _de("Verbandsbürgermeister", "mayor"),
    _de("Landtagspräsident", "parliament_president"),
    RoleSpec(
        r"Präsident(?:in)?\s+(?:des\s+(?:Landtags?|Landtages|Bundestags?|Abgeordnetenhauses)|der\s+"
        r"(?:Hamburgischen\s+|Bremischen\s+)?Bürgerschaft)",
        "parliament_president",
        "Landtagspräsident",
        "Landtagspräsidentin",
        heads=("präsident", "präsidentin"),
    ),
    _de("Bürgerschaftspräsident", "parliament_president"),
    _de("Parlamentspräsident", "parliament_president"),
    _de("Stadtverordnetenvorsteher", "council_chair"),
    _de("Ratsvorsitzende", "council_chair", "Ratsvorsitzende"),
    _de("Bundespräsident", "president", country="germany"),
    _de("Rektor", "rector"),
    _de("Sonderbeauftragte", "envoy", "Sonderbeauftragte"),
    RoleSpec(r"(?-i:OB)", "lord_mayor", "Oberbürgermeister", heads=("ob",)),
    _de_adj("Erste", "Bürgermeister", "first_mayor"),
    _de_adj("Regierende", "Bürgermeister", "governing_mayor"),
    _de_adj("stellvertretende", "Bürgermeister", "deputy_mayor"),
    _de("Vizebürgermeister", "vice_mayor"),
    _de("Vize-Bürgermeister", "vice_mayor"),
    _de("Bürgermeister", "mayor"),
    _de("Parteisekretär", "party_secretary"),
    _de("Parteichef", "party_secretary"),
    RoleSpec(
        # "Parteisekretär des Provinzkomitees der Kommunistischen Partei Chinas in Guangdong"
        r"(?:Partei)?[Ss]ekretär(?:in)?\s+des\s+(?:KPCh-|KP-)?(?:Stadt|Provinz|Partei)?(?:partei)?komitees"
        r"(?:\s+der\s+(?:KPCh|KP|Kommunistischen\s+Partei(?:\s+Chinas)?)(?:\s+\(KPCh\))?)?(?:\s+(?:in|von|für))?",
        "party_secretary",
        "Parteisekretär",
        "Parteisekretärin",
        direct=True,
        heads=("sekretär", "parteisekretär"),
    ),
    _de("Vizegouverneur", "vice_governor"),
    _de("Vize-Gouverneur", "vice_governor"),
    _de("Gouverneur", "governor"),
    _de("Botschafter", "ambassador"),
    _de("Generalkonsul", "consul_general"),
    _de("Konsul", "consul"),
    _de("Vizepremierminister", "vice_premier"),
    _de("Vizepremier", "vice_premier"),
    _de("Premierminister", "prime_minister"),
    _de("Ministerpräsident", "minister_president"),
    _de("Bundeskanzler", "chancellor", country="germany"),
    _de("Vizepräsident", "vice_president"),
    _de("Vize-Präsident", "vice_president"),
    _de("Staatspräsident", "president"),
    _de("Präsident", "president"),
    _de_adj("stellvertretende", "Vorsitzende", "vice_chairman"),
    RoleSpec(r"Vorsitzende[rn]?", "chairman", "Vorsitzender", "Vorsitzende", heads=("vorsitzende",)),
    RoleSpec(
        r"Vize-?Vorsitzende[rn]?",
        "vice_chairman",
        "Vizevorsitzender",
        "Vizevorsitzende",
        heads=("vize", "vizevorsitzende"),
    ),
    _de("Vizeminister", "vice_minister"),
    _de("Vize-Minister", "vice_minister"),
    RoleSpec(
        # "der stellvertretende Außenminister", "stellvertretende Ministerin": a deputy of a minister
        rf"stellvertretende[rnms]?\s+(?:{'|'.join(_MINISTRIES)})?[Mm]inister(?:in(?:nen)?|s|n)?",
        "vice_minister",
        "Minister",
        "Ministerin",
        "stellvertretende",
        heads=("stellvertretende",),
    ),
    _de("Staatsminister", "minister"),
    _de("Bundesminister", "minister", country="germany"),
    # a federal minister's compound names the country too: "Bundesaußenminister", "Bundeswirtschaftsministerin"
    *[_de(f"Bundes{field.lower()}minister", "minister", country="germany") for field in _MINISTRIES],
    *[_de(f"{field}minister", "minister") for field in _MINISTRIES],
    _de("Landesminister", "minister"),
    _de("Staatssekretär", "state_secretary"),
    _de("Generalsekretär", "secretary_general"),
    _de("Generaldirektor", "director_general"),
    _de("Direktor", "director"),
    # the head of a city's or a region's authority: "Leiterin des Revisionsamtes der Stadt Chengdu"
    RoleSpec(
        r"Leiter(?:in)?\s+(?:des|der)\s+(?-i:[A-ZÄÖÜ])[\wäöüß-]*?(?:amte?s|behörde|verwaltung)",
        "director",
        "Leiter",
        "Leiterin",
        heads=("leiter", "leiterin"),
    ),
    _de("Senator", "senator"),
    RoleSpec(
        r"(?:Landrätin(?:nen)?|Landrat(?:s|es)?)",
        "district_administrator",
        "Landrat",
        "Landrätin",
        heads=("landrat", "landrätin"),
    ),
    RoleSpec(
        r"(?:Bundestags|Landtags)?[Aa]bgeordnete[rn]?",
        "deputy",
        "Abgeordneter",
        "Abgeordnete",
        heads=("abgeordnete", "bundestagsabgeordnete", "landtagsabgeordnete"),
    ),
    _de("Delegationsleiter", "head_of_delegation"),
    RoleSpec(
        r"(?:Leiter|Direktor|Chef)(?:in)?\s+der\s+(?:Internationalen\s+Abteilung|Abteilung\s+für\s+"
        r"(?:Außenkontakte|Außenbeziehungen|internationale\s+Verbindungen))\s+(?:des\s+(?:ZK|Zentralkomitees)\s+)?"
        r"der\s+(?:KPCh|KP\s+Chinas|Kommunistischen\s+Partei\s+Chinas)",
        "director",
        "Leiter der Internationalen Abteilung",
        heads=("leiter", "leiterin", "direktor", "direktorin", "chef", "chefin"),
        country="china",
    ),
    RoleSpec(
        r"KP(?:Ch)?-Außenamtsche(?:f|fin)s?", "director", "KP-Außenamtschef", heads=("kp", "kpch"), country="china"
    ),
    RoleSpec(
        r"Chef(?:in)?\s+des\s+Bundeskanzleramte?s",
        "minister",
        "Chef des Bundeskanzleramtes",
        heads=("chef", "chefin"),
        country="germany",
    ),
    RoleSpec(r"Chef(?:in)?\s+der\s+Staatskanzlei", "minister", "Chef der Staatskanzlei", heads=("chef", "chefin")),
    RoleSpec(r"Stadtoberhaupte?s?", "mayor", "Stadtoberhaupt", heads=("stadtoberhaupt",)),
    _de("Regierungschef", "premier"),
    RoleSpec(r"Erste[rnms]?\s+Beigeordnete[rnm]?", "deputy_mayor", "Erster Beigeordneter", heads=("erste",)),
    RoleSpec(r"Beigeordnete[rnm]?", "deputy_mayor", "Beigeordneter", heads=("beigeordnete",)),
    # the head of a city's department (an elected officer below the mayor, as a Beigeordneter)
    _de("Dezernent", "deputy_mayor"),
    RoleSpec(
        r"Leiter(?:in)?\s+des\s+Dezernats", "deputy_mayor", "Dezernent", "Dezernentin", heads=("leiter", "leiterin")
    ),
    RoleSpec(r"(?-i:Bevollmächtigte[rn]?)", "envoy", "Bevollmächtigter", heads=("bevollmächtigte",)),
]
