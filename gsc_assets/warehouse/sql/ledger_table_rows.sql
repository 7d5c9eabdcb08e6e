-- Rows held per daily table, from the ledger (one row per loaded partition, type and table): exact, and far
-- cheaper than counting the tables.
SELECT report, sum(rows)::bigint FROM gsc.load_ledger WHERE report = ANY(%(tables)s) GROUP BY report
