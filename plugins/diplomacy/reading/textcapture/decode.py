"""Bytes -> text: byte-order marks, UTF-16 without one, UTF-8, Windows-1252, Latin-1.

A capture is text as it was saved from a browser, in whatever encoding the
editor's system chose; :func:`decode_capture` reads it the same way every time
and refuses binary data (:class:`CaptureError`).  The result is NFC with
``\\n`` line breaks (:func:`normalize_text`).
"""

from __future__ import annotations

import logging
import re
import unicodedata

from .limits import BINARY_MAX_SHARE

logger = logging.getLogger(__name__)


class CaptureError(ValueError):
    """The input is not a capture: empty, whitespace only, or not text at all."""


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd\ufffe\uffff]")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * len(zeros) and other.count(0) < 0.05 * len(other):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def normalize_text(text: str) -> str:
    """NFC, one line-break character (``\\n``), no byte-order mark.

    >>> normalize_text("\\ufeffDu\\u0308sseldorf\\r\\nK\\u00f6ln\\rBonn")
    'Düsseldorf\\nKöln\\nBonn'
    """
    text = text.removeprefix("\ufeff")
    return unicodedata.normalize("NFC", _NEWLINES_RE.sub("\n", text))


def looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    return len(_CONTROL_RE.findall(sample)) > BINARY_MAX_SHARE * max(len(sample), 1)


def _decode_unmarked(data: bytes) -> str:
    """Bytes without a byte-order mark: UTF-16 if plain to see, UTF-8, Windows-1252, Latin-1."""
    if b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise CaptureError("binary data (NUL bytes), not text")
        return text
    for codec in ("utf-8", "cp1252"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec != "utf-8":
            logger.debug("capture is not UTF-8; decoded as %s", codec)
        return text
    logger.debug("capture is neither UTF-8 nor Windows-1252; decoded as Latin-1")
    return data.decode("latin-1")


def decode_capture(data: bytes) -> str:
    """Decode a capture file's bytes to normalised text.

    UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM (UTF-16 without BOM
    when it is plain to see), otherwise Windows-1252 and finally Latin-1.  The
    result is NFC with ``\\n`` line breaks.  Raises :class:`CaptureError` for
    binary data (NUL bytes, mostly control characters).

    >>> decode_capture("Köln\\r\\n".encode("cp1252"))
    'Köln\\n'
    >>> decode_capture(b"\\xef\\xbb\\xbfK\\xc3\\xb6ln")
    'Köln'
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CaptureError(f"expected bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                if codec != "utf-8":
                    raise CaptureError(f"invalid {codec} after its byte-order mark: {error}") from error
                text = _decode_unmarked(data[len(bom) :])  # a UTF-8 BOM on Windows-1252 text
            break
    else:
        text = _decode_unmarked(data)
    if looks_binary(text):
        raise CaptureError("binary data (control characters), not text")
    return normalize_text(text)
