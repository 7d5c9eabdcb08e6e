"""A local BigQuery (bqemulator, in its own venv `.venv-bq`: its pins clash with Dagster's) run as a separate
process, and the seeding of a simulated site's bulk export into it, for the tests and the benchmarks."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from gsc_assets.simulator.export import (
    EXPORT_LOG_FIELDS,
    SEARCH_RESULT_TYPES,
    SITE_IMPRESSION_FIELDS,
    URL_IMPRESSION_FIELDS,
    export_log_rows,
    export_rows,
)

ROOT = Path(__file__).resolve().parents[1]
EMULATOR_PYTHON = Path(os.environ.get("GSC_BQ_EMULATOR_PYTHON", ROOT / ".venv-bq" / "bin" / "python"))
LAUNCHER = Path(__file__).with_name("bqemulator_offline.py")
PROJECT = "gsc-export-test"
INSERT_CHUNK = 10_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BigQueryEmulator:
    """`with BigQueryEmulator(log) as bq:` a started emulator at `bq.endpoint`; `bq.client()` reaches it."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.rest_port = _free_port()
        self.endpoint = f"http://127.0.0.1:{self.rest_port}"
        self._process: subprocess.Popen[bytes] | None = None
        self._client: Any = None

    def __enter__(self) -> BigQueryEmulator:
        if not EMULATOR_PYTHON.exists():
            raise RuntimeError(f"no BigQuery emulator at {EMULATOR_PYTHON}: run `make install`")
        command = [
            str(EMULATOR_PYTHON), str(LAUNCHER), "start", "--rest-port", str(self.rest_port),
            "--grpc-port", str(_free_port()), "--project", PROJECT, "--log-level", "warning",
        ]  # fmt: skip
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{self.endpoint}/bigquery/v2/projects/{PROJECT}/datasets", timeout=2)
                return self
            except httpx.TransportError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.__exit__(None, None, None)
                    raise RuntimeError(
                        f"the BigQuery emulator did not start: {self.log_path.read_text()[-2000:]}"
                    ) from None
                time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def client(self) -> Any:
        if self._client is None:
            from google.api_core.client_options import ClientOptions
            from google.auth.credentials import AnonymousCredentials
            from google.cloud import bigquery

            self._client = bigquery.Client(
                project=PROJECT,
                credentials=AnonymousCredentials(),
                client_options=ClientOptions(api_endpoint=self.endpoint),
            )
        return self._client

    def create_export_dataset(self, name: str) -> str:
        """An empty export dataset with Google's three tables; returns `project.dataset`."""
        from google.cloud import bigquery

        client = self.client()
        dataset = f"{PROJECT}.{name}"
        client.create_dataset(dataset, exists_ok=True)
        for table, fields in (
            ("searchdata_site_impression", SITE_IMPRESSION_FIELDS),
            ("searchdata_url_impression", URL_IMPRESSION_FIELDS),
            ("ExportLog", EXPORT_LOG_FIELDS),
        ):
            schema = [bigquery.SchemaField(field, kind, mode="NULLABLE") for field, kind in fields]
            client.create_table(bigquery.Table(f"{dataset}.{table}", schema=schema), exists_ok=True)
        return dataset

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), INSERT_CHUNK):
            errors = self.client().insert_rows_json(table, rows[start : start + INSERT_CHUNK])
            if errors:
                raise RuntimeError(f"insert into {table} refused: {errors[:2]}")

    def export_days(
        self,
        dataset: str,
        truth: Any,
        site: str,
        days: Iterable[dt.date],
        *,
        logged: bool = True,
        search_types: Iterable[str] = SEARCH_RESULT_TYPES,
    ) -> dict[str, int]:
        """Export the simulator's `days` of `site` into `dataset` (and log them in ExportLog unless `logged` is
        False: a day whose export has not finished). Returns the rows written per table."""
        days = list(days)
        written = {"site": 0, "url": 0}
        for day in days:
            site_rows, url_rows = export_rows(truth, site, day, tuple(search_types))
            self.insert(f"{dataset}.searchdata_site_impression", site_rows)
            self.insert(f"{dataset}.searchdata_url_impression", url_rows)
            written["site"] += len(site_rows)
            written["url"] += len(url_rows)
        if logged and days:
            published = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
            self.insert(f"{dataset}.ExportLog", export_log_rows(days, published))
        return written
