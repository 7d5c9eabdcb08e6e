-- The rows just copied in become positive lifetime deltas.
INSERT INTO gsc.lifetime_delta
    (load_id, kind, site_url, search_type, query, page, date, sign,
     rows, clicks, impressions, position_x_impressions)
SELECT %(load_id)s, %(kind)s, site_url, search_type, {query}, page, %(date)s, 1,
       count(*), sum(clicks), sum(impressions), sum(position * impressions)
FROM {table}
WHERE site_url = %(site_url)s AND date = %(date)s
GROUP BY site_url, search_type, {key_columns}
