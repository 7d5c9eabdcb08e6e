-- Rows of a legacy table whose ctr is not clicks / impressions: the new layout derives ctr, so these would change.
SELECT count(*) FROM {table}
WHERE abs(ctr - coalesce(clicks::double precision / nullif(impressions, 0), 0)) > 1e-6
