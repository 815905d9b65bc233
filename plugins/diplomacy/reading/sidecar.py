"""The metadata file beside a capture (``<capture>.meta``): ``Key: value`` lines.

One parser for both readers of these files: the Pelican readers (strict: a
line that is not ``Key: value`` stops with a :class:`~.annotate.ContentError`
naming the fix, an unknown key is reported) and ``make capture`` looking for
the archived versions of a page (tolerant: such lines are passed over, and a
file that cannot be read has no metadata).  Keys are lower case with ``-`` and
spaces as ``_``, the same keys as Markdown metadata; ``#`` starts a comment line.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.meta").write_text("# made by hand\\nSource-URL: https://example.org/a \\nLang:de\\n")
>>> read_sidecar(folder / "a.meta")
{'source_url': 'https://example.org/a', 'lang': 'de'}
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from ..naming import META_SUFFIX, sidecar_path
from .annotate import ContentError
from .textcapture import CaptureError, decode_capture

logger = logging.getLogger(__name__)

__all__ = ["KNOWN_KEYS", "META_SUFFIX", "read_sidecar", "sidecar_path"]

KNOWN_KEYS = {
    "title",
    "date",
    "lang",
    "source",
    "source_url",
    "editor",
    "slug",
    "summary",
    "meeting",
    "meeting_date",
    "places",
    "pairs",
    "principals",
    "attendees",
    "translations",
    "status",
    "reviewed",
    # written by `make capture` (capture/records.py)
    "final_url",
    "fetched",
    "http_status",
    "content_type",
    "sha256",
    "text_sha256",
    "wayback",
    "record",
    "warc",
    "wacz",
    "version",
    "extractor",
}
_META_LINE = re.compile(r"^\s*([A-Za-z][\w -]*?)\s*:\s*(.*?)\s*$")
_KEY_SPACES = re.compile(r"[\s-]+")


def _lines(text: str) -> Iterator[tuple[int, str, re.Match[str] | None]]:
    """(line number, line, its ``Key: value`` match or None) of every line that is not blank or a comment."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line, _META_LINE.match(line)


def _key(name: str) -> str:
    """``Source-URL`` -> ``source_url``."""
    return _KEY_SPACES.sub("_", name.strip().lower())


def read_sidecar(path: Path, *, strict: bool = True) -> dict[str, str]:
    """Read a ``Key: value`` metadata file; keys are lower-cased, ``-``/space → ``_``.

    ``strict`` (the readers): raise :class:`ContentError` for a file that is
    not text or a line that is not ``Key: value``, and warn of unknown keys.
    Otherwise (``make capture``): such lines are skipped, and an unreadable
    file gives ``{}``.
    """
    try:
        text = decode_capture(path.read_bytes())
    except (OSError, CaptureError) as error:
        if not strict:
            return {}
        raise ContentError(path, f"the metadata file cannot be read ({error})", "save it as UTF-8 text") from error
    metadata: dict[str, str] = {}
    where: dict[str, int] = {}  # key → the line it was last given on
    for number, line, match in _lines(text):
        if match is None:
            if not strict:
                continue
            raise ContentError(
                path,
                f"line {number} is not a 'Key: value' line: {line.strip()[:60]!r}",
                "write one 'Key: value' per line, e.g. 'Date: 2024-03-26'",
            )
        key = _key(match.group(1))
        if strict and key not in KNOWN_KEYS:
            logger.warning("%s: unknown metadata key '%s' (known: %s)", path, key, ", ".join(sorted(KNOWN_KEYS)))
        if strict and key in where:
            logger.warning(
                "%s: key '%s' is given twice (lines %d and %d); the later value '%s' is kept. Fix: keep one '%s:' line",
                path,
                match.group(1).strip(),
                where[key],
                number,
                match.group(2)[:60],
                match.group(1).strip(),
            )
        where[key] = number
        metadata[key] = match.group(2)
    return metadata
