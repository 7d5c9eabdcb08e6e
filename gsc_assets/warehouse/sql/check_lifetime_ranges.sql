-- Lifetime rows no data could produce.
SELECT count(*) FILTER (WHERE clicks < 0 OR impressions < 0 OR clicks > impressions) AS impossible_counts,
       count(*) FILTER (WHERE days_seen < 1 OR first_seen > last_seen
                        OR days_seen > last_seen - first_seen + 1)                     AS impossible_days,
       count(*) FILTER (WHERE impressions > 0 AND position < 1)                       AS position_below_one,
       count(*)                                                                        AS rows_checked
FROM {lifetime}
