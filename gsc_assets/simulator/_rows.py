"""Columnar rows: integer codes per dimension plus summable metrics, so grouping stays in numpy."""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

#: Dimension columns in the order they are stored; -1 means "not present" (no query, no appearance, no hour).
DIM_COLUMNS = ("day", "hour", "query", "page", "country", "device", "appearance")


@dataclass(frozen=True)
class Rows:
    """A table of rows; ``possum`` is position * impressions so positions average correctly when summed."""

    day: np.ndarray  # int32 proleptic ordinal of the (Pacific) date
    hour: np.ndarray  # int16, -1 for daily rows
    query: np.ndarray  # int32 index into the site's query vocabulary, -1 when the type has no queries
    page: np.ndarray  # int32 index into the site's page vocabulary
    country: np.ndarray  # int16 index into COUNTRIES
    device: np.ndarray  # int8 index into DEVICES
    appearance: np.ndarray  # int16 index into APPEARANCES, -1 for none
    clicks: np.ndarray  # int64
    impressions: np.ndarray  # int64
    possum: np.ndarray  # float64

    def __len__(self) -> int:
        return int(self.clicks.shape[0])

    def take(self, index: np.ndarray) -> Rows:
        """Rows selected by a boolean mask or an index array."""
        return Rows(**{f.name: getattr(self, f.name)[index] for f in fields(self)})

    @staticmethod
    def concat(parts: list[Rows]) -> Rows:
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return empty_rows()
        return Rows(**{f.name: np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(Rows)})


_DTYPES = {
    "day": np.int32,
    "hour": np.int16,
    "query": np.int32,
    "page": np.int32,
    "country": np.int16,
    "device": np.int8,
    "appearance": np.int16,
    "clicks": np.int64,
    "impressions": np.int64,
    "possum": np.float64,
}


def empty_rows() -> Rows:
    return Rows(**{name: np.zeros(0, dtype=dtype) for name, dtype in _DTYPES.items()})


def make_rows(**columns: np.ndarray) -> Rows:
    """Build Rows casting every column to its canonical dtype."""
    return Rows(**{name: np.asarray(columns[name], dtype=dtype) for name, dtype in _DTYPES.items()})
