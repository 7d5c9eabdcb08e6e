-- The set-aside rows into the rebuilt storage, in (site, date) order as loads write them; then its statistics, as
-- the planner would otherwise guess until autovacuum comes by.
INSERT INTO {storage} ({columns})
SELECT {columns} FROM {stash}
ORDER BY site_url, date, search_type;
ANALYZE {storage}
