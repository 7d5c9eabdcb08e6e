-- One pass over a daily table's partitions in scope, per (site, date, search type): the rows (row cap), the sums
-- Google's reconciliation inequalities compare, and the rows whose metrics Google could never report.
SELECT site_url,
       date,
       search_type,
       count(*)                                                    AS rows,
       sum(clicks)                                                 AS clicks,
       sum(impressions)                                            AS impressions,
       count(*) FILTER (WHERE clicks > impressions)                AS clicks_over_impressions,
       count(*) FILTER (WHERE clicks < 0 OR impressions < 0)       AS negative_counts,
       count(*) FILTER (WHERE ctr < 0 OR ctr > 1 OR ctr IS NULL)   AS ctr_out_of_range,
       count(*) FILTER (WHERE position < 1 OR position IS NULL)    AS position_below_one
FROM {table}
WHERE date BETWEEN %(first)s AND %(last)s
  AND (site_url, date) IN (SELECT * FROM unnest(%(sites)s::text[], %(dates)s::date[]))
GROUP BY 1, 2, 3
