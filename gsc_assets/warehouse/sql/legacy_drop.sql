DROP VIEW IF EXISTS {summary};
DROP FUNCTION IF EXISTS {totals}(text, date, date);
DROP TABLE {table} CASCADE;
