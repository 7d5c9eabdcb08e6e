-- Give every string of key_input that has no id yet one. Only missing strings reach the INSERT, so ids are not
-- spent on strings already known; sorted, so concurrent loads take the unique index's locks in one order.
INSERT INTO {dictionary} ({column})
SELECT DISTINCT i.value
FROM pg_temp.key_input AS i
WHERE NOT EXISTS (
    SELECT 1 FROM {dictionary} AS k WHERE md5(k.{column})::uuid = md5(i.value)::uuid AND k.{column} = i.value
)
ORDER BY i.value
ON CONFLICT DO NOTHING
