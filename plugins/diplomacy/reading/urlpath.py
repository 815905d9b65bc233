"""The path of an article's address (``Source_url``): one home for reading it.

Three readers look into the address: the day in it (:func:`diplomacy.reading.published.date_in_url`),
the year for a dateline without one (:func:`diplomacy.reading.published.dateline_day`) and the words of
its slug (:func:`diplomacy.reading.address.slug_words`). They all read the path the same way: without
the scheme and the host (a host such as ``www.2019-expo.example`` names no day), percent-escapes
decoded, and with the query only when asked (a few publishers put the day there:
``show.php?date=20190828``).

>>> address_path("https://www.example.de/presse/2019/08/28/gaeste-aus-xi%27an.html?id=7")
"/presse/2019/08/28/gaeste-aus-xi'an.html"
>>> address_path("https://www.example.de/show.php?date=20190828", with_query=True)
'/show.php?date=20190828'
>>> address_path(None), address_path("http://[broken/"), address_path("www.example.de/2019/x")
('', '', '/2019/x')
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit


def address_path(url: str | None, *, with_query: bool = False) -> str:
    """The decoded path of ``url`` (and its query after ``?`` when ``with_query``); ``""`` for none.

    An address written without its scheme (``www.example.de/2019/x``) is read as if it had one."""
    if not url:
        return ""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    path = unquote(parts.path)
    if with_query and parts.query:
        path += "?" + unquote(parts.query)
    return path
