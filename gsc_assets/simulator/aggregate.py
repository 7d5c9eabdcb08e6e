"""Pure aggregation of columnar rows: group, collapse by property, cap per day, order.

Kept free of HTTP and of data generation so property tests can drive it with arbitrary rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._rows import Rows, make_rows

#: API dimension -> the row columns that identify it (an hour is only unique together with its day).
DIMENSION_COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("day",),
    "hour": ("day", "hour"),
    "query": ("query",),
    "page": ("page",),
    "country": ("country",),
    "device": ("device",),
    "searchAppearance": ("appearance",),
}


@dataclass(frozen=True)
class Aggregated:
    """Groups in API order (clicks desc, impressions desc, keys asc); ``codes`` per grouped column."""

    columns: tuple[str, ...]
    codes: dict[str, np.ndarray]
    clicks: np.ndarray
    impressions: np.ndarray
    possum: np.ndarray

    def __len__(self) -> int:
        return int(self.clicks.shape[0])

    @property
    def ctr(self) -> np.ndarray:
        return self.clicks / np.maximum(self.impressions, 1)

    @property
    def position(self) -> np.ndarray:
        return self.possum / np.maximum(self.impressions, 1)


def columns_for(dimensions: tuple[str, ...]) -> tuple[str, ...]:
    cols: list[str] = []
    for dim in dimensions:
        for col in DIMENSION_COLUMNS[dim]:
            if col not in cols:
                cols.append(col)
    return tuple(cols)


def _factorize(rows: Rows, columns: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, int]:
    """Group ids in lexicographic order of the columns' codes; returns (inverse, first row per group, count)."""
    n = len(rows)
    if not columns:
        return np.zeros(n, dtype=np.int64), np.zeros(min(n, 1), dtype=np.int64), min(n, 1)
    key = np.zeros(n, dtype=np.int64)
    span = 1
    for col in columns:
        values = getattr(rows, col)
        uniq, inv = np.unique(values, return_inverse=True)
        size = max(len(uniq), 1)
        if span * size >= 2**62:  # re-densify before the mixed-radix key could overflow
            _, key = np.unique(key, return_inverse=True)
            span = int(key.max()) + 1 if n else 1
        key = key * size + inv
        span *= size
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse.reshape(-1), first, len(first)


def group(rows: Rows, columns: tuple[str, ...]) -> Aggregated:
    """Sum clicks, impressions and position*impressions per distinct combination of ``columns`` (key order)."""
    inverse, first, count = _factorize(rows, columns)
    clicks = np.bincount(inverse, weights=rows.clicks, minlength=count).astype(np.int64)
    impressions = np.bincount(inverse, weights=rows.impressions, minlength=count).astype(np.int64)
    possum = np.bincount(inverse, weights=rows.possum, minlength=count)
    codes = {col: getattr(rows, col)[first] for col in columns}
    return Aggregated(columns, codes, clicks, impressions, possum)


def collapse_by_property(rows: Rows, *, keep_appearance: bool = False) -> Rows:
    """Count a result once per (query, country, device) however many pages showed it.

    clicks are summed (a click lands on one page), impressions are the most any single page had (never fewer
    than the clicks), position is the best page's position. So byPage sums >= byProperty sums.
    """
    if len(rows) == 0:
        return rows
    cols = ("day", "hour", "query", "country", "device") + (("appearance",) if keep_appearance else ())
    inverse, first, count = _factorize(rows, cols)
    order = np.argsort(inverse, kind="stable")
    starts = np.searchsorted(inverse[order], np.arange(count))
    clicks = np.add.reduceat(rows.clicks[order], starts)
    impressions = np.maximum(np.maximum.reduceat(rows.impressions[order], starts), clicks)
    position = np.minimum.reduceat((rows.possum / rows.impressions)[order], starts)
    return make_rows(
        day=rows.day[first],
        hour=rows.hour[first],
        query=rows.query[first],
        page=np.full(count, -1),
        country=rows.country[first],
        device=rows.device[first],
        appearance=rows.appearance[first] if keep_appearance else np.full(count, -1),
        clicks=clicks,
        impressions=impressions,
        possum=position * impressions,
    )


def api_order(agg: Aggregated) -> np.ndarray:
    """Clicks desc, impressions desc, then group key (already lexicographic) asc: stable across calls."""
    return np.lexsort((np.arange(len(agg)), -agg.impressions, -agg.clicks))


def take(agg: Aggregated, index: np.ndarray) -> Aggregated:
    """The groups at ``index`` (a reordering or a selection)."""
    return Aggregated(
        agg.columns,
        {col: codes[index] for col, codes in agg.codes.items()},
        agg.clicks[index],
        agg.impressions[index],
        agg.possum[index],
    )


def _cap_mask(days: np.ndarray, cap: int) -> np.ndarray:
    """For groups already in API order: True for the first ``cap`` of each day."""
    idx = np.argsort(days, kind="stable")
    sorted_days = days[idx]
    starts = np.r_[0, np.flatnonzero(sorted_days[1:] != sorted_days[:-1]) + 1]
    counts = np.diff(np.r_[starts, len(days)])
    rank_sorted = np.arange(len(days)) - np.repeat(starts, counts)
    rank = np.empty_like(rank_sorted)
    rank[idx] = rank_sorted
    return rank < cap


def aggregate(rows: Rows, dimensions: tuple[str, ...], cap: int) -> Aggregated:
    """Group by the requested dimensions, keep the top ``cap`` groups per day, merge days, order as the API."""
    wanted = columns_for(dimensions)
    with_day = wanted if "day" in wanted else wanted + ("day",)
    per_day = group(rows, with_day)
    ordered = take(per_day, api_order(per_day))
    if len(ordered):
        keep = _cap_mask(ordered.codes["day"], cap)
        if not keep.all():
            ordered = take(ordered, keep)
    if with_day != wanted:
        if len(np.unique(ordered.codes["day"])) <= 1:
            codes = {col: ordered.codes[col] for col in wanted}
            return Aggregated(wanted, codes, ordered.clicks, ordered.impressions, ordered.possum)
        merged = group(_as_rows(ordered), wanted)
        return take(merged, api_order(merged))
    return ordered


def chronological(agg: Aggregated) -> Aggregated:
    """Time-only groupings (date and/or hour) come back oldest first, as Google's own samples show."""
    hours = agg.codes.get("hour", np.zeros(len(agg), dtype=np.int16))
    return take(agg, np.lexsort((hours, agg.codes["day"])))


def _as_rows(agg: Aggregated) -> Rows:
    n = len(agg)
    zeros = np.zeros(n, dtype=np.int64)
    cols = {name: agg.codes.get(name, zeros) for name in ("day", "hour", "query", "page", "country", "device")}
    return make_rows(
        **cols,
        appearance=agg.codes.get("appearance", zeros),
        clicks=agg.clicks,
        impressions=agg.impressions,
        possum=agg.possum,
    )
