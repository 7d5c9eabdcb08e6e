-- Partitions held for the sites and dates asked, with their weakest data state ('fresh' wins over 'final').
-- With reports given, a partition counts only when every one of them was loaded; without, the daily tables count
-- (the hourly tables have fetches of their own).
SELECT site_url,
       date,
       CASE WHEN bool_or(data_state = 'fresh') THEN 'fresh' ELSE 'final' END AS data_state
FROM gsc.load_ledger
WHERE site_url = ANY(%(site_urls)s)
  AND date BETWEEN %(start)s AND %(end)s
  AND (%(reports)s::text[] IS NULL OR report = ANY(%(reports)s::text[]))
  AND (%(reports)s::text[] IS NOT NULL OR report <> ALL(%(hourly)s::text[]))
GROUP BY site_url, date
HAVING %(reports)s::text[] IS NULL
    OR count(DISTINCT report) = cardinality(%(reports)s::text[])
