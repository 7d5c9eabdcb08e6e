-- Presence of each touched (key, date) before and after the consumed loads. Loads of one (site, date) are
-- serialised by the partition lock, so the first load's deleted rows are the state the lifetime table reflects
-- and the last load's inserted rows are the state now.
CREATE TEMP TABLE {days} ON COMMIT DROP AS
WITH loads AS (
    SELECT site_url, date, min(load_id) AS first_load, max(load_id) AS last_load
    FROM lifetime_batch
    WHERE kind = {kind}
    GROUP BY site_url, date
)
SELECT d.site_url, d.search_type, {d_keys}, d.date,
       bool_or(d.sign = -1 AND d.load_id = l.first_load) AS was_present,
       bool_or(d.sign = 1 AND d.load_id = l.last_load)   AS is_present
FROM lifetime_batch AS d
JOIN loads AS l ON l.site_url = d.site_url AND l.date = d.date
WHERE d.kind = {kind}
GROUP BY d.site_url, d.search_type, {d_keys}, d.date
