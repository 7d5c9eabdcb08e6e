INSERT INTO gsc.load_ledger
    (site_url, date, search_type, report, rows, clicks, impressions, requests, retries, throttled,
     api_seconds, load_seconds, data_state, run_id, load_id, source, loaded_at)
VALUES (%(site_url)s, %(date)s, %(search_type)s, %(report)s, %(rows)s, %(clicks)s, %(impressions)s,
        %(requests)s, %(retries)s, %(throttled)s, %(api_seconds)s, %(load_seconds)s, %(data_state)s,
        %(run_id)s, %(load_id)s, %(source)s, now())
ON CONFLICT (site_url, date, search_type, report) DO UPDATE SET
    rows = excluded.rows,
    clicks = excluded.clicks,
    impressions = excluded.impressions,
    requests = excluded.requests,
    retries = excluded.retries,
    throttled = excluded.throttled,
    api_seconds = excluded.api_seconds,
    load_seconds = excluded.load_seconds,
    data_state = excluded.data_state,
    run_id = excluded.run_id,
    load_id = excluded.load_id,
    source = excluded.source,
    loaded_at = excluded.loaded_at
