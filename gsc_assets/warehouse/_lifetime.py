"""Lifetime statistics: incremental refresh from gsc.lifetime_delta, or a full rebuild from the daily tables.

Why this is exact: every load records, in its own transaction, the rows it removed (negative) and inserted
(positive) for query_page_daily and page_daily. A refresh deletes the delta rows it consumes, inside one
REPEATABLE READ transaction, so it applies exactly the loads its snapshot sees — in any commit order — and the
daily tables it reads for first/last-seen edges are in that same state.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

import psycopg
from psycopg import sql

from gsc_assets.faults import kill_point

from . import _sql
from ._specs import LIFETIME_SOURCES, LIFETIME_TABLES, SCHEMA

__all__ = ["refresh"]


def _match(left: str, right: str, columns: tuple[str, ...]) -> sql.Composable:
    return sql.SQL(" AND ").join(
        sql.SQL("{} = {}").format(sql.Identifier(left, c), sql.Identifier(right, c)) for c in columns
    )


def _daily_exists(conn: psycopg.Connection[Any], daily: str) -> bool:
    row = conn.execute(_sql.query("partition_exists"), [f"{SCHEMA}.{daily}"]).fetchone()
    return row is not None and row[0] is not None


def refresh(conn: psycopg.Connection[Any], *, full: bool, tables: Collection[str] | None = None) -> dict[str, Any]:
    """Run one refresh on an autocommit connection that the caller owns; `tables` (lifetime table names, default
    all) limits it to those tables and their deltas."""
    started = time.perf_counter()
    sources = {
        daily: source
        for daily, source in LIFETIME_SOURCES.items()
        if tables is None or LIFETIME_TABLES[daily] in tables
    }
    kinds = {"kinds": [kind for kind, _ in sources.values()]}
    figures: dict[str, Any] = {"full": full, "deltas_consumed": 0, "keys_touched": {}}
    conn.execute(_sql.query("lifetime_lock"))
    previous = conn.isolation_level
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        with conn.transaction():
            if full:
                figures["deltas_consumed"] = conn.execute(_sql.query("lifetime_discard"), kinds).rowcount
            else:
                conn.execute(_sql.query("lifetime_batch"))
                figures["deltas_consumed"] = conn.execute(_sql.query("lifetime_consume"), kinds).rowcount
            for daily, (kind, keys) in sources.items():
                lifetime = LIFETIME_TABLES[daily]
                if not _daily_exists(conn, daily):
                    continue
                parts: dict[str, sql.Composable] = {
                    "lifetime": sql.Identifier(SCHEMA, lifetime),
                    "daily": sql.Identifier(SCHEMA, daily),
                    "keys": sql.SQL(", ").join(map(sql.Identifier, keys)),
                    "kind": sql.Literal(kind),
                    "days": sql.Identifier(f"lifetime_days_{kind}"),
                    "touched": sql.Identifier(f"lifetime_touched_{kind}"),
                    "d_keys": sql.SQL(", ").join(sql.Identifier("d", c) for c in keys),
                    "k_keys": sql.SQL(", ").join(sql.Identifier("k", c) for c in keys),
                }
                key_match = ("site_url", "search_type", *keys)
                if full:
                    conn.execute(_sql.template("lifetime_truncate", **parts))
                    touched = conn.execute(_sql.template("lifetime_rebuild", **parts)).rowcount
                else:
                    conn.execute(_sql.template("lifetime_days", **parts))
                    conn.execute(_sql.template("lifetime_keys", **parts))
                    touched = conn.execute(_sql.template("lifetime_upsert", **parts)).rowcount
                    lost = conn.execute(_sql.template("lifetime_lost_days", **parts)).fetchone()
                    if lost and lost[0]:
                        # Only a key that lost a day can lose an edge; only then is the daily table read.
                        conn.execute(
                            _sql.template(
                                "lifetime_bounds",
                                **parts,
                                d_match=_match("d", "k", key_match),
                                t_match=_match("t", "b", key_match),
                            )
                        )
                    conn.execute(_sql.template("lifetime_prune", **parts, t_match=_match("t", "b", key_match)))
                figures["keys_touched"][lifetime] = touched
                kill_point("lifetime_refresh")  # deltas consumed, a table upserted, nothing committed
    finally:
        conn.isolation_level = previous
        if not conn.broken:
            conn.execute(_sql.query("lifetime_unlock"))
    figures["seconds"] = time.perf_counter() - started
    return figures
