"""Contract tests that do not rest on our simulator: every request body the client sends in a real sync (every
default and custom report, every search type, filters of every operator, every aggregation, paging, both data
states, hourly) is checked against Google's own discovery document for searchconsole v1, the copy shipped inside
google-api-python-client. Field names must exist there, and every enum value we send must map onto one of its
enum names (byProperty -> BY_PROPERTY, googleNews -> GOOGLE_NEWS, ...)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

import google.auth.transport.requests
import googleapiclient
import httpx
import pytest
from google.oauth2 import service_account

from gsc_assets.gsc import ClientSettings, GscClient
from gsc_assets.gsc._rules import refusal
from gsc_assets.gsc._settings import ALL_SEARCH_TYPES

DISCOVERY = json.loads(
    (Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" / "searchconsole.v1.json").read_text()
)
SCHEMAS = DISCOVERY["schemas"]
QUERY_METHOD = DISCOVERY["resources"]["searchanalytics"]["methods"]["query"]
SCOPES = ["https://www.googleapis.com/auth/webmasters.readonly"]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

CUSTOM_REPORTS = """
- {name: by_device, dimensions: [device], aggregationType: byProperty}
- {name: country_pages, dimensions: [page, country], aggregationType: byPage}
- name: filtered
  dimensions: [query, page]
  types: [web, image]
  filters:
    - {dimension: query, operator: contains, expression: best}
    - {dimension: query, operator: notContains, expression: cheap}
    - {dimension: page, operator: includingRegex, expression: "/(blog|docs)/"}
    - {dimension: page, operator: excludingRegex, expression: "/about"}
    - {dimension: country, operator: equals, expression: usa}
    - {dimension: device, operator: notEquals, expression: TABLET}
- name: rich_pages
  dimensions: [page]
  filters:
    - {dimension: searchAppearance, operator: equals, expression: VIDEO}
- {name: appearance_web, dimensions: [searchAppearance], types: [web, image]}
- {name: hourly, dimensions: [hour], types: [web], dataState: hourly_all}
"""


def to_enum(value: str) -> str:
    """Google's JSON accepts camelCase values; the discovery document lists their enum names."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value).upper()


def check_object(value: Any, schema: str, where: str, seen: set[tuple[str, str]]) -> None:
    assert isinstance(value, dict), f"{where}: expected an object"
    properties = SCHEMAS[schema]["properties"]
    for key, item in value.items():
        assert key in properties, f"{where}.{key}: no such field in the discovery document's {schema}"
        check_value(item, properties[key], f"{where}.{key}", seen)


def check_value(value: Any, prop: dict[str, Any], where: str, seen: set[tuple[str, str]]) -> None:
    if "$ref" in prop:
        check_object(value, prop["$ref"], where, seen)
        return
    kind = prop.get("type")
    if kind == "array":
        assert isinstance(value, list), f"{where}: expected a list"
        for i, item in enumerate(value):
            check_value(item, prop["items"], f"{where}[{i}]", seen)
    elif kind == "string":
        assert isinstance(value, str), f"{where}: expected a string"
        if prop.get("format") == "int64":  # Google's JSON carries 64-bit integers as strings
            assert re.fullmatch(r"-?\d+", value), f"{where}: {value!r} is not an int64 string"
        if prop.get("format") == "google-datetime":
            assert dt.datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo, f"{where}: not RFC 3339"
        if "enum" in prop:
            assert to_enum(value) in prop["enum"], f"{where}: {value!r} is none of {prop['enum']}"
            seen.add((re.findall(r"[A-Za-z]+", where)[-1], to_enum(value)))
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: expected an integer"
        assert -(2**31) <= value < 2**31, f"{where}: outside int32"
    elif kind == "boolean":
        assert isinstance(value, bool), f"{where}: expected a boolean"
    elif kind == "number":
        assert isinstance(value, int | float) and not isinstance(value, bool), f"{where}: expected a number"
    else:  # pragma: no cover - the schemas we check have no other kinds today
        raise AssertionError(f"{where}: unexpected schema kind {kind}")


def query_path_pattern() -> re.Pattern[str]:
    template = QUERY_METHOD["flatPath"]
    return re.compile("^/" + re.escape(template).replace(re.escape("{siteUrl}"), "(?P<site>[^/]+)") + "$")


def run_sync(settings: ClientSettings, partitions: list[tuple[str, dt.date]]) -> list[tuple[httpx.Request, Any]]:
    """A real fetch against the simulator; every exchange as (request, parsed answer)."""
    exchanges: list[tuple[httpx.Request, Any]] = []

    async def on_response(response: httpx.Response) -> None:
        await response.aread()
        assert response.status_code == 200, (response.status_code, response.text[:300])
        is_json = "json" in response.headers.get("content-type", "")
        exchanges.append((response.request, response.json() if is_json else None))

    async def go() -> None:
        async with GscClient(settings) as client:
            client._http.event_hooks = {"request": [], "response": [on_response]}  # type: ignore[union-attr]
            async for result in client.fetch(partitions):
                assert result.error is None, result.error

    asyncio.run(go())
    assert exchanges
    return exchanges


@pytest.fixture(scope="module")
def contract_exchanges(sim, tmp_path_factory) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    reports = tmp_path_factory.mktemp("contract") / "reports.yaml"
    reports.write_text(CUSTOM_REPORTS)
    today = sim.config.today
    days = [today - dt.timedelta(days=k) for k in (6, 5, 1)]  # final days, and a fresh day with dataState all
    settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), data_state="all",
                              reports_file=reports)  # fmt: skip
    pattern = query_path_pattern()
    exchanges = []
    for request, answer in run_sync(settings, [("sc-domain:example.com", d) for d in days]):
        match = pattern.match(request.url.path)
        assert match, f"{request.method} {request.url.path} is not the discovery document's query path"
        assert request.method == QUERY_METHOD["httpMethod"]
        assert urllib.parse.unquote(match["site"]) == "sc-domain:example.com"
        exchanges.append((json.loads(request.content), answer))
    return exchanges


def test_every_body_matches_the_discovery_document(contract_exchanges):
    seen: set[tuple[str, str]] = set()
    for i, (body, _answer) in enumerate(contract_exchanges):
        check_object(body, QUERY_METHOD["request"]["$ref"], f"body#{i}", seen)
        for field in SCHEMAS["SearchAnalyticsQueryRequest"].get("required", []):
            assert field in body
        assert _DATE.match(body["startDate"]) and _DATE.match(body["endDate"])
        assert 1 <= body["rowLimit"] <= 25_000 and body["startRow"] >= 0
    # The sync exercised every enum value the client can send, so none escaped the check above.
    assert {v for k, v in seen if k == "type"} == {to_enum(t) for t in ALL_SEARCH_TYPES}
    assert {v for k, v in seen if k == "dataState"} == {"FINAL", "ALL", "HOURLY_ALL"}
    assert {v for k, v in seen if k == "aggregationType"} == {"BY_PROPERTY", "BY_PAGE"}
    assert {v for k, v in seen if k == "dimensions"} == {"DATE", "QUERY", "PAGE", "COUNTRY", "DEVICE",
                                                        "SEARCH_APPEARANCE", "HOUR"}  # fmt: skip
    operators = {v for k, v in seen if k == "operator"}
    assert operators == {"EQUALS", "NOT_EQUALS", "CONTAINS", "NOT_CONTAINS", "INCLUDING_REGEX", "EXCLUDING_REGEX"}
    assert {v for k, v in seen if k == "groupType"} == {"AND"}


def test_no_body_breaks_googles_per_type_rules(contract_exchanges):
    for body, _answer in contract_exchanges:
        filtered = [f["dimension"] for g in body.get("dimensionFilterGroups", []) for f in g["filters"]]
        why = refusal(dimensions=body["dimensions"], search_type=body["type"],
                      aggregation_type=body.get("aggregationType", "auto"), filter_dimensions=filtered)  # fmt: skip
        assert why is None, (why, body)


def test_paging_runs_to_an_empty_page(contract_exchanges):
    """Google's guide pages until a response with 0 rows; the only other stop is the documented 50,000 rows a day."""
    chains: dict[str, list[tuple[int, int]]] = {}
    for body, answer in contract_exchanges:
        key = json.dumps({k: v for k, v in body.items() if k != "startRow"}, sort_keys=True)
        chains.setdefault(key, []).append((body["startRow"], len(answer.get("rows") or [])))
    assert any(len(pages) > 1 for pages in chains.values())
    for key, pages in chains.items():
        pages[:] = sorted(set(pages))  # two reports may need the same answer (a custom one equal to the probe)
        assert pages[0][0] == 0, key
        for (start, rows), (next_start, _) in zip(pages, pages[1:], strict=False):
            assert rows > 0 and next_start == start + rows, (key, pages)  # no gap, nothing asked twice
        last_start, last_rows = pages[-1]
        one_day = json.loads(key)["startDate"] == json.loads(key)["endDate"]
        assert last_rows == 0 or (one_day and last_start + last_rows >= 50_000), (key, pages)


def test_batch_requests_go_to_the_hosts_batch_path(sim):
    settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), batch_size=10,
                              reports=("property", "appearance"))  # fmt: skip
    day = sim.config.today - dt.timedelta(days=6)
    sent = [request for request, _answer in run_sync(settings, [("sc-domain:example.com", day)])]
    assert sent and all(r.url.path == "/" + DISCOVERY["batchPath"] for r in sent)
    assert DISCOVERY["rootUrl"] == "https://searchconsole.googleapis.com/"


def test_site_and_sitemap_listings_match_the_discovery_document_and_parse_as_google_sends_them(sim):
    """sites.list and sitemaps.list (with and without `sitemapIndex`) as the simulator answers them, checked field
    by field against SitesListResponse and SitemapsListResponse (int64 as strings, RFC 3339 times, enum names); then
    our client's reading of the same answers keeps every sitemap once, indexes' children included."""
    creds = service_account.Credentials.from_service_account_file(str(sim.key_path), scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    headers = {"Authorization": f"Bearer {creds.token}"}
    sites = httpx.get(f"{sim.base_url}/webmasters/v3/sites", headers=headers).json()
    seen: set[tuple[str, str]] = set()
    check_object(sites, "SitesListResponse", "sites", seen)
    site = sites["siteEntry"][0]["siteUrl"]
    listing = f"{sim.base_url}/webmasters/v3/sites/{urllib.parse.quote(site, safe='')}/sitemaps"
    top = httpx.get(listing, headers=headers).json()
    check_object(top, "SitemapsListResponse", "sitemaps", seen)
    indexes = [entry["path"] for entry in top["sitemap"] if entry["isSitemapsIndex"]]
    assert indexes and any(entry["isPending"] for entry in top["sitemap"])
    children = httpx.get(listing, params={"sitemapIndex": indexes[0]}, headers=headers).json()
    check_object(children, "SitemapsListResponse", "children", seen)
    assert children["sitemap"] and not any(c["path"] in indexes for c in children["sitemap"])
    assert {("type", "RSS_FEED"), ("type", "WEB"), ("permissionLevel", "SITE_FULL_USER")} <= seen

    async def read() -> list:
        async with GscClient(ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path))) as client:
            return await client.sitemaps(site)

    parsed = asyncio.run(read())
    assert [s.path for s in parsed] == [e["path"] for e in top["sitemap"]] + [c["path"] for c in children["sitemap"]]
    first = top["sitemap"][0]
    assert (parsed[0].warnings, parsed[0].errors) == (int(first["warnings"]), int(first["errors"]))
    assert [c.submitted for c in parsed[0].contents] == [int(c["submitted"]) for c in first["contents"]]
    assert all(s.index == indexes[0] for s in parsed[len(top["sitemap"]) :])
