"""The `gsc-assets` command: simulate, sync, demo, dev, bench (`sync` in `cli.sync`, `demo` and `dev` in `cli.app`).

Every failure a user can cause ends in one line on stderr and a non-zero exit code, never a traceback: 2 for a
command line argparse refuses (EXIT_USAGE), 1 for anything else (EXIT_FAILED). Each command imports what it needs
when it runs, so `--help` and a no-op `sync` do not pay for the others.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

EXIT_USAGE = 2
EXIT_FAILED = 1


class CliError(Exception):
    """A failure explained in one line to the user."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a refused command line is one line on stderr (not the usage block, then the error)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _simulate(argv: Sequence[str]) -> int:
    from gsc_assets.simulator.cli import main as simulate_main

    return simulate_main(list(argv))


def start_up_without_gc() -> None:
    """Run the start-up without the cyclic garbage collector, and let the process exit skip its last collections.

    Importing Dagster, its Postgres storage and our packages leaves ~340,000 objects for the collector to track and
    next to no garbage, yet it walked that growing graph again and again during the imports (~0.2 s on 2 cores) and
    once more at exit (~0.4 s): together about what the imports themselves cost. Freezing at exit only spares that
    last walk: the memory goes back to the system with the process. `start_up_over` turns collection back on before
    any real work.
    """
    gc.disable()
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def start_up_over() -> None:
    """Collect again (a run allocates and drops tables, answers and events); the start-up's objects go to the
    permanent generation first, so that no collection walks them again."""
    gc.freeze()
    gc.enable()


def _sync(args: argparse.Namespace) -> int:
    start_up_without_gc()  # before the command's imports
    try:
        from gsc_assets.cli.sync import SyncRequest, parse_date
        from gsc_assets.cli.sync import main as sync_main

        request = SyncRequest(
            start=parse_date(args.start, "--start"),
            end=parse_date(args.end, "--end"),
            sites=tuple(args.site or ()),
            as_json=args.json,
            refetch=args.refetch,
        )
        return sync_main(request)
    finally:
        gc.enable()


def _demo(args: argparse.Namespace) -> int:
    # Checked before anything starts (the demo's simulator, the embedded server).
    if args.days < 1:
        raise CliError(f"--days {args.days} is not a number of days >= 1")
    from gsc_assets.cli.app import demo, demo_range
    from gsc_assets.partitions import pacific_today, retention_start

    oldest = retention_start(pacific_today())
    start, end = demo_range(args.days)
    if start < oldest:
        most = (end - oldest).days + 1
        raise CliError(f"--days {args.days} reaches back before Google's 16-month retention (at most {most} days)")
    return demo(days=args.days)


def _dev(args: argparse.Namespace) -> int:
    from gsc_assets.cli.app import dev

    return dev(host=args.host, port=args.port, simulate=args.simulate)


def _bench(args: argparse.Namespace) -> int:
    import subprocess
    from pathlib import Path

    # The benchmarks live beside the package in a source checkout (they are not installed with it).
    root = Path(__file__).resolve().parents[2]
    if not (root / "benchmarks" / "run.py").exists():
        raise CliError("the benchmarks ship with the source checkout, not with the installed package")
    command = [sys.executable, "-m", "benchmarks.run", *(["--quick"] if args.quick else [])]
    return subprocess.run(command, cwd=root).returncode


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gsc-assets",
        description="Sync Google Search Console Search Analytics into Postgres through Dagster assets.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser(
        "simulate", help="run the local GSC API simulator (options: gsc-assets simulate --help)", add_help=False
    )
    sync = sub.add_parser("sync", help="materialise date x site partitions in-process and print a summary")
    sync.add_argument("--start", required=True, help="first date, YYYY-MM-DD (Pacific time)")
    sync.add_argument("--end", required=True, help="last date, inclusive")
    sync.add_argument("--site", action="append", help="site URL (repeatable); default GSC_SITES or sites.list")
    sync.add_argument("--json", action="store_true", help="print the summary as JSON")
    sync.add_argument("--refetch", action="store_true", help="ask Google again for final data already loaded")
    sync.set_defaults(handler=_sync)
    demo = sub.add_parser("demo", help="simulator + warehouse + a 2-site x 30-day backfill + lifetime stats")
    demo.add_argument("--days", type=int, default=30)
    demo.set_defaults(handler=_demo)
    dev = sub.add_parser("dev", help="the Dagster UI and daemon on this project's instance")
    dev.add_argument("--port", type=int, default=3000)
    dev.add_argument("--host", default="127.0.0.1")
    dev.add_argument("--simulate", action="store_true", help="serve the demo sites from a local simulator")
    dev.set_defaults(handler=_dev)
    bench = sub.add_parser("bench", help="the benchmark suite; results in docs/BENCHMARKS.md")
    bench.add_argument("--quick", action="store_true")
    bench.set_defaults(handler=_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "simulate":
        return _simulate(args[1:])
    parser = _parser()
    try:
        parsed = parser.parse_args(args)
    except SystemExit as exit_:  # --help, or a refused command line (already explained on stderr)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        return parsed.handler(parsed)
    except KeyboardInterrupt:
        print("gsc-assets: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # every user-facing failure ends in one line, never a traceback
        if os.environ.get("GSC_DEBUG"):
            raise
        print(f"gsc-assets {parsed.command}: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    known = ("SyncError", "GscError", "WarehouseError", "CliError")
    if any(cls.__name__ in known or cls.__name__.startswith("Gsc") for cls in type(exc).__mro__):
        return first
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
