"""People named in an article: their names beside role words, and the role phrases that name one person.

:func:`read_name` and :func:`read_name_before` read a name next to a role word ("Mayor Gong Zheng",
"Oberbürgermeister Dr. Stephan Keller", "Stephan Keller, the mayor of …"): capitalised words that are
no stop word, role word or demonym, at most two in German (nouns are capitalised there; three after two
given names, "Klaus Peter Schellhaas", or in a Chinese name, "Li Wu Wei"), three in English, with
particles ("von der", "De"; none after a pinyin name); titles (Dr., Prof., S.E.) are dropped.  A Chinese
surname that is a stop word is read before a pinyin given name ("He Baoxiang"), a surname in capitals
too ("DU Xiaohui"); a place's name is a name's second word where the article writes it nowhere else
("Zhan Cangzhou", "Anna Roth").

:func:`people` gathers the role phrases (:func:`offices.find_roles`) that name the same person into one
:class:`Individual`: the same name (case aside, or a Chinese name in the other order, named as the body
writes it: "Hongbo Deng", headline "Deng Hongbo"); a shorter name that ends a longer one ("Mayor De
Wever" is "Bart De Wever"); a surname alone ("Mayor Gong") belongs to the one named in full with it,
else it is kept only after a role in a sentence that reports a meeting, with no capitalised word after
it ("Oberbürgermeister Keller empfing …").  Names in an English headline In Title Case are not read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .namesides import chinese_name
from .namewords import (
    DOUBLE_GIVEN,
    FUNCTION_WORDS,
    NAME_TOKEN,
    NOT_NAMES,
    PARTICLE,
    PARTICLES,
    SPACE,
    TITLES,
)
from .roles import is_role_word, starts_role
from .standins import aside
from .words import prev_word

if TYPE_CHECKING:
    from .mentions import Context, Mentions
    from .roles import RoleHit

__all__ = ["NAME_TOKEN", "NOT_NAMES", "Individual", "occurrences", "people", "read_name", "read_name_before"]


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


def read_name(text: str, pos: int, ctx: Context) -> tuple[int, int, str, int] | None:
    """Read a person's name starting at ``pos``: (start, end, name without titles, number of words).

    >>> from diplomacy.places.gazetteer import Gazetteer
    >>> from diplomacy.tagging.mentions import Context
    >>> ctx = Context("Oberbürgermeister Dr. Stephan Keller empfing Gäste", "de", Gazetteer.load())
    >>> read_name(ctx.text, 18, ctx)
    (22, 36, 'Stephan Keller', 2)
    """
    titles = TITLES.match(text, pos)
    p = titles.end() if titles else pos
    first = p
    tokens: list[str] = []
    end = p
    limit = _max_tokens(ctx.lang)
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


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\w'’-]*")


@dataclass(slots=True)
class Individual:
    """Someone the article names with a role: every role phrase that names them, and where first named."""

    name: str
    role: str
    key: str
    place: str | None
    tokens: tuple[str, ...]
    hits: list[RoleHit] = field(default_factory=list)
    first: int = 1 << 30
    shared: frozenset[str] = frozenset()  # name words another person's name has too ("Wang"): no reference alone


def people(found: Mentions, hits: list[RoleHit]) -> list[Individual]:
    """The people the role phrases ``hits`` name, in order of first mention (see the module docstring)."""
    title_names = not _title_cased(found.title, found.lang)
    named = [h for h in hits if h.name is not None and (h.start >= found.title_end or title_names)]
    persons = _merge_surnames(_full_names([h for h in named if not h.single], found.title_end))
    _add_single_names(found, persons, [h for h in named if h.single])
    skip_title = found.title_end if not title_names else 0
    for person in persons:
        pos = found.text.find(person.name, skip_title)
        person.first = pos if pos >= 0 else min(h.start for h in person.hits)
    persons.sort(key=lambda p: p.first)
    counts = Counter(t for person in persons for t in set(person.tokens))
    for person in persons:
        if any(counts[t] > 1 for t in person.tokens):  # a word another person's name has too
            person.shared = frozenset(t for t in person.tokens if counts[t] > 1)
    return persons


def _title_cased(title: str, lang: str) -> bool:
    """An English headline In Title Case: its capitalised words are not names."""
    if lang == "de":
        return False
    long_words = [w for w in _WORD.findall(title) if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _full_names(hits: list[RoleHit], title_end: int) -> list[Individual]:
    """One person for each name of two words or more (the same name, case aside, or a Chinese name in the
    other order, is the same person); named as the body first writes it ("Hongbo Deng" in the text,
    "Deng Hongbo" in the headline)."""
    persons: list[Individual] = []
    for hit in hits:
        name = hit.name or ""
        person = next((p for p in persons if _same_name(p.name, name)), None)
        if person is None:
            person = Individual(name, hit.role, hit.key, hit.place, tuple(name.split()))
            persons.append(person)
        else:
            if person.hits[0].start < title_end <= hit.start and all(h.start < title_end for h in person.hits):
                person.name, person.tokens = name, tuple(name.split())
            if person.place is None and hit.place is not None:
                person.place = hit.place
        person.hits.append(hit)
    return persons


def _add_single_names(found: Mentions, persons: list[Individual], singles: list[RoleHit]) -> None:
    """A surname alone belongs to the person named in full with it (of the same role first); else it is a
    person of its own after a role in a sentence that reports a meeting, with no capitalised word after it."""
    for hit in singles:
        owners = [p for p in persons if hit.name in p.tokens]
        if owners:
            same_role = [p for p in owners if p.key == hit.key]
            owner = (same_role or owners)[0]
            owner.hits.append(hit)
            if owner.place is None and hit.place is not None:
                owner.place = hit.place
            continue
        sentence = found.sentence_at(hit.start)
        after = found.text[hit.name_end : hit.name_end + 2].lstrip()
        if (
            sentence is not None
            and _titled(found.text, hit)
            and (sentence.reports or (sentence.attend and not sentence.habitual and _right_after(found.text, hit)))
            and sentence.body_index >= 0
            and not (after[:1].isupper())  # "Oberbürgermeister Keller empfing", not "… Keller Gäste"
        ):
            name = hit.name or ""
            person = Individual(name, hit.role, hit.key, hit.place, (name,))
            person.hits.append(hit)
            persons.append(person)


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Herr|Herrn|Frau|Dr|Prof)\.?[ \u00a0]+$")
_TITLE_GAP = re.compile(r"[ \u00a0]+(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Herrn|Frau)\.?[ \u00a0]+)*")


def _titled(text: str, hit: RoleHit) -> bool:
    """Does a surname alone follow its role word as a title does ("Oberbürgermeisterin Findeiß", "Mayor Gong")?
    Not after "mayor of <place>" ("the mayor of Halle Zalle": a misspelt place, "Mayor of Perm Ci >": a broken
    word) and not before the role ("junge Technologiefirmen, und der Ministerpräsident").

    >>> from diplomacy.tagging.roles import RoleHit
    >>> text = "Mayor Gong met the mayor of Halle Zalle."
    >>> _titled(text, RoleHit(0, 5, "mayor", "Mayor", name="Gong", name_start=6, name_end=10, single=True))
    True
    >>> _titled(text, RoleHit(15, 20, "mayor", "Mayor", name="Zalle", name_start=30, name_end=35, single=True))
    False
    """
    if hit.name_start < hit.start:  # "Mr. Morgan, the British consul-general": an honorific marks a person
        return _HONORIFIC_BEFORE.search(text, max(0, hit.name_start - 8), hit.name_start) is not None
    return _TITLE_GAP.fullmatch(text, hit.end, hit.name_start) is not None


def _right_after(text: str, hit: RoleHit) -> bool:
    """Does the name follow its role word with no comma between ("Staatssekretär Lersch-Mense")?"""
    return hit.start < hit.name_start and "," not in text[hit.start : hit.name_start]


def _merge_surnames(persons: list[Individual]) -> list[Individual]:
    """A name that is the end of a longer one is the same person: "Mayor De Wever" is "Bart De Wever"."""
    kept: list[Individual] = []
    for person in persons:
        size = len(person.tokens)
        longer = [p for p in persons if len(p.tokens) > size and p.tokens[-size:] == person.tokens]
        if len(longer) != 1:
            kept.append(person)
            continue
        full = longer[0]
        full.hits.extend(person.hits)
        if full.place is None:
            full.place = person.place
    return kept


def _same_name(a: str, b: str) -> bool:
    """The same name, case aside, a hyphen or a space between given names aside ("Frank Walter Steinmeier" in a
    caption is "Frank-Walter Steinmeier"), or a Chinese name in the other order.

    >>> _same_name("Frank Walter Steinmeier", "Frank-Walter Steinmeier"), _same_name("Deng Hongbo", "Hongbo Deng")
    (True, True)
    >>> _same_name("Hans-Peter Meier", "Hans Meier")
    False
    """
    if a == b or a.casefold() == b.casefold() or a.casefold().replace("-", " ") == b.casefold().replace("-", " "):
        return True
    return sorted(a.casefold().split()) == sorted(b.casefold().split()) and chinese_name(a) is True


def occurrences(text: str, person: Individual) -> list[tuple[int, bool]]:
    """Where the person is named: (position, aside) for full names, surnames and role phrases.  *Aside*: only
    spoken of there, as a possessive ("President Xi Jinping's strategy"), as the one another stands in for or
    as the one who invited (:func:`standins.aside`)."""
    found: list[tuple[int, bool]] = [
        (h.name_start, h.possessive or aside(text, min(h.start, h.name_start), max(h.end, h.name_end)))
        for h in person.hits
    ]
    full: list[tuple[int, int]] = []
    names = [person.name]
    if len(person.tokens) >= 2:
        names += [t for t in (person.tokens[0], person.tokens[-1]) if t not in person.shared]
    for number, name in enumerate(names):
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            inside = any(s <= pos < e for s, e in full)
            if (
                not inside
                and (pos == 0 or not text[pos - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
            ):
                found.append((pos, text.startswith(("'s", "’s"), end) or aside(text, pos, end)))
                if number == 0:
                    full.append((pos, end))
            pos = text.find(name, end)
    return found
