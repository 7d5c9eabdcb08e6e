"""What the tests that run `gsc-assets sync` in its own process share: its environment, and the two views of the
warehouse they judge it by (tables against the ledger in one snapshot; per-day digests to compare two databases)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import psycopg

TABLES = ("property_daily", "page_daily", "query_daily", "query_page_daily", "appearance_daily")


def sync_env(sim: Any, database_url: str, workdir: Path, **extra: str) -> dict[str, str]:
    """This process's environment without any GSC_ setting, pointed at `sim`, `database_url` and `workdir`."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("GSC_")},
        "GSC_API_BASE_URL": sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
        "GSC_DATABASE_URL": database_url,
        "GSC_STAGING_DIR": str(workdir / "staging"),
        "DAGSTER_HOME": str(workdir / "dagster_home"),
        "GSC_START_DATE": "2026-10-01",
        **extra,
    }


_MISMATCH = """
WITH ledger AS (SELECT site_url, date, report, sum(rows) AS rows FROM gsc.load_ledger GROUP BY 1, 2, 3),
tables AS ({counts})
SELECT count(*) FROM tables FULL JOIN ledger USING (site_url, date, report)
WHERE coalesce(tables.rows, 0) <> coalesce(ledger.rows, 0)
""".format(
    counts=" UNION ALL ".join(
        f"SELECT site_url, date, '{t}' AS report, count(*) AS rows FROM gsc.{t} GROUP BY 1, 2" for t in TABLES
    )
)


def mismatches(conn: psycopg.Connection) -> int:
    """Partitions whose rows in some table disagree with the ledger, in one snapshot (an autocommit connection)."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        try:
            return conn.execute(_MISMATCH).fetchone()[0]
        except psycopg.errors.UndefinedTable:
            return 0  # the very first sync has not created the tables yet


def digest(url: str, start: dt.date, end: dt.date) -> dict[str, list[tuple]]:
    """Per table, site, day and search type: rows, clicks, impressions."""
    with psycopg.connect(url) as conn:
        return {
            t: conn.execute(
                f"SELECT site_url, date, search_type, count(*), sum(clicks), sum(impressions) FROM gsc.{t} "  # noqa: S608
                "WHERE date BETWEEN %s AND %s GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
                (start, end),
            ).fetchall()
            for t in TABLES
        }
