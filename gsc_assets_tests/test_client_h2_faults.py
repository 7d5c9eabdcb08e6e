"""The client's retries over HTTP/2 (the default), against the simulator over TLS (hypercorn, h2 by ALPN).

Two halves: (1) every transport fault of the simulator, switched on in turn, is retried to the fault-free answer,
and every response really came over HTTP/2; (2) the exception classes of the stack under httpx (httpcore, h2,
hpack, hyperframe, anyio, ssl) are enumerated and mapped, so that none becomes a non-retryable error by accident.
The fault tests go through `GscClient._query` (one request per day, no planner) to stay apart from the plan.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import inspect
import ssl
import time
from collections.abc import Iterator
from typing import Any

import anyio
import h2.exceptions
import hpack.exceptions
import httpcore
import httpx
import hyperframe.exceptions
import pytest

from gsc_assets.gsc import (
    FetchStats,
    GscClient,
    GscConfigError,
    GscError,
    GscResponseError,
    GscTransportError,
)
from gsc_assets.gsc._errors import ErrorContext, map_exception, mapped_errors
from gsc_assets.simulator import SimulatorServer
from gsc_assets_tests.fixtures_sim import SIM_TODAY, sim_config
from gsc_assets_tests.test_client import client_settings

pytestmark = pytest.mark.timeout(60)

K = 20.0  # time scale: quota windows of 3 s, `slow_seconds=20` is a 1 s stall
SLOW_SECONDS = 20.0  # 1 s at K=20, past the client's 0.5 s read timeout
SITE = "sc-domain:example.com"
DAYS = [(SIM_TODAY - dt.timedelta(days=6 + i)).isoformat() for i in range(12)]
CONTEXT = ErrorContext(site_url="sc-domain:a.example", report="page", date="2026-01-02", search_type="web")


# ------------------------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def h2_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimulatorServer]:
    with SimulatorServer(sim_config(time_scale=K), workdir=tmp_path_factory.mktemp("sim-h2"), tls=True) as server:
        yield server


@pytest.fixture
def h2_sim(h2_server: SimulatorServer) -> Iterator[SimulatorServer]:
    """The module's TLS simulator with faults and stats cleared before and after each test."""
    h2_server.reset(config=True)
    yield h2_server
    if h2_server.stats()["faults"].get("slow"):
        # answers the client gave up on are still stalled in the server: let them go out before the next test,
        # or they would roll (and count) that test's faults
        time.sleep(SLOW_SECONDS / K)
    h2_server.reset(config=True)


def settings(sim: SimulatorServer, **overrides: Any):
    # a read timeout on HTTP/2 fails every stream of the connection: generous unless a test wants it to strike
    values: dict[str, Any] = {"window_s": 60 / K, "read_timeout_s": 5.0, "search_types": ("web",),
                              "reports": ("property",)}  # fmt: skip
    values.update(overrides)
    return client_settings(sim, **values)


def _body(day: str) -> dict[str, Any]:
    # ~500 rows: a gzipped answer of several KB, so a reset or a truncation strikes mid-body.
    return {"startDate": day, "endDate": day, "dimensions": ["query"], "type": "web", "rowLimit": 500,
            "dataState": "final"}  # fmt: skip


async def _queries(s, days: list[str]) -> tuple[list[dict[str, Any]], FetchStats, collections.Counter[str]]:
    """One searchAnalytics query per day, all at once, through the client's retrying request path."""
    async with GscClient(s) as client:
        cred = client.credential_for(SITE)
        stats = FetchStats()

        async def one(day: str) -> dict[str, Any]:
            context = ErrorContext(site_url=SITE, report="query", date=day, search_type="web")
            return await client._query(cred=cred, site_url=SITE, body=_body(day), context=context, stats=stats)

        answers = await asyncio.gather(*(one(d) for d in days))
        return list(answers), stats, client.http_versions


def queries(s, days: list[str] = DAYS):
    return asyncio.run(_queries(s, days))


@pytest.fixture(scope="module")
def clean(h2_server: SimulatorServer) -> list[dict[str, Any]]:
    h2_server.reset(config=True)
    answers, stats, versions = queries(settings(h2_server))
    assert stats.retries == 0 and set(versions) == {"HTTP/2"}
    assert all(len(a["rows"]) > 100 for a in answers)
    return answers


# ------------------------------------------------------------------------------------------ faults over HTTP/2
# p per fault: "truncated" makes the client's h2 tear the whole connection down (every stream on it fails), so it
# is rarer than the per-stream faults to keep the attempts of one request within max_attempts.
FAULTS = {"5xx": 0.3, "429": 0.3, "reset": 0.3, "slow": 0.3, "malformed": 0.3, "truncated": 0.15,
          "content_type": 0.3}  # fmt: skip


@pytest.mark.parametrize("fault", list(FAULTS))
def test_each_fault_is_retried_over_http2(h2_sim: SimulatorServer, clean, fault: str) -> None:
    h2_sim.control(faults={fault: FAULTS[fault]}, slow_seconds=SLOW_SECONDS)
    answers, stats, versions = queries(settings(h2_sim, read_timeout_s=0.5 if fault == "slow" else 5.0))
    struck = h2_sim.stats()["faults"].get(fault, 0)
    assert struck > 0
    assert answers == clean
    assert set(versions) == {"HTTP/2"} and versions["HTTP/2"] >= len(DAYS)  # ALPN chose h2 for every exchange
    if fault == "429":
        assert stats.throttled == struck
    elif fault == "slow":
        # one h2 read timeout fails every stream waiting on the connection; a stalled stream may also be carried
        # past its timeout by other streams' traffic on the shared connection, so only "some" is certain
        assert stats.retries > 0
    elif fault == "truncated":
        assert stats.retries >= struck  # the connection goes down with every stream on it
    else:
        assert stats.retries == struck  # one failed attempt per fault: a reset spares the other streams


def test_reset_fault_resets_only_its_stream(h2_sim: SimulatorServer, clean) -> None:
    """RST_STREAM, not a dropped connection: the other streams of the connection complete untouched."""
    h2_sim.control(faults={"reset": 0.5})
    _, stats, _ = queries(settings(h2_sim, max_attempts=12))
    struck = h2_sim.stats()["faults"]["reset"]
    assert stats.retries == struck and stats.requests == len(DAYS) + struck


def test_goaway_fails_streams_in_flight_and_is_retried(tmp_path, clean) -> None:
    """hypercorn ends a connection after a few requests with GOAWAY; the streams it cuts off are retried."""
    config = sim_config(time_scale=K)
    with SimulatorServer(config, workdir=tmp_path, tls=True, max_requests_per_connection=3) as server:
        answers, stats, versions = queries(settings(server, max_in_flight=2, max_attempts=12))
    assert answers == clean
    assert stats.retries > 0 and set(versions) == {"HTTP/2"}


def test_mixed_faults_through_fetch_over_http2(h2_sim: SimulatorServer) -> None:
    """The public fetch() path over HTTP/2 with every fault at once: the same tables as without faults."""
    from gsc_assets_tests.test_client import fetch

    partitions = [(SITE, dt.date.fromisoformat(d)) for d in DAYS[:4]]
    expected = {r.date: r.tables for r in fetch(settings(h2_sim), partitions)}
    h2_sim.control(faults={f: p / 3 for f, p in FAULTS.items()}, slow_seconds=SLOW_SECONDS)
    results = fetch(settings(h2_sim, max_attempts=12, read_timeout_s=0.5), partitions)
    assert sum(h2_sim.stats()["faults"].values()) > 0
    for r in results:
        assert r.error is None, r.error
        assert r.tables.keys() == expected[r.date].keys()
        assert all(t.equals(expected[r.date][n]) for n, t in r.tables.items()), r.date
    assert sum(r.stats.retries for r in results) > 0


def test_persistent_truncation_gives_up_with_a_transport_error(h2_sim: SimulatorServer) -> None:
    h2_sim.control(faults={"truncated": 1.0})
    with pytest.raises(GscTransportError) as info:
        queries(settings(h2_sim, max_attempts=2), DAYS[:1])
    message = str(info.value)
    assert "HTTP/2 protocol error" in message and f"site={SITE}" in message and f"date={DAYS[0]}" in message
    assert isinstance(info.value.__cause__, httpx.LocalProtocolError | h2.exceptions.ProtocolError)


def test_untrusted_server_certificate_fails_fast_as_a_config_error(h2_sim: SimulatorServer) -> None:
    """verify=True (system CAs) against the simulator's own CA: the token request already fails, and no retry can
    make the certificate trusted."""

    async def go() -> list[str]:
        async with GscClient(settings(h2_sim, verify=True)) as client:
            return await client.list_sites()

    with pytest.raises(GscConfigError, match="TLS certificate not trusted") as info:
        asyncio.run(go())
    assert not info.value.retryable and h2_sim.stats()["token_requests"] == 0


def test_untrusted_certificate_on_the_api_path_is_a_config_error(h2_sim: SimulatorServer) -> None:
    async def go() -> None:
        async with httpx.AsyncClient(http2=True) as client:  # system CAs: the simulator's CA is not among them
            with mapped_errors(CONTEXT):
                await client.get(h2_sim.base_url + "/webmasters/v3/sites")

    with pytest.raises(GscConfigError, match="TLS certificate not trusted") as info:
        asyncio.run(go())
    assert not info.value.retryable and isinstance(info.value.__cause__, httpx.ConnectError)


# ------------------------------------------------------------------------------- mapping the foreign classes
def _classes(module: Any, base: type[BaseException]) -> set[type[BaseException]]:
    return {c for c in vars(module).values() if isinstance(c, type) and issubclass(c, base)}


def foreign_classes() -> set[type[BaseException]]:
    """Every exception class of the HTTP stack that can surface from an httpx request (and then some)."""
    found = (
        _classes(h2.exceptions, h2.exceptions.H2Error)
        | _classes(hpack.exceptions, hpack.exceptions.HPACKError)
        | _classes(hyperframe.exceptions, hyperframe.exceptions.HyperframeError)
        | _classes(httpcore, Exception)
        | _classes(httpx, httpx.RequestError)
        | {httpx.InvalidURL}
        | _classes(ssl, ssl.SSLError)
    )
    # anyio: what httpcore's anyio backend reads, writes and connects through
    found |= {anyio.BrokenResourceError, anyio.ClosedResourceError, anyio.EndOfStream, anyio.IncompleteRead}
    found |= {c for c in (getattr(anyio, "ConnectionFailed", None),) if isinstance(c, type)}
    found |= {ConnectionResetError, ConnectionAbortedError, ConnectionRefusedError, BrokenPipeError, TimeoutError}
    return found


# The only foreign classes allowed to end a request at once, and what they become.
NOT_RETRYABLE: dict[type[BaseException], type[GscError]] = {
    httpx.UnsupportedProtocol: GscConfigError,  # the base URL's scheme is not http(s)
    httpx.InvalidURL: GscConfigError,
    httpx.LocalProtocolError: GscConfigError,  # HTTP/1.1 (h11): our own request is malformed
    httpcore.UnsupportedProtocol: GscConfigError,
    httpcore.LocalProtocolError: GscConfigError,
    ssl.SSLCertVerificationError: GscConfigError,  # the server's certificate is not trusted
}


def _instance(cls: type[BaseException]) -> BaseException:
    """An instance of `cls`, whatever its constructor wants (h2's errors take stream ids and lengths)."""
    for args in (("boom",), (), (1,), (1, 2), ("boom", 1)):
        try:
            return cls(*args)
        except TypeError:
            continue
    raise AssertionError(f"cannot build {cls.__qualname__}{inspect.signature(cls)}")


def _raised_as_httpcore_does(inner: BaseException) -> httpx.LocalProtocolError:
    """httpx.LocalProtocolError <- httpcore.LocalProtocolError <- `inner`, chained like httpcore's h2 code does."""
    try:
        try:
            try:
                raise inner
            except BaseException as exc:
                raise httpcore.LocalProtocolError(exc)  # noqa: B904 - httpcore's http2.py raises it this way
        except httpcore.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc
    except httpx.LocalProtocolError as exc:
        return exc


def test_the_enumeration_finds_the_classes_that_matter() -> None:
    found = foreign_classes()
    must = {h2.exceptions.ProtocolError, h2.exceptions.StreamClosedError, h2.exceptions.InvalidBodyLengthError,
            h2.exceptions.FlowControlError, httpcore.RemoteProtocolError, httpcore.ConnectionNotAvailable,
            httpx.RemoteProtocolError, httpx.ReadTimeout, httpx.DecodingError, ssl.SSLEOFError}  # fmt: skip
    assert must <= found and len(found) > 50
    assert set(NOT_RETRYABLE) <= found  # the allow-list names real classes


@pytest.mark.parametrize("cls", sorted(foreign_classes(), key=lambda c: f"{c.__module__}.{c.__qualname__}"),
                         ids=lambda c: f"{c.__module__}.{c.__qualname__}")  # fmt: skip
def test_no_foreign_exception_is_non_retryable_by_accident(cls: type[BaseException]) -> None:
    err = map_exception(_instance(cls), CONTEXT)
    assert "site=sc-domain:a.example" in str(err) and "report=page" in str(err) and "date=2026-01-02" in str(err)
    if cls in NOT_RETRYABLE:
        assert type(err) is NOT_RETRYABLE[cls] and not err.retryable
    else:
        assert err.retryable, f"{cls.__module__}.{cls.__qualname__} -> {type(err).__name__}: {err}"
        assert isinstance(err, GscTransportError | GscResponseError)


@pytest.mark.parametrize("cls", sorted(_classes(h2.exceptions, h2.exceptions.H2Error), key=lambda c: c.__name__),
                         ids=lambda c: c.__name__)  # fmt: skip
def test_h2_errors_wrapped_as_local_protocol_errors_are_retried(cls: type[BaseException]) -> None:
    """httpcore wraps every h2 error met before the answer headers in LocalProtocolError: not a caller bug."""
    exc = _raised_as_httpcore_does(_instance(cls))
    err = map_exception(exc, CONTEXT)
    assert isinstance(err, GscTransportError) and err.retryable and "HTTP/2 protocol error" in str(err)


def test_mapped_errors_chain_the_original_and_keep_file_errors_apart(tmp_path) -> None:
    with pytest.raises(GscTransportError) as info, mapped_errors(CONTEXT):
        raise h2.exceptions.InvalidBodyLengthError(100, 50)
    assert isinstance(info.value.__cause__, h2.exceptions.InvalidBodyLengthError)
    # a TLS alert after the handshake is the wire; a broken CA file is configuration
    alert = ssl.SSLError(1, "[SSL: SSLV3_ALERT_BAD_RECORD_MAC] sslv3 alert bad record mac")
    assert isinstance(map_exception(alert, CONTEXT), GscTransportError)
    not_a_ca = tmp_path / "ca.pem"
    not_a_ca.write_text("not a certificate\n")
    with pytest.raises(ssl.SSLError) as bad_ca:
        ssl.create_default_context(cafile=str(not_a_ca))
    assert type(map_exception(bad_ca.value, CONTEXT.with_(operation="TLS CA file"))) is GscConfigError
    assert type(map_exception(FileNotFoundError(2, "No such file"), CONTEXT)) is GscConfigError
    h11_bad = httpx.LocalProtocolError("Illegal header value b'a\\nb'")
    assert type(map_exception(h11_bad, CONTEXT)) is GscConfigError
