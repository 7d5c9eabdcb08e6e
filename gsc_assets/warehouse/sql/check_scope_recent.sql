-- The (site, date) partitions loaded since a date: what a check run outside a load examines.
SELECT DISTINCT site_url, date FROM gsc.load_ledger WHERE date >= %(since)s ORDER BY site_url, date
