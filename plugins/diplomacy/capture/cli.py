"""Archive live web articles: ``make capture URL=https://…`` or ``make capture URLS=file``.

For each address it fetches the page, extracts the article, runs the same
language detection and tagger as the build, and writes the capture, its
metadata and the record (see :mod:`.fetch`, :mod:`diplomacy.reading.html`,
:mod:`.plan` and :mod:`.records`).  It prints what it
wrote and what it found.  A page that is unchanged since its last capture is
reported and nothing is written; a changed page becomes a new version.

Usage::

    python -m diplomacy.capture.cli [--content DIR] [--from FILE] [URL ...]

Exit status: 0 when every address was captured (or was unchanged), 1 when
one could not be captured (nothing is written for it), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import logging
import re
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from ..places.gazetteer import Gazetteer, GazetteerError
from ..reading.annotate import ContentError, annotate, english_language_name, resolve_language
from ..reading.html import ExtractionError, ReadableCapture, decode_html, extract_article, readable_capture
from ..settings import DEFAULT_CONTENT
from .assets import fetch_assets_within
from .fetch import fetch
from .hops import MAX_BYTES, USER_AGENT, Fetched, FetchOptions, WebCaptureError
from .plan import CapturePlan, plan_capture
from .records import meta_text, wacz_bytes, warc_bytes, write_capture
from .wayback import WAYBACK_API, find_snapshot

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class CaptureResult:
    url: str
    fetched: Fetched
    readable: ReadableCapture
    plan: CapturePlan
    lang: str
    published: dt.date
    tags: dict[str, Any]
    written: list[Path] = field(default_factory=list)
    wayback: str | None = None  # with --wayback: what the Wayback Machine said

    @property
    def unchanged(self) -> bool:
        return self.plan.files is None


def capture_url(
    url: str,
    content: Path,
    options: FetchOptions | None = None,
    *,
    name: str | None = None,
    date: dt.date | None = None,
    warc: bool = True,
    wacz: bool = True,
    gazetteer: Gazetteer | None = None,
    wayback_api: str | None = None,
) -> CaptureResult:
    """Fetch, extract, tag and write one page; raises :class:`WebCaptureError` or :class:`ExtractionError`.

    Nothing is written when it raises.  ``wayback_api``: ask it whether the Wayback Machine holds a snapshot.
    """
    options = options or FetchOptions()
    started = time.monotonic()
    fetched = fetch(url, replace(options, assets=False))  # the assets only for a page that is new or changed
    article = extract_article(decode_html(fetched.body, fetched.content_type, url), fetched.final_url)
    readable = readable_capture(article)
    published = date or readable.article.published  # the editor's date goes into the .meta, never into the text
    if published is None:
        raise ExtractionError(
            url, "the page names no publication date that could be found; give it with --date YYYY-MM-DD"
        )
    title, paragraphs = readable.article.title, readable.article.paragraphs
    try:
        lang = resolve_language(url, {}, "\n".join([title, *paragraphs]))
        tags = annotate(url, {}, title, paragraphs, lang, published, gazetteer or Gazetteer.load())
    except ContentError as error:
        raise ExtractionError(url, error.problem) from error
    plan = plan_capture(content, fetched, readable, name=name, warc=warc, wacz=wacz)
    result = CaptureResult(url, fetched, readable, plan, lang, published, tags)
    if plan.files is None:
        return result
    if options.assets:  # before the same deadline as the page
        fetch_assets_within(fetched, options, options.total_timeout - (time.monotonic() - started))
    files = plan.files
    snapshot = None
    if wayback_api:
        snapshot, result.wayback = find_snapshot(fetched.final_url, fetched.fetched, options, wayback_api)
    contents = {
        files.capture: readable.text.encode("utf-8"),
        files.meta: meta_text(plan, fetched, readable, content, date=date, wayback=snapshot).encode("utf-8"),
        files.record: fetched.body,
    }
    try:
        if files.warc is not None:
            contents[files.warc] = warc_bytes(fetched)
        if files.wacz is not None and files.warc is not None:
            contents[files.wacz] = wacz_bytes(contents[files.warc], plan.name, fetched, title)
        write_capture(plan, contents, content)
    except OSError as error:
        raise WebCaptureError(url, f"the files cannot be written ({error})") from error
    result.written = list(contents)
    return result


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def report(result: CaptureResult, out: TextIO) -> None:
    """What was written and what was found, for the editor."""
    article, tags = result.readable.article, result.tags
    if result.unchanged:
        old = result.plan.unchanged
        assert old is not None
        fetched = old.meta.get("fetched", "an earlier capture")
        print(
            f"Already archived: {result.url} is unchanged since version {old.version} "
            f"({_shown(old.capture)}, fetched {fetched}); nothing was written.",
            file=out,
        )
        return
    kind = "new article" if result.plan.version == 1 else f"version {result.plan.version} (the page changed)"
    print(f"Captured {result.url} as a {kind}", file=out)
    if result.fetched.final_url != result.url:
        print(f"  redirected to {result.fetched.final_url}", file=out)
    rows = [
        ("title", article.title),
        ("published", result.published.isoformat()),
        ("language", f"{result.lang} ({english_language_name(result.lang)})"),
        ("source", " · ".join(x for x in (article.source, article.author and f"editor {article.author}") if x)),
        ("places", ", ".join(tags["places"]) or "none found"),
    ]
    if tags.get("is_meeting") and tags.get("meeting_date"):
        pairs = "; ".join(" – ".join(pair) for pair in tags["pairs"])
        rows.append(("meeting", f"{tags['meeting_date']} ({pairs})" if pairs else tags["meeting_date"]))
    else:
        rows.append(("meeting", "none found"))
    principals = ", ".join(p["name"] for p in tags.get("principals", []))
    if principals:
        rows.append(("principals", principals))
    rows.append(("slug", result.plan.slug))
    for label, value in rows:
        print(f"  {label + ':':<12}{value}", file=out)
    if result.readable.dropped:
        print(f"  removed as noise: {len(result.readable.dropped)} line(s)", file=out)
        for line in result.readable.dropped:
            print(f"    - {line[:100]}", file=out)
    assets = result.fetched.assets
    if assets or result.fetched.skipped:
        print(f"  assets:     {len(assets)} response(s) recorded, {len(result.fetched.skipped)} skipped", file=out)
        for url, why in result.fetched.skipped:
            print(f"    - {url[:100]}: {why}", file=out)
    if result.wayback:
        print(f"  wayback:    {result.wayback}", file=out)
    print("  wrote:", file=out)
    for path in result.written:
        print(f"    {_shown(path)}", file=out)


def _urls(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[str]:
    urls = [u for u in args.urls if u.strip()]
    if args.from_file:
        try:
            lines = Path(args.from_file).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            parser.error(f"cannot read the list of addresses {args.from_file}: {error.strerror or error}")
        urls += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not urls:
        parser.error("give at least one address (URL=https://… or URLS=file with one address a line)")
    return urls


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date YYYY-MM-DD") from None


NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")


def _name(value: str) -> str:
    """A capture name from ``--name``: one file name, never a path (``../x``), nothing a URL must encode."""
    if not NAME.match(value) or _VERSIONED.match(value):
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a capture name: use letters, digits, '-' and '_' only (no '/', '..', '#', '?'), "
            "at most 100 characters, not ending in -v<number>, e.g. --name shanghai-duesseldorf-2024"
        )
    return value


_VERSIONED = re.compile(r".*-v[0-9]+$")


def _network(value: str) -> str:
    try:
        ipaddress.ip_network(value.strip(), strict=False)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not an IP address or network") from None
    return value.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="make capture",
        description="Archive live web articles as captures (content/captures) with their records (content/records).",
    )
    parser.add_argument("urls", nargs="*", metavar="URL", help="address of an article (http or https)")
    parser.add_argument("--from", dest="from_file", metavar="FILE", help="a file with one address a line")
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, help="the content folder (default: content/)")
    parser.add_argument(
        "--name",
        type=_name,
        help="file name of a new capture: letters, digits, '-', '_' (default: host and a hash of the address)",
    )
    parser.add_argument("--date", type=_date, help="publication date YYYY-MM-DD, when the page names none")
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help="seconds for the whole fetch of one address: connecting, headers, page, redirects (default 20)",
    )
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, help=f"size limit of a page (default {MAX_BYTES})")
    parser.add_argument("--max-redirects", type=int, default=5, help="redirects to follow (default 5)")
    parser.add_argument(
        "--no-warc", action="store_true", help="do not write the WARC record of the exchange (nor the WACZ)"
    )
    parser.add_argument(
        "--no-assets",
        action="store_true",
        help="a quick capture: the page alone, without its images, stylesheets and fonts, and no WACZ",
    )
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        type=_network,
        metavar="ADDRESS",
        help="for testing against a server on this machine: an address or network (127.0.0.1, 10.0.0.0/8) "
        "that may be fetched although it is loopback, private or reserved; repeatable",
    )
    parser.add_argument(
        "--wayback",
        action="store_true",
        help="ask the Wayback Machine whether it holds a snapshot of the page; if so, write its address (Wayback:)",
    )
    parser.add_argument("--wayback-api", default=WAYBACK_API, help=argparse.SUPPRESS)
    parser.add_argument("--user-agent", default=USER_AGENT, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    urls = _urls(args, parser)
    if args.name and len(urls) > 1:
        parser.error("--name names one capture: give one address with it")
    options = FetchOptions(
        timeout=args.timeout,
        total_timeout=args.timeout,
        max_bytes=args.max_bytes,
        max_redirects=args.max_redirects,
        user_agent=args.user_agent,
        allow=tuple(args.allow),
        assets=not args.no_assets,
    )
    try:
        gazetteer = Gazetteer.load()
    except GazetteerError as error:
        print(f"The gazetteer cannot be used: {error}", file=err)
        return 1
    failed = 0
    for url in urls:
        try:
            result = capture_url(
                url,
                args.content,
                options,
                name=args.name,
                date=args.date,
                warc=not args.no_warc,
                wacz=not args.no_assets,
                gazetteer=gazetteer,
                wayback_api=args.wayback_api if args.wayback else None,
            )
        except (WebCaptureError, ExtractionError) as error:
            failed += 1
            print(f"Cannot capture {error.url}: {error.cause}. Nothing was written.", file=err)
            continue
        report(result, out)
    if len(urls) > 1:
        print(f"{len(urls) - failed} of {len(urls)} address(es) captured or already archived.", file=out)
    return 1 if failed else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    sys.exit(main())
