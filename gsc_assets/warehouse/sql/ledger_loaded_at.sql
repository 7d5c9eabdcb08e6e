-- When each loaded (site, date) of the tables given was last replaced (the oldest of its tables' loads).
SELECT site_url, date, min(loaded_at)
FROM gsc.load_ledger
WHERE report = ANY(%(tables)s::text[])
  AND site_url = ANY(%(site_urls)s)
  AND date BETWEEN %(start)s AND %(end)s
GROUP BY site_url, date
