-- The site URLs of a legacy table that have no id yet.
INSERT INTO gsc.site_key (site_url)
SELECT DISTINCT t.site_url
FROM {table} AS t
WHERE NOT EXISTS (SELECT 1 FROM gsc.site_key AS k WHERE k.site_url = t.site_url)
ON CONFLICT DO NOTHING
