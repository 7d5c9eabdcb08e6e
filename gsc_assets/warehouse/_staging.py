"""Landing files per partition, so a failed load is retried from disk and never re-fetched.

Layout under the staging directory (``GSC_STAGING_DIR``)::

    <site url, percent-encoded>/<YYYY-MM-DD>/manifest.json
    <site url, percent-encoded>/<YYYY-MM-DD>/<table>-<token>.parquet

Every file is written under a temporary name, fsynced and renamed into place; the manifest goes last, so a
partition is pending exactly when its manifest exists, and the manifest names the files that belong to it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .. import model
from ._errors import NothingStaged, StagingError, one_line
from ._specs import DATA_STATES, TIMESTAMP_KEYS, TableSpec

# A folder name must stay under the file system's 255 bytes; a site URL may be 2,000 characters (Google allows long
# URL-prefix properties). Longer names keep a readable prefix, "~" and a hash of the whole URL; `pending` reads the
# site of any folder whose name holds "~" from its manifest.
MAX_DIR_NAME = 200
HASHED_MARK = "~"


def site_dir_name(site_url: str) -> str:
    """The staging folder of a site: its URL, percent-encoded; shortened with a hash when too long."""
    name = quote(site_url, safe="")
    if len(name) <= MAX_DIR_NAME:
        return name
    digest = hashlib.sha256(site_url.encode("utf-8")).hexdigest()[:32]
    return f"{name[: MAX_DIR_NAME - 40]}{HASHED_MARK}{digest}"


__all__ = ["DEFAULT_STAGING_MEMORY", "StagedPartition", "Staging"]

DEFAULT_STAGING_MEMORY = "256MB"
MANIFEST = "manifest.json"
MANIFEST_VERSION = 1


@dataclass(frozen=True, kw_only=True)
class StagedPartition:
    """One staged (site, date): its tables, data state and the fetch figures recorded with it."""

    site_url: str
    date: dt.date
    tables: dict[TableSpec, pa.Table]
    data_state: str
    figures: dict[str, Any] = field(default_factory=dict)
    staged_at: str = ""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _with_instants(spec: TableSpec, table: pa.Table, *, where: str) -> pa.Table:
    """Timestamp keys (the hour) as UTC instants before they are compared.

    A timestamp without a zone, or a text key without an offset, is refused: read as local time it would make
    the fall-back day's two 01:00 hours one key (and dedupe would drop one) and invent the spring-forward 02:00.
    """
    for column in spec.key_columns:
        if column not in TIMESTAMP_KEYS or column not in table.column_names:
            continue
        values = table.column(column)
        if pa.types.is_timestamp(values.type) and values.type.tz is None:
            raise StagingError(f"{where}: column {column} holds timestamps without a time zone")
        try:
            instants = values.cast(model.key_column(column).staged_arrow)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
            raise StagingError(f"{where}: column {column} is not a time with a UTC offset: {one_line(exc)}") from exc
        table = table.set_column(table.column_names.index(column), column, instants)
    return table


def _quoted(name: str) -> str:
    # Names are checked by TableSpec ([a-z][a-z0-9_]*), quoting keeps DuckDB keywords usable.
    return '"' + name.replace('"', '""') + '"'


class Staging:
    """Landing Parquet files per partition, deduplicated and typed through an in-memory DuckDB.

    ``memory_limit`` caps DuckDB (default 256MB); ``threads`` defaults to one: a partition's tables are tens of
    thousands of rows, a stage runs beside the fetches and a load, and a second DuckDB thread made stages slower on
    2 cores. Instances are thread-safe; several processes may share a directory (the last complete stage of a
    partition wins).
    """

    def __init__(
        self, directory: str | os.PathLike[str], *, memory_limit: str = DEFAULT_STAGING_MEMORY, threads: int = 1
    ) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._memory_limit = memory_limit
        self._threads = threads
        self._db: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _duckdb(self) -> duckdb.DuckDBPyConnection:
        if self._db is None:
            db = duckdb.connect(
                ":memory:",
                config={
                    "memory_limit": self._memory_limit,
                    "threads": self._threads,
                    # Hand freed blocks back at once instead of caching up to 512 MiB for reuse: between two stages
                    # the database holds nothing, and the cache held ~40 MB of a busy day's rows (bench_memory).
                    "allocator_bulk_deallocation_flush_threshold": "0B",
                },
            )
            # Timestamps come back labelled UTC whatever the host's zone (DuckDB defaults to the local one).
            db.execute("SET TimeZone = 'UTC'")
            self._db = db
        return self._db

    def partition_dir(self, site_url: str, date: dt.date) -> Path:
        return self.directory / site_dir_name(site_url) / date.isoformat()

    # -- writing -----------------------------------------------------------------------------------------------

    def stage(
        self,
        site_url: str,
        date: dt.date,
        tables: Mapping[TableSpec, pa.Table],
        data_state: str,
        figures: Mapping[str, Any] | None = None,
    ) -> Path:
        """Write the partition's tables (deduplicated by key, typed) and its manifest; return its directory.

        Rows repeating a key keep the one with most impressions, then most clicks; the number dropped is
        recorded per table in the manifest. Staging the same partition again replaces it atomically.
        """
        if data_state not in DATA_STATES:
            raise StagingError(f"site {site_url}, date {date}: data_state {data_state!r} not in {DATA_STATES}")
        with self._partition_lock(site_url, date):
            return self._stage_locked(site_url, date, tables, data_state, figures)

    def _stage_locked(
        self,
        site_url: str,
        date: dt.date,
        tables: Mapping[TableSpec, pa.Table],
        data_state: str,
        figures: Mapping[str, Any] | None,
    ) -> Path:
        target = self.partition_dir(site_url, date)
        target.mkdir(parents=True, exist_ok=True)
        token = secrets.token_hex(4)
        entries = []
        try:
            for spec, table in tables.items():
                typed, dropped = self._dedupe(spec, table, site_url=site_url, date=date)
                name = f"{spec.name}-{token}.parquet"
                tmp = target / f".{name}.tmp"
                with open(tmp, "wb") as fh:
                    pq.write_table(typed, fh, compression="zstd")
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, target / name)
                entries.append(
                    {
                        "name": spec.name,
                        "key_columns": list(spec.key_columns),
                        "partitioned": spec.partitioned,
                        "file": name,
                        "rows": typed.num_rows,
                        "duplicates_dropped": dropped,
                    }
                )
            manifest = {
                "version": MANIFEST_VERSION,
                "site_url": site_url,
                "date": date.isoformat(),
                "data_state": data_state,
                "figures": dict(figures or {}),
                "staged_at": dt.datetime.now(dt.UTC).isoformat(),
                "tables": entries,
            }
            tmp = target / f".{MANIFEST}.{token}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(manifest, fh, default=str, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target / MANIFEST)
            _fsync_dir(target)
        except (OSError, duckdb.Error, pa.ArrowException) as exc:
            # What this attempt half wrote goes (a full disk must not stay full of it); the manifest of an earlier,
            # whole staging of the partition still names only its own files.
            for partial in target.glob(f"*{token}*"):
                partial.unlink(missing_ok=True)
            raise StagingError(f"site {site_url}, date {date}: cannot stage under {target}: {one_line(exc)}") from exc
        keep = {e["file"] for e in entries} | {MANIFEST}
        for stale in target.iterdir():
            if stale.name not in keep and not stale.name.endswith(".tmp"):
                stale.unlink(missing_ok=True)
        return target

    def _dedupe(self, spec: TableSpec, table: pa.Table, *, site_url: str, date: dt.date) -> tuple[pa.Table, int]:
        table = _with_instants(spec, table, where=f"site {site_url}, date {date}, table {spec.name}")
        names = set(table.column_names)
        # Each column cast to the model's type; site_url and date may be left out (the partition says them).
        constants = {"site_url": site_url, "date": date}
        select = []
        for column in model.report_columns(spec.key_columns):
            name = _quoted(column.name)
            source = f"${column.name}" if column.name in constants and column.name not in names else name
            select.append(f"CAST({source} AS {column.duckdb}) AS {name}")
        # The key is taken over the typed columns (the subquery's): an hour is its UTC instant, never a wall clock.
        key = ", ".join(["search_type", *map(_quoted, spec.key_columns)])
        typed_rows = f"SELECT {', '.join(select)} FROM incoming"
        # Google's pages rarely repeat a row: a hash count of the distinct keys (about a tenth of the sort's cost
        # at a busy site's 100,000 rows a day) decides whether the sort that picks the survivors is needed.
        repeats = f"SELECT count(*) - count(DISTINCT ({key})) FROM ({typed_rows})"
        survivors = (
            f"SELECT DISTINCT ON ({key}) * FROM ({typed_rows}) "
            f"ORDER BY {key}, impressions DESC, clicks DESC, position, ctr"
        )
        with self._lock:
            db = self._duckdb()
            db.register("incoming", table)
            try:
                params = {k: v for k, v in constants.items() if k not in names}
                ((repeated,),) = db.sql(repeats, params=params).fetchall()
                typed = db.sql(survivors if repeated else typed_rows, params=params).to_arrow_table()
            except duckdb.Error as exc:
                raise StagingError(
                    f"site {site_url}, date {date}, table {spec.name}: cannot type rows: {one_line(exc)}"
                ) from exc
            finally:
                db.unregister("incoming")
        return typed, table.num_rows - typed.num_rows

    # -- reading -----------------------------------------------------------------------------------------------

    def pending(self) -> list[tuple[str, dt.date]]:
        """Staged partitions not yet discarded (i.e. not known to be loaded), sorted by site and date."""
        found = []
        for manifest in self.directory.glob(f"*/*/{MANIFEST}"):
            try:
                day = dt.date.fromisoformat(manifest.parent.name)
            except ValueError:
                continue
            name = manifest.parent.parent.name
            site_url = unquote(name)
            if HASHED_MARK in name:  # a long site URL: its folder name is shortened, the manifest says it whole
                try:
                    site_url = str(json.loads(manifest.read_text(encoding="utf-8"))["site_url"])
                except (OSError, ValueError, KeyError, TypeError):
                    continue
            found.append((site_url, day))
        return sorted(found)

    def staged_tables(self, site_url: str, date: dt.date) -> frozenset[str]:
        """Names of the tables a staged partition holds (empty if none is staged or its manifest is unreadable)."""
        try:
            manifest = json.loads((self.partition_dir(site_url, date) / MANIFEST).read_text(encoding="utf-8"))
            return frozenset(str(entry["name"]) for entry in manifest["tables"])
        except (OSError, ValueError, KeyError, TypeError):
            return frozenset()

    def read(self, site_url: str, date: dt.date) -> StagedPartition:
        """The staged partition, as written by :meth:`stage` (raises StagingError if absent or damaged)."""
        target = self.partition_dir(site_url, date)
        try:
            manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
            tables = {}
            for entry in manifest["tables"]:
                spec = TableSpec(entry["name"], tuple(entry["key_columns"]), partitioned=entry.get("partitioned"))
                tables[spec] = pq.read_table(target / entry["file"])
        except FileNotFoundError as exc:
            raise NothingStaged(f"site {site_url}, date {date}: nothing staged ({exc.filename})") from exc
        except (OSError, ValueError, KeyError, pa.ArrowException) as exc:
            raise StagingError(f"site {site_url}, date {date}: staged files unreadable: {one_line(exc)}") from exc
        return StagedPartition(
            site_url=manifest["site_url"],
            date=dt.date.fromisoformat(manifest["date"]),
            tables=tables,
            data_state=manifest["data_state"],
            figures=manifest.get("figures", {}),
            staged_at=manifest.get("staged_at", ""),
        )

    def discard(self, site_url: str, date: dt.date, *, staged_at: str | None = None) -> bool:
        """Forget a partition after its load committed (the manifest goes first, then the files).

        With ``staged_at`` (from :meth:`read`), a partition staged again since then is kept. Returns whether
        the partition was discarded.
        """
        target = self.partition_dir(site_url, date)
        with self._partition_lock(site_url, date):
            if staged_at is not None:
                try:
                    current = json.loads((target / MANIFEST).read_text(encoding="utf-8")).get("staged_at")
                except (FileNotFoundError, ValueError):
                    current = None
                if current is not None and current != staged_at:
                    return False
            (target / MANIFEST).unlink(missing_ok=True)
            if target.exists():
                _fsync_dir(target)
                shutil.rmtree(target, ignore_errors=True)
        try:
            target.parent.rmdir()
        except OSError:
            pass  # other dates of the site are still staged
        return True

    @contextmanager
    def _partition_lock(self, site_url: str, date: dt.date) -> Iterator[None]:
        """Serialises stage and discard of one partition across processes (a lock file outside its folder)."""
        locks = self.directory / ".locks"
        locks.mkdir(exist_ok=True)
        with open(locks / f"{site_dir_name(site_url)}_{date.isoformat()}.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def age_seconds(self, site_url: str, date: dt.date) -> float | None:
        """Seconds since the partition was staged, or None if it is not pending."""
        manifest = self.partition_dir(site_url, date) / MANIFEST
        try:
            return time.time() - manifest.stat().st_mtime
        except FileNotFoundError:
            return None
