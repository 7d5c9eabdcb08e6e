"""Embedded PostgreSQL (pgserver) for machines without a server: ``ensure_embedded_server(base_dir) -> url``.

pgserver runs PostgreSQL 16 from its wheel on a unix socket only (no TCP port, so no clash with a local
server). Several processes may share one data directory: pgserver reference-counts handles in
``pgdata/.handle_pids.json``; handles of processes that died without cleanup are removed here first, because
one stale entry keeps the server from ever stopping.
"""

from __future__ import annotations

import fcntl
import json
import os
import warnings
from pathlib import Path
from typing import Any

__all__ = ["ensure_embedded_server", "stop_embedded_server"]

_servers: dict[Path, Any] = {}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clean_dead_handles(pgdata: Path) -> None:
    handles = pgdata / ".handle_pids.json"
    try:
        pids = json.loads(handles.read_text())
    except (FileNotFoundError, ValueError):
        return
    alive = [pid for pid in pids if isinstance(pid, int) and _pid_alive(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def ensure_embedded_server(base_dir: str | os.PathLike[str], *, database: str = "postgres") -> str:
    """Start (or join) the embedded server whose data lives in ``base_dir/pgdata``; return a libpq URL.

    The URL has the form ``postgresql://postgres:@/<database>?host=<socket dir>``. The server stops when the
    last process holding it exits (or :func:`stop_embedded_server` is called).
    """
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers); pgserver then uses /tmp, which is fine.
        warnings.simplefilter("ignore")
        import pgserver  # imported here: a heavy import only the embedded path needs

    base = Path(base_dir).expanduser().resolve()
    base.mkdir(parents=True, exist_ok=True)
    pgdata = base / "pgdata"
    # Processes starting together would race through initdb and the first start: one at a time per directory.
    with (base / "embedded.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if pgdata.exists():
                _clean_dead_handles(pgdata)
            server = pgserver.get_server(pgdata, cleanup_mode="stop")  # type: ignore[attr-defined]
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    _servers[pgdata] = server
    return str(server.get_uri(database))


def stop_embedded_server(base_dir: str | os.PathLike[str]) -> None:
    """Release this process's handle on the embedded server (it stops if no other process holds it)."""
    pgdata = Path(base_dir).expanduser().resolve() / "pgdata"
    server = _servers.pop(pgdata, None)
    if server is not None:
        server.cleanup()
