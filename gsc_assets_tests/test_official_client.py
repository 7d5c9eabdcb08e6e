"""Google's official client (google-api-python-client, static discovery documents) against the simulator: the
combinations Google refuses raise HttpError 400, their accepted neighbours answer, in camelCase and in the enum
names the discovery document lists, and batches go to the discovery documents' batchPath."""

from __future__ import annotations

import json
from typing import Any

import pytest
from google.oauth2 import service_account
from googleapiclient.discovery import build, build_from_document
from googleapiclient.discovery_cache import get_static_doc
from googleapiclient.errors import HttpError

from gsc_assets.simulator import SimulatorServer

pytestmark = pytest.mark.timeout(60)

SCOPES = ["https://www.googleapis.com/auth/webmasters.readonly"]
SITE = "sc-domain:example.com"
DAY = {"startDate": "2026-11-10", "endDate": "2026-11-10"}


def _credentials(sim: SimulatorServer) -> service_account.Credentials:
    # the simulator-minted key's token_uri points at the simulator's /token
    return service_account.Credentials.from_service_account_file(str(sim.key_path), scopes=SCOPES)


@pytest.fixture(scope="module")
def service(sim: SimulatorServer):
    return build(
        "searchconsole",
        "v1",
        credentials=_credentials(sim),
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": sim.base_url},
    )


def _query(service, body: dict[str, Any]) -> dict[str, Any]:
    return service.searchanalytics().query(siteUrl=SITE, body={**DAY, **body}).execute()


REFUSED = {
    "googleNews+byProperty": ({"type": "googleNews", "aggregationType": "byProperty"},
                              {"type": "GOOGLE_NEWS", "aggregationType": "BY_PROPERTY"}),
    "googleNews+query": ({"type": "googleNews", "dimensions": ["query"]},
                         {"type": "GOOGLE_NEWS", "dimensions": ["QUERY"]}),
    "discover+query": ({"type": "discover", "dimensions": ["date", "query"]},
                       {"type": "DISCOVER", "dimensions": ["DATE", "QUERY"]}),
    "discover+device": ({"type": "discover", "dimensions": ["device"]},
                        {"type": "DISCOVER", "dimensions": ["DEVICE"]}),
    "searchAppearance+date": ({"dimensions": ["date", "searchAppearance"]},
                              {"dimensions": ["DATE", "SEARCH_APPEARANCE"]}),
    "searchAppearance+page": ({"dimensions": ["searchAppearance", "page"]},
                              {"dimensions": ["SEARCH_APPEARANCE", "PAGE"]}),
}  # fmt: skip
REFUSED_CASES = [
    pytest.param(body, id=f"{name}-{spelling}")
    for name, pair in REFUSED.items()
    for spelling, body in zip(("camelCase", "ENUM_NAME"), pair, strict=True)
]


@pytest.mark.parametrize("body", REFUSED_CASES)
def test_refused_combinations_raise_http_error_400(service, body: dict[str, Any]) -> None:
    with pytest.raises(HttpError) as info:
        _query(service, body)
    assert info.value.status_code == 400
    content = json.loads(info.value.content)["error"]
    assert content["status"] == "INVALID_ARGUMENT" and content["errors"][0]["reason"] == "badRequest"
    assert info.value.reason == content["message"]  # the client surfaces Google's message


@pytest.mark.parametrize(
    "body",
    [{"dimensions": ["searchAppearance"]}, {"dimensions": ["SEARCH_APPEARANCE"], "aggregationType": "AUTO",
                                            "dataState": "DATA_STATE_UNSPECIFIED", "type": "WEB"}],
    ids=["camelCase", "ENUM_NAME"],
)  # fmt: skip
def test_search_appearance_grouped_alone_answers(service, body: dict[str, Any]) -> None:
    got = _query(service, body)
    keys = [r["keys"][0] for r in got["rows"]]
    assert len(keys) == len(set(keys)) >= 3 and all(k.isupper() for k in keys)
    assert got["responseAggregationType"] == "byProperty"
    assert got == _query(service, {"dimensions": ["searchAppearance"]})


def test_accepted_neighbours_in_enum_names(service) -> None:
    flt = [{"groupType": "AND", "filters": [{"dimension": "SEARCH_APPEARANCE", "operator": "EQUALS",
                                             "expression": "VIDEO"}]}]  # fmt: skip
    by_date = _query(service, {"dimensions": ["DATE"], "dimensionFilterGroups": flt, "dataState": "ALL"})
    assert [r["keys"] for r in by_date["rows"]] == [[DAY["startDate"]]]
    discover = _query(service, {"type": "DISCOVER", "dimensions": ["DATE", "PAGE", "COUNTRY"]})
    assert discover["rows"] and discover["responseAggregationType"] == "byPage"
    news = _query(service, {"type": "GOOGLE_NEWS", "aggregationType": "AUTO", "dimensions": ["DATE"]})
    assert news["responseAggregationType"] in {"byPage", "byProperty"}


def _service_at(sim: SimulatorServer, name: str, version: str):
    """The service built from Google's static discovery document with its rootUrl moved to the simulator, so
    new_batch_http_request() posts to rootUrl + batchPath as it would at Google (api_endpoint leaves the batch
    URI at Google's host)."""
    doc = json.loads(get_static_doc(name, version))
    doc["rootUrl"] = sim.base_url + "/"
    return build_from_document(doc, credentials=_credentials(sim)), doc["batchPath"]


@pytest.mark.parametrize(("name", "version", "batch_path"), [("searchconsole", "v1", "batch"),
                                                             ("webmasters", "v3", "batch/webmasters/v3")])  # fmt: skip
def test_batch_http_request_at_the_discovery_batch_path(sim: SimulatorServer, name, version, batch_path) -> None:
    svc, path = _service_at(sim, name, version)
    assert path == batch_path
    sim.reset()
    answers: dict[str, tuple[Any, HttpError | None]] = {}

    def collect(request_id: str, response: Any, exception: HttpError | None) -> None:
        answers[request_id] = (response, exception)

    batch = svc.new_batch_http_request(callback=collect)
    appearance = {**DAY, "dimensions": ["SEARCH_APPEARANCE"]}
    batch.add(svc.searchanalytics().query(siteUrl=SITE, body=appearance), request_id="appearance")
    refused = {**DAY, "type": "GOOGLE_NEWS", "aggregationType": "BY_PROPERTY"}
    batch.add(svc.searchanalytics().query(siteUrl=SITE, body=refused), request_id="refused")
    batch.add(svc.sites().list(), request_id="sites")
    batch.execute()
    assert answers["appearance"][1] is None
    assert answers["appearance"][0] == svc.searchanalytics().query(siteUrl=SITE, body=appearance).execute()
    assert answers["refused"][0] is None and answers["refused"][1].status_code == 400
    assert "googleNews" in answers["refused"][1].reason
    assert [e["siteUrl"] for e in answers["sites"][0]["siteEntry"]] == [SITE, "https://www.example.org/"]
    stats = sim.stats()
    assert stats["batch_requests"] == 1 and stats["by_status"] == {"200": 3, "400": 1}
