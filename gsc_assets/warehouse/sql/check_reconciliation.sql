-- Google's reconciliation inequalities, per (site, date, search type): query-grouped rows miss anonymised queries,
-- so their sums never exceed the property totals; likewise query x page never exceeds the page report.
WITH query_sums AS (
    SELECT site_url, date, search_type, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.query_daily WHERE date >= %(since)s GROUP BY 1, 2, 3
), query_page_sums AS (
    SELECT site_url, date, search_type, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.query_page_daily WHERE date >= %(since)s GROUP BY 1, 2, 3
), page_sums AS (
    SELECT site_url, date, search_type, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.page_daily WHERE date >= %(since)s GROUP BY 1, 2, 3
)
SELECT (SELECT count(*) FROM query_sums q JOIN gsc.property_daily p USING (site_url, date, search_type)
        WHERE q.clicks > p.clicks OR q.impressions > p.impressions)                  AS query_over_property,
       (SELECT count(*) FROM query_page_sums qp JOIN page_sums pg USING (site_url, date, search_type)
        WHERE qp.clicks > pg.clicks OR qp.impressions > pg.impressions)              AS query_page_over_page,
       (SELECT count(*) FROM gsc.property_daily WHERE date >= %(since)s)             AS days_checked
