"""The client's one exception tree, and the one place foreign errors are mapped onto it.

```
GscError                      every error this package raises
 ├── GscConfigError           bad settings, credential file, report definition, untrusted TLS cert (never retried)
 ├── GscAuthError             token refused by the token endpoint, or 401 after one refresh
 ├── GscApiError              Google answered with an error status (carries status and reason)
 │    ├── GscBadRequestError  400: the request is wrong (a caller bug, never retried)
 │    ├── GscPermissionError  403 without a quota reason: the credential may not read the site
 │    ├── GscNotFoundError    404
 │    ├── GscQuotaError       429, or 403 quotaExceeded / rateLimitExceeded (retried)
 │    │    └── GscLoadQuotaError the site's load quota stays spent after a short-term pause (not retried)
 │    └── GscServerError      500/502/503/504 (retried)
 ├── GscTransportError        connection refused or reset, timeout, HTTP/1.1 or HTTP/2 protocol error (retried)
 ├── GscResponseError         a 2xx answer we cannot read: malformed or truncated body, wrong type (retried)
 └── GscDataNotReadyError     the day is not final yet and the settings ask for final data only
```

Every message names what was being fetched (site, report, date, search type), the HTTP status and Google's
reason when known. Messages never carry a credential: we only ever quote Google's `error.message` and reason,
never a request, a header or a raw body, and `redact()` scrubs anything that looks like a key or token.
"""

from __future__ import annotations

import functools
import json
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import httpx

__all__ = [
    "GscApiError",
    "GscAuthError",
    "GscBadRequestError",
    "GscConfigError",
    "GscDataNotReadyError",
    "GscError",
    "GscLoadQuotaError",
    "GscNotFoundError",
    "GscPermissionError",
    "GscQuotaError",
    "GscResponseError",
    "GscServerError",
    "GscTransportError",
]

# Google's reasons that mean "slow down" even when the status is 403.
QUOTA_REASONS = frozenset({"quotaExceeded", "rateLimitExceeded", "userRateLimitExceeded", "dailyLimitExceeded"})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_QUOTED_CHARS = 600

_PEM = re.compile(r"-----BEGIN [A-Z ]+-----.*?(-----END [A-Z ]+-----|$)", re.S)
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',]+")
# Long unbroken base64/url-safe runs are keys, tokens, JWTs or assertions; nothing we want to quote.
_LONG_SECRETISH = re.compile(r"[A-Za-z0-9_\-+=]{40,}")


def redact(text: str) -> str:
    """Remove anything credential-shaped from `text` and cap its length."""
    text = _PEM.sub("[redacted key]", text)
    text = _BEARER.sub(r"\1[redacted]", text)
    text = _LONG_SECRETISH.sub("[redacted]", text)
    return text if len(text) <= MAX_QUOTED_CHARS else text[:MAX_QUOTED_CHARS] + "..."


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorContext:
    """What was being fetched when an error happened; rendered into every message."""

    site_url: str | None = None
    report: str | None = None
    date: str | None = None
    search_type: str | None = None
    operation: str | None = None

    def with_(self, **changes: Any) -> ErrorContext:
        return replace(self, **changes)

    def render(self) -> str:
        parts = [
            f"{name}={value}"
            for name, value in (
                ("site", self.site_url),
                ("report", self.report),
                ("date", self.date),
                ("type", self.search_type),
                ("op", self.operation),
            )
            if value
        ]
        return ", ".join(parts)


class GscError(Exception):
    """Root of every error raised by `gsc_assets.gsc`. `retryable` says whether trying again may succeed."""

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        context: ErrorContext | None = None,
        status: int | None = None,
        reason: str | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        self.summary = redact(message)
        self.context = context or ErrorContext()
        self.status = status
        self.reason = reason
        self.retry_after_s = retry_after_s
        super().__init__(self._render())

    def _render(self) -> str:
        details = self.context.render()
        extra = []
        if self.status is not None:
            extra.append(f"HTTP {self.status}")
        if self.reason:
            extra.append(f"reason={self.reason}")
        tail = ", ".join(x for x in (details, *extra) if x)
        return f"{self.summary} [{tail}]" if tail else self.summary

    def with_context(self, context: ErrorContext) -> GscError:
        """Return a copy of this error that names `context` (the original stays the cause)."""
        clone = type(self)(
            self.summary, context=context, status=self.status, reason=self.reason, retry_after_s=self.retry_after_s
        )
        clone.__cause__ = self.__cause__
        return clone

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.summary, self.context, self.status, self.reason, self.retry_after_s))


def _rebuild(cls: type[GscError], summary: str, context: ErrorContext, status: int | None,
             reason: str | None, retry_after_s: float | None) -> GscError:  # fmt: skip
    return cls(summary, context=context, status=status, reason=reason, retry_after_s=retry_after_s)


class GscConfigError(GscError):
    """Settings, a credential file or a report definition is invalid; fix the configuration."""


class GscAuthError(GscError):
    """The token endpoint refused the credential, or the API refused a freshly refreshed token."""


class GscApiError(GscError):
    """Google answered with an error status."""


class GscBadRequestError(GscApiError):
    """400: Google rejected the request itself; retrying cannot help."""


class GscPermissionError(GscApiError):
    """403 without a quota reason: this credential may not read the site."""


class GscNotFoundError(GscApiError):
    """404: no such site or endpoint."""


class GscQuotaError(GscApiError):
    """429 or a quota 403: Google asks us to slow down. `retry_after_s` holds its Retry-After, if any."""

    retryable = True


class GscLoadQuotaError(GscQuotaError):
    """Google kept refusing a site's queries as over quota while we stayed inside its per-minute budget, before and
    after a pause of the short-term load-quota window: its daily load quota is spent. Not retried in this run."""

    retryable = False


class GscServerError(GscApiError):
    """5xx: a transient failure on Google's side."""

    retryable = True


class GscTransportError(GscError):
    """The exchange failed below HTTP semantics: connect, reset, timeout, protocol error."""

    retryable = True


class GscResponseError(GscError):
    """A 2xx answer that cannot be read (malformed, truncated, wrong content type)."""

    retryable = True


class GscDataNotReadyError(GscError):
    """The requested day is not final yet and only final data was asked for; fetch it again later."""


# --------------------------------------------------------------------------------------------------------------
# Mapping foreign errors: the one place that knows the exception classes of httpx and what it runs on (httpcore,
# h2/hpack/hyperframe for HTTP/2, anyio, ssl) and of google-auth.
#
# What reaches us on the HTTP/2 path (httpx -> httpcore AsyncHTTP2Connection -> h2 -> anyio TLSStream):
# - httpx.RemoteProtocolError: a RST_STREAM from the server (httpcore raises it for h2's StreamReset event), a
#   GOAWAY (ConnectionTerminated) while our stream was in flight, or "Server disconnected" (EOF on the socket).
# - httpx.LocalProtocolError: ANY h2 ProtocolError raised while httpcore sends the request or waits for the answer
#   headers. Despite the name these are mostly the server's or the connection's fault: a response body shorter
#   than its content-length on another stream of the connection (h2's InvalidBodyLengthError, which makes h2 tear
#   the whole connection down), a stream already closed by the server (StreamClosedError), bad frames, flow
#   control. Only an h11 LocalProtocolError (HTTP/1.1: our request is malformed) is a caller error.
# - h2.exceptions.* raw, not wrapped by httpx at all: the same errors raised while the body is read
#   (InvalidBodyLengthError for a truncated body, ProtocolError "Invalid input ... in state CLOSED" for the other
#   streams of a connection h2 has just torn down). hpack/hyperframe errors are wrapped by h2 into ProtocolError.
# - httpx.ReadTimeout: one read timeout fails every stream waiting on that connection (httpcore keeps the error).
# - httpx.ReadError/WriteError: anyio's BrokenResourceError, ClosedResourceError, EndOfStream below TLS.
# - ssl.SSLError raw: anyio's TLSStream re-raises TLS alerts met after the handshake (bad record MAC, ...) and
#   httpcore does not map them; being an OSError they used to look like file errors.
# - httpx.ConnectError caused by ssl.SSLCertVerificationError: the server's certificate is not trusted.
# Each is mapped below; test_client_h2_faults.py enumerates the foreign classes so that a new one is considered.

_NON_RETRYABLE_TRANSPORT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL)
# ssl errors of these libraries come from reading a certificate file, not from the wire.
_SSL_FILE_LIBRARIES = frozenset({"PEM", "X509"})
_MAX_CHAIN = 16


@dataclass(frozen=True, slots=True)
class _Foreign:
    """Exception classes of the HTTP stack below httpx, imported on first use (keeps this module cheap)."""

    h2: tuple[type[BaseException], ...]
    local_protocol: tuple[type[BaseException], ...]
    timeouts: tuple[type[BaseException], ...]
    not_retryable: tuple[type[BaseException], ...]
    network: tuple[type[BaseException], ...]


@functools.cache
def _foreign() -> _Foreign:
    import anyio
    import h2.exceptions
    import hpack.exceptions
    import httpcore
    import hyperframe.exceptions

    anyio_errors: tuple[type[BaseException], ...] = (
        anyio.BrokenResourceError, anyio.ClosedResourceError, anyio.EndOfStream, anyio.IncompleteRead,
    )  # fmt: skip
    connection_failed = getattr(anyio, "ConnectionFailed", None)  # anyio >= 4.9
    if isinstance(connection_failed, type):
        anyio_errors += (connection_failed,)
    return _Foreign(
        h2=(h2.exceptions.H2Error, hpack.exceptions.HPACKError, hyperframe.exceptions.HyperframeError),
        local_protocol=(httpx.LocalProtocolError, httpcore.LocalProtocolError),
        timeouts=(httpx.TimeoutException, httpcore.TimeoutException, TimeoutError),
        not_retryable=(*_NON_RETRYABLE_TRANSPORT, httpcore.UnsupportedProtocol, httpcore.LocalProtocolError),
        network=(
            httpx.TransportError, httpcore.NetworkError, httpcore.ProtocolError, httpcore.ProxyError,
            httpcore.ConnectionNotAvailable, *anyio_errors, ConnectionError, socket.gaierror,
        ),
    )  # fmt: skip


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, then what it was raised from or while handling, and so on (bounded, cycle-safe).

    A suppressed context is followed too: httpcore re-raises some errors `from None` (its ConnectError hides the
    ssl.SSLCertVerificationError that way), yet that context is still what went wrong.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(current))
        yield current
        current = current.__cause__ if current.__cause__ is not None else current.__context__


def _caused_by(exc: BaseException, types: type[BaseException] | tuple[type[BaseException], ...]) -> bool:
    return any(isinstance(e, types) for e in _chain(exc))


def map_exception(exc: BaseException, context: ErrorContext) -> GscError:
    """Translate a foreign exception into the tree. Unknown exceptions map to a non-retryable GscError."""
    if isinstance(exc, GscError):
        return exc if exc.context.render() else exc.with_context(context)
    import google.auth.exceptions as gae  # local: keeps import of this module cheap

    foreign = _foreign()
    name = type(exc).__name__
    err: GscError
    wire = (*foreign.network, *foreign.not_retryable, *foreign.h2, ssl.SSLError, gae.TransportError)
    if isinstance(exc, wire) and _caused_by(exc, ssl.SSLCertVerificationError):
        err = GscConfigError(
            f"TLS certificate not trusted ({name}: {exc}); check the CA file given as `verify`", context=context
        )
        return err
    if isinstance(exc, foreign.timeouts):
        return GscTransportError(f"timed out ({name})", context=context)
    if isinstance(exc, foreign.h2) or (isinstance(exc, foreign.local_protocol) and _caused_by(exc, foreign.h2)):
        # httpcore calls these "local", but the server or the shared connection broke them (see above).
        return GscTransportError(f"HTTP/2 protocol error ({name}: {exc})", context=context)
    if isinstance(exc, foreign.not_retryable):
        err = GscConfigError(f"cannot send the request ({name}: {exc})", context=context)
        return err
    if isinstance(exc, foreign.network):
        return GscTransportError(f"connection failed ({name}: {exc})", context=context)
    if isinstance(exc, ssl.SSLError) and getattr(exc, "library", None) not in _SSL_FILE_LIBRARIES:
        return GscTransportError(f"TLS connection failed ({name}: {exc})", context=context)
    if isinstance(exc, httpx.DecodingError):
        return GscResponseError(f"undecodable body ({name}: {exc})", context=context)
    if isinstance(exc, httpx.RequestError):  # the base class, or one httpx may add; TooManyRedirects (not followed)
        return GscTransportError(f"request failed ({name}: {exc})", context=context)
    if isinstance(exc, gae.RefreshError):
        return _map_refresh_error(exc, context)
    if isinstance(exc, gae.TransportError):
        return GscTransportError(f"token endpoint unreachable ({name}: {exc})", context=context)
    if isinstance(exc, gae.DefaultCredentialsError | gae.MalformedError):
        return GscConfigError(f"unusable credentials ({name}: {exc})", context=context)
    if isinstance(exc, json.JSONDecodeError | ValueError | KeyError | TypeError) and context.operation == "credentials":
        return GscConfigError(f"unusable credentials ({name}: {exc})", context=context)
    if isinstance(exc, OSError):
        return GscConfigError(f"cannot read a file ({name}: {exc.strerror or exc})", context=context)
    return GscError(f"unexpected {name}: {exc}", context=context)


def _map_refresh_error(exc: BaseException, context: ErrorContext) -> GscError:
    """google-auth's RefreshError carries (message, response body); quote only Google's error code and text."""
    body = exc.args[1] if len(exc.args) > 1 else None
    status = None
    if isinstance(body, dict):
        code = str(body.get("error", "refresh failed"))
        text = str(body.get("error_description", ""))
    else:
        code, text = "refresh failed", str(exc.args[0]) if exc.args else ""
    retryable = bool(getattr(exc, "retryable", False))
    message = f"token refresh refused: {code}" + (f": {text}" if text else "")
    err: GscError = (GscTransportError if retryable else GscAuthError)(
        message, context=context, status=status, reason=code
    )
    return err


@contextmanager
def mapped_errors(context: ErrorContext) -> Iterator[None]:
    """Re-raise any foreign exception inside the block as its GscError, chained with `from`."""
    try:
        yield
    except GscError:
        raise
    except Exception as exc:
        raise map_exception(exc, context) from exc


def api_error(
    status: int, body: bytes, context: ErrorContext, retry_after_s: float | None
) -> GscApiError | GscAuthError:
    """Build the error for a non-2xx answer from Google's JSON error body (status, message, reason)."""
    message, reason = _google_error(body)
    text = message or f"HTTP {status}"
    cls: type[GscApiError] | type[GscAuthError]
    if status == 401:
        cls = GscAuthError
    elif status == 429 or (status == 403 and reason in QUOTA_REASONS):
        cls = GscQuotaError
    elif status == 403:
        cls = GscPermissionError
    elif status == 404:
        cls = GscNotFoundError
    elif status in RETRYABLE_STATUSES or status >= 500:
        cls = GscServerError
    else:
        cls = GscBadRequestError
    return cls(text, context=context, status=status, reason=reason, retry_after_s=retry_after_s)


def _google_error(body: bytes) -> tuple[str, str | None]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return "", None
    if not isinstance(data, dict) or not isinstance(data.get("error"), dict):
        return "", None
    error = data["error"]
    message = str(error.get("message", ""))
    reason = None
    errors = error.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        reason = errors[0].get("reason")
    if reason is None:
        for detail in error.get("details") or []:
            if isinstance(detail, dict) and detail.get("reason"):
                reason = detail["reason"]
                break
    return message, (str(reason) if reason else error.get("status"))
