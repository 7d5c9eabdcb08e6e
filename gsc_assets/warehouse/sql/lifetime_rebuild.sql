-- Full rebuild from the daily table (refresh_lifetime(full=True)).
INSERT INTO {lifetime}
    (site_url, search_type, {keys}, daily_rows, clicks, impressions, sum_position_x_impressions,
     first_seen, last_seen, days_seen, updated_at)
SELECT site_url, search_type, {keys}, count(*), sum(clicks), sum(impressions), sum(position * impressions),
       min(date), max(date), count(DISTINCT date), now()
FROM {daily}
GROUP BY site_url, search_type, {keys}
