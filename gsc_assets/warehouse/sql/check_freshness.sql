-- The newest day per site loaded into the daily tables (the hourly tables load today every hour).
SELECT site_url, max(date) AS newest
FROM gsc.load_ledger
WHERE report <> ALL(%(hourly)s::text[])
GROUP BY site_url
ORDER BY site_url
