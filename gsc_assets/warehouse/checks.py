"""Data-quality checks on the warehouse tables, as plain queries returning figures (the assets turn them into
Dagster asset checks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from .. import model
from . import _sql
from ._specs import HOURLY_TABLES

DAY_ROW_CAP = 50_000
#: lifetime table -> (delta kind, daily table, key columns), from the model's default reports.
LIFETIME_TABLES = {
    r.lifetime_table: (r.lifetime, r.table, model.LIFETIME_KEYS[r.lifetime])
    for r in model.DEFAULT_REPORTS
    if r.lifetime and r.lifetime_table
}


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    passed: bool
    figures: dict[str, Any] = field(default_factory=dict)
    description: str = ""


def _table(name: str) -> sql.Identifier:
    return sql.Identifier("gsc", name)


def _fetch_dict(conn: psycopg.Connection[Any], query: sql.SQL | sql.Composed, params: dict[str, Any]) -> dict[str, Any]:
    cur = conn.execute(query, params)
    row = cur.fetchone()
    assert cur.description is not None and row is not None
    return {column.name: value for column, value in zip(cur.description, row, strict=True)}


@dataclass(frozen=True, slots=True)
class Scope:
    """The (site, date) partitions a check examines: those a run loaded, or the recent ones (`recent_scope`)."""

    partitions: tuple[tuple[str, dt.date], ...]
    label: str = ""
    #: Partitions whose fetch read past Google's cap but left some slice at it (known only to the run that fetched).
    still_capped: frozenset[tuple[str, dt.date]] = frozenset()

    @classmethod
    def of(
        cls,
        partitions: Iterable[tuple[str, dt.date]],
        label: str = "",
        still_capped: Iterable[tuple[str, dt.date]] = (),
    ) -> Scope:
        return cls(tuple(sorted(set(partitions))), label, frozenset(still_capped))

    def __bool__(self) -> bool:
        return bool(self.partitions)

    def params(self) -> dict[str, Any]:
        assert self.partitions, "an empty scope examines nothing"
        dates = [day for _, day in self.partitions]
        return {"sites": [site for site, _ in self.partitions], "dates": dates, "first": min(dates), "last": max(dates)}

    def figures(self) -> dict[str, Any]:
        """What a check result says about its scope (Dagster metadata)."""
        dates = [day for _, day in self.partitions]
        out: dict[str, Any] = {"partitions_checked": len(self.partitions)}
        if dates:
            out["sites_checked"] = len({site for site, _ in self.partitions})
            out["dates_checked"] = f"{min(dates).isoformat()}..{max(dates).isoformat()}"
        if self.label:
            out["scope"] = self.label
        return out


def recent_scope(conn: psycopg.Connection[Any], *, since: dt.date) -> Scope:
    rows = conn.execute(_sql.query("check_scope_recent"), {"since": since}).fetchall()
    return Scope.of(((site, day) for site, day in rows), label=f"partitions loaded since {since.isoformat()}")


#: Rows whose metrics Google could never report, as counted by check_scan.sql.
IMPOSSIBLE = ("clicks_over_impressions", "negative_counts", "ctr_out_of_range", "position_below_one")


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One (site, date, search type) of a daily table, from one pass over it (`scan`)."""

    site_url: str
    date: dt.date
    search_type: str
    rows: int
    clicks: int
    impressions: int
    impossible: dict[str, int]
    source: str = "api"  # who filled it, from the ledger: "api", or "export" (Google's BigQuery export, uncapped)


def scan(conn: psycopg.Connection[Any], table: str, *, scope: Scope) -> list[DayFigures]:
    """Everything the metric, row-cap and reconciliation checks need from `table`, in one pass over the scope.

    A table no load has created yet holds no rows (a first run of `property_daily` alone reconciles it against the
    detail tables, which do not exist yet)."""
    try:
        found = conn.execute(
            _sql.template("check_scan", table=_table(table), report=sql.Literal(table)), scope.params()
        ).fetchall()
    except psycopg.errors.UndefinedTable:
        return []
    return [
        DayFigures(
            site, day, search_type, rows, clicks or 0, impressions or 0, dict(zip(IMPOSSIBLE, bad, strict=True)), source
        )
        for site, day, search_type, source, rows, clicks, impressions, *bad in found
    ]


def metric_ranges(table: str, days: list[DayFigures]) -> CheckOutcome:
    figures: dict[str, Any] = {name: sum(day.impossible[name] for day in days) for name in IMPOSSIBLE}
    bad = {k: v for k, v in figures.items() if v}
    figures["rows_checked"] = sum(day.rows for day in days)
    return CheckOutcome(not bad, figures, f"impossible metrics in gsc.{table}: {bad}" if bad else "metrics in range")


def reconciliation(days_by_table: dict[str, list[DayFigures]]) -> CheckOutcome:
    """Google's inequalities per (site, date, search type): query-grouped rows miss anonymised queries, so their
    sums never exceed the property totals; likewise query x page never exceeds the page report."""

    def over(part: str, whole: str) -> int:
        totals = {(d.site_url, d.date, d.search_type): d for d in days_by_table.get(whole, [])}
        return sum(
            1
            for d in days_by_table.get(part, [])
            if (t := totals.get((d.site_url, d.date, d.search_type))) is not None
            and (d.clicks > t.clicks or d.impressions > t.impressions)
        )

    figures = {
        "query_over_property": over("query_daily", "property_daily"),
        "query_page_over_page": over("query_page_daily", "page_daily"),
        "days_checked": len(days_by_table.get("property_daily", [])),
    }
    ok = not figures["query_over_property"] and not figures["query_page_over_page"]
    text = "query sums <= property totals; query x page sums <= page sums"
    return CheckOutcome(ok, figures, text if ok else f"reconciliation broken: {figures}")


#: The table whose impressions a sliced day of a table is compared with: the same aggregation, one dimension less
#: (query rows are summed by property like property_daily; query x page rows by page like page_daily).
ROW_CAP_REFERENCE = {"query_daily": "property_daily", "query_page_daily": "page_daily"}


def row_cap(
    days: list[DayFigures], reference_days: list[DayFigures] | None = None, still_capped: Collection[Any] = ()
) -> CheckOutcome:
    """A day with exactly Google's 50,000 rows stopped at the cap (its tail is missing). A day with more was read
    past the cap in slices: it passes, and the share of its reference table's impressions its rows explain is
    reported (`ROW_CAP_REFERENCE`; rows of anonymised queries are never served, so a query table's share stays
    below 1). A sliced day of a partition in `still_capped` (some slice stopped at the cap too) fails like a capped
    one. A day Google's BigQuery export filled has no cap: 50,000 rows there is a count like any other."""

    def stopped(d: DayFigures) -> bool:
        if d.source == "export":
            return False
        return d.rows == DAY_ROW_CAP or (d.rows > DAY_ROW_CAP and (d.site_url, d.date) in still_capped)

    capped = sorted((d for d in days if stopped(d)), key=lambda d: (d.date, d.site_url), reverse=True)
    sliced = [d for d in days if d.rows > DAY_ROW_CAP and not stopped(d)]
    names = [f"{d.site_url} {d.date} {d.search_type}" for d in capped]
    figures: dict[str, Any] = {"capped_days": len(names), "sliced_days": len(sliced)}
    totals = {(d.site_url, d.date, d.search_type): d.impressions for d in reference_days or []}
    shares = [float(d.impressions) / float(t) for d in sliced if (t := totals.get((d.site_url, d.date, d.search_type)))]
    if shares:
        figures["sliced_min_impressions_share"] = round(min(shares), 4)
    text = f"{len(names)} days hit the 50,000-row cap (tail missing): {', '.join(names[:5])}" if names else ""
    done = f"no day stopped at the 50,000-row cap ({len(sliced)} read past it in slices)"
    return CheckOutcome(not names, figures, text or done)


def hours_match_daily(
    hourly_days: list[DayFigures], daily_days: list[DayFigures], final: Collection[tuple[str, dt.date]]
) -> CheckOutcome:
    """Google's hourly property totals of a final day add up to its daily property totals (an impression happens in
    one hour). Only (site, date, search type) loaded final in both tables are compared: a fresh day of either may
    have been fetched at another hour."""
    daily = {(d.site_url, d.date, d.search_type): d for d in daily_days if (d.site_url, d.date) in final}
    compared = [(h, daily[key]) for h in hourly_days if (key := (h.site_url, h.date, h.search_type)) in daily]
    off = [(h, d) for h, d in compared if (h.clicks, h.impressions) != (d.clicks, d.impressions)]
    figures: dict[str, Any] = {"days_compared": len(compared), "days_differing": len(off)}
    if off:
        figures["max_impressions_difference"] = max(abs(h.impressions - d.impressions) for h, d in off)
        names = ", ".join(f"{h.site_url} {h.date} {h.search_type}" for h, _ in off[:5])
        return CheckOutcome(False, figures, f"{len(off)} final days whose hours do not add up to the day: {names}")
    return CheckOutcome(True, figures, f"the hours of {len(compared)} final days add up to their daily totals")


def freshness(conn: psycopg.Connection[Any], *, today: dt.date, max_lag_days: int) -> CheckOutcome:
    rows = conn.execute(_sql.query("check_freshness"), {"hourly": list(HOURLY_TABLES)}).fetchall()
    stale = {site: newest for site, newest in rows if (today - newest).days > max_lag_days}
    figures = {"sites": len(rows), "stale_sites": len(stale)}
    if rows:
        figures["oldest_newest_day"] = min(newest for _, newest in rows).isoformat()
    text = f"no day newer than {max_lag_days} days for: {', '.join(sorted(stale))}" if stale else "all sites fresh"
    return CheckOutcome(not stale, figures, text)


def lifetime_totals(conn: psycopg.Connection[Any], lifetime: str, *, sample_percent: float) -> CheckOutcome:
    """Lifetime rows equal the sum of their daily rows (plus deltas not yet consumed), on a sample of keys."""
    kind, daily, keys = LIFETIME_TABLES[lifetime]
    ids = sql.SQL(", ").join(map(sql.Identifier, keys))
    parts = {
        "keys": ids,
        "daily_keys": sql.SQL(", ").join(sql.Identifier("d", k) for k in keys),
        "lifetime": _table(lifetime),
        "daily": _table(daily),
    }
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        # Every join here is between large sets on many columns. Right after a load, before autovacuum analysed
        # the new rows, Postgres estimates one row for the sampled daily sums and re-aggregates them once per
        # sampled key in a nested loop: 300 s instead of 0.1 s in a test. Hash joins are right whatever the counts.
        conn.execute("SET LOCAL enable_nestloop = off")
        figures = _fetch_dict(
            conn, _sql.template("check_lifetime_totals", **parts), {"percent": sample_percent, "kind": kind}
        )
        if sample_percent >= 100:
            missing = _fetch_dict(
                conn,
                _sql.template(
                    "check_lifetime_missing",
                    keys=ids,
                    daily=_table(daily),
                    lifetime=_table(lifetime),
                    l_keys=sql.SQL(", ").join(sql.Identifier("l", k) for k in keys),
                    d_keys=sql.SQL(", ").join(sql.Identifier("d", k) for k in keys),
                    p_keys=sql.SQL(", ").join(sql.Identifier("p", k) for k in keys),
                ),
                {"kind": kind},
            )
            figures.update(missing)
    ok = not figures["mismatched"] and not figures.get("missing")
    text = f"gsc.{lifetime} equals the daily rows ({figures['checked']} keys checked)"
    return CheckOutcome(ok, figures, text if ok else f"gsc.{lifetime} disagrees with gsc.{daily}: {figures}")


def lifetime_ranges(conn: psycopg.Connection[Any], lifetime: str) -> CheckOutcome:
    figures = _fetch_dict(conn, _sql.template("check_lifetime_ranges", lifetime=_table(lifetime)), {})
    bad = {k: v for k, v in figures.items() if k != "rows_checked" and v}
    return CheckOutcome(not bad, figures, f"impossible values: {bad}" if bad else "no impossible values")
