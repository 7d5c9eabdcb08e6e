"""``gsc-assets simulate``: run the simulator until SIGINT/SIGTERM (wired by gsc_assets.cli)."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

from ._config import DEFAULT_QPM, DEFAULT_QPM_PER_PROJECT, DEFAULT_SITES, DEFAULT_TOKEN_TTL, FINAL_LAG_DAYS, SimConfig
from .server import SimulatorServer


def _site(value: str) -> tuple[str, int]:
    """URL[=ROWS]; the '=' split is from the right so URL-prefix sites with '=' in a query still parse."""
    url, sep, rows = value.rpartition("=")
    if sep and rows.isdigit():
        return url, int(rows)
    return value, 2000


def _probability(value: str) -> float:
    p = float(value)
    if not 0.0 <= p <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a probability in [0, 1]")
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gsc-assets simulate", description="Run a local Google Search Console API simulator."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on startup)")
    parser.add_argument("--site", action="append", type=_site, metavar="URL[=ROWS_PER_DAY]", help="repeatable")
    parser.add_argument("--today", type=dt.date.fromisoformat, help="YYYY-MM-DD, never later than the real date")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--time-scale", type=float, default=1.0, help="K: quota windows are 60/K s, latency /K")
    parser.add_argument("--qpm-per-site", type=int, default=DEFAULT_QPM)
    parser.add_argument("--qpm-per-user", type=int, default=DEFAULT_QPM)
    parser.add_argument("--qpm-per-project", type=int, default=DEFAULT_QPM_PER_PROJECT, help="per Cloud project")
    parser.add_argument(
        "--load-quota-short",
        type=float,
        default=0.0,
        metavar="COST",
        help="per-site load budget per 10-minute window (600/K s); cost = days x (page, query involved); 0 = off",
    )
    parser.add_argument(
        "--load-quota-long",
        type=float,
        default=0.0,
        metavar="COST",
        help="per-site load budget per 1-day window (86400/K s); 0 = off",
    )
    parser.add_argument("--latency-ms", type=float, default=0.0)
    for fault in ("5xx", "429", "reset", "slow", "malformed", "truncated", "content-type"):
        parser.add_argument(f"--fault-{fault}", type=_probability, default=0.0, metavar="P")
    parser.add_argument("--quota-403", action="store_true", help="answer quota excess with 403 quotaExceeded")
    parser.add_argument("--token-ttl", type=int, default=DEFAULT_TOKEN_TTL)
    parser.add_argument("--tls", action="store_true", help="HTTPS with HTTP/2; the CA is written beside the key")
    parser.add_argument("--key-out", type=Path, help="write a service-account key JSON for this simulator")
    parser.add_argument("--authorized-user-out", type=Path, help="write an OAuth refresh-token JSON")
    parser.add_argument("--workdir", type=Path, help="where credential and certificate files go (default: temp)")
    parser.add_argument(
        "--export-to",
        type=Path,
        metavar="DIR",
        help="write each site's BigQuery bulk export (NDJSON and bq schemas, one directory per site) of the final "
        "days --export-start..--export-end (default: the last 7) and exit, instead of serving",
    )
    parser.add_argument("--export-start", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--export-end", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = SimConfig(
            sites=dict(args.site) if args.site else dict(DEFAULT_SITES),
            today=args.today,
            seed=args.seed,
            time_scale=args.time_scale,
            qpm_per_site=args.qpm_per_site,
            qpm_per_user=args.qpm_per_user,
            qpm_per_project=args.qpm_per_project,
            load_quota_short=args.load_quota_short,
            load_quota_long=args.load_quota_long,
            latency_ms=args.latency_ms,
            fault_5xx=args.fault_5xx,
            fault_429=args.fault_429,
            fault_reset=args.fault_reset,
            fault_slow=args.fault_slow,
            fault_malformed=args.fault_malformed,
            fault_truncated=args.fault_truncated,
            fault_content_type=args.fault_content_type,
            quota_403=args.quota_403,
            token_ttl=args.token_ttl,
        )
    except ValueError as exc:
        print(f"gsc-assets simulate: {exc}", file=sys.stderr)
        return 2
    if args.export_to is not None:
        return _write_exports(config, args.export_to, args.export_start, args.export_end)
    temp = None if args.workdir else tempfile.TemporaryDirectory(prefix="gsc-sim-")
    workdir = args.workdir or Path(temp.name)  # type: ignore[union-attr]
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server = SimulatorServer(config, host=args.host, port=args.port, tls=args.tls, workdir=workdir, fast_loop=True)
        with server:
            _publish(server, args.key_out, args.authorized_user_out)
            print(server.base_url, flush=True)
            print(f"service-account key: {args.key_out or server.key_path}", file=sys.stderr, flush=True)
            print(f"authorized user: {args.authorized_user_out or server.authorized_user_path}", file=sys.stderr)
            if server.ca_pem_path:
                print(f"CA certificate: {_ca_target(server, args.key_out)}", file=sys.stderr, flush=True)
            while not stop.wait(0.5):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if temp is not None:
            temp.cleanup()
    return 0


def _write_exports(config: SimConfig, target: Path, start: dt.date | None, end: dt.date | None) -> int:
    """The simulator's export of each site, computed in-process (no server): final days only, as Google exports."""
    from .app import create_app
    from .export import site_directory_name, write_export

    app = create_app(config)
    last_final = app.today - dt.timedelta(days=FINAL_LAG_DAYS)
    end = end or last_final
    start = start or end - dt.timedelta(days=6)
    if start > end or end > last_final:
        print(f"gsc-assets simulate: export days must be final, {start}..{end} is not within ..{last_final}",
              file=sys.stderr)  # fmt: skip
        return 2
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]

    def truth(**params: object) -> dict[str, object]:
        return app.truth({key: str(value) for key, value in params.items() if value is not None})

    published = dt.datetime.now(dt.UTC)
    for site in config.sites:
        directory = target / site_directory_name(site)
        written = write_export(truth, site, days, directory, published=published)
        print(f"{site}: {directory} ({', '.join(f'{n} {t}' for t, n in written.items())})", flush=True)
    return 0


def _ca_target(server: SimulatorServer, key_out: Path | None) -> Path:
    assert server.ca_pem_path is not None
    return key_out.with_name(key_out.stem + "-ca.pem") if key_out else server.ca_pem_path


def _publish(server: SimulatorServer, key_out: Path | None, user_out: Path | None) -> None:
    for source, target in ((server.key_path, key_out), (server.authorized_user_path, user_out)):
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            target.chmod(0o600)
    if server.ca_pem_path is not None and key_out is not None:
        shutil.copyfile(server.ca_pem_path, _ca_target(server, key_out))


if __name__ == "__main__":
    raise SystemExit(main())
