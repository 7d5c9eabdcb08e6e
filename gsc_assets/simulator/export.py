"""Google's BigQuery bulk export of a simulated site: the export's three tables, field by field, and their rows
for a day, built from the simulator's own uncapped answers so that the export and the API agree as Google's do.

A test or a user loads these rows into a BigQuery emulator and points GSC_EXPORT_DATASETS at it. The rows are as
the export states them: the site table per (query, country, device) with the property's top position, the URL
table per (query, URL, country, device) with the URL's position, both as zero-based sums over impressions, and
the impressions of anonymised queries in rows flagged is_anonymized_query with no query text (one per country
and device, or per URL, country and device). Search results only (web, image, video, news): the export's Discover
and Google News rows (URL table, no device or position for them) are not simulated.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "EXPORT_LOG_FIELDS",
    "site_directory_name",
    "write_export",
    "SEARCH_RESULT_TYPES",
    "SITE_IMPRESSION_FIELDS",
    "URL_IMPRESSION_FIELDS",
    "export_log_rows",
    "export_rows",
]

#: searchdata_site_impression as exported (name, BigQuery type); every field NULLABLE.
SITE_IMPRESSION_FIELDS: tuple[tuple[str, str], ...] = (
    ("data_date", "DATE"),
    ("site_url", "STRING"),
    ("query", "STRING"),
    ("is_anonymized_query", "BOOLEAN"),
    ("country", "STRING"),
    ("search_type", "STRING"),
    ("device", "STRING"),
    ("impressions", "INTEGER"),
    ("clicks", "INTEGER"),
    ("sum_top_position", "INTEGER"),
)
#: The URL table's search appearance flags, in the export's order.
APPEARANCE_FLAGS: tuple[str, ...] = (
    "is_amp_top_stories",
    "is_amp_blue_link",
    "is_job_listing",
    "is_job_details",
    "is_tpf_qa",
    "is_tpf_faq",
    "is_tpf_howto",
    "is_weblite",
    "is_action",
    "is_events_listing",
    "is_events_details",
    "is_search_appearance_android_app",
    "is_amp_story",
    "is_amp_image_result",
    "is_video",
    "is_organic_shopping",
    "is_review_snippet",
    "is_special_announcement",
    "is_recipe_feature",
    "is_recipe_rich_snippet",
    "is_subscribed_content",
    "is_page_experience",
    "is_practice_problems",
    "is_math_solvers",
    "is_translated_result",
    "is_edu_q_and_a",
    "is_product_snippets",
    "is_merchant_listings",
    "is_learning_videos",
)
#: searchdata_url_impression as exported; every field NULLABLE.
URL_IMPRESSION_FIELDS: tuple[tuple[str, str], ...] = (
    ("data_date", "DATE"),
    ("site_url", "STRING"),
    ("url", "STRING"),
    ("query", "STRING"),
    ("is_anonymized_query", "BOOLEAN"),
    ("is_anonymized_discover", "BOOLEAN"),
    ("country", "STRING"),
    ("search_type", "STRING"),
    ("device", "STRING"),
    *((flag, "BOOLEAN") for flag in APPEARANCE_FLAGS),
    ("impressions", "INTEGER"),
    ("clicks", "INTEGER"),
    ("sum_position", "INTEGER"),
)
#: ExportLog: one row per successful export of a table (namespace) for a day. It has no site column.
EXPORT_LOG_FIELDS: tuple[tuple[str, str], ...] = (
    ("agenda", "STRING"),
    ("namespace", "STRING"),
    ("data_date", "DATE"),
    ("epoch_version", "INTEGER"),
    ("publish_time", "TIMESTAMP"),
)
SEARCH_RESULT_TYPES = ("web", "image", "video", "news")
_EXPORT_TYPE = {"web": "WEB", "image": "IMAGE", "video": "VIDEO", "news": "NEWS"}

Truth = Callable[..., dict[str, Any]]


def export_rows(
    truth: Truth, site: str, day: dt.date, search_types: Iterable[str] = SEARCH_RESULT_TYPES
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(site table rows, URL table rows) of one day, as JSON-ready dicts. `truth` is `SimulatorServer.truth`."""
    site_rows: list[dict[str, Any]] = []
    url_rows: list[dict[str, Any]] = []
    for search_type in search_types:
        if search_type not in _EXPORT_TYPE:
            raise ValueError(f"the simulated export has search results only, not {search_type!r}")

        def answer(dimensions: str, aggregation: str, search_type: str = search_type) -> list[dict[str, Any]]:
            return truth(
                site=site, date=day.isoformat(), dimensions=dimensions, type=search_type,
                aggregationType=aggregation, uncapped=1,
            )["rows"]  # fmt: skip

        common = {"data_date": day.isoformat(), "site_url": site, "search_type": _EXPORT_TYPE[search_type]}
        site_rows += _with_remainder(
            answer("query,country,device", "byProperty"),
            answer("country,device", "byProperty"),
            key_names=("query", "country", "device"),
            common=common,
            position_field="sum_top_position",
        )
        url_rows += _with_remainder(
            answer("query,page,country,device", "byPage"),
            answer("page,country,device", "byPage"),
            key_names=("query", "url", "country", "device"),
            common={**common, "is_anonymized_discover": False, **dict.fromkeys(APPEARANCE_FLAGS, False)},
            position_field="sum_position",
        )
    return site_rows, url_rows


def export_log_rows(days: Iterable[dt.date], published: dt.datetime) -> list[dict[str, Any]]:
    """ExportLog's rows for days whose two tables were exported."""
    return [
        {
            "agenda": "SEARCHDATA",
            "namespace": namespace,
            "data_date": day.isoformat(),
            "epoch_version": 0,
            "publish_time": published.isoformat(),
        }
        for day in days
        for namespace in ("SEARCHDATA_SITE_IMPRESSION", "SEARCHDATA_URL_IMPRESSION")
    ]


def _zero_based_sum(row: dict[str, Any]) -> float:
    return (float(row["position"]) - 1.0) * int(row["impressions"])


def _with_remainder(
    detail: list[dict[str, Any]],
    totals: list[dict[str, Any]],
    *,
    key_names: tuple[str, ...],
    common: dict[str, Any],
    position_field: str,
) -> list[dict[str, Any]]:
    """The query rows, then per group of the totals (the query rows' keys without the query) one anonymised row
    holding what the totals count beyond the query rows. Its position sum also takes up the rounding of the other
    rows' sums to integers, so the group's summed position is the totals' own (to within half a position)."""
    rows: list[dict[str, Any]] = []
    left: dict[tuple[str, ...], list[float]] = {
        tuple(row["keys"]): [row["clicks"], row["impressions"], _zero_based_sum(row)] for row in totals
    }
    for row in detail:
        query, *group = row["keys"]
        position_sum = round(_zero_based_sum(row))
        rows.append(
            {
                **common,
                **dict(zip(key_names, row["keys"], strict=True)),
                "is_anonymized_query": False,
                "impressions": row["impressions"],
                "clicks": row["clicks"],
                position_field: position_sum,
            }
        )
        remaining = left[tuple(group)]
        remaining[0] -= row["clicks"]
        remaining[1] -= row["impressions"]
        remaining[2] -= position_sum
    for group, (clicks, impressions, position_sum) in left.items():
        if impressions <= 0:
            continue
        rows.append(
            {
                **common,
                **dict(zip(key_names[1:], group, strict=True)),
                "query": None,
                "is_anonymized_query": True,
                "impressions": int(impressions),
                "clicks": int(clicks),
                position_field: max(0, round(position_sum)),
            }
        )
    return rows


def write_export(
    truth: Truth, site: str, days: Iterable[dt.date], directory: Path, *, published: dt.datetime
) -> dict[str, int]:
    """Write a site's export of `days` as newline-delimited JSON, one file per table, with each table's schema in
    `bq load`'s JSON form beside it (`<table>.schema.json`): what a user loads into BigQuery, or an emulator, to try
    a pipeline against an export that agrees with the simulator's API. Returns the rows written per table."""
    directory.mkdir(parents=True, exist_ok=True)
    days = list(days)
    tables = {
        "searchdata_site_impression": SITE_IMPRESSION_FIELDS,
        "searchdata_url_impression": URL_IMPRESSION_FIELDS,
        "ExportLog": EXPORT_LOG_FIELDS,
    }
    for table, fields in tables.items():
        schema = [{"name": name, "type": kind, "mode": "NULLABLE"} for name, kind in fields]
        (directory / f"{table}.schema.json").write_text(json.dumps(schema, indent=1) + "\n")
    written = dict.fromkeys(tables, 0)
    files = {table: (directory / f"{table}.ndjson").open("w", encoding="utf-8") for table in tables}
    try:
        for day in days:
            site_rows, url_rows = export_rows(truth, site, day)
            for table, rows in (("searchdata_site_impression", site_rows), ("searchdata_url_impression", url_rows)):
                files[table].writelines(json.dumps(row) + "\n" for row in rows)
                written[table] += len(rows)
        log = export_log_rows(days, published)
        files["ExportLog"].writelines(json.dumps(row) + "\n" for row in log)
        written["ExportLog"] = len(log)
    finally:
        for handle in files.values():
            handle.close()
    return written


def site_directory_name(site: str) -> str:
    """A directory name for a property: `sc-domain:example.com` -> `sc-domain_example.com`."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", site).strip("_")
