-- One pass over a daily table's partitions in scope, per (site, date, search type): who filled it (the ledger's
-- source: the row cap is the API's, not the export's), the rows (row cap), the sums Google's reconciliation
-- inequalities compare, and the rows whose metrics Google could never report.
WITH days AS (
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
)
SELECT d.site_url, d.date, d.search_type, coalesce(l.source, 'api'), d.rows, d.clicks, d.impressions,
       d.clicks_over_impressions, d.negative_counts, d.ctr_out_of_range, d.position_below_one
FROM days AS d
LEFT JOIN gsc.load_ledger AS l
       ON l.site_url = d.site_url AND l.date = d.date AND l.search_type = d.search_type AND l.report = {report}
