-- A daily report table as analysts read it: the stored rows, ctr derived, and each partition's state from the
-- ledger. That join is a LEFT JOIN on a unique key, so a query that does not use its columns does not pay for it
-- (Postgres removes it).
CREATE OR REPLACE VIEW {view} AS
SELECT d.site_url,
       d.date,
       d.search_type,
       {key_columns}
       d.clicks,
       d.impressions,
       coalesce(d.clicks::double precision / nullif(d.impressions, 0), 0) AS ctr,
       d.position,
       l.data_state,
       l.loaded_at
FROM {table} AS d
LEFT JOIN gsc.load_ledger AS l
       ON l.site_url = d.site_url AND l.date = d.date AND l.search_type = d.search_type AND l.report = {report}
