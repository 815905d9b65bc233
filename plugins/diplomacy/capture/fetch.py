"""Fetching one web page for ``make capture``: HTTP with a deadline, a size cap and address checks.

:func:`fetch` gets one page: an honest User-Agent, one deadline for the whole
fetch (connecting, headers, body, every redirect; :mod:`.guard`), public
addresses only at every hop (:mod:`.guard`), a size limit, at most a few
redirects, ``http(s)`` addresses only (a redirect elsewhere is refused before
anything is fetched there); a body shorter or longer than its
``Content-Length``, or a broken chunked encoding, is a failed fetch; a loopback
address (allowed for a test) is asked directly, never through a proxy.
Every failure raises :class:`FetchError` naming the URL and the cause.  Every
hop is kept as an :class:`Exchange` for the WARC record (:mod:`.records`), with
the bytes sent and received exactly as they went over the wire (:mod:`.wire`).

With ``FetchOptions.assets`` the page's images, stylesheets and fonts
(:mod:`.assets`) are fetched too, under the same rules and before the same
deadline; one that cannot be fetched is skipped and named (``Fetched.skipped``),
the page is kept.
"""

from __future__ import annotations

from . import guard
from .assets import fetch_assets
from .hops import Fetched, FetchError, FetchOptions, check_http, fetch_page

__all__ = ["fetch"]


def fetch(url: str, options: FetchOptions | None = None) -> Fetched:
    """GET one web page; follow at most ``options.max_redirects`` http(s) redirects.

    Raises :class:`FetchError` for a network error, a timeout, an HTTP error
    status, a response that is not HTML, or one larger than the size limit.

    >>> fetch("ftp://example.org/file")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplomacy.capture.hops.FetchError: ftp://example.org/file: not an http(s) address; give the article's address ...
    """
    options = options or FetchOptions()
    asked = url.strip()
    check_http(asked, asked)
    try:
        allowed = guard.networks(options.allow)
    except ValueError as error:
        raise FetchError(asked, f"--allow: {error}") from None
    with guard.Watch(options.total_timeout, options.timeout, allowed) as watch:
        try:
            fetched = fetch_page(asked, options, watch)
        except FetchError:
            if watch.expired:
                raise FetchError(asked, f"the fetch took longer than {options.total_timeout:g} s (timeout)") from None
            raise
        if options.assets:
            fetch_assets(fetched, options, watch)
        return fetched
