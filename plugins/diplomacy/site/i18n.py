"""Gettext catalogs and Babel formatting for the two site languages.

One Jinja environment serves both languages: the gettext callables installed
in it look up the catalog of the language being rendered, which
:func:`rendering` sets for the duration of one page. No process-wide locale
is ever touched.
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
from babel.support import NullTranslations, Translations
from markupsafe import Markup

_current: contextvars.ContextVar[str] = contextvars.ContextVar("lang", default="en")
_catalogs: dict[str, NullTranslations] = {}
_locales: dict[str, str] = {"en": "en_GB", "de": "de_DE"}


def N_(message: str) -> str:
    """Mark a string for extraction without translating it."""
    return message


def configure(translations_dir: Path, languages: tuple[str, ...], locales: dict[str, str]) -> None:
    """Load one catalog per language (missing catalogs fall back to the msgid)."""
    _locales.update(locales)
    for lang in languages:
        catalog = Translations.load(str(translations_dir), [lang], domain="messages")
        _catalogs[lang] = catalog if isinstance(catalog, Translations) else NullTranslations()


def current_lang() -> str:
    return _current.get()


@contextmanager
def rendering(lang: str) -> Iterator[None]:
    """Make ``lang`` the language of gettext and date filters in this block."""
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def translate(message: str, lang: str | None = None) -> str:
    catalog = _catalogs.get(lang or _current.get())
    return catalog.gettext(message) if catalog else message


def ngettext(singular: str, plural: str, n: int) -> str:
    catalog = _catalogs.get(_current.get())
    if catalog is None:
        return singular if n == 1 else plural
    return catalog.ngettext(singular, plural, n)


def gettext_(message: str) -> str:
    return translate(message)


_markup: dict[tuple[str, str], Markup] = {}


def template_gettext(message: str, /, **variables: Any) -> Markup:
    """``_()`` in templates: Jinja's "newstyle" gettext (the message is %-formatted with the
    keyword arguments, which are escaped), without its per-call overhead: the translated
    message is looked up once per language."""
    lang = _current.get()
    key = (lang, message)
    text = _markup.get(key)
    if text is None:
        text = _markup[key] = Markup(translate(message, lang))
    return text % variables


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
    locale = _locales.get(lang or _current.get(), lang or _current.get())
    return _format_date_cached(value, fmt, locale)


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
