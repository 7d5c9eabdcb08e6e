"""The simulator through Google's own client (google-api-python-client + google-auth) over loopback HTTP."""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.parse
from typing import Any

import httpx
import pytest
from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from gsc_assets.simulator import SimulatorServer
from gsc_assets.simulator.data import current_pacific_hour
from gsc_assets_tests.fixtures_sim import SIM_TODAY

pytestmark = pytest.mark.timeout(60)

SCOPES = ["https://www.googleapis.com/auth/webmasters.readonly"]
SITE = "sc-domain:example.com"
SMALL_SITE = "https://www.example.org/"
DAY = "2026-11-10"
PERMISSION = (
    "User does not have sufficient permission for site '{site}'. "
    "See also: https://support.google.com/webmasters/answer/2451999."
)


def _service(sim: SimulatorServer, key_path=None):
    creds = service_account.Credentials.from_service_account_file(str(key_path or sim.key_path), scopes=SCOPES)
    return build(
        "searchconsole",
        "v1",
        credentials=creds,
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": sim.base_url},
    )


@pytest.fixture(scope="module")
def service(sim: SimulatorServer):
    return _service(sim)


def _query(service, site: str = SITE, **body: Any) -> dict[str, Any]:
    return service.searchanalytics().query(siteUrl=site, body=body).execute()


def _all_pages(service, site: str, body: dict[str, Any], page: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    start = 0
    while True:
        got = _query(service, site, **body, rowLimit=page, startRow=start).get("rows", [])
        rows.extend(got)
        if len(got) < page:
            return rows
        start += page


def _token(sim: SimulatorServer) -> str:
    creds = service_account.Credentials.from_service_account_file(str(sim.key_path), scopes=SCOPES)
    import google.auth.transport.requests

    creds.refresh(google.auth.transport.requests.Request())
    return creds.token


def _query_url(sim: SimulatorServer, site: str) -> str:
    return f"{sim.base_url}/webmasters/v3/sites/{urllib.parse.quote(site, safe='')}/searchAnalytics/query"


def test_sites_list_shows_every_configured_site(service) -> None:
    entries = service.sites().list().execute()["siteEntry"]
    assert [e["siteUrl"] for e in entries] == [SITE, SMALL_SITE]
    assert {e["permissionLevel"] for e in entries} == {"siteFullUser"}


@pytest.mark.parametrize("dims", [["query", "page", "country", "device"], ["page"], ["query", "country"]])
def test_pagination_reassembles_truth_exactly(sim: SimulatorServer, service, dims: list[str]) -> None:
    body = {"startDate": DAY, "endDate": DAY, "dimensions": ["date", *dims]}
    paged = _all_pages(service, SITE, body, page=150)
    truth = sim.truth(site=SITE, date=DAY, dimensions=["date", *dims])
    assert paged == truth["rows"]
    assert len(paged) > 150
    assert len({tuple(r["keys"]) for r in paged}) == len(paged)


def test_rows_sorted_by_clicks_and_keys_follow_requested_order(sim: SimulatorServer, service) -> None:
    a = _query(service, startDate=DAY, endDate=DAY, dimensions=["query", "country", "device"], rowLimit=25000)
    b = _query(service, startDate=DAY, endDate=DAY, dimensions=["device", "query", "country"], rowLimit=25000)
    clicks = [r["clicks"] for r in a["rows"]]
    assert clicks == sorted(clicks, reverse=True)
    as_b = {(k[2], k[0], k[1]): (r["clicks"], r["impressions"]) for r in a["rows"] for k in [r["keys"]]}
    assert as_b == {tuple(r["keys"]): (r["clicks"], r["impressions"]) for r in b["rows"]}
    assert a["responseAggregationType"] == "byProperty"


def test_key_formats(service) -> None:
    dims = ["date", "query", "page", "country", "device"]
    rows = _query(service, startDate=DAY, endDate=DAY, dimensions=dims, rowLimit=2000)["rows"]
    for row in rows:
        date, query, page, country, device = row["keys"]
        assert date == DAY
        assert query and query == query.strip()
        assert page.startswith("https://example.com/")
        assert re.fullmatch(r"[a-z]{3}", country)
        assert device in {"DESKTOP", "MOBILE", "TABLET"}
        assert 0 <= row["ctr"] <= 1 and row["position"] >= 1 and row["clicks"] <= row["impressions"]
    appearance = _query(service, startDate=DAY, endDate=DAY, dimensions=["searchAppearance"])["rows"]
    assert appearance and all(re.fullmatch(r"[A-Z_]+", r["keys"][0]) for r in appearance)


FILTER_CASES = [
    ("query", "equals", None, lambda v, e: v == e),
    ("query", "notEquals", None, lambda v, e: v != e),
    ("query", "contains", "best", lambda v, e: e in v.lower()),
    ("query", "notContains", "best", lambda v, e: e not in v.lower()),
    ("page", "includingRegex", r"/(blog|docs)/", lambda v, e: re.search(e, v) is not None),
    ("page", "excludingRegex", r"/(blog|docs)/", lambda v, e: re.search(e, v) is None),
    ("country", "equals", "usa", lambda v, e: v == e),
    ("country", "notEquals", "usa", lambda v, e: v != e),
    ("device", "equals", "MOBILE", lambda v, e: v == e),
    ("device", "contains", "top", lambda v, e: "top" in v.lower()),
    ("searchAppearance", "equals", "VIDEO", lambda v, e: v == e),
]


@pytest.mark.parametrize(("dimension", "operator", "expression", "check"), FILTER_CASES)
def test_filter_operators(service, dimension: str, operator: str, expression: str | None, check) -> None:
    other = "country" if dimension == "device" else "device"
    base_dims = [dimension] if dimension == "searchAppearance" else [dimension, other]
    full = _query(service, startDate=DAY, endDate=DAY, dimensions=base_dims, rowLimit=25000)["rows"]
    if expression is None:
        expression = full[0]["keys"][0]
    flt = {"dimension": dimension, "operator": operator, "expression": expression}
    body = {"startDate": DAY, "endDate": DAY, "dimensions": base_dims, "rowLimit": 25000}
    got = _query(service, **body, dimensionFilterGroups=[{"groupType": "and", "filters": [flt]}])["rows"]
    assert got, f"{operator} {expression!r} matched nothing"
    assert all(check(r["keys"][0], expression) for r in got)
    expected = [r for r in full if check(r["keys"][0], expression)]
    assert sorted(map(json.dumps, got)) == sorted(map(json.dumps, expected))


def test_filter_groups_combine_with_and(service) -> None:
    filters = [
        {"dimension": "country", "operator": "equals", "expression": "usa"},
        {"dimension": "device", "operator": "notEquals", "expression": "TABLET"},
    ]
    rows = _query(
        service,
        startDate=DAY,
        endDate=DAY,
        dimensions=["country", "device"],
        dimensionFilterGroups=[{"filters": filters}],
    )["rows"]
    assert {tuple(r["keys"]) for r in rows} == {("usa", "DESKTOP"), ("usa", "MOBILE")}


def test_reconciliation_inequalities(service) -> None:
    day = {"startDate": DAY, "endDate": DAY}
    prop = _query(service, **day, dimensions=["date"], aggregationType="byProperty")["rows"][0]
    by_page = _query(service, **day, dimensions=["date"], aggregationType="byPage")["rows"][0]
    queries = _query(service, **day, dimensions=["query"], rowLimit=25000)["rows"]
    pages = _query(service, **day, dimensions=["page"], rowLimit=25000)
    q_clicks, q_impr = sum(r["clicks"] for r in queries), sum(r["impressions"] for r in queries)
    assert q_clicks <= prop["clicks"] and q_impr < prop["impressions"]  # anonymised queries are missing
    assert by_page["clicks"] >= prop["clicks"] and by_page["impressions"] > prop["impressions"]
    assert pages["responseAggregationType"] == "byPage"
    assert sum(r["impressions"] for r in pages["rows"]) == by_page["impressions"]


def test_data_state_and_freshness(service) -> None:
    window = {"startDate": "2026-11-14", "endDate": "2026-11-20", "dimensions": ["date"]}
    final = _query(service, **window)
    fresh = _query(service, **window, dataState="all")
    assert sorted(r["keys"][0] for r in final["rows"]) == [f"2026-11-{d}" for d in range(14, 18)]
    assert "metadata" not in final
    assert sorted(r["keys"][0] for r in fresh["rows"]) == [f"2026-11-{d}" for d in range(14, 21)]
    assert fresh["metadata"]["firstIncompleteDate"] == "2026-11-18"
    # date as the only dimension comes back in date order (Google's own samples), not by clicks
    assert [r["keys"][0] for r in fresh["rows"]] == [f"2026-11-{d}" for d in range(14, 21)]
    by_date = {r["keys"][0]: r["clicks"] for r in fresh["rows"]}
    assert by_date["2026-11-20"] < by_date["2026-11-19"] < by_date["2026-11-17"]  # partial days are smaller
    assert _query(service, startDate="2025-01-01", endDate="2025-01-31", dimensions=["date"]) == {
        "responseAggregationType": "byProperty"
    }
    assert _query(service, startDate="2026-11-21", endDate="2026-11-30", dimensions=["date"]).get("rows") is None


def test_hourly_keys(service) -> None:
    now_hour = current_pacific_hour()[1]
    got = _query(service, startDate="2026-11-01", endDate=str(SIM_TODAY), dimensions=["hour"], dataState="hourly_all",
                 rowLimit=25000)  # fmt: skip
    keys = sorted(r["keys"][0] for r in got["rows"])
    assert all(re.fullmatch(r"2026-11-\d\dT\d\d:00:00-08:00", k) for k in keys)
    assert keys[0] == "2026-11-11T00:00:00-08:00"
    # 'today' has data up to the current Pacific hour (the hour may tick over during the test)
    last_hours = {f"2026-11-20T{h:02d}:00:00-08:00" for h in (now_hour, current_pacific_hour()[1])}
    assert keys[-1] in last_hours and len(keys) in {9 * 24 + int(k[11:13]) + 1 for k in last_hours}
    # hourly_all grouped by hour names the first incomplete hour, never the date (discovery document, Metadata)
    assert got["metadata"] == {"firstIncompleteHour": "2026-11-18T00:00:00-08:00"}
    with_date = _query(service, startDate="2026-11-19", endDate="2026-11-19", dimensions=["date", "hour"],
                       dataState="hourly_all")  # fmt: skip
    assert all(r["keys"][1].startswith(r["keys"][0] + "T") for r in with_date["rows"])


def _error(exc: HttpError) -> dict[str, Any]:
    return json.loads(exc.content)["error"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"dimensions": ["bogus"]}, "dimensions[0]"),
        ({"type": "webb"}, "type"),
        ({"startDate": "2026-13-01"}, "startDate"),
        ({"startDate": "2026-11-12", "endDate": "2026-11-11"}, "startDate"),
        ({"rowLimit": 25001}, "rowLimit"),
        ({"rowLimit": 0}, "rowLimit"),
        ({"startRow": -1}, "startRow"),
        ({"dimensionFilterGroups": [{"filters": [{"dimension": "query", "operator": "like", "expression": "a"}]}]},
         "operator"),
        ({"dimensionFilterGroups": [{"filters": [{"dimension": "date", "expression": "2026-11-10"}]}]}, "date"),
        ({"dimensionFilterGroups": [{"filters": [{"dimension": "page", "operator": "includingRegex",
                                                  "expression": "(a"}]}]}, "regular expression"),
        ({"dimensions": ["query"], "type": "discover"}, "query dimension"),
        ({"dimensions": ["query"], "searchType": "googleNews"}, "query dimension"),
        ({"dimensions": ["searchAppearance", "page"]}, "searchAppearance"),
        ({"dimensions": ["date", "searchAppearance"]}, "only grouping dimension"),
        ({"aggregationType": "byProperty", "type": "googleNews"}, "byProperty"),
        ({"dimensions": ["device"], "type": "discover"}, "device dimension"),
        ({"dimensions": ["hour"]}, "hour"),
        ({"dimensions": ["page"], "aggregationType": "byProperty"}, "byProperty"),
        ({"dataState": "later"}, "data_state"),
        ({"unknownField": 1}, "unknownField"),
    ],
)  # fmt: skip
def test_bad_requests_are_google_shaped_400(service, body: dict[str, Any], needle: str) -> None:
    full = {"startDate": DAY, "endDate": DAY, **body}
    with pytest.raises(HttpError) as info:
        _query(service, **full)
    assert info.value.resp.status == 400
    error = _error(info.value)
    assert error["status"] == "INVALID_ARGUMENT" and error["code"] == 400
    assert error["errors"][0]["reason"] == "badRequest"
    assert needle in error["message"]


def test_search_type_alias_and_types(service) -> None:
    day = {"startDate": DAY, "endDate": DAY}
    web = _query(service, **day, dimensions=["date"])["rows"][0]
    image = _query(service, **day, dimensions=["date"], searchType="image")["rows"][0]
    assert _query(service, **day, dimensions=["date"], type="image")["rows"][0] == image
    assert image["impressions"] < web["impressions"]
    for search_type in ("video", "news", "discover", "googleNews"):
        rows = _query(service, **day, type=search_type, dimensions=["date"]).get("rows", [])
        assert not rows or rows[0]["impressions"] < web["impressions"]


def test_401_without_or_with_foreign_token(sim: SimulatorServer) -> None:
    for headers in ({}, {"Authorization": "Bearer ya29.not-issued-here"}, {"Authorization": "Basic abc"}):
        response = httpx.post(_query_url(sim, SITE), json={"startDate": DAY, "endDate": DAY}, headers=headers)
        assert response.status_code == 401
        error = response.json()["error"]
        assert error["status"] == "UNAUTHENTICATED" and error["errors"][0]["reason"] == "authError"
        assert error["message"].startswith("Request had invalid authentication credentials")


def test_403_permission_follows_grant_and_revoke(sim_fresh: SimulatorServer, service) -> None:
    principal = "sa-default@sim.iam.gserviceaccount.com"
    sim_fresh.control(revoke={"principal": principal, "site": SMALL_SITE})
    with pytest.raises(HttpError) as info:
        _query(service, SMALL_SITE, startDate=DAY, endDate=DAY)
    assert info.value.resp.status == 403
    error = _error(info.value)
    assert error["message"] == PERMISSION.format(site=SMALL_SITE)
    assert error["status"] == "PERMISSION_DENIED" and error["errors"][0]["reason"] == "forbidden"
    assert [e["siteUrl"] for e in service.sites().list().execute()["siteEntry"]] == [SITE]
    with pytest.raises(HttpError) as unknown:
        _query(service, "https://not-mine.example/", startDate=DAY, endDate=DAY)
    assert _error(unknown.value)["message"] == PERMISSION.format(site="https://not-mine.example/")
    sim_fresh.control(grant={"principal": principal, "site": SMALL_SITE})
    assert "rows" in _query(service, SMALL_SITE, startDate=DAY, endDate=DAY)


def test_second_service_account_has_own_access(sim_fresh: SimulatorServer, tmp_path) -> None:
    other = sim_fresh.new_key(tmp_path / "other.json", "other@sim.iam.gserviceaccount.com")
    svc = _service(sim_fresh, other)
    sim_fresh.control(revoke={"principal": "other@sim.iam.gserviceaccount.com", "site": "*"})
    assert svc.sites().list().execute() == {}
    sim_fresh.control(grant={"principal": "other@sim.iam.gserviceaccount.com", "site": SITE})
    assert [e["siteUrl"] for e in svc.sites().list().execute()["siteEntry"]] == [SITE]


# The quota tests count calls against a per-window limit, so every call must land inside one window whatever the
# machine's speed: a time scale of 2 makes Google's minute 30 s, far more than a handful of loopback calls take.
QUOTA_TIME_SCALE = 2.0
QUOTA_WINDOW_S = 60 / QUOTA_TIME_SCALE


@pytest.mark.parametrize("as_403", [False, True])
def test_quota_exceeded_in_time_scaled_window(sim_factory, as_403: bool) -> None:
    sim = sim_factory(time_scale=QUOTA_TIME_SCALE, qpm_per_site=5, quota_403=as_403)
    service = _service(sim)
    for _ in range(5):
        _query(service, startDate=DAY, endDate=DAY)
    with pytest.raises(HttpError) as info:
        _query(service, startDate=DAY, endDate=DAY)
    status, error = info.value.resp.status, _error(info.value)
    assert 0 < float(info.value.resp["retry-after"]) <= QUOTA_WINDOW_S  # until the first call leaves the window
    if as_403:
        assert status == 403 and error["errors"][0]["reason"] == "quotaExceeded"
    else:
        assert status == 429 and error["errors"][0]["reason"] == "rateLimitExceeded"
        assert error["status"] == "RESOURCE_EXHAUSTED" and "quota" in error["message"]
    stats = sim.stats()
    assert stats["max_in_window"]["site"][SITE] == 5
    assert stats["by_status"] == {"200": 5, str(status): 1}
    assert stats["window_seconds"] == pytest.approx(QUOTA_WINDOW_S)


def test_batch_mixes_good_and_bad_parts(sim: SimulatorServer, service) -> None:
    sim.reset()
    answers: dict[str, tuple[Any, Any]] = {}

    def collect(request_id: str, response: Any, exception: Any) -> None:
        answers[request_id] = (response, exception)

    batch = BatchHttpRequest(callback=collect, batch_uri=sim.base_url + "/batch")
    good = {"startDate": DAY, "endDate": DAY, "dimensions": ["query"], "rowLimit": 10}
    batch.add(service.searchanalytics().query(siteUrl=SITE, body=good), request_id="good")
    batch.add(service.searchanalytics().query(siteUrl=SITE, body={**good, "rowLimit": 0}), request_id="bad")
    batch.add(service.searchanalytics().query(siteUrl="https://nope.example/", body=good), request_id="denied")
    batch.add(service.sites().list(), request_id="sites")
    batch.execute()
    assert answers["good"][1] is None and len(answers["good"][0]["rows"]) == 10
    assert answers["good"][0]["rows"] == sim.truth(site=SITE, date=DAY, dimensions="query")["rows"][:10]
    assert answers["bad"][1].resp.status == 400
    assert answers["denied"][1].resp.status == 403
    assert len(answers["sites"][0]["siteEntry"]) == 2
    stats = sim.stats()
    assert stats["batch_requests"] == 1 and stats["requests"] == 4
    assert stats["by_status"] == {"200": 2, "400": 1, "403": 1}


def test_batch_raw_wire_format(sim: SimulatorServer) -> None:
    token = _token(sim)
    path = urllib.parse.urlsplit(_query_url(sim, SITE)).path
    body_json = json.dumps({"startDate": DAY, "endDate": DAY, "dimensions": ["date"]})
    parts = []
    for i, auth in enumerate([None, f"Bearer {token}", "Bearer wrong"]):
        inner = f"POST {path} HTTP/1.1\r\nContent-Type: application/json\r\n"
        if auth:
            inner += f"Authorization: {auth}\r\n"
        inner += f"\r\n{body_json}\r\n"
        parts.append(f"--XYZ\r\nContent-Type: application/http\r\nContent-ID: <item{i}>\r\n\r\n{inner}")
    payload = "".join(parts) + "--XYZ--\r\n"
    response = httpx.post(
        sim.base_url + "/batch/webmasters/v3",
        content=payload.encode(),
        headers={"Content-Type": "multipart/mixed; boundary=XYZ", "Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200 and response.headers["content-type"].startswith("multipart/mixed")
    text = response.text
    assert [m for m in re.findall(r"Content-ID: <(response-item\d)>", text)] == [
        "response-item0",
        "response-item1",
        "response-item2",
    ]
    assert re.findall(r"HTTP/1.1 (\d{3})", text) == ["200", "200", "401"]
    too_many = "".join(parts[:1] * 1001) + "--XYZ--\r\n"
    response = httpx.post(
        sim.base_url + "/batch",
        content=too_many.encode(),
        headers={"Content-Type": "multipart/mixed; boundary=XYZ", "Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400 and "1000" in response.json()["error"]["message"]


def test_user_quota_spans_sites_and_site_quota_spans_users(sim_factory, tmp_path) -> None:
    sim = sim_factory(time_scale=QUOTA_TIME_SCALE, qpm_per_site=4, qpm_per_user=6)
    first = _service(sim)
    second = _service(sim, sim.new_key(tmp_path / "second.json", "second@sim.iam.gserviceaccount.com"))
    day = {"startDate": DAY, "endDate": DAY}
    for _ in range(3):
        _query(first, SITE, **day)
        _query(first, SMALL_SITE, **day)
    with pytest.raises(HttpError) as user_limit:  # 6 for this user across both sites
        _query(first, SMALL_SITE, **day)
    assert user_limit.value.resp.status == 429
    _query(second, SITE, **day)  # the 4th for the site, from a fresh user
    with pytest.raises(HttpError) as site_limit:
        _query(second, SITE, **day)
    assert site_limit.value.resp.status == 429
    stats = sim.stats()
    assert stats["max_in_window"]["user"] == {"sa-default@sim.iam.gserviceaccount.com": 6,
                                              "second@sim.iam.gserviceaccount.com": 1}  # fmt: skip
    assert stats["max_in_window"]["site"] == {SITE: 4, SMALL_SITE: 3}
    assert stats["by_site"] == {SITE: 5, SMALL_SITE: 4} and stats["by_status"] == {"200": 7, "429": 2}


def test_each_batch_part_draws_on_the_quota(sim_factory) -> None:
    sim = sim_factory(time_scale=QUOTA_TIME_SCALE, qpm_per_site=5)
    service = _service(sim)
    statuses: list[int] = []

    def collect(request_id: str, response: Any, exception: Any) -> None:
        statuses.append(200 if exception is None else exception.resp.status)

    batch = BatchHttpRequest(callback=collect, batch_uri=sim.base_url + "/batch")
    for _ in range(7):
        batch.add(service.searchanalytics().query(siteUrl=SITE, body={"startDate": DAY, "endDate": DAY}))
    batch.execute()
    assert sorted(statuses) == [200] * 5 + [429] * 2
    assert sim.stats()["requests"] == 7 and sim.stats()["batch_requests"] == 1


def test_hour_keys_carry_the_pacific_offset_of_their_date(sim_factory) -> None:
    sim = sim_factory(today=dt.date(2026, 11, 3))  # DST ended on 2026-11-01
    body = {"startDate": "2026-10-25", "endDate": "2026-11-03", "dimensions": ["hour"], "dataState": "hourly_all",
            "rowLimit": 25000}  # fmt: skip
    keys = {r["keys"][0] for r in _query(_service(sim), **body)["rows"]}
    assert "2026-10-31T12:00:00-07:00" in keys and "2026-11-02T12:00:00-08:00" in keys
    assert min(keys) == "2026-10-25T00:00:00-07:00"


def test_no_dimensions_gives_one_row_without_keys_and_nulls_mean_unset(service) -> None:
    got = _query(service, startDate=DAY, endDate=DAY, dimensions=None, rowLimit=None, dataState=None)
    (row,) = got["rows"]
    assert "keys" not in row
    by_date = _query(service, startDate=DAY, endDate=DAY, dimensions=["date"])["rows"][0]
    assert {k: row[k] for k in ("clicks", "impressions")} == {k: by_date[k] for k in ("clicks", "impressions")}


def test_paging_past_the_end_and_site_get(service) -> None:
    got = _query(service, startDate=DAY, endDate=DAY, dimensions=["query"], startRow=10**6)
    assert got == {"responseAggregationType": "byProperty"}
    assert service.sites().get(siteUrl=SITE).execute() == {"siteUrl": SITE, "permissionLevel": "siteFullUser"}
