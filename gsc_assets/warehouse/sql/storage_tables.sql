-- Storage tables of one layout: base tables gsc.*_data with the column %(has)s but not %(lacks)s (site_id but no
-- site_url: migrations 0004-0007; site_url but no final: migration 0008; final but no site_id: today's).
SELECT c.relname, c.relkind = 'p' AS partitioned
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = 'gsc'
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname LIKE '%%\_data'
  AND EXISTS (SELECT 1 FROM pg_attribute AS a WHERE a.attrelid = c.oid AND a.attname = %(has)s AND NOT a.attisdropped)
  AND NOT EXISTS (SELECT 1 FROM pg_attribute AS a
                  WHERE a.attrelid = c.oid AND a.attname = %(lacks)s AND NOT a.attisdropped)
ORDER BY c.relname
