-- Replace a partition of a lifetime source table: the rows removed become negative lifetime deltas.
-- Returns the number of rows removed.
WITH gone AS (
    DELETE FROM {table}
    WHERE site_url = %(site_url)s AND date = %(date)s
    RETURNING search_type, {key_columns}, clicks, impressions, position
),
recorded AS (
    INSERT INTO gsc.lifetime_delta
        (load_id, kind, site_url, search_type, query, page, date, sign,
         rows, clicks, impressions, position_x_impressions)
    SELECT %(load_id)s, %(kind)s, %(site_url)s, search_type, {query}, page, %(date)s, -1,
           -count(*), -sum(clicks), -sum(impressions), -sum(position * impressions)
    FROM gone
    GROUP BY search_type, {key_columns}
)
SELECT count(*) FROM gone
