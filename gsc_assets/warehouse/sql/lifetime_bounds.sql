-- A key that lost its first or last day: look its edges up in the daily table (index on site + key + date).
UPDATE {lifetime} AS t
SET first_seen = b.first_seen, last_seen = b.last_seen
FROM (
    SELECT k.site_url, k.search_type, {k_keys},
           (SELECT min(d.date) FROM {daily} AS d WHERE {d_match}) AS first_seen,
           (SELECT max(d.date) FROM {daily} AS d WHERE {d_match}) AS last_seen
    FROM {touched} AS k
    JOIN {lifetime} AS l USING (site_url, search_type, {keys})
    WHERE k.removed_min IS NOT NULL
      AND l.daily_rows > 0
      AND (k.removed_min <= l.first_seen OR k.removed_max >= l.last_seen)
) AS b
WHERE {t_match} AND b.first_seen IS NOT NULL
