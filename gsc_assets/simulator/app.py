"""The ASGI application: Google's wire protocol for searchAnalytics.query, sites.list, batch and OAuth, plus
the ``/_sim/*`` endpoints tests use to read the truth and script Google's behaviour.

Raw ASGI rather than a framework: the hot path (authenticate, check quota, slice a cached answer, serialise) is
a few dictionary look-ups, and a router would cost more than the work.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import math
import random
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import orjson

from ._config import DAY_ROW_CAP, FAULT_NAMES, SimConfig, resolve_today
from .auth import Authority, GrantError
from .batch import BatchFormatError, PartResponse, compose_batch, parse_batch
from .data import DataSource
from .errors import ApiError, bad_request, forbidden, quota_exceeded, unauthenticated
from .query import Engine, parse_query
from .quota import LoadQuota, QuotaBook
from .sitemaps import sitemaps_list
from .transport import Receive, Reply, Send, accepts_gzip, deliver, send_reply

SITES_PATH = "/webmasters/v3/sites"
QUERY_SUFFIX = "/searchAnalytics/query"
SITEMAPS_SUFFIX = "/sitemaps"
BATCH_PATHS = frozenset({"/batch", "/batch/webmasters/v3", "/batch/searchconsole/v1"})
#: Seconds per served row added to the latency (only when latency is simulated at all).
ROW_COST_S = 20e-6
JOURNAL_SIZE = 10_000
DEFAULT_SLOW_S = 5.0


@dataclass
class Stats:
    """What the API saw: counts API calls (queries, site listings, batch parts), not /token or /_sim."""

    requests: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    by_site: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    first_request: float | None = None
    last_request: float | None = None
    rows_served: int = 0
    token_requests: int = 0
    batch_requests: int = 0
    #: The last JOURNAL_SIZE Search Analytics queries in the order they arrived: what each asked (dimensions, dates,
    #: type, startRow) and, on one clock of arrivals and answers (`asked`, `answered`), when it arrived and when its
    #: answer was sent (None until then, for a batch's parts, and for a query answered with an error, e.g. the load
    #: quota's 429). Lets a test check a client's order of requests.
    journal: collections.deque[dict[str, Any]] = field(default_factory=lambda: collections.deque(maxlen=JOURNAL_SIZE))
    ticks: int = 0

    def tick(self) -> int:
        self.ticks += 1
        return self.ticks

    def record(self, status: int, site: str | None, rows: int) -> None:
        now = time.time()
        self.requests += 1
        self.by_status[str(status)] += 1
        if site is not None:
            self.by_site[site] += 1
        if self.first_request is None:
            self.first_request = now
        self.last_request = now
        self.rows_served += rows


class SimulatorApp:
    """ASGI callable. Runtime knobs live on the instance and change through ``control()``."""

    def __init__(self, config: SimConfig | None = None) -> None:
        self.config = config = config or SimConfig()
        self.source = DataSource(config.sites, config.seed)
        self.engine = Engine(self.source)
        self.authority = Authority(token_ttl=config.token_ttl)
        self.rng = random.Random(config.seed)
        self._apply_config(config)
        self.stats = Stats()

    def _apply_config(self, config: SimConfig) -> None:
        self.today = resolve_today(config.today)
        self.time_scale = config.time_scale
        self.faults = config.faults()
        self.latency_ms = config.latency_ms
        self.slow_s = DEFAULT_SLOW_S
        self.quota_403 = config.quota_403
        self.authority.token_ttl = config.token_ttl
        self.quota = QuotaBook(
            window_s=60.0 / config.time_scale,
            per_site=config.qpm_per_site,
            per_user=config.qpm_per_user,
            per_project=config.qpm_per_project,
        )
        self.load = LoadQuota(
            time_scale=config.time_scale, short_budget=config.load_quota_short, long_budget=config.load_quota_long
        )
        self.authority.access.rules.clear()

    # -- ASGI ------------------------------------------------------------------------------------------------
    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        chunks = []
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        method = scope["method"]
        if path.startswith("/_sim/"):
            reply = self._sim(method, path, scope.get("query_string", b"").decode(), body, scope, headers)
            await send_reply(send, reply)
        elif path == "/token":
            await send_reply(send, self._token(headers, body))
        elif path in BATCH_PATHS:
            self.stats.batch_requests += 1
            reply = await self._batch(method, headers, body)
            await self._send_api(send, reply, scope.get("http_version", "1.1"), accepts_gzip(headers))
        else:
            query = scope.get("query_string", b"").decode("latin-1")
            reply = await self.call(method, f"{path}?{query}" if query else path, headers, body)
            await self._send_api(send, reply, scope.get("http_version", "1.1"), accepts_gzip(headers))

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _send_api(self, send: Send, reply: Reply, http_version: str, gzip_ok: bool) -> None:
        """Latency first (a slow answer is slow before its first byte), then the transport faults."""
        delay = 0.0
        if self.latency_ms > 0:
            delay = random.lognormvariate(math.log(self.latency_ms / 1000.0), 0.35) + reply.rows * ROW_COST_S
        if self._roll("slow"):
            delay += self.slow_s
        if delay > 0:
            await asyncio.sleep(delay / self.time_scale)
        await deliver(send, reply, roll=self._roll, http_version=http_version, gzip_ok=gzip_ok)
        if reply.journal is not None:
            reply.journal["answered"] = self.stats.tick()

    def _roll(self, fault: str) -> bool:
        p = self.faults.get(fault, 0.0)
        hit = p > 0 and self.rng.random() < p
        if hit:
            self.stats.faults[fault] += 1
        return hit

    # -- Google's API ----------------------------------------------------------------------------------------
    async def call(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes,
        *,
        outer_auth: str | None = None,
        outer_project: str | None = None,
    ) -> Reply:
        """One API call (top level or batch part) -> Reply; records it in the stats."""
        site: str | None = None
        try:
            route, site = self._route(method, path.split("?", 1)[0])
            principal = self.authority.authenticate(headers.get("authorization") or outer_auth)
            if principal is None:
                raise unauthenticated()
            if route != "query" and (wait := self.quota.acquire_other(principal, time.monotonic())) is not None:
                raise quota_exceeded(wait, as_403=self.quota_403)
            if route == "sites.list":
                reply = self._sites_list(principal)
            elif route == "sites.get":
                assert site is not None
                reply = self._sites_get(principal, site)
            elif route == "sitemaps.list":
                assert site is not None
                reply = self._sitemaps_list(principal, site, path)
            else:
                assert site is not None
                # Google charges per-project quota to the credential's project, or to the quota project a
                # caller names in x-goog-user-project (cloud.google.com/docs/quotas/set-quota-project).
                project = headers.get("x-goog-user-project") or outer_project or self.authority.project_of(principal)
                reply = await self._query(principal, project, site, body)
        except ApiError as exc:
            reply = Reply.error(exc)
        self.stats.record(reply.status, site, reply.rows)
        return reply

    def _route(self, method: str, path: str) -> tuple[str, str | None]:
        if path.rstrip("/") == SITES_PATH:
            if method != "GET":
                raise ApiError(405, f"Method {method} not allowed on {path}.", "methodNotAllowed")
            return "sites.list", None
        prefix = SITES_PATH + "/"
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            if rest.endswith(QUERY_SUFFIX):
                if method != "POST":
                    raise ApiError(405, f"Method {method} not allowed on {path}.", "methodNotAllowed")
                return "query", urllib.parse.unquote(rest[: -len(QUERY_SUFFIX)])
            if "/" not in rest and method == "GET":
                return "sites.get", urllib.parse.unquote(rest)
            if rest.endswith(SITEMAPS_SUFFIX) and "/" not in rest[: -len(SITEMAPS_SUFFIX)] and method == "GET":
                return "sitemaps.list", urllib.parse.unquote(rest[: -len(SITEMAPS_SUFFIX)])
        raise ApiError(404, f"The requested URL {path} was not found on this server.", "notFound")

    def _readable(self, principal: str) -> list[str]:
        return [s for s in self.config.sites if self.authority.access.allowed(principal, s)]

    def _sites_list(self, principal: str) -> Reply:
        entries = [{"siteUrl": s, "permissionLevel": "siteFullUser"} for s in self._readable(principal)]
        return Reply.json(200, {"siteEntry": entries} if entries else {})

    def _sites_get(self, principal: str, site: str) -> Reply:
        if site not in self.config.sites or not self.authority.access.allowed(principal, site):
            raise forbidden(site)
        return Reply.json(200, {"siteUrl": site, "permissionLevel": "siteFullUser"})

    def _sitemaps_list(self, principal: str, site: str, path: str) -> Reply:
        if site not in self.config.sites or not self.authority.access.allowed(principal, site):
            raise forbidden(site)
        query = urllib.parse.parse_qs(path.partition("?")[2])
        index = query.get("sitemapIndex", [None])[-1]
        return Reply.json(200, sitemaps_list(site, self.config.seed, self.today, index))

    async def _query(self, principal: str, project: str, site: str, body: bytes) -> Reply:
        if site not in self.config.sites or not self.authority.access.allowed(principal, site):
            raise forbidden(site)
        if self._roll("429"):
            raise quota_exceeded(1.0 / self.time_scale, as_403=False)
        wait = self.quota.acquire(site, principal, project, time.monotonic())
        if wait is not None:
            raise quota_exceeded(wait, as_403=self.quota_403)
        if self._roll("5xx"):
            if self.rng.random() < 0.5:
                raise ApiError(500, "Internal error encountered.", "backendError", status="INTERNAL")
            raise ApiError(503, "The service is currently unavailable.", "backendError", status="UNAVAILABLE")
        try:
            payload = orjson.loads(body) if body.strip() else {}
        except orjson.JSONDecodeError as exc:
            raise bad_request(f"Invalid JSON payload received. {exc}") from None
        query = parse_query(payload)
        entry = {"site": site, "dimensions": list(payload.get("dimensions") or []),
                 "startDate": payload.get("startDate"), "endDate": payload.get("endDate"),
                 "type": payload.get("type") or payload.get("searchType") or "web",
                 "filtered": bool(payload.get("dimensionFilterGroups")), "startRow": query.start_row,
                 "asked": self.stats.tick(), "answered": None}  # fmt: skip
        self.stats.journal.append(entry)
        # Load is the backend's quota: it needs the validated query, so it comes after QPM (which counted this).
        if self.load.charge(site, self.engine.load_cost(query, self.today), time.monotonic()) is not None:
            raise quota_exceeded(None, as_403=self.quota_403)
        answer = self.engine.cached(site, query, self.today)
        if answer is None:  # generating days can take tens of ms: keep the loop serving meanwhile
            answer = await asyncio.to_thread(self.engine.answer, site, query, self.today)
        rows = self.engine.render(site, query, answer, query.start_row, query.start_row + query.row_limit)
        out: dict[str, Any] = {}
        if rows:
            out["rows"] = rows
        out["responseAggregationType"] = query.resolved_aggregation
        metadata = self.engine.metadata(query, self.today, answer)
        if metadata:
            out["metadata"] = metadata
        reply = Reply.json(200, out, rows=len(rows))
        reply.journal = entry
        return reply

    async def _batch(self, method: str, headers: dict[str, str], body: bytes) -> Reply:
        if method != "POST":
            return Reply.error(ApiError(405, "Batch requests must be POSTed.", "methodNotAllowed"))
        try:
            parts = parse_batch(headers.get("content-type", ""), body)
        except BatchFormatError as exc:
            return Reply.error(bad_request(str(exc)))
        outer_auth = headers.get("authorization")
        outer_project = headers.get("x-goog-user-project")
        answers: list[PartResponse] = []
        rows = 0
        for part in parts:
            reply = await self.call(
                part.method, part.path, part.headers, part.body, outer_auth=outer_auth, outer_project=outer_project
            )
            extra = {k.decode(): v.decode() for k, v in reply.headers if k != b"content-type"}
            answers.append(PartResponse(part.content_id, reply.status, extra, reply.body))
            rows += reply.rows
        content_type, payload = compose_batch(answers)
        return Reply(200, payload, [(b"content-type", content_type.encode())], rows)

    # -- OAuth -----------------------------------------------------------------------------------------------
    def _token(self, headers: dict[str, str], body: bytes) -> Reply:
        self.stats.token_requests += 1
        if "json" in headers.get("content-type", ""):
            try:
                form = {k: str(v) for k, v in orjson.loads(body).items()}
            except (orjson.JSONDecodeError, AttributeError):
                form = {}
        else:
            form = dict(urllib.parse.parse_qsl(body.decode("utf-8", "replace")))
        try:
            return Reply.json(200, self.authority.exchange(form), headers={"Cache-Control": "no-store"})
        except GrantError as exc:
            return Reply.json(exc.status, exc.body())

    # -- /_sim -----------------------------------------------------------------------------------------------
    def _sim(
        self, method: str, path: str, qs: str, body: bytes, scope: dict[str, Any], headers: dict[str, str]
    ) -> Reply:
        try:
            if path == "/_sim/stats" and method == "GET":
                return Reply.json(200, self.stats_payload())
            if path == "/_sim/truth" and method == "GET":
                return Reply.json(200, self.truth(dict(urllib.parse.parse_qsl(qs))))
            if path == "/_sim/reset" and method == "POST":
                self.reset(config="config" in (orjson.loads(body) if body.strip() else {}))
                return Reply.json(200, {"ok": True})
            if path == "/_sim/control" and method == "POST":
                host = headers.get("host", "127.0.0.1")
                token_uri = f"{scope.get('scheme', 'http')}://{host}/token"
                return Reply.json(200, self.control(orjson.loads(body) if body.strip() else {}, token_uri=token_uri))
        except ApiError as exc:
            return Reply.error(exc)
        except (ValueError, TypeError, KeyError, orjson.JSONDecodeError) as exc:
            return Reply.error(bad_request(f"{type(exc).__name__}: {exc}"))
        return Reply.error(ApiError(404, f"No simulator endpoint {method} {path}.", "notFound"))

    def stats_payload(self) -> dict[str, Any]:
        s = self.stats
        return {
            "requests": s.requests,
            "by_status": dict(s.by_status),
            "by_site": dict(s.by_site),
            "max_in_window": {
                "site": dict(self.quota.site.max_in_window),
                "user": dict(self.quota.user.max_in_window),
                "project": dict(self.quota.project.max_in_window),
            },
            "window_seconds": self.quota.window_s,
            "load_quota": self.load.stats(time.monotonic()),
            "first_request": s.first_request,
            "last_request": s.last_request,
            "rows_served": s.rows_served,
            "token_requests": s.token_requests,
            "batch_requests": s.batch_requests,
            "faults": dict(s.faults),
            "today": self.today.isoformat(),
            "journal": list(s.journal),
        }

    def truth(self, params: dict[str, str]) -> dict[str, Any]:
        """The API's complete answer for one site and date (all pages joined), straight from the engine."""
        site = params.get("site")
        if site not in self.config.sites:
            raise bad_request(f"Unknown site {site!r}.")
        body: dict[str, Any] = {"startDate": params.get("date"), "endDate": params.get("date")}
        dims = [d for d in params.get("dimensions", "").split(",") if d]
        body["dimensions"] = dims
        for name, key in (("type", "type"), ("aggregationType", "aggregationType"), ("dataState", "dataState")):
            if params.get(name):
                body[key] = params[name]
        query = parse_query(body)
        # uncapped=1: the answer past Google's 50,000 rows a day, for measuring what slicing recovers.
        uncapped = params.get("uncapped") in ("1", "true")
        answer = self.engine.answer(site, query, self.today, cap=2**62 if uncapped else DAY_ROW_CAP)
        if params.get("summary") in ("1", "true"):
            return {
                "rows": len(answer),
                "clicks": int(answer.clicks.sum()),
                "impressions": int(answer.impressions.sum()),
            }
        out: dict[str, Any] = {
            "rows": self.engine.render(site, query, answer, 0, len(answer)),
            "responseAggregationType": query.resolved_aggregation,
        }
        metadata = self.engine.metadata(query, self.today, answer)
        if metadata:
            out["metadata"] = metadata
        return out

    def reset(self, *, config: bool = False) -> None:
        """Clear stats and quota windows; with ``config`` also restore every runtime knob to the SimConfig."""
        if config:
            self._apply_config(self.config)
        else:
            self.quota.reset()
            self.load.reset()
        self.stats = Stats()

    def control(self, ops: dict[str, Any], *, token_uri: str) -> dict[str, Any]:
        """Apply run-time changes; unknown operations are an error so typos do not pass silently."""
        known = {"today", "faults", "quota", "quota_403", "latency_ms", "token_ttl", "grant", "revoke", "new_key",
                 "revoke_key", "new_authorized_user", "slow_seconds", "time_scale"}  # fmt: skip
        unknown = set(ops) - known
        if unknown:
            raise bad_request(f"Unknown control operation(s): {sorted(unknown)}")
        result: dict[str, Any] = {"ok": True}
        if "today" in ops:
            value = ops["today"]
            self.today = resolve_today(dt.date.fromisoformat(value) if value else None)
        for name, p in (ops.get("faults") or {}).items():
            if name not in FAULT_NAMES:
                raise bad_request(f"Unknown fault {name!r}; known: {list(FAULT_NAMES)}")
            self.faults[name] = float(p)
        quota = ops.get("quota") or {}
        unknown = set(quota) - {
            "qpm_per_site",
            "qpm_per_user",
            "qpm_per_project",
            "load_quota_short",
            "load_quota_long",
        }
        if unknown:
            raise bad_request(f"Unknown quota setting(s): {sorted(unknown)}")
        self.quota.set_limits(
            per_site=quota.get("qpm_per_site"),
            per_user=quota.get("qpm_per_user"),
            per_project=quota.get("qpm_per_project"),
        )
        for name, window in (("load_quota_short", self.load.short), ("load_quota_long", self.load.long)):
            if name in quota:  # switching a budget on or off keeps what was already spent in its window
                if float(quota[name]) < 0:
                    raise bad_request(f"{name} must be >= 0 (0 = unlimited)")
                window.budget = float(quota[name])
        if "quota_403" in ops:
            self.quota_403 = bool(ops["quota_403"])
        if "latency_ms" in ops:
            self.latency_ms = float(ops["latency_ms"])
        if "slow_seconds" in ops:
            self.slow_s = float(ops["slow_seconds"])
        if "time_scale" in ops:
            self.time_scale = float(ops["time_scale"])
            self.quota.set_window(60.0 / self.time_scale)
            self.load.set_time_scale(self.time_scale)
        if "token_ttl" in ops:
            self.authority.token_ttl = int(ops["token_ttl"])
        for op in ("grant", "revoke"):
            entries = ops.get(op) or []
            for entry in entries if isinstance(entries, list) else [entries]:
                if op == "grant":
                    self.authority.access.grant(entry["principal"], entry["site"])
                else:
                    self.authority.access.revoke(entry["principal"], entry["site"], set(self.config.sites))
        if ops.get("new_key"):
            new_key = ops["new_key"]
            result["key"] = self.authority.mint_service_account(
                new_key["client_email"], token_uri, project_id=new_key.get("project_id")
            )
        if ops.get("new_authorized_user"):
            new_user = ops["new_authorized_user"]
            project_id = new_user.get("project_id") if isinstance(new_user, dict) else None
            result["authorized_user"] = self.authority.mint_authorized_user(token_uri, project_id=project_id)
        if ops.get("revoke_key"):
            if not self.authority.revoke_key(ops["revoke_key"]["client_email"]):
                raise bad_request(f"No minted key for {ops['revoke_key']['client_email']!r}.")
        result["state"] = self.runtime_state()
        return result

    def runtime_state(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "faults": dict(self.faults),
            "quota": {
                "qpm_per_site": self.quota.site.limit,
                "qpm_per_user": self.quota.user.limit,
                "qpm_per_project": self.quota.project.limit,
                "load_quota_short": self.load.short.budget,
                "load_quota_long": self.load.long.budget,
            },
            "quota_403": self.quota_403,
            "latency_ms": self.latency_ms,
            "time_scale": self.time_scale,
            "token_ttl": self.authority.token_ttl,
            "access": {p: (None if s is None else sorted(s)) for p, s in self.authority.access.rules.items()},
        }


def create_app(config: SimConfig | None = None) -> SimulatorApp:
    """The ASGI app for ``config`` (default sites, real today)."""
    return SimulatorApp(config)


__all__ = ["SimulatorApp", "create_app"]
