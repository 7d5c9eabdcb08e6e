"""The pipeline: fetch -> stage -> load of (site, date) partitions, between the GSC client and the warehouse.

Pure library like the two it joins: no Dagster import. The assets and `gsc-assets sync` are thin callers that pass
in the report -> table mapping and their observers.
"""

from ._figures import FetchFigures
from ._sync import PartitionOutcome, SyncObserver, SyncSummary, sync_partitions

__all__ = ["FetchFigures", "PartitionOutcome", "SyncObserver", "SyncSummary", "sync_partitions"]
