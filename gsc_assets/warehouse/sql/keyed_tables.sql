-- Storage tables of the id-keyed layout (migrations 0004-0007): base tables in gsc whose rows carry a site_id.
SELECT c.relname, c.relkind = 'p' AS partitioned
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = 'gsc'
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname LIKE '%\_data'
  AND EXISTS (SELECT 1 FROM pg_attribute AS a WHERE a.attrelid = c.oid AND a.attname = 'site_id' AND NOT a.attisdropped)
ORDER BY c.relname
