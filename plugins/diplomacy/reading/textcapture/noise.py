"""The tables of page noise, each matched against a whole line (or its end).

Reading-time badges, share and print buttons, menus and "read also" teasers,
cookie banners, copyright footers, script junk (a whole line of it, or glued
after a sentence), photo captions and credits, and the markers that end an
article (a comment form, "Related articles", "Tags:").  :func:`noise_kind`
names the kind of a line; what is done with it depends on where it stands
(:mod:`.structure`).
"""

from __future__ import annotations

import re

from .limits import CREDIT_TAIL_CHARS, GLUED_TAIL_CHARS, NOISE_MAX_CHARS, POSITION_CAPTION_MAX_WORDS
from .lines import LEADING_SYMBOLS_RE, ends_sentence, word_count

_READ_LABEL = (
    r"(?:lesezeit|lesedauer|reading\s+time|read\s+time|time\s+to\s+read|"
    r"(?:geschätzte|estimated)\s+(?:lesezeit|reading\s+time))"
)
_MINUTES = r"(?:min(?:s|uten?|utes?)?\.?)"
_NUMBER = r"(?:(?:ca\.|etwa|about|approx\.?|~)\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
BADGE_RE = re.compile(
    "(?:"
    + "|".join(
        (
            rf"{_READ_LABEL}\s*[:：]?\s*{_NUMBER}\s*{_MINUTES}",
            rf"{_NUMBER}\s*{_MINUTES}\s*(?:{_READ_LABEL}|read(?:ing)?|lesen|zum\s+lesen)",
            rf"{_NUMBER}\s*min\.?",
            r"(?:less\s+than\s+a|under\s+a)\s+minute(?:\s+read)?|weniger\s+als\s+eine\s+minute(?:\s+lesezeit)?",
        )
    )
    + r")\s*[.!]?",
    re.IGNORECASE,
)

_SOCIAL = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|xing|telegram|pinterest|reddit|tumblr|weibo|wechat|qq|threads|bluesky|"
    r"mastodon|e-?mail|mail|messenger|flipboard|print|drucken|copy\s+link|link\s+kopieren|kopieren|teilen|share|tweet)"
)
_SHARE_ITEM = (
    rf"(?:(?:share|teilen|tweet|post)\s+)?(?:(?:on|via|auf|per|über|bei|with)\s+)?{_SOCIAL}"
    r"(?:\s+(?:teilen|share|posten|empfehlen))?"
)
_SHARE_RE = re.compile(
    "(?:"
    + "|".join(
        (
            r"(?:share|teilen(?:\s+sie)?|teile|jetzt\s+teilen)(?:\s+(?:this|the|diesen|den|diese|die)\s+"
            r"(?:article|story|post|page|artikel|beitrag|seite|link))?(?:\s+(?:on|via|auf|per|über|bei)\s+\S+)?",
            r"(?:diesen|den|artikel|beitrag|seite)\s+(?:artikel\s+|beitrag\s+|link\s+)?teilen",
            rf"{_SHARE_ITEM}(?:\s*[,|/·•-]?\s*{_SHARE_ITEM}){{0,12}}",
            r"(?:print|drucken)(?:\s+(?:this|the|diesen|den|die|diese)?\s*(?:article|page|story|artikel|seite|beitrag))?",
            r"(?:artikel|seite|beitrag)\s+(?:drucken|versenden|merken|speichern)",
            r"(?:per\s+e-?mail|via\s+e-?mail|e-?mail)\s+(?:versenden|senden|teilen|share)",
            r"(?:print|drucken|close|schließen)\s*[|/·]?\s*(?:print|drucken|close|schließen)",
        )
    )
    + r")\s*[.!:：]?",
    re.IGNORECASE,
)
_UI_RE = re.compile(
    "(?:"
    + "|".join(
        (
            # "read also" teasers
            r"(?:lesen\s+sie\s+auch|lies\s+auch|auch\s+interessant|siehe\s+auch|mehr\s+dazu|read\s+also|also\s+read|"
            r"read\s+more|see\s+also|weiterlesen|mehr\s+lesen|mehr\s+erfahren|learn\s+more|continue\s+reading)"
            r"(?:\s*(?:[:：»›>…]|\.{3})\s*.{0,160})?",
            # ads, navigation, audio, galleries, font size
            r"(?:anzeige|advertisement|advertising|werbung|sponsored|gesponsert)",
            r"(?:back\s+to\s+top|nach\s+oben|zum\s+seitenanfang|seitenanfang|top|scroll\s+to\s+top)",
            r"(?:listen\s+to\s+this\s+article|(?:diesen\s+)?artikel\s+anhören|vorlesen|audio\s+abspielen|play\s+audio)"
            r".{0,40}",
            r"(?:(?:bild|foto|photo|image)\s+)?(?:vergrößern|enlarge|zoom)|click\s+to\s+enlarge|zum\s+vergrößern\s+klicken|"
            r"(?:photo\s+)?gallery|bildergalerie|fotostrecke|mehr\s+bilder|more\s+photos",
            r"(?:schriftgröße|font\s+size|textgröße|text\s+size)\s*[:：]?.{0,30}",
            r"(?:a\s*[+-]|[+-]\s*a|a)(?:\s*[|/]?\s*(?:a\s*[+-]|[+-]\s*a|a)){1,4}",
            r"(?:home|startseite|zurück|back|schließen|close|menu|menü|navigation|suche|search|login|log\s+in|"
            r"anmelden|registrieren|sign\s+in|sign\s+up|abonnieren|subscribe|kontakt|contact|impressum|datenschutz|"
            r"privacy\s+policy|imprint|sitemap|rss|newsletter|mehr|more|weiter|next|prev|previous|vorherige|nächste|"
            r"skip\s+to\s+content|zum\s+inhalt\s+springen|direkt\s+zum\s+inhalt|springe\s+zum\s+inhalt|"
            r"toggle\s+navigation|open\s+menu|menü\s+öffnen)",
            r"(?:zurück|back)\s+(?:zur|zum|to)\s+(?:übersicht|startseite|liste|list|overview|home|top|news)|"
            r"zur\s+(?:startseite|übersicht)|return\s+to\s+top",
            r"(?:über\s+dieses\s+thema\s+berichte[nt]|this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+)?"
            r"(?:appeared|published)\s+(?:in|on|at)).{0,300}",
            r"(?:abonnieren\s+sie|abonniere|subscribe\s+to|sign\s+up\s+for|melden\s+sie\s+sich).{0,80}newsletter.{0,80}",
            # copyright footers
            r"(?:copyright|©|\(c\))\s*(?:\d{4}|by).{0,200}",
            r".{0,200}(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten).{0,200}",
            # cookie banner buttons
            r"(?:alle\s+)?(?:cookies?\s+)?(?:akzeptieren|ablehnen|zulassen)|accept(?:\s+all)?(?:\s+cookies)?|"
            r"reject(?:\s+all)?(?:\s+cookies)?|allow\s+(?:all\s+)?cookies|"
            r"cookie[- ]?(?:einstellungen|settings|richtlinie|policy|hinweis|banner|consent)|"
            r"(?:datenschutz|privacy)[- ]?(?:einstellungen|settings)|einstellungen|settings|einverstanden|got\s+it|"
            r"i\s+agree|ich\s+stimme\s+zu|ok(?:ay)?|verstanden|manage\s+(?:cookies|consent|preferences)|"
            r"nur\s+(?:notwendige|essenzielle)\s+cookies(?:\s+akzeptieren)?|only\s+necessary\s+cookies",
        )
    )
    + r")\s*[.!:：]?",
    re.IGNORECASE,
)
# a cookie banner sentence (matched at the start of a line of any length)
_COOKIE_RE = re.compile(
    r"(?:wir\s+(?:verwenden|nutzen|setzen)|diese\s+(?:web)?(?:seite|site)\s+(?:verwendet|nutzt)|"
    r"this\s+(?:web)?site\s+uses|we\s+use|our\s+(?:web)?site\s+uses|unsere\s+(?:web)?seite\s+(?:verwendet|nutzt))"
    r"\s+(?:\w+\s+){0,3}cookies|"
    r"(?:by\s+(?:continuing|using)|wenn\s+sie\s+(?:fortfahren|diese\s+(?:web)?seite))\b.{0,120}"
    r"\b(?:cookies|datenschutz|privacy)",
    re.IGNORECASE,
)

# script junk: a whole line of it, or glued to a sentence end
_CODE_IDENTIFIER = r"I[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+"  # INavigationController, IWebView
_JS_TOKEN = (
    r"undefined|null|NaN|\[object\s+Object\]|javascript:\s*void\(0\);?|"
    r"function\s*\([^()]{0,40}\)\s*\{[^{}]{0,200}\}"
)
_CAMEL = r"(?:[A-Z][a-z0-9]+){2,}|[a-z]+(?:[A-Z][a-z0-9]+)+"
_GLUED_END_RE = re.compile(
    rf"[.!?…](?<=[^\W_][.!?…])(?P<junk>(?:{_CODE_IDENTIFIER}|{_CAMEL}|{_JS_TOKEN})(?:\(\))?[.;]?)\s*$",
)
_GLUED_MID_RE = re.compile(rf"[.!?…](?<=[^\W_][.!?…])(?P<junk>(?:{_CODE_IDENTIFIER}|{_JS_TOKEN})(?:\(\))?[.;]?)(?=\s)")
_OBJECT_OBJECT_RE = re.compile(r"\s*\[object\s+Object\]")
_JUNK_LINE_RE = re.compile(
    rf"(?:(?:{_CODE_IDENTIFIER}|{_JS_TOKEN})(?:\(\))?[.;]?\s*)+|"
    r"(?i:(?:loading|wird\s+geladen|lädt)\s*(?:\.{3}|…)?|"
    r"(?:please\s+enable\s+javascript|bitte\s+(?:aktivieren\s+sie|aktiviere)\s+javascript|"
    r"javascript\s+(?:is\s+)?(?:disabled|required|erforderlich)|your\s+browser\s+does\s+not\s+support|"
    r"ihr\s+browser\s+unterstützt).{0,200})",
)

# photo captions and credits
_PHOTO_WORD = (
    r"(?:photos?|fotos?|bild(?:er)?|images?|pictures?|pics?|credits?|bildquelle|fotoquelle|bildnachweis|"
    r"fotonachweis|abb(?:ildung|\.)|grafik|graphic|illustration|video|screenshot)"
)
_CREDIT_INTRO = rf"(?:{_PHOTO_WORD}\s*(?:[:：/]|\bby\b|\bvon\b)|©)"
_AGENCY = (
    r"(?:dpa|afp|reuters|ap|imago|getty\s+images|xinhua|ic|vcg|ti\s+gong|imaginechina|picture\s+alliance|epa|kna|"
    r"ddp|cfp|shine|shanghai\s+daily|china\s+daily|jiefang\s+daily)"
)
_CAPTION_RE = re.compile(rf"\(?\s*{_PHOTO_WORD}\s*[:：|/]|©|\(c\)\s", re.IGNORECASE)
_CAPTION_BY_RE = re.compile(rf"\(?\s*{_PHOTO_WORD}\s+(?:by|von|courtesy(?:\s+of)?)\s", re.IGNORECASE)
# a credit at the end of a caption: "... (Photo: Xinhua)", "... Foto: Stadt Köln", "... / dpa"
_CREDIT_TAIL_RE = re.compile(
    "(?:"
    + "|".join(
        (
            rf"[(\[]\s*(?:{_PHOTO_WORD}\b\s*[^()\[\]\s][^()\[\]]{{0,60}}|©[^()\[\]]{{1,60}})[)\]]",
            rf"(?:\s|[.|/–-])\s*{_CREDIT_INTRO}\s*[^.!?:：()]{{1,60}}",
            rf"\s(?:/|\|)\s*{_AGENCY}(?:\s*/\s*[\w .-]{{1,40}})?",
            rf"\s\(\s*{_AGENCY}\s*/\s*[^()]{{1,40}}\)",  # "... June 15, 2023. (Xinhua/Wang Peng)"
        )
    )
    + r")\s*$",
    re.IGNORECASE,
)
_PHOTO_AGENCY = r"(?:ti\s+gong|imaginechina|getty\s+images|picture\s+alliance|vcg|ic|cfp|imago)"
_CREDIT_NAME = r"\s*/\s*[^\W\d_][\w .'’-]{1,40}"
_AGENCY_LINE_RE = re.compile(
    rf"\(?(?:{_AGENCY}{_CREDIT_NAME}|{_PHOTO_AGENCY}(?:{_CREDIT_NAME})?)\)?",  # not "(Xinhua)": a source
    re.IGNORECASE,
)
_CREDIT_MARKS = (":", "：", "/", "|", "©", " by ", " von ")  # an unbracketed credit has one of these
# people's positions in a photo: "(right)", "(2nd L)", "(r.)", "v.l.n.r." – only captions say that
_POSITION_PAREN_RE = re.compile(
    r"\((?:left|right|center|centre|front|l\.?|r\.?|m\.?|\d(?:st|nd|rd|th)?\s+(?:from\s+)?(?:left|right|l|r)|"
    r"mitte|links|rechts|(?:(?:vorne|hinten|oben|unten),?\s*)?(?:\d\.\s?)?v\.\s?[lr]\.?)\)",
    re.IGNORECASE,
)
_POSITION_WORDS_RE = re.compile(
    r"\bv\.\s?l\.\s?n\.\s?r\.|\bfrom\s+left\b|\bleft\s+to\s+right\b|\bvon\s+links\b", re.IGNORECASE
)
# video and photo credits: "Shot by Zhou Shengjie. Edited by Zhou Shengjie. Subtitles by Yang Yang."
_CREDITS_RE = re.compile(
    r"(?:(?:shot|filmed|edited|reported|subtitles?|translated|produced|photos?|videos?|camera|gefilmt|geschnitten)"
    r"\s+(?:by|von)\s+[^.!?:]{1,60}[.;,]?\s*){1,6}",
    re.IGNORECASE,
)
PHOTO_HINT_RE = re.compile(
    r"\b(?:poses?\s+(?:for|with)|posing\s+(?:for|with)|shak(?:es?|ing)\s+hands|talks?\s+with|meets?\s+with|"
    r"pictured|photographed|group\s+photo|family\s+photo|from\s+left|left\s+to\s+right|"
    r"\((?:left|right|center|centre|front|back|l|r|c|\d(?:st|nd|rd|th)\s+[lr])\)|"
    r"v\.\s?l\.(?:\s?n\.\s?r\.)?|von\s+links|im\s+bild|auf\s+dem\s+bild|posieren|posiert|gruppenfoto|"
    r"familienfoto|händedruck|schütteln\s+sich\s+die\s+hände|signing\s+ceremony)",
    re.IGNORECASE,
)

# the end of the article: a comment form, related articles, tags ... (drop the rest)
_TRAILER_RE = re.compile(
    "(?:"
    + "|".join(
        (
            r"leave\s+a\s+(?:reply|comment|response)(?:\s+to\s+.{1,80})?(?:\s+cancel\s+reply)?|cancel\s+reply",
            r"(?:hinterlasse|hinterlassen\s+sie|schreibe|schreiben\s+sie|verfasse)\s+(?:einen|einen\s+neuen|eine)\s+"
            r"(?:kommentar|antwort)(?:\s+zu\s+.{1,80})?(?:\s+antworten\s+abbrechen)?|antwort(?:en)?\s+abbrechen",
            r"kommentar\s+(?:schreiben|verfassen|hinzufügen|abgeben|absenden)|"
            r"(?:add|post|write|submit)\s+(?:a\s+|your\s+)?comment",
            r"(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|replies|responses)(?:\s*\(\d+\))?",
            r"(?:keine|no)\s+(?:kommentare|comments).{0,40}|be\s+the\s+first\s+to\s+comment.{0,40}|"
            r"(?:sei|seien\s+sie)\s+(?:der|die)\s+erste.{0,80}",
            r"your\s+email\s+address\s+will\s+not\s+be\s+published.{0,200}|"
            r"(?:deine|ihre)\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht.{0,200}|"
            r"required\s+fields\s+are\s+marked.{0,40}|(?:erforderliche|pflicht)\s*felder\s+sind.{0,40}markiert.{0,20}",
            r"(?:related|similar|more|recommended|popular|latest|trending|top|most\s+read|most\s+popular)\s+"
            r"(?:articles?|posts?|stories|news|content|reads?|reading|topics?)(?:\s+(?:from|on|in)\s+[^.!?:]{1,60})?",
            r"(?:ähnliche|verwandte|weitere|beliebte|neueste|empfohlene|meistgelesene|aktuelle|passende)\s+"
            r"(?:artikel|beiträge|nachrichten|themen|news|meldungen|stories|inhalte)"
            r"(?:\s+(?:zum\s+thema|aus|zu|von)\s+[^.!?:]{1,60})?",
            r"(?:das|dies|die)\s+(?:könnte|könnten)\s+(?:sie|dich|euch)\s+auch\s+interessieren|"
            r"(?:you|you'?ll)\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in|enjoy)|"
            r"mehr\s+(?:zum\s+thema|zu\s+diesem\s+thema|aus\s+[^.!?:]{1,40}|artikel|nachrichten)|"
            r"more\s+from\s+[^.!?:]{1,40}|more\s+on\s+this\s+(?:topic|story)|lesenswert|empfehlungen|recommended(?:\s+for\s+you)?|"
            r"top\s+stories|meistgelesen|most\s+read|editor'?s?\s+picks?|trending(?:\s+now)?",
            r"(?:tags?|schlagwörter|schlagworte|stichwörter|stichworte|keywords|themen|topics|kategorien?|categories|"
            r"filed\s+under|posted\s+in|abgelegt\s+unter|veröffentlicht\s+in|rubriken?)\s*[:：].{0,300}",
            r"tags|schlagwörter|schlagworte|stichwörter|stichworte",
            r"(?:previous|next|vorheriger|voriger|nächster|älterer|neuerer|older|newer)\s+"
            r"(?:article|post|story|entry|artikel|beitrag|eintrag|nachricht)\b.{0,200}",
            r"(?:über\s+den\s+autor|über\s+die\s+autorin|about\s+the\s+author|zum\s+autor|author\s+bio).{0,200}",
        )
    )
    + r")\s*[.!:：…]*",
    re.IGNORECASE,
)


def strip_glued_junk(line: str, removed: list[str]) -> str:
    """Cut code junk glued after a sentence end.

    >>> strip_glued_junk("Geschäftsunternehmungen vorangetrieben.INavigationController.", [])
    'Geschäftsunternehmungen vorangetrieben.'
    """
    if "[object" in line:
        found = _OBJECT_OBJECT_RE.findall(line)
        removed.extend(f.strip() for f in found)
        line = _OBJECT_OBJECT_RE.sub("", line)
    offset = max(0, len(line) - GLUED_TAIL_CHARS)
    match = _GLUED_END_RE.search(line, offset)
    if match:
        removed.append(match["junk"])
        line = line[: match.start("junk")]
    if _GLUED_MID_RE.search(line):
        removed.extend(m["junk"] for m in _GLUED_MID_RE.finditer(line))
        line = _GLUED_MID_RE.sub(lambda m: m.group()[0], line)
    return line.rstrip()


def has_position_hint(text: str) -> bool:
    """``(right)``, ``(2nd L)``, ``(r.)``, ``v.l.n.r.``, ``from left`` (cheap substring test first)."""
    if "(" in text and _POSITION_PAREN_RE.search(text):
        return True
    lowered = text.lower() if ("v." in text or "eft" in text or "inks" in text) else ""
    return bool(lowered) and _POSITION_WORDS_RE.search(lowered) is not None


def _has_credit_tail(text: str) -> bool:
    """A photo credit at the end: ``(Photo: Xinhua)``, ``Foto: Stadt Köln``, ``/ dpa``."""
    tail = text[-CREDIT_TAIL_CHARS:]
    bracketed = tail.endswith((")", "]"))
    if not bracketed and (ends_sentence(tail) or not any(mark in tail for mark in _CREDIT_MARKS)):
        return False
    return _CREDIT_TAIL_RE.search(tail) is not None


def noise_kind(text: str) -> str | None:
    """The kind of context-free noise ``text`` is, or ``None``.

    >>> [noise_kind(t) for t in ("3 Min. Lesezeit", "Teile diesen Artikel", "Leave a Reply", "Foto: dpa")]
    ['badge', 'share', 'trailer', 'caption']
    """
    if not any(ch.isalnum() for ch in text[:200]) and len(text) < 200:
        return "junk"  # "***", "—", "|"
    if _AGENCY_LINE_RE.fullmatch(text) or _CREDITS_RE.fullmatch(text):
        return "caption"  # a photo credit alone: "Ti Gong", "Xinhua/Wang Peng", "Shot by … Edited by …"
    if word_count(text) <= POSITION_CAPTION_MAX_WORDS and has_position_hint(text):
        return "caption"  # "Gong Zheng (right) meets Stephan Keller."
    if _COOKIE_RE.match(text):
        return "ui"
    if len(text) > NOISE_MAX_CHARS:
        return None
    if not text[:1].isalnum():
        text = LEADING_SYMBOLS_RE.sub("", text)  # "⏱ 3 min", "» Lesen Sie auch", "🔗 Share"
    if _JUNK_LINE_RE.fullmatch(text):
        return "junk"
    if BADGE_RE.fullmatch(text):
        return "badge"
    if _TRAILER_RE.fullmatch(text):
        return "trailer"
    if _SHARE_RE.fullmatch(text):
        return "share"
    if _UI_RE.fullmatch(text):
        return "ui"
    if word_count(text) <= 50 and (
        _CAPTION_RE.match(text)
        or (_CAPTION_BY_RE.match(text) and not (ends_sentence(text) and word_count(text) > 8))
        or _has_credit_tail(text)
    ):
        return "caption"
    return None


_WELCOME = re.compile(r"(?:welcome to|welcome on|willkommen (?:auf|bei|im|in|zu|zum|zur))\b", re.IGNORECASE)
BANNER_MAX_WORDS = 25


def is_banner(text: str) -> bool:
    """The site greeting its visitors ("Welcome to the official website of …!", "Willkommen auf …"): a
    banner, never the article's lead nor its headline.

    >>> is_banner("Welcome to the official website of the partnership of Jiangsu and NRW!")
    True
    >>> is_banner("The mayor said the guests were welcome to visit the port on Friday.")
    False
    """
    return _WELCOME.match(text.lstrip()) is not None and word_count(text) <= BANNER_MAX_WORDS
