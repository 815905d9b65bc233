"""National bodies: an office of one stands for the body's country.

A table and one small reader.  Reports name the highest offices by the body they belong to, not by the
country: "Vice Premier of the State Council", "Vice Chairman of the National People's Congress (NPC) Standing
Committee", "Vorsitzender des Ständigen Ausschusses des Nationalen Volkskongresses", "Präsidentin des
Bundesrates".  Such a body exists once, in one country, so an office *of* it (the body right after the role
word, "of the", "des", past "Standing Committee of the" …) acts for that country.  An office that names its
own place keeps it ("Vorsitzender des Ständigen Ausschusses des Volkskongresses von Schanghai" is Shanghai's);
:func:`offices.find_roles` asks only when the phrase has no place.

>>> text = "Ding Xuexiang, Vice Premier of the State Council, met the chairman."
>>> national_body(text, text.index(" of the State"))
('china', 48)
>>> text = "Der Vorsitzende des Ständigen Ausschusses des Nationalen Volkskongresses, Wu Bangguo, traf Merkel."
>>> national_body(text, text.index(" des Ständigen"))
('china', 72)
>>> national_body("Bundesratspräsidentin Schwesig und der Präsident des Bundesrates", 48)
('germany', 64)
>>> national_body("the president of the Shanghai People's Congress", 13) is None
True
"""

from __future__ import annotations

import re

__all__ = ["BODIES", "national_body"]

# Each body once, as reports write it, with its country (place id).
BODIES: dict[str, str] = {
    r"National\s+People['’]s\s+Congress(?:\s+\(NPC\))?(?:\s+Standing\s+Committee)?": "china",
    r"NPC\s+Standing\s+Committee": "china",
    r"State\s+Council": "china",
    r"(?:Chinese\s+People['’]s\s+)?Political\s+Consultative\s+Conference(?:\s+\(CPPCC\))?": "china",
    r"CPPCC\s+National\s+Committee": "china",
    r"Nationalen\s+Volkskongresses": "china",
    r"(?:chinesischen\s+)?Staatsrate?s": "china",
    r"Nationalkomitees\s+der\s+Politischen\s+Konsultativkonferenz(?:\s+des\s+Chinesischen\s+Volkes)?": "china",
    r"Bundesrate?s": "germany",
    r"(?:German\s+)?Bundesrat": "germany",
}
_LEAD = (
    r"[ \u00a0]+(?:of|des|der)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:(?:Standing\s+Committee\s+of\s+the|National\s+Committee\s+of\s+the|Ständigen\s+Ausschusses\s+des)[ \u00a0]+)?"
)
_BODY = re.compile(_LEAD + "(?:" + "|".join(f"(?P<b{i}>{body})" for i, body in enumerate(BODIES)) + r")\b")
_COUNTRIES = list(BODIES.values())


def national_body(text: str, pos: int) -> tuple[str, int] | None:
    """The country of the national body named right at ``pos`` (after a role word), and where its name ends; None
    if no body of :data:`BODIES` is named there."""
    match = _BODY.match(text, pos)
    if match is None or match.lastgroup is None:
        return None
    return _COUNTRIES[int(match.lastgroup[1:])], match.end()
