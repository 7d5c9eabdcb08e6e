-- The set-aside rows into the rebuilt storage, in (site, date) order as loads write them.
INSERT INTO {storage} ({columns})
SELECT {columns} FROM {stash}
ORDER BY site_url, date, search_type
