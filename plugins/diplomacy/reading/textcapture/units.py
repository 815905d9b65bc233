"""The text of a capture as *units*: cleaned lines, hard-wrapped ones joined again.

Each unit carries its kind (``None`` until a stage knows it is noise) and the
script junk cut from it; its comparison key and whether it is body text are
computed once, when asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import match_date_head
from .limits import BODY_MIN_WORDS
from .lines import clean_line, ends_sentence, has_final_punct, text_key, word_count
from .meta import is_date_line, parse_meta
from .noise import noise_kind, strip_glued_junk

_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+")
_WRAP_END_RE = re.compile(
    r"(?:[,(\-–/&]|\b(?:der|die|das|den|dem|des|und|oder|von|mit|im|zu|zur|zum|für|auf|an|am|bei|aus|nach|über|"
    r"the|a|an|of|and|or|to|in|on|at|for|with|by|from))$"
)


def _is_body(text: str) -> bool:
    """Body text: ends like a sentence and is not tiny (nor a date line: ``16. Mai 2024 | Lesezeit: 2 Min.``),
    or a long paragraph of several sentences cut off in its last one (a capture that stops mid-sentence).

    >>> _is_body("Die Gäste kamen am Montag. " * 4 + "Danach fuhren sie weiter nach Köln, wo der Oberbürger")
    True
    >>> _is_body("Die Gäste aus Xi'an im Rathaus der Stadt mit dem Oberbürgermeister und den Beigeordneten")
    False
    """
    if word_count(text) < BODY_MIN_WORDS or is_date_line(text):
        return False
    return ends_sentence(text) or (word_count(text) >= CUT_BODY_MIN_WORDS and _INNER_END.search(text) is not None)


CUT_BODY_MIN_WORDS = 25  # a paragraph this long with a sentence end inside is body text even when cut off
_INNER_END = re.compile(r"[a-zäöüß]{2}[.!?][\"“”„»]?\s+[A-ZÄÖÜ\"„“]")


@dataclass(slots=True)
class Unit:
    text: str
    kind: str | None = None  # None: not (yet) known to be noise
    junk: list[str] = field(default_factory=list)  # glued junk cut from this unit
    _key: str | None = None
    _body: bool | None = None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = text_key(self.text)
        return self._key

    @property
    def body(self) -> bool:
        """Is the text body text (:func:`_is_body`)?"""
        if self._body is None:
            self._body = _is_body(self.text)
        return self._body


def _continues(previous: Unit, line: str) -> bool:
    """Is ``line`` the continuation of a hard-wrapped paragraph?"""
    if previous.kind is not None or has_final_punct(previous.text) or " " not in line:
        return False
    if not (line[:1].islower() or _WRAP_END_RE.search(previous.text[-12:])):
        return False
    return parse_meta(line) is None and parse_meta(previous.text) is None  # "date 2023-04-17", "by Xu Fang"


GLUED_HEAD_UNITS = 3  # the first units of a capture are looked at for a headline glued to a date line
_MONTH_PREFIX_RE = re.compile(r"date \d{4}-\d\d(?:-\d\d)? (?=\S+ \S+ \S)")  # "date 2023-04 Headline …"
_LABEL_START_RE = re.compile(r" (?=[A-ZÄÖÜ]\w+(?: am)?:? ?\d)")  # where "Stand: 19.04.2023" may start


# "… trägt Früchte2019-05-25", "… Cooperation held2015-11-05 15:14:00"
_GLUED_ISO_DATE = re.compile(r"(?<=[^\W\d_])(?:19|20)\d\d-[01]\d-[0-3]\d(?: [0-2]?\d:[0-5]\d(?::[0-5]\d)?)?$")


def split_glued_head(text: str) -> list[str]:
    """A headline, its date line and the lead copied onto one line: the three apart (or the line alone).

    >>> split_glued_head("date 2023-04 Städte in Nord und Süd Stand: 19.04.2023 18:40 Uhr Die Partnerschaften "
    ...                  "norddeutscher Städte mit China sind vielfältig und alt.")  # doctest: +NORMALIZE_WHITESPACE
    ['date 2023-04', 'Städte in Nord und Süd', 'Stand: 19.04.2023 18:40 Uhr',
     'Die Partnerschaften norddeutscher Städte mit China sind vielfältig und alt.']
    >>> split_glued_head("Delegation aus Sichuan besucht Bayern2019-05-25")
    ['Delegation aus Sichuan besucht Bayern', '2019-05-25']
    >>> split_glued_head("Symposium on cooperation held2015-11-05 15:14:00")
    ['Symposium on cooperation held', '2015-11-05 15:14:00']
    """
    glued = _GLUED_ISO_DATE.search(text)
    if glued and 3 <= word_count(text[: glued.start()]) <= 24:  # a headline with its date glued to its end
        return [text[: glued.start()].rstrip(), glued.group(0)]
    prefix = _MONTH_PREFIX_RE.match(text)
    head = [text[: prefix.end() - 1]] if prefix else []
    text = text[prefix.end() :] if prefix else text
    for start in _LABEL_START_RE.finditer(text):
        hit = match_date_head(text[start.end() :])
        if hit is None or hit.prefix != "label":
            continue
        before, after = text[: start.start()], text[start.end() + hit.end :].strip()
        if 3 <= word_count(before) <= 24 and not has_final_punct(before) and _is_body(after) and after[0].isupper():
            return [*head, before, text[start.end() : start.end() + hit.end], after]
        break
    bare = _bare_date_head(text)
    if bare:
        return [*head, *bare]
    return [*head, text] if head else [text]


_DIGIT_START_RE = re.compile(r" (?=[0-3]?\d[./-]|(?:19|20)\d\d-)")  # where a bare date "21.05.2019" may start
_ENDS_LIKE_A_SENTENCE_PART = re.compile(
    r"\b(?:am|an|on|vom|von|seit|since|bis|until|from|im|in|zum|zur|ab|at|der|die|das|des|dem|den|the|of)$",
    re.IGNORECASE,
)
BARE_HEAD_MAX_CHARS = 400  # a bare date further into the line is the article's, not a date line glued to it
BARE_HEAD_MAX_WORDS = 50  # menu words before it, at most


def _bare_date_head(text: str) -> list[str] | None:
    """A whole page copied onto one line: menu words, a bare date and then the article run together
    ("Inhalt anspringen Aktuelles 21.05.2019 Wuppertaler Wasserwirtschaft … Das China Competence Center
    hat …"). The words before the date (a crumb trail, not a sentence), the date, and the rest apart.

    >>> _bare_date_head("Inhalt anspringen Aktuelles 21.05.2019 Gäste aus Xuzhou im Rathaus "
    ...                 "Der Bürgermeister empfing am Montag die Delegation aus der Partnerstadt.")[:2]
    ['Inhalt anspringen Aktuelles', '21.05.2019']
    >>> _bare_date_head("Der Rat tagte seit 21.05.2019 Die Gäste kamen am Montag aus der Partnerstadt.") is None
    True
    """
    for start in _DIGIT_START_RE.finditer(text, 0, BARE_HEAD_MAX_CHARS):
        before = text[: start.start()]
        if has_final_punct(before) or ends_sentence(before) or _INNER_END.search(before):
            return None  # a sentence came first: the date is the article's
        hit = match_date_head(text[start.end() :])
        if hit is None or hit.date is None or hit.prefix:
            continue
        after = text[start.end() + hit.end :].strip()
        if (
            2 <= word_count(before) <= BARE_HEAD_MAX_WORDS
            and not _ENDS_LIKE_A_SENTENCE_PART.search(before)
            and after[:1].isupper()
            and _is_body(after)
        ):
            return [before, text[start.end() : start.end() + hit.end], after]
        return None
    return None


def split_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    block_start = 0  # index of the first unit of the current blank-line separated block
    for raw in text.split("\n"):
        junk: list[str] = []
        line = strip_glued_junk(clean_line(raw), junk)
        if line.startswith("#"):
            line = _MARKDOWN_HEADING_RE.sub("", line)
        if not line:
            if junk:
                units.append(Unit("", "junk", junk))
            block_start = len(units)
            continue
        kind = noise_kind(line)
        if kind is None and len(units) > block_start and _continues(units[-1], line):
            units[-1].text += " " + line
            units[-1]._key = units[-1]._body = None
            units[-1].junk += junk
            continue
        if kind is None and len(units) < GLUED_HEAD_UNITS:
            parts = split_glued_head(line)
            units.extend(Unit(part, None, junk if n == 0 else []) for n, part in enumerate(parts))
            continue
        units.append(Unit(line, kind, junk))
    return units


RESTORABLE = frozenset({None, "caption"})  # a cookie or JavaScript notice, share bar or comment form stays out


def restored_body(removed: list[str]) -> list[str]:
    """The article text among the lines a capture's reading dropped as noise, for the reader's last
    resort when it found no article text at all: lines that read as body text and that the noise tables
    call nothing or a caption (the whole article on one line behind a photo credit, or behind menu
    words), each once, in order; a cookie or JavaScript notice stays out. Read so instead of refused.

    >>> restored_body(["Foto: Stadt " + "Die Gäste aus Qingdao besuchten am Dienstag die Feuerwache. " * 3,
    ...                "Diese Webseite verwendet Cookies. Wenn Sie weitersurfen, stimmen Sie der Nutzung zu.",
    ...                "Drucken"])  # doctest: +ELLIPSIS
    ['Foto: Stadt Die Gäste aus Qingdao besuchten am Dienstag die Feuerwache. ...']
    """
    kept: list[str] = []
    for line in removed:
        if line not in kept and noise_kind(line) in RESTORABLE and _is_body(line):
            kept.append(line)
    return kept
