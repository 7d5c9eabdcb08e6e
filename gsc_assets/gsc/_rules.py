"""Google's rules for a searchAnalytics.query body, as the planner must follow them (no Dagster, no simulator).

Each rule names its public source. The simulator enforces the same rules from its own table
(`gsc_assets/simulator/query.py`), written separately on purpose; a test checks that the two agree, so neither
side can drift into accepting what Google refuses. docs/GOOGLE_API.md lists every rule with its test.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "ALL_DEVICES",
    "DEVICES",
    "LAST_PAGE_ROWS",
    "ROW_LIMIT",
    "ROWS_PER_DAY_CAP",
    "batch_path",
    "planned_aggregation",
    "planned_dimensions",
    "OTHER_QPM_PER_USER",
    "refusal",
    "sliceable",
]

#: Largest page Google serves (searchAnalytics.query reference: rowLimit "Valid range is 1-25,000").
ROW_LIMIT = 25_000
#: Google's guide "Getting your performance data": the method "exposes a maximum of 50K rows of data per day per
#: search type". A one-day request therefore has no row past 50,000: paging stops there without an empty page.
ROWS_PER_DAY_CAP = 50_000
#: Google's Usage Limits page: every resource other than Search Analytics and URL inspection (sites.list,
#: sitemaps.list, ...) allows 200 queries per minute per user (and 20 per second), on a budget of its own.
OTHER_QPM_PER_USER = 200
#: Google's guide pages "until you reach the last page (a response with 0 rows)": a short page is not the end.
LAST_PAGE_ROWS = 0

#: Types that refuse the query dimension and query filters. Sources: airbytehq/airbyte PR 27952 (found against the
#: live API: "googleNews cannot be used with query dimension"), singer-io/tap-google-search-console PR 39 ("Query is
#: an invalid argument while grouping data for discover and googleNews").
NO_QUERY_TYPES = frozenset({"discover", "googleNews"})
#: Types that refuse the device dimension. Sources: airbyte PR 27952 ("discover cannot be used with device
#: dimension"), singer tap PR 39 ("Requests for Discover cannot be grouped by device"). A device *filter* on
#: Discover is not covered by either source; the planner never sends one (`ReportSpec.refusal_for`), because the rows
#: would be stored as covering all devices.
NO_DEVICE_TYPES = frozenset({"discover"})
#: Types that refuse aggregationType byProperty; send auto instead. Source: airbyte PR 27952 ("googleNews cannot be
#: used ... with QueryAggregationType.by_property").
NO_BY_PROPERTY_TYPES = frozenset({"googleNews"})
#: Dimensions that must be the only grouping dimension. Source: Google's guide "Getting your performance data",
#: search appearance section: a two-step process (group by searchAppearance alone, then filter by one appearance).
SOLE_DIMENSIONS = frozenset({"searchAppearance"})

#: Stored in the `device` column when Google cannot break a row down by device (Discover): the row covers all
#: devices. Google's own values are DESKTOP, MOBILE and TABLET, so the marker never collides with one of them.
ALL_DEVICES = "ALL"

#: Google's device values (the `device` dimension's rows; the discovery document's DeviceFilter).
DEVICES = ("DESKTOP", "MOBILE", "TABLET")


def sliceable(dimensions: Sequence[str], search_type: str, filter_dimensions: Iterable[str] = ()) -> bool:
    """Whether a capped day of a report can be re-asked in disjoint device (and country) slices: device must be a
    key column (so slices never overlap) and a filter Google accepts for the type (not Discover), the report must
    not filter by device already, and it must not be hourly (Google asks for hourly_all with the hour dimension,
    which a slice's country listing would not have)."""
    planned = planned_dimensions(dimensions, search_type)
    return "device" in planned and "hour" not in planned and "device" not in set(filter_dimensions)


#: Host -> batch path. searchconsole.googleapis.com: its discovery document's `batchPath` is "batch";
#: www.googleapis.com (the older webmasters v3 service): "batch/webmasters/v3".
_BATCH_PATHS = {"www.googleapis.com": "/batch/webmasters/v3"}
DEFAULT_BATCH_PATH = "/batch"


def refusal(
    *,
    dimensions: Sequence[str],
    search_type: str,
    aggregation_type: str = "auto",
    filter_dimensions: Iterable[str] = (),
) -> str | None:
    """Why Google answers 400 to this combination, or None if it accepts it (as far as the sources say)."""
    dims = set(dimensions)
    filtered = set(filter_dimensions)
    if search_type in NO_QUERY_TYPES and "query" in dims | filtered:
        return f"Google refuses search type {search_type} with the query dimension or a query filter"
    if search_type in NO_DEVICE_TYPES and "device" in dims:
        return f"Google refuses search type {search_type} with the device dimension"
    if search_type in NO_BY_PROPERTY_TYPES and aggregation_type == "byProperty":
        return f"Google refuses search type {search_type} with aggregationType byProperty (send auto)"
    for sole in SOLE_DIMENSIONS & dims:
        if len(dims) > 1:
            return f"{sole} must be the only grouping dimension"
    if aggregation_type == "byProperty" and "page" in dims | filtered:
        return "aggregationType byProperty refuses page grouping and page filters"
    return None


def planned_dimensions(dimensions: Sequence[str], search_type: str) -> tuple[str, ...]:
    """The report's dimensions as sent for `search_type`: device is dropped where Google refuses it (the rows
    then carry ALL_DEVICES). Other refused dimensions are not dropped: the planner skips that type instead."""
    if search_type in NO_DEVICE_TYPES:
        return tuple(d for d in dimensions if d != "device")
    return tuple(dimensions)


def planned_aggregation(aggregation_type: str, search_type: str) -> str:
    """byProperty where the type refuses it becomes auto, Google's default. What Google News then aggregates by is
    not documented (our simulator answers by page): its property_daily rows are Google's `auto` totals."""
    if aggregation_type == "byProperty" and search_type in NO_BY_PROPERTY_TYPES:
        return "auto"
    return aggregation_type


def batch_path(api_base_url: str) -> str:
    """The batch endpoint that belongs to the configured API host."""
    from urllib.parse import urlsplit

    host = (urlsplit(api_base_url).hostname or "").lower()
    return _BATCH_PATHS.get(host, DEFAULT_BATCH_PATH)
