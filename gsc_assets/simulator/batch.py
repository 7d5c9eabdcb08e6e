"""multipart/mixed batch requests: parts of ``application/http`` in, matching ``<response-id>`` parts out."""

from __future__ import annotations

import re
import secrets
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus

MAX_PARTS = 1_000
_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^;\s]+))', re.IGNORECASE)
_LINE = re.compile(rb"\r?\n")


class BatchFormatError(ValueError):
    """The envelope itself is unusable (answered 400 as a whole)."""


@dataclass
class PartRequest:
    content_id: str | None
    method: str
    path: str  # path and query, host stripped
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""


@dataclass
class PartResponse:
    content_id: str | None
    status: int
    headers: dict[str, str]
    body: bytes


def _split_head(blob: bytes) -> tuple[list[bytes], bytes]:
    """Header lines and the rest, split at the first empty line (CRLF or LF)."""
    match = re.search(rb"\r?\n\r?\n", blob)
    if match is None:
        return _LINE.split(blob.strip()), b""
    return _LINE.split(blob[: match.start()]), blob[match.end() :]


def _headers(lines: list[bytes]) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in lines:
        line = raw.decode("latin-1")
        if ":" in line:
            name, _, value = line.partition(":")
            out[name.strip().lower()] = value.strip()
    return out


def parse_batch(content_type: str, body: bytes) -> list[PartRequest]:
    match = _BOUNDARY.search(content_type or "")
    if not content_type.lower().startswith("multipart/") or match is None:
        raise BatchFormatError("Batch requests must be multipart/mixed with a boundary.")
    boundary = (match.group(1) or match.group(2)).encode()
    delimiter = b"--" + boundary
    chunks = body.split(delimiter)
    parts: list[PartRequest] = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk[1:] if chunk.startswith(b"\n") else chunk
        if chunk.endswith(b"\r\n"):
            chunk = chunk[:-2]
        elif chunk.endswith(b"\n"):
            chunk = chunk[:-1]
        if not chunk.strip():
            continue
        part_lines, inner = _split_head(chunk)
        part_headers = _headers(part_lines)
        if len(parts) >= MAX_PARTS:
            raise BatchFormatError(f"A batch may hold at most {MAX_PARTS} requests.")
        parts.append(_parse_part(part_headers, inner))
    if not parts:
        raise BatchFormatError("The batch request holds no parts.")
    return parts


def _content_id(value: str | None) -> str | None:
    if not value:
        return None
    return value[1:-1] if value.startswith("<") and value.endswith(">") else value


def _parse_part(part_headers: dict[str, str], inner: bytes) -> PartRequest:
    content_id = _content_id(part_headers.get("content-id"))
    inner = inner.lstrip(b"\r\n")
    head_lines, body = _split_head(inner)
    if not head_lines or not head_lines[0].strip():
        raise BatchFormatError("A batch part holds no request line.")
    request_line = head_lines[0].decode("latin-1").strip().split()
    if len(request_line) < 2:
        raise BatchFormatError(f"Bad request line in batch part: {head_lines[0]!r}")
    method, target = request_line[0].upper(), request_line[1]
    parsed = urllib.parse.urlsplit(target)
    path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
    headers = _headers(head_lines[1:])
    length = headers.get("content-length")
    if length and length.isdigit():
        body = body[: int(length)]
    return PartRequest(content_id, method, path, headers, body.rstrip(b"\r\n") if not length else body)


def compose_batch(responses: list[PartResponse]) -> tuple[str, bytes]:
    """The multipart/mixed answer; returns (content type, body)."""
    boundary = "batch_" + secrets.token_hex(12)
    out: list[bytes] = []
    for resp in responses:
        out.append(f"--{boundary}\r\n".encode())
        out.append(b"Content-Type: application/http\r\n")
        if resp.content_id is not None:
            out.append(f"Content-ID: <response-{resp.content_id}>\r\n".encode())
        out.append(b"\r\n")
        reason = HTTPStatus(resp.status).phrase if resp.status in HTTPStatus._value2member_map_ else "Unknown"
        out.append(f"HTTP/1.1 {resp.status} {reason}\r\n".encode())
        headers = {"Content-Type": "application/json; charset=UTF-8", **resp.headers}
        headers["Content-Length"] = str(len(resp.body))
        for name, value in headers.items():
            out.append(f"{name}: {value}\r\n".encode())
        out.append(b"\r\n")
        out.append(resp.body)
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return f"multipart/mixed; boundary={boundary}", b"".join(out)
