"""The words of names: what a name word looks like, titles, particles, and words that are never a name.

Tables for :mod:`people`, no text is read here.

>>> bool(NAME_TOKEN.fullmatch("Wacker-Hempel")), "mayor" in NOT_NAMES, "klaus" in DOUBLE_GIVEN
(True, True, True)
>>> "chancellery" in NOT_NAMES, "house" in NOT_NAMES   # institutions: "Federal Chancellery Wolfgang Schmidt"
(True, True)
"""

from __future__ import annotations

import re

from .words import word_set

__all__ = ["DOUBLE_GIVEN", "FUNCTION_WORDS", "NAME_TOKEN", "NOT_NAMES", "PARTICLE", "PARTICLES", "SPACE", "TITLES"]

_UP = "A-ZÄÖÜÀ-ÖØ-ÞĀ-ſ"
_LO = "a-zäöüßà-öø-ÿā-ſ"
NAME_TOKEN = re.compile(
    rf"[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:['’](?:(?!s\b)[{_LO}]{{2,}}|[{_UP}][{_LO}]+))?"
    rf"(?:[-‐][{_UP}{_LO}][{_LO}]+)*(?![\w])"
)
TITLES = re.compile(
    r"(?:(?:Dr\.-Ing|Dr|Prof|Mr|Mrs|Ms|Mme|Herrn|Herr|Frau|Sir|Dame|Dipl\.-Ing|Ing|H\.\s?E|S\.\s?E|I\.\s?E|Hon)\.?\s+"
    r"(?:(?:h\.\s?c|rer\.\s?(?:nat|pol)|med|phil|jur|mult)\.\s+)*)*"
)
PARTICLE = re.compile(
    r"(?:von der|von dem|van der|van den|von|van|de la|de|du|da|di|zu(?! (?:Gast|Besuch)\b)|ter|ten|le|la|al|bin) "
    r"(?=[A-ZÄÖÜ])"
)
PARTICLES = word_set("von van de der den du da di zu ter ten le la al bin dem")
SPACE = re.compile(r"[ \u00a0]")

# Capitalised words that are never (part of) a name.
NOT_NAMES = word_set(
    """
    the a an and or of to in on at for with by from as is was were has have this that these those
    he she it they we his her its their our you i also both two three new more
    der die das den dem des ein eine einer eines einem einen und oder mit von vom zu zum zur im in am an auf
    bei für aus nach über unter vor er sie es wir ihr sein seine ihre ihren auch beide zwei drei
    mayor mayors governor governors ambassador ambassadors consul general minister president premier
    chancellor secretary party chief director chairman chairwoman senator delegation delegations
    province provinz city stadt state government municipal municipality committee people people's
    vice deputy lord first office bureau foreign affairs metropolitan council department commission
    university legislature parliament
    chancellery house palace embassy consulate ministry assembly congress senate cabinet administration agency
    authority federal national provincial regional district county prefecture region
    staatskanzlei kanzlei rathaus landtag bundestag ministerium regierung verwaltung landkreis bezirk
    bürgermeister oberbürgermeister oberbürgermeisterin bürgermeisterin botschafter botschafterin
    gouverneur parteisekretär generalkonsul ministerpräsident präsident vorsitzende vorsitzender
    monday tuesday wednesday thursday friday saturday sunday
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    january february march april may june july august september october november december
    januar februar märz mai juni juli oktober dezember
    according during after before while when since however meanwhile
    laut während nach bevor seit jedoch anfang mitte ende
    mit meanwhile today yesterday heute gestern
    receives meets visits hosts holds welcomes greets talks discusses signs attends calls pays tours praises
    empfängt trifft besucht begrüßt gast unterzeichnet besichtigt würdigt
    east west north south central northeast northwest southeast southwest eastern western northern southern
    """
)


# Given names that German double given names are made of, unhyphenated ("Klaus Peter", "Hans Georg").
DOUBLE_GIVEN = word_set(
    """
    hans karl carl klaus claus peter heinz franz josef johann georg otto paul ernst friedrich wilhelm walter
    werner dieter jürgen günter günther gerd rudolf michael christian martin thomas andreas stefan stephan
    ulrich wolfgang bernd rolf kurt horst uwe jan jens lars jörg joachim hermann ludwig maria marie anna anne
    eva ute karin rose luise lieselotte gabriele elisabeth christine katharina sophie
    """
)

# Words before a noun, never before a name in apposition ("aus der Partnerstadt Kunming, …").
FUNCTION_WORDS = word_set(
    "der die das des dem den ein eine einer eines einem aus in im von vom nach bei mit zur zum "
    "the a an of from in to at with"
)
