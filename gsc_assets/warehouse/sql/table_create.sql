-- Storage of a daily report table, composed with psycopg.sql: ctr derived in the view (it is clicks / impressions),
-- data_state and loaded_at kept once per partition in gsc.load_ledger. The site URL is in every row, as analysts
-- filter on it: a dictionary id instead cost every query a join (see migration 0008).
-- No primary key: a load replaces a whole (site, date) under its advisory lock after checking the rows for
-- duplicate keys, and the key's long text columns made index upkeep the main cost of a load.
CREATE TABLE IF NOT EXISTS {table} (
    site_url    text             NOT NULL,
    date        date             NOT NULL,
    search_type text             NOT NULL,
    {key_columns}
    clicks      bigint           NOT NULL,
    impressions bigint           NOT NULL,
    position    double precision NOT NULL
) {partitioning}
