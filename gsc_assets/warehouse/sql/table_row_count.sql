-- Rows of one table (a lifetime table: no ledger counts them).
SELECT count(*) FROM {table}
