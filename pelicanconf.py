"""Pelican settings for the city-diplomacy archive (development build).

Pelican's own article, index, tag, category, author and archive pages are
switched off: the diplomacy plugin writes every page in both languages from
one model of the archive (see plugins/diplomacy/settings.py for its settings).
"""

import os

AUTHOR = "City Diplomacy Archive"
SITENAME = "City Diplomacy Archive"
SITEURL = os.environ.get("SITEURL", "").rstrip("/")

PATH = "content"
ARTICLE_PATHS = ["captures", "articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
OUTPUT_PATH = "output"

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE = None

THEME = "themes/diplomacy"

PLUGINS = ["diplomacy"]  # plugins/diplomacy, installed as a package by the Makefile

# One article per file, identified by its slug; translations are linked by
# the 'Translations:' metadata, not by sharing a slug.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
SLUGIFY_SOURCE = "title"

# The plugin writes the pages; Pelican's own outputs are off.
ARTICLE_URL = "en/articles/{slug}/"
ARTICLE_SAVE_AS = ""
ARTICLE_LANG_URL = "{lang}/articles/{slug}/"
ARTICLE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
PAGE_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
TAG_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
INDEX_SAVE_AS = ""
DIRECT_TEMPLATES: list[str] = []
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = 20
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/{number}/", "{base_name}/{number}/index.html"),
)

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
# when the cache is on: a plain pickle loads and saves several times faster than a gzipped one
GZIP_CACHE = False
# a deleted article must disappear: the output holds only what this build produced
# (an existing folder is updated in place and pruned: plugins/diplomacy/output.py)
DELETE_OUTPUT_DIRECTORY = True

RELATIVE_URLS = False

# Everything from content is escaped unless it is our own HTML (marked safe).
# auto_reload off: templates do not change during a build, so Jinja need not stat them per page
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True, "auto_reload": False}
