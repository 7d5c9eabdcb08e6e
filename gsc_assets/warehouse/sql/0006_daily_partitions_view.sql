-- v_loaded_partitions describes the daily tables' partitions: one fetch per (site, date), whose figures are taken
-- once. The hourly table (GSC_HOURLY) has its own fetches and ledger rows; it is listed apart, per day.
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
       array_agg(DISTINCT report ORDER BY report) AS reports
FROM gsc.load_ledger
WHERE report <> 'property_hourly'
GROUP BY site_url, date;
