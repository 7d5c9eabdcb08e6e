-- Lifetime statistics per (site, search type, query, page) and per (site, search type, page), kept current from
-- the deltas every partition load records in gsc.lifetime_delta (old rows negative, new rows positive).

CREATE TABLE IF NOT EXISTS gsc.lifetime_delta (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    load_id                bigint           NOT NULL,
    kind                   text             NOT NULL CHECK (kind IN ('query_page', 'page')),
    site_url               text             NOT NULL,
    search_type            text             NOT NULL,
    query                  text,
    page                   text             NOT NULL,
    date                   date             NOT NULL,
    sign                   smallint         NOT NULL CHECK (sign IN (-1, 1)),
    rows                   bigint           NOT NULL,
    clicks                 bigint           NOT NULL,
    impressions            bigint           NOT NULL,
    position_x_impressions double precision NOT NULL
);

CREATE TABLE IF NOT EXISTS gsc.lifetime_query_page (
    site_url                   text             NOT NULL,
    search_type                text             NOT NULL,
    query                      text             NOT NULL,
    page                       text             NOT NULL,
    daily_rows                 bigint           NOT NULL,
    clicks                     bigint           NOT NULL,
    impressions                bigint           NOT NULL,
    sum_position_x_impressions double precision NOT NULL,
    ctr                        double precision GENERATED ALWAYS AS
                                   (clicks::double precision / nullif(impressions, 0)) STORED,
    position                   double precision GENERATED ALWAYS AS
                                   (sum_position_x_impressions / nullif(impressions, 0)) STORED,
    first_seen                 date             NOT NULL,
    last_seen                  date             NOT NULL,
    days_seen                  integer          NOT NULL,
    updated_at                 timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (site_url, search_type, query, page)
);
CREATE INDEX IF NOT EXISTS lifetime_query_page_site_page_idx ON gsc.lifetime_query_page (site_url, page);

CREATE TABLE IF NOT EXISTS gsc.lifetime_page (
    site_url                   text             NOT NULL,
    search_type                text             NOT NULL,
    page                       text             NOT NULL,
    daily_rows                 bigint           NOT NULL,
    clicks                     bigint           NOT NULL,
    impressions                bigint           NOT NULL,
    sum_position_x_impressions double precision NOT NULL,
    ctr                        double precision GENERATED ALWAYS AS
                                   (clicks::double precision / nullif(impressions, 0)) STORED,
    position                   double precision GENERATED ALWAYS AS
                                   (sum_position_x_impressions / nullif(impressions, 0)) STORED,
    first_seen                 date             NOT NULL,
    last_seen                  date             NOT NULL,
    days_seen                  integer          NOT NULL,
    updated_at                 timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (site_url, search_type, page)
);
