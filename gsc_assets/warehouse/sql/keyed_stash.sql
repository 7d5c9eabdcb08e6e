-- An id-keyed table's rows with their site URL and their partition's state from the ledger, set aside while its
-- storage is rebuilt (dropped at commit).
CREATE TEMP TABLE {stash} ON COMMIT DROP AS
SELECT k.site_url, {values}
FROM {storage} AS d
JOIN gsc.site_key AS k ON k.id = d.site_id
LEFT JOIN gsc.load_ledger AS l
       ON l.site_url = k.site_url AND l.date = d.date AND l.search_type = d.search_type AND l.report = {report}
