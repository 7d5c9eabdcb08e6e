"""Sensors: site discovery (sites.list -> dynamic site partitions) and data availability (recent days that are
missing, or loaded fresh and now final)."""

import asyncio
import datetime as dt

import dagster as dg

from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.automation.settings import interval_s, sensor_status
from gsc_assets.gsc import Availability, GscClient, GscError
from gsc_assets.partitions import FINAL_LAG_DAYS, SITE_PARTITIONS_NAME, join_key, pacific_today, site_partitions
from gsc_assets.resources import GscResource, WarehouseResource

DISCOVERY_INTERVAL_S = 15 * 60
AVAILABILITY_INTERVAL_S = 30 * 60
# The sensor looks at the newest LOOKBACK_DAYS days Google has rows for; its probe asks for PROBE_DAYS (one
# request per search type either way), so a site whose data stopped a while ago is still seen.
LOOKBACK_DAYS = 10
PROBE_DAYS = 30


def _discover(gsc: GscResource) -> list[str]:
    configured = gsc.configured_sites()
    if configured:
        return configured

    async def listed() -> list[str]:
        async with GscClient(gsc.settings()) as client:
            return await client.list_sites()

    return asyncio.run(listed())


@dg.sensor(
    minimum_interval_seconds=interval_s("GSC_DISCOVERY_INTERVAL_S", DISCOVERY_INTERVAL_S),
    default_status=sensor_status("site_discovery_sensor"),
    description="Adds a site partition for every site in GSC_SITES or, without it, every site the credentials can "
    "read (sites.list). Sites added by hand that no credential can read fail their runs before any request.",
)
def site_discovery_sensor(context: dg.SensorEvaluationContext, gsc: GscResource) -> dg.SensorResult:
    """Adds every site in GSC_SITES (or, without it, every site the credentials can read) as a site partition."""
    try:
        sites = _discover(gsc)
    except GscError as exc:
        return dg.SensorResult(skip_reason=f"cannot list sites: {exc}")
    known = set(context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME))
    new = [site for site in sites if site not in known]
    if not new:
        return dg.SensorResult(skip_reason=f"no new sites ({len(known)} known)")
    context.log.info(f"adding sites: {new}")
    return dg.SensorResult(dynamic_partitions_requests=[site_partitions.build_add_request(new)])


def contiguous_ranges(days: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    ranges: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if ranges and (day - ranges[-1][1]).days == 1:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def availability_requests(
    *,
    available: dict[str, Availability],
    held: dict[tuple[str, dt.date], str],
    data_state: str,
    last_partition: dt.date,
) -> list[dg.RunRequest]:
    """Runs for the recent days Google has and we do not (fresh ones too with `all`), and for days loaded fresh
    that Google now calls final (re-fetched). Recent = the LOOKBACK_DAYS up to the newest day Google has."""
    requests = []
    for site, availability in available.items():
        if not availability.days_with_rows:
            continue
        # The newest day Google has: the newest with rows, or the newest final one (a quiet site's empty days).
        newest_final = availability.first_incomplete - dt.timedelta(days=1)
        newest = min(max(max(availability.days_with_rows), newest_final), last_partition)
        window = [newest - dt.timedelta(days=n) for n in range(LOOKBACK_DAYS - 1, -1, -1)]

        def ready(day: dt.date, availability: Availability = availability) -> bool:
            # A final day without rows is an empty day to record; a fresh one is fetched only in `all` mode.
            return availability.final(day) or (data_state == "all" and day in availability.days_with_rows)

        missing = [day for day in window if ready(day) and (site, day) not in held]
        promote = [day for day in window if availability.final(day) and held.get((site, day)) == "fresh"]
        for kind, days, refetch in (("missing", missing, False), ("final", promote, True)):
            for start, end in contiguous_ranges(days):
                requests.append(
                    dg.RunRequest(
                        run_key=f"{kind}:{site}:{start}:{end}:{availability.first_incomplete}",
                        run_config={"ops": {"gsc_search_analytics": {"config": {"refetch": refetch}}}},
                        tags={
                            ASSET_PARTITION_RANGE_START_TAG: join_key(site, start),
                            ASSET_PARTITION_RANGE_END_TAG: join_key(site, end),
                            "gsc/reason": kind,
                        },
                    )
                )
    return requests


def _availability(gsc: GscResource, sites: list[str], start: dt.date, end: dt.date) -> dict[str, Availability | str]:
    """Each site's availability, or the one-line reason Google could not tell."""

    async def ask() -> dict[str, Availability | str]:
        found: dict[str, Availability | str] = {}
        async with GscClient(gsc.settings()) as client:
            for site in sites:
                try:
                    found[site] = await client.availability(site, start, end)
                except GscError as exc:
                    found[site] = str(exc)
        return found

    return asyncio.run(ask())


def build_availability_sensor(job_name: str) -> dg.SensorDefinition:
    @dg.sensor(
        name="data_availability_sensor",
        minimum_interval_seconds=interval_s("GSC_AVAILABILITY_INTERVAL_S", AVAILABILITY_INTERVAL_S),
        job_name=job_name,
        default_status=sensor_status("data_availability_sensor"),
        description="Asks Google which recent days it has and which are final (one small request per site and "
        "search type), then runs the days not loaded yet and re-fetches days loaded fresh that became final.",
    )
    def data_availability_sensor(
        context: dg.SensorEvaluationContext, gsc: GscResource, warehouse: WarehouseResource
    ) -> dg.SensorResult:
        """Requests the recent days that became available (or final) and are not yet loaded as final."""
        sites = context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)
        if not sites:
            return dg.SensorResult(skip_reason="no sites yet (see site_discovery_sensor)")
        today = pacific_today()
        data_state = gsc.settings().data_state
        last_partition = today - dt.timedelta(days=1 if data_state == "all" else FINAL_LAG_DAYS)
        answers = _availability(gsc, sites, today - dt.timedelta(days=PROBE_DAYS), today - dt.timedelta(days=1))
        for site, answer in answers.items():
            if isinstance(answer, str):
                context.log.warning(f"availability of {site} unknown: {answer}")
        available = {site: answer for site, answer in answers.items() if isinstance(answer, Availability)}
        with warehouse.warehouse() as wh:
            held = wh.loaded_partitions(sites, today - dt.timedelta(days=PROBE_DAYS), today)
        requests = availability_requests(
            available=available, held=held, data_state=data_state, last_partition=last_partition
        )
        if not requests:
            return dg.SensorResult(skip_reason=f"every recent day Google has is loaded ({len(available)} sites)")
        return dg.SensorResult(run_requests=requests)

    return data_availability_sensor
