"""A throwaway PostgreSQL cluster a test owns (pgserver's PostgreSQL binaries, under a temporary directory), for
what the shared server must never see: a password that is really checked, a restart or a stop in the middle of a
run. As root the server runs as pgserver's own system user (PostgreSQL refuses root)."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import warnings
from pathlib import Path


def _postgres_bin() -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset (containers)
        import pgserver

    return Path(pgserver.__file__).parent / "pginstall" / "bin"


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pgserver.utils import ensure_user_exists

    ensure_user_exists("pgserver")
    return ["runuser", "-u", "pgserver", "--", *command]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateCluster:
    """`url` carries the password (scram-sha-256 on TCP); `stop`, `start` and `restart` act on the server."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="gsc-cluster-"))
        self.base.chmod(0o777)
        self.password = "pw-" + secrets.token_urlsafe(18)
        pwfile = self.base / "pw"
        pwfile.write_text(self.password)
        pwfile.chmod(0o644)
        self.bin = _postgres_bin()
        self.data, self.port = self.base / "data", _free_port()
        self._run(["initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--auth=scram-sha-256",
                   f"--pwfile={pwfile}"])  # fmt: skip
        self.url = f"postgresql://postgres:{self.password}@127.0.0.1:{self.port}/postgres"
        self.start()

    def _run(self, command: list[str]) -> None:
        subprocess.run(_as_server_user([str(self.bin / command[0]), *command[1:]]), check=True, capture_output=True,
                       text=True)  # fmt: skip

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        self._run(["pg_ctl", "-D", str(self.data), "-l", str(self.base / "log"), "-o", options, "-w", "start"])

    def stop(self, mode: str = "fast") -> None:
        self._run(["pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"])

    def restart(self) -> None:
        """Every connection is cut (fast shutdown), then the server is back."""
        self.stop()
        self.start()

    def close(self) -> None:
        subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                       capture_output=True)  # fmt: skip
        shutil.rmtree(self.base, ignore_errors=True)
