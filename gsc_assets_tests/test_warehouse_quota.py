"""PostgresQuotaStore: the sliding-window bound holds across connections and processes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import psycopg
import pytest

from gsc_assets.warehouse import PostgresQuotaStore, Warehouse

WINDOW = 0.5
SITE_LIMIT, USER_LIMIT = 12, 20
RUN_SECONDS = 2.0

TAKER = textwrap.dedent(
    """
    import asyncio, random, sys, time
    from gsc_assets.warehouse import PostgresQuotaStore

    async def taker(dsn, site, seconds, seed):
        rng = random.Random(seed)
        granted_total = 0
        async with PostgresQuotaStore(dsn) as store:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                granted, wait = await store.take([(site, %(site_limit)d), ("user:shared", %(user_limit)d)],
                                                 rng.randint(1, 3), %(window)r)
                granted_total += granted
                if granted == 0:
                    await asyncio.sleep(min(wait, 0.05))
        return granted_total

    if __name__ == "__main__":
        print(asyncio.run(taker(sys.argv[1], sys.argv[2], float(sys.argv[3]), 99)))
    """
) % {"site_limit": SITE_LIMIT, "user_limit": USER_LIMIT, "window": WINDOW}

_namespace: dict = {}
exec(compile(TAKER, "<taker>", "exec"), _namespace)  # the same loop runs in-process and in the subprocess
taker = _namespace["taker"]


@pytest.fixture(scope="module")
def dsn(pg_url: str) -> Iterator[str]:
    with Warehouse(pg_url) as wh:
        wh.migrate()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        # Test-only audit trail: grants are pruned after a window, the bound is checked on all of them.
        conn.execute("CREATE TABLE quota_audit (bucket text, granted_at timestamptz, slots int)")
        conn.execute(
            "CREATE FUNCTION quota_audit_copy() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN INSERT INTO quota_audit VALUES (NEW.bucket, NEW.granted_at, NEW.slots); RETURN NEW; END $$"
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


def test_bound_holds_across_tasks_and_a_process(dsn: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", TAKER, dsn, "site:a", str(RUN_SECONDS)], stdout=subprocess.PIPE, text=True
    )

    async def main() -> list[int]:
        jobs = [taker(dsn, "site:a" if i % 2 else "site:b", RUN_SECONDS, i) for i in range(5)]
        return await asyncio.gather(*jobs)

    started = time.monotonic()
    in_process = asyncio.run(main())
    out, _ = process.communicate(timeout=30)
    elapsed = time.monotonic() - started
    assert process.returncode == 0
    from_process = int(out.strip())
    assert from_process > 0 and all(n > 0 for n in in_process)

    windows = worst_windows(dsn)
    assert windows["site:a"][0] <= SITE_LIMIT
    assert windows["site:b"][0] <= SITE_LIMIT
    assert windows["user:shared"][0] <= USER_LIMIT
    # Every grant is recorded in both of its buckets.
    assert windows["user:shared"][1] == windows["site:a"][1] + windows["site:b"][1]
    assert windows["user:shared"][1] == sum(in_process) + from_process
    # The budget is used, not merely respected: the shared user bucket is the binding one.
    ceiling = USER_LIMIT * (elapsed / WINDOW + 1)
    assert windows["user:shared"][1] >= 0.5 * USER_LIMIT * (RUN_SECONDS / WINDOW), (windows, ceiling)


def test_wait_hint_and_pause(dsn: str) -> None:
    async def main() -> None:
        async with PostgresQuotaStore(dsn) as store, PostgresQuotaStore(dsn) as other:
            assert await store.take([("site:c", 3)], 5, 1.0) == (3, pytest.approx(1.0, abs=0.1))
            granted, wait = await other.take([("site:c", 3)], 1, 1.0)
            assert granted == 0 and 0.5 < wait <= 1.0
            await store.pause(["site:d"], 0.3)
            granted, wait = await other.take([("site:d", 100), ("site:e", 100)], 1, 1.0)
            assert granted == 0 and 0.1 < wait <= 0.3
            await asyncio.sleep(wait + 0.02)
            assert (await other.take([("site:d", 100)], 2, 1.0))[0] == 2
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
