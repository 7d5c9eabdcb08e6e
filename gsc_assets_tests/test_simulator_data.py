"""Simulator data and aggregation: property tests on the pure functions, determinism, the 50k cap."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gsc_assets.simulator import SimConfig, create_app
from gsc_assets.simulator._config import real_today, resolve_today
from gsc_assets.simulator._rows import Rows, make_rows
from gsc_assets.simulator.aggregate import aggregate, collapse_by_property, group
from gsc_assets.simulator.data import SEARCH_TYPES, DataSource, SiteProfile, hours_with_data, pacific_hour_of
from gsc_assets.simulator.query import Engine, parse_query

pytestmark = pytest.mark.timeout(60)

DIMS = ("date", "query", "page", "country", "device", "searchAppearance")


@st.composite
def row_tables(draw: st.DrawFn) -> Rows:
    n = draw(st.integers(min_value=0, max_value=300))
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    rng = np.random.default_rng(seed)
    impressions = rng.integers(1, 500, n)
    return make_rows(
        day=739_000 + rng.integers(0, draw(st.integers(1, 4)), n),
        hour=np.full(n, -1),
        query=rng.integers(0, draw(st.integers(1, 40)), n),
        page=rng.integers(0, draw(st.integers(1, 20)), n),
        country=rng.integers(0, 5, n),
        device=rng.integers(0, 3, n),
        appearance=rng.integers(-1, 4, n),
        clicks=rng.binomial(impressions, 0.1),
        impressions=impressions,
        possum=rng.uniform(1, 50, n) * impressions,
    )


dimension_sets = st.lists(st.sampled_from(DIMS), unique=True, max_size=4).map(tuple)


@settings(max_examples=60, deadline=None)
@given(rows=row_tables(), dims=dimension_sets)
def test_totals_preserved_across_groupings_before_the_cap(rows: Rows, dims: tuple[str, ...]) -> None:
    agg = aggregate(rows, dims, cap=10**9)
    assert int(agg.clicks.sum()) == int(rows.clicks.sum())
    assert int(agg.impressions.sum()) == int(rows.impressions.sum())
    assert agg.possum.sum() == pytest.approx(rows.possum.sum())
    keys = list(zip(*(agg.codes[c] for c in agg.columns), strict=True)) if agg.columns else [()] * len(agg)
    assert len(set(keys)) == len(keys)  # one row per group
    clicks = agg.clicks.tolist()
    assert clicks == sorted(clicks, reverse=True)
    assert np.all(agg.ctr <= 1) and np.all(agg.position >= 1)


@settings(max_examples=60, deadline=None)
@given(rows=row_tables(), dims=dimension_sets, cap=st.integers(min_value=1, max_value=30))
def test_cap_applies_per_day_before_merging(rows: Rows, dims: tuple[str, ...], cap: int) -> None:
    with_date = tuple(dict.fromkeys(("date", *dims)))
    per_day = aggregate(rows, with_date, cap=cap)
    _, counts = np.unique(per_day.codes["day"], return_counts=True)
    assert np.all(counts <= cap)
    uncapped = aggregate(rows, with_date, cap=10**9)
    for day in np.unique(uncapped.codes["day"]):  # the kept groups are each day's top groups
        top = uncapped.clicks[uncapped.codes["day"] == day][:cap]
        assert sorted(per_day.clicks[per_day.codes["day"] == day].tolist()) == sorted(top.tolist())
    merged = aggregate(rows, dims, cap=cap)
    assert int(merged.clicks.sum()) == int(per_day.clicks.sum())
    assert int(merged.impressions.sum()) == int(per_day.impressions.sum())


@settings(max_examples=60, deadline=None)
@given(rows=row_tables())
def test_by_property_collapse_bounds(rows: Rows) -> None:
    collapsed = collapse_by_property(rows)
    assert int(collapsed.clicks.sum()) == int(rows.clicks.sum())
    assert int(collapsed.impressions.sum()) <= int(rows.impressions.sum())
    assert np.all(collapsed.clicks <= collapsed.impressions)
    by_key = group(rows, ("day", "query", "country", "device"))
    assert len(collapsed) == len(by_key)
    assert np.all(collapsed.possum / collapsed.impressions >= 1.0)


def test_generation_is_deterministic_and_seed_dependent() -> None:
    day = dt.date(2026, 11, 2)
    a = DataSource({"sc-domain:a.example": 3000}, seed=5).final_day("sc-domain:a.example", day, "web")
    b = DataSource({"sc-domain:a.example": 3000}, seed=5).final_day("sc-domain:a.example", day, "web")
    c = DataSource({"sc-domain:a.example": 3000}, seed=6).final_day("sc-domain:a.example", day, "web")
    for name in ("query", "page", "country", "device", "clicks", "impressions", "possum"):
        assert np.array_equal(getattr(a, name), getattr(b, name))
    assert not np.array_equal(a.clicks, c.clicks) or not np.array_equal(a.query, c.query)


def test_truth_identical_across_app_instances() -> None:
    config = SimConfig(sites={"sc-domain:example.com": 1500}, today=dt.date(2026, 11, 20), seed=9)
    params = {"site": "sc-domain:example.com", "date": "2026-11-19", "dimensions": "query,page", "dataState": "all"}
    first, second = create_app(config).truth(params), create_app(config).truth(params)
    assert first == second and len(first["rows"]) > 100


def test_rows_per_day_follow_size_and_weekly_seasonality() -> None:
    profile = SiteProfile("https://www.shop.example/", 10_000, seed=1)
    week = [profile.rows_for(dt.date(2026, 11, 2) + dt.timedelta(days=i), "web") for i in range(7)]
    assert 8_000 < np.mean(week) < 11_000
    assert min(week[5:]) < min(week[:5])  # weekends are quieter
    assert profile.rows_for(dt.date(2026, 11, 2), "image") < week[0] / 2


def test_most_sites_have_little_or_no_news_discover_google_news() -> None:
    profiles = [SiteProfile(f"sc-domain:site{i}.example", 1000, seed=0) for i in range(200)]
    day = dt.date(2026, 11, 4)
    for search_type in ("news", "discover", "googleNews"):
        with_type = sum(1 for p in profiles if p.rows_for(day, search_type) > 0)
        assert with_type < 100, search_type
    assert all(p.rows_for(day, "web") > p.rows_for(day, t) for p in profiles for t in SEARCH_TYPES[1:])


def test_day_cap_of_50000_rows() -> None:
    source = DataSource({"https://big.example/": 60_000}, seed=0)
    engine = Engine(source)
    dims = ["query", "page", "country", "device"]
    one_day = parse_query({"startDate": "2026-11-03", "endDate": "2026-11-03", "dimensions": dims})
    answer = engine.answer("https://big.example/", one_day, dt.date(2026, 11, 20))
    assert len(answer) == 50_000
    finest = source.final_day("https://big.example/", dt.date(2026, 11, 3), "web")
    assert len(finest) > 50_000  # there really was more to cut
    total = parse_query({"startDate": "2026-11-03", "endDate": "2026-11-03", "dimensions": ["date"],
                         "aggregationType": "byPage"})  # fmt: skip
    assert int(engine.answer("https://big.example/", total, dt.date(2026, 11, 20)).clicks[0]) >= int(
        answer.clicks.sum()
    )
    two_days = parse_query({"startDate": "2026-11-03", "endDate": "2026-11-04", "dimensions": ["date", *dims]})
    both = engine.answer("https://big.example/", two_days, dt.date(2026, 11, 20))
    _, per_day = np.unique(both.codes["day"], return_counts=True)
    assert per_day[0] == 50_000 and per_day[1] <= 50_000


def test_retention_and_future_days_are_empty() -> None:
    engine = Engine(DataSource({"sc-domain:example.com": 500}, seed=0))
    today = dt.date(2026, 11, 20)
    old = parse_query({"startDate": "2025-07-01", "endDate": "2025-07-15", "dimensions": ["date"]})
    assert len(engine.answer("sc-domain:example.com", old, today)) == 0
    edge = parse_query({"startDate": "2025-07-19", "endDate": "2025-07-22", "dimensions": ["date"]})
    assert len(engine.answer("sc-domain:example.com", edge, today)) == 3  # retention starts 2025-07-20


def test_public_names() -> None:
    import gsc_assets.simulator as simulator

    assert set(simulator.__all__) == {
        "DEFAULT_CLIENT_EMAIL",
        "DEFAULT_SITES",
        "SimConfig",
        "SimulatorApp",
        "SimulatorServer",
        "create_app",
    }


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="later than the real date"):
        create_app(SimConfig(today=dt.date(2999, 1, 1)))
    with pytest.raises(ValueError, match="site URL"):
        SimConfig(sites={"example.com": 10})
    with pytest.raises(ValueError, match="time_scale"):
        SimConfig(time_scale=0)


def test_truth_identical_across_server_restarts(sim_factory) -> None:
    params = {"site": "https://www.example.org/", "date": "2026-11-12", "dimensions": "page,query,device"}
    first = sim_factory(seed=11).truth(**params)
    second = sim_factory(seed=11).truth(**params)
    other_seed = sim_factory(seed=12).truth(**params)
    assert first == second and first != other_seed


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 30_000) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=6,
)
_field_values = {
    "startDate": st.sampled_from(["2026-11-01", "2026-11-10", "2026-02-30", "x"]) | _json_values,
    "endDate": st.sampled_from(["2026-11-10", "2026-11-01"]) | _json_values,
    "dimensions": st.lists(st.sampled_from([*DIMS, "hour", "bogus", 3]), max_size=4) | _json_values,
    "type": st.sampled_from(["web", "image", "discover", "googleNews", "WEB", "nope"]) | _json_values,
    "searchType": st.sampled_from(["web", "news"]) | _json_values,
    "aggregationType": st.sampled_from(["auto", "byPage", "byProperty", "byNewsShowcasePanel"]) | _json_values,
    "dataState": st.sampled_from(["final", "all", "hourly_all"]) | _json_values,
    "rowLimit": st.integers(-1, 30_000) | _json_values,
    "startRow": st.integers(-1, 10) | _json_values,
    "dimensionFilterGroups": st.lists(
        st.fixed_dictionaries(
            {
                "filters": st.lists(
                    st.fixed_dictionaries(
                        {
                            "dimension": st.sampled_from([*DIMS, "hour", "x"]),
                            "operator": st.sampled_from(
                                ["equals", "notContains", "includingRegex", "excludingRegex", "x"]
                            ),
                            "expression": st.sampled_from(["a", "(", "best", "^https://", "(?=x)"]) | _json_values,
                        }
                    ),
                    max_size=2,
                )
            }  # fmt: skip
        ),
        max_size=2,
    )
    | _json_values,
}


@settings(max_examples=200, deadline=None)
@given(body=st.fixed_dictionaries({}, optional=_field_values))
def test_any_body_is_answered_or_refused_with_400(body: dict) -> None:
    """Fuzzing the request body: the engine answers or raises ApiError(400), never anything else."""
    from gsc_assets.simulator.errors import ApiError

    engine = _FUZZ_ENGINE
    try:
        query = parse_query(body)
    except ApiError as exc:
        assert exc.code == 400 and exc.body()["error"]["status"] == "INVALID_ARGUMENT"
        return
    answer = engine.answer("sc-domain:example.com", query, dt.date(2026, 11, 20))
    rows = engine.render("sc-domain:example.com", query, answer, query.start_row, query.start_row + query.row_limit)
    assert len(rows) <= query.row_limit


_FUZZ_ENGINE = Engine(DataSource({"sc-domain:example.com": 300}, seed=1))


def _utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_default_today_is_the_pacific_date() -> None:
    """From 16:00/17:00 Pacific the UTC date is already tomorrow, which Google has no data for yet."""
    evening = _utc(2026, 11, 29, 3, 30)  # 19:30 on the 28th in Los Angeles
    assert real_today(evening) == resolve_today(None, now=evening) == dt.date(2026, 11, 28)
    assert resolve_today(dt.date(2026, 11, 28), now=evening) == dt.date(2026, 11, 28)
    with pytest.raises(ValueError, match="later than the real date 2026-11-28"):
        resolve_today(dt.date(2026, 11, 29), now=evening)
    assert real_today(_utc(2026, 11, 29, 8)) == dt.date(2026, 11, 29)  # Pacific midnight (PST)
    assert real_today(_utc(2026, 7, 1, 6, 59)) == dt.date(2026, 6, 30)  # a minute before midnight PDT
    la = zoneinfo.ZoneInfo("America/Los_Angeles")
    before = dt.datetime.now(la).date()
    assert resolve_today(None) in {before, dt.datetime.now(la).date()}  # the clock may pass midnight meanwhile


@pytest.mark.parametrize(
    ("today", "now", "hours"),
    [
        # the real 'today' on the fall-back day: 01:30 PST is the day's third hour (after 00:00 and 01:00 PDT)
        (dt.date(2026, 11, 1), _utc(2026, 11, 1, 9, 30), 3),
        (dt.date(2026, 11, 1), _utc(2026, 11, 1, 8, 30), 2),  # 01:30 PDT
        (dt.date(2026, 11, 1), _utc(2026, 11, 2, 7, 59), 25),  # 23:59 PST
        # the real 'today' on the spring-forward day: 03:30 PDT is the third hour (00:00, 01:00, 03:00)
        (dt.date(2026, 3, 8), _utc(2026, 3, 8, 10, 30), 3),
        (dt.date(2026, 3, 8), _utc(2026, 3, 9, 6, 59), 23),
        # a past 'today' replays the current Pacific time of day (10:30 here) on its own clock
        (dt.date(2026, 3, 8), _utc(2026, 11, 29, 18, 30), 10),
        (dt.date(2026, 11, 1), _utc(2026, 11, 29, 18, 30), 12),
        (dt.date(2026, 11, 20), _utc(2026, 11, 29, 18, 30), 11),
        (dt.date(2026, 11, 20), _utc(2026, 11, 30, 7, 59), 24),
    ],
)
def test_hours_of_today_on_dst_days(today: dt.date, now: dt.datetime, hours: int) -> None:
    assert hours_with_data(today, today, now) == hours
    assert hours_with_data(today, today + dt.timedelta(days=1), now) == 0


def test_whole_days_have_23_24_or_25_hours() -> None:
    today = dt.date(2026, 11, 20)
    days = (dt.date(2026, 3, 8), dt.date(2026, 11, 1), dt.date(2026, 11, 2))
    assert [hours_with_data(today, d) for d in days] == [23, 25, 24]
    assert pacific_hour_of(_utc(2026, 11, 1, 9, 59)) == (dt.date(2026, 11, 1), 2)
    assert pacific_hour_of(_utc(2026, 11, 2, 7, 59)) == (dt.date(2026, 11, 1), 24)
    assert pacific_hour_of(_utc(2026, 3, 8, 10)) == (dt.date(2026, 3, 8), 2)
