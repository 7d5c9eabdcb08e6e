"""The properties and sitemaps a credential sees: `sites.list` and `sitemaps.list`, parsed strictly.

Google's JSON carries int64 fields as strings (`"errors": "0"`, the discovery document's `format: int64`) and
omits empty lists and absent dates; a field of another shape is an answer we do not understand, never a zero.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ._errors import ErrorContext, GscResponseError

_INT64 = re.compile(r"-?[0-9]{1,19}")
#: RFC 3339 as Google writes it: a date, "T", a time (fraction optional) and "Z" or an offset.
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


@dataclass(frozen=True, slots=True)
class SiteEntry:
    """One property `sites.list` gives one credential."""

    site_url: str
    permission_level: str
    principal: str


@dataclass(frozen=True, slots=True)
class SitemapContent:
    type: str
    submitted: int


@dataclass(frozen=True, slots=True)
class Sitemap:
    """One entry of `sitemaps.list` (contents[].indexed is deprecated by Google and not kept); `index` is the
    sitemap index that lists it, None for a sitemap submitted to Search Console itself."""

    site_url: str
    path: str
    index: str | None
    type: str | None
    is_pending: bool
    is_sitemaps_index: bool
    last_submitted: dt.datetime | None
    last_downloaded: dt.datetime | None
    warnings: int | None  # None: Google gave no count (a pending sitemap)
    errors: int | None
    contents: tuple[SitemapContent, ...]


def site_entries(data: dict[str, Any], principal: str, context: ErrorContext) -> list[SiteEntry]:
    """The body of `sites.list` (no `siteEntry` at all when the credential sees no site)."""
    entries = data.get("siteEntry") or []
    if not isinstance(entries, list):
        raise GscResponseError("siteEntry is not a list", context=context)
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("siteUrl"), str):
            raise GscResponseError("a siteEntry without a siteUrl", context=context)
        out.append(SiteEntry(entry["siteUrl"], str(entry.get("permissionLevel") or ""), principal))
    return out


def _int64(value: Any, name: str, context: ErrorContext) -> int | None:
    """An int64 as Google's JSON writes it (a string of ASCII digits); absent is None, not zero."""
    if value is None:
        return None
    if isinstance(value, str) and _INT64.fullmatch(value):
        return int(value)
    raise GscResponseError(f"sitemap field {name} is not an int64 string ({value!r})", context=context)


def _timestamp(value: Any, name: str, context: ErrorContext) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _RFC3339.fullmatch(value):
        raise GscResponseError(f"sitemap field {name} is not an RFC 3339 time ({value!r})", context=context)
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:  # e.g. month 13
        raise GscResponseError(f"sitemap field {name} is not an RFC 3339 time ({value!r})", context=context) from exc


def _flag(value: Any, name: str, context: ErrorContext) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise GscResponseError(f"sitemap field {name} is not a boolean ({value!r})", context=context)
    return value


def sitemaps(data: dict[str, Any], site_url: str, context: ErrorContext, *, index: str | None) -> list[Sitemap]:
    """The body of `sitemaps.list` for `site_url` (listed by the sitemap index `index`, or submitted: None)."""
    entries = data.get("sitemap") or []
    if not isinstance(entries, list):
        raise GscResponseError("sitemap is not a list", context=context)
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise GscResponseError("a sitemap without a path", context=context)
        contents = entry.get("contents") or []
        if not isinstance(contents, list) or not all(isinstance(c, dict) for c in contents):
            raise GscResponseError("sitemap contents is not a list of objects", context=context)
        out.append(
            Sitemap(
                site_url=site_url,
                path=entry["path"],
                index=index,
                type=entry.get("type"),
                is_pending=_flag(entry.get("isPending"), "isPending", context),
                is_sitemaps_index=_flag(entry.get("isSitemapsIndex"), "isSitemapsIndex", context),
                last_submitted=_timestamp(entry.get("lastSubmitted"), "lastSubmitted", context),
                last_downloaded=_timestamp(entry.get("lastDownloaded"), "lastDownloaded", context),
                warnings=_int64(entry.get("warnings"), "warnings", context),
                errors=_int64(entry.get("errors"), "errors", context),
                contents=tuple(
                    SitemapContent(str(c.get("type") or ""), _int64(c.get("submitted"), "submitted", context) or 0)
                    for c in contents
                ),
            )
        )
    return out
