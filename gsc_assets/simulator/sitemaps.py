"""`sitemaps.list` answers in Google's shape: a few sitemaps per property, fixed by the seed and the site.

Each property has a sitemap index with two child sitemaps (posts and images), an RSS feed, and one sitemap submitted
but not processed yet (pending: no download time, no counts). int64 fields are strings, as in Google's JSON; a
filter `sitemapIndex=<path of an index>` lists that index's children.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any


def site_root(site: str) -> str:
    """The URL prefix of a property: `sc-domain:example.com` -> `https://example.com/`."""
    if site.startswith("sc-domain:"):
        return f"https://{site.removeprefix('sc-domain:')}/"
    return site if site.endswith("/") else site + "/"


def _time(day: dt.date, rng: random.Random) -> str:
    moment = dt.datetime.combine(day, dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60)), dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"


def sitemap_entries(site: str, seed: int, today: dt.date) -> list[dict[str, Any]]:
    """Every sitemap of `site` with the index it belongs to (`None` for a top-level one)."""
    rng = random.Random(f"{seed}|{site}|sitemaps")
    root = site_root(site)
    downloaded = today - dt.timedelta(days=rng.randrange(1, 5))
    submitted = downloaded - dt.timedelta(days=rng.randrange(30, 400))
    posts, images = rng.randrange(50, 5000), rng.randrange(10, 900)

    def processed(path: str, kind: str, contents: list[tuple[str, int]], *, index: bool = False) -> dict[str, Any]:
        return {
            "path": root + path,
            "lastSubmitted": _time(submitted, rng),
            "isPending": False,
            "isSitemapsIndex": index,
            "type": kind,
            "lastDownloaded": _time(downloaded, rng),
            "warnings": str(rng.choice([0, 0, 0, 2, 17])),
            "errors": str(rng.choice([0, 0, 0, 0, 1])),
            "contents": [{"type": t, "submitted": str(n), "indexed": "0"} for t, n in contents],
        }

    index = processed("sitemap_index.xml", "sitemap", [("web", posts + images), ("image", images)], index=True)
    pending = {"path": root + "sitemap-new.xml", "lastSubmitted": _time(today - dt.timedelta(days=1), rng),
               "isPending": True, "isSitemapsIndex": False, "type": "sitemap"}  # fmt: skip
    return [
        {"index": None, "entry": index},
        {"index": index["path"], "entry": processed("post-sitemap.xml", "sitemap", [("web", posts)])},
        {"index": index["path"], "entry": processed("image-sitemap.xml", "sitemap", [("web", images),
                                                                                      ("image", images)])},
        {"index": None, "entry": processed("feed.xml", "rssFeed", [("web", rng.randrange(10, 60))])},
        {"index": None, "entry": pending},
    ]  # fmt: skip


def sitemaps_list(site: str, seed: int, today: dt.date, sitemap_index: str | None) -> dict[str, Any]:
    """The body of `sitemaps.list`: top-level sitemaps, or one index's children (an empty list is omitted)."""
    entries = [e["entry"] for e in sitemap_entries(site, seed, today) if e["index"] == sitemap_index]
    return {"sitemap": entries} if entries else {}
