-- Keys with no daily rows left leave the lifetime table.
DELETE FROM {lifetime} AS t
USING {touched} AS b
WHERE {t_match} AND t.daily_rows <= 0
