-- A daily report table as analysts read it: the columns and names of the stored rows, the site URL joined back
-- from its id. Every join is a LEFT JOIN on a unique key, so a query that does not use a joined column does not pay
-- for its join (Postgres removes it).
CREATE OR REPLACE VIEW {view} AS
SELECT s.site_url,
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
LEFT JOIN gsc.site_key AS s ON s.id = d.site_id
LEFT JOIN gsc.load_ledger AS l
       ON l.site_url = s.site_url AND l.date = d.date AND l.search_type = d.search_type AND l.report = {report}
