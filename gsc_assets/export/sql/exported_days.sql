-- The days of a range that Google exported to both tables. ExportLog records each successful export,
-- one row per table (namespace) and day, and the two tables are not exported at the same moment.
SELECT data_date
FROM {dataset}.ExportLog
WHERE data_date BETWEEN @first_day AND @last_day
  AND UPPER(namespace) IN ('SEARCHDATA_SITE_IMPRESSION', 'SEARCHDATA_URL_IMPRESSION')
GROUP BY data_date
HAVING COUNT(DISTINCT UPPER(namespace)) = 2
