"""The async Search Console client: plans requests per (site, date), runs them under the limiter, builds Arrow.

Request plan for a set of (site, date) partitions (docs/ARCHITECTURE.md, "The path of a row"):
1. per site and contiguous date window, one *probe* request per search type: property totals grouped by date
   with dataState=all. It gives the property report itself, which (date, type) has any traffic, and
   `firstIncompleteDate`, i.e. which days are final. Other small reports (appearance: date x searchAppearance)
   are asked for the whole window at once too, only for types with traffic in the window.
2. per (site, date, type with traffic) the detail reports (page, query, query_page, custom), one day at a time,
   paging by ROW_LIMIT until an empty page (a short page is not the end), never past Google's 50,000-row cap.
A naive plan asks every report for every type every day, and pages blindly: at least 5 x 6 = 30 requests per
site-day; this plan asks 6 per window plus about 3 per day and type with traffic.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import random
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx
import orjson
import pyarrow as pa

from . import _inventory
from ._arrow import empty_table, rows_by_date, rows_to_table
from ._auth import Credential, CredentialSet
from ._batch import BatchPart, build_batch, parse_batch
from ._errors import (
    ErrorContext,
    GscAuthError,
    GscDataNotReadyError,
    GscError,
    GscLoadQuotaError,
    GscQuotaError,
    GscResponseError,
    api_error,
    map_exception,
    mapped_errors,
)
from ._inventory import SiteEntry, Sitemap
from ._quota import InMemoryQuotaStore, Limiter, LoadQuotaGuard, QuotaStore
from ._reports import PROBE_REPORT, DimensionFilter, ReportSpec, load_reports
from ._rules import DEVICES, LAST_PAGE_ROWS, ROW_LIMIT, ROWS_PER_DAY_CAP, batch_path, sliceable
from ._settings import ClientSettings

__all__ = ["FetchStats", "GscClient", "PartitionResult"]

T = TypeVar("T")

# A probe window covers at most this many days (one request per type per window).
WINDOW_MAX_DAYS = 92
# Partitions fetched at once are bounded by the rows they hold (each keeps its finished tables until it is handed
# over), not by their number: a busy day of the five default reports and four types is ~100,000 rows, the same day
# of `query_page` on web alone ~30,000, and a quiet site's day a few hundred. See `_Admission`.
ROWS_IN_FLIGHT = 400_000
# ... and by their detail chains (report x type, each paging one request at a time): every chain holds a response
# being received or parsed. 24 is two busy days of the default reports, the most bench_memory's busy sync stays
# under 500 MB with (four such days: ~505 MB at 30 days); a `query_page`-only job has one chain a day.
CHAINS_IN_FLIGHT = 24
#: Countries asked one by one, at most, when a device slice of a capped day is still at the cap; the rest of the
#: countries then form one slice (each pass re-reads that rest, so the cost grows with every country split off).
MAX_COUNTRY_SLICES = 20
# Always this many open, whatever their size (the bound before rows were counted; enough to keep the limiter busy).
MIN_OPEN_PARTITIONS = 2
# Never more than this many open: beyond it the in-flight limit and the quota, not open partitions, set the pace.
MAX_OPEN_PARTITIONS = 32
# Batch mode: how long a batch waits for more parts before it is sent.
BATCH_LINGER_S = 0.005
PACIFIC = ZoneInfo("America/Los_Angeles")
# cpu_s: CPU time of this thread (not wall time, which counts other processes' turns on a busy machine).
_cpu_clock = time.thread_time
# Data lands 2-3 days late (Google's guide): without firstIncompleteDate, a day this recent that has no row yet
# may still be incomplete, so it is never taken as final.
ASSUMED_LAG_DAYS = 4
# sites.list's permission level of a user who "has no access to site's data" (discovery document, WmxSite), in the
# camelCase Google's JSON answers with and in the discovery document's enum spelling.
NO_DATA_ACCESS = frozenset({"siteUnverifiedUser", "SITE_UNVERIFIED_USER"})


@dataclass(slots=True, kw_only=True)
class FetchStats:
    """What fetching one partition cost. Window requests (probe, small reports) count for the window's first day.

    `cpu_s` is the time spent parsing JSON and building Arrow (synchronous CPU work); `network_s` the time from
    sending a request to holding its whole answer; `limiter_wait_s` the time spent waiting for quota. Those are
    sums over requests that overlap; `waits` and `calls` keep each one's (start, end) on the monotonic clock, so
    `wall_s` and `quota_wait_wall_s` say how long the partition really took and really waited.
    """

    requests: int = 0
    retries: int = 0
    throttled: int = 0
    rows: int = 0
    limiter_wait_s: float = 0.0
    network_s: float = 0.0
    cpu_s: float = 0.0
    waits: list[tuple[float, float]] = field(default_factory=list)
    calls: list[tuple[float, float]] = field(default_factory=list)
    #: Past Google's cap: rows beyond the capped answers' 50,000, requests the slices took, slices still capped.
    rows_past_cap: int = 0
    slice_requests: int = 0
    capped_slices: int = 0

    def add(self, other: FetchStats) -> None:
        self.rows_past_cap += other.rows_past_cap
        self.slice_requests += other.slice_requests
        self.capped_slices += other.capped_slices
        self.requests += other.requests
        self.retries += other.retries
        self.throttled += other.throttled
        self.rows += other.rows
        self.limiter_wait_s += other.limiter_wait_s
        self.network_s += other.network_s
        self.cpu_s += other.cpu_s
        self.waits.extend(other.waits)
        self.calls.extend(other.calls)

    def wall_s(self) -> float:
        """Seconds during which a request of this partition was waiting for quota or in flight."""
        return _covered(self.waits + self.calls)

    def quota_wait_wall_s(self) -> float:
        """Seconds during which a request of this partition was waiting for quota."""
        return _covered(self.waits)


def _covered(intervals: list[tuple[float, float]]) -> float:
    """Length of the union of (start, end) intervals."""
    total, reach = 0.0, float("-inf")
    for start, end in sorted(intervals):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


@dataclass(slots=True, kw_only=True)
class PartitionResult:
    """Everything fetched for one (site, date): a table per report (empty when no rows), or the error."""

    site_url: str
    date: dt.date
    tables: dict[str, pa.Table]
    data_state: str
    stats: FetchStats
    error: GscError | None = None
    search_types: tuple[str, ...] = ()  # types with any traffic that day

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class _Window:
    """The probe and small-report results of one site's contiguous date window.

    `probed` is set once the probe has answered (or failed): which days are final and which types have traffic is
    all a day's detail requests need, so they start then, while the window's small reports are still paged (three
    round trips each for the appearance plan). `error` may be set after that, by a small report.
    """

    site_url: str
    dates: list[dt.date]
    stats: FetchStats = field(default_factory=FetchStats)
    # date -> report name -> list of per-type tables
    tables: dict[dt.date, dict[str, list[pa.Table]]] = field(default_factory=dict)
    traffic: dict[dt.date, set[str]] = field(default_factory=dict)
    first_incomplete: dt.date | None = None
    error: GscError | None = None
    probed: asyncio.Event = field(default_factory=asyncio.Event)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class GscClient:
    """Search Console client for one run: `async with GscClient(settings) as client: ...`.

    One httpx.AsyncClient (HTTP/2, pooled) and one token per credential are shared by all requests. The quota
    store defaults to an in-process InMemoryQuotaStore; pass the warehouse's Postgres store to share quota
    across processes.
    """

    def __init__(
        self,
        settings: ClientSettings | None = None,
        *,
        quota_store: QuotaStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings or ClientSettings.from_env()
        self._transport = transport  # httpx's own hook: a proxy or a test double in place of the network
        self._store: QuotaStore = quota_store if quota_store is not None else InMemoryQuotaStore()
        self._http: httpx.AsyncClient | None = None
        self._credentials: CredentialSet | None = None
        self._limiter: Limiter | None = None
        self._batcher: _Batcher | None = None
        self._load_guard = LoadQuotaGuard(window_s=self.settings.window_s)
        self._reports: tuple[ReportSpec, ...] = ()
        self._closed = False
        self.http_versions: collections.Counter[str] = collections.Counter()

    # ---------------------------------------------------------------------------------------------- lifetime
    async def __aenter__(self) -> GscClient:
        if self._http is not None or self._closed:
            raise RuntimeError("a GscClient can be opened only once")
        try:
            self._open()
        except BaseException:
            await self.aclose()
            raise
        return self

    def _open(self) -> None:
        s = self.settings
        self._reports = load_reports(s)
        self._credentials = CredentialSet(
            default_file=s.credentials_file, map_file=s.credentials_map_file, verify=s.verify
        )
        self._limiter = Limiter(
            store=self._store,
            qpm_per_site=s.effective_qpm_per_site,
            qpm_per_user=s.effective_qpm_per_user,
            qpm_per_project=s.effective_qpm_per_project,
            qpm_other_per_user=s.effective_qpm_other_per_user,
            window_s=s.window_s,
            max_in_flight=s.max_in_flight,
        )
        verify: Any = s.verify
        if isinstance(verify, str):
            import ssl

            with mapped_errors(ErrorContext(operation="TLS CA file")):
                verify = ssl.create_default_context(cafile=verify)
        self._http = httpx.AsyncClient(
            base_url=s.api_base_url,
            http2=s.http2,
            verify=verify,
            timeout=httpx.Timeout(s.read_timeout_s, connect=s.connect_timeout_s, pool=None),
            limits=httpx.Limits(max_connections=s.max_in_flight, max_keepalive_connections=s.max_in_flight),
            headers={"User-Agent": "gsc-assets/0.1", **dict(s.extra_headers)},
            transport=self._transport,
        )
        if s.batch_size > 0:
            self._batcher = _Batcher(self, s.batch_size)

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        if self._batcher is not None:
            await self._batcher.aclose()
        if self._http is not None:
            await self._http.aclose()
        if self._credentials is not None:
            self._credentials.close()

    @property
    def reports(self) -> tuple[ReportSpec, ...]:
        """The reports selected by the settings (GSC_REPORTS, GSC_REPORTS_FILE)."""
        return self._reports

    @property
    def limiter(self) -> Limiter:
        assert self._limiter is not None, "use `async with GscClient(...)`"
        return self._limiter

    def credential_for(self, site_url: str) -> Credential:
        assert self._credentials is not None, "use `async with GscClient(...)`"
        return self._credentials.for_site(site_url)

    # ---------------------------------------------------------------------------------------------- requests
    async def _call(
        self,
        *,
        cred: Credential,
        site_url: str | None,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        context: ErrorContext,
        stats: FetchStats,
        attempt: int = 0,
        buckets: list[str] | None = None,
    ) -> dict[str, Any]:
        """One API call with retries; returns the parsed JSON object or raises a GscError naming `context`.

        `buckets` are the quota budgets it draws on: by default Search Analytics' (the site's when given, the
        credential's user and project); `_other()` for the calls outside Search Analytics."""
        s = self.settings
        assert self._http is not None, "use `async with GscClient(...)`"
        if buckets is None:
            buckets = [f"site:{site_url}", *cred.quota_buckets] if site_url else cred.quota_buckets
        payload = orjson.dumps(body) if body is not None else None
        began = time.monotonic()
        deadline = began + s.request_deadline_s
        expensive = _draws_load(body)
        refreshed = False
        while True:
            attempt += 1
            token = ""
            sent_at = time.monotonic()
            if site_url:
                self._raise_if_load_spent(site_url, context)
            try:
                with mapped_errors(context):
                    token = await cred.token()
                    async with self.limiter.slot(buckets) as (_granted, waited):
                        stats.limiter_wait_s += waited
                        stats.requests += 1
                        sent_at = time.monotonic()
                        if waited:
                            stats.waits.append((sent_at - waited, sent_at))
                        started = time.perf_counter()
                        headers = {"Authorization": f"Bearer {token}", **cred.headers}
                        if payload is not None:
                            headers["Content-Type"] = "application/json"
                        response = await self._http.request(method, path, content=payload, headers=headers)
                        stats.network_s += time.perf_counter() - started
                        stats.calls.append((sent_at, time.monotonic()))
                        self.http_versions[response.http_version] += 1
                result = self._read(response.status_code, response.headers, response.content, context, stats)
                self.limiter.success(buckets)
                if site_url:
                    self._load_guard.succeeded(site_url, sent_at, expensive=expensive)
                return result
            except GscError as err:
                if err.status == 401 and isinstance(err, GscAuthError) and not refreshed:
                    refreshed = True
                    stats.retries += 1
                    await cred.invalidate(token)
                    continue
                pushed = buckets
                if isinstance(err, GscQuotaError) and site_url:
                    streak = self._load_guard.in_streak(site_url)
                    pause = self._load_guard.refused(site_url, sent_at, expensive=expensive)
                    with mapped_errors(context):
                        if pause:
                            await self.limiter.hold([f"site:{site_url}"], pause)
                    self._raise_if_load_spent(site_url, context, cause=err)
                    if streak:  # refused again and again: the site is held back, not the credential's other sites
                        pushed = [f"site:{site_url}"]
                with mapped_errors(context):
                    delay = await self._on_failure(err, pushed, attempt, stats)
                # A short-term load-quota pause is Google's rule, not a stuck request: it does not use up the deadline.
                now = time.monotonic()
                paused = self._load_guard.paused_between(site_url, began, now) if site_url else 0.0
                if delay is None or now + delay > deadline + paused:
                    raise
                await asyncio.sleep(delay)

    def _raise_if_load_spent(self, site_url: str, context: ErrorContext, cause: GscError | None = None) -> None:
        until = self._load_guard.spent_until(site_url)
        if until is None:
            return
        retry_at = dt.datetime.fromtimestamp(until, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        err = GscLoadQuotaError(
            f"the daily load quota of this site is spent (Google kept answering 'quota exceeded' inside the "
            f"per-minute budget, before and after a {self._load_guard.short_pause_s:.0f} s pause); retry after "
            f"{retry_at}",
            context=context.with_(site_url=site_url),
            status=cause.status if cause else None,
            reason=cause.reason if cause else None,
        )
        raise err from cause

    async def _on_failure(self, err: GscError, buckets: list[str], attempt: int, stats: FetchStats) -> float | None:
        """Account for a failed attempt; return how long to wait before retrying, or None to give up."""
        if isinstance(err, GscQuotaError):
            # Pushback is expected under a shared quota: only the deadline bounds it, not max_attempts. The
            # limiter holds the buckets paused for Retry-After and its pacing spreads the retries.
            stats.throttled += 1
            stats.retries += 1
            await self.limiter.pushback(buckets, err.retry_after_s)
            return 0.0
        if not err.retryable or attempt >= self.settings.max_attempts:
            return None
        stats.retries += 1
        cap = min(self.settings.backoff_cap_s, self.settings.backoff_base_s * 2 ** (attempt - 1))
        return random.uniform(0, cap)  # full jitter

    def _read(
        self, status: int, headers: Any, content: bytes, context: ErrorContext, stats: FetchStats
    ) -> dict[str, Any]:
        """Check one answer (plain or batch part) and parse its JSON body."""
        if status >= 300:
            raise api_error(status, content, context, _retry_after(headers.get("retry-after")))
        content_type = headers.get("content-type", "")
        if "json" not in content_type.lower():
            raise GscResponseError(f"expected a JSON answer, got {content_type or 'no content type'}", context=context)
        started = _cpu_clock()
        try:
            data = orjson.loads(content)
        except orjson.JSONDecodeError as exc:
            raise GscResponseError(f"malformed or truncated JSON body ({len(content)} bytes)", context=context) from exc
        finally:
            stats.cpu_s += _cpu_clock() - started
        if not isinstance(data, dict):
            raise GscResponseError("JSON body is not an object", context=context)
        return data

    async def _query(
        self, *, cred: Credential, site_url: str, body: dict[str, Any], context: ErrorContext, stats: FetchStats
    ) -> dict[str, Any]:
        path = f"/webmasters/v3/sites/{urllib.parse.quote(site_url, safe='')}/searchAnalytics/query"
        if self._batcher is not None:
            return await self._batcher.submit(cred=cred, site_url=site_url, path=path, body=body, context=context,
                                              stats=stats)  # fmt: skip
        return await self._call(
            cred=cred, site_url=site_url, method="POST", path=path, body=body, context=context, stats=stats
        )

    # ---------------------------------------------------------------------------------------------- API
    @staticmethod
    def _other(cred: Credential) -> list[str]:
        """The budget of sites.list, sitemaps.list and the rest outside Search Analytics: 200 per minute per user."""
        return [f"other:{cred.principal}"]

    async def _listed(self, cred: Credential) -> list[SiteEntry]:
        """One `sites.list` for this credential: every property it sees, with its permission level."""
        context = ErrorContext(operation="sites.list")
        data = await self._call(cred=cred, site_url=None, method="GET", path="/webmasters/v3/sites", body=None,
                                context=context, stats=FetchStats(), buckets=self._other(cred))  # fmt: skip
        return _inventory.site_entries(data, cred.principal, context)

    async def _readable(self, cred: Credential) -> set[str]:
        """The sites `sites.list` gives this credential with a verified permission level."""
        return {e.site_url for e in await self._listed(cred) if e.permission_level not in NO_DATA_ACCESS}

    async def site_entries(self) -> list[SiteEntry]:
        """Every property each configured credential sees, with its permission level (one `sites.list` each)."""
        assert self._credentials is not None, "use `async with GscClient(...)`"
        return [entry for cred in self._credentials.all() for entry in await self._listed(cred)]

    async def sitemaps(self, site_url: str) -> list[Sitemap]:
        """The sitemaps submitted for a property and those its sitemap indexes list (`sitemaps.list`: one request,
        plus one per index, on the budget outside Search Analytics). Each path once; an index is read once."""
        cred = self.credential_for(site_url)
        path = f"/webmasters/v3/sites/{urllib.parse.quote(site_url, safe='')}/sitemaps"
        found: list[Sitemap] = []
        paths: set[str] = set()
        pending: list[str | None] = [None]
        queued: set[str | None] = {None}
        while pending:
            index = pending.pop(0)
            context = ErrorContext(operation="sitemaps.list", site_url=site_url)
            query = f"?{urllib.parse.urlencode({'sitemapIndex': index})}" if index else ""
            data = await self._call(cred=cred, site_url=None, method="GET", path=path + query, body=None,
                                    context=context, stats=FetchStats(), buckets=self._other(cred))  # fmt: skip
            for sitemap in _inventory.sitemaps(data, site_url, context, index=index):
                if sitemap.path in paths:
                    continue  # submitted and also listed by an index: kept once, as submitted
                paths.add(sitemap.path)
                found.append(sitemap)
                if sitemap.is_sitemaps_index and sitemap.path not in queued:
                    queued.add(sitemap.path)
                    pending.append(sitemap.path)
        return found

    async def list_sites(self) -> list[str]:
        """Site URLs any configured credential can read (verified permission levels only), sorted."""
        assert self._credentials is not None, "use `async with GscClient(...)`"
        sites: set[str] = set()
        for cred in self._credentials.all():
            sites |= await self._readable(cred)
        return sorted(sites)

    async def unreadable_sites(self, site_urls: Iterable[str]) -> dict[str, str]:
        """The sites their credential cannot read, each with a one-line reason: one `sites.list` per credential.

        A site partition anyone can add by hand in the UI; asking Google for its data would only collect 403s
        (and spend quota on them), so the pipeline fails such a site up front. If `sites.list` itself fails, nothing
        is judged here: the fetch then reports its own error.
        """
        by_cred: dict[int, tuple[Credential, list[str]]] = {}
        for site in dict.fromkeys(site_urls):
            cred = self.credential_for(site)
            by_cred.setdefault(id(cred), (cred, []))[1].append(site)
        unreadable: dict[str, str] = {}
        for cred, sites in by_cred.values():
            try:
                readable = await self._readable(cred)
            except GscError:
                continue
            for site in sites:
                if site not in readable:
                    unreadable[site] = (
                        f"no permission: sites.list of {cred.principal} does not list {site} (grant access in "
                        "Search Console or delete the site partition); nothing was fetched"
                    )
        return unreadable

    async def availability(self, site_url: str, start: dt.date, end: dt.date) -> Availability:
        """Which days of [start, end] Google has rows for, and the first day it does not call final.

        One small request per search type (grouped by date, `dataState=all`): this is how the data availability
        sensor learns that a day arrived or became final from Google itself, not from a guessed lag.
        """
        cred = self.credential_for(site_url)
        first, last = start.isoformat(), end.isoformat()
        context = ErrorContext(site_url=site_url, operation="availability", date=f"{first}..{last}")
        types = self.settings.search_types
        answers = await _gather([
            self._query(cred=cred, site_url=site_url, body=_body(PROBE_REPORT, first, last, t, "all", 0),
                        context=context.with_(search_type=t), stats=FetchStats())
            for t in types
        ])  # fmt: skip
        with_rows: set[dt.date] = set()
        reported: list[dt.date] = []
        try:
            for data in answers:
                meta = data.get("metadata") or {}
                first_incomplete = meta.get("firstIncompleteDate") or meta.get("first_incomplete_date")
                if first_incomplete:
                    reported.append(dt.date.fromisoformat(str(first_incomplete)[:10]))
                with_rows.update(dt.date.fromisoformat(row["keys"][0]) for row in data.get("rows") or [])
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise GscResponseError(f"rows of unexpected shape ({type(exc).__name__})", context=context) from exc
        newest = max(with_rows, default=None)
        return Availability(
            days_with_rows=frozenset(with_rows),
            first_incomplete=first_incomplete_date(reported, newest, dt.datetime.now(PACIFIC).date()),
        )

    async def fetch(
        self, partitions: Iterable[tuple[str, dt.date]], reports: Sequence[ReportSpec] | None = None
    ) -> AsyncIterator[PartitionResult]:
        """Yield one PartitionResult per distinct (site, date) as soon as all its reports are fetched.

        A failing partition carries its error and does not stop the others. Closing the iterator early cancels
        the requests still running.
        """
        specs = tuple(reports) if reports is not None else self._reports
        run = _Run(self, list(dict.fromkeys(partitions)), specs)
        async for result in run:
            yield result


@dataclass(frozen=True, slots=True)
class Availability:
    """What Google holds for a site over a date range (see `GscClient.availability`)."""

    days_with_rows: frozenset[dt.date]
    first_incomplete: dt.date  # this day and later may still change

    def final(self, day: dt.date) -> bool:
        return day < self.first_incomplete


@dataclass(slots=True, eq=False)
class _Ticket:
    """One partition's place in `_Admission`: its detail chains (report x type) and the rows it holds so far."""

    chains: int = 0
    rows: int = 0
    done: bool = False  # fetched to the end: its rows teach the admission the run's rows per chain


class _Admission:
    """Opens partitions in the order they ask while the rows they hold stay within ROWS_IN_FLIGHT and their detail
    chains within CHAINS_IN_FLIGHT.

    A partition's size is not known before it is fetched, so an open one is charged the larger of the rows it holds
    and an estimate: its detail chains (known once its window's probe has answered) times the most rows per chain
    of any partition fetched so far in this run (ROW_LIMIT, one full page a chain, before the first one ends). So a
    run opens MIN_OPEN_PARTITIONS busy days at first, then as many as the budgets allow once one has been measured:
    2 busy days of five reports and four types (24 chains), 13-16 busy days of `query_page` on web alone (30,000
    rows, one chain a day), every day of a quiet site up to MAX_OPEN_PARTITIONS. First come, first served.
    """

    def __init__(self, budget: int = ROWS_IN_FLIGHT, chains: int = CHAINS_IN_FLIGHT, least: int = MIN_OPEN_PARTITIONS,
                 most: int = MAX_OPEN_PARTITIONS) -> None:  # fmt: skip
        self.budget = budget
        self.chains = chains
        self.least = least
        self.most = max(least, most)
        self.per_chain = 0  # most rows per chain of a partition fetched so far (0: none yet)
        self.open: set[_Ticket] = set()
        self.waiting: collections.deque[tuple[_Ticket, asyncio.Future[None]]] = collections.deque()

    def _charge(self, ticket: _Ticket) -> int:
        return max(ticket.rows, ticket.chains * (self.per_chain or ROW_LIMIT))

    def _fits(self, ticket: _Ticket) -> bool:
        if len(self.open) < self.least:
            return True
        if len(self.open) >= self.most or sum(t.chains for t in self.open) + ticket.chains > self.chains:
            return False
        return sum(self._charge(t) for t in self.open) + self._charge(ticket) <= self.budget

    async def enter(self, ticket: _Ticket, chains: int) -> None:
        ticket.chains = chains
        if not self.waiting and self._fits(ticket):
            self._admit(ticket)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiting.append((ticket, future))
        try:
            await future
        except asyncio.CancelledError:
            if (ticket, future) in self.waiting:
                self.waiting.remove((ticket, future))
            self._wake()  # it may have been the head: the next one may fit
            raise

    def _admit(self, ticket: _Ticket) -> None:
        self.open.add(ticket)

    def leave(self, ticket: _Ticket) -> None:
        if ticket not in self.open:
            return
        self.open.discard(ticket)
        if ticket.done and ticket.chains:
            self.per_chain = max(self.per_chain, -(-ticket.rows // ticket.chains))
        self._wake()

    def _wake(self) -> None:
        while self.waiting:
            ticket, future = self.waiting[0]
            if future.done():  # cancelled: enter() removes it
                self.waiting.popleft()
                continue
            if not self._fits(ticket):
                return
            self.waiting.popleft()
            self._admit(ticket)
            future.set_result(None)


class _Run:
    """One fetch(): window tasks, partition tasks bounded by `_Admission` (rows held), and the output queue."""

    def __init__(self, client: GscClient, partitions: list[tuple[str, dt.date]], specs: Sequence[ReportSpec]):
        self.client = client
        self.settings = client.settings
        self.partitions = partitions
        self.specs = tuple(specs)
        self.windowed = [s for s in self.specs if s.windowed and s != PROBE_REPORT]
        self.detail = [s for s in self.specs if not s.windowed]
        self.want_probe_table = PROBE_REPORT in self.specs
        # Bounded so memory holds only the partitions in progress, yet enough chains to fill the in-flight limit.
        self.admission = _Admission(most=min(MAX_OPEN_PARTITIONS, self.settings.max_in_flight))
        self.queue: asyncio.Queue[PartitionResult] = asyncio.Queue(maxsize=1)

    async def __aiter__(self) -> AsyncIterator[PartitionResult]:
        by_site: dict[str, list[dt.date]] = {}
        for site, day in self.partitions:
            by_site.setdefault(site, []).append(day)
        windows: dict[tuple[str, dt.date], tuple[_Window, asyncio.Task[None]]] = {}
        first_of_window: set[tuple[str, dt.date]] = set()
        tasks: list[asyncio.Task[Any]] = []
        for site, days in by_site.items():
            for window_days in _windows(sorted(set(days))):
                window = _Window(site_url=site, dates=window_days)
                task = asyncio.create_task(self._window(window))
                tasks.append(task)
                first_of_window.add((site, window_days[0]))
                for day in window_days:
                    windows[(site, day)] = (window, task)
        for site, day in self.partitions:
            tasks.append(asyncio.create_task(self._partition(site, day, *windows[(site, day)],
                                                             (site, day) in first_of_window)))  # fmt: skip
        try:
            for _ in range(len(self.partitions)):
                yield await self.queue.get()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    # ------------------------------------------------------------------------------------------ windows
    async def _window(self, window: _Window) -> None:
        site, days = window.site_url, window.dates
        for day in days:
            window.tables[day] = {}
            window.traffic[day] = set()
        try:
            cred = self.client.credential_for(site)
            types = self.settings.search_types
            # dataState=all: the same numbers for final days, plus firstIncompleteDate to tell which days are final.
            answers = await _gather([self._window_report(cred, window, PROBE_REPORT, t, "all") for t in types])
            incomplete: list[dt.date] = []
            last_with_rows: dt.date | None = None
            for t, (rows, meta) in zip(types, answers, strict=True):
                first = (meta or {}).get("firstIncompleteDate") or (meta or {}).get("first_incomplete_date")
                if first:
                    incomplete.append(dt.date.fromisoformat(str(first)[:10]))
                for row in rows:
                    day = dt.date.fromisoformat(row["keys"][0])
                    last_with_rows = day if last_with_rows is None else max(last_with_rows, day)
                    if day in window.traffic and row["impressions"] > 0:
                        window.traffic[day].add(t)
                if self.want_probe_table:
                    self._store_window_rows(window, PROBE_REPORT, t, rows)
            window.first_incomplete = first_incomplete_date(incomplete, last_with_rows, dt.datetime.now(PACIFIC).date())
            window.probed.set()
            active = sorted({t for d in window.traffic.values() for t in d}, key=types.index)
            jobs = []
            for spec in self.windowed:
                for t in spec.types_for(active):
                    jobs.append((spec, t, self._window_report(cred, window, spec, t, self._data_state(spec, None))))
            results = await _gather([job for _, _, job in jobs])
            for (spec, t, _), (rows, _meta) in zip(jobs, results, strict=True):
                self._store_window_rows(window, spec, t, rows)
        except GscError as err:
            window.error = err
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            context = ErrorContext(site_url=site, report=PROBE_REPORT.name, date=f"{days[0]}..{days[-1]}")
            window.error = GscResponseError(f"rows of unexpected shape ({type(exc).__name__})", context=context)
            window.error.__cause__ = exc
        finally:
            window.probed.set()  # a failed probe too: its days fail at once

    def _data_state(self, spec: ReportSpec, fresh: bool | None) -> str:
        if spec.data_state is not None:
            return spec.data_state
        if self.settings.data_state == "final" or fresh is False:
            return "final"
        return "all"

    async def _window_report(
        self, cred: Credential, window: _Window, spec: ReportSpec, search_type: str, data_state: str
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        """All rows of one windowed report and type, keys in the order of the report's dimensions."""
        start, end = window.dates[0].isoformat(), window.dates[-1].isoformat()
        context = ErrorContext(site_url=window.site_url, report=spec.name, date=f"{start}..{end}",
                               search_type=search_type)  # fmt: skip
        if spec.by_appearance:
            return await self._appearance_rows(cred, window, spec, search_type, data_state, context), None

        def body(start_row: int) -> dict[str, Any]:
            return _body(spec, start, end, search_type, data_state, start_row)

        return await self._paged(cred, window.site_url, body, context, window.stats, single_day=False)

    async def _appearance_rows(
        self, cred: Credential, window: _Window, spec: ReportSpec, search_type: str, data_state: str,
        context: ErrorContext,
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Google's plan for searchAppearance, which must be the only grouping dimension: list the window's
        appearances (for a one-day window that is the answer), then ask per appearance (filtered by it, grouped by
        date) or per day (grouped by appearance), whichever takes fewer requests."""
        start, end = window.dates[0].isoformat(), window.dates[-1].isoformat()
        site, stats = window.site_url, window.stats

        def listing(first: str, last: str) -> Callable[[int], dict[str, Any]]:
            return lambda start_row: _body(spec, first, last, search_type, data_state, start_row)

        found, _meta = await self._paged(cred, site, listing(start, end), context, stats, single_day=False)
        appearances = sorted({row["keys"][0] for row in found if row.get("impressions", 0) > 0})
        if len(window.dates) == 1:
            return [{**row, "keys": [start, row["keys"][0]]} for row in found if row["keys"][0] in appearances]

        async def daily(appearance: str) -> list[dict[str, Any]]:
            only = DimensionFilter(dimension="searchAppearance", operator="equals", expression=appearance)

            def body(start_row: int) -> dict[str, Any]:
                return _body(spec, start, end, search_type, data_state, start_row, dimensions=("date",),
                             extra_filters=(only,))  # fmt: skip

            rows, _ = await self._paged(cred, site, body, context.with_(report=f"{spec.name}:{appearance}"), stats,
                                        single_day=False)  # fmt: skip
            return [{**row, "keys": [row["keys"][0], appearance]} for row in rows]

        async def one_day(day: dt.date) -> list[dict[str, Any]]:
            iso = day.isoformat()
            rows, _ = await self._paged(cred, site, listing(iso, iso), context.with_(date=iso), stats, single_day=True)
            return [{**row, "keys": [iso, row["keys"][0]]} for row in rows]

        if len(appearances) <= len(window.dates):
            parts = await _gather([daily(a) for a in appearances])
        else:
            parts = await _gather([one_day(d) for d in window.dates])
        return [row for rows in parts for row in rows]

    async def _paged(
        self,
        cred: Credential,
        site: str,
        body: Callable[[int], dict[str, Any]],
        context: ErrorContext,
        stats: FetchStats,
        *,
        single_day: bool,
        on_page: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        """Page one query to its end as Google's guide says: until a page with 0 rows, or, for a one-day query,
        until Google's documented 50,000 rows per day and type (no row can follow). With `on_page` each page is
        handed over as it arrives and not kept."""
        rows: list[dict[str, Any]] = []
        meta = None
        start_row = 0
        first = body(0)
        days = (dt.date.fromisoformat(first["endDate"]) - dt.date.fromisoformat(first["startDate"])).days + 1
        most = ROWS_PER_DAY_CAP * days  # Google's cap: more means the answer ignores startRow and would never end
        previous_first: Any = None
        while True:
            if start_row > most:
                raise GscResponseError(f"answer did not end after {start_row} rows (over Google's 50,000 rows per "
                                       "day and type): startRow ignored?", context=context)  # fmt: skip
            data = await self.client._query(cred=cred, site_url=site, body=body(start_row), context=context,
                                            stats=stats)  # fmt: skip
            page = data.get("rows") or []
            if not isinstance(page, list) or not all(isinstance(row, dict) for row in page):
                raise GscResponseError("rows of unexpected shape (not a list of objects)", context=context)
            meta = meta or data.get("metadata")
            if page and previous_first is not None and page[0].get("keys") == previous_first:
                # Pages of one answer are disjoint: the same first row again means startRow is being ignored.
                raise GscResponseError(f"page at row {start_row} repeats the previous page: startRow ignored?",
                                       context=context)  # fmt: skip
            previous_first = page[0].get("keys") if page else None
            got = len(page)
            if on_page is not None:
                on_page(page)
            else:
                rows.extend(page)
            # The page's parsed rows (about 1 KB of Python objects a row, far more than its Arrow table) must not
            # stay alive while the next page is awaited: with many chains open they would be most of the memory.
            del data, page
            start_row += got
            if got == LAST_PAGE_ROWS or (single_day and start_row >= ROWS_PER_DAY_CAP):
                return rows, meta

    def _store_window_rows(self, window: _Window, spec: ReportSpec, search_type: str, rows: list[dict[str, Any]]):
        started = _cpu_clock()
        context = ErrorContext(site_url=window.site_url, report=spec.name, search_type=search_type)
        try:
            for key, day_rows in rows_by_date(rows).items():
                day = dt.date.fromisoformat(key)
                if day not in window.tables:
                    continue
                table = rows_to_table(day_rows, spec=spec, site_url=window.site_url, date=day, search_type=search_type)
                window.tables[day].setdefault(spec.name, []).append(table)
        except (KeyError, IndexError, TypeError, ValueError, pa.ArrowException) as exc:
            raise GscResponseError(f"rows of unexpected shape ({type(exc).__name__})", context=context) from exc
        finally:
            window.stats.cpu_s += _cpu_clock() - started

    # ------------------------------------------------------------------------------------------ partitions
    async def _partition(
        self, site: str, day: dt.date, window: _Window, window_task: asyncio.Task[None], first: bool
    ) -> None:
        stats = FetchStats()
        ticket = _Ticket()  # admitted in _fetch_partition once its chains are known; held until handed over
        try:
            try:
                result = await self._fetch_partition(site, day, window, window_task, first, stats, ticket)
            except Exception as exc:  # a bug must not leave fetch() waiting for this partition forever
                context = ErrorContext(site_url=site, date=day.isoformat())
                result = PartitionResult(site_url=site, date=day, tables={}, data_state="final", stats=stats,
                                         error=map_exception(exc, context))  # fmt: skip
                result.error.__cause__ = exc  # type: ignore[union-attr]
            await self.queue.put(result)
        finally:
            self.admission.leave(ticket)

    async def _fetch_partition(
        self,
        site: str,
        day: dt.date,
        window: _Window,
        window_task: asyncio.Task[None],
        first: bool,
        stats: FetchStats,
        ticket: _Ticket,
    ) -> PartitionResult:
        await window.probed.wait()
        fresh = window.first_incomplete is not None and day >= window.first_incomplete
        data_state = "fresh" if fresh else "final"
        result = PartitionResult(site_url=site, date=day, tables={}, data_state=data_state, stats=stats)
        context = ErrorContext(site_url=site, date=day.isoformat())
        if window.error is not None:
            return await self._window_failed(result, window, window_task, first)
        if fresh and self.settings.data_state == "final" and any(s.data_state is None for s in self.specs):
            result.error = GscDataNotReadyError(
                f"data is not final yet (first incomplete date {window.first_incomplete}); "
                "fetch again later or set GSC_DATA_STATE=all",
                context=context,
            )
            await window_task
            if first:
                stats.add(window.stats)
            return result
        types = window.traffic.get(day, set())
        result.search_types = tuple(t for t in self.settings.search_types if t in types)
        cred = self.client.credential_for(site)
        detail_tables: dict[str, list[pa.Table]] = {}
        jobs = [
            (spec, t)
            for spec in self.detail
            for t in spec.types_for(result.search_types if spec.data_state != "hourly_all" else types)
        ]
        if jobs:  # a day without detail requests holds only its window's small tables: nothing to admit
            await self.admission.enter(ticket, len(jobs))
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [
                    group.create_task(
                        self._day_report(cred, site, day, spec, t, self._data_state(spec, fresh), stats, ticket)
                    )
                    for spec, t in jobs
                ]
        except* Exception as eg:
            first_error = eg.exceptions[0]
            if isinstance(first_error, GscError):
                result.error = first_error
            else:
                result.error = map_exception(first_error, context)
                result.error.__cause__ = first_error
        await window_task  # the window's small reports, this day's share of which goes into the result
        if first:
            stats.add(window.stats)
        if result.error is not None:
            return result
        if window.error is not None:
            return await self._window_failed(result, window, window_task, first=False)
        ticket.done = True
        for (spec, _t), task in zip(jobs, tasks, strict=True):
            detail_tables.setdefault(spec.name, []).extend(task.result())
        window_tables = window.tables.get(day, {})
        started = _cpu_clock()
        for spec in self.specs:
            parts = detail_tables.get(spec.name) or window_tables.get(spec.name) or []
            parts = [p for p in parts if p.num_rows]
            table = pa.concat_tables(parts) if len(parts) > 1 else (parts[0] if parts else empty_table(spec))
            result.tables[spec.name] = table
            if spec.windowed:
                stats.rows += table.num_rows
        stats.cpu_s += _cpu_clock() - started
        return result

    @staticmethod
    async def _window_failed(
        result: PartitionResult, window: _Window, window_task: asyncio.Task[None], first: bool
    ) -> PartitionResult:
        """The partition fails with its window (the probe, or a small report): the window's requests are its own."""
        await window_task
        if first:
            result.stats.add(window.stats)
        result.error = window.error
        return result

    async def _day_report(
        self,
        cred: Credential,
        site: str,
        day: dt.date,
        spec: ReportSpec,
        search_type: str,
        data_state: str,
        stats: FetchStats,
        ticket: _Ticket,
    ) -> list[pa.Table]:
        """Page one day of one detail report and type to its end (see `_paged`), building Arrow page by page; an
        answer that stops at Google's 50,000-row cap is asked again in slices (`_past_the_cap`)."""
        tables = await self._day_slice(cred, site, day, spec, search_type, data_state, stats, ticket, ())
        if not self.client.settings.slice_capped:
            return tables
        original = sum(t.num_rows for t in tables)
        filtered = [f.dimension for f in spec.filters]
        if original < ROWS_PER_DAY_CAP or not sliceable(spec.dimensions, search_type, filtered):
            return tables
        local = FetchStats()  # the slices' own figures: several reports of the day may be sliced at once
        try:
            sliced = await self._past_the_cap(cred, site, day, spec, search_type, data_state, local, ticket)
        except GscError:  # slicing is a bonus: Google's capped answer stays, flagged as capped
            ticket.rows -= local.rows
            local.rows, local.capped_slices = 0, local.capped_slices + 1
            sliced = []
        stats.add(local)
        stats.slice_requests += local.requests
        rows = sum(t.num_rows for t in sliced)
        kept, dropped = (sliced, original) if rows > original else (tables, rows)
        stats.rows -= dropped  # both answers were counted as they arrived; one of them is let go
        ticket.rows -= dropped
        stats.rows_past_cap += max(0, rows - original)
        return kept

    async def _past_the_cap(
        self, cred: Credential, site: str, day: dt.date, spec: ReportSpec, search_type: str, data_state: str,
        stats: FetchStats, ticket: _Ticket,
    ) -> list[pa.Table]:  # fmt: skip
        """The day again as disjoint slices whose union is the whole day: one per device (a key column of the
        report, so the slices' rows never overlap); a device slice still at the cap is split by country, the
        countries with most impressions one by one and the rest in one slice excluding them, until the rest fits.
        A slice that still stops at the cap is kept as it is and counted (`capped_slices`); so is a device whose
        countries past the first MAX_COUNTRY_SLICES would each need a slice (the rest then stays capped)."""

        def eq(dimension: str, value: str) -> DimensionFilter:
            return DimensionFilter(dimension=dimension, operator="equals", expression=value)

        async def one(filters: tuple[DimensionFilter, ...]) -> tuple[list[pa.Table], bool]:
            part = await self._day_slice(cred, site, day, spec, search_type, data_state, stats, ticket, filters)
            return part, sum(t.num_rows for t in part) >= ROWS_PER_DAY_CAP

        def drop(part: list[pa.Table]) -> None:
            """A capped slice about to be split further: its rows were counted as they arrived."""
            rows = sum(t.num_rows for t in part)
            stats.rows -= rows
            ticket.rows -= rows

        async def by_country(device: DimensionFilter, whole: list[pa.Table]) -> list[pa.Table]:
            """`whole` is the device slice at the cap: kept if the countries cannot be listed or split it."""
            countries = await self._ranked_values(cred, site, day, spec, search_type, data_state, "country",
                                                  (device,), stats)  # fmt: skip
            found: list[pa.Table] = []
            excluded: list[DimensionFilter] = []
            for country in countries[:MAX_COUNTRY_SLICES]:
                alone, alone_capped = await one((device, eq("country", country)))
                stats.capped_slices += alone_capped
                found += alone
                excluded.append(DimensionFilter(dimension="country", operator="notEquals", expression=country))
                rest, capped = await one((device, *excluded))
                if not capped or len(excluded) == min(len(countries), MAX_COUNTRY_SLICES):
                    stats.capped_slices += capped
                    drop(whole)
                    return found + rest
                drop(rest)
            stats.capped_slices += 1  # no country listed: the device slice stays as Google capped it
            return whole

        parts: list[pa.Table] = []
        for device in DEVICES:  # one after another: slices do not add to the partition's fetches in flight
            only = eq("device", device)
            part, capped = await one((only,))
            if capped and "country" in spec.dimensions:
                part = await by_country(only, part)
            else:
                stats.capped_slices += capped
            parts += part
        return parts

    async def _ranked_values(
        self, cred: Credential, site: str, day: dt.date, spec: ReportSpec, search_type: str, data_state: str,
        dimension: str, filters: tuple[DimensionFilter, ...], stats: FetchStats,
    ) -> list[str]:  # fmt: skip
        """The values of `dimension` that day under `filters`, most impressions first (one small query)."""
        iso = day.isoformat()
        context = ErrorContext(site_url=site, report=f"{spec.name}:{dimension}s", date=iso, search_type=search_type)

        def body(start_row: int) -> dict[str, Any]:
            return _body(spec, iso, iso, search_type, data_state, start_row, dimensions=(dimension,),
                         extra_filters=filters)  # fmt: skip

        rows, _meta = await self._paged(cred, site, body, context, stats, single_day=True)
        ranked = sorted(rows, key=lambda row: -float(row.get("impressions") or 0))
        return [str(row["keys"][0]) for row in ranked]

    async def _day_slice(
        self, cred: Credential, site: str, day: dt.date, spec: ReportSpec, search_type: str, data_state: str,
        stats: FetchStats, ticket: _Ticket, extra_filters: tuple[DimensionFilter, ...],
    ) -> list[pa.Table]:  # fmt: skip
        context = ErrorContext(site_url=site, report=spec.name, date=day.isoformat(), search_type=search_type)
        iso = day.isoformat()
        tables: list[pa.Table] = []

        def body(start_row: int) -> dict[str, Any]:
            return _body(spec, iso, iso, search_type, data_state, start_row, extra_filters=extra_filters)

        def on_page(rows: list[dict[str, Any]]) -> None:
            if not rows:
                return
            started = _cpu_clock()
            try:
                tables.append(rows_to_table(rows, spec=spec, site_url=site, date=day, search_type=search_type))
            except (KeyError, IndexError, TypeError, ValueError, pa.ArrowException) as exc:
                raise GscResponseError(f"rows of unexpected shape ({type(exc).__name__})", context=context) from exc
            finally:
                stats.cpu_s += _cpu_clock() - started
            stats.rows += len(rows)
            ticket.rows += len(rows)

        await self._paged(cred, site, body, context, stats, single_day=True, on_page=on_page)
        return tables


def _draws_load(body: dict[str, Any] | None) -> bool:
    """Whether Google's load quota charges this query: grouped or filtered by page or query ("Usage Limits")."""
    if not body:
        return False
    filtered = [f.get("dimension") for g in body.get("dimensionFilterGroups") or [] for f in g.get("filters") or []]
    return bool({"page", "query"} & {*body.get("dimensions", []), *filtered})


def first_incomplete_date(
    reported: Sequence[dt.date], last_with_rows: dt.date | None, pacific_today: dt.date
) -> dt.date:
    """The first day of a window that is not known to be final.

    Google returns `metadata.firstIncompleteDate` only when the answer holds incomplete data points, so its
    absence proves only that the rows it did return are final: a recent day without any row may simply not be
    processed yet. Hence: the earliest date Google reported, else the day after the last row, but never earlier
    than the last ASSUMED_LAG_DAYS days.
    """
    if reported:
        return min(reported)
    horizon = pacific_today - dt.timedelta(days=ASSUMED_LAG_DAYS - 1)
    if last_with_rows is None:
        return horizon
    return max(horizon, last_with_rows + dt.timedelta(days=1))


async def _gather(coros: list[Coroutine[Any, Any, T]]) -> list[T]:
    """Like asyncio.gather, but the first GscError cancels the siblings (no quota spent on a lost cause)."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(c) for c in coros]
    except* GscError as eg:
        raise eg.exceptions[0] from None
    return [t.result() for t in tasks]


def _windows(days: list[dt.date]) -> list[list[dt.date]]:
    """Split sorted dates into runs of consecutive days, each at most WINDOW_MAX_DAYS long."""
    out: list[list[dt.date]] = []
    for day in days:
        if out and day - out[-1][-1] == dt.timedelta(days=1) and len(out[-1]) < WINDOW_MAX_DAYS:
            out[-1].append(day)
        else:
            out.append([day])
    return out


def _body(
    spec: ReportSpec,
    start: str,
    end: str,
    search_type: str,
    data_state: str,
    start_row: int,
    *,
    dimensions: tuple[str, ...] | None = None,
    extra_filters: tuple[DimensionFilter, ...] = (),
) -> dict[str, Any]:
    """The request body for one page, following Google's per-type rules (see `_rules`)."""
    body: dict[str, Any] = {
        "startDate": start,
        "endDate": end,
        "dimensions": list(dimensions if dimensions is not None else spec.request_dimensions(search_type)),
        "type": search_type,
        "rowLimit": ROW_LIMIT,
        "startRow": start_row,
        "dataState": data_state,
    }
    aggregation = spec.request_aggregation(search_type)
    if aggregation != "auto":
        body["aggregationType"] = aggregation
    filters = (*spec.filters, *extra_filters)
    if filters:
        body["dimensionFilterGroups"] = [{"groupType": "and", "filters": [f.to_api() for f in filters]}]
    return body


@dataclass(slots=True)
class _Pending:
    cred: Credential
    site_url: str
    path: str
    body: dict[str, Any]
    context: ErrorContext
    stats: FetchStats
    future: asyncio.Future[dict[str, Any]]


class _Batcher:
    """Batch mode: collects concurrent queries of one (credential, site) into multipart requests of up to `size`.

    Every part passes the limiter (a batch of n takes n slots). Parts that fail are retried alone through the
    plain path, so retries, refreshes and error mapping stay in one place and results equal unbatched mode.
    """

    def __init__(self, client: GscClient, size: int) -> None:
        self.client = client
        self.size = size
        self.pending: dict[tuple[int, str], list[_Pending]] = {}
        self.runners: dict[tuple[int, str], asyncio.Task[None]] = {}
        self.sends: set[asyncio.Task[None]] = set()
        self.counter = 0

    async def submit(
        self, *, cred: Credential, site_url: str, path: str, body: dict[str, Any], context: ErrorContext,
        stats: FetchStats,
    ) -> dict[str, Any]:  # fmt: skip
        self.client._raise_if_load_spent(site_url, context)  # no quota spent on a site Google keeps refusing
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        key = (id(cred), site_url)
        self.pending.setdefault(key, []).append(_Pending(cred, site_url, path, body, context, stats, future))
        if key not in self.runners or self.runners[key].done():
            self.runners[key] = asyncio.create_task(self._run(key))
        try:
            return await future
        except asyncio.CancelledError:
            future.cancel()
            raise

    async def _run(self, key: tuple[int, str]) -> None:
        queue = self.pending[key]
        while queue:
            await asyncio.sleep(BATCH_LINGER_S)  # let the burst of concurrent callers fill the batch
            queue[:] = [p for p in queue if not p.future.done()]
            if not queue:
                break
            cred, site = queue[0].cred, queue[0].site_url
            buckets = [f"site:{site}", *cred.quota_buckets]
            slot = self.client.limiter.slot(buckets, min(self.size, len(queue)))
            granted, waited = await slot.__aenter__()
            items = [p for p in queue[:granted] if not p.future.done()]
            del queue[:granted]
            self._spawn(self._send(items, buckets, slot, waited))

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.sends.add(task)
        task.add_done_callback(self.sends.discard)

    async def aclose(self) -> None:
        tasks = [*self.runners.values(), *self.sends]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _send(self, items: list[_Pending], buckets: list[str], slot: Any, waited: float) -> None:
        client = self.client
        assert client._http is not None
        started = time.perf_counter()
        sent_at = time.monotonic()
        failed: list[_Pending] = list(items)
        try:
            if not items:
                return
            for item in items:
                item.stats.limiter_wait_s += waited / len(items)
                item.stats.requests += 1
                if waited:
                    item.stats.waits.append((sent_at - waited, sent_at))
            cred = items[0].cred
            parts = []
            ids: dict[str, _Pending] = {}
            for item in items:
                self.counter += 1
                cid = f"item-{self.counter}"
                ids[cid] = item
                parts.append(BatchPart(cid, "POST", item.path, orjson.dumps(item.body)))
            content, content_type = build_batch(parts)
            context = items[0].context.with_(operation="batch")
            try:
                with mapped_errors(context):
                    token = await cred.token()
                    response = await client._http.post(
                        batch_path(client.settings.api_base_url),
                        content=content,
                        headers={"Authorization": f"Bearer {token}", "Content-Type": content_type, **cred.headers},
                    )
                    client.http_versions[response.http_version] += 1
                if response.status_code >= 300:
                    raise api_error(response.status_code, response.content, context, None)
                try:
                    answers = parse_batch(response.headers.get("content-type", ""), response.content)
                except (ValueError, IndexError) as exc:
                    raise GscResponseError(f"unreadable batch answer ({exc})", context=context) from exc
            except GscError:
                return  # every part is retried alone below
            elapsed = time.perf_counter() - started
            retry: list[_Pending] = []
            pushed = False
            now = time.monotonic()
            for cid, item in ids.items():
                item.stats.network_s += elapsed / len(items)
                item.stats.calls.append((sent_at, now))
                answer = answers.get(cid)
                if answer is None:
                    retry.append(item)
                    continue
                try:
                    data = client._read(answer.status, answer.headers, answer.body, item.context, item.stats)
                except GscError as err:
                    if isinstance(err, GscQuotaError):
                        item.stats.throttled += 1
                        if not pushed:
                            pushed = True
                            await client.limiter.pushback(buckets, err.retry_after_s)
                    if err.retryable or err.status == 401:
                        retry.append(item)
                    elif not item.future.done():
                        item.future.set_exception(err)
                    continue
                client.limiter.success(buckets)
                client._load_guard.succeeded(item.site_url, sent_at, expensive=_draws_load(item.body))
                if not item.future.done():
                    item.future.set_result(data)
            failed = retry
        finally:
            await slot.__aexit__(None, None, None)
            for item in failed:
                if not item.future.done():
                    item.stats.retries += 1
                    self._spawn(self._alone(item))

    async def _alone(self, item: _Pending) -> None:
        try:
            data = await self.client._call(
                cred=item.cred, site_url=item.site_url, method="POST", path=item.path, body=item.body,
                context=item.context, stats=item.stats, attempt=1,
            )  # fmt: skip
        except GscError as err:
            if not item.future.done():
                item.future.set_exception(err)
        except Exception as exc:  # pragma: no cover - defensive: never leave a caller waiting
            if not item.future.done():
                item.future.set_exception(map_exception(exc, item.context))
        else:
            if not item.future.done():
                item.future.set_result(data)
