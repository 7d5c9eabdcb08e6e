"""Run the simulator in a background thread: uvicorn for plain HTTP, hypercorn for HTTPS with HTTP/2."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from ._config import DEFAULT_CLIENT_EMAIL, SimConfig
from .app import SimulatorApp, create_app

_START_TIMEOUT_S = 15.0


def _quiet_tls_close_race() -> None:
    """Work around hypercorn letting a TLS close race escape its connection task (pgjones/hypercorn#261, #67).

    When a client still sends (an HTTP/2 GOAWAY or WINDOW_UPDATE) while hypercorn closes the connection, as happens
    whenever a fault or a GOAWAY ends one, `TCPServer._close()` gets ssl.SSLError APPLICATION_DATA_AFTER_CLOSE_NOTIFY
    from `wait_closed()` and lets it out. That aborts the connection's task group mid-flight, logs "Unhandled
    exception in client_connected_cb" and strands an idle-timeout coroutine, whose "never awaited" RuntimeWarning
    the test suite's warning filter turns into an error. The connection is closed either way: swallow it, as the
    upstream issue proposes. Installed once per process, for the hypercorn servers of this module only.
    """
    import hypercorn.asyncio.run as hypercorn_run

    base = hypercorn_run.TCPServer
    if getattr(base, "_gsc_quiet_close", False):
        return

    class QuietCloseTCPServer(base):  # type: ignore[misc, valid-type]
        _gsc_quiet_close = True

        async def _close(self) -> None:
            try:
                await super()._close()
            except ssl.SSLError:
                pass  # the peer's data after our close_notify: the connection is closed all the same

    hypercorn_run.TCPServer = QuietCloseTCPServer  # type: ignore[misc]


class SimulatorServer:
    """A running simulator on a loopback port, plus the credential files a client needs to talk to it.

    Use as a context manager; ``start()``/``stop()`` are there for long-lived processes (the CLI).
    """

    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls: bool = False,
        workdir: Path,
        fast_loop: bool = False,
        max_requests_per_connection: int | None = None,
    ) -> None:
        self.config = config or SimConfig()
        self.host = host
        self.tls = tls
        self.fast_loop = fast_loop  # uvloop: for a dedicated process (the CLI); tests keep the stdlib loop
        # TLS only: after this many requests hypercorn ends a connection (HTTP/2: GOAWAY, failing the streams in
        # flight; HTTP/1.1: Connection: close). None: never, like a well-behaved front end over one sync.
        self.max_requests_per_connection = max_requests_per_connection
        self.workdir = Path(workdir)
        self.app: SimulatorApp = create_app(self.config)
        self._requested_port = port
        self._thread: threading.Thread | None = None
        self._stop: Any = None
        self._client: httpx.Client | None = None
        self.port = 0
        self.base_url = ""
        self.ca_pem_path: Path | None = None
        self.key_path = self.workdir / "sim-service-account.json"
        self.authorized_user_path = self.workdir / "sim-authorized-user.json"

    # -- lifecycle -------------------------------------------------------------------------------------------
    def __enter__(self) -> SimulatorServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("simulator already started")
        self.workdir.mkdir(parents=True, exist_ok=True)
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio enables TCP_NODELAY only then; without it Nagle adds ~40 ms per response.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._requested_port))
        sock.listen(2048)
        self.port = sock.getsockname()[1]
        host = f"[{self.host}]" if family == socket.AF_INET6 else self.host
        self.base_url = f"{'https' if self.tls else 'http'}://{host}:{self.port}"
        token_uri = self.base_url + "/token"
        self._write_json(self.key_path, self.app.authority.mint_service_account(DEFAULT_CLIENT_EMAIL, token_uri))
        self._write_json(self.authorized_user_path, self.app.authority.mint_authorized_user(token_uri))
        started = threading.Event()
        if self.tls:
            self._start_hypercorn(sock, started)
        else:
            self._start_uvicorn(sock, started)
        if not started.wait(_START_TIMEOUT_S):
            self.stop()
            raise RuntimeError("simulator did not start in time")
        verify: Any = str(self.ca_pem_path) if self.ca_pem_path else True
        self._client = httpx.Client(base_url=self.base_url, verify=verify, timeout=60.0)

    def _start_uvicorn(self, sock: socket.socket, started: threading.Event) -> None:
        import uvicorn

        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_config=None,  # leave the host process's logging alone
            log_level="warning",
            access_log=False,
            loop="asyncio",
            http="auto",
            timeout_graceful_shutdown=3,  # a request sleeping in a 'slow' fault must not hold up teardown
        )
        server = uvicorn.Server(config)

        def run() -> None:
            async def serve() -> None:
                task = asyncio.create_task(server.serve(sockets=[sock]))
                while not server.started and not task.done():
                    await asyncio.sleep(0.005)
                started.set()
                await task

            with asyncio.Runner(loop_factory=self._loop_factory()) as runner:
                runner.run(serve())
            sock.close()

        def stop() -> None:
            server.should_exit = True

        self._stop = stop
        self._thread = threading.Thread(target=run, name=f"gsc-sim-{self.port}", daemon=True)
        self._thread.start()

    def _loop_factory(self) -> Callable[[], asyncio.AbstractEventLoop] | None:
        if not self.fast_loop:
            return None
        try:
            import uvloop
        except ImportError:
            return None
        return uvloop.new_event_loop

    def _start_hypercorn(self, sock: socket.socket, started: threading.Event) -> None:
        import trustme
        from hypercorn.asyncio import serve
        from hypercorn.config import Config

        _quiet_tls_close_race()

        ca = trustme.CA()
        cert = ca.issue_cert(self.host, "localhost", "127.0.0.1")
        self.ca_pem_path = self.workdir / "sim-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_pem_path))
        cert_path, key_path = self.workdir / "sim-server.pem", self.workdir / "sim-server.key"
        cert.private_key_pem.write_to_path(str(key_path))
        cert_path.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
        config = Config()
        config.bind = [f"fd://{sock.detach()}"]
        config.certfile, config.keyfile = str(cert_path), str(key_path)
        config.alpn_protocols = ["h2", "http/1.1"]
        config.accesslog = None
        config.errorlog = None
        config.keep_alive_timeout = 75
        # like uvicorn's timeout_graceful_shutdown below: connections a fault left closing must not hold up a stop
        config.graceful_timeout = 1.0
        config.h2_max_concurrent_streams = 1000
        # hypercorn closes a connection (HTTP/2 GOAWAY) after 1000 requests by default, failing the streams in
        # flight; a long sync over one pooled connection must not see that as a fault nobody asked for.
        config.keep_alive_max_requests = self.max_requests_per_connection or 2**31
        loop = (self._loop_factory() or asyncio.new_event_loop)()
        shutdown = asyncio.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)

            async def main() -> None:
                loop.call_soon(started.set)
                await serve(self.app, config, shutdown_trigger=shutdown.wait)  # type: ignore[arg-type]

            try:
                loop.run_until_complete(main())
            finally:
                loop.run_until_complete(loop.shutdown_default_executor())
                loop.close()

        def stop() -> None:
            if not loop.is_closed():
                loop.call_soon_threadsafe(shutdown.set)

        self._stop = stop
        self._thread = threading.Thread(target=run, name=f"gsc-sim-tls-{self.port}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._thread is not None:
            if self._stop is not None:
                self._stop()
            self._thread.join(timeout=10)
            self._thread = None

    @staticmethod
    def _write_json(path: Path, payload: dict[str, Any]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, indent=2))
        path.chmod(0o600)

    # -- helpers over HTTP -----------------------------------------------------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this simulator's CA (TLS servers only)."""
        if self.ca_pem_path is None:
            raise RuntimeError("not a TLS simulator")
        return ssl.create_default_context(cafile=str(self.ca_pem_path))

    def _http(self) -> httpx.Client:
        if self._client is None:
            raise RuntimeError("simulator not running")
        return self._client

    def control(self, **ops: Any) -> dict[str, Any]:
        response = self._http().post("/_sim/control", json=ops)
        response.raise_for_status()
        return response.json()

    def stats(self) -> dict[str, Any]:
        response = self._http().get("/_sim/stats")
        response.raise_for_status()
        return response.json()

    def truth(self, **params: Any) -> dict[str, Any]:
        """``/_sim/truth``; dimensions may be a list or a comma-separated string."""
        if isinstance(params.get("dimensions"), list | tuple):
            params["dimensions"] = ",".join(params["dimensions"])
        if isinstance(params.get("summary"), bool):
            params["summary"] = "1" if params["summary"] else "0"
        response = self._http().get("/_sim/truth", params={k: str(v) for k, v in params.items() if v is not None})
        response.raise_for_status()
        return response.json()

    def reset(self, *, config: bool = False) -> None:
        """Clear stats and quota windows; ``config=True`` also restores faults, quota, today and access."""
        response = self._http().post("/_sim/reset", json={"config": True} if config else {})
        response.raise_for_status()

    def new_key(self, path: Path, client_email: str) -> Path:
        """Mint another service account (its own quota budget and access rules) and write its key file."""
        key = self.control(new_key={"client_email": client_email})["key"]
        self._write_json(Path(path), key)
        return Path(path)

    def new_authorized_user(self, path: Path) -> Path:
        payload = self.control(new_authorized_user=True)["authorized_user"]
        self._write_json(Path(path), payload)
        return Path(path)
