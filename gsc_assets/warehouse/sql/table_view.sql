-- A daily report table as analysts read it: the stored rows, ctr derived, and the load's state from the row.
-- One table and no join, so a query plans as on a plain table.
CREATE OR REPLACE VIEW {view} AS
SELECT d.site_url,
       d.date,
       d.search_type,
       {key_columns}
       d.clicks,
       d.impressions,
       coalesce(d.clicks::double precision / nullif(d.impressions, 0), 0) AS ctr,
       d.position,
       CASE WHEN d.final THEN 'final' ELSE 'fresh' END AS data_state,
       d.loaded_at
FROM {table} AS d
