-- Net change per lifetime key: summed metric deltas, days gained or lost, and the dates gained or lost.
CREATE TEMP TABLE {touched} ON COMMIT DROP AS
SELECT site_url, search_type, {keys},
       s.rows, s.clicks, s.impressions, s.position_x_impressions,
       p.days_delta, p.added_min, p.added_max, p.removed_min, p.removed_max
FROM (
    SELECT site_url, search_type, {keys},
           sum(rows) AS rows, sum(clicks) AS clicks, sum(impressions) AS impressions,
           sum(position_x_impressions) AS position_x_impressions
    FROM lifetime_batch
    WHERE kind = {kind}
    GROUP BY site_url, search_type, {keys}
) AS s
JOIN (
    SELECT site_url, search_type, {keys},
           sum(is_present::integer - was_present::integer)       AS days_delta,
           min(date) FILTER (WHERE is_present AND NOT was_present) AS added_min,
           max(date) FILTER (WHERE is_present AND NOT was_present) AS added_max,
           min(date) FILTER (WHERE was_present AND NOT is_present) AS removed_min,
           max(date) FILTER (WHERE was_present AND NOT is_present) AS removed_max
    FROM {days}
    GROUP BY site_url, search_type, {keys}
) AS p USING (site_url, search_type, {keys})
