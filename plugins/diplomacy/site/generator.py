"""The archive's generator: every page of both languages and the data files.

It runs after Pelican's article generator (so the tagged articles are in the
context), builds one :class:`~.model.Archive`, and writes each page type in
one small method per type, once per language, with Pelican's writer.
"""

from __future__ import annotations

import gc
import json
import logging
import os
from collections import ChainMap, defaultdict
from collections.abc import Hashable
from functools import partial
from itertools import chain, groupby
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from pelican.paginator import Paginator

from ..archive.model import Archive, build_archive
from ..archive.versions import newest_versions
from ..places.gazetteer import Gazetteer
from ..reading import prefetch
from ..reading.annotate import display_path
from ..reading.readers import META_SUFFIX
from ..settings import cache_folder, code_fingerprint
from . import i18n, output, search, structured, unchanged
from .data import archive_data
from .feeds import atom_feed, sitemap
from .labels import kind_label, role_label
from .mapsvg import LayoutHandover, render_map
from .urls import Urls

logger = logging.getLogger(__name__)

FEED_LENGTH = 50  # entries per Atom feed, newest first


class BuildStopped(SystemExit):
    """Stops the build after every problem was reported (no traceback)."""


class DiplomacyGenerator(Generator):
    output: output.Output  # this build's writer (the plugin makes a subclass per run that sets it)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = Urls(self.settings)
        self.languages: tuple[str, ...] = tuple(self.settings["DIPLOMACY_LANGUAGES"])
        translations = self.settings.get("DIPLOMACY_TRANSLATIONS") or Path(self.theme) / "translations"
        i18n.configure(Path(translations), self.languages, self.settings["DIPLOMACY_LOCALES"])
        self.env.add_extension("jinja2.ext.i18n")
        templates = cache_folder("jinja")
        try:  # compiled templates are kept between builds (keyed on each template's source)
            templates.mkdir(parents=True, exist_ok=True)
            self.env.bytecode_cache = FileSystemBytecodeCache(str(templates))
        except OSError:
            pass
        self.env.install_gettext_callables(i18n.gettext_, i18n.ngettext, newstyle=True)
        # the same semantics, without the per-call overhead of Jinja's wrappers (12 calls per page)
        self.env.globals.update(_=i18n.template_gettext, gettext=i18n.template_gettext, ngettext=i18n.template_ngettext)
        self.env.filters.update(
            date=i18n.format_date,
            language_name=lambda code: i18n.language_name(code, i18n.current_lang()),
            language_name_in=i18n.language_name,
            country_name=lambda code: i18n.country_name(code, i18n.current_lang()),
            place_name=self._place_name,
        )
        self.env.globals.update(
            url_for=self._url_for,
            place_name=self._place_name,
            kind_label=kind_label,
            role_label=role_label,
            jsonld=self._jsonld,
            fragment=self._fragment,
            lang_badge=partial(self._fragment, "lang_badge"),
            place_link=partial(self._fragment, "place_link"),
            place_link_both=partial(self._fragment, "place_link_both"),
            pair_link=partial(self._fragment, "pair_link"),
            person_line=self._person_line,
            article_list=self._article_list,
            meeting_list=self._meeting_list,
        )
        self.archive: Archive | None = None
        self._collections: dict[str, Any] = {}
        self._macros: dict[str, Any] = {}  # language → the module of macros.html
        self._memo: dict[tuple[Hashable, ...], Markup] = {}
        self._feed_entries: dict[str, dict[str, str]] = {}  # language → article id → Atom entry
        self._base_context: dict[str, dict[str, Any]] = {}  # language → template globals and Pelican's context

    # -- pieces shown on many pages, rendered once per language ----------------
    def _fragment(self, name: str, *args: Hashable) -> Markup:
        """The macro ``name`` of macros.html for ``args``, rendered once per language and reused.

        A place link, a list item of an article or the navigation appear on
        hundreds of pages; their markup depends only on the language and the
        arguments, so each is rendered the first time and looked up after.
        """
        lang = i18n.current_lang()
        key = (lang, name, *args)
        html = self._memo.get(key)
        if html is None:
            html = self._memo[key] = Markup(getattr(self._macro_module(lang), name)(*args))
        return html

    def _macro_module(self, lang: str) -> Any:
        macros = self._macros.get(lang)
        if macros is None:
            macros = self._macros[lang] = self.get_template("macros").make_module({**self.context, "lang": lang})
        return macros

    def _person_line(self, person: dict[str, Any]) -> Markup:
        """A principal or attendee, keyed on what the line shows (the same person in the same role recurs
        in many reports)."""
        lang = i18n.current_lang()
        worded = person.get("roles_by_lang")
        key = (
            lang,
            "person_line",
            *(person.get(field) for field in ("id", "name", "role", "role_key", "place", "lang")),
            tuple(sorted(worded.items())) if worded else (),
        )
        html = self._memo.get(key)
        if html is None:
            html = self._memo[key] = Markup(self._macro_module(lang).person_line(person))
        return html

    def _article_list(self, nodes: list[Any]) -> Markup:
        items = [self._fragment("article_item", node.id) for node in nodes]
        return Markup('<ul class="items">\n' + "".join(item + "\n" for item in items) + "</ul>")

    def _meeting_list(self, meetings: list[Any], exclude: str | None = None) -> Markup:
        items = [self._fragment("meeting_item", meeting.id, exclude) for meeting in meetings]
        return Markup('<ul class="items">' + "".join(items) + "</ul>")

    # -- helpers available in templates ------------------------------------
    def _url_for(self, kind: str, id: str = "", lang: str | None = None) -> str | None:
        """Absolute link to a page, or None when that page is not written."""
        if id and not self._exists(kind, id):
            return None
        return self._absolute(self.urls.url(kind, lang or i18n.current_lang(), id))

    def _jsonld(self, kind: str, node: Any) -> Any:
        lang = i18n.current_lang()
        if kind == "article":
            meeting = self._url_for("meeting", node.meeting) if node.meeting else None
            return structured.script(structured.article(node, self._url_for("article", node.id), meeting))
        if kind == "meeting":
            data = structured.meeting(
                node, self.archive, lang, self._url_for("meeting", node.id), role_label, self._url_for_place
            )
            return structured.script(data)
        if kind == "place":
            return structured.script(structured.place(node.place, lang, self._url_for("place", node.id)))
        return ""

    def _url_for_place(self, place_id: str) -> str | None:
        return self._url_for("place", place_id)

    def _exists(self, kind: str, id: str) -> bool:
        collection = self._collections.get(kind)
        return collection is None or id in collection

    def _place_name(self, place_id: str, lang: str | None = None) -> str:
        place = self.archive.gazetteer.get(place_id) if self.archive else None
        return place.name(lang or i18n.current_lang()) if place else place_id

    # -- phase 1 ------------------------------------------------------------
    def generate_context(self) -> None:
        self._warn_orphan_metadata()
        self._stop_on_failed_sources()
        gazetteer = Gazetteer.load(self.settings.get("DIPLOMACY_GAZETTEER"))
        articles = newest_versions(list(self.context.get("articles", [])))
        self._check_unique_slugs(articles)
        self.archive = build_archive(articles, gazetteer)
        archive = self.archive
        self._collections = {  # what has a page, for links (built once: links are many)
            "place": archive.places,
            "pair": archive.pairs,
            "meeting": archive.meetings,
            "person": archive.people,
            "article": archive.by_id,
            "year": {str(year) for year in archive.years},
        }
        self._update_context(("archive",))
        self.context["archive"] = self.archive

    def _warn_orphan_metadata(self) -> None:
        stems: set[tuple[Path, str]] = set()  # every (folder, stem) that has a file other than metadata
        sides = []
        for path in Path(self.path).rglob("*"):
            if path.suffix == META_SUFFIX:
                sides.append(path)
            else:
                stems.add((path.parent, path.stem))
        for side in sorted(sides):
            if (side.parent, side.stem) not in stems:
                logger.warning(
                    "%s: metadata file without a capture beside it (expected %s); rename it to match "
                    "its capture or delete it",
                    display_path(side),
                    side.with_suffix(".txt").name,
                )

    def _stop_on_failed_sources(self) -> None:
        failed = sorted(p for p, v in self.context.get("generated_content", {}).items() if v is None)
        if not failed:
            return
        message = "The build stopped: %d content file(s) could not be read (see the messages above): %s"
        logger.critical(message, len(failed), ", ".join(failed))
        if self.settings.get("DEBUG"):
            raise RuntimeError(message % (len(failed), ", ".join(failed)))
        raise BuildStopped(1)

    def _check_unique_slugs(self, articles: list[Any]) -> None:
        seen: dict[str, str] = {}
        clashes = []
        for article in articles:
            if article.slug in seen:
                clashes.append((article.slug, seen[article.slug], article.source_path))
            seen.setdefault(article.slug, article.source_path)
        for slug, first, second in clashes:
            logger.critical(
                "%s: has the same slug '%s' as %s, so one would overwrite the other. "
                "Fix: give one of them its own 'Slug: …' in its metadata",
                second,
                slug,
                first,
            )
        if clashes:
            raise BuildStopped(1)

    # -- phase 2 ------------------------------------------------------------
    def generate_output(self, writer: Any) -> None:
        """Every page of every language, written by this generator (Pelican's writer is not used)."""
        del writer
        assert self.archive is not None
        self._build_key = unchanged.build_key(self.settings, self.theme, code_fingerprint(self.settings))
        self._announce = output.others_listen_for_written_files()
        self._sitemap: list[dict[str, str]] = []
        self._write_root()
        first, *others = self.languages
        here = [partial(self._write_language, first), self._write_sitemap]
        there = [*(partial(self._write_language, lang) for lang in others), self._copy_captures]
        # The model lives until the end of the build: the garbage collector need not go through it
        # again for every page (and, after the fork, a child that did would copy all its memory).
        gc.freeze()
        try:
            if others and self._parallel():
                self._write_in_parallel(here, [(there, "/".join(others) + " pages"), ([self._write_data], "data")])
            else:
                for job in [*here, *there, self._write_data]:
                    job()
        finally:
            gc.unfreeze()

    def _write_in_parallel(self, here: list[Any], elsewhere: list[tuple[list[Any], str]]) -> None:
        """Run the jobs ``here`` in this process and each group of ``elsewhere`` in a forked child.

        Both languages are rendered from the same model: a child writes the other languages'
        pages (and the captures) while this process writes the first's; another writes the data
        files, so that the end of the build does not wait for them in one process.
        """
        # The map's layout is the same in every language: the last child computes it first and
        # hands it to the others, who need it only halfway through their pages.
        layout = None
        if self.archive.places and self.urls.enabled("places"):
            layout = LayoutHandover(self.archive, receivers=len(elsewhere))
            elsewhere[-1][0].insert(0, layout.send)
        children = []
        for number, (jobs, what) in enumerate(elsewhere):
            handover = self.output.hand_over_file()
            child = os.fork()
            if child == 0:
                status = 1
                try:
                    if layout is not None and number < len(elsewhere) - 1:
                        layout.expect(number + 1)
                    for job in jobs:
                        job()
                    self.output.hand_over(handover)
                    status = 0
                except BaseException:
                    logger.exception("Writing the %s failed", what)
                finally:
                    os._exit(status)
            children.append((child, handover, what))
        try:
            if layout is not None:
                layout.expect(0)
            for job in here:
                job()
        finally:
            failed = []
            for child, handover, what in children:
                _pid, status = os.waitpid(child, 0)
                if os.waitstatus_to_exitcode(status) == 0:
                    self.output.take_over(handover)
                else:
                    Path(handover).unlink(missing_ok=True)
                    failed.append(what)
            if layout is not None:
                layout.close()
        if failed:
            raise RuntimeError(f"writing the {' and the '.join(failed)} failed (see the messages above)")

    def _parallel(self) -> bool:
        """The same reading of ``DIPLOMACY_PARALLEL`` as for reading (prefetch.workers)."""
        return prefetch.workers(self.settings) > 0

    def _write_language(self, lang: str) -> None:
        with i18n.rendering(lang):
            self._write_home(lang)
            self._write_archive(lang)
            self._write_articles(lang)
            self._write_places(lang)
            self._write_pairs(lang)
            self._write_meetings(lang)
            self._write_people(lang)
            self._page("search", lang, "search", sitemap=False)
            self._page("notfound", lang, "404", sitemap=False)
            if self.urls.enabled("search"):
                search.build_index(self.archive, lang, self._url_for, self.output)

    def _absolute(self, url: str | None) -> str | None:
        return None if url is None else f"{self.settings['SITEURL']}/{url}"

    def _page(
        self,
        kind: str,
        lang: str,
        template: str,
        id: str = "",
        *,
        sitemap: bool = True,
        feed: list[Any] | None = None,
        unchanged: bool = False,
        **context: Any,
    ) -> None:
        """Write one page; ``feed`` (articles) also writes the Atom feed beside it.

        ``unchanged``: the page's inputs are those of the last build into this folder (unchanged.py),
        so the file there is kept when it exists.
        """
        save_as = self.urls.save_as(kind, lang, id)
        if not save_as:
            return
        url = self.urls.url(kind, lang, id)
        page_urls = {other: self._url_for(kind, id, other) for other in self.languages}
        if sitemap and lang == self.languages[0]:
            self._sitemap.append({k: v for k, v in page_urls.items() if v})
        if unchanged:
            path = os.path.join(self.output_path, save_as)
            if os.path.exists(path):
                self.output.record(path)
                return
        feed_url = self._write_feed(url, lang, feed, context.get("feed_title", "")) if feed is not None else None
        page = {
            "url": url,
            "lang": lang,
            "page_urls": page_urls,
            "other_urls": [(code, href) for code, href in page_urls.items() if code != lang],
            "page_kind": kind,
            "template_name": template,
            "feed_url": feed_url,
            **context,
        }
        if "paginated" in context:
            self._write_paginated(save_as, url, self.get_template(template), page)
        else:
            self._write_page(save_as, self.get_template(template), page)

    def _write_paginated(self, save_as: str, url: str, template: Any, page: dict[str, Any]) -> None:
        """A list split into pages as Pelican's writer splits it (same Paginator, same names, same URLs)."""
        ((key, items),) = page.pop("paginated").items()
        per_page = (
            self.settings["PAGINATED_TEMPLATES"].get(page["template_name"]) or self.settings["DEFAULT_PAGINATION"]
        )
        paginator = Paginator(save_as, url, items, self.settings, per_page)
        pages = [paginator.page(number) for number in range(1, paginator.num_pages + 1)]
        for index, current in enumerate(pages):
            variables = {
                **page,
                f"{key}_paginator": paginator,
                f"{key}_page": current,
                f"{key}_previous_page": pages[index - 1] if index else None,
                f"{key}_next_page": pages[index + 1] if index + 1 < len(pages) else None,
            }
            self._write_page(current.save_as, template, variables)

    def _write_page(self, save_as: str, template: Any, page: dict[str, Any]) -> None:
        """Render and write one page: what Pelican's writer does, leaner.

        The template sees the page's variables over one context per language (settings, content
        and the template globals, merged once) instead of two fresh copies of it per page.
        """
        lang = page["lang"]
        base = self._base_context.get(lang)
        if base is None:
            base = self._base_context[lang] = {**self.env.globals, **self.context}
        variables = ChainMap(page, base)
        try:
            html = "".join(template.root_render_func(template.new_context(variables, shared=True)))
        except Exception:
            self.env.handle_exception()
        path = os.path.join(self.output_path, save_as)
        self.output.write(path, html)  # recorded there as this build's file
        if self._announce:
            signals.content_written.send(path, context=variables)

    def _write_feed(self, url: str, lang: str, articles: list[Any], title: str) -> str | None:
        """Write the Atom feed of the page at ``url`` (``…/atom.xml`` beside it); return its URL."""
        if not self.settings["DIPLOMACY_FEEDS"]:
            return None
        path = url.rsplit("/", 1)[0] + "/atom.xml"
        page_url = self._absolute(url)
        feed_url = self._absolute(path)
        sitename = i18n.translate("City Diplomacy Archive", lang)
        data = atom_feed(
            feed_id=f"tag:{self.settings['DIPLOMACY_TAG_AUTHORITY']}:{path}",
            authority=self.settings["DIPLOMACY_TAG_AUTHORITY"],
            title=f"{title} · {sitename}" if title else sitename,
            lang=lang,
            self_url=feed_url,
            page_url=page_url,
            articles=articles,
            url_of=lambda node: self._url_for("article", node.id, lang),
            author=sitename,
            limit=FEED_LENGTH,
            entries=self._feed_entries.setdefault(lang, {}),
        )
        self.output.write(Path(self.output_path) / path, data)
        return feed_url

    def _write_root(self) -> None:
        homes = {lang: self._url_for("index", "", lang) for lang in self.languages}
        for setting, template in (("DIPLOMACY_ROOT_SAVE_AS", "root"), ("DIPLOMACY_ROOT_404_SAVE_AS", "root_404")):
            save_as = self.settings.get(setting)
            if save_as:
                page = {"url": "", "lang": self.settings["DIPLOMACY_DEFAULT_LANG"], "homes": homes}
                self._write_page(save_as, self.get_template(template), page)

    def _write_home(self, lang: str) -> None:
        archive = self.archive
        self._page(
            "index",
            lang,
            "home",
            feed=archive.articles,
            paginated={"articles": archive.articles},
            meetings=list(archive.meetings.values())[-5:][::-1],
        )

    def _write_archive(self, lang: str) -> None:
        years = self.archive.years
        self._page("archive", lang, "archive", years=years)
        for year, items in years.items():
            self._page("year", lang, "year", str(year), year=year, paginated={"articles": items})

    def _write_articles(self, lang: str) -> None:
        before = unchanged.load(self.output_path, lang) if self.output.in_place else {}
        keys: dict[str, str] = {}
        for node in self.archive.articles:
            key = unchanged.article_key(self._build_key, node, self.archive)
            save_as = self.urls.save_as("article", lang, node.id)
            keys[save_as] = key
            self._page("article", lang, "article_page", node.id, node=node, unchanged=before.get(save_as) == key)
        unchanged.save(self.output_path, lang, keys)

    def _write_places(self, lang: str) -> None:
        archive = self.archive
        for node in archive.places.values():
            self._page("place", lang, "place", node.id, node=node, feed=node.articles, feed_title=node.place.name(lang))
        by_country: dict[str, list[Any]] = defaultdict(list)
        for node in archive.places.values():
            by_country[node.place.country].append(node)
        groups = sorted(
            (
                (i18n.country_name(code, lang), sorted(nodes, key=lambda n: n.place.name(lang)))
                for code, nodes in by_country.items()
            ),
            key=lambda group: group[0],
        )
        svg = Markup(render_map(archive, self._url_for_place, self._place_name))
        self._page("places", lang, "places", groups=groups, map_svg=svg)

    def _write_pairs(self, lang: str) -> None:
        for node in self.archive.pairs.values():
            title = " – ".join(self._place_name(pid, lang) for pid in node.places)
            self._page("pair", lang, "pair", node.id, node=node, feed=node.articles, feed_title=title)
        self._page("pairs", lang, "pairs", pairs=list(self.archive.pairs.values()))

    def _write_meetings(self, lang: str) -> None:
        meetings = self.archive.meetings
        for node in meetings.values():
            self._page("meeting", lang, "meeting", node.id, node=node, meetings=meetings)
        ordered = sorted(meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
        years = [(year, list(items)) for year, items in groupby(ordered, key=lambda m: m.date.year)]
        self._page("meetings", lang, "meetings", years=years)

    def _write_people(self, lang: str) -> None:
        for node in self.archive.people.values():
            self._page("person", lang, "person", node.id, node=node)
        self._page("people", lang, "people", people=list(self.archive.people.values()))

    # -- files beside the pages ---------------------------------------------
    def _copy_captures(self) -> None:
        for node in self.archive.articles:
            older = [v for v in node.content.metadata.get("versions", []) if not v["shown"]]
            for filename, source in [(node.capture, node.content.source_path)] + [
                (v["capture"], v["source_path"]) for v in older
            ]:
                url = self.urls.capture(filename)
                if url:
                    self.output.write(Path(self.output_path) / url, Path(source).read_bytes())

    def _write_sitemap(self) -> None:
        if not self.settings["DIPLOMACY_SITEMAP"]:
            return
        root = Path(self.output_path)
        entries = sorted(self._sitemap, key=lambda urls: sorted(urls.values()))
        self.output.write(root / "sitemap.xml", sitemap(entries, self.settings["DIPLOMACY_DEFAULT_LANG"]))
        robots = f"User-agent: *\nAllow: /\n\nSitemap: {self.settings['SITEURL']}/sitemap.xml\n"
        self.output.write(root / "robots.txt", robots)

    def _write_data(self) -> None:
        folder = Path(self.output_path) / self.settings["DIPLOMACY_DATA_DIR"]
        encoder = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=False)
        for name, payload in archive_data(self.archive, self.urls):
            self.output.write_chunks(folder / f"{name}.json", chain(encoder.iterencode(payload), ["\n"]))
