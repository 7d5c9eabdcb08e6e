-- Rows held per (site, date) in the tables given, from the ledger (exact, no scan of the tables).
SELECT site_url, date, sum(rows)::bigint
FROM gsc.load_ledger
WHERE report = ANY(%(tables)s::text[])
  AND site_url = ANY(%(site_urls)s)
  AND date BETWEEN %(start)s AND %(end)s
GROUP BY site_url, date
