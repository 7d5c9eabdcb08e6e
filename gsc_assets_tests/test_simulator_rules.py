"""The simulator refuses what Google refuses and accepts what it accepts, over raw HTTP: combination rules, both
enum spellings, when metadata appears, and the per-project and load quotas."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

import google.auth.transport.requests
import httpx
import pytest
from google.auth import jwt as google_jwt
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from gsc_assets.simulator import SimulatorServer

pytestmark = pytest.mark.timeout(60)

SCOPES = ["https://www.googleapis.com/auth/webmasters.readonly"]
SITE = "sc-domain:example.com"  # has web and discover traffic, no googleNews (seed 7)
DAY = "2026-11-10"
ONE_DAY = {"startDate": DAY, "endDate": DAY}


def _token(key_path: Path) -> str:
    creds = service_account.Credentials.from_service_account_file(str(key_path), scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    return creds.token


def _self_signed(key_path: Path) -> str:
    """A JWT signed with the key and sent as the bearer token itself (no /token exchange)."""
    creds = google_jwt.Credentials.from_service_account_file(
        str(key_path), audience="https://searchconsole.googleapis.com/"
    )
    creds.refresh(google.auth.transport.requests.Request())
    return creds.token.decode() if isinstance(creds.token, bytes) else creds.token


def _post(sim: SimulatorServer, token: str, body: dict[str, Any], site: str = SITE, **headers: str) -> httpx.Response:
    url = f"{sim.base_url}/webmasters/v3/sites/{urllib.parse.quote(site, safe='')}/searchAnalytics/query"
    return httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}", **headers})


@pytest.fixture(scope="module")
def token(sim: SimulatorServer) -> str:
    return _token(sim.key_path)


def _flt(dimension: str, expression: str, operator: str = "equals") -> list[dict[str, Any]]:
    return [{"filters": [{"dimension": dimension, "operator": operator, "expression": expression}]}]


# -- combinations ----------------------------------------------------------------------------------------------
REFUSED = [
    pytest.param({"type": "googleNews", "aggregationType": "byProperty"}, "byProperty", id="googleNews+byProperty"),
    pytest.param({"type": "GOOGLE_NEWS", "aggregationType": "BY_PROPERTY"}, "byProperty", id="GOOGLE_NEWS+BY_PROPERTY"),
    pytest.param({"type": "googleNews", "dimensions": ["query"]}, "query dimension", id="googleNews+query"),
    pytest.param({"type": "GOOGLE_NEWS", "dimensions": ["QUERY"]}, "query dimension", id="GOOGLE_NEWS+QUERY"),
    pytest.param({"type": "discover", "dimensions": ["date", "query"]}, "query dimension", id="discover+query"),
    pytest.param({"type": "DISCOVER", "dimensions": ["QUERY"]}, "query dimension", id="DISCOVER+QUERY"),
    pytest.param({"type": "discover", "dimensionFilterGroups": _flt("query", "best")}, "query", id="discover+qfilter"),
    pytest.param({"type": "googleNews", "dimensionFilterGroups": _flt("QUERY", "x")}, "query", id="googleNews+qfilter"),
    pytest.param({"type": "discover", "dimensions": ["device"]}, "device dimension", id="discover+device"),
    pytest.param({"type": "DISCOVER", "dimensions": ["DATE", "DEVICE"]}, "device dimension", id="DISCOVER+DEVICE"),
    pytest.param({"dimensions": ["date", "searchAppearance"]}, "only grouping dimension", id="appearance+date"),
    pytest.param({"dimensions": ["SEARCH_APPEARANCE", "DATE"]}, "only grouping dimension", id="APPEARANCE+DATE"),
    pytest.param({"dimensions": ["searchAppearance", "page"]}, "only grouping dimension", id="appearance+page"),
    pytest.param({"dimensions": ["query", "searchAppearance"]}, "only grouping dimension", id="appearance+query"),
    pytest.param({"dimensions": ["searchAppearance", "hour"], "dataState": "HOURLY_ALL"}, "only grouping",
                 id="appearance+hour"),
    pytest.param({"dimensions": ["hour"], "dataState": "all"}, "HOURLY_ALL", id="hour-without-hourly_all"),
    pytest.param({"dimensions": ["page"], "aggregationType": "BY_PROPERTY"}, "byProperty", id="page+BY_PROPERTY"),
    pytest.param({"dimensionFilterGroups": _flt("page", "/blog/", "contains"), "aggregationType": "byProperty"},
                 "byProperty", id="page-filter+byProperty"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "needle"), REFUSED)
def test_refused_combinations_are_google_shaped_400(sim: SimulatorServer, token: str, body, needle: str) -> None:
    response = _post(sim, token, {**ONE_DAY, **body})
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT"
    assert error["errors"] == [{"message": error["message"], "domain": "global", "reason": "badRequest"}]
    assert needle in error["message"]


ACCEPTED = [
    pytest.param({"type": "discover", "dimensions": ["date", "page", "country"]}, id="discover+date,page,country"),
    pytest.param({"type": "discover", "dimensionFilterGroups": _flt("device", "MOBILE"), "dimensions": ["date"]},
                 id="discover-filtered-by-device"),
    pytest.param({"type": "discover", "aggregationType": "byProperty", "dimensions": ["country"]},
                 id="discover+byProperty"),
    pytest.param({"type": "googleNews", "aggregationType": "auto", "dimensions": ["date", "page"]},
                 id="googleNews+auto"),
    pytest.param({"type": "GOOGLE_NEWS", "aggregationType": "BY_PAGE", "dimensions": ["DEVICE"]},
                 id="googleNews+byPage+device"),
    pytest.param({"dimensions": ["searchAppearance"]}, id="appearance-alone"),
    pytest.param({"dimensions": ["SEARCH_APPEARANCE"], "aggregationType": "BY_PAGE"}, id="APPEARANCE-alone-byPage"),
    pytest.param({"dimensions": ["date"], "dimensionFilterGroups": _flt("searchAppearance", "VIDEO")},
                 id="date+appearance-filter"),
    pytest.param({"dimensions": ["page", "query"], "dimensionFilterGroups": _flt("SEARCH_APPEARANCE", "VIDEO")},
                 id="page,query+appearance-filter"),
    pytest.param({"dimensions": ["hour"], "dataState": "hourly_all",
                  "dimensionFilterGroups": _flt("searchAppearance", "VIDEO")}, id="hour+appearance-filter"),
]  # fmt: skip


@pytest.mark.parametrize("body", ACCEPTED)
def test_accepted_neighbours_answer_200(sim: SimulatorServer, token: str, body: dict[str, Any]) -> None:
    start = "2026-11-19" if body.get("dataState") == "hourly_all" else DAY
    response = _post(sim, token, {"startDate": start, "endDate": start, **body})
    assert response.status_code == 200, response.text
    assert response.json()["responseAggregationType"] in {"byProperty", "byPage"}


def test_search_appearance_two_step_process(sim: SimulatorServer, token: str) -> None:
    """Google's guide: list the appearances grouped by searchAppearance alone, then filter by each one."""
    week = {"startDate": "2026-11-08", "endDate": "2026-11-14"}
    listing = _post(sim, token, {**week, "dimensions": ["searchAppearance"]}).json()["rows"]
    appearances = [r["keys"][0] for r in listing]
    assert len(appearances) == len(set(appearances)) >= 3  # one row per appearance over the whole range
    for row in listing[:3]:
        flt = _flt("searchAppearance", row["keys"][0])
        per_day = _post(sim, token, {**week, "dimensions": ["date"], "dimensionFilterGroups": flt}).json()["rows"]
        assert [r["keys"][0] for r in per_day] == [f"2026-11-{d:02d}" for d in range(8, 15)]
        assert sum(r["clicks"] for r in per_day) == row["clicks"]
        assert sum(r["impressions"] for r in per_day) == row["impressions"]
    everything = _post(sim, token, {**week, "dimensions": ["date"]}).json()["rows"]
    assert sum(r["impressions"] for r in everything) > sum(r["impressions"] for r in listing)


# -- enum spellings --------------------------------------------------------------------------------------------
SPELLINGS = [
    pytest.param({"type": "image"}, {"type": "IMAGE"}, id="type"),
    pytest.param({"searchType": "video"}, {"searchType": "VIDEO"}, id="searchType"),
    pytest.param({"type": "discover", "aggregationType": "byNewsShowcasePanel"},
                 {"type": "DISCOVER", "aggregationType": "BY_NEWS_SHOWCASE_PANEL"}, id="BY_NEWS_SHOWCASE_PANEL"),
    pytest.param({"aggregationType": "byPage"}, {"aggregationType": "BY_PAGE"}, id="BY_PAGE"),
    pytest.param({"aggregationType": "byProperty"}, {"aggregationType": "BY_PROPERTY"}, id="BY_PROPERTY"),
    pytest.param({"aggregationType": "auto"}, {"aggregationType": "AUTO"}, id="AUTO"),
    pytest.param({"dataState": "final"}, {"dataState": "DATA_STATE_UNSPECIFIED"}, id="DATA_STATE_UNSPECIFIED"),
    pytest.param({}, {"dataState": "FINAL"}, id="FINAL"),
    pytest.param({"dataState": "all", "dimensions": ["date"]}, {"dataState": "ALL", "dimensions": ["DATE"]}, id="ALL"),
    pytest.param({"dimensions": ["searchAppearance"]}, {"dimensions": ["SEARCH_APPEARANCE"]}, id="SEARCH_APPEARANCE"),
    pytest.param({"dimensions": ["query", "page", "country", "device"]},
                 {"dimensions": ["QUERY", "PAGE", "COUNTRY", "DEVICE"]}, id="dimensions"),
    pytest.param({"dimensions": ["country"], "dimensionFilterGroups": [{"groupType": "and", "filters": [
                     {"dimension": "country", "operator": "notEquals", "expression": "usa"},
                     {"dimension": "page", "operator": "includingRegex", "expression": "/blog/"},
                     {"dimension": "query", "operator": "excludingRegex", "expression": "best"},
                     {"dimension": "device", "operator": "notContains", "expression": "tab"}]}]},
                 {"dimensions": ["COUNTRY"], "dimensionFilterGroups": [{"groupType": "AND", "filters": [
                     {"dimension": "COUNTRY", "operator": "NOT_EQUALS", "expression": "usa"},
                     {"dimension": "PAGE", "operator": "INCLUDING_REGEX", "expression": "/blog/"},
                     {"dimension": "QUERY", "operator": "EXCLUDING_REGEX", "expression": "best"},
                     {"dimension": "DEVICE", "operator": "NOT_CONTAINS", "expression": "tab"}]}]}, id="filters"),
    pytest.param({"dimensions": ["device"], "dimensionFilterGroups": _flt("searchAppearance", "VIDEO", "contains")},
                 {"dimensions": ["DEVICE"], "dimensionFilterGroups": _flt("SEARCH_APPEARANCE", "VIDEO", "CONTAINS")},
                 id="appearance-filter"),
]  # fmt: skip


@pytest.mark.parametrize(("camel", "enum"), SPELLINGS)
def test_both_enum_spellings_give_the_same_answer(sim: SimulatorServer, token: str, camel, enum) -> None:
    first = _post(sim, token, {**ONE_DAY, "rowLimit": 500, **camel})
    second = _post(sim, token, {**ONE_DAY, "rowLimit": 500, **enum})
    assert first.status_code == second.status_code == 200, second.text
    assert first.json() == second.json()
    # the response keeps Google's camelCase spelling whichever way the request spelled it
    assert first.json()["responseAggregationType"] in {"byProperty", "byPage", "byNewsShowcasePanel"}


def test_hourly_all_enum_name(sim: SimulatorServer, token: str) -> None:
    body = {"startDate": "2026-11-15", "endDate": "2026-11-15"}
    camel = _post(sim, token, {**body, "dimensions": ["hour"], "dataState": "hourly_all"})
    enum = _post(sim, token, {**body, "dimensions": ["HOUR"], "dataState": "HOURLY_ALL"})
    assert camel.status_code == enum.status_code == 200
    assert camel.json() == enum.json() and len(camel.json()["rows"]) == 24


@pytest.mark.parametrize(
    ("field", "value"),
    [("aggregationType", "BY-PROPERTY"), ("aggregationType", "by_propertyx"), ("type", "GOOGLENEWS_"),
     ("dataState", "HOURLY"), ("dimensions", ["SEARCHAPPEARANCE_"]), ("aggregationType", 3)],
)  # fmt: skip
def test_misspelt_enums_are_refused(sim: SimulatorServer, token: str, field: str, value: Any) -> None:
    response = _post(sim, token, {**ONE_DAY, field: value})
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Invalid value at")


def test_misspelt_group_type_and_operator_are_refused(sim: SimulatorServer, token: str) -> None:
    bad_group = [{"groupType": "OR", "filters": [{"dimension": "country", "expression": "usa"}]}]
    bad_operator = _flt("country", "usa", "NOT_EQUAL")
    for groups in (bad_group, bad_operator):
        response = _post(sim, token, {**ONE_DAY, "dimensionFilterGroups": groups})
        assert response.status_code == 400 and "Invalid value at" in response.json()["error"]["message"]


# -- metadata --------------------------------------------------------------------------------------------------
FRESH_WEEK = {"startDate": "2026-11-14", "endDate": "2026-11-20"}  # today is 2026-11-20: 18..20 are incomplete


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({**FRESH_WEEK, "dataState": "all", "dimensions": ["date"]}, {"firstIncompleteDate": "2026-11-18"}),
        ({**FRESH_WEEK, "dataState": "ALL", "dimensions": ["country", "DATE"]}, {"firstIncompleteDate": "2026-11-18"}),
        ({**FRESH_WEEK, "dataState": "all", "dimensions": ["date"], "type": "discover"},
         {"firstIncompleteDate": "2026-11-18"}),
        # googleNews has no traffic on this site: no incomplete rows in the answer, so no metadata
        ({**FRESH_WEEK, "dataState": "all", "dimensions": ["date"], "type": "googleNews"}, None),
        # a filter that matches nothing leaves no incomplete rows either
        ({**FRESH_WEEK, "dataState": "all", "dimensions": ["date"],
          "dimensionFilterGroups": _flt("country", "no-such-country")}, None),
        ({"startDate": "2026-11-10", "endDate": "2026-11-17", "dataState": "all", "dimensions": ["date"]}, None),
        ({**FRESH_WEEK, "dataState": "final", "dimensions": ["date"]}, None),
        ({**FRESH_WEEK, "dimensions": ["date"]}, None),
        ({**FRESH_WEEK, "dataState": "all", "dimensions": ["country"]}, None),  # not grouped by date
        ({**FRESH_WEEK, "dataState": "hourly_all", "dimensions": ["date"]}, None),  # hourly_all: only by hour
        ({**FRESH_WEEK, "dataState": "HOURLY_ALL", "dimensions": ["HOUR"]},
         {"firstIncompleteHour": "2026-11-18T00:00:00-08:00"}),
        ({**FRESH_WEEK, "dataState": "hourly_all", "dimensions": ["date", "hour"]},
         {"firstIncompleteHour": "2026-11-18T00:00:00-08:00"}),
        ({"startDate": "2026-11-12", "endDate": "2026-11-17", "dataState": "hourly_all", "dimensions": ["hour"]}, None),
        ({**FRESH_WEEK, "dataState": "hourly_all", "dimensions": ["hour"], "type": "googleNews"}, None),
    ],
)  # fmt: skip
def test_metadata_only_when_incomplete_rows_are_in_the_answer(sim, token, body, expected) -> None:
    answer = _post(sim, token, {"rowLimit": 25000, **body}).json()
    assert answer.get("metadata") == expected
    if expected is not None:  # the answer really holds rows of incomplete days
        at = next(i for i, d in enumerate(body["dimensions"]) if d.lower() in ("date", "hour"))
        assert max(r["keys"][at][:10] for r in answer["rows"]) >= "2026-11-18"


def test_metadata_follows_today_and_a_past_page_keeps_it(sim_fresh: SimulatorServer) -> None:
    token = _token(sim_fresh.key_path)
    body = {"startDate": "2026-11-14", "endDate": "2026-11-18", "dataState": "all", "dimensions": ["date"]}
    assert _post(sim_fresh, token, body).json()["metadata"] == {"firstIncompleteDate": "2026-11-18"}
    # metadata describes the whole answer, not the page: a page past the end still says it
    beyond = _post(sim_fresh, token, {**body, "startRow": 100}).json()
    assert "rows" not in beyond and beyond["metadata"] == {"firstIncompleteDate": "2026-11-18"}
    sim_fresh.control(today="2026-11-22")  # now 14..18 are all final
    assert "metadata" not in _post(sim_fresh, token, body).json()
    moved = _post(sim_fresh, token, {**body, "endDate": "2026-11-22"}).json()
    assert moved["metadata"] == {"firstIncompleteDate": "2026-11-20"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"date": "2026-11-19", "dimensions": "date", "dataState": "all"}, {"firstIncompleteDate": "2026-11-18"}),
        ({"date": "2026-11-19", "dimensions": "date,country", "dataState": "ALL", "type": "discover"},
         {"firstIncompleteDate": "2026-11-18"}),
        ({"date": "2026-11-19", "dimensions": "date", "dataState": "all", "type": "googleNews"}, None),
        ({"date": "2026-11-17", "dimensions": "date", "dataState": "all"}, None),
        ({"date": "2026-11-19", "dimensions": "hour", "dataState": "hourly_all"},
         {"firstIncompleteHour": "2026-11-18T00:00:00-08:00"}),
    ],
)  # fmt: skip
def test_truth_reports_the_same_metadata_as_the_query(sim, token, params, expected) -> None:
    truth = sim.truth(site=SITE, **params)
    body = {"startDate": params["date"], "endDate": params["date"], "dimensions": params["dimensions"].split(","),
            "dataState": params["dataState"], "type": params.get("type", "web"), "rowLimit": 25000}  # fmt: skip
    answer = _post(sim, token, body).json()
    assert truth.get("metadata") == answer.get("metadata") == expected
    assert truth["rows"] == answer.get("rows", [])


# -- per-project QPM -------------------------------------------------------------------------------------------
def test_per_project_quota_is_shared_by_the_project_keys(sim_factory, tmp_path: Path) -> None:
    sim = sim_factory(time_scale=30.0, qpm_per_project=4)  # window: 2 s; site and user budgets stay at 1,200
    default = _token(sim.key_path)  # sa-default@sim.iam.gserviceaccount.com: project "sim"
    sibling = _token(sim.new_key(tmp_path / "sibling.json", "sibling@sim.iam.gserviceaccount.com"))
    stranger = _token(sim.new_key(tmp_path / "stranger.json", "stranger@other-proj.iam.gserviceaccount.com"))
    assert json.loads((tmp_path / "stranger.json").read_text())["project_id"] == "other-proj"
    user_info = sim.control(new_authorized_user=True)["authorized_user"]  # an OAuth client of project "sim"
    user = user_credentials.Credentials.from_authorized_user_info(user_info, scopes=SCOPES)
    user = user.with_token_uri(user_info["token_uri"])  # google-auth pins Google's token URI on load
    user.refresh(google.auth.transport.requests.Request())
    sibling_jwt, stranger_jwt = (_self_signed(tmp_path / f"{name}.json") for name in ("sibling", "stranger"))
    statuses = [_post(sim, t, ONE_DAY).status_code for t in (default, sibling, default, sibling)]
    assert statuses == [200] * 4
    started = time.monotonic()
    refused = [_post(sim, t, ONE_DAY) for t in (default, sibling, user.token, sibling_jwt)]
    assert [r.status_code for r in refused] == [429] * 4
    for response in refused:
        error = response.json()["error"]
        assert error["status"] == "RESOURCE_EXHAUSTED" and error["errors"][0]["reason"] == "rateLimitExceeded"
        assert 0 < float(response.headers["retry-after"]) <= 2.0
    assert _post(sim, stranger, ONE_DAY).status_code == 200  # another project has its own budget
    assert _post(sim, stranger_jwt, ONE_DAY).status_code == 200  # a self-signed JWT: the project of its key
    # the caller may name the project to charge (x-goog-user-project): then it draws on that one's budget
    assert _post(sim, default, ONE_DAY, **{"x-goog-user-project": "other-proj"}).status_code == 200
    stats = sim.stats()
    assert stats["max_in_window"]["project"] == {"sim": 4, "other-proj": 3}
    assert stats["by_status"] == {"200": 7, "429": 4}
    time.sleep(max(0.0, 2.05 - (time.monotonic() - started)))
    assert _post(sim, sibling, ONE_DAY).status_code == 200  # the window slid on: the project may query again


def test_per_project_limit_changes_at_run_time(sim_fresh: SimulatorServer) -> None:
    token = _token(sim_fresh.key_path)
    state = sim_fresh.control(quota={"qpm_per_project": 2})["state"]["quota"]
    assert state["qpm_per_project"] == 2 and state["qpm_per_site"] == 1200
    assert [_post(sim_fresh, token, ONE_DAY).status_code for _ in range(3)] == [200, 200, 429]
    assert sim_fresh.control(quota={"qpm_per_project": 40000})["state"]["quota"]["qpm_per_project"] == 40000
    assert _post(sim_fresh, token, ONE_DAY).status_code == 200
    with pytest.raises(httpx.HTTPStatusError):
        sim_fresh.control(quota={"qpm_per_projetc": 2})


# -- load quota ------------------------------------------------------------------------------------------------
PAGE_DAY = {**ONE_DAY, "dimensions": ["page"], "rowLimit": 10}  # costs 1: one day, grouped by page


def _assert_load_refusal(response: httpx.Response, status: int = 429) -> None:
    assert response.status_code == status, response.text
    assert "retry-after" not in response.headers  # Google gives no hint when load quota frees up
    error = response.json()["error"]
    reason = "rateLimitExceeded" if status == 429 else "quotaExceeded"
    assert error["code"] == status and error["errors"][0]["reason"] == reason
    assert error["errors"][0]["domain"] == "usageLimits" and "quota exceeded" in error["message"]


def test_short_term_load_quota_pauses_expensive_queries(sim_factory) -> None:
    sim = sim_factory(time_scale=300.0, load_quota_short=3)  # short window: 2 s
    token = _token(sim.key_path)
    started = time.monotonic()
    assert [_post(sim, token, PAGE_DAY).status_code for _ in range(3)] == [200, 200, 200]
    spent_by = time.monotonic()  # the window slides: the budget frees 2 s after the last of these at the latest
    _assert_load_refusal(_post(sim, token, PAGE_DAY))
    _assert_load_refusal(_post(sim, token, {**ONE_DAY, "dimensions": ["date"], "dimensionFilterGroups": _flt(
        "query", "best", "contains")}))  # fmt: skip  # filtering by query is expensive too
    assert _post(sim, token, PAGE_DAY, site="https://www.example.org/").status_code == 200  # per site
    stats = sim.stats()["load_quota"]
    assert stats["refused"] == {"short": {SITE: 2}, "long": {}}
    assert stats["spent"]["short"] == {SITE: 3.0, "https://www.example.org/": 1.0}
    assert stats["window_seconds"] == {"short": pytest.approx(2.0), "long": pytest.approx(288.0)}
    assert time.monotonic() - started < 2.0  # all of the above happened within one short window
    # cheap queries (no page, no query) draw no load, over any range
    cheap = {"startDate": "2026-10-01", "endDate": "2026-11-17", "dimensions": ["date", "country", "device"]}
    assert _post(sim, token, cheap).status_code == 200
    time.sleep(max(0.0, 2.05 - (time.monotonic() - spent_by)))
    assert _post(sim, token, PAGE_DAY).status_code == 200  # the pause is over


def test_long_term_load_quota_stops_expensive_queries_for_the_day(sim_factory) -> None:
    sim = sim_factory(time_scale=600.0, load_quota_short=100, load_quota_long=12, quota_403=True)
    token = _token(sim.key_path)
    ten_days = {"startDate": "2026-11-01", "endDate": "2026-11-10", "dimensions": ["page"], "rowLimit": 10}
    assert _post(sim, token, ten_days).status_code == 200  # costs 10
    both = {**ten_days, "startDate": "2026-11-10", "dimensions": ["query", "page"]}  # 1 day x page AND query: 2
    assert _post(sim, token, both).status_code == 200  # spent 12: the day's budget is gone
    _assert_load_refusal(_post(sim, token, PAGE_DAY), status=403)
    time.sleep(1.1)  # a short window later the long-term budget is still spent
    _assert_load_refusal(_post(sim, token, PAGE_DAY), status=403)
    assert _post(sim, token, {**ONE_DAY, "dimensions": ["country"]}).status_code == 200
    stats = sim.stats()["load_quota"]
    assert stats["refused"] == {"short": {}, "long": {SITE: 2}}
    assert stats["spent"]["long"] == {SITE: 12.0}


def test_load_quota_switched_on_mid_run_and_counts_days_read(sim_fresh: SimulatorServer) -> None:
    token = _token(sim_fresh.key_path)
    three_days = {"startDate": "2026-11-08", "endDate": "2026-11-10", "dimensions": ["query"], "rowLimit": 10}
    assert _post(sim_fresh, token, three_days).status_code == 200  # unlimited by default: not refused, but spent
    state = sim_fresh.control(quota={"load_quota_short": 5})["state"]["quota"]
    assert state["load_quota_short"] == 5 and state["load_quota_long"] == 0
    assert _post(sim_fresh, token, three_days).status_code == 200  # 3 spent before, 6 now
    _assert_load_refusal(_post(sim_fresh, token, three_days))
    # days past 'today' or before retention hold no data and cost nothing
    future = {**three_days, "startDate": "2026-11-21", "endDate": "2026-12-31"}
    assert _post(sim_fresh, token, future).status_code == 200
    assert sim_fresh.stats()["load_quota"]["spent"]["short"] == {SITE: 6.0}
    sim_fresh.control(quota={"load_quota_short": 0})
    assert _post(sim_fresh, token, three_days).status_code == 200


def test_cli_quota_flags_reach_the_simulator(tmp_path: Path) -> None:
    argv = ["--today", "2026-11-20", "--time-scale", "60", "--qpm-per-project", "9", "--load-quota-short", "3",
            "--load-quota-long", "50", "--key-out", str(tmp_path / "key.json")]  # fmt: skip
    code = "import sys; from gsc_assets.simulator.cli import main; raise SystemExit(main(sys.argv[1:]))"
    proc = subprocess.Popen([sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
    try:
        base_url = proc.stdout.readline().strip()  # type: ignore[union-attr]
        state = httpx.post(base_url + "/_sim/control", json={}).json()["state"]["quota"]
        assert state == {"qpm_per_site": 1200, "qpm_per_user": 1200, "qpm_per_project": 9,
                         "load_quota_short": 3.0, "load_quota_long": 50.0}  # fmt: skip
        load = httpx.get(base_url + "/_sim/stats").json()["load_quota"]
        assert load["window_seconds"] == {"short": 10.0, "long": 1440.0}
        assert json.loads((tmp_path / "key.json").read_text())["project_id"] == "sim"
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
