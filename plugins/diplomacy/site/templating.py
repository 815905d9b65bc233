"""What the templates see: the Jinja environment (gettext, filters, globals) and the fragments
that recur on many pages, rendered once per language and reused. A part of :class:`DiplomacyGenerator`."""

from __future__ import annotations

import types
from collections.abc import Hashable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import markupsafe
from jinja2 import FileSystemBytecodeCache, Template
from jinja2.runtime import Context, Macro
from markupsafe import Markup

from ..archive.model import Archive
from ..settings import cache_folder
from . import chart, cite, i18n, structured
from .i18n import N_
from .labels import doubt_label, kind_label, marked, partnership_label, reason_label, role_label
from .urls import Urls

# Fragments kept for reuse (place links, list items, navigation: see _fragment); beyond this many the memo
# starts again, so that memory stays bounded at archive scale (a few hundred thousand items at 50,000 articles).
MEMO_SIZE = 60_000
_PLAIN_CALLABLES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, partial)
_DICT_ATTRIBUTES = frozenset(dir(dict))
# markupsafe's escaping without its Markup wrapper (its C function where markupsafe has one)
_escape_text: Any = getattr(markupsafe, "_escape_inner", None) or (lambda text: str(markupsafe.escape(text)))


def output_escape(value: Any) -> str:
    """What ``{{ value }}`` prints: :func:`markupsafe.escape`'s text, as a plain ``str``.

    Jinja calls ``escape`` on every value a template prints (millions of calls in a build) and only
    joins the results into the page or into a macro's output, which it marks safe as a whole; so the
    :class:`Markup` that ``escape`` wraps around each (a Python-level constructor) is not needed there.

    >>> output_escape("<a href='x'>&</a>"), output_escape(Markup("<b>")), output_escape(3)
    ('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;', Markup('<b>'), '3')
    """
    if type(value) is str:
        return _escape_text(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return _escape_text(str(value))


class OutputTemplate(Template):
    """A template whose printed values are escaped by :func:`output_escape` (the same text as Jinja's).

    The compiled template finds ``escape`` among its module's names, and uses it only on what it prints
    (jinja2.compiler: ``_output_child_pre``); everything else that must be Markup stays Markup.
    """

    @classmethod
    def _from_namespace(cls, environment: Any, namespace: dict[str, Any], globals: Any) -> Any:
        if namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = output_escape
        return super()._from_namespace(environment, namespace, globals)


def attribute_of(environment: Any) -> Any:
    """Jinja's ``Environment.getattr`` (what ``a.b`` in a template does), without an exception for a key
    of a plain dict (``tags.places``, ``entry.source``): a dict has the attributes of its type only, so
    the lookup that would fail first is skipped; the result is Jinja's in every case."""

    def getattr_(obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return environment.undefined(obj=obj, name=attribute)
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return environment.undefined(obj=obj, name=attribute)

    return getattr_


def _plain_macro_call(macro: Macro, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """Does this call of ``macro`` give each argument by position and nothing else (Jinja's own
    ``_block_vars``/``_loop_vars`` aside)?"""
    return (
        len(args) == macro._argument_count
        and not (macro.caller or macro.catch_kwargs or macro.catch_varargs or macro._environment.is_async)
        and all(name in ("_block_vars", "_loop_vars") for name in kwargs)
    )


class PlainCallContext(Context):
    """Jinja's context, with a short way for what templates call most: a function, method or partial
    that takes no context (``_()``, ``url_for``, ``fragment``: hundreds of thousands of calls in a build).

    Jinja's :meth:`Context.call` asks every callable whether it wants the context, the evaluation
    context or the environment; a plain function wants one only when it carries ``jinja_pass_arg``
    (set by ``pass_context`` and its kin), so without it the call is made as Jinja would make it, the
    same arguments and the same Undefined for a ``StopIteration``. A macro called with all its
    arguments by position, no ``caller``, ``varargs`` or ``kwargs`` (``source(entry)`` of the
    how-tagged block: 16 per article page) is run as :meth:`Macro.__call__` would run it, without
    the matching of arguments. Anything else (callable objects, other macro calls) goes Jinja's own way.
    """

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's signature)
        if type(__obj) not in _PLAIN_CALLABLES or hasattr(__obj, "jinja_pass_arg"):
            if type(__obj) is Macro and _plain_macro_call(__obj, args, kwargs):
                try:
                    html = __obj._func(*args)
                except StopIteration:
                    return __self.environment.undefined(
                        "value was undefined because a callable raised a StopIteration exception"
                    )
                return Markup(html) if __self.eval_ctx.autoescape else html
            return super().call(__obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception"
            )


class Templating:
    """Template helpers of the generator (a mixin: ``self`` is the :class:`DiplomacyGenerator`)."""

    archive: Archive | None
    urls: Urls
    languages: tuple[str, ...]
    settings: dict[str, Any]
    context: dict[str, Any]
    env: Any
    theme: str
    _collections: dict[str, Any]
    _macros: dict[str, Any]
    _memo: dict[tuple[Hashable, ...], Markup]

    get_template: Any  # Pelican's Generator.get_template

    def _setup_templates(self) -> None:
        translations = self.settings.get("DIPLOMACY_TRANSLATIONS") or Path(self.theme) / "translations"
        self.catalogs = i18n.Catalogs(Path(translations), self.languages, self.settings["DIPLOMACY_LOCALES"])
        self.env.add_extension("jinja2.ext.i18n")
        self.env.context_class = PlainCallContext
        self.env.template_class = OutputTemplate  # before any template is loaded
        self.env.getattr = attribute_of(self.env)
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
            percent=i18n.format_percent,
            language_name=lambda code: i18n.language_name(code, i18n.current_lang()),
            language_name_in=i18n.language_name,
            country_name=lambda code: i18n.country_name(code, i18n.current_lang()),
            place_name=self._place_name,
        )
        self.env.globals.update(
            url_for=self._link_for,
            SITE_PATH=self._site_path(),
            capture_url=self.urls.capture_link,
            place_name=self._place_name,
            kind_label=kind_label,
            partnership_label=partnership_label,
            role_label=role_label,
            jsonld=self._jsonld,
            fragment=self._fragment,
            lang_badge=partial(self._fragment, "lang_badge"),
            place_link=partial(self._fragment, "place_link"),
            place_link_both=partial(self._fragment, "place_link_both"),
            pair_link=partial(self._fragment, "pair_link"),
            pair_item=partial(self._fragment, "pair_item"),
            pair_status=partial(self._fragment, "pair_status"),
            person_line=self._person_line,
            article_list=self._article_list,
            meeting_list=self._meeting_list,
            data_url=self._data_url,
            cite_files=self._cite_files,
            data_links=partial(self._fragment, "data_links"),
            reason_label=reason_label,
            doubt_label=lambda doubt: doubt_label(doubt, self._place_name),
            marked=marked,
            year_counts=chart.year_counts,
            bar_chart=chart.bar_chart,
            meetings_by_year=chart.meetings_by_year,
            articles_by_year=chart.articles_by_year,
        )

    def _fragment(self, name: str, *args: Hashable) -> Markup:
        """The macro ``name`` of macros.html for ``args``, rendered once per language and reused.

        A place link, a list item of an article or the navigation appear on
        hundreds of pages; their markup depends only on the language and the
        arguments, so each is rendered the first time and looked up after.
        """
        lang = i18n.current_lang()
        return self._memoized((lang, name, *args), lambda: getattr(self._macro_module(lang), name)(*args))

    def _memoized(self, key: tuple[Hashable, ...], render: Any) -> Markup:
        """The fragment of ``key``, rendered by ``render()`` the first time; the memo starts again when it
        holds :data:`MEMO_SIZE` fragments (a bound on memory at archive scale: a fragment is rendered again)."""
        html = self._memo.get(key)
        if html is None:
            if len(self._memo) > MEMO_SIZE:
                self._memo.clear()
            html = self._memo[key] = Markup(render())
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
        return self._memoized(key, lambda: self._macro_module(lang).person_line(person))

    def _article_list(self, nodes: list[Any]) -> Markup:
        items = [self._fragment("article_item", node.id) for node in nodes]
        return Markup('<ul class="items articles">\n' + "".join(item + "\n" for item in items) + "</ul>")

    def _meeting_list(self, meetings: list[Any], exclude: str | None = None) -> Markup:
        items = [self._fragment("meeting_item", meeting.id, exclude) for meeting in meetings]
        return Markup('<ul class="items">' + "".join(items) + "</ul>")

    def _url_for(self, kind: str, id: str = "", lang: str | None = None) -> str | None:
        """The permalink of a page (``SITEURL`` + its path), or None when that page is not written: for
        what leaves the site (canonical and alternate links, structured data, citations, feeds, sitemap)."""
        if id and not self._exists(kind, id):
            return None
        return self._absolute(self.urls.url(kind, lang or i18n.current_lang(), id))

    def _link_for(self, kind: str, id: str = "", lang: str | None = None) -> str | None:
        """A link to a page from a page of the site: its path from the host's root (``/archive/en/…``), the
        permalink without scheme and host, which a site published at ``https://…`` repeats in every link."""
        if id and not self._exists(kind, id):
            return None
        url = self.urls.url(kind, lang or i18n.current_lang(), id)
        return None if url is None else f"{self._site_path()}/{url}"

    def _site_path(self) -> str:
        """The path of ``SITEURL`` (``https://user.github.io/archive`` → ``/archive``; ``""`` at a domain's root)."""
        return urlsplit(self.settings["SITEURL"]).path.rstrip("/")

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

    def _citation(self, kind: str, node: Any, lang: str | None = None) -> cite.Citation:
        """The citation of an article or meeting page in ``lang`` (default: the page's language)."""
        lang = lang or i18n.current_lang()
        archive = i18n.translate("City Diplomacy Archive", lang)
        url = self._url_for(kind, node.id, lang) or ""
        if kind == "article":
            return cite.Citation(
                node.id, "news", node.title, url, node.lang, archive, node.published, node.source, node.source_url
            )
        names = " – ".join(self._place_name(pid, lang) for pid in node.places)
        title = i18n.translate(N_("Meeting %(places)s, %(date)s"), lang) % {
            "places": names,
            "date": i18n.format_date(node.date, lang=lang),
        }
        return cite.Citation(f"meeting-{node.id}", "page", title, url, lang, archive, node.date)

    def _cite_lang(self, kind: str, id: str) -> str | None:
        """The language whose page has the citation files beside it: an article's are written once, beside
        its page in its own language (the default language's for an article in another one), and linked from
        both pages; a meeting page's title is worded per language, so each meeting page has its own."""
        if kind != "article":
            return None
        node = self.archive.by_id.get(id) if self.archive else None
        if node is not None and node.lang in self.languages and self.urls.save_as(kind, node.lang, id):
            return node.lang
        return self.languages[0]

    def _cite_files(self, kind: str, id: str, lang: str | None = None) -> dict[str, str]:
        """Where the citation files of a page are (beside the page of :meth:`_cite_lang`, or beside itself):
        format → path from the site root."""
        save_as = self.urls.save_as(kind, self._cite_lang(kind, id) or lang or i18n.current_lang(), id)
        folder = save_as.rsplit("/", 1)[0] + "/" if "/" in save_as else ""
        return {name: folder + filename for name, filename in cite.FILES.items()} if save_as else {}

    def _data_url(self, path: str) -> str:
        """Link to a file of the data folder (``articles.csv``, ``places/koeln.json``) from a page."""
        return f"{self._site_path()}/{self.settings['DIPLOMACY_DATA_DIR']}/{path}"

    def _url_for_place(self, place_id: str) -> str | None:
        return self._url_for("place", place_id)

    def _link_for_place(self, place_id: str) -> str | None:
        return self._link_for("place", place_id)

    def _exists(self, kind: str, id: str) -> bool:
        collection = self._collections.get(kind)
        return collection is None or id in collection

    def _place_name(self, place_id: str, lang: str | None = None) -> str:
        place = self.archive.gazetteer.get(place_id) if self.archive else None
        return place.name(lang or i18n.current_lang()) if place else place_id

    def _absolute(self, url: str | None) -> str | None:
        return None if url is None else f"{self.settings['SITEURL']}/{url}"
