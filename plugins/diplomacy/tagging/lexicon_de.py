"""The German half of the role lexicon (:mod:`lexicon`): offices as German reports write them.

A table, no text is read here.  German role nouns take feminine, genitive and plural endings
(:func:`rolespec.de_noun`); a federal office names its country ("Bundeskanzler", "Bundesratspräsidentin": Germany).

>>> [spec.display for spec in GERMAN if spec.key == "lord_mayor"]
['Oberbürgermeister', 'Oberbürgermeister']
"""

from __future__ import annotations

from .rolespec import MINISTRIES, RoleSpec, de_adjective, de_noun

__all__ = ["GERMAN"]

GERMAN: list[RoleSpec] = [
    de_noun("Oberbürgermeister", "lord_mayor"),
    de_noun("Bezirksbürgermeister", "mayor"),
    de_noun("Stadtbürgermeister", "mayor"),  # the mayor of a town in a Verbandsgemeinde (Rhineland-Palatinate)
    de_noun("Ortsbürgermeister", "mayor"),
    de_noun("Verbandsbürgermeister", "mayor"),
    de_noun("Landtagspräsident", "parliament_president"),
    RoleSpec(
        r"Präsident(?:in)?\s+(?:des\s+(?:Landtags?|Landtages|Bundestags?|Abgeordnetenhauses)|der\s+"
        r"(?:Hamburgischen\s+|Bremischen\s+)?Bürgerschaft)",
        "parliament_president",
        "Landtagspräsident",
        "Landtagspräsidentin",
        heads=("präsident", "präsidentin"),
    ),
    de_noun("Bürgerschaftspräsident", "parliament_president"),
    de_noun("Parlamentspräsident", "parliament_president"),
    de_noun("Stadtverordnetenvorsteher", "council_chair"),
    de_noun("Ratsvorsitzende", "council_chair", "Ratsvorsitzende"),
    de_noun("Bundespräsident", "president", country="germany"),
    de_noun("Bundesratspräsident", "parliament_president", country="germany"),  # the federal chamber's
    de_noun("Rektor", "rector"),
    de_noun("Sonderbeauftragte", "envoy", "Sonderbeauftragte"),
    RoleSpec(r"(?-i:OB)", "lord_mayor", "Oberbürgermeister", heads=("ob",)),
    de_adjective("Erste", "Bürgermeister", "first_mayor"),
    de_adjective("Regierende", "Bürgermeister", "governing_mayor"),
    de_adjective("stellvertretende", "Bürgermeister", "deputy_mayor"),
    de_noun("Vizebürgermeister", "vice_mayor"),
    de_noun("Vize-Bürgermeister", "vice_mayor"),
    de_noun("Bürgermeister", "mayor"),
    de_noun("Parteisekretär", "party_secretary"),
    de_noun("Parteichef", "party_secretary"),
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
    de_noun("Vizegouverneur", "vice_governor"),
    de_noun("Vize-Gouverneur", "vice_governor"),
    de_noun("Gouverneur", "governor"),
    de_noun("Botschafter", "ambassador"),
    de_noun("Generalkonsul", "consul_general"),
    de_noun("Konsul", "consul"),
    de_noun("Vizepremierminister", "vice_premier"),
    de_noun("Vizepremier", "vice_premier"),
    de_noun("Premierminister", "prime_minister"),
    de_noun("Ministerpräsident", "minister_president"),
    de_noun("Bundeskanzler", "chancellor", country="germany"),
    de_noun("Vizestaatspräsident", "vice_president"),
    de_noun("Vize-Staatspräsident", "vice_president"),
    de_noun("Vizepräsident", "vice_president"),
    de_noun("Vize-Präsident", "vice_president"),
    de_noun("Staatspräsident", "president"),
    de_noun("Präsident", "president"),
    de_adjective("stellvertretende", "Vorsitzende", "vice_chairman"),
    RoleSpec(r"Vorsitzende[rn]?", "chairman", "Vorsitzender", "Vorsitzende", heads=("vorsitzende",)),
    RoleSpec(
        r"Vize-?Vorsitzende[rn]?",
        "vice_chairman",
        "Vizevorsitzender",
        "Vizevorsitzende",
        heads=("vize", "vizevorsitzende"),
    ),
    de_noun("Vizeminister", "vice_minister"),
    de_noun("Vize-Minister", "vice_minister"),
    RoleSpec(
        # "der stellvertretende Außenminister", "stellvertretende Ministerin": a deputy of a minister
        rf"stellvertretende[rnms]?\s+(?:{'|'.join(MINISTRIES)})?[Mm]inister(?:in(?:nen)?|s|n)?",
        "vice_minister",
        "Minister",
        "Ministerin",
        "stellvertretende",
        heads=("stellvertretende",),
    ),
    de_noun("Staatsminister", "minister"),
    de_noun("Bundesminister", "minister", country="germany"),
    # a federal minister's compound names the country too: "Bundesaußenminister", "Bundeswirtschaftsministerin"
    *[de_noun(f"Bundes{field.lower()}minister", "minister", country="germany") for field in MINISTRIES],
    *[de_noun(f"{field}minister", "minister") for field in MINISTRIES],
    de_noun("Landesminister", "minister"),
    de_noun("Staatssekretär", "state_secretary"),
    de_noun("Generalsekretär", "secretary_general"),
    de_noun("Generaldirektor", "director_general"),
    de_noun("Direktor", "director"),
    # the head of a city's or a region's authority: "Leiterin des Revisionsamtes der Stadt Chengdu"
    RoleSpec(
        r"Leiter(?:in)?\s+(?:des|der)\s+(?-i:[A-ZÄÖÜ])[\wäöüß-]*?(?:amte?s|behörde|verwaltung)",
        "director",
        "Leiter",
        "Leiterin",
        heads=("leiter", "leiterin"),
    ),
    de_noun("Senator", "senator"),
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
    de_noun("Delegationsleiter", "head_of_delegation"),
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
    de_noun("Regierungschef", "premier"),
    RoleSpec(r"Erste[rnms]?\s+Beigeordnete[rnm]?", "deputy_mayor", "Erster Beigeordneter", heads=("erste",)),
    RoleSpec(r"Beigeordnete[rnm]?", "deputy_mayor", "Beigeordneter", heads=("beigeordnete",)),
    # the head of a city's department (an elected officer below the mayor, as a Beigeordneter)
    de_noun("Dezernent", "deputy_mayor"),
    RoleSpec(
        r"Leiter(?:in)?\s+des\s+Dezernats", "deputy_mayor", "Dezernent", "Dezernentin", heads=("leiter", "leiterin")
    ),
    RoleSpec(r"(?-i:Bevollmächtigte[rn]?)", "envoy", "Bevollmächtigter", heads=("bevollmächtigte",)),
]
