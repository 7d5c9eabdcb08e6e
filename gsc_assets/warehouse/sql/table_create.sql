-- Storage of a daily report table, composed with psycopg.sql: the site as its dictionary id, ctr derived in the
-- view (it is clicks / impressions), data_state and loaded_at kept once per partition in gsc.load_ledger.
-- No primary key: a load replaces a whole (site, date) under its advisory lock after checking the rows for
-- duplicate keys, and the key's long text columns made index upkeep the main cost of a load.
CREATE TABLE IF NOT EXISTS {table} (
    site_id     integer          NOT NULL,
    date        date             NOT NULL,
    search_type text             NOT NULL,
    {key_columns}
    clicks      bigint           NOT NULL,
    impressions bigint           NOT NULL,
    position    double precision NOT NULL
) {partitioning}
