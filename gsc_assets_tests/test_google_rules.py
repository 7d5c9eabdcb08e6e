"""Google's rules as the planner holds them (`gsc_assets.gsc._rules`), checked on their own and against the
simulator's separately written refusals: the two must agree on every combination, so neither drifts alone."""

from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest

from gsc_assets.gsc import DEFAULT_REPORTS, DimensionFilter, ReportSpec
from gsc_assets.gsc._client import _body, first_incomplete_date
from gsc_assets.gsc._quota import LoadQuotaGuard
from gsc_assets.gsc._rules import ALL_DEVICES, batch_path, refusal
from gsc_assets.gsc._settings import ALL_SEARCH_TYPES
from gsc_assets.simulator.errors import ApiError
from gsc_assets.simulator.query import parse_query

REPORTS = {r.name: r for r in DEFAULT_REPORTS}
DIMENSIONS = ("date", "query", "page", "country", "device", "searchAppearance")
AGGREGATIONS = ("auto", "byProperty", "byPage")


def simulator_refuses(body: dict) -> bool:
    try:
        parse_query(body)
    except ApiError as err:
        assert err.code == 400, err.message
        return True
    return False


def _combinations():
    for n in (1, 2):
        for dims in itertools.combinations(DIMENSIONS, n):
            for search_type in ALL_SEARCH_TYPES:
                for aggregation in AGGREGATIONS:
                    for filtered in ((), ("query",), ("page",), ("device",), ("searchAppearance",)):
                        yield dims, search_type, aggregation, filtered


def test_planner_rules_and_simulator_refusals_agree():
    """Every grouping of one or two dimensions x type x aggregation x filter: both sides give the same verdict."""
    disagreements = []
    checked = 0
    for dims, search_type, aggregation, filtered in _combinations():
        body = {
            "startDate": "2026-11-01",
            "endDate": "2026-11-01",
            "dimensions": list(dims),
            "type": search_type,
            "aggregationType": aggregation,
            "dimensionFilterGroups": [
                {"filters": [{"dimension": d, "operator": "equals", "expression": "x"} for d in filtered]}
            ],
        }
        ours = refusal(dimensions=dims, search_type=search_type, aggregation_type=aggregation,
                       filter_dimensions=filtered)  # fmt: skip
        checked += 1
        if (ours is not None) != simulator_refuses(body):
            disagreements.append((dims, search_type, aggregation, filtered, ours))
    assert checked > 1000
    assert not disagreements, disagreements[:10]


@pytest.mark.parametrize(
    ("dims", "search_type", "aggregation", "refused"),
    [
        (("date",), "googleNews", "byProperty", True),
        (("date",), "googleNews", "auto", False),
        (("date", "query"), "googleNews", "auto", True),
        (("date", "query"), "discover", "auto", True),
        (("date", "page", "country", "device"), "discover", "byPage", True),
        (("date", "page", "country"), "discover", "byPage", False),
        (("date", "searchAppearance"), "web", "auto", True),
        (("searchAppearance",), "web", "auto", False),
        (("page",), "web", "byProperty", True),
        (("date", "query", "page", "country", "device"), "web", "auto", False),
    ],
)
def test_each_documented_rule(dims, search_type, aggregation, refused):
    assert (refusal(dimensions=dims, search_type=search_type, aggregation_type=aggregation) is not None) == refused


def test_default_reports_never_send_a_refused_body():
    """Every body the planner builds for the default reports passes both rule sets."""
    for spec in DEFAULT_REPORTS:
        for search_type in spec.types_for(ALL_SEARCH_TYPES):
            bodies = [_body(spec, "2026-11-01", "2026-11-07", search_type, "all", 0)]
            if spec.by_appearance:
                only = DimensionFilter(dimension="searchAppearance", operator="equals", expression="VIDEO")
                bodies.append(_body(spec, "2026-11-01", "2026-11-07", search_type, "all", 0, dimensions=("date",),
                                    extra_filters=(only,)))  # fmt: skip
            for body in bodies:
                filtered = [f["dimension"] for g in body.get("dimensionFilterGroups", []) for f in g["filters"]]
                assert (
                    refusal(
                        dimensions=body["dimensions"],
                        search_type=search_type,
                        aggregation_type=body.get("aggregationType", "auto"),
                        filter_dimensions=filtered,
                    )
                    is None
                )
                assert not simulator_refuses(body), (spec.name, search_type, body)  # fmt: skip


def test_per_type_plan_of_the_default_reports():
    assert REPORTS["property"].request_aggregation("googleNews") == "auto"
    assert REPORTS["property"].request_aggregation("web") == "byProperty"
    assert REPORTS["page"].request_dimensions("discover") == ("date", "page", "country")
    assert REPORTS["page"].request_dimensions("web") == ("date", "page", "country", "device")
    assert REPORTS["page"].types_for(ALL_SEARCH_TYPES) == ALL_SEARCH_TYPES  # Discover's pages are kept
    assert REPORTS["query"].types_for(ALL_SEARCH_TYPES) == ("web", "image", "video", "news")
    assert REPORTS["appearance"].request_dimensions("web") == ("searchAppearance",)
    assert REPORTS["appearance"].types_for(ALL_SEARCH_TYPES) == ALL_SEARCH_TYPES


def test_discover_page_rows_carry_the_all_devices_marker():
    from gsc_assets.gsc._arrow import rows_to_table

    rows = [{"keys": ["2026-11-01", "https://a.example/x", "usa"], "clicks": 3, "impressions": 9, "ctr": 0.33,
             "position": 2.0}]  # fmt: skip
    table = rows_to_table(rows, spec=REPORTS["page"], site_url="sc-domain:a.example", date=dt.date(2026, 11, 1),
                          search_type="discover")  # fmt: skip
    assert table.column("device").to_pylist() == [ALL_DEVICES]
    assert table.column("country").to_pylist() == ["usa"]


def test_custom_report_naming_a_refused_type_fails_but_implicit_types_are_dropped(tmp_path):
    from gsc_assets.gsc import GscConfigError, load_reports

    path = tmp_path / "r.yaml"
    path.write_text("- {name: dev, dimensions: [device], types: [discover]}\n")
    (spec,) = load_reports(names=[], reports_file=path)
    assert spec.request_dimensions("discover") == ("date",)  # device is dropped, not refused
    path.write_text("- {name: q, dimensions: [query], types: [web, googleNews]}\n")
    with pytest.raises(GscConfigError, match="googleNews with the query dimension"):
        load_reports(names=[], reports_file=path)
    path.write_text("- {name: q, dimensions: [query]}\n")
    (spec,) = load_reports(names=[], reports_file=path)
    assert spec.search_types == ("web", "image", "video", "news")


def test_batch_path_belongs_to_the_host():
    assert batch_path("https://searchconsole.googleapis.com") == "/batch"
    assert batch_path("https://www.googleapis.com") == "/batch/webmasters/v3"
    assert batch_path("http://127.0.0.1:8080") == "/batch"


def test_no_metadata_is_never_read_as_final_inside_the_incomplete_window():
    today = dt.date(2026, 11, 20)
    # Google reported a first incomplete date: it wins.
    assert first_incomplete_date([dt.date(2026, 11, 18)], dt.date(2026, 11, 20), today) == dt.date(2026, 11, 18)
    # No metadata, no rows at all: the last days stay "not final".
    assert first_incomplete_date([], None, today) == dt.date(2026, 11, 17)
    # No metadata, rows up to the 15th: they are final, the recent empty days are not.
    assert first_incomplete_date([], dt.date(2026, 11, 15), today) == dt.date(2026, 11, 17)
    # No metadata though rows reach the 18th: Google says those rows are complete.
    assert first_incomplete_date([], dt.date(2026, 11, 18), today) == dt.date(2026, 11, 19)


def refuse(guard: LoadQuotaGuard, site: str, sent: float, times: int, *, span: float = 0.0) -> list[float | None]:
    out = []
    for i in range(times):
        if i == times - 1 and span:
            time.sleep(span)  # the streak must last, not only count
        out.append(guard.refused(site, sent, expensive=True))
    return out


def test_load_quota_guard_pauses_once_then_stops():
    guard = LoadQuotaGuard(window_s=0.04, strikes=3)  # a 1,500x time-scaled quota window: a 0.6 s pause
    assert guard.short_pause_s == pytest.approx(0.6) and guard.min_streak_s == pytest.approx(0.01)
    sent = time.monotonic()
    assert refuse(guard, "s", sent, 3) == [None, None, None]  # three in a row, but within a blink: pushback
    pause = refuse(guard, "s", sent, 1, span=0.02)[-1]
    assert pause == pytest.approx(0.6)
    # Answers to requests sent before the pause began belong to the first phase: neither a refusal nor a success
    # of one of them moves the guard.
    assert refuse(guard, "s", sent, 4, span=0.02)[-1] is None and guard.spent_until("s") is None
    guard.succeeded("s", sent, expensive=True)
    later = time.monotonic() + pause + 1
    # Cheap requests are not what the load quota charges: their refusals and successes end no streak.
    guard.refused("s", later, expensive=False)
    guard.succeeded("s", later, expensive=False)
    refuse(guard, "s", later, 3, span=0.02)
    assert guard.spent_until("s") is not None
    assert guard.spent_until("other") is None
    # An expensive success in between resets the count (per-minute pushback from outside is not load quota).
    refuse(guard, "t", 0.0, 2)
    guard.succeeded("t", 0.0, expensive=True)
    assert refuse(guard, "t", 0.0, 1, span=0.02) == [None] and guard.in_streak("t")


def test_a_load_quota_pause_does_not_use_up_a_request_deadline():
    guard = LoadQuotaGuard(window_s=6.0, strikes=1)  # a 90 s pause once a streak lasts 1.5 s
    before = time.monotonic()
    guard.refused("s", before, expensive=True)
    guard._sites["s"].streak_began -= 2  # the streak began 2 s ago
    assert guard.refused("s", before, expensive=True) == pytest.approx(90.0)
    now = time.monotonic()
    # A request that began before the pause, and one that began during it, both get the paused time back.
    assert guard.paused_between("s", now - 10, now + 100) == pytest.approx(90.0, abs=0.5)
    assert guard.paused_between("s", now + 30, now + 100) == pytest.approx(60.0, abs=0.5)
    assert guard.paused_between("s", now + 200, now + 300) == 0.0
    assert guard.paused_between("other", now, now + 100) == 0.0


def test_device_filters_leave_discover_out(tmp_path):
    from gsc_assets.gsc import GscConfigError, load_reports

    path = tmp_path / "r.yaml"
    path.write_text("- {name: m, dimensions: [page], filters: [{dimension: device, operator: equals, "
                    "expression: MOBILE}]}\n")  # fmt: skip
    (spec,) = load_reports(names=[], reports_file=path)
    assert "discover" not in spec.search_types and "web" in spec.search_types
    path.write_text("- {name: m, dimensions: [page], types: [discover], filters: [{dimension: device, "
                    "operator: equals, expression: MOBILE}]}\n")  # fmt: skip
    with pytest.raises(GscConfigError, match="no device breakdown"):
        load_reports(names=[], reports_file=path)


def test_quota_project_is_sent_with_every_call():
    import google.oauth2.credentials

    from gsc_assets.gsc._auth import Credential

    creds = google.oauth2.credentials.Credentials(token=None, quota_project_id="billing-project")
    credential = Credential(google_credentials=creds, source="test")
    assert credential.headers == {"x-goog-user-project": "billing-project"}
    assert credential.quota_buckets[-1] == "project:billing-project"
    plain = Credential(google_credentials=google.oauth2.credentials.Credentials(token=None), source="test")
    assert plain.headers == {}


def test_report_spec_rejects_searchappearance_with_other_dimensions():
    from gsc_assets.gsc import GscConfigError

    with pytest.raises(GscConfigError, match="only grouping dimension"):
        ReportSpec(name="x", dimensions=("date", "searchAppearance", "page"))
