-- Storage of a daily report table, composed with psycopg.sql: ctr derived in the view (it is clicks / impressions).
-- The site URL is in every row, as analysts filter on it: a dictionary id instead cost every query a join
-- (migration 0008). So is the load's state: final (data_state = 'final') and loaded_at, one value per partition
-- but stored per row, since joining the ledger in the view cost every query its planning (migration 0009).
-- No primary key: a load replaces a whole (site, date) under its advisory lock after checking the rows for
-- duplicate keys, and the key's long text columns made index upkeep the main cost of a load.
CREATE TABLE IF NOT EXISTS {table} (
    site_url    text             NOT NULL,
    date        date             NOT NULL,
    search_type text             NOT NULL,
    {key_columns}
    final       boolean          NOT NULL,
    clicks      bigint           NOT NULL,
    impressions bigint           NOT NULL,
    position    double precision NOT NULL,
    loaded_at   timestamptz      NOT NULL DEFAULT now()
) {partitioning}
