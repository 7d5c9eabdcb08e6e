-- A storage table's rows with their partition's state from the ledger, set aside while its storage is rebuilt
-- (dropped at commit).
CREATE TEMP TABLE {stash} ON COMMIT DROP AS
SELECT {values}
FROM {storage} AS d
LEFT JOIN gsc.load_ledger AS l
       ON l.site_url = d.site_url AND l.date = d.date AND l.search_type = d.search_type AND l.report = {report}
