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
>>> import re
>>> spec = next(s for s in SPECS if s.display == "President of Parliament")
>>> bool(re.fullmatch(spec.pattern, "Chairman of the Parliament of the State", re.IGNORECASE))
True
"""

from __future__ import annotations

from .lexicon_de import GERMAN
from .rolespec import RoleSpec, en_words
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


SPECS: list[RoleSpec] = [
    # English
    en_words("executive vice mayor", "vice_mayor"),
    en_words("acting mayor", "mayor"),
    en_words("executive mayor", "mayor"),
    en_words("special envoy", "envoy"),
    en_words("envoy", "envoy"),
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
    en_words("rector", "rector"),
    en_words("vice mayor", "vice_mayor"),
    en_words("deputy mayor", "deputy_mayor"),
    en_words("lord mayor", "lord_mayor"),
    en_words("governing mayor", "governing_mayor"),
    en_words("first mayor", "first_mayor"),
    en_words("mayor", "mayor"),
    en_words("party secretary", "party_secretary"),
    en_words("party chief", "party_secretary"),
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
    en_words("vice governor", "vice_governor"),
    en_words("deputy governor", "vice_governor"),
    en_words("governor", "governor"),
    RoleSpec(
        r"ambassadors?(?:\s+extraordinary\s+and\s+plenipotentiary)?",
        "ambassador",
        "Ambassador",
        heads=("ambassador",),
    ),
    RoleSpec(r"consuls?[\s-]+general", "consul_general", "Consul General", heads=("consul",)),
    en_words("consul", "consul"),
    en_words("vice premier", "vice_premier"),
    en_words("premier", "premier"),
    en_words("prime minister", "prime_minister"),
    RoleSpec(r"minister[\s-]+presidents?", "minister_president", "Minister-President", heads=("minister",)),
    en_words("state premier", "minister_president"),
    en_words("chancellor", "chancellor"),
    en_words("vice president", "vice_president"),
    en_words("president", "president"),
    en_words("vice chairman", "vice_chairman", plural=False),
    en_words("vice chairwoman", "vice_chairman", plural=False),
    en_words("chairman", "chairman", plural=False),
    en_words("chairwoman", "chairman", plural=False),
    en_words("chairperson", "chairman"),
    en_words("state secretary", "state_secretary"),
    en_words("vice minister", "vice_minister"),
    en_words("deputy minister", "vice_minister"),
    en_words("minister", "minister"),
    RoleSpec(r"secretary[\s-]+general", "secretary_general", "Secretary-General", heads=("secretary",)),
    RoleSpec(r"director[\s-]+general", "director_general", "Director-General", heads=("director",)),
    en_words("director", "director"),
    en_words("senator", "senator"),
    en_words("district administrator", "district_administrator"),
    en_words("district chief", "district_administrator", "District Administrator"),
    RoleSpec(
        r"member\s+of\s+(?:the\s+)?(?:parliament|Bundestag|Landtag)",
        "deputy",
        "Member of Parliament",
        heads=("member",),
    ),
    RoleSpec(r"head\s+of\s+(?:the\s+)?delegation", "head_of_delegation", "Head of Delegation", heads=("head",)),
    en_words("assemblyman", "deputy", "Assemblyman"),
    en_words("assemblywoman", "deputy", "Assemblywoman"),
    en_words("assembly member", "deputy", "Assembly Member"),
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
    # "Head of the Bavarian State Chancellery": the state's adjective inside the phrase names its place
    RoleSpec(
        r"head\s+of\s+the\s+(?:(?-i:[A-Z])[\w-]+\s+)?State\s+Chancellery",
        "minister",
        "Head of the State Chancellery",
        heads=("head",),
    ),
    en_words("chief executive", "president"),
    *GERMAN,
]
