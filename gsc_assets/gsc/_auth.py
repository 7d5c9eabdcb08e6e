"""Credentials and their bearer tokens: one token per credential, shared by every concurrent request.

google-auth refreshes synchronously over `requests`, so a refresh runs in a worker thread; an asyncio.Lock with a
double-check makes a burst of concurrent requests wait for a single refresh. A refused refresh is remembered, so
the requests behind it fail at once instead of each asking the token endpoint again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._errors import ErrorContext, GscAuthError, GscConfigError, GscError, mapped_errors

__all__ = ["SCOPES", "Credential", "CredentialSet"]

SCOPES = ("https://www.googleapis.com/auth/webmasters.readonly",)
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
# Refresh this long before expiry, at most (short-lived test tokens use a tenth of their lifetime instead).
REFRESH_AHEAD_S = 300.0


class Credential:
    """One Google credential, its current access token and the principal its per-user quota is charged to."""

    def __init__(self, *, google_credentials: Any, source: str, verify: bool | str = True) -> None:
        import google.auth.transport.requests
        import requests

        self._creds = google_credentials
        self.source = source
        self._lock = asyncio.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0
        self._failure: GscError | None = None
        self._session = requests.Session()
        # Per request, not on the session: requests lets REQUESTS_CA_BUNDLE override a session's `verify`.
        self._request = functools.partial(google.auth.transport.requests.Request(session=self._session), verify=verify)
        self.refresh_count = 0

    @classmethod
    def from_file(cls, path: Path, *, verify: bool | str = True) -> Credential:
        """Load a service-account key or an authorized-user (refresh token) file; both honour their token_uri."""
        import google.auth
        import google.oauth2.credentials

        context = ErrorContext(operation="credentials")
        if not path.is_file():
            raise GscConfigError(f"credential file {path} does not exist", context=context)
        with mapped_errors(context):
            info = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(info, dict) and info.get("type") == "authorized_user":
                # google-auth ignores an authorized-user file's token_uri; the simulator (and proxies) need it.
                missing = {"client_id", "client_secret", "refresh_token"} - set(info)
                if missing:
                    raise GscConfigError(
                        f"authorized-user file {path} lacks {', '.join(sorted(missing))}", context=context
                    )
                creds: Any = google.oauth2.credentials.Credentials(
                    token=None,
                    refresh_token=info["refresh_token"],
                    token_uri=info.get("token_uri") or GOOGLE_TOKEN_URI,
                    client_id=info["client_id"],
                    client_secret=info["client_secret"],
                    scopes=list(SCOPES),
                    quota_project_id=info.get("quota_project_id"),
                )
            else:
                creds, _project = google.auth.load_credentials_from_file(str(path), scopes=list(SCOPES))
        return cls(google_credentials=creds, source=str(path), verify=verify)

    @classmethod
    def from_adc(cls, *, verify: bool | str = True) -> Credential:
        """Application default credentials (gcloud user login, metadata server, ...)."""
        import google.auth

        with mapped_errors(ErrorContext(operation="credentials")):
            creds, _project = google.auth.default(scopes=list(SCOPES))
        return cls(google_credentials=creds, source="application default credentials", verify=verify)

    @property
    def principal(self) -> str:
        """Who Google charges the per-user quota to: a service account's email or an OAuth client id."""
        email = getattr(self._creds, "service_account_email", None)
        if email and email != "default":
            return str(email)
        client_id = getattr(self._creds, "client_id", None)
        return str(client_id or email or self.source)

    @property
    def quota_bucket(self) -> str:
        return f"user:{self.principal}"

    @property
    def project_id(self) -> str | None:
        """The Google Cloud project Google charges the per-project quota to, when the credential names one: its
        quota project (sent as `x-goog-user-project`, see `headers`), else a service account's own project."""
        project = getattr(self._creds, "quota_project_id", None) or getattr(self._creds, "project_id", None)
        return str(project) if project else None

    @property
    def headers(self) -> dict[str, str]:
        """Headers every API call with this credential carries: the quota project, as google-auth's own
        `apply()` would send it, so Google charges the project our per-project bucket counts."""
        quota_project = getattr(self._creds, "quota_project_id", None)
        return {"x-goog-user-project": str(quota_project)} if quota_project else {}

    @property
    def quota_buckets(self) -> list[str]:
        """Every credential-wide quota bucket: per user, and per project (40,000 queries/min) when known."""
        project = self.project_id
        return [self.quota_bucket, f"project:{project}"] if project else [self.quota_bucket]

    def _fresh(self) -> bool:
        return self._token is not None and time.monotonic() < self._refresh_at

    async def token(self) -> str:
        """A valid access token; refreshes (once, for all waiters) when missing or close to expiry."""
        if self._fresh():
            return self._token  # type: ignore[return-value]
        async with self._lock:
            if self._failure is not None:
                raise self._failure
            if not self._fresh():
                await self._refresh()
            return self._token  # type: ignore[return-value]

    async def invalidate(self, token: str) -> None:
        """Drop `token` after a 401, unless another request already replaced it."""
        async with self._lock:
            if self._token == token:
                self._token = None

    async def _refresh(self) -> None:
        context = ErrorContext(operation="token refresh")
        started = time.monotonic()
        try:
            with mapped_errors(context):
                await asyncio.to_thread(self._creds.refresh, self._request)
        except GscError as err:
            if not err.retryable:
                self._failure = err if isinstance(err, GscAuthError | GscConfigError) else None
            raise
        self.refresh_count += 1
        token = self._creds.token
        if not token:
            raise GscAuthError("token endpoint returned no access token", context=context)
        expiry: dt.datetime | None = self._creds.expiry
        lifetime = 3600.0
        if expiry is not None:
            now_utc = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            expiry_naive = (
                expiry.replace(tzinfo=None) if expiry.tzinfo is None else expiry.astimezone(dt.UTC).replace(tzinfo=None)
            )
            lifetime = max(0.0, (expiry_naive - now_utc).total_seconds())
        ahead = min(REFRESH_AHEAD_S, lifetime / 10)
        self._token = token
        self._refresh_at = started + max(0.0, lifetime - ahead)

    def close(self) -> None:
        self._session.close()


class CredentialSet:
    """The default credential plus per-site credentials from GSC_CREDENTIALS_MAP.

    The default credential is loaded up front when a file is named (so a bad key fails before any request) and
    lazily from application default credentials otherwise (a map may cover every site).
    """

    def __init__(self, *, default_file: Path | None, map_file: Path | None, verify: bool | str = True) -> None:
        self._default_file = default_file
        self._verify = verify
        self._default: Credential | None = None
        self._by_site: dict[str, Credential] = {}
        self._all: list[Credential] = []
        try:
            if default_file is not None:
                self._default = Credential.from_file(default_file, verify=verify)
                self._all.append(self._default)
            if map_file is not None:
                by_path: dict[Path, Credential] = {}
                for site, path in _read_map(map_file).items():
                    if path not in by_path:
                        by_path[path] = Credential.from_file(path, verify=verify)
                        self._all.append(by_path[path])
                    self._by_site[site] = by_path[path]
        except BaseException:
            self.close()
            raise

    def for_site(self, site_url: str) -> Credential:
        cred = self._by_site.get(site_url)
        return cred if cred is not None else self.default()

    def default(self) -> Credential:
        if self._default is None:
            self._default = Credential.from_adc(verify=self._verify)
            self._all.append(self._default)
        return self._default

    def all(self) -> list[Credential]:
        """Every credential loaded (default first when present)."""
        if self._default is None and not self._by_site:
            self.default()
        return list(self._all)

    def close(self) -> None:
        for cred in self._all:
            cred.close()


def _read_map(map_file: Path) -> Mapping[str, Path]:
    """Parse GSC_CREDENTIALS_MAP: {site_url: credential path}, paths relative to the map file."""
    import yaml

    where = f"GSC_CREDENTIALS_MAP {map_file}"
    try:
        data = yaml.safe_load(map_file.read_text(encoding="utf-8"))  # JSON is YAML too
    except OSError as exc:
        raise GscConfigError(f"{where}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise GscConfigError(f"{where}: neither valid YAML nor JSON") from exc
    if isinstance(data, Mapping) and isinstance(data.get("sites"), Mapping):
        data = data["sites"]
    if not isinstance(data, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise GscConfigError(f"{where}: expected a mapping of site URL -> credential file path")
    base = map_file.parent
    return {site: (base / path).resolve() for site, path in data.items()}
