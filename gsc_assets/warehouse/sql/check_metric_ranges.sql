-- Rows whose metrics Google could never report, in one daily table since a date.
SELECT count(*) FILTER (WHERE clicks > impressions)                AS clicks_over_impressions,
       count(*) FILTER (WHERE clicks < 0 OR impressions < 0)       AS negative_counts,
       count(*) FILTER (WHERE ctr < 0 OR ctr > 1 OR ctr IS NULL)   AS ctr_out_of_range,
       count(*) FILTER (WHERE position < 1 OR position IS NULL)    AS position_below_one,
       count(*)                                                    AS rows_checked
FROM {table}
WHERE date >= %(since)s
