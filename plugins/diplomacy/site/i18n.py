"""Gettext catalogs and Babel formatting for the two site languages.

One Jinja environment serves both languages: the gettext callables installed
in it look up the catalog of the language being rendered, which
:meth:`Catalogs.rendering` sets for the pages of one language (the generator
holds the build's :class:`Catalogs`; no module-level dictionary of catalogs).
No process-wide locale is ever touched.
"""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_percent as _babel_format_percent
from babel.support import NullTranslations, Translations
from markupsafe import Markup

from ..settings import DEFAULTS


class Catalogs:
    """The gettext catalog and the Babel locale of each site language (missing catalogs: the msgid)."""

    def __init__(self, translations_dir: Path, languages: tuple[str, ...], locales: dict[str, str]) -> None:
        self.locales = dict(locales)
        self.catalogs: dict[str, NullTranslations] = {}
        for lang in languages:
            catalog = Translations.load(str(translations_dir), [lang], domain="messages")
            self.catalogs[lang] = catalog if isinstance(catalog, Translations) else NullTranslations()
        self._markup: dict[tuple[str, str], Markup] = {}  # (language, msgid) -> translated, for templates
        self._formatted: dict[tuple[str, str], Markup] = {}  # the same, %-formatted without variables

    @contextmanager
    def rendering(self, lang: str) -> Iterator[None]:
        """Make ``lang`` (with these catalogs) the language of gettext and date filters in this block."""
        token = _active.set((self, lang))
        try:
            yield
        finally:
            _active.reset(token)


_NO_CATALOGS = Catalogs(Path(), (), DEFAULTS["DIPLOMACY_LOCALES"])
# The catalogs and language of the page being rendered (set by Catalogs.rendering); outside of it,
# no catalogs: a message is its msgid, dates are formatted for the default language.
_active: contextvars.ContextVar[tuple[Catalogs, str]] = contextvars.ContextVar(
    "page", default=(_NO_CATALOGS, DEFAULTS["DIPLOMACY_DEFAULT_LANG"])
)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it."""
    return message


def current_lang() -> str:
    return _active.get()[1]


def rendering(lang: str) -> Any:
    """The language ``lang`` with the catalogs of the page being rendered (or none, outside a page)."""
    return _active.get()[0].rendering(lang)


def translate(message: str, lang: str | None = None) -> str:
    catalogs, current = _active.get()
    catalog = catalogs.catalogs.get(lang or current)
    return catalog.gettext(message) if catalog else message


def ngettext(singular: str, plural: str, n: int) -> str:
    catalogs, current = _active.get()
    catalog = catalogs.catalogs.get(current)
    if catalog is None:
        return singular if n == 1 else plural
    return catalog.ngettext(singular, plural, n)


def gettext_(message: str) -> str:
    return translate(message)


def template_gettext(message: str, /, **variables: Any) -> Markup:
    """``_()`` in templates: Jinja's "newstyle" gettext (the message is %-formatted with the
    keyword arguments, which are escaped), without its per-call overhead: the translated
    message is looked up once per language, and formatted once when the call has no variables
    (most calls: "%%" still becomes "%", as in every call)."""
    catalogs, lang = _active.get()
    key = (lang, message)
    if variables:
        return _translated(catalogs, key) % variables
    done = catalogs._formatted.get(key)
    if done is None:
        done = catalogs._formatted[key] = _translated(catalogs, key) % {}
    return done


def _translated(catalogs: Catalogs, key: tuple[str, str]) -> Markup:
    text = catalogs._markup.get(key)
    if text is None:
        text = catalogs._markup[key] = Markup(translate(key[1], key[0]))
    return text


def template_ngettext(singular: str, plural: str, num: int, /, **variables: Any) -> Markup:
    """``ngettext()`` in templates, formatted like Jinja's newstyle ngettext (``num`` is available)."""
    variables.setdefault("num", num)
    return Markup(ngettext(singular, plural, num)) % variables


@lru_cache(maxsize=4096)
def _format_date_cached(value: dt.date, fmt: str, locale: str) -> str:
    return _babel_format_date(value, fmt, locale=locale)


def format_date(value: dt.date | dt.datetime | str | None, fmt: str = "long", lang: str | None = None) -> str:
    """Format a date for the current page language with Babel.

    >>> with rendering("de"):
    ...     format_date(dt.date(2023, 4, 14))
    '14. April 2023'
    >>> format_date(dt.date(2023, 4, 14), lang="en")
    '14 April 2023'
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        value = value.date()
    catalogs, current = _active.get()
    lang = lang or current
    locale = catalogs.locales.get(lang, lang)
    return _format_date_cached(value, fmt, locale)


def format_percent(value: float | None, lang: str | None = None) -> str:
    """A share as a percentage with one decimal, for the current page language.

    >>> format_percent(0.7061, "en"), format_percent(0.7061, "de")
    ('70.6%', '70,6\xa0%')
    """
    if value is None:
        return ""
    catalogs, current = _active.get()
    lang = lang or current
    locale = Locale.parse(catalogs.locales.get(lang, lang))
    pattern = locale.percent_formats[None].pattern.replace("0", "0.0", 1)  # the locale's own, one decimal
    return _babel_format_percent(value, pattern, locale=locale)


@lru_cache(maxsize=64)
def language_name(code: str, in_lang: str) -> str:
    """'de' in English is 'German'; 'en' in German is 'Englisch'."""
    try:
        name = Locale.parse(code).get_display_name(in_lang) or code
    except (ValueError, TypeError):
        return code
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=512)
def country_name(code: str, in_lang: str) -> str:
    """Country name from CLDR: ('DE', 'de') → 'Deutschland'."""
    return Locale.parse(in_lang).territories.get(code.upper(), code)
