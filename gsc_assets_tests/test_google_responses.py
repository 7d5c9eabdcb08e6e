"""The client against answers in Google's documented shapes, written here by hand (nothing copied from Google's
pages) and checked against the discovery document's response schema, where Google may behave in ways our
simulator does not: a page shorter than rowLimit with rows still to come (searchConsoleR issue 48 saw 5,000-row
pages for a 25,000 rowLimit), metadata spelt in snake_case, no `rows` key at all, no metadata for recent days.

Google itself cannot run here, so these answers come through httpx.MockTransport; tokens still come from the real
simulator's token endpoint.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings, GscClient, PartitionResult
from gsc_assets_tests.test_google_contract import SCHEMAS, check_object

SITE = "sc-domain:shapes.example"
REPORTS = {r.name: r for r in DEFAULT_REPORTS}
Answer = Callable[[dict[str, Any]], dict[str, Any]]


def row(keys: list[str], clicks: int, impressions: int) -> dict[str, Any]:
    return {"keys": keys, "clicks": clicks, "impressions": impressions, "ctr": clicks / impressions, "position": 3.5}


def documented(answer: dict[str, Any]) -> dict[str, Any]:
    """Every fixture is checked against Google's response schema before the client sees it."""
    check_object(answer, "SearchAnalyticsQueryResponse", "answer", set())
    for item in answer.get("rows", []):
        check_object(item, "ApiDataRow", "answer.rows[]", set())
    return answer


def snake_case_metadata(answer: dict[str, Any]) -> dict[str, Any]:
    """The proto field names (`first_incomplete_date`) that Google's JSON also accepts, after the schema check."""
    metadata = answer.get("metadata")
    if not metadata:
        return answer
    return {**answer, "metadata": {"first_incomplete_date": metadata["firstIncompleteDate"]}}


def fetch(sim: Any, answer: Answer, partitions: list[tuple[str, dt.date]], reports, *, respell=None, **settings: Any):
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert urllib.parse.unquote(request.url.path.split("/sites/")[1].split("/")[0]) == SITE
        body = json.loads(request.content)
        seen.append(body)
        reply = documented(answer(body))
        return httpx.Response(200, json=respell(reply) if respell else reply)

    values = {"api_base_url": "https://searchconsole.googleapis.com", "credentials_file": Path(sim.key_path),
              "search_types": ("web",)}  # fmt: skip
    values.update(settings)

    async def go() -> list[PartitionResult]:
        async with GscClient(ClientSettings(**values), transport=httpx.MockTransport(handler)) as client:
            return [r async for r in client.fetch(partitions, reports)]

    return asyncio.run(go()), seen


def test_a_short_page_is_not_the_end(sim):
    """Google may serve fewer rows than rowLimit while more remain: the client pages on to an empty page."""
    day = dt.date(2026, 11, 10)
    all_rows = [row([str(day), f"q{i}", f"https://shapes.example/{i}", "usa", "MOBILE"], 1, 10) for i in range(12_000)]

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        if body["dimensions"] == ["date"]:
            return {"rows": [row([str(day)], 12_000, 120_000)] if body["startRow"] == 0 else []}
        start = body["startRow"]
        page = all_rows[start : start + 5_000]  # a server-side page size below rowLimit
        return {"rows": page, "responseAggregationType": "byPage"} if page else {"responseAggregationType": "byPage"}

    (result,), seen = fetch(sim, answer, [(SITE, day)], [REPORTS["property"], REPORTS["query_page"]])
    assert result.error is None, result.error
    assert result.tables["query_page"].num_rows == 12_000
    detail = [b["startRow"] for b in seen if b["dimensions"] != ["date"]]
    assert detail == [0, 5_000, 10_000, 12_000]


def test_an_answer_that_never_ends_fails_instead_of_paging_forever(sim):
    """A proxy or server that ignores startRow keeps sending the same rows: the client notices and stops."""
    days = [dt.date(2026, 11, 9), dt.date(2026, 11, 10)]

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        return {"rows": [row([str(d)], 9, 90) for d in days]}  # whatever startRow says

    results, seen = fetch(sim, answer, [(SITE, d) for d in days], [REPORTS["property"]])
    assert all("repeats the previous page" in str(r.error) for r in results), [str(r.error) for r in results]
    assert len(seen) == 2


def test_snake_case_metadata_and_no_rows_key(sim):
    today = dt.datetime.now(dt.UTC).date()
    days = [today - dt.timedelta(days=k) for k in (9, 8)]

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        if body["startRow"] > 0:
            return {}  # Google leaves out an empty repeated field: no "rows" key at all
        rows = [row([str(d)], 5, 50) for d in days]
        return {"rows": rows, "metadata": {"firstIncompleteDate": str(days[1])}}

    results, _ = fetch(sim, answer, [(SITE, d) for d in days], [REPORTS["property"]], data_state="all",
                       respell=snake_case_metadata)  # fmt: skip
    assert all(r.error is None for r in results), [str(r.error) for r in results]
    states = {r.date: r.data_state for r in sorted(results, key=lambda r: r.date)}
    assert states == {days[0]: "final", days[1]: "fresh"}


def test_recent_days_without_rows_or_metadata_are_not_final(sim):
    """Google sends firstIncompleteDate only when incomplete rows are in the answer: none for days not processed."""
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=-8))).date()
    days = [today - dt.timedelta(days=k) for k in (8, 2, 1)]

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        return {"rows": [row([str(days[0])], 5, 50)]} if body["startRow"] == 0 else {}

    results, _ = fetch(sim, answer, [(SITE, d) for d in days], [REPORTS["property"]], data_state="all")
    states = {r.date: r.data_state for r in results}
    assert states == {days[0]: "final", days[1]: "fresh", days[2]: "fresh"}
    assert all(r.error is None for r in results)


def test_hourly_keys_with_offsets_become_instants(sim, tmp_path):
    from gsc_assets.gsc import load_reports

    path = tmp_path / "reports.yaml"
    path.write_text("- {name: hourly, dimensions: [hour], types: [web], dataState: hourly_all}\n")
    (spec,) = load_reports(names=[], reports_file=path)
    day = dt.date(2026, 11, 1)  # the fall-back day: two 01:00 hours
    keys = ["2026-11-01T01:00:00-07:00", "2026-11-01T01:00:00-08:00", "2026-11-01T02:00:00-08:00"]

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        if body["startRow"] > 0:
            return {}
        if body["dimensions"] == ["date"]:
            return {"rows": [row([str(day)], 9, 90)]}
        return {"rows": [row([str(day), k], 3, 30) for k in keys], "metadata": {"firstIncompleteHour": keys[-1]}}

    (result,), _ = fetch(sim, answer, [(SITE, day)], [spec])
    assert result.error is None, result.error
    hours = result.tables["hourly"].column("hour").to_pylist()
    assert [h.isoformat() for h in hours] == [
        "2026-11-01T08:00:00+00:00", "2026-11-01T09:00:00+00:00", "2026-11-01T10:00:00+00:00"
    ]  # fmt: skip


def test_fixtures_follow_the_documented_response_schema():
    assert set(SCHEMAS["SearchAnalyticsQueryResponse"]["properties"]) >= {"rows", "responseAggregationType", "metadata"}
    documented({"rows": [row(["2026-11-01"], 1, 2)], "responseAggregationType": "byProperty",
                "metadata": {"firstIncompleteDate": "2026-11-01"}})  # fmt: skip
    try:
        documented({"rows": [{"keys": ["x"], "clickz": 1}]})
    except AssertionError:
        return
    raise AssertionError("a misspelt field passed the schema check")


def test_sites_list_levels_decide_which_sites_are_readable(sim):
    """sites.list in the documented shape (WmxSite): an unverified user has no access to the site's data, in
    either spelling of the level; a site it does not list at all is unreadable too, and nothing else is asked."""
    entries = [
        {"siteUrl": "sc-domain:owned.example", "permissionLevel": "siteOwner"},
        {"siteUrl": "https://restricted.example/", "permissionLevel": "SITE_RESTRICTED_USER"},
        {"siteUrl": "https://unverified.example/", "permissionLevel": "siteUnverifiedUser"},
        {"siteUrl": "https://unverified-enum.example/", "permissionLevel": "SITE_UNVERIFIED_USER"},
    ]
    answer = {"siteEntry": entries}
    check_object(answer, "SitesListResponse", "answer", set())
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, json=answer)

    settings = ClientSettings(api_base_url="https://searchconsole.googleapis.com", credentials_file=Path(sim.key_path))
    sites = [e["siteUrl"] for e in entries] + ["https://never-listed.example/"]

    async def go() -> tuple[list[str], dict[str, str]]:
        async with GscClient(settings, transport=httpx.MockTransport(handler)) as client:
            return await client.list_sites(), await client.unreadable_sites(sites)

    listed, unreadable = asyncio.run(go())
    assert listed == ["https://restricted.example/", "sc-domain:owned.example"]
    assert sorted(unreadable) == sorted(sites[2:])
    assert all("no permission" in reason and "\n" not in reason for reason in unreadable.values())
    assert asked == ["GET /webmasters/v3/sites"] * 2
