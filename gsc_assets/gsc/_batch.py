"""Google's batch protocol: several API calls in one multipart/mixed POST, built and parsed by hand.

Each part is `Content-Type: application/http` holding a request line, headers and a JSON body, matched back by
`Content-ID` (`<item-N>` -> `<response-item-N>`). Parsing is strict about structure and lenient about line ends
(CRLF or LF); anything unreadable raises ValueError for the caller to turn into a retryable GscResponseError.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

__all__ = ["BatchPart", "PartResponse", "build_batch", "parse_batch"]

_CRLF = b"\r\n"


@dataclass(frozen=True, slots=True)
class BatchPart:
    content_id: str
    method: str
    path: str
    body: bytes


@dataclass(frozen=True, slots=True)
class PartResponse:
    content_id: str
    status: int
    headers: dict[str, str]
    body: bytes


def build_batch(parts: list[BatchPart]) -> tuple[bytes, str]:
    """The multipart body and its Content-Type header value."""
    boundary = "batch_" + secrets.token_hex(12)
    out = bytearray()
    for part in parts:
        out += b"--" + boundary.encode() + _CRLF
        out += b"Content-Type: application/http" + _CRLF
        out += b"Content-Transfer-Encoding: binary" + _CRLF
        out += b"Content-ID: <" + part.content_id.encode() + b">" + _CRLF + _CRLF
        out += f"{part.method} {part.path} HTTP/1.1".encode() + _CRLF
        out += b"Content-Type: application/json" + _CRLF
        out += b"Content-Length: " + str(len(part.body)).encode() + _CRLF + _CRLF
        out += part.body + _CRLF
    out += b"--" + boundary.encode() + b"--" + _CRLF
    return bytes(out), f"multipart/mixed; boundary={boundary}"


_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.I)


def _split_head(blob: bytes) -> tuple[bytes, bytes]:
    """Split headers from body at the first empty line (CRLF or LF)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = blob.find(sep)
        if idx >= 0:
            return blob[:idx], blob[idx + len(sep) :]
    raise ValueError("batch part without a blank line after its headers")


def _headers(block: bytes) -> tuple[list[str], dict[str, str]]:
    lines = [ln.rstrip("\r") for ln in block.decode("latin-1").split("\n")]
    headers: dict[str, str] = {}
    first: list[str] = []
    for ln in lines:
        if not ln:
            continue
        if ":" in ln and not ln.startswith("HTTP/"):
            name, _, value = ln.partition(":")
            headers[name.strip().lower()] = value.strip()
        else:
            first.append(ln)
    return first, headers


def parse_batch(content_type: str, body: bytes) -> dict[str, PartResponse]:
    """Map request Content-ID -> its response. Raises ValueError on anything malformed."""
    match = _BOUNDARY.search(content_type)
    if not content_type.lower().startswith("multipart/") or match is None:
        raise ValueError(f"batch answer is {content_type or 'untyped'}, not multipart")
    delimiter = b"--" + match.group(1).encode()
    chunks = body.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise ValueError("batch answer is truncated (no closing boundary)")
    out: dict[str, PartResponse] = {}
    for chunk in chunks[1:-1]:
        chunk = chunk.lstrip(b"\r\n")
        outer, inner = _split_head(chunk)
        _, outer_headers = _headers(outer)
        cid = outer_headers.get("content-id", "").strip("<>")
        if cid.startswith("response-"):
            cid = cid[len("response-") :]
        head, payload = _split_head(inner)
        status_lines, headers = _headers(head)
        if not status_lines or not status_lines[0].startswith("HTTP/"):
            raise ValueError("batch part without an HTTP status line")
        status = int(status_lines[0].split()[1])
        if "content-length" in headers:
            length = int(headers["content-length"])
            if len(payload) < length:
                raise ValueError("batch part body shorter than its Content-Length")
            payload = payload[:length]
        else:
            payload = payload.rstrip(b"\r\n")
        out[cid] = PartResponse(content_id=cid, status=status, headers=headers, body=payload)
    return out
