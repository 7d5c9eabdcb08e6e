-- The properties a dataset holds rows for on one day (one, if it is the export of the site it is configured for).
SELECT DISTINCT site_url
FROM {dataset}.searchdata_site_impression
WHERE data_date = @day
LIMIT 5
