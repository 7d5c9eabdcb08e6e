-- The strings of one column of a legacy table that have no id yet.
INSERT INTO {dictionary} ({column})
SELECT DISTINCT t.{source}
FROM {table} AS t
WHERE NOT EXISTS (SELECT 1 FROM {dictionary} AS k WHERE md5(k.{column})::uuid = md5(t.{source})::uuid AND k.{column} = t.{source})
ON CONFLICT DO NOTHING
