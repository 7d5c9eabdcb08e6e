-- Base objects of the warehouse: the load ledger and the sequence that orders loads.
-- The per-report daily tables are created by Warehouse.ensure_tables (their columns vary by report).

CREATE SEQUENCE IF NOT EXISTS gsc.load_seq;

CREATE TABLE IF NOT EXISTS gsc.load_ledger (
    site_url     text             NOT NULL,
    date         date             NOT NULL,
    search_type  text             NOT NULL,
    report       text             NOT NULL,
    rows         bigint           NOT NULL,
    clicks       bigint           NOT NULL,
    impressions  bigint           NOT NULL,
    requests     bigint           NOT NULL DEFAULT 0,
    retries      bigint           NOT NULL DEFAULT 0,
    throttled    bigint           NOT NULL DEFAULT 0,
    api_seconds  double precision NOT NULL DEFAULT 0,
    load_seconds double precision NOT NULL DEFAULT 0,
    data_state   text             NOT NULL CHECK (data_state IN ('final', 'fresh')),
    run_id       text             NOT NULL,
    load_id      bigint           NOT NULL,
    loaded_at    timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (site_url, date, search_type, report)
);

CREATE INDEX IF NOT EXISTS load_ledger_run_idx ON gsc.load_ledger (run_id);

-- One row per loaded (site, date): the fetch figures are per partition, so they are taken once here.
CREATE OR REPLACE VIEW gsc.v_loaded_partitions AS
SELECT site_url,
       date,
       CASE WHEN bool_or(data_state = 'fresh') THEN 'fresh' ELSE 'final' END AS data_state,
       sum(rows)::bigint    AS rows,
       max(requests)        AS requests,
       max(retries)         AS retries,
       max(throttled)       AS throttled,
       max(api_seconds)     AS api_seconds,
       max(load_seconds)    AS load_seconds,
       max(loaded_at)       AS loaded_at,
       array_agg(DISTINCT report ORDER BY report) AS reports
FROM gsc.load_ledger
GROUP BY site_url, date;
