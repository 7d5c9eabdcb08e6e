"""OAuth for the simulator: minted service-account keys, JWT-bearer and refresh-token grants, access tokens,
and which principal may read which site (changeable at run time)."""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ._config import DEFAULT_PROJECT

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
_CLOCK_SKEW_S = 300
_MAX_ASSERTION_LIFETIME_S = 3600 + _CLOCK_SKEW_S


class GrantError(Exception):
    """A refused token request, rendered as Google's OAuth error body."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


@dataclass
class ServiceAccount:
    client_email: str
    key_id: str
    public_key: rsa.RSAPublicKey
    project_id: str
    revoked: bool = False


@dataclass
class AuthorizedUser:
    client_id: str
    client_secret: str
    refresh_token: str
    project_id: str  # the Cloud project of the OAuth client, which Google charges per-project quota to
    revoked: bool = False


@dataclass
class Access:
    """Per principal: None = every site (the default), else the set of readable sites."""

    rules: dict[str, set[str] | None] = field(default_factory=dict)

    def allowed(self, principal: str, site: str) -> bool:
        sites = self.rules.get(principal)
        return sites is None or site in sites

    def grant(self, principal: str, site: str) -> None:
        if site == "*":
            self.rules.pop(principal, None)
            return
        sites = self.rules.get(principal)
        if sites is not None:
            sites.add(site)

    def revoke(self, principal: str, site: str, all_sites: set[str]) -> None:
        if site == "*":
            self.rules[principal] = set()
            return
        sites = self.rules.get(principal)
        self.rules[principal] = (set(all_sites) if sites is None else sites) - {site}


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Authority:
    """Mints credentials, exchanges grants for access tokens and authenticates bearer tokens."""

    def __init__(self, *, token_ttl: int) -> None:
        self.token_ttl = token_ttl
        self.accounts: dict[str, ServiceAccount] = {}
        self.users: dict[str, AuthorizedUser] = {}
        self.tokens: dict[str, tuple[str, float]] = {}
        self.access = Access()
        self._lock = threading.Lock()

    # -- minting ---------------------------------------------------------------------------------------------
    def mint_service_account(self, client_email: str, token_uri: str, project_id: str | None = None) -> dict[str, Any]:
        """A service-account key JSON as Google's console writes it, with token_uri pointing at us.

        The project defaults to the one Google names in the address (NAME@PROJECT.iam.gserviceaccount.com).
        """
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        key_id = secrets.token_hex(20)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        project = project_id or (client_email.split("@", 1)[1].split(".", 1)[0] if "@" in client_email else "")
        project = project or DEFAULT_PROJECT
        with self._lock:
            self.accounts[client_email] = ServiceAccount(client_email, key_id, key.public_key(), project)
        return {
            "type": "service_account",
            "project_id": project,
            "private_key_id": key_id,
            "private_key": pem,
            "client_email": client_email,
            "client_id": str(int.from_bytes(secrets.token_bytes(8), "big")),
            "auth_uri": token_uri.rsplit("/", 1)[0] + "/auth",
            "token_uri": token_uri,
            "auth_provider_x509_cert_url": token_uri.rsplit("/", 1)[0] + "/certs",
            "client_x509_cert_url": token_uri.rsplit("/", 1)[0] + "/certs/" + urllib.parse.quote(client_email),
            "universe_domain": "googleapis.com",
        }

    def mint_authorized_user(self, token_uri: str, project_id: str | None = None) -> dict[str, Any]:
        user = AuthorizedUser(
            client_id=f"{secrets.token_hex(6)}.apps.googleusercontent.com",
            client_secret=secrets.token_urlsafe(18),
            refresh_token="1//" + secrets.token_urlsafe(32),
            project_id=project_id or DEFAULT_PROJECT,
        )
        with self._lock:
            self.users[user.client_id] = user
        return {
            "type": "authorized_user",
            "client_id": user.client_id,
            "client_secret": user.client_secret,
            "refresh_token": user.refresh_token,
            "token_uri": token_uri,
            "universe_domain": "googleapis.com",
        }

    def revoke_key(self, client_email: str) -> bool:
        with self._lock:
            account = self.accounts.get(client_email)
            if account is None:
                return False
            account.revoked = True
            self.tokens = {t: v for t, v in self.tokens.items() if v[0] != client_email}
            return True

    # -- grants ----------------------------------------------------------------------------------------------
    def exchange(self, form: dict[str, str]) -> dict[str, Any]:
        """POST /token: returns the token response or raises GrantError."""
        grant = form.get("grant_type")
        if grant == JWT_BEARER:
            assertion = form.get("assertion")
            if not assertion:
                raise GrantError("invalid_request", "Missing required parameter: assertion")
            claims = self._verify_jwt(assertion)
            aud = str(claims.get("aud", ""))
            if urllib.parse.urlparse(aud).path.rstrip("/") != "/token":
                raise GrantError("invalid_grant", f"Invalid JWT: audience {aud!r} is not this token endpoint.")
            scope = str(claims.get("scope", ""))
            if "webmasters" not in scope:
                raise GrantError("invalid_scope", "Invalid OAuth scope or ID token audience provided.")
            return self._issue(str(claims["iss"]), scope)
        if grant == "refresh_token":
            user = self.users.get(form.get("client_id", ""))
            if user is None or user.client_secret != form.get("client_secret"):
                raise GrantError("invalid_client", "The OAuth client was not found.", status=401)
            if user.revoked or user.refresh_token != form.get("refresh_token"):
                raise GrantError("invalid_grant", "Token has been expired or revoked.")
            return self._issue(f"user:{user.client_id}", "https://www.googleapis.com/auth/webmasters.readonly")
        raise GrantError("unsupported_grant_type", f"Invalid grant_type: {grant}")

    def _issue(self, principal: str, scope: str) -> dict[str, Any]:
        token = "ya29.sim-" + secrets.token_urlsafe(32)
        with self._lock:
            self.tokens[token] = (principal, time.time() + self.token_ttl)
        return {"access_token": token, "expires_in": self.token_ttl, "scope": scope, "token_type": "Bearer"}

    def _verify_jwt(self, token: str) -> dict[str, Any]:
        try:
            header_b64, payload_b64, sig_b64 = token.split(".")
            header = json.loads(_b64url_decode(header_b64))
            claims = json.loads(_b64url_decode(payload_b64))
            signature = _b64url_decode(sig_b64)
        except (ValueError, json.JSONDecodeError) as exc:
            raise GrantError("invalid_grant", f"Invalid JWT: {exc}") from None
        if not isinstance(header, dict) or not isinstance(claims, dict) or header.get("alg") != "RS256":
            raise GrantError("invalid_grant", "Invalid JWT: only RS256 signed tokens are accepted.")
        account = self.accounts.get(str(claims.get("iss", "")))
        if account is None or account.revoked:
            raise GrantError("invalid_grant", "Invalid JWT Signature.")
        if header.get("kid") not in (None, account.key_id):
            raise GrantError("invalid_grant", "Invalid JWT Signature.")
        try:
            account.public_key.verify(
                signature, f"{header_b64}.{payload_b64}".encode(), padding.PKCS1v15(), hashes.SHA256()
            )
        except InvalidSignature:
            raise GrantError("invalid_grant", "Invalid JWT Signature.") from None
        now = time.time()
        try:
            exp, iat = float(claims["exp"]), float(claims.get("iat", now))
        except (KeyError, TypeError, ValueError):
            raise GrantError("invalid_grant", "Invalid JWT: missing exp.") from None
        if exp < now - _CLOCK_SKEW_S or iat > now + _CLOCK_SKEW_S or exp - iat > _MAX_ASSERTION_LIFETIME_S:
            raise GrantError(
                "invalid_grant",
                "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.",
            )
        return claims

    # -- bearer tokens ---------------------------------------------------------------------------------------
    def project_of(self, principal: str) -> str:
        """The Cloud project a principal's calls are charged to (Google's per-project quota)."""
        if principal.startswith("user:"):
            user = self.users.get(principal[5:])
            return user.project_id if user is not None else DEFAULT_PROJECT
        account = self.accounts.get(principal)
        return account.project_id if account is not None else DEFAULT_PROJECT

    def authenticate(self, authorization: str | None) -> str | None:
        """The principal behind an Authorization header, or None (caller answers 401)."""
        if not authorization:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        token = token.strip()
        entry = self.tokens.get(token)
        if entry is not None:
            principal, expiry = entry
            if time.time() >= expiry:
                return None
            if principal.startswith("user:"):
                user = self.users.get(principal[5:])
                return principal if user is not None and not user.revoked else None
            return principal
        if token.count(".") == 2:  # a self-signed JWT used directly as the bearer token
            try:
                claims = self._verify_jwt(token)
            except GrantError:
                return None
            return str(claims["iss"])
        return None
