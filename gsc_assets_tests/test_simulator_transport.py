"""Simulator transport: TLS + HTTP/2, OAuth grants and tokens, scripted faults, and the CLI process."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import google.auth.transport.requests
import h2.exceptions
import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from google.auth import jwt as google_jwt
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from gsc_assets.simulator import SimulatorServer

pytestmark = pytest.mark.timeout(60)

SCOPES = ["https://www.googleapis.com/auth/webmasters.readonly"]
SITE = "sc-domain:example.com"
BODY = {"startDate": "2026-11-10", "endDate": "2026-11-10", "dimensions": ["query"], "rowLimit": 50}


def _url(sim: SimulatorServer, site: str = SITE) -> str:
    return f"{sim.base_url}/webmasters/v3/sites/{urllib.parse.quote(site, safe='')}/searchAnalytics/query"


def _sa_token(key_path: Path) -> str:
    creds = service_account.Credentials.from_service_account_file(str(key_path), scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    return creds.token


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# -- TLS / HTTP/2 --------------------------------------------------------------------------------------------
def test_tls_server_speaks_http2(sim_tls: SimulatorServer) -> None:
    asyncio.run(_http2_roundtrip(sim_tls))


async def _http2_roundtrip(sim_tls: SimulatorServer) -> None:
    assert sim_tls.base_url.startswith("https://") and sim_tls.ca_pem_path and sim_tls.ca_pem_path.exists()
    key = json.loads(sim_tls.key_path.read_text())
    assert key["token_uri"] == sim_tls.base_url + "/token"
    async with httpx.AsyncClient(http2=True, verify=sim_tls.ssl_context()) as client:
        form = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": _assertion(key)}
        token = (await client.post(sim_tls.base_url + "/token", data=form)).json()["access_token"]
        response = await client.post(_url(sim_tls), json=BODY, headers=_auth(token))
        assert response.http_version == "HTTP/2"
        assert response.status_code == 200 and len(response.json()["rows"]) == 50
        sites = await client.get(sim_tls.base_url + "/webmasters/v3/sites", headers=_auth(token))
        assert sites.http_version == "HTTP/2" and len(sites.json()["siteEntry"]) == 2


def test_http2_connection_outlives_a_thousand_requests(sim_tls: SimulatorServer) -> None:
    async def hammer() -> set[str]:
        async with httpx.AsyncClient(http2=True, verify=sim_tls.ssl_context(), timeout=30) as client:

            async def worker() -> list[str]:
                return [(await client.get(sim_tls.base_url + "/_sim/stats")).http_version for _ in range(64)]

            versions = await asyncio.gather(*(worker() for _ in range(17)))  # 1088 requests
            return {v for batch in versions for v in batch}

    assert asyncio.run(hammer()) == {"HTTP/2"}  # hypercorn's default would GOAWAY after 1000


def test_tls_server_serves_http11_too(sim_tls: SimulatorServer) -> None:
    with httpx.Client(verify=sim_tls.ssl_context()) as client:
        response = client.get(sim_tls.base_url + "/_sim/stats")
    assert response.http_version == "HTTP/1.1" and response.status_code == 200


# -- OAuth ---------------------------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _assertion(key: dict, *, private_key=None, **claims) -> str:
    """A JWT-bearer assertion as google-auth builds it; ``private_key`` overrides the key file's key."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    now = int(time.time())
    payload = {"iss": key["client_email"], "aud": key["token_uri"], "scope": SCOPES[0], "iat": now, "exp": now + 3600}
    payload.update(claims)
    header = {"alg": "RS256", "typ": "JWT", "kid": key["private_key_id"]}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    signer = private_key or load_pem_private_key(key["private_key"].encode(), password=None)
    signature = signer.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64(signature)}"


def _grant(sim: SimulatorServer, assertion: str) -> httpx.Response:
    form = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}
    return httpx.post(sim.base_url + "/token", data=form)


def test_jwt_bearer_grant_checks_signature_audience_scope_and_expiry(sim: SimulatorServer) -> None:
    key = json.loads(sim.key_path.read_text())
    good = _grant(sim, _assertion(key))
    assert good.status_code == 200
    assert good.json()["token_type"] == "Bearer" and good.json()["expires_in"] > 0
    foreign = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cases = {
        "signature": _assertion(key, private_key=foreign),
        "audience": _assertion(key, aud="https://elsewhere.example/oauth"),
        "scope": _assertion(key, scope="https://www.googleapis.com/auth/drive"),
        "expired": _assertion(key, iat=int(time.time()) - 7200, exp=int(time.time()) - 3600),
        "issuer": _assertion(key, iss="stranger@sim.iam.gserviceaccount.com"),
    }
    for name, assertion in cases.items():
        response = _grant(sim, assertion)
        assert response.status_code == 400, name
        assert response.json()["error"] in ("invalid_grant", "invalid_scope"), name
    assert _grant(sim, "not-a-jwt").json()["error"] == "invalid_grant"
    bad_type = httpx.post(sim.base_url + "/token", data={"grant_type": "password"})
    assert bad_type.status_code == 400 and bad_type.json()["error"] == "unsupported_grant_type"


def test_self_signed_jwt_is_accepted_as_bearer(sim: SimulatorServer) -> None:
    creds = google_jwt.Credentials.from_service_account_file(
        str(sim.key_path), audience="https://searchconsole.googleapis.com/"
    )
    creds.refresh(google.auth.transport.requests.Request())
    response = httpx.post(
        _url(sim), json=BODY, headers=_auth(creds.token.decode() if isinstance(creds.token, bytes) else creds.token)
    )
    assert response.status_code == 200


def test_authorized_user_refresh_token_grant(sim_fresh: SimulatorServer) -> None:
    info = json.loads(sim_fresh.authorized_user_path.read_text())
    assert info["type"] == "authorized_user" and info["token_uri"] == sim_fresh.base_url + "/token"
    creds = user_credentials.Credentials.from_authorized_user_file(str(sim_fresh.authorized_user_path))
    creds = creds.with_token_uri(info["token_uri"])  # google-auth pins Google's token URI on load
    creds.refresh(google.auth.transport.requests.Request())
    assert httpx.post(_url(sim_fresh), json=BODY, headers=_auth(creds.token)).status_code == 200
    sim_fresh.control(revoke={"principal": f"user:{info['client_id']}", "site": SITE})
    assert httpx.post(_url(sim_fresh), json=BODY, headers=_auth(creds.token)).status_code == 403
    wrong = {**info, "grant_type": "refresh_token", "client_secret": "nope"}
    assert httpx.post(sim_fresh.base_url + "/token", data=wrong).json()["error"] == "invalid_client"
    stale = {**info, "grant_type": "refresh_token", "refresh_token": "1//stale"}
    assert httpx.post(sim_fresh.base_url + "/token", data=stale).json()["error"] == "invalid_grant"


def test_token_lifetime_and_key_revocation(sim_fresh: SimulatorServer, tmp_path: Path) -> None:
    sim_fresh.control(token_ttl=1)
    asked = time.time()  # the token is issued after this, so it is good until asked + 1 s at least
    short = _sa_token(sim_fresh.key_path)
    status = httpx.post(_url(sim_fresh), json=BODY, headers=_auth(short)).status_code
    assert status == 200 or time.time() >= asked + 1, status  # answered inside its second: it must have worked
    time.sleep(1.1)  # past its second, however fast the machine
    assert httpx.post(_url(sim_fresh), json=BODY, headers=_auth(short)).status_code == 401
    key_path = sim_fresh.new_key(tmp_path / "temp.json", "temp@sim.iam.gserviceaccount.com")
    sim_fresh.control(token_ttl=3600)
    token = _sa_token(key_path)
    assert httpx.post(_url(sim_fresh), json=BODY, headers=_auth(token)).status_code == 200
    sim_fresh.control(revoke_key={"client_email": "temp@sim.iam.gserviceaccount.com"})
    assert httpx.post(_url(sim_fresh), json=BODY, headers=_auth(token)).status_code == 401
    assert _grant(sim_fresh, _assertion(json.loads(key_path.read_text()))).status_code == 400


# -- faults --------------------------------------------------------------------------------------------------
@pytest.fixture
def faulty(sim_fresh: SimulatorServer) -> tuple[SimulatorServer, dict[str, str]]:
    return sim_fresh, _auth(_sa_token(sim_fresh.key_path))


def test_fault_5xx_and_spurious_429(faulty) -> None:
    sim, headers = faulty
    sim.control(faults={"5xx": 1.0})
    response = httpx.post(_url(sim), json=BODY, headers=headers)
    assert response.status_code in (500, 503) and response.json()["error"]["code"] == response.status_code
    sim.control(faults={"5xx": 0.0, "429": 1.0})
    response = httpx.post(_url(sim), json=BODY, headers=headers)
    assert response.status_code == 429 and float(response.headers["retry-after"]) > 0
    assert response.json()["error"]["errors"][0]["reason"] == "rateLimitExceeded"
    assert sim.stats()["faults"] == {"5xx": 1, "429": 1}


@pytest.mark.parametrize("fault", ["reset", "truncated"])
def test_fault_broken_connection(faulty, fault: str) -> None:
    sim, headers = faulty
    sim.control(faults={fault: 1.0})
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        httpx.post(_url(sim), json=BODY, headers=headers)
    sim.control(faults={fault: 0.0})
    assert httpx.post(_url(sim), json=BODY, headers=headers).status_code == 200


def test_fault_reset_over_http2_resets_the_stream_not_the_connection(sim_tls: SimulatorServer) -> None:
    sim_tls.reset(config=True)
    token = _sa_token_tls(sim_tls)
    try:
        asyncio.run(_reset_then_recover(sim_tls, token))
    finally:
        sim_tls.reset(config=True)


async def _reset_then_recover(sim_tls: SimulatorServer, token: str) -> None:
    big = {**BODY, "rowLimit": 1000}
    async with httpx.AsyncClient(http2=True, verify=sim_tls.ssl_context(), timeout=10) as client:
        before = await client.post(_url(sim_tls), json=big, headers=_auth(token))
        assert before.http_version == "HTTP/2" and before.status_code == 200
        sim_tls.control(faults={"reset": 1.0})
        received = 0
        # headers, about half the body in DATA frames, then RST_STREAM(INTERNAL_ERROR): httpcore raises its
        # RemoteProtocolError for h2's StreamReset event, which httpx maps
        with pytest.raises(httpx.RemoteProtocolError, match=r"StreamReset stream_id:\d+, error_code:2"):
            async with client.stream("POST", _url(sim_tls), json=big, headers=_auth(token)) as response:
                assert response.status_code == 200 and response.http_version == "HTTP/2"
                async for chunk in response.aiter_raw():
                    received += len(chunk)
        assert 0 < received < int(response.headers["content-length"])
        sim_tls.control(faults={"reset": 0.0})
        after = await client.post(_url(sim_tls), json=big, headers=_auth(token))
        assert after.status_code == 200 and after.json() == before.json()
        # the reset cost one stream, not the connection
        assert after.extensions["network_stream"] is before.extensions["network_stream"]


def test_fault_truncated_over_http2_escapes_httpx_and_drops_the_connection(sim_tls: SimulatorServer) -> None:
    """A body short of its content-length: h2 refuses it and tears the connection down; what reaches the caller
    is h2's own exception (body phase, unmapped by httpx) or httpx.LocalProtocolError (header phase)."""
    sim_tls.reset(config=True)
    token = _sa_token_tls(sim_tls)

    async def go() -> None:
        async with httpx.AsyncClient(http2=True, verify=sim_tls.ssl_context(), timeout=10) as client:
            before = await client.post(_url(sim_tls), json=BODY, headers=_auth(token))
            sim_tls.control(faults={"truncated": 1.0})
            with pytest.raises((h2.exceptions.InvalidBodyLengthError, httpx.LocalProtocolError)) as info:
                async with client.stream("POST", _url(sim_tls), json=BODY, headers=_auth(token)) as response:
                    await response.aread()
            if isinstance(info.value, httpx.LocalProtocolError):  # wrapped: httpx <- httpcore <- (context) h2
                assert isinstance(info.value.__cause__.__context__, h2.exceptions.InvalidBodyLengthError)
            sim_tls.control(faults={"truncated": 0.0})
            after = await client.post(_url(sim_tls), json=BODY, headers=_auth(token))
            assert after.status_code == 200 and after.http_version == "HTTP/2"
            assert after.extensions["network_stream"] is not before.extensions["network_stream"]

    try:
        asyncio.run(go())
    finally:
        sim_tls.reset(config=True)


def test_fault_reset_over_tls_http11_drops_the_connection(sim_tls: SimulatorServer) -> None:
    sim_tls.reset(config=True)
    token = _sa_token_tls(sim_tls)
    sim_tls.control(faults={"reset": 1.0})
    try:
        with httpx.Client(verify=sim_tls.ssl_context(), timeout=10) as client:
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                client.post(_url(sim_tls), json=BODY, headers=_auth(token))
    finally:
        sim_tls.reset(config=True)


def _sa_token_tls(sim: SimulatorServer) -> str:
    key = json.loads(sim.key_path.read_text())
    form = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": _assertion(key)}
    with httpx.Client(verify=sim.ssl_context()) as client:
        return client.post(sim.base_url + "/token", data=form).json()["access_token"]


def test_fault_malformed_and_content_type(faulty) -> None:
    sim, headers = faulty
    sim.control(faults={"malformed": 1.0})
    response = httpx.post(_url(sim), json=BODY, headers=headers)
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    sim.control(faults={"malformed": 0.0, "content_type": 1.0})
    response = httpx.post(_url(sim), json=BODY, headers=headers)
    assert response.status_code == 502 and response.headers["content-type"].startswith("text/html")
    assert b"<html" in response.content


def test_fault_slow_and_latency(faulty) -> None:
    sim, headers = faulty
    sim.control(faults={"slow": 1.0}, slow_seconds=0.3)
    started = time.perf_counter()
    assert httpx.post(_url(sim), json=BODY, headers=headers).status_code == 200
    assert time.perf_counter() - started >= 0.25
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(_url(sim), json=BODY, headers=headers, timeout=0.05)


def test_large_answers_are_gzipped_when_allowed(sim: SimulatorServer) -> None:
    headers = _auth(_sa_token(sim.key_path))
    body = {**BODY, "rowLimit": 1000}
    zipped = httpx.post(_url(sim), json=body, headers={**headers, "Accept-Encoding": "gzip"})
    plain = httpx.post(_url(sim), json=body, headers={**headers, "Accept-Encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert zipped.json() == plain.json() and int(zipped.headers["content-length"]) < len(plain.content) / 3


def test_latency_sleeps_without_blocking_other_requests(sim_factory) -> None:
    """Eight requests asleep in their latency at once, and another answered meanwhile: the latency is an await,
    not a sleep that holds the server (which could not even take the second request). The sleepers' latency
    (minutes) outlasts the test, so no assertion here races a clock; they are abandoned, and the private
    simulator's shutdown ends them."""
    sim = sim_factory()
    headers = _auth(_sa_token(sim.key_path))
    sim.control(latency_ms=600_000)

    async def go() -> None:
        async with httpx.AsyncClient(base_url=sim.base_url, timeout=30) as client:
            sleepers = [asyncio.ensure_future(client.post(_url(sim), json=BODY, headers=headers)) for _ in range(8)]
            try:
                # a liveness bound, not a measurement: a server that blocks in its latency never gets there
                patience = time.monotonic() + 30
                while (await client.get("/_sim/stats")).json()["requests"] < 8:  # counted before the latency
                    assert time.monotonic() < patience, "the simulator never held eight requests at once"
                    await asyncio.sleep(0.01)
                (await client.post("/_sim/control", json={"latency_ms": 0})).raise_for_status()
                answered = await client.post(_url(sim), json=BODY, headers=headers)
                assert answered.status_code == 200 and len(answered.json()["rows"]) == 50
                assert not any(sleeper.done() for sleeper in sleepers)
            finally:
                for sleeper in sleepers:
                    sleeper.cancel()
                await asyncio.gather(*sleepers, return_exceptions=True)

    asyncio.run(go())
    assert sim.stats()["requests"] == 9


def test_truth_summary_matches_rows(sim: SimulatorServer) -> None:
    full = sim.truth(site=SITE, date="2026-11-10", dimensions=["query", "device"])
    summary = sim.truth(site=SITE, date="2026-11-10", dimensions=["query", "device"], summary=True)
    assert summary == {
        "rows": len(full["rows"]),
        "clicks": sum(r["clicks"] for r in full["rows"]),
        "impressions": sum(r["impressions"] for r in full["rows"]),
    }


def test_control_rejects_unknown_operations_and_future_today(sim: SimulatorServer) -> None:
    with pytest.raises(httpx.HTTPStatusError):
        sim.control(fautls={"5xx": 1})
    with pytest.raises(httpx.HTTPStatusError):
        sim.control(today="2999-01-01")


def test_moving_today_makes_days_final(sim_fresh: SimulatorServer) -> None:
    before = sim_fresh.truth(site=SITE, date="2026-11-19", dimensions="date", dataState="all")["rows"][0]
    sim_fresh.control(today="2026-11-25")
    after = sim_fresh.truth(site=SITE, date="2026-11-19", dimensions="date")["rows"][0]
    assert after["clicks"] > before["clicks"] and after["impressions"] > before["impressions"]


# -- CLI -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("tls", [False, True])
def test_cli_serves_until_sigint(tmp_path: Path, tls: bool) -> None:
    key_out, user_out = tmp_path / "key.json", tmp_path / "user.json"
    argv = ["--port", "0", "--site", "sc-domain:cli.example=300", "--site", "https://shop.example/",
            "--today", "2026-11-20", "--seed", "3", "--time-scale", "2", "--key-out", str(key_out),
            "--authorized-user-out", str(user_out)] + (["--tls"] if tls else [])  # fmt: skip
    code = "import sys; from gsc_assets.simulator.cli import main; raise SystemExit(main(sys.argv[1:]))"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        base_url = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert base_url.startswith("https://" if tls else "http://127.0.0.1:")
        verify = str(key_out.with_name("key-ca.pem")) if tls else True
        with httpx.Client(verify=verify) as client:
            stats = client.get(base_url + "/_sim/stats").json()
            assert stats["today"] == "2026-11-20" and stats["window_seconds"] == 30.0
        key = json.loads(key_out.read_text())
        assert key["token_uri"] == base_url + "/token"
        assert json.loads(user_out.read_text())["type"] == "authorized_user"
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
