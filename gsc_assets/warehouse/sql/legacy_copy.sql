-- A legacy table's rows into its storage, in (site, date) order as loads write them.
INSERT INTO {storage} ({columns})
SELECT {values}
FROM {table} AS t
ORDER BY t.site_url, t.date, t.search_type
