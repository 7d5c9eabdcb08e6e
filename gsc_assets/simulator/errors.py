"""Google-shaped API errors: one exception, rendered the way googleapis.com renders it."""

from __future__ import annotations

from typing import Any

PERMISSION_MESSAGE = (
    "User does not have sufficient permission for site '{site}'. "
    "See also: https://support.google.com/webmasters/answer/2451999."
)
UNAUTHENTICATED_MESSAGE = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other "
    "valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
)
_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    413: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


class ApiError(Exception):
    """An error answer: HTTP status, Google's reason code, message, and optional extra headers."""

    def __init__(
        self,
        code: int,
        message: str,
        reason: str,
        *,
        status: str | None = None,
        domain: str = "global",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason
        self.status = status or _STATUS_NAMES.get(code, "UNKNOWN")
        self.domain = domain
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [{"message": self.message, "domain": self.domain, "reason": self.reason}],
                "status": self.status,
            }
        }


def bad_request(message: str) -> ApiError:
    return ApiError(400, message, "badRequest")


def unauthenticated() -> ApiError:
    return ApiError(
        401,
        UNAUTHENTICATED_MESSAGE,
        "authError",
        headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
    )


def forbidden(site: str) -> ApiError:
    return ApiError(403, PERMISSION_MESSAGE.format(site=site), "forbidden")


def quota_exceeded(retry_after: float | None, *, as_403: bool) -> ApiError:
    """Google's one "quota exceeded" answer for every quota (QPM and load alike, per its Usage Limits page).

    ``retry_after`` None sends no Retry-After: Google gives no hint when a load quota frees up.
    """
    headers = {}
    if retry_after is not None:
        headers["Retry-After"] = f"{max(retry_after, 0.001):.3f}".rstrip("0").rstrip(".")
    if as_403:
        return ApiError(
            403,
            "Search Analytics load quota exceeded. Quota exceeded for quota metric 'Queries' and limit "
            "'Queries per minute per user'.",
            "quotaExceeded",
            status="PERMISSION_DENIED",
            domain="usageLimits",
            headers=headers,
        )
    return ApiError(
        429,
        "Search Analytics QPS quota exceeded. Quota exceeded for quota metric 'Queries' and limit "
        "'Queries per minute'.",
        "rateLimitExceeded",
        domain="usageLimits",
        headers=headers,
    )
