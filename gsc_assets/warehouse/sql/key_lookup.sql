-- The id of every string of key_input, by its position in the input.
SELECT i.ord, k.id
FROM pg_temp.key_input AS i
JOIN {dictionary} AS k ON md5(k.{column})::uuid = md5(i.value)::uuid AND k.{column} = i.value
