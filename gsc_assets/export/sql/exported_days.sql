-- The days of a range that Google exported to both tables, with the latest publication of either. ExportLog
-- records each successful export, one row per table (namespace) and day; the two tables are not exported at the
-- same moment, and a revised day is exported again (a later epoch_version and publish_time).
SELECT data_date, MAX(publish_time) AS published
FROM {dataset}.ExportLog
WHERE data_date BETWEEN @first_day AND @last_day
  AND UPPER(namespace) IN ('SEARCHDATA_SITE_IMPRESSION', 'SEARCHDATA_URL_IMPRESSION')
GROUP BY data_date
HAVING COUNT(DISTINCT UPPER(namespace)) = 2
