-- The id-keyed layout of the daily tables: each site URL is stored once, in gsc.site_key, and the daily rows carry
-- its integer id. A URL is found by its md5 (unique, so concurrent loads that meet the same new site agree on one
-- id) and by a hash index on the text (what a view filtered on `site_url = '...'` uses); both work for URLs of any
-- length, where a B-tree on the text itself stops at about 2.7 kB. An id a failed load created stays unused.
-- Daily tables of the earlier layout are converted right after this file runs (Warehouse.migrate).

CREATE TABLE IF NOT EXISTS gsc.site_key (
    id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_url text NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS site_key_md5_idx ON gsc.site_key ((md5(site_url)::uuid));
CREATE INDEX IF NOT EXISTS site_key_text_idx ON gsc.site_key USING hash (site_url);
