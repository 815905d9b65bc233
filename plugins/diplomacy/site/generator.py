"""The archive's generator: every page of both languages and the data files.

It runs after Pelican's article generator (so the tagged articles are in the
context), builds one :class:`~.model.Archive`, and writes each page type in
one small method per type, once per language (pages.py), through the build's
one writer (output.py); templating.py holds what the templates see, checks.py
the checks of the content as a whole, parallel.py the forked writers.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Hashable
from functools import partial
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican.generators import Generator

from ..archive.model import Archive, build_archive
from ..archive.versions import newest_versions
from ..places.gazetteer import Gazetteer
from ..settings import code_fingerprint, parallel_workers
from . import capturepage, checks, data, i18n, output, replay, search, unchanged
from .data import archive_data
from .dataschema import ITEMS, LICENSE, TABLES
from .feeds import sitemaps
from .mapbase import LAND_FILE, land_svg
from .mapsvg import LayoutHandover, prepare_partner_maps
from .pages import PageWriters
from .parallel import write_in_parallel
from .templating import Templating
from .urls import Urls

logger = logging.getLogger(__name__)


class DiplomacyGenerator(PageWriters, Templating, Generator):
    output: output.Output  # this build's writer (the plugin makes a subclass per run that sets it)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = Urls(self.settings)
        self.languages: tuple[str, ...] = tuple(self.settings["DIPLOMACY_LANGUAGES"])
        self._setup_templates()
        self.archive: Archive | None = None
        self._collections: dict[str, Any] = {}
        self._macros: dict[str, Any] = {}  # language → the module of macros.html
        self._memo: dict[tuple[Hashable, ...], Markup] = {}
        self._feed_entries: dict[str, dict[str, str]] = {}  # language → article id → Atom entry
        self._base_context: dict[str, dict[str, Any]] = {}  # language → template globals and Pelican's context
        self._accuracy: Any = None  # the methods page's figures (methods.load_accuracy), read once

    def generate_context(self) -> None:
        checks.warn_orphan_metadata(self.path)
        strict, debug = bool(self.settings["DIPLOMACY_STRICT"]), bool(self.settings.get("DEBUG"))
        checks.report_left_out(self.context, strict=strict, debug=debug)
        gazetteer = Gazetteer.load(self.settings.get("DIPLOMACY_GAZETTEER"))
        articles = newest_versions(list(self.context.get("articles", [])))
        checks.distinct_slugs(articles)
        checks.warn_implausible(articles)
        self.archive = build_archive(articles, gazetteer)
        archive = self.archive
        self.replays = replay.find_replays(archive.articles, Path(self.path), self.settings)
        self._collections = {
            "original": self.replays,  # what has a page, for links (built once: links are many)
            "place": archive.places,
            "pair": archive.pairs,
            "pairs_country": {code.lower() for pair in archive.pairs.values() for code in pair.countries(gazetteer)},
            "meeting": archive.meetings,
            "person": archive.people,
            "article": archive.by_id,
            "capture_page": {node.id for node in archive.articles if capturepage.has_page(node)},
            "year": {str(year) for year in archive.years},
        }
        self._update_context(("archive",))
        self.context["archive"] = self.archive

    def generate_output(self, writer: Any) -> None:
        """Every page of every language, written by this generator (Pelican's writer is not used)."""
        del writer
        assert self.archive is not None
        self._build_key = unchanged.build_key(self.settings, self.theme, code_fingerprint(self.settings))
        self._announce = output.others_listen_for_written_files()
        self._sitemap: list[dict[str, str]] = []
        self._write_root()
        first, *others = self.languages
        here = [partial(self._write_language, first), self._write_sitemap, self._write_land]
        if self.settings["DIPLOMACY_REVIEW"]:
            here.append(self._write_review)  # `make review`: for the editor's machine, never published
        there = [*(partial(self._write_language, lang) for lang in others), self._copy_captures, self._copy_replays]
        # The model lives until the end of the build: the garbage collector need not go through it
        # again for every page (and, after the fork, a child that did would copy all its memory).
        gc.freeze()
        try:
            if others and self._parallel():
                elsewhere = [(there, "/".join(others) + " pages"), ([self._write_data], "data")]
                layout = None
                if self.archive.places and self.urls.enabled("places"):
                    layout = LayoutHandover(self.archive, receivers=len(elsewhere))
                prepare_partner_maps(self.archive)  # once for both languages, not once in each writer
                write_in_parallel(self.output, here, elsewhere, layout)
            else:
                for job in [*here, *there, self._write_data]:
                    job()
        finally:
            gc.unfreeze()

    def _parallel(self) -> bool:
        """The same reading of ``DIPLOMACY_PARALLEL`` as for reading (settings.parallel_workers)."""
        return parallel_workers(self.settings) > 0

    def _write_language(self, lang: str) -> None:
        with self.catalogs.rendering(lang):
            self._write_home(lang)
            self._write_archive(lang)
            self._write_articles(lang)
            self._write_originals(lang)
            self._write_captures(lang)
            self._write_places(lang)
            self._write_pairs(lang)
            self._write_meetings(lang)
            self._write_people(lang)
            self._page("data", lang, "data", tables=TABLES, items_table=ITEMS, license=LICENSE)
            self._write_methods(lang)
            self._page("search", lang, "search", sitemap=False)
            self._page("notfound", lang, "404", sitemap=False)
            if self.urls.enabled("search"):
                search.build_index(self.archive, lang, self._link_for, self.output)

    def _copy_captures(self) -> None:
        """Publish every capture unchanged, at its path under the captures folder (subfolders kept)."""
        copied: dict[str, str] = {}  # where → which capture
        for node in self.archive.articles:
            older = [v for v in node.content.metadata.get("versions", []) if not v["shown"]]
            for filename, source in [(node.capture, node.content.source_path)] + [
                (v["capture"], v["source_path"]) for v in older
            ]:
                url = self.urls.capture(filename)
                if not url:
                    continue
                if url in copied and copied[url] != source:
                    logger.warning(
                        "%s: published at /%s like %s; only the first is published there. "
                        "Fix: rename one of the two files",
                        source,
                        url,
                        copied[url],
                    )
                    continue
                copied[url] = source
                self.output.write(Path(self.output_path) / url, Path(source).read_bytes())

    def _copy_replays(self) -> None:
        """Publish the WACZ of every replay page, and the viewer's files once."""
        viewer = replay.viewer_folder(self.settings)
        if not self.replays or viewer is None:
            return
        root = Path(self.output_path)
        for name in replay.VIEWER_FILES:
            self.output.write(root / self.settings["DIPLOMACY_REPLAY_URL"] / name, (viewer / name).read_bytes())
        for item in self.replays.values():
            self.output.write(
                root / self.settings["DIPLOMACY_RECORDS_URL"].format(filename=item.wacz.name), item.wacz.read_bytes()
            )

    def _write_land(self) -> None:
        """The country outlines every map refers to (mapbase.land_svg), once, beside the theme's files."""
        if self.archive.places and (self.urls.enabled("places") or self.urls.enabled("place")):
            folder = Path(self.output_path) / self.settings["THEME_STATIC_DIR"]
            self.output.write(folder / LAND_FILE, land_svg())

    def _write_sitemap(self) -> None:
        """The sitemap index and its sitemap files (at most DIPLOMACY_SITEMAP_MAX_URLS URLs each), robots.txt."""
        if not self.settings["DIPLOMACY_SITEMAP"]:
            return
        entries = sorted(self._sitemap, key=lambda urls: sorted(urls.values()))
        site_url = self.settings["SITEURL"]
        limit = int(self.settings["DIPLOMACY_SITEMAP_MAX_URLS"])
        for name, text in sitemaps(entries, site_url, limit):
            self.output.write(name, text)
        self.output.write("robots.txt", f"User-agent: *\nAllow: /\n\nSitemap: {site_url}/sitemap.xml\n")

    def _write_data(self) -> None:
        """The data files (data.py): each table as JSON and CSV, a file per page, the data package."""
        folder = Path(self.output_path) / self.settings["DIPLOMACY_DATA_DIR"]
        languages = self.languages
        for name, payload in archive_data(self.archive, self.urls):
            self.output.write_chunks(folder / f"{name}.json", data.table_chunks(payload))
            self.output.write(folder / f"{name}.csv", data.to_csv(name, payload, languages))
        for table, id, record in data.page_data(self.archive, self.urls):
            self.output.write(folder / table / f"{id}.json", data.dump(record))
        for table, id, rows in data.page_items(self.archive, self.urls):
            self.output.write(folder / table / f"{id}.csv", data.to_csv("items", rows, languages))
        title = i18n.translate("City Diplomacy Archive", self.settings["DIPLOMACY_DEFAULT_LANG"])
        package = data.datapackage(languages, self.settings["SITEURL"], title)
        self.output.write(folder / "datapackage.json", data.dump(package))
