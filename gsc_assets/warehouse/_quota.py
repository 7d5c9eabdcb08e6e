"""A request budget shared by every process that talks to one Postgres: the client's QuotaStore, in SQL.

Each grant is a row stamped with the server clock (``clock_timestamp()`` after the bucket locks are held), so
grants are totally ordered per bucket and any sliding window of ``window_s`` seconds holds at most ``limit``
slots across all processes. A grant is a lease on a window, not a lock: a process that dies simply stops
asking, and what it took ages out after one window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from types import TracebackType
from typing import Any

import psycopg

from . import _sql
from ._errors import DatabaseError, connection_lost, one_line, reconnect_waits

__all__ = ["PostgresQuotaStore"]


class PostgresQuotaStore:
    """Implements the client's ``QuotaStore`` protocol on Postgres (needs ``Warehouse.migrate()`` first).

    One async connection per event loop, opened on first use; close it with :meth:`aclose` or ``async with``.
    A bucket's window must be the same for every caller (older grants are pruned with the window asked).
    """

    def __init__(self, dsn: str, *, application_name: str = "gsc-assets-quota") -> None:
        self._dsn = dsn
        self._application_name = application_name
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock: asyncio.Lock | None = None

    async def __aenter__(self) -> PostgresQuotaStore:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and asyncio.get_running_loop() is self._loop:
            await conn.close()

    async def _connection(self) -> tuple[psycopg.AsyncConnection[Any], asyncio.Lock]:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._lock is None:
            # A new event loop (e.g. another asyncio.run): the old connection belongs to the old loop.
            self._conn, self._loop, self._lock = None, loop, asyncio.Lock()
        if self._conn is None or self._conn.closed or self._conn.broken:
            # A server restarting refuses connections for a few seconds: wait for it (RECONNECT_S), then give up.
            waits = reconnect_waits()
            while True:
                try:
                    self._conn = await psycopg.AsyncConnection.connect(
                        self._dsn, autocommit=True, application_name=self._application_name
                    )
                    break
                except psycopg.Error as exc:
                    if not connection_lost(exc) or (delay := next(waits)) is None:
                        raise DatabaseError(f"quota store: cannot connect: {one_line(exc)}") from exc
                    await asyncio.sleep(delay)
        return self._conn, self._lock

    async def take(self, buckets: Sequence[tuple[str, int]], want: int, window_s: float) -> tuple[int, float]:
        """Reserve up to ``want`` slots in every bucket at once; return (granted, seconds to wait before more).

        ``buckets`` are (key, limit per window). granted == 0 means wait ``wait_s`` and ask again.
        """
        if want <= 0 or not buckets:
            return max(want, 0), 0.0
        params = {
            "buckets": [key for key, _ in buckets],
            "limits": [int(limit) for _, limit in buckets],
            "want": int(want),
            "window_s": float(window_s),
        }
        row = await self._run(_sql.query("quota_take"), params, what="take")
        assert row is not None
        return int(row[0]), float(row[1])

    async def pause(self, buckets: Sequence[str], seconds: float) -> None:
        """Hold every taker of these buckets off for ``seconds`` (e.g. after a 429 with Retry-After)."""
        if not buckets or seconds <= 0:
            return
        await self._run(_sql.query("quota_pause"), {"buckets": list(buckets), "seconds": float(seconds)}, what="pause")

    async def _run(self, query: Any, params: dict[str, Any], *, what: str) -> tuple[Any, ...] | None:
        for attempt in (1, 2):
            conn, lock = await self._connection()
            try:
                async with lock:
                    cur = await conn.execute(query, params)
                    return await cur.fetchone() if cur.description else None
            except psycopg.OperationalError as exc:
                # One reconnect: a server restart or idle timeout should not fail a sync.
                if attempt == 2 or not conn.broken:
                    raise DatabaseError(f"quota store {what} failed: {one_line(exc)}") from exc
            except psycopg.Error as exc:
                raise DatabaseError(f"quota store {what} failed: {one_line(exc)}") from exc
        return None
