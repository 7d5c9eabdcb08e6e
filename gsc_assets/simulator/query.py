"""searchAnalytics.query: validate a request body like Google does, then answer it from the data source."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ._config import DAY_ROW_CAP, FINAL_LAG_DAYS, HOURLY_DAYS, RETENTION_MONTHS, ROW_LIMIT_DEFAULT, ROW_LIMIT_MAX
from ._rows import Rows
from .aggregate import Aggregated, aggregate, chronological, collapse_by_property
from .data import (
    APPEARANCES,
    COUNTRIES,
    DEVICES,
    PARTIAL_FRACTIONS,
    SEARCH_TYPES,
    TYPES_WITHOUT_QUERY,
    DataSource,
    DayKey,
    current_pacific_hour,
    hours_with_data,
    pacific_hour_key,
)
from .errors import bad_request

DIMENSIONS = ("date", "query", "page", "country", "device", "searchAppearance", "hour")
FILTER_DIMENSIONS = ("query", "page", "country", "device", "searchAppearance")
OPERATORS = ("equals", "notEquals", "contains", "notContains", "includingRegex", "excludingRegex")
AGGREGATION_TYPES = ("auto", "byProperty", "byPage", "byNewsShowcasePanel")
DATA_STATES = ("final", "all", "hourly_all")
_BODY_FIELDS = frozenset(
    {"startDate", "endDate", "dimensions", "type", "searchType", "dimensionFilterGroups", "aggregationType",
     "rowLimit", "startRow", "dataState"}
)  # fmt: skip
_RE2_UNSUPPORTED = re.compile(r"\(\?[=!<]|\\[1-9]|\(\?P=|\(\?>")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Filter:
    dimension: str
    operator: str
    expression: str


@dataclass(frozen=True)
class SearchQuery:
    """A validated request; hashable so answers can be cached across pages."""

    start: dt.date
    end: dt.date
    dimensions: tuple[str, ...]
    search_type: str
    filters: tuple[Filter, ...]
    aggregation_type: str
    data_state: str
    row_limit: int
    start_row: int

    def filters_by(self, dimension: str) -> bool:
        return any(f.dimension == dimension for f in self.filters)

    def involves(self, dimension: str) -> bool:
        """Grouped or filtered by ``dimension``."""
        return dimension in self.dimensions or self.filters_by(dimension)

    @property
    def page_involved(self) -> bool:
        return self.involves("page")

    @property
    def resolved_aggregation(self) -> str:
        if self.aggregation_type == "byPage" or (self.aggregation_type == "auto" and self.page_involved):
            return "byPage"
        if self.aggregation_type == "auto" and self.search_type == "googleNews":
            return "byPage"  # googleNews refuses byProperty (see RULES), so auto cannot mean it there
        if self.aggregation_type == "byNewsShowcasePanel":  # served with property numbers, named as asked
            return "byNewsShowcasePanel"
        return "byProperty"


def enum_name(canonical: str) -> str:
    """The proto enum name of a camelCase API value: byProperty -> BY_PROPERTY, hourly_all -> HOURLY_ALL."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", canonical).upper()


#: Spellings that mean another value: DATA_STATE_UNSPECIFIED is the proto default, i.e. dataState left out (final).
_ALIASES = {"data_state_unspecified": "final"}


def _enum(value: Any, allowed: tuple[str, ...], field: str) -> str:
    """The canonical (camelCase) value for either spelling Google accepts, compared without case.

    The discovery document of searchconsole v1 lists the enum names (BY_PROPERTY, GOOGLE_NEWS, NOT_EQUALS ...);
    Google's own guides and samples send the camelCase values (byProperty, googleNews, notEquals). Google
    accepts both, and says "values and dimension names are not case-sensitive" (ApiDimensionFilter).
    """
    if isinstance(value, str):
        folded = value.lower()
        alias = _ALIASES.get(folded)
        if alias in allowed:
            return alias
        for candidate in allowed:
            if folded in (candidate.lower(), enum_name(candidate).lower()):
                return candidate
    raise bad_request(f"Invalid value at '{field}' ({_type_name(field)}), {_json_repr(value)}")


_ENUM_TYPES = {
    "dimensions": "Dimension",
    "dimension": "Dimension",
    "type": "SearchType",
    "data_state": "DataState",
    "aggregation_type": "AggregationType",
    "operator": "Operator",
    "group_type": "GroupType",
}


def _type_name(field: str) -> str:
    base = field.split("[", 1)[0].split(".")[-1]
    return f"type.googleapis.com/wmt.api.searchanalytics.{_ENUM_TYPES.get(base, base)}"


def _json_repr(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _date(body: dict[str, Any], field: str) -> dt.date:
    value = body.get(field)
    if value is None:
        raise bad_request(f"Missing required field: {field}.")
    if not isinstance(value, str) or not _DATE.match(value):
        raise bad_request(f"Invalid value at '{field}' (TYPE_STRING), {_json_repr(value)}: expected YYYY-MM-DD.")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise bad_request(f"Invalid value at '{field}': {value} is not a valid date.") from None


def _int(body: dict[str, Any], field: str, default: int) -> int:
    value = body.get(field, default)
    if isinstance(value, bool):
        raise bad_request(f"Invalid value at '{field}' (TYPE_INT32), {value!r}")
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        raise bad_request(f"Invalid value at '{field}' (TYPE_INT32), {_json_repr(value)}")
    return value


def _filters(groups: Any) -> tuple[Filter, ...]:
    if groups is None:
        return ()
    if not isinstance(groups, list):
        raise bad_request("Invalid value at 'dimension_filter_groups': expected a list.")
    out: list[Filter] = []
    for gi, group in enumerate(groups):
        where = f"dimension_filter_groups[{gi}]"
        if not isinstance(group, dict):
            raise bad_request(f"Invalid value at '{where}': expected an object.")
        unknown = set(group) - {"groupType", "filters"}
        if unknown:
            raise bad_request(f"Invalid JSON payload received. Unknown name \"{sorted(unknown)[0]}\" at '{where}'.")
        _enum(group.get("groupType", "and"), ("and",), f"{where}.group_type")
        filters = group.get("filters", [])
        if not isinstance(filters, list):
            raise bad_request(f"Invalid value at '{where}.filters': expected a list.")
        for fi, flt in enumerate(filters):
            fwhere = f"{where}.filters[{fi}]"
            if not isinstance(flt, dict):
                raise bad_request(f"Invalid value at '{fwhere}': expected an object.")
            unknown = set(flt) - {"dimension", "operator", "expression"}
            if unknown:
                raise bad_request(
                    f"Invalid JSON payload received. Unknown name \"{sorted(unknown)[0]}\" at '{fwhere}'."
                )
            dimension = _enum(flt.get("dimension"), FILTER_DIMENSIONS + ("date", "hour"), f"{fwhere}.dimension")
            if dimension not in FILTER_DIMENSIONS:
                raise bad_request(f"Filtering by dimension '{dimension}' is not supported.")
            operator = _enum(flt.get("operator", "equals"), OPERATORS, f"{fwhere}.operator")
            expression = flt.get("expression")
            if not isinstance(expression, str):
                raise bad_request(f"Missing or invalid expression at '{fwhere}.expression'.")
            if operator in ("includingRegex", "excludingRegex"):
                if _RE2_UNSUPPORTED.search(expression):
                    raise bad_request(f"Invalid regular expression '{expression}': not RE2 syntax.")
                try:
                    re.compile(expression)
                except re.error as exc:
                    raise bad_request(f"Invalid regular expression '{expression}': {exc}.") from None
            out.append(Filter(dimension, operator, expression))
    return tuple(out)


def parse_query(body: Any) -> SearchQuery:
    """Validate a searchAnalytics.query body; raises ApiError(400) with Google-like messages."""
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON payload received. Expected an object.")
    unknown = set(body) - _BODY_FIELDS
    if unknown:
        raise bad_request(f'Invalid JSON payload received. Unknown name "{sorted(unknown)[0]}": Cannot find field.')
    body = {k: v for k, v in body.items() if v is not None}  # JSON null means "not set", as in proto3
    start, end = _date(body, "startDate"), _date(body, "endDate")
    if start > end:
        raise bad_request("startDate must be earlier than or equal to endDate.")
    raw_dims = body.get("dimensions", [])
    if not isinstance(raw_dims, list):
        raise bad_request("Invalid value at 'dimensions': expected a list.")
    dims = tuple(_enum(d, DIMENSIONS, f"dimensions[{i}]") for i, d in enumerate(raw_dims))
    if len(set(dims)) != len(dims):
        raise bad_request("Dimensions must not be repeated.")
    types = [body[name] for name in ("type", "searchType") if name in body and body[name] is not None]
    search_type = "web"
    if types:
        resolved = {_enum(t, SEARCH_TYPES, "type") for t in types}
        if len(resolved) > 1:
            raise bad_request("type and searchType disagree.")
        search_type = resolved.pop()
    data_state = _enum(body.get("dataState", "final"), DATA_STATES, "data_state")
    aggregation = _enum(body.get("aggregationType", "auto"), AGGREGATION_TYPES, "aggregation_type")
    row_limit = _int(body, "rowLimit", ROW_LIMIT_DEFAULT)
    if not 1 <= row_limit <= ROW_LIMIT_MAX:
        raise bad_request(f"Invalid rowLimit {row_limit}: must be between 1 and {ROW_LIMIT_MAX}.")
    start_row = _int(body, "startRow", 0)
    if start_row < 0:
        raise bad_request(f"Invalid startRow {start_row}: must be non-negative.")
    filters = _filters(body.get("dimensionFilterGroups"))
    query = SearchQuery(start, end, dims, search_type, filters, aggregation, data_state, row_limit, start_row)
    _check_combinations(query)
    return query


@dataclass(frozen=True)
class Rule:
    """A combination Google refuses with 400 INVALID_ARGUMENT, and where that is documented or was observed."""

    refuses: Callable[[SearchQuery], bool]
    message: str  # formatted with type= and aggregation= (the canonical spellings)
    source: str


_PR_AIRBYTE = "airbytehq/airbyte PR 27952 (found against the live API)"
_PR_SINGER = "singer-io/tap-google-search-console PR 39"
_ALL_YOUR_DATA = "developers.google.com/webmaster-tools/v1/how-tos/all-your-data (search appearance: two-step process)"
_DISCOVERY = "searchconsole v1 discovery document, SearchAnalyticsQueryRequest"

#: Every combination refused, checked in this order (the first that applies answers).
RULES: tuple[Rule, ...] = (
    Rule(
        lambda q: q.search_type in TYPES_WITHOUT_QUERY and "query" in q.dimensions,
        "The query dimension is not supported for search type {type}.",
        f"{_PR_SINGER}: 'Query is an invalid argument while grouping data for discover and googleNews'; "
        f"{_PR_AIRBYTE}: 'googleNews cannot be used with query dimension'",
    ),
    Rule(
        lambda q: q.search_type in TYPES_WITHOUT_QUERY and q.filters_by("query"),
        "Filtering by the query dimension is not supported for search type {type}.",
        f"{_PR_SINGER} and {_PR_AIRBYTE}: discover and googleNews have no query dimension",
    ),
    Rule(
        lambda q: q.search_type == "googleNews" and q.aggregation_type == "byProperty",
        "aggregationType byProperty is not supported for search type googleNews.",
        f"{_PR_AIRBYTE}: 'googleNews cannot be used ... with by_property aggregation'",
    ),
    Rule(
        lambda q: q.search_type == "discover" and "device" in q.dimensions,
        "The device dimension is not supported for search type discover.",
        f"{_PR_SINGER}: 'Requests for Discover cannot be grouped by device'; {_PR_AIRBYTE}",
    ),
    Rule(
        lambda q: "searchAppearance" in q.dimensions and len(q.dimensions) > 1,
        "searchAppearance must be the only grouping dimension: list the appearances first, then filter by one "
        "appearance (dimensionFilterGroups) to group it by date or other dimensions.",
        _ALL_YOUR_DATA,
    ),
    Rule(
        lambda q: "hour" in q.dimensions and q.data_state != "hourly_all",
        "The hour dimension requires dataState HOURLY_ALL.",
        f"{_DISCOVERY}.dimensions HOUR: 'Requires setting the dataState to HOURLY_ALL'",
    ),
    Rule(
        lambda q: q.aggregation_type in ("byProperty", "byNewsShowcasePanel") and q.page_involved,
        "aggregationType {aggregation} is not supported when grouping or filtering by page.",
        f"{_DISCOVERY}.aggregationType: 'If you group or filter by page, you cannot aggregate by property'",
    ),
    Rule(
        lambda q: (
            q.aggregation_type == "byNewsShowcasePanel" and q.search_type not in {"news", "googleNews", "discover"}
        ),
        "aggregationType byNewsShowcasePanel requires search type news, discover or googleNews.",
        "not confirmed by a public source: kept from the simulator's first version",
    ),
)


def _check_combinations(q: SearchQuery) -> None:
    for rule in RULES:
        if rule.refuses(q):
            raise bad_request(rule.message.format(type=q.search_type, aggregation=q.aggregation_type))


def months_back(date: dt.date, months: int) -> dt.date:
    total = date.year * 12 + date.month - 1 - months
    year, month = divmod(total, 12)
    day = min(date.day, 28)
    return dt.date(year, month + 1, day)


@dataclass(frozen=True)
class Freshness:
    """What 'today' means for the data: which days are final, partial, hourly, retained."""

    today: dt.date

    @property
    def first_incomplete(self) -> dt.date:
        return self.today - dt.timedelta(days=FINAL_LAG_DAYS - 1)

    @property
    def oldest(self) -> dt.date:
        return months_back(self.today, RETENTION_MONTHS)

    def fraction(self, date: dt.date) -> float:
        lag = (self.today - date).days
        return 1.0 if lag >= FINAL_LAG_DAYS else PARTIAL_FRACTIONS[lag]

    def hours_available(self, date: dt.date) -> int:
        """Whole past days (23 or 25 hours on DST days); on 'today' the hours up to the current Pacific hour."""
        return hours_with_data(self.today, date)


def _predicate(flt: Filter) -> Callable[[str], bool]:
    expr = flt.expression
    case_sensitive_equals = flt.dimension in ("query", "page")
    if flt.operator == "equals":
        if case_sensitive_equals:
            return lambda s: s == expr
        return lambda s: s.lower() == expr.lower()
    if flt.operator == "notEquals":
        if case_sensitive_equals:
            return lambda s: s != expr
        return lambda s: s.lower() != expr.lower()
    if flt.operator == "contains":
        return lambda s: expr.lower() in s.lower()
    if flt.operator == "notContains":
        return lambda s: expr.lower() not in s.lower()
    pattern = re.compile(expr)
    if flt.operator == "includingRegex":
        return lambda s: pattern.search(s) is not None
    return lambda s: pattern.search(s) is None


class Engine:
    """Answers queries for one data source; caches complete answers so paging through them is cheap."""

    def __init__(self, source: DataSource, *, max_answers: int = 128) -> None:
        self.source = source
        self._answers: OrderedDict[tuple, Aggregated] = OrderedDict()
        self._max_answers = max_answers
        self._lock = threading.Lock()

    def vocabulary(self, site: str, column: str) -> np.ndarray:
        profile = self.source.profiles[site]
        if column == "query":
            return profile.queries
        if column == "page":
            return profile.pages
        return {"country": _COUNTRY_ARRAY, "device": _DEVICE_ARRAY, "appearance": _APPEARANCE_ARRAY}[column]

    def _day_rows(self, site: str, q: SearchQuery, date: dt.date, fresh: Freshness) -> Rows:
        fraction = fresh.fraction(date)
        rows = self.source.day(site, date, q.search_type, fraction)
        if q.resolved_aggregation != "byPage" and q.search_type not in TYPES_WITHOUT_QUERY:
            # Property aggregation is taken over the day, then split into hours: an impression happens in one hour,
            # so the hours of a property total add up to the day's (collapsing per hour would not).
            keep_app = "searchAppearance" in q.dimensions or any(f.dimension == "searchAppearance" for f in q.filters)
            base = rows
            rows = self.source.cache.get(
                DayKey(site, date, q.search_type, f"byProperty:{keep_app}:daily:{fraction}"),
                lambda: collapse_by_property(base, keep_appearance=keep_app),
            )
            if "hour" in q.dimensions:
                hours = fresh.hours_available(date)
                return self.source.hourly_of(rows, site, date, q.search_type, hours,
                                             tag=f"byProperty:{keep_app}:{fraction}")  # fmt: skip
        if "hour" in q.dimensions:
            return self.source.hourly_day(site, date, q.search_type, fraction, fresh.hours_available(date))
        return rows

    def dates(self, q: SearchQuery, fresh: Freshness) -> list[dt.date]:
        first = max(q.start, fresh.oldest)
        last = min(q.end, fresh.today)
        if q.data_state == "final":
            last = min(last, fresh.first_incomplete - dt.timedelta(days=1))
        if "hour" in q.dimensions:
            first = max(first, fresh.today - dt.timedelta(days=HOURLY_DAYS - 1))
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]

    @staticmethod
    def _answer_key(site: str, q: SearchQuery, today: dt.date) -> tuple:
        hour_marker = current_pacific_hour() if "hour" in q.dimensions else None
        return (site, q.start, q.end, q.dimensions, q.search_type, q.filters, q.resolved_aggregation,
                q.data_state, today, hour_marker)  # fmt: skip

    def cached(self, site: str, q: SearchQuery, today: dt.date) -> Aggregated | None:
        """The answer if it is already computed (the cheap path for paging), else None."""
        key = self._answer_key(site, q, today)
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
            return found

    def answer(self, site: str, q: SearchQuery, today: dt.date, *, cap: int = DAY_ROW_CAP) -> Aggregated:
        """The complete ordered answer (all pages), after filters, anonymisation and the per-day cap (another `cap`:
        the truth Google does not serve, never cached)."""
        if cap != DAY_ROW_CAP:
            return self._compute(site, q, today, cap)
        found = self.cached(site, q, today)
        if found is not None:
            return found
        result = self._compute(site, q, today, cap)
        key = self._answer_key(site, q, today)
        with self._lock:
            self._answers[key] = result
            while len(self._answers) > self._max_answers:
                self._answers.popitem(last=False)
        return result

    def _compute(self, site: str, q: SearchQuery, today: dt.date, cap: int) -> Aggregated:
        fresh = Freshness(today)
        parts = [self._day_rows(site, q, d, fresh) for d in self.dates(q, fresh)]
        rows = Rows.concat([p for p in parts if len(p)])
        rows = self._filter(site, q, rows)
        result = aggregate(rows, q.dimensions, cap)
        if q.dimensions and set(q.dimensions) <= {"date", "hour"}:
            result = chronological(result)
        return result

    def _filter(self, site: str, q: SearchQuery, rows: Rows) -> Rows:
        if len(rows) == 0:
            return rows
        mask = np.ones(len(rows), dtype=bool)
        query_used = "query" in q.dimensions or any(f.dimension == "query" for f in q.filters)
        if query_used:  # anonymised queries never appear where queries are visible
            anonymous = self.source.profiles[site].anonymous
            mask &= (rows.query >= 0) & ~anonymous[np.maximum(rows.query, 0)]
        if "searchAppearance" in q.dimensions or any(f.dimension == "searchAppearance" for f in q.filters):
            mask &= rows.appearance >= 0
        for flt in q.filters:
            column = "appearance" if flt.dimension == "searchAppearance" else flt.dimension
            codes = getattr(rows, column)
            present = np.unique(codes[mask & (codes >= 0)])
            vocab = self.vocabulary(site, column)
            test = _predicate(flt)
            ok = np.zeros(len(vocab) + 1, dtype=bool)
            ok[present] = [test(s) for s in vocab[present].tolist()]
            mask &= ok[codes]  # code -1 reads the trailing False
        return rows if mask.all() else rows.take(mask)

    def render(self, site: str, q: SearchQuery, agg: Aggregated, start: int, stop: int) -> list[dict[str, Any]]:
        """API rows for positions [start, stop) of an answer, keys in the requested dimension order."""
        stop = min(stop, len(agg))
        if start >= stop:
            return []
        sl = slice(start, stop)
        key_lists = [self._keys(site, dim, agg, sl) for dim in q.dimensions]
        clicks = agg.clicks[sl].tolist()
        impressions = agg.impressions[sl].tolist()
        ctr = (agg.clicks[sl] / agg.impressions[sl]).tolist()
        position = (agg.possum[sl] / agg.impressions[sl]).tolist()
        if not key_lists:  # like every Google JSON answer, an empty repeated field is left out
            return [
                {"clicks": c, "impressions": i, "ctr": r, "position": p}
                for c, i, r, p in zip(clicks, impressions, ctr, position, strict=True)
            ]
        return [
            {"keys": list(k), "clicks": c, "impressions": i, "ctr": r, "position": p}
            for k, c, i, r, p in zip(zip(*key_lists, strict=True), clicks, impressions, ctr, position, strict=True)
        ]

    def _keys(self, site: str, dim: str, agg: Aggregated, sl: slice) -> list[str]:
        if dim == "date":
            return [_iso_day(d) for d in agg.codes["day"][sl].tolist()]
        if dim == "hour":
            days = agg.codes["day"][sl].tolist()
            hours = agg.codes["hour"][sl].tolist()
            return [pacific_hour_key(d, h) for d, h in zip(days, hours, strict=True)]
        column = "appearance" if dim == "searchAppearance" else dim
        return self.vocabulary(site, column)[agg.codes[column][sl]].tolist()

    def metadata(self, q: SearchQuery, today: dt.date, answer: Aggregated) -> dict[str, str]:
        """firstIncompleteDate (dataState all, grouped by date) or firstIncompleteHour (hourly_all, grouped by
        hour), and only when the answer holds rows of incomplete days: the discovery document's Metadata says it
        "is populated only when ... the requested date range contains incomplete data points"."""
        if q.data_state == "all" and "date" in q.dimensions:
            field = "firstIncompleteDate"
        elif q.data_state == "hourly_all" and "hour" in q.dimensions:
            field = "firstIncompleteHour"
        else:
            return {}
        first = Freshness(today).first_incomplete
        if not len(answer) or int(answer.codes["day"].max()) < first.toordinal():
            return {}
        if field == "firstIncompleteDate":
            return {field: first.isoformat()}
        return {field: pacific_hour_key(first.toordinal(), 0)}  # incomplete days are incomplete from midnight

    def load_cost(self, q: SearchQuery, today: dt.date) -> int:
        """The load a query puts on Google (quota.py): days read x how many of page and query it involves."""
        weight = q.involves("page") + q.involves("query")
        return weight * len(self.dates(q, Freshness(today))) if weight else 0


_COUNTRY_ARRAY = np.array(COUNTRIES, dtype=object)
_DEVICE_ARRAY = np.array(DEVICES, dtype=object)
_APPEARANCE_ARRAY = np.array(APPEARANCES, dtype=object)
_ISO_CACHE: dict[int, str] = {}


def _iso_day(ordinal: int) -> str:
    text = _ISO_CACHE.get(ordinal)
    if text is None:
        text = _ISO_CACHE[ordinal] = dt.date.fromordinal(ordinal).isoformat()
    return text
