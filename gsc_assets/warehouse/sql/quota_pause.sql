-- Hold every taker of these buckets off until the server clock passes now + seconds (never shortens a pause).
INSERT INTO gsc.quota_pause (bucket, until)
SELECT b, clock_timestamp() + make_interval(secs => %(seconds)s) FROM unnest(%(buckets)s::text[]) AS b
ON CONFLICT (bucket) DO UPDATE SET until = greatest(gsc.quota_pause.until, excluded.until)
