"""What the page of an original text capture shows: the text exactly as captured (decoded to UTF-8 by
the reader's own decoder, nothing removed), its file's facts and the metadata file beside it, verbatim.

The raw file itself is published unchanged beside it (``DIPLOMACY_CAPTURE_URL``); this page is the
same text in the site's layout, so that a reader whose server sends the raw file without a charset
still reads "Düsseldorf", and in both languages' navigation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..naming import sidecar_path
from ..reading.textcapture.decode import decode_capture

TEXT_SUFFIX = ".txt"  # a text capture; a saved web page has its replay page instead (issue 23)


@dataclass(slots=True, frozen=True)
class CaptureView:
    text: str  # as captured, decoded
    size: int  # bytes of the raw file
    lines: int
    utf8: bool  # the raw file is UTF-8 already (else it was decoded from a legacy charset)
    sidecar: str | None  # the .meta file beside it, verbatim, if there is one
    sidecar_name: str | None


def has_page(node: Any) -> bool:
    """An article whose record is a text capture gets a capture page."""
    return bool(node.capture) and str(node.content.source_path).endswith(TEXT_SUFFIX)


def capture_view(node: Any) -> CaptureView | None:
    """The capture of an article, read from its file (None when it cannot be read any more)."""
    path = Path(node.content.source_path)
    try:
        data = path.read_bytes()
        text = decode_capture(data)
    except (OSError, ValueError):
        return None
    try:
        data.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    side = sidecar_path(path)
    try:
        sidecar = side.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        sidecar = None
    return CaptureView(
        text=text,
        size=len(data),
        lines=text.count("\n") + (0 if text.endswith("\n") or not text else 1),
        utf8=utf8,
        sidecar=sidecar,
        sidecar_name=side.name if sidecar is not None else None,
    )
