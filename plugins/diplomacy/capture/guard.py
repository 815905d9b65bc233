"""What ``make capture`` may connect to, and until when: public addresses only, one deadline.

Two rules hold for every hop of a fetch (the address asked for and every
redirect):

* **Public addresses only.**  A host that resolves to a loopback, private,
  link-local (``169.254.169.254``, a cloud's metadata service), shared,
  multicast or reserved address is refused before anything is sent to it
  (:func:`check_host`, which reads the resolver's answer), and every
  connection is checked again once it is made (:meth:`Watch.connection`: the
  address actually connected to, so a name that resolves differently the
  second time gains nothing).  ``FetchOptions.allow`` names addresses or
  networks that are allowed all the same, for a test server on this machine
  (``make capture --allow 127.0.0.1``).
* **One deadline** for the whole fetch: connecting, the headers, the body and
  every redirect.  Each read waits at most until the deadline, and a timer
  shuts the connection down when the deadline passes, so a server that sends
  its headers or its body a byte at a time cannot keep the command running.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from typing import Any

from .wire import Recording

__all__ = ["AddressRefusedError", "Watch", "check_host", "network_cause", "networks", "refusal"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefusedError(Exception):
    """A host that resolves to an address ``make capture`` does not fetch from; the message says why."""


def networks(allowed: Iterable[str]) -> tuple[Network, ...]:
    """The networks of ``--allow`` values (an address or a network).

    >>> networks(["127.0.0.1", "10.0.0.0/8"])
    (IPv4Network('127.0.0.1/32'), IPv4Network('10.0.0.0/8'))
    """
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in allowed)


def _kind(ip: Address) -> str | None:
    """Why ``ip`` is not a public address (None: it is one).

    >>> [_kind(ipaddress.ip_address(a)) for a in ("93.184.216.34", "127.0.0.2", "10.1.2.3", "169.254.169.254")]
    [None, 'loopback', 'private', 'link-local']
    >>> [_kind(ipaddress.ip_address(a)) for a in ("::ffff:192.168.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1")]
    ['private', 'shared or reserved', 'unspecified', 'multicast']
    """
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, test in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("shared or reserved", ip.is_reserved or not ip.is_global),
    ):
        if test:
            return kind
    return None


def refusal(address: str, allowed: tuple[Network, ...]) -> str | None:
    """Why ``address`` (an IP address) may not be fetched from, or None when it may.

    >>> refusal("127.0.0.2", networks(["127.0.0.1"]))
    'a loopback address'
    >>> refusal("127.0.0.1", networks(["127.0.0.1"])) is None
    True
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if any(ip in network for network in allowed if network.version == ip.version):
        return None
    kind = _kind(ip)
    return f"a {kind} address" if kind else None


def check_host(host: str, port: int, allowed: tuple[Network, ...]) -> None:
    """Raise :class:`AddressRefusedError` when ``host`` is, or resolves to, an address that may not be fetched.

    A name that cannot be resolved passes: connecting to it fails with its own message.
    """
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return
    for *_rest, sockaddr in answers:
        why = refusal(str(sockaddr[0]), allowed)
        if why is not None:
            where = host if host == str(sockaddr[0]) else f"{host} ({sockaddr[0]})"
            raise AddressRefusedError(
                f"{where} is {why}; only public addresses are captured "
                "(for a test server on this machine: --allow ADDRESS)"
            )


class Watch:
    """The deadline and the address rule of one fetch, applied to every connection it opens."""

    def __init__(self, total: float, per_read: float, allowed: tuple[Network, ...]) -> None:
        self.deadline = time.monotonic() + total
        self.per_read = per_read
        self.allowed = allowed
        self.expired = False
        self.refused: str | None = None  # why a connection was refused after it was made
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []  # duplicates of the connections' sockets, to shut them down
        self._timer = threading.Timer(max(total, 0.0), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Watch:
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for duplicate in self._sockets:
                duplicate.close()
            self._sockets.clear()

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def read_timeout(self) -> float:
        """How long one read may wait: the per-read timeout, never past the deadline."""
        return max(0.001, min(self.per_read, self.remaining()))

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for duplicate in self._sockets:
                with contextlib.suppress(OSError):
                    duplicate.shutdown(socket.SHUT_RDWR)  # a blocked read returns at once

    def connection(self, address: tuple[str, int], target: str, *args: Any, **kwargs: Any) -> socket.socket:
        """``socket.create_connection`` for http.client: checked and watched."""
        if self.remaining() <= 0:
            raise TimeoutError("the deadline passed")
        kwargs.pop("timeout", None)
        if args:
            args = args[1:]  # (timeout, source_address): the deadline decides the timeout
        sock = socket.create_connection(address, self.read_timeout(), *args, **kwargs)
        if address[0] == target:  # a direct connection (not through a proxy): check whom we reached
            why = refusal(str(sock.getpeername()[0]), self.allowed)
            if why is not None:
                sock.close()
                self.refused = f"{target} connected to {why}; only public addresses are captured"
                raise ConnectionRefusedError(self.refused)
        with self._lock:
            if self.expired:
                sock.close()
                raise TimeoutError("the deadline passed")
            self._sockets.append(sock.dup())
        return sock


def _watched(base: type[http.client.HTTPConnection], watch: Watch, target: str) -> type[http.client.HTTPConnection]:
    """The connection class: checked and watched here, its bytes kept (:class:`.wire.Recording`)."""

    class Watched(Recording, base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = lambda address, *rest, **kw: watch.connection(address, target, *rest, **kw)

    return Watched


def handlers(watch: Watch, target: str) -> list[urllib.request.BaseHandler]:
    """urllib handlers whose connections ``watch`` checks and can shut down (``target``: the URL's host)."""

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(_watched(http.client.HTTPConnection, watch, target), req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(
                _watched(http.client.HTTPSConnection, watch, target),
                req,
                context=self._context,  # type: ignore[attr-defined]
            )

    return [Http(), Https()]


def network_cause(error: BaseException, timeout: float) -> str:
    """What went wrong with a connection, for people (the message of a failed fetch)."""
    reason: Any = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s (timeout)"
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved (no network, or a wrong address)"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, ConnectionResetError):
        return "the connection was reset by the server"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason})"
    if isinstance(reason, http.client.IncompleteRead):
        return "the connection broke off before the page was complete"
    if isinstance(reason, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(reason).__name__})"
    if isinstance(reason, OSError) and reason.strerror:
        return f"network error: {reason.strerror}"
    return f"network error: {reason}"
