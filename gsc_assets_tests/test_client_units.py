"""Client pieces that need no server: public names, settings, report validation, error mapping, batch framing,
the quota store and the Arrow schema."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import httpx
import pyarrow as pa
import pytest

import gsc_assets.gsc as gsc
from gsc_assets.gsc import (
    DEFAULT_REPORTS,
    ClientSettings,
    GscConfigError,
    GscError,
    GscResponseError,
    InMemoryQuotaStore,
    QuotaStore,
    ReportSpec,
    _errors,
    _inventory,
    load_reports,
)
from gsc_assets.gsc._arrow import report_schema, rows_to_table
from gsc_assets.gsc._batch import BatchPart, build_batch, parse_batch
from gsc_assets.gsc._errors import (
    ErrorContext,
    GscTransportError,
    api_error,
    map_exception,
    redact,
)
from gsc_assets.gsc._quota import BURST_FRACTION, Limiter


def test_exported_members_are_exactly_the_public_api():
    assert set(gsc.__all__) == {
        "Availability", "DEFAULT_REPORTS", "HOURLY_REPORT", "ClientSettings", "DimensionFilter", "FetchStats",
        "GscApiError",
        "GscAuthError",
        "GscBadRequestError", "GscClient", "GscConfigError", "GscDataNotReadyError", "GscError", "GscLoadQuotaError",
        "GscNotFoundError", "GscPermissionError", "GscQuotaError", "GscResponseError", "GscServerError",
        "GscTransportError",
        "InMemoryQuotaStore", "PartitionResult", "QuotaStore", "ReportSpec", "SiteEntry", "Sitemap", "SitemapContent",
        "load_reports",
    }  # fmt: skip
    assert [name for name in gsc.__all__ if not hasattr(gsc, name)] == []
    for name in gsc.__all__:
        if isinstance(getattr(gsc, name), type) and name.startswith("Gsc") and name.endswith("Error"):
            assert issubclass(getattr(gsc, name), GscError)
    # Every error class a caller may see is importable from the package (a new one must be exported).
    raised = {name for name, obj in vars(_errors).items() if isinstance(obj, type) and issubclass(obj, GscError)}
    assert raised <= set(gsc.__all__), raised - set(gsc.__all__)


def test_settings_from_env_reads_the_contract_names(tmp_path):
    env = {
        "GSC_API_BASE_URL": "http://127.0.0.1:9/",
        "GOOGLE_APPLICATION_CREDENTIALS": str(tmp_path / "key.json"),
        "GSC_QPM_PER_SITE": "600",
        "GSC_QPM_PER_USER": "1_000",
        "GSC_MAX_IN_FLIGHT": "1",
        "GSC_BATCH_SIZE": "10",
        "GSC_SEARCH_TYPES": "web, image",
        "GSC_DATA_STATE": "all",
        "GSC_REPORTS": "property,page",
    }
    s = ClientSettings.from_env(env, verify=False)
    assert s.api_base_url == "http://127.0.0.1:9"
    assert (s.qpm_per_site, s.qpm_per_user, s.max_in_flight, s.batch_size) == (600, 1000, 1, 10)
    assert s.search_types == ("web", "image") and s.data_state == "all" and s.reports == ("property", "page")
    assert s.effective_qpm_per_site == 570  # the 5% safety margin
    assert s.verify is False
    defaults = ClientSettings.from_env({})
    assert defaults.api_base_url == "https://searchconsole.googleapis.com"
    assert defaults.search_types == ("web", "image", "video", "news", "discover", "googleNews")
    assert (defaults.qpm_per_site, defaults.data_state, defaults.batch_size) == (1200, "final", 0)


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"GSC_QPM_PER_SITE": "lots"}, "GSC_QPM_PER_SITE must be an integer"),
        ({"GSC_SEARCH_TYPES": "web,shopping"}, "GSC_SEARCH_TYPES: unknown ['shopping']"),
        ({"GSC_DATA_STATE": "fresh"}, "GSC_DATA_STATE must be 'final' or 'all'"),
        ({"GSC_MAX_IN_FLIGHT": "0"}, "GSC_MAX_IN_FLIGHT must be >= 1"),
        ({"GSC_BATCH_SIZE": "5000"}, "GSC_BATCH_SIZE must be between 0 and 1000"),
    ],
)
def test_bad_settings_fail_with_one_line(env, needle):
    with pytest.raises(GscConfigError) as info:
        ClientSettings.from_env(env)
    assert needle in str(info.value) and "\n" not in str(info.value)


def test_default_reports_and_selection():
    names = [r.name for r in DEFAULT_REPORTS]
    assert names == ["property", "page", "query", "query_page", "appearance"]
    by_name = {r.name: r for r in DEFAULT_REPORTS}
    assert by_name["property"].aggregation_type == "byProperty" and by_name["property"].dimensions == ("date",)
    assert by_name["page"].aggregation_type == "byPage"
    assert by_name["query_page"].dimensions == ("date", "query", "page", "country", "device")
    assert by_name["appearance"].column_names == ("search_appearance",)
    assert by_name["query"].types_for(["web", "discover", "googleNews", "news"]) == ("web", "news")
    assert [r.name for r in load_reports(names=["query", "property"])] == ["property", "query"]
    with pytest.raises(GscConfigError, match="unknown report"):
        load_reports(names=["pages"])


def test_custom_reports_file(tmp_path):
    path = tmp_path / "reports.yaml"
    path.write_text(
        """
- name: mobile_pages
  dimensions: [page, device]
  types: [web, image]
  aggregationType: byPage
  filters:
    - {dimension: device, operator: equals, expression: MOBILE}
- name: brand_queries
  dimensions: [date, query]
  filters:
    - {dimension: query, operator: includingRegex, expression: "^example"}
"""
    )
    specs = load_reports(names=[], reports_file=path)
    assert [s.name for s in specs] == ["mobile_pages", "brand_queries"]
    assert specs[0].dimensions == ("date", "page", "device") and specs[0].search_types == ("web", "image")
    assert specs[1].search_types == ("web", "image", "video", "news")  # query silently skips discover/googleNews
    assert specs[1].filters[0].to_api() == {
        "dimension": "query",
        "operator": "includingRegex",
        "expression": "^example",
    }


@pytest.mark.parametrize(
    ("yaml_text", "needle"),
    [
        ("- {name: x, dimensions: [qurey]}", "unknown dimension 'qurey'"),
        ("- {name: x, dimensions: [query], types: [discover]}", "search type discover with the query dimension"),
        ("- {name: x, dimensions: [searchAppearance, page]}", "searchAppearance must be the only grouping dimension"),
        ("- {name: Bad-Name, dimensions: [page]}", "bad name"),
        ("- {name: a, dimensions: [page]}\n- {name: a, dimensions: [query]}", "duplicate name"),
        ("- {name: page, dimensions: [page]}", "duplicate name"),
        ("- {name: x, dimensions: [page], filters: [{dimension: page, operator: like, expression: a}]}",
         "unknown filter operator 'like'"),
        ("- {name: x, dimensions: [page], types: [shopping]}", "unknown search type 'shopping'"),
        ("- {name: x, dimensions: [page], aggregationType: byWhatever}", "unknown aggregationType"),
        ("- {name: x, dimensions: [page], colour: red}", "unknown key(s) colour"),
        ("- name: x\n  dimensions: [page\n", "not valid YAML"),
        ("name: x", "expected a list of reports"),
    ],
)  # fmt: skip
def test_invalid_custom_reports_fail_up_front(tmp_path, yaml_text, needle):
    path = tmp_path / "reports.yaml"
    path.write_text(yaml_text)
    with pytest.raises(GscConfigError) as info:
        load_reports(reports_file=path)
    message = str(info.value)
    assert needle in message, message
    assert "\n" not in message and str(path) in message


def test_report_spec_is_frozen_and_keyword_only():
    spec = ReportSpec(name="x", dimensions=("date", "page"))
    with pytest.raises(AttributeError):
        spec.name = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ReportSpec("x", ("date",))  # type: ignore[misc]


ALL_HTTPX_ERRORS = [
    httpx.ConnectError("boom"),
    httpx.ConnectTimeout("slow"),
    httpx.ReadTimeout("slow"),
    httpx.WriteTimeout("slow"),
    httpx.PoolTimeout("slow"),
    httpx.ReadError("reset"),
    httpx.WriteError("reset"),
    httpx.RemoteProtocolError("peer closed connection"),
    httpx.LocalProtocolError("bad"),
    httpx.ProxyError("proxy"),
    httpx.UnsupportedProtocol("ftp"),
    httpx.CloseError("close"),
]


@pytest.mark.parametrize("exc", ALL_HTTPX_ERRORS, ids=lambda e: type(e).__name__)
def test_every_httpx_transport_error_maps_into_the_tree(exc):
    context = ErrorContext(site_url="sc-domain:a.example", report="page", date="2026-01-02", search_type="web")
    err = map_exception(exc, context)
    assert isinstance(err, GscError) and type(err) is not GscError
    assert "site=sc-domain:a.example" in str(err) and "report=page" in str(err) and "date=2026-01-02" in str(err)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        assert not err.retryable
    else:
        assert isinstance(err, GscTransportError) and err.retryable


def test_every_httpx_exception_class_is_covered():
    """A new httpx exception class must be considered here (and in map_exception) before it is silently generic."""
    transport = {c for c in vars(httpx).values() if isinstance(c, type) and issubclass(c, httpx.TransportError)}
    covered = {type(e) for e in ALL_HTTPX_ERRORS} | {
        httpx.TransportError, httpx.TimeoutException, httpx.NetworkError, httpx.ProtocolError
    }  # fmt: skip
    assert transport <= covered, transport - covered


@pytest.mark.parametrize(
    ("status", "reason", "cls", "retryable"),
    [
        (400, "badRequest", gsc.GscBadRequestError, False),
        (401, "authError", gsc.GscAuthError, False),
        (403, "forbidden", gsc.GscPermissionError, False),
        (403, "quotaExceeded", gsc.GscQuotaError, True),
        (403, "rateLimitExceeded", gsc.GscQuotaError, True),
        (404, "notFound", gsc.GscNotFoundError, False),
        (429, "rateLimitExceeded", gsc.GscQuotaError, True),
        (500, "backendError", gsc.GscServerError, True),
        (503, "backendError", gsc.GscServerError, True),
    ],
)
def test_api_errors_are_classified_by_status_and_reason(status, reason, cls, retryable):
    body = (
        f'{{"error": {{"code": {status}, "message": "Something about site \'https://a.example/\'.", '
        f'"errors": [{{"reason": "{reason}"}}]}}}}'
    ).encode()
    err = api_error(status, body, ErrorContext(site_url="https://a.example/", report="query"), 1.5)
    assert type(err) is cls and err.retryable is retryable
    assert f"HTTP {status}" in str(err) and f"reason={reason}" in str(err) and "report=query" in str(err)


def test_redaction_removes_keys_and_tokens():
    pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ\n-----END PRIVATE KEY-----\n"
    token = "ya29.a0AfH6SMBx" + "Q" * 60
    text = redact(f"oops {pem} and Authorization: Bearer {token} and {token}")
    assert "MIIEvQ" not in text and token not in text and "QQQQQQQQQQ" not in text
    assert redact("see https://support.google.com/webmasters/answer/2451999.") == (
        "see https://support.google.com/webmasters/answer/2451999."
    )


def test_batch_framing_round_trip():
    body, content_type = build_batch(
        [BatchPart("item-1", "POST", "/webmasters/v3/sites/x/searchAnalytics/query", b'{"a":1}'),
         BatchPart("item-2", "POST", "/webmasters/v3/sites/y/searchAnalytics/query", b'{"b":2}')]
    )  # fmt: skip
    assert content_type.startswith("multipart/mixed; boundary=batch_")
    assert body.count(b"Content-Type: application/http") == 2 and b"Content-ID: <item-2>" in body
    assert b'Content-Length: 7\r\n\r\n{"a":1}\r\n' in body
    # A Google-style answer, LF line ends, parts out of order. Part 1's body ends in a line break that belongs to
    # it (its Content-Length counts it): Content-Length, not the boundary, says where a body ends.
    answer = (
        b"--zz\nContent-Type: application/http\nContent-ID: <response-item-2>\n\n"
        b'HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=UTF-8\n\n{"error": {"code": 403}}\n'
        b"--zz\r\nContent-Type: application/http\r\nContent-ID: <response-item-1>\r\n\r\n"
        b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{"rows": []}\r\n\r\n'
        b"--zz--\r\n"
    )
    parts = parse_batch('multipart/mixed; boundary="zz"', answer)
    assert parts["item-1"].status == 200 and parts["item-1"].body == b'{"rows": []}\r\n'
    assert parts["item-2"].status == 403 and parts["item-2"].body == b'{"error": {"code": 403}}'
    # A part cut short of its Content-Length (a proxy dropped bytes, the closing boundary survived) is reported,
    # not passed on as a shorter body.
    cut = answer.replace(b'{"rows": []}\r\n\r\n--zz--', b'{"rows": \r\n--zz--')
    with pytest.raises(ValueError, match="body shorter than its Content-Length"):
        parse_batch("multipart/mixed; boundary=zz", cut)
    with pytest.raises(ValueError, match="truncated"):
        parse_batch("multipart/mixed; boundary=zz", answer[:-10])
    with pytest.raises(ValueError, match="not multipart"):
        parse_batch("application/json", b"{}")


def test_in_memory_store_is_an_exact_sliding_window():
    store = InMemoryQuotaStore()
    assert isinstance(store, QuotaStore)
    now = [1000.0]
    store._clock = lambda: now[0]  # the store reads the time only here: a fake clock makes every figure exact

    async def take(buckets, want, window_s=0.5):
        return await store.take(buckets, want, window_s)

    async def scenario():
        buckets = [("site:a", 5), ("user:u", 7)]
        assert await take(buckets, 3) == (3, 0.0)
        now[0] = 1000.1
        assert await take(buckets, 3) == (2, 0.0)  # the site bucket has 2 left
        now[0] = 1000.2
        assert await take(buckets, 1) == (0, pytest.approx(0.3))  # the slots taken at 1000.0 leave at 1000.5
        assert await take([("site:b", 5), ("user:u", 7)], 5) == (2, 0.0)  # the shared user bucket is the limit now
        now[0] = 1000.5 - 1e-6
        assert (await take(buckets, 1))[0] == 0  # not a moment early
        now[0] = 1000.5
        assert await take(buckets, 5) == (3, 0.0)  # exactly the 3 slots of 1000.0 came back, in both buckets
        assert await take([("user:u", 7)], 1) == (0, pytest.approx(0.1))  # user:u is full until 1000.6
        await store.pause(["site:a"], 0.2)
        now[0] = 1000.6
        assert await take([("site:a", 100)], 1, 10) == (0, pytest.approx(0.1))  # paused, whatever its limit
        now[0] = 1000.7
        assert await take([("site:a", 100)], 1, 10) == (1, 0.0)

    asyncio.run(scenario())


def test_limiter_paces_instead_of_bursting():
    """GCRA: the k-th request is not sent before k intervals (less a burst of 2) have passed. That is a lower bound
    on time the limiter sleeps for, so it holds however slow the machine is; how close to it the requests come
    is machine speed, a figure for benchmarks/bench_client.py."""
    limit, window_s = 100, 1.0

    async def scenario():
        limiter = Limiter(store=InMemoryQuotaStore(), qpm_per_site=limit, qpm_per_user=1000, qpm_per_project=40_000,
                          window_s=window_s, max_in_flight=50)  # fmt: skip
        times: list[float] = []

        async def one():
            async with limiter.slot(["site:a", "user:u"]):
                times.append(time.monotonic())

        start = time.monotonic()
        await asyncio.gather(*[one() for _ in range(60)])
        return [t - start for t in sorted(times)]

    times = asyncio.run(scenario())
    assert len(times) == 60
    interval = window_s / limit  # the site bucket is the binding one: 100 per second
    burst = max(1.0, limit * BURST_FRACTION) * interval  # the GCRA tolerance: 2 requests back to back
    early = [(k, round(t, 4)) for k, t in enumerate(times) if t < k * interval - burst - 1e-6]
    assert early == [], early  # e.g. at most 12 in the first 0.1 s, and the 60th not before 0.57 s


def test_arrow_schema_and_build():
    spec = {r.name: r for r in DEFAULT_REPORTS}["query_page"]
    schema = report_schema(spec)
    assert schema.names == ["site_url", "date", "search_type", "query", "page", "country", "device", "clicks",
                            "impressions", "ctr", "position"]  # fmt: skip
    assert schema.field("date").type == pa.date32() and schema.field("clicks").type == pa.int64()
    rows = [
        {"keys": ["2026-01-02", "q1", "https://a/", "usa", "MOBILE"], "clicks": 3, "impressions": 10.0,
         "ctr": 0.3, "position": 1.5},
        {"keys": ["2026-01-02", "q2", "https://a/b", "fra", "DESKTOP"], "clicks": 0.0, "impressions": 4,
         "ctr": 0, "position": 7},
    ]  # fmt: skip
    table = rows_to_table(rows, spec=spec, site_url="s", date=dt.date(2026, 1, 2), search_type="web")
    assert table.schema == schema
    assert table.column("clicks").to_pylist() == [3, 0] and table.column("impressions").to_pylist() == [10, 4]
    assert table.column("page").to_pylist() == ["https://a/", "https://a/b"]
    hourly = ReportSpec(name="hourly", dimensions=("date", "hour"), data_state="hourly_all")
    t = rows_to_table([{"keys": ["2025-04-07", "2025-04-07T00:00:00-07:00"], "clicks": 1, "impressions": 2,
                        "ctr": 0.5, "position": 3.0}], spec=hourly, site_url="s", date=dt.date(2025, 4, 7),
                      search_type="web")  # fmt: skip
    assert t.column("hour").type == pa.timestamp("s", tz="UTC")
    assert t.column("hour")[0].as_py() == dt.datetime(2025, 4, 7, 7, tzinfo=dt.UTC)


def test_missing_ca_file_is_a_config_error(tmp_path):
    async def go():
        async with gsc.GscClient(ClientSettings(verify=str(tmp_path / "nope.pem"))):
            pass

    with pytest.raises(GscConfigError, match="cannot read a file"):
        asyncio.run(go())


def test_admission_bounds_open_partitions_by_rows_and_chains_not_by_count():
    """Small one-chain partitions open many at once; busy many-chain ones two at a time; first come, first served;
    a partition cancelled while waiting leaves its place."""
    from gsc_assets.gsc._client import _Admission, _Ticket

    async def go() -> None:
        small = _Admission(budget=400_000, chains=24, least=2, most=32)
        tickets = [_Ticket() for _ in range(14)]
        for t in tickets:  # one chain each, charged one full page (25,000 rows) before any is measured
            await asyncio.wait_for(small.enter(t, 1), 1)
        assert len(small.open) == 14

        busy = _Admission(budget=400_000, chains=24, least=2, most=32)
        first, second, third, fourth = (_Ticket() for _ in range(4))
        await busy.enter(first, 12)
        await busy.enter(second, 12)  # 24 chains: the chain budget is spent
        waiting = [asyncio.create_task(busy.enter(t, 12)) for t in (third, fourth)]
        await asyncio.sleep(0)
        assert not any(w.done() for w in waiting) and busy.open == {first, second}
        waiting[0].cancel()
        await asyncio.gather(waiting[0], return_exceptions=True)
        first.rows, first.done = 90_000, True
        busy.leave(first)
        await asyncio.wait_for(waiting[1], 1)
        assert busy.open == {second, fourth} and busy.per_chain == 7_500
        busy.leave(third)  # never admitted: nothing to give back
        assert busy.open == {second, fourth}

    asyncio.run(go())


def test_a_partitions_wall_times_count_overlapping_requests_once():
    from gsc_assets.gsc._client import FetchStats

    stats = FetchStats()
    stats.waits += [(0.0, 1.0), (0.5, 1.5)]  # two requests waiting for quota at once
    stats.calls += [(1.5, 3.0), (1.0, 2.0), (4.0, 5.0)]  # overlapping, then one after a gap
    assert stats.quota_wait_wall_s() == pytest.approx(1.5)
    assert stats.wall_s() == pytest.approx(4.0)  # 0..3 and 4..5
    window = FetchStats(waits=[(10.0, 11.0)], calls=[(11.0, 12.0)])
    stats.add(window)
    assert stats.wall_s() == pytest.approx(6.0)
    assert FetchStats().wall_s() == 0.0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("errors", 3),  # an int64 is a string in Google's JSON; a number is not what Google sends
        ("errors", "٣"),  # a non-ASCII digit
        ("warnings", "--5"),
        ("warnings", "1e3"),
        ("lastSubmitted", "2026-11-01"),  # a date, not a time
        ("lastSubmitted", "2026-11-01T10:00:00"),  # no offset
        ("lastDownloaded", 20261101),
        ("lastDownloaded", "2026-13-01T10:00:00Z"),
        ("isPending", "false"),
    ],
)
def test_a_sitemap_field_of_another_shape_is_refused_not_read_as_zero(field, value):
    entry = {
        "path": "https://a.example/s.xml", "lastSubmitted": "2026-11-01T10:00:00.123Z", "isPending": False,
        "warnings": "0", "errors": "1", "contents": [{"type": "web", "submitted": "12", "indexed": "0"}],
    }  # fmt: skip
    context = ErrorContext(operation="sitemaps.list")
    good = _inventory.sitemaps({"sitemap": [entry]}, "sc-domain:a.example", context, index=None)[0]
    assert (good.warnings, good.errors, good.contents[0].submitted) == (0, 1, 12)
    assert good.last_submitted == dt.datetime(2026, 11, 1, 10, 0, 0, 123000, tzinfo=dt.UTC)
    with pytest.raises(GscResponseError, match=field):
        _inventory.sitemaps({"sitemap": [{**entry, field: value}]}, "sc-domain:a.example", context, index=None)


def test_only_reports_with_device_as_a_key_and_no_hour_are_sliced_past_the_cap():
    from gsc_assets.gsc._rules import sliceable

    assert sliceable(("date", "query", "page", "country", "device"), "web")
    assert sliceable(("date", "page", "device"), "googleNews")
    assert not sliceable(("date", "query", "page", "country", "device"), "discover")  # Google refuses device
    assert not sliceable(("date", "query", "page"), "web")  # device slices would overlap in these keys
    assert not sliceable(("date", "query", "device"), "web", filter_dimensions=("device",))
    assert not sliceable(("date", "hour", "query", "device"), "web")  # hourly_all asks for the hour dimension
