"""Deterministic synthetic Search Console data at the finest grain (query x page x country x device).

Everything is a pure function of (seed, site, date, search type): restarting the simulator, or building a second
app, yields identical numbers, which is what lets tests compare a sync against ``/_sim/truth``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from ._config import PACIFIC
from ._rows import Rows, empty_rows, make_rows

SEARCH_TYPES = ("web", "image", "video", "news", "discover", "googleNews")
TYPES_WITHOUT_QUERY = frozenset({"discover", "googleNews"})
DEVICES = ("DESKTOP", "MOBILE", "TABLET")
_DEVICE_WEIGHTS = np.array([0.38, 0.58, 0.04])
_COUNTRY_TABLE = (
    ("usa", 30), ("gbr", 8), ("ind", 8), ("deu", 6), ("can", 4), ("fra", 4), ("aus", 3), ("bra", 3), ("esp", 3),
    ("ita", 3), ("nld", 2), ("jpn", 2), ("mex", 2), ("phl", 1.5), ("idn", 1.5), ("pol", 1.5), ("swe", 1),
    ("che", 1), ("bel", 1), ("aut", 1), ("irl", 1), ("zaf", 1), ("sgp", 1), ("tur", 1), ("kor", 1), ("arg", 1),
    ("col", 1), ("pak", 1), ("nzl", 0.5), ("nor", 0.5), ("dnk", 0.5), ("fin", 0.5), ("prt", 0.5), ("grc", 0.5),
    ("cze", 0.5), ("rou", 0.5), ("hun", 0.5), ("ukr", 0.5), ("egy", 0.5), ("nga", 0.5), ("zzz", 0.2),
)  # fmt: skip
COUNTRIES = tuple(code for code, _ in _COUNTRY_TABLE)
_COUNTRY_WEIGHTS = np.array([w for _, w in _COUNTRY_TABLE], dtype=np.float64)
APPEARANCES = (
    "AMP_BLUE_LINK", "FAQ_RICH_RESULT", "MERCHANT_LISTINGS", "PRODUCT_SNIPPETS", "REVIEW_SNIPPET", "VIDEO",
    "RECIPE_FEATURE", "TRANSLATED_RESULT",
)  # fmt: skip
_WORDS = (
    "best cheap buy online how to what is near me review price free download guide vs top new used sale shop "
    "repair install fix setup login account app api cloud data fast simple easy pro plus home garden kitchen "
    "garage office travel hotel flight car bike phone laptop tablet camera shoes shirt dress coffee tea recipe "
    "pizza pasta salad vegan weather news sports football tennis golf music guitar piano movie series book "
    "course python java rust sql excel pdf convert calculator map train bus ticket insurance loan bank credit "
    "card mortgage tax jobs salary remote career school university english spanish german french kids baby dog "
    "cat pet food health diet yoga gym running sleep doctor dentist clinic energy solar battery charger"
).split()
_SECTIONS = ("blog", "products", "docs", "help", "news", "category", "guides", "shop", "reviews", "about")
#: Share of the web row count each search type gets on a site that has the type at all.
_TYPE_SHARE = {"web": 1.0, "image": 0.25, "video": 0.06, "news": 0.04, "discover": 0.08, "googleNews": 0.015}
#: Per search type: (impression scale, click-through scale) relative to web.
_TYPE_RATES = {
    "web": (1.0, 1.0),
    "image": (1.2, 0.25),
    "video": (0.7, 0.5),
    "news": (0.8, 1.3),
    "discover": (0.5, 1.0),
    "googleNews": (0.4, 1.0),
}
#: Monday .. Sunday
_WEEKLY = np.array([1.0, 1.04, 1.03, 0.99, 0.92, 0.74, 0.8])
#: Completeness of the not-yet-final days: today, yesterday, the day before.
PARTIAL_FRACTIONS = (0.35, 0.7, 0.92)
#: Relative traffic per Pacific wall-clock hour 0..23.
_DIURNAL = (2, 1.5, 1.2, 1, 1, 1.3, 2, 3, 4, 4.5, 4.8, 5, 5, 4.8, 4.6, 4.5, 4.5, 4.6, 4.8, 5, 4.8, 4, 3.2, 2.5)


def stable_hash(*parts: object) -> int:
    """A process-independent 63-bit hash (Python's hash() is salted per process)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def _bijective_words(index: int) -> str:
    """Distinct indices give distinct phrases; popular (low) indices give short ones."""
    words = []
    n = index + 1
    base = len(_WORDS)
    while n > 0:
        n -= 1
        words.append(_WORDS[n % base])
        n //= base
    return " ".join(words)


class SiteProfile:
    """Per-site vocabularies (queries, pages) and which search types the site has; built once, lazily."""

    def __init__(self, url: str, rows_per_day: int, seed: int) -> None:
        self.url = url
        self.rows_per_day = rows_per_day
        self.seed = seed
        self.key = stable_hash("site", seed, url)
        self.n_queries = max(200, 2 * rows_per_day)
        self.n_pages = max(30, rows_per_day // 6)
        h = self.key
        self.type_share = {
            "web": 1.0,
            "image": _TYPE_SHARE["image"],
            "video": _TYPE_SHARE["video"] if h % 2 == 0 else _TYPE_SHARE["video"] / 4,
            "news": _TYPE_SHARE["news"] if (h >> 3) % 4 == 0 else 0.0,
            "discover": _TYPE_SHARE["discover"] if (h >> 5) % 3 == 0 else 0.0,
            "googleNews": _TYPE_SHARE["googleNews"] if (h >> 7) % 5 == 0 else 0.0,
        }
        if url.startswith("sc-domain:"):
            self.origin = "https://" + url.removeprefix("sc-domain:") + "/"
        else:
            self.origin = url if url.endswith("/") else url + "/"

    @cached_property
    def query_cdf(self) -> np.ndarray:
        weights = 1.0 / np.arange(1, self.n_queries + 1, dtype=np.float64) ** 1.07
        cdf = np.cumsum(weights)
        return cdf / cdf[-1]

    @cached_property
    def page_cdf(self) -> np.ndarray:
        weights = 1.0 / np.arange(1, self.n_pages + 1, dtype=np.float64) ** 0.9
        cdf = np.cumsum(weights)
        return cdf / cdf[-1]

    @cached_property
    def anonymous(self) -> np.ndarray:
        """Rare (tail) queries are anonymised: more likely the further down the popularity ranking."""
        rng = np.random.default_rng([self.seed, self.key % 2**32, 11])
        rank = np.arange(self.n_queries) / self.n_queries
        return rng.random(self.n_queries) < 0.05 + 0.45 * rank

    @cached_property
    def queries(self) -> np.ndarray:
        brand = self.origin.split("//", 1)[1].split("/", 1)[0].removeprefix("www.").split(".")[0]
        names = [_bijective_words(i) for i in range(self.n_queries)]
        for i in range(0, self.n_queries, 17):
            names[i] = f"{brand} {names[i]}"
        return np.array(names, dtype=object)

    @cached_property
    def pages(self) -> np.ndarray:
        origin = self.origin
        urls = [origin]
        for i in range(1, self.n_pages):
            words = _bijective_words(i * 7 + 3).replace(" ", "-")
            urls.append(f"{origin}{_SECTIONS[i % len(_SECTIONS)]}/{words}-{i}")
        return np.array(urls, dtype=object)

    @cached_property
    def page_appearance(self) -> np.ndarray:
        p = np.arange(self.n_pages, dtype=np.int64)
        mixed = (p * 2654435761 + self.key) % 1000
        codes = (mixed % len(APPEARANCES)).astype(np.int16)
        return np.where(mixed < 220, codes, -1).astype(np.int16)

    def rows_for(self, date: dt.date, search_type: str) -> int:
        share = self.type_share[search_type]
        if share == 0.0 or self.rows_per_day == 0:
            return 0
        wobble = 1.0 + 0.06 * np.sin(date.toordinal() * 0.37 + (self.key % 97))
        return max(1, int(round(self.rows_per_day * share * _WEEKLY[date.weekday()] * wobble)))


def _sample(rng: np.random.Generator, cdf: np.ndarray, size: int) -> np.ndarray:
    return np.searchsorted(cdf, rng.random(size), side="right").clip(0, cdf.shape[0] - 1)


def build_day(site: SiteProfile, date: dt.date, search_type: str) -> Rows:
    """The complete (final) finest-grain rows of one day: vectorised, no per-row Python."""
    n = site.rows_for(date, search_type)
    if n == 0:
        return empty_rows()
    type_index = SEARCH_TYPES.index(search_type)
    rng = np.random.default_rng([site.seed, site.key % 2**32, date.toordinal(), type_index])
    has_query = search_type not in TYPES_WITHOUT_QUERY
    n_pages = site.n_pages
    n_c, n_d = len(COUNTRIES), len(DEVICES)
    country_cdf = np.cumsum(_COUNTRY_WEIGHTS) / _COUNTRY_WEIGHTS.sum()

    def draw(m: int) -> tuple[np.ndarray, ...]:
        country = _sample(rng, country_cdf, m)
        device = _sample(rng, np.cumsum(_DEVICE_WEIGHTS), m)
        if has_query:
            query = _sample(rng, site.query_cdf, m)
            alt = rng.geometric(0.55, m) - 1  # 0 = the query's main page, 1.. = other pages it shows up with
            page = (query * 2654435761 + alt * 40503 + (query % 7) * alt) % n_pages
            key = ((query * n_pages + page) * n_c + country) * n_d + device
        else:
            query = np.full(m, -1, dtype=np.int64)
            alt = np.zeros(m, dtype=np.int64)
            page = _sample(rng, site.page_cdf, m)
            key = (page * n_c + country) * n_d + device
        return key, query, page, country, device, alt

    # Popular combinations repeat, so draw until there are n distinct ones (or the space is exhausted).
    columns = draw(int(n * 1.6) + 32)
    for _ in range(8):
        _, first = np.unique(columns[0], return_index=True)
        if first.shape[0] >= n:
            break
        more = draw(int((n - first.shape[0]) * 4) + 32)
        columns = tuple(np.concatenate([a, b]) for a, b in zip(columns, more, strict=True))
    _, query, page, country, device, alt = columns
    keep = np.sort(first)[:n]
    query, page, country, device, alt = query[keep], page[keep], country[keep], device[keep], alt[keep]
    k = keep.shape[0]
    u = (((np.maximum(query, 0) * 1000003) ^ (page * 7919 + site.key % 65536)) % 65536) / 65536.0
    position = (1.0 + 28.0 * u**2 + 7.0 * alt) * np.exp(rng.normal(0.0, 0.15, k))
    position = np.clip(position, 1.0, 100.0)
    rank = (np.maximum(query, 0) if has_query else page).astype(np.float64)
    scale = 400.0 * (max(site.rows_per_day, 50) / 2000.0) ** 0.3 * _WEEKLY[date.weekday()]
    lam = scale * (rank + 1.0) ** -0.8 * (_COUNTRY_WEIGHTS[country] / 30.0) ** 0.6
    lam *= (_DEVICE_WEIGHTS[device] / 0.58) * np.exp(-0.06 * (position - 1.0))
    impression_scale, ctr_scale = _TYPE_RATES[search_type]
    impressions = 1 + rng.poisson(lam * impression_scale)
    ctr = np.minimum(0.6, 0.32 * ctr_scale * position**-1.25)
    clicks = rng.binomial(impressions, ctr)
    return make_rows(
        day=np.full(k, date.toordinal()),
        hour=np.full(k, -1),
        query=query,
        page=page,
        country=country,
        device=device,
        appearance=site.page_appearance[page],
        clicks=clicks,
        impressions=impressions,
        possum=position * impressions,
    )


def thin(rows: Rows, fraction: float, rng: np.random.Generator) -> Rows:
    """An incomplete day: a deterministic binomial subsample of the final numbers."""
    if len(rows) == 0:
        return rows
    impressions = rng.binomial(rows.impressions, fraction)
    clicks = np.minimum(rng.binomial(rows.clicks, fraction), impressions)
    position = rows.possum / rows.impressions
    keep = impressions > 0
    out = make_rows(
        day=rows.day,
        hour=rows.hour,
        query=rows.query,
        page=rows.page,
        country=rows.country,
        device=rows.device,
        appearance=rows.appearance,
        clicks=clicks,
        impressions=impressions,
        possum=position * impressions,
    )
    return out.take(keep)


def split_hours(rows: Rows, profile: np.ndarray, hours: int, rng: np.random.Generator) -> Rows:
    """Spread a day's rows over its Pacific hours (``profile``: one weight per hour), keeping the first ``hours``.

    Every row's hourly impressions and clicks add up to its daily numbers exactly (a multinomial split of the
    impressions, then a hypergeometric draw of which of them were the clicks), so hours sum to the day.
    """
    if len(rows) == 0 or hours <= 0:
        return empty_rows()
    # Draw every hour of the day, then cut: an hour's numbers do not depend on how much of the day has passed.
    per_hour = rng.multinomial(rows.impressions, profile)
    clicks = np.empty_like(per_hour)
    left_clicks, left_impressions = rows.clicks.astype(np.int64), rows.impressions.astype(np.int64)
    for h in range(per_hour.shape[1] - 1):
        clicks[:, h] = rng.hypergeometric(left_clicks, left_impressions - left_clicks, per_hour[:, h])
        left_clicks = left_clicks - clicks[:, h]
        left_impressions = left_impressions - per_hour[:, h]
    clicks[:, -1] = left_clicks
    hours = min(hours, per_hour.shape[1])
    clicks, per_hour = clicks[:, :hours], per_hour[:, :hours]
    position = np.repeat(rows.possum / rows.impressions, hours)
    flat_imp = per_hour.reshape(-1)
    keep = flat_imp > 0
    rep = np.repeat(np.arange(len(rows)), hours)
    return make_rows(
        day=rows.day[rep][keep],
        hour=np.tile(np.arange(hours), len(rows))[keep],
        query=rows.query[rep][keep],
        page=rows.page[rep][keep],
        country=rows.country[rep][keep],
        device=rows.device[rep][keep],
        appearance=rows.appearance[rep][keep],
        clicks=clicks.reshape(-1)[keep],
        impressions=flat_imp[keep],
        possum=(position * flat_imp)[keep],
    )


# Hours of a Pacific day are counted in elapsed real hours from its midnight (which always exists in Los Angeles:
# the clocks change at 02:00), so hour codes 0..n-1 are n distinct instants: 23 on the spring-forward day, 25 on
# the fall-back day. Wall-clock arithmetic would invent 02:00 in spring and merge the two 01:00 hours in autumn.
_HOUR = dt.timedelta(hours=1)


@lru_cache(maxsize=4096)
def _day_start(day_ordinal: int) -> dt.datetime:
    """Pacific midnight of the day as a UTC instant."""
    date = dt.date.fromordinal(day_ordinal)
    return dt.datetime(date.year, date.month, date.day, tzinfo=PACIFIC).astimezone(dt.UTC)


def hours_in_day(date: dt.date) -> int:
    """24, or 23 on the spring-forward day and 25 on the fall-back day (Google's day is the Pacific day)."""
    ordinal = date.toordinal()
    return (_day_start(ordinal + 1) - _day_start(ordinal)) // _HOUR


@lru_cache(maxsize=1024)
def diurnal_profile(date: dt.date) -> np.ndarray:
    """Traffic share of each hour of the day by its wall-clock hour (the repeated 01:00 gets the 01:00 share)."""
    start = _day_start(date.toordinal())
    weights = np.array([_DIURNAL[(start + h * _HOUR).astimezone(PACIFIC).hour] for h in range(hours_in_day(date))])
    profile = weights / weights.sum()
    profile.flags.writeable = False  # shared through the cache
    return profile


@lru_cache(maxsize=65_536)
def pacific_hour_key(day_ordinal: int, hour: int) -> str:
    """Google's key of the day's hour number ``hour`` (0-based, in elapsed hours): Pacific wall-clock time with
    that instant's UTC offset, e.g. 2026-11-01T01:00:00-07:00 then 2026-11-01T01:00:00-08:00."""
    return (_day_start(day_ordinal) + hour * _HOUR).astimezone(PACIFIC).isoformat()


def pacific_hour_of(moment: dt.datetime) -> tuple[dt.date, int]:
    """The Pacific date of an aware ``moment`` and the number of its hour within that day (as in hour keys)."""
    date = moment.astimezone(PACIFIC).date()
    return date, (moment.astimezone(dt.UTC) - _day_start(date.toordinal())) // _HOUR


def current_pacific_hour() -> tuple[dt.date, int]:
    """Today's Pacific date and the current hour's number in it (its wall-clock hour except on DST days)."""
    return pacific_hour_of(dt.datetime.now(dt.UTC))


def hours_with_data(today: dt.date, date: dt.date, now: dt.datetime | None = None) -> int:
    """How many hours of ``date`` have data when the simulator's day is ``today``: all of a past day; of 'today'
    the hours up to the current one. A past 'today' replays the current Pacific time of day, so hourly data
    always ends at 'now'."""
    if date != today:
        return hours_in_day(date) if date < today else 0
    local = (now or dt.datetime.now(dt.UTC)).astimezone(PACIFIC)
    if today > local.date():
        return 0
    replay = dt.datetime.combine(today, local.time(), tzinfo=PACIFIC).replace(fold=local.fold)
    return min(pacific_hour_of(replay)[1] + 1, hours_in_day(today))


@dataclass(frozen=True)
class DayKey:
    site: str
    date: dt.date
    search_type: str
    variant: str  # "final", "partial:<fraction>", "hourly:<hours>:<fraction>"


class DayCache:
    """LRU of generated days bounded by total rows; thread-safe because truth and API may share it."""

    def __init__(self, max_rows: int = 4_000_000) -> None:
        self.max_rows = max_rows
        self._rows = 0
        self._items: OrderedDict[DayKey, Rows] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: DayKey, build: Callable[[], Rows]) -> Rows:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
        rows = build()
        with self._lock:
            self.misses += 1
            if key not in self._items:
                self._items[key] = rows
                self._rows += len(rows)
            while self._rows > self.max_rows and len(self._items) > 1:
                _, old = self._items.popitem(last=False)
                self._rows -= len(old)
        return rows


class DataSource:
    """Days for every configured site, with freshness applied relative to a given 'today'."""

    def __init__(self, sites: dict[str, int], seed: int, cache: DayCache | None = None) -> None:
        self.seed = seed
        self.profiles = {url: SiteProfile(url, rows, seed) for url, rows in sites.items()}
        self.cache = cache or DayCache()

    def final_day(self, site: str, date: dt.date, search_type: str) -> Rows:
        profile = self.profiles[site]
        return self.cache.get(DayKey(site, date, search_type, "final"), lambda: build_day(profile, date, search_type))

    def day(self, site: str, date: dt.date, search_type: str, fraction: float) -> Rows:
        """The day as served: final, or thinned to ``fraction`` when not yet complete."""
        if fraction >= 1.0:
            return self.final_day(site, date, search_type)

        def build() -> Rows:
            full = self.final_day(site, date, search_type)
            key = self.profiles[site].key
            rng = np.random.default_rng([self.seed, key % 2**32, date.toordinal(), 99, int(fraction * 1000)])
            return thin(full, fraction, rng)

        return self.cache.get(DayKey(site, date, search_type, f"partial:{fraction}"), build)

    def hourly_day(self, site: str, date: dt.date, search_type: str, fraction: float, hours: int) -> Rows:
        return self.hourly_of(self.day(site, date, search_type, fraction), site, date, search_type, hours,
                              tag=f"{fraction}")  # fmt: skip

    def hourly_of(self, base: Rows, site: str, date: dt.date, search_type: str, hours: int, *, tag: str) -> Rows:
        """`base` (one day's rows, fine or already aggregated; `tag` names it for the cache) split into hours."""

        def build() -> Rows:
            key = self.profiles[site].key
            rng = np.random.default_rng([self.seed, key % 2**32, date.toordinal(), 24, SEARCH_TYPES.index(search_type)])
            return split_hours(base, diurnal_profile(date), hours, rng)

        return self.cache.get(DayKey(site, date, search_type, f"hourly:{hours}:{tag}"), build)
