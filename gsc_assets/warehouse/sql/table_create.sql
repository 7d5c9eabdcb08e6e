-- Template of a daily report table, composed with psycopg.sql (table, key columns, primary key, partitioning).
CREATE TABLE IF NOT EXISTS {table} (
    site_url    text             NOT NULL,
    date        date             NOT NULL,
    search_type text             NOT NULL,
    {key_columns}
    clicks      bigint           NOT NULL,
    impressions bigint           NOT NULL,
    ctr         double precision NOT NULL,
    position    double precision NOT NULL,
    data_state  text             NOT NULL,
    loaded_at   timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY ({pk_columns})
) {partitioning}
