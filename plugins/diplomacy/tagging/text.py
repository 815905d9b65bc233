"""Shared text helpers of the tagger: sentence spans and sentence kinds.

Pure functions over plain strings, no Pelican import.  All regular
expressions are compiled once at import time.

>>> text = "Shanghai Mayor Gong Zheng met Dr. Keller on April 14. Gong said hello."
>>> [text[s:e] for s, e in split_sentences(text)]
['Shanghai Mayor Gong Zheng met Dr. Keller on April 14.', 'Gong said hello.']
>>> text = "Chen traf am 9. September die Oberbürgermeisterin. Reker sprach."
>>> [text[s:e] for s, e in split_sentences(text)]
['Chen traf am 9. September die Oberbürgermeisterin.', 'Reker sprach.']
>>> bool(MEETING.search("Shanghai Mayor Gong Zheng met with the mayor")), bool(MEETING.search("Gong said"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = [
    "ACCOMPANY",
    "ATTEND",
    "EVENT_YEAR",
    "HABITUAL",
    "MEETING",
    "MONTH_WORDS",
    "PARTNERSHIP",
    "split_sentences",
    "word_set",
]


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one string (keeps long word tables readable)."""
    return frozenset(words.split())


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = word_set(
    """
    dr prof mr mrs ms st nr no bzw ca vgl inkl evtl ggf sog jr sr hon gen gov sen rep corp
    jan feb mar apr jun jul aug sep sept oct okt nov dec dez mio mrd min tel abs art str
    z.b u.a d.h a.d h.c i.e e.g u.s vs dipl ing rer nat med phil jur mag bzgl
    """
)
# Month names and abbreviations of both languages (sentence splitting after "9." and dates).
MONTH_WORDS = word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar jänner februar märz maerz mai juni juli oktober dezember okt dez mär
    """
)
# Words before a day number "9." that make it an ordinal inside the sentence.
_ORDINAL_BEFORE = word_set("am den dem vom zum bis der die das des im zur ab seit und")

_SENTENCE_END = re.compile(r"[.!?]+[\"'”“»«)\]]*(?=\s)")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_FIRST_WORD = re.compile(r"\s*[\"'“„»«(]*([^\s.,;:]+)")
_PARAGRAPH = re.compile(r"[^\n]+")

# A reported encounter: the verbs and nouns of meeting, receiving, visiting, talking.
# Plural nouns of habit ("visits", "Besuche") are left out on purpose.
MEETING = re.compile(
    r"\b(?:"
    # English
    r"met|meets|meet|meeting|held\s+talks|hold\s+talks|holds\s+talks|talks\s+with|talked\s+with|"
    r"received|receives|receiving|welcomed|welcomes\s+(?:a|the)\b|hosted|hosts|visited|visiting|visits|"
    r"(?:paid|pays|paying|on)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?visit|"
    r"called\s+on|calls\s+on|discussed|discusses|discuss|exchanged\s+views|conferred|"
    r"signed|signs|delegation|delegations|shakes?\s+hands|shook\s+hands|poses?\s+with|"
    # German
    r"trifft|traf|trafen|treffen|getroffen|Treffen|Zusammentreffen|zusammengetroffen|"
    r"kam(?:en)?\s+(?:[\w-]+\s+){0,6}?zusammen|zusammengekommen|"
    r"empfing|empfingen|empfängt|empfangen|Empfang|begrüßte|begrüßten|begrüßt|"
    r"besuchte|besuchten|besucht|Besuch|Antrittsbesuch|Arbeitsbesuch|"
    r"Gespräch|Gespräche|Gesprächs|sprach(?:en)?\s+mit|tauschten\s+sich|tauschte\s+sich|"
    r"unterzeichnete[nt]?|unterzeichnet|Delegation|Delegationen|zu\s+Gast|"
    r"erörterte[n]?|beriet(?:en)?|diskutierte[n]?"
    r")\b"
)

# People who were there but did not meet: "also attended", "nahm ebenfalls teil".
ATTEND = re.compile(
    r"\b(?:also\s+attended|attended\s+the|were\s+(?:also\s+)?present|was\s+(?:also\s+)?present|"
    r"also\s+present|in\s+attendance|also\s+took\s+part|also\s+joined|accompanied(?!\s+by)|"
    r"nahm(?:en)?\b[^.;]{0,80}?\bteil|ebenfalls\s+anwesend|auch\s+anwesend|anwesend\s+waren|"
    r"waren\s+(?:auch\s+|ebenfalls\s+)?anwesend|war\s+(?:auch\s+|ebenfalls\s+)?anwesend|"
    r"waren\s+(?:auch\s+|ebenfalls\s+)?dabei|war\s+(?:auch\s+|ebenfalls\s+)?dabei|zugegen|"
    r"begleitete[n]?|begleitet(?!\s+von))\b",
    re.IGNORECASE,
)

# A clause of companions inside a meeting sentence: "…, accompanied by Consul General X, met …".
ACCOMPANY = re.compile(
    r"\b(?:accompanied\s+by|joined\s+by|begleitet\s+von|in\s+Begleitung\s+(?:von|des|der))\b", re.IGNORECASE
)

# Habit or history rather than the reported encounter.
HABITUAL = re.compile(
    r"\b(?:in\s+recent\s+years|over\s+the\s+years|for\s+the\s+past|in\s+the\s+past|frequently|regularly|"
    r"often|previously|last\s+year|years\s+ago|"
    r"in\s+den\s+letzten\s+Jahren|in\s+den\s+vergangenen\s+Jahren|im\s+Laufe\s+der\s+Jahre|häufige[n]?|"
    r"häufig|regelmäßig|oft|bereits\s+\d{4}|im\s+vergangenen\s+Jahr|letztes\s+Jahr|vor\s+\w+\s+Jahren)\b",
    re.IGNORECASE,
)

# A year an event is placed in ("in 2019", "im Jahr 2004", "in March 2011"): history when before publication.
EVENT_YEAR = re.compile(
    r"\b(?:in|im|of|Jahr|year|Jahre)\s+(?:the\s+year\s+|dem\s+Jahr\s+|[A-ZÄÖÜ][a-zäöü]+\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# Partnership vocabulary: sister cities, twin towns, Städtepartnerschaft.
PARTNERSHIP = re.compile(
    r"(?:sister[\s-]+(?:cit|provin|state|region|relation)|twin[\s-]+(?:town|cit)|twinned|"
    r"partner[\s-]+(?:cit|town|provin|region|state)|partnership|friendship[\s-]+cit|friendly[\s-]+cit|"
    r"friendly[\s-]+(?:exchange|cooperat)\w*[\s-]+relation|"
    r"Partnerst[aä]dt|Städtepartnerschaft|Partnerschaft|Schwesterst[aä]dt|Freundschaftsst[aä]dt|"
    r"Partnerregion|Partnerprovinz|Partnerland)",
    re.IGNORECASE,
)


def _is_boundary(text: str, punct: re.Match[str], para_start: int, para_end: int) -> bool:
    """Does the punctuation ``punct`` close a sentence?"""
    nxt = _FIRST_WORD.match(text, punct.end(), para_end)
    if nxt is None:
        return True
    first = nxt.group(1)
    if not (first[0].isupper() or first[0].isdigit()):
        return False
    if not punct.group().startswith("."):
        return True
    last = _LAST_WORD.search(text, para_start, punct.start())
    if last is None:
        return True
    word = last.group(1).lstrip("\"'“„»«(")
    lower = word.lower()
    if lower in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit() and len(word) <= 2:
        if first.lower().rstrip(".") in MONTH_WORDS:
            return False
        before = _LAST_WORD.search(text, para_start, last.start())
        if before is not None and before.group(1).lower() in _ORDINAL_BEFORE:
            return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)``; a line break always ends one.

    Full stops after abbreviations ("Dr.", "Sept."), initials and German
    ordinals ("am 9. September") do not end a sentence.

    >>> text = "Am 09.09. traf Prof. Dr. Keller den Gouverneur.\\nGut!"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Am 09.09. traf Prof. Dr. Keller den Gouverneur.', 'Gut!']
    """
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.span()
        start = p_start
        while start < p_end and text[start].isspace():
            start += 1
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            end = match.end()
            if end <= start:
                continue
            if _is_boundary(text, match, p_start, p_end):
                spans.append((start, end))
                start = end
                while start < p_end and text[start].isspace():
                    start += 1
        end = p_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
