"""The tables of ``Label:`` words a metadata line may start with.

Date labels come in three ranks: a publication date (``Published:``,
``Veröffentlicht am``) beats a plain date (``Datum:``), which beats an update
(``Aktualisiert:``, ``Stand:``).  The kind of document (``Pressemitteilung
vom …``) and a section name (``All News``) may stand before a date instead of
a label.  Source, editor and other labels (``Foto:``, ``Kategorie:``) are read
as ``Label: value`` pairs (:mod:`.meta`).
"""

from __future__ import annotations


def _table(labels: str) -> tuple[str, ...]:
    """Labels written as one string, ``|`` between them (a long table stays readable)."""
    return tuple(label.strip() for label in labels.split("|"))


# date labels and their priority: the publication date beats a bare date beats an update
# ("Stand: 16.05.2024 10:31 Uhr" is the time of the last change)
_PUBLISHED_LABELS = _table(
    "published | published on | published at | first published | date published | publication date | "
    "publish date | publishing date | posted | posted on | posted at | release date | release time | "
    "released | veröffentlicht | veröffentlicht am | veröffentlichungsdatum | veröffentlichungszeit | "
    "publiziert | publiziert am | erschienen | erschienen am | erstellt | erstellt am | eingestellt | "
    "eingestellt am | online seit | datum der veröffentlichung | date of publication | date posted | "
    "dated | 发布时间 | 发布日期"
)
_GENERIC_DATE_LABELS = _table("date | datum | time | zeit | 日期 | 时间")
_UPDATED_LABELS = _table(
    "updated | updated on | updated at | last updated | last modified | modified | aktualisiert | "
    "aktualisiert am | zuletzt aktualisiert | zuletzt aktualisiert am | geändert | geändert am | "
    "zuletzt geändert | zuletzt bearbeitet | letzte änderung | letzte aktualisierung | stand | "
    "stand vom | revised | last edited | 更新时间"
)
# what a date line may start with instead of a label: the kind of document ("Pressemitteilung
# vom 16. Mai 2024", "Press release 25 April 2024": its publication date) or a section name
# ("All News 16:42 September 05, 2024": a plain date).  Never read as ``Label: value``.
DOCUMENT_LABELS = _table(
    "press release | news release | media release | press statement | pressemitteilung | "
    "pressemeldung | presseinformation | presseerklärung | pressenotiz | medieninformation | "
    "medienmitteilung | mitteilung | meldung | nachricht | rathauskorrespondenz | rathausnachrichten | "
    "artikel | beitrag | sendung"
)
SECTION_LABELS = _table(
    "news | all news | latest news | latest | breaking news | top news | top stories | nachrichten | "
    "aktuelles | aktuell | neuigkeiten | meldungen"
)
_SOURCE_LABELS = _table("source | sources | quelle | quellen | via | publisher | herausgeber | 来源 | 出处")
_EDITOR_LABELS = _table(
    "editor | editors | editor-in-charge | editor in charge | responsible editor | chief editor | "
    "redaktion | redakteur | redakteurin | bearbeitung | bearbeiter | bearbeiterin | autor | autorin | "
    "autoren | author | authors | reporter | writer | written by | text | verfasst von | 责任编辑 | 编辑 | "
    "作者 | 记者 | 撰稿人 | 撰稿"
)
_OTHER_LABELS = _table(
    "photo | photos | foto | fotos | bild | bilder | image | images | picture | credit | credits | "
    "bildquelle | fotoquelle | bildnachweis | fotonachweis | translator | translated by | translation | "
    "übersetzung | übersetzer | übersetzerin | category | kategorie | rubrik | section | ressort | "
    "views | aufrufe | 供稿部门 | 供稿单位 | 浏览次数 | 点击数 | 字号"
)


def _label_kinds() -> dict[str, tuple[str, int]]:
    kinds: dict[str, tuple[str, int]] = {}
    for labels, kind, rank in (
        (_PUBLISHED_LABELS, "date", 0),
        (_GENERIC_DATE_LABELS, "date", 1),
        (_UPDATED_LABELS, "date", 2),
        (_SOURCE_LABELS, "source", 0),
        (_EDITOR_LABELS, "editor", 0),
        (_OTHER_LABELS, "other", 0),
    ):
        kinds.update(dict.fromkeys(labels, (kind, rank)))
    return kinds


LABEL_KINDS = _label_kinds()
DATE_LABELS = _PUBLISHED_LABELS + _GENERIC_DATE_LABELS + _UPDATED_LABELS
