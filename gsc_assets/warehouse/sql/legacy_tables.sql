-- Daily tables of the layout before 0004: base tables in gsc that hold rows with their own ctr and data_state.
SELECT c.relname, c.relkind = 'p' AS partitioned
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = 'gsc'
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND (SELECT count(*) FROM pg_attribute AS a
       WHERE a.attrelid = c.oid AND NOT a.attisdropped
         AND a.attname IN ('site_url', 'date', 'search_type', 'ctr', 'position', 'data_state', 'loaded_at')) = 7
ORDER BY c.relname
