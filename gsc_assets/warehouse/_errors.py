"""Errors raised by the warehouse.

Every message is one line and names what it is about (site, date, table) and the problem::

    WarehouseError                  any failure of the warehouse layer
     ├── ValidationError            input rejected before anything was written
     ├── SchemaError                a table or migration does not match what the code expects
     ├── StagingError               a landing file is missing, unreadable or inconsistent
     └── DatabaseError              Postgres failed or the connection was lost (the transaction was rolled back)

Foreign exceptions (psycopg, DuckDB, OS errors) are mapped in one place each, with ``raise ... from exc``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

__all__ = ["DatabaseError", "SchemaError", "StagingError", "ValidationError", "WarehouseError"]


class WarehouseError(Exception):
    """Root of the warehouse errors."""


class ValidationError(WarehouseError):
    """Rows failed a check before loading; nothing was written."""


class SchemaError(WarehouseError):
    """The database schema or a table spec is not what the code expects."""


class StagingError(WarehouseError):
    """A staged partition cannot be written or read back."""


class NothingStaged(StagingError):
    """No staged partition where one was listed: another run over it may have loaded and discarded it since."""


class DatabaseError(WarehouseError):
    """Postgres reported an error or the connection broke; the transaction did not commit."""


def one_line(text: object) -> str:
    """Collapse a foreign error message to one line."""
    return " ".join(str(text).split())


# How long the warehouse and the quota store wait for a database that went away (a restart, a failover) before a
# load or a quota request fails: a restart takes seconds; a database down for longer fails the partitions in one line.
RECONNECT_S = 30.0


def reconnect_waits(budget_s: float = RECONNECT_S) -> Iterator[float | None]:
    """The pauses between attempts while a server comes back: 0.5 s doubling up to 5 s, then None (give up) once the
    next pause would end more than `budget_s` after this call (made before the first attempt). Ask for the next
    one after an attempt fails."""
    deadline = time.monotonic() + budget_s

    def pauses() -> Iterator[float | None]:
        delay = 0.5
        while time.monotonic() + delay <= deadline:
            yield delay
            delay = min(2 * delay, 5.0)
        while True:
            yield None

    return pauses()


def connection_lost(exc: BaseException | None) -> bool:
    """Whether `exc` (or its cause) says the server went away, not that the statement was wrong: no SQLSTATE (the
    connection failed or broke), class 08 (connection exception) or class 57 (shut down, starting up)."""
    import psycopg

    while exc is not None and not isinstance(exc, psycopg.Error):
        exc = exc.__cause__
    if not isinstance(exc, psycopg.OperationalError):
        return False
    state = exc.sqlstate
    return state is None or state[:2] in ("08", "57")


def while_the_server_comes_back(call: Callable[[], T], *, lost: Callable[[BaseException], bool] = connection_lost) -> T:
    """`call()`, done again after the pauses of `reconnect_waits` for as long as it fails because the server went
    away (`lost`); any other failure, or one past the budget, is raised as it came."""
    waits = reconnect_waits()
    while True:
        try:
            return call()
        except Exception as exc:
            if not lost(exc) or (delay := next(waits)) is None:
                raise
            time.sleep(delay)
