"""Measure the simulator: day build time and small-query throughput of a server pinned to one core.

``python -m gsc_assets.simulator.bench [--seconds S] [--concurrency C]`` prints JSON. Not a test: the numbers
depend on the machine, so they are recorded, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zlib
from pathlib import Path

import httpx
import orjson
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .data import DataSource, SiteProfile, build_day
from .query import Engine, parse_query


def day_build_ms(rows_per_day: int = 55_000, days: int = 7) -> dict[str, float]:
    profile = SiteProfile("https://bench.example/", rows_per_day, seed=0)
    profile.queries, profile.pages  # noqa: B018 - vocabularies are built once per site, not per day
    timings, sizes = [], []
    for i in range(days):
        started = time.perf_counter()
        rows = build_day(profile, dt.date(2026, 10, 1) + dt.timedelta(days=i), "web")
        timings.append((time.perf_counter() - started) * 1000)
        sizes.append(len(rows))
    return {"rows_mean": statistics.mean(sizes), "ms_median": statistics.median(timings), "ms_max": max(timings)}


def big_page_ms(rows_per_day: int = 55_000) -> dict[str, float]:
    """One full 25,000-row page of a ~50k-row day: cold (generate, aggregate) and warm (slice, serialise)."""
    source = DataSource({"https://bench.example/": rows_per_day}, seed=0)
    engine = Engine(source)
    profile = source.profiles["https://bench.example/"]
    profile.queries, profile.pages  # noqa: B018
    body = {"startDate": "2026-10-06", "endDate": "2026-10-06", "dimensions": ["query", "page", "country", "device"],
            "rowLimit": 25_000}  # fmt: skip
    query = parse_query(body)
    timings = {}
    for label in ("cold", "warm"):
        started = time.perf_counter()
        answer = engine.answer("https://bench.example/", query, dt.date(2026, 11, 20))
        payload = orjson.dumps({"rows": engine.render("https://bench.example/", query, answer, 0, 25_000)})
        zipped = zlib.compress(payload, 1, wbits=31)
        timings[f"{label}_ms"] = (time.perf_counter() - started) * 1000
    timings.update(answer_rows=len(answer), json_bytes=len(payload), gzip_bytes=len(zipped))
    return timings


def _start_server(workdir: Path, core: int | None) -> tuple[subprocess.Popen[str], str]:
    code = "import sys; from gsc_assets.simulator.cli import main; raise SystemExit(main(sys.argv[1:]))"
    argv = ["--port", "0", "--today", "2026-11-20", "--qpm-per-site", "10000000", "--qpm-per-user", "10000000",
            "--key-out", str(workdir / "key.json")]  # fmt: skip

    def pin() -> None:
        if core is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {core})

    proc = subprocess.Popen([sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, text=True, preexec_fn=pin)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


async def _load(base_url: str, key: dict, seconds: float, concurrency: int) -> dict[str, float]:

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"iss": key["client_email"], "aud": key["token_uri"], "iat": now, "exp": now + 3600,
              "scope": "https://www.googleapis.com/auth/webmasters.readonly"}  # fmt: skip
    signing_input = f"{b64(json.dumps({'alg': 'RS256', 'typ': 'JWT'}).encode())}.{b64(json.dumps(claims).encode())}"
    private = serialization.load_pem_private_key(key["private_key"].encode(), password=None)
    assert isinstance(private, rsa.RSAPrivateKey)
    sig = private.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        form = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": f"{signing_input}.{b64(sig)}"}
        token = (await client.post("/token", data=form)).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        site = urllib.parse.quote("sc-domain:example.com", safe="")
        path = f"/webmasters/v3/sites/{site}/searchAnalytics/query"
        dates = [(dt.date(2026, 10, 1) + dt.timedelta(days=i)).isoformat() for i in range(30)]
        for day in dates:  # warm the day cache: the figure is about serving, not generating
            body = {"startDate": day, "endDate": day, "dimensions": ["query", "device"]}
            await client.post(path, json=body, headers=headers)
    # A bare keep-alive HTTP/1.1 client: httpx costs more CPU per request than the server does, which would
    # measure the client instead.
    host, port = urllib.parse.urlsplit(base_url).hostname, urllib.parse.urlsplit(base_url).port
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker(offset: int) -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection(host, port)
        i = offset
        try:
            while time.perf_counter() < deadline:
                day = dates[i % len(dates)]
                body = json.dumps({"startDate": day, "endDate": day, "dimensions": ["query", "device"],
                                   "rowLimit": 10, "startRow": (i * 7) % 200}).encode()  # fmt: skip
                head = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
                        "Content-Type: application/json\r\nAccept-Encoding: gzip\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n")  # fmt: skip
                writer.write(head.encode() + body)
                status_line = await reader.readline()
                length = 0
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                payload = await reader.readexactly(length)
                if payload[:2] == b"\x1f\x8b":
                    payload = gzip.decompress(payload)
                if b" 200 " not in status_line or not payload.startswith(b'{"rows"'):
                    raise RuntimeError(f"unexpected answer {status_line!r} {payload[:100]!r}")
                done += 1
                i += 1
        finally:
            writer.close()
            await writer.wait_closed()

    started = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {"queries": done, "seconds": elapsed, "queries_per_s": done / elapsed, "concurrency": concurrency}


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def queries_per_second(seconds: float = 5.0, concurrency: int = 16) -> dict[str, float]:
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    server_core = cores[0] if len(cores) > 1 else None
    with tempfile.TemporaryDirectory() as tmp:
        proc, base_url = _start_server(Path(tmp), server_core)
        try:
            if len(cores) > 1 and hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(0, set(cores[1:]))
            key = json.loads((Path(tmp) / "key.json").read_text())
            cpu_before = _cpu_seconds(proc.pid)
            result = asyncio.run(_load(base_url, key, seconds, concurrency))
            # share of one core the server burnt while under load: near 1.0 means the server was the limit
            result["server_cpu_share"] = (_cpu_seconds(proc.pid) - cpu_before) / result["seconds"]
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            if cores and hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(0, set(cores))
    result["server_pinned_to_core"] = server_core if server_core is not None else -1
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gsc_assets.simulator.bench")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args(argv)
    report = {
        "day_build_50k": day_build_ms(),
        "page_25k": big_page_ms(),
        "server": queries_per_second(args.seconds, args.concurrency),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
