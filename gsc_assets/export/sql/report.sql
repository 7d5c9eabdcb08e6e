-- One report's rows for a day, aggregated from an export table to the report's keys (see _reader.EXPORT_REPORTS
-- for which table, which keys, which position column, and whether anonymised queries stay).
SELECT LOWER(search_type) AS search_type,
       {keys}
       SUM(clicks) AS clicks,
       SUM(impressions) AS impressions,
       SUM({position_sum}) AS position_sum
FROM {dataset}.{table}
WHERE data_date = @day AND LOWER(search_type) IN UNNEST(@types){named_queries_only}
GROUP BY {group_by}
