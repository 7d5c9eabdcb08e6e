-- A legacy table's data_state and loaded_at move to the ledger (one row per site, date, search type and report);
-- the rows' own values win where the ledger lacks the partition or disagrees with them.
INSERT INTO gsc.load_ledger
    (site_url, date, search_type, report, rows, clicks, impressions, data_state, run_id, load_id, loaded_at)
SELECT site_url, date, search_type, {report}, count(*), sum(clicks), sum(impressions),
       max(data_state), 'migration-0004', 0, max(loaded_at)
FROM {table}
GROUP BY site_url, date, search_type
ON CONFLICT (site_url, date, search_type, report) DO UPDATE
    SET data_state = EXCLUDED.data_state, loaded_at = EXCLUDED.loaded_at
    WHERE (gsc.load_ledger.data_state, gsc.load_ledger.loaded_at)
          IS DISTINCT FROM (EXCLUDED.data_state, EXCLUDED.loaded_at)
