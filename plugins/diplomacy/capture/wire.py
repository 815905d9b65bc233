"""The bytes of an HTTP exchange exactly as they went over the wire, for the WARC record.

:class:`Recording` is mixed into the connection classes of :mod:`.guard`: it
keeps every byte the client sends (request line, headers) and every byte it
reads of the response (status line, headers, body: chunked as it came,
compressed as it came), after TLS and before any decoding by ``http.client``.
So the WARC of :mod:`.records` stores what the server sent, not a
reconstruction.  The same idea as warcio's ``capture_http`` (whose recorder
patches ``http.client`` for the whole process and writes records as each
response closes); here each connection keeps its own bytes, and the fetch
decides what goes into the record.
"""

from __future__ import annotations

import http.client
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Recording", "Wire"]


@dataclass(slots=True)
class Wire:
    """What one connection sent and received, and the address it reached."""

    sent: bytearray = field(default_factory=bytearray)
    received: bytearray = field(default_factory=bytearray)
    peer: str | None = None


class _Tee:
    """A response's file object that keeps a copy of every byte read from it."""

    def __init__(self, fp: Any, wire: Wire) -> None:
        self._fp = fp
        self._wire = wire

    def read(self, amt: int | None = None) -> bytes:
        data = self._fp.read(amt) if amt is not None else self._fp.read()
        self._wire.received += data
        return data

    def read1(self, amt: int = -1) -> bytes:
        data = self._fp.read1(amt)
        self._wire.received += data
        return data

    def readinto(self, buffer: Any) -> int:
        count = self._fp.readinto(buffer)
        if count:
            self._wire.received += memoryview(buffer)[:count]
        return count

    def readline(self, limit: int = -1) -> bytes:
        line = self._fp.readline(limit)
        self._wire.received += line
        return line

    def peek(self, n: int = 0) -> bytes:
        return self._fp.peek(n)  # nothing consumed: read() keeps it when it is taken

    def close(self) -> None:
        self._fp.close()

    def flush(self) -> None:
        self._fp.flush()

    @property
    def closed(self) -> bool:
        return bool(self._fp.closed)


class _RecordedResponse(http.client.HTTPResponse):
    wire: Wire

    def __init__(self, sock: Any, *args: Any, wire: Wire, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.wire = wire
        self.fp = _Tee(self.fp, wire)  # type: ignore[assignment]


class Recording(http.client.HTTPConnection):
    """An ``http.client`` connection (or, mixed in before it, an HTTPS one) that keeps its :class:`Wire`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wire = Wire()
        wire = self.wire
        self.response_class = lambda sock, *a, **kw: _RecordedResponse(sock, *a, wire=wire, **kw)  # type: ignore[assignment]

    def send(self, data: Any) -> None:
        if isinstance(data, bytes | bytearray):
            self.wire.sent += data
        super().send(data)

    def _tunnel(self) -> None:  # through a proxy: the CONNECT exchange is not part of the record
        super()._tunnel()  # type: ignore[misc]
        self.wire.sent.clear()
        self.wire.received.clear()

    def connect(self) -> None:
        super().connect()
        try:
            self.wire.peer = str(self.sock.getpeername()[0])
        except (OSError, AttributeError, IndexError):
            self.wire.peer = None
