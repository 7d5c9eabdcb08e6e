-- A legacy table's rows into its id-keyed storage, in (site, date) order as loads write them.
INSERT INTO {storage} ({columns})
SELECT k.id, {values}
FROM {table} AS t
JOIN gsc.site_key AS k ON k.site_url = t.site_url
ORDER BY t.site_url, t.date, t.search_type
