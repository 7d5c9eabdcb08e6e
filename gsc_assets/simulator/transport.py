"""Putting answers on the wire, including the ways a real network path mangles them (the transport faults).

Kept apart from the API logic: faults act on bytes and connections, never on what Google would have answered.

What the client sees for each transport fault:

========== ======================================== ================================================
fault      HTTP/1.1 (uvicorn, or hypercorn h11)     HTTP/2 (hypercorn --tls, ALPN h2)
========== ======================================== ================================================
reset      headers + half the body, then the TCP     headers + half the body (DATA), then RST_STREAM
           connection is closed (incomplete body)    INTERNAL_ERROR on that stream only; the connection
                                                     and the other streams on it carry on
truncated  headers + half the body, then the         headers + half the body with END_STREAM: the
           connection is closed                      client's h2 refuses the body (content-length
                                                     mismatch) and tears the whole connection down
slow       the first byte comes `slow_seconds` late (a read timeout for a client that waits less)
========== ======================================== ================================================
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from .errors import ApiError

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
GZIP_MIN_BYTES = 1024
_DRAIN_TIMEOUT_S = 2.0
_JSON = [(b"content-type", b"application/json; charset=UTF-8")]
_PROXY_PAGE = (
    b"<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>Error 502 (Bad Gateway)!!1</title></head>"
    b"<body><p><b>502.</b> <ins>That\xe2\x80\x99s an error.</ins></p><p>The server encountered a temporary error "
    b"and could not complete your request.<p>Please try again in 30 seconds. <ins>That\xe2\x80\x99s all we know."
    b"</ins></body></html>\n"
)


class SimulatedDisconnect(Exception):
    """Raised inside a response to make the server drop the connection (the 'reset' fault)."""


class _QuietSimulatedFaults(logging.Filter):
    """Servers log an aborted response as an application error; for deliberate faults that is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, SimulatedDisconnect):
            return False
        if isinstance(exc, RuntimeError) and "shorter than Content-Length" in str(exc):
            return False
        return "shorter than Content-Length" not in record.getMessage()


for _name in ("uvicorn.error", "hypercorn.error", "uvicorn.asgi"):
    logging.getLogger(_name).addFilter(_QuietSimulatedFaults())


@dataclass
class Reply:
    """A complete HTTP answer; ``rows`` is how many data rows it carries (for stats and per-row latency)."""

    status: int
    body: bytes
    headers: list[tuple[bytes, bytes]] = field(default_factory=lambda: list(_JSON))
    rows: int = 0
    #: The journal entry of the query it answers (see `Stats.journal`), marked answered once it is sent.
    journal: dict[str, Any] | None = None

    @classmethod
    def json(cls, status: int, payload: Any, *, rows: int = 0, headers: dict[str, str] | None = None) -> Reply:
        extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        return cls(status, orjson.dumps(payload), list(_JSON) + extra, rows)

    @classmethod
    def error(cls, exc: ApiError) -> Reply:
        return cls.json(exc.code, exc.body(), headers=exc.headers)


def accepts_gzip(headers: dict[str, str]) -> bool:
    return "gzip" in headers.get("accept-encoding", "")


async def send_reply(send: Send, reply: Reply) -> None:
    headers = reply.headers + [(b"content-length", str(len(reply.body)).encode())]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


async def deliver(send: Send, reply: Reply, *, roll: Callable[[str], bool], http_version: str, gzip_ok: bool) -> None:
    """Send an API answer, letting ``roll(fault)`` decide which transport faults strike this time."""
    if roll("content_type"):
        reply = Reply(502, _PROXY_PAGE, [(b"content-type", b"text/html; charset=UTF-8")])
    elif reply.status == 200 and roll("malformed"):
        cut = reply.body[: max(1, len(reply.body) // 2)]
        reply = Reply(200, cut if len(reply.body) > 2 else b'{"rows": [', reply.headers, reply.rows)
    if gzip_ok and len(reply.body) >= GZIP_MIN_BYTES:  # Google compresses whenever the client allows it
        body = zlib.compress(reply.body, 1, wbits=31)
        reply = Reply(reply.status, body, reply.headers + [(b"content-encoding", b"gzip")], reply.rows)
    reset = roll("reset")
    full_length = [(b"content-length", str(len(reply.body)).encode())]
    if reset:
        await send({"type": "http.response.start", "status": reply.status, "headers": reply.headers + full_length})
        await send({"type": "http.response.body", "body": reply.body[: len(reply.body) // 2], "more_body": True})
        if http_version == "2" and await _reset_h2_stream(send):
            # End the ASGI response so the server forgets the stream (nothing more reaches the wire).
            await send({"type": "http.response.body", "body": b""})
            return
        # HTTP/1.1: the server closes the connection mid-body (any other server: it aborts the response).
        raise SimulatedDisconnect("simulated connection reset")
    if reply.status == 200 and roll("truncated"):
        await send({"type": "http.response.start", "status": reply.status, "headers": reply.headers + full_length})
        await send({"type": "http.response.body", "body": reply.body[: len(reply.body) // 2]})
        return
    await send_reply(send, reply)


async def _reset_h2_stream(send: Send) -> bool:
    """Send RST_STREAM (INTERNAL_ERROR) for the stream `send` answers, as a failing front end would.

    ASGI has no message for a stream reset, so this reaches into hypercorn: `send` is the bound
    `HTTPStream.app_send` of the stream, whose `send` is the bound `H2Protocol.stream_send` holding the
    connection's h2 state. The half body sent before is flushed first, so the client sees headers, some DATA,
    then the reset. Returns False (nothing done) when `send` is not hypercorn's HTTP/2 stream.
    """
    import h2.connection
    import h2.errors
    import h2.exceptions

    stream = getattr(send, "__self__", None)
    protocol = getattr(getattr(stream, "send", None), "__self__", None)
    connection = getattr(protocol, "connection", None)
    stream_id = getattr(stream, "stream_id", None)
    if not isinstance(connection, h2.connection.H2Connection) or not isinstance(stream_id, int):
        return False
    buffer = getattr(protocol, "stream_buffers", {}).get(stream_id)
    if buffer is not None and buffer.buffer:  # the half body goes on the wire before the reset
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(buffer.drain(), _DRAIN_TIMEOUT_S)  # a client may hold the flow-control window
    try:
        connection.reset_stream(stream_id, error_code=h2.errors.ErrorCodes.INTERNAL_ERROR)
    except h2.exceptions.ProtocolError:
        return True  # the client closed the stream or the connection first: nothing left to reset
    await protocol._flush()  # type: ignore[union-attr]
    return True
