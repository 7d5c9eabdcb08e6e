-- Postgres's running count of live rows per table (inserts minus deletes, kept by the statistics system): no scan,
-- so it costs nothing however long the history; it may lag the last transaction by a second.
SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE schemaname = 'gsc' AND relname = ANY(%(tables)s)
