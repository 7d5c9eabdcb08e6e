-- Totals over all loaded days. ctr and position are re-derived from the sums (never averaged):
-- ctr = sum(clicks) / sum(impressions); position weighted by impressions.
CREATE OR REPLACE VIEW {view} AS
SELECT site_url,
       search_type,
       {key_columns}
       count(DISTINCT date) AS days,
       min(date)            AS first_date,
       max(date)            AS last_date,
       sum(clicks)::bigint      AS clicks,
       sum(impressions)::bigint AS impressions,
       sum(clicks)::double precision / nullif(sum(impressions), 0)  AS ctr,
       sum(position * impressions) / nullif(sum(impressions), 0)   AS position
FROM {table}
GROUP BY {group_columns}
