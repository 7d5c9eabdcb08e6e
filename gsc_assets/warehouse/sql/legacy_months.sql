-- The months a legacy table holds rows for (each gets its partition in the new storage).
SELECT DISTINCT date_trunc('month', date)::date FROM {table} ORDER BY 1
