"""Asset checks on the daily and lifetime tables: metric ranges, reconciliation inequalities, the 50,000-row cap,
freshness, and lifetime totals against the daily rows.

The daily checks are specs of the fetch asset, evaluated in its step (`daily_check_results`); the lifetime checks
are a multi-asset check of their own."""

import datetime as dt
from collections.abc import Set as AbstractSet

import dagster as dg

from gsc_assets import model
from gsc_assets.gsc import ReportSpec
from gsc_assets.partitions import FINAL_LAG_DAYS, hourly_window, pacific_today
from gsc_assets.resources import WarehouseResource
from gsc_assets.warehouse import checks

from ._tables import asset_key, table_name
from .lifetime_stats import LIFETIME_PAGE, LIFETIME_QUERY_PAGE

RECENT_DAYS = 35
FRESHNESS_SLACK_DAYS = 2
#: The daily tables Google's reconciliation inequalities compare.
RECONCILED = ("property_daily", "query_daily", "page_daily", "query_page_daily")
#: Reports whose tables can reach Google's daily row cap (the model's large tables).
DETAIL_REPORTS = tuple(r.name for r in model.DEFAULT_REPORTS if not r.small)


class LifetimeCheckConfig(dg.Config):
    sample_percent: float = 5.0
    """Share of lifetime keys compared with the daily rows (100 compares all of them)."""


def _result(
    key: dg.AssetKey,
    name: str,
    outcome: checks.CheckOutcome,
    *,
    severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR,
    figures: dict[str, object] | None = None,
) -> dg.AssetCheckResult:
    metadata = {
        k: (v if isinstance(v, int | float | str) else str(v))
        for k, v in {**(figures or {}), **outcome.figures}.items()
    }
    metadata["detail"] = outcome.description
    return dg.AssetCheckResult(
        asset_key=key, check_name=name, passed=outcome.passed, severity=severity, metadata=metadata
    )


def daily_check_specs(reports: tuple[ReportSpec, ...]) -> list[dg.AssetCheckSpec]:
    """The daily tables' checks. They belong to the fetch asset and run in its step, after its loads, on the
    partitions those loads wrote: so every load is checked however it was launched (a UI backfill, a sensor, `sync`),
    and a run whose other partitions failed still checks the ones it loaded."""
    by_name = {report.name: report for report in reports}
    specs = [
        dg.AssetCheckSpec("metric_ranges", asset=asset_key(r), description="clicks <= impressions, 0 <= ctr <= 1, "
                          "position >= 1 in the partitions a run loaded", blocking=False)
        for r in reports
    ]  # fmt: skip
    if {"property", "query"} <= by_name.keys() or {"page", "query_page"} <= by_name.keys():
        specs.append(
            dg.AssetCheckSpec(
                "reconciliation",
                asset=asset_key(by_name["property"] if "property" in by_name else by_name["page"]),
                description="query sums <= property totals; query x page sums <= page sums (Google's inequalities), "
                "in the partitions a run loaded",
            )
        )
    specs += [
        dg.AssetCheckSpec("row_cap", asset=asset_key(by_name[n]), description="days that stopped at the 50,000-row "
                          "cap (not read past it in slices), in the partitions a run loaded")
        for n in DETAIL_REPORTS
        if n in by_name
    ]  # fmt: skip
    first = asset_key(reports[0])
    specs.append(dg.AssetCheckSpec("freshness", asset=first, description="every site has a recent final day"))
    return specs


def daily_check_results(
    warehouse: WarehouseResource,
    reports: tuple[ReportSpec, ...],
    selected: AbstractSet[dg.AssetCheckKey],
    scope: checks.Scope | None,
    *,
    recent_days: int = RECENT_DAYS,
) -> list[dg.AssetCheckResult]:
    """Evaluate the selected daily checks on `scope` (None: the partitions loaded in the last `recent_days`, for a
    run of the checks alone). An empty scope (a run that loaded nothing) evaluates only freshness."""
    specs = {spec.key: spec for spec in daily_check_specs(reports) if spec.key in selected}
    table_of = {asset_key(report): table_name(report) for report in reports}
    needed = {table_of[key.asset_key] for key in specs if key.name in ("metric_ranges", "row_cap")}
    if any(key.name == "reconciliation" for key in specs):
        needed |= set(RECONCILED) & set(table_of.values())
    for key in specs:
        reference = checks.ROW_CAP_REFERENCE.get(table_of[key.asset_key])
        if key.name == "row_cap" and reference in table_of.values():
            needed.add(reference)  # the impressions a sliced day's rows are compared with
    results: list[dg.AssetCheckResult] = []
    with warehouse.warehouse() as wh, wh.connect() as conn:
        if scope is None:
            scope = checks.recent_scope(conn, since=pacific_today() - dt.timedelta(days=recent_days))
        # One pass per table serves all of its checks (they once took a pass each: 3x the time after a busy sync).
        days = {table: checks.scan(conn, table, scope=scope) for table in sorted(needed)} if scope else {}
        for key, spec in specs.items():
            table = table_of[key.asset_key]
            if spec.name == "freshness":
                lag = FINAL_LAG_DAYS + FRESHNESS_SLACK_DAYS
                outcome = checks.freshness(conn, today=pacific_today(), max_lag_days=lag)
                results.append(_result(key.asset_key, spec.name, outcome, severity=dg.AssetCheckSeverity.WARN))
                continue
            if not scope:
                continue
            if spec.name == "metric_ranges":
                outcome = checks.metric_ranges(table, days[table])
            elif spec.name == "reconciliation":
                outcome = checks.reconciliation(days)
            else:
                reference = days.get(checks.ROW_CAP_REFERENCE.get(table, ""))
                outcome = checks.row_cap(days[table], reference, scope.still_capped)
            severity = dg.AssetCheckSeverity.WARN if spec.name == "row_cap" else dg.AssetCheckSeverity.ERROR
            results.append(_result(key.asset_key, spec.name, outcome, severity=severity, figures=scope.figures()))
    return results


HOURLY_KEY = dg.AssetKey(list(model.asset_key_path(model.HOURLY_REPORT.name)))


def hourly_check_specs() -> list[dg.AssetCheckSpec]:
    """The hourly table's checks, run in its asset's step on the partitions the run loaded."""
    return [
        dg.AssetCheckSpec("metric_ranges", asset=HOURLY_KEY, description="clicks <= impressions, 0 <= ctr <= 1, "
                          "position >= 1 in the partitions a run loaded", blocking=False),
        dg.AssetCheckSpec("hours_match_daily", asset=HOURLY_KEY, description="the hours of each final day a run "
                          "loaded add up to that day's totals in gsc.property_daily (where it is loaded final too)"),
    ]  # fmt: skip


def hourly_check_results(
    warehouse: WarehouseResource, selected: AbstractSet[dg.AssetCheckKey], scope: checks.Scope | None
) -> list[dg.AssetCheckResult]:
    """The selected hourly checks on `scope` (None: the partitions loaded within Google's hourly window)."""
    hourly = model.HOURLY_REPORT.table
    daily = model.table_name("property")  # the same aggregation (by property), one dimension less
    results: list[dg.AssetCheckResult] = []
    with warehouse.warehouse() as wh, wh.connect() as conn:
        if scope is None:
            scope = checks.recent_scope(conn, since=hourly_window(pacific_today())[0])
        if not scope:
            return results
        hours = checks.scan(conn, hourly, scope=scope)
        if dg.AssetCheckKey(HOURLY_KEY, "metric_ranges") in selected:
            outcome = checks.metric_ranges(hourly, hours)
            results.append(_result(HOURLY_KEY, "metric_ranges", outcome, figures=scope.figures()))
        if dg.AssetCheckKey(HOURLY_KEY, "hours_match_daily") in selected:
            window = scope.params()
            sites = sorted(set(window["sites"]))
            final = [
                {p for p, state in wh.loaded_partitions(sites, window["first"], window["last"], tables=[name]).items()
                 if state == "final"}
                for name in (hourly, daily)
            ]  # fmt: skip
            outcome = checks.hours_match_daily(hours, checks.scan(conn, daily, scope=scope), final[0] & final[1])
            results.append(
                _result(HOURLY_KEY, "hours_match_daily", outcome, severity=dg.AssetCheckSeverity.WARN,
                        figures=scope.figures())
            )  # fmt: skip
    return results


@dg.multi_asset_check(
    specs=[
        spec
        for key in (LIFETIME_QUERY_PAGE, LIFETIME_PAGE)
        for spec in (
            dg.AssetCheckSpec(
                "totals_match_daily",
                asset=key,
                description="lifetime totals == sum of the daily "
                "rows (plus deltas not yet consumed), on a sample of keys",
            ),
            dg.AssetCheckSpec("no_impossible_values", asset=key, description="no negative or impossible values"),
        )
    ],  # fmt: skip
    name="gsc_lifetime_checks",
    can_subset=True,
)
def gsc_lifetime_checks(
    context: dg.AssetCheckExecutionContext, config: LifetimeCheckConfig, warehouse: WarehouseResource
):
    selected = context.selected_asset_check_keys
    with warehouse.warehouse() as wh, wh.connect() as conn:
        for key in (LIFETIME_QUERY_PAGE, LIFETIME_PAGE):
            table = key.path[-1]
            if dg.AssetCheckKey(key, "totals_match_daily") in selected:
                outcome = checks.lifetime_totals(conn, table, sample_percent=config.sample_percent)
                yield _result(key, "totals_match_daily", outcome)
            if dg.AssetCheckKey(key, "no_impossible_values") in selected:
                yield _result(key, "no_impossible_values", checks.lifetime_ranges(conn, table))
