"""Bad input to `gsc-assets` (issue 12): every case ends in one line on stderr naming the culprit, a non-zero exit
code, no traceback, and nothing written.

Each case runs `cli.main` in-process against a configuration that works (`test_the_base_configuration_syncs` proves
it, and proves that the write detectors see a sync's writes) with one input made bad. "Nothing written" means: no
row more in the warehouse's load ledger, no file under the case's GSC_STAGING_DIR, nothing under `.gsc/` of the
working directory (the embedded server, the demo's simulator) and, for a failure found before any run, no table,
run or site partition more in the database and no `dagster.yaml` under the case's fresh DAGSTER_HOME.

Two servers stand in for what the simulator cannot be: a loopback HTTP server that answers Search Analytics with
valid JSON of the wrong shape (the OAuth token still comes from the simulator), and a loopback PostgreSQL
front that refuses every password (the local server trusts 127.0.0.1, so no password is ever wrong there).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import socketserver
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from gsc_assets import cli
from gsc_assets.partitions import pacific_today

pytestmark = pytest.mark.timeout(300)

SITE = "sc-domain:example.com"  # a site of the session simulator (fixtures_sim.SIM_SITES)
SHAPE_SITE = "sc-domain:wrong-shape.example"  # the one site the wrong-shape API lists
DB_PASSWORD = "pw-never-printed-8c1f"
TODAY = pacific_today()
DAY = (TODAY - dt.timedelta(days=10)).isoformat()  # a final day well inside Google's retention
SYNC = ("sync", "--start", DAY, "--end", DAY)


@dataclass(frozen=True)
class Case:
    """`args`, `env` and `expected` may name `{tmp}` (the test's directory), `{api}` (the wrong-shape API) and
    `{refusing_pg}` (the PostgreSQL front that refuses every password)."""

    id: str
    args: tuple[str, ...]
    expected: str
    env: dict[str, str] = field(default_factory=dict)
    code: int = 1
    runs: bool = False  # the failure happens inside a Dagster run (instance written, run recorded)
    api_answer: object = None  # what the wrong-shape API answers to every Search Analytics query
    secret: str | None = None  # must not appear in the output


CASES = [
    # Dates (the first three and the unknown site are the cases test_cli_sync.py had).
    Case("start-not-a-date", ("sync", "--start", "2026-10-32", "--end", DAY), "--start '2026-10-32' is not a date"),
    Case(
        "start-after-end", ("sync", "--start", DAY, "--end", "2026-01-01"), f"--start {DAY} is after --end 2026-01-01"
    ),
    Case(
        "start-before-retention",
        ("sync", "--start", "2020-01-01", "--end", "2020-01-03"),
        "--start 2020-01-01 is before Google's 16-month retention",
    ),
    Case("end-not-a-date", ("sync", "--start", DAY, "--end", "2026-11-31"), "--end '2026-11-31' is not a date"),
    Case("end-not-iso", ("sync", "--start", DAY, "--end", "20261101"), "--end '20261101' is not a date (YYYY-MM-DD)"),
    Case(
        "end-today",
        ("sync", "--start", DAY, "--end", TODAY.isoformat()),
        f"--end {TODAY} is not a complete day yet (today is {TODAY} in Pacific time)",
    ),
    Case(
        "start-date-env",
        SYNC,
        "GSC_START_DATE='2026-13-01' is not a date (YYYY-MM-DD)",
        env={"GSC_START_DATE": "2026-13-01"},
    ),
    # Sites.
    Case("site-unknown", (*SYNC, "--site", "sc-domain:nope.example"), "unknown site 'sc-domain:nope.example'"),
    Case("site-junk", (*SYNC, "--site", "example.com"), "--site 'example.com' is not a Search Console property"),
    Case(
        "sites-env-junk",
        SYNC,
        "GSC_SITES: 'not a url' is not a Search Console property",
        env={"GSC_SITES": f"{SITE},not a url"},
    ),
    Case(
        "sites-env-no-slash",
        SYNC,
        "GSC_SITES: 'https://www.example.org' is not a Search Console property "
        "(did you mean 'https://www.example.org/'?)",
        env={"GSC_SITES": "https://www.example.org"},
    ),
    # Reports.
    Case("reports-unknown", SYNC, "GSC_REPORTS: unknown report(s) pages", env={"GSC_REPORTS": "query,pages"}),
    Case(
        "reports-file-missing",
        SYNC,
        "GSC_REPORTS_FILE {tmp}/nope.yaml: cannot read (No such file or directory)",
        env={"GSC_REPORTS_FILE": "{tmp}/nope.yaml"},
    ),
    Case(
        "reports-file-not-yaml",
        SYNC,
        "GSC_REPORTS_FILE {tmp}/broken.yaml: not valid YAML at line 3",
        env={"GSC_REPORTS_FILE": "{tmp}/broken.yaml"},
    ),
    Case(
        "reports-file-unknown-dimension",
        SYNC,
        "report 'by_colour': unknown dimension 'colour'",
        env={"GSC_REPORTS_FILE": "{tmp}/colour.yaml"},
    ),
    # Client settings.
    Case("search-types-junk", SYNC, "GSC_SEARCH_TYPES: unknown ['shopping']", env={"GSC_SEARCH_TYPES": "web,shopping"}),
    Case(
        "data-state-junk", SYNC, "GSC_DATA_STATE must be 'final' or 'all', not 'fresh'", env={"GSC_DATA_STATE": "fresh"}
    ),
    Case(
        "slice-capped-junk", SYNC, "GSC_SLICE_CAPPED='maybe' is neither on nor off", env={"GSC_SLICE_CAPPED": "maybe"}
    ),
    Case(
        "export-dataset-junk",
        SYNC,
        f"GSC_EXPORT_DATASETS: 'searchconsole' (for {SITE}) is not 'project.dataset'",
        env={"GSC_EXPORT_DATASETS": f"{SITE}=searchconsole"},
    ),
    Case(
        "qpm-per-site-not-a-number",
        SYNC,
        "GSC_QPM_PER_SITE must be an integer >= 1, not 'lots'",
        env={"GSC_QPM_PER_SITE": "lots"},
    ),
    Case("qpm-per-user-zero", SYNC, "GSC_QPM_PER_USER must be >= 1, not 0", env={"GSC_QPM_PER_USER": "0"}),
    Case("max-in-flight-negative", SYNC, "GSC_MAX_IN_FLIGHT must be >= 1, not -1", env={"GSC_MAX_IN_FLIGHT": "-1"}),
    Case(
        "batch-size-not-a-number",
        SYNC,
        "GSC_BATCH_SIZE must be an integer between 0 and 1000, not '1e3'",
        env={"GSC_BATCH_SIZE": "1e3"},
    ),
    Case(
        "batch-size-negative", SYNC, "GSC_BATCH_SIZE must be between 0 and 1000, not -5", env={"GSC_BATCH_SIZE": "-5"}
    ),
    Case(
        "quota-window-not-a-number",
        SYNC,
        "GSC_QUOTA_WINDOW_S='abc' is not a number of seconds > 0",
        env={"GSC_QUOTA_WINDOW_S": "abc"},
    ),
    Case(
        "quota-window-zero",
        SYNC,
        "GSC_QUOTA_WINDOW_S='0' is not a number of seconds > 0",
        env={"GSC_QUOTA_WINDOW_S": "0"},
    ),
    Case(
        "quota-window-nan",
        SYNC,
        "GSC_QUOTA_WINDOW_S='nan' is not a number of seconds > 0",
        env={"GSC_QUOTA_WINDOW_S": "nan"},
    ),
    Case("ca-file-missing", SYNC, "GSC_CA_FILE='{tmp}/nope.pem' does not exist", env={"GSC_CA_FILE": "{tmp}/nope.pem"}),
    Case(
        "api-base-url-not-a-url",
        SYNC,
        "GSC_API_BASE_URL='searchconsole.googleapis.com' is not an http(s) URL",
        env={"GSC_API_BASE_URL": "searchconsole.googleapis.com"},
    ),
    # Credentials.
    Case(
        "credentials-missing",
        SYNC,
        "GOOGLE_APPLICATION_CREDENTIALS='{tmp}/nope.json' does not exist",
        env={"GOOGLE_APPLICATION_CREDENTIALS": "{tmp}/nope.json"},
    ),
    Case(
        "credentials-not-json",
        SYNC,
        "GOOGLE_APPLICATION_CREDENTIALS='{tmp}/broken.yaml' is not a JSON key file",
        env={"GOOGLE_APPLICATION_CREDENTIALS": "{tmp}/broken.yaml"},
    ),
    Case(
        "credentials-map-junk",
        SYNC,
        "GSC_CREDENTIALS_MAP {tmp}/list.yaml: expected a mapping of site URL",
        env={"GSC_CREDENTIALS_MAP": "{tmp}/list.yaml"},
    ),
    Case(
        "credentials-map-names-a-missing-key",
        SYNC,
        "GSC_CREDENTIALS_MAP {tmp}/map.yaml: the key file of sc-domain:example.com, {tmp}/gone.json, does not exist",
        env={"GSC_CREDENTIALS_MAP": "{tmp}/map.yaml"},
    ),
    # Database and staging.
    Case(
        "database-url-malformed",
        SYNC,
        "GSC_DATABASE_URL is not a PostgreSQL URL: the port 'fivefourthree' is not a number",
        env={"GSC_DATABASE_URL": "postgresql://postgres@127.0.0.1:fivefourthree/gsc"},
    ),
    Case(
        "database-url-without-host",
        SYNC,
        "GSC_DATABASE_URL is not a PostgreSQL URL: the port is not a number",
        env={"GSC_DATABASE_URL": f"postgresql://postgres:{DB_PASSWORD}/gsc"},
        secret=DB_PASSWORD,
    ),
    Case(
        "database-url-not-a-url",
        SYNC,
        "GSC_DATABASE_URL is not a PostgreSQL URL: neither a URL nor key=value",
        env={"GSC_DATABASE_URL": "localhost/gsc"},
    ),
    Case(
        "database-url-other-scheme",
        SYNC,
        "GSC_DATABASE_URL is not a PostgreSQL URL: scheme 'mysql'",
        env={"GSC_DATABASE_URL": f"mysql://root:{DB_PASSWORD}@127.0.0.1/gsc"},
        secret=DB_PASSWORD,
    ),
    Case(
        "database-password-wrong",
        SYNC,
        'password authentication failed for user "postgres"',
        env={"GSC_DATABASE_URL": "{refusing_pg}"},
        secret=DB_PASSWORD,
    ),
    Case(
        "database-unreachable",
        SYNC,
        "cannot reach the database (127.0.0.1:1/nowhere): connection failed: "
        'connection to server at "127.0.0.1", port 1 failed: Connection refused',
        env={"GSC_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/nowhere"},
    ),
    # A directory below a regular file: mkdir fails with ENOTDIR even for root (permission bits would not stop root).
    Case(
        "staging-dir-unwritable",
        SYNC,
        "GSC_STAGING_DIR='{tmp}/afile/staging' is not a writable directory ({tmp}/afile is not a directory)",
        env={"GSC_STAGING_DIR": "{tmp}/afile/staging"},
    ),
    # Usage errors (argparse's exit code 2), in one line too.
    Case("sync-without-end", ("sync", "--start", DAY), "the following arguments are required: --end", code=2),
    Case("demo-days-not-a-number", ("demo", "--days", "many"), "argument --days: invalid int value: 'many'", code=2),
    Case("demo-days-zero", ("demo", "--days", "0"), "--days 0 is not a number of days >= 1"),
    Case("demo-days-negative", ("demo", "--days", "-3"), "--days -3 is not a number of days >= 1"),
    Case(
        "demo-days-too-many",
        ("demo", "--days", "1000"),
        "--days 1000 reaches back before Google's 16-month retention (at most",
    ),
    # Valid JSON of the wrong shape from the API: found inside the run, which fails and loads nothing. --json keeps
    # the per-partition progress lines (on stderr) out of the way.
    Case(
        "api-rows-not-a-list",
        (*SYNC, "--site", SHAPE_SITE, "--json"),
        f"sync failed: 1 of 1 partitions failed: {DAY}|{SHAPE_SITE}. Reasons: {DAY}|{SHAPE_SITE}: rows of "
        f"unexpected shape (not a list of objects) [site={SHAPE_SITE}",
        env={"GSC_API_BASE_URL": "{api}"},
        runs=True,
        api_answer={"rows": "not a list"},
    ),
    Case(
        "api-keys-not-a-list",
        (*SYNC, "--site", SHAPE_SITE, "--json"),
        f"sync failed: 1 of 1 partitions failed: {DAY}|{SHAPE_SITE}. Reasons: {DAY}|{SHAPE_SITE}: rows of "
        f"unexpected shape (TypeError) [site={SHAPE_SITE}",
        env={"GSC_API_BASE_URL": "{api}"},
        runs=True,
        api_answer={"rows": [{"keys": 5, "impressions": 1}]},
    ),
]


# ------------------------------------------------------------------------------------------ stand-in servers
class _WrongShapeApi(ThreadingHTTPServer):
    daemon_threads = True
    answer: object = None
    queries = 0

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up early (a failed run cancels its requests) is no news; never on the CLI's stderr


class _WrongShapeHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _WrongShapeApi

    def do_GET(self) -> None:  # sites.list: the one site, readable
        assert self.path == "/webmasters/v3/sites", self.path
        self._json({"siteEntry": [{"siteUrl": SHAPE_SITE, "permissionLevel": "siteOwner"}]})

    def do_POST(self) -> None:  # searchAnalytics.query: the wrong shape on the first page, then the end of the rows
        body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
        assert self.path.endswith("/searchAnalytics/query"), self.path
        self.server.queries += 1
        self._json(self.server.answer if not body.get("startRow") else {"responseAggregationType": "auto"})

    def _json(self, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json; charset=UTF-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def wrong_shape_api() -> Iterator[_WrongShapeApi]:
    server = _WrongShapeApi(("127.0.0.1", 0), _WrongShapeHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class _RefusingPostgres(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _RefusingPostgresHandler(socketserver.BaseRequestHandler):
    """PostgreSQL's wire protocol as far as a refused password: decline SSL/GSS encryption, ask for a cleartext
    password, answer FATAL 28P01 as a real server does."""

    def handle(self) -> None:
        conn: socket.socket = self.request
        conn.settimeout(10)
        while True:
            (length,) = struct.unpack("!i", self._read(4))
            body = self._read(length - 4)
            (code,) = struct.unpack("!i", body[:4])
            if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest
                conn.sendall(b"N")
                continue
            break  # the StartupMessage
        conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
        kind = self._read(1)
        (length,) = struct.unpack("!i", self._read(4))
        self._read(length - 4)  # the password: read, never kept
        assert kind == b"p"
        fields = b"".join(
            tag + text.encode() + b"\0"
            for tag, text in (
                (b"S", "FATAL"),
                (b"V", "FATAL"),
                (b"C", "28P01"),
                (b"M", 'password authentication failed for user "postgres"'),
            )
        )
        conn.sendall(b"E" + struct.pack("!i", 4 + len(fields) + 1) + fields + b"\0")

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.request.recv(n - len(data))
            if not chunk:
                raise ConnectionError("client went away")
            data += chunk
        return data


@pytest.fixture(scope="module")
def refusing_pg() -> Iterator[str]:
    server = _RefusingPostgres(("127.0.0.1", 0), _RefusingPostgresHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"postgresql://postgres:{DB_PASSWORD}@127.0.0.1:{server.server_address[1]}/gsc"
    server.shutdown()
    server.server_close()


# ------------------------------------------------------------------------------------------ environment
@pytest.fixture
def base_env(sim, pg_url, tmp_path, monkeypatch) -> Iterator[dict[str, str]]:
    """A configuration that works (see test_the_base_configuration_syncs); os.environ is restored afterwards,
    whatever the CLI put there."""
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith("GSC_") or name in ("GOOGLE_APPLICATION_CREDENTIALS", "DAGSTER_HOME"):
            del os.environ[name]
    env = {
        "GSC_API_BASE_URL": sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
        "GSC_DATABASE_URL": pg_url,
        "GSC_STAGING_DIR": str(tmp_path / "staging"),
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
    }
    os.environ.update(env)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (tmp_path / "afile").write_text("a regular file, not a directory\n")
    (tmp_path / "broken.yaml").write_text("reports:\n  - name: [unclosed\n")
    (tmp_path / "colour.yaml").write_text("- name: by_colour\n  dimensions: [page, colour]\n")
    (tmp_path / "list.yaml").write_text("- sc-domain:example.com\n- key.json\n")
    (tmp_path / "map.yaml").write_text(f"{SITE}: gone.json\n")
    try:
        yield env
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _database_state(url: str) -> dict[str, int]:
    """Rows of the ledger, Dagster's runs and site partitions, and every table there is."""
    state = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for table in ("gsc.load_ledger", "public.runs", "public.dynamic_partitions"):
            (exists,) = conn.execute("SELECT to_regclass(%s) IS NOT NULL", [table]).fetchone()
            query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(*table.split(".")))
            state[table] = conn.execute(query).fetchone()[0] if exists else 0
        (state["tables"],) = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchone()
    return state


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file()) if directory.is_dir() else []


def _run(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> tuple[int, str, str]:
    try:
        code = cli.main(list(args))
    except SystemExit as exit_:  # not expected: main returns its code
        code = -1000 - int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_fails_in_one_line_and_writes_nothing(
    case, base_env, pg_url, refusing_pg, wrong_shape_api, tmp_path, capsys
):
    api = f"http://127.0.0.1:{wrong_shape_api.server_address[1]}"
    names = {"tmp": str(tmp_path), "api": api, "refusing_pg": refusing_pg}
    os.environ.update({name: value.format(**names) for name, value in case.env.items()})
    args = tuple(arg.format(**names) for arg in case.args)
    expected = case.expected.format(**names)
    wrong_shape_api.answer = case.api_answer
    queries = wrong_shape_api.queries
    staging = Path(os.environ["GSC_STAGING_DIR"])
    before = _database_state(pg_url)

    code, out, err = _run(capsys, args)

    assert code == case.code, err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert expected in err, err
    assert "Traceback" not in err
    if case.secret:
        assert case.secret not in err + out
    after = _database_state(pg_url)
    assert after["gsc.load_ledger"] == before["gsc.load_ledger"]
    assert _files(staging) == []
    assert not (Path.cwd() / ".gsc").exists()  # no embedded server, no demo simulator
    if case.runs:  # failed inside a run: Google was asked, the run is recorded, nothing was loaded
        assert wrong_shape_api.queries > queries
        assert after["public.runs"] == before["public.runs"] + 1
    else:
        assert after == before
        assert not (tmp_path / "dagster_home" / "dagster.yaml").exists()
        assert out == ""


def test_there_are_at_least_25_distinct_cases():
    assert len({case.id for case in CASES}) == len(CASES) >= 25
    assert len({(case.args, tuple(case.env.items()), repr(case.api_answer)) for case in CASES}) == len(CASES)


def test_the_base_configuration_syncs(base_env, pg_url, sim, tmp_path, capsys):
    """The control: the configuration each case breaks loads a day, and the detectors above see its writes."""
    before = _database_state(pg_url)
    day = (dt.date(2026, 11, 20) - dt.timedelta(days=10)).isoformat()  # final for the simulator (SIM_TODAY)
    code, out, err = _run(capsys, ("sync", "--start", day, "--end", day, "--site", SITE, "--json"))
    assert code == 0, err
    assert json.loads(out)["loaded"] == 1
    after = _database_state(pg_url)
    assert after["gsc.load_ledger"] > before["gsc.load_ledger"]
    assert after["public.runs"] == before["public.runs"] + 1
    assert (tmp_path / "dagster_home" / "dagster.yaml").exists()
    assert Path(base_env["GSC_STAGING_DIR"]).is_dir()
