-- The id of a site URL in gsc.site_key, given one if it has none yet. Only a missing URL reaches the INSERT, so ids
-- are not spent on known sites; ON CONFLICT covers two loads that meet a new site at once.
WITH added AS (
    INSERT INTO gsc.site_key (site_url)
    SELECT %(site_url)s
    WHERE NOT EXISTS (SELECT 1 FROM gsc.site_key WHERE site_url = %(site_url)s)
    ON CONFLICT DO NOTHING
    RETURNING id
)
SELECT id FROM added
UNION ALL
SELECT id FROM gsc.site_key WHERE site_url = %(site_url)s
