"""What fetching one partition cost and found, typed: it travels in the partition's staging manifest (JSON) and
into the load ledger, so a partition loaded by a later run still reports what its fetch cost."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchFigures:
    """`rows_by_type` counts rows per `<report>/<search type>`; `search_types` are the types with any traffic that
    day (the ledger records them even when a table got no rows). `api_seconds` is wall time with one of the
    partition's requests waiting for quota or in flight (not a sum over overlapping requests), and
    `quota_wait_seconds` wall time with one waiting for quota."""

    requests: int = 0
    retries: int = 0
    throttled: int = 0
    api_seconds: float = 0.0
    quota_wait_seconds: float = 0.0
    search_types: tuple[str, ...] = ()
    rows_by_type: Mapping[str, int] = field(default_factory=dict)
    #: Past Google's cap: rows beyond the capped answers' 50,000, the requests the slices took, slices still capped.
    rows_past_cap: int = 0
    slice_requests: int = 0
    capped_slices: int = 0
    #: `<table>/<search type>` pairs Google's BigQuery export filled (the API filled the others).
    exported: tuple[str, ...] = ()

    def to_manifest(self) -> dict[str, Any]:
        """The JSON the staging manifest stores."""
        return {
            "rows_past_cap": self.rows_past_cap,
            "slice_requests": self.slice_requests,
            "capped_slices": self.capped_slices,
            "exported": list(self.exported),
            "requests": self.requests,
            "retries": self.retries,
            "throttled": self.throttled,
            "api_seconds": self.api_seconds,
            "quota_wait_seconds": self.quota_wait_seconds,
            "search_types": list(self.search_types),
            "rows_by_type": dict(self.rows_by_type),
        }

    @classmethod
    def from_manifest(cls, figures: Mapping[str, Any]) -> FetchFigures:
        """Read back what `to_manifest` wrote; a manifest from an older version may lack any of the keys."""
        return cls(
            requests=int(figures.get("requests", 0)),
            retries=int(figures.get("retries", 0)),
            throttled=int(figures.get("throttled", 0)),
            api_seconds=float(figures.get("api_seconds", 0.0)),
            quota_wait_seconds=float(figures.get("quota_wait_seconds", 0.0)),
            search_types=tuple(figures.get("search_types", ())),
            rows_by_type={str(key): int(count) for key, count in dict(figures.get("rows_by_type", {})).items()},
            rows_past_cap=int(figures.get("rows_past_cap", 0)),
            slice_requests=int(figures.get("slice_requests", 0)),
            capped_slices=int(figures.get("capped_slices", 0)),
            exported=tuple(str(pair) for pair in figures.get("exported", ())),
        )

    def to_ledger(self, *, source: str) -> dict[str, Any]:
        """The figures `Warehouse.load_partition` records for the partition."""
        return {
            "requests": self.requests,
            "retries": self.retries,
            "throttled": self.throttled,
            "api_seconds": self.api_seconds,
            "source": source,
            "search_types": list(self.search_types),
            "exported": list(self.exported),
        }
