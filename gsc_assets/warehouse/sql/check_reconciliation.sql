-- Google's reconciliation inequalities, per (site, date, search type) in scope: query-grouped rows miss anonymised
-- queries, so their sums never exceed the property totals; likewise query x page never exceeds the page report.
WITH scope(site_url, date) AS (
    SELECT * FROM unnest(%(sites)s::text[], %(dates)s::date[])
), query_sums AS (
    SELECT site_url, date, search_type, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.query_daily
    WHERE date BETWEEN %(first)s AND %(last)s AND (site_url, date) IN (SELECT * FROM scope)
    GROUP BY 1, 2, 3
), query_page_sums AS (
    SELECT site_url, date, search_type, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.query_page_daily
    WHERE date BETWEEN %(first)s AND %(last)s AND (site_url, date) IN (SELECT * FROM scope)
    GROUP BY 1, 2, 3
), page_sums AS (
    SELECT site_url, date, search_type, sum(clicks) AS clicks, sum(impressions) AS impressions
    FROM gsc.page_daily
    WHERE date BETWEEN %(first)s AND %(last)s AND (site_url, date) IN (SELECT * FROM scope)
    GROUP BY 1, 2, 3
), property AS (
    SELECT site_url, date, search_type, clicks, impressions
    FROM gsc.property_daily
    WHERE date BETWEEN %(first)s AND %(last)s AND (site_url, date) IN (SELECT * FROM scope)
)
SELECT (SELECT count(*) FROM query_sums q JOIN property p USING (site_url, date, search_type)
        WHERE q.clicks > p.clicks OR q.impressions > p.impressions)                  AS query_over_property,
       (SELECT count(*) FROM query_page_sums qp JOIN page_sums pg USING (site_url, date, search_type)
        WHERE qp.clicks > pg.clicks OR qp.impressions > pg.impressions)              AS query_page_over_page,
       (SELECT count(*) FROM property)                                               AS days_checked
