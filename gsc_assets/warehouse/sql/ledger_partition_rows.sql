-- Rows held per (site, date, table, search type) in the tables given, from the ledger (exact, no scan of the tables).
SELECT site_url, date, report, search_type, rows
FROM gsc.load_ledger
WHERE report = ANY(%(tables)s::text[])
  AND site_url = ANY(%(site_urls)s)
  AND date BETWEEN %(start)s AND %(end)s
  AND rows > 0
