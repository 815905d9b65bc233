"""One small method per page type, once per language, and the page writer beneath them (what Pelican's
writer does, leaner). A part of :class:`DiplomacyGenerator`."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from itertools import groupby
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican import signals
from pelican.paginator import Paginator

from ..places.names import fold
from . import capturepage, cite, i18n, pairindex, review, unchanged
from .feeds import atom_feed
from .mapbase import LAND_FILE
from .mapsvg import render_map, render_partner_map
from .methods import FIELDS, SETS, load_accuracy


class PageWriters:
    """Page writers of the generator (a mixin: ``self`` is the :class:`DiplomacyGenerator`)."""

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
    ) -> str | None:
        """Write one page; ``feed`` (articles) also writes the Atom feed beside it. Return the page's HTML
        (None for a paginated list, a page switched off or kept).

        ``unchanged``: the page's inputs are those of the last build into this folder and its file there
        is the one that build wrote (unchanged.py), so it is kept.
        """
        save_as = self.urls.save_as(kind, lang, id)
        if not save_as:
            return None
        url = self.urls.url(kind, lang, id)
        page_urls = {other: self._url_for(kind, id, other) for other in self.languages}
        if sitemap and lang == self.languages[0]:
            self._sitemap.append({k: v for k, v in page_urls.items() if v})
        if unchanged:
            self.output.record(save_as)
            return None
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
            return None
        return self._write_page(save_as, self.get_template(template), page)

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

    def _write_page(self, save_as: str, template: Any, page: dict[str, Any]) -> str:
        """Render and write one page (and return its HTML): what Pelican's writer does, leaner.

        The template sees the page's variables over one context per language (settings, content
        and the template globals, merged once) instead of two fresh copies of it per page. The page's
        variables are laid over a copy of it in one plain dict, not a ChainMap: the template looks up
        hundreds of names per page, and a ChainMap's lookup runs in Python, a dict's does not.
        """
        lang = page["lang"]
        base = self._base_context.get(lang)
        if base is None:
            base = self._base_context[lang] = {**self.env.globals, **self.context}
        variables = {**base, **page}
        try:
            html = "".join(template.root_render_func(template.new_context(variables, shared=True)))
        except Exception:
            self.env.handle_exception()
        path = os.path.join(self.output_path, save_as)
        self.output.write(path, html)  # recorded there as this build's file
        if self._announce:
            signals.content_written.send(path, context=variables)
        return html

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
            limit=self.settings["DIPLOMACY_FEED_LENGTH"],
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
            all_meetings=list(archive.meetings.values()),
        )

    def _write_archive(self, lang: str) -> None:
        years = self.archive.years
        self._page("archive", lang, "archive", years=years)
        for year, items in years.items():
            self._page("year", lang, "year", str(year), year=year, paginated={"articles": items})

    def _write_articles(self, lang: str) -> None:
        cache = self.settings["CACHE_PATH"]
        before = unchanged.load(cache, self.output_path, lang) if self.output.in_place else {}
        record: dict[str, dict[str, Any]] = {}
        for node in self.archive.articles:
            original = "+original" if node.id in self.replays else ""  # the page links its replay page
            key = unchanged.article_key(self._build_key + original, node, self.archive)
            save_as = self.urls.save_as("article", lang, node.id)
            if not save_as:
                continue
            old = before.get(save_as)
            keep = old is not None and old.get("key") == key and unchanged.on_disk(self.output.path(save_as), old)
            if lang == self._cite_lang("article", node.id):  # the citation files: once per article
                files = self._cite_files("article", node.id)
                if keep and all(os.path.exists(self.output.path(path)) for path in files.values()):
                    # the citation depends on nothing the page's key does not: its files are kept with the page
                    for path in files.values():
                        self.output.record(path)
                else:
                    self._write_citation("article", lang, node)
            cited = None if keep else self._citation("article", node, lang)
            html = self._page("article", lang, "article_page", node.id, node=node, unchanged=keep, cited=cited)
            if keep:
                record[save_as] = old
            elif html is not None:
                record[save_as] = {"key": key, **unchanged.stamp(html.encode("utf-8"))}
        unchanged.save(cache, self.output_path, lang, record)

    def _write_originals(self, lang: str) -> None:
        """The replay page of every article captured with its WACZ (site/replay.py)."""
        viewer = f"{self.settings['SITEURL']}/{self.settings['DIPLOMACY_REPLAY_URL']}"
        for article_id, item in self.replays.items():
            node = self.archive.by_id[article_id]
            self._page("original", lang, "original", article_id, sitemap=False, node=node, replay=item, viewer=viewer)

    def _write_captures(self, lang: str) -> None:
        """The page of each article's original text capture (the text as captured, in the site's layout)."""
        if not self.urls.enabled("capture_page"):
            return
        for node in self.archive.articles:
            if capturepage.has_page(node):
                view = capturepage.capture_view(node)
                if view is not None:
                    self._page("capture_page", lang, "capture", node.id, node=node, capture=view)

    def _write_places(self, lang: str) -> None:
        archive = self.archive
        land = f"{self._site_path()}/{self.settings['THEME_STATIC_DIR']}/{LAND_FILE}"
        for node in archive.places.values():
            partner_map = Markup(render_partner_map(node, archive, self._link_for_place, self._place_name, land))
            self._page(
                "place",
                lang,
                "place",
                node.id,
                node=node,
                feed=node.articles,
                feed_title=node.place.name(lang),
                partner_map=partner_map,
            )
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
        svg = Markup(render_map(archive, self._link_for_place, self._place_name, land))
        self._page("places", lang, "places", groups=groups, map_svg=svg)

    def _write_pairs(self, lang: str) -> None:
        archive = self.archive
        titles = {}
        for node in archive.pairs.values():
            title = titles[node.id] = " – ".join(self._place_name(pid, lang) for pid in node.places)
            self._page("pair", lang, "pair", node.id, node=node, feed=node.articles, feed_title=title)
        # the index: by name, by year, and per country (each sorted by year)
        ordered = sorted(archive.pairs.values(), key=lambda pair: (fold(titles[pair.id]), pair.id))
        countries = pairindex.by_country(ordered, lambda pair: pair.countries(archive.gazetteer))
        views = sorted(
            ((code, i18n.country_name(code, lang), len(items)) for code, items in countries.items()),
            key=lambda view: fold(view[1]),
        )
        common = {"countries": views, "formal": sum(1 for pair in ordered if pair.partnership)}
        self._page("pairs", lang, "pairs", pairs=ordered, view="name", **common)
        self._page("pairs_by_year", lang, "pairs", groups=pairindex.year_groups(ordered), view="year", **common)
        for code, items in countries.items():
            groups = pairindex.year_groups(items)
            self._page("pairs_country", lang, "pairs", code, groups=groups, view=code, country=code, **common)

    def _write_meetings(self, lang: str) -> None:
        meetings = self.archive.meetings
        for node in meetings.values():
            context = {"node": node, "meetings": meetings, "cited": self._write_citation("meeting", lang, node)}
            self._page("meeting", lang, "meeting", node.id, **context)
        ordered = sorted(meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
        years = [(year, list(items)) for year, items in groupby(ordered, key=lambda m: m.date.year)]
        self._page("meetings", lang, "meetings", years=years)

    def _write_citation(self, kind: str, lang: str, node: Any) -> cite.Citation:
        """The citation files of an article or meeting page in ``lang`` (cite.py; where: ``_cite_files``);
        return the citation for the page's Cite block (which links the files: their texts are not repeated
        on the page)."""
        cited = self._citation(kind, node, lang)
        texts = cite.formats(cited)
        for name, path in self._cite_files(kind, node.id, lang).items():
            self.output.write(os.path.join(self.output_path, path), texts[name])
        return cited

    def _write_people(self, lang: str) -> None:
        for node in self.archive.people.values():
            self._page("person", lang, "person", node.id, node=node)
        self._page("people", lang, "people", people=list(self.archive.people.values()))

    def _write_methods(self, lang: str) -> None:
        """What the archive does with a capture, how the tagger decides, and its measured accuracy."""
        if self._accuracy is None:
            self._accuracy = load_accuracy(self.settings)
        self._page("methods", lang, "methods", accuracy=self._accuracy, field_labels=FIELDS, set_labels=SETS)

    def _write_review(self) -> None:
        """``make review`` only: the articles no editor has checked, in the default language (review.py)."""
        lang = self.settings["DIPLOMACY_DEFAULT_LANG"]
        nodes = review.unchecked(self.archive.articles)
        folder = review.REVIEW_FOLDER
        with self.catalogs.rendering(lang):
            page = {"url": f"{folder}/", "lang": lang, "page_urls": {}, "other_urls": [], "page_kind": "review"}
            blocks = {node.id: (review.metadata_file(node), review.meta_block(node)) for node in nodes}
            self._write_page(
                f"{folder}/index.html", self.get_template("review"), {**page, "nodes": nodes, "blocks": blocks}
            )
        data = json.dumps(review.records(nodes), ensure_ascii=False, indent=1) + "\n"
        self.output.write(Path(self.output_path) / folder / "review.json", data)
