"""Per-partition fetch figures: typed in the pipeline, JSON in the staging manifest, a mapping for the ledger."""

import json

from gsc_assets.pipeline import FetchFigures

FIGURES = FetchFigures(
    requests=12,
    retries=1,
    throttled=2,
    api_seconds=3.5,
    search_types=("web", "image"),
    rows_by_type={"page/web": 40, "page/image": 2},
    exported=("page_daily/web",),
)


def test_figures_survive_the_manifest():
    stored = json.loads(json.dumps(FIGURES.to_manifest()))
    assert FetchFigures.from_manifest(stored) == FIGURES


def test_an_older_manifest_reads_with_defaults():
    old = {"requests": 3, "source": "api", "search_types": ["web"]}  # no retries, rows_by_type; a key we dropped
    assert FetchFigures.from_manifest(old) == FetchFigures(requests=3, search_types=("web",))


def test_the_ledger_gets_the_fetch_figures_and_where_the_rows_came_from():
    assert FIGURES.to_ledger(source="staging") == {
        "requests": 12,
        "retries": 1,
        "throttled": 2,
        "api_seconds": 3.5,
        "source": "staging",
        "search_types": ["web", "image"],
        "exported": ["page_daily/web"],
    }
