-- Apply the net deltas. A date gained can only move first_seen earlier or last_seen later (no date gained:
-- +/-infinity, which least/greatest ignore; a new key without a date gained has no rows and is pruned);
-- dates lost at the edges are fixed by lifetime_bounds.sql.
INSERT INTO {lifetime} AS t
    (site_url, search_type, {keys}, daily_rows, clicks, impressions, sum_position_x_impressions,
     first_seen, last_seen, days_seen, updated_at)
SELECT site_url, search_type, {keys}, rows, clicks, impressions, position_x_impressions,
       coalesce(added_min, 'infinity'), coalesce(added_max, '-infinity'), days_delta, now()
FROM {touched}
ON CONFLICT (site_url, search_type, {keys}) DO UPDATE SET
    daily_rows = t.daily_rows + excluded.daily_rows,
    clicks = t.clicks + excluded.clicks,
    impressions = t.impressions + excluded.impressions,
    sum_position_x_impressions = t.sum_position_x_impressions + excluded.sum_position_x_impressions,
    days_seen = t.days_seen + excluded.days_seen,
    first_seen = least(t.first_seen, excluded.first_seen),
    last_seen = greatest(t.last_seen, excluded.last_seen),
    updated_at = excluded.updated_at
