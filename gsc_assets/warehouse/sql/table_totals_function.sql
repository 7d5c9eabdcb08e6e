-- Totals per key over a date range for one site, ctr and position re-derived from the sums (never averaged).
-- days: the key's rows (see table_summary_view.sql).
CREATE OR REPLACE FUNCTION {function}(p_site_url text, p_start date, p_end date)
RETURNS TABLE (
    site_url    text,
    search_type text,
    {key_columns_typed}
    days        bigint,
    clicks      bigint,
    impressions bigint,
    ctr         double precision,
    "position"  double precision
)
LANGUAGE sql STABLE AS $fn$
    SELECT t.site_url,
           t.search_type,
           {t_keys}
           count(*),
           sum(t.clicks)::bigint,
           sum(t.impressions)::bigint,
           sum(t.clicks)::double precision / nullif(sum(t.impressions), 0),
           sum(t.position * t.impressions) / nullif(sum(t.impressions), 0)
    FROM {table} AS t
    WHERE t.site_url = p_site_url AND t.date BETWEEN p_start AND p_end
    GROUP BY {t_group}
$fn$
