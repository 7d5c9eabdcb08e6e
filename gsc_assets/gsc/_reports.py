"""Report definitions: the five default reports, GSC_REPORTS selection and validated custom reports."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import model
from ._errors import GscConfigError
from ._rules import NO_DEVICE_TYPES, NO_QUERY_TYPES, planned_aggregation, planned_dimensions, refusal
from ._settings import ALL_SEARCH_TYPES, ClientSettings

__all__ = ["DEFAULT_REPORTS", "HOURLY_REPORT", "DimensionFilter", "ReportSpec", "load_reports"]

DIMENSIONS = tuple(c.dimension for c in model.COLUMNS if c.dimension)
AGGREGATION_TYPES = ("auto", "byProperty", "byPage")
REPORT_DATA_STATES = ("final", "all", "hourly_all")
FILTER_OPERATORS = ("equals", "notEquals", "contains", "notContains", "includingRegex", "excludingRegex")
FILTER_DIMENSIONS = ("query", "page", "country", "device", "searchAppearance")
# Column names in Arrow and Postgres for the API's dimension names.
COLUMN_NAMES = {c.dimension: c.name for c in model.COLUMNS if c.dimension}
# Reports whose rows per day are few: asked for a whole date window per request through the date dimension.
WINDOWED_DIMENSIONS = frozenset({"date", "searchAppearance", "device"})
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,47}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class DimensionFilter:
    """One `dimensionFilterGroups` filter (all filters of a report are ANDed)."""

    dimension: str
    operator: str
    expression: str

    def to_api(self) -> dict[str, str]:
        return {"dimension": self.dimension, "operator": self.operator, "expression": self.expression}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportSpec:
    """One Search Analytics report fetched per (site, date, search type).

    `dimensions` always starts with "date" (every table is per day). `data_state` None follows the client's
    setting (GSC_DATA_STATE). `search_types` is the report's own list; the client intersects it with
    GSC_SEARCH_TYPES. The Arrow table of a report has the columns of `column_names`.
    """

    name: str
    dimensions: tuple[str, ...]
    search_types: tuple[str, ...] = ALL_SEARCH_TYPES
    aggregation_type: str = "auto"
    data_state: str | None = None
    filters: tuple[DimensionFilter, ...] = field(default=())

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise GscConfigError(f"report {self.name!r}: {problem}")

    @property
    def key_dimensions(self) -> tuple[str, ...]:
        """The dimensions besides date (the report's key columns)."""
        return tuple(d for d in self.dimensions if d != "date")

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(COLUMN_NAMES[d] for d in self.key_dimensions)

    @property
    def windowed(self) -> bool:
        """Few rows per day: ask for a whole date window in one request instead of one day at a time."""
        return set(self.dimensions) <= WINDOWED_DIMENSIONS and "hour" not in self.dimensions

    @property
    def by_appearance(self) -> bool:
        """Google refuses searchAppearance beside any other grouping dimension, date included: such a report is
        fetched in two steps (list the appearances of a window, then one date-grouped request per appearance)."""
        return "searchAppearance" in self.dimensions

    def request_dimensions(self, search_type: str) -> tuple[str, ...]:
        """The dimensions sent to Google for `search_type` (the first step's, for an appearance report)."""
        if self.by_appearance:
            return ("searchAppearance",)
        return planned_dimensions(self.dimensions, search_type)

    def row_dimensions(self, search_type: str) -> tuple[str, ...]:
        """The key order of the rows the client builds tables from: what was sent, or for an appearance report the
        (date, searchAppearance) pairs the client assembles from its two steps."""
        return self.dimensions if self.by_appearance else planned_dimensions(self.dimensions, search_type)

    def request_aggregation(self, search_type: str) -> str:
        return planned_aggregation(self.aggregation_type, search_type)

    def refusal_for(self, search_type: str) -> str | None:
        """Why Google would refuse this report for `search_type` even after planning, or None."""
        filtered = [f.dimension for f in self.filters]
        steps = [self.request_dimensions(search_type)]
        if self.by_appearance:
            steps.append(("date",))
            filtered.append("searchAppearance")
        if search_type in NO_DEVICE_TYPES and "device" in filtered:
            # Not Google's rule but ours: Google does not break this type down by device, so its rows would be
            # stored as covering every device although the filter kept only some.
            return f"search type {search_type} has no device breakdown, so a device filter cannot apply to it"
        for dims in steps:
            reason = refusal(
                dimensions=dims,
                search_type=search_type,
                aggregation_type=self.request_aggregation(search_type),
                filter_dimensions=filtered,
            )
            if reason:
                return reason
        return None

    def types_for(self, allowed: Iterable[str]) -> tuple[str, ...]:
        """Search types to fetch: the report's, within `allowed`, minus those Google refuses for it."""
        allowed_set = set(allowed)
        return tuple(t for t in self.search_types if t in allowed_set and self.refusal_for(t) is None)


def _problem(spec: ReportSpec) -> str | None:
    if not _NAME.match(spec.name):
        return "bad name (lower-case letters, digits and '_', starting with a letter, at most 48 characters)"
    if not spec.dimensions or spec.dimensions[0] != "date":
        return "dimensions must start with 'date'"
    for dim in spec.dimensions:
        if dim not in DIMENSIONS:
            return f"unknown dimension {dim!r} (known: {', '.join(DIMENSIONS)})"
    if len(set(spec.dimensions)) != len(spec.dimensions):
        return "a dimension is listed twice"
    if "searchAppearance" in spec.dimensions and set(spec.dimensions) - {"date", "searchAppearance"}:
        return "searchAppearance must be the only grouping dimension besides the table's date"
    if "hour" in spec.dimensions and spec.data_state != "hourly_all":
        return "the hour dimension needs data_state 'hourly_all'"
    if spec.data_state is not None and spec.data_state not in REPORT_DATA_STATES:
        return f"unknown data state {spec.data_state!r} (known: {', '.join(REPORT_DATA_STATES)})"
    if spec.aggregation_type not in AGGREGATION_TYPES:
        return f"unknown aggregationType {spec.aggregation_type!r} (known: {', '.join(AGGREGATION_TYPES)})"
    if spec.aggregation_type == "byProperty" and "page" in spec.dimensions:
        return "aggregationType byProperty cannot be grouped by page"
    if not spec.search_types:
        return "no search types"
    for t in spec.search_types:
        if t not in ALL_SEARCH_TYPES:
            return f"unknown search type {t!r} (known: {', '.join(ALL_SEARCH_TYPES)})"
    for f in spec.filters:
        if f.dimension not in FILTER_DIMENSIONS:
            return f"cannot filter on {f.dimension!r} (filterable: {', '.join(FILTER_DIMENSIONS)})"
        if f.operator not in FILTER_OPERATORS:
            return f"unknown filter operator {f.operator!r} (known: {', '.join(FILTER_OPERATORS)})"
        if not isinstance(f.expression, str) or not f.expression:
            return f"filter on {f.dimension!r} needs a non-empty expression"
    return None


def _default_spec(report: model.DefaultReport) -> ReportSpec:
    """A default report as the client asks for it: the model's dimensions and aggregation, and every search type
    that has rows for them (Google has no query rows for some types)."""
    types = ALL_SEARCH_TYPES
    if "query" in report.dimensions:
        types = tuple(t for t in ALL_SEARCH_TYPES if t not in NO_QUERY_TYPES)
    return ReportSpec(
        name=report.name, dimensions=report.dimensions, aggregation_type=report.aggregation_type, search_types=types
    )


DEFAULT_REPORTS: tuple[ReportSpec, ...] = tuple(map(_default_spec, model.DEFAULT_REPORTS))
DEFAULT_REPORT_NAMES = tuple(r.name for r in DEFAULT_REPORTS)
#: The hourly table's report (GSC_HOURLY): Google's hour dimension needs dataState hourly_all.
HOURLY_REPORT = ReportSpec(
    name=model.HOURLY_REPORT.name,
    dimensions=model.HOURLY_REPORT.dimensions,
    aggregation_type=model.HOURLY_REPORT.aggregation_type,
    data_state="hourly_all",
    search_types=model.HOURLY_SEARCH_TYPES,
)
# The probe: property totals per day and type tell which (date, type) has traffic at all.
PROBE_REPORT = next(r for r in DEFAULT_REPORTS if r.name == "property")


def load_reports(
    settings: ClientSettings | None = None,
    *,
    names: Sequence[str] | None = None,
    reports_file: Path | str | None = None,
) -> tuple[ReportSpec, ...]:
    """The default reports selected by `names` (None: all five), then the custom reports of `reports_file`.

    With `settings`, both default to its `reports` (GSC_REPORTS) and `reports_file` (GSC_REPORTS_FILE).
    Raises GscConfigError with a one-line reason naming the file and report on any invalid definition.
    """
    if settings is not None:
        names = settings.reports if names is None else names
        reports_file = settings.reports_file if reports_file is None else reports_file
    if names is None:
        selected = list(DEFAULT_REPORTS)
    else:
        unknown = [n for n in names if n not in DEFAULT_REPORT_NAMES]
        if unknown:
            raise GscConfigError(
                f"GSC_REPORTS: unknown report(s) {', '.join(unknown)} (choose from {', '.join(DEFAULT_REPORT_NAMES)})"
            )
        selected = [r for r in DEFAULT_REPORTS if r.name in names]
    if reports_file is not None:
        selected.extend(_load_custom(Path(reports_file)))
    return tuple(selected)


def _load_custom(path: Path) -> list[ReportSpec]:
    import yaml

    where = f"GSC_REPORTS_FILE {path}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GscConfigError(f"{where}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise GscConfigError(f"{where}: not valid YAML{line}") from exc
    if isinstance(data, Mapping) and "reports" in data:
        data = data["reports"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise GscConfigError(f"{where}: expected a list of reports")
    specs: list[ReportSpec] = []
    seen = {*DEFAULT_REPORT_NAMES, HOURLY_REPORT.name}
    for i, item in enumerate(data, start=1):
        label = f"{where}: report #{i}"
        if not isinstance(item, Mapping):
            raise GscConfigError(f"{label}: expected a mapping with name, dimensions, types, filters")
        name = item.get("name")
        if isinstance(name, str):
            label = f"{where}: report {name!r}"
        spec = _custom_spec(item, label)
        if spec.name in seen:
            raise GscConfigError(f"{label}: duplicate name (already used by another report)")
        seen.add(spec.name)
        specs.append(spec)
    return specs


_CUSTOM_KEYS = frozenset({"name", "dimensions", "types", "type", "aggregationType", "filters", "dataState"})


def _custom_spec(item: Mapping[str, Any], label: str) -> ReportSpec:
    extra = set(item) - _CUSTOM_KEYS
    if extra:
        raise GscConfigError(f"{label}: unknown key(s) {', '.join(sorted(map(str, extra)))}")
    name = item.get("name")
    if not isinstance(name, str):
        raise GscConfigError(f"{label}: missing name")
    dims = item.get("dimensions") or []
    if isinstance(dims, str):
        dims = [d.strip() for d in dims.split(",")]
    if not isinstance(dims, list) or not all(isinstance(d, str) for d in dims):
        raise GscConfigError(f"{label}: dimensions must be a list of names")
    dims = ["date", *[d for d in dims if d != "date"]]
    types_raw = item.get("types", item.get("type"))
    explicit_types = types_raw is not None
    if types_raw is None:
        types = list(ALL_SEARCH_TYPES)
    elif isinstance(types_raw, str):
        types = [t.strip() for t in types_raw.split(",")]
    elif isinstance(types_raw, list) and all(isinstance(t, str) for t in types_raw):
        types = list(types_raw)
    else:
        raise GscConfigError(f"{label}: types must be a list of search types")
    filters_raw = item.get("filters") or []
    if not isinstance(filters_raw, list):
        raise GscConfigError(f"{label}: filters must be a list of {{dimension, operator, expression}}")
    filters = []
    for f in filters_raw:
        if not isinstance(f, Mapping) or set(f) - {"dimension", "operator", "expression"}:
            raise GscConfigError(f"{label}: each filter needs exactly dimension, operator, expression")
        filters.append(
            DimensionFilter(
                dimension=str(f.get("dimension", "")),
                operator=str(f.get("operator", "equals")),
                expression=str(f.get("expression", "")),
            )
        )
    try:
        spec = ReportSpec(
            name=name,
            dimensions=tuple(dims),
            search_types=tuple(types),
            aggregation_type=str(item.get("aggregationType", "auto")),
            data_state=item.get("dataState"),
            filters=tuple(filters),
        )
    except GscConfigError as exc:
        raise GscConfigError(f"{label}: {exc.summary.split(': ', 1)[-1]}") from None
    # Types Google refuses for this report: an error when the user named them, silently left out otherwise.
    refused = {t: why for t in spec.search_types if (why := spec.refusal_for(t)) is not None}
    if refused and explicit_types:
        raise GscConfigError(f"{label}: {'; '.join(refused.values())}")
    kept = tuple(t for t in spec.search_types if t not in refused)
    if not kept:
        raise GscConfigError(f"{label}: Google refuses this report for every search type")
    return dataclasses.replace(spec, search_types=kept)
