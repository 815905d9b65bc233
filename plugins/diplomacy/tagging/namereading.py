"""Reading a person's name next to a role word (:func:`read_name`, :func:`read_name_before`).

:func:`read_name` and :func:`read_name_before` read a name next to a role word ("Mayor Gong Zheng",
"Oberbürgermeister Dr. Stephan Keller", "Stephan Keller, the mayor of …"): capitalised words that are
no stop word, role word or demonym, at most two in German (nouns are capitalised there; three after two
given names, "Klaus Peter Schellhaas", or in a Chinese name, "Li Wu Wei"), three in English, with
particles ("von der", "De"; none after a pinyin name); titles (Dr., Prof., S.E.) are dropped.  A Chinese
surname that is a stop word is read before a pinyin given name ("He Baoxiang"), a surname in capitals
too ("DU Xiaohui"); a place's name is a name's second word where the article writes it nowhere else
("Zhan Cangzhou", "Anna Roth").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .namesides import chinese_name
from .namewords import DOUBLE_GIVEN, FUNCTION_WORDS, NAME_TOKEN, NOT_NAMES, PARTICLE, PARTICLES, SPACE, TITLES
from .roles import is_role_word, starts_role
from .words import prev_word, word_set

if TYPE_CHECKING:
    from .mentions import Context

__all__ = ["read_name", "read_name_before"]


def _double_given(tokens: list[str]) -> bool:
    return all(token.lower() in DOUBLE_GIVEN for token in tokens)


def _pinyin_syllables(text: str, pos: int, tokens: list[str]) -> bool:
    """A Chinese name of three words, one a syllable ("Li Wu Wei", "Qin Yi Lu"), continues at ``pos``."""
    space = SPACE.match(text, pos)
    third = NAME_TOKEN.match(text, space.end()) if space else None
    return third is not None and chinese_name(" ".join([*tokens, third.group()])) is True


def _max_tokens(lang: str) -> int:
    # German capitalises nouns: "Oberbürgermeister Burkhard Jung Gäste" must stop at two words.
    return 2 if lang == "de" else 3


_EXCELLENCY = re.compile(r"\b(?:H|S|I)\.\s?E\b")


def read_name(text: str, pos: int, ctx: Context) -> tuple[int, int, str, int] | None:
    """Read a person's name starting at ``pos``: (start, end, name without titles, number of words).

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import Context
    >>> ctx = Context("Oberbürgermeister Dr. Stephan Keller empfing Gäste", "de", Gazetteer.load())
    >>> read_name(ctx.text, 18, ctx)
    (22, 36, 'Stephan Keller', 2)
    >>> ctx = Context("Der Botschafter, S. E. Jaques Yvon Ndolou, kam ins Rathaus", "de", Gazetteer.load())
    >>> read_name(ctx.text, 17, ctx)[2]
    'Jaques Yvon Ndolou'
    """
    titles = TITLES.match(text, pos)
    p = titles.end() if titles else pos
    first = p
    tokens: list[str] = []
    end = p
    limit = _max_tokens(ctx.lang)
    if titles and _EXCELLENCY.search(titles.group()):
        limit = 3  # "Botschafter S. E. Jaques Yvon Ndolou": after a diplomat's honorific, a name (no noun) follows
    initials = 0
    while len(tokens) - initials < limit:
        match = NAME_TOKEN.match(text, p) or (_caps_surname(text, p, ctx) if not tokens else None)
        if match is None or not (
            _name_word(match.group(), match.start(), ctx)
            or _month_surname(tokens, match, text)
            or (not tokens and _pinyin_surname(match.group(), text, match.end(), ctx))
            or (len(tokens) == 1 and _place_in_name(tokens[0], match.group(), text))
        ):
            break
        tokens.append(match.group())
        end = p = match.end()
        if len(tokens) == 2 and (_double_given(tokens) or _pinyin_syllables(text, p, tokens)):
            limit = 3  # "Landrat Klaus Peter Schellhaas", "Vizepräsident Li Wu Wei"
        if len(tokens) == 2 and (more := _vietnamese_more(text, p, tokens)):
            limit = max(limit, 2 + more)  # "Vice President Dang Thi Ngoc Thinh", "Botschafter Nguyen Minh Vu"
        space = SPACE.match(text, p)
        if space is None:
            break
        p = space.end()
        initial = _INITIAL.match(text, p)
        if initial is not None and NAME_TOKEN.match(text, initial.end()):
            tokens.append(initial.group().strip())  # "Christine D. Althauser"
            initials += 1
            p = initial.end()
            continue
        if not chinese_name(" ".join(tokens)):  # "Liu Jianchao zu Gesprächen": no particle after pinyin
            particle = PARTICLE.match(text, p)
            if particle is not None:
                last = NAME_TOKEN.match(text, particle.end())
                if last is not None and _name_word(last.group(), last.start(), ctx):
                    tokens.append(particle.group().strip() + " " + last.group())
                    end = last.end()
                    break
    if not tokens:
        return None
    return first, end, " ".join(tokens), len(tokens)


# Vietnamese names: a family name, then one to three syllables ("Nguyen Minh Vu", "Dang Thi Ngoc Thinh"), as reports
# write them without diacritics.  Read past the language's limit of words while the words are such syllables (a German
# noun after the name, "Gäste", "Rathaus", is none).
_VN_SURNAMES = word_set(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong lam luong trinh ha ta "
    "chu lai quach thai doan"
)
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:uye|uyu|oai|oay|uoi|uou|ieu|yeu|uya|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
    r"(?:ng|nh|ch|[cmnpt])?"
)


def _vietnamese_more(text: str, pos: int, tokens: list[str]) -> int:
    """How many more words of a Vietnamese name that ``tokens`` begin follow at ``pos`` (up to four words in all).

    >>> text = "Vizepräsidentin Dang Thi Ngoc Thinh empfing Gäste"
    >>> _vietnamese_more(text, text.index(" Ngoc"), ["Dang", "Thi"])
    2
    >>> _vietnamese_more("Botschafter Nguyen Minh Vu Gespräche", 23, ["Nguyen", "Minh"])
    1
    >>> _vietnamese_more("Oberbürgermeister Peter Kurz Gäste", 28, ["Peter", "Kurz"])
    0
    """
    if tokens[0].casefold() not in _VN_SURNAMES or not all(_VN_SYLLABLE.fullmatch(t.casefold()) for t in tokens[1:]):
        return 0
    more = 0
    while len(tokens) + more < 4:
        space = SPACE.match(text, pos)
        word = NAME_TOKEN.match(text, space.end()) if space else None
        if word is None or not _VN_SYLLABLE.fullmatch(word.group().casefold()):
            break
        more += 1
        pos = word.end()
    return more


_MONTH_SURNAMES = frozenset({"may", "june", "april", "august", "mai"})  # "Jennifer May", "Phan Van Mai"
_DAY_AFTER = re.compile(r"[ \u00a0]*\d")


def _month_surname(tokens: list[str], match: re.Match[str], text: str) -> bool:
    """A month's name after a given name and before no day is a surname ("Jennifer May, Canada's …", "Chairman
    Phan Van Mai").

    >>> import re
    >>> text = "Chairman Phan Van Mai met Peter Feldmann on 4 Mai."
    >>> _month_surname(["Phan", "Van"], re.compile("Mai").search(text), text)
    True
    >>> _month_surname(["Anfang"], re.compile("Mai").search("Anfang Mai 2024"), "Anfang Mai 2024")
    False
    """
    return bool(tokens) and match.group().lower() in _MONTH_SURNAMES and not _DAY_AFTER.match(text, match.end())


def _place_in_name(first: str, word: str, text: str) -> bool:
    """A place's name as the second word of a name ("Zhan Cangzhou", "Anna Roth"), if the article names the
    place nowhere else ("Generalkonsul Sun Kunming und Dietzenbach …" speaks of Kunming)."""
    return word.lower() not in NOT_NAMES and not is_role_word(word) and _only_in_name(first, word, text)


def _surname_place(text: str, start: int, word: str, ctx: Context) -> bool:
    """Read leftwards: is the place ``word`` the last word of a name, after a name word that no article or
    preposition precedes ("aus der Partnerstadt Kunming, der Bürgermeister …" names nobody)?"""
    span = prev_word(text, start)
    first = text[span[0] : span[1]] if span is not None else ""
    before = prev_word(text, span[0]) if span is not None else None
    return (
        span is not None
        and NAME_TOKEN.fullmatch(first) is not None
        and _name_word(first, span[0], ctx)
        and (before is None or text[before[0] : before[1]] not in FUNCTION_WORDS)
        and _place_in_name(first, word, text)
    )


def _only_in_name(surname: str, word: str, text: str) -> bool:
    """Is ``word`` written only beside ``surname`` (either order) in ``text``?"""
    return text.count(word) == text.count(f"{surname} {word}") + text.count(f"{word} {surname}")


def _pinyin_surname(word: str, text: str, end: int, ctx: Context) -> bool:
    """A word that is otherwise no name (a stop word, a place) before or after a pinyin name word, the two
    a Chinese name ("He Baoxiang", "An Lijun", "Cangzhou Zhan")."""
    space = SPACE.match(text, end)
    given = NAME_TOKEN.match(text, space.end()) if space else None
    if given is None or not _name_word(given.group(), given.start(), ctx):
        return False
    place = (end - len(word)) in ctx.starts
    return chinese_name(f"{word} {given.group()}") is True and (not place or _only_in_name(given.group(), word, text))


_INITIAL = re.compile(r"[A-Z]\.[ \u00a0]+")
_CAPS = re.compile(r"[A-ZÄÖÜ]{2,12}(?![\w.])")


def _caps_surname(text: str, pos: int, ctx: Context) -> re.Match[str] | None:
    """A surname in capitals before a given name ("DU Xiaohui", "WANG Yi"), as Chinese pages write it."""
    match = _CAPS.match(text, pos)
    if match is None or ctx.starts.get(pos) is not None or is_role_word(match.group()):
        return None
    space = SPACE.match(text, match.end())
    following = NAME_TOKEN.match(text, space.end()) if space else None
    return match if following is not None and _name_word(following.group(), following.start(), ctx) else None


_MIDDLE_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")


def read_name_before(text: str, pos: int, ctx: Context) -> tuple[int, int, str, int] | None:
    """Read a name that ends at ``pos`` (apposition: "Stephan Keller, the mayor …")."""
    words: list[tuple[int, int]] = []
    p = pos
    limit = _max_tokens(ctx.lang)
    while len(words) < limit + 1:
        span = prev_word(text, p)
        if span is None:
            break
        start = span[0]
        word = text[start : span[1]]
        if (word in PARTICLES or _MIDDLE_INITIAL.fullmatch(word)) and words:  # "von der", "Christine D. Althauser"
            words.append((start, start + len(word)))
            p = start
            continue
        token = NAME_TOKEN.fullmatch(word)
        if not words and token is not None and word.lower() in _MONTH_SURNAMES and not _DAY_AFTER.match(text, span[1]):
            words.append((start, start + len(word)))  # "Phan Van Mai, Chairman of …": a surname, no month
            p = start
            continue
        if token is None and len(words) == 1 and _CAPS.fullmatch(word) and not is_role_word(word):
            words.append((start, start + len(word)))  # "MENG Xiaosi, Vize-Präsidentin …"
            break
        if token is not None and not words and start in ctx.starts and _surname_place(text, start, word, ctx):
            words.append((start, start + len(word)))  # "Anna Roth, Präsidentin …"
            p = start
            continue
        if token is None or not _name_word(word, start, ctx):
            if token is not None and len(words) == 1 and _pinyin_surname(word, text, span[1], ctx):
                words.append((start, start + len(word)))  # "He Baoxiang, vice governor of …"
            break
        words.append((start, start + len(word)))
        p = start
        if sum(1 for s, e in words if text[s:e] not in PARTICLES) >= limit and not _pinyin_before(text, words):
            break
    while words and (
        text[words[-1][0] : words[-1][1]] in PARTICLES or _MIDDLE_INITIAL.fullmatch(text[words[-1][0] : words[-1][1]])
    ):
        words.pop()
    if not words:
        return None
    words.reverse()
    start, end = words[0][0], words[-1][1]
    if starts_role(text, start):  # "der Chef der Staatskanzlei, Staatssekretär …" is an office, no name
        return None
    count = sum(1 for s, e in words if text[s:e] not in PARTICLES and not _MIDDLE_INITIAL.fullmatch(text[s:e]))
    return start, end, text[start:end], count


def _pinyin_before(text: str, words: list[tuple[int, int]]) -> bool:
    """Read leftwards, do the two words and the one before them make a Chinese name ("Jin Jian Shu, …")?"""
    if len(words) != 2:
        return False
    span = prev_word(text, words[-1][0])
    if span is None:
        return False
    names = [text[span[0] : span[1]]] + [text[s:e] for s, e in reversed(words)]
    return chinese_name(" ".join(names)) is True


def _name_word(word: str, start: int, ctx: Context) -> bool:
    if word.lower() in NOT_NAMES or start in ctx.starts:
        return False
    if is_role_word(word):
        return False
    return not ctx.demonym(word)
