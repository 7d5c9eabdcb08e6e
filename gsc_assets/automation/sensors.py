"""Sensors: site discovery (sites.list -> dynamic site partitions) and data availability (recent days that are
missing, or loaded fresh and now final)."""

import asyncio
import datetime as dt

import dagster as dg

from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.gsc import GscClient, GscError
from gsc_assets.partitions import FINAL_LAG_DAYS, SITE_PARTITIONS_NAME, join_key, pacific_today, site_partitions
from gsc_assets.resources import GscResource, WarehouseResource

DISCOVERY_INTERVAL_S = 15 * 60
AVAILABILITY_INTERVAL_S = 30 * 60
LOOKBACK_DAYS = 10


def _discover(gsc: GscResource) -> list[str]:
    configured = gsc.configured_sites()
    if configured:
        return configured

    async def listed() -> list[str]:
        async with GscClient(gsc.settings()) as client:
            return await client.list_sites()

    return asyncio.run(listed())


@dg.sensor(minimum_interval_seconds=DISCOVERY_INTERVAL_S, default_status=dg.DefaultSensorStatus.RUNNING)
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
    *, sites: list[str], held: dict[tuple[str, dt.date], str], today: dt.date, data_state: str
) -> list[dg.RunRequest]:
    """Runs for recent days never loaded, and for days loaded fresh that are final now (re-fetched)."""
    last_final = today - dt.timedelta(days=FINAL_LAG_DAYS)
    newest = today - dt.timedelta(days=1) if data_state == "all" else last_final
    window = [today - dt.timedelta(days=n) for n in range(LOOKBACK_DAYS, 0, -1)]
    requests = []
    for site in sites:
        missing = [day for day in window if day <= newest and (site, day) not in held]
        promote = [day for day in window if day <= last_final and held.get((site, day)) == "fresh"]
        for kind, days, refetch in (("missing", missing, False), ("final", promote, True)):
            for start, end in contiguous_ranges(days):
                requests.append(
                    dg.RunRequest(
                        run_key=f"{kind}:{site}:{start}:{end}:{today}",
                        run_config={"ops": {"gsc_search_analytics": {"config": {"refetch": refetch}}}},
                        tags={
                            ASSET_PARTITION_RANGE_START_TAG: join_key(site, start),
                            ASSET_PARTITION_RANGE_END_TAG: join_key(site, end),
                            "gsc/reason": kind,
                        },
                    )
                )
    return requests


def build_availability_sensor(fetch_keys: list[dg.AssetKey]) -> dg.SensorDefinition:
    @dg.sensor(
        name="data_availability_sensor",
        minimum_interval_seconds=AVAILABILITY_INTERVAL_S,
        target=dg.AssetSelection.assets(*fetch_keys),
        default_status=dg.DefaultSensorStatus.STOPPED,
    )
    def data_availability_sensor(
        context: dg.SensorEvaluationContext, gsc: GscResource, warehouse: WarehouseResource
    ) -> dg.SensorResult:
        """Requests the recent days that became available (or final) and are not yet loaded as final."""
        sites = context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)
        if not sites:
            return dg.SensorResult(skip_reason="no sites yet (see site_discovery_sensor)")
        today = pacific_today()
        with warehouse.warehouse() as wh:
            held = wh.loaded_partitions(sites, today - dt.timedelta(days=LOOKBACK_DAYS), today)
        requests = availability_requests(sites=sites, held=held, today=today, data_state=gsc.settings().data_state)
        if not requests:
            return dg.SensorResult(skip_reason="every recent day is loaded")
        return dg.SensorResult(run_requests=requests)

    return data_availability_sensor
