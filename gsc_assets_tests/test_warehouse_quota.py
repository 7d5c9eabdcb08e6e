"""PostgresQuotaStore: the sliding-window bound holds across connections and processes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import psycopg
import pytest

from gsc_assets.warehouse import PostgresQuotaStore, Warehouse

WINDOW = 0.5
SITE_LIMIT, USER_LIMIT = 12, 20
TARGET = 12  # slots each taker must be granted before it stops: a count, not a run time
SUBPROCESS_SEED = 99

TAKER = textwrap.dedent(
    """
    import asyncio, random, sys
    from gsc_assets.warehouse import PostgresQuotaStore

    async def taker(dsn, site, target, seed, *, granted_once=None, until=lambda: True):
        \"\"\"Take 1-3 slots at a time until `target` are granted and `until()` holds; return the slots granted.\"\"\"
        rng = random.Random(seed)
        granted_total = 0
        async with PostgresQuotaStore(dsn, application_name=f"taker-{seed}") as store:
            while granted_total < target or not until():
                granted, wait = await store.take([(site, %(site_limit)d), ("user:shared", %(user_limit)d)],
                                                 rng.randint(1, 3), %(window)r)
                granted_total += granted
                if granted and granted_once is not None and not granted_once.done():
                    granted_once.set_result(None)
                if granted == 0:
                    await asyncio.sleep(min(wait, 0.05))
        return granted_total

    if __name__ == "__main__":
        sys.stdin.readline()  # "go": the in-process takers are all taking by now
        print(asyncio.run(taker(sys.argv[1], sys.argv[2], int(sys.argv[3]), %(seed)d)))
    """
) % {"site_limit": SITE_LIMIT, "user_limit": USER_LIMIT, "window": WINDOW, "seed": SUBPROCESS_SEED}

_namespace: dict = {}
exec(compile(TAKER, "<taker>", "exec"), _namespace)  # the same loop runs in-process and in the subprocess
taker = _namespace["taker"]


@pytest.fixture(scope="module")
def dsn(pg_url: str) -> Iterator[str]:
    with Warehouse(pg_url) as wh:
        wh.migrate()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        # Test-only audit trail: grants are pruned after a window, the bound is checked on all of them; the
        # taking session's application_name says whose grant it was.
        conn.execute("CREATE TABLE quota_audit (bucket text, granted_at timestamptz, slots int, taker text)")
        conn.execute(
            "CREATE FUNCTION quota_audit_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO quota_audit "
            "VALUES (NEW.bucket, NEW.granted_at, NEW.slots, current_setting('application_name')); RETURN NEW; END $$"
        )
        conn.execute(
            "CREATE TRIGGER quota_audit AFTER INSERT ON gsc.quota_grant "
            "FOR EACH ROW EXECUTE FUNCTION quota_audit_copy()"
        )
    yield pg_url


def worst_windows(dsn: str) -> dict[str, tuple[int, int]]:
    """Per bucket: (most slots granted in any window, total slots granted)."""
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT bucket, max(in_window), sum(slots) FROM ("
            "  SELECT bucket, slots, sum(slots) OVER (PARTITION BY bucket ORDER BY granted_at"
            "    RANGE BETWEEN make_interval(secs => %s) PRECEDING AND CURRENT ROW) AS in_window"
            "  FROM quota_audit) AS w GROUP BY bucket",
            [WINDOW - 1e-6],
        ).fetchall()
    return {bucket: (int(worst), int(total)) for bucket, worst, total in rows}


def server_clock(conn: psycopg.Connection) -> float:
    """The Postgres clock the store stamps grants and pauses with, as epoch seconds."""
    return conn.execute("SELECT extract(epoch FROM clock_timestamp())::float8").fetchone()[0]


def test_bound_holds_across_tasks_and_a_process(dsn: str) -> None:
    """Five takers in this process and one in another compete for one shared user bucket and two site buckets.
    The other process starts taking only once every in-process taker has been granted a slot, and those keep
    taking until it has exited, so every one of its grants was made against them."""
    process = subprocess.Popen(
        [sys.executable, "-c", TAKER, dsn, "site:a", str(TARGET)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip

    async def main() -> list[int]:
        loop = asyncio.get_running_loop()
        firsts = [loop.create_future() for _ in range(5)]
        jobs = [
            asyncio.ensure_future(
                taker(dsn, "site:a" if i % 2 else "site:b", TARGET, i, granted_once=firsts[i],
                      until=lambda: process.poll() is not None)
            )
            for i in range(5)
        ]  # fmt: skip
        await asyncio.wait_for(asyncio.gather(*firsts), 60)
        process.stdin.write("go\n")  # type: ignore[union-attr]
        process.stdin.flush()  # type: ignore[union-attr]
        return await asyncio.gather(*jobs)

    try:
        in_process = asyncio.run(main())
        out, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:  # a failure above: do not leave it waiting for "go"
            process.kill()
            process.wait()
    assert process.returncode == 0
    from_process = int(out.strip())

    windows = worst_windows(dsn)
    assert windows["site:a"][0] <= SITE_LIMIT
    assert windows["site:b"][0] <= SITE_LIMIT
    assert windows["user:shared"][0] <= USER_LIMIT
    # Every grant is recorded in both of its buckets, and what each taker was told it got is what was recorded.
    assert windows["user:shared"][1] == windows["site:a"][1] + windows["site:b"][1]
    assert windows["user:shared"][1] == sum(in_process) + from_process
    with psycopg.connect(dsn) as conn:
        recorded = dict(conn.execute("SELECT taker, sum(slots) FROM quota_audit WHERE bucket = 'user:shared' "
                                     "GROUP BY taker").fetchall())  # fmt: skip
        first_own, first_other = conn.execute(
            "SELECT min(granted_at) FILTER (WHERE taker <> %(sub)s), min(granted_at) FILTER (WHERE taker = %(sub)s) "
            "FROM quota_audit WHERE bucket = 'user:shared'",
            {"sub": f"taker-{SUBPROCESS_SEED}"},
        ).fetchone()
    assert recorded == {f"taker-{i}": n for i, n in [*enumerate(in_process), (SUBPROCESS_SEED, from_process)]}
    assert first_own < first_other


def test_the_whole_budget_is_granted_and_no_more(dsn: str) -> None:
    """Used, not merely respected: a bucket with room grants every slot asked for, up to its limit exactly, and the
    bucket with the least room decides. A minute's window, so nothing ages out while the test runs."""

    async def main() -> None:
        async with PostgresQuotaStore(dsn) as store:
            site_g, site_h, user = ("site:g", SITE_LIMIT), ("site:h", SITE_LIMIT), ("user:gh", USER_LIMIT)
            assert [(await store.take([site_g, user], 1, 60.0))[0] for _ in range(SITE_LIMIT + 1)] == [
                1
            ] * SITE_LIMIT + [0]
            assert (await store.take([site_h, user], SITE_LIMIT, 60.0))[0] == USER_LIMIT - SITE_LIMIT
            assert (await store.take([site_h], SITE_LIMIT, 60.0))[0] == SITE_LIMIT - (USER_LIMIT - SITE_LIMIT)

    asyncio.run(main())


def test_wait_hint_and_pause(dsn: str) -> None:
    """The hints are computed from the server clock; bracketing each call with that clock makes them exact."""

    async def main() -> None:
        async with PostgresQuotaStore(dsn) as store, PostgresQuotaStore(dsn) as other:
            with psycopg.connect(dsn, autocommit=True) as clock:
                # 3 of 5 granted; the next slot frees when these age out, a whole window from now
                assert await store.take([("site:c", 3)], 5, 60.0) == (3, 60.0)
                (granted_at,) = clock.execute(
                    "SELECT extract(epoch FROM granted_at)::float8 FROM gsc.quota_grant WHERE bucket = 'site:c'"
                ).fetchone()
                before = server_clock(clock)
                granted, wait = await other.take([("site:c", 3)], 1, 60.0)  # another connection, the same bucket
                after = server_clock(clock)
                assert granted == 0
                assert granted_at + 60.0 - after - 1e-5 <= wait <= granted_at + 60.0 - before + 1e-5

                before = server_clock(clock)
                await store.pause(["site:d"], 60.0)
                after = server_clock(clock)
                (until,) = clock.execute(
                    "SELECT extract(epoch FROM until)::float8 FROM gsc.quota_pause WHERE bucket = 'site:d'"
                ).fetchone()
                assert before + 60.0 - 1e-5 <= until <= after + 60.0 + 1e-5
                await store.pause(["site:d"], 0.1)  # a shorter pause never shortens a longer one
                assert clock.execute(
                    "SELECT extract(epoch FROM until)::float8 FROM gsc.quota_pause WHERE bucket = 'site:d'"
                ).fetchone() == (until,)
                before = server_clock(clock)
                granted, wait = await other.take([("site:d", 100), ("site:e", 100)], 1, 1.0)
                after = server_clock(clock)
                assert granted == 0 and until - after - 1e-5 <= wait <= until - before + 1e-5

                # A pause ends: sleeping past its end (by the server clock) is enough.
                await store.pause(["site:i"], 0.3)
                (left,) = clock.execute(
                    "SELECT extract(epoch FROM until - clock_timestamp())::float8 FROM gsc.quota_pause "
                    "WHERE bucket = 'site:i'"
                ).fetchone()
                await asyncio.sleep(max(left, 0.0) + 0.02)
                assert (await other.take([("site:i", 100)], 2, 1.0))[0] == 2
                assert await other.take([], 4, 1.0) == (4, 0.0)

    asyncio.run(main())


def test_dead_taker_holds_budget_one_window_at_most(dsn: str) -> None:
    code = (
        "import asyncio, os, sys\n"
        "from gsc_assets.warehouse import PostgresQuotaStore\n"
        "async def main():\n"
        "    store = PostgresQuotaStore(sys.argv[1])\n"
        "    print(await store.take([('site:f', 4)], 4, 1.5), flush=True)\n"
        "    os._exit(0)\n"
        "asyncio.run(main())\n"
    )
    subprocess.run([sys.executable, "-c", code, dsn], check=True, timeout=30)

    async def main() -> tuple[int, float]:
        async with PostgresQuotaStore(dsn) as store:
            granted, wait = await store.take([("site:f", 4)], 1, 1.5)
            assert granted == 0
            await asyncio.sleep(wait)
            return await store.take([("site:f", 4)], 4, 1.5)

    assert asyncio.run(main())[0] == 4
