-- A storage table being rebuilt, with its views (CASCADE) and its totals function (a SQL function's body is not a
-- dependency Postgres tracks).
DROP FUNCTION IF EXISTS {totals}(text, date, date);
DROP TABLE {storage} CASCADE;
