-- An id-keyed table's rows with their site URL, set aside while its storage is rebuilt (dropped at commit).
CREATE TEMP TABLE {stash} ON COMMIT DROP AS
SELECT k.site_url, {values}
FROM {storage} AS d
JOIN gsc.site_key AS k ON k.id = d.site_id
