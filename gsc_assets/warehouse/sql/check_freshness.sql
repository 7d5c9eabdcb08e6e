-- The newest loaded day per site.
SELECT site_url, max(date) AS newest FROM gsc.load_ledger GROUP BY site_url ORDER BY site_url
