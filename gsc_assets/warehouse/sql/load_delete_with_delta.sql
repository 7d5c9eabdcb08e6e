-- Replace a partition of a lifetime source table: the rows removed become negative lifetime deltas (summed per
-- lifetime key over ids, then spelled out as strings). Returns the number of rows removed.
WITH gone AS (
    DELETE FROM {table}
    WHERE site_id = %(site_id)s AND date = %(date)s
    RETURNING search_type, {key_ids}, clicks, impressions, position
),
sums AS (
    SELECT search_type, {key_ids}, count(*) AS rows, sum(clicks) AS clicks, sum(impressions) AS impressions,
           sum(position * impressions) AS position_x_impressions
    FROM gone
    GROUP BY search_type, {key_ids}
),
recorded AS (
    INSERT INTO gsc.lifetime_delta
        (load_id, kind, site_url, search_type, query, page, date, sign,
         rows, clicks, impressions, position_x_impressions)
    SELECT %(load_id)s, %(kind)s, %(site_url)s, s.search_type, {query}, {page}, %(date)s, -1,
           -s.rows, -s.clicks, -s.impressions, -s.position_x_impressions
    FROM sums AS s
    {key_joins}
)
SELECT count(*) FROM gone
