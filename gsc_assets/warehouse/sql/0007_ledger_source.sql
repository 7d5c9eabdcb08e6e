-- Which source filled each (partition, report, search type): 'api' (the Search Analytics API) or 'export' (Google's
-- BigQuery bulk export, GSC_EXPORT_DATASETS). Rows loaded before this migration came from the API.
ALTER TABLE gsc.load_ledger ADD COLUMN IF NOT EXISTS source text NOT NULL DEFAULT 'api';

-- 0006's view with the partition's sources appended (a view can only gain columns at its end).
CREATE OR REPLACE VIEW gsc.v_loaded_partitions AS
SELECT site_url,
       date,
       CASE WHEN bool_or(data_state = 'fresh') THEN 'fresh' ELSE 'final' END AS data_state,
       sum(rows)::bigint    AS rows,
       max(requests)        AS requests,
       max(retries)         AS retries,
       max(throttled)       AS throttled,
       max(api_seconds)     AS api_seconds,
       max(load_seconds)    AS load_seconds,
       max(loaded_at)       AS loaded_at,
       array_agg(DISTINCT report ORDER BY report) AS reports,
       array_agg(DISTINCT source ORDER BY source) AS sources
FROM gsc.load_ledger
WHERE report <> 'property_hourly'
GROUP BY site_url, date;
