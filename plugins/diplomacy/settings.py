"""Defaults of the diplomacy plugin, in one place. A user's settings win.

Every page type has a ``*_SAVE_AS`` setting: a mapping of language to an
output path pattern. Setting it to ``""`` switches the page type off; its
URL is derived from the save path (``…/index.html`` → ``…/``), so links to
a switched-off page type are simply not emitted.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("en", "de")

# The repository's own folders: the gazetteer built by data/build_gazetteer.py, and the content folder
# `make capture` writes into. A site elsewhere sets DIPLOMACY_GAZETTEER (the capture command takes --content).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GAZETTEER = PROJECT_ROOT / "data" / "places.json"
DEFAULT_CONTENT = PROJECT_ROOT / "content"
# The tagger's accuracy as the evaluation measured it (tests/score.py … --json data/accuracy.json --dated),
# read by the methods page.
DEFAULT_ACCURACY = PROJECT_ROOT / "data" / "accuracy.json"

DEFAULTS: dict[str, Any] = {
    "DIPLOMACY_LANGUAGES": LANGUAGES,
    "DIPLOMACY_DEFAULT_LANG": "en",
    # Babel locales used for dates (en_GB gives "14 April 2023").
    "DIPLOMACY_LOCALES": {"en": "en_GB", "de": "de_DE"},
    "DIPLOMACY_GAZETTEER": None,  # None: data/places.json of the repository
    "DIPLOMACY_TRANSLATIONS": None,  # None: <theme>/translations
    "DIPLOMACY_CAPTURE_URL": "captures/{filename}",
    # The page as captured (site/replay.py): each capture's WACZ, the viewer's files, its page per language
    "DIPLOMACY_RECORDS_URL": "records/{filename}",
    "DIPLOMACY_REPLAY_URL": "replay/",
    "DIPLOMACY_REPLAY_VIEWER": None,  # None: node_modules/replaywebpage of the repository (make replay-viewer)
    "DIPLOMACY_ORIGINAL_SAVE_AS": {
        "en": "en/articles/{id}/original/index.html",
        "de": "de/artikel/{id}/original/index.html",
    },
    "DIPLOMACY_ROOT_SAVE_AS": "index.html",
    "DIPLOMACY_INDEX_SAVE_AS": {"en": "en/index.html", "de": "de/index.html"},
    "DIPLOMACY_ARCHIVE_SAVE_AS": {
        "en": "en/archive/index.html",
        "de": "de/archiv/index.html",
    },
    "DIPLOMACY_YEAR_SAVE_AS": {
        "en": "en/archive/{id}/index.html",
        "de": "de/archiv/{id}/index.html",
    },
    "DIPLOMACY_ARTICLE_SAVE_AS": {
        "en": "en/articles/{id}/index.html",
        "de": "de/artikel/{id}/index.html",
    },
    # the original text capture of an article in the site's layout (the raw file: DIPLOMACY_CAPTURE_URL)
    "DIPLOMACY_CAPTURE_PAGE_SAVE_AS": {
        "en": "en/articles/{id}/capture/index.html",
        "de": "de/artikel/{id}/erfassung/index.html",
    },
    "DIPLOMACY_PLACE_SAVE_AS": {
        "en": "en/places/{id}/index.html",
        "de": "de/orte/{id}/index.html",
    },
    "DIPLOMACY_PLACES_SAVE_AS": {
        "en": "en/places/index.html",
        "de": "de/orte/index.html",
    },
    "DIPLOMACY_PAIR_SAVE_AS": {
        "en": "en/partnerships/{id}/index.html",
        "de": "de/partnerschaften/{id}/index.html",
    },
    "DIPLOMACY_PAIRS_SAVE_AS": {
        "en": "en/partnerships/index.html",
        "de": "de/partnerschaften/index.html",
    },
    # the partnership index sorted by year, and filtered by country (``{id}``: ISO code, lower case)
    "DIPLOMACY_PAIRS_BY_YEAR_SAVE_AS": {
        "en": "en/partnerships/by-year/index.html",
        "de": "de/partnerschaften/nach-jahr/index.html",
    },
    "DIPLOMACY_PAIRS_COUNTRY_SAVE_AS": {
        "en": "en/partnerships/country/{id}/index.html",
        "de": "de/partnerschaften/land/{id}/index.html",
    },
    "DIPLOMACY_MEETING_SAVE_AS": {
        "en": "en/meetings/{id}/index.html",
        "de": "de/treffen/{id}/index.html",
    },
    "DIPLOMACY_MEETINGS_SAVE_AS": {
        "en": "en/meetings/index.html",
        "de": "de/treffen/index.html",
    },
    "DIPLOMACY_PERSON_SAVE_AS": {
        "en": "en/people/{id}/index.html",
        "de": "de/personen/{id}/index.html",
    },
    "DIPLOMACY_PEOPLE_SAVE_AS": {
        "en": "en/people/index.html",
        "de": "de/personen/index.html",
    },
    "DIPLOMACY_SEARCH_SAVE_AS": {
        "en": "en/search/index.html",
        "de": "de/suche/index.html",
    },
    "DIPLOMACY_DATA_SAVE_AS": {
        "en": "en/data/index.html",
        "de": "de/daten/index.html",
    },
    "DIPLOMACY_METHODS_SAVE_AS": {
        "en": "en/methods/index.html",
        "de": "de/methoden/index.html",
    },
    "DIPLOMACY_NOTFOUND_SAVE_AS": {"en": "en/404.html", "de": "de/404.html"},
    "DIPLOMACY_ROOT_404_SAVE_AS": "404.html",
    "DIPLOMACY_DATA_DIR": "data",
    "DIPLOMACY_FEEDS": True,  # Atom feeds: per language, per place, per partnership
    # entries per feed, newest first (each with the article's first words): what a feed reader needs,
    # bounded so that thousands of feeds stay small at archive scale
    "DIPLOMACY_FEED_LENGTH": 10,
    "DIPLOMACY_SITEMAP": True,  # sitemap.xml (an index of sitemap-N.xml, URLs only), robots.txt
    "DIPLOMACY_SITEMAP_MAX_URLS": 50_000,  # URLs per sitemap file (the protocol's limit)
    "DIPLOMACY_SEARCH": True,  # write a search index per language and the search pages
    # "auto": on a machine with several cores, a forked process writes the second language
    "DIPLOMACY_PARALLEL": "auto",
    # Authority of the feeds' tag: URIs (RFC 4151); stable whatever SITEURL is.
    "DIPLOMACY_TAG_AUTHORITY": "city-diplomacy-archive,2026",
    # A content file that cannot be read is left out with an error and the rest is built; with
    # DIPLOMACY_STRICT (publishconf.py: `make publish`, the Pages workflow) such an error stops the build,
    # so that a published site never silently lacks an article.
    "DIPLOMACY_STRICT": False,
    "DIPLOMACY_ACCURACY": None,  # None: data/accuracy.json of the repository
    # `make review` only: review/index.html, the articles an editor has not checked (never in `make publish`)
    "DIPLOMACY_REVIEW": False,
}


def apply_defaults(settings: dict[str, Any]) -> None:
    """Fill in every default the user did not set; report unknown keys."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    paginated = settings.setdefault("PAGINATED_TEMPLATES", {})
    paginated.setdefault("home", None)
    paginated.setdefault("year", 100)
    for key in settings:
        if key.startswith("DIPLOMACY_") and key not in DEFAULTS:
            logger.warning("Unknown setting %s (known: %s)", key, ", ".join(DEFAULTS))


def cache_folder(name: str) -> Path:
    """``$XDG_CACHE_HOME/city-diplomacy-archive/<name>`` (``~/.cache`` by default); not created here.

    What the build can keep between runs (never the content's tags: those live in Pelican's content cache).
    """
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "city-diplomacy-archive" / name


def code_fingerprint(settings: dict[str, Any]) -> str:
    """A hash of the gazetteer and of the plugin's code."""
    digest = hashlib.sha256()
    gazetteer = Path(settings.get("DIPLOMACY_GAZETTEER") or DEFAULT_GAZETTEER)
    if gazetteer.exists():
        digest.update(gazetteer.read_bytes())
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return "tags-" + digest.hexdigest()[:12]


def parallel_workers(settings: dict[str, Any]) -> int:
    """How many processes read the content: one per core with ``DIPLOMACY_PARALLEL = "auto"`` (none on one
    core), at least two with ``True``, none with ``False``.  With none, the site writes its languages one
    after the other too."""
    setting = settings.get("DIPLOMACY_PARALLEL", DEFAULTS["DIPLOMACY_PARALLEL"])
    if not setting or not hasattr(os, "fork"):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if setting == "auto":
        return cores if cores > 1 else 0
    return max(2, cores)
