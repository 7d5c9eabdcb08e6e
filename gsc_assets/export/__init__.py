"""Google's BigQuery bulk export of Search Console data as a second source of the daily tables (no Dagster import).

A site that exports (GSC_EXPORT_DATASETS) has the days its dataset's ExportLog lists read from the export, which
has no 50,000-row cap; the API fills the rest. docs/GOOGLE_API.md gives the export's schema and the rules followed
here, each with its source.
"""

from ._reader import EXPORT_REPORTS, EXPORT_SEARCH_TYPES, ExportError, ExportReader, serves
from ._settings import ExportConfigError, ExportSettings

__all__ = [
    "EXPORT_REPORTS",
    "EXPORT_SEARCH_TYPES",
    "ExportConfigError",
    "ExportError",
    "ExportReader",
    "ExportSettings",
    "serves",
]
