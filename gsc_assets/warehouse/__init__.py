"""Warehouse: DuckDB/Parquet staging, Postgres loads, lifetime statistics and the shared quota store.

Pure library: no Dagster import, no import of the GSC client. The assets glue the two together.
"""

from ._errors import (
    DatabaseError,
    NothingStaged,
    SchemaError,
    StagingError,
    ValidationError,
    WarehouseError,
    while_the_server_comes_back,
)
from ._quota import PostgresQuotaStore
from ._specs import DEFAULT_TABLE_SPECS, LoadResult, TableSpec
from ._staging import StagedPartition, Staging
from ._warehouse import Warehouse
from .embedded import ensure_embedded_server

__all__ = [
    "DEFAULT_TABLE_SPECS",
    "DatabaseError",
    "LoadResult",
    "NothingStaged",
    "PostgresQuotaStore",
    "SchemaError",
    "StagedPartition",
    "Staging",
    "StagingError",
    "TableSpec",
    "ValidationError",
    "Warehouse",
    "WarehouseError",
    "ensure_embedded_server",
    "while_the_server_comes_back",
]
