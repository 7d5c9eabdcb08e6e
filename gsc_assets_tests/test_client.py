"""The client against the simulator over loopback HTTP: completeness against /_sim/truth, auth, credentials,
non-retryable errors that fail fast without leaking secrets, HTTP/2 and batch mode."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from gsc_assets.gsc import (
    DEFAULT_REPORTS,
    ClientSettings,
    GscAuthError,
    GscClient,
    GscConfigError,
    GscDataNotReadyError,
    GscPermissionError,
    PartitionResult,
    ReportSpec,
)
from gsc_assets.gsc._rules import ALL_DEVICES

# ---------------------------------------------------------------------------------------------------- helpers
REPORTS = {r.name: r for r in DEFAULT_REPORTS}


def client_settings(sim: Any, **overrides: Any) -> ClientSettings:
    """Settings pointing at a simulator (TLS verified against its CA when it has one)."""
    values: dict[str, Any] = {
        "api_base_url": sim.base_url,
        "credentials_file": Path(sim.key_path),
        "verify": str(sim.ca_pem_path) if getattr(sim, "ca_pem_path", None) else True,
        "backoff_base_s": 0.02,
        "backoff_cap_s": 0.2,
        "read_timeout_s": 10.0,
    }
    values.update(overrides)
    return ClientSettings(**values)


async def fetch_all(
    settings: ClientSettings, partitions: Iterable[tuple[str, dt.date]], reports: Sequence[ReportSpec] | None = None
) -> list[PartitionResult]:
    async with GscClient(settings) as client:
        return [r async for r in client.fetch(list(partitions), reports)]


def fetch(settings: ClientSettings, partitions: Iterable[tuple[str, dt.date]], reports=None) -> list[PartitionResult]:
    return asyncio.run(fetch_all(settings, partitions, reports))


def sim_today(sim: Any) -> dt.date:
    today = getattr(getattr(sim, "config", None), "today", None)
    return today or dt.datetime.now(dt.UTC).date()


def final_days(sim: Any, n: int, *, back: int = 5) -> list[dt.date]:
    last = sim_today(sim) - dt.timedelta(days=back)
    return [last - dt.timedelta(days=i) for i in range(n)][::-1]


def truth_rows(sim: Any, site: str, day: dt.date, spec: ReportSpec, search_type: str, *, uncapped: bool = False
               ) -> list[tuple]:  # fmt: skip
    """The simulator's complete answer for one day, asked the way Google allows: an appearance report grouped by
    searchAppearance alone for that one day, a Discover page report without device (the rows carry ALL_DEVICES)."""
    if spec.by_appearance:
        dims: tuple[str, ...] = ("searchAppearance",)
    else:
        dims = spec.request_dimensions(search_type)
    answer = sim.truth(
        site=site,
        date=day.isoformat(),
        type=search_type,
        dimensions=",".join(dims),
        aggregationType=spec.request_aggregation(search_type),
        dataState="final",
        uncapped=1 if uncapped else None,
    )
    out = []
    for row in answer.get("rows", []):
        by_dim = dict(zip(dims, row.get("keys", []), strict=True))
        keys = [by_dim.get(d, ALL_DEVICES) for d in spec.key_dimensions]
        out.append((*keys, int(row["clicks"]), int(row["impressions"]), row["ctr"], row["position"]))
    return out


def table_rows(table: pa.Table, spec: ReportSpec, search_type: str) -> list[tuple]:
    rows = table.filter(pc.equal(table.column("search_type"), search_type)).to_pylist()
    cols = [*spec.column_names, "clicks", "impressions", "ctr", "position"]
    return [tuple(r[c] for c in cols) for r in rows]


def assert_complete(sim: Any, results: list[PartitionResult], specs: Sequence[ReportSpec], types: Sequence[str]):
    for result in results:
        assert result.error is None, result.error
        assert set(result.tables) == {s.name for s in specs}
        for spec in specs:
            table = result.tables[spec.name]
            assert table.column("site_url").to_pylist() == [result.site_url] * table.num_rows
            assert table.column("date").to_pylist() == [result.date] * table.num_rows
            for t in spec.types_for(types):
                expected = sorted(truth_rows(sim, result.site_url, result.date, spec, t))
                got = sorted(table_rows(table, spec, t))
                assert got == expected, (result.site_url, result.date, spec.name, t, len(got), len(expected))


def secrets_of(*paths: Path) -> list[str]:
    """Fragments of every secret in the given credential files (PEM body lines, client secrets, refresh tokens)."""
    out: list[str] = []
    for path in paths:
        data = json.loads(Path(path).read_text())
        for key in ("private_key", "client_secret", "refresh_token"):
            value = data.get(key)
            if value:
                out.extend(ln for ln in value.splitlines() if len(ln) > 16 and "-----" not in ln)
                out.append(value)
    return out


def assert_no_secret(texts: Iterable[str], secrets: Iterable[str]):
    texts = list(texts)
    for secret in secrets:
        for text in texts:
            assert secret not in text, f"secret leaked into: {text[:200]}"


# ---------------------------------------------------------------------------------------------------- tests
def test_completeness_against_truth(sim):
    sites = list(sim.config.sites) if hasattr(sim, "config") else ["sc-domain:example.com", "https://www.example.org/"]
    days = final_days(sim, 3)
    partitions = [(s, d) for s in sites for d in days]
    settings = client_settings(sim)
    results = fetch(settings, partitions)
    assert sorted((r.site_url, r.date) for r in results) == sorted(partitions)
    assert all(r.data_state == "final" for r in results)
    assert_complete(sim, results, DEFAULT_REPORTS, settings.search_types)
    assert sum(r.stats.rows for r in results) > 1000
    # property totals show which types have traffic: at least web for a busy site
    assert all("web" in r.search_types for r in results)


def test_plan_needs_few_requests_per_site_day(sim):
    sim.reset()
    site = "sc-domain:example.com"
    days = final_days(sim, 7, back=6)
    results = fetch(client_settings(sim), [(site, d) for d in days])
    requests = sum(r.stats.requests for r in results)
    assert requests == sim.stats()["requests"]
    types_with_traffic = sum(len(r.search_types) for r in results)
    active_types = len({t for r in results for t in r.search_types})
    appearances = 8  # the simulator's vocabulary
    # Every answer is paged to Google's empty last page, so a one-page answer costs two requests. The probe: one
    # answer per type for the window; appearances: the window's list, then per appearance or per day, whichever is
    # fewer; page/query/query_page per active day and type.
    bound = 2 * 6 + active_types * (2 + 2 * min(appearances, len(days))) + 2 * 3 * types_with_traffic
    assert requests <= bound
    assert requests / len(days) < 60  # the naive plan: 5 reports x 6 types per day, each paged to its empty end


def test_custom_report_and_type_selection(sim, tmp_path):
    path = tmp_path / "reports.yaml"
    path.write_text(
        "- name: mobile_pages\n  dimensions: [page]\n  filters:\n"
        "    - {dimension: device, operator: equals, expression: MOBILE}\n"
    )
    settings = client_settings(sim, reports=("property",), reports_file=path, search_types=("web", "image"))
    day = final_days(sim, 1)[0]

    async def go():
        async with GscClient(settings) as client:
            assert [r.name for r in client.reports] == ["property", "mobile_pages"]
            return [r async for r in client.fetch([("sc-domain:example.com", day)])]

    (result,) = asyncio.run(go())
    assert result.error is None
    assert set(result.tables["property"].column("search_type").to_pylist()) <= {"web", "image"}
    spec = ReportSpec(name="mobile_pages", dimensions=("date", "page"))
    by_device = ReportSpec(name="x", dimensions=("date", "page", "device"), aggregation_type="byPage")
    for t in ("web", "image"):
        # page rows filtered to MOBILE are the MOBILE rows of the page x device report
        rows = truth_rows(sim, result.site_url, day, by_device, t)
        expected = [(p, c, i, ctr, pos) for p, dev, c, i, ctr, pos in rows if dev == "MOBILE"]
        assert sorted(table_rows(result.tables["mobile_pages"], spec, t)) == sorted(expected)
    assert result.tables["mobile_pages"].num_rows > 0


def test_data_state_all_marks_fresh_days(sim):
    site = "sc-domain:example.com"
    today = sim_today(sim)
    days = [today - dt.timedelta(days=k) for k in (4, 3, 2, 1)]
    fresh = fetch(client_settings(sim, data_state="all"), [(site, d) for d in days])
    states = {r.date: r.data_state for r in fresh}
    assert states[days[0]] == "final" and states[days[1]] == "final"
    assert states[days[2]] == "fresh" and states[days[3]] == "fresh"
    assert all(r.error is None for r in fresh)
    assert all(r.tables["property"].num_rows > 0 for r in fresh)
    only_final = {r.date: r for r in fetch(client_settings(sim), [(site, d) for d in days])}
    assert only_final[days[1]].error is None
    assert isinstance(only_final[days[2]].error, GscDataNotReadyError)
    assert "not final yet" in str(only_final[days[2]].error) and site in str(only_final[days[2]].error)


def test_authorized_user_credentials(sim):
    settings = client_settings(sim, credentials_file=Path(sim.authorized_user_path), reports=("property",))
    (result,) = fetch(settings, [("sc-domain:example.com", final_days(sim, 1)[0])])
    assert result.error is None and result.tables["property"].num_rows > 0


def test_list_sites(sim):
    async def go():
        async with GscClient(client_settings(sim)) as client:
            return await client.list_sites()

    sites = asyncio.run(go())
    expected = sorted(sim.config.sites) if hasattr(sim, "config") else sites
    assert sites == expected


def test_one_token_request_for_a_burst_of_100(sim, tmp_path):
    key = sim.new_key(tmp_path / "burst.json", "sa-burst@sim.iam.gserviceaccount.com")
    before = sim.stats()["token_requests"]

    async def go():
        async with GscClient(client_settings(sim, credentials_file=Path(key), max_in_flight=100)) as client:
            await asyncio.gather(*[client.list_sites() for _ in range(100)])
            return client.credential_for("x").refresh_count

    assert asyncio.run(go()) == 1
    assert sim.stats()["token_requests"] - before == 1


def test_401_triggers_exactly_one_refresh(sim):
    async def go():
        async with GscClient(client_settings(sim, reports=("property",))) as client:
            cred = client.credential_for("sc-domain:example.com")
            await cred.token()
            cred._token = "ya29.not-a-token-the-simulator-issued"  # as if Google expired it early
            results = [r async for r in client.fetch([("sc-domain:example.com", final_days(sim, 1)[0])])]
            return results, cred.refresh_count

    (result,), refreshes = asyncio.run(go())
    assert result.error is None and refreshes == 2 and result.stats.retries >= 1


def test_credentials_map_gives_each_credential_its_own_quota(sim, tmp_path):
    other = sim.new_key(tmp_path / "keys" / "org.json", "sa-org@sim.iam.gserviceaccount.com")
    mapping = tmp_path / "map.yaml"
    mapping.write_text(f'"https://www.example.org/": keys/{Path(other).name}\n')
    sim.reset()
    settings = client_settings(sim, credentials_map_file=mapping, reports=("property",))
    day = final_days(sim, 1)[0]
    results = fetch(settings, [("sc-domain:example.com", day), ("https://www.example.org/", day)])
    assert all(r.error is None for r in results)
    users = sim.stats()["max_in_window"]["user"]
    assert "sa-org@sim.iam.gserviceaccount.com" in users and "sa-default@sim.iam.gserviceaccount.com" in users


# ---------------------------------------------------------------------------------------- non-retryable errors
def test_bad_key_file_fails_before_any_request(sim, tmp_path):
    bad = tmp_path / "key.json"
    bad.write_text('{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nAAAA')
    for path in (bad, tmp_path / "missing.json"):
        with pytest.raises(GscConfigError) as info:
            fetch(client_settings(sim, credentials_file=path), [])
        assert str(path) in str(info.value) or "credentials" in str(info.value)
        assert "AAAA" not in str(info.value)
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"type": "service_account", "client_email": "x@y"}')
    with pytest.raises(GscConfigError, match="unusable credentials"):
        fetch(client_settings(sim, credentials_file=wrong), [])


def test_malformed_credentials_map_and_reports_file(sim, tmp_path):
    mapping = tmp_path / "map.json"
    mapping.write_text('{"https://www.example.org/": ')
    with pytest.raises(GscConfigError, match="GSC_CREDENTIALS_MAP .*neither valid YAML nor JSON"):
        fetch(client_settings(sim, credentials_map_file=mapping), [])
    reports = tmp_path / "reports.yaml"
    reports.write_text("- {name: bad, dimensions: [query], types: [googleNews]}\n")
    with pytest.raises(GscConfigError, match="Google refuses search type googleNews with the query dimension"):
        fetch(client_settings(sim, reports_file=reports), [])


def test_refused_key_fails_fast_without_leaking(sim, tmp_path):
    key = Path(sim.new_key(tmp_path / "revoked.json", "sa-revoked@sim.iam.gserviceaccount.com"))
    sim.control(revoke_key={"client_email": "sa-revoked@sim.iam.gserviceaccount.com"})
    before = sim.stats()["token_requests"]
    days = final_days(sim, 3)
    results = fetch(client_settings(sim, credentials_file=key), [("sc-domain:example.com", d) for d in days])
    assert all(isinstance(r.error, GscAuthError) for r in results)
    assert "invalid_grant" in str(results[0].error)
    assert sim.stats()["token_requests"] - before == 1  # remembered, not retried per request
    assert_no_secret([str(r.error) for r in results] + [repr(r.error) for r in results], secrets_of(key))


def test_revoked_site_fails_fast_and_other_sites_go_on(sim, tmp_path):
    email = "sa-partial@sim.iam.gserviceaccount.com"
    key = Path(sim.new_key(tmp_path / "partial.json", email))
    sim.control(revoke={"principal": email, "site": "https://www.example.org/"})
    day = final_days(sim, 1)[0]

    async def go():
        async with GscClient(client_settings(sim, credentials_file=key)) as client:
            results = [
                r async for r in client.fetch([("https://www.example.org/", day), ("sc-domain:example.com", day)])
            ]
            token = await client.credential_for("x").token()
            return results, token

    results, token = asyncio.run(go())
    by_site = {r.site_url: r for r in results}
    denied = by_site["https://www.example.org/"]
    assert isinstance(denied.error, GscPermissionError)
    message = str(denied.error)
    assert "sufficient permission" in message and "https://www.example.org/" in message and "HTTP 403" in message
    assert denied.stats.retries == 0
    assert by_site["sc-domain:example.com"].error is None
    assert_no_secret([message, repr(denied.error)], [*secrets_of(key), token])


def test_http2_against_tls(sim_tls):
    async def go():
        async with GscClient(client_settings(sim_tls, reports=("property",))) as client:
            results = [r async for r in client.fetch([("sc-domain:example.com", final_days(sim_tls, 1)[0])])]
            return results, dict(client.http_versions)

    (result,), versions = asyncio.run(go())
    assert result.error is None
    assert set(versions) == {"HTTP/2"}


def test_batch_mode_equals_plain_mode(sim):
    days = final_days(sim, 2)
    partitions = [(s, d) for s in ("sc-domain:example.com", "https://www.example.org/") for d in days]
    plain = fetch(client_settings(sim), partitions)
    before = sim.stats().get("batch_requests", 0)
    batched = fetch(client_settings(sim, batch_size=10), partitions)
    assert sim.stats().get("batch_requests", 0) > before
    plain_by_key = {(r.site_url, r.date): r for r in plain}
    for r in batched:
        assert r.error is None, r.error
        other = plain_by_key[(r.site_url, r.date)]
        assert set(r.tables) == set(other.tables)
        for name, table in r.tables.items():
            assert table.equals(other.tables[name]), (r.site_url, r.date, name)
        assert r.stats.requests == other.stats.requests


def test_paging_stops_at_the_50k_cap(sim_factory):
    big = "sc-domain:big.example"
    server = sim_factory(sites={big: 120_000}, time_scale=20.0)
    day = final_days(server, 1)[0]
    specs = [REPORTS["property"], REPORTS["query_page"]]
    s = client_settings(server, window_s=3.0, search_types=("web",), slice_capped=False)
    (result,) = fetch(s, [(big, day)], specs)
    assert result.error is None, result.error
    expected = truth_rows(server, big, day, REPORTS["query_page"], "web")
    assert len(expected) == 50_000  # the day hits Google's cap
    assert table_rows(result.tables["query_page"], REPORTS["query_page"], "web") == expected
    # the probe (its one row, then Google's end-of-answer page with 0 rows), then two full pages of 25,000 and no
    # third request: Google's documented 50,000 rows per day and type means nothing can follow
    assert server.stats()["requests"] == 4 and result.stats.requests == 4


def test_a_day_past_the_cap_is_read_in_slices_whose_union_is_googles_uncapped_answer(sim_factory):
    """A busy site (150,000 finest rows a day): every detail report stops at 50,000 rows; sliced by device, then by
    country where a device slice still hits the cap, the day holds every row of the uncapped answer (anonymised
    queries excluded, as Google excludes them), at a cost of a few dozen requests per capped report."""
    busy = "sc-domain:busy.example"
    server = sim_factory(sites={busy: 150_000}, time_scale=20.0)
    day = final_days(server, 1)[0]
    specs = [REPORTS["page"], REPORTS["query"], REPORTS["query_page"]]
    (result,) = fetch(client_settings(server, window_s=3.0, search_types=("web",)), [(busy, day)], specs)
    assert result.error is None, result.error
    for spec in specs:
        expected = truth_rows(server, busy, day, spec, "web", uncapped=True)
        assert len(expected) > 50_000, spec.name  # capped without slicing
        assert sorted(table_rows(result.tables[spec.name], spec, "web")) == sorted(expected), spec.name
    assert result.stats.capped_slices == 0
    assert result.stats.rows_past_cap == sum(result.tables[s.name].num_rows - 50_000 for s in specs)
    assert 0 < result.stats.slice_requests < 150
    assert result.stats.rows == sum(result.tables[s.name].num_rows for s in specs)  # discarded slices uncounted


def test_hourly_custom_report(sim, tmp_path):
    from gsc_assets.gsc import load_reports

    path = tmp_path / "reports.yaml"
    path.write_text("- {name: hourly, dimensions: [hour], types: [web], dataState: hourly_all}\n")
    settings = client_settings(sim, reports=(), reports_file=path)
    (spec,) = load_reports(settings)
    day = sim_today(sim) - dt.timedelta(days=1)
    (result,) = fetch(settings, [("sc-domain:example.com", day)], [spec])
    assert result.error is None and result.data_state == "fresh"
    table = result.tables["hourly"]
    answer = sim.truth(site="sc-domain:example.com", date=day.isoformat(), type="web", dimensions="date,hour",
                       dataState="hourly_all")  # fmt: skip
    assert table.num_rows == len(answer["rows"]) > 0
    expected = {dt.datetime.fromisoformat(r["keys"][1]).astimezone(dt.UTC): int(r["clicks"]) for r in answer["rows"]}
    assert dict(zip(table.column("hour").to_pylist(), table.column("clicks").to_pylist(), strict=True)) == expected


def test_a_days_detail_requests_start_once_the_probe_has_answered(sim_factory):
    """The probe says which days are final and which types have traffic: all a day's detail requests need. They go
    out then, while the window's small reports (the appearance plan: listing, then per appearance, each paged to
    its empty page) are still answered; a day is handed over once both are in (checked on the simulator's journal
    of arrivals and answers, with a latency that keeps the appearance plan's round trips apart)."""
    site = "sc-domain:order.example"
    server = sim_factory(sites={site: 400}, latency_ms=150)
    days = final_days(server, 3)
    specs = [REPORTS["appearance"], REPORTS["query"]]
    results = fetch(client_settings(server, search_types=("web",)), [(site, day) for day in days], specs)
    assert [r.error for r in results] == [None, None, None]
    for result in results:
        expected = truth_rows(server, site, result.date, REPORTS["appearance"], "web")
        assert expected and table_rows(result.tables["appearance"], REPORTS["appearance"], "web") == expected
    journal = server.stats()["journal"]
    probe = [e for e in journal if e["dimensions"] == ["date"] and not e["filtered"]]
    small = [e for e in journal if "searchAppearance" in e["dimensions"] or e["filtered"]]
    detail = [e for e in journal if "query" in e["dimensions"]]
    assert probe and small and detail
    first_detail = min(e["asked"] for e in detail)
    assert first_detail > max(e["answered"] for e in probe)  # they wait for the probe...
    assert first_detail < max(e["answered"] for e in small)  # ...and for nothing else of the window
