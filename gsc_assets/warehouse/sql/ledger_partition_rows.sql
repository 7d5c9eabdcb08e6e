-- Rows held per (site, date) in one table, from the ledger (exact, no scan of the table).
SELECT site_url, date, sum(rows)::bigint
FROM gsc.load_ledger
WHERE report = %(table)s
  AND site_url = ANY(%(site_urls)s)
  AND date BETWEEN %(start)s AND %(end)s
GROUP BY site_url, date
