-- Lifetime rows that disagree with the daily rows they summarise, on a sample of keys (percent = 100: all).
-- Deltas not yet consumed (their metrics carry their sign) are added, so the check is exact while loads and
-- refreshes run.
WITH sample AS (
    SELECT site_url, search_type, {keys} FROM {lifetime} TABLESAMPLE BERNOULLI (%(percent)s)
), pending AS (
    SELECT site_url, search_type, {keys}, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.lifetime_delta WHERE kind = %(kind)s GROUP BY site_url, search_type, {keys}
), daily AS (
    SELECT d.site_url, d.search_type, {daily_keys}, sum(d.clicks) AS clicks, sum(d.impressions) AS impressions,
           min(d.date) AS first_seen, max(d.date) AS last_seen, count(DISTINCT d.date) AS days_seen
    FROM {daily} d JOIN sample s USING (site_url, search_type, {keys})
    GROUP BY d.site_url, d.search_type, {daily_keys}
)
SELECT count(*) AS mismatched, (SELECT count(*) FROM sample) AS checked
FROM sample s
JOIN {lifetime} l USING (site_url, search_type, {keys})
LEFT JOIN pending p USING (site_url, search_type, {keys})
LEFT JOIN daily d USING (site_url, search_type, {keys})
WHERE coalesce(d.clicks, 0) <> l.clicks + coalesce(p.clicks, 0)
   OR coalesce(d.impressions, 0) <> l.impressions + coalesce(p.impressions, 0)
   OR (p.clicks IS NULL AND (d.first_seen IS DISTINCT FROM l.first_seen OR d.last_seen IS DISTINCT FROM l.last_seen
                             OR d.days_seen IS DISTINCT FROM l.days_seen))
