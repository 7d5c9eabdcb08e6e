-- The properties the credentials see and the sitemaps submitted for them: small snapshots, replaced whole on each
-- refresh (a property or sitemap that disappears from Google's answer disappears here).

CREATE TABLE IF NOT EXISTS gsc.sites (
    site_url         text        NOT NULL,
    principal        text        NOT NULL,
    permission_level text        NOT NULL,
    listed_at        timestamptz NOT NULL,
    PRIMARY KEY (site_url, principal)
);

CREATE TABLE IF NOT EXISTS gsc.sitemaps (
    site_url          text        NOT NULL,
    path              text        NOT NULL,
    sitemap_index     text,
    type              text,
    is_pending        boolean     NOT NULL,
    is_sitemaps_index boolean     NOT NULL,
    last_submitted    timestamptz,
    last_downloaded   timestamptz,
    warnings          bigint      CHECK (warnings >= 0),  -- null: Google gave no count (a pending sitemap)
    errors            bigint      CHECK (errors >= 0),
    contents          jsonb       NOT NULL,
    listed_at         timestamptz NOT NULL,
    PRIMARY KEY (site_url, path)
);
