-- Rows whose metrics Google could never report, in one daily table, over the partitions in scope.
SELECT count(*) FILTER (WHERE clicks > impressions)                AS clicks_over_impressions,
       count(*) FILTER (WHERE clicks < 0 OR impressions < 0)       AS negative_counts,
       count(*) FILTER (WHERE ctr < 0 OR ctr > 1 OR ctr IS NULL)   AS ctr_out_of_range,
       count(*) FILTER (WHERE position < 1 OR position IS NULL)    AS position_below_one,
       count(*)                                                    AS rows_checked
FROM {table}
WHERE date BETWEEN %(first)s AND %(last)s
  AND (site_url, date) IN (SELECT * FROM unnest(%(sites)s::text[], %(dates)s::date[]))
