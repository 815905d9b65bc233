"""Whether the Wayback Machine holds a snapshot of a captured page: ``make capture --wayback``.

The archive links to the Internet Archive's copy of a page only when one is
known (a ``Wayback:`` line of the ``.meta`` file); otherwise the site offers a
search of the Wayback Machine for the address.  With ``--wayback`` the capture
asks the Wayback Machine's availability API for the snapshot closest to the
capture time, under the rules of every fetch (:mod:`.guard`: public addresses
only, one deadline; a size limit), and writes the line when a snapshot with
status 200 exists.  A failed or empty answer writes nothing: no snapshot is
claimed that is not known.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from urllib.parse import urlencode, urlsplit

from . import guard
from .hops import FetchError, FetchOptions, decompress, follow, header_map

__all__ = ["WAYBACK_API", "find_snapshot"]

WAYBACK_API = "https://archive.org/wayback/available"
_LIMIT = 256 * 1024  # an answer of the API is a few hundred bytes


def _snapshot(answer: object) -> str | None:
    """The closest available snapshot's address in the API's answer, or None.

    >>> _snapshot({"archived_snapshots": {"closest": {"available": True, "status": "200",
    ...     "url": "http://web.archive.org/web/20240501083005/https://example.org/a"}}})
    'https://web.archive.org/web/20240501083005/https://example.org/a'
    >>> _snapshot({"archived_snapshots": {}}), _snapshot([]), _snapshot({"archived_snapshots": {"closest":
    ...     {"available": True, "status": "404", "url": "http://web.archive.org/web/2024/x"}}})
    (None, None, None)
    """
    closest = answer.get("archived_snapshots", {}).get("closest") if isinstance(answer, dict) else None
    if not isinstance(closest, dict) or closest.get("available") is not True or str(closest.get("status")) != "200":
        return None
    url = str(closest.get("url") or "")
    parts = urlsplit(url)
    if parts.hostname != "web.archive.org" or not parts.path.startswith("/web/"):
        return None
    return parts._replace(scheme="https").geturl()


def find_snapshot(url: str, when: dt.datetime, options: FetchOptions, api: str = WAYBACK_API) -> tuple[str | None, str]:
    """(the snapshot's address or None, what happened, for the report)."""
    asked = f"{api}?{urlencode({'url': url, 'timestamp': f'{when.astimezone(dt.UTC):%Y%m%d%H%M%S}'})}"
    ask = replace(options, max_bytes=_LIMIT, assets=False)
    try:
        allowed = guard.networks(options.allow)
        with guard.Watch(options.total_timeout, options.timeout, allowed) as watch:
            exchanges, _final = follow(asked, ask, watch, "application/json", page=False)
        answer = exchanges[-1]
        if answer.status != 200:
            return None, f"the Wayback Machine answered HTTP {answer.status}"
        body = decompress(answer.body, header_map(answer.headers).get("content-encoding", ""), asked, _LIMIT)
        snapshot = _snapshot(json.loads(body.decode("utf-8")))
    except FetchError as error:
        return None, f"the Wayback Machine could not be asked: {error.cause}"
    except (ValueError, UnicodeDecodeError):
        return None, "the Wayback Machine's answer could not be read"
    return snapshot, ("a snapshot is known" if snapshot else "the Wayback Machine holds no snapshot")
