-- A legacy table's rows into its id-keyed storage, in (site, date) order as loads write them.
INSERT INTO {storage} ({columns})
SELECT {values}
FROM {table} AS t
{joins}
ORDER BY t.site_url, t.date, t.search_type
